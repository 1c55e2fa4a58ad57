"""Limits on what one request may carry, checked before any route runs.

Each refusal is a clear 4xx in the shared error shape, so an oversized or malformed request
never reaches the store: a path or query string too long (414), too many query parameters
(400), a control character such as NUL in the path or a parameter (400; no stored text holds
one, and PostgreSQL refuses them outright), a body too large (413). Each filter's own length
is checked where it is read (:data:`diplocal.query.MAX_FILTER_LENGTH`).
"""

from __future__ import annotations

import re

from flask import Flask, Response, request

from diplocal.web.errors import respond

MAX_PATH_BYTES = 1024  # the decoded path, UTF-8; meeting ids and feed names are far shorter
MAX_QUERY_BYTES = 2048  # the raw query string, as sent (gunicorn's whole request line stops at 4094)
MAX_PARAMETERS = 20  # the widest route takes 10
MAX_BODY_BYTES = 1024 * 1024  # any body; POST /api/articles has its own limit (the same by default)

# C0 controls but tab, line feed and carriage return (harmless whitespace in a search), and DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def refusal() -> Response | None:
    """The error response for a request over a limit, or None to let it through."""
    path_bytes = len(request.path.encode("utf-8", "surrogatepass"))
    if path_bytes > MAX_PATH_BYTES:
        return respond(414, f"the path is {path_bytes} bytes long, over the {MAX_PATH_BYTES}-byte limit")
    if len(request.query_string) > MAX_QUERY_BYTES:
        return respond(
            414,
            f"the query string is {len(request.query_string)} bytes long, over the {MAX_QUERY_BYTES}-byte limit "
            "(shorten the filters)",
        )
    pairs = list(request.args.items(multi=True))
    if len(pairs) > MAX_PARAMETERS:
        return respond(400, f"the request has {len(pairs)} query parameters; at most {MAX_PARAMETERS} are read")
    if _CONTROL.search(request.path):
        return respond(400, f"the path holds a control character ({_first_control(request.path)}); remove it")
    for name, value in pairs:
        if _CONTROL.search(name):
            return respond(400, f"a parameter name holds a control character ({_first_control(name)})")
        if _CONTROL.search(value):
            return respond(
                400, f"{name[:80]} holds a control character ({_first_control(value)}); remove it", name[:80]
            )
    return None


def _first_control(text: str) -> str:
    found = _CONTROL.search(text)
    return f"U+{ord(found.group()):04X}" if found else "none"


def init_app(app: Flask) -> None:
    """Check every request against the limits before its route runs."""
    if app.config.get("MAX_CONTENT_LENGTH") is None:  # Flask's default is no limit
        app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    app.before_request(refusal)
