"""Running the app under gunicorn (production) or Flask's development server."""

from __future__ import annotations

from typing import Any

from diplocal.settings import Settings


def gunicorn_options(host: str, port: int, workers: int) -> dict[str, Any]:
    """The documented production settings (see README, "Running in production", and
    benchmarks/README.md for the measurements behind them).

    One thread per worker: the app is CPU-bound, and a thread waiting on the database hands
    the GIL to its siblings and waits to get it back, which made a 304 cost 1.9 ms of CPU with
    4 threads against 1.3 ms with one. Concurrency comes from processes (``workers``) and
    keep-alive connections are still held by the gthread worker's poller. Workers are
    recycled after about 100,000 requests (not 10,000): each recycle boots a process and
    empties its feed cache, which under load happened every few seconds.
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
    }


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
