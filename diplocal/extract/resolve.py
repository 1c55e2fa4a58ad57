"""Date phrases resolved to days against the day an article was written (pure).

dateutil does the calendar arithmetic. The year of a date without one is chosen from the
reference date and the sentence's tense, and checked against any weekday given with it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from diplocal.extract.spans import DateMention, Tense
from diplocal.model import DatePrecision


@dataclass(frozen=True, slots=True)
class Resolved:
    """A date phrase resolved to days: inclusive start and end, and how precise they are."""

    start: date
    end: date
    precision: DatePrecision
    explicit_year: bool = False


def resolve(mention: DateMention, reference: date, tense: Tense, frame: date | None = None) -> Resolved | None:
    """The days a date phrase means, written on ``reference`` in a sentence of ``tense``.

    ``frame`` is the Monday of a week the text has just been talking about ("next week"),
    used for a bare weekday that follows. Returns None for phrases that name no usable
    span (a bare year, an impossible date such as February 30 in a non-leap year).
    """
    try:
        return _resolve(mention, reference, tense, frame)
    except (OverflowError, ValueError):
        return None  # arithmetic past the calendar's ends


def _resolve(mention: DateMention, reference: date, tense: Tense, frame: date | None) -> Resolved | None:
    kind = mention.kind
    if kind in ("day", "day_range", "day_list"):
        return _resolve_days(mention, reference, tense)
    if kind == "weekday":
        return _resolve_weekday(mention, reference, tense, frame)
    if kind == "relative":
        first = reference + timedelta(days=mention.relative or 0)
        last = reference + timedelta(days=mention.relative2) if mention.relative2 is not None else first
        if mention.weekday2 is not None:
            last = first + timedelta(days=(mention.weekday2 - first.weekday()) % 7)
        return Resolved(first, last, DatePrecision.DAY)
    if kind == "weekday_dom":
        return _resolve_weekday_dom(mention, reference, tense)
    if kind == "this_month_day":
        # "في التاسع والعشرين من الشهر الجاري": the day of the article's own month
        assert mention.day is not None
        try:
            day = date(reference.year, reference.month, mention.day)
        except ValueError:
            return None
        return Resolved(day, day, DatePrecision.DAY)
    if kind == "period":
        return _resolve_period(mention, reference, tense)
    if kind == "month":
        return _resolve_month(mention, reference, tense)
    return None


def _resolve_days(mention: DateMention, reference: date, tense: Tense) -> Resolved | None:
    assert mention.month is not None
    assert mention.day is not None
    month2 = mention.month2 or mention.month
    day2 = mention.day2 or mention.day
    if mention.year is not None:
        years = [mention.year]
        explicit = mention.qualifier != "anaphoric"  # "the same day" carries its year, but the text gave none
    else:
        # "11 مايو الماضي", "le 11 mai dernier": the day gone, whatever tense the sentence has
        told = Tense.PAST if mention.qualifier == "last" else tense
        years = _candidate_years(reference, mention.month, mention.day, told)
        explicit = False
    for year in years:
        try:
            first = date(year, mention.month, mention.day)
            last_year = year + 1 if month2 < mention.month else year
            last = date(last_year, month2, day2)
        except ValueError:
            continue
        if last < first:
            continue
        if mention.weekday is not None and first.weekday() != mention.weekday:
            continue
        return Resolved(first, last, DatePrecision.DAY, explicit)
    if mention.weekday is not None and not explicit:
        # The weekday disagrees with every near year: trust neither.
        return None
    return None


def _resolve_weekday_dom(mention: DateMention, reference: date, tense: Tense) -> Resolved | None:
    """ "el lunes 8", "mercredi 9": the nearest day of that number falling on that weekday, ahead
    (or, told as past, behind); a weekday and a number that meet in no nearby month name nothing."""
    assert mention.day is not None
    assert mention.weekday is not None
    fits = []
    for months in range(-2, 7):
        first = (reference.replace(day=1) + relativedelta(months=months)).replace(day=1)
        try:
            day = first.replace(day=mention.day)
        except ValueError:
            continue
        if day.weekday() == mention.weekday:
            fits.append(day)
    if tense is Tense.PAST:
        behind = [d for d in fits if d <= reference + timedelta(days=1)]
        chosen = behind[-1] if behind else None
    else:
        ahead = [d for d in fits if d >= reference - timedelta(days=1)]
        chosen = ahead[0] if ahead else None
    if chosen is None or abs((chosen - reference).days) > 62:
        return None
    last = chosen + timedelta(days=mention.day2 - mention.day) if mention.day2 is not None else chosen
    return Resolved(chosen, last, DatePrecision.DAY)


def _candidate_years(reference: date, month: int, day: int, tense: Tense) -> list[int]:
    """Years to try for a month and day, the likeliest first."""
    year = reference.year
    options = []
    for candidate in (year - 1, year, year + 1):
        try:
            options.append(date(candidate, month, day))
        except ValueError:
            continue
    if not options:
        return [year]
    if tense is Tense.FUTURE:
        ahead = [d for d in options if d >= reference - timedelta(days=2)]
        behind = [d for d in options if d < reference - timedelta(days=2)]
        if ahead and behind and (ahead[0] - reference).days > 200 and (reference - behind[-1]).days < 60:
            # "will meet on March 2" read on March 10: a slip, not next year's meeting.
            ordered = [behind[-1], ahead[0]]
        else:
            ordered = ahead + behind[::-1]
    elif tense is Tense.PAST:
        ordered = sorted(options, key=lambda d: (d > reference + timedelta(days=1), abs((d - reference).days)))
    else:
        ordered = sorted(options, key=lambda d: (abs((d - reference).days), d < reference))
    return [d.year for d in ordered]


def _resolve_weekday(mention: DateMention, reference: date, tense: Tense, frame: date | None) -> Resolved | None:
    assert mention.weekday is not None
    qualifier = mention.qualifier
    today = reference.weekday()
    if qualifier in ("week_next", "week_this"):
        # "on Thursday next week": that week's Thursday, whatever day it is today
        monday = reference - timedelta(days=today) + timedelta(days=7 if qualifier == "week_next" else 0)
        first = monday + timedelta(days=mention.weekday)
    elif qualifier == "last" or (tense is Tense.PAST and qualifier not in ("next", "coming")):
        back = (today - mention.weekday) % 7
        first = reference - timedelta(days=back if qualifier != "last" or back else 7)
    elif qualifier in ("next", "coming"):
        ahead = (mention.weekday - today) % 7 or 7
        first = reference + timedelta(days=ahead)
    elif frame is not None and frame > reference:
        # that week's day; a Sunday is the one that opens it, the eve of its Monday ("summit
        # next Monday ... the guests arrive on Sunday"), as the weeks of many calendars start
        first = frame + timedelta(days=mention.weekday if mention.weekday != 6 else -1)
    else:
        ahead = (mention.weekday - today) % 7
        first = reference + timedelta(days=ahead)
    last = first
    if mention.weekday2 is not None:
        span = (mention.weekday2 - mention.weekday) % 7
        last = first + timedelta(days=span)
        if qualifier == "last" and last >= reference:
            # "last Saturday and Sunday", said on a Sunday: the weekend before, both days gone
            first, last = first - timedelta(days=7), last - timedelta(days=7)
    return Resolved(first, last, DatePrecision.DAY)


def _resolve_period(mention: DateMention, reference: date, tense: Tense = Tense.UNKNOWN) -> Resolved | None:
    qualifier = mention.qualifier or ""
    unit = mention.unit
    monday = reference - timedelta(days=reference.weekday())
    if unit in ("week", "weekend"):
        if qualifier.endswith("last"):
            week = monday - timedelta(days=7)
        elif qualifier.endswith("next"):
            week = monday + timedelta(days=7)
        elif unit == "week" and reference.weekday() == 6 and qualifier.endswith("this") and qualifier != "earlierthis":
            # "this week" in a Sunday's paper is the week that opens tomorrow: of the week
            # that ends today only today is left
            week = monday + timedelta(days=7)
        else:
            week = monday
        if (
            unit == "weekend"
            # (the weekend told without "this" is ahead only in a sentence told ahead: "left at the
            # weekend for talks", "said during a meeting over the weekend")
            and ((tense is Tense.PAST and qualifier == "this") or (tense is not Tense.FUTURE and qualifier == "the"))
            and reference.weekday() < 5
            and week == monday
        ):
            # "a multiplié ce week-end les signaux" in a Monday's paper: the weekend just gone
            week = monday - timedelta(days=7)
        if unit == "weekend":
            first, last = week + timedelta(days=5), week + timedelta(days=6)
            if first < reference <= last:
                first = reference
            return Resolved(first, last, DatePrecision.WEEK)
        first, last = week, week + timedelta(days=6)
        if qualifier == "earlierthis":  # "said earlier this week": the days of it already gone
            last = reference - timedelta(days=1)
            return Resolved(min(first, last), last, DatePrecision.WEEK)
        if qualifier.startswith("early"):
            last = week + timedelta(days=2)
        elif qualifier.startswith("late"):
            first = week + timedelta(days=3)
        if first <= reference <= last:
            first = reference + timedelta(days=1) if qualifier.startswith("later") and reference < last else reference
        return Resolved(first, last, DatePrecision.WEEK)
    if unit == "month":
        anchor = reference.replace(day=1)
        if qualifier.endswith("next"):
            anchor = anchor + relativedelta(months=1)
        elif qualifier.endswith("last"):
            anchor = anchor - relativedelta(months=1)
        last_day = anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
        if qualifier == "earlierthis":  # "agreed earlier this month"
            last_day = reference - timedelta(days=1)
            return Resolved(min(anchor, last_day), last_day, DatePrecision.MONTH)
        if qualifier.startswith("later") and anchor.month == reference.month:
            first = min(reference + timedelta(days=1), last_day)
            return Resolved(
                first, last_day, DatePrecision.WEEK if (last_day - first).days < 14 else DatePrecision.MONTH
            )
        if qualifier == "earlythis" and reference.day > 10:
            # "au début du mois", "early this month", told after the 10th: its first ten days, gone
            return Resolved(anchor, anchor + timedelta(days=9), DatePrecision.MONTH)
        return Resolved(anchor, last_day, DatePrecision.MONTH)
    return None


def _resolve_month(mention: DateMention, reference: date, tense: Tense) -> Resolved | None:
    if mention.month is None:
        # "the end of this month" / "of next month"
        anchor = reference.replace(day=1) + relativedelta(months=mention.relative or 0)
        last = anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
        return Resolved(anchor, last, DatePrecision.MONTH)
    month, this = mention.month, reference.month
    if mention.year is not None:
        year = mention.year
    elif mention.qualifier in ("this year", "last year", "next year"):
        year = reference.year + {"this year": 0, "last year": -1, "next year": 1}[mention.qualifier]
    elif mention.qualifier == "next":
        year = reference.year if month > this else reference.year + 1
    elif mention.qualifier in ("last", "since") or tense is Tense.PAST:
        year = reference.year if month <= this else reference.year - 1
    elif month >= this or (tense is Tense.UNKNOWN and this - month <= 3):
        year = reference.year
    else:
        year = reference.year + 1
    first = date(year, month, 1)
    last = first.replace(day=calendar.monthrange(year, month)[1])
    return Resolved(first, last, DatePrecision.MONTH, mention.year is not None)
