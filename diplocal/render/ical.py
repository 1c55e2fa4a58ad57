"""Meetings to RFC 5545 bytes: the subscribable feed and single-meeting downloads (pure).

Output is deterministic: events sorted by first day then id, UIDs from the meeting's id,
DTSTAMP from the data (the meeting's last change), one VTIMEZONE per zone used. The same
meetings, settings and day always give the same bytes.

A duplicate the store merged into another meeting is not rendered at all (no cancelled
tombstone): subscribed clients drop what a feed no longer holds; see
:func:`diplocal.store.writer._absorb` for why that beats STATUS:CANCELLED.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from diplocal.model import DatePrecision, StoredMeeting
from diplocal.render.event import (
    EventTimes,
    called_off,
    describe,
    event_categories,
    event_location,
    event_place,
    event_status,
    event_summary,
    event_times,
)
from diplocal.render.icalwire import (
    day_stamp,
    duration,
    escape_text,
    fold,
    fold_all,
    line,
    local_stamp,
    param_value,
    text_list,
    utc_stamp,
)
from diplocal.render.links import meeting_page_url
from diplocal.render.vtimezone import vtimezone_lines
from diplocal.settings import Settings

__all__ = ["PRODID", "describe", "feed_priority", "render_calendar", "render_meeting"]

PRODID = "-//diplocal//diplomatic meetings from the news//EN"
_END = fold("END:VCALENDAR")


@dataclass(frozen=True, slots=True)
class _Rendered:
    stored: StoredMeeting
    times: EventTimes
    body: bytes


def render_calendar(
    items: Iterable[StoredMeeting],
    settings: Settings,
    *,
    today: date | None = None,
    name: str | None = None,
    description: str | None = None,
) -> bytes:
    """The subscribable feed of ``items`` on ``today``.

    Left out: meetings known only to the month (a calendar must not put them on a day), and
    cancelled or postponed meetings whose change is more than ``settings.cancelled_days``
    before ``today``. The rest is capped at ``settings.feed_max_events`` events and
    ``settings.feed_max_bytes`` bytes, keeping upcoming meetings first (soonest first), then
    past ones (latest first); the events are then written sorted by first day and id, after
    one VTIMEZONE for each zone the timed ones use. Without ``today`` (a fixed set of
    meetings, not a feed) no called-off meeting is left out and the cap keeps the earliest.
    """
    head = _head(settings, name or settings.calendar_name, description or settings.calendar_description)
    budget = settings.feed_max_bytes - len(head) - len(_END)
    domain = settings.uid_domain
    candidates = [s for s in items if _in_feed(s, settings, today)]
    chosen: list[_Rendered] = []
    zones: dict[str, tuple[date, date]] = {}
    zone_bytes: dict[str, int] = {}
    used = 0
    for stored in sorted(candidates, key=lambda s: _rank(s, today))[: settings.feed_max_events]:
        times = event_times(stored.meeting)
        assert times is not None
        body = _event(stored, times, settings, domain)
        extra = len(body)
        span: tuple[date, date] | None = None
        if times.zone:  # a new zone, or a wider span of years, may change its VTIMEZONE
            low, high = zones.get(times.zone, (times.first_day, times.end_day))
            span = (min(low, times.first_day), max(high, times.end_day))
            extra += len(_zone_block(times.zone, span)) - zone_bytes.get(times.zone, 0)
        if used + extra > budget:
            break
        used += extra
        chosen.append(_Rendered(stored, times, body))
        if times.zone and span:
            zones[times.zone] = span
            zone_bytes[times.zone] = len(_zone_block(times.zone, span))
    chosen.sort(key=lambda r: r.times.first_day.isoformat() + r.stored.id)  # (day, id): ISO days are 10 wide
    parts = [head]
    parts += [_zone_block(zone, zones[zone]) for zone in sorted(zones)]
    parts += [r.body for r in chosen]
    parts.append(_END)
    return b"".join(parts)


def render_meeting(stored: StoredMeeting, settings: Settings) -> bytes:
    """One meeting as a downloadable calendar (no feed name or refresh interval).

    Raises ``ValueError`` for a meeting known only to the month: it has no day to be put on.
    """
    times = event_times(stored.meeting)
    if times is None:
        raise ValueError(f"meeting {stored.id} is known only to the month; it has no day for a calendar")
    parts = [_begin()]
    if times.zone:
        parts.append(_zone_block(times.zone, (times.first_day, times.end_day)))
    parts += [_event(stored, times, settings, settings.uid_domain), _END]
    return b"".join(parts)


def feed_priority(stored: StoredMeeting, today: date | None) -> tuple[int, int, str]:
    """Sort key for the feed's cap: upcoming meetings soonest first, then past ones latest first."""
    meeting = stored.meeting
    if today is None or meeting.end >= today:
        return (0, meeting.start.toordinal(), stored.id)
    return (1, -meeting.end.toordinal(), stored.id)


