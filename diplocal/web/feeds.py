"""The iCalendar side: the subscribable feed, filtered feeds and single-meeting downloads."""

from __future__ import annotations

import hashlib

from flask import Blueprint, Response, request

from diplocal.ical import render_calendar
from diplocal.query import MeetingQuery, days_before
from diplocal.web import get_settings, get_store, today

blueprint = Blueprint("feeds", __name__)

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def _calendar_response(body: bytes, filename: str, *, download: bool) -> Response:
    response = Response(body, mimetype="text/calendar")
    response.headers["Content-Type"] = CALENDAR_TYPE
    disposition = "attachment" if download else "inline"
    response.headers["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response.set_etag(hashlib.sha256(body).hexdigest()[:32])
    response.headers["Cache-Control"] = "public, max-age=300"
    return response.make_conditional(request)


@blueprint.get("/calendar.ics")
def calendar() -> Response:
    settings = get_settings()
    query = MeetingQuery.from_args(request.args, today=today(), default_from_today=False)
    if query.start is None:
        query = query.with_window(days_before(today(), settings.past_days), query.end)
    body = render_calendar(get_store().find(query), settings)
    return _calendar_response(body, "diplomatic.ics", download=request.args.get("download") == "1")


@blueprint.get("/meetings/<meeting_id>.ics")
def meeting_ics(meeting_id: str) -> Response:
    settings = get_settings()
    stored = get_store().get(meeting_id)
    body = render_calendar([stored], settings, name=stored.meeting.title)
    return _calendar_response(body, f"meeting-{meeting_id}.ics", download=True)
