"""VTIMEZONE components built from zoneinfo's transitions, written with RRULE observances.

The icalendar library's ``add_missing_timezones()`` lists every transition as an RDATE;
Outlook ignores RDATE observances and Thunderbird misreads them near daylight-saving
changes. Here each run of yearly transitions that follow one rule ("last Sunday of March at
02:00") becomes one observance with an RRULE (bounded by UNTIL when the rule later changed),
and a transition that follows no yearly rule becomes an observance of its own.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplocal.render.icalwire import escape_text, line, local_stamp, utc_offset, utc_stamp

FIRST_YEAR = 1970  # transitions before this are never written
YEARS_AHEAD = 5  # how far past the last event the rules are checked
_DAY = 86400
_STEP = 4 * _DAY  # how far apart the zone is probed (see zone_transitions)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def known_zone(name: str | None) -> ZoneInfo | None:
    """The zone called ``name``, or None when there is no such IANA zone."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


@dataclass(frozen=True, slots=True)
class Transition:
    """One change of a zone's offset, abbreviation or daylight-saving flag."""

    at: datetime  # the UTC instant
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def onset(self) -> datetime:
        """Wall-clock time of the change in the old offset (naive), as DTSTART writes it."""
        return (self.at + self.offset_from).replace(tzinfo=None)

    def signature(self) -> tuple[bool, timedelta, timedelta, str, int, tuple[int, int, int]]:
        onset = self.onset
        return (
            self.daylight,
            self.offset_from,
            self.offset_to,
            self.name,
            onset.month,
            (onset.hour, onset.minute, onset.second),
        )


@dataclass(frozen=True, slots=True)
class Observance:
    """A STANDARD or DAYLIGHT sub-component: a first onset and, for a run, its yearly rule."""

    first: Transition
    rule: str | None = None  # "BYMONTH=3;BYDAY=-1SU" without FREQ and UNTIL
    until: datetime | None = None  # UTC bound of a rule that stopped (at or just after its last onset)

    def lines(self) -> list[str]:
        kind = "DAYLIGHT" if self.first.daylight else "STANDARD"
        out = [
            f"BEGIN:{kind}",
            line("TZNAME", escape_text(self.first.name)),
            line("TZOFFSETFROM", utc_offset(self.first.offset_from)),
            line("TZOFFSETTO", utc_offset(self.first.offset_to)),
            line("DTSTART", local_stamp(self.first.onset)),
        ]
        if self.rule:
            until = f";UNTIL={utc_stamp(self.until)}" if self.until else ""
            out.append(line("RRULE", f"FREQ=YEARLY;{self.rule}{until}"))
        out.append(f"END:{kind}")
        return out


def vtimezone_lines(zone: str, first: date, last: date) -> list[str]:
    """The VTIMEZONE content lines for ``zone``, right for every moment from ``first`` to
    ``last`` (the span of the events that use it) and for years beyond while its rules hold.

    Raises ``ValueError`` for a name that is not an IANA zone.
    """
    return list(_cached_lines(zone, first.year, last.year))


@lru_cache(maxsize=512)
def _cached_lines(zone: str, first_year: int, last_year: int) -> tuple[str, ...]:
    info = known_zone(zone)
    if info is None:
        raise ValueError(f"{zone!r} is not an IANA time zone name")
    observances = observances_for(info, first_year, last_year)
    body = [line for observance in observances for line in observance.lines()]
    return ("BEGIN:VTIMEZONE", line("TZID", escape_text(zone)), *body, "END:VTIMEZONE")


def observances_for(info: ZoneInfo, first_year: int, last_year: int) -> list[Observance]:
    """The observances that describe ``info`` from ``first_year`` through ``last_year``."""
    end_year = max(last_year, first_year) + YEARS_AHEAD
    transitions = _transitions(info, end_year)
    range_start = datetime(max(first_year, FIRST_YEAR), 1, 1, tzinfo=UTC)
    in_effect = [t for t in transitions if t.at < range_start]
    # Keep every run from the one holding the transition in effect when the range begins.
    keep_from = in_effect[-1].at if in_effect else None
    observances = [o for o in _runs(transitions, end_year) if keep_from is None or _last_onset(o) >= keep_from]
    if not in_effect:
        observances.append(_initial(info, transitions))
    return sorted(observances, key=lambda o: (o.first.at, o.first.daylight))


def _last_onset(observance: Observance) -> datetime:
    if observance.rule is None:
        return observance.first.at
    return observance.until or datetime.max.replace(tzinfo=UTC)


@lru_cache(maxsize=64)
def _transitions(info: ZoneInfo, end_year: int) -> tuple[Transition, ...]:
    return tuple(zone_transitions(info, FIRST_YEAR, end_year))


