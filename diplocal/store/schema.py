"""The store's tables (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Changing a table means a new :data:`SCHEMA_VERSION` and a step in ``migrations.py`` that
brings a database of the previous version here.
"""

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

SCHEMA_VERSION = 5

metadata = MetaData()

# Dates are ISO strings ("2022-01-12"), times "HH:MM", moments UTC "2022-01-04T12:00:00Z":
# they sort correctly as text and read back the same on both databases.

# schema_info holds the schema version ("version") and a counter every write bumps
# ("changes": see Store.version), so caches learn of a change with one indexed read.
VERSION_KEY = "version"
CHANGES_KEY = "changes"

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
    Column("publisher", Text),
    Column("language", String(16), nullable=False),  # ISO 639-1, as given or detected; "und": unknown
    Column("dateline", Text),
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
    Column("location", Text),
    Column("participants", Text, nullable=False),  # JSON list
    Column("kind", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("end_certain", Boolean, nullable=False),
    Column("created", String(32), nullable=False),
    Column("updated", String(32), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("title_original", Text),  # version 4: the title's source phrase, when not in English
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

# One article's word on one meeting: what it said (dates, place, who, status, the change it
# reports) and when. A meeting's row above is derived from these (see fold.py).
sightings = Table(
    "sightings",
    metadata,
    Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(512), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("published", String(32), nullable=False),  # the article's, for ordering
    Column("publisher_key", Text, nullable=False),  # who vouches: sources with one key are one witness
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
    Column("participants", Text, nullable=False),  # JSON, as in meetings
    Column("kind", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("end_certain", Boolean, nullable=False),
    Column("change_action", String(16)),  # reschedule, cancel, postpone, or NULL
    Column("previous_start", String(10)),
    Column("title_original", Text),  # version 4: the article's phrase for it, when not in English
    Column("previous_place", Text),  # version 5: where a move took the meeting from, when it says
    PrimaryKeyConstraint("meeting_id", "article_id"),
    Index("ix_sightings_article", "article_id"),
    Index("ix_sightings_start", "start_date"),
    Index("ix_sightings_coarse", "precision", "start_date"),
    Index("ix_sightings_change", "change_action"),
)

# Ids a meeting had before it was merged into another or re-keyed to an earlier source's.
meeting_aliases = Table(
    "meeting_aliases",
    metadata,
    Column("alias", String(32), primary_key=True),
    Column("meeting_id", String(32), ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False),
    Index("ix_meeting_aliases_meeting", "meeting_id"),
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
    Column("publisher", Text),
    Index("ix_meeting_history_meeting", "meeting_id", "revision", unique=True),
    Index("ix_meeting_history_changed", "changed_at"),
)

# The feeds `diplocal watch` polls (version 3; earlier versions made them on first use):
# the validators to send next time, the last success and error, and every entry seen.
feeds = Table(
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

feed_entries = Table(
    "feed_entries",
    metadata,
    Column("feed_url", String(2048), ForeignKey("feeds.url", ondelete="CASCADE"), nullable=False),
    Column("entry_key", String(64), nullable=False),  # sha256 of the entry's id or link
    Column("entry_id", Text, nullable=False),
    Column("article_id", String(512)),
    Column("first_seen", String(32), nullable=False),
    Column("state", String(16), nullable=False),  # "ingested" or "failed"
    Column("attempts", Integer, nullable=False),
    Column("reason", Text),
    PrimaryKeyConstraint("feed_url", "entry_key"),
    Index("ix_feed_entries_article", "article_id"),
)
