"""Calendar words of a language, generated from libraries made for them: month and weekday
names from babel's CLDR data (wide and abbreviated, format and stand-alone forms, and the
regional variants a language's news uses), relative day and period words from dateparser's
locale data."""

from __future__ import annotations

import importlib
import re
from functools import cache

from babel import Locale

# The CLDR locales whose names a language's news uses: Arabic news writes both the Egyptian
# and Gulf month names (يناير) and the Levantine ones (كانون الثاني).
_LOCALES = {"ar": ("ar", "ar_SY", "ar_EG", "ar_MA", "ar_TN", "ar_DZ"), "de": ("de", "de_AT", "de_CH")}


@cache
def calendar_words(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """Month names -> 1..12 and weekday names -> 0..6 (Monday 0), keys lower-cased and
    without a final full stop."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for name in _LOCALES.get(code, (code,)):
        locale = Locale.parse(name)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, word in locale.months[context][width].items():
                    months.setdefault(_key(word), number)
                for number, word in locale.days[context][width].items():
                    weekdays.setdefault(_key(word), number)
    info = _dateparser_info(code)
    for index, month in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"),
        start=1,
    ):  # fmt: skip
        for word in info.get(month, ()):  # type: ignore[attr-defined]
            if len(word) >= 3:
                months.setdefault(_key(word), index)
    for index, day in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")):
        for word in info.get(day, ()):  # type: ignore[attr-defined]
            if len(word) >= 3:
                weekdays.setdefault(_key(word), index)
    return months, weekdays


@cache
def relative_words(code: str) -> dict[str, dict[str, int]]:
    """dateparser's relative words: ``days`` (today 0, tomorrow 1, yesterday -1...) and
    ``weeks``/``months`` ("next week" 1, "this week" 0, "last month" -1), lower-cased."""
    table: dict[str, dict[str, int]] = {"days": {}, "weeks": {}, "months": {}}
    pattern = re.compile(r"^(?:in (?P<ahead>\d+)|(?P<back>\d+)) (?P<unit>day|week|month)(?: ago)?$")
    relative: dict[str, list[str]] = _dateparser_info(code).get("relative-type", {})  # type: ignore[assignment]
    for key, phrases in relative.items():
        match = pattern.match(key)
        if not match:
            continue
        amount = int(match.group("ahead") or 0) if match.group("ahead") else -int(match.group("back"))
        if abs(amount) > 2:
            continue
        unit = match.group("unit") + "s"
        for phrase in phrases:
            if len(phrase) >= 3 and "." not in phrase:
                table[unit].setdefault(phrase.casefold(), amount)
    return table


def _key(word: str) -> str:
    return word.casefold().rstrip(".").strip()


@cache
def _dateparser_info(code: str) -> dict[str, object]:
    module = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
    info: dict[str, object] = module.info
    return info
