"""A meeting's changes in words (pure): "moved from 14 Jul to 21 Jul, on the word of Tokyo
Desk, 20 Jun", for the meeting's page, the "what changed" page and ``/changes.atom``.

A change comes as the store gives it (:meth:`Store.history`, :meth:`Store.changes`): an
``action``, the ``changes`` as ``{field: [old, new]}`` with JSON values, ``changed_at`` (the
moment of the article behind it, UTC) and that article as ``source``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from diplocal.render.words import MONTHS, countries_label, day_text, place_label, short_span

# The verb of a change in a feed entry's or a list's title, by the store's action.
VERBS = {
    "created": "Announced",
    "rescheduled": "Rescheduled",
    "cancelled": "Cancelled",
    "postponed": "Postponed",
    "updated": "Updated",
}
_DATES = ("start", "end", "precision")
_TIMES = ("start_time", "end_time", "timezone")
# The order in which a change's parts are told: the news first, the details after.
_ORDER = ("status", "dates", "time", "location", "title", "kind", "organisations", "countries", "participants")


@dataclass(frozen=True, slots=True)
class ChangeStory:
    """One change told in words: ``what`` happened, on ``who``'s word, ``when`` (the source
    article's publication)."""

    verb: str  # Announced, Rescheduled, Cancelled, Postponed, Updated
    what: str  # "moved from 14 Jul to 21 Jul"
    who: str  # "Tokyo Desk"
    when: datetime | None

    def sentence(self, *, year: bool = False) -> str:
        """``moved from 14 Jul to 21 Jul, on the word of Tokyo Desk, 20 Jun``."""
        day = f", {_short(self.when.date(), year=year)}" if self.when else ""
        return f"{self.what}, on the word of {self.who}{day}"


