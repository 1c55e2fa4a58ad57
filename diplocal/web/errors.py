"""One error shape for every JSON client: ``{"error": {"status", "message", "parameter"}}``."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from diplocal.errors import DiplocalError, InvalidParameter, StoreUnavailable, UnknownMeeting


def error_response(status: int, message: str, parameter: str | None = None) -> Response:
    response = jsonify({"error": {"status": status, "message": message, "parameter": parameter}})
    response.status_code = status
    return response


def _wants_json() -> bool:
    return (
        request.path.startswith("/api/")
        or request.path.endswith(".ics")
        or request.accept_mimetypes.best == "application/json"
    )


def init_app(app: Flask) -> None:
    """Register handlers so no JSON client ever gets an HTML page or a traceback."""

    @app.errorhandler(InvalidParameter)
    def bad_parameter(error: InvalidParameter) -> Any:
        return error_response(400, str(error), error.parameter)

    @app.errorhandler(UnknownMeeting)
    def unknown(error: UnknownMeeting) -> Any:
        return error_response(404, str(error))

    @app.errorhandler(StoreUnavailable)
    def unavailable(error: StoreUnavailable) -> Any:
        response = error_response(503, str(error))
        response.headers["Retry-After"] = "30"
        return response

    @app.errorhandler(DiplocalError)
    def other(error: DiplocalError) -> Any:
        return error_response(400, str(error))

    @app.errorhandler(HTTPException)
    def http(error: HTTPException) -> Any:
        if not _wants_json():
            return error
        return error_response(error.code or 500, error.description or error.name)

    @app.errorhandler(Exception)
    def crash(error: Exception) -> Any:
        app.logger.exception("unhandled error on %s", request.path)
        return error_response(500, "internal error; it has been logged")
