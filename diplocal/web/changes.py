"""What changed, newest first: meetings announced, moved, postponed or cancelled, told in
words, as a page (``/changes``) and as an Atom feed (``/changes.atom``), the same entries."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

from flask import Blueprint, Response, render_template, request, url_for

from diplocal.errors import InvalidParameter
from diplocal.query import is_count, parse_day
from diplocal.render.history import moment_text, tell
from diplocal.render.links import meeting_page_url
from diplocal.render.words import day_text, plural
from diplocal.settings import Settings
from diplocal.web.context import get_settings, get_store
from diplocal.web.params import check_parameters

blueprint = Blueprint("changes", __name__)

ATOM = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
DEFAULT_ENTRIES = 50
MAX_ENTRIES = 500
EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z"


@blueprint.get("/changes.atom")
def changes() -> Response:
    check_parameters(("limit",))
    raw = request.args.get("limit", str(DEFAULT_ENTRIES))
    if not is_count(raw, MAX_ENTRIES):
        raise InvalidParameter(
            f"limit {raw!r} is not a whole number from 1 to {MAX_ENTRIES}", parameter="limit", hint="e.g. limit=50"
        )
    body = render_changes(get_store().changes(int(raw)), get_settings())
    response = Response(body, mimetype="application/atom+xml")
    response.headers["Content-Type"] = ATOM_TYPE
    response.set_etag(hashlib.sha256(body).hexdigest()[:32])
    response.headers["Cache-Control"] = "public, max-age=300"
    response.make_conditional(request)
    return response


def render_changes(items: Sequence[dict[str, Any]], settings: Settings) -> bytes:
    """Atom 1.0 bytes for changes (as :meth:`Store.changes` gives them, newest first) (pure).

    Entry ids are tag URIs made from the meeting and the article behind the change, so a
    feed reader never sees one change twice; ``updated`` is when the article was published.
    """
    domain = settings.uid_domain
    feed = Element("feed", xmlns=ATOM)
    SubElement(feed, "id").text = f"tag:{domain},2022:changes"
    SubElement(feed, "title").text = f"{settings.calendar_name}: changes"
    SubElement(feed, "subtitle").text = "Meetings announced, moved, postponed or cancelled, as the news reports them."
    SubElement(feed, "updated").text = max((c["changed_at"] for c in items), default=EMPTY_FEED_UPDATED)
    SubElement(feed, "link", rel="self", href=f"{settings.base_url}/changes.atom", type="application/atom+xml")
    SubElement(feed, "link", rel="alternate", href=f"{settings.base_url}/", type="text/html")
    author = SubElement(feed, "author")
    SubElement(author, "name").text = "diplocal"
    SubElement(feed, "generator").text = "diplocal"
    for change in items:
        feed.append(_entry(change, settings))
    body: bytes = tostring(feed, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body + b"\n"


def _entry(change: dict[str, Any], settings: Settings) -> Element:
    source = change["source"]
    entry = Element("entry")
    token = hashlib.sha256(f"{change['meeting_id']}|{source['article_id'] or ''}".encode()).hexdigest()[:16]
    SubElement(entry, "id").text = f"tag:{settings.uid_domain},2022:meetings/{change['meeting_id']}/changes/{token}"
    story = tell(change, precision=change.get("meeting_precision"), start=change.get("meeting_start"))
    SubElement(entry, "title").text = f"{story.verb}: {change['meeting_title']}"
    SubElement(entry, "updated").text = change["changed_at"]
    SubElement(entry, "published").text = change["changed_at"]
    SubElement(entry, "link", rel="alternate", href=meeting_page_url(settings.base_url, change["meeting_id"]))
    if source["url"]:
        SubElement(entry, "link", rel="via", href=source["url"])
    SubElement(entry, "summary", type="text").text = describe_change(change)
    return entry


def describe_change(change: dict[str, Any]) -> str:
    """One change in words, and where it was read: "moved from 10 Apr to 12 Apr, on the word
    of Reuters, 10 Mar. Source: https://..."."""
    story = tell(change, precision=change.get("meeting_precision"), start=change.get("meeting_start"))
    source = change["source"]
    where = source["url"] or source["title"] or source["article_id"]
    return f"{story.sentence()}." + (f" Source: {where}" if where else "")


@blueprint.get("/changes")
def page() -> str:
    """The changes as a page: grouped by the day of the article behind them, each in words
    with its meeting and source. ``since`` (an ISO date) keeps the changes from that day on;
    ``limit`` as for the feed. Other parameters are ignored, as on every page."""
    raw = request.args.get("limit") or str(DEFAULT_ENTRIES)
    if not is_count(raw, MAX_ENTRIES):
        raise InvalidParameter(
            f"limit {raw!r} is not a whole number from 1 to {MAX_ENTRIES}", parameter="limit", hint="e.g. limit=50"
        )
    since = parse_day(request.args["since"], "since") if request.args.get("since") else None
    items = get_store().changes(int(raw), since=since)
    days: dict[str, list[dict[str, Any]]] = {}
    for change in items:
        story = tell(change, precision=change.get("meeting_precision"), start=change.get("meeting_start"))
        when = story.when
        label = day_text(when.date()) if when else "Undated"
        days.setdefault(label, []).append(
            {
                "meeting_id": change["meeting_id"],
                "title": change["meeting_title"],
                "verb": story.verb,
                "what": story.what,
                "who": story.who,
                "moment": change["changed_at"],
                "moment_text": moment_text(when) if when else "",
                "source": change["source"],
            }
        )
    return render_template(
        "changes.html",
        days=list(days.items()),
        count=plural(len(items), "change"),
        since=since.isoformat() if since else "",
        since_text=day_text(since) if since else None,
        full=len(items) == int(raw),
        more_url=url_for("changes.page", since=since.isoformat() if since else None, limit=MAX_ENTRIES)
        if len(items) == int(raw) and int(raw) < MAX_ENTRIES
        else None,
        settings=get_settings(),
    )
