"""Running the app under gunicorn (production) or Flask's development server."""

from __future__ import annotations

from typing import Any

from diplocal.settings import Settings


def gunicorn_options(host: str, port: int, workers: int) -> dict[str, Any]:
    """The documented production settings (see README, "Running in production")."""
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": 4,
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        "max_requests": 10000,
        "max_requests_jitter": 500,
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
