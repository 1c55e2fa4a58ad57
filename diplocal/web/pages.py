"""The web pages: upcoming meetings by week with filters and a subscribe panel, and one meeting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, timedelta
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, render_template, request, url_for

from diplocal.model import DatePrecision, Meeting, StoredMeeting
from diplocal.query import MeetingQuery, encode_cursor
from diplocal.render.event import event_times
from diplocal.render.jsonview import meeting_to_json
from diplocal.render.links import google_subscribe_url, outlook_subscribe_url, webcal_url
from diplocal.render.words import country_label, place_choices
from diplocal.settings import Settings
from diplocal.web.cache import kept_until_the_store_changes
from diplocal.web.context import get_settings, get_store, today

blueprint = Blueprint("pages", __name__)

PAGE_SIZE = 100
PAST_FROM = "1900-01-01"  # "show past": early enough for any archive (Reuters-21578 is 1987)
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class When:
    """A meeting's date as the page shows it; ``utc`` and ``clock`` only when a time is known."""

    text: str
    note: str | None = None
    utc: str | None = None  # the start as a UTC ISO moment, for <time datetime>
    clock: str | None = None  # the time at the venue, e.g. "15:00–17:00 CET"
    zone: str | None = None  # the venue's IANA zone, for the viewer-time script


@dataclass
class Group:
    """Meetings shown under one heading: a week, or a month whose day is not known."""

    label: str
    items: list[dict[str, Any]] = field(default_factory=list)


def day_text(day: date, *, year: bool = True) -> str:
    """``Fri 7 Jan 2022`` (no locale involved, so the output is the same everywhere)."""
    text = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]}"
    return f"{text} {day.year}" if year else text


def span_text(start: date, end: date) -> str:
    """One day, or ``Wed 12 Jan – Thu 13 Jan 2022``."""
    if start == end:
        return day_text(start)
    return f"{day_text(start, year=start.year != end.year)} – {day_text(end)}"


def when_of(meeting: Meeting) -> When:
    """How the page states when ``meeting`` is."""
    if meeting.precision is DatePrecision.MONTH:
        return When(f"{MONTHS[meeting.start.month - 1]} {meeting.start.year}", note="day not yet known")
    if meeting.precision is DatePrecision.WEEK:
        return When(span_text(meeting.start, meeting.end), note="exact day not yet known")
    text = span_text(meeting.start, meeting.end)
    if meeting.start_time is None:
        return When(text)
    times = event_times(meeting)  # the zone calendars get: the meeting's, else its venue's
    if times is None or times.start is None or times.end is None:
        # No zone known for the venue: the time as the news gives it, local to the venue.
        clock = meeting.start_time.strftime("%H:%M")
        if meeting.end_time is not None and meeting.end == meeting.start:
            clock += "–" + meeting.end_time.strftime("%H:%M")
        return When(text, clock=clock)
    start = times.start
    clock = start.strftime("%H:%M")
    if meeting.end_time is not None and times.end.date() == start.date():  # a stated end, not the default
        clock += "–" + times.end.strftime("%H:%M")
    utc = start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return When(text, utc=utc, clock=f"{clock} {start.tzname()}", zone=times.zone)


def week_label(monday: date, now: date) -> str:
    """``This week · 3 Jan – 9 Jan 2022``, or ``Week 2 · ...`` further off."""
    sunday = monday + timedelta(days=6)
    span = f"{monday.day} {MONTHS[monday.month - 1][:3]} – {sunday.day} {MONTHS[sunday.month - 1][:3]} {sunday.year}"
    this_monday = now - timedelta(days=now.weekday())
    names = {this_monday: "This week", this_monday + timedelta(days=7): "Next week"}
    names[this_monday - timedelta(days=7)] = "Last week"
    return f"{names.get(monday) or f'Week {monday.isocalendar().week}'} · {span}"


