"""Limits and hostile requests: every one is a clear 4xx in the shared error shape, never a 500,
and none reaches the file system or writes without the token."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import FROZEN_NOW
from flask import Flask
from flask.testing import FlaskClient
from webdata import fill_all

from diplocal.errors import DiplocalError
from diplocal.query import MAX_FILTER_LENGTH, MAX_LIMIT
from diplocal.settings import Settings
from diplocal.store import Store
from diplocal.web import create_app
from diplocal.web.limits import MAX_PARAMETERS, MAX_PATH_BYTES, MAX_QUERY_BYTES

COUNCIL = "NATO-Russia Council"
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    return fill_all(store)


def assert_error(response: Any, status: int, parameter: str | None = None) -> str:
    """The shared JSON error shape with this status (and parameter); its message."""
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.headers["Content-Type"] == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "message", "parameter"}
    assert body["error"]["status"] == status
    assert body["error"]["parameter"] == parameter
    message: str = body["error"]["message"]
    assert message
    assert "\n" not in message
    assert "Traceback" not in message
    return message


# -- lengths and counts ------------------------------------------------------------------------

# Every route that reads query parameters, as a JSON client reaches it.
QUERY_ROUTES = [
    "/api/meetings",
    "/api/organisations",
    "/api/countries",
    "/api/places",
    "/calendar.ics",
    "/feeds/org/NATO.ics",
    "/changes.atom",
]


@pytest.mark.parametrize("route", QUERY_ROUTES)
def test_a_query_string_over_the_limit_is_414(client: FlaskClient, ids: dict[str, str], route: str) -> None:
    filler = "x" * (MAX_QUERY_BYTES - len("q="))
    assert client.get(f"{route}?zz={filler[:-1]}").status_code != 414  # at the limit: read (and judged)
    message = assert_error(client.get(f"{route}?zz={filler}"), 414)
    assert f"over the {MAX_QUERY_BYTES}-byte limit" in message


def test_the_query_limit_counts_bytes_as_sent(client: FlaskClient, ids: dict[str, str]) -> None:
    # 150 characters, under the filter limit, but 9 bytes each once UTF-8 is percent-encoded.
    response = client.get("/api/meetings?q=" + "%E2%82%AC" * 150 + "&org=" + "%E2%82%AC" * 150)
    assert_error(response, 414)


def test_a_path_over_the_limit_is_414(client: FlaskClient) -> None:
    assert_error(client.get("/api/meetings/" + "a" * MAX_PATH_BYTES), 414)
    assert_error(client.get("/feeds/place/" + "%C3%A9" * (MAX_PATH_BYTES // 2) + ".ics"), 414)
    page = client.get("/meetings/" + "a" * MAX_PATH_BYTES)
    assert page.status_code == 414
    assert page.mimetype == "text/html"
    assert "Address too long" in page.get_data(as_text=True)


def test_too_many_parameters_is_400(client: FlaskClient, ids: dict[str, str]) -> None:
    many = "&".join(f"p{n}=1" for n in range(MAX_PARAMETERS + 1))
    for route in [*QUERY_ROUTES, "/"]:
        response = client.get(f"{route}?{many}", headers={"Accept": "application/json"})
        message = assert_error(response, 400)
        assert f"at most {MAX_PARAMETERS}" in message
    # The page ignores unknown parameters, up to the limit.
    assert client.get("/?" + "&".join(f"p{n}=1" for n in range(MAX_PARAMETERS))).status_code == 200


@pytest.mark.parametrize("name", ["org", "country", "place", "q"])
def test_each_filter_has_a_length_limit(client: FlaskClient, ids: dict[str, str], name: str) -> None:
    for route in ("/api/meetings", "/calendar.ics"):
        at_limit = client.get(f"{route}?{name}={'a' * MAX_FILTER_LENGTH}")
        if name == "country":  # within the limit, and then read as a country: none is called that
            assert "not a country" in assert_error(at_limit, 400, name)
        else:
            assert at_limit.status_code == 200
        message = assert_error(client.get(f"{route}?{name}={'a' * (MAX_FILTER_LENGTH + 1)}"), 400, name)
        assert f"at most {MAX_FILTER_LENGTH}" in message


@pytest.mark.parametrize("kind", ["org", "country", "place"])
def test_a_feed_name_has_the_filter_length_limit(client: FlaskClient, ids: dict[str, str], kind: str) -> None:
    at_limit = client.get(f"/feeds/{kind}/{'a' * MAX_FILTER_LENGTH}.ics")
    if kind == "country":
        assert "not a country" in assert_error(at_limit, 400, "country")
    else:
        assert at_limit.status_code == 200
    message = assert_error(client.get(f"/feeds/{kind}/{'a' * (MAX_FILTER_LENGTH + 1)}.ics"), 400, kind)
    assert f"at most {MAX_FILTER_LENGTH}" in message


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/meetings?limit=" + "9" * 600, "limit"),  # Python refuses to convert 4300+ digits; never try
        ("/api/meetings?limit=" + "0" * 20 + "5", "limit"),
        ("/api/meetings?limit=%EF%BC%95", "limit"),  # a full-width 5
        ("/api/meetings?limit=%D9%A5", "limit"),  # an Arabic-Indic 5
        ("/api/meetings?limit=+5", "limit"),
        ("/api/meetings?limit=-1", "limit"),
        (f"/api/meetings?limit={MAX_LIMIT + 1}", "limit"),
        ("/changes.atom?limit=" + "9" * 600, "limit"),
        ("/changes.atom?limit=%D9%A5", "limit"),
        ("/api/meetings?min_confidence=nan", "min_confidence"),
        ("/api/meetings?min_confidence=1e999", "min_confidence"),
        ("/api/meetings?from=2022-02-30", "from"),
        ("/api/meetings?from=0000-01-01", "from"),
        ("/api/meetings?from=10000-01-01", "from"),
        ("/api/meetings?from=%EF%BC%92022-01-01", "from"),
        ("/calendar.ics?to=2022-13-01", "to"),
        ("/api/meetings?cursor=" + "A" * 1500, "cursor"),
    ],
)
def test_numbers_and_dates_out_of_shape_are_400(
    client: FlaskClient, ids: dict[str, str], url: str, parameter: str
) -> None:
    assert_error(client.get(url), 400, parameter)


@pytest.mark.parametrize(
    "url",
    [
        "/api/meetings?from=0001-01-01",
        "/api/meetings?from=9999-12-31",
        "/api/meetings?from=0001-01-01&to=9999-12-31",
        "/calendar.ics?from=0001-01-01",
        "/calendar.ics?from=9999-12-31",
        "/calendar.ics?to=0001-01-01",
        "/feeds/org/NATO.ics?from=9999-12-31",
        "/api/organisations?from=9999-12-31",
        "/?from=0001-01-01",
        "/?from=9999-12-31&to=9999-12-31",
        "/changes.atom?limit=500",
    ],
)
def test_the_first_and_last_days_of_the_calendar_are_answered(
    client: FlaskClient, ids: dict[str, str], url: str
) -> None:
    assert client.get(url).status_code == 200


# -- control characters ------------------------------------------------------------------------

CONTROLS = ["%00", "%01", "%08", "%1B", "%7F", "a%00b"]


@pytest.mark.parametrize("control", CONTROLS)
def test_a_control_character_in_a_parameter_is_400_naming_it(
    client: FlaskClient, ids: dict[str, str], control: str
) -> None:
    for route in QUERY_ROUTES:
        for name in ("org", "q", "from", "limit"):
            if route == "/changes.atom" and name != "limit":
                continue
            message = assert_error(client.get(f"{route}?{name}={control}"), 400, name)
            assert "control character" in message


@pytest.mark.parametrize("control", CONTROLS)
def test_a_control_character_in_a_path_is_400(client: FlaskClient, ids: dict[str, str], control: str) -> None:
    for path in (
        f"/api/meetings/{control}",
        f"/api/meetings/{control}/history",
        f"/meetings/{control}.ics",
        f"/feeds/org/{control}.ics",
        f"/feeds/place/Brussels{control}.ics",
    ):
        assert "control character" in assert_error(client.get(path), 400)
    page = client.get(f"/meetings/{control}")
    assert page.status_code == 400
    assert page.mimetype == "text/html"


def test_tabs_and_newlines_in_a_search_are_only_spaces(client: FlaskClient, ids: dict[str, str]) -> None:
    titles = [
        m["title"] for m in client.get("/api/meetings?from=2022-01-01&q=NATO%09Russia%0D%0A").get_json()["meetings"]
    ]
    assert titles == [COUNCIL]


# -- bodies ------------------------------------------------------------------------------------

TOKEN = "hardening-token"


@pytest.fixture
def writer(settings: Settings) -> FlaskClient:
    return create_app(
        {"SETTINGS": settings.updated(api_token=TOKEN), "CLOCK": lambda: FROZEN_NOW, "TESTING": True}
    ).test_client()


def bearer(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}


@pytest.mark.parametrize(
    ("body", "parameter"),
    [
        (b"[" * 100_000 + b"]" * 100_000, None),  # deeper than Python's JSON reader recurses
        (b'{"title": "t", "text": "Ministers meet\\u0000 in Oslo on May 2."}', "text"),
        (b'{"title": "t\\u0000", "text": "Ministers meet in Oslo on May 2."}', "title"),
        (b'{"url": "file:///etc/passwd"}', "url"),
        (b'{"url": "javascript:alert(1)"}', "url"),
        (b'{"url": "http://[::1"}', "url"),
        (b'{"url": "https://"}', "url"),
        (b'{"title": "t", "text": "x", "published": "' + b"9" * 5000 + b'"}', None),
        (b'{"title": 1e999, "text": "x"}', None),
        (b'{"id": 5, "title": "t", "text": "Ministers will meet in Oslo on May 2."}', "id"),
        (b'{"id": ["a"], "title": "t", "text": "Ministers will meet in Oslo on May 2."}', "id"),
        (b'{"title": "t", "text": "Ministers will meet tomorrow.", "published": "9999-12-30"}', None),
        (b'{"title": "t", "text": "Ministers will meet on January 2.", "published": "0001-01-01"}', None),
        (b'{"title": "t", "text": "Talks next week.", "published": "1799-12-31T23:59:59Z"}', None),
        (b"\xff\xfe{}", None),
    ],
)
def test_hostile_article_bodies_are_400(writer: FlaskClient, store: Store, body: bytes, parameter: str | None) -> None:
    assert_error(writer.post("/api/articles", data=body, headers=bearer()), 400, parameter)
    assert store.article_hashes() == {}


def test_a_body_on_any_other_route_is_never_read_past_the_limit(app: Flask, client: FlaskClient) -> None:
    response = client.open(
        "/api/meetings", method="GET", data=b"x" * (2 * 1024 * 1024), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 200  # a GET's body is ignored, whatever its size
    assert app.config["MAX_CONTENT_LENGTH"] == 1024 * 1024  # and any body a route reads is capped


# -- writing needs the token -------------------------------------------------------------------


def write_routes(app: Flask) -> list[tuple[str, str]]:
    """Every (method, rule) that is not a read."""
    found = []
    for rule in app.url_map.iter_rules():
        for method in sorted((rule.methods or set()) - READ_METHODS):
            found.append((method, rule.rule))
    return found


def test_the_only_write_route_is_post_articles(app: Flask) -> None:
    # A new write route must be added here and to the checks below, with its token check.
    assert write_routes(app) == [("POST", "/api/articles")]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": f"Bearer {TOKEN}"},  # the token of another server
        {"Cookie": f"token={TOKEN}"},
    ],
)
def test_writes_are_off_on_a_server_without_a_token(
    app: Flask, client: FlaskClient, store: Store, headers: dict[str, str]
) -> None:
    for method, rule in write_routes(app):
        response = client.open(
            rule, method=method, json={"title": "t", "text": "Talks in Oslo on 3 May."}, headers=headers
        )
        assert "turned off" in assert_error(response, 403)
    assert store.article_hashes() == {}


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/api/articles", {}),
        (f"/api/articles?token={TOKEN}", {}),
        (f"/api/articles?access_token={TOKEN}", {}),
        ("/api/articles", {"Cookie": f"token={TOKEN}"}),
        ("/api/articles", {"X-Api-Token": TOKEN}),
        ("/api/articles", {"Authorization": TOKEN}),
        ("/api/articles", {"Authorization": f"Bearer  {TOKEN} extra"}),
        ("/api/articles", {"Authorization": f"Bearer {TOKEN}\x00"}),
    ],
)
def test_writes_need_the_token_in_the_authorization_header(
    writer: FlaskClient, store: Store, path: str, headers: dict[str, str]
) -> None:
    response = writer.post(path, json={"title": "t", "text": "Talks in Oslo on 3 May."}, headers=headers)
    assert response.status_code in (400, 401)
    assert response.get_json()["error"]["status"] == response.status_code
    assert store.article_hashes() == {}


# -- no path from a request touches the file system ---------------------------------------------

TRAVERSALS = [
    "..%2f..%2fetc%2fpasswd",
    "..%2F..%2Fsecret",
    "%2e%2e%2f%2e%2e%2fsecret",
    "..%5c..%5csecret",
    "%2fetc%2fpasswd",
    "....%2f%2f....%2f%2fsecret",
    "..%252f..%252fsecret",
    "%c0%ae%c0%ae%2fsecret",
    "..",
    ".",
    "~root",
    "secret.ics%00.txt",
]


def path_routes() -> list[str]:
    """Every route with a path parameter, the parameter as {}."""
    return [
        "/api/meetings/{}",
        "/api/meetings/{}/history",
        "/meetings/{}",
        "/meetings/{}.ics",
        "/feeds/org/{}.ics",
        "/feeds/country/{}.ics",
        "/feeds/place/{}.ics",
        "/month/{}",
        "/static/{}",
        "/static/{}.js",
    ]


def test_path_routes_cover_every_rule_with_a_parameter(app: Flask) -> None:
    rules = {rule.rule for rule in app.url_map.iter_rules() if "<" in rule.rule}
    covered = {
        "/api/meetings/<meeting_id>",
        "/api/meetings/<meeting_id>/history",
        "/meetings/<meeting_id>",
        "/meetings/<meeting_id>.ics",
        "/feeds/<any(org, country, place):kind>/<value>.ics",
        "/month/<value>",
        "/static/<path:filename>",
    }
    assert rules == covered


@pytest.mark.parametrize("traversal", TRAVERSALS)
def test_path_traversal_reads_no_file(
    client: FlaskClient, ids: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, traversal: str
) -> None:
    secret = "TOP-SECRET-4b1d"
    (tmp_path / "secret").write_text(secret)
    (tmp_path / "secret.ics").write_text(secret)
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")  # relative paths would resolve next to the secrets
    for route in path_routes():
        response = client.get(route.format(traversal), follow_redirects=True)
        body = response.get_data(as_text=True)
        response.close()
        assert secret not in body
        assert "root:" not in body  # /etc/passwd
        if route.startswith("/feeds/") and response.status_code == 200:
            # A feed name is a filter, never a file: the feed of an organisation nobody has.
            assert response.mimetype == "text/calendar"
            assert "BEGIN:VEVENT" not in body
            continue
        assert response.status_code in (400, 404), (route, traversal, response.status_code)
        if response.mimetype == "application/json":
            assert response.get_json()["error"]["status"] == response.status_code


def test_static_files_come_only_from_the_static_folder(client: FlaskClient) -> None:
    served = client.get("/static/app.js")
    assert served.status_code == 200
    served.close()
    for name in ("../__init__.py", "..%2f__init__.py", "../templates/base.html", "%2e%2e/errors.py", "/etc/passwd"):
        response = client.get(f"/static/{name}", follow_redirects=True)
        assert response.status_code == 404, name
        assert b"import" not in response.data
        assert b"root:" not in response.data


def test_the_build_writes_only_inside_its_folder(store: Store, settings: Settings, tmp_path: Path) -> None:
    """Organisation, country and place names come from articles: none may become a path."""
    from diplocal.build import build_feeds
    from diplocal.model import Article, Evidence, Meeting

    hostile = ["../escaped", "..", "a/../../escaped", "..\\escaped", "/tmp/escaped", "C:escaped", ".hidden", "x\x00y"]
    article = Article(id="h", title="t", text="t", published=datetime(2022, 1, 5, tzinfo=UTC))
    meetings = [
        Meeting(
            title=f"Meeting {n}",
            start=date(2022, 2, n + 1),
            end=date(2022, 2, n + 1),
            location=name,
            organisations=(name,),
            evidence=(Evidence(article_id="h", sentence=f"Meeting {n}."),),
        )
        for n, name in enumerate([*hostile, "Geneva"])
    ]
    store.ingest(article, meetings)
    out = tmp_path / "deep" / "feeds"
    before = set(tmp_path.rglob("*"))
    build_feeds(store, settings, out, date(2022, 1, 5))
    written = {path for path in tmp_path.rglob("*") if path.is_file()} - before
    assert {path.relative_to(out).as_posix() for path in written} == {
        "diplomatic.ics",
        "org/Geneva.ics",
        "place/Geneva.ics",
    }
    for path in written:
        assert path.resolve().is_relative_to(out.resolve()), path


# -- security headers --------------------------------------------------------------------------


def test_every_response_carries_the_security_headers(app: Flask, client: FlaskClient, ids: dict[str, str]) -> None:
    urls = [
        "/",
        f"/meetings/{ids[COUNCIL]}",
        f"/meetings/{ids[COUNCIL]}.ics",
        "/calendar.ics",
        "/feeds/org/NATO.ics",
        "/changes.atom",
        "/changes",
        "/month/2022-01",
        "/month",
        "/month/2022-13",
        "/static/style.css",
        "/api/meetings",
        "/api/openapi.json",
        "/nowhere",
        "/api/nowhere",
        "/?limit=0",
        "/api/meetings?q=%00",
        "/meetings/" + "a" * 2000,
    ]
    for url in urls:
        response = client.get(url)
        response.close()  # static files are streamed from an open file
        assert response.headers["X-Content-Type-Options"] == "nosniff", url
        assert response.headers["Referrer-Policy"] == "no-referrer", url
        policy = response.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in policy, url
        assert "unsafe-inline" not in policy, url
        assert "unsafe-eval" not in policy, url
        if response.mimetype == "text/html":
            assert re.search(r"(^|; )script-src 'self'(;|$)", policy), url
            assert "object-src" in policy or "default-src 'none'" in policy, url
        else:
            assert policy.startswith("default-src 'none'"), url


def test_article_text_over_the_limit_is_413(writer: FlaskClient, store: Store) -> None:
    from diplocal.web.ingest_api import MAX_TEXT_CHARS

    # Two words over and over: too little to tell the language from, so it is given.
    article = {
        "title": "t",
        "text": "Ministers meet. " * (MAX_TEXT_CHARS // 16 + 1),
        "published": "2022-01-04",
        "language": "en",
    }
    message = assert_error(writer.post("/api/articles", json=article, headers=bearer()), 413, "text")
    assert f"over the {MAX_TEXT_CHARS}-character limit" in message
    assert store.article_hashes() == {}
    article["text"] = article["text"][:MAX_TEXT_CHARS]
    assert writer.post("/api/articles", json=article, headers=bearer()).status_code == 201


def test_a_fetched_page_over_the_text_limit_is_422(settings: Settings, store: Store) -> None:
    from diplocal.fetch import Fetched, Fetcher

    class Page(Fetcher):
        def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
            body = "<html><body><article><h1>Talks</h1>" + "<p>Ministers will meet in Oslo.</p>" * 400
            return Fetched(url, 200, (body + "</article></body></html>").encode(), "text/html", "utf-8")

    config = {"CLOCK": lambda: FROZEN_NOW, "FETCHER": Page(), "MAX_ARTICLE_TEXT_CHARS": 2000}
    client = create_app({"SETTINGS": settings.updated(api_token=TOKEN), **config}).test_client()
    body = {"url": "https://news.example/long", "published": "2022-01-04"}
    message = assert_error(client.post("/api/articles", json=body, headers=bearer()), 422)
    assert "fetched page text" in message
    assert store.article_hashes() == {}


# -- the ends of the calendar ------------------------------------------------------------------


@pytest.mark.parametrize("day", [date(1800, 1, 1), date(2399, 12, 31)])
def test_a_meeting_on_the_first_or_last_supported_day_is_stored(store: Store, client: FlaskClient, day: date) -> None:
    from diplocal.model import Article, Evidence, Meeting

    article = Article(id="end", title="t", text="t", published=datetime(2022, 1, 4, tzinfo=UTC))
    meeting = Meeting(title="M", start=day, end=day, evidence=(Evidence(article_id="end", sentence="M."),))
    store.ingest(article, [meeting])
    assert store.count() == 1
    for url in ("/?from=1800-01-01", "/api/meetings?from=1800-01-01", "/calendar.ics", "/feeds/place/x.ics"):
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1799, 12, 31), date(2400, 1, 1), date(9999, 12, 31)])
def test_a_meeting_past_the_supported_years_is_refused_with_diplocals_error(day: date) -> None:
    from diplocal.model import Evidence, Meeting

    with pytest.raises(DiplocalError, match="meetings are kept for the years"):
        Meeting(title="M", start=day, end=day, evidence=(Evidence(article_id="end", sentence="M."),))


def test_an_article_published_in_9999_is_a_failure_not_a_crash(runner: CliRunner, tmp_path: Path) -> None:
    from diplocal.cli import main

    source = tmp_path / "end.jsonl"
    source.write_text(
        '{"id": "end", "title": "Ministers to meet", "published": "9999-12-30T00:00:00Z",'
        ' "text": "NATO foreign ministers will meet in Brussels tomorrow."}\n'
        '{"id": "ok", "title": "OPEC to meet", "published": "2022-01-04", "language": "en",'
        ' "text": "OPEC oil ministers will meet in Vienna on February 3."}\n',
        encoding="utf-8",
    )
    result = runner.invoke(main, ["ingest", str(source)])
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1, result.output
    assert "end.jsonl:1" in result.output
    assert "1 failed" in result.output


# -- faults in the web layer -------------------------------------------------------------------


def test_a_read_only_or_full_store_is_503_with_a_longer_retry(
    writer: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplocal.errors import StoreUnwritable

    def full(*_args: object, **_kwargs: object) -> None:
        raise StoreUnwritable("the disk holding the database is full (database or disk is full)")

    monkeypatch.setattr(Store, "ingest", full)
    article = {
        "title": "t",
        "text": "Ministers will meet in Oslo on March 3.",
        "published": "2022-01-04",
        "language": "en",
    }
    response = writer.post("/api/articles", json=article, headers=bearer())
    assert "try again later" in assert_error(response, 503)
    assert response.headers["Retry-After"] == "300"


def test_a_database_error_outside_the_store_is_classified_too(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Code that reaches the database without the store's transaction still gets a 503."""
    from sqlalchemy.exc import OperationalError

    import diplocal.web.ingest_api as ingest_api

    def refused(*_args: object) -> None:
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr(ingest_api.feed_state, "list_feeds", refused)
    response = client.get("/api/sources")
    assert_error(response, 503)
    assert "connection refused" not in response.get_data(as_text=True)


