"""The store's events never depend on the order articles arrive in (a Hypothesis property
over permutations of real-shaped stories from tests/corpus/clusters: moved, relocated,
cancelled and postponed meetings, and two meetings on one day in one city)."""

from __future__ import annotations

import tempfile
from functools import cache
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.clusters import extracted, read_reports
from diplocal.model import Article, Meeting
from diplocal.query import MeetingQuery
from diplocal.store import Store

STORIES = (
    "meloni-berlin-2023-11",  # moved by a day
    "gerd-talks-2023-10",  # moved to another city, two days later
    "fr-de-ministerrat-2022",  # cancelled, then set again
    "tebboune-france-2023-05",  # a month, then days, then postponed
    "normandy-paris-2019-12",  # two meetings, one city, one evening
)
EVERYTHING = MeetingQuery(limit=None)


@cache
def reports() -> tuple[tuple[Article, tuple[Meeting, ...]], ...]:
    """The stories' reports with what the extractor finds in them, in publication order."""
    rows = sorted((row for row in read_reports() if row["story"] in STORIES), key=lambda row: row["published"])
    found = extracted(rows)
    return tuple((found[row["id"]][0], tuple(found[row["id"]][1])) for row in rows)


def events(order: list[tuple[Article, tuple[Meeting, ...]]]) -> list[tuple[Any, ...]]:
    """The store's events after ingesting ``order``: id, dates, status, place, sources."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{folder}/orders.db")
        try:
            for article, found in order:
                store.ingest(article, list(found))
            stored = store.find(EVERYTHING)
        finally:
            store.close()
    return sorted(
        (
            s.id,
            s.meeting.start,
            s.meeting.end,
            s.meeting.precision,
            s.meeting.start_time,
            s.meeting.status,
            s.meeting.location,
            tuple(sorted(e.article_id for e in s.meeting.evidence)),
        )
        for s in stored
    )


@cache
def in_publication_order() -> list[tuple[Any, ...]]:
    return events(list(reports()))


def test_the_stories_give_events_to_compare() -> None:
    found = in_publication_order()
    assert len(reports()) >= 20
    assert len(found) >= len(STORIES)
    assert any(len(sources) >= 3 for *_, sources in found), "some meeting is told by several outlets"


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_arrival_order_gives_the_same_events(data: st.DataObject) -> None:
    arrivals = data.draw(st.permutations(reports()), label="arrival order")
    assert events(arrivals) == in_publication_order()


def test_reversed_order_gives_the_same_events() -> None:
    assert events(list(reversed(reports()))) == in_publication_order()
