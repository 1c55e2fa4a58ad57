"""Stored meetings as JSON-ready dicts, with their links (pure)."""

from __future__ import annotations

from typing import Any

from diplocal.model import DatePrecision, Meeting, Status, StoredMeeting
from diplocal.render.event import event_times
from diplocal.render.ical import describe
from diplocal.render.links import google_event_url, meeting_ics_url, meeting_page_url, outlook_event_url
from diplocal.render.words import place_label


def meeting_to_json(stored: StoredMeeting, base_url: str) -> dict[str, Any]:
    """One meeting as the JSON API gives it: when and where as calendars get them
    (:func:`event_times`, :func:`place_label`), so the JSON and the .ics tell one story."""
    meeting = stored.meeting
    times = event_times(meeting)
    if times is not None and times.start is not None and times.end is not None:
        start, end, zone = times.start.isoformat(), times.end.isoformat(), times.zone
    else:  # all day; or timed at a venue whose zone is unknown, which calendars get all day too
        start, end, zone = meeting.start_label(), meeting.end_label(), None
    timed = zone is not None
    details = describe(stored)
    return {
        "id": stored.id,
        "title": meeting.title,
        # The phrase the title was composed from, in the language of the article it came from;
        # None when that article is in English (or its phrase is not known).
        "title_original": meeting.title_original,
        "start": start,
        "end": end,
        "end_stated": end_stated(meeting, timed=timed),
        "precision": meeting.precision.value,
        "all_day": not timed,
        "timezone": zone,
        "local_time": None if timed or meeting.start_time is None else meeting.start_time.strftime("%H:%M"),
        "location": place_label(meeting.location),
        "participants": list(meeting.participants),
        "organisations": list(meeting.organisations),
        "countries": list(meeting.countries),
        "kind": meeting.kind,
        "status": meeting.status.value,
        "confidence": meeting.confidence,
        "sources": [source.to_json() for source in meeting.evidence],
        "created": stored.created.isoformat(),
        "updated": stored.updated.isoformat(),
        "sequence": stored.sequence,
        "revision": stored.revision,
        "links": {
            "page": meeting_page_url(base_url, stored.id),
            # A meeting known only to the month is not put on a day, so it has no .ics.
            "ics": None if meeting.precision is DatePrecision.MONTH else meeting_ics_url(base_url, stored.id),
            "google": google_event_url(stored, details),
            "outlook": outlook_event_url(stored, details),
        },
    }


def end_stated(meeting: Meeting, *, timed: bool) -> bool:
    """True when the news gives the meeting's end: an end time for a timed meeting, the last
    day for one known to the day. False when diplocal supplies it, as calendars get it: two
    hours after a stated start (the end of the last day for a meeting over several days),
    or the end of a week or month the meeting falls in somewhere."""
    if timed:
        return meeting.end_time is not None
    return meeting.precision is DatePrecision.DAY and meeting.end_certain


def prediction_to_json(article_id: str, meetings: list[Meeting]) -> dict[str, Any]:
    """The meetings an article says will take place, in the prediction format of the shared
    scorer. Cancellations and postponements without a new date are updates to meetings, not
    meetings to put in a calendar, so they are left out here (the store still applies them)."""
    scheduled = [m for m in meetings if m.status not in (Status.CANCELLED, Status.POSTPONED)]
    return {"id": article_id, "events": [found_to_json(m) for m in scheduled]}


def found_to_json(meeting: Meeting) -> dict[str, Any]:
    """One meeting as the extractor found it (before the store), with any update it reports."""
    change = meeting.change
    starts_at = meeting.starts_at()
    return {
        "title": meeting.title,
        "start": meeting.start_label(),
        "end": meeting.end_label(),
        "precision": meeting.precision.value,
        "time": starts_at.isoformat() if starts_at else None,
        "location": place_label(meeting.location),
        "participants": list(meeting.participants),
        "status": meeting.status.value,
        "change": None
        if change is None
        else {
            "action": change.action.value,
            "previous_start": change.previous_start.isoformat() if change.previous_start else None,
            "previous_place": place_label(change.previous_place),
        },
        "evidence": meeting.evidence[0].sentence if meeting.evidence else None,
        "confidence": meeting.confidence,
    }
