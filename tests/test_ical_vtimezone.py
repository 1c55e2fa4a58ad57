"""VTIMEZONE components: RRULE observances that give zoneinfo's offsets at every moment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from diplocal.icalwire import fold
from diplocal.vtimezone import vtimezone_lines

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
