"""The store: articles and the meetings found in them, on SQLite or PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Engine, and_, create_engine, event, exists, func, insert, or_, select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from diplocal.errors import StoreError, StoreUnavailable, UnknownMeeting
from diplocal.model import Article, DatePrecision, Evidence, Meeting, Status, StoredMeeting
from diplocal.query import MeetingQuery
from diplocal.store import schema
from diplocal.store.merge import combined_confidence, same_meeting
from diplocal.store.schema import articles, meeting_history, meeting_sources, meeting_tags, meetings

DEFAULT_URL = "sqlite:///diplocal.db"


@dataclass
class IngestResult:
    """What storing one article did."""

    article_id: str
    unchanged: bool = False
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)


def normalise_url(url: str) -> str:
    """The SQLAlchemy URL for a user's database URL (``postgresql://`` uses psycopg 3)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


class Store:
    """Articles and meetings in a database; every write is one transaction per article."""

    def __init__(self, url: str = DEFAULT_URL) -> None:
        self.url = normalise_url(url)
        try:
            self.engine: Engine = create_engine(self.url, future=True, pool_pre_ping=True)
        except (SQLAlchemyError, ValueError, ImportError) as error:
            raise StoreError(
                f"cannot use database URL {url!r} ({error})",
                hint="use sqlite:///path/to/diplocal.db or postgresql://user@host/dbname",
            ) from error
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)

    @classmethod
    def open(cls, url: str = DEFAULT_URL) -> Store:
        """The store at ``url``, its tables created if missing."""
        store = cls(url)
        store.create()
        return store

    def create(self) -> None:
        """Create the tables that are missing and record the schema version."""
        with self._begin() as connection:
            schema.metadata.create_all(connection)
            known = connection.execute(
                select(schema.schema_info.c.value).where(schema.schema_info.c.key == "version")
            ).scalar()
            if known is None:
                connection.execute(insert(schema.schema_info).values(key="version", value=str(schema.SCHEMA_VERSION)))

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ----------------------------------------------------------------------------

    def ingest(self, article: Article, found: Sequence[Meeting], *, digest: str | None = None) -> IngestResult:
        """Store an article and the meetings found in it, merged with what is known.

        ``digest`` is the article's content hash as read (before its date was inferred);
        ingesting the same article (same id and digest) again changes nothing.
        """
        result = IngestResult(article.id)
        digest = digest or article.content_hash()
        with self._begin() as connection:
            stored_hash = connection.execute(
                select(articles.c.content_hash).where(articles.c.id == article.id)
            ).scalar()
            if stored_hash == digest:
                result.unchanged = True
                return result
            row = _article_row(article, digest)
            if stored_hash is None:
                connection.execute(insert(articles).values(**row))
            else:
                connection.execute(update(articles).where(articles.c.id == article.id).values(**row))
            stamp = _moment(article.published)
            for meeting in found:
                self._merge(connection, article, meeting, stamp, result)
        return result

    def _merge(self, connection: Any, article: Article, meeting: Meeting, stamp: str, result: IngestResult) -> None:
        match = self._find_match(connection, meeting)
        sentence = meeting.evidence[0].sentence if meeting.evidence else ""
        if match is None:
            meeting_id = meeting.identity()
            while connection.execute(select(meetings.c.id).where(meetings.c.id == meeting_id)).first():
                meeting_id = _next_id(meeting_id)
            connection.execute(insert(meetings).values(id=meeting_id, **_meeting_row(meeting, stamp, stamp)))
            _write_tags(connection, meeting_id, meeting)
            connection.execute(
                insert(meeting_sources).values(
                    meeting_id=meeting_id, article_id=article.id, sentence=sentence, confidence=meeting.confidence
                )
            )
            _add_history(connection, meeting_id, 1, stamp, article.id, {"action": "created"})
            result.new.append(meeting_id)
            return
        meeting_id = match.id
        has_source = connection.execute(
            select(meeting_sources.c.article_id).where(
                meeting_sources.c.meeting_id == meeting_id, meeting_sources.c.article_id == article.id
            )
        ).first()
        if has_source:
            connection.execute(
                update(meeting_sources)
                .where(meeting_sources.c.meeting_id == meeting_id, meeting_sources.c.article_id == article.id)
                .values(sentence=sentence, confidence=meeting.confidence)
            )
        else:
            connection.execute(
                insert(meeting_sources).values(
                    meeting_id=meeting_id, article_id=article.id, sentence=sentence, confidence=meeting.confidence
                )
            )
        confidences = connection.execute(
            select(meeting_sources.c.confidence).where(meeting_sources.c.meeting_id == meeting_id)
        ).scalars()
        connection.execute(
            update(meetings)
            .where(meetings.c.id == meeting_id)
            .values(confidence=combined_confidence(list(confidences)))
        )
        result.confirmed.append(meeting_id)

    def _find_match(self, connection: Any, meeting: Meeting) -> StoredMeeting | None:
        low = meeting.start.replace(day=1) if meeting.precision is DatePrecision.MONTH else meeting.start
        rows = connection.execute(
            select(meetings)
            .where(meetings.c.start_date <= meeting.end.isoformat(), meetings.c.end_date >= low.isoformat())
            .order_by(meetings.c.start_date, meetings.c.id)
        ).mappings()
        for row in rows:
            known = _meeting_from_row(row, ())
            if same_meeting(known.meeting, meeting):
                return known
        return None

    # -- reading ----------------------------------------------------------------------------

    def find(self, query: MeetingQuery) -> list[StoredMeeting]:
        """Meetings matching ``query``, sorted by start day then id, with their sources."""
        statement = select(meetings).where(*_conditions(query)).order_by(meetings.c.start_date, meetings.c.id)
        if query.limit:
            statement = statement.limit(query.limit)
        with self._connect() as connection:
            rows = list(connection.execute(statement).mappings())
            sources = self._sources(connection, [row["id"] for row in rows])
        return [_meeting_from_row(row, sources.get(row["id"], ())) for row in rows]

    def get(self, meeting_id: str) -> StoredMeeting:
        """The meeting with this id. Raises :class:`UnknownMeeting`."""
        with self._connect() as connection:
            row = connection.execute(select(meetings).where(meetings.c.id == meeting_id)).mappings().first()
            if row is None:
                raise UnknownMeeting(f"no meeting has id {meeting_id!r}", hint="ids are listed by /api/meetings")
            sources = self._sources(connection, [meeting_id])
        return _meeting_from_row(row, sources.get(meeting_id, ()))

    def history(self, meeting_id: str) -> list[dict[str, Any]]:
        """The changes of one meeting, oldest first. Raises :class:`UnknownMeeting`."""
        self.get(meeting_id)
        with self._connect() as connection:
            rows = connection.execute(
                select(meeting_history)
                .where(meeting_history.c.meeting_id == meeting_id)
                .order_by(meeting_history.c.revision)
            ).mappings()
            return [
                {
                    "revision": row["revision"],
                    "changed_at": row["changed_at"],
                    "article_id": row["article_id"],
                    **json.loads(row["change"]),
                }
                for row in rows
            ]

    def tag_counts(self, kind: str, query: MeetingQuery) -> list[tuple[str, int]]:
        """Each organisation (``kind="org"``) or country (``"country"``) of the meetings
        matching ``query``, with how many meetings it has, by name (case-insensitive)."""
        name = func.min(meeting_tags.c.value)
        statement = (
            select(name, func.count(func.distinct(meetings.c.id)))
            .join(meetings, meetings.c.id == meeting_tags.c.meeting_id)
            .where(meeting_tags.c.kind == kind, *_conditions(query))
            .group_by(func.lower(meeting_tags.c.value))
            .order_by(func.lower(meeting_tags.c.value))
        )
        with self._connect() as connection:
            return [(row[0], int(row[1])) for row in connection.execute(statement)]

    def place_counts(self, query: MeetingQuery) -> list[tuple[str, int]]:
        """Each location of the meetings matching ``query``, with how many, by name."""
        statement = (
            select(func.min(meetings.c.location), func.count())
            .where(meetings.c.location.is_not(None), meetings.c.location != "", *_conditions(query))
            .group_by(func.lower(meetings.c.location))
            .order_by(func.lower(meetings.c.location))
        )
        with self._connect() as connection:
            return [(row[0], int(row[1])) for row in connection.execute(statement)]

    def version(self) -> str:
        """A token that changes whenever anything stored changes (for caches and ETags)."""
        with self._connect() as connection:
            count, latest = connection.execute(
                select(func.count(meeting_history.c.id), func.max(meeting_history.c.id))
            ).one()
            sources = connection.execute(select(func.count()).select_from(meeting_sources)).scalar()
        return f"{count}-{latest}-{sources}"

    def article_hashes(self) -> dict[str, str]:
        """Each stored article's id with its content hash, to skip unchanged ones cheaply."""
        with self._connect() as connection:
            return dict(connection.execute(select(articles.c.id, articles.c.content_hash)).tuples().all())

    def count(self) -> int:
        with self._connect() as connection:
            return int(connection.execute(select(func.count()).select_from(meetings)).scalar() or 0)

    def _sources(self, connection: Any, ids: list[str]) -> dict[str, tuple[Evidence, ...]]:
        found: dict[str, list[Evidence]] = {}
        for chunk in _chunks(ids, 500):
            rows = connection.execute(
                select(
                    meeting_sources.c.meeting_id,
                    meeting_sources.c.sentence,
                    articles.c.id,
                    articles.c.url,
                    articles.c.publisher,
                    articles.c.published,
                    articles.c.title,
                )
                .join(articles, articles.c.id == meeting_sources.c.article_id)
                .where(meeting_sources.c.meeting_id.in_(chunk))
                .order_by(meeting_sources.c.meeting_id, articles.c.published, articles.c.id)
            ).all()
            for row in rows:
                found.setdefault(row[0], []).append(
                    Evidence(
                        article_id=row[2],
                        sentence=row[1],
                        url=row[3],
                        publisher=row[4],
                        published=_parse_moment(row[5]) if row[5] else None,
                        title=row[6],
                    )
                )
        return {key: tuple(value) for key, value in found.items()}

    # -- connections ------------------------------------------------------------------------

    def _begin(self) -> Any:
        return _Guard(self.engine, write=True)

    def _connect(self) -> Any:
        return _Guard(self.engine, write=False)


