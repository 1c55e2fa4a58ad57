"""`diplocal reextract`: a better extractor updates meetings in place, ids and history kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from click.testing import CliRunner
from fixtures.news import FakeExtractor, article, life_of_a_meeting, sighting

from diplocal import ingest as ingest_module
from diplocal.cli import main
from diplocal.ingest import reextract
from diplocal.query import MeetingQuery
from diplocal.store import Store

EVERYTHING = MeetingQuery()


def table() -> dict:
    return {source.id: found for source, found in life_of_a_meeting()}


def stored_with(store: Store) -> None:
    for source, found in life_of_a_meeting():
        store.ingest(source, found)


def test_the_same_reading_changes_nothing(any_store: Store) -> None:
    stored_with(any_store)
    before = any_store.find(EVERYTHING)
    history = any_store.history(before[0].id)
    report = reextract(any_store, extract=FakeExtractor(table()))
    assert report.articles == 5
    assert report.failures == []
    assert (report.new, report.updated, report.withdrawn) == (0, 0, 0)
    assert any_store.find(EVERYTHING) == before
    assert any_store.history(before[0].id) == history


def test_a_better_reading_updates_the_meeting_in_place(any_store: Store) -> None:
    stored_with(any_store)
    [before] = any_store.find(EVERYTHING)
    better = table()
    better["a-announce"] = [replace(better["a-announce"][0], title="Meeting of NATO foreign ministers")]
    better["d-postponed"] = [replace(better["d-postponed"][0], start_time=time(10, 0), timezone="Europe/Brussels")]
    report = reextract(any_store, extract=FakeExtractor(better))
    assert report.new == 0
    [after] = any_store.find(EVERYTHING)
    assert after.id == before.id
    assert after.meeting.title == "Meeting of NATO foreign ministers"
    assert after.meeting.start_time == time(10, 0)
    assert after.sequence > before.sequence  # calendars must take the new time
    assert len(after.meeting.evidence) == 5
    assert [h["action"] for h in any_store.history(after.id)] == ["created", "rescheduled", "cancelled"]


def test_a_corrected_date_keeps_the_id(any_store: Store) -> None:
    source = article("only", "2022-03-01", "TASS", "NATO foreign ministers meet in Brussels on April 10.")
    any_store.ingest(source, [sighting(source, "NATO foreign ministers' meeting", "2022-04-10")])
    [before] = any_store.find(EVERYTHING)
    fixed = {"only": [sighting(source, "NATO foreign ministers' meeting", "2022-04-11")]}
    reextract(any_store, extract=FakeExtractor(fixed))
    [after] = any_store.find(EVERYTHING)
    assert after.id == before.id
    assert after.meeting.start == date(2022, 4, 11)
    assert after.sequence == before.sequence + 1


def test_a_meeting_no_article_reports_any_more_is_withdrawn(any_store: Store) -> None:
    stored_with(any_store)
    source = article("noise", "2022-03-04", "AP", "Ministers may meet in Oslo in June, a source said.")
    any_store.ingest(
        source,
        [
            sighting(
                source,
                "Oslo ministers' meeting",
                "2022-06-15",
                location="Oslo",
                organisations=(),
                participants=("ministers",),
            )
        ],
    )
    assert any_store.count() == 2
    report = reextract(any_store, extract=FakeExtractor(table()))
    assert report.withdrawn == 1
    assert any_store.count() == 1


def test_cli_reextract_uses_the_extractor(runner: CliRunner, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(db_url)
    stored_with(store)
    before = store.find(EVERYTHING)
    fake = FakeExtractor(table())
    monkeypatch.setattr(ingest_module, "meetings_from_article", fake)
    result = runner.invoke(main, ["reextract"])
    assert result.exit_code == 0, result.output
    assert "5 articles read" in result.output
    assert fake.calls == 5
    assert store.find(EVERYTHING) == before
    store.close()
