"""Source health and memory of watched feeds: validators, last success and error, entries seen."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import SQLAlchemyError

from diplocal.store import Store
from diplocal.store.connection import Transaction, store_error
from diplocal.store.schema import feed_entries, feeds

MAX_ENTRY_ATTEMPTS = 3  # an entry whose page keeps failing is given up after this many polls


@dataclass(frozen=True, slots=True)
class FeedState:
    """What is known about one watched feed."""

    url: str
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_polled: datetime | None = None
    last_status: int | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    errors_in_row: int = 0
    entries_seen: int = 0
    entries_ingested: int = 0

    @property
    def healthy(self) -> bool:
        """True when the last poll succeeded (or the feed was never polled yet)."""
        return self.errors_in_row == 0

    def to_json(self) -> dict[str, Any]:
        """The feed as ``diplocal sources --json`` and ``GET /api/sources`` give it."""
        return {
            "url": self.url,
            "title": self.title,
            "healthy": self.healthy,
            "last_polled": _iso(self.last_polled),
            "last_status": self.last_status,
            "last_success": _iso(self.last_success),
            "last_error": self.last_error,
            "last_error_at": _iso(self.last_error_at),
            "errors_in_row": self.errors_in_row,
            "entries_seen": self.entries_seen,
            "entries_ingested": self.entries_ingested,
            "etag": self.etag,
            "last_modified": self.last_modified,
        }


def entry_key(entry_id: str) -> str:
    """The stored key of an entry id (ids and links can be longer than an index allows)."""
    return hashlib.sha256(entry_id.encode("utf-8")).hexdigest()


def get_feed(store: Store, url: str) -> FeedState | None:
    """The state of the feed at ``url``, or None when it was never polled."""
    found = [state for state in _states(store, url) if state.url == url]
    return found[0] if found else None


def list_feeds(store: Store) -> list[FeedState]:
    """Every watched feed, sorted by URL."""
    return list(_states(store, None))


def record_success(
    store: Store,
    url: str,
    *,
    at: datetime,
    status: int,
    etag: str | None,
    last_modified: str | None,
    title: str | None = None,
) -> None:
    """Note a poll that got an answer (200 or 304) and the validators to send next time."""
    values: dict[str, Any] = {
        "last_polled": _moment(at),
        "last_status": status,
        "last_success": _moment(at),
        "errors_in_row": 0,
    }
    if status != 304:  # a 304 may leave out the validators; keep the ones that worked
        values.update(etag=etag, last_modified=last_modified)
    if title:
        values["title"] = title
    _upsert(store, url, values)


def record_error(store: Store, url: str, *, at: datetime, reason: str, status: int | None = None) -> None:
    """Note a poll that failed, and why; the validators and the last success are kept."""
    with _begin(store) as connection:
        row = connection.execute(select(feeds.c.errors_in_row).where(feeds.c.url == url)).first()
        values = {
            "last_polled": _moment(at),
            "last_status": status,
            "last_error": reason,
            "last_error_at": _moment(at),
            "errors_in_row": (row[0] if row else 0) + 1,
        }
        if row is None:
            connection.execute(feeds.insert().values(url=url, **values))
        else:
            connection.execute(feeds.update().where(feeds.c.url == url).values(**values))


def done_entries(store: Store, url: str) -> set[str]:
    """Keys of the entries of this feed that need no further try: ingested, or given up."""
    with _connect(store) as connection:
        rows = connection.execute(
            select(feed_entries.c.entry_key).where(
                feed_entries.c.feed_url == url,
                (feed_entries.c.state == "ingested") | (feed_entries.c.attempts >= MAX_ENTRY_ATTEMPTS),
            )
        ).scalars()
        return set(rows)


def remember_entry(
    store: Store,
    url: str,
    entry_id: str,
    *,
    at: datetime,
    article_id: str | None,
    reason: str | None = None,
) -> None:
    """Remember an entry as ingested (``reason`` None) or as a failed try with its reason."""
    key = entry_key(entry_id)
    state = "ingested" if reason is None else "failed"
    _upsert(store, url, {})
    with _begin(store) as connection:
        row = connection.execute(
            select(feed_entries.c.attempts).where(feed_entries.c.feed_url == url, feed_entries.c.entry_key == key)
        ).first()
        values = {"article_id": article_id, "state": state, "reason": reason}
        if row is None:
            connection.execute(
                feed_entries.insert().values(
                    feed_url=url, entry_key=key, entry_id=entry_id, first_seen=_moment(at), attempts=1, **values
                )
            )
        else:
            connection.execute(
                feed_entries.update()
                .where(feed_entries.c.feed_url == url, feed_entries.c.entry_key == key)
                .values(attempts=row[0] + 1, **values)
            )


def _upsert(store: Store, url: str, values: dict[str, Any]) -> None:
    with _begin(store) as connection:
        exists = connection.execute(select(feeds.c.url).where(feeds.c.url == url)).first()
        if exists is None:
            connection.execute(feeds.insert().values(**{"url": url, "errors_in_row": 0, **values}))
        elif values:
            connection.execute(feeds.update().where(feeds.c.url == url).values(**values))


def _states(store: Store, url: str | None) -> Iterator[FeedState]:
    seen = (
        select(
            feed_entries.c.feed_url,
            func.count().label("seen"),
            func.sum(case((feed_entries.c.state == "ingested", 1), else_=0)).label("ingested"),
        )
        .group_by(feed_entries.c.feed_url)
        .subquery()
    )
    statement = (
        select(feeds, seen.c.seen, seen.c.ingested)
        .outerjoin(seen, seen.c.feed_url == feeds.c.url)
        .order_by(feeds.c.url)
    )
    if url is not None:
        statement = statement.where(feeds.c.url == url)
    with _connect(store) as connection:
        rows = list(connection.execute(statement).mappings())
    for row in rows:
        yield FeedState(
            url=row["url"],
            title=row["title"],
            etag=row["etag"],
            last_modified=row["last_modified"],
            last_polled=_parse(row["last_polled"]),
            last_status=row["last_status"],
            last_success=_parse(row["last_success"]),
            last_error=row["last_error"],
            last_error_at=_parse(row["last_error_at"]),
            errors_in_row=row["errors_in_row"] or 0,
            entries_seen=int(row["seen"] or 0),
            entries_ingested=int(row["ingested"] or 0),
        )


@contextmanager
def _begin(store: Store) -> Iterator[Any]:
    """A write transaction of the store (its write lock); every database error becomes the
    store's own (:class:`StoreUnavailable`, :class:`StoreUnwritable`, :class:`StoreError`)."""
    try:
        with Transaction(store.engine, write=True) as connection:
            yield connection
    except SQLAlchemyError as error:
        raise store_error(error) from error


@contextmanager
def _connect(store: Store) -> Iterator[Any]:
    try:
        with Transaction(store.engine, write=False) as connection:
            yield connection
    except SQLAlchemyError as error:
        raise store_error(error) from error


def _moment(value: datetime) -> str:
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(value: str | None) -> datetime | None:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) if value else None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None