class _Guard:
    """A connection (in a transaction when writing) whose database errors become StoreErrors."""

    def __init__(self, engine: Engine, *, write: bool) -> None:
        self.engine = engine
        self.write = write
        self.context: Any = None

    def __enter__(self) -> Any:
        try:
            self.context = self.engine.begin() if self.write else self.engine.connect()
            return self.context.__enter__()
        except OperationalError as error:
            raise StoreUnavailable(
                f"cannot reach the database ({_reason(error)})", hint="check the database URL and that the server runs"
            ) from error
        except SQLAlchemyError as error:
            raise StoreError(f"database error ({_reason(error)})") from error

    def __exit__(self, *exc: Any) -> bool:
        try:
            self.context.__exit__(*exc)
        except OperationalError as error:
            raise StoreUnavailable(f"the database failed ({_reason(error)})") from error
        if exc[0] is not None and issubclass(exc[0], OperationalError):
            raise StoreUnavailable(f"the database failed ({_reason(exc[1])})") from exc[1]
        return False


def _reason(error: BaseException) -> str:
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0]


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _conditions(query: MeetingQuery) -> list[Any]:
    conditions: list[Any] = []
    if query.start:
        conditions.append(meetings.c.end_date >= query.start.isoformat())
    if query.end:
        conditions.append(meetings.c.start_date <= query.end.isoformat())
    if query.org:
        conditions.append(_tagged("org", query.org))
    if query.country:
        conditions.append(_tagged("country", query.country))
    if query.place:
        conditions.append(func.lower(meetings.c.location) == query.place.lower())
    if query.text:
        for word in query.text.lower().split()[:10]:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(
                or_(
                    func.lower(meetings.c.title).like(pattern, escape="\\"),
                    func.lower(meetings.c.participants).like(pattern, escape="\\"),
                    exists().where(
                        and_(
                            meeting_sources.c.meeting_id == meetings.c.id,
                            func.lower(meeting_sources.c.sentence).like(pattern, escape="\\"),
                        )
                    ),
                )
            )
    if query.status:
        conditions.append(meetings.c.status == query.status.value)
    if query.min_confidence is not None:
        conditions.append(meetings.c.confidence >= query.min_confidence)
    if query.after:
        start, last_id = query.after
        conditions.append(
            or_(meetings.c.start_date > start, and_(meetings.c.start_date == start, meetings.c.id > last_id))
        )
    return conditions


