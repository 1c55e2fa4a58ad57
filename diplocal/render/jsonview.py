"""Stored meetings as JSON-ready dicts, with their links (pure)."""

from __future__ import annotations

from typing import Any

from diplocal.model import DatePrecision, Meeting, Status, StoredMeeting
from diplocal.render.ical import describe
from diplocal.render.links import google_event_url, meeting_ics_url, meeting_page_url, outlook_event_url
from diplocal.render.words import place_label


def meeting_to_json(stored: StoredMeeting, base_url: str) -> dict[str, Any]:
    """One meeting as the JSON API gives it."""
    meeting = stored.meeting
    starts_at, ends_at = meeting.starts_at(), meeting.ends_at()
    details = describe(stored)
    return {
        "id": stored.id,
        "title": meeting.title,
        "start": starts_at.isoformat() if starts_at else meeting.start_label(),
        "end": ends_at.isoformat() if ends_at else meeting.end_label(),
        "precision": meeting.precision.value,
        "all_day": meeting.all_day,
        "timezone": meeting.timezone,
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
        },
        "evidence": meeting.evidence[0].sentence if meeting.evidence else None,
        "confidence": meeting.confidence,
    }
