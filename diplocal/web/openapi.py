"""The OpenAPI 3.1 description of the JSON API, served at ``/api/openapi.json`` (pure)."""

from __future__ import annotations

from typing import Any

from diplocal.model import DatePrecision, Status
from diplocal.query import MAX_FILTER_LENGTH, MAX_LIMIT

DEFAULT_LIMIT = 100

_NULLABLE_STRING: dict[str, Any] = {"type": ["string", "null"]}
_URL: dict[str, Any] = {"type": "string", "format": "uri"}


def _parameter(name: str, description: str, schema: dict[str, Any], example: Any = None) -> dict[str, Any]:
    # An empty value (``?to=``, as an HTML form sends an unset field) means "not given".
    parameter = {
        "name": name,
        "in": "query",
        "required": False,
        "allowEmptyValue": True,
        "description": description,
        "schema": schema,
    }
    if example is not None:
        parameter["example"] = example
    return parameter


_TEXT = {"type": "string", "maxLength": MAX_FILTER_LENGTH}
WINDOW_PARAMETERS = [
    _parameter(
        "from",
        "Meetings ending on or after this day (ISO date). Defaults to today.",
        {"type": "string", "format": "date"},
        "2022-01-01",
    ),
    _parameter(
        "to", "Meetings starting on or before this day (ISO date).", {"type": "string", "format": "date"}, "2022-01-31"
    ),
]
FILTER_PARAMETERS = [
    _parameter(
        "org",
        "Organisation by short name or another of its names, any case; its bodies' meetings included "
        "(see /api/organisations).",
        _TEXT,
        "NATO",
    ),
    _parameter(
        "country",
        "A participant country: ISO 3166 alpha-2 code or name in any language and case (RU, Russia, russia); "
        "anything else is refused (see /api/countries).",
        _TEXT,
        "RU",
    ),
    _parameter(
        "place",
        "Location as listed by /api/places, any case (Online (videoconference) or virtual for a videoconference).",
        _TEXT,
        "Brussels",
    ),
    _parameter("q", "Words that must all appear in the title, the participants or the evidence.", _TEXT, "security"),
    _parameter("status", "Only meetings with this status.", {"type": "string", "enum": [s.value for s in Status]}),
    _parameter(
        "min_confidence", "Only meetings at least this confident.", {"type": "number", "minimum": 0, "maximum": 1}, 0.5
    ),
    _parameter(
        "limit",
        f"Meetings per page (1 to {MAX_LIMIT}).",
        {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
    ),
    _parameter("cursor", "The next_cursor of the previous page; leave out for the first page.", {"type": "string"}),
]

_SOURCE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["article_id", "title", "url", "publisher", "published", "language", "evidence"],
    "properties": {
        "article_id": {"type": "string"},
        "title": _NULLABLE_STRING,
        "url": {**_NULLABLE_STRING, "description": "The article's address as the source gave it (not checked)."},
        "publisher": _NULLABLE_STRING,
        "published": {"type": ["string", "null"], "format": "date-time"},
        "language": {
            **_NULLABLE_STRING,
            "description": "The article's language (ISO 639-1: en, ru, fr, de, es, ar), as its source gave it or "
            "as detected from its text; null when not known.",
        },
        "evidence": {
            "type": "string",
            "description": "The sentence the meeting was read from, in the article's language.",
        },
    },
}

