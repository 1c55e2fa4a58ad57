"""Writing the feeds to files, byte for byte what the server serves, for static hosting."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

from diplocal.ical import render_calendar
from diplocal.query import MeetingQuery, days_before
from diplocal.settings import Settings
from diplocal.store import Store

FEED_NAME = "diplomatic.ics"


def feed_query(settings: Settings, today: date) -> MeetingQuery:
    """The meetings the main feed holds on ``today``: the past window, then everything ahead."""
    return MeetingQuery(start=days_before(today, settings.past_days))


def build_feeds(store: Store, settings: Settings, out: Path, today: date) -> list[Path]:
    """Write the main feed into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    body = render_calendar(store.find(feed_query(settings, today)), settings)
    target = out / FEED_NAME
    write_atomic(target, body)
    return [target]


def write_atomic(target: Path, body: bytes) -> None:
    """Write ``body`` to ``target`` so readers see the old file or the new one, never half."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(body)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
