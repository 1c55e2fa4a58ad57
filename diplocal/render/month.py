"""A month at a glance (pure): the weeks of a month, Monday first, each day with the
meetings held on it; meetings whose day is not known yet beside the grid."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from diplocal.errors import InvalidParameter
from diplocal.model import SUPPORTED_YEARS, DatePrecision, StoredMeeting

_MONTH = re.compile(r"(\d{4})-(\d{2})")


@dataclass(frozen=True, slots=True)
class Entry:
    """A meeting in a day's cell; ``continued`` when it began on an earlier day."""

    view: dict[str, Any]
    continued: bool = False


@dataclass(slots=True)
class Day:
    """One cell of the grid: a day of the month (None for the blanks around it)."""

    day: date | None
    today: bool = False
    entries: list[Entry] = field(default_factory=list)


@dataclass(slots=True)
class MonthGrid:
    """The weeks of one month and the meetings in it whose day is not known."""

    first: date
    weeks: list[list[Day]]
    undated: list[dict[str, Any]]

    @property
    def last(self) -> date:
        return shift_month(self.first, 1) - timedelta(days=1)


def parse_month(value: str) -> date:
    """The first day of a month written ``YYYY-MM`` (ISO 8601), and nothing else.

    Raises :class:`InvalidParameter` naming what would work.
    """
    match = _MONTH.fullmatch(value.strip())
    if match and 1 <= int(match.group(2)) <= 12 and int(match.group(1)) in SUPPORTED_YEARS:
        return date(int(match.group(1)), int(match.group(2)), 1)
    raise InvalidParameter(
        f"month {value[:40]!r} is not a month",
        parameter="month",
        hint=f"give YYYY-MM from {SUPPORTED_YEARS.start} to {SUPPORTED_YEARS.stop - 1}, e.g. /month/2022-01",
    )


def shift_month(first: date, months: int) -> date:
    """The first day of the month ``months`` after (or before) the month of ``first``."""
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_grid(first: date, items: Sequence[tuple[StoredMeeting, dict[str, Any]]], today: date) -> MonthGrid:
    """The month of ``first`` as weeks of seven days (blank cells before the 1st and after the
    last), each meeting known to the day on every day it runs within the month, in the order
    given; meetings known only to the week or the month in ``undated``."""
    first = first.replace(day=1)
    last = shift_month(first, 1) - timedelta(days=1)
    cells: dict[date, Day] = {}
    undated: list[dict[str, Any]] = []
    day = first
    while day <= last:
        cells[day] = Day(day, today=day == today)
        day += timedelta(days=1)
    for stored, view in items:
        meeting = stored.meeting
        if meeting.precision is not DatePrecision.DAY:
            undated.append(view)
            continue
        day = max(meeting.start, first)
        while day <= min(meeting.end, last):
            cells[day].entries.append(Entry(view, continued=day != meeting.start))
            day += timedelta(days=1)
    weeks: list[list[Day]] = []
    week: list[Day] = [Day(None) for _ in range(first.weekday())]
    for day in sorted(cells):
        week.append(cells[day])
        if len(week) == 7:
            weeks.append(week)
            week = []
    if week:
        weeks.append(week + [Day(None) for _ in range(7 - len(week))])
    return MonthGrid(first, weeks, undated)
