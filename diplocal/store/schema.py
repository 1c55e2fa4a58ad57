"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL."""

from __future__ import annotations

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
)

SCHEMA_VERSION = 1

metadata = MetaData()

# Dates are ISO strings ("2022-01-12"), times "HH:MM", moments UTC "2022-01-04T12:00:00Z":
# they sort correctly as text and read back the same on both databases.

schema_info = Table(
    "schema_info",
    metadata,
    Column("key", String(32), primary_key=True),
    Column("value", String(64), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(512), primary_key=True),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("published", String(32)),
    Column("published_basis", Text),
    Column("url", Text),
    Column("publisher", String(200)),
    Column("language", String(16), nullable=False),
    Column("dateline", String(200)),
    Column("source", Text),
    Column("content_hash", String(64), nullable=False),
)

meetings = Table(
    "meetings",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("title", Text, nullable=False),
    Column("start_date", String(10), nullable=False),
    Column("end_date", String(10), nullable=False),
    Column("precision", String(8), nullable=False),
    Column("start_time", String(5)),
    Column("end_time", String(5)),
    Column("timezone", String(64)),
    Column("location", String(200)),
    Column("participants", Text, nullable=False),  # JSON list
    Column("kind", String(32), nullable=False),
    Column("status", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("end_certain", Boolean, nullable=False),
    Column("created", String(32), nullable=False),
    Column("updated", String(32), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
    Index("ix_meetings_start", "start_date", "id"),
    Index("ix_meetings_end", "end_date"),
)

meeting_tags = Table(
    "meeting_tags",
    metadata,
    Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),  # "org" or "country"
    Column("value", String(100), nullable=False),
    PrimaryKeyConstraint("meeting_id", "kind", "value"),
    Index("ix_meeting_tags_value", "kind", "value"),
)

meeting_sources = Table(
    "meeting_sources",
    metadata,
    Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("sentence", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    PrimaryKeyConstraint("meeting_id", "article_id"),
    Index("ix_meeting_sources_article", "article_id"),
)

meeting_history = Table(
    "meeting_history",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("changed_at", String(32), nullable=False),
    Column("article_id", String(512)),
    Column("change", Text, nullable=False),  # JSON: {"action": ..., "fields": {name: [old, new]}}
    Index("ix_meeting_history_meeting", "meeting_id", "revision", unique=True),
)
