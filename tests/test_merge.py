"""When two sightings are one meeting, and how sources add up (pure rules, table-driven)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

import pytest
from fixtures.news import article, life_of_a_meeting
from hypothesis import given, settings
from hypothesis import strategies as st

from diplocal.model import Change, ChangeAction, DatePrecision, Meeting, Status
from diplocal.store.fold import Sighting, derive
from diplocal.store.merge import combined_confidence, publisher_key, same_meeting, title_similarity

D = DatePrecision


def m(title: str, start: str, end: str | None = None, **kw: object) -> Meeting:
    return Meeting(title=title, start=date.fromisoformat(start), end=date.fromisoformat(end or start), **kw)  # type: ignore[arg-type]


NRC = m(
    "NATO-Russia Council",
    "2022-01-12",
    location="Brussels",
    organisations=("NATO-Russia Council", "NATO"),
    countries=("RU",),
    kind="council",
)
LEIPZIG = m(
    "EU-China summit", "2020-09-14", location="Leipzig", organisations=("EU",), countries=("CN", "DE"), kind="summit"
)
EU_CHINA_VIDEO = m(
    "EU-China videoconference", "2020-09-14", location="virtual", organisations=("EU",), countries=("CN",)
)
CASES = [
    # (known, seen, same?, why)
    (
        NRC,
        m("Russia-NATO Council meeting", "2022-01-12", location="Brussels", organisations=("NATO",), countries=("RU",)),
        True,
        "same who, place, day",
    ),
    (
        NRC,
        m(
            "NATO Military Committee",
            "2022-01-12",
            "2022-01-13",
            location="Brussels",
            organisations=("NATO Military Committee",),
        ),
        False,
        "same org and place, other body and title",
    ),
    (
        NRC,
        m("NATO-Russia Council", "2022-01-19", location="Brussels", organisations=("NATO",), countries=("RU",)),
        False,
        "a week apart",
    ),
    (
        NRC,
        m("NATO-Russia Council", "2022-01-12", location="Geneva", organisations=("NATO",), countries=("RU",)),
        True,
        "a differing place weighs against, but everything else agrees: one meeting, one place misread",
    ),
    (
        NRC,
        m("NATO foreign ministers' meeting", "2022-01-12", location="Geneva", organisations=("NATO",)),
        False,
        "a differing place and another title: two meetings",
    ),
    (
        m("NATO defence ministers' meeting", "2018-02-14", location="Brussels", organisations=("NATO",)),
        m("EU agriculture ministers' meeting", "2018-02-14", location="Brussels", organisations=("EU",)),
        False,
        "two meetings on one day in one city",
    ),
    (
        m(
            "Quad foreign ministers' meeting",
            "2024-07-29",
            location="Tokyo",
            organisations=("Quad",),
            countries=("AU",),
        ),
        m(
            "Quad foreign ministers' meeting",
            "2024-07-29",
            organisations=("Quad",),
            countries=("AU", "IN", "JP", "US"),
        ),
        True,
        "a subset of the countries supports: Australia alone fits the four",
    ),
    (
        m("Putin-Modi talks", "2024-07-08", location="Moscow", participants=("Vladimir Putin", "Narendra Modi")),
        m("Modi's visit to Moscow", "2024-07-08", location="Moscow", participants=("Putin", "Modi"), kind="visit"),
        True,
        "Putin is Vladimir Putin: the same people on the same day in the same city",
    ),
    (
        m(
            "Portugal-Spain summit",
            "2025-03-11",
            location="Lisbon",
            participants=("Pedro Sánchez", "António Costa"),
            kind="summit",
        ),
        m(
            "Sánchez's visit to Lisbon",
            "2025-03-11",
            location="Lisbon",
            participants=("Pedro Sánchez", "prime minister"),
            kind="visit",
        ),
        True,
        "a visit and the summit it is for, titled otherwise: one person, one day, one city, one meeting",
    ),
    (
        m("Sánchez-Costa talks", "2025-03-11", location="Lisbon", participants=("Pedro Sánchez", "António Costa")),
        m("Ruto's visit to Lisbon", "2025-03-11", location="Lisbon", participants=("William Ruto",), kind="visit"),
        False,
        "another leader's visit to the same city that day is another meeting",
    ),
    (
        m("Egypt-Ethiopia-Sudan talks", "2025-05-12", "2025-05-13", location="Khartoum", countries=("EG", "ET", "SD")),
        m(
            "Egypt-Ethiopia-Sudan talks",
            "2025-05-14",
            "2025-05-15",
            location="Cairo",
            countries=("EG", "ET", "SD"),
            change=Change(ChangeAction.RESCHEDULE, date(2025, 5, 12)),
        ),
        True,
        "moved two days on and to another city: the move explains the other place",
    ),
    (
        m("Egypt-Ethiopia-Sudan talks", "2025-05-12", "2025-05-13", location="Khartoum", countries=("EG", "ET", "SD")),
        m("Egypt-Ethiopia-Sudan talks", "2025-05-14", "2025-05-15", location="Cairo", countries=("EG", "ET", "SD")),
        False,
        "two days apart in another city, with no move told: two rounds",
    ),
    (NRC, m("NATO-Russia Council", "2022-01-12"), False, "title alone never decides"),
    (
        NRC,
        m("NRC session", "2022-01-11", "2022-01-12", organisations=("NATO",), countries=("RU",)),
        True,
        "overlapping span, same who",
    ),
    (
        NRC,
        m("NRC session", "2022-01-13", organisations=("NATO",), countries=("RU",)),
        False,
        "the next day does not overlap",
    ),
    (
        m("Russia-US security talks", "2022-01-10", location="Geneva", countries=("RU", "US"), kind="talks"),
        m("Strategic Stability Dialogue", "2022-01-10", countries=("US", "RU")),
        True,
        "two countries the same, title worded otherwise",
    ),
    (
        m("Russia-US talks", "2022-01-10", countries=("RU", "US"), kind="talks"),
        m("Russia-US summit", "2022-01-10", countries=("RU", "US"), kind="summit"),
        False,
        "talks are not a summit",
    ),
    (
        m("EU summit", "2022-06-01", "2022-06-30", precision=D.MONTH, organisations=("EU",), kind="summit"),
        m("European Council summit", "2022-06-23", "2022-06-24", organisations=("EU",), kind="summit"),
        True,
        "a month contains the days",
    ),
    (
        m("EU summit", "2022-06-01", "2022-06-30", precision=D.MONTH, organisations=("EU",), kind="summit"),
        m("European Council summit", "2022-07-01", organisations=("EU",), kind="summit"),
        False,
        "outside the month",
    ),
    (
        m("Donor conference", "2022-03-05", location="Vienna", kind="conference"),
        m("Vienna donor conference", "2022-03-05", location="vienna", kind="conference"),
        True,
        "no one named: the same place and specific kind",
    ),
    (
        m(
            "NATO ministers in Brussels",
            "2022-05-10",
            location="Brussels",
            participants=("NATO foreign ministers",),
            organisations=("NATO",),
            countries=("US", "FR"),
        ),
        m(
            "NATO-Russia Council",
            "2022-05-12",
            location="Brussels",
            participants=("NATO foreign ministers",),
            organisations=("NATO-Russia Council", "NATO"),
        ),
        False,
        "two days apart, another body: two meetings (a role naming NATO is no person in common)",
    ),
    (
        m(
            "Arab League foreign ministers' session",
            "2017-09-12",
            location="Cairo",
            organisations=("Arab League",),
            countries=("EG", "JO", "IQ", "SA"),
        ),
        m("Egypt-Iraq consultative meeting", "2017-09-12", countries=("EG", "IQ")),
        False,
        "two members meeting alone on the sidelines of their organisation's session",
    ),
    (
        m(
            "Modi's visit to Moscow",
            "2024-07-08",
            location="Moscow",
            participants=("Narendra Modi", "Vladimir Putin"),
            kind="visit",
        ),
        m(
            "Моди's visit to Moscow",
            "2024-07-08",
            location="Moscow",
            participants=("Нарендра Моди", "Владимиром Путиным"),
            kind="visit",
        ),
        True,
        "the same people written in two scripts (and a Russian case ending)",
    ),
    (
        m("GCC Summit", "2022-12-09", location="Riyadh", organisations=("GCC",), countries=("CN",), kind="summit"),
        m(
            "Arab League Summit",
            "2022-12-09",
            location="Riyadh",
            organisations=("Arab League",),
            countries=("CN",),
            kind="summit",
        ),
        False,
        "two organisations' summits with one guest in one city on one day",
    ),
    (
        m(
            "Xi's state visit to Saudi Arabia",
            "2022-12-07",
            "2022-12-10",
            location="Riyadh",
            organisations=("GCC",),
            countries=("CN", "SA"),
            participants=("Xi Jinping",),
            kind="visit",
        ),
        m(
            "China-GCC Summit",
            "2022-12-09",
            location="Riyadh",
            organisations=("GCC",),
            countries=("CN", "SA"),
            participants=("Xi Jinping",),
            kind="summit",
        ),
        False,
        "a summit on the third day of a state visit is held during it, not the visit",
    ),
    (
        m("Talks", "2022-03-05", location="Vienna", countries=("IR", "US")),
        m("Talks", "2022-03-05", location="Vienna", countries=("KP", "KR")),
        False,
        "disjoint countries",
    ),
    (
        m(
            "Sudan peace talks",
            "2023-03-04",
            location="Jeddah",
            countries=("SD", "SA"),
            kind="talks",
            status=Status.POSTPONED,
        ),
        m("Sudan peace talks", "2023-03-21", location="Jeddah", countries=("SD", "SA"), kind="talks"),
        True,
        "put off with no new day, then told on a day two weeks on: the day it was put off to",
    ),
    (
        m("Sudan peace talks", "2023-03-04", location="Jeddah", countries=("SD", "SA"), kind="talks"),
        m("Sudan peace talks", "2023-03-21", location="Jeddah", countries=("SD", "SA"), kind="talks"),
        False,
        "two rounds two weeks apart, neither put off: two meetings",
    ),
    (
        replace(LEIPZIG, status=Status.POSTPONED),
        EU_CHINA_VIDEO,
        False,
        "a video summit on the day of the summit put off stands in for it: another meeting",
    ),
    (LEIPZIG, EU_CHINA_VIDEO, True, "a summit not called off, told again as held by video: the same meeting"),
]


@pytest.mark.parametrize(("known", "seen", "expected", "why"), CASES, ids=[c[3] for c in CASES])
def test_same_meeting(known: Meeting, seen: Meeting, expected: bool, why: str) -> None:
    assert same_meeting(known, seen) is expected, why
    assert same_meeting(seen, known) is expected, f"{why} (either way round)"


@pytest.mark.parametrize(
    ("sources", "expected", "why"),
    [
        ([("tass", 0.6)], 0.6, "one source"),
        ([("tass", 0.6), ("tass", 0.6)], 0.6, "a publisher repeating itself adds nothing"),
        ([("tass", 0.6), ("reuters", 0.6)], 0.84, "independent publishers combine"),
        ([("tass", 0.4), ("tass", 0.7), ("afp", 0.5)], 0.85, "each publisher counts with its best"),
        ([("a", 0.9), ("b", 0.9), ("c", 0.9)], 0.99, "capped below certainty"),
    ],
)
def test_combined_confidence(sources: list[tuple[str, float]], expected: float, why: str) -> None:
    assert combined_confidence(sources) == pytest.approx(expected), why


@pytest.mark.parametrize(
    ("publisher", "url", "key"),
    [
        ("TASS ", None, "tass"),
        (None, "https://www.reuters.com/x", "reuters.com"),
        (None, None, "unknown"),
    ],
)
def test_publisher_key(publisher: str | None, url: str | None, key: str) -> None:
    assert publisher_key(publisher, url) == key


def test_title_similarity_ignores_word_order_and_filler() -> None:
    assert title_similarity("NATO-Russia Council", "Meeting of the Russia-NATO Council") == 1.0
    assert title_similarity("NATO-Russia Council", "NATO Military Committee") < 0.4


def test_one_weak_source_stays_tentative_two_independent_confirm() -> None:
    weak = article("w1", "2022-03-01", "TASS", "Ministers might meet.")
    other = article("w2", "2022-03-02", "AFP", "Ministers will meet.")
    meeting = m("Ministers' meeting", "2022-04-01", organisations=("NATO",), confidence=0.3)
    one = derive([Sighting(weak.id, weak.published, "tass", meeting)])
    assert one.meeting.status is Status.TENTATIVE
    same_voice = derive(
        [Sighting(weak.id, weak.published, "tass", meeting), Sighting(other.id, other.published, "tass", meeting)]
    )
    assert same_voice.meeting.status is Status.TENTATIVE
    two = derive(
        [Sighting(weak.id, weak.published, "tass", meeting), Sighting(other.id, other.published, "afp", meeting)]
    )
    assert two.meeting.status is Status.CONFIRMED
    assert two.meeting.confidence == pytest.approx(0.51)
    assert [s.action for s in two.history] == ["created", "updated"]
    assert two.sequence == 1  # tentative -> confirmed is news for calendars


def story_sightings() -> list[Sighting]:
    return [
        Sighting(a.id, a.published, publisher_key(a.publisher, a.url), found[0]) for a, found in life_of_a_meeting()
    ]


@settings(max_examples=60, deadline=None)
@given(st.permutations(story_sightings()))
def test_the_fold_does_not_depend_on_order(order: list[Sighting]) -> None:
    assert derive(order) == derive(story_sightings())


def test_every_arrival_order_of_the_story_gives_one_calendar(tmp_path) -> None:
    """Every sixth of the 120 orders of five articles, through the store: one calendar.

    (All 120 pass too; the sample keeps the suite quick.)
    """
    from diplocal.query import MeetingQuery
    from diplocal.render.ical import render_calendar
    from diplocal.settings import Settings
    from diplocal.store import Store

    story = life_of_a_meeting()
    results = set()
    for number, order in enumerate(itertools.islice(itertools.permutations(story), 0, None, 6)):
        store = Store.open(f"sqlite:///{tmp_path / f'{number}.db'}")
        for source, found in order:
            store.ingest(source, found)
        found = store.find(MeetingQuery())
        assert len(found) == 1, [s.id for s, _ in order]
        results.add(render_calendar(found, Settings(base_url="https://x.example")))
        store.close()
    assert len(results) == 1


def test_a_replaced_reading_is_a_new_fold() -> None:
    sightings = story_sightings()
    changed = [*sightings[:-1], replace(sightings[-1], meeting=replace(sightings[-1].meeting, location="Vienna"))]
    assert derive(changed).meeting.location == "Brussels"  # a cancellation does not move it


def test_a_role_is_no_person() -> None:
    from diplocal.store.merge import _people

    meeting = m(
        "NATO ministers",
        "2022-05-10",
        participants=("NATO foreign ministers", "heads of state", "Vladimir Putin", "EU envoy Jozef Síkela"),
        organisations=("NATO",),
    )
    assert _people(meeting) == {"putin", "vladimir", "síkela", "jozef"}


def test_a_reported_move_joins_the_old_days_reports_and_the_new_days() -> None:
    from datetime import UTC, datetime

    from diplocal.store.cluster import cluster

    def talks(day: int, city: str, change: Change | None = None) -> Meeting:
        return m(
            "Egypt-Ethiopia-Sudan talks",
            f"2025-05-{day:02d}",
            f"2025-05-{day + 1:02d}",
            location=city,
            countries=("EG", "ET", "SD"),
            change=change,
        )

    def seen(article: str, hour: int, meeting: Meeting) -> Sighting:
        return Sighting(article, datetime(2025, 5, 1, hour, tzinfo=UTC), article, meeting)

    old = [seen("a", 1, talks(12, "Khartoum")), seen("b", 2, talks(12, "Khartoum"))]
    mover = seen("c", 3, talks(14, "Cairo", Change(ChangeAction.RESCHEDULE, date(2025, 5, 12))))
    new = [seen("d", 4, talks(14, "Cairo")), seen("e", 5, talks(14, "Cairo"))]
    assert len(cluster([*old, mover, *new])) == 1
    assert len(cluster([*old, *new])) == 2  # with no report of the move, two rounds


def test_a_reported_move_to_another_city_on_the_same_day_joins_both_cities_reports() -> None:
    from datetime import UTC, datetime

    from diplocal.store.cluster import cluster

    def summit(city: str, change: Change | None = None, *, title: str = "Chile-Peru summit") -> Meeting:
        return m(title, "2024-09-19", location=city, countries=("CL", "PE"), kind="summit", change=change)

    def seen(article: str, hour: int, meeting: Meeting) -> Sighting:
        return Sighting(article, datetime(2024, 9, 10, hour, tzinfo=UTC), article, meeting)

    old = [seen("a", 1, summit("Arica")), seen("b", 2, summit("Arica", title="Boric's visit to Arica"))]
    mover = seen("c", 3, summit("Tacna", Change(ChangeAction.RESCHEDULE, None, "Arica")))
    new = [seen("d", 4, summit("Tacna", title="Boluarte's visit to Tacna"))]
    groups = cluster([*old, mover, *new])
    assert len(groups) == 1
    assert derive(groups[0]).meeting.location == "Tacna"  # the move's place, however many told the old one
    assert len(cluster([*old, *new])) == 2  # with no report of the move, two places


def test_one_king_in_two_spellings_and_a_lower_case_title_is_one_person() -> None:
    # "King Mohammed VI" (an English report) and "rey Mohamed VI" (a Spanish one) on one day in
    # Rabat: a name transliterated with a letter doubled or not, its title in lower case
    known = m(
        "King Mohammed VI-El Othmani talks",
        "2018-11-19",
        location="Rabat",
        participants=("King Mohammed VI", "Saad-Eddine El Othmani"),
        kind="talks",
    )
    seen = m(
        "Visit to Rabat",
        "2018-11-19",
        location="Rabat",
        participants=("Morocco", "rey Mohamed VI", "Pedro Sánchez"),
        kind="visit",
    )
    assert same_meeting(known, seen)
