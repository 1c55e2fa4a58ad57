"""Whole answers of the API and the page kept per process: never stale, never an error kept."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from webdata import fill_all

from diplocal.model import Article, Evidence, Meeting
from diplocal.settings import Settings
from diplocal.store import Store
from diplocal.web import create_app
from diplocal.web.cache import KeptAnswer, ResponseCache, response_cache

URLS = ["/", "/api/meetings?from=2021-01-01", "/api/organisations", "/api/places", "/api/openapi.json"]


@pytest.fixture
def filled(store: Store) -> Store:
    fill_all(store)
    return store


def _misses(app: Flask) -> int:
    with app.app_context():
        return response_cache().misses


def _oslo(store: Store) -> None:
    article = Article(id="oslo", title="t", text="t", published=datetime(2022, 1, 5, tzinfo=UTC))
    evidence = (Evidence(article_id="oslo", sentence="Talks in Oslo on 3 February."),)
    meeting = Meeting(title="Oslo talks", start=date(2022, 2, 3), end=date(2022, 2, 3), evidence=evidence)
    store.ingest(article, [meeting])


@pytest.mark.parametrize("url", URLS)
def test_the_same_request_is_answered_from_memory_with_the_same_bytes(
    app: Flask, client: FlaskClient, filled: Store, url: str
) -> None:
    first = client.get(url)
    assert first.status_code == 200
    worked_out = _misses(app)
    again = client.get(url)
    assert _misses(app) == worked_out
    assert again.data == first.data
    assert again.headers["ETag"] == first.headers["ETag"]
    assert again.headers["Content-Type"] == first.headers["Content-Type"]
    assert again.headers["Content-Security-Policy"] == first.headers["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["/", "/api/meetings?from=2021-01-01"])
def test_a_stored_article_is_seen_on_the_next_request(client: FlaskClient, filled: Store, url: str) -> None:
    before = client.get(url)
    assert b"Oslo talks" not in before.data
    _oslo(filled)
    after = client.get(url, headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert b"Oslo talks" in after.data


def test_a_new_day_is_worked_out_again(settings: Settings, filled: Store) -> None:
    now = [datetime(2022, 1, 5, 9, 0, tzinfo=UTC)]
    app = create_app({"SETTINGS": settings, "CLOCK": lambda: now[0], "TESTING": True})
    client = app.test_client()
    first = client.get("/api/meetings")  # from today on
    now[0] += timedelta(days=30)
    later = client.get("/api/meetings")
    assert later.status_code == 200
    assert later.data != first.data


def test_errors_are_not_kept(app: Flask, client: FlaskClient, filled: Store) -> None:
    for _ in range(2):
        assert client.get("/api/meetings?from=tomorrowish").status_code == 400
    assert _misses(app) == 0


@pytest.mark.parametrize("url", ["/", "/api/meetings?from=2021-01-01"])
def test_a_matching_tag_gets_a_304_without_a_body(client: FlaskClient, filled: Store, url: str) -> None:
    first = client.get(url)
    tag = first.headers["ETag"]
    again = client.get(url, headers={"If-None-Match": f'"other", {tag}'})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == tag
    assert client.get(url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_head_gets_the_headers_of_get(client: FlaskClient, filled: Store) -> None:
    got = client.get("/api/meetings")
    head = client.head("/api/meetings")
    assert head.status_code == 200
    assert head.data == b""
    assert head.headers["ETag"] == got.headers["ETag"]
    assert head.headers["Content-Length"] == got.headers["Content-Length"]


def test_the_cache_keeps_to_its_budget_least_recent_out_first() -> None:
    cache = ResponseCache(max_entries=3, max_bytes=100)
    for number in range(3):
        cache.put(("k", number), KeptAnswer(b"x" * 30, (), str(number)))
    assert cache.get(("k", 0)) is not None  # now the most recently used
    cache.put(("k", 3), KeptAnswer(b"x" * 30, (), "3"))  # over three entries: the oldest, 1, goes
    assert cache.get(("k", 1)) is None
    assert cache.get(("k", 0)) is not None
    cache.put(("k", 4), KeptAnswer(b"x" * 60, (), "4"))  # over 100 bytes: the least recent go
    assert cache.size <= 100
    assert cache.get(("k", 4)) is not None
    cache.put(("k", 5), KeptAnswer(b"x" * 101, (), "5"))  # bigger than the whole budget: not kept
    assert cache.get(("k", 5)) is None
    assert cache.get(("k", 4)) is not None
