"""One error shape for every JSON client: ``{"error": {"status", "message", "parameter"}}``.

Pages get the same message as an HTML page instead; nobody ever gets a traceback.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Flask, Response, render_template, request
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound

from diplocal.errors import (
    DiplocalError,
    InvalidParameter,
    StoreError,
    StoreUnavailable,
    StoreUnwritable,
    UnknownMeeting,
)
from diplocal.store.connection import store_error

JSON_TYPE = "application/json"


def json_response(data: Any, status: int = 200) -> Response:
    """``data`` as a compact UTF-8 JSON response, keys in the order they were built."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Response(body, status=status, content_type=JSON_TYPE)


def error_response(status: int, message: str, parameter: str | None = None) -> Response:
    """The one JSON error body."""
    return json_response({"error": {"status": status, "message": message, "parameter": parameter}}, status)


def wants_json() -> bool:
    """True for API, calendar and feed-reader clients, and for anyone who asks for JSON first."""
    path = request.path
    if path == "/api" or path.startswith("/api/") or path.endswith((".ics", ".atom")):
        return True
    accept = request.accept_mimetypes
    return accept.quality(JSON_TYPE) > accept.quality("text/html")


def respond(status: int, message: str, parameter: str | None = None, headers: dict[str, str] | None = None) -> Response:
    """An error as JSON or as an HTML page, whichever the client reads."""
    if wants_json():
        response = error_response(status, message, parameter)
    else:
        html = render_template("error.html", status=status, message=message, parameter=parameter)
        response = Response(html, status=status, content_type="text/html; charset=utf-8")
    response.headers.update(headers or {})
    return response


def _http_message(error: HTTPException) -> str:
    if isinstance(error, NotFound):
        if wants_json():
            return f"no API route is {request.path} (the routes are listed at /api/openapi.json)"
        return f"there is no page at {request.path}"
    if isinstance(error, MethodNotAllowed):
        allowed = ", ".join(sorted(error.valid_methods or ["GET"]))
        return f"method {request.method} is not allowed on {request.path} (use {allowed})"
    return error.description or error.name


def init_app(app: Flask) -> None:
    """Register handlers so no JSON client ever gets an HTML page or a traceback."""

    @app.errorhandler(InvalidParameter)
    def bad_parameter(error: InvalidParameter) -> Response:
        return respond(400, str(error), error.parameter)

    @app.errorhandler(UnknownMeeting)
    def unknown(error: UnknownMeeting) -> Response:
        return respond(404, str(error))

    @app.errorhandler(StoreUnavailable)
    def unavailable(error: StoreUnavailable) -> Response:
        app.logger.warning("store unavailable on %s: %s", request.path, error)
        return respond(
            503, "the database cannot be reached right now; try again shortly", headers={"Retry-After": "30"}
        )

    @app.errorhandler(StoreUnwritable)
    def unwritable(error: StoreUnwritable) -> Response:
        app.logger.error("store cannot be written on %s: %s", request.path, error)
        return respond(
            503,
            "the database cannot be written right now (read-only or out of space); try again later",
            headers={"Retry-After": "300"},
        )

    @app.errorhandler(StoreError)
    def store_failed(error: StoreError) -> Response:
        app.logger.error("store error on %s: %s", request.path, error)
        return respond(500, "the database failed; the error has been logged")

    @app.errorhandler(SQLAlchemyError)
    def database(error: SQLAlchemyError) -> Response:
        # Code that reached the database without the store's Transaction: classify it the same way.
        found = store_error(error)
        if isinstance(found, StoreUnwritable):
            return unwritable(found)
        if isinstance(found, StoreUnavailable):
            return unavailable(found)
        return store_failed(found)

    @app.errorhandler(DiplocalError)
    def other(error: DiplocalError) -> Response:
        return respond(400, str(error), getattr(error, "parameter", None))

    @app.errorhandler(HTTPException)
    def http(error: HTTPException) -> Response:
        headers = {}
        if isinstance(error, MethodNotAllowed) and error.valid_methods:
            headers["Allow"] = ", ".join(sorted(error.valid_methods))
        return respond(error.code or 500, _http_message(error), headers=headers)

    @app.errorhandler(Exception)
    def crash(error: Exception) -> Response:
        app.logger.exception("unhandled error on %s", request.path)
        return respond(500, "internal error; it has been logged")
