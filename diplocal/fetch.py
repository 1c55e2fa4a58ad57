"""Polite HTTP GETs: timeouts, a size limit, retries with backoff and conditional requests."""

from __future__ import annotations

import copy
import http.client
import socket
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from diplocal import __version__
from diplocal.addresses import AddressGuard, AddressRefused
from diplocal.errors import DiplocalError

PROJECT_URL = "https://github.com/diplocal/diplocal"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
_CHUNK = 64 * 1024
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def user_agent(contact: str | None = None) -> str:
    """The User-Agent diplocal sends: its name, version and where to reach its operator."""
    return f"diplocal/{__version__} (+{contact or PROJECT_URL})"


class FetchFailed(DiplocalError):
    """A URL could not be fetched; ``transient`` says whether trying later may work."""

    def __init__(self, message: str, *, where: str, transient: bool, hint: str | None = None) -> None:
        self.transient = transient
        super().__init__(message, where=where, hint=hint)


class AddressNotAllowed(FetchFailed):
    """A fetcher that reaches public addresses only was asked for one it may not reach (its
    own loopback, a private network, link-local, multicast), directly or by a redirect."""


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How patient and how polite a fetcher is."""

    timeout: float = 20.0  # seconds for connecting and for each read
    max_bytes: int = DEFAULT_MAX_BYTES  # a larger response is refused (after decompression)
    retries: int = 3  # further tries after a timeout, a dropped connection or a 5xx/429
    backoff: float = 2.0  # seconds before the first retry, doubled for each next one
    max_backoff: float = 60.0
    host_interval: float = 1.0  # seconds between two requests to the same host
    user_agent: str = field(default_factory=user_agent)
    # The server's fetches (a token holder names the URL): public addresses only, checked on
    # every connection (redirects too), and no proxy from the environment (it would resolve
    # the names itself). allowed_hosts: host names, addresses or networks still reachable.
    public_only: bool = False
    allowed_hosts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Fetched:
    """One answer: the final URL (after redirects), its status, body and validators."""

    url: str
    status: int
    body: bytes = b""
    content_type: str = ""  # the media type alone, lower case: "text/html"
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """True for a 304: the resource is unchanged since the validators sent."""
        return self.status == 304


class _Attempt(Exception):
    """One failed try, with whether another try may help, how long the server asks to wait,
    and how many tries in all such a failure deserves (None: as many as the policy allows)."""

    def __init__(
        self,
        reason: str,
        *,
        transient: bool,
        retry_after: float | None = None,
        most_tries: int | None = None,
        refused: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.retry_after = retry_after
        self.most_tries = most_tries
        self.refused = refused  # the address guard refused the connection


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http and https URLs (never to file:, ftp: or data:)."""

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: http.client.HTTPMessage
    ) -> Any:
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            fp.close()
            raise _Attempt(f"redirected to a non-HTTP URL ({target})", transient=False)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