_MEETING = {
    "type": "object",
    "additionalProperties": False,
    "required": [
        "id",
        "title",
        "title_original",
        "start",
        "end",
        "end_stated",
        "precision",
        "all_day",
        "timezone",
        "local_time",
        "location",
        "participants",
        "organisations",
        "countries",
        "kind",
        "status",
        "confidence",
        "sources",
        "created",
        "updated",
        "sequence",
        "revision",
        "links",
    ],
    "properties": {
        "id": {"type": "string", "description": "Stable for the meeting's life."},
        "title": {
            "type": "string",
            "description": "In English, composed from who meets, the kind of meeting and where, whatever the "
            "language of the news.",
        },
        "title_original": {
            **_NULLABLE_STRING,
            "description": "The words that named the meeting in the article the title comes from, in that "
            "article's language (the sources' language says which); null when that article is in English or the "
            "words are not known.",
        },
        "start": {
            "type": "string",
            "description": "A date-time with the venue's offset when a time and the venue's zone are known, "
            "else a date (YYYY-MM-DD), or a month (YYYY-MM) when precision is month; as calendars get it.",
        },
        "end": {
            "type": "string",
            "description": "Written like start: for a timed meeting the end calendars get (stated, or two hours "
            "after the start); else the last day, inclusive.",
        },
        "end_stated": {
            "type": "boolean",
            "description": "True when the news gives the end; false when diplocal supplies it (two hours after a "
            "stated start, the end of the last day of a meeting over several days, or the end of a week or month).",
        },
        "precision": {"type": "string", "enum": [p.value for p in DatePrecision]},
        "all_day": {"type": "boolean", "description": "True when start and end are dates (no time, or no zone)."},
        "timezone": {**_NULLABLE_STRING, "description": "IANA zone of start and end, when the meeting is timed."},
        "local_time": {
            **_NULLABLE_STRING,
            "description": "HH:MM at the venue when the news gives a time but the venue's zone is not known "
            "(start and end are then dates, as in calendars); else null.",
        },
        "location": {
            **_NULLABLE_STRING,
            "description": "The place as the news names it, or Online (videoconference); as in calendars.",
        },
        "participants": {"type": "array", "items": {"type": "string"}},
        "organisations": {"type": "array", "items": {"type": "string"}},
        "countries": {"type": "array", "items": {"type": "string"}},
        "kind": {"type": "string"},
        "status": {"type": "string", "enum": [s.value for s in Status]},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}},
        "created": {"type": "string", "format": "date-time"},
        "updated": {"type": "string", "format": "date-time"},
        "sequence": {"type": "integer"},
        "revision": {"type": "integer"},
        "links": {
            "type": "object",
            "additionalProperties": False,
            "required": ["page", "ics", "google", "outlook"],
            "properties": {
                "page": _URL,
                "ics": {"type": ["string", "null"], "description": "Null when only the month is known."},
                "google": {"type": ["string", "null"], "description": "Null when only the month is known."},
                "outlook": {"type": ["string", "null"], "description": "Null when only the month is known."},
            },
        },
    },
}


def _choices(key: str, description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [key],
        "properties": {
            key: {
                "type": "array",
                "description": description,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["name", "meetings"],
                    "properties": {"name": {"type": "string"}, "meetings": {"type": "integer", "minimum": 1}},
                },
            }
        },
    }


SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object",
        "additionalProperties": False,
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "additionalProperties": False,
                "required": ["status", "message", "parameter"],
                "properties": {
                    "status": {"type": "integer"},
                    "message": {"type": "string", "description": "What was wrong and what would work."},
                    "parameter": {**_NULLABLE_STRING, "description": "The query parameter at fault, if any."},
                },
            }
        },
    },
    "Source": _SOURCE,
    "Meeting": _MEETING,
    "MeetingList": {
        "type": "object",
        "additionalProperties": False,
        "required": ["meetings", "next_cursor", "next"],
        "properties": {
            "meetings": {"type": "array", "items": {"$ref": "#/components/schemas/Meeting"}},
            "next_cursor": {**_NULLABLE_STRING, "description": "Pass as cursor for the next page; null on the last."},
            "next": {"type": ["string", "null"], "description": "The URL of the next page; null on the last."},
        },
    },
    "History": {
        "type": "object",
        "required": ["id", "history"],
        "properties": {
            "id": {"type": "string"},
            "history": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["revision", "changed_at"],
                    "properties": {
                        "revision": {"type": "integer"},
                        "changed_at": {"type": "string", "format": "date-time"},
                        "article_id": _NULLABLE_STRING,
                        "action": {"type": "string"},
                        "changes": {"type": "object", "description": "Each changed field: [old value, new value]."},
                        "summary": {
                            "type": "string",
                            "description": "The change in words, as the pages and /changes.atom tell it.",
                        },
                    },
                },
            },
        },
    },
    "Organisations": _choices("organisations", "Organisations with how many meetings each, by name."),
    "Countries": _choices("countries", "ISO 3166 alpha-2 codes with how many meetings each."),
    "Places": _choices("places", "Locations with how many meetings each, by name."),
}


def _error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


RESPONSES: dict[str, Any] = {
    "BadParameter": _error(
        "A parameter is unknown, repeated or has a value that cannot be used, there are too many parameters, "
        "or the path or a parameter holds a control character; the body names the parameter when there is one."
    ),
    "NotFound": _error("No meeting has this id."),
    "NotModified": {"description": "The ETag in If-None-Match still matches: nothing changed."},
    "TooLong": _error("The path or the query string is over its length limit (see SECURITY.md)."),
    "Failed": _error("The server failed (the error is logged; the body never holds a traceback)."),
    "Unavailable": _error("The database cannot be reached; retry after the Retry-After seconds."),
}


