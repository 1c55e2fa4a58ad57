"""What every page of meetings shares: a meeting as a template reads it, the filter form's
choices, and the subscribe links for what is shown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from flask import url_for

from diplocal.model import Meeting, StoredMeeting
from diplocal.query import MeetingQuery
from diplocal.render.jsonview import meeting_to_json
from diplocal.render.links import google_subscribe_url, outlook_subscribe_url, webcal_url
from diplocal.render.listing import moved_note, when_of
from diplocal.render.words import countries_label, country_label, place_choices
from diplocal.settings import Settings
from diplocal.store import Store


def url(endpoint: str, args: Mapping[str, Any]) -> str:
    """``url_for`` with its query parameters in a mapping (keys like ``from`` are Python keywords)."""
    return url_for(endpoint, **args)


def safe_href(address: str | None) -> str | None:
    """``address`` when it is an absolute http(s) URL, else None: never a ``javascript:`` link."""
    if not address:
        return None
    text = address.strip()
    if any(ord(char) < 32 for char in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def meeting_views(store: Store, found: Sequence[StoredMeeting], base_url: str) -> list[dict[str, Any]]:
    """Each meeting as the templates read it: its JSON, when it is in words, the countries by
    name, and a line when it was moved."""
    moves = store.last_moves([stored.id for stored in found])
    return [
        {
            **meeting_to_json(stored, base_url),
            "when": when_of(stored.meeting),
            "moved": moved_note(moves.get(stored.id), stored.meeting),
            "country_names": countries_label(stored.meeting.countries),
            "title_language": title_language(stored.meeting),
        }
        for stored in found
    ]


def title_language(meeting: Meeting) -> str | None:
    """The language of the source the meeting's ``title_original`` comes from (for the
    page's ``lang``), or None when there is none or it is not known."""
    if not meeting.title_original:
        return None
    return next((e.language for e in meeting.evidence if e.title_original == meeting.title_original), None)


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a filter: the value sent, the words shown, how many meetings."""

    value: str
    label: str
    count: int


def choices(store: Store, query: MeetingQuery) -> dict[str, list[Choice]]:
    """The filter form's options among the meetings in ``query``'s window, with counts:
    organisations (counting their bodies), countries by name (their codes sent), places."""
    scope = MeetingQuery(start=query.start, end=query.end)
    countries = [Choice(code, country_label(code), count) for code, count in store.tag_counts("country", scope)]
    return {
        "org": [Choice(name, name, count) for name, count in store.org_counts(scope)],
        "country": sorted(countries, key=lambda c: (c.label.casefold(), c.value)),
        "place": [Choice(name, name, count) for name, count in place_choices(store.place_counts(scope))],
    }


def filter_summary(query: MeetingQuery) -> list[str]:
    """The filters in force, in words: ``NATO (with its bodies)``, ``Russia``, ``“security”``."""
    told = []
    if query.org:
        told.append(f"{query.org} (with its bodies)")
    if query.country:
        told.append(country_label(query.country))
    if query.place:
        told.append(query.place)
    if query.text:
        told.append(f"\u201c{query.text}\u201d")
    if query.status:
        told.append(query.status.value)
    if query.min_confidence is not None:
        told.append(f"confidence {query.min_confidence:g} or more")
    return told


def subscribe_links(settings: Settings, feed_path: str) -> dict[str, str]:
    """The feed at ``feed_path`` (a path of this site, with its query) as a URL, a webcal
    link, Google's and Outlook's subscribe links, and a download."""
    feed_url = settings.base_url + feed_path
    separator = "&" if "?" in feed_path else "?"
    return {
        "feed_url": feed_url,
        "webcal": webcal_url(feed_url),
        "google": google_subscribe_url(feed_url),
        "outlook": outlook_subscribe_url(feed_url, settings.calendar_name),
        "download": f"{feed_path}{separator}download=1",
    }


def feed_subscription(settings: Settings, filters: Mapping[str, str]) -> dict[str, str]:
    """Subscribe links for the feed of ``filters`` (the window is never subscribed to)."""
    return subscribe_links(settings, url("feeds.calendar", filters))
