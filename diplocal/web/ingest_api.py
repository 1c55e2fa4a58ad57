"""Articles pushed by newsroom pipelines (``POST /api/articles``) and the health of watched feeds."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Response, current_app, jsonify, request

from diplocal.errors import UnknownPublicationDate, UnreadableArticle
from diplocal.fetch import AddressNotAllowed, Fetcher, FetchFailed, FetchPolicy
from diplocal.ingest import prepare
from diplocal.model import SUPPORTED_YEARS, Article
from diplocal.render.jsonview import meeting_to_json
from diplocal.sources import page_reader
from diplocal.sources.files import article_from_json
from diplocal.store import feed_state
from diplocal.web.context import get_settings, get_store
from diplocal.web.errors import error_response
from diplocal.web.params import check_parameters

blueprint = Blueprint("ingest_api", __name__, url_prefix="/api")

MAX_BODY_BYTES = 1024 * 1024  # one article; override with app.config["MAX_ARTICLE_POST_BYTES"]
# One request's extraction stays within a second or two: a news article is a few thousand
# words, and 100,000 characters is about 15,000.
MAX_TEXT_CHARS = 100_000
_OVERRIDES = ("title", "publisher", "language", "dateline")
SERVER_FETCH = FetchPolicy(timeout=15.0, retries=1, backoff=1.0)


@blueprint.get("/sources")
def sources() -> Response:
    """Every watched feed with its last success, last error and entries seen."""
    check_parameters(())  # a typo must not pass silently, as on every API route
    return jsonify({"sources": [state.to_json() for state in feed_state.list_feeds(get_store())]})


@blueprint.post("/articles")
def post_article() -> Response:
    """Store one article (given whole, or as a URL to fetch) and answer with its meetings."""
    refused = _check_token()
    if refused is not None:
        return refused
    limit = int(current_app.config.get("MAX_ARTICLE_POST_BYTES", MAX_BODY_BYTES))
    if request.content_length is not None and request.content_length > limit:
        return error_response(413, f"the request body is {request.content_length} bytes, over the {limit}-byte limit")
    # A body sent without Content-Length (chunked) is read up to one byte past the limit:
    # werkzeug stops there quietly, and the extra byte tells an oversized body from a full one.
    request.max_content_length = limit + 1
    data = request.get_data(cache=False)
    if len(data) > limit:
        return error_response(413, f"the request body is over the {limit}-byte limit")
    try:
        payload = json.loads(data or b"null")
    except (ValueError, UnicodeDecodeError) as error:
        return error_response(400, f"the request body is not JSON ({error})")
    except RecursionError:
        return error_response(400, "the request body is not JSON this server reads (nested too deeply)")
    if not isinstance(payload, dict):
        return error_response(400, "the request body must be a JSON object with title and text, or with a url")
    refused = _refuse_fields(payload)
    if refused is not None:
        return refused
    try:
        article = _article(payload)
    except AddressNotAllowed as error:
        return error_response(
            400, f"url {payload['url'][:200]!r} is not fetched: {error.message} ({error.hint})", "url"
        )
    except FetchFailed as error:
        return error_response(502, f"the page could not be fetched: {error}")
    except UnreadableArticle as error:
        return error_response(422 if "url" in payload and "text" not in payload else 400, str(error))
    most = int(current_app.config.get("MAX_ARTICLE_TEXT_CHARS", MAX_TEXT_CHARS))
    if len(article.text) > most:
        fetched = "text" not in payload
        return error_response(
            422 if fetched else 413,
            f"the {'fetched page' if fetched else 'article'} text is {len(article.text)} characters long, "
            f"over the {most}-character limit for one article",
            None if fetched else "text",
        )
    store = get_store()
    try:
        settled, found = prepare(article)
    except UnknownPublicationDate as error:
        return error_response(422, str(error), "published")
    result = store.ingest(settled, found, digest=article.content_hash())
    base = get_settings().base_url
    response = jsonify(
        {
            "article": {
                "id": settled.id,
                "title": settled.title,
                "url": settled.url,
                "publisher": settled.publisher,
                "published": settled.published.isoformat() if settled.published else None,
                "published_inferred_from": settled.published_basis,
                "language": settled.language,
            },
            "stored": "unchanged" if result.unchanged else "stored",
            "meetings": [meeting_to_json(stored, base) for stored in store.meetings_of_article(settled.id)],
        }
    )
    response.status_code = 200 if result.unchanged else 201
    return response


def _check_token() -> Response | None:
    """None when the request carries the configured bearer token, else the refusal to send."""
    token = (get_settings().api_token or "").strip()  # a stray newline in the variable must not lock everyone out
    if not token:
        return error_response(
            403, "posting articles is turned off on this server: set DIPLOCAL_API_TOKEN to turn it on"
        )
    scheme, _, given = (request.headers.get("Authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        response = error_response(401, "this endpoint needs the header Authorization: Bearer <token>")
        response.headers["WWW-Authenticate"] = 'Bearer realm="diplocal"'
        return response
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        response = error_response(401, "the bearer token is not the one this server was given")
        response.headers["WWW-Authenticate"] = 'Bearer realm="diplocal", error="invalid_token"'
        return response
    return None


def _refuse_fields(payload: dict[str, Any]) -> Response | None:
    """The 400 for a field no article can hold, or None: a NUL character (no database text
    holds one), an id that is not a string, or a url to fetch that is not an http(s) address."""
    for key, value in payload.items():
        if isinstance(value, str) and "\x00" in value:
            return error_response(400, f"{key[:80]!r} holds a NUL character (U+0000); remove it", key[:80])
    if payload.get("id") is not None and not isinstance(payload["id"], str):
        return error_response(400, f'"id" must be a string, not {type(payload["id"]).__name__}', "id")
    url = payload.get("url")
    if "text" not in payload and isinstance(url, str):
        try:
            parts = urlsplit(url.strip())
            fetchable = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
        except ValueError:  # e.g. "http://[::1": not a URL at all
            fetchable = False
        if not fetchable:
            return error_response(400, f"url {url[:200]!r} is not an http(s) address to fetch", "url")
    return None


def _article(payload: dict[str, Any]) -> Article:
    """The article a request describes. Raises :class:`DiplocalError` subclasses."""
    where = "request body"
    if "text" not in payload and isinstance(payload.get("url"), str):
        page = page_reader(_fetcher())(payload["url"])
        # What the request says wins over what the page says: the pipeline knows its article.
        given = article_from_json({**payload, "text": page.text}, where=where, iso_only=True)
        changes: dict[str, Any] = {key: getattr(given, key) for key in _OVERRIDES if payload.get(key)}
        if given.published is not None:
            changes.update(published=given.published, published_basis=None)
        return replace(page, **changes)
    row = dict(payload)
    if row.get("id") is None and not row.get("url"):
        digest = hashlib.sha256(f"{row.get('title')}\x1f{row.get('text')}".encode()).hexdigest()[:16]
        row["id"] = f"post:{digest}"
    return replace(article_from_json(row, where=where, iso_only=True), source="POST /api/articles")


def _fetcher() -> Fetcher:
    """The fetcher of a request: public addresses only (and the hosts the operator allows),
    whatever fetcher the app was configured with (tests give one with shorter waits)."""
    configured = current_app.config.get("FETCHER")
    fetcher = configured if isinstance(configured, Fetcher) else Fetcher(SERVER_FETCH)
    allowed = get_settings().fetch_allowed_hosts
    return fetcher.with_policy(replace(fetcher.policy, public_only=True, allowed_hosts=allowed))


def _error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


_NULLABLE = {"type": ["string", "null"]}
_MOMENT = {"type": ["string", "null"], "format": "date-time"}

OPENAPI_SCHEMAS: dict[str, Any] = {
    "FeedSource": {
        "type": "object",
        "additionalProperties": False,
        "required": ["url", "healthy", "last_success", "last_error", "entries_seen"],
        "properties": {
            "url": {"type": "string"},
            "title": _NULLABLE,
            "healthy": {"type": "boolean", "description": "False while the last poll failed."},
            "last_polled": _MOMENT,
            "last_status": {"type": ["integer", "null"], "description": "HTTP status of the last answer."},
            "last_success": _MOMENT,
            "last_error": {**_NULLABLE, "description": "Why the last failed poll failed, one line."},
            "last_error_at": _MOMENT,
            "errors_in_row": {"type": "integer", "minimum": 0},
            "entries_seen": {"type": "integer", "minimum": 0},
            "entries_ingested": {"type": "integer", "minimum": 0},
            "etag": _NULLABLE,
            "last_modified": _NULLABLE,
        },
    },
    "FeedSourceList": {
        "type": "object",
        "additionalProperties": False,
        "required": ["sources"],
        "properties": {"sources": {"type": "array", "items": {"$ref": "#/components/schemas/FeedSource"}}},
    },
    "ArticleIn": {
        "type": "object",
        "description": "An article (text required), or only a url of an article page to fetch. "
        "A field given as null counts as not given.",
        "properties": {
            "title": _NULLABLE,
            "text": {"type": "string"},
            "published": {**_NULLABLE, "description": "ISO 8601; a zone-less time is UTC."},
            "url": {"type": ["string", "null"], "format": "uri"},
            "publisher": _NULLABLE,
            "language": _NULLABLE,
            "dateline": _NULLABLE,
            "id": {**_NULLABLE, "description": "Defaults to the url, else a digest of title and text."},
        },
    },
    "ArticleStored": {
        "type": "object",
        "additionalProperties": False,
        "required": ["article", "stored", "meetings"],
        "properties": {
            "article": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "title", "url", "publisher", "published", "published_inferred_from", "language"],
                "properties": {
                    "id": {"type": "string"},
                    "title": {"type": "string"},
                    "url": _NULLABLE,
                    "publisher": _NULLABLE,
                    "published": _MOMENT,
                    "published_inferred_from": {**_NULLABLE, "description": "null when the date came from metadata."},
                    "language": {"type": "string"},
                },
            },
            "stored": {"enum": ["stored", "unchanged"]},
            "meetings": {"type": "array", "items": {"$ref": "#/components/schemas/Meeting"}},
        },
    },
}
"""Component schemas of this blueprint's routes, for the API document."""

