"""A local HTTP server on 127.0.0.1 for the source tests, and a stand-in extractor."""

from __future__ import annotations

import calendar
import hashlib
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from diplocal.fetch import Fetcher, FetchPolicy
from diplocal.model import Article, Evidence, Meeting

HERE = Path(__file__).resolve().parent
BASE = "__BASE__"
# The foundation's Store.article_hashes() calls Result.tuples(), deprecated in SQLAlchemy 2.1;
# the store branch drops it. Until that is merged, tests that ingest ignore this one warning.


@dataclass
class Route:
    """What the server answers on one path; ``statuses`` are served first, one per request."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    statuses: list[int] = field(default_factory=list)
    delay: float = 0.0  # seconds to wait before answering (for timeouts)
    chunked: bool = False  # send without Content-Length
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Seen:
    """One request the server got."""

    path: str
    headers: dict[str, str]


class LocalWeb:
    """A ThreadingHTTPServer on a free loopback port, with routes set by the test."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                web._answer(self)

            def log_message(self, format: str, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> LocalWeb:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)

    def url(self, path: str) -> str:
        return self.base + path

    def seen(self, path: str) -> list[Seen]:
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def add_file(self, path: str, name: str, content_type: str, *, etag: bool = True) -> Route:
        """Serve a file of tests/sources with ``__BASE__`` replaced by this server's address."""
        body = (HERE / name).read_bytes().replace(BASE.encode(), self.base.encode())
        tag = f'"{hashlib.sha256(body).hexdigest()[:16]}"' if etag else None
        route = Route(body=body, content_type=content_type, etag=tag, last_modified="Mon, 20 May 2024 07:00:00 GMT")
        self.routes[path] = route
        return route

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append(Seen(handler.path, {k.lower(): v for k, v in handler.headers.items()}))
            route = self.routes.get(handler.path)
            status = route.statuses.pop(0) if route and route.statuses else 200
        if route is None:
            status = 404
            route = Route(body=b"not found", content_type="text/plain")
        if route.delay:
            time.sleep(route.delay)
        if status == 200 and _unchanged(
            route, handler.headers.get("If-None-Match"), handler.headers.get("If-Modified-Since")
        ):
            status = 304
        body = route.body if status == 200 else (b"" if status == 304 else b"server trouble")
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", route.content_type)
            if route.etag:
                handler.send_header("ETag", route.etag)
            if route.last_modified:
                handler.send_header("Last-Modified", route.last_modified)
            for key, value in route.headers.items():
                handler.send_header(key, value)
            if route.chunked and status == 200:
                handler.send_header("Transfer-Encoding", "chunked")
                handler.send_header("Connection", "close")
                handler.end_headers()
                for start in range(0, len(body), 65536):
                    piece = body[start : start + 65536]
                    handler.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                handler.wfile.write(b"0\r\n\r\n")
            else:
                handler.send_header("Content-Length", str(len(body)))
                handler.end_headers()
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            return  # the client gave up (a timeout test): nothing to answer


def quick_fetcher(max_bytes: int = 64 * 1024) -> Fetcher:
    """A fetcher for tests: short timeouts, one retry, no waiting between tries or requests."""
    policy = FetchPolicy(timeout=0.3, retries=1, backoff=0.0, host_interval=0.0, max_bytes=max_bytes)
    return Fetcher(policy, sleep=lambda _seconds: None)


def _unchanged(route: Route, etag: str | None, since: str | None) -> bool:
    """RFC 9110: If-None-Match decides when sent; If-Modified-Since only without it."""
    if etag is not None:
        return route.etag is not None and etag == route.etag
    return since is not None and since == route.last_modified


def serve_test_sources(web: LocalWeb) -> None:
    """The standard site: three article pages, two linked pages, an RSS and an Atom feed."""
    for name in ("page_meta", "page_jsonld", "page_time", "page_no_article"):
        web.add_file(f"/articles/{name}.html", f"{name}.html", "text/html; charset=utf-8")
    web.add_file("/articles/opec.html", "opec.html", "text/html; charset=utf-8")
    web.add_file("/articles/g20.html", "g20.html", "text/html")
    web.add_file("/feed.rss", "rss.xml", "application/rss+xml; charset=utf-8")
    web.add_file("/feed.atom", "atom.xml", "application/atom+xml")


def local_copy(name: str, web_base: str, folder: Path) -> Path:
    """A copy of a test file in ``folder`` with ``__BASE__`` replaced."""
    target = folder / name
    target.write_bytes((HERE / name).read_bytes().replace(BASE.encode(), web_base.encode()))
    return target


_MONTHS = {calendar.month_name[number]: number for number in range(1, 13)}
_ANNOUNCEMENT = re.compile(
    r"(?P<who>[A-Z][\w' ]+?) will meet in (?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?) on "
    r"(?P<month>" + "|".join(_MONTHS) + r") (?P<day>\d{1,2})"
)


def fake_meetings(article: Article) -> list[Meeting]:
    """A stand-in for the extractor: "X will meet in Place on Month Day", dated after publication."""
    assert article.published is not None, "the extractor is only called with a publication date"
    found: list[Meeting] = []
    for match in _ANNOUNCEMENT.finditer(article.text):
        day = date(article.published.year, _MONTHS[match["month"]], int(match["day"]))
        if day < article.published.date():
            day = day.replace(year=day.year + 1)
        who = match["who"].strip()
        sentence = article.text[match.start() : article.text.find(".", match.end()) + 1]
        evidence = Evidence(article.id, sentence, article.url, article.publisher, article.published, article.title)
        found.append(
            Meeting(
                title=f"{who} meet in {match['place']}",
                start=day,
                end=day,
                location=match["place"],
                participants=(who,),
                confidence=0.8,
                evidence=(evidence,),
            )
        )
    return found


def meeting_dates(found: Iterator[Meeting] | list[Meeting]) -> list[str]:
    return sorted(m.start.isoformat() for m in found)