class Fetcher:
    """Fetches URLs under a :class:`FetchPolicy`; ``sleep`` and ``clock`` are injectable for tests."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self._opener = _opener(self.policy)

    def with_policy(self, policy: FetchPolicy) -> Fetcher:
        """This fetcher (its clock, its sleep, its kind) under another policy."""
        other = copy.copy(self)
        other.policy = policy
        other._last_request = {}
        other._opener = _opener(policy)
        return other

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """The answer for ``url``: a 2xx with its body, or a 304 when the validators still hold.

        Raises :class:`FetchFailed` with a one-line reason once the tries are used up.
        """
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise FetchFailed(
                "only http and https URLs can be fetched",
                where=url,
                transient=False,
                hint="give http://... or https://...",
            )
        headers = {
            "User-Agent": self.policy.user_agent,
            "Accept-Encoding": "gzip",
            "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
            "application/xml;q=0.9, */*;q=0.8",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        tries = self.policy.retries + 1
        for attempt in range(tries):
            self._wait_for_host(parts.hostname)
            try:
                return self._once(url, headers)
            except _Attempt as failed:
                last = attempt == tries - 1 or (failed.most_tries is not None and attempt + 1 >= failed.most_tries)
                if failed.refused:
                    raise AddressNotAllowed(
                        failed.reason,
                        where=url,
                        transient=False,
                        hint="this server fetches public addresses only; its operator can allow a host "
                        "with DIPLOCAL_FETCH_ALLOWED_HOSTS",
                    ) from None
                if not failed.transient or last:
                    suffix = f" (after {attempt + 1} tries)" if attempt else ""
                    raise FetchFailed(failed.reason + suffix, where=url, transient=failed.transient) from None
                delay = min(self.policy.backoff * 2**attempt, self.policy.max_backoff)
                if failed.retry_after is not None:
                    delay = min(max(delay, failed.retry_after), self.policy.max_backoff)
                self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait_for_host(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = self.policy.host_interval - (self._clock() - last)
            if wait > 0:
                self._sleep(wait)
        self._last_request[host] = self._clock()

    def _once(self, url: str, headers: dict[str, str]) -> Fetched:
        request = urllib.request.Request(url, headers=headers, method="GET")  # noqa: S310 (scheme checked above)
        try:
            response = self._opener.open(request, timeout=self.policy.timeout)
        except urllib.error.HTTPError as error:
            with error:
                if error.code == 304:
                    return _fetched(url, error.code, b"", error.headers)
                raise _Attempt(
                    f"server answered {error.code} {error.reason}".rstrip(),
                    transient=error.code in _RETRY_STATUSES,
                    retry_after=_retry_after(error.headers),
                ) from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, AddressRefused):
                raise _refusal(error.reason, url) from None
            raise _connection_failure(error.reason, self.policy.timeout) from None
        except (TimeoutError, OSError, http.client.HTTPException) as error:
            raise _connection_failure(error, self.policy.timeout) from None
        with response:
            try:
                body = self._read(response)
            except (TimeoutError, OSError, http.client.HTTPException) as error:
                raise _connection_failure(error, self.policy.timeout) from None
            return _fetched(response.geturl(), response.status, body, response.headers)

    def _read(self, response: Any) -> bytes:
        limit = self.policy.max_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.strip().isdigit() and int(declared) > limit:
            raise _Attempt(f"response is {int(declared)} bytes, over the {limit}-byte limit", transient=False)
        gzipped = response.headers.get("Content-Encoding", "").strip().lower() in ("gzip", "x-gzip")
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = response.read(_CHUNK)
            if not chunk:
                break
            if inflater is not None:
                try:
                    chunk = inflater.decompress(chunk, limit + 1 - size)
                except zlib.error as error:
                    raise _Attempt(f"response is not valid gzip ({error})", transient=False) from None
            size += len(chunk)
            if size > limit:
                raise _Attempt(f"response is over the {limit}-byte limit", transient=False)
            chunks.append(chunk)
        return b"".join(chunks)


# Name lookups that fail for good (no such host) rather than for now (no DNS server reached).
_NO_SUCH_HOST = frozenset(
    code for code in (getattr(socket, name, None) for name in ("EAI_NONAME", "EAI_NODATA", "EAI_ADDRFAMILY")) if code
)
DNS_TRIES = 2  # a lookup that fails for now is tried once more, not for the policy's whole backoff


def _opener(policy: FetchPolicy) -> urllib.request.OpenerDirector:
    if not policy.public_only:
        return urllib.request.build_opener(_Redirects())
    guard = AddressGuard(policy.allowed_hosts)
    return urllib.request.build_opener(
        _Redirects(), urllib.request.ProxyHandler({}), _GuardedHTTPHandler(guard), _GuardedHTTPSHandler(guard)
    )


def _guarded(connection_class: Any, guard: AddressGuard) -> Callable[..., Any]:
    """``connection_class`` whose connections are made by ``guard`` (to a checked address)."""

    def make(host: str, **options: Any) -> Any:
        connection = connection_class(host, **options)
        connection._create_connection = guard.connect
        return connection

    return make


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: AddressGuard) -> None:
        super().__init__()
        self.guard = guard

    def do_open(self, http_class: Any, req: Any, **http_conn_args: Any) -> Any:
        return super().do_open(_guarded(http_class, self.guard), req, **http_conn_args)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: AddressGuard) -> None:
        super().__init__()
        self.guard = guard

    def do_open(self, http_class: Any, req: Any, **http_conn_args: Any) -> Any:
        return super().do_open(_guarded(http_class, self.guard), req, **http_conn_args)


def _refusal(refused: AddressRefused, url: str) -> _Attempt:
    """The failure for a connection the guard refused, naming the address and, when it was
    not the URL's own host, the redirect that led there."""
    host = (urlsplit(url).hostname or "").lower()
    via = "" if refused.host.strip("[]").lower() == host else f"the page redirected to {refused.host}, and "
    return _Attempt(f"{via}{refused}", transient=False, refused=True)


def _connection_failure(reason: object, timeout: float) -> _Attempt:
    if isinstance(reason, socket.gaierror):
        if reason.errno in _NO_SUCH_HOST:
            return _Attempt("the host name has no address in DNS (check its spelling)", transient=False)
        text = reason.strerror or str(reason)
        return _Attempt(f"the host name could not be looked up ({text})", transient=True, most_tries=DNS_TRIES)
    if isinstance(reason, TimeoutError | socket.timeout) or "timed out" in str(reason):
        return _Attempt(f"no answer within {timeout:g} seconds", transient=True)
    text = reason.strerror if isinstance(reason, OSError) and reason.strerror else str(reason) or type(reason).__name__
    if isinstance(reason, http.client.HTTPException | ConnectionResetError | ConnectionAbortedError | BrokenPipeError):
        return _Attempt(f"connection failed ({text})", transient=True)
    return _Attempt(f"cannot connect ({text})", transient=True)


def _retry_after(headers: Message) -> float | None:
    value = (headers.get("Retry-After") or "").strip()
    return float(value) if value.isdigit() else None


def _fetched(url: str, status: int, body: bytes, headers: Message) -> Fetched:
    media = (headers.get_content_type() or "").lower() if headers.get("Content-Type") else ""
    charset = headers.get_content_charset()
    return Fetched(
        url=url,
        status=status,
        body=body,
        content_type=media,
        charset=charset,
        etag=headers.get("ETag"),
        last_modified=headers.get("Last-Modified"),
    )