def parse_moment(value: str | None) -> datetime | None:
    """A stored UTC moment ("2022-03-10T16:00:00Z") as an aware date-time, or None."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def moment_text(moment: datetime) -> str:
    """``Thu 10 Mar 2022, 16:00 UTC``."""
    return f"{day_text(moment.date())}, {moment:%H:%M} UTC"


def tell(change: Mapping[str, Any], *, precision: str | None = None, start: str | None = None) -> ChangeStory:
    """One change of :meth:`Store.history` or :meth:`Store.changes` in words.

    ``precision`` ("day", "week", "month") and ``start`` (an ISO day) are the meeting's now,
    used where the change does not say: a move within months stays a month, and a change of
    the end alone keeps the start.
    """
    action = str(change.get("action") or "updated")
    fields: Mapping[str, Any] = change.get("changes") or {}
    source = change.get("source") or {}
    who = str(source.get("publisher") or source.get("title") or source.get("article_id") or "an unnamed source")
    when = parse_moment(change.get("changed_at"))
    if action == "created":
        return ChangeStory(VERBS["created"], _announced(fields), who, when)
    parts = _parts(fields, action, precision, when.year if when else None, start)
    what = "; ".join(parts[name] for name in _ORDER if name in parts) or "details updated"
    return ChangeStory(VERBS.get(action, "Updated"), what, who, when)


def _announced(fields: Mapping[str, Any]) -> str:
    new = {name: _pair(value)[1] for name, value in fields.items()}
    text = "announced"
    dates = _dates(new.get("start"), new.get("end"), new.get("precision"), year=True)
    if dates:
        text += f" for {dates}"
    clock = _clock(new.get("start_time"), new.get("end_time"))
    if clock:
        text += f" at {clock}"
    place = place_label(new.get("location")) if isinstance(new.get("location"), str) else None
    if place:
        text += f" in {place}" if place[0].isupper() else f", {place}"
    status = new.get("status")
    if status in ("tentative", "cancelled", "postponed"):
        text += f" ({status})"
    return text


def _parts(
    fields: Mapping[str, Any], action: str, precision: str | None, year: int | None, start: str | None
) -> dict[str, str]:
    olds = {name: _pair(value)[0] for name, value in fields.items()}
    news = {name: _pair(value)[1] for name, value in fields.items()}
    if "start" not in fields and start:  # the start did not change: it is the meeting's start
        olds["start"] = news["start"] = start
    parts: dict[str, str] = {}
    if set(_DATES) & fields.keys():
        kind = str(news.get("precision") or precision or "day")
        was_kind = str(olds.get("precision") or kind)
        # Years are left out when every day named lies in the year of the change.
        days = [_day(v) for v in (olds.get("start"), olds.get("end"), news.get("start"), news.get("end"))]
        with_year = year is None or any(d is not None and d.year != year for d in days)
        before = _dates(olds.get("start"), olds.get("end"), was_kind, year=with_year, fallback=news)
        after = _dates(news.get("start"), news.get("end"), kind, year=with_year, fallback=olds)
        verb = "moved" if action == "rescheduled" else "dates changed"
        if was_kind != kind and kind == "day":
            verb = "day now known" if action != "rescheduled" else verb
        parts["dates"] = f"{verb} from {before} to {after}" if before and after else f"{verb}: {after or before}"
    if set(_TIMES) & fields.keys():
        old_clock = _clock(olds.get("start_time"), olds.get("end_time"))
        new_clock = _clock(news.get("start_time"), news.get("end_time"))
        if old_clock and new_clock and old_clock != new_clock:
            parts["time"] = f"time changed from {old_clock} to {new_clock}"
        elif new_clock and not old_clock:
            parts["time"] = f"time given: {new_clock}"
        elif old_clock and not new_clock:
            parts["time"] = f"time no longer given (was {old_clock})"
        elif "timezone" in fields and news.get("timezone"):
            parts["time"] = f"time zone: {news['timezone']}"
    if "location" in fields:
        old_place = place_label(olds.get("location")) if isinstance(olds.get("location"), str) else None
        new_place = place_label(news.get("location")) if isinstance(news.get("location"), str) else None
        if new_place and old_place:
            parts["location"] = f"now in {new_place} (was {old_place})"
        elif new_place:
            parts["location"] = f"place given: {new_place}"
        elif old_place:
            parts["location"] = f"place no longer given (was {old_place})"
    if "status" in fields:
        parts["status"] = _status(olds.get("status"), news.get("status"))
    if "title" in fields and news.get("title"):
        parts["title"] = f"now called \u201c{news['title']}\u201d"
    if "kind" in fields and news.get("kind"):
        parts["kind"] = f"now a {news['kind']}" + (f" (was a {olds['kind']})" if olds.get("kind") else "")
    for name, label in (("organisations", "organisations"), ("countries", "countries"), ("participants", "who")):
        if name in fields:
            told = _members(olds.get(name), news.get(name), countries=name == "countries")
            if told:
                parts[name] = f"{label}: {told}"
    return parts


def _status(old: Any, new: Any) -> str:
    if new == "cancelled":
        return "cancelled"
    if new == "postponed":
        return "postponed, no new date yet"
    if new == "confirmed":
        return "confirmed" if old == "tentative" else f"on again (was {old})" if old else "confirmed"
    if new == "tentative":
        return "now tentative" if old == "confirmed" else f"tentative again (was {old})" if old else "tentative"
    return f"status: {new}"


def _members(old: Any, new: Any, *, countries: bool) -> str:
    before = [str(v) for v in old] if isinstance(old, list) else []
    after = [str(v) for v in new] if isinstance(new, list) else []
    added = [v for v in after if v not in before]
    dropped = [v for v in before if v not in after]

    def names(values: Sequence[str]) -> str:
        return countries_label(values) if countries else ", ".join(values)

    told = []
    if added:
        told.append(f"added {names(added)}")
    if dropped:
        told.append(f"no longer {names(dropped)}")
    return "; ".join(told)


def _pair(value: Any) -> tuple[Any, Any]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return value[0], value[1]
    return None, value


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _dates(start: Any, end: Any, precision: Any, *, year: bool, fallback: Mapping[str, Any] | None = None) -> str:
    """A meeting's days in words: ``14 Jul``, ``14–15 Jul``, ``the week of 10 Jan``, ``June``.

    A side of a move that did not change (only the end moved) is read from ``fallback``."""
    first = _day(start) or (_day(fallback.get("start")) if fallback else None)
    last = _day(end) or (_day(fallback.get("end")) if fallback else None) or first
    if first is None or last is None:
        return ""
    if precision == "month":
        return f"{MONTHS[first.month - 1]} {first.year}" if year else MONTHS[first.month - 1]
    if precision == "week":
        return f"the week of {short_span(first, first, year=year)}"
    return short_span(first, last, year=year)


def _clock(start: Any, end: Any) -> str:
    if not isinstance(start, str) or not start:
        return ""
    return f"{start}–{end}" if isinstance(end, str) and end else start


def _short(day: date, *, year: bool) -> str:
    return short_span(day, day, year=year)
