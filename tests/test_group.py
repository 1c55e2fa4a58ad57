"""Grouping: which of an article's dated meeting words tell of one meeting (one case a line).

Every sentence is written for these tests (none comes from a corpus).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from types import SimpleNamespace

import pytest

from diplocal.extract import meetings_from_article
from diplocal.extract.group import _other_bodies
from diplocal.model import Article

WED = date(2024, 3, 13)


def meetings(text: str) -> list[tuple[str, str, str | None]]:
    article = Article(id="t", title="", text=text, published=datetime.combine(WED, time(9), tzinfo=UTC), language="en")
    return [(m.start_label(), m.end_label(), m.location) for m in meetings_from_article(article)]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "A summit will be held in Geneva on Friday. On Friday, a ministerial meeting will be held in Vienna.",
            [("2024-03-15", "2024-03-15", "Vienna"), ("2024-03-15", "2024-03-15", "Geneva")],
            "two cities on one day: two meetings",
        ),
        (
            "NATO defence ministers meet in Brussels on Thursday. The meeting in Brussels on Thursday will discuss Ukraine.",
            [("2024-03-14", "2024-03-14", "Brussels")],
            "one city named twice: one meeting",
        ),
        (
            "African Union ministers will meet in Ethiopia on Friday. The meeting on Friday in Addis Ababa will discuss Sudan.",
            [("2024-03-15", "2024-03-15", "Addis Ababa")],
            "a country and its city: one meeting",
        ),
        (
            "EU leaders meet in Brussels on Friday. On Friday the talks will also be held online with Kyiv.",
            [("2024-03-15", "2024-03-15", "virtual")],
            "online parts no place",
        ),
        (
            "Diplomats from the EU, Russia and Ukraine will meet in Geneva on Thursday. The talks were set for tomorrow"
            " and would start in the morning, a spokeswoman told reporters in Washington on Wednesday.",
            [("2024-03-14", "2024-03-14", "Geneva")],
            "a sentence that only refers back may carry the reporter's place: it parts nothing",
        ),
    ],
)
def test_places_part_meetings(text: str, expected: list[tuple[str, str, str | None]], reason: str) -> None:
    assert meetings(text) == expected, reason


@pytest.mark.parametrize(
    ("first", "second", "apart", "reason"),
    [
        (["G-20"], ["UN"], True, "two organisations: two meetings, whoever attends both"),
        (["UN"], ["UN Security Council"], False, "an organisation and its body may be one"),
        (["NATO"], [], False, "one side names no organisation"),
    ],
)
def test_other_bodies(first: list[str], second: list[str], apart: bool, reason: str) -> None:
    assert _other_bodies(SimpleNamespace(organisations=first), SimpleNamespace(organisations=second)) is apart, reason  # type: ignore[arg-type]


def _told(kind: str, start: date, end: date, confidence: float) -> object:
    from diplocal.extract.candidates import Candidate
    from diplocal.extract.spans import Cue, DateMention

    cue = Cue(0, 5, kind, kind, False, 0.9)
    return Candidate("s", 0, cue, DateMention("day", 0, 1, "d"), start=start, end=end, kind=kind, confidence=confidence)


def test_a_visit_of_several_days_holding_a_banquet_is_the_meeting_the_group_tells() -> None:
    """A state visit Monday to Thursday and its state banquet on Tuesday, the banquet told with
    more confidence: the visit leads (its days, its kind); a session of several days inside a
    visit leads itself."""
    from diplocal.extract.assemble import _visit_first

    banquet = _told("meeting", date(2023, 11, 21), date(2023, 11, 21), 0.92)
    visit = _told("visit", date(2023, 11, 20), date(2023, 11, 23), 0.87)
    assert _visit_first([banquet, visit]) == [visit, banquet]  # type: ignore[list-item]
    session = _told("meeting", date(2019, 6, 13), date(2019, 6, 14), 0.95)
    trip = _told("visit", date(2019, 6, 12), date(2019, 6, 14), 0.9)
    assert _visit_first([session, trip]) == [session, trip]  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("visitor", "sentence", "apart"),
    [
        ("Luiz Inácio Lula da Silva", "On Sunday Lula will hold talks with Mottaki.", False),
        ("Luiz Inácio Lula da Silva", "On Sunday the foreign ministers will meet.", True),
        # a script without capitals: each word of the name counts
        ("شي جين بينغ", "ويعقد الرئيس شي جين بينغ يوم الثلاثاء محادثات مع ولي العهد.", False),
    ],
)
def test_other_peoples_meeting_during_a_visit_never_names_the_visitor(visitor: str, sentence: str, apart: bool) -> None:
    from diplocal.extract.candidates import Candidate
    from diplocal.extract.group import _others_during_visit
    from diplocal.extract.spans import Cue, DateMention

    cue = Cue(0, 5, "visit", "visit", False, 0.9)
    visit = Candidate("v", 0, cue, DateMention("day", 0, 1, "d"), start=date(2010, 5, 15), end=date(2010, 5, 17))
    visit.kind, visit.people = "visit", [visitor]
    talks = Candidate(sentence, 1, Cue(0, 5, "talks", "talks", False, 0.9), DateMention("day", 0, 1, "d"))
    talks.kind, talks.people = "talks", ["Someone Else"]
    assert _others_during_visit(visit, talks) is apart


@pytest.mark.parametrize(
    ("trip_place", "trip_countries", "stop_place", "apart", "reason"),
    [
        (None, [], ("Santiago", "CL"), True, "a tour told without its place: a stop in a city is a stop"),
        (None, ["CL"], ("Santiago", "CL"), False, "a trip to the country the stop is in: the trip told again"),
        (("Santiago", "CL"), ["CL"], ("Santiago", "CL"), False, "the trip's own city"),
        (("São Paulo", "BR"), ["BR"], ("Santiago", "CL"), True, "another city than the trip's"),
    ],
)
def test_a_meeting_elsewhere_during_a_trip_is_a_stop_of_it(
    trip_place: tuple[str, str] | None,
    trip_countries: list[str],
    stop_place: tuple[str, str],
    apart: bool,
    reason: str,
) -> None:
    from diplocal.extract.candidates import Candidate
    from diplocal.extract.group import _elsewhere_during_visit
    from diplocal.extract.spans import Cue, DateMention
    from diplocal.places import Place

    def city(name: str, country: str) -> Place:
        return Place(name, "city", country=country, city=name)

    trip = Candidate("t", 0, Cue(0, 5, "reist", "visit", True, 0.9), DateMention("day", 0, 1, "d"))
    trip.kind, trip.start, trip.end = "visit", date(2024, 3, 10), date(2024, 3, 15)
    trip.place, trip.countries = (city(*trip_place) if trip_place else None), trip_countries
    stop = Candidate("s", 3, Cue(0, 5, "trifft", "meeting", True, 0.9), DateMention("day", 0, 1, "d"))
    stop.kind, stop.start, stop.end, stop.place = "meeting", date(2024, 3, 13), date(2024, 3, 13), city(*stop_place)
    assert _elsewhere_during_visit(trip, stop) is apart, reason
