"""A new gunicorn worker warms its caches before it takes a request (diplocal.serve.warm_up)."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from flask import Flask
from test_browser import free_port
from webdata import fill_all

from diplocal.feeds import FeedCache
from diplocal.serve import WARM_PATHS, gunicorn_options, warm_up
from diplocal.store import Store


def _renders(app: Flask) -> int:
    cache: FeedCache = app.extensions["diplocal.feed_cache"]
    return cache.renders


def test_warm_up_renders_the_feed_once_and_requests_then_find_it_ready(app: Flask, store: Store) -> None:
    fill_all(store)
    statuses = warm_up(app, logging.getLogger("test"))
    assert statuses == dict.fromkeys(WARM_PATHS, 200)
    assert _renders(app) == 1
    assert app.test_client().get("/calendar.ics").status_code == 200
    assert _renders(app) == 1  # the subscriber's request found it rendered


def test_warm_up_never_stops_a_worker_from_booting(caplog: pytest.LogCaptureFixture) -> None:
    broken = Flask("broken")

    @broken.get("/calendar.ics")
    def fails() -> str:
        raise RuntimeError("the store exploded")

    with caplog.at_level(logging.WARNING):
        statuses = warm_up(broken, logging.getLogger("test"))
    assert statuses["/calendar.ics"] == 500
    assert statuses["/"] == 404
    assert "worker warm-up answered: /calendar.ics 500, / 404" in caplog.text


def test_the_production_settings_warm_each_worker() -> None:
    assert gunicorn_options("127.0.0.1", 8000, 2)["post_worker_init"].__name__ == "_warm_worker"


def test_gunicorn_workers_start_warm(tmp_path: Path) -> None:
    """The real thing: under `diplocal serve`, the worker says it is warm before its first
    request is logged."""
    db = f"sqlite:///{tmp_path / 'diplocal.db'}"
    store = Store.open(db)
    fill_all(store)
    store.close()
    port = free_port()
    log = tmp_path / "serve.log"
    environment = {**os.environ, "DIPLOCAL_DATABASE_URL": db}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "diplocal"), "serve", "--port", str(port), "--workers", "1"],
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=environment,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/calendar.ics", timeout=5) as response:
                    assert response.status == 200
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"diplocal serve did not answer:\n{log.read_text()}")
                time.sleep(0.3)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    text = log.read_text()
    warmed = text.find("worker warmed in")
    first_request = text.find('"GET /calendar.ics')
    assert warmed != -1, text
    assert "/calendar.ics 200, / 200, /api/meetings 200" in text
    assert first_request > warmed, text
