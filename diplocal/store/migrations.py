"""Bringing a database of an older schema version up to date, in place, one step at a time.

Each step takes a connection inside the upgrade's transaction and the version it leaves is
recorded in ``schema_info``. A step must not depend on later code: the tables it creates
are defined here as they were at its version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    inspect,
    text,
)

from diplocal.store.merge import publisher_key


def _v2_tables() -> MetaData:
    """``sightings`` and ``meeting_aliases`` as version 2 created them."""
    metadata = MetaData()
    Table("meetings", metadata, Column("id", String(32), primary_key=True))
    Table("articles", metadata, Column("id", String(512), primary_key=True))
    Table(
        "sightings",
        metadata,
        Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        Column("article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        Column("published", String(32), nullable=False),
        Column("publisher_key", Text, nullable=False),
        Column("sentence", Text, nullable=False),
        Column("confidence", Float, nullable=False),
        Column("title", Text, nullable=False),
        Column("start_date", String(10), nullable=False),
        Column("end_date", String(10), nullable=False),
        Column("precision", String(8), nullable=False),
        Column("start_time", String(5)),
        Column("end_time", String(5)),
        Column("timezone", String(64)),
        Column("location", Text),
        Column("participants", Text, nullable=False),
        Column("kind", Text, nullable=False),
        Column("status", String(16), nullable=False),
        Column("end_certain", Boolean, nullable=False),
        Column("change_action", String(16)),
        Column("previous_start", String(10)),
        PrimaryKeyConstraint("meeting_id", "article_id"),
        Index("ix_sightings_article", "article_id"),
        Index("ix_sightings_start", "start_date"),
        Index("ix_sightings_coarse", "precision", "start_date"),
        Index("ix_sightings_change", "change_action"),
    )
    Table(
        "meeting_aliases",
        metadata,
        Column("alias", String(32), primary_key=True),
        Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
        Index("ix_meeting_aliases_meeting", "meeting_id"),
    )
    return metadata


def to_v2(connection: Any) -> None:
    """Version 1 -> 2: each source becomes a sighting (the meeting as known), aliases, wider text."""
    metadata = _v2_tables()
    for name in ("sightings", "meeting_aliases"):
        metadata.tables[name].create(connection)
    rows = connection.execute(
        text(
            "SELECT s.meeting_id, s.article_id, s.sentence, s.confidence, a.published, a.publisher, a.url,"
            " m.title, m.start_date, m.end_date, m.precision, m.start_time, m.end_time, m.timezone,"
            " m.location, m.participants, m.kind, m.status, m.end_certain"
            " FROM meeting_sources s JOIN articles a ON a.id = s.article_id JOIN meetings m ON m.id = s.meeting_id"
        )
    ).mappings()
    sightings = metadata.tables["sightings"]
    for row in rows:
        values = dict(row)
        values["published"] = values["published"] or "1970-01-01T00:00:00Z"
        values["publisher_key"] = publisher_key(values.pop("publisher"), values.pop("url"))
        connection.execute(sightings.insert().values(**values))
    connection.execute(text("DROP TABLE meeting_sources"))
    connection.execute(text("ALTER TABLE meeting_history ADD COLUMN publisher TEXT"))
    connection.execute(text("CREATE INDEX ix_meeting_history_changed ON meeting_history (changed_at)"))
    if connection.dialect.name == "postgresql":
        for table, column in (
            ("articles", "publisher"),
            ("articles", "dateline"),
            ("meetings", "location"),
            ("meetings", "kind"),
        ):
            connection.execute(text(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE TEXT"))


def _v3_tables() -> MetaData:
    """``feeds`` and ``feed_entries`` as version 3 created them."""
    metadata = MetaData()
    Table(
        "feeds",
        metadata,
        Column("url", String(2048), primary_key=True),
        Column("title", Text),
        Column("etag", Text),
        Column("last_modified", Text),
        Column("last_polled", String(32)),
        Column("last_status", Integer),
        Column("last_success", String(32)),
        Column("last_error", Text),
        Column("last_error_at", String(32)),
        Column("errors_in_row", Integer, nullable=False, default=0),
    )
    Table(
        "feed_entries",
        metadata,
        Column("feed_url", String(2048), ForeignKey("feeds.url", ondelete="CASCADE"), nullable=False),
        Column("entry_key", String(64), nullable=False),
        Column("entry_id", Text, nullable=False),
        Column("article_id", String(512)),
        Column("first_seen", String(32), nullable=False),
        Column("state", String(16), nullable=False),
        Column("attempts", Integer, nullable=False),
        Column("reason", Text),
        PrimaryKeyConstraint("feed_url", "entry_key"),
        Index("ix_feed_entries_article", "article_id"),
    )
    return metadata


def to_v3(connection: Any) -> None:
    """Version 2 -> 3: the feed tables of ``diplocal watch`` become part of the schema.

    Before version 3 they were made the first time a feed was watched, so a database that
    watched feeds holds them already (the same columns): those are kept, rows and all.
    """
    metadata = _v3_tables()
    metadata.create_all(connection, tables=[metadata.tables["feeds"], metadata.tables["feed_entries"]], checkfirst=True)


def to_v4(connection: Any) -> None:
    """Version 3 -> 4: meetings and sightings keep the original phrase of a title read from
    another language than English (``title_original``, nullable).

    Rows stored before have none (NULL: unknown), which is what the API says for them; a
    re-extraction (``diplocal reextract``) fills it in. Adding a nullable column rewrites no
    row on either database, so every row is kept as it was.
    """
    for table in ("meetings", "sightings"):
        connection.execute(text(f"ALTER TABLE {table} ADD COLUMN title_original TEXT"))


def to_v5(connection: Any) -> None:
    """Version 4 -> 5: a sighting that reports a move to another place keeps the place it
    was moved from (``previous_place``, nullable), so the reports of the old place and of the
    new one are known for one meeting.

    Rows stored before have none (NULL: the move, if any, said nothing of a place); a
    re-extraction (``diplocal reextract``) fills it in. Adding a nullable column rewrites no row.
    """
    connection.execute(text("ALTER TABLE sightings ADD COLUMN previous_place TEXT"))


# (version reached, step): applied in order to a database older than the step's version.
MIGRATIONS: list[tuple[int, Callable[[Any], None]]] = [(2, to_v2), (3, to_v3), (4, to_v4), (5, to_v5)]


def upgrade(connection: Any, version: int) -> int:
    """Apply every step after ``version``; returns the version reached."""
    for target, step in MIGRATIONS:
        if version < target:
            step(connection)
            version = target
    return version


def has_tables(connection: Any) -> bool:
    """True when the database already holds diplocal's tables."""
    return bool(inspect(connection).has_table("schema_info"))
