"""Whether two sightings are the same real meeting, scored without any database (pure).

Two steps, as record linkage does it:

1. **Blocking.** Two sightings are compared only when their dates are compatible (days that
   overlap or start a day or two apart, a week or month that holds a day, a move that links
   an old date to a new one, or a meeting put off with no new day and one told up to two
   months later) and they share an anchor: a place through the place
   hierarchy (venue -> city -> country), an organisation (or one of its bodies), a meeting
   series, or a person or two countries. Two readings of one article are never one meeting:
   the extractor already joined what it could.
2. **Scoring.** The evidence is weighed in canonical ids, not words: participants as sets (a
   subset supports: "Australia" alone fits "Australia, India, Japan, US"), organisations with
   their bodies (NATO and the NATO-Russia Council are related, not equal), kinds as a small
   taxonomy (summit ~ conference ~ meeting), places through the hierarchy, the days, stated
   times, titles and evidence. A differing place or kind weighs against a merge; it does not
   veto it. The weights are in :data:`WEIGHTS`, fitted on our labelled stories by
   ``python -m benchmarks.fit_merge``; a score above zero means "the same meeting".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from diplocal.model import TENTATIVE_BELOW, ChangeAction, DatePrecision, Meeting, Status
from diplocal.places import Place, country_code, lineage, organisation, place, same_place
from diplocal.text import latin_key

__all__ = [
    "GENERIC_KIND",
    "MAX_CONFIDENCE",
    "TENTATIVE_BELOW",
    "WEIGHTS",
    "Features",
    "combined_confidence",
    "dates_agree",
    "features",
    "finer",
    "link_score",
    "moved_from_place",
    "publisher_key",
    "same_meeting",
    "title_similarity",
]

GENERIC_KIND = "meeting"
MAX_CONFIDENCE = 0.99
_MOVED_BACK = timedelta(days=120)  # how far back a move that does not say from when may reach
_PUT_OFF_TO = timedelta(days=60)  # how far ahead a meeting put off with no new day may be found again
_FINENESS = {DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2}
_STOPWORDS = frozenset(
    "a an the of on in at and to for with by from meeting meetings session talks s will be "
    "summit visit conference".split()
)
# Kinds that may name one meeting: a summit is reported as a meeting or a conference, talks as
# a meeting or consultations; a visit and a phone call are of their own kind.
_FAMILY = {
    "summit": "gathering",
    "conference": "gathering",
    "ministerial": "gathering",
    "meeting": "gathering",
    "videoconference": "gathering",
    "talks": "talks",
    "visit": "visit",
    "call": "call",
}

# The weights of the link score (a logistic model: above zero, the same meeting). Fitted on
# the labelled stories of tests/corpus/clusters by benchmarks/fit_merge.py.
WEIGHTS: dict[str, float] = {
    "bias": -3.0,
    "same_days": 1.6,  # the same first day (or a coarser span holding it)
    "near_days": -1.5,  # first days a day apart, the spans not overlapping
    "two_days": -3.0,  # first days two apart: another meeting unless much else agrees
    "moved": 1.0,  # one says it moved from the other's day
    "moved_unknown": 0.2,  # one moved without saying from when; the other came before
    "weak_date": -0.6,  # a date that is only the article's own day (or its dateline's)
    "orgs_same": 1.8,  # an organisation in common
    "orgs_related": 0.9,  # one names a body of the other's organisation
    "orgs_differ": -2.5,  # both name organisations, none related (9 of 10 labelled pairs: two meetings)
    "sideline": -2.5,  # two members meeting alone, beside their organisation's meeting
    "bodies_differ": -2.5,  # two different bodies (or series) of one organisation
    "countries_jaccard": 1.8,  # share of countries in common (of the smaller set: a subset supports)
    "countries_differ": -1.4,  # both name countries, none in common
    "people": 1.6,  # a person in common (by surname)
    "people_differ": -0.8,  # both name people, none in common
    "place_same": 1.4,  # the same venue or city
    "place_within": 0.5,  # a city in the other's country
    "place_differs": -3.0,  # two different places
    "kind_same": 0.6,
    "kind_family": 0.2,
    "kind_differs": -2.5,
    "kind_visit": 0.2,  # a visit against the talks or meeting it may be held for
    "time_same": 0.6,
    "time_differs": -1.0,
    "title": 2.0,  # title similarity (0..1)
    "roles_differ": -1.0,  # "defence ministers" against "agriculture ministers"
}


@dataclass(frozen=True, slots=True)
class Features:
    """What a pair of sightings has in common, as the named features of :data:`WEIGHTS`."""

    values: dict[str, float]
    blocked: str | None = None  # why the pair is not compared at all, or None

    def score(self) -> float:
        if self.blocked:
            return float("-inf")
        return WEIGHTS["bias"] + sum(WEIGHTS[name] * value for name, value in self.values.items())


def link_score(
    known: Meeting, seen: Meeting, *, known_published: datetime | None = None, seen_published: datetime | None = None
) -> float:
    """How surely two sightings are one meeting: above zero, they are (-inf when blocked)."""
    return features(known, seen, known_published=known_published, seen_published=seen_published).score()


def same_meeting(known: Meeting, seen: Meeting) -> bool:
    """True when ``seen`` (from a new article) is the meeting ``known`` already in the store."""
    return link_score(known, seen) > 0


def features(
    known: Meeting, seen: Meeting, *, known_published: datetime | None = None, seen_published: datetime | None = None
) -> Features:
    """The features of a pair of sightings, or the reason it is blocked."""
    days = _dates(known, seen)
    if days is None:
        return Features({}, "dates far apart")
    values: dict[str, float] = {days: 1.0}
    if _weak(known, known_published) or _weak(seen, seen_published):
        values["weak_date"] = 1.0
    anchors = 0
    orgs = _orgs(known.organisations, seen.organisations)
    if orgs:
        values[orgs] = 1.0
        anchors += orgs != "orgs_differ"
    if _bodies_differ(known.organisations, seen.organisations):
        values["bodies_differ"] = 1.0
    if _sideline(known, seen) or _sideline(seen, known):
        values["sideline"] = 1.0
    countries_a, countries_b = set(known.countries), set(seen.countries)
    if countries_a and countries_b:
        common = countries_a & countries_b
        if common:
            values["countries_jaccard"] = len(common) / min(len(countries_a), len(countries_b))
            anchors += len(common) >= 2 or (len(common) >= 1 and not orgs)
        else:
            values["countries_differ"] = 1.0
    people_a, people_b = _people(known), _people(seen)
    if people_a and people_b:
        if _same_person(people_a, people_b):
            values["people"] = 1.0
            anchors += 1
        else:
            values["people_differ"] = 1.0
    if _online_in_place_of(known, seen) or _online_in_place_of(seen, known):
        return Features(values, "held online in place of one called off")
    agreement = same_place(_place(known.location), _place(seen.location))
    if agreement >= 1.0:
        values["place_same"] = 1.0
        anchors += 1
    elif agreement > 0:
        values["place_within"] = 1.0
        anchors += 1
    elif agreement < 0 and days not in ("moved", "moved_unknown") and not moved_from_place(known, seen):
        values["place_differs"] = 1.0  # but a move may take the meeting elsewhere ("moved to Cairo")
    if not anchors:
        return Features(values, "nothing in common but the dates")
    values.update(_kinds(known.kind, seen.kind))
    if known.start_time and seen.start_time and known.start == seen.start:
        values["time_same" if _same_moment(known, seen) else "time_differs"] = 1.0
    values["title"] = title_similarity(known.title, seen.title)
    if _roles_differ(known, seen):
        values["roles_differ"] = 1.0
    return Features(values)


def _online_in_place_of(online: Meeting, off: Meeting) -> bool:
    """True when a meeting held by video is told on the days of one in a city that was called off
    or put off ("will hold a videoconference with Xi on Monday, the day the Twenty-Seven were to
    have met him in Leipzig"): what stands in for a meeting is not that meeting."""
    first, second = _place(online.location), _place(off.location)
    return (
        first is not None
        and first.level == "online"
        and online.status is Status.CONFIRMED
        and second is not None
        and second.level != "online"
        and off.status in (Status.CANCELLED, Status.POSTPONED)
    )


def _dates(known: Meeting, seen: Meeting) -> str | None:
    """How the dates of two sightings relate: same_days, near_days, two_days, moved, or None."""
    for one, other in ((known, seen), (seen, known)):
        change = one.change
        if change is None or change.action is not ChangeAction.RESCHEDULE:
            continue
        previous = change.previous_start
        if previous is not None and other.start <= previous <= other.end:
            return "moved"
        if previous is None and one.start - _MOVED_BACK <= other.start < one.start:
            return "moved_unknown"  # "postponed until April 20", not saying from when
    for one, other in ((known, seen), (seen, known)):
        # put off with no new day, then told on a later day ("the talks set for 8 October are
        # postponed"; "the talks begin tomorrow in Pretoria"): the new day it was put off to
        if (
            one.status is Status.POSTPONED
            and other.status is not Status.POSTPONED
            and one.end < other.start <= one.start + _PUT_OFF_TO
        ):
            return "moved_unknown"
    if dates_agree(known, seen):
        return "same_days"
    both_days = known.precision is DatePrecision.DAY and seen.precision is DatePrecision.DAY
    if both_days and abs((known.start - seen.start).days) <= 1:
        return "near_days"
    if both_days and abs((known.start - seen.start).days) == 2 and not _held_within(known, seen):
        return "two_days"
    return None


def _held_within(known: Meeting, seen: Meeting) -> bool:
    """True when one sighting's days lie inside the other's longer span, starting after its
    first day: the summit Xi attends on the third day of his state visit is held during the
    visit, not the visit itself (as a meeting three days into it already is not compared)."""
    return any(outer.start < inner.start and inner.end <= outer.end for outer, inner in ((known, seen), (seen, known)))


def moved_from_place(known: Meeting, seen: Meeting) -> bool:
    """True when one sighting says the meeting was moved away from the other's place ("due to
    be held in Perpignan on Thursday will instead take place in Paris"): their places differ
    because of the move, not because they are two meetings."""
    for one, other in ((known, seen), (seen, known)):
        change = one.change
        if (
            change is not None
            and change.previous_place
            and other.location
            and same_place(_place(change.previous_place), _place(other.location)) >= 1.0
        ):
            return True
    return False


def dates_agree(known: Meeting, seen: Meeting) -> bool:
    """True when the dates of two sightings can be one meeting's: day spans that overlap and
    start at most a day apart, or a coarser span (a week, a month) holding a finer one."""
    if not (known.start <= seen.end and seen.start <= known.end):
        return False
    if known.precision is seen.precision:
        if known.precision is DatePrecision.DAY:
            return abs(known.start - seen.start) <= timedelta(days=1)
        return True
    coarse, fine = (known, seen) if _FINENESS[known.precision] > _FINENESS[seen.precision] else (seen, known)
    return coarse.start <= fine.start and fine.end <= coarse.end


def _weak(meeting: Meeting, published: datetime | None) -> bool:
    """A date that is just the day the article was written says little about which meeting."""
    return published is not None and meeting.start == published.date() and meeting.start_time is None


def _orgs(first: tuple[str, ...], second: tuple[str, ...]) -> str | None:
    if not first or not second:
        return None
    if set(first) & set(second):
        return "orgs_same"
    if any(_related(a, b) for a in first for b in second):
        return "orgs_related"
    return "orgs_differ"


def _bodies_differ(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Both name a body (or a series) and none in common: the NATO-Russia Council is not the
    NATO Military Committee, though both are NATO's."""
    bodies_a = {o for o in first if _is_body(o)}
    bodies_b = {o for o in second if _is_body(o)}
    return bool(
        bodies_a
        and bodies_b
        and not bodies_a & bodies_b
        and not any(_related(a, b) and (a in lineage(b) or b in lineage(a)) for a in bodies_a for b in bodies_b)
    )


def _sideline(group: Meeting, pair: Meeting) -> bool:
    """True when ``pair`` is two members of an organisation ``group`` names meeting without
    it: the Egypt-Iraq talks on the sidelines of the Arab League's session, the India-Japan
    dialogue beside the Quad's ministers. A visit is not a sideline meeting."""
    if not group.organisations or pair.organisations or len(set(pair.countries)) != 2:
        return False
    if "visit" in (group.kind, pair.kind):
        return False
    return any(set(pair.countries) <= _members(org) for org in group.organisations)


@lru_cache(maxsize=4096)
def _members(org_id: str) -> frozenset[str]:
    """The member countries of an organisation, or of the one a body belongs to."""
    members: set[str] = set()
    for name in lineage(org_id):
        found = organisation(name)
        if found is not None:
            members.update(found.members)
    return frozenset(members)


@lru_cache(maxsize=4096)
def _is_body(org_id: str) -> bool:
    found = organisation(org_id)
    return found is not None and found.kind in ("body", "series") and found.parent is not None


@lru_cache(maxsize=4096)
def _related(first: str, second: str) -> bool:
    """Two organisations related through their bodies, or a format and its members' group."""
    if set(lineage(first)) & set(lineage(second)):
        return True
    a, b = organisation(first), organisation(second)
    return bool(a and b and a.kind == "series" and a.parent == second) or bool(
        a and b and b.kind == "series" and b.parent == first
    )


def _people(meeting: Meeting) -> frozenset[str]:
    """See :func:`_people_named`."""
    return _people_named(meeting.participants, meeting.organisations)


@lru_cache(maxsize=16384)
def _people_named(participants: tuple[str, ...], organisations: tuple[str, ...]) -> frozenset[str]:
    """The surnames of the people a meeting names (its participants that are no organisation,
    country or role): "Putin" and "Vladimir Putin" are one person. A role ("NATO foreign
    ministers", "heads of state") is no person, nor is an organisation's name inside one."""
    others = {*organisations}
    names: set[str] = set()
    for name in participants:
        if name in others or country_code(name):
            continue  # (a name may open with a title in lower case: "rey Mohamed VI")
        words = re.findall(r"[^\W\d_][\w'’-]*", name)
        if not words or not words[-1][:1].isupper():
            continue  # a role: a person's name ends with a capitalised name
        words = [w for w in words if w[:1].isupper() and not _organisation_word(w)]
        if words:
            names.add(words[-1].casefold())
            if len(words) >= 2:
                names.add(words[0].casefold())  # family name first: "Xi Jinping", "Moon Jae-in"
    return frozenset(names)


def _same_person(first: frozenset[str], second: frozenset[str]) -> bool:
    """True when the two sets of names share a person: the same name, or in two scripts one
    written as the other begins (a Russian case ending: "Путиным" is "Putin")."""
    if first & second:
        return True
    for one in first:
        for other in second:
            a, b = latin_key(one), latin_key(other)
            if a == b or (len(a) >= 5 and _single_letters(a) == _single_letters(b)):
                return True  # "Vučić" and "Vucic"; "Mohammed" and "Mohamed", "Hassan" and "Hasan"
            if (a != one) == (b != other):
                continue  # the same script: a different name
            short, long = sorted((a, b), key=len)
            if len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3:
                return True
    return False


def _single_letters(name: str) -> str:
    """A name with its doubled letters written once: transliterations double them or not."""
    return re.sub(r"(.)\1+", r"\1", name)


@lru_cache(maxsize=4096)
def _organisation_word(word: str) -> bool:
    """True for a word that names an organisation or a country ("NATO", "EU"), not a person."""
    return word.isupper() and (organisation(word) is not None or country_code(word) is not None)


@lru_cache(maxsize=4096)
def _place(name: str | None) -> Place | None:
    return place(name) if name else None


def _kinds(first: str, second: str) -> dict[str, float]:
    if first == second:
        return {"kind_same": 1.0}
    if GENERIC_KIND in (first, second) or _FAMILY.get(first, first) == _FAMILY.get(second, second):
        return {"kind_family": 1.0}
    if "visit" in (first, second) and "call" not in (first, second):
        return {"kind_visit": 1.0}
    return {"kind_differs": 1.0}


def _same_moment(known: Meeting, seen: Meeting) -> bool:
    a, b = known.starts_at(), seen.starts_at()
    if a is None or b is None or a.tzinfo is None or b.tzinfo is None:
        return known.start_time == seen.start_time
    return a == b


_ROLE = re.compile(r"\b([a-z]+) ministers?\b")


def _roles_differ(known: Meeting, seen: Meeting) -> bool:
    """Two different ministerial formations: "defence ministers" against "agriculture ministers"."""
    first = {m.group(1) for name in (known.title, *known.participants) for m in _ROLE.finditer(name.lower())}
    second = {m.group(1) for name in (seen.title, *seen.participants) for m in _ROLE.finditer(name.lower())}
    first -= {"prime", "the"}
    second -= {"prime", "the"}
    return bool(first and second and not first & second)


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


@lru_cache(maxsize=4096)
def _words(title: str) -> frozenset[str]:
    return frozenset(word for word in re.findall(r"[^\W_]+", title.casefold()) if word not in _STOPWORDS)
