"""A database made by schema version 1 is upgraded in place, every meeting still there."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fixtures.news import article, sighting
from sqlalchemy import create_engine, text

from diplocal.errors import StoreError
from diplocal.query import MeetingQuery
from diplocal.store import Store, feed_state, normalise_url
from diplocal.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"

V1_ROWS = [
    "INSERT INTO schema_info (key, value) VALUES ('version', '1')",
    "INSERT INTO articles (id, title, text, published, published_basis, url, publisher, language, dateline, source,"
    " content_hash) VALUES ('old-1', 'NATO ministers to meet', 'NATO foreign ministers meet in Brussels on April 10.',"
    " '2022-03-01T08:00:00Z', NULL, 'https://news.example/old-1', 'TASS', 'en', NULL, 'old-1.txt', 'h1')",
    "INSERT INTO articles (id, title, text, published, published_basis, url, publisher, language, dateline, source,"
    " content_hash) VALUES ('old-2', 'Talks in Geneva', 'Russia and the US hold talks in Geneva on January 10.',"
    " '2022-01-04T10:00:00Z', NULL, NULL, NULL, 'en', NULL, 'old-2.txt', 'h2')",
    "INSERT INTO meetings VALUES ('m1', 'NATO foreign ministers'' meeting', '2022-04-10', '2022-04-10', 'day', NULL,"
    " NULL, NULL, 'Brussels', :who1, 'meeting', 'confirmed', 0.6, :yes, '2022-03-01T08:00:00Z',"
    " '2022-03-01T08:00:00Z', 0, 1)",
    "INSERT INTO meetings VALUES ('m2', 'Russia-US security talks', '2022-01-10', '2022-01-10', 'day', '09:30', NULL,"
    " 'Europe/Zurich', 'Geneva', :who2, 'talks', 'confirmed', 0.7, :yes, '2022-01-04T10:00:00Z',"
    " '2022-01-04T10:00:00Z', 0, 1)",
    "INSERT INTO meeting_tags VALUES ('m1', 'org', 'NATO')",
    "INSERT INTO meeting_tags VALUES ('m2', 'country', 'RU')",
    "INSERT INTO meeting_tags VALUES ('m2', 'country', 'US')",
    "INSERT INTO meeting_sources VALUES ('m1', 'old-1', 'NATO foreign ministers meet in Brussels on April 10.', 0.6)",
    "INSERT INTO meeting_sources VALUES ('m2', 'old-2', 'Russia and the US hold talks in Geneva on January 10.', 0.7)",
    "INSERT INTO meeting_history (meeting_id, revision, changed_at, article_id, change) VALUES"
    " ('m1', 1, '2022-03-01T08:00:00Z', 'old-1', '{\"action\": \"created\"}')",
    "INSERT INTO meeting_history (meeting_id, revision, changed_at, article_id, change) VALUES"
    " ('m2', 1, '2022-01-04T10:00:00Z', 'old-2', '{\"action\": \"created\"}')",
]
WHO = {
    "who1": json.dumps({"names": ["NATO foreign ministers"], "orgs": ["NATO"], "countries": []}),
    "who2": json.dumps({"names": ["Russia", "United States"], "orgs": [], "countries": ["RU", "US"]}),
}


def make_v1(url: str) -> None:
    """Build a version-1 database from the DDL snapshot, with two meetings in it."""
    engine = create_engine(normalise_url(url))
    dialect = engine.dialect.name
    ddl = (FIXTURES / f"schema_v1.{dialect}.sql").read_text()
    with engine.begin() as connection:
        for statement in ddl.split(";\n"):
            body = "\n".join(line for line in statement.splitlines() if not line.startswith("--")).strip()
            if body:
                connection.execute(text(body))
        for row in V1_ROWS:
            connection.execute(text(row.replace("(key,", '("key",')), {**WHO, "yes": True})
    engine.dispose()


def test_a_version_1_database_is_upgraded_with_every_meeting(any_db_url: str) -> None:
    make_v1(any_db_url)
    store = Store.open(any_db_url)
    assert store.schema_version() == SCHEMA_VERSION == 3
    assert feed_state.list_feeds(store) == []  # the feed tables came with the upgrade
    found = {m.id: m for m in store.find(MeetingQuery())}
    assert sorted(found) == ["m1", "m2"]
    assert found["m1"].meeting.title == "NATO foreign ministers' meeting"
    assert found["m1"].meeting.start == date(2022, 4, 10)
    assert found["m2"].meeting.start_time is not None
    assert found["m2"].meeting.timezone == "Europe/Zurich"
    assert [e.article_id for e in found["m1"].meeting.evidence] == ["old-1"]
    assert found["m1"].meeting.evidence[0].publisher == "TASS"
    assert [h["action"] for h in store.history("m2")] == ["created"]
    assert store.find(MeetingQuery(org="nato"))[0].id == "m1"
    # New articles merge with the upgraded meetings instead of duplicating them.
    later = article("new-1", "2022-03-05", "Reuters", "NATO foreign ministers meet in Brussels on April 10.")
    result = store.ingest(later, [sighting(later, "Meeting of NATO foreign ministers", "2022-04-10")])
    assert result.new == []
    assert store.count() == 2
    assert len(store.get("m1").meeting.evidence) == 2
    store.close()
    # Opening it again changes nothing.
    again = Store.open(any_db_url)
    assert again.schema_version() == SCHEMA_VERSION
    assert again.count() == 2
    again.close()


def test_a_database_from_a_newer_diplocal_is_refused(any_store: Store, any_db_url: str) -> None:
    engine = create_engine(normalise_url(any_db_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE schema_info SET value = '99'"))
    engine.dispose()
    with pytest.raises(StoreError, match="schema version 99, newer than"):
        Store.open(any_db_url)


V2_FEED_TABLES = [
    # As diplocal before schema version 3 made them on the first `diplocal watch`.
    "CREATE TABLE feeds (url VARCHAR(2048) NOT NULL, title TEXT, etag TEXT, last_modified TEXT,"
    " last_polled VARCHAR(32), last_status INTEGER, last_success VARCHAR(32), last_error TEXT,"
    " last_error_at VARCHAR(32), errors_in_row INTEGER NOT NULL, PRIMARY KEY (url))",
    "CREATE TABLE feed_entries (feed_url VARCHAR(2048) NOT NULL, entry_key VARCHAR(64) NOT NULL,"
    " entry_id TEXT NOT NULL, article_id VARCHAR(512), first_seen VARCHAR(32) NOT NULL, state VARCHAR(16) NOT NULL,"
    " attempts INTEGER NOT NULL, reason TEXT, PRIMARY KEY (feed_url, entry_key),"
    " FOREIGN KEY(feed_url) REFERENCES feeds (url) ON DELETE CASCADE)",
    "INSERT INTO feeds (url, etag, last_success, errors_in_row) VALUES"
    " ('https://news.example/rss', '\"v1\"', '2022-03-01T08:00:00Z', 0)",
    "INSERT INTO feed_entries VALUES ('https://news.example/rss', 'k1', 'entry-1', 'old-1',"
    " '2022-03-01T08:00:00Z', 'ingested', 1, NULL)",
]


@pytest.mark.parametrize("watched", [False, True], ids=["never-watched", "watched-before"])
def test_a_version_2_database_gets_the_feed_tables_and_keeps_its_feeds(any_db_url: str, watched: bool) -> None:
    make_v1(any_db_url)
    Store.open(any_db_url).close()
    engine = create_engine(normalise_url(any_db_url))
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE feed_entries"))
        connection.execute(text("DROP TABLE feeds"))
        connection.execute(text("UPDATE schema_info SET value = '2' WHERE \"key\" = 'version'"))
        if watched:
            for statement in V2_FEED_TABLES:
                connection.execute(text(statement))
    engine.dispose()
    store = Store.open(any_db_url)
    try:
        assert store.schema_version() == 3
        feeds = feed_state.list_feeds(store)
        if watched:
            assert [(f.url, f.etag, f.entries_seen) for f in feeds] == [("https://news.example/rss", '"v1"', 1)]
        else:
            assert feeds == []
        feed_state.record_error(store, "https://wire.example/atom", at=datetime(2022, 3, 2, tzinfo=UTC), reason="x")
        assert [f.url for f in feed_state.list_feeds(store)][-1] == "https://wire.example/atom"
    finally:
        store.close()
