"""The store: articles and the meetings found in them, on SQLite or PostgreSQL.

Each article is stored in one transaction, together with what it says about each meeting
(a *sighting*); a meeting's state is derived from all its sightings in publication order
(see ``fold.py``), so the order articles arrive in never changes the calendar.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import Engine, desc, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError, SQLAlchemyError
from sqlalchemy.pool import QueuePool

from diplocal.errors import StoreError, UnknownMeeting
from diplocal.model import Article, Evidence, Meeting, StoredMeeting, original_title
from diplocal.query import MeetingQuery, org_names
from diplocal.settings import DEFAULT_DATABASE_URL
from diplocal.store import history, schema
from diplocal.store.connection import Transaction, make_engine, normalise_url, store_error
from diplocal.store.migrations import has_tables, upgrade
from diplocal.store.queries import conditions, dated_and_live, sure_enough
from diplocal.store.rows import article_from_row, language_from_row, parse_moment, stored_from_row
from diplocal.store.schema import articles, meeting_aliases, meeting_history, meeting_tags, meetings, sightings
from diplocal.store.writer import IngestResult, store_article

__all__ = ["DEFAULT_URL", "IngestResult", "Store", "normalise_url"]

DEFAULT_URL = DEFAULT_DATABASE_URL
_MEMO_SIZE = 64  # remembered answers (filter choices, pages of meetings), per store object
MEMO_LIMIT = 200  # pages up to this size are remembered (the site and the API ask for 101): 64 x 200 at most
T = TypeVar("T")
RETRIES = 3  # an article whose write hits a unique constraint is stored again from scratch


class Store:
    """Articles and meetings in a database; every write is one transaction per article."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = normalise_url(url)
        self.engine: Engine = make_engine(url)
        self._version_sql: str | None = None
        self._version_local = threading.local()
        self._version_connections: list[tuple[int, Any]] = []  # every thread's (pid, connection)
        self._memo: OrderedDict[tuple[object, ...], list[Any]] = OrderedDict()
        self._memo_lock = threading.Lock()

    @classmethod
    def open(cls, url: str = DEFAULT_URL) -> Store:
        """The store at ``url``, its tables created or upgraded to the current schema."""
        store = cls(url)
        try:
            store.create()
        except BaseException:
            store.close()
            raise
        return store

    def create(self) -> None:
        """Create the tables (recording the schema version) or upgrade older ones in place.

        Raises :class:`StoreError` for a database made by a newer diplocal.
        """
        info = schema.schema_info
        with self._begin() as connection:
            if not has_tables(connection):
                schema.metadata.create_all(connection)
                connection.execute(insert(info).values(key=schema.VERSION_KEY, value=str(schema.SCHEMA_VERSION)))
                connection.execute(insert(info).values(key=schema.CHANGES_KEY, value="0"))
                return
            known = int(connection.execute(select(info.c.value).where(info.c.key == "version")).scalar() or 1)
            if known > schema.SCHEMA_VERSION:
                raise StoreError(
                    f"the database has schema version {known}, newer than this diplocal's {schema.SCHEMA_VERSION}",
                    hint="upgrade diplocal, or use another database",
                )
            if known < schema.SCHEMA_VERSION:
                reached = upgrade(connection, known)
                connection.execute(info.update().where(info.c.key == "version").values(value=str(reached)))
            if connection.execute(select(info.c.value).where(info.c.key == schema.CHANGES_KEY)).first() is None:
                # A database from before the counter: start it (no table change, same schema version).
                connection.execute(insert(info).values(key=schema.CHANGES_KEY, value="0"))

    def schema_version(self) -> int:
        """The schema version recorded in the database."""
        info = schema.schema_info
        with self._connect() as connection:
            return int(connection.execute(select(info.c.value).where(info.c.key == "version")).scalar() or 0)

    def close(self) -> None:
        with self._memo_lock:
            kept, self._version_connections = self._version_connections, []
        for pid, connection in kept:
            if pid == os.getpid():  # a parent's connection, inherited by a fork, stays the parent's
                _close_quietly(connection)
        self.engine.dispose()

    # -- writing ----------------------------------------------------------------------------

    def ingest(
        self, article: Article, found: Sequence[Meeting], *, digest: str | None = None, force: bool = False
    ) -> IngestResult:
        """Store an article and the meetings found in it, merged with what is known.

        ``digest`` is the article's content hash as read (before its date was inferred);
        ingesting the same article (same id and digest) again changes nothing unless
        ``force`` (re-extraction). All or nothing: a failure leaves the store as it was.
        A meeting's ``title_original`` is kept only when the article is in another language
        than English (:func:`original_title`). Raises :class:`StoreError`.
        """
        digest = digest or article.content_hash()
        found = [replace(m, title_original=original_title(m, article.language)) for m in found]
        for attempt in range(RETRIES):
            try:
                with self._begin() as connection:
                    return store_article(connection, article, found, digest, force=force)
            except IntegrityError as error:
                # Another writer stored the same thing first; read again and merge with it.
                if attempt == RETRIES - 1:
                    raise StoreError(f"article {article.id!r} conflicts with stored data ({error.orig})") from error
            except SQLAlchemyError as error:
                raise StoreError(f"storing article {article.id!r} failed ({error})") from error
        raise AssertionError("unreachable")

    # -- reading ----------------------------------------------------------------------------

    def find(self, query: MeetingQuery) -> list[StoredMeeting]:
        """Meetings matching ``query``, sorted by start day then id, with their sources.

        A page of them (a ``limit`` of at most :data:`MEMO_LIMIT`, as the page and the API
        ask) is remembered per store version: the same page costs one index read until the
        store changes."""
        if query.limit and query.limit <= MEMO_LIMIT:
            return self._remembered(("find", query), lambda: self._find(query))
        return self._find(query)

    def _find(self, query: MeetingQuery) -> list[StoredMeeting]:
        statement = select(meetings).where(*conditions(query)).order_by(meetings.c.start_date, meetings.c.id)
        if query.limit:
            statement = statement.limit(query.limit)
        with self._connect() as connection:
            rows = list(connection.execute(statement).mappings())
            sources = _sources(connection, [row["id"] for row in rows])
        return [stored_from_row(row, sources.get(row["id"], ())) for row in rows]

    def find_first(
        self, query: MeetingQuery, *, today: date, count: int, called_off_since: date, min_confidence: float = 0.0
    ) -> list[StoredMeeting]:
        """Among the meetings of ``query`` that a calendar can show (with a day; cancelled or
        postponed no earlier than ``called_off_since``; at least ``min_confidence`` unless
        called off), at least the first ``count`` in a feed's order: upcoming ones (ending on
        or after ``today``) soonest first, then past ones latest first. Ties on the last day
        taken are all included, so the caller can order them by id itself. Sorted as
        :meth:`find` sorts, with their sources.

        A feed needs only these, however many meetings the store holds.
        """
        if count < 1:
            return []
        live = [*conditions(query), *dated_and_live(called_off_since), sure_enough(min_confidence)]
        upcoming = [*live, meetings.c.end_date >= today.isoformat()]
        past = [*live, meetings.c.end_date < today.isoformat()]
        with self._connect() as connection:
            ids = _up_to(connection, upcoming, meetings.c.start_date, count, latest=False)
            if len(ids) < count:
                ids += _up_to(connection, past, meetings.c.end_date, count - len(ids), latest=True)
            rows: list[Any] = []
            for chunk in _chunks(ids, 500):
                rows += connection.execute(select(meetings).where(meetings.c.id.in_(chunk))).mappings().all()
            rows.sort(key=lambda row: (row["start_date"], row["id"]))
            sources = _sources(connection, [row["id"] for row in rows])
        return [stored_from_row(row, sources.get(row["id"], ())) for row in rows]

    def spellings(self, query: MeetingQuery, *, min_confidence: float = 0.0) -> tuple[list[str], list[str]]:
        """The organisations and the places of the meetings matching ``query`` (at least
        ``min_confidence`` unless called off), as written."""
        statement = (
            select(meetings.c.participants, meetings.c.location)
            .where(*conditions(query), sure_enough(min_confidence))
            .distinct()
        )
        with self._connect() as connection:
            rows = connection.execute(statement).all()
        organisations = [name for row in rows for name in json.loads(row[0])["orgs"]]
        return organisations, [row[1] or "" for row in rows]

    def newest_update(self, query: MeetingQuery) -> datetime | None:
        """The newest ``updated`` among the meetings matching ``query``'s filters, the date
        window and paging left out: meetings leave a window as days pass but stay in the
        store, so this never goes backwards (a feed's Last-Modified)."""
        filters = replace(query, start=None, end=None, limit=None, after=None)
        with self._connect() as connection:
            value = connection.execute(select(func.max(meetings.c.updated)).where(*conditions(filters))).scalar()
        if not value:
            return None
        found = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return found.replace(tzinfo=UTC) if found.tzinfo is None else found.astimezone(UTC)

    def resolve(self, meeting_id: str) -> str:
        """The current id of a meeting known by ``meeting_id`` or a former id of it.

        Raises :class:`UnknownMeeting`.
        """
        with self._connect() as connection:
            return _resolve(connection, meeting_id)

    def get(self, meeting_id: str) -> StoredMeeting:
        """The meeting with this id (or a former id of it). Raises :class:`UnknownMeeting`."""
        with self._connect() as connection:
            meeting_id = _resolve(connection, meeting_id)
            row = connection.execute(select(meetings).where(meetings.c.id == meeting_id)).mappings().one()
            sources = _sources(connection, [meeting_id])
        return stored_from_row(row, sources.get(meeting_id, ()))

    def history(self, meeting_id: str) -> list[dict[str, Any]]:
        """The changes of one meeting, oldest first: what changed, when, on whose word.

        Raises :class:`UnknownMeeting`.
        """
        with self._connect() as connection:
            return history.of_meeting(connection, _resolve(connection, meeting_id))

    def changes(self, limit: int = 50, *, since: date | None = None) -> list[dict[str, Any]]:
        """The latest changes of all meetings (those from ``since`` on, when given), newest
        first, each with its meeting's title, date precision and first day."""
        with self._connect() as connection:
            return history.latest_changes(connection, limit, since)

    def last_moves(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """For each of ``ids`` whose dates ever changed after it was announced, the latest
        such change (as :meth:`history` gives it), so a list can say "moved from 25 Feb".

        Remembered per store version (the pages ask for every meeting they show)."""
        if not ids:
            return {}
        key = ("moves", tuple(sorted(ids)))
        return dict(self._remembered(key, lambda: list(self._last_moves(ids).items())))

    def _last_moves(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        with self._connect() as connection:
            return history.last_moves(connection, sorted(set(ids)))

    def latest(self, query: MeetingQuery, count: int) -> list[StoredMeeting]:
        """The ``count`` meetings matching ``query``'s filters (its window left out) that start
        last, sorted as :meth:`find` sorts: what a page shows when nothing is upcoming."""
        filters = replace(query, start=None, end=None, limit=None, after=None)
        statement = (
            select(meetings.c.id)
            .where(*conditions(filters))
            .order_by(desc(meetings.c.start_date), desc(meetings.c.id))
            .limit(count)
        )
        with self._connect() as connection:
            ids = list(connection.execute(statement).scalars())
            rows = list(connection.execute(select(meetings).where(meetings.c.id.in_(ids))).mappings()) if ids else []
            sources = _sources(connection, ids)
        rows.sort(key=lambda row: (row["start_date"], row["id"]))
        return [stored_from_row(row, sources.get(row["id"], ())) for row in rows]

    def articles(self) -> Iterator[Article]:
        """Every stored article, by id (for re-extraction)."""
        with self._connect() as connection:
            ids = list(connection.execute(select(articles.c.id).order_by(articles.c.id)).scalars())
        for chunk in _chunks(ids, 200):
            with self._connect() as connection:
                rows = connection.execute(select(articles).where(articles.c.id.in_(chunk)).order_by(articles.c.id))
                yield from (article_from_row(row) for row in rows.mappings())

    def meetings_of_article(self, article_id: str) -> list[StoredMeeting]:
        """The stored meetings that ``article_id`` is a source of, by start day then id."""
        with self._connect() as connection:
            found = list(
                connection.execute(
                    select(meetings.c.id)
                    .join(sightings, sightings.c.meeting_id == meetings.c.id)
                    .where(sightings.c.article_id == article_id)
                    .order_by(meetings.c.start_date, meetings.c.id)
                ).scalars()
            )
        return [self.get(meeting_id) for meeting_id in found]

    def tag_counts(self, kind: str, query: MeetingQuery) -> list[tuple[str, int]]:
        """Each organisation (``kind="org"``) or country (``"country"``) of the meetings
        matching ``query``, with how many meetings it has, by name (case-insensitive).

        Counted once per store version (the page and the API ask on every request)."""
        return self._remembered(("tags", kind, query), lambda: self._tag_counts(kind, query))

    def _tag_counts(self, kind: str, query: MeetingQuery) -> list[tuple[str, int]]:
        name = func.min(meeting_tags.c.value)
        # The matching meetings as a set the tags are looked up in (an index range on
        # end_date), rather than a join row by row: three times faster at 10,000 meetings.
        matching = select(meetings.c.id).where(*conditions(query))
        statement = (
            select(name, func.count(func.distinct(meeting_tags.c.meeting_id)))
            .where(meeting_tags.c.kind == kind, meeting_tags.c.meeting_id.in_(matching))
            .group_by(func.lower(meeting_tags.c.value))
            .order_by(func.lower(meeting_tags.c.value))
        )
        with self._connect() as connection:
            return [(row[0], int(row[1])) for row in connection.execute(statement)]

    def org_counts(self, query: MeetingQuery) -> list[tuple[str, int]]:
        """Each organisation of the meetings matching ``query`` with how many meetings the
        ``org`` filter finds for it, its bodies' included (so "NATO" counts the NATO-Russia
        Council's meetings too, as ``org=NATO`` lists them), by name (case-insensitive).

        Counted once per store version."""
        return self._remembered(("orgs", query), lambda: self._org_counts(query))

    def _org_counts(self, query: MeetingQuery) -> list[tuple[str, int]]:
        matching = select(meetings.c.id).where(*conditions(query))
        statement = select(meeting_tags.c.value, meeting_tags.c.meeting_id).where(
            meeting_tags.c.kind == "org", meeting_tags.c.meeting_id.in_(matching)
        )
        with self._connect() as connection:
            rows = connection.execute(statement).all()
        spelt: dict[str, str] = {}  # lower-cased name -> its first spelling, as tag_counts gives it
        holders: dict[str, set[str]] = {}
        for value, meeting_id in rows:
            key = value.lower()
            spelt[key] = min(spelt.get(key, value), value)
            holders.setdefault(key, set()).add(meeting_id)
        counts = []
        for key in sorted(spelt):
            found: set[str] = set()
            for name in org_names(spelt[key]):
                found |= holders.get(name, set())
            counts.append((spelt[key], len(found)))
        return counts

    def place_counts(self, query: MeetingQuery) -> list[tuple[str, int]]:
        """Each location of the meetings matching ``query``, with how many, by name.

        Counted once per store version."""
        return self._remembered(("places", query), lambda: self._place_counts(query))

    def _place_counts(self, query: MeetingQuery) -> list[tuple[str, int]]:
        statement = (
            select(func.min(meetings.c.location), func.count())
            .where(meetings.c.location.is_not(None), meetings.c.location != "", *conditions(query))
            .group_by(func.lower(meetings.c.location))
            .order_by(func.lower(meetings.c.location))
        )
        with self._connect() as connection:
            return [(row[0], int(row[1])) for row in connection.execute(statement)]

    def _remembered(self, key: tuple[object, ...], compute: Callable[[], list[T]]) -> list[T]:
        """``compute()``, or its answer for ``key`` at the store's current version."""
        full = (self.version(), *key)
        with self._memo_lock:
            found = self._memo.get(full)
            if found is not None:
                self._memo.move_to_end(full)
                return list(found)
        value = compute()
        with self._memo_lock:
            self._memo[full] = value
            while len(self._memo) > _MEMO_SIZE:
                self._memo.popitem(last=False)
        return list(value)

    def version(self) -> str:
        """A token that changes whenever anything stored changes (for caches and ETags).

        Every article stored bumps a counter in its own transaction; the newest history row
        is added for what is written otherwise (an import). Both are single index reads, so
        a cache may ask on every request, whatever the size of the store: one statement, in
        autocommit, on a connection each thread keeps for it (no pool checkout and rollback,
        which cost more than the statement). A kept connection that fails (a server restarted)
        is dropped and the question asked once more on a new one.
        Raises :class:`StoreUnavailable`.
        """
        if self._version_sql is None:
            compiled = _VERSION.compile(dialect=self.engine.dialect, compile_kwargs={"literal_binds": True})
            self._version_sql = str(compiled)
        dbapi_error = self.engine.dialect.loaded_dbapi.Error
        for attempt in (1, 2):
            kept = False  # until a kept connection is in hand
            try:
                connection, kept = self._version_connection()
                try:
                    cursor = connection.cursor()
                    cursor.execute(self._version_sql)
                    changes, latest = cursor.fetchone() or (None, None)  # one row: two scalar subqueries
                    cursor.close()
                finally:
                    if not kept:
                        connection.close()  # back to the pool, rolled back
            except SQLAlchemyError as error:
                raise store_error(error) from error
            except dbapi_error as error:  # from the raw cursor: wrap it as SQLAlchemy would
                if kept:
                    self._drop_version_connection()
                    if attempt == 1:
                        continue
                wrapped = DBAPIError.instance(self._version_sql, None, error, dbapi_error)
                raise store_error(wrapped) from error
            return f"{changes}-{latest}"
        raise AssertionError("unreachable")  # pragma: no cover

    def _version_connection(self) -> tuple[Any, bool]:
        """The calling thread's connection for :meth:`version`, and whether it is kept.

        Only a pool of real connections (a SQLite file, a server) lends one for keeps: an
        in-memory SQLite database lives in its one connection. A connection made before a
        fork belongs to the parent and is left alone.
        """
        if not isinstance(self.engine.pool, QueuePool):
            return self.engine.raw_connection(), False
        held = getattr(self._version_local, "held", None)
        if held is not None and held[0] == os.getpid():
            return held[1], True
        raw = self.engine.raw_connection()
        raw.detach()  # out of the pool: closing it closes it
        if self.engine.dialect.name == "postgresql":
            raw.rollback()
            driver: Any = raw.dbapi_connection
            driver.autocommit = True  # no transaction held open between requests
        # (SQLite connections run in autocommit already: isolation_level None, see connection.py.)
        self._version_local.held = (os.getpid(), raw)
        with self._memo_lock:
            self._version_connections.append((os.getpid(), raw))
        return raw, True

    def _drop_version_connection(self) -> None:
        held = getattr(self._version_local, "held", None)
        self._version_local.held = None
        if held is None:
            return
        with self._memo_lock:
            if held in self._version_connections:
                self._version_connections.remove(held)
        _close_quietly(held[1])

    def article_hashes(self) -> dict[str, str]:
        """Each stored article's id with its content hash, to skip unchanged ones cheaply."""
        with self._connect() as connection:
            return {row[0]: row[1] for row in connection.execute(select(articles.c.id, articles.c.content_hash))}

    def count(self) -> int:
        with self._connect() as connection:
            return int(connection.execute(select(func.count()).select_from(meetings)).scalar() or 0)

    # -- connections ------------------------------------------------------------------------

    def _begin(self) -> Transaction:
        return Transaction(self.engine, write=True)

    def _connect(self) -> Transaction:
        return Transaction(self.engine, write=False)


_VERSION = select(
    select(schema.schema_info.c.value).where(schema.schema_info.c.key == schema.CHANGES_KEY).scalar_subquery(),
    select(func.max(meeting_history.c.id)).scalar_subquery(),
)


def _close_quietly(connection: Any) -> None:
    """Close a connection that may already be broken (its server gone)."""
    with contextlib.suppress(Exception):  # a broken connection may fail to close in any way
        connection.close()


def _resolve(connection: Any, meeting_id: str) -> str:
    if connection.execute(select(meetings.c.id).where(meetings.c.id == meeting_id)).scalar() is not None:
        return meeting_id
    alias = connection.execute(
        select(meeting_aliases.c.meeting_id).where(meeting_aliases.c.alias == meeting_id)
    ).scalar()
    if alias is None:
        raise UnknownMeeting(f"no meeting has id {meeting_id!r}", hint="ids are listed by /api/meetings")
    return str(alias)


def _sources(connection: Any, ids: list[str]) -> dict[str, tuple[Evidence, ...]]:
    found: dict[str, list[Evidence]] = {}
    for chunk in _chunks(ids, 500):
        rows = connection.execute(
            select(
                sightings.c.meeting_id,
                sightings.c.sentence,
                articles.c.id,
                articles.c.url,
                articles.c.publisher,
                articles.c.published,
                articles.c.title,
                articles.c.language,
                sightings.c.title_original,
            )
            .join(articles, articles.c.id == sightings.c.article_id)
            .where(sightings.c.meeting_id.in_(chunk))
            .order_by(sightings.c.meeting_id, sightings.c.published, articles.c.id)
        ).all()
        for row in rows:
            found.setdefault(row[0], []).append(
                Evidence(
                    article_id=row[2],
                    sentence=row[1],
                    url=row[3],
                    publisher=row[4],
                    published=parse_moment(row[5]) if row[5] else None,
                    title=row[6],
                    language=language_from_row(row[7]),
                    title_original=row[8],
                )
            )
    return {key: tuple(value) for key, value in found.items()}


def _up_to(connection: Any, where: list[Any], column: Any, count: int, *, latest: bool) -> list[str]:
    """Ids of the first ``count`` meetings matching ``where`` by ``column`` (the latest first
    when ``latest``), with every other meeting on the same day as the last one taken."""
    order = desc(column) if latest else column
    last = connection.execute(select(column).where(*where).order_by(order).offset(count - 1).limit(1)).scalar()
    if last is not None:
        where = [*where, column >= last if latest else column <= last]
    return list(connection.execute(select(meetings.c.id).where(*where)).scalars())


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for index in range(0, len(items), size):
        yield items[index : index + size]
