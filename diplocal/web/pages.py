"""The web pages: upcoming meetings, and one meeting with its sources."""

from __future__ import annotations

from flask import Blueprint, render_template, request, url_for

from diplocal.jsonview import meeting_to_json
from diplocal.links import google_subscribe_url, outlook_subscribe_url, webcal_url
from diplocal.query import MeetingQuery
from diplocal.web import get_settings, get_store, today

blueprint = Blueprint("pages", __name__)


@blueprint.get("/")
def index() -> str:
    settings = get_settings()
    query = MeetingQuery.from_args(request.args, today=today())
    found = [meeting_to_json(m, settings.base_url) for m in get_store().find(query)]
    feed_url = settings.base_url + url_for("feeds.calendar", **query.to_args())
    return render_template(
        "index.html",
        meetings=found,
        query=query,
        feed_url=feed_url,
        webcal=webcal_url(feed_url),
        google=google_subscribe_url(feed_url),
        outlook=outlook_subscribe_url(feed_url, settings.calendar_name),
        settings=settings,
    )


@blueprint.get("/meetings/<meeting_id>")
def meeting(meeting_id: str) -> str:
    settings = get_settings()
    stored = get_store().get(meeting_id)
    return render_template(
        "meeting.html",
        meeting=meeting_to_json(stored, settings.base_url),
        history=get_store().history(meeting_id),
        webcal=webcal_url(settings.base_url + url_for("feeds.calendar")),
    )
