"""Read .ics bytes back with the parsers real calendar clients use, into one comparable shape.

- icalendar (Python), with each TZID resolved through the feed's own VTIMEZONE (dateutil);
- vobject with ``validate=True`` (also through the feed's VTIMEZONE);
- Mozilla ical.js (Thunderbird) under node: ``icaljs_check.mjs``;
- libical (GNOME Evolution) through GObject introspection in Debian's python3:
  ``libical_check.py``.

Each returns a :class:`ReadBack`: the events (UID, title, dates or UTC instants, ...) and
the errors or warnings the parser reported.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"


@dataclass(frozen=True)
class Event:
    """One event as a parser read it. ``start``/``end``: "2022-01-12" or "2022-03-28T08:00:00Z"."""

    uid: str
    summary: str
    description: str
    location: str | None
    categories: tuple[str, ...]
    status: str
    sequence: int
    start: str
    end: str | None


@dataclass
class ReadBack:
    """What one parser made of a calendar."""

    parser: str
    events: list[Event] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def by_uid(self) -> dict[str, Event]:
        return {event.uid: event for event in self.events}


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _icalendar_moment(prop: Any, zones: dict[str, Any]) -> str:
    value = prop.dt
    if not isinstance(value, datetime):
        assert isinstance(value, date)
        return value.isoformat()
    tzid = prop.params.get("TZID")
    if tzid is not None:  # the wall time in the feed's own VTIMEZONE, not icalendar's zone database
        value = value.replace(tzinfo=zones[tzid])
    return _utc(value)


def _icalendar_categories(event: Any) -> tuple[str, ...]:
    found = event.get("CATEGORIES")
    props = found if isinstance(found, list) else [found] if found is not None else []
    return tuple(str(category) for prop in props for category in prop.cats)


def read_icalendar(body: bytes) -> ReadBack:
    """Parse with the icalendar library; parse errors of any property are problems."""
    from icalendar import Calendar

    result = ReadBack("icalendar")
    calendar = Calendar.from_ical(body)
    zones = {str(tz["TZID"]): tz.to_tz(lookup_tzid=False) for tz in calendar.walk("VTIMEZONE")}
    for component in calendar.walk():
        result.problems += [f"{component.name}: {error}" for error in component.errors]
    for event in calendar.walk("VEVENT"):
        end = event.get("DTEND")
        result.events.append(
            Event(
                uid=str(event["UID"]),
                summary=str(event["SUMMARY"]),
                description=str(event.get("DESCRIPTION", "")),
                location=str(event["LOCATION"]) if "LOCATION" in event else None,
                categories=_icalendar_categories(event),
                status=str(event["STATUS"]),
                sequence=int(event["SEQUENCE"]),
                start=_icalendar_moment(event["DTSTART"], zones),
                end=None if end is None else _icalendar_moment(end, zones),
            )
        )
    return result


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def read_vobject(body: bytes) -> ReadBack:
    """Parse with vobject, validating; its logged warnings count as problems."""
    import vobject
    import vobject.icalendar

    # vobject keeps the first VTIMEZONE it ever saw for a TZID, process-wide; forget them
    # so this calendar is read with its own VTIMEZONE, as a fresh client would.
    registry = vobject.icalendar.__dict__["__tzidMap"]
    for tzid in [key for key in registry if key != "UTC"]:
        del registry[tzid]
    result = ReadBack("vobject")
    collect = _Collect()
    logger = logging.getLogger("vobject")
    logger.addHandler(collect)
    try:
        calendar = vobject.readOne(body.decode("utf-8"), validate=True)
        calendar.validate(raiseException=True, complainUnrecognized=False)
        for event in getattr(calendar, "vevent_list", []):
            categories = [c for prop in getattr(event, "categories_list", []) for c in prop.value]
            start = event.dtstart.value
            end = event.dtend.value if hasattr(event, "dtend") else None
            result.events.append(
                Event(
                    uid=event.uid.value,
                    summary=event.summary.value,
                    description=event.description.value if hasattr(event, "description") else "",
                    location=event.location.value if hasattr(event, "location") else None,
                    categories=tuple(categories),
                    status=event.status.value,
                    sequence=int(event.sequence.value),
                    start=_utc(start) if isinstance(start, datetime) else start.isoformat(),
                    end=None if end is None else _utc(end) if isinstance(end, datetime) else end.isoformat(),
                )
            )
    finally:
        logger.removeHandler(collect)
    result.problems += collect.messages
    return result


def _node() -> str | None:
    return os.environ.get("DIPLOCAL_NODE") or shutil.which("node")


def icaljs_available() -> bool:
    """True when node and the ical.js package (``npm ci`` in tests/clients) are there."""
    return _node() is not None and (NODE_MODULES / "ical.js" / "package.json").is_file()


def _system_python() -> str:
    return os.environ.get("DIPLOCAL_SYSTEM_PYTHON") or "/usr/bin/python3"


@functools.cache
def libical_available() -> bool:
    """True when Debian's python3 can load libical's GObject bindings (ICalGLib 3.0)."""
    probe = "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib"
    try:
        done = subprocess.run([_system_python(), "-c", probe], capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _from_json(parser: str, document: dict[str, Any]) -> ReadBack:
    result = ReadBack(parser, problems=list(document["errors"]))
    for raw in document["events"]:
        start, end = raw["start"] or {}, raw["end"] or {}
        result.events.append(
            Event(
                uid=raw["uid"],
                summary=raw["summary"],
                description=raw["description"] or "",
                location=raw["location"],
                categories=tuple(raw["categories"]),
                status=raw["status"],
                sequence=int(raw["sequence"]),
                start=start.get("date") or start.get("utc") or "",
                end=(end.get("date") or end.get("utc")) if end else None,
            )
        )
    return result


def _run(command: list[str], bodies: list[bytes], parser: str) -> list[ReadBack]:
    """Run a checker once over several calendars (a JSON list on stdin)."""
    payload = json.dumps([body.decode("utf-8") for body in bodies]).encode("utf-8")
    done = subprocess.run(command, input=payload, capture_output=True, timeout=300, check=False, cwd=HERE)
    if done.returncode != 0:
        failure = f"exit {done.returncode}: {done.stderr.decode(errors='replace')[-2000:]}"
        return [ReadBack(parser, problems=[failure]) for _ in bodies]
    results = [_from_json(parser, document) for document in json.loads(done.stdout)]
    warnings = done.stderr.decode(errors="replace").strip()
    for result in results:
        if warnings:
            result.problems.append(f"stderr: {warnings[-2000:]}")
    return results


def read_icaljs_many(bodies: list[bytes]) -> list[ReadBack]:
    """Parse several calendars with Mozilla ical.js under node (one node process)."""
    node = _node()
    assert node is not None
    return _run([node, str(HERE / "icaljs_check.mjs")], bodies, "ical.js")


def read_libical_many(bodies: list[bytes]) -> list[ReadBack]:
    """Parse several calendars with libical through Debian's python3 (one process)."""
    return _run([_system_python(), str(HERE / "libical_check.py")], bodies, "libical")


def read_icaljs(body: bytes) -> ReadBack:
    """Parse one calendar with Mozilla ical.js under node."""
    return read_icaljs_many([body])[0]


def read_libical(body: bytes) -> ReadBack:
    """Parse one calendar with libical through Debian's python3."""
    return read_libical_many([body])[0]
