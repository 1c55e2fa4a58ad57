"""Who and where in a sentence: organisations, countries, office-holders, places, datelines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from diplocal.extract.gazetteer import CITIES, COUNTRIES, NOT_PLACES, ORGANISATIONS, Country
from diplocal.extract.patterns import trie_pattern


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a sentence: what it is and where."""

    start: int
    end: int
    text: str
    kind: str  # org, country, person, role, place
    value: str  # the canonical form: "NATO", an ISO code, a person's name, a city


def _alternation(names: list[str]) -> str:
    return trie_pattern(names)


_ORG_BY_NAME = {name: org.short for org in ORGANISATIONS for name in org.names}
_ORG_RE = re.compile(rf"(?<![\w-])(?:{_alternation(list(_ORG_BY_NAME))})(?![\w]|-\w)")

_COUNTRY_BY_NAME: dict[str, Country] = {}
_COUNTRY_BY_ADJECTIVE: dict[str, Country] = {}
for _country in COUNTRIES:
    for _name in _country.names:
        if _name not in CITIES:
            _COUNTRY_BY_NAME.setdefault(_name, _country)
    for _adjective in _country.adjectives:
        if _adjective in CITIES:
            continue  # "Luxembourg" the city is a place, not a participant
        _COUNTRY_BY_ADJECTIVE.setdefault(_adjective, _country)
        if _adjective.isalpha() and not _adjective.endswith(("ese", "ish", "ch", "ss")):
            _COUNTRY_BY_ADJECTIVE.setdefault(_adjective + "s", _country)  # "Nigerians", "Saudis"
_COUNTRY_RE = re.compile(
    rf"(?<![\w.])(?:{_alternation(list(_COUNTRY_BY_NAME) + list(_COUNTRY_BY_ADJECTIVE))})(?![\w]|\.\w)"
)
_COUNTRY_BY_CODE = {c.code: c for c in COUNTRIES}

_TITLE_WORDS = (
    r"(?:President|Vice President|Prime Minister|Premier|Chancellor|King|Queen|Prince|Crown Prince|Emir|Sheikh|Sultan"
    r"|Pope|Secretary of State|Secretary-General|Secretary General|Secretary|Undersecretary(?: of State)?"
    r"|Under Secretary(?: of State)?|Deputy [A-Z][a-z]+(?: [A-Z][a-z]+)?|Minister|Foreign Minister|Finance Minister"
    r"|Trade Minister|Defence Minister|Defense Minister|Energy Minister|Oil Minister|Agriculture Minister"
    r"|Economy Minister|Foreign Secretary|Treasury Secretary|Commerce Secretary|Agriculture Secretary"
    r"|Trade Representative|Commissioner|Commissioners|Ambassador|Envoy|Governor|Chairman|Chairwoman|Director-General"
    r"|Director General|Senator|Representative|General|Admiral|Marshal|Leader|Dr|Mr|Mrs|Ms)"
)
_NAME = r"(?P<name>[A-Z][a-z]+(?:[- ](?:(?:de|van|von|der|al|el|bin|da|di|du|le|la)[- ])?[A-Z][a-z'A-Z]+){0,3})"
_PERSON_RE = re.compile(rf"\b{_TITLE_WORDS}\.?\s+{_NAME}")
_LOWER_TITLE_PERSON_RE = re.compile(
    r"\b(?:vice president|president|minister|ambassador|envoy|governor|chairman|secretary|counterpart|commissioner|"
    r"director|negotiator|spokesman|deputy)\s+(?P<name>[A-Z][a-z]+(?:[- ](?:(?:de|van|von|al|el)[- ])?[A-Z][a-z'A-Z]+){1,2})"
)
_NOT_NAMES = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "The",
        "A",
        "An",
        "And",
        "Of",
        "In",
        "On",
        "At",
        "For",
        "To",
    ]
)

