"""What a view reaches from its request: the app's store, its settings and "today".

Modelled on flaskr's ``db.py``: :func:`init_app` opens what the app holds for its life, and
views reach it through :func:`get_store`, :func:`get_settings` and :func:`today`. This module
imports no view, so every blueprint imports it without an import cycle.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from flask import Flask, current_app

from diplocal.settings import Settings
from diplocal.store import Store

STORE = "diplocal.store"


def init_app(app: Flask, settings: Settings) -> None:
    """Give ``app`` its settings, a real clock unless one is configured, and its store."""
    app.config["SETTINGS"] = settings
    app.config.setdefault("CLOCK", lambda: datetime.now(UTC))
    app.extensions[STORE] = Store.open(settings.database_url)


def get_store() -> Store:
    """The app's store (one per app: its engine pools the connections)."""
    store: Store = current_app.extensions[STORE]
    return store


def get_settings() -> Settings:
    settings: Settings = current_app.config["SETTINGS"]
    return settings


def today() -> date:
    """The day the app serves for: the configured clock's (tests freeze it)."""
    clock: Callable[[], datetime] = current_app.config["CLOCK"]
    return clock().date()
