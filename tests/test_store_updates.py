"""The issue's checks: one meeting from three articles, then postponed, then cancelled."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.news import article, life_of_a_meeting, moved, sighting
from icalendar import Calendar

from diplocal.model import Change, ChangeAction, Status
from diplocal.query import MeetingQuery
from diplocal.render.ical import render_calendar
from diplocal.settings import Settings
from diplocal.store import Store

SETTINGS = Settings(base_url="https://diplocal.example", past_days=None)
EVERYTHING = MeetingQuery()


def ingest_all(store: Store, items: list) -> None:
    for source, found in items:
        store.ingest(source, found)


def events(store: Store) -> list:
    calendar = Calendar.from_ical(render_calendar(store.find(EVERYTHING), SETTINGS))
    return list(calendar.walk("VEVENT"))


def test_three_articles_give_one_meeting_with_three_sources(any_store: Store) -> None:
    ingest_all(any_store, life_of_a_meeting()[:3])
    [stored] = any_store.find(EVERYTHING)
    assert [e.article_id for e in stored.meeting.evidence] == ["a-announce", "b-confirm", "c-confirm"]
    assert stored.meeting.start == date(2022, 4, 10)
    assert stored.meeting.status is Status.CONFIRMED
    # Three publishers: 1 - 0.4 * 0.4 * 0.5
    assert stored.meeting.confidence == pytest.approx(0.92)
    assert stored.sequence == 0
    [event] = events(any_store)
    assert str(event["STATUS"]) == "CONFIRMED"


def test_postponed_to_moves_the_dates_keeps_the_uid_and_raises_sequence(any_store: Store) -> None:
    story = life_of_a_meeting()
    ingest_all(any_store, story[:3])
    [before] = events(any_store)
    ingest_all(any_store, story[3:4])
    [after] = events(any_store)
    assert str(after["UID"]) == str(before["UID"])
    assert after.decoded("DTSTART") == date(2022, 4, 12)
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    [stored] = any_store.find(EVERYTHING)
    assert stored.revision == 2
    history = any_store.history(stored.id)
    assert [h["action"] for h in history] == ["created", "rescheduled"]
    assert history[1]["changes"]["start"] == ["2022-04-10", "2022-04-12"]
    assert history[1]["changed_at"] == "2022-03-10T16:00:00Z"
    assert history[1]["source"]["article_id"] == "d-postponed"
    assert history[1]["source"]["publisher"] == "Reuters"


def test_cancelled_gives_status_cancelled(any_store: Store) -> None:
    ingest_all(any_store, life_of_a_meeting())
    [event] = events(any_store)
    assert str(event["STATUS"]) == "CANCELLED"
    assert event.decoded("DTSTART") == date(2022, 4, 12)
    assert int(event["SEQUENCE"]) == 2
    [stored] = any_store.find(EVERYTHING)
    assert len(stored.meeting.evidence) == 5
    assert [h["action"] for h in any_store.history(stored.id)] == ["created", "rescheduled", "cancelled"]


def test_postponed_without_a_date_marks_it_postponed(any_store: Store) -> None:
    story = life_of_a_meeting()
    ingest_all(any_store, story[:1])
    later = article("f-postponed", "2022-03-05", "AP", "The NATO foreign ministers' meeting has been postponed.")
    any_store.ingest(
        later,
        [
            sighting(
                later,
                "NATO foreign ministers' meeting",
                "2022-04-10",
                status=Status.POSTPONED,
                change=Change(ChangeAction.POSTPONE),
            )
        ],
    )
    [stored] = any_store.find(EVERYTHING)
    assert stored.meeting.status is Status.POSTPONED
    assert stored.meeting.start == date(2022, 4, 10)
    assert stored.sequence == 1


def test_reschedule_without_the_old_date_finds_the_next_meeting_of_the_same_people(any_store: Store) -> None:
    story = life_of_a_meeting()
    ingest_all(any_store, story[:1])
    later = article("g-moved", "2022-03-05", "AP", "The NATO foreign ministers' meeting was moved to April 14.")
    any_store.ingest(later, [moved(sighting(later, "NATO foreign ministers' meeting", "2022-04-10"), "2022-04-14")])
    [stored] = any_store.find(EVERYTHING)
    assert stored.meeting.start == date(2022, 4, 14)
    assert len(stored.meeting.evidence) == 2


@pytest.mark.parametrize("order", ["forward", "reverse"])
def test_the_final_calendar_does_not_depend_on_arrival_order(any_db_url: str, tmp_path, order: str) -> None:
    story = life_of_a_meeting()
    forward = Store.open(f"sqlite:///{tmp_path / 'forward.db'}")
    ingest_all(forward, story)
    other = Store.open(any_db_url)
    ingest_all(other, story if order == "forward" else story[::-1])
    assert other.find(EVERYTHING) == forward.find(EVERYTHING)
    assert render_calendar(other.find(EVERYTHING), SETTINGS) == render_calendar(forward.find(EVERYTHING), SETTINGS)
    [stored] = other.find(EVERYTHING)
    assert other.history(stored.id) == forward.history(stored.id)
    forward.close()
    other.close()


def test_an_older_article_read_late_does_not_undo_a_newer_change(any_store: Store) -> None:
    story = life_of_a_meeting()
    ingest_all(any_store, [story[0], story[3]])
    ingest_all(any_store, [story[1], story[2]])  # older confirmations of April 10 arrive late
    [stored] = any_store.find(EVERYTHING)
    assert stored.meeting.start == date(2022, 4, 12)
    assert len(stored.meeting.evidence) == 4


def test_the_same_article_twice_changes_nothing(any_store: Store) -> None:
    story = life_of_a_meeting()
    ingest_all(any_store, story)
    before = any_store.find(EVERYTHING)
    result = any_store.ingest(*story[0])
    assert result.unchanged
    assert any_store.find(EVERYTHING) == before


def test_a_meeting_called_off_and_then_on_after_all_is_live_again(any_store: Store) -> None:
    from diplocal.extract import meetings_from_article

    story = [
        article(
            "k1",
            "2018-05-10",
            "AP",
            "President Trump will meet North Korean leader Kim Jong Un in Singapore on June 12.",
        ),
        article(
            "k2",
            "2018-05-24",
            "AFP",
            "President Trump called off his June 12 summit in Singapore with North Korean leader Kim Jong Un.",
        ),
        article(
            "k3",
            "2018-06-01",
            "Reuters",
            "President Trump said his summit with North Korean leader Kim Jong Un would take place in Singapore "
            "on June 12 after all.",
        ),
    ]
    statuses = []
    for source in story:
        any_store.ingest(source, meetings_from_article(source))
        statuses.append([s.meeting.status for s in any_store.find(EVERYTHING)])
    assert statuses == [[Status.CONFIRMED], [Status.CANCELLED], [Status.CONFIRMED]]
    [stored] = any_store.find(EVERYTHING)
    assert stored.meeting.start == date(2018, 6, 12)