def _ok(schema: str, description: str, *, etag: bool = True) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }
    if etag:
        response["headers"] = {
            "ETag": {"description": "Send back as If-None-Match for a 304.", "schema": {"type": "string"}}
        }
    return response


def _operation(operation_id: str, summary: str, ok: dict[str, Any], parameters: list[Any], *, found: bool) -> Any:
    responses: dict[str, Any] = {"200": ok}
    if ok.get("headers"):
        responses["304"] = {"$ref": "#/components/responses/NotModified"}
    responses["400"] = {"$ref": "#/components/responses/BadParameter"}  # the limits apply to every route
    if found:
        responses["404"] = {"$ref": "#/components/responses/NotFound"}
    responses["414"] = {"$ref": "#/components/responses/TooLong"}
    responses["500"] = {"$ref": "#/components/responses/Failed"}
    responses["503"] = {"$ref": "#/components/responses/Unavailable"}
    return {"get": {"operationId": operation_id, "summary": summary, "parameters": parameters, "responses": responses}}


_ID = {"name": "meeting_id", "in": "path", "required": True, "schema": {"type": "string"}}


def openapi_document(base_url: str) -> dict[str, Any]:
    """The OpenAPI 3.1 document for the API served at ``base_url``."""
    window = "Filter choices among meetings in the window (from defaults to today), to fill a form."
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "diplocal",
            "version": "1",
            "summary": "Upcoming diplomatic meetings read from the news, with their sources.",
            "description": 'Every error has the body {"error": {"status", "message", "parameter"}}. '
            "Unknown or repeated query parameters are refused with 400, so a misspelt filter never "
            "silently returns everything. Responses allow any origin (CORS) and carry an ETag.",
        },
        "servers": [{"url": base_url}],
        "paths": {
            "/api/meetings": _operation(
                "listMeetings",
                "Meetings in a window of days, filtered, sorted by start then id, in pages.",
                _ok("MeetingList", "One page of meetings."),
                [*WINDOW_PARAMETERS, *FILTER_PARAMETERS],
                found=False,
            ),
            "/api/meetings/{meeting_id}": _operation(
                "getMeeting", "One meeting with all its sources.", _ok("Meeting", "The meeting."), [_ID], found=True
            ),
            "/api/meetings/{meeting_id}/history": _operation(
                "getMeetingHistory",
                "How the meeting changed, oldest first.",
                _ok("History", "The meeting's revisions.", etag=False),
                [_ID],
                found=True,
            ),
            "/api/organisations": _operation(
                "listOrganisations", window, _ok("Organisations", "Organisations."), WINDOW_PARAMETERS, found=False
            ),
            "/api/countries": _operation(
                "listCountries", window, _ok("Countries", "Countries."), WINDOW_PARAMETERS, found=False
            ),
            "/api/places": _operation("listPlaces", window, _ok("Places", "Places."), WINDOW_PARAMETERS, found=False),
            "/api/openapi.json": {
                "get": {
                    "operationId": "getOpenAPI",
                    "summary": "This document.",
                    "responses": {
                        "200": {"description": "The OpenAPI document.", "content": {"application/json": {}}},
                        "400": {"$ref": "#/components/responses/BadParameter"},
                        "414": {"$ref": "#/components/responses/TooLong"},
                    },
                }
            },
        },
        "components": {"schemas": SCHEMAS, "responses": RESPONSES},
    }
    _add_ingest_routes(document)
    return document


def _add_ingest_routes(document: dict[str, Any]) -> None:
    """The feed-health and article-posting routes, described beside their blueprint."""
    from diplocal.web import ingest_api

    clashes = set(ingest_api.OPENAPI_SCHEMAS) & set(document["components"]["schemas"])
    if clashes:  # a programming error: one name would silently replace the other's schema
        raise RuntimeError(f"OpenAPI schema names used twice: {sorted(clashes)}")
    document["paths"].update(ingest_api.OPENAPI_PATHS)
    document["components"]["schemas"] = {**document["components"]["schemas"], **ingest_api.OPENAPI_SCHEMAS}
    document["components"]["securitySchemes"] = ingest_api.OPENAPI_SECURITY
