"""Meetings in the words a person reads (pure): days, places, countries and counts.

Shared by the pages, the calendar feeds, the JSON API and the command line, so that a
meeting is told the same way everywhere: "Online (videoconference)" in a calendar is
"Online (videoconference)" in the JSON, a country is "Russia" wherever a person reads it
(its ISO code stays in the API's ``countries`` and in filters). No locale is involved, so
the output is the same on every machine.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from diplocal.places import country_name

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

ONLINE_LABEL = "Online (videoconference)"
# Locations that mean a videoconference, as the news and the extractor write them.
ONLINE_PLACES = frozenset(
    {"virtual", "online", "videoconference", "video conference", "video link", "online (videoconference)"}
)


def plural(count: int, word: str, many: str | None = None) -> str:
    """``1 meeting``, ``2 meetings`` (``many`` for a plural that is not word + s)."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def month_text(day: date) -> str:
    """``January 2022``."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def day_text(day: date, *, year: bool = True) -> str:
    """``Fri 7 Jan 2022``, or ``Fri 7 Jan`` without the year."""
    text = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]}"
    return f"{text} {day.year}" if year else text


def span_text(start: date, end: date) -> str:
    """One day, or ``Wed 12 Jan – Thu 13 Jan 2022``."""
    if start == end:
        return day_text(start)
    return f"{day_text(start, year=start.year != end.year)} – {day_text(end)}"


def short_day(day: date, *, year: bool = False) -> str:
    """``14 Jul``, or ``14 Jul 2022`` with the year."""
    text = f"{day.day} {MONTHS[day.month - 1][:3]}"
    return f"{text} {day.year}" if year else text


def short_span(start: date, end: date, *, year: bool = False) -> str:
    """``14 Jul``, ``14–15 Jul``, ``30 Jun – 1 Jul`` (and the year when asked)."""
    if start == end:
        return short_day(start, year=year)
    tail = f" {end.year}" if year else ""
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[end.month - 1][:3]}{tail}"
    return f"{short_day(start, year=year and start.year != end.year)} – {short_day(end)}{tail}"


def is_online(location: str | None) -> bool:
    """True when a location means a videoconference ("virtual", "online", ...)."""
    return bool(location) and " ".join((location or "").split()).casefold() in ONLINE_PLACES


def place_label(location: str | None) -> str | None:
    """Where a meeting is, as people read it (the JSON, the pages and calendars alike): the
    place as the news names it, trimmed, or :data:`ONLINE_LABEL` for a videoconference;
    None when no place is known."""
    text = (location or "").strip()
    if not text:
        return None
    return ONLINE_LABEL if is_online(text) else text


def place_choices(counts: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Places with their meeting counts as people read them: every way of writing "online"
    is one :data:`ONLINE_LABEL`, its counts added; otherwise in the order given."""
    merged: dict[str, int] = {}
    for name, count in counts:
        label = place_label(name) or name
        merged[label] = merged.get(label, 0) + count
    return list(merged.items())


def country_label(code: str) -> str:
    """The English name of an ISO country code ("RU" -> "Russia"); the code itself when the
    places module does not know it."""
    return country_name(code) or code


def countries_label(codes: Iterable[str]) -> str:
    """``Russia, United States``."""
    return ", ".join(country_label(code) for code in codes)


# Languages written right to left (ISO 639-1, and 639-3 where they have no two-letter code).
RIGHT_TO_LEFT = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "syr", "ug", "ur", "yi"})


def text_direction(language: str | None) -> str:
    """The HTML ``dir`` of a text in ``language``: "rtl" for a right-to-left language, "ltr"
    for another known one, "auto" (the browser looks at the text) when it is not known."""
    if not language:
        return "auto"
    code = language.strip().lower().replace("_", "-").split("-")[0]
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"
