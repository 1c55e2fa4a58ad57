"""Store.version(): a cheap token that changes with every stored change, and only then."""

from __future__ import annotations

import os
import threading
import time

import pytest
from conftest import POSTGRES_URL_VARIABLE, need
from fixtures.news import article, life_of_a_meeting, sighting
from sqlalchemy import create_engine, delete, text

from diplocal.errors import StoreUnavailable
from diplocal.store import Store, normalise_url
from diplocal.store.schema import CHANGES_KEY, schema_info


def test_every_stored_article_changes_the_version_and_nothing_else_does(any_store: Store) -> None:
    seen = {any_store.version()}
    for source, found in life_of_a_meeting():
        any_store.ingest(source, found)
        assert any_store.version() not in seen, source.id
        seen.add(any_store.version())
    quiet = article("quiet", "2022-03-01", "AFP", "Markets were calm. Nothing was scheduled.")
    any_store.ingest(quiet, [])  # an article without meetings is stored all the same
    assert any_store.version() not in seen
    settled = any_store.version()
    for source, found in life_of_a_meeting():
        any_store.ingest(source, found)  # the same articles again: unchanged
    any_store.ingest(quiet, [])
    assert any_store.version() == settled


def test_a_store_made_before_the_counter_gets_one(any_db_url: str) -> None:
    store = Store.open(any_db_url)
    source = article("a1", "2022-03-01", "AFP", "Ministers meet in Oslo on 2022-03-10. More.")
    store.ingest(source, [sighting(source, "Oslo ministerial meeting", "2022-03-10", location="Oslo")])
    engine = create_engine(normalise_url(any_db_url))
    with engine.begin() as connection:
        connection.execute(delete(schema_info).where(schema_info.c.key == CHANGES_KEY))
    engine.dispose()
    store.close()
    reopened = Store.open(any_db_url)
    before = reopened.version()
    later = article("a2", "2022-03-02", "Reuters", "Ministers meet in Oslo on 2022-03-10. Again.")
    reopened.ingest(later, [sighting(later, "Oslo ministerial meeting", "2022-03-10", location="Oslo")])
    assert reopened.version() != before
    reopened.close()


def test_an_unreachable_database_is_a_store_error() -> None:
    store = Store("postgresql://nobody@127.0.0.1:9/nothing?connect_timeout=2")  # nothing listens on port 9
    with pytest.raises(StoreUnavailable, match="cannot be reached"):
        store.version()
    store.close()


def _backends(server: str) -> dict[int, str]:
    """The other connections to the test database, by process id, with their states (idle...)."""
    engine = create_engine(normalise_url(server))
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT pid, state FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
        found = {int(pid): str(state) for pid, state in rows}
    engine.dispose()
    return found


def _until_gone(server: str, pids: set[int], patience: float = 60.0) -> set[int]:
    """Those of pids still connected once they are gone or patience runs out.

    A server ends a backend a moment after its client hangs up, so the list is polled
    until the condition holds rather than read once.
    """
    deadline = time.monotonic() + patience
    while True:
        left = pids & set(_backends(server))
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.05)


def _postgres_url() -> str:
    server = os.environ.get(POSTGRES_URL_VARIABLE, "")
    need(bool(server), f"PostgreSQL (${POSTGRES_URL_VARIABLE})")
    return server


def test_version_connections_hold_no_transaction_and_close_with_the_store() -> None:
    server = _postgres_url()
    before = set(_backends(server))  # other tests' backends may still be ending: compare by pid
    store = Store.open(server)
    tokens: list[str] = []
    threads = [threading.Thread(target=lambda: tokens.append(store.version())) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(tokens) == 3
    assert len(set(tokens)) == 1
    during = _backends(server)
    ours = set(during) - before
    assert ours  # the store did keep a connection: otherwise the checks below prove nothing
    assert "idle in transaction" not in {during[pid] for pid in ours}  # must not pin old rows (MVCC)
    store.close()
    assert _until_gone(server, ours) == set()


def test_version_survives_its_connection_being_dropped() -> None:
    """A kept connection the server dropped (a restart, a failover) costs no request an error."""
    server = _postgres_url()
    store = Store.open(server)
    token = store.version()
    engine = create_engine(normalise_url(server))
    with engine.begin() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    engine.dispose()
    assert store.version() == token
    store.close()