def _tagged(kind: str, value: str) -> Any:
    return exists().where(
        and_(
            meeting_tags.c.meeting_id == meetings.c.id,
            meeting_tags.c.kind == kind,
            func.lower(meeting_tags.c.value) == value.lower(),
        )
    )


def _write_tags(connection: Any, meeting_id: str, meeting: Meeting) -> None:
    tags = {("org", o) for o in meeting.organisations} | {("country", c) for c in meeting.countries}
    for kind, value in sorted(tags):
        connection.execute(insert(meeting_tags).values(meeting_id=meeting_id, kind=kind, value=value))


def _add_history(
    connection: Any, meeting_id: str, revision: int, stamp: str, article_id: str | None, change: dict[str, Any]
) -> None:
    connection.execute(
        insert(meeting_history).values(
            meeting_id=meeting_id,
            revision=revision,
            changed_at=stamp,
            article_id=article_id,
            change=json.dumps(change, sort_keys=True),
        )
    )


def _article_row(article: Article, digest: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "published": _moment(article.published) if article.published else None,
        "published_basis": article.published_basis,
        "url": article.url,
        "publisher": article.publisher,
        "language": article.language,
        "dateline": article.dateline,
        "source": article.source,
        "content_hash": digest,
    }


def _meeting_row(meeting: Meeting, created: str, updated: str) -> dict[str, Any]:
    return {
        "title": meeting.title,
        "start_date": meeting.start.isoformat(),
        "end_date": meeting.end.isoformat(),
        "precision": meeting.precision.value,
        "start_time": meeting.start_time.strftime("%H:%M") if meeting.start_time else None,
        "end_time": meeting.end_time.strftime("%H:%M") if meeting.end_time else None,
        "timezone": meeting.timezone,
        "location": meeting.location,
        "participants": json.dumps(
            {
                "names": list(meeting.participants),
                "orgs": list(meeting.organisations),
                "countries": list(meeting.countries),
            }
        ),
        "kind": meeting.kind,
        "status": meeting.status.value,
        "confidence": meeting.confidence,
        "end_certain": meeting.end_certain,
        "created": created,
        "updated": updated,
        "sequence": 0,
        "revision": 1,
    }


