"""Settings, read once from the environment at the edge and passed in everywhere else."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from diplocal.addresses import parse_allowed
from diplocal.errors import InvalidParameter

# The store a laptop gets: a SQLite file in the working folder. Defined here, not in the
# store, so that reading settings never loads the database layer.
DEFAULT_DATABASE_URL = "sqlite:///diplocal.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable, with defaults that work on a laptop."""

    database_url: str = DEFAULT_DATABASE_URL
    base_url: str = "http://127.0.0.1:5000"  # where the site is reached; links in feeds use it
    domain: str | None = None  # for calendar UIDs; defaults to base_url's host
    calendar_name: str = "Diplomatic meetings (diplocal)"
    calendar_description: str = "Upcoming diplomatic meetings found in the news, with their sources."
    refresh_hours: int = 6  # REFRESH-INTERVAL and X-PUBLISHED-TTL of the feeds
    past_days: int | None = 30  # past meetings kept in feeds; None keeps all
    cancelled_days: int = 30  # a cancelled (or postponed) meeting stays in feeds this long after its change
    feed_min_confidence: float = 0.5  # doubtful meetings stay in the JSON (tentative), out of calendars
    feed_max_events: int = 1000  # a feed holds at most this many events: upcoming first, then recent past
    feed_max_bytes: int = 750_000  # and stays under this size (Google stops reading feeds near 1 MB)
    api_token: str | None = None
    # Hosts POST /api/articles may fetch from though they are not public (an internal feed):
    # host names, addresses or networks. Every other non-public address is refused.
    fetch_allowed_hosts: tuple[str, ...] = ()

    @property
    def uid_domain(self) -> str:
        return self.domain or urlsplit(self.base_url).hostname or "diplocal.invalid"

    def updated(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``DIPLOCAL_*`` variables (see README); unset ones keep defaults.

        Raises :class:`InvalidParameter` naming a variable whose value cannot be used.
        """
        env = os.environ if environ is None else environ
        base = cls()
        return cls(
            database_url=env.get("DIPLOCAL_DATABASE_URL") or base.database_url,
            base_url=(env.get("DIPLOCAL_BASE_URL") or base.base_url).rstrip("/"),
            domain=env.get("DIPLOCAL_DOMAIN") or None,
            calendar_name=env.get("DIPLOCAL_CALENDAR_NAME") or base.calendar_name,
            calendar_description=env.get("DIPLOCAL_CALENDAR_DESCRIPTION") or base.calendar_description,
            refresh_hours=_int(env, "DIPLOCAL_REFRESH_HOURS", base.refresh_hours, low=1),
            past_days=_days(env, "DIPLOCAL_PAST_DAYS", base.past_days),
            cancelled_days=_int(env, "DIPLOCAL_CANCELLED_DAYS", base.cancelled_days, low=0),
            feed_max_events=_int(env, "DIPLOCAL_FEED_MAX_EVENTS", base.feed_max_events, low=1),
            feed_max_bytes=_int(env, "DIPLOCAL_FEED_MAX_BYTES", base.feed_max_bytes, low=10_000),
            feed_min_confidence=_fraction(env, "DIPLOCAL_FEED_MIN_CONFIDENCE", base.feed_min_confidence),
            api_token=env.get("DIPLOCAL_API_TOKEN") or None,
            fetch_allowed_hosts=parse_allowed(env.get("DIPLOCAL_FETCH_ALLOWED_HOSTS") or ""),
        )


def _int(env: Mapping[str, str], name: str, default: int, *, low: int) -> int:
    raw = env.get(name)
    if not raw:
        return default
    if not raw.strip().isdigit() or int(raw) < low:
        raise InvalidParameter(f"{name}={raw!r} is not a whole number >= {low}", parameter=name)
    return int(raw)


def _fraction(env: Mapping[str, str], name: str, default: float) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise InvalidParameter(f"{name}={raw!r} is not a number from 0 to 1", parameter=name, hint="e.g. 0.5")
    return value


def _days(env: Mapping[str, str], name: str, default: int | None) -> int | None:
    raw = (env.get(name) or "").strip().lower()
    if raw == "all":
        return None
    return _int(env, name, default, low=0) if raw else default  # type: ignore[arg-type]
