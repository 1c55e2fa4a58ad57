"""Clock times stated in a sentence ("at 1500 GMT", "11:00 CET", "в 15:00 по московскому
времени", "um 10 Uhr MEZ") and the zone each is given in (pure)."""

from __future__ import annotations

import re
from datetime import time
from functools import cache

from diplocal.extract.lang import LanguagePack, pack_for
from diplocal.extract.spans import Clock
from diplocal.extract.tag.memo import per_text
from diplocal.extract.tag.names import lookup_place
from diplocal.extract.tag.words import find_cues
from diplocal.places import all_cities, all_countries, capital_of, city, country_code


@per_text
def find_clocks(sentence: str, pack: LanguagePack) -> list[Clock]:
    """Every clock time of a sentence, left to right. The zone is an IANA name, "local" (the
    venue's) or None when the text names none."""
    found: list[Clock] = []
    for match in pack.clocks.regex.finditer(sentence):
        name = match.lastgroup
        if name is None:
            continue
        clock = _read(pack, match, name)
        if clock is None:
            continue
        if found and (
            _SAME_MOMENT.fullmatch(sentence, found[-1].end, clock.start) or _in_aside(sentence, found[-1], clock.start)
        ):
            # "11:00 local time (09.00 Beijing time)", "um 19.45 Uhr beginnen - in Deutschland
            # ist es dann 1.45 Uhr -": one moment told in a second zone
            continue
        found.append(clock)
    return found


_SAME_MOMENT = re.compile(r"\s*[(/]\s*")


def converted_spans(sentence: str, pack: LanguagePack) -> list[tuple[int, int]]:
    """Where a sentence tells a stated time again in another zone ("..., which is 9 p.m. on
    Monday in Washington"): the day and place there are that zone's, not the meeting's."""
    clocks = find_clocks(sentence, pack)
    if not clocks:
        return []
    pattern: re.Pattern[str] | None = pack.extra.get("clock_conversion")
    spans = [match.span() for match in pattern.finditer(sentence)] if pattern is not None else []
    return spans + _converted_asides(sentence, clocks[0], pack)


# An aside opened after a clock time: "(", or a dash set apart by spaces, on the same line.
_ASIDE_OPEN = re.compile(r"[^\n]*?(\(|\s[-\u2013\u2014]\s)")
_ASIDE_CLOSE = {"(": re.compile(r"\)"), "-": re.compile(r"\s[-\u2013\u2014]\s|$")}
_ASIDE_REACH = 30  # characters from the clock time to the aside's opening


def _aside_after(sentence: str, first: Clock) -> tuple[int, int, bool] | None:
    """The aside opened shortly after a clock time, as (start, end, in brackets), or None.
    A live page's entry stamp ("15:40 EDT - Macron will see Rouhani at 18:30") opens no
    aside: its dash begins the entry."""
    opening = _ASIDE_OPEN.match(sentence, first.end, first.end + _ASIDE_REACH)
    if opening is None:
        return None
    bracket = opening.group(1) == "("
    line = sentence.rfind("\n", 0, first.start) + 1
    if not bracket and not sentence[line : first.start].strip():
        return None
    close = _ASIDE_CLOSE["(" if bracket else "-"].search(sentence, opening.end())
    return opening.start(1), (close.start() if close is not None else len(sentence)), bracket


def _in_aside(sentence: str, first: Clock, at: int) -> bool:
    """True when a position lies inside an aside opened shortly after a clock time."""
    aside = _aside_after(sentence, first)
    return aside is not None and aside[0] < at < aside[1]


def _converted_asides(sentence: str, first: Clock, pack: LanguagePack) -> list[tuple[int, int]]:
    """Asides after a clock time that tell another clock time: "begin at 7:45 p.m. Eastern
    time (0045 GMT Tuesday)", "um 19.45 Uhr beginnen - in Deutschland ist es dann 1.45 Uhr
    in der Nacht zum Dienstag -": the same moment in another zone, whose day is not the
    meeting's. Any language: it is read from the marks and the clock times alone."""
    aside = _aside_after(sentence, first)
    if aside is None:
        return []
    start, end, bracket = aside
    inside = sentence[start + 1 : end]
    if not bracket and find_cues(inside, pack):
        return []  # "opens at 10:00 - the leaders dine at 20:00 on Tuesday -": another meeting's hour
    if _bare_utc(pack.code).search(inside) or any(
        _read(pack, m, m.lastgroup) for m in pack.clocks.regex.finditer(inside) if m.lastgroup
    ):
        return [(start, end)]
    return []