def _rank(stored: StoredMeeting, today: date | None) -> str:
    """:func:`feed_priority` as one string that sorts the same (fixed-width day numbers, then
    the id): strings compare three times faster than tuples, which counts at 100,000."""
    meeting = stored.meeting
    if today is None or meeting.end >= today:
        return f"0{meeting.start.toordinal():07d}{stored.id}"
    return f"1{_LAST_ORDINAL - meeting.end.toordinal():07d}{stored.id}"


_LAST_ORDINAL = date.max.toordinal()


def _in_feed(stored: StoredMeeting, settings: Settings, today: date | None) -> bool:
    if stored.meeting.precision is DatePrecision.MONTH:
        return False
    if today is not None and called_off(stored.meeting):
        return stored.updated.date() + timedelta(days=settings.cancelled_days) >= today
    return True


def _begin() -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", line("PRODID", PRODID), "CALSCALE:GREGORIAN"]
    return b"".join(fold(entry) for entry in lines)


def _head(settings: Settings, name: str, description: str) -> bytes:
    refresh = duration(timedelta(hours=settings.refresh_hours))
    lines = [
        line("NAME", escape_text(name)),
        line("X-WR-CALNAME", escape_text(name)),
        line("DESCRIPTION", escape_text(description)),
        line("X-WR-CALDESC", escape_text(description)),
        line("REFRESH-INTERVAL", refresh, {"VALUE": "DURATION"}),
        line("X-PUBLISHED-TTL", refresh),
    ]
    return _begin() + b"".join(fold(entry) for entry in lines)


def _zone_block(zone: str, span: tuple[date, date]) -> bytes:
    return _zone_bytes(zone, span[0].year, span[1].year)


@lru_cache(maxsize=512)
def _zone_bytes(zone: str, first_year: int, last_year: int) -> bytes:
    lines = vtimezone_lines(zone, date(first_year, 1, 1), date(last_year, 12, 31))
    return b"".join(fold(entry) for entry in lines)


def _event(stored: StoredMeeting, times: EventTimes, settings: Settings, domain: str) -> bytes:
    meeting = stored.meeting
    page = meeting_page_url(settings.base_url, stored.id)
    updated = utc_stamp(stored.updated)
    lines = [
        "BEGIN:VEVENT",
        "UID:" + escape_text(f"{stored.id}@{domain}"),
        "DTSTAMP:" + updated,
        "CREATED:" + utc_stamp(stored.created),
        "LAST-MODIFIED:" + updated,
        f"SEQUENCE:{stored.sequence:d}",
        *_when(times),
        "SUMMARY:" + escape_text(event_summary(meeting)),
        "STATUS:" + event_status(meeting),
        "TRANSP:TRANSPARENT",
    ]
    location = event_location(meeting)
    if location:
        lines.append("LOCATION:" + escape_text(location))
    place = event_place(meeting)
    if place:
        lines.append(f"GEO:{place.latitude:.2f};{place.longitude:.2f}")
    lines += _categories(event_categories(meeting))
    lines.append("URL;VALUE=URI:" + page)
    lines.append("DESCRIPTION:" + escape_text(describe(stored, page)))
    lines.append("END:VEVENT")
    return fold_all(lines)


_LIST_UNSAFE = re.compile('[\\\\",;\n\r]')


def _categories(names: list[str]) -> list[str]:
    """CATEGORIES lines, in order: runs of plain names as one comma-separated list, and a
    name holding a backslash, quote, comma, semicolon or line break in a property of its
    own, because libical's list splitter takes a quote, an escaped line break, or an escaped
    backslash before the separator, as part of a name."""
    lines: list[str] = []
    run: list[str] = []
    for name in names:
        if _LIST_UNSAFE.search(name):
            if run:
                lines.append("CATEGORIES:" + text_list(run))
                run = []
            lines.append("CATEGORIES:" + escape_text(name))
        else:
            run.append(name)
    if run:
        lines.append("CATEGORIES:" + text_list(run))
    return lines


def _when(times: EventTimes) -> list[str]:
    if times.start is None or times.end is None or times.zone is None:
        return [
            "DTSTART;VALUE=DATE:" + day_stamp(times.first_day),
            "DTEND;VALUE=DATE:" + day_stamp(times.end_day),
        ]
    if not times.wall_clock_exact:  # RFC 5545 3.3.5 reads these with the offset before the change
        return ["DTSTART:" + utc_stamp(times.start), "DTEND:" + utc_stamp(times.end)]
    tzid = param_value(times.zone)
    return [
        f"DTSTART;TZID={tzid}:{local_stamp(times.start)}",
        f"DTEND;TZID={tzid}:{local_stamp(times.end)}",
    ]