def zone_transitions(info: ZoneInfo, first_year: int, end_year: int) -> list[Transition]:
    """Every change of ``info`` from 1 January ``first_year`` to the end of ``end_year``.

    The zone is probed every :data:`_STEP` seconds and each change found is pinned to the
    second by bisection; after a change the search goes on from it, so two changes in one
    step are both found. Only a change and its undoing within one step would be missed: the
    closest such pair in the tz database is a week apart (Brazil's DST of October 2000), and
    a test compares this with a day-by-day scan.
    """
    start = int(datetime(first_year, 1, 1, tzinfo=UTC).timestamp())
    stop = int(datetime(end_year + 1, 1, 1, tzinfo=UTC).timestamp())
    found: list[Transition] = []
    low = start
    before = _state(info, low)
    while low < stop:
        step_end = min(low + _STEP, stop)
        if _state(info, step_end) == before:
            low = step_end
            continue
        high = step_end  # state(low) == before, state(high) != before
        while high - low > 1:
            middle = (low + high) // 2
            if _state(info, middle) == before:
                low = middle
            else:
                high = middle
        now = _state(info, high)
        # Negative daylight saving (Europe/Dublin: winter is "saving" an hour back) is
        # written the way clients expect: the summer period is DAYLIGHT, the winter STANDARD.
        daylight = now[1] > timedelta(0) or (before[1] < timedelta(0) and not now[1])
        found.append(
            Transition(
                at=datetime.fromtimestamp(high, UTC),
                offset_from=before[0],
                offset_to=now[0],
                name=now[2],
                daylight=daylight,
            )
        )
        before, low = now, high
    return found


def _state(info: ZoneInfo, timestamp: int) -> tuple[timedelta, timedelta, str]:
    moment = datetime.fromtimestamp(timestamp, info)
    return (moment.utcoffset() or timedelta(0), moment.dst() or timedelta(0), moment.tzname() or "")


def _initial(info: ZoneInfo, transitions: tuple[Transition, ...]) -> Observance:
    """The observance in force from 1970 when no transition happens before the range."""
    moment = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
    offset, saving, name = _state(info, int(moment.timestamp()))
    if transitions:
        offset = transitions[0].offset_from
    start = Transition(
        at=moment - offset, offset_from=offset, offset_to=offset, name=name, daylight=saving > timedelta(0)
    )
    return Observance(start)


def _runs(transitions: tuple[Transition, ...], end_year: int) -> list[Observance]:
    """Group transitions into yearly runs that one RRULE describes."""
    by_signature: dict[tuple[object, ...], list[Transition]] = {}
    for transition in transitions:
        by_signature.setdefault(transition.signature(), []).append(transition)
    observances: list[Observance] = []
    for members in by_signature.values():
        run: list[Transition] = []
        for transition in members:
            if run and (transition.onset.year != run[-1].onset.year + 1 or _rule([*run, transition]) is None):
                observances.append(_observance(run, end_year))
                run = []
            run.append(transition)
        if run:
            observances.append(_observance(run, end_year))
    return observances


def _observance(run: list[Transition], end_year: int) -> Observance:
    if len(run) == 1:
        return Observance(run[0])  # one change is no evidence of a yearly rule
    rule = _rule(run)
    assert rule is not None
    if run[-1].onset.year >= end_year:
        return Observance(run[0], rule)
    # UNTIL is in UTC while DTSTART is wall-clock time; some parsers (dateutil, so vobject)
    # compare the two naively and drop a last onset whose UTC instant is "before" its wall
    # time. The later of the two readings still ends the run and includes its last onset.
    last = run[-1]
    return Observance(run[0], rule, max(last.at, last.onset.replace(tzinfo=UTC)))


def _rule(run: list[Transition]) -> str | None:
    """The BYMONTH/BYDAY/BYMONTHDAY rule every onset in ``run`` follows, or None."""
    days = [t.onset.date() for t in run]
    month = days[0].month
    weekdays = {day.weekday() for day in days}
    if len(weekdays) == 1:
        weekday = _WEEKDAYS[weekdays.pop()]
        nth = {(day.day - 1) // 7 + 1 for day in days}
        if all(day.day + 7 > calendar.monthrange(day.year, month)[1] for day in days):
            return f"BYMONTH={month};BYDAY=-1{weekday}"
        if len(nth) == 1:
            return f"BYMONTH={month};BYDAY={nth.pop()}{weekday}"
        # "The Friday before the last Sunday": the one weekday in a 7-day window.
        low, high = min(day.day for day in days), max(day.day for day in days)
        shortest = 28 if month == 2 else calendar.monthrange(2001, month)[1]
        first = min(low, shortest - 6)
        if high <= first + 6:
            monthdays = ",".join(str(d) for d in range(first, first + 7))
            return f"BYMONTH={month};BYDAY={weekday};BYMONTHDAY={monthdays}"
    if len({day.day for day in days}) == 1:
        return f"BYMONTH={month};BYMONTHDAY={days[0].day}"
    return None
