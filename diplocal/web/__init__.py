"""The Flask app: feeds, the JSON API and the pages, built by :func:`create_app`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask

from diplocal.settings import Settings
from diplocal.web import api, cache, changes, context, errors, feeds, headers, ingest_api, limits, month, pages
from diplocal.web.context import get_settings, get_store, today
from diplocal.web.headers import DATA_POLICY, PAGE_POLICY

__all__ = ["DATA_POLICY", "PAGE_POLICY", "create_app", "get_settings", "get_store", "today"]


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """A configured app. Settings come from ``DIPLOCAL_*`` variables unless ``test_config``
    gives ``SETTINGS`` (a :class:`Settings`); ``CLOCK`` (a callable returning an aware
    ``datetime``) freezes "today" for tests.
    """
    app = Flask(__name__)
    config = dict(test_config or {})
    settings = config.pop("SETTINGS", None) or Settings.from_env()
    app.config.update(JSON_SORT_KEYS=False)
    app.config.update(config)
    context.init_app(app, settings)
    errors.init_app(app)
    cache.init_app(app)
    limits.init_app(app)
    headers.init_app(app)
    blueprints = (feeds, api, pages, month, changes, ingest_api)
    for module in blueprints:
        app.register_blueprint(module.blueprint)
    return app
