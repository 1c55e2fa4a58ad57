"""The JSON API: upcoming meetings with filters, one meeting, its history."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, request

from diplocal.jsonview import meeting_to_json
from diplocal.query import MeetingQuery
from diplocal.web import get_settings, get_store, today

blueprint = Blueprint("api", __name__, url_prefix="/api")


@blueprint.get("/meetings")
def meetings() -> Response:
    query = MeetingQuery.from_args(request.args, today=today())
    base = get_settings().base_url
    return jsonify({"meetings": [meeting_to_json(m, base) for m in get_store().find(query)]})


@blueprint.get("/meetings/<meeting_id>")
def meeting(meeting_id: str) -> Response:
    return jsonify(meeting_to_json(get_store().get(meeting_id), get_settings().base_url))


@blueprint.get("/meetings/<meeting_id>/history")
def history(meeting_id: str) -> Response:
    store = get_store()
    current = store.resolve(meeting_id)  # a former id (merged or re-keyed) answers as the meeting
    return jsonify({"id": current, "history": store.history(current)})