_ROLE_RE = re.compile(
    r"\b(?P<role>(?:(?:foreign|finance|trade|agriculture|agricultural|farm|economy|economic|energy|oil|environment|"
    r"transport|defence|defense|interior|justice|health|education|labou?r|industry|commerce|fisheries|social affairs|"
    r"budget|telecommunications|deputy finance|deputy foreign) ministers?)"
    r"|heads? of (?:state|government)(?: and government)?|central bank(?:ers| governors)|chiefs? of (?:general )?staff"
    r"|defen[cs]e chiefs|(?:trade |chief )?negotiators|personal representatives|foreign secretaries"
    r"|(?:leading |major |seven |main )?(?:industriali[sz]ed|industrial) (?:nations|countries|democracies|powers)|(?:world |western |arab |african |asian |european |gulf |nordic |latin american |commonwealth )leaders|leaders of (?:the )?[a-z]+"
    r"|(?:leading |major |main |big )?(?:coffee |cocoa |oil |sugar |tin |rubber |wheat |grain |commodity )?"
    r"(?:producers|exporters|consumers|importers)(?: and (?:consumers|producers|importers|exporters))?(?= (?:will|would|are|were|meet|to))"
    r"|dialogue partners|counterparts"
    r"|finance officials|senior officials|(?:major |foreign |aid )?donors|donor countries|consultative group|creditor governments"
    r"|(?:ministers?))\b",
    re.IGNORECASE,
)

_PLACE_PREP = re.compile(
    r"\b(?P<prep>[Ii]n|[Aa]t|to|visit|visits|visiting|visited)\s+(?:the\s+(?:[A-Z][a-z]+\s+)?(?:resort|city|town|village|capital|port|island|spa town|seaside resort)\s+of\s+)?"
    r"(?P<place>[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|de|del|el|es|du))*(?: [A-Z][a-z]+)?)"
)
_HOST_RE = re.compile(
    r"\b(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:will|is to|is due to|is set to|would)\s+(?:also\s+)?host\b"
)
_HERE_RE = re.compile(r"\bhere\b")
_VIRTUAL_RE = re.compile(
    r"video[\s-]?conference|virtual (?:format|meeting|summit)|by video(?:\s?link)?|online meeting", re.IGNORECASE
)

_DATELINE_RE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z .'-]*?[A-Za-z])(?:,\s*(?P<region>[A-Z][A-Za-z .]+?))?"
    r"(?:,\s*(?P<month>[A-Z][A-Za-z]{2,8}\.?)\s+(?P<day>\d{1,2}))?\s*(?:\((?P<agency>[^)]{1,40})\))?\s*(?:-|:|\u2013|\u2014)\s*"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """The city (and agency, and month/day) an article was filed from."""

    city: str | None
    agency: str | None = None
    month: str | None = None
    day: int | None = None
    length: int = 0  # characters of text the dateline took up, when read from the text


def parse_dateline(text: str) -> Dateline:
    """The dateline at the head of ``text`` ("BRUSSELS (TASS):", "LONDON, March 30 -")."""
    head = text[:120]
    if "-" not in head and ":" not in head and "\u2013" not in head and "\u2014" not in head:
        return Dateline(None)  # no separator, no dateline: spares the regex its backtracking
    match = _DATELINE_RE.match(head)
    if not match:
        return Dateline(None)
    raw_city = match.group("city").strip()
    if not (raw_city.isupper() or raw_city in CITIES) or len(raw_city) > 40:
        return Dateline(None)
    city = _city_name(raw_city)
    day = int(match.group("day")) if match.group("day") else None
    return Dateline(city, (match.group("agency") or "").strip() or None, match.group("month"), day, match.end())


_CITIES_BY_UPPER = {c.upper(): c for c in CITIES}


def _city_name(raw: str) -> str:
    return _CITIES_BY_UPPER.get(raw.upper(), raw.title())


def find_organisations(sentence: str) -> list[Mention]:
    return [
        Mention(m.start(), m.end(), m.group(0), "org", _ORG_BY_NAME[m.group(0)]) for m in _ORG_RE.finditer(sentence)
    ]


def find_countries(sentence: str) -> list[Mention]:
    found = []
    for match in _COUNTRY_RE.finditer(sentence):
        word = match.group(0)
        country = _COUNTRY_BY_NAME.get(word) or _COUNTRY_BY_ADJECTIVE.get(word)
        if country is None:
            continue
        if word in ("US", "EC") and not sentence[match.start() : match.end()].isupper():
            continue
        found.append(Mention(match.start(), match.end(), word, "country", country.code))
    return found


