"""Date phrases in a sentence, found by our own grammar (pure): ranges, lists, weekdays,
relative days and periods, months and their parts, spelled day numbers.

``resolve.py`` turns them into days against a reference date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from functools import lru_cache

from diplocal.model import DatePrecision


class Tense(Enum):
    """Which way a sentence points in time, as far as its words tell."""

    FUTURE = "future"
    PAST = "past"
    UNKNOWN = "unknown"


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
SPELLED = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "first": 1, "second": 2,
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![A-Za-z])"
)
_SPELLED_DAY = (
    r"(?:[Tt]wenty-(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)|[Tt]hirty-[Oo]ne"
    r"|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve"
    r"|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty)"
)
_DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?![,.]\d)(?!\s*(?:pct|percent|per|mln|billion|dlrs|%))|{_SPELLED_DAY}\b(?!-))"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TO = r"\s*(?:-|to|through|thru|until|till|and)\s*"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

_PATTERNS: list[tuple[str, str]] = [
    # "Friday, January 7" / "Friday January 7, 2022" (weekday given with the date)
    (
        "weekday_md",
        rf"(?:(?:on|next|this|by|from)\s+)?(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    (
        "weekday_dm",
        rf"(?:(?:on|next|this|by|from)\s+)?(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
    ),
    # "March 31-April 2", "April 29 to May 5, 1987"
    ("md_md", rf"(?P<m>{_MONTH})\s+(?P<d>{_DAY}){_TO}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
    # "31 March-2 April"
    ("dm_dm", rf"(?P<d>{_DAY})\s+(?P<m>{_MONTH}){_TO}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"),
    # "June 8-11", "April six to 10", "May 25 and 26", "January 12-13, 2022"
    ("md_d", rf"(?P<m>{_MONTH})[\s-]+(?P<d>{_DAY}){_TO}(?P<d2>{_DAY})(?!\s*{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"),
    # "12-13 January", "12 and 13 January 2022"
    ("d_dm", rf"(?P<d>{_DAY}){_TO}(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"),
    # "January 7", "January 7th, 2022"
    ("md", rf"(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?"),
    # "7 January 2022", "the 7th of January"
    ("dm", rf"(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"),
    # "Thursday and Friday", "Monday to Wednesday", "next Monday and Tuesday"
    (
        "weekday_range",
        rf"(?:(?P<q>next|this|last|coming|on|from|between)\s+)?(?P<wd>{_WEEKDAY}){_TO}(?P<wd2>{_WEEKDAY}){_PART}",
    ),
    # "next Monday", "on Friday", "Tuesday evening"
    ("weekday", rf"(?:(?P<q>next|this|last|coming|on|by|until|from|since)\s+)?(?P<wd>{_WEEKDAY}){_PART}"),
    # "today and tomorrow", "later today", "tomorrow evening"
    ("relday_range", r"(?P<rel>(?i:today|tonight))\s+and\s+(?P<rel2>(?i:tomorrow))"),
    # "tomorrow and Friday"
    ("relday_weekday", rf"(?P<rel>(?i:today|tomorrow))\s+(?:and|to)\s+(?P<wd2>{_WEEKDAY})"),
    (
        "relday",
        r"(?:(?P<q>(?i:later|earlier|early|late))\s+)?(?P<rel>(?i:today|tonight|tomorrow|yesterday|the day after tomorrow|this (?:morning|afternoon|evening)))"
        + _PART,
    ),
    # "this week", "later this week", "early next week", "this weekend", "next weekend"
    (
        "period",
        r"(?:(?P<q>(?i:later|early|earlier|late|mid))[\s-]+)?(?P<which>(?i:this|next|last|the coming|the following))\s+(?P<unit>weekend|week|month|year)",
    ),
    # "next week's", "this week's" handled by the above; "next month's meeting" as well.
    # "in June", "next June", "late May", "September 1987", "in the summer of 2019"
    (
        "month",
        rf"(?:(?P<q>in|next|this|last|late|early|mid|by|until|from|since|during|before|after)[\s-]+(?:(?:early|late|mid)[\s-]+)?)?"
        rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR})|\s+(?P<yq>this|last|next)\s+year)?(?!\s+{_DAY})",
    ),
    # "the end of this month", "the start of April", "mid-April", "the second half of May"
    (
        "month_part",
        r"(?:(?:the\s+)?(?P<part>(?i:start|beginning|end|middle|first half|second half|first week|second week|third week|"
        r"fourth week|last week|first days|last days|turn))\s+of\s+(?:(?P<which>this|next|the)\s+month|(?P<m>"
        + _MONTH
        + r")"
        r"(?:,?\s+(?P<y>" + _YEAR + r"))?)|(?P<mid>mid-?)(?P<m2>" + _MONTH + r"))",
    ),
    ("season", r"(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+of\s+(?P<y>" + _YEAR + ")"),
    ("year", rf"(?:(?P<q>in|since|by|until|from|before|after|during|early|late|mid)[\s-]+)(?P<y>{_YEAR})(?![/\d])"),
]

# Every phrase starts with one of these words: looking ahead for them first lets the regex
# engine skip most positions of a sentence without trying each alternative.
_FIRST_WORD = (
    r"(?=\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|"
    r"[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|"
    r"[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Tt]he|[Tt]his|[Nn]ext|[Ll]ast|[Ll]ate|[Ee]arl|[Mm]id|[Ii]n|"
    r"[Oo]n|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Dd]uring|[Tt]od|[Tt]on|[Tt]om|[Yy]es|[Cc]oming|"
    r"[Bb]etween|[Ss]tart|[Bb]eginning|[Ee]nd|[Mm]iddle|[Ff]irst|[Ss]econd|[Tt]urn|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|"
    r"[Ww]inter))"
)
_MASTER = re.compile(
    _FIRST_WORD
    + "(?:"
    + "|".join(f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}__')})" for name, pattern in _PATTERNS)
    + ")"
)
_QUICK = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec|day|Day|today|Today|tonight|Tonight|Tomorrow|Yesterday|Week|Month|this|This|tomorrow|yesterday|week|month|year|summer|winter|spring|autumn|fall|1[89]\d\d|20\d\d"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase as written, before it is resolved against a reference date."""

    kind: str
    start: int  # offset in the sentence
    end: int
    text: str
    month: int | None = None
    day: int | None = None
    month2: int | None = None
    day2: int | None = None
    year: int | None = None
    weekday: int | None = None
    weekday2: int | None = None
    relative: int | None = None  # days from the reference date (today 0, tomorrow 1)
    relative2: int | None = None
    qualifier: str | None = None  # next, this, last, later, early, late, mid, in, by, ...
    unit: str | None = None  # week, weekend, month, year (for periods)
    season: str | None = None
    preceding: str = ""  # the words just before the phrase, lower-cased

    @property
    def is_range(self) -> bool:
        return self.day2 is not None or self.weekday2 is not None or self.relative2 is not None


