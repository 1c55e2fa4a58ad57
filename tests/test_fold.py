"""The event shows the best of its sources: title, participants, place, dates, confidence
(pure rules of store/fold.py and store/pool.py, whatever order the sources are given in)."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from diplocal.model import Change, ChangeAction, DatePrecision, Meeting, Status
from diplocal.places import organisation
from diplocal.store.fold import Sighting, derive
from diplocal.store.pool import better_place, pooled_participants, title_value


def m(title: str, start: str, end: str | None = None, **kw: object) -> Meeting:
    return Meeting(title=title, start=date.fromisoformat(start), end=date.fromisoformat(end or start), **kw)  # type: ignore[arg-type]


def told(day: int, publisher: str, meeting: Meeting, article: str | None = None) -> Sighting:
    """A sighting published on 2024-07-``day`` by ``publisher``."""
    published = datetime(2024, 7, day, 9, tzinfo=UTC)
    return Sighting(article or f"{publisher}-{day}", published, publisher, meeting)


def every_order(sightings: list[Sighting]) -> list[Meeting]:
    return [derive(list(order)).meeting for order in itertools.permutations(sightings)]


QUAD = {"organisations": ("Quad",), "kind": "meeting"}


def test_the_title_is_the_most_informative_not_the_first() -> None:
    sightings = [
        told(1, "kyodo", m("Meeting of Japan", "2024-07-29", countries=("JP",), participants=("Japan",))),
        told(
            2,
            "abc",
            m(
                "Quad foreign ministers' meeting",
                "2024-07-29",
                location="Tokyo",
                countries=("AU", "JP"),
                participants=("Quad", "Penny Wong", "foreign ministers"),
                **QUAD,  # type: ignore[arg-type]
            ),
        ),
        told(3, "pti", m("Four-way summit of Joe Biden", "2024-07-29", participants=("Joe Biden",))),
    ]
    shown = every_order(sightings)
    assert {s.title for s in shown} == {"Quad foreign ministers' meeting"}


def test_a_title_naming_the_series_wins_and_brings_its_original_phrase() -> None:
    named = m(
        "13th BRICS Summit",
        "2021-09-09",
        organisations=("BRICS",),
        kind="summit",
        title_original="XIII саммит БРИКС",
    )
    sightings = [
        told(1, "tass", m("Modi-Putin-Xi summit", "2021-09-09", participants=("Modi", "Putin", "Xi Jinping"))),
        told(2, "xinhua", replace(named, participants=("BRICS",))),
    ]
    assert organisation("BRICS").series["summit"] == "BRICS Summit"  # type: ignore[union-attr]
    for shown in every_order(sightings):
        assert shown.title == "13th BRICS Summit"
        assert shown.title_original == "XIII саммит БРИКС"  # from the same source as the title


@pytest.mark.parametrize(
    ("title", "better_than", "why"),
    [
        ("Lavrov-Wang talks", "Лавров's visit to Beijing", "names in English beat a name left in another script"),
        ("Zelenskiy-Putin summit", "Meeting of Russia", "two people beat a country cut from the sentence"),
        ("Lavrov's visit to Belgrade", "Lavrov's's visit to Belgrade", "a possessive read twice is a fragment"),
        ("Lula's visit to Buenos Aires", "Aires's visit to Buenos Aires", "a place is no visitor"),
    ],
)
def test_title_value(title: str, better_than: str, why: str) -> None:
    state = m(
        "x",
        "2024-04-08",
        location="Beijing",
        countries=("RU", "CN"),
        participants=("Sergei Lavrov", "Сергей Лавров", "Wang Yi", "Volodymyr Zelenskiy", "Vladimir Putin", "Lula"),
    )
    assert title_value(title, state) > title_value(better_than, state), why


def test_participants_are_pooled_each_once() -> None:
    state = m("x", "2024-07-08", participants=("India", "Putin"))
    sources = [
        state,
        m("y", "2024-07-08", participants=("Narendra Modi", "Vladimir Putin", "prime minister")),
        m("z", "2024-07-08", participants=("Modi", "prime ministers", "NATO foreign ministers", "NATO")),
    ]
    assert pooled_participants(state, sources) == (
        "India",
        "Vladimir Putin",
        "Narendra Modi",
        "prime ministers",
        "NATO foreign ministers",
    )


def test_organisations_countries_and_people_pool_across_sources() -> None:
    sightings = [
        told(1, "a", m("Quad meeting", "2024-07-29", countries=("AU",), participants=("Penny Wong",), **QUAD)),  # type: ignore[arg-type]
        told(2, "b", m("Quad meeting", "2024-07-29", countries=("IN", "JP"), participants=("S. Jaishankar",), **QUAD)),  # type: ignore[arg-type]
        told(3, "c", m("Quad meeting", "2024-07-29", countries=("US",), participants=("Antony Blinken",), **QUAD)),  # type: ignore[arg-type]
    ]
    for shown in every_order(sightings):
        assert set(shown.countries) == {"AU", "IN", "JP", "US"}
        assert set(shown.participants) == {"Penny Wong", "S. Jaishankar", "Antony Blinken"}


@pytest.mark.parametrize(
    ("places", "shown", "why"),
    [
        (["Belgium", "Brussels"], "Brussels", "a city beats its country"),
        (["Brussels", "Belgium"], "Brussels", "a city beats its country, whichever came first"),
        (["Brussels", "Europa building"], "Europa building", "a venue beats its city"),
        (["Europa building", "Belgium", "Brussels"], "Europa building", "the finest of three"),
        ([None, "Tokyo"], "Tokyo", "a place where none was known"),
        (["Paris", "Geneva"], "Paris", "two places that disagree: the first stays, no later plain report moves it"),
        (["Luxembourg", "Brussels", "Brussels"], "Brussels", "two later reports of another place outweigh one"),
        (["Luxembourg", "Brussels", "Luxembourg", "Brussels"], "Luxembourg", "a tie keeps the place known first"),
        (["Luxembourg", "Belgium", "Brussels"], "Brussels", "a country and its city agree: two against one"),
    ],
)
def test_places_pool_the_finer_winning(places: list[str | None], shown: str, why: str) -> None:
    sightings = [
        told(day + 1, f"p{day}", m("EU ministers' meeting", "2024-07-08", location=where, organisations=("EU",)))
        for day, where in enumerate(places)
    ]
    assert derive(sightings).meeting.location == shown, why


def test_better_place_keeps_an_unknown_place() -> None:
    assert better_place("Hotel Nowhere", "Brussels") == "Hotel Nowhere"
    assert better_place(None, "Brussels") == "Brussels"


def test_the_most_precise_date_no_later_source_contradicts() -> None:
    month = told(
        1, "a", m("EU summit", "2024-06-01", "2024-06-30", precision=DatePrecision.MONTH, organisations=("EU",))
    )
    days = told(2, "b", m("EU summit", "2024-06-27", "2024-06-28", organisations=("EU",)))
    timed = told(
        3,
        "c",
        m(
            "EU summit",
            "2024-06-27",
            "2024-06-28",
            start_time=time(10),
            timezone="Europe/Brussels",
            organisations=("EU",),
        ),
    )
    for shown in every_order([month, days, timed]):
        assert (shown.start, shown.end, shown.precision) == (date(2024, 6, 27), date(2024, 6, 28), DatePrecision.DAY)
        assert shown.start_time == time(10)
    corrected = told(4, "d", m("EU summit", "2024-06-26", organisations=("EU",)))
    for shown in every_order([month, days, timed, corrected]):
        assert shown.start == date(2024, 6, 26), "a later report of other days corrects them"
        assert shown.start_time is None, "a time belongs to the day it was given for"


def test_a_later_plain_report_never_undoes_a_move() -> None:
    first = told(1, "a", m("EU summit", "2024-06-27", organisations=("EU",)))
    moved = told(
        2,
        "b",
        m(
            "EU summit",
            "2024-06-29",
            organisations=("EU",),
            change=Change(ChangeAction.RESCHEDULE, previous_start=date(2024, 6, 27)),
        ),
    )
    stale = told(3, "c", m("EU summit", "2024-06-27", organisations=("EU",)))
    shown = derive([stale, moved, first]).meeting
    assert shown.start == date(2024, 6, 29)
    assert shown.status is Status.CONFIRMED


def test_confidence_rises_with_independent_outlets_only() -> None:
    meeting = m("EU summit", "2024-06-27", organisations=("EU",), confidence=0.4)
    one = derive([told(1, "a", meeting)]).meeting.confidence
    same_outlet = derive([told(1, "a", meeting), told(2, "a", meeting, "a-again")]).meeting.confidence
    two = derive([told(1, "a", meeting), told(2, "b", meeting)]).meeting.confidence
    three = derive([told(1, "a", meeting), told(2, "b", meeting), told(3, "c", meeting)]).meeting.confidence
    assert one == same_outlet == 0.4
    assert one < two < three


def test_the_fold_does_not_depend_on_the_order_it_is_given() -> None:
    sightings = [
        told(
            1,
            "a",
            m(
                "Meeting of Japan",
                "2024-07-01",
                "2024-07-31",
                precision=DatePrecision.MONTH,
                location="Japan",
                countries=("JP",),
                **QUAD,
            ),
        ),  # type: ignore[arg-type]
        told(
            2,
            "b",
            m(
                "Quad foreign ministers' meeting",
                "2024-07-29",
                location="Tokyo",
                countries=("AU",),
                participants=("Penny Wong",),
                **QUAD,
            ),
        ),  # type: ignore[arg-type]
        told(
            3,
            "c",
            m(
                "Quad meeting",
                "2024-07-29",
                start_time=time(15),
                timezone="Asia/Tokyo",
                countries=("US",),
                participants=("Blinken",),
                **QUAD,
            ),
        ),  # type: ignore[arg-type]
        told(
            4,
            "d",
            m(
                "Quad ministers",
                "2024-07-29",
                location="Tokyo",
                countries=("IN",),
                participants=("Antony Blinken",),
                status=Status.TENTATIVE,
                **QUAD,
            ),
        ),  # type: ignore[arg-type]
    ]
    results = [derive(list(order)) for order in itertools.permutations(sightings)]
    derived = results[0]
    assert all(
        (d.meeting, d.sequence, d.history) == (derived.meeting, derived.sequence, derived.history) for d in results
    )
    assert derived.meeting.title == "Quad foreign ministers' meeting"
    assert derived.meeting.location == "Tokyo"
    assert derived.meeting.start_time == time(15)
    assert derived.meeting.participants == ("Penny Wong", "Antony Blinken")


@pytest.mark.parametrize("action", [ChangeAction.CANCEL, ChangeAction.POSTPONE])
def test_a_report_of_a_cancellation_says_where_the_meeting_was_to_be(action: ChangeAction) -> None:
    # the first report named no place; the one that calls it off names it: the event keeps it
    first = told(1, "wire", m("Quad Leaders' Summit", "2024-07-24", **QUAD))
    off = told(5, "paper", m("Quad Leaders' Summit", "2024-07-24", location="Sydney", change=Change(action), **QUAD))
    state = derive([first, off]).meeting
    assert (state.location, state.status) == (
        "Sydney",
        Status.CANCELLED if action is ChangeAction.CANCEL else Status.POSTPONED,
    )


def test_a_meeting_put_off_with_no_new_day_then_told_on_later_days_is_held_then() -> None:
    planned = told(1, "wire", m("Quad Leaders' Summit", "2024-07-10", location="Sydney", **QUAD))
    put_off = told(8, "paper", m("Quad Leaders' Summit", "2024-07-10", change=Change(ChangeAction.POSTPONE), **QUAD))
    reset = told(20, "radio", m("Quad Leaders' Summit", "2024-07-29", location="Sydney", **QUAD))
    derived = derive([reset, put_off, planned])
    assert (derived.meeting.start, derived.meeting.status) == (date(2024, 7, 29), Status.CONFIRMED)
    assert [step.action for step in derived.history] == ["created", "postponed", "rescheduled"]
    stale = told(20, "radio", m("Quad Leaders' Summit", "2024-07-10", location="Sydney", **QUAD))
    assert derive([stale, put_off, planned]).meeting.status is Status.POSTPONED, "the old day told again"
    cancelled = told(8, "paper", m("Quad Leaders' Summit", "2024-07-10", change=Change(ChangeAction.CANCEL), **QUAD))
    assert derive([reset, cancelled, planned]).meeting.status is Status.CANCELLED, "never revives a cancelled one"
