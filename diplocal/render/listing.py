"""Meetings as the pages list them (pure): when each is, the weeks they fall in, the heading
that fits the window shown, and the line saying a meeting was moved."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, timedelta
from typing import Any

from diplocal.model import DatePrecision, Meeting, StoredMeeting
from diplocal.render.event import event_times
from diplocal.render.words import MONTHS, day_text, month_text, span_text

PAST_FROM = date(1900, 1, 1)  # "every meeting": early enough for any archive (Reuters-21578 is 1987)


@dataclass(frozen=True, slots=True)
class When:
    """A meeting's date as a page shows it; ``utc`` and ``clock`` only when a time is known."""

    text: str
    note: str | None = None
    utc: str | None = None  # the start as a UTC ISO moment, for <time datetime>
    clock: str | None = None  # the time at the venue, e.g. "15:00–17:00 CET"
    zone: str | None = None  # the venue's IANA zone, for the viewer-time script


@dataclass
class Group:
    """Meetings shown under one heading: a week, or a month whose day is not known."""

    label: str
    items: list[dict[str, Any]] = field(default_factory=list)


def when_of(meeting: Meeting) -> When:
    """How a page states when ``meeting`` is: in the zone calendars get (the meeting's own,
    else its venue's); a stated end time only (a calendar's two-hour default is not news)."""
    if meeting.precision is DatePrecision.MONTH:
        return When(month_text(meeting.start), note="day not yet known")
    if meeting.precision is DatePrecision.WEEK:
        return When(span_text(meeting.start, meeting.end), note="exact day not yet known")
    text = span_text(meeting.start, meeting.end)
    if meeting.start_time is None:
        return When(text)
    times = event_times(meeting)
    if times is None or times.start is None or times.end is None:
        # No zone known for the venue: the time as the news gives it, local to the venue.
        clock = meeting.start_time.strftime("%H:%M")
        if meeting.end_time is not None and meeting.end == meeting.start:
            clock += "–" + meeting.end_time.strftime("%H:%M")
        return When(text, clock=clock)
    start = times.start
    clock = start.strftime("%H:%M")
    if meeting.end_time is not None and times.end.date() == start.date():
        clock += "–" + times.end.strftime("%H:%M")
    utc = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return When(text, utc=utc, clock=f"{clock} {start.tzname()}", zone=times.zone)


def week_label(monday: date, now: date) -> str:
    """``This week · 3 Jan – 9 Jan 2022``, or ``Week 2 · ...`` further off."""
    sunday = monday + timedelta(days=6)
    span = f"{monday.day} {MONTHS[monday.month - 1][:3]} – {sunday.day} {MONTHS[sunday.month - 1][:3]} {sunday.year}"
    this_monday = now - timedelta(days=now.weekday())
    names = {this_monday: "This week", this_monday + timedelta(days=7): "Next week"}
    names[this_monday - timedelta(days=7)] = "Last week"
    return f"{names.get(monday) or f'Week {monday.isocalendar().week}'} · {span}"


def group_by_week(items: Sequence[tuple[StoredMeeting, dict[str, Any]]], now: date) -> list[Group]:
    """Meetings under ISO-week headings in date order; month-only meetings under their month,
    right after the week holding the month's first day."""
    groups: dict[tuple[date, int], Group] = {}
    for stored, view in items:
        start = stored.meeting.start
        if stored.meeting.precision is DatePrecision.MONTH:
            key = (start.replace(day=1), 1)
            label = f"{month_text(start)} · day not yet known"
        else:
            key = (start - timedelta(days=start.weekday()), 0)
            label = week_label(key[0], now)
        groups.setdefault(key, Group(label)).items.append(view)
    return [groups[key] for key in sorted(groups)]


def window_heading(start: date | None, end: date | None, today: date, *, latest: bool = False) -> str:
    """The page's heading for the window it shows: "Upcoming diplomatic meetings" from
    today, "Diplomatic meetings from 1 Jan 2022", "... 1 Jan 2022 – 31 Jan 2022", "All
    diplomatic meetings", or "Latest diplomatic meetings" when nothing is upcoming."""
    if latest:
        return "Latest diplomatic meetings"
    if start is None or start <= PAST_FROM:
        return "All diplomatic meetings" if end is None else f"Diplomatic meetings until {day_text(end)}"
    if end is not None:
        if start == today:
            return f"Upcoming diplomatic meetings until {day_text(end)}"
        return f"Diplomatic meetings, {span_text(start, end)}"
    if start == today:
        return "Upcoming diplomatic meetings"
    return f"Diplomatic meetings from {day_text(start)}"


def moved_note(change: Mapping[str, Any] | None, meeting: Meeting) -> str | None:
    """ "Moved from Fri 25 Feb" (or "Was ..." when the date changed without a reported move)
    for a meeting whose latest date change is ``change`` (:meth:`Store.last_moves`)."""
    if not change:
        return None
    fields = change.get("changes") or {}
    old_start = (fields.get("start") or [None, None])[0] or meeting.start.isoformat()
    old_end = (fields.get("end") or [None, None])[0] or old_start
    old_precision = (fields.get("precision") or [None, None])[0] or meeting.precision.value
    try:
        first, last = date.fromisoformat(old_start), date.fromisoformat(old_end)
    except (TypeError, ValueError):
        return None
    if (first, last) == (meeting.start, meeting.end):
        return None
    if old_precision == DatePrecision.MONTH.value:
        before = month_text(first)
    elif old_precision == DatePrecision.WEEK.value:
        before = f"the week of {day_text(first, year=first.year != meeting.start.year)}"
    else:
        before = (
            day_text(first, year=first.year != meeting.start.year)
            if first == last
            else f"{day_text(first, year=False)} – {day_text(last, year=last.year != meeting.start.year)}"
        )
    verb = "Moved from" if change.get("action") == "rescheduled" else "Was"
    return f"{verb} {before}"
