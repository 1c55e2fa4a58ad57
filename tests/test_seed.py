"""The sample article (seeds/), from the file to the calendar: issue 2's acceptance checks."""

from __future__ import annotations

import json
from datetime import date

import icalendar
from click.testing import CliRunner
from conftest import FROZEN_NOW, SEED_ARTICLE, SEEDS

from diplocal.cli import main
from diplocal.extract import meetings_from_article
from diplocal.extract.published import ensure_published
from diplocal.settings import Settings
from diplocal.sources import read_paths
from diplocal.web import create_app

EXPECTED = [
    ("2022-01-07", "2022-01-07", "virtual", "NATO"),
    ("2022-01-10", "2022-01-10", "Geneva", "US"),
    ("2022-01-12", "2022-01-12", "Brussels", "NATO-Russia Council"),
    ("2022-01-12", "2022-01-13", "Brussels", "NATO Military Committee"),
]


def _seed_meetings() -> list:  # type: ignore[type-arg]
    [article] = list(read_paths([SEED_ARTICLE]))
    return meetings_from_article(ensure_published(article))  # type: ignore[arg-type]


def test_the_publication_day_is_inferred_and_says_how() -> None:
    [article] = list(read_paths([SEED_ARTICLE]))
    settled = ensure_published(article)  # type: ignore[arg-type]
    assert settled.published is not None
    assert settled.published.date() == date(2022, 1, 4)
    assert settled.published_inferred
    assert "Tuesday" in (settled.published_basis or "")


def test_exactly_the_four_scheduled_meetings() -> None:
    found = _seed_meetings()
    got = [(m.start_label(), m.end_label(), m.location) for m in found]
    assert got == [(s, e, place) for s, e, place, _ in EXPECTED]
    for meeting, (_, _, _, who) in zip(found, EXPECTED, strict=True):
        assert who in (*meeting.organisations, *meeting.countries), meeting
        assert meeting.title[:1].isupper()
        assert 2 <= len(meeting.title.split()) <= 12  # "Russia-US talks": composed, never a fragment
        assert meeting.evidence
        assert meeting.evidence[0].article_id == "000_663f692456de7c0e"
        assert 0.5 <= meeting.confidence <= 1.0


def test_no_event_for_the_past_call_or_the_2019_session() -> None:
    starts = {m.start for m in _seed_meetings()}
    assert date(2021, 12, 31) not in starts
    assert all(day.year == 2022 for day in starts)


def test_broken_words_are_mended_in_the_evidence() -> None:
    evidence = " ".join(m.evidence[0].sentence for m in _seed_meetings())
    assert "NATO Foreign Ministers" in evidence
    assert "NA-TO" not in evidence
    assert "issu-es" not in evidence
    assert "Russian-American" in evidence  # a real compound stays


def test_cli_extract_json_infers_the_date() -> None:
    result = CliRunner().invoke(main, ["extract", str(SEED_ARTICLE), "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)
    assert document["published"].startswith("2022-01-04")
    assert document["published_inferred_from"]
    assert [(e["start"], e["end"]) for e in document["events"]] == [(s, e) for s, e, _, _ in EXPECTED]


def test_ingest_serve_and_ingest_again(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'seed.db'}"
    monkeypatch.setenv("DIPLOCAL_DATABASE_URL", url)
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(SEEDS)])
    assert first.exit_code == 0, first.output
    assert "4 new" in first.output

    settings = Settings(database_url=url, base_url="http://127.0.0.1:5000", past_days=None)
    client = create_app({"SETTINGS": settings, "CLOCK": lambda: FROZEN_NOW, "TESTING": True}).test_client()

    def served() -> tuple[bytes, dict[str, icalendar.Event], bytes]:
        feed = client.get("/calendar.ics")
        assert feed.status_code == 200
        assert feed.headers["Content-Type"] == "text/calendar; charset=utf-8"
        events = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(feed.data).walk("VEVENT")}
        api = client.get("/api/meetings?from=2022-01-01")
        assert api.status_code == 200
        return feed.data, events, api.data

    feed, events, api = served()
    assert len(events) == 4
    [committee] = [e for title, e in events.items() if "Military Committee" in title]
    assert committee.decoded("DTSTART") == date(2022, 1, 12)
    assert committee.decoded("DTEND") == date(2022, 1, 14)
    assert len(json.loads(api)["meetings"]) == 4

    again = runner.invoke(main, ["ingest", str(SEEDS)])
    assert again.exit_code == 0, again.output
    assert "1 unchanged" in again.output
    feed_again, events_again, api_again = served()
    assert feed_again == feed
    assert api_again == api
    assert {str(e["UID"]) for e in events_again.values()} == {str(e["UID"]) for e in events.values()}
