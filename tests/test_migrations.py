"""A database made by an older schema version is upgraded in place, every row still there."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fixtures.news import article, sighting
from sqlalchemy import create_engine, text

from diplocal.errors import StoreError
from diplocal.query import MeetingQuery
from diplocal.render.jsonview import meeting_to_json
from diplocal.store import Store, feed_state, normalise_url
from diplocal.store.migrations import MIGRATIONS
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
    assert store.schema_version() == SCHEMA_VERSION == 5
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
    engine = create_engine(normalise_url(any_db_url))
    with engine.begin() as connection:
        # Version 2 as its own step made it (opening it with today's code would go further).
        for target, step in MIGRATIONS:
            if target <= 2:
                step(connection)
        connection.execute(text("UPDATE schema_info SET value = '2' WHERE \"key\" = 'version'"))
        if watched:
            for statement in V2_FEED_TABLES:
                connection.execute(text(statement))
    engine.dispose()
    store = Store.open(any_db_url)
    try:
        assert store.schema_version() == SCHEMA_VERSION
        feeds = feed_state.list_feeds(store)
        if watched:
            assert [(f.url, f.etag, f.entries_seen) for f in feeds] == [("https://news.example/rss", '"v1"', 1)]
        else:
            assert feeds == []
        feed_state.record_error(store, "https://wire.example/atom", at=datetime(2022, 3, 2, tzinfo=UTC), reason="x")
        assert [f.url for f in feed_state.list_feeds(store)][-1] == "https://wire.example/atom"
    finally:
        store.close()


# A Russian report stored by version 3: its article's language is known, the phrase that
# named the meeting was not kept (version 3 had no column for it).
V3_ROWS = [
    "INSERT INTO articles (id, title, text, published, published_basis, url, publisher, language, dateline, source,"
    " content_hash) VALUES ('old-ru', 'Саммит БРИКС пройдёт в Казани', 'Саммит БРИКС пройдёт в Казани 22 октября.',"
    " '2024-06-01T09:00:00Z', NULL, 'https://novosti.example/brics', 'Novosti', 'ru', NULL, 'old-ru.txt', 'h3')",
    "INSERT INTO meetings (id, title, start_date, end_date, precision, start_time, end_time, timezone, location,"
    " participants, kind, status, confidence, end_certain, created, updated, sequence, revision) VALUES"
    " ('m3', 'BRICS Summit', '2024-10-22', '2024-10-22', 'day', NULL, NULL, NULL, 'Kazan', :who3, 'summit',"
    " 'confirmed', 0.8, :yes, '2024-06-01T09:00:00Z', '2024-06-01T09:00:00Z', 0, 1)",
    "INSERT INTO meeting_tags VALUES ('m3', 'org', 'BRICS')",
    "INSERT INTO sightings (meeting_id, article_id, published, publisher_key, sentence, confidence, title,"
    " start_date, end_date, precision, start_time, end_time, timezone, location, participants, kind, status,"
    " end_certain, change_action, previous_start) VALUES ('m3', 'old-ru', '2024-06-01T09:00:00Z', 'novosti',"
    " 'Саммит БРИКС пройдёт в Казани 22 октября.', 0.8, 'BRICS Summit', '2024-10-22', '2024-10-22', 'day', NULL,"
    " NULL, NULL, 'Kazan', :who3, 'summit', 'confirmed', :yes, NULL, NULL)",
    "INSERT INTO meeting_history (meeting_id, revision, changed_at, article_id, change, publisher) VALUES"
    " ('m3', 1, '2024-06-01T09:00:00Z', 'old-ru', '{\"action\": \"created\"}', 'novosti')",
    "INSERT INTO meeting_aliases VALUES ('m3-old', 'm3')",
]
WHO3 = json.dumps({"names": ["BRICS"], "orgs": ["BRICS"], "countries": []})
TABLES = ("articles", "meetings", "meeting_tags", "sightings", "meeting_aliases", "meeting_history", "feeds")


def make_v3(url: str) -> None:
    """A version-3 database with data: the version-1 snapshot brought to 3 by the steps of
    that time, a watched feed, and a Russian report stored as version 3 stored it."""
    make_v1(url)
    engine = create_engine(normalise_url(url))
    with engine.begin() as connection:
        for target, step in MIGRATIONS:
            if target <= 3:
                step(connection)
        connection.execute(text("UPDATE schema_info SET value = '3' WHERE \"key\" = 'version'"))
        for row in [*V2_FEED_TABLES[2:], *V3_ROWS]:
            connection.execute(text(row), {"who3": WHO3, "yes": True})
    engine.dispose()


def table_rows(url: str) -> dict[str, list[dict[str, object]]]:
    """Every row of diplocal's tables, sorted, as plain dicts."""
    engine = create_engine(normalise_url(url))
    with engine.connect() as connection:
        found = {
            table: sorted(
                (dict(row) for row in connection.execute(text(f"SELECT * FROM {table}")).mappings()),
                key=lambda row: json.dumps(row, sort_keys=True, default=str),
            )
            for table in TABLES
        }
    engine.dispose()
    return found


def test_a_version_3_database_keeps_every_row_and_gains_the_original_titles_and_old_places(any_db_url: str) -> None:
    make_v3(any_db_url)
    before = table_rows(any_db_url)
    assert len(before["meetings"]) == 3
    assert len(before["sightings"]) == 3
    store = Store.open(any_db_url)
    try:
        assert store.schema_version() == SCHEMA_VERSION == 5
        after = table_rows(any_db_url)
        for table in TABLES:
            # Every row as it was; meetings and sightings gain an empty title_original (version
            # 4), sightings an empty previous_place (version 5).
            added = ("title_original", "previous_place")
            assert [{k: v for k, v in row.items() if k not in added} for row in after[table]] == before[table]
            if table in ("meetings", "sightings"):
                assert {row["title_original"] for row in after[table]} == {None}
            if table == "sightings":
                assert {row["previous_place"] for row in after[table]} == {None}
        found = {m.id: meeting_to_json(m, "http://x") for m in store.find(MeetingQuery())}
        assert found["m3"]["title"] == "BRICS Summit"
        assert found["m3"]["title_original"] is None  # not kept by version 3: unknown
        assert [s["language"] for s in found["m3"]["sources"]] == ["ru"]
        assert [s["language"] for s in found["m1"]["sources"]] == ["en"]
        assert store.resolve("m3-old") == "m3"
        assert [h["action"] for h in store.history("m3")] == ["created"]
        # A new Russian report of the meeting brings its phrase; the English title stays.
        report = replace(
            article("new-ru", "2024-06-02", "Vesti", "Саммит БРИКС состоится в Казани 22 октября."), language="ru"
        )
        seen = replace(
            sighting(report, "BRICS Summit", "2024-10-22", location="Kazan", organisations=("BRICS",)),
            kind="summit",
            title_original="Саммит БРИКС",
        )
        result = store.ingest(report, [seen])
        assert result.new == []
        assert store.count() == 3
        stored = store.get("m3").meeting
        assert [(e.article_id, e.language, e.title_original) for e in stored.evidence] == [
            ("old-ru", "ru", None),
            ("new-ru", "ru", "Саммит БРИКС"),
        ]
        assert stored.title_original is None  # the title still comes from the first report
    finally:
        store.close()
    again = Store.open(any_db_url)  # opening it again changes nothing
    try:
        assert again.schema_version() == 5
        assert again.count() == 3
    finally:
        again.close()
