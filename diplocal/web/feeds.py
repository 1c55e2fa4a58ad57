"""The iCalendar side: the subscribable feed, filtered feeds and single-meeting downloads.

Feeds are cached per process (see :class:`diplocal.feeds.FeedCache`) and answer conditional
requests: a strong ETag over the bytes, a Last-Modified from the data, 304 when unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from functools import lru_cache

from flask import Blueprint, Response, current_app, request
from flask.blueprints import BlueprintSetupState
from werkzeug.http import http_date

from diplocal.errors import InvalidParameter
from diplocal.feeds import Feed, FeedCache, etag_of
from diplocal.query import QUERY_PARAMETERS, MeetingQuery, country_filter, text_filter
from diplocal.render.event import event_times
from diplocal.render.ical import render_meeting
from diplocal.web.cache import unchanged
from diplocal.web.context import get_settings, get_store, today
from diplocal.web.errors import error_response
from diplocal.web.params import check_parameters

blueprint = Blueprint("feeds", __name__)

CALENDAR_TYPE = "text/calendar; charset=utf-8"
MAX_AGE = 300  # seconds a cache or client may reuse a response before asking again (with a 304)
_UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")


@blueprint.record_once
def _add_cache(state: BlueprintSetupState) -> None:
    state.app.extensions.setdefault("diplocal.feed_cache", FeedCache())


def feed_cache() -> FeedCache:
    """The app's cache of rendered feeds."""
    cache: FeedCache = current_app.extensions["diplocal.feed_cache"]
    return cache


# What the feeds take: the API's filters and window, and download=1 for a file to save.
FEED_PARAMETERS = (*QUERY_PARAMETERS, "download")


@blueprint.get("/calendar.ics")
def calendar() -> Response:
    """The feed, whole or filtered (``org``, ``country``, ``place``, ``q``, ``status``, ``from``, ``to``)."""
    query = _feed_query()
    return _serve(Feed(query))


@blueprint.get("/feeds/<any(org, country, place):kind>/<value>.ics")
def pretty(kind: str, value: str) -> Response:
    """The feed of one organisation, country or place, e.g. ``/feeds/org/NATO.ics``."""
    query = _feed_query()
    # The name is read as the same query parameter is: trimmed, refused when over-long (a
    # country by name or code); a blank name stays as it is (a feed of nothing, not the
    # whole feed).
    name = text_filter(value, kind) or value
    if kind == "country" and name.strip():
        name = country_filter(name) or name
    fixed = Feed.of(kind, name).query
    merged = replace(
        query,
        org=fixed.org or query.org,
        country=fixed.country or query.country,
        place=fixed.place or query.place,
    )
    return _serve(Feed(merged))


@blueprint.get("/meetings/<meeting_id>.ics")
def meeting_ics(meeting_id: str) -> Response:
    """One meeting as a download."""
    check_parameters(())
    stored = get_store().get(meeting_id)
    if event_times(stored.meeting) is None:
        return error_response(
            404,
            f"meeting {meeting_id!r} is known only to the month ({stored.meeting.start_label()}); "
            "it has no day to put in a calendar yet (its page and the JSON API show it)",
        )
    body = render_meeting(stored, get_settings())
    return _respond(body, etag_of(body), stored.updated, f"meeting-{_safe(meeting_id)}.ics", download=True)


def _feed_query() -> MeetingQuery:
    """The feed's filters from the query string; unknown, repeated or bad ones are refused
    (a subscription to a misspelt filter must not quietly deliver every meeting)."""
    check_parameters(FEED_PARAMETERS)
    download = request.args.get("download")
    if download not in (None, "", "1"):
        raise InvalidParameter(
            f"download {download[:80]!r} is not 1",
            parameter="download",
            hint="give download=1 for a file to save, or leave it out to subscribe",
        )
    return MeetingQuery.from_args(request.args, today=today(), default_from_today=False)


def _serve(feed: Feed) -> Response:
    rendered = feed_cache().get(get_store(), get_settings(), feed, today())
    return _respond(
        rendered.body,
        rendered.etag,
        rendered.last_modified,
        _filename(feed),
        download=request.args.get("download") == "1",
    )


def _respond(body: bytes, etag: str, last_modified: datetime | None, filename: str, *, download: bool) -> Response:
    disposition = "attachment" if download else "inline"
    headers = {
        "Content-Type": CALENDAR_TYPE,
        "Content-Disposition": f'{disposition}; filename="{filename}"',
        "Cache-Control": f"public, max-age={MAX_AGE}",
        "ETag": f'"{etag}"',
    }
    if last_modified is not None:
        headers["Last-Modified"] = _http_date(last_modified)
    if unchanged(etag, last_modified):
        # A subscribed client asking again: no body, the validators and caching headers kept
        # (RFC 9110, 15.4.5). Decided before the response is built: most feed requests end here.
        status = 412 if request.headers.get("If-Match") else 304
        return Response(b"", status=status, headers=headers)
    return Response(body, headers=headers)


@lru_cache(maxsize=256)
def _http_date(moment: datetime) -> str:
    return http_date(moment.astimezone(UTC))


def _filename(feed: Feed) -> str:
    parts = [_safe(value) for value in feed.query.to_args().values()]
    return "-".join(["diplomatic", *parts]) + ".ics"


def _safe(text: str) -> str:
    return _UNSAFE_FILENAME.sub("-", text).strip("-").lower()[:60] or "feed"