@dataclass(frozen=True, slots=True)
class Resolved:
    """A date phrase resolved to days: inclusive start and end, and how precise they are."""

    start: date
    end: date
    precision: DatePrecision
    explicit_year: bool = False
    weekday_checked: bool = False


# Every date phrase holds one of these words; the full grammar is tried only near them.
_ANCHOR = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|week|weekend|month|year|morning|afternoon|evening"
    r"|spring|summer|autumn|fall|winter|1[89]\d\d|20\d\d)\b"
)
_LOOK_BACK = 45  # the longest lead-in before an anchor: "the second half of", "later this", "between"


@lru_cache(maxsize=1024)
def find_dates(sentence: str) -> tuple[DateMention, ...]:
    """Every date phrase in a sentence, left to right, without overlaps."""
    found: list[DateMention] = []
    done = 0  # the end of the last phrase found; nothing before it is looked at again
    for anchor in _ANCHOR.finditer(sentence):
        if anchor.end() <= done:
            continue
        start = max(done, anchor.start() - _LOOK_BACK)
        for match in _MASTER.finditer(sentence, start, min(len(sentence), anchor.end() + 60)):
            if match.end() <= anchor.start():
                continue  # a phrase wholly before this anchor was already considered
            kind = match.lastgroup
            if kind is None:
                continue
            mention = _mention(kind, match, sentence)
            done = match.end()
            if mention is not None:
                found.append(mention)
            break
    return tuple(found)


def _group(match: re.Match[str], kind: str, name: str) -> str | None:
    try:
        return match.group(f"{kind}__{name}")
    except IndexError:
        return None