def find_people(sentence: str) -> list[Mention]:
    found = []
    matches = list(_PERSON_RE.finditer(sentence))
    starts = {m.start("name") for m in matches}
    matches += [m for m in _LOWER_TITLE_PERSON_RE.finditer(sentence) if m.start("name") not in starts]
    for match in matches:
        name = match.group("name")
        words = name.split()
        while words and words[-1] in _NOT_NAMES:
            words.pop()
        if not words or words[0] in _NOT_NAMES or name in _ORG_BY_NAME or name in _COUNTRY_BY_NAME:
            continue
        if len(words) == 1 and match.group(0).split()[0] not in (
            "King",
            "Queen",
            "Prince",
            "Emir",
            "Sheikh",
            "Pope",
            "Sultan",
            "President",
            "Chancellor",
            "Premier",
        ):
            # One bare word after a title is too often a place or an office ("Minister Bonn").
            continue
        text = " ".join(words)
        if match.group(0).startswith(
            ("King ", "Queen ", "Prince ", "Crown Prince ", "Emir ", "Sheikh ", "Pope ", "Sultan ")
        ):
            text = match.group(0).split()[0] + " " + text
        found.append(Mention(match.start("name"), match.start("name") + len(" ".join(words)), text, "person", text))
    return found


def find_roles(sentence: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), m.group(0), "role", m.group(0).lower()) for m in _ROLE_RE.finditer(sentence)]


def find_places(sentence: str, dateline_city: str | None = None) -> list[Mention]:
    """Places a meeting may be at: "in Geneva", "visit Tokyo", "Brussels will host", "here"."""
    found = []
    for match in _PLACE_PREP.finditer(sentence):
        place = _known_place(match.group("place"))
        if place:
            # The text keeps the preposition: "to" places are destinations, meaningful for visits only.
            text = f"{match.group('prep').lower()} {place}"
            found.append(Mention(match.start("place"), match.start("place") + len(place), text, "place", place))
    for match in _HOST_RE.finditer(sentence):
        place = _known_place(match.group("place"))
        if place:
            found.append(Mention(match.start("place"), match.end("place"), f"host {place}", "place", place))
    if dateline_city:
        for match in _HERE_RE.finditer(sentence):
            found.append(Mention(match.start(), match.end(), "here", "place", dateline_city))
    found.sort(key=lambda m: m.start)
    return found


@lru_cache(maxsize=4096)
def _known_place(raw: str) -> str | None:
    words = raw.split()
    # Longest known prefix: "Geneva Monday" -> "Geneva", "Porto Cervo" stays whole.
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[:size])
        if candidate in NOT_PLACES:
            return None
        if candidate in CITIES:
            return candidate
        country = _COUNTRY_BY_NAME.get(candidate)
        if country is not None and candidate not in ("US", "U.S.", "UK", "U.K.", "USA"):
            return country.name if candidate == country.name else candidate
    return None


def is_virtual(sentence: str) -> bool:
    return bool(_VIRTUAL_RE.search(sentence))


def country_name(code: str) -> str:
    country = _COUNTRY_BY_CODE.get(code)
    return country.name if country else code


def country_places(code: str) -> set[str]:
    """The capital and other city names of a country (for "the meeting is at home")."""
    country = _COUNTRY_BY_CODE.get(code)
    if country is None:
        return set()
    return {country.capital, *(n for n in country.names if n in CITIES)}


_CITY_RE = re.compile(rf"\b(?:{_alternation(sorted(CITIES))})\b")


def place_in_name(phrase: str) -> str | None:
    """The city a meeting is named after ("the Venice summit", "Porto Cervo meeting")."""
    match = _CITY_RE.search(phrase)
    if match is None:
        return None
    rest = phrase[match.end() :].split()
    # Only a name before the meeting word: "summit in Venice" is found as a place anyway,
    # and "talks of the Paris Club" names a body, not a place.
    return match.group(0) if rest and rest[0][:1].islower() else None


def country_of_place(place: str | None) -> str | None:
    """The ISO code of the country a city or country name belongs to, when known."""
    if not place:
        return None
    for country in COUNTRIES:
        if place == country.name or place == country.capital or place in country.names:
            return country.code
    return None
