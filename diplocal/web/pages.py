"""The list of meetings (the front page) and the page of one meeting."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, render_template, request

from diplocal.query import MeetingQuery, encode_cursor
from diplocal.render.history import moment_text, tell
from diplocal.render.listing import PAST_FROM, group_by_week, window_heading
from diplocal.render.words import country_label, day_text, plural, text_direction
from diplocal.web.cache import kept_until_the_store_changes
from diplocal.web.context import get_settings, get_store, today
from diplocal.web.page_context import (
    choices,
    feed_subscription,
    filter_summary,
    meeting_views,
    safe_href,
    subscribe_links,
    url,
)

blueprint = Blueprint("pages", __name__)

PAGE_SIZE = 100
LATEST = 20  # meetings the front page shows when none is upcoming


@blueprint.app_template_filter("safe_href")
def _safe_href_filter(address: str | None) -> str | None:
    return safe_href(address)


@blueprint.app_template_filter("text_dir")
def _text_dir_filter(language: str | None) -> str:
    return text_direction(language)


@blueprint.app_template_filter("country")
def _country_filter(code: str) -> str:
    return country_label(code)


@blueprint.get("/")
@kept_until_the_store_changes
def index() -> str:
    """Meetings from today (or the window asked for), by week. When nothing is upcoming and
    no window is asked for, the latest meetings, saying so. Unknown parameters are ignored
    here (links get shared with extras)."""
    settings, store, now = get_settings(), get_store(), today()
    query = MeetingQuery.from_args(request.args, today=now)
    limit = query.limit or PAGE_SIZE
    found = store.find(replace(query, limit=limit + 1))
    page = found[:limit]
    filters = query.to_args()
    window = {key: request.args[key] for key in ("from", "to") if request.args.get(key)}
    latest = not page and not window and query.after is None
    if latest:
        page = store.latest(query, LATEST)
    more = None
    if not latest and len(found) > limit:
        pinned = {**filters, **window, "from": (query.start or now).isoformat()}
        more = url("pages.index", {**pinned, "cursor": encode_cursor(page[-1].meeting.start, page[-1].id)})
    views = meeting_views(store, page, settings.base_url)
    shown_month = (page[0].meeting.start if page else (query.start or now)).strftime("%Y-%m")
    return render_template(
        "index.html",
        heading=window_heading(query.start, query.end, now, latest=latest and bool(page)),
        latest=latest and bool(page),
        count=plural(len(page), "meeting") + (" or more" if more else ""),
        groups=group_by_week(list(zip(page, views, strict=True)), now),
        query=query,
        window=window,
        filters=filters,
        filtered=filter_summary(query),
        choices=choices(store, query),
        more=more,
        past_url=url("pages.index", {**filters, "from": PAST_FROM.isoformat()}),
        clear_url=url("pages.index", window),
        month_url=url("month.month", {"value": shown_month, **filters}),
        today=now.isoformat(),
        today_text=day_text(now),
        form_action=url("pages.index", {}),
        subscribe=feed_subscription(settings, filters),
        subscribe_title="Subscribe to these meetings" if filters else "Subscribe to all meetings",
        settings=settings,
    )


@blueprint.get("/meetings/<meeting_id>")
def meeting(meeting_id: str) -> str:
    """One meeting: when and where, every source with its evidence, its history in words, its
    own calendar buttons, and the feeds that follow it."""
    settings, store = get_settings(), get_store()
    stored = store.get(meeting_id)
    [view] = meeting_views(store, [stored], settings.base_url)
    history = store.history(stored.id)
    told = [
        {
            "moment": change["changed_at"],
            "moment_text": moment_text(story.when) if story.when else change["changed_at"],
            "what": story.what,
            "who": story.who,
            "source": change.get("source") or {},
        }
        for change in history
        for story in [tell(change, precision=stored.meeting.precision.value, start=stored.meeting.start.isoformat())]
    ]
    meeting_ = stored.meeting
    follow = [
        *(("org", org, f"{org} meetings") for org in meeting_.organisations),
        *(("country", code, f"Meetings with {country_label(code)}") for code in meeting_.countries),
        *((("place", meeting_.location, f"Meetings in {view['location']}"),) if meeting_.location else ()),
    ]
    feeds = [
        {"label": label, **subscribe_links(settings, url("feeds.pretty", {"kind": kind, "value": value}))}
        for kind, value, label in follow
        if value.strip() and "/" not in value
    ]
    feeds.append({"label": "All meetings", **feed_subscription(settings, {})})
    return render_template(
        "meeting.html",
        meeting=view,
        history=told,
        feeds=feeds,
        org_pages=[(org, url("pages.index", {"org": org})) for org in meeting_.organisations],
        settings=settings,
    )
