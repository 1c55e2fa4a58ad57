"""Doubtful meetings stay out of calendars (but in the JSON, as tentative); cancellations do not."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar
from conftest import FROZEN_NOW

from diplocal.model import Article, Evidence, Meeting, Status
from diplocal.settings import Settings
from diplocal.store import Store
from diplocal.web import create_app

ARTICLE = Article(id="a1", title="t", text="x", published=datetime(2022, 1, 4, 9, tzinfo=UTC), publisher="Wire")


def _meeting(title: str, day: int, confidence: float, status: Status = Status.CONFIRMED) -> Meeting:
    return Meeting(
        title=title,
        start=date(2022, 2, day),
        end=date(2022, 2, day),
        organisations=(title.split()[0],),
        participants=(title.split()[0],),
        location="Geneva",
        status=status,
        confidence=confidence,
        evidence=(Evidence("a1", f"{title} on February {day}."),),
    )


def test_feed_leaves_out_doubtful_meetings_but_keeps_cancellations(db_url: str) -> None:
    store = Store.open(db_url)
    store.ingest(
        ARTICLE,
        [
            _meeting("OPEC meeting", 10, 0.9),
            _meeting("GATT talks", 12, 0.3),
            _meeting("NATO council", 14, 0.3, Status.CANCELLED),
        ],
    )
    settings = Settings(database_url=db_url, base_url="https://diplocal.example", past_days=None)
    assert settings.feed_min_confidence == 0.5
    client = create_app({"SETTINGS": settings, "CLOCK": lambda: FROZEN_NOW, "TESTING": True}).test_client()
    feed = icalendar.Calendar.from_ical(client.get("/calendar.ics").data)
    titles = sorted(str(e["SUMMARY"]) for e in feed.walk("VEVENT"))
    assert titles == ["Cancelled: NATO council", "OPEC meeting"]
    listed = client.get("/api/meetings?from=2022-01-01").get_json()["meetings"]
    assert {m["title"]: m["status"] for m in listed}["GATT talks"] == "tentative"


def test_the_threshold_is_a_setting() -> None:
    assert Settings.from_env({"DIPLOCAL_FEED_MIN_CONFIDENCE": "0.2"}).feed_min_confidence == 0.2
