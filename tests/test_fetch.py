"""The HTTP client: polite headers, conditional GETs, retries with backoff, timeouts and limits."""

from __future__ import annotations

import gzip
import socket
from collections.abc import Iterator

import pytest
from sources.localweb import LocalWeb, Route

from diplocal.fetch import Fetcher, FetchFailed, FetchPolicy, user_agent


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with LocalWeb() as server:
        yield server


class Sleeps:
    """A stand-in for time.sleep that records what it was asked to wait."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def fetcher(sleeps: Sleeps | None = None, **policy: object) -> Fetcher:
    settings: dict[str, object] = {"timeout": 2.0, "backoff": 0.5, "host_interval": 0.0, **policy}
    return Fetcher(FetchPolicy(**settings), sleep=sleeps or Sleeps())  # type: ignore[arg-type]


def test_get_returns_body_type_and_validators(web: LocalWeb) -> None:
    web.routes["/page"] = Route(
        body=b"<html>hello</html>",
        content_type="text/html; charset=ISO-8859-1",
        etag='"v1"',
        last_modified="Mon, 20 May 2024 07:00:00 GMT",
    )
    got = fetcher().get(web.url("/page"))
    assert (got.status, got.body, got.content_type, got.charset) == (
        200,
        b"<html>hello</html>",
        "text/html",
        "iso-8859-1",
    )
    assert (got.etag, got.last_modified, got.not_modified) == ('"v1"', "Mon, 20 May 2024 07:00:00 GMT", False)
    assert got.url == web.url("/page")


def test_sends_a_polite_user_agent_with_a_contact(web: LocalWeb) -> None:
    web.routes["/page"] = Route(body=b"ok")
    Fetcher(FetchPolicy(user_agent=user_agent("https://desk.example/contact"), host_interval=0)).get(web.url("/page"))
    sent = web.seen("/page")[0].headers["user-agent"]
    assert sent.startswith("diplocal/")
    assert "(+https://desk.example/contact)" in sent
    assert "+https://" in user_agent()  # the default names the project page


def test_conditional_get_sends_validators_and_reads_304(web: LocalWeb) -> None:
    web.routes["/feed"] = Route(body=b"<rss/>", etag='"abc"', last_modified="Mon, 20 May 2024 07:00:00 GMT")
    got = fetcher().get(web.url("/feed"), etag='"abc"', last_modified="Mon, 20 May 2024 07:00:00 GMT")
    assert got.not_modified
    assert got.status == 304
    assert got.body == b""
    headers = web.seen("/feed")[0].headers
    assert headers["if-none-match"] == '"abc"'
    assert headers["if-modified-since"] == "Mon, 20 May 2024 07:00:00 GMT"


def test_changed_resource_answers_200_despite_validators(web: LocalWeb) -> None:
    web.routes["/feed"] = Route(body=b"<rss>new</rss>", etag='"new"')
    got = fetcher().get(web.url("/feed"), etag='"old"')
    assert (got.status, got.body, got.etag) == (200, b"<rss>new</rss>", '"new"')


def test_retries_5xx_with_exponential_backoff_then_succeeds(web: LocalWeb) -> None:
    web.routes["/flaky"] = Route(body=b"finally", statuses=[500, 503, 200])
    sleeps = Sleeps()
    got = fetcher(sleeps, backoff=0.5).get(web.url("/flaky"))
    assert got.body == b"finally"
    assert len(web.seen("/flaky")) == 3
    assert sleeps.waits == [0.5, 1.0]


def test_gives_up_after_the_retries_with_the_last_reason(web: LocalWeb) -> None:
    web.routes["/down"] = Route(statuses=[500] * 10)
    sleeps = Sleeps()
    with pytest.raises(FetchFailed) as caught:
        fetcher(sleeps, retries=3, backoff=1.0, max_backoff=3.0).get(web.url("/down"))
    assert caught.value.message == "server answered 500 Internal Server Error (after 4 tries)"
    assert caught.value.transient
    assert caught.value.where == web.url("/down")
    assert len(web.seen("/down")) == 4
    assert sleeps.waits == [1.0, 2.0, 3.0]  # doubled each time, capped by max_backoff


def test_honours_retry_after_within_the_cap(web: LocalWeb) -> None:
    web.routes["/busy"] = Route(body=b"ok", statuses=[429, 200], headers={"Retry-After": "7"})
    sleeps = Sleeps()
    assert fetcher(sleeps, backoff=0.5, max_backoff=60.0).get(web.url("/busy")).body == b"ok"
    assert sleeps.waits == [7.0]


def test_client_errors_are_not_retried(web: LocalWeb) -> None:
    sleeps = Sleeps()
    with pytest.raises(FetchFailed) as caught:
        fetcher(sleeps).get(web.url("/missing"))
    assert caught.value.message == "server answered 404 Not Found"
    assert not caught.value.transient
    assert len(web.seen("/missing")) == 1
    assert sleeps.waits == []


def test_timeout_is_retried_then_reported(web: LocalWeb) -> None:
    web.routes["/slow"] = Route(body=b"late", delay=1.0)
    with pytest.raises(FetchFailed) as caught:
        fetcher(timeout=0.2, retries=1).get(web.url("/slow"))
    assert caught.value.message == "no answer within 0.2 seconds (after 2 tries)"
    assert caught.value.transient


def test_refuses_a_response_declared_over_the_size_limit(web: LocalWeb) -> None:
    web.routes["/big"] = Route(body=b"x" * 5000)
    with pytest.raises(FetchFailed) as caught:
        fetcher(max_bytes=1000).get(web.url("/big"))
    assert caught.value.message == "response is 5000 bytes, over the 1000-byte limit"
    assert not caught.value.transient


def test_refuses_a_streamed_response_over_the_size_limit(web: LocalWeb) -> None:
    web.routes["/stream"] = Route(body=b"x" * 200_000, chunked=True)
    with pytest.raises(FetchFailed) as caught:
        fetcher(max_bytes=100_000).get(web.url("/stream"))
    assert caught.value.message == "response is over the 100000-byte limit"


def test_reads_gzip_and_limits_the_inflated_size(web: LocalWeb) -> None:
    web.routes["/small.gz"] = Route(body=gzip.compress(b"<p>hello</p>"), headers={"Content-Encoding": "gzip"})
    web.routes["/bomb.gz"] = Route(body=gzip.compress(b"0" * 1_000_000), headers={"Content-Encoding": "gzip"})
    assert fetcher().get(web.url("/small.gz")).body == b"<p>hello</p>"
    assert web.seen("/small.gz")[0].headers["accept-encoding"] == "gzip"
    with pytest.raises(FetchFailed, match="over the 50000-byte limit"):
        fetcher(max_bytes=50_000).get(web.url("/bomb.gz"))


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",  # never read local files for a remote caller
        "ftp://example.org/feed.xml",
        "data:text/html,<p>hi</p>",
        "http:///no-host",
    ],
)
def test_only_http_urls_are_fetched(url: str) -> None:
    with pytest.raises(FetchFailed) as caught:
        fetcher().get(url)
    assert caught.value.message == "only http and https URLs can be fetched"


def test_redirects_are_followed_but_never_to_other_schemes(web: LocalWeb) -> None:
    web.routes["/moved"] = Route(statuses=[301], headers={"Location": "/page"})
    web.routes["/page"] = Route(body=b"here")
    web.routes["/sneaky"] = Route(statuses=[302], headers={"Location": "file:///etc/passwd"})
    got = fetcher().get(web.url("/moved"))
    assert (got.body, got.url) == (b"here", web.url("/page"))
    with pytest.raises(FetchFailed, match=r"redirected to a non-HTTP URL \(file:///etc/passwd\)"):
        fetcher().get(web.url("/sneaky"))


def test_refused_connection_is_a_transient_failure() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchFailed) as caught:
        fetcher(retries=1).get(f"http://127.0.0.1:{port}/feed")
    assert caught.value.message == "cannot connect (Connection refused) (after 2 tries)"
    assert caught.value.transient


def test_waits_between_requests_to_the_same_host(web: LocalWeb) -> None:
    web.routes["/a"] = Route(body=b"a")
    sleeps = Sleeps()
    ticks = iter([100.0, 100.25, 101.0])
    polite = Fetcher(FetchPolicy(host_interval=1.0), sleep=sleeps, clock=lambda: next(ticks))
    polite.get(web.url("/a"))
    polite.get(web.url("/a"))
    assert sleeps.waits == [0.75]


def test_an_unknown_host_is_given_up_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """No DNS record is no passing trouble: one try, no backoff (it used to retry for 14 s)."""
    calls: list[str] = []

    def no_such_host(host: str, *args: object, **kwargs: object) -> object:
        calls.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    sleeps = Sleeps()
    with pytest.raises(FetchFailed) as caught:
        fetcher(sleeps, retries=3, backoff=2.0).get("https://no-such-host.invalid/feed")
    assert str(caught.value) == (
        "https://no-such-host.invalid/feed: the host name has no address in DNS (check its spelling)"
    )
    assert not caught.value.transient
    assert calls == ["no-such-host.invalid"]
    assert sleeps.waits == []


def test_a_lookup_that_fails_for_now_is_tried_once_more(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def try_again(host: str, *args: object, **kwargs: object) -> object:
        calls.append(host)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", try_again)
    sleeps = Sleeps()
    with pytest.raises(FetchFailed) as caught:
        fetcher(sleeps, retries=3, backoff=2.0).get("https://wire.example/feed")
    assert caught.value.message == (
        "the host name could not be looked up (Temporary failure in name resolution) (after 2 tries)"
    )
    assert caught.value.transient
    assert len(calls) == 2
    assert sleeps.waits == [2.0]  # one backoff, not 2 + 4 + 8 seconds