# -- the documentation says what the code does --------------------------------------------------


def test_security_md_states_the_limits_and_headers_in_force() -> None:
    from conftest import ROOT

    from diplocal.model import SUPPORTED_YEARS
    from diplocal.serve import gunicorn_options
    from diplocal.sources.files import MAX_ARTICLE_BYTES
    from diplocal.store.connection import CONNECT_TIMEOUT
    from diplocal.web import DATA_POLICY, PAGE_POLICY
    from diplocal.web.ingest_api import MAX_BODY_BYTES, MAX_TEXT_CHARS
    from diplocal.web.limits import MAX_BODY_BYTES as ANY_BODY_BYTES

    text = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    rows = {
        "| Path (decoded, UTF-8) |": f"| {MAX_PATH_BYTES} bytes | 414 |",
        "| Query string (as sent) |": f"| {MAX_QUERY_BYTES} bytes | 414 |",
        "| Query parameters |": f"| {MAX_PARAMETERS} | 400 |",
        "| Each text filter": f"| {MAX_FILTER_LENGTH} characters |",
        "| `limit` (API)": f"| 1 to {MAX_LIMIT}, ASCII digits |",
        "| Request body (any route) |": f"| {ANY_BODY_BYTES // 1024 // 1024} MiB | 413 |",
        "| `POST /api/articles` body |": f"| {MAX_BODY_BYTES // 1024 // 1024} MiB (`MAX_ARTICLE_POST_BYTES`) |",
        "| `POST /api/articles` article text |": f"| {MAX_TEXT_CHARS:,} characters",
        "| Publication year": f"| {SUPPORTED_YEARS.start} to {SUPPORTED_YEARS.stop - 1} |",
        "| Files, pages, feeds": f"| {MAX_ARTICLE_BYTES // 1024 // 1024} MiB each |",
        "| gunicorn": f"{gunicorn_options('h', 1, 1)['timeout']} s per request",
    }
    for start, expected in rows.items():
        [line] = [line for line in text.splitlines() if line.startswith(start)]
        assert expected in line, (line, expected)
    assert f"| `{PAGE_POLICY}` | `{DATA_POLICY}` |" in text
    assert f"time out after {CONNECT_TIMEOUT} s" in text
    assert "Retry-After: 30`" in text
    assert "Retry-After: 300`" in text
