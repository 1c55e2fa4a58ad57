"""Clock times stated in a sentence ("at 1500 GMT", "11:00 CET", "в 15:00 по московскому
времени", "um 10 Uhr MEZ") and the zone each is given in (pure)."""

from __future__ import annotations

import re
from datetime import time

from diplocal.extract.lang import LanguagePack
from diplocal.extract.spans import Clock
from diplocal.extract.tag.memo import per_text
from diplocal.places import capital_of, city, country_code


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
        if found and _SAME_MOMENT.fullmatch(sentence, found[-1].end, clock.start):
            continue  # "11:00 local time (09.00 Beijing time)": one moment told in a second zone
        found.append(clock)
    return found


_SAME_MOMENT = re.compile(r"\s*[(/]\s*")


def converted_spans(sentence: str, pack: LanguagePack) -> list[tuple[int, int]]:
    """Where a sentence tells a stated time again in another zone ("..., which is 9 p.m. on
    Monday in Washington"): the day and place there are that zone's, not the meeting's."""
    pattern: re.Pattern[str] | None = pack.extra.get("clock_conversion")
    if pattern is None or not find_clocks(sentence, pack):
        return []
    return [match.span() for match in pattern.finditer(sentence)]


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
    return None