def _mention(kind: str, match: re.Match[str], sentence: str) -> DateMention | None:
    def get(name: str) -> str | None:
        return _group(match, kind, name)

    start, end = match.span(kind)
    text = match.group(kind)
    preceding = sentence[max(0, start - 40) : start].lower()
    month = _month(get("m"))
    month2 = _month(get("m2"))
    day = _day(get("d"))
    day2 = _day(get("d2"))
    year_text = get("y")
    year = int(year_text) if year_text else None
    weekday = WEEKDAYS.get((get("wd") or "").lower())
    weekday2 = WEEKDAYS.get((get("wd2") or "").lower())
    qualifier = (get("q") or "").lower() or None
    base = DateMention(kind=kind, start=start, end=end, text=text, preceding=preceding)
    if kind in ("md", "dm", "weekday_md", "weekday_dm"):
        if month is None or day is None or not _valid_day(month, day):
            return None
        if month == 5 and kind == "md" and re.match(r"May\s+(?:[Ii]|[Ww]e)\b", text):
            return None
        return replace(base, kind="day", month=month, day=day, year=year, weekday=weekday)
    if kind in ("md_md", "dm_dm"):
        if None in (month, day, month2, day2) or not (_valid_day(month, day) and _valid_day(month2, day2)):  # type: ignore[arg-type]
            return None
        return replace(base, kind="day_range", month=month, day=day, month2=month2, day2=day2, year=year)
    if kind in ("md_d", "d_dm"):
        if month is None or day is None or day2 is None or not (_valid_day(month, day) and _valid_day(month, day2)):
            return None
        joiner = "and" if re.search(r"\band\b", text) else "to"
        if day2 < day:
            return None
        if joiner == "and" and day2 != day + 1:
            return replace(base, kind="day_list", month=month, day=day, month2=month, day2=day2, year=year)
        return replace(base, kind="day_range", month=month, day=day, month2=month, day2=day2, year=year)
    if kind == "weekday_range":
        return replace(base, kind="weekday", weekday=weekday, weekday2=weekday2, qualifier=qualifier)
    if kind == "weekday":
        return replace(base, kind="weekday", weekday=weekday, qualifier=qualifier)
    if kind == "relday_weekday":
        rel = _RELATIVE[(get("rel") or "").lower()]
        return replace(base, kind="relative", relative=rel, weekday2=weekday2, qualifier=qualifier)
    if kind in ("relday", "relday_range"):
        rel = _RELATIVE[(get("rel") or "").lower()]
        rel2 = _RELATIVE[(get("rel2") or "").lower()] if get("rel2") else None
        return replace(base, kind="relative", relative=rel, relative2=rel2, qualifier=qualifier)
    if kind == "period":
        which = (get("which") or "").lower().replace("the coming", "next").replace("the following", "next")
        unit = (get("unit") or "").lower()
        return replace(base, kind="period", qualifier=(qualifier or "") + which if qualifier else which, unit=unit)
    if kind == "month":
        if month is None:
            return None
        if month == 5 and not (qualifier or year):
            return None  # "May" alone is as often the verb
        if (
            month == 3
            and not (qualifier or year)
            and sentence[start:end] == "March"
            and _looks_like_verb(sentence, end)
        ):
            return None
        relative_year = get("yq")
        if relative_year:
            qualifier = {"this": "this year", "last": "last year", "next": "next year"}[relative_year]
        return replace(base, kind="month", month=month, year=year, qualifier=qualifier)
    if kind == "month_part":
        which = (get("which") or "").lower()
        if which == "next":
            return replace(base, kind="month", relative=1, qualifier="part")
        if which in ("this", "the"):
            return replace(base, kind="month", relative=0, qualifier="part")
        chosen = month or month2
        if chosen is None:
            return None
        return replace(base, kind="month", month=chosen, year=year, qualifier="part")
    if kind == "season":
        return replace(base, kind="season", season=(get("season") or "").lower(), year=year)
    if kind == "year":
        return replace(base, kind="year", year=year, qualifier=qualifier)
    return None


_RELATIVE = {
    "today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "the day after tomorrow": 2,
    "this morning": 0, "this afternoon": 0, "this evening": 0,
}  # fmt: skip


def _looks_like_verb(sentence: str, end: int) -> bool:
    return bool(re.match(r"\s+(?:on|to|through|against|in)\b", sentence[end:]))


@lru_cache(maxsize=256)
def _month(text: str | None) -> int | None:
    if not text:
        return None
    return MONTHS.get(text.rstrip(".").lower())


@lru_cache(maxsize=256)
def _day(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group(0))
    words = text.lower().split("-")
    total = 0
    for word in words:
        if word not in SPELLED:
            return None
        total += SPELLED[word]
    return total


def _valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31 and day <= _MAX_DAYS[month]


_MAX_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
