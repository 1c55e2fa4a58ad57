"""The Atom feed of changes (``/changes.atom``): every meeting's moves, cancellations and news."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

from flask import Blueprint, Response, request

from diplocal.errors import InvalidParameter
from diplocal.query import is_count
from diplocal.render.links import meeting_page_url
from diplocal.settings import Settings
from diplocal.web.context import get_settings, get_store
from diplocal.web.params import check_parameters

blueprint = Blueprint("changes", __name__)

ATOM = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
DEFAULT_ENTRIES = 50
MAX_ENTRIES = 500
EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z"
_VERBS = {
    "created": "Announced",
    "rescheduled": "Rescheduled",
    "cancelled": "Cancelled",
    "postponed": "Postponed",
    "updated": "Updated",
}


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
    verb = _VERBS.get(change["action"], "Updated")
    SubElement(entry, "title").text = f"{verb}: {change['meeting_title']}"
    SubElement(entry, "updated").text = change["changed_at"]
    SubElement(entry, "published").text = change["changed_at"]
    SubElement(entry, "link", rel="alternate", href=meeting_page_url(settings.base_url, change["meeting_id"]))
    if source["url"]:
        SubElement(entry, "link", rel="via", href=source["url"])
    SubElement(entry, "summary", type="text").text = describe_change(change)
    return entry


def describe_change(change: dict[str, Any]) -> str:
    """One change in words: each field's old and new value, and on whose word."""
    parts = []
    for name, (old, new) in sorted(change["changes"].items()):
        shown = ", ".join(new) if isinstance(new, list) else new
        if old is None or change["action"] == "created":
            parts.append(f"{name}: {shown}")
        else:
            before = ", ".join(old) if isinstance(old, list) else old
            parts.append(f"{name}: {before} -> {shown}")
    source = change["source"]
    who = source["publisher"] or "an unknown publisher"
    where = source["url"] or source["title"] or source["article_id"]
    return "; ".join(parts) + f". Reported by {who}: {where}"
