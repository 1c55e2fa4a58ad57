"""Writing the feeds to files, byte for byte what the server serves, for static hosting.

``feeds/diplomatic.ics`` is ``/calendar.ics``; ``feeds/org/NATO.ics`` is ``/feeds/org/NATO.ics``
(likewise ``country/`` and ``place/``) for every organisation, country and place of the
meetings in the main feed, so the folder can be served as it is under ``/feeds/``.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from diplocal.feeds import KINDS, MAIN_FILE, Feed, feed_file, render_feed
from diplocal.model import StoredMeeting
from diplocal.render.event import event_times
from diplocal.render.words import plural
from diplocal.settings import Settings
from diplocal.store import Store

FEED_NAME = MAIN_FILE


@dataclass
class BuildReport:
    """What a build wrote and removed."""

    main: Path
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        extra = len(self.written) - 1
        text = f"wrote {self.main}"
        if extra:
            text += f" and {plural(extra, 'filtered feed')} under {self.main.parent}/({'|'.join(KINDS)})/"
        if self.removed:
            text += f"; removed {plural(len(self.removed), 'feed')} no meeting uses any more"
        return text


def build_feeds(store: Store, settings: Settings, out: Path, today: date) -> BuildReport:
    """Write the main feed and one feed per organisation, country and place into ``out``.

    Each file holds the bytes the server sends for its path on ``today``. Feed files left
    from an earlier build whose filter no longer matches a meeting are removed.
    """
    out.mkdir(parents=True, exist_ok=True)
    main = Feed()
    items = store.find(main.window(settings, today))
    target = out / MAIN_FILE
    write_atomic(target, render_feed(store, settings, main, today).body)
    report = BuildReport(target, [target])
    for kind in KINDS:
        folder = out / kind
        keep: set[Path] = set()
        for value in filter_values(items, kind):
            path = out / feed_file(kind, value)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, render_feed(store, settings, Feed.of(kind, value), today).body)
            keep.add(path)
            report.written.append(path)
        if folder.is_dir():
            for stale in sorted(folder.glob("*.ics")):
                if stale not in keep:
                    stale.unlink()
                    report.removed.append(stale)
    return report


def filter_values(items: list[StoredMeeting], kind: str) -> list[str]:
    """The organisations, countries or places of the meetings a calendar can show, once each
    (case-insensitively), leaving out names that cannot be file names."""
    seen: dict[str, str] = {}
    for stored in items:
        if event_times(stored.meeting) is None:
            continue
        meeting = stored.meeting
        values = {
            "org": list(meeting.organisations),
            "country": [code.upper() for code in meeting.countries],
            "place": [meeting.location] if meeting.location else [],
        }[kind]
        for value in values:
            if _usable_name(value):
                key = value.casefold()
                seen[key] = min(seen.get(key, value), value)
    return sorted(seen.values(), key=lambda v: (v.casefold(), v))


def _usable_name(value: str) -> bool:
    if not value.strip() or value != value.strip() or len(value) > 100 or value.startswith("."):
        return False
    return not any(c in value for c in '/\\\x00:*?"<>|')


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
