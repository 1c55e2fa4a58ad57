"""Every feed the app serves, read back by the parsers of real calendar clients.

icalendar, vobject (validate=True), Mozilla ical.js (Thunderbird) and libical (Evolution)
must each parse without error or warning and read back the same UIDs, titles, dates and
times, including timed meetings on both sides of daylight-saving changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from clients.parsers import (
    ReadBack,
    icaljs_available,
    libical_available,
    read_icalendar,
    read_icaljs_many,
    read_libical_many,
    read_vobject,
)
from clients.samples import (
    DST_CASES,
    SAMPLE_ARTICLE,
    SAMPLE_MEETINGS,
    foreign_meetings,
    meeting,
    stored,
    timed_meetings,
)
from conftest import need
from flask.testing import FlaskClient
from test_ical_vtimezone import ZONES

from diplocal.model import Article, DatePrecision, Meeting, Status, StoredMeeting
from diplocal.query import MeetingQuery
from diplocal.render.ical import render_calendar
from diplocal.settings import Settings
from diplocal.store import Store


def _icaljs(bodies: list[bytes]) -> list[ReadBack]:
    need(icaljs_available(), "node with ical.js (npm ci in tests/clients)")
    return read_icaljs_many(bodies)


def _libical(bodies: list[bytes]) -> list[ReadBack]:
    need(libical_available(), "libical GObject bindings (gir1.2-ical-3.0, python3-gi)")
    return read_libical_many(bodies)


# Each reads a list of calendars (the external parsers start one process for all of them).
PARSERS: dict[str, Callable[[list[bytes]], list[ReadBack]]] = {
    "icalendar": lambda bodies: [read_icalendar(body) for body in bodies],
    "vobject": lambda bodies: [read_vobject(body) for body in bodies],
    "ical.js": _icaljs,
    "libical": _libical,
}


def read_one(parser: str, body: bytes) -> ReadBack:
    return PARSERS[parser]([body])[0]


LATER = Article(
    id="later-article",
    title="Ministers call off meeting",
    text="(stands for a later report)",
    published=datetime(2022, 1, 4, 18, tzinfo=UTC),
    publisher="Example News",
    url="https://news.example/called-off",
)

# Timed meetings across DST changes, a cancelled one, and one known only to the week.
EXTRA: tuple[Meeting, ...] = (
    *(s.meeting for s in timed_meetings()),
    meeting(
        "Black Sea security conference",
        date(2022, 2, 3),
        status=Status.CANCELLED,
        location="Sofia",
        organisations=("OSCE",),
        countries=("BG",),
        evidence="The Sofia conference on Black Sea security has been called off.",
    ),
    meeting(
        "EU-China summit",
        date(2022, 4, 4),
        date(2022, 4, 10),
        precision=DatePrecision.WEEK,
        location="Brussels",
        organisations=("EU",),
        countries=("CN",),
        evidence="An EU-China summit is planned for the week of April 4.",
    ),
)


FOREIGN = foreign_meetings()  # a Russian and an Arabic report: non-ASCII descriptions, folded by octets


@pytest.fixture
def filled_store(store: Store) -> Store:
    store.ingest(SAMPLE_ARTICLE, list(SAMPLE_MEETINGS))
    store.ingest(LATER, list(EXTRA))
    for source, found in FOREIGN:
        store.ingest(source, [found])
    return store


def _paths(store: Store) -> list[str]:
    ids = [s.id for s in store.find(MeetingQuery())]
    return [
        "/calendar.ics",
        "/calendar.ics?org=NATO",
        "/calendar.ics?country=RU&q=security",
        "/calendar.ics?place=Brussels&download=1",
        "/feeds/org/NATO.ics",
        "/feeds/country/us.ics",
        "/feeds/place/Geneva.ics",
        *(f"/meetings/{meeting_id}.ics" for meeting_id in ids),
    ]


def _expected(item: StoredMeeting) -> tuple[str, str, str]:
    """(title, start, end) written out independently of the renderer."""
    m = item.meeting
    title = {Status.CANCELLED: "Cancelled: ", Status.POSTPONED: "Postponed: "}.get(m.status, "") + m.title
    if m.precision is DatePrecision.WEEK:
        title += " (day TBC)"
    if m.start_time is not None and m.timezone:
        start = datetime.combine(m.start, m.start_time, tzinfo=ZoneInfo(m.timezone)).astimezone(UTC)
        return title, start.strftime("%Y-%m-%dT%H:%M:%SZ"), (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return title, m.start.isoformat(), (m.end + timedelta(days=1)).isoformat()


@pytest.mark.parametrize("parser", PARSERS)
def test_every_served_feed_reads_back_the_same_in_each_client(
    parser: str, filled_store: Store, client: FlaskClient, settings: Settings
) -> None:
    known = {f"{s.id}@{settings.uid_domain}": s for s in filled_store.find(MeetingQuery())}
    paths = _paths(filled_store)
    responses = [client.get(path) for path in paths]
    assert [r.status_code for r in responses] == [200] * len(paths)
    results = PARSERS[parser]([r.data for r in responses])
    for path, result in zip(paths, results, strict=True):
        assert result.problems == [], (parser, path, result.problems)
        assert result.events, (parser, path)
        for event in result.events:
            title, start, end = _expected(known[event.uid])
            assert (event.summary, event.start, event.end) == (title, start, end), (parser, path)
            assert event.sequence == known[event.uid].sequence


@pytest.mark.parametrize("parser", PARSERS)
def test_the_main_feed_holds_every_meeting_with_its_details(
    parser: str, filled_store: Store, client: FlaskClient
) -> None:
    result = read_one(parser, client.get("/calendar.ics").data)
    events = result.by_uid()
    assert len(events) == len(SAMPLE_MEETINGS) + len(EXTRA) + len(FOREIGN)
    by_title = {e.summary: e for e in events.values()}
    council = by_title["NATO-Russia Council"]
    assert (council.location, council.categories, council.status) == (
        "Brussels",
        ("NATO", "NATO-Russia Council", "Russia"),  # countries by name
        "CONFIRMED",
    )
    assert council.description.startswith(
        '"The NATO-Russia Council, its first in two and a half years, convenes on January 12."'
    )
    assert "- TASS, 2022-01-04: NATO FMs to discuss European security on January 07" in council.description
    assert by_title["Cancelled: Black Sea security conference"].status == "CANCELLED"
    assert by_title["EU-China summit (day TBC)"].status == "TENTATIVE"
    for zone, day, clock, utc in DST_CASES:
        assert by_title[f"Talks in {zone} on {day}"].start == utc, (zone, day, clock)
    brics = by_title["BRICS Summit"].description
    assert brics.startswith(
        '"Саммит БРИКС пройдёт в Казани 22 февраля, сообщили в Кремле."\nOriginal: Саммит БРИКС (ru)\n'
    )
    assert "- Novosti Example (ru), 2022-01-04: https://novosti.example/brics-kazan" in brics
    league = by_title["Arab League foreign ministers' emergency meeting"].description
    assert "\nOriginal: اجتماع طارئ لوزراء الخارجية العرب (ar)\n" in league


@pytest.mark.parametrize("parser", PARSERS)
def test_clients_use_the_feeds_own_vtimezone(parser: str) -> None:
    # A VTIMEZONE that lies about Brussels (+05:00 all year): a client that reads it says
    # 05:00Z, one that silently uses its own zone database says 08:00Z. The DST tests above
    # are only worth something if every client reads our VTIMEZONE.
    body = render_calendar([timed_meetings()[1]], Settings(), today=date(2022, 1, 1))
    for offset in (b"+0100", b"+0200"):
        body = body.replace(b"TZOFFSETFROM:" + offset, b"TZOFFSETFROM:+0500").replace(
            b"TZOFFSETTO:" + offset, b"TZOFFSETTO:+0500"
        )
    result = read_one(parser, body)
    assert [e.start for e in result.events] == ["2022-03-28T05:00:00Z"]


def _days_near_changes(zone: str, year: int) -> list[date]:
    """The first of each month, and the days within three days of each offset change."""
    info = ZoneInfo(zone)
    days = [date(year, month, 1) for month in range(1, 13)]
    noon = datetime(year, 1, 1, 12, tzinfo=UTC)
    for n in range(365):
        moment = noon + timedelta(days=n)
        if moment.astimezone(info).utcoffset() != (moment + timedelta(days=1)).astimezone(info).utcoffset():
            days += [moment.date() + timedelta(days=k) for k in range(-2, 5)]
    return sorted(set(days))


def _zone_calendar() -> tuple[bytes, dict[str, str]]:
    """Meetings at 02:30 and 10:00 local around every change of each zone in 2022 (02:30 is
    skipped or repeated on some change nights)."""
    items, expected = [], {}
    for zone in ZONES:
        for day in _days_near_changes(zone, 2022):
            for clock in (time(2, 30), time(10)):
                # RFC 5545 3.3.5: a skipped or repeated wall time means the offset before the change.
                instant = datetime.combine(day, clock, tzinfo=ZoneInfo(zone)).astimezone(UTC)
                meeting_id = f"{zone.replace('/', '-').lower()}-{day}-{clock:%H%M}"
                items.append(
                    stored(meeting(meeting_id, day, start_time=clock, timezone=zone, location=None), meeting_id)
                )
                expected[f"{meeting_id}@diplocal.invalid"] = instant.strftime("%Y-%m-%dT%H:%M:%SZ")
    settings = Settings(
        base_url="http://localhost", domain="diplocal.invalid", feed_max_events=10_000, feed_max_bytes=50_000_000
    )
    return render_calendar(items, settings, today=date(2022, 1, 1)), expected


@pytest.mark.parametrize("parser", PARSERS)
def test_times_in_many_zones_around_their_changes(parser: str) -> None:
    body, expected = _zone_calendar()
    result = read_one(parser, body)
    assert result.problems == []
    got = {e.uid: e.start for e in result.events}
    assert len(got) == len(expected)
    wrong = {uid: (got.get(uid), want) for uid, want in expected.items() if got.get(uid) != want}
    assert not wrong, list(wrong.items())[:5]


def test_a_rescheduled_meeting_reads_as_the_same_event_with_a_higher_sequence() -> None:
    before = stored(SAMPLE_MEETINGS[2], "council", sequence=0)
    moved = stored(
        replace(SAMPLE_MEETINGS[2], start=date(2022, 1, 14), end=date(2022, 1, 14)),
        "council",
        updated=datetime(2022, 1, 8, tzinfo=UTC),
        sequence=1,
    )
    settings = Settings(base_url="https://diplocal.example")
    for parser in ("icalendar", "vobject"):
        old = read_one(parser, render_calendar([before], settings, today=date(2022, 1, 5))).events[0]
        new = read_one(parser, render_calendar([moved], settings, today=date(2022, 1, 5))).events[0]
        assert old.uid == new.uid
        assert new.sequence > old.sequence
        assert (old.start, new.start) == ("2022-01-12", "2022-01-14")
