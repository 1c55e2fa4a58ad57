"""Duplicates that merge later: the absorbed id still answers everywhere, and calendars stop
showing the duplicate (the feed holds one event, read alike by every client's parser)."""

from __future__ import annotations

import itertools

import pytest
from clients.parsers import ReadBack
from fixtures.news import article, sighting
from flask.testing import FlaskClient
from test_ical_clients import PARSERS

from diplocal.model import Article, Meeting
from diplocal.query import MeetingQuery
from diplocal.settings import Settings
from diplocal.store import Store

EVERYTHING = MeetingQuery()


def _reports() -> list[tuple[Article, list[Meeting]]]:
    """Two reports of one Quad meeting with nothing in common but the day (two events at
    first), and a third that names what each of them named (one event from then on)."""
    wong = article("r-wong", "2022-01-02T08:00:00", "ABC", "Penny Wong will meet Quad partners in Tokyo on Jan 29.")
    blinken = article("r-blinken", "2022-01-03T08:00:00", "AP", "Antony Blinken travels on Jan 29 for talks.")
    quad = article("r-quad", "2022-01-04T08:00:00", "Kyodo", "Quad foreign ministers meet in Tokyo on Jan 29.")
    return [
        (
            wong,
            [
                sighting(
                    wong,
                    "Wong's meeting with Japan",
                    "2022-01-29",
                    location="Tokyo",
                    participants=("Penny Wong",),
                    organisations=(),
                    countries=("AU",),
                )
            ],
        ),
        (
            blinken,
            [
                sighting(
                    blinken,
                    "Blinken's talks",
                    "2022-01-29",
                    location=None,
                    participants=("Antony Blinken",),
                    organisations=(),
                    countries=("US",),
                )
            ],
        ),
        (
            quad,
            [
                sighting(
                    quad,
                    "Quad foreign ministers' meeting",
                    "2022-01-29",
                    location="Tokyo",
                    participants=("Penny Wong", "Antony Blinken", "foreign ministers"),
                    organisations=("Quad",),
                    countries=("AU", "US", "JP", "IN"),
                )
            ],
        ),
    ]


def _ingest(store: Store, reports: list[tuple[Article, list[Meeting]]]) -> None:
    for source, found in reports:
        store.ingest(source, found)


def _uids(body: bytes) -> list[str]:
    return [line.split(":", 1)[1].strip() for line in body.decode().splitlines() if line.startswith("UID:")]


def test_two_events_become_one_and_the_absorbed_id_still_answers(
    store: Store, client: FlaskClient, settings: Settings
) -> None:
    reports = _reports()
    _ingest(store, reports[:2])
    before = {s.id for s in store.find(EVERYTHING)}
    assert len(before) == 2, "nothing but the day in common: two events until a report joins them"
    _ingest(store, reports[2:])
    [merged] = store.find(EVERYTHING)
    [absorbed] = before - {merged.id}
    assert merged.meeting.title == "Quad foreign ministers' meeting"
    assert [e.article_id for e in merged.meeting.evidence] == ["r-wong", "r-blinken", "r-quad"]

    assert store.resolve(absorbed) == merged.id
    page = client.get(f"/meetings/{absorbed}")
    assert page.status_code == 200
    assert "Quad foreign ministers" in page.get_data(as_text=True)
    api = client.get(f"/api/meetings/{absorbed}")
    assert api.status_code == 200
    assert api.get_json()["id"] == merged.id
    download = client.get(f"/meetings/{absorbed}.ics")
    assert download.status_code == 200
    assert _uids(download.data) == [f"{merged.id}@{settings.uid_domain}"]

    feed = client.get("/calendar.ics")
    assert _uids(feed.data) == [f"{merged.id}@{settings.uid_domain}"], "the duplicate leaves the feed"
    assert f"{absorbed}@".encode() not in feed.data


@pytest.mark.parametrize("parser", PARSERS)
def test_every_client_reads_one_event_after_a_merge(parser: str, store: Store, client: FlaskClient) -> None:
    reports = _reports()
    _ingest(store, reports[:2])
    absorbed_before = [s.id for s in store.find(EVERYTHING)]
    _ingest(store, reports[2:])
    [merged] = store.find(EVERYTHING)
    paths = ["/calendar.ics", "/feeds/org/Quad.ics", *(f"/meetings/{i}.ics" for i in absorbed_before)]
    responses = [client.get(path) for path in paths]
    assert [r.status_code for r in responses] == [200] * len(paths)
    results: list[ReadBack] = PARSERS[parser]([r.data for r in responses])
    for path, result in zip(paths, results, strict=True):
        assert result.problems == [], (parser, path, result.problems)
        assert [(e.uid.split("@")[0], e.summary, e.start) for e in result.events] == [
            (merged.id, "Quad foreign ministers' meeting", "2022-01-29")
        ], (parser, path)


def test_any_arrival_order_gives_the_same_one_event(tmp_path: pytest.TempPathFactory) -> None:
    reports = _reports()
    seen = set()
    for number, order in enumerate(itertools.permutations(reports)):
        store = Store.open(f"sqlite:///{tmp_path}/order-{number}.db")
        try:
            _ingest(store, list(order))
            [only] = store.find(EVERYTHING)
            m = only.meeting
            seen.add((only.id, m.title, m.start, m.location, m.status, m.countries, len(m.evidence)))
        finally:
            store.close()
    assert len(seen) == 1, seen
