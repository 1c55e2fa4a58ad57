"""VTIMEZONE components: RRULE observances that give zoneinfo's offsets at every moment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from diplocal.render.icalwire import fold
from diplocal.render.vtimezone import vtimezone_lines, zone_transitions

# Zones with northern and southern DST, a rule on "Friday before the last Sunday" (Israel),
# negative DST (Dublin), a rule change (Santiago 2022), no DST (Tokyo), a recent
# abolition (Moscow 2014), and irregular Ramadan changes (Casablanca).
ZONES = [
    "Europe/Brussels",
    "Europe/London",
    "Europe/Dublin",
    "America/New_York",
    "America/Santiago",
    "Australia/Sydney",
    "Asia/Jerusalem",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Europe/Moscow",
    "Africa/Casablanca",
    "Asia/Tehran",
]


def _as_tz(zone: str, first: date, last: date) -> object:
    """The VTIMEZONE as a client reads it (icalendar -> dateutil), not zoneinfo's rules."""
    text = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//test//EN",
        *vtimezone_lines(zone, first, last),
        "END:VCALENDAR",
    ]
    calendar = Calendar.from_ical(b"".join(fold(entry) for entry in text))
    return calendar.walk("VTIMEZONE")[0].to_tz(lookup_tzid=False)


@pytest.mark.parametrize("zone", ZONES)
def test_offsets_match_zoneinfo_every_six_hours(zone: str) -> None:
    first, last = date(2021, 1, 1), date(2024, 12, 31)
    written = _as_tz(zone, first, last)
    actual = ZoneInfo(zone)
    moment = datetime(first.year, first.month, first.day, tzinfo=UTC)
    mismatches = []
    while moment.date() <= last:
        local = moment.astimezone(actual).replace(tzinfo=None)
        if local.replace(tzinfo=actual).astimezone(UTC) == moment:  # skip the gap/fold hour itself
            expected = moment.astimezone(actual).utcoffset()
            got = local.replace(tzinfo=written).utcoffset()  # type: ignore[arg-type]
            if got != expected:
                mismatches.append((local, expected, got))
        moment += timedelta(hours=6)
    assert not mismatches[:5]


@pytest.mark.parametrize("zone", ["Europe/Brussels", "America/New_York", "Australia/Sydney", "Asia/Jerusalem"])
def test_rules_are_rrules_not_rdate_lists(zone: str) -> None:
    lines = vtimezone_lines(zone, date(2022, 1, 1), date(2022, 12, 31))
    assert not any(entry.startswith("RDATE") for entry in lines)
    rules = [entry for entry in lines if entry.startswith("RRULE:")]
    assert len(rules) == 2, lines  # one DAYLIGHT and one STANDARD rule, still in force
    assert all("UNTIL" not in rule for rule in rules)


def test_brussels_is_written_the_way_clients_know_it() -> None:
    assert vtimezone_lines("Europe/Brussels", date(2022, 1, 1), date(2022, 12, 31)) == [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Brussels",
        "BEGIN:DAYLIGHT",
        "TZNAME:CEST",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZNAME:CET",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def test_a_zone_without_changes_has_one_observance_from_1970() -> None:
    lines = vtimezone_lines("Asia/Tokyo", date(2022, 1, 1), date(2022, 12, 31))
    assert lines[2:8] == [
        "BEGIN:STANDARD",
        "TZNAME:JST",
        "TZOFFSETFROM:+0900",
        "TZOFFSETTO:+0900",
        "DTSTART:19700101T000000",
        "END:STANDARD",
    ]


def test_negative_dst_is_written_with_summer_as_daylight() -> None:
    lines = vtimezone_lines("Europe/Dublin", date(2022, 1, 1), date(2022, 12, 31))
    daylight = lines[lines.index("BEGIN:DAYLIGHT") : lines.index("END:DAYLIGHT")]
    assert "TZOFFSETTO:+0100" in daylight
    assert "TZNAME:IST" in daylight


def test_a_rule_that_changed_is_bounded_by_until() -> None:
    lines = vtimezone_lines("America/Santiago", date(2022, 1, 1), date(2023, 12, 31))
    bounded = [entry for entry in lines if "UNTIL=" in entry]
    assert bounded, lines
    assert all(entry.split("UNTIL=")[1].endswith("Z") for entry in bounded)  # RFC 5545: UNTIL in UTC


def test_an_unknown_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="not an IANA time zone"):
        vtimezone_lines("Mars/Olympus_Mons", date(2022, 1, 1), date(2022, 1, 1))


def _day_by_day(info: ZoneInfo, first_year: int, end_year: int) -> list[tuple[datetime, timedelta, str]]:
    """Every change of the zone, probing each day and each minute of a day that changes."""
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    stop = datetime(end_year + 1, 1, 1, tzinfo=UTC)

    def state(at: datetime) -> tuple[timedelta | None, timedelta | None, str | None]:
        local = at.astimezone(info)
        return local.utcoffset(), local.dst(), local.tzname()

    changes = []
    before = state(moment)
    while moment < stop:
        later = moment + timedelta(days=1)
        if state(later) != before:
            for minute in range(24 * 60 + 1):  # zones change on the minute (Gaza: at 00:01)
                at = moment + timedelta(minutes=minute)
                now = state(at)
                if now != before:
                    assert now[0] is not None
                    changes.append((at, now[0], str(now[2])))
                    before = now
        moment = later
    return changes


@pytest.mark.parametrize(
    "zone",
    [
        "America/Recife",  # DST for one week of October 2000: the closest undoing in the database
        "America/Noronha",
        "America/Sao_Paulo",
        "Europe/Dublin",  # negative DST
        "Europe/Moscow",  # permanent summer time in 2011, back in 2014
        "Africa/Casablanca",  # DST suspended for Ramadan
        "Africa/Cairo",
        "Asia/Gaza",
        "Pacific/Apia",  # skipped 30 December 2011
        "Australia/Lord_Howe",  # half-hour DST
        "Antarctica/Troll",  # a two-hour DST
        "America/New_York",
        "Asia/Tokyo",
    ],
)
def test_transitions_are_found_as_a_day_by_day_scan_finds_them(zone: str) -> None:
    info = ZoneInfo(zone)
    found = [(t.at, t.offset_to, t.name) for t in zone_transitions(info, 1970, 2036)]
    assert found == _day_by_day(info, 1970, 2036)
