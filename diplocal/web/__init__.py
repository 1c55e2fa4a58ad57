"""The Flask app: feeds, the JSON API and the pages, built by :func:`create_app`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from flask import Flask, Response, current_app, request

from diplocal.settings import Settings
from diplocal.store import Store


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """A configured app. Settings come from ``DIPLOCAL_*`` variables unless ``test_config``
    gives ``SETTINGS`` (a :class:`Settings`); ``CLOCK`` (a callable returning an aware
    ``datetime``) freezes "today" for tests.
    """
    app = Flask(__name__)
    config = dict(test_config or {})
    settings = config.pop("SETTINGS", None) or Settings.from_env()
    app.config.update(SETTINGS=settings, CLOCK=lambda: datetime.now(UTC), JSON_SORT_KEYS=False)
    app.config.update(config)
    app.extensions["diplocal.store"] = Store.open(settings.database_url)

    from diplocal.web import api, cache, changes, errors, feeds, ingest_api, limits, pages

    errors.init_app(app)
    cache.init_app(app)
    limits.init_app(app)
    app.register_blueprint(feeds.blueprint)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(changes.blueprint)
    app.register_blueprint(ingest_api.blueprint)
    app.after_request(_security_headers)
    return app


# Pages load scripts and styles only from static files: no inline code, no third parties.
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
DATA_POLICY = "default-src 'none'; frame-ancestors 'none'"


def _security_headers(response: Response) -> Response:
    """Security headers on everything; CORS (read-only, any origin) on the JSON API."""
    html = response.mimetype == "text/html"
    response.headers.setdefault("Content-Security-Policy", PAGE_POLICY if html else DATA_POLICY)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
    if request.path.startswith("/api/"):
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = "ETag, Link, Retry-After"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "If-None-Match"
            response.headers["Access-Control-Max-Age"] = "86400"
    return response


def get_store() -> Store:
    store: Store = current_app.extensions["diplocal.store"]
    return store


def get_settings() -> Settings:
    settings: Settings = current_app.config["SETTINGS"]
    return settings


def today() -> date:
    clock: Callable[[], datetime] = current_app.config["CLOCK"]
    return clock().date()
