"""The Flask app: feeds, the JSON API and the pages, built by :func:`create_app`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from flask import Flask, current_app

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

    from diplocal.web import api, errors, feeds, ingest_api, pages

    errors.init_app(app)
    app.register_blueprint(feeds.blueprint)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(ingest_api.blueprint)
    return app


def get_store() -> Store:
    store: Store = current_app.extensions["diplocal.store"]
    return store


def get_settings() -> Settings:
    settings: Settings = current_app.config["SETTINGS"]
    return settings


def today() -> date:
    clock: Callable[[], datetime] = current_app.config["CLOCK"]
    return clock().date()
