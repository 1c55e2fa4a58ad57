"""The feed-state tables: health records and remembered entries, on a fresh store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from diplocal.store import Store
from diplocal.store import feed_state as fs

URL = "https://wire.example/diplomacy.rss"
T1 = datetime(2024, 11, 1, 12, 0, tzinfo=UTC)


def test_a_first_success_creates_the_feed(store: Store) -> None:
    fs.record_success(
        store, URL, at=T1, status=200, etag='"a"', last_modified="Fri, 01 Nov 2024 11:00:00 GMT", title="Wire"
    )
    state = fs.get_feed(store, URL)
    assert state == fs.FeedState(
        url=URL,
        title="Wire",
        etag='"a"',
        last_modified="Fri, 01 Nov 2024 11:00:00 GMT",
        last_polled=T1,
        last_status=200,
        last_success=T1,
    )


def test_a_first_error_creates_the_feed_and_errors_count_up(store: Store) -> None:
    fs.record_error(store, URL, at=T1, reason="server answered 500 Internal Server Error")
    fs.record_error(store, URL, at=T1 + timedelta(minutes=15), reason="no answer within 20 seconds")
    state = fs.get_feed(store, URL)
    assert state is not None
    assert (state.last_success, state.last_error, state.errors_in_row, state.healthy) == (
        None,
        "no answer within 20 seconds",
        2,
        False,
    )
    assert state.to_json()["last_error_at"] == "2024-11-01T12:15:00Z"


def test_a_304_keeps_the_validators(store: Store) -> None:
    fs.record_success(store, URL, at=T1, status=200, etag='"a"', last_modified="x")
    fs.record_success(store, URL, at=T1 + timedelta(minutes=15), status=304, etag=None, last_modified=None)
    state = fs.get_feed(store, URL)
    assert state is not None
    assert (state.etag, state.last_modified, state.last_status) == ('"a"', "x", 304)


def test_entries_are_done_when_ingested_or_given_up(store: Store) -> None:
    fs.remember_entry(store, URL, "guid-ok", at=T1, article_id="https://wire.example/a")
    for _ in range(fs.MAX_ENTRY_ATTEMPTS - 1):
        fs.remember_entry(store, URL, "guid-flaky", at=T1, article_id=None, reason="server answered 503")
    assert fs.done_entries(store, URL) == {fs.entry_key("guid-ok")}
    fs.remember_entry(store, URL, "guid-flaky", at=T1, article_id=None, reason="server answered 503")
    assert fs.done_entries(store, URL) == {fs.entry_key("guid-ok"), fs.entry_key("guid-flaky")}
    assert fs.done_entries(store, "https://other.example/feed") == set()
    state = fs.get_feed(store, URL)
    assert state is not None
    assert (state.entries_seen, state.entries_ingested) == (2, 1)


def test_long_entry_ids_are_keyed_by_digest(store: Store) -> None:
    long_id = "https://wire.example/" + "x" * 5000
    fs.remember_entry(store, URL, long_id, at=T1, article_id=None)
    assert fs.done_entries(store, URL) == {fs.entry_key(long_id)}
    assert len(fs.entry_key(long_id)) == 64


def test_the_feed_tables_are_part_of_the_schema(db_url: str) -> None:
    """A new store holds them before anything is watched; older stores get them by migration
    (test_migrations.py)."""
    from sqlalchemy import inspect

    opened = Store.open(db_url)
    try:
        assert {"feeds", "feed_entries"} <= set(inspect(opened.engine).get_table_names())
        fs.record_success(opened, URL, at=T1, status=200, etag=None, last_modified=None)
        assert [state.url for state in fs.list_feeds(opened)] == [URL]
    finally:
        opened.close()