OPENAPI_SECURITY: dict[str, Any] = {"bearer": {"type": "http", "scheme": "bearer"}}

OPENAPI_PATHS: dict[str, Any] = {
    "/api/sources": {
        "get": {
            "operationId": "listSources",
            "summary": "Watched feeds and their health: last success, last error, entries seen.",
            "parameters": [],
            "responses": {
                "200": {
                    "description": "The feeds `diplocal watch` polls, sorted by URL.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/FeedSourceList"}}},
                },
                "400": {"$ref": "#/components/responses/BadParameter"},
                "414": {"$ref": "#/components/responses/TooLong"},
                "500": {"$ref": "#/components/responses/Failed"},
                "503": {"$ref": "#/components/responses/Unavailable"},
            },
        }
    },
    "/api/articles": {
        "post": {
            "operationId": "postArticle",
            "summary": "Store an article (or the article page at a url) and answer with the meetings found in it.",
            "description": "Needs `Authorization: Bearer <DIPLOCAL_API_TOKEN>`; turned off (403) on a server "
            f"without a token. Bodies over {MAX_BODY_BYTES} bytes are refused (413).",
            "security": [{"bearer": []}],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleIn"}}},
            },
            "responses": {
                "201": {
                    "description": "Stored: the article as read, and the stored meetings it is a source of.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleStored"}}},
                },
                "200": {
                    "description": "The same article was stored before; nothing changed.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ArticleStored"}}},
                },
                "400": _error(
                    "The body is not JSON, or not an article (a field holds a NUL character, a url to fetch "
                    f"is not http(s), published is not ISO 8601 or outside the years {SUPPORTED_YEARS.start} to "
                    f"{SUPPORTED_YEARS.stop - 1}), or the url (or a redirect from it) leads to an address this "
                    "server does not fetch from (loopback, private, link-local, multicast); the message says "
                    "what is wrong."
                ),
                "401": _error("No bearer token, or not the one configured (see WWW-Authenticate)."),
                "403": _error("Posting is off: the server has no DIPLOCAL_API_TOKEN."),
                "413": _error(f"The body is over the size limit, or the text over {MAX_TEXT_CHARS} characters."),
                "414": {"$ref": "#/components/responses/TooLong"},
                "422": _error(
                    "No publication date can be settled, or the fetched page holds no article (or one over "
                    "the text limit)."
                ),
                "502": _error("The url to fetch could not be fetched."),
                "500": {"$ref": "#/components/responses/Failed"},
                "503": {"$ref": "#/components/responses/Unavailable"},
            },
        }
    },
}
"""This blueprint's routes in OpenAPI 3.1 terms, merged into /api/openapi.json."""
