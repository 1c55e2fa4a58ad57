"""The feeds over HTTP: headers, conditional requests, filters, pretty paths and the cache."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from email.utils import format_datetime, parsedate_to_datetime

import pytest
from clients.samples import SAMPLE_ARTICLE, SAMPLE_MEETINGS, meeting
from flask import Flask
from flask.testing import FlaskClient

from diplocal.feeds import FeedCache
from diplocal.model import Article, DatePrecision, Status
from diplocal.query import MeetingQuery
from diplocal.settings import Settings
from diplocal.store import Store
from diplocal.web import create_app


@pytest.fixture
def sample(store: Store) -> Store:
    store.ingest(SAMPLE_ARTICLE, list(SAMPLE_MEETINGS))
    return store


def _app(settings: Settings, day: date) -> Flask:
    moment = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    return create_app({"SETTINGS": settings, "CLOCK": lambda: moment, "TESTING": True})


def _article(article_id: str, published: datetime) -> Article:
    return Article(id=article_id, title=article_id, text="(test)", published=published, publisher="Example News")


def _cache(app: Flask) -> FeedCache:
    cache: FeedCache = app.extensions["diplocal.feed_cache"]
    return cache


def test_headers_of_the_feed(sample: Store, client: FlaskClient) -> None:
    response = client.get("/calendar.ics", headers={"Accept-Encoding": "gzip, deflate, br"})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.headers["Content-Disposition"] == 'inline; filename="diplomatic.ics"'
    assert "Content-Encoding" not in response.headers  # never compressed, whatever the client accepts
    assert response.data.startswith(b"BEGIN:VCALENDAR\r\n")  # no byte-order mark
    assert response.headers["ETag"] == '"' + hashlib.sha256(response.data).hexdigest()[:32] + '"'
    assert response.headers["Last-Modified"] == "Tue, 04 Jan 2022 12:00:00 GMT"  # the data's last change
    assert int(response.headers["Content-Length"]) == len(response.data)


@pytest.mark.parametrize(
    ("path", "disposition"),
    [
        ("/calendar.ics?download=1", 'attachment; filename="diplomatic.ics"'),
        ("/calendar.ics?org=NATO&download=1", 'attachment; filename="diplomatic-nato.ics"'),
        ("/calendar.ics?org=NATO", 'inline; filename="diplomatic-nato.ics"'),
        ("/feeds/place/Geneva.ics", 'inline; filename="diplomatic-geneva.ics"'),
        ("/feeds/country/RU.ics?download=1", 'attachment; filename="diplomatic-ru.ics"'),
    ],
)
def test_content_disposition(sample: Store, client: FlaskClient, path: str, disposition: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == disposition


def test_a_meeting_download(sample: Store, client: FlaskClient) -> None:
    council = next(s for s in sample.find(MeetingQuery()) if s.meeting.title == "NATO-Russia Council")
    response = client.get(f"/meetings/{council.id}.ics")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.headers["Content-Disposition"] == f'attachment; filename="meeting-{council.id}.ics"'
    assert response.data.count(b"BEGIN:VEVENT") == 1
    assert f"UID:{council.id}@diplocal.example".encode() in response.data
    again = client.get(f"/meetings/{council.id}.ics", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize(
    "conditional",
    [
        lambda r: {"If-None-Match": r.headers["ETag"]},
        lambda r: {"If-Modified-Since": r.headers["Last-Modified"]},
        lambda r: {"If-None-Match": f'"other", {r.headers["ETag"]}'},
    ],
    ids=["if-none-match", "if-modified-since", "one-of-several-etags"],
)
def test_an_unchanged_feed_answers_304(
    sample: Store, client: FlaskClient, conditional: Callable[[object], dict[str, str]]
) -> None:
    first = client.get("/calendar.ics")
    second = client.get("/calendar.ics", headers=conditional(first))
    assert second.status_code == 304
    assert second.data == b""
    assert second.headers["ETag"] == first.headers["ETag"]


def test_a_changed_feed_answers_200_to_old_validators(sample: Store, client: FlaskClient) -> None:
    first = client.get("/calendar.ics")
    sample.ingest(
        _article("later", datetime(2022, 1, 5, 8, tzinfo=UTC)),
        [meeting("OSCE Permanent Council", date(2022, 1, 13), location="Vienna", organisations=("OSCE",))],
    )
    for headers in ({"If-None-Match": first.headers["ETag"]}, {"If-Modified-Since": first.headers["Last-Modified"]}):
        again = client.get("/calendar.ics", headers=headers)
        assert again.status_code == 200
        assert b"OSCE Permanent Council" in again.data
    assert client.get("/calendar.ics").headers["Last-Modified"] == "Wed, 05 Jan 2022 08:00:00 GMT"


def test_if_modified_since_before_the_last_change_gets_the_feed(sample: Store, client: FlaskClient) -> None:
    earlier = format_datetime(datetime(2022, 1, 3, tzinfo=UTC), usegmt=True)
    assert client.get("/calendar.ics", headers={"If-Modified-Since": earlier}).status_code == 200


def test_a_regenerated_feed_is_byte_identical_and_answers_304(sample: Store, settings: Settings) -> None:
    first = _app(settings, date(2022, 1, 5)).test_client().get("/calendar.ics")
    fresh = _app(settings, date(2022, 1, 5)).test_client()  # a new process: empty cache
    second = fresh.get("/calendar.ics")
    assert second.data == first.data
    assert second.headers["ETag"] == first.headers["ETag"]
    assert second.headers["Last-Modified"] == first.headers["Last-Modified"]
    assert fresh.get("/calendar.ics", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304


def test_last_modified_never_goes_backwards_as_meetings_leave_the_feed(store: Store, settings: Settings) -> None:
    settings = settings.updated(past_days=30, cancelled_days=10)
    store.ingest(_article("announced", datetime(2022, 1, 4, 12, tzinfo=UTC)), [SAMPLE_MEETINGS[2]])
    called_off = meeting(
        "Black Sea security conference",
        date(2022, 2, 3),
        status=Status.CANCELLED,
        location="Sofia",
        organisations=("OSCE",),
    )
    store.ingest(_article("called-off", datetime(2022, 1, 20, 7, tzinfo=UTC)), [called_off])
    seen = []
    for day in (date(2022, 1, 21), date(2022, 2, 5), date(2022, 3, 20)):
        response = _app(settings, day).test_client().get("/calendar.ics")
        seen.append((response.data.count(b"BEGIN:VEVENT"), parsedate_to_datetime(response.headers["Last-Modified"])))
    assert [count for count, _ in seen] == [2, 1, 0]  # the cancellation expires, then the window passes
    assert [modified for _, modified in seen] == [datetime(2022, 1, 20, 7, tzinfo=UTC)] * 3


def test_the_feed_is_rendered_once_per_store_change(sample: Store, app: Flask, client: FlaskClient) -> None:
    cache = _cache(app)
    client.get("/calendar.ics")
    client.get("/calendar.ics")
    client.get("/calendar.ics?download=1")  # same bytes, other headers
    assert cache.renders == 1
    client.get("/calendar.ics?org=NATO")
    assert cache.renders == 2
    sample.ingest(
        _article("later", datetime(2022, 1, 5, 8, tzinfo=UTC)),
        [meeting("OSCE Permanent Council", date(2022, 1, 13), location="Vienna", organisations=("OSCE",))],
    )
    client.get("/calendar.ics")
    assert cache.renders == 3


def test_a_new_day_renders_again(sample: Store, settings: Settings) -> None:
    app = _app(settings, date(2022, 1, 5))
    client = app.test_client()
    client.get("/calendar.ics")
    app.config["CLOCK"] = lambda: datetime(2022, 1, 6, 9, tzinfo=UTC)
    client.get("/calendar.ics")
    assert _cache(app).renders == 2


VIDEO = "NATO foreign ministers' extraordinary videoconference"
MILITARY = "NATO Military Committee in Chiefs of Staff session"
COUNCIL = "NATO-Russia Council"
TALKS = "Russian-US security talks"


def _titles(body: bytes) -> list[str]:
    from icalendar import Calendar

    return sorted(str(event["SUMMARY"]) for event in Calendar.from_ical(body).walk("VEVENT"))


@pytest.mark.parametrize(
    ("path", "titles"),
    [
        ("/calendar.ics?org=NATO", [MILITARY, VIDEO, COUNCIL]),  # NATO's bodies too
        ("/calendar.ics?org=nato", [MILITARY, VIDEO, COUNCIL]),
        ("/calendar.ics?country=Russia", [VIDEO, COUNCIL, TALKS]),  # a country by name
        ("/calendar.ics?country=russia", [VIDEO, COUNCIL, TALKS]),
        ("/calendar.ics?country=US", ["Russian-US security talks"]),
        ("/calendar.ics?place=Geneva", ["Russian-US security talks"]),
        ("/calendar.ics?q=chiefs", ["NATO Military Committee in Chiefs of Staff session"]),
        ("/calendar.ics?org=NATO&country=UA", ["NATO foreign ministers' extraordinary videoconference"]),
        ("/feeds/org/NATO.ics", [MILITARY, VIDEO, COUNCIL]),
        ("/feeds/org/NATO%20Military%20Committee.ics", ["NATO Military Committee in Chiefs of Staff session"]),
        (
            "/feeds/country/ru.ics",
            [
                "NATO foreign ministers' extraordinary videoconference",
                "NATO-Russia Council",
                "Russian-US security talks",
            ],
        ),
        ("/feeds/country/Russia.ics", [VIDEO, COUNCIL, TALKS]),
        ("/feeds/place/brussels.ics", ["NATO Military Committee in Chiefs of Staff session", "NATO-Russia Council"]),
        ("/feeds/place/Online%20(videoconference).ics", [VIDEO]),  # the place as the feed writes it
        ("/feeds/place/Geneva.ics?q=nothing-matches", []),
    ],
)
def test_filtered_feeds(sample: Store, client: FlaskClient, path: str, titles: list[str]) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert _titles(response.data) == titles


def test_a_pretty_path_serves_the_same_bytes_as_the_query(sample: Store, client: FlaskClient) -> None:
    assert client.get("/feeds/org/nato.ics").data == client.get("/calendar.ics?org=NATO").data
    assert client.get("/feeds/country/ru.ics").data == client.get("/calendar.ics?country=RU").data
    assert client.get("/feeds/country/Russia.ics").data == client.get("/calendar.ics?country=RU").data


def test_a_filtered_feed_is_named_for_its_filter(sample: Store, client: FlaskClient) -> None:
    assert b"X-WR-CALNAME:Diplomatic meetings (diplocal): NATO\r\n" in client.get("/feeds/org/nato.ics").data
    body = client.get("/calendar.ics?country=ru&q=security").data
    assert b'X-WR-CALNAME:Diplomatic meetings (diplocal): Russia\\, "security"\r\n' in body


def test_the_past_window_and_an_explicit_from(store: Store, settings: Settings) -> None:
    store.ingest(SAMPLE_ARTICLE, list(SAMPLE_MEETINGS))
    client = _app(settings.updated(past_days=30), date(2022, 2, 10)).test_client()
    assert _titles(client.get("/calendar.ics").data) == [
        "NATO Military Committee in Chiefs of Staff session",
        "NATO-Russia Council",
    ]
    assert len(_titles(client.get("/calendar.ics?from=2022-01-01").data)) == 4


def test_a_month_precision_meeting_has_no_download(store: Store, client: FlaskClient) -> None:
    june = replace(
        meeting("OSCE summit", date(2022, 6, 1), date(2022, 6, 30), organisations=("OSCE",)),
        precision=DatePrecision.MONTH,
    )
    result = store.ingest(_article("june", datetime(2022, 1, 4, tzinfo=UTC)), [june])
    response = client.get(f"/meetings/{result.new[0]}.ics")
    assert response.status_code == 404
    assert response.is_json
    assert "known only to the month (2022-06)" in response.get_json()["error"]["message"]


@pytest.mark.parametrize(
    ("path", "status", "parameter"),
    [
        ("/calendar.ics?from=yesterday", 400, "from"),
        ("/calendar.ics?status=maybe", 400, "status"),
        ("/calendar.ics?orgg=NATO", 400, "orgg"),  # a misspelt filter never subscribes to everything
        ("/calendar.ics?org=NATO&org=EU", 400, "org"),
        ("/calendar.ics?download=yes", 400, "download"),
        ("/calendar.ics?country=Atlantis", 400, "country"),
        ("/feeds/org/NATO.ics?orgg=EU", 400, "orgg"),
        ("/feeds/country/Atlantis.ics", 400, "country"),
        ("/meetings/no-such-meeting.ics?download=1", 400, "download"),  # checked before the id
        ("/feeds/city/Paris.ics", 404, None),
        ("/meetings/no-such-meeting.ics", 404, None),
    ],
)
def test_errors_are_json(sample: Store, client: FlaskClient, path: str, status: int, parameter: str | None) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.is_json
    assert response.get_json()["error"]["parameter"] == parameter


def test_head_gives_the_headers_without_the_body(sample: Store, client: FlaskClient) -> None:
    get = client.get("/calendar.ics")
    head = client.head("/calendar.ics")
    assert head.status_code == 200
    assert head.data == b""
    assert head.headers["ETag"] == get.headers["ETag"]
    assert head.headers["Content-Type"] == "text/calendar; charset=utf-8"
