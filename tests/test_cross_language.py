"""One meeting reported in Russian and in English (issue 14): read by the real readers and
extractor, stored, it is one event with two sources, each with its language, and the
calendar and the API say what the Russian report called it."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from diplocal.ingest import ingest
from diplocal.query import MeetingQuery
from diplocal.render.ical import render_calendar
from diplocal.render.jsonview import meeting_to_json
from diplocal.settings import Settings
from diplocal.sources import read_paths
from diplocal.store import Store

STORY = Path(__file__).parent / "stories" / "brics-kazan"  # written for this test, no language headers
RUSSIAN, ENGLISH = STORY / "ru-vesti.txt", STORY / "en-wire.txt"
SETTINGS = Settings(base_url="https://diplocal.example", past_days=None)


@pytest.mark.parametrize("order", [[RUSSIAN, ENGLISH], [ENGLISH, RUSSIAN]], ids=["ru-first", "en-first"])
def test_a_russian_and_an_english_report_are_one_event_with_two_sources(any_store: Store, order: list[Path]) -> None:
    for path in order:  # one article at a time: the second must find the first in the store
        report = ingest(any_store, read_paths([path]))
        assert report.ok, report.failures
    [stored] = any_store.find(MeetingQuery())
    meeting = stored.meeting
    assert meeting.title == "BRICS Summit"
    assert (meeting.start.isoformat(), meeting.end.isoformat()) == ("2024-10-22", "2024-10-24")
    assert sorted((e.article_id, e.language) for e in meeting.evidence) == [("en-wire", "en"), ("ru-vesti", "ru")]
    # The Russian report came first (15 October): the title is composed from its words.
    assert meeting.title_original == "Саммит БРИКС"
    document = meeting_to_json(stored, SETTINGS.base_url)
    assert document["title_original"] == "Саммит БРИКС"
    assert [s["language"] for s in document["sources"]] == ["ru", "en"]  # in publication order
    [event] = icalendar.Calendar.from_ical(render_calendar([stored], SETTINGS, today=meeting.start)).walk("VEVENT")
    assert "\nOriginal: Саммит БРИКС (ru)\n" in str(event["DESCRIPTION"])
