"""A month at a glance: ``/month/YYYY-MM``, a grid of days with their meetings, filtered as
the list is, with links to the months before and after."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from flask import Blueprint, redirect, render_template, request
from werkzeug.wrappers import Response

from diplocal.query import MeetingQuery
from diplocal.render.month import month_grid, parse_month, shift_month
from diplocal.render.words import WEEKDAYS, month_text, plural
from diplocal.web.cache import kept_until_the_store_changes
from diplocal.web.context import get_settings, get_store, today
from diplocal.web.page_context import choices, feed_subscription, filter_summary, meeting_views, url

blueprint = Blueprint("month", __name__)

MAX_MEETINGS = 2000  # a month with more says so; nobody reads a grid of more
FULL_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@blueprint.get("/month")
def this_month() -> Response:
    """The month of today, keeping any filters."""
    return redirect(url("month.month", {**request.args.to_dict(), "value": today().strftime("%Y-%m")}))


@blueprint.get("/month/<value>")
@kept_until_the_store_changes
def month(value: str) -> str:
    """The month ``value`` (YYYY-MM) as a grid, Monday first. Unknown parameters are ignored,
    as on the list; the window is the month itself."""
    settings, store, now = get_settings(), get_store(), today()
    first = parse_month(value)
    last = shift_month(first, 1) - timedelta(days=1)
    # The month is the window: from, to and paging are the list's, not the grid's.
    args = {key: item for key, item in request.args.items() if key not in ("from", "to", "cursor", "limit")}
    query = MeetingQuery.from_args(args, today=now).with_window(first, last)
    found = store.find(replace(query, limit=MAX_MEETINGS + 1))
    capped = len(found) > MAX_MEETINGS
    found = found[:MAX_MEETINGS]
    views = meeting_views(store, found, settings.base_url)
    grid = month_grid(first, list(zip(found, views, strict=True)), now)
    filters = query.to_args()

    def month_url(day: date) -> str:
        return url("month.month", {"value": day.strftime("%Y-%m"), **filters})

    return render_template(
        "month.html",
        heading=month_text(first),
        grid=grid,
        count=plural(len(found), "meeting") + (" or more" if capped else ""),
        capped=capped,
        weekdays=list(zip(WEEKDAYS, FULL_WEEKDAYS, strict=True)),
        previous=(month_text(shift_month(first, -1)), month_url(shift_month(first, -1))),
        following=(month_text(shift_month(first, 1)), month_url(shift_month(first, 1))),
        this_month=month_url(now) if first != now.replace(day=1) else None,
        list_url=url("pages.index", {**filters, "from": first.isoformat(), "to": grid.last.isoformat()}),
        query=query,
        window={},
        filters=filters,
        filtered=filter_summary(query),
        choices=choices(store, query),
        clear_url=url("month.month", {"value": value}),
        form_action=url("month.month", {"value": value}),
        today=now.isoformat(),
        subscribe=feed_subscription(settings, filters),
        subscribe_title="Subscribe to these meetings" if filters else "Subscribe to all meetings",
        settings=settings,
    )
