"""POST /api/articles: off without a token, 401 without the right one, 201 with the meetings."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import FROZEN_NOW
from flask import Flask
from flask.testing import FlaskClient
from sources.localweb import LocalWeb, Route, fake_meetings, quick_fetcher, serve_test_sources

from diplocal.settings import Settings
from diplocal.store import Store
from diplocal.web import create_app

pytestmark = [pytest.mark.usefixtures("fake_extractor")]

TOKEN = "s3cret-t0ken-for-tests"
ARTICLE = {
    "title": "EU foreign ministers to meet on sanctions",
    "text": "EU foreign ministers will meet in Brussels on March 14 to discuss sanctions, diplomats said on Sunday.",
    "published": "2024-03-10T08:00:00Z",
    "url": "https://news.example/world/eu-ministers-sanctions",
    "publisher": "Northwind News",
}


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("diplocal.ingest.meetings_from_article", fake_meetings)


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with LocalWeb() as server:
        serve_test_sources(server)
        yield server


def make_app(settings: Settings, **config: Any) -> Flask:
    return create_app({"SETTINGS": settings, "CLOCK": lambda: FROZEN_NOW, "TESTING": True, **config})


@pytest.fixture
def api(settings: Settings) -> FlaskClient:
    """A server that may fetch from the test pages on this machine: its operator allows 127.0.0.1."""
    return make_app(
        settings.updated(api_token=TOKEN, fetch_allowed_hosts=("127.0.0.1",)),
        FETCHER=quick_fetcher(),
        MAX_ARTICLE_POST_BYTES=4096,
    ).test_client()


def guarded(settings: Settings, *allowed: str) -> FlaskClient:
    """A server that fetches public addresses only, but for ``allowed``."""
    return make_app(
        settings.updated(api_token=TOKEN, fetch_allowed_hosts=allowed), FETCHER=quick_fetcher()
    ).test_client()


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def articles_stored(settings: Settings) -> int:
    store = Store.open(settings.database_url)
    try:
        return len(store.article_hashes())
    finally:
        store.close()


def assert_error(response: Any, status: int, message: str) -> None:
    assert response.status_code == status
    assert response.content_type == "application/json"
    assert response.get_json() == {"error": {"status": status, "message": message, "parameter": None}}


def test_off_without_a_configured_token(client: FlaskClient, settings: Settings) -> None:
    response = client.post("/api/articles", json=ARTICLE, headers=auth())
    assert_error(response, 403, "posting articles is turned off on this server: set DIPLOCAL_API_TOKEN to turn it on")
    assert articles_stored(settings) == 0


def test_without_a_token_401(api: FlaskClient, settings: Settings) -> None:
    response = api.post("/api/articles", json=ARTICLE)
    assert_error(response, 401, "this endpoint needs the header Authorization: Bearer <token>")
    assert response.headers["WWW-Authenticate"] == 'Bearer realm="diplocal"'
    assert articles_stored(settings) == 0


@pytest.mark.parametrize(
    "header",
    [
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        "Bearer wrong",
        f"Basic {TOKEN}",  # the right secret in the wrong scheme
        "Bearer ",
        f"Bearer {TOKEN.upper()}",
        "Bearer t\u00f6ken",  # non-ASCII must not crash the comparison
    ],
)
def test_wrong_token_401(api: FlaskClient, settings: Settings, header: str) -> None:
    response = api.post("/api/articles", json=ARTICLE, headers={"Authorization": header})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith('Bearer realm="diplocal"')
    assert response.get_json()["error"]["status"] == 401
    assert articles_stored(settings) == 0


def test_token_is_compared_in_constant_time(api: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    compare = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return compare(a, b)

    monkeypatch.setattr("diplocal.web.ingest_api.hmac.compare_digest", spy)
    api.post("/api/articles", json=ARTICLE, headers=auth("nope"))
    assert calls == [(b"nope", TOKEN.encode())]


def test_right_token_201_with_the_meetings(api: FlaskClient, settings: Settings) -> None:
    response = api.post("/api/articles", json=ARTICLE, headers=auth())
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["article"] == {
        "id": ARTICLE["url"],
        "title": ARTICLE["title"],
        "url": ARTICLE["url"],
        "publisher": "Northwind News",
        "published": "2024-03-10T08:00:00+00:00",
        "published_inferred_from": None,
        "language": "en",
    }
    assert body["stored"] == "stored"
    (meeting,) = body["meetings"]
    assert (meeting["start"], meeting["location"], meeting["title"]) == (
        "2024-03-14",
        "Brussels",
        "EU foreign ministers meet in Brussels",
    )
    assert meeting["sources"][0]["url"] == ARTICLE["url"]
    assert meeting["links"]["ics"].startswith("https://diplocal.example/")
    assert articles_stored(settings) == 1

    again = api.post("/api/articles", json=ARTICLE, headers=auth())
    assert again.status_code == 200
    assert again.get_json()["stored"] == "unchanged"
    assert again.get_json()["meetings"] == body["meetings"]


def test_right_token_201_with_the_real_extractor(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the extractor of diplocal, not the stand-in
    api = make_app(settings.updated(api_token=TOKEN)).test_client()
    response = api.post("/api/articles", json=ARTICLE, headers=auth())
    assert response.status_code == 201, response.get_json()
    assert [(m["start"], m["location"]) for m in response.get_json()["meetings"]] == [("2024-03-14", "Brussels")]


def test_an_article_without_url_or_id_gets_an_id_from_its_content(api: FlaskClient) -> None:
    plain = {"title": "Talks", "text": "Envoys will meet in Doha on January 9 for talks.", "published": "2024-01-02"}
    first = api.post("/api/articles", json=plain, headers=auth()).get_json()
    other = api.post(
        "/api/articles", json={**plain, "text": "Envoys will meet in Muscat on January 9."}, headers=auth()
    )
    assert first["article"]["id"].startswith("post:")
    assert other.get_json()["article"]["id"] != first["article"]["id"]  # two posts never overwrite each other


def test_a_url_to_fetch(api: FlaskClient, web: LocalWeb) -> None:
    response = api.post("/api/articles", json={"url": web.url("/articles/page_jsonld.html")}, headers=auth())
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert body["article"]["published"] == "2024-05-28T14:15:00+02:00"  # from the page's JSON-LD
    assert body["article"]["publisher"] == "Harbour Times"
    assert [m["start"] for m in body["meetings"]] == ["2024-06-13"]


def test_fields_sent_with_a_url_override_the_page(api: FlaskClient, web: LocalWeb) -> None:
    payload = {"url": web.url("/articles/page_time.html"), "publisher": "Desk", "published": "2024-09-01T00:00:00Z"}
    body = api.post("/api/articles", json=payload, headers=auth()).get_json()
    assert (body["article"]["publisher"], body["article"]["published"]) == ("Desk", "2024-09-01T00:00:00+00:00")


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        (
            "/articles/page_no_article.html",
            422,
            "{url}: no article text found in the page (42 characters of main text) "
            "(give the URL of an article page, not an index or a feed)",
        ),
        (
            "/down.html",
            502,
            "the page could not be fetched: {url}: server answered 500 Internal Server Error (after 2 tries)",
        ),
        ("/missing.html", 502, "the page could not be fetched: {url}: server answered 404 Not Found"),
    ],
)
def test_a_url_that_cannot_be_read(
    api: FlaskClient, web: LocalWeb, settings: Settings, path: str, status: int, message: str
) -> None:
    web.routes["/down.html"] = Route(statuses=[500, 500])
    response = api.post("/api/articles", json={"url": web.url(path)}, headers=auth())
    assert_error(response, status, message.format(url=web.url(path)))
    assert articles_stored(settings) == 0


@pytest.mark.parametrize(
    ("data", "status", "message"),
    [
        (
            b"{not json",
            400,
            "the request body is not JSON "
            "(Expecting property name enclosed in double quotes: line 1 column 2 (char 1))",
        ),
        (b"", 400, "the request body must be a JSON object with title and text, or with a url"),
        (b"[1, 2]", 400, "the request body must be a JSON object with title and text, or with a url"),
        (b'{"title": "No text"}', 400, 'request body: no text: every article needs a non-empty "text"'),
        (
            b'{"text": "Envoys will meet.", "published": "someday"}',
            400,
            "request body: published 'someday' is not an ISO 8601 date (use ISO 8601, e.g. 2022-01-04T12:00:00Z)",
        ),
        (  # 4 May or 5 April? Only ISO 8601 is read from the API
            b'{"text": "Envoys will meet.", "published": "04/05/2027"}',
            400,
            "request body: published '04/05/2027' is not an ISO 8601 date (use ISO 8601, e.g. 2022-01-04T12:00:00Z)",
        ),
        (
            b'{"text": "Envoys will meet.", "published": "Tue, 04 Jan 2022 12:00:00 GMT"}',
            400,
            "request body: published 'Tue, 04 Jan 2022 12:00:00 GMT' is not an ISO 8601 date "
            "(use ISO 8601, e.g. 2022-01-04T12:00:00Z)",
        ),
        (b'{"text": "x", "title": 5}', 400, 'request body: "title" must be a string'),
    ],
)
def test_bad_bodies(api: FlaskClient, settings: Settings, data: bytes, status: int, message: str) -> None:
    response = api.post("/api/articles", data=data, headers={**auth(), "Content-Type": "application/json"})
    assert_error(response, status, message)
    assert articles_stored(settings) == 0


def test_an_article_without_a_date_is_422(
    api: FlaskClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    response = api.post("/api/articles", json={"title": "Undated", "text": "Envoys will meet again."}, headers=auth())
    assert response.status_code == 422
    assert response.get_json()["error"]["parameter"] == "published"
    assert "no publication date" in response.get_json()["error"]["message"]
    assert articles_stored(settings) == 0


def test_body_over_the_limit_is_413(api: FlaskClient, settings: Settings) -> None:
    big = {**ARTICLE, "text": "word " * 2000}
    response = api.post("/api/articles", json=big, headers=auth())
    assert response.status_code == 413
    assert response.get_json()["error"]["status"] == 413
    assert response.get_json()["error"]["message"].endswith("bytes, over the 4096-byte limit")
    assert articles_stored(settings) == 0


def test_body_without_length_over_the_limit_is_413(api: FlaskClient, settings: Settings) -> None:
    body = b'{"text": "' + b"x" * 10_000 + b'"}'
    response = api.post(
        "/api/articles",
        data=body,
        headers={**auth(), "Content-Type": "application/json"},
        # As a chunked upload arrives: no length, and a server that ends the stream itself.
        environ_overrides={"CONTENT_LENGTH": "", "wsgi.input_terminated": True},
    )
    assert_error(response, 413, "the request body is over the 4096-byte limit")
    assert articles_stored(settings) == 0


def test_body_of_exactly_the_limit_is_read(api: FlaskClient) -> None:
    body = b'{"title": "T", "published": "2024-01-01", "language": "en", "text": "' + b"x" * 4000 + b'"}'
    body = body.replace(b'"}', b" " * (4096 - len(body)) + b'"}')
    assert len(body) == 4096
    response = api.post("/api/articles", data=body, headers={**auth(), "Content-Type": "application/json"})
    assert response.status_code == 201, response.get_json()


def test_get_is_405_in_the_error_shape(api: FlaskClient) -> None:
    response = api.get("/api/articles")
    assert response.status_code == 405
    assert response.get_json()["error"]["status"] == 405


def test_responses_match_the_openapi_schemas(api: FlaskClient) -> None:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    document = api.get("/api/openapi.json").get_json()
    registry: Registry[Any] = Registry().with_resource(
        "urn:diplocal:openapi", Resource.from_contents(document, default_specification=DRAFT202012)
    )

    def errors(body: Any, schema: str) -> list[str]:
        validator = Draft202012Validator(
            {"$ref": f"urn:diplocal:openapi#/components/schemas/{schema}"}, registry=registry
        )
        return sorted(error.message for error in validator.iter_errors(body))

    posted = api.post("/api/articles", json=ARTICLE, headers=auth())
    assert posted.status_code == 201
    assert errors(posted.get_json(), "ArticleStored") == []
    assert errors(api.get("/api/sources").get_json(), "FeedSourceList") == []
    assert errors(api.post("/api/articles", json=ARTICLE).get_json(), "Error") == []
    assert errors({"article": {}, "stored": "maybe", "meetings": []}, "ArticleStored") != []  # the check can fail
    operation = document["paths"]["/api/articles"]["post"]
    assert {"201", "400", "401", "403", "413", "422", "502"} <= set(operation["responses"])
    assert document["components"]["securitySchemes"] == {"bearer": {"type": "http", "scheme": "bearer"}}


# -- where the server fetches from ------------------------------------------------------------


def assert_refused_address(response: Any, url: str, named: str) -> None:
    assert response.status_code == 400, response.get_json()
    assert response.content_type == "application/json"
    error = response.get_json()["error"]
    assert error["parameter"] == "url"
    assert error["message"].startswith(f"url {url!r} is not fetched: ")
    assert named in error["message"]
    assert "DIPLOCAL_FETCH_ALLOWED_HOSTS" in error["message"]  # what would work


def test_the_server_does_not_fetch_its_own_loopback(web: LocalWeb, settings: Settings) -> None:
    path = "/articles/page_jsonld.html"
    response = guarded(settings).post("/api/articles", json={"url": web.url(path)}, headers=auth())
    assert_refused_address(response, web.url(path), "127.0.0.1 is a loopback address")
    assert web.seen(path) == []  # refused before connecting: nothing was asked of it
    assert articles_stored(settings) == 0


def test_a_name_is_checked_on_the_address_it_resolves_to(web: LocalWeb, settings: Settings) -> None:
    url = web.url("/articles/page_jsonld.html").replace("127.0.0.1", "localhost")
    response = guarded(settings).post("/api/articles", json={"url": url}, headers=auth())
    assert_refused_address(response, url, "localhost (127.0.0.1) is a loopback address")
    assert web.seen("/articles/page_jsonld.html") == []


def test_a_redirect_to_a_refused_address_is_refused(web: LocalWeb, settings: Settings) -> None:
    """The first hop is allowed (by name), the redirect goes to an address that is not."""
    target = web.url("/articles/page_jsonld.html")
    web.routes["/hop"] = Route(statuses=[302], headers={"Location": target})
    url = web.url("/hop").replace("127.0.0.1", "localhost")
    response = guarded(settings, "localhost").post("/api/articles", json={"url": url}, headers=auth())
    assert_refused_address(response, url, "the page redirected to 127.0.0.1, and 127.0.0.1 is a loopback address")
    assert len(web.seen("/hop")) == 1
    assert web.seen("/articles/page_jsonld.html") == []
    assert articles_stored(settings) == 0


def test_an_allowed_host_still_fetches(web: LocalWeb, settings: Settings) -> None:
    for allowed in ("127.0.0.1", "127.0.0.0/8", "localhost"):
        url = web.url("/articles/page_jsonld.html")
        if allowed == "localhost":
            url = url.replace("127.0.0.1", "localhost")
        response = guarded(settings, allowed).post("/api/articles", json={"url": url}, headers=auth())
        assert response.status_code in (200, 201), (allowed, response.get_json())
        assert [m["start"] for m in response.get_json()["meetings"]] == ["2024-06-13"]


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("http://[fe80::1]/", "fe80::1 is a link-local address"),
        ("http://[::1]:8080/", "::1 is a loopback address"),
        ("http://0.0.0.0/", "0.0.0.0 is an unspecified address"),
        ("http://10.0.0.7/feed", "10.0.0.7 is a private network address"),
        ("http://192.168.1.1/", "192.168.1.1 is a private network address"),
        ("http://[fd12:3456::1]/", "fd12:3456::1 is a private network address"),
        ("http://224.0.0.251/", "224.0.0.251 is a multicast address"),
        ("http://100.64.0.1/", "100.64.0.1 is not a public address"),
        ("http://2130706433/", "2130706433 (127.0.0.1) is a loopback address"),  # 127.0.0.1 as one number
        ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1 is a loopback address"),  # IPv4 in IPv6
    ],
)
def test_no_address_off_the_public_internet_is_fetched(settings: Settings, url: str, named: str) -> None:
    response = guarded(settings).post("/api/articles", json={"url": url}, headers=auth())
    assert_refused_address(response, url, named)


def test_the_refusal_is_as_the_api_docs_show_it(settings: Settings) -> None:
    import json
    import re
    from pathlib import Path

    docs = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
    found = re.search(r'Posting `(\{"url": "[^`]*"\})` gets \(a test checks it\):\n\n```json\n(.*?)\n```', docs, re.S)
    assert found, "docs/api.md no longer shows the refusal of a loopback url"
    response = guarded(settings).post("/api/articles", json=json.loads(found.group(1)), headers=auth())
    assert response.get_json() == json.loads(found.group(2))