def group_by_week(items: Sequence[tuple[StoredMeeting, dict[str, Any]]], now: date) -> list[Group]:
    """Meetings under ISO-week headings in date order; month-only meetings under their month,
    right after the week holding the month's first day."""
    groups: dict[tuple[date, int], Group] = {}
    for stored, view in items:
        start = stored.meeting.start
        if stored.meeting.precision is DatePrecision.MONTH:
            key = (start.replace(day=1), 1)
            label = f"{MONTHS[start.month - 1]} {start.year} · day not yet known"
        else:
            key = (start - timedelta(days=start.weekday()), 0)
            label = week_label(key[0], now)
        groups.setdefault(key, Group(label)).items.append(view)
    return [groups[key] for key in sorted(groups)]


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address, else None: never a ``javascript:`` link."""
    if not url:
        return None
    text = url.strip()
    if any(ord(char) < 32 for char in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _url(endpoint: str, args: dict[str, Any]) -> str:
    """``url_for`` with its query parameters in a dict (keys like ``from`` are Python keywords)."""
    return url_for(endpoint, **args)


def _subscribe(settings: Settings, args: dict[str, str]) -> dict[str, str]:
    feed_url = settings.base_url + _url("feeds.calendar", args)
    return {
        "feed_url": feed_url,
        "webcal": webcal_url(feed_url),
        "google": google_subscribe_url(feed_url),
        "outlook": outlook_subscribe_url(feed_url, settings.calendar_name),
        "download": _url("feeds.calendar", {**args, "download": "1"}),
    }


def _view(stored: StoredMeeting, base_url: str) -> dict[str, Any]:
    return {**meeting_to_json(stored, base_url), "when": when_of(stored.meeting)}


@blueprint.app_template_filter("safe_href")
def _safe_href_filter(url: str | None) -> str | None:
    return safe_href(url)


@blueprint.app_template_filter("country")
def _country_filter(code: str) -> str:
    return country_label(code)


@blueprint.get("/")
@kept_until_the_store_changes
def index() -> str:
    """Upcoming meetings; unknown parameters are ignored here (links get shared with extras)."""
    settings, store, now = get_settings(), get_store(), today()
    query = MeetingQuery.from_args(request.args, today=now)
    limit = query.limit or PAGE_SIZE
    found = store.find(replace(query, limit=limit + 1))
    page = found[:limit]
    filters = query.to_args()
    window = {key: request.args[key] for key in ("from", "to") if request.args.get(key)}
    more = None
    if len(found) > limit:
        pinned = {**filters, **window, "from": (query.start or now).isoformat()}
        more = _url("pages.index", {**pinned, "cursor": encode_cursor(page[-1].meeting.start, page[-1].id)})
    scope = MeetingQuery(start=query.start, end=query.end)
    choices = {
        "org": store.org_counts(scope),
        "country": store.tag_counts("country", scope),
        "place": place_choices(store.place_counts(scope)),
    }
    return render_template(
        "index.html",
        groups=group_by_week([(m, _view(m, settings.base_url)) for m in page], now),
        query=query,
        window=window,
        filters=filters,
        choices=choices,
        more=more,
        past_url=_url("pages.index", {**filters, "from": PAST_FROM}),
        clear_url=_url("pages.index", window),
        today=now.isoformat(),
        subscribe=_subscribe(settings, filters),
        settings=settings,
    )


@blueprint.get("/meetings/<meeting_id>")
def meeting(meeting_id: str) -> str:
    """One meeting: when and where, every source with its evidence, its history, the buttons."""
    settings, store = get_settings(), get_store()
    stored = store.get(meeting_id)
    return render_template(
        "meeting.html",
        meeting=_view(stored, settings.base_url),
        history=store.history(meeting_id),
        subscribe=_subscribe(settings, {}),
        org_pages=[(org, url_for("pages.index", org=org)) for org in stored.meeting.organisations],
        settings=settings,
    )
