"""Meetings to RFC 5545 bytes: the subscribable feed and single-meeting downloads (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from icalendar import Calendar, Event, vText

from diplocal.links import meeting_page_url
from diplocal.model import DatePrecision, Status, StoredMeeting
from diplocal.settings import Settings

PRODID = "-//diplocal//diplomatic meetings from the news//EN"


def render_calendar(items: Iterable[StoredMeeting], settings: Settings, *, name: str | None = None) -> bytes:
    """The iCalendar bytes for ``items``: events sorted by start then id, stable UIDs.

    Meetings known only to the month are left out: a calendar must not put them on a day.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    title = name or settings.calendar_name
    calendar.add("name", title)
    calendar.add("x-wr-calname", title)
    calendar.add("description", settings.calendar_description)
    calendar.add("x-wr-caldesc", settings.calendar_description)
    calendar.add("refresh-interval", timedelta(hours=settings.refresh_hours), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", timedelta(hours=settings.refresh_hours))
    for stored in sorted(items, key=lambda s: (s.meeting.start, s.id)):
        if stored.meeting.precision is DatePrecision.MONTH:
            continue
        calendar.add_component(meeting_event(stored, settings))
    return calendar.to_ical()


def meeting_event(stored: StoredMeeting, settings: Settings) -> Event:
    """One VEVENT for a stored meeting."""
    meeting = stored.meeting
    event = Event()
    event.add("uid", f"{stored.id}@{settings.uid_domain}")
    event.add("dtstamp", stored.updated)
    event.add("created", stored.created)
    event.add("last-modified", stored.updated)
    event.add("sequence", stored.sequence)
    cancelled = meeting.status is Status.CANCELLED
    event.add("summary", f"Cancelled: {meeting.title}" if cancelled else meeting.title)
    start, end = meeting.starts_at(), meeting.ends_at()
    if start is not None:
        event.add("dtstart", start)
        event.add("dtend", end or start + timedelta(hours=2))
    else:
        event.add("dtstart", meeting.start)
        event.add("dtend", meeting.end + timedelta(days=1))
    event.add(
        "status", "CANCELLED" if cancelled else "CONFIRMED" if meeting.status is Status.CONFIRMED else "TENTATIVE"
    )
    event.add("transp", "TRANSPARENT")
    if meeting.location:
        event.add("location", meeting.location)
    categories = [*meeting.organisations, *meeting.countries]
    if categories:
        event.add("categories", categories)
    event.add("url", meeting_page_url(settings.base_url, stored.id))
    event.add("description", vText(describe(stored)))
    return event


def describe(stored: StoredMeeting) -> str:
    """The event description: the evidence first, then every source with date and link."""
    meeting = stored.meeting
    lines: list[str] = []
    if meeting.evidence:
        lines.append(f'"{meeting.evidence[0].sentence}"')
        lines.append("")
    if meeting.precision is DatePrecision.WEEK:
        lines.append(f"Exact day not yet known: between {meeting.start} and {meeting.end}.")
    if meeting.participants:
        lines.append("Participants: " + ", ".join(meeting.participants))
    lines.append(f"Status: {meeting.status.value}; confidence {meeting.confidence:.2f}")
    lines.append("")
    lines.append("Sources:")
    for source in meeting.evidence:
        when = source.published.date().isoformat() if source.published else "undated"
        who = source.publisher or "unknown publisher"
        lines.append(f"- {who}, {when}: {source.url or source.title or source.article_id}")
    return "\n".join(lines)
