"""The history API and the Atom feed of changes, through Flask's test client."""

from __future__ import annotations

from collections.abc import Iterator

import feedparser
import pytest
from conftest import FROZEN_NOW
from fixtures.news import life_of_a_meeting
from flask.testing import FlaskClient

from diplocal.query import MeetingQuery
from diplocal.settings import Settings
from diplocal.store import Store
from diplocal.web import create_app
from diplocal.web.changes import render_changes

BASE = "https://diplocal.example"


@pytest.fixture
def story_client(any_db_url: str) -> Iterator[tuple[FlaskClient, Store]]:
    store = Store.open(any_db_url)
    for source, found in life_of_a_meeting():
        store.ingest(source, found)
    settings = Settings(database_url=any_db_url, base_url=BASE, past_days=None)
    app = create_app({"SETTINGS": settings, "CLOCK": lambda: FROZEN_NOW, "TESTING": True})
    yield app.test_client(), store
    app.extensions["diplocal.store"].close()
    store.close()


def test_history_lists_each_change_with_its_source(story_client: tuple[FlaskClient, Store]) -> None:
    client, store = story_client
    [meeting_id] = [m.id for m in store.find(MeetingQuery())]
    response = client.get(f"/api/meetings/{meeting_id}/history")
    assert response.status_code == 200
    assert response.content_type == "application/json"
    body = response.get_json()
    assert body["id"] == meeting_id
    assert [(h["revision"], h["action"], h["changed_at"]) for h in body["history"]] == [
        (1, "created", "2022-03-01T08:00:00Z"),
        (2, "rescheduled", "2022-03-10T16:00:00Z"),
        (3, "cancelled", "2022-03-20T07:15:00Z"),
    ]
    assert body["history"][2]["changes"] == {"status": ["confirmed", "cancelled"]}
    assert [h["summary"] for h in body["history"]] == [
        "announced for 10 Apr 2022 in Brussels, on the word of TASS, 1 Mar",
        "moved from 10 Apr to 12 Apr, on the word of Reuters, 10 Mar",
        "cancelled, on the word of TASS, 20 Mar",
    ]
    assert body["history"][2]["source"] == {
        "article_id": "e-cancelled",
        "publisher": "TASS",
        "url": "https://news.example/e-cancelled",
        "title": "NATO has called off the April 12 meeting of its foreign ministers in Brussels",
    }


def test_history_of_an_unknown_meeting_is_the_one_json_error(story_client: tuple[FlaskClient, Store]) -> None:
    client, _store = story_client
    response = client.get("/api/meetings/no-such-id/history")
    assert response.status_code == 404
    assert response.content_type == "application/json"
    error = response.get_json()["error"]
    assert error["status"] == 404
    assert "no-such-id" in error["message"]
    assert error["parameter"] is None
    assert response.get_json().keys() == client.get("/api/meetings/no-such-id").get_json().keys()


def test_changes_feed_is_valid_atom_with_stable_entries(story_client: tuple[FlaskClient, Store]) -> None:
    client, store = story_client
    [meeting_id] = [m.id for m in store.find(MeetingQuery())]
    response = client.get("/changes.atom")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.data)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.updated == "2022-03-20T07:15:00Z"
    titles = [e.title for e in feed.entries]
    assert titles == [
        "Cancelled: NATO foreign ministers' meeting",
        "Rescheduled: NATO foreign ministers' meeting",
        "Announced: NATO foreign ministers' meeting",
    ]
    newest = feed.entries[0]
    assert newest.updated == "2022-03-20T07:15:00Z"
    assert newest.link == f"{BASE}/meetings/{meeting_id}"
    assert newest.summary.startswith("cancelled, on the word of TASS, 20 Mar.")  # in words, not fields
    assert len({e.id for e in feed.entries}) == 3
    again = feedparser.parse(client.get("/changes.atom").data)
    assert [e.id for e in again.entries] == [e.id for e in feed.entries]
    assert client.get("/changes.atom", headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


def test_changes_feed_rejects_a_bad_limit(story_client: tuple[FlaskClient, Store]) -> None:
    client, _store = story_client
    response = client.get("/changes.atom?limit=zero")
    assert response.status_code == 400
    assert response.get_json()["error"]["parameter"] == "limit"
    assert len(feedparser.parse(client.get("/changes.atom?limit=1").data).entries) == 1


def test_an_empty_store_gives_a_valid_empty_feed() -> None:
    feed = feedparser.parse(render_changes([], Settings(base_url=BASE)))
    assert not feed.bozo
    assert feed.entries == []
    assert feed.feed.updated == "1970-01-01T00:00:00Z"
