"""Running the app under gunicorn (production) or Flask's development server."""

from __future__ import annotations

import logging
import time
from typing import Any

from diplocal.settings import Settings

# What a new worker asks itself for before it takes requests (see warm_up).
WARM_PATHS = ("/calendar.ics", "/", "/api/meetings")


def gunicorn_options(host: str, port: int, workers: int) -> dict[str, Any]:
    """The documented production settings (see README, "Running in production", and
    benchmarks/README.md for the measurements behind them).

    One thread per worker: the app is CPU-bound, and a thread waiting on the database hands
    the GIL to its siblings and waits to get it back, which made a 304 cost 1.9 ms of CPU with
    4 threads against 1.3 ms with one. Concurrency comes from processes (``workers``) and
    keep-alive connections are still held by the gthread worker's poller. Workers are
    recycled after about 100,000 requests (not 10,000): each recycle boots a process and
    empties its caches, which under load happened every few seconds; and a new worker warms
    its caches (:func:`warm_up`) before it takes a request.
    """
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": 1,
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        "max_requests": 100_000,
        "max_requests_jitter": 10_000,
        "accesslog": "-",
        "post_worker_init": _warm_worker,
    }


def warm_up(app: Any, log: logging.Logger | Any) -> dict[str, int]:
    """Ask ``app`` for the main feed, the page and the API's first page once, so that the
    first subscribers of a new or recycled worker do not wait for a cold render (the store
    read, the VTIMEZONE rules: seconds for a large store). The answers' statuses by path,
    logged; a failure is logged too and the worker serves all the same (it answers 503
    until the database is back, as it would have).
    """
    started = time.monotonic()
    client = app.test_client()
    statuses: dict[str, int] = {}
    for path in WARM_PATHS:
        try:
            statuses[path] = client.get(path).status_code
        except Exception:  # warming is best effort: a worker must boot whatever happens
            log.warning("warming %s failed", path, exc_info=True)
            statuses[path] = 0
    answers = ", ".join(f"{path} {status}" for path, status in statuses.items())
    if all(status == 200 for status in statuses.values()):
        log.info("worker warmed in %.2f s: %s", time.monotonic() - started, answers)
    else:
        log.warning("worker warm-up answered: %s (it serves all the same)", answers)
    return statuses


def _warm_worker(worker: Any) -> None:
    """gunicorn's post_worker_init hook: the worker has loaded the app, not yet accepted."""
    warm_up(worker.wsgi, worker.log)


def run(settings: Settings, *, host: str, port: int, workers: int, dev: bool) -> None:
    """Serve until interrupted."""
    from diplocal.web import create_app

    if dev:
        create_app({"SETTINGS": settings}).run(host=host, port=port, debug=False)
        return

    from gunicorn.app.base import BaseApplication

    class Application(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in gunicorn_options(host, port, workers).items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return create_app({"SETTINGS": settings})

    Application().run()
