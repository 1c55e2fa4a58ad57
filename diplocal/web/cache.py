"""Whole answers of the read-only views, kept per process until the store changes.

A view decorated with :func:`kept_until_the_store_changes` is run once per store version,
day, path and query string; the same request again is answered from memory, and with a 304
when the client's ``If-None-Match`` matches. Only 200 answers are kept (an error is worked
out again each time), within a budget of entries and bytes, least recently used first out.
Like :class:`diplocal.feeds.FeedCache`, this asks the store for its version on every
request, so nothing stale is ever served.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import wraps
from typing import Any

from flask import Flask, Response, current_app, request

from diplocal.web.context import get_store, today

MAX_ENTRIES = 256
MAX_BYTES = 32 * 1024 * 1024  # per worker process
_NOT_IN_304 = frozenset({"content-type", "content-length"})


@dataclass(frozen=True, slots=True)
class KeptAnswer:
    """A 200 answer's bytes and headers, with the strong entity tag over the bytes."""

    body: bytes
    headers: tuple[tuple[str, str], ...]
    etag: str


class ResponseCache:
    """Kept answers, at most ``max_entries`` of them and ``max_bytes`` of bodies."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.size = 0
        self.misses = 0  # answers worked out (for tests and benchmarks)
        self._entries: OrderedDict[tuple[object, ...], KeptAnswer] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> KeptAnswer | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], answer: KeptAnswer) -> None:
        if len(answer.body) > self.max_bytes:
            return
        with self._lock:
            self.misses += 1
            previous = self._entries.pop(key, None)
            if previous is not None:
                self.size -= len(previous.body)
            self._entries[key] = answer
            self.size += len(answer.body)
            while len(self._entries) > self.max_entries or self.size > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self.size -= len(dropped.body)


def init_app(app: Flask) -> None:
    app.extensions.setdefault("diplocal.response_cache", ResponseCache())


def response_cache() -> ResponseCache:
    cache: ResponseCache = current_app.extensions["diplocal.response_cache"]
    return cache


def kept_until_the_store_changes(view: Callable[..., Any]) -> Callable[..., Response]:
    """Decorate a GET view whose answer depends only on the store, the day and the URL."""

    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Response:
        cache = response_cache()
        key = (
            request.endpoint,
            get_store().version(),
            today(),
            request.script_root,
            request.path,
            request.query_string,
        )
        answer = cache.get(key)
        if answer is None:
            response = current_app.make_response(view(*args, **kwargs))
            if response.status_code != 200 or response.is_streamed:
                return response
            body = response.get_data()
            etag = response.get_etag()[0] or hashlib.sha256(body).hexdigest()[:32]
            response.set_etag(etag)
            answer = KeptAnswer(body, tuple(response.headers.items()), etag)
            cache.put(key, answer)
        if unchanged(answer.etag):
            kept = [(name, value) for name, value in answer.headers if name.lower() not in _NOT_IN_304]
            return Response(b"", status=304, headers=kept)
        return Response(answer.body, headers=answer.headers)

    return wrapper


def unchanged(etag: str, last_modified: datetime | None = None) -> bool:
    """True when the request's validators match (GET and HEAD only): ``If-None-Match`` by weak
    comparison, else ``If-Modified-Since`` against ``last_modified`` (RFC 9110, 13.2.2)."""
    if request.method not in ("GET", "HEAD"):
        return False
    if request.headers.get("If-None-Match") is not None:
        return request.if_none_match.contains_weak(etag)
    since = request.if_modified_since
    return since is not None and last_modified is not None and last_modified.replace(microsecond=0) <= since
