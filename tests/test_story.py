"""A meeting's life told by five articles, through the real extractor and the store:
announced, confirmed twice by other publishers, postponed, called off (issue 5's checks)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from conftest import FROZEN_NOW

from diplocal.ingest import ingest
from diplocal.model import Status
from diplocal.query import MeetingQuery
from diplocal.render.ical import render_calendar
from diplocal.settings import Settings
from diplocal.sources import read_paths
from diplocal.store import Store

STORY = sorted((Path(__file__).parent / "stories" / "eu-japan").glob("a*.txt"))
SETTINGS = Settings(base_url="https://diplocal.example", past_days=None)


def _feed(store: Store) -> tuple[bytes, list[icalendar.Event]]:
    body = render_calendar(store.find(MeetingQuery()), SETTINGS, today=FROZEN_NOW.date())
    return body, list(icalendar.Calendar.from_ical(body).walk("VEVENT"))


def _ingest(store: Store, paths: list[Path]) -> None:
    report = ingest(store, read_paths(paths))
    assert report.ok, report.failures


def test_three_articles_one_meeting_then_moved_then_called_off(any_store: Store) -> None:
    assert len(STORY) == 5
    _ingest(any_store, STORY[:3])
    [announced] = any_store.find(MeetingQuery())
    assert announced.meeting.start == date(2023, 4, 12)
    assert announced.meeting.location == "Brussels"
    assert len(announced.meeting.evidence) == 3
    assert {e.publisher for e in announced.meeting.evidence} == {"Wire One", "Wire Two", "Wire Three"}
    _, [before] = _feed(any_store)

    _ingest(any_store, STORY[3:4])
    [moved] = any_store.find(MeetingQuery())
    assert moved.id == announced.id
    assert moved.meeting.start == date(2023, 4, 19)
    _, [after] = _feed(any_store)
    assert str(after["UID"]) == str(before["UID"])
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("DTSTART") == date(2023, 4, 19)

    _ingest(any_store, STORY[4:])
    [cancelled] = any_store.find(MeetingQuery())
    assert cancelled.id == announced.id
    assert cancelled.meeting.status is Status.CANCELLED
    _, [last] = _feed(any_store)
    assert str(last["STATUS"]) == "CANCELLED"
    assert str(last["SUMMARY"]).startswith("Cancelled: ")
    assert [h["action"] for h in any_store.history(announced.id)][-2:] == ["rescheduled", "cancelled"]


@pytest.mark.parametrize("order", ["reverse", "shuffled"])
def test_any_arrival_order_gives_the_same_calendar(tmp_path: Path, order: str) -> None:
    forward = Store.open(f"sqlite:///{tmp_path / 'forward.db'}")
    _ingest(forward, STORY)
    other = Store.open(f"sqlite:///{tmp_path / 'other.db'}")
    paths = STORY[::-1] if order == "reverse" else [STORY[i] for i in (3, 0, 4, 2, 1)]
    for path in paths:  # one run per article, as separate ingests would arrive
        _ingest(other, [path])
    assert _feed(other)[0] == _feed(forward)[0]
