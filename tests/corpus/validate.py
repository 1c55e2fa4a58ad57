"""Check a labelled corpus file against tests/corpus/LABELLING.md; print one line per problem.

Usage: python tests/corpus/validate.py FILE.jsonl [FILE.jsonl ...]   (exit 1 on any problem)
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

REQUIRED = ("id", "language", "published", "publisher", "title", "text", "events", "negative")
PRECISIONS = ("day", "week", "weekend", "month")
ACTIONS = ("cancel", "postpone", "reschedule")
ZONES = available_timezones()


def problems_in(row: dict, seen: set[str]) -> list[str]:
    """What is wrong with one labelled article, as short sentences."""
    found: list[str] = []
    for key in REQUIRED:
        if key not in row:
            found.append(f"missing field {key!r}")
    if found:
        return found
    if row["id"] in seen:
        found.append(f"id {row['id']!r} used twice")
    seen.add(row["id"])
    try:
        published = datetime.fromisoformat(row["published"])
        if published.tzinfo is None:
            found.append("published has no UTC offset")
    except ValueError:
        found.append(f"published {row['published']!r} is not ISO 8601")
    if not row["text"].strip():
        found.append("empty text")
    events = row.get("events") or []
    if row["negative"] and events:
        found.append("negative article with events")
    if not row["negative"] and not events:
        found.append("no events but negative is false")
    for kind in ("events", "optional_events"):
        for event in row.get(kind) or []:
            found.extend(f"{kind}: {p}" for p in _event_problems(event, row["text"]))
    for change in row.get("changes") or []:
        if change.get("action") not in ACTIONS:
            found.append(f"change action {change.get('action')!r} is not one of {ACTIONS}")
        if not _is_day(change.get("start", "")) and not re.fullmatch(r"\d{4}-\d{2}", change.get("start", "")):
            found.append(f"change start {change.get('start')!r} is not a date")
    return found


def _event_problems(event: dict, text: str) -> list[str]:
    found = []
    title = event.get("title", "?")
    precision = event.get("precision", "day")
    if precision not in PRECISIONS:
        found.append(f"{title}: precision {precision!r}")
    start, end = event.get("start", ""), event.get("end", "")
    if precision == "month":
        if not (re.fullmatch(r"\d{4}-\d{2}", start) and re.fullmatch(r"\d{4}-\d{2}", end)):
            found.append(f"{title}: a month event needs YYYY-MM start and end")
    elif not (_is_day(start) and _is_day(end)):
        found.append(f"{title}: start/end {start!r}/{end!r} are not dates")
    elif end < start:
        found.append(f"{title}: ends before it starts")
    evidence = event.get("evidence")
    if evidence and " ".join(evidence.split()) not in " ".join(text.split()):
        found.append(f"{title}: evidence is not in the text")
    if not isinstance(event.get("participants", []), list):
        found.append(f"{title}: participants must be a list")
    if "time" in event and event["time"] is not None:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", event["time"]):
            found.append(f"{title}: time {event['time']!r} is not HH:MM")
        if event.get("timezone") not in ZONES:
            found.append(f"{title}: timezone {event.get('timezone')!r} is not an IANA zone")
        else:
            ZoneInfo(event["timezone"])
    return found


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


def main(paths: list[str]) -> int:
    seen: set[str] = set()
    bad = 0
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"{path}:{number}: not JSON ({error})")
                bad += 1
                continue
            for problem in problems_in(row, seen):
                print(f"{path}:{number}: {row.get('id', '?')}: {problem}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