def _meeting_from_row(row: Any, sources: tuple[Evidence, ...]) -> StoredMeeting:
    who = json.loads(row["participants"])
    meeting = Meeting(
        title=row["title"],
        start=date.fromisoformat(row["start_date"]),
        end=date.fromisoformat(row["end_date"]),
        precision=DatePrecision(row["precision"]),
        start_time=time.fromisoformat(row["start_time"]) if row["start_time"] else None,
        end_time=time.fromisoformat(row["end_time"]) if row["end_time"] else None,
        timezone=row["timezone"],
        location=row["location"],
        participants=tuple(who["names"]),
        organisations=tuple(who["orgs"]),
        countries=tuple(who["countries"]),
        kind=row["kind"],
        status=Status(row["status"]),
        confidence=row["confidence"],
        end_certain=bool(row["end_certain"]),
        evidence=sources,
    )
    return StoredMeeting(
        id=row["id"],
        meeting=meeting,
        created=_parse_moment(row["created"]),
        updated=_parse_moment(row["updated"]),
        sequence=row["sequence"],
        revision=row["revision"],
    )


def _moment(value: datetime | None) -> str:
    """A UTC moment as stored text; articles without a time are stamped at the epoch."""
    if value is None:
        value = datetime(1970, 1, 1, tzinfo=UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_moment(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _next_id(meeting_id: str) -> str:
    import hashlib

    return hashlib.sha256(meeting_id.encode("ascii")).hexdigest()[:16]


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for index in range(0, len(items), size):
        yield items[index : index + size]
