"""Query parameters every route checks the same way: unknown or repeated ones are refused."""

from __future__ import annotations

from collections.abc import Sequence

from flask import request

from diplocal.errors import InvalidParameter


def check_parameters(allowed: Sequence[str]) -> None:
    """Refuse unknown and repeated query parameters, so a typo never widens a query silently.

    Raises :class:`InvalidParameter` naming the parameter and what would work.
    """
    for name in request.args:
        if name not in allowed:
            known = ", ".join(allowed) if allowed else "none"
            raise InvalidParameter(
                f"unknown parameter {name[:80]!r}", parameter=name[:80], hint=f"this route takes: {known}"
            )
        count = len(request.args.getlist(name))
        if count > 1:
            raise InvalidParameter(f"{name} is given {count} times", parameter=name, hint=f"give {name} once")