@cache
def _bare_utc(code: str) -> re.Pattern[str]:
    """Four digits and a universal-time word of the pack ("(0045 GMT Tuesday)"): a time told
    again as wires write it, which the pack's clock grammar reads only after "at"."""
    words = sorted((w for w, zone in pack_for(code).zone_words.items() if zone == "UTC" and len(w) > 1), key=len)
    names = "|".join(re.escape(w) for w in reversed(words)) or "(?!)"
    return re.compile(rf"(?<![\d.:])(?:[01]\d|2[0-3])[0-5]\d\s*(?:{names})(?!\w)", re.IGNORECASE)


def _read(pack: LanguagePack, match: re.Match[str], prefix: str) -> Clock | None:
    def get(group: str) -> str | None:
        try:
            return match.group(f"{prefix}__{group}")
        except IndexError:
            return None

    start, end = match.span(prefix)
    text = match.group(prefix)
    noon = get("noon")
    if noon:
        part = pack.day_parts.get(noon.casefold(), "noon")
        return Clock(start, end, text, time(0 if part == "midnight" else 12, 0), _zone(pack, get("zone"), get("city")))
    hm = get("hm")
    if hm:
        hour, minute = int(hm[:2]), int(hm[2:])
    else:
        hour_text = get("h")
        if hour_text is None:
            return None
        hour = int(hour_text) if hour_text.isdigit() else pack.numbers.get(hour_text.casefold(), -1)
        minute = int(get("mi") or 0)
    ampm = _part_of_day(pack, get("ampm") or get("daypart"))
    zone_word, city_word = get("zone"), get("city")
    if not (get("mi") or hm or ampm or zone_word or city_word or pack.extra.get("bare_hours")):
        return None  # "at 10" alone is a number, not a time
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if not 0 <= hour <= 23 or not 0 <= minute <= 59:
        return None
    zone = _zone(pack, zone_word, city_word)
    if city_word and zone is None:
        return None  # "10:00 Washington time" with an unknown city: not a zone we can read
    return Clock(start, end, text, time(hour, minute), zone)


def _part_of_day(pack: LanguagePack, word: str | None) -> str | None:
    if not word:
        return None
    key = " ".join(word.casefold().replace(" ", "").split()) if "." in word else " ".join(word.casefold().split())
    # "am." ending a sentence is "am": the full stop is the sentence's
    return (
        pack.day_parts.get(key) or pack.day_parts.get(key.replace(" ", "")) or pack.day_parts.get(key.replace(".", ""))
    )


def _zone(pack: LanguagePack, word: str | None, city_word: str | None) -> str | None:
    if word:
        key = " ".join(word.casefold().split())
        found = pack.zone_words.get(key) or pack.zone_words.get(pack.lemma(key))
        if found:
            return found
    if city_word:
        place = city(city_word) or city(pack.lemma(city_word).title())
        code = country_code(city_word)
        if code is not None and (place is None or place.country != code):
            # "hora de Chile": the country's capital's clock, not a village called Chile
            capital = capital_of(code)
            return capital.zone if capital is not None else None
        if place is not None:
            return place.zone
        short = _capital_by_first_word().get(city_word.casefold())
        if short is not None:
            return short  # "10h heure d'Addis": the capital a short name begins ("Addis Ababa")
        # a town's name in its case ("по времени Астаны"), or the town its adjective comes from
        # ("по астраханскому времени")
        adjective = pack.extra.get("town_of_adjective")
        names = adjective(city_word) if adjective is not None and city_word[:1].islower() else (city_word,)
        for name in names:
            town = lookup_place(name, pack)
            if town is not None and town[0].level == "city" and town[1] == len(name) and town[0].zone:
                return town[0].zone
    return None


@cache
def _capital_by_first_word() -> dict[str, str]:
    """Each capital's zone by the first word of its name, where the capital is the only town
    whose name begins with that word ("Addis" -> Addis Ababa's zone; not "New", "São")."""
    towns: dict[str, int] = {}
    for town in all_cities().values():
        if " " in town.name:
            word = town.name.split()[0].casefold()
            towns[word] = towns.get(word, 0) + 1
    zones: dict[str, str] = {}
    for code in all_countries():
        capital = capital_of(code)
        if capital is not None and " " in capital.name and capital.zone:
            word = capital.name.split()[0].casefold()
            if towns.get(word) == 1 and city(word.title()) is None:
                zones[word] = capital.zone
    return zones
