"""The feeds diplocal offers, what each holds, their bytes and HTTP validators, and a cache.

One code path for the server and ``diplocal build``, so a feed file on disk is byte for byte
what the server sends for the same store, settings and day.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import quote

from diplocal.model import Status, StoredMeeting
from diplocal.query import MeetingQuery, days_before
from diplocal.render.ical import render_calendar
from diplocal.render.words import country_label
from diplocal.settings import Settings
from diplocal.store import Store

MAIN_FILE = "diplomatic.ics"
MAIN_PATH = "/calendar.ics"
KINDS = ("org", "country", "place")  # the pretty paths: /feeds/<kind>/<value>.ics


@dataclass(frozen=True, slots=True)
class Feed:
    """One feed: the filters it holds (the date window is filled in per day)."""

    query: MeetingQuery = field(default_factory=MeetingQuery)

    @classmethod
    def of(cls, kind: str, value: str) -> Feed:
        """The feed of one organisation, country (ISO code) or place."""
        if kind == "org":
            return cls(MeetingQuery(org=value))
        if kind == "country":
            return cls(MeetingQuery(country=value.upper()))
        if kind == "place":
            return cls(MeetingQuery(place=value))
        raise ValueError(f"feed kind {kind!r} is unknown; use one of {', '.join(KINDS)}")

    @property
    def filtered(self) -> bool:
        return bool(self.query.to_args())

    def window(self, settings: Settings, today: date) -> MeetingQuery:
        """The store query for ``today``: the filters, and past meetings for
        ``settings.past_days`` unless the feed asks for its own ``from``."""
        query = self.query
        if query.start is None:
            query = query.with_window(days_before(today, settings.past_days), query.end)
        return query

    def name(self, settings: Settings, organisations: Iterable[str] = (), places: Iterable[str] = ()) -> str:
        """The calendar's display name: the site's, then what the feed is filtered on, spelt
        as the meetings spell it (so ``/feeds/org/nato.ics`` is called "... NATO"), from the
        ``organisations`` and ``places`` of the meetings in the feed's window."""
        if not self.filtered:
            return settings.calendar_name
        parts: list[str] = []
        if self.query.org:
            parts.append(_spelling(self.query.org, organisations))
        if self.query.country:
            parts.append(country_label(self.query.country.upper()))
        if self.query.place:
            parts.append(_spelling(self.query.place, places))
        if self.query.text:
            parts.append(f'"{self.query.text}"')
        if self.query.status:
            parts.append(self.query.status.value)
        return f"{settings.calendar_name}: {', '.join(parts)}" if parts else settings.calendar_name


def pretty_path(kind: str, value: str) -> str:
    """The server path of a one-filter feed, as ``diplocal build`` also names its file."""
    return f"/feeds/{kind}/{quote(value, safe='')}.ics"


def feed_file(kind: str, value: str) -> str:
    """The file (relative to the build folder) for a one-filter feed: ``org/NATO.ics``."""
    return f"{kind}/{value}.ics"


def _spelling(wanted: str, seen: Iterable[str]) -> str:
    matches = sorted({value for value in seen if value.casefold() == wanted.casefold()})
    return matches[0] if matches else wanted


@dataclass(frozen=True, slots=True)
class RenderedFeed:
    """A feed's bytes with its HTTP validators."""

    body: bytes
    etag: str  # over the bytes
    last_modified: datetime | None  # the newest change to any meeting the feed's filters match


def render_feed(store: Store, settings: Settings, feed: Feed, today: date) -> RenderedFeed:
    """Read the feed's meetings from ``store`` and render them for ``today``: those of its
    window that are :func:`sure_enough`.

    Only the meetings the feed can hold are read (:meth:`Store.find_first`): at most
    ``settings.feed_max_events`` (and ties) of those :func:`render_calendar` would keep, so
    a store of 100,000 meetings costs what one of a thousand does. A feed asking for its own
    ``limit`` or ``cursor`` reads its window whole, as before.
    """
    window = feed.window(settings, today)
    if window.limit is None and window.after is None:
        since = today - timedelta(days=settings.cancelled_days)
        sure = settings.feed_min_confidence
        items = store.find_first(
            window, today=today, count=settings.feed_max_events, called_off_since=since, min_confidence=sure
        )
        spelt = feed.query.org or feed.query.place
        organisations, places = store.spellings(window, min_confidence=sure) if spelt else ([], [])
    else:
        items = [s for s in store.find(window) if sure_enough(s, settings)]
        organisations = [o for s in items for o in s.meeting.organisations]
        places = [s.meeting.location or "" for s in items]
    body = render_calendar(items, settings, today=today, name=feed.name(settings, organisations, places))
    return RenderedFeed(body, etag_of(body), store.newest_update(feed.query))


def sure_enough(stored: StoredMeeting, settings: Settings) -> bool:
    """True when a meeting may go into calendars: confident enough, or called off (a
    cancellation must reach subscribers whatever the confidence, or the event lingers)."""
    meeting = stored.meeting
    return meeting.confidence >= settings.feed_min_confidence or meeting.status in (Status.CANCELLED, Status.POSTPONED)


def etag_of(body: bytes) -> str:
    """A strong entity tag over the bytes."""
    return hashlib.sha256(body).hexdigest()[:32]


class FeedCache:
    """Rendered feeds kept in memory, keyed by the store's change token, the feed, the
    settings and the day: a feed is rendered again only when one of them changes."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[object, ...], RenderedFeed] = OrderedDict()
        self._lock = threading.Lock()
        self.renders = 0  # how many times a feed was rendered (for tests and benchmarks)

    def get(self, store: Store, settings: Settings, feed: Feed, today: date) -> RenderedFeed:
        key = (store.version(), feed, settings, today)
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return found
        rendered = render_feed(store, settings, feed, today)
        with self._lock:
            self.renders += 1
            self._entries[key] = rendered
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return rendered
