"""The server the serve benchmark loads: diplocal's app under gunicorn, plus two ceilings.

    python -m benchmarks.serve_app --db URL --port N [--workers 2]

It runs gunicorn with exactly the production settings ``diplocal serve`` uses
(:func:`diplocal.serve.gunicorn_options`), on diplocal's own app from
:func:`diplocal.web.create_app`, to which this module alone adds two constant routes, the
framework's ceiling on the same server and the same worker processes:

- ``/__bench/feed-bytes``: the bytes of ``/calendar.ics`` (rendered by the benchmark
  before the server starts, read from ``--feed-bytes FILE``) as ``text/calendar``, and no
  other work;
- ``/__bench/small``: two bytes, the ceiling for small answers (a 304, the API).

They are routes of this benchmark's app only: the product never registers them.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from flask import Flask, Response

from diplocal.serve import gunicorn_options
from diplocal.settings import Settings

FEED_BYTES = "/__bench/feed-bytes"
SMALL = "/__bench/small"


def bench_app(settings: Settings, feed: bytes) -> Flask:
    """diplocal's app with the two ceiling routes added (``feed``: the bytes of the first)."""
    from diplocal.web import create_app

    app = create_app({"SETTINGS": settings})

    def feed_bytes() -> Response:
        return Response(feed, mimetype="text/calendar")

    def small() -> Response:
        return Response(b"ok", mimetype="text/plain")

    app.add_url_rule(FEED_BYTES, "bench_feed_bytes", feed_bytes)
    app.add_url_rule(SMALL, "bench_small", small)
    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.serve_app")
    parser.add_argument("--db", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--feed-bytes", type=Path, required=True, help="The bytes the first ceiling answers with.")
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="Override a gunicorn setting (experiments)."
    )
    args = parser.parse_args(argv)
    overrides = dict(item.split("=", 1) for item in args.set)
    settings = Settings.from_env().updated(database_url=args.db)

    from gunicorn.app.base import BaseApplication

    class Application(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in {**gunicorn_options(args.host, args.port, args.workers), **overrides}.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return bench_app(settings, args.feed_bytes.read_bytes())

    Application().run()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
