"""The typed spans the taggers find in a sentence, before anything is decided about them.

Offsets are into the sentence's text. A tagger knows a language only through its pack; what
it returns carries no language: dates as numbers, places and organisations as canonical ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from enum import Enum

from diplocal.places import Place


class Tense(Enum):
    """Which way a stretch of text points in time, as far as its words tell."""

    FUTURE = "future"
    PAST = "past"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase as written, read into numbers, before it is resolved against a day.

    ``kind`` is day, day_range, day_list, weekday, relative, period, month, season or year.
    """

    kind: str
    start: int
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
class Clock:
    """A stated clock time and its zone: an IANA name, "local" (the venue's), or None."""

    start: int
    end: int
    text: str
    value: time
    zone: str | None


@dataclass(frozen=True, slots=True)
class Cue:
    """A word that names a meeting ("summit", "will meet", "state visit", "переговоры")."""

    start: int
    end: int
    word: str
    kind: str  # summit, talks, meeting, ministerial, conference, visit, videoconference, call
    verb: bool
    strength: float
    prefix: str = ""  # what a compound puts before the meeting word ("Außenminister" of "-treffen")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a sentence: an organisation, a country, a person, a role or a place.

    ``value`` is canonical: an organisation id, an ISO country code, a person's name, a
    role in lower case, or a place's English name (with ``place`` for the rest of it).
    """

    start: int
    end: int
    text: str
    kind: str  # org, country, person, role, place
    value: str
    role: str = ""  # for places: venue, destination, host, here, name; for countries: name, adjective, capital
    place: Place | None = field(default=None, compare=False)
