"""The data diplocal passes between its layers: articles, meetings and their evidence."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

# Dates are resolved a year or so around the publication date: the calendar's ends (years 1
# and 9999) leave that arithmetic nowhere to go, and no news is published there.
SUPPORTED_YEARS = range(1800, 2400)

# A meeting whose confidence is below this is shown as tentative: in the extractor's output,
# in the store (where independent sources combine) and in calendars. Confidences are fitted
# to be right that often, so below it a meeting is likelier wrong than right.
TENTATIVE_BELOW = 0.5


class DatePrecision(StrEnum):
    """How much of a meeting's date the text gives."""

    DAY = "day"  # start and end are real days (a time may be known too)
    WEEK = "week"  # somewhere between start and end ("this week", "next week")
    MONTH = "month"  # somewhere in the month of start ("in June")


class Status(StrEnum):
    """Where a meeting stands, as far as the news says."""

    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class ChangeAction(StrEnum):
    """What a later article says happened to a meeting announced before."""

    RESCHEDULE = "reschedule"  # new dates given: "postponed to", "moved to", "brought forward"
    CANCEL = "cancel"  # "cancelled", "called off": the meeting's dates are the old ones
    POSTPONE = "postpone"  # "postponed" with no new date


@dataclass(frozen=True, slots=True)
class Change:
    """An update an article reports about a known meeting, read with the meeting itself.

    A :class:`Meeting` carrying a ``change`` describes the meeting as it stands after the
    change (the new dates for a reschedule, the old ones for a cancellation or postponement);
    ``previous_start`` is the first day the article says it was moved from, when it says so;
    ``previous_place`` the place it was to be held in, when the move takes it elsewhere.
    """

    action: ChangeAction
    previous_start: date | None = None
    previous_place: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as read from a source, with what is known of its origin."""

    id: str
    title: str
    text: str
    published: datetime | None = None
    published_basis: str | None = None  # None: from metadata; else how it was inferred
    url: str | None = None
    publisher: str | None = None
    # The language as the source states it (ISO 639-1), or None: detected when it is read.
    # Readers never assume one (sources/); "en" is only the default of code that builds an
    # article itself.
    language: str | None = "en"
    dateline: str | None = None
    source: str | None = None  # the file or feed it was read from

    @property
    def published_inferred(self) -> bool:
        """True when the publication date was inferred from the text, not given."""
        return self.published_basis is not None

    def with_published(self, published: datetime, basis: str | None) -> Article:
        """A copy of this article with the publication time set."""
        return replace(self, published=published, published_basis=basis)

    def content_hash(self) -> str:
        """A digest of what extraction reads, so an unchanged article is not re-read."""
        parts = [self.title, self.text, self.dateline or "", self.published.isoformat() if self.published else ""]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a meeting was read: the sentence, and the article it came from."""

    article_id: str
    sentence: str
    url: str | None = None
    publisher: str | None = None
    published: datetime | None = None
    title: str | None = None
    language: str | None = None  # the article's (ISO 639-1), as given or detected; None: unknown
    title_original: str | None = None  # what the article called the meeting, when not in English

    @property
    def translated(self) -> bool:
        """True when the article is in a known language other than English."""
        return self.language is not None and not is_english(self.language)

    def to_json(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "evidence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting announced in the news, with its dates resolved and its evidence attached.

    ``start`` and ``end`` are inclusive days. For ``MONTH`` precision ``start`` is the first
    of the month and ``end`` its last day; for ``WEEK`` they bound the window. ``start_time``
    and ``end_time`` are wall-clock times at the venue, in ``timezone`` (an IANA name).
    """

    title: str
    start: date
    end: date
    precision: DatePrecision = DatePrecision.DAY
    start_time: time | None = None
    end_time: time | None = None
    timezone: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()  # who, for people: organisations, countries, office-holders
    organisations: tuple[str, ...] = ()  # short names, for filters: "NATO", "EC", "OPEC"
    countries: tuple[str, ...] = ()  # ISO 3166 alpha-2 codes, for filters: "RU", "US"
    kind: str = "meeting"
    status: Status = Status.CONFIRMED
    confidence: float = 0.5
    end_certain: bool = True
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    change: Change | None = None  # set when the article reports an update to a known meeting
    # The words that named it in the article, in its language. The store keeps it only when
    # that language is not English (see :func:`original_title`): the title is English already.
    title_original: str | None = None

    def __post_init__(self) -> None:
        from diplocal.errors import InvalidDate

        if self.end < self.start:
            raise InvalidDate(f"meeting ends ({self.end}) before it starts ({self.start})")
        if self.start.year not in SUPPORTED_YEARS or self.end.year not in SUPPORTED_YEARS:
            raise InvalidDate(
                f"meeting dated {self.start}..{self.end}",
                hint=f"meetings are kept for the years {SUPPORTED_YEARS.start} to {SUPPORTED_YEARS.stop - 1}",
            )
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside [0, 1]")

    @property
    def all_day(self) -> bool:
        """True when the meeting has no stated time: an all-day event in a calendar."""
        return self.start_time is None

    def starts_at(self) -> datetime | None:
        """The start as an aware date-time at the venue, when a time is known."""
        if self.start_time is None:
            return None
        return _aware(self.start, self.start_time, self.timezone)

    def ends_at(self) -> datetime | None:
        """The end as an aware date-time at the venue, when an end time is known."""
        if self.end_time is None:
            return None
        return _aware(self.end, self.end_time, self.timezone)

    def start_label(self) -> str:
        """The start as the scorer and the JSON API write it: YYYY-MM for a month."""
        if self.precision is DatePrecision.MONTH:
            return self.start.strftime("%Y-%m")
        return self.start.isoformat()

    def end_label(self) -> str:
        """The end as the scorer and the JSON API write it: YYYY-MM for a month."""
        if self.precision is DatePrecision.MONTH:
            return self.end.strftime("%Y-%m")
        return self.end.isoformat()

    def identity(self) -> str:
        """A stable id derived from what the meeting is: its first day, precision and who.

        The title is left out on purpose: other articles word it differently, and a better
        extractor may word it better; the store keeps the first id a meeting was given.
        """
        who = ",".join(
            sorted({*self.organisations, *self.countries}) or sorted(p.casefold() for p in self.participants)
        )
        key = "|".join([self.start_label(), self.precision.value, self.kind, who, (self.location or "").casefold()])
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def is_english(language: str) -> bool:
    """True for an English language code ("en", "en-GB", "EN")."""
    return language.strip().lower().replace("_", "-").split("-")[0] == "en"


def original_title(meeting: Meeting, language: str | None) -> str | None:
    """The original phrase worth keeping beside a meeting's English title, read from an
    article in ``language``: None for an English article (its words are the title's own
    language) or an unknown one."""
    if not language or is_english(language):
        return None
    return meeting.title_original


def _aware(day: date, clock: time, zone: str | None) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.combine(day, clock, tzinfo=ZoneInfo(zone) if zone else None)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be used, and why: kept for the run's report, never dropped."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"

    @classmethod
    def from_error(cls, where: str, error: Exception) -> Failure:
        """A failure for ``where`` whose reason is the error's message without repeating ``where``."""
        text = str(error)
        prefix = f"{where}: "
        return cls(where, text[len(prefix) :] if text.startswith(prefix) else text)


@dataclass(frozen=True, slots=True)
class StoredMeeting:
    """A meeting as the store keeps it: its id for life, its change stamps and all sources.

    ``updated`` is the publication time of the article behind the last change (data time,
    not the clock), so a feed rebuilt from the same store is byte-identical.
    """

    id: str
    meeting: Meeting
    created: datetime
    updated: datetime
    sequence: int = 0
    revision: int = 1
