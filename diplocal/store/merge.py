"""Deciding, without any database, whether two sightings are the same real meeting.

The rule, in order:

1. The dates must agree: overlapping spans of the same precision whose first days are at
   most a day apart, or a coarser span (a month, a week) that contains a finer one.
2. Nothing may conflict: two different places, two disjoint sets of countries, or two
   different specific kinds (``summit`` against ``talks``; the generic ``meeting`` conflicts
   with nothing).
3. Who meets must support it: the same two or more countries (or the same countries and
   organisations), or the same participants (two names in common), match outright; a shared
   organisation or country only with support from a similar title, the same specific kind or
   the same place and days. With no one in common, the same place and a
   similar title or the same specific kind are needed. A title alone never decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from diplocal.model import DatePrecision, Meeting

GENERIC_KIND = "meeting"
# A meeting whose combined confidence stays below this is shown as tentative, even when its
# only source words it as certain: one weak source is not enough to put it in calendars as
# confirmed. Two independent sources of 0.3 (0.51 together) are.
TENTATIVE_BELOW = 0.5
MAX_CONFIDENCE = 0.99
_FINENESS = {DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2}
_STOPWORDS = frozenset("a an the of on in at and to for with by from meeting meetings session talks s will be".split())


def same_meeting(known: Meeting, seen: Meeting) -> bool:
    """True when ``seen`` (from a new article) is the meeting ``known`` already in the store."""
    return dates_agree(known, seen) and same_event(known, seen, dated=True)


def same_event(known: Meeting, seen: Meeting, *, dated: bool = False) -> bool:
    """True when who, where and what of two sightings fit one meeting, dates aside.

    ``dated`` says the dates are known to agree, so identical days may count as support.
    """
    if conflict(known, seen):
        return False
    titles = title_similarity(known.title, seen.title)
    same_kind = known.kind == seen.kind != GENERIC_KIND
    same_place = bool(known.location) and _fold(known.location) == _fold(seen.location)
    same_countries = bool(known.countries) and set(known.countries) == set(seen.countries)
    same_orgs = set(known.organisations) == set(seen.organisations)
    if same_countries and (len(known.countries) >= 2 or same_orgs):
        return True
    names, other = _names(known), _names(seen)
    if (names and names == other) or len(names & other) >= 2:
        return True
    if same_countries or set(known.organisations) & set(seen.organisations):
        same_days = dated and known.start == seen.start and known.end == seen.end
        return titles >= 0.4 or same_kind or (same_place and same_days)
    return same_place and (same_kind or titles >= 0.5)


def conflict(known: Meeting, seen: Meeting) -> bool:
    """True when two sightings cannot be one meeting whatever their dates: two different
    places, two disjoint sets of countries, or two different specific kinds."""
    if known.location and seen.location and _fold(known.location) != _fold(seen.location):
        return True
    if known.countries and seen.countries and not set(known.countries) & set(seen.countries):
        return True
    return GENERIC_KIND not in (known.kind, seen.kind) and known.kind != seen.kind


def dates_agree(known: Meeting, seen: Meeting) -> bool:
    """True when the dates of two sightings can be one meeting's."""
    if not (known.start <= seen.end and seen.start <= known.end):
        return False
    if known.precision is seen.precision:
        if known.precision is DatePrecision.DAY:
            return abs(known.start - seen.start) <= timedelta(days=1)
        return True
    coarse, fine = (known, seen) if _FINENESS[known.precision] > _FINENESS[seen.precision] else (seen, known)
    return coarse.start <= fine.start and fine.end <= coarse.end


def finer(seen: Meeting, than: Meeting) -> bool:
    """True when ``seen`` pins the dates of ``than`` down: a finer precision inside its span."""
    return _FINENESS[seen.precision] < _FINENESS[than.precision] and than.start <= seen.start and seen.end <= than.end


def title_similarity(first: str, second: str) -> float:
    """How alike two titles are, from 0 to 1 (Dice over their content words)."""
    one, two = _words(first), _words(second)
    if not one or not two:
        return 0.0
    return 2 * len(one & two) / (len(one) + len(two))


def publisher_key(publisher: str | None, url: str | None) -> str:
    """Who vouches for a source: the publisher's name, else the URL's host, else "unknown".

    Sources with the same key are not independent: a publisher repeating itself adds nothing.
    Sources of unknown origin count together as one, so they cannot inflate each other.
    """
    if publisher and publisher.strip():
        return _fold(publisher)
    host = urlsplit(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    return "unknown"


def combined_confidence(sources: Iterable[tuple[str, float]]) -> float:
    """The confidence of a meeting several sources report, from ``(publisher key, confidence)``.

    Each publisher counts once, with its most confident report; independent publishers
    combine as independent witnesses (1 - product of their doubts), capped at 0.99.
    """
    best: dict[str, float] = {}
    for key, value in sources:
        best[key] = max(value, best.get(key, 0.0))
    remaining = 1.0
    for value in best.values():
        remaining *= 1.0 - value
    return round(min(MAX_CONFIDENCE, 1.0 - remaining), 3)


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split())


def _names(meeting: Meeting) -> set[str]:
    return {_fold(name) for name in meeting.participants if name.strip()}


@lru_cache(maxsize=4096)
def _words(title: str) -> frozenset[str]:
    return frozenset(word for word in re.findall(r"[^\W_]+", title.casefold()) if word not in _STOPWORDS)
