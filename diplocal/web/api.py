"""The JSON API: meetings with filters and paging, one meeting, its history, filter choices."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlencode

from flask import Blueprint, Response, jsonify, request

from diplocal.query import QUERY_PARAMETERS, MeetingQuery, encode_cursor
from diplocal.render.history import tell
from diplocal.render.jsonview import meeting_to_json
from diplocal.render.words import place_choices
from diplocal.web.cache import kept_until_the_store_changes
from diplocal.web.context import get_settings, get_store, today
from diplocal.web.errors import json_response
from diplocal.web.openapi import DEFAULT_LIMIT, openapi_document
from diplocal.web.params import check_parameters

blueprint = Blueprint("api", __name__, url_prefix="/api")

WINDOW = ("from", "to")


def cached_json(data: object) -> Response:
    """A JSON response that caches may keep for a minute; the view's decorator
    (:func:`kept_until_the_store_changes`) gives it its ETag and answers 304s."""
    response = json_response(data)
    response.headers["Cache-Control"] = "public, max-age=60"
    return response


def _window_query() -> MeetingQuery:
    check_parameters(WINDOW)
    return MeetingQuery.from_args(request.args, today=today())


@blueprint.get("/meetings")
@kept_until_the_store_changes
def meetings() -> Response:
    check_parameters(QUERY_PARAMETERS)
    query = MeetingQuery.from_args(request.args, today=today())
    limit = query.limit or DEFAULT_LIMIT
    base = get_settings().base_url
    found = get_store().find(replace(query, limit=limit + 1))
    page = found[:limit]
    next_cursor = encode_cursor(page[-1].meeting.start, page[-1].id) if len(found) > limit else None
    next_url = None
    if next_cursor:
        args = {name: value for name, value in request.args.items() if name != "cursor" and value}
        if query.start:
            args["from"] = query.start.isoformat()  # pin "today" so later pages keep the window
        args["cursor"] = next_cursor
        next_url = (
            f"{base}/api/meetings?{urlencode(sorted(args.items(), key=lambda kv: QUERY_PARAMETERS.index(kv[0])))}"
        )
    response = cached_json(
        {"meetings": [meeting_to_json(m, base) for m in page], "next_cursor": next_cursor, "next": next_url}
    )
    if next_url:
        response.headers["Link"] = f'<{next_url}>; rel="next"'
    return response


@blueprint.get("/meetings/<meeting_id>")
@kept_until_the_store_changes
def meeting(meeting_id: str) -> Response:
    check_parameters(())
    return cached_json(meeting_to_json(get_store().get(meeting_id), get_settings().base_url))


@blueprint.get("/meetings/<meeting_id>/history")
def history(meeting_id: str) -> Response:
    check_parameters(())
    store = get_store()
    current = store.resolve(meeting_id)  # a former id (merged or re-keyed) answers as the meeting
    meeting = store.get(current).meeting
    now = {"precision": meeting.precision.value, "start": meeting.start.isoformat()}
    entries = [{**change, "summary": tell(change, **now).sentence()} for change in store.history(current)]
    return jsonify({"id": current, "history": entries})


@blueprint.get("/organisations")
@kept_until_the_store_changes
def organisations() -> Response:
    counts = get_store().org_counts(_window_query())
    return cached_json({"organisations": [{"name": name, "meetings": count} for name, count in counts]})


@blueprint.get("/countries")
@kept_until_the_store_changes
def countries() -> Response:
    counts = get_store().tag_counts("country", _window_query())
    return cached_json({"countries": [{"name": name, "meetings": count} for name, count in counts]})


@blueprint.get("/places")
@kept_until_the_store_changes
def places() -> Response:
    counts = place_choices(get_store().place_counts(_window_query()))
    return cached_json({"places": [{"name": name, "meetings": count} for name, count in counts]})


@blueprint.get("/openapi.json")
@kept_until_the_store_changes
def openapi() -> Response:
    check_parameters(())
    return cached_json(openapi_document(get_settings().base_url))
