"""The JSON API through Flask's test client: filters, paging, caching, CORS and every error."""

from __future__ import annotations

import base64
import re
from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st
from webdata import OTHER, fill_all, fill_sample

from diplocal.errors import InvalidParameter
from diplocal.model import Article, Evidence, Meeting
from diplocal.query import decode_cursor, encode_cursor
from diplocal.store import Store

BASE = "https://diplocal.example"


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    return fill_all(store)


def titles(client: FlaskClient, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.headers["Content-Type"] == "application/json"
    return [m["title"] for m in response.get_json()["meetings"]]


VIDEO = "NATO foreign ministers' extraordinary videoconference"
GENEVA = "Russia-US security talks"
COUNCIL = "NATO-Russia Council"
MILITARY = "NATO Military Committee in Chiefs of Staff session"
HOSTILE = "<script>alert('title')</script> summit"
JAPAN = "EU-Japan ministerial"
ARCTIC = "Arctic Council session"
OPEC = "OPEC ministerial conference"
PARIS = "Year-end summit"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", [VIDEO, GENEVA, MILITARY, COUNCIL, HOSTILE, JAPAN, ARCTIC, OPEC]),  # from today (5 Jan 2022)
        ("from=2021-01-01", [PARIS, VIDEO, GENEVA, MILITARY, COUNCIL, HOSTILE, JAPAN, ARCTIC, OPEC]),
        ("from=2021-12-01&to=2021-12-31", [PARIS]),
        ("to=2022-01-10", [VIDEO, GENEVA]),  # starting on or before the 10th
        ("from=2022-01-13", [MILITARY, HOSTILE, JAPAN, ARCTIC, OPEC]),  # the committee still runs on the 13th
        ("org=nato", [VIDEO, MILITARY, COUNCIL]),  # any case; NATO's bodies (the committee) too
        ("org=NATO+Military+Committee", [MILITARY]),  # a body alone: not its parent's meetings
        ("org=North+Atlantic+Treaty+Organization", [VIDEO, MILITARY, COUNCIL]),  # a name of NATO
        ("country=ru", [GENEVA, COUNCIL]),
        ("country=RU", [GENEVA, COUNCIL]),
        ("country=Russia", [GENEVA, COUNCIL]),  # a name, any case, any language
        ("country=russia", [GENEVA, COUNCIL]),
        ("country=%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F", [GENEVA, COUNCIL]),  # Россия
        ("country=United+States", [GENEVA]),
        ("country=zz", [HOSTILE]),  # two letters the places module does not know stay a code
        ("place=BRUSSELS", [MILITARY, COUNCIL, JAPAN]),
        ("place=virtual", [VIDEO]),
        ("place=Online+(videoconference)", [VIDEO]),  # as the JSON and calendars write it
        ("q=security", [GENEVA]),  # a word of the title
        ("q=geneva", [GENEVA]),  # only in the evidence
        ("q=european", [JAPAN]),  # only in the participants
        ("q=chiefs+staff", [MILITARY]),  # every word must appear
        ("q=nothing-like-this", []),
        ("q=100%25", []),  # LIKE wildcards are literal
        ("status=cancelled", [ARCTIC]),
        ("status=CONFIRMED&org=nato", [VIDEO, MILITARY, COUNCIL]),
        ("min_confidence=0.8", [VIDEO, GENEVA, COUNCIL]),  # 0.8 itself is kept
        ("min_confidence=1", []),
        ("org=NATO&country=RU", [COUNCIL]),
        ("org=nobody", []),
        ("limit=3", [VIDEO, GENEVA, MILITARY]),
    ],
)
def test_list_filters(client: FlaskClient, ids: dict[str, str], query: str, expected: list[str]) -> None:
    assert titles(client, f"/api/meetings?{query}") == expected


def test_meeting_json_has_every_field_and_link(client: FlaskClient, ids: dict[str, str]) -> None:
    meeting_id = ids[JAPAN]
    body = client.get(f"/api/meetings/{meeting_id}").get_json()
    assert body["id"] == meeting_id
    assert body["start"] == "2022-02-01T15:00:00+01:00"
    assert body["end"] == "2022-02-01T17:00:00+01:00"
    assert (body["precision"], body["all_day"], body["timezone"]) == ("day", False, "Europe/Brussels")
    assert (body["end_stated"], body["local_time"]) == (True, None)  # 15:00 to 17:00, both from the news
    assert (body["location"], body["status"], body["confidence"]) == ("Brussels", "confirmed", 0.6)
    assert body["participants"] == ["European Union", "Japan"]
    assert body["title_original"] is None  # an English report: its title is English to begin with
    assert body["sources"] == [
        {
            "article_id": OTHER.id,
            "title": OTHER.title,
            "url": OTHER.url,
            "publisher": "Example Wire",
            "published": "2022-01-05T08:00:00+00:00",
            "language": "en",
            "evidence": "EU and Japanese ministers meet in Brussels on 1 February at 3 pm.",
        }
    ]
    links = body["links"]
    assert links["page"] == f"{BASE}/meetings/{meeting_id}"
    assert links["ics"] == f"{BASE}/meetings/{meeting_id}.ics"
    google = parse_qs(urlsplit(links["google"]).query)
    assert google["action"] == ["TEMPLATE"]
    assert google["dates"] == ["20220201T140000Z/20220201T160000Z"]
    outlook = parse_qs(urlsplit(links["outlook"]).query)
    assert outlook["startdt"] == ["2022-02-01T14:00:00Z"]  # UTC, the form Outlook documents


def _timed(title: str, day: date, start: time, **fields: Any) -> Meeting:
    sentence = f"{title} on {day:%d %B} at {start:%H:%M}."
    return Meeting(
        title=title, start=day, end=day, start_time=start, evidence=(Evidence(OTHER.id, sentence),), **fields
    )


@pytest.mark.parametrize(
    ("meeting", "start", "end", "stated", "zone"),
    [
        (  # a start, no end: two hours, as the calendar event; the zone is the venue's
            _timed("Oslo talks", date(2022, 3, 3), time(10), location="Oslo"),
            "2022-03-03T10:00:00+01:00",
            "2022-03-03T12:00:00+01:00",
            False,
            "Europe/Oslo",
        ),
        (  # a stated end
            _timed("Rome talks", date(2022, 3, 4), time(9, 30), end_time=time(11), location="Rome"),
            "2022-03-04T09:30:00+01:00",
            "2022-03-04T11:00:00+01:00",
            True,
            "Europe/Rome",
        ),
        (  # two days from a stated start: to the end of the last day
            replace(_timed("Tokyo round", date(2022, 3, 7), time(14), timezone="Asia/Tokyo"), end=date(2022, 3, 8)),
            "2022-03-07T14:00:00+09:00",
            "2022-03-09T00:00:00+09:00",
            False,
            "Asia/Tokyo",
        ),
        (  # a time but no zone for the place: all day, as calendars get it, the time beside
            _timed("Talks at sea", date(2022, 3, 10), time(8), location="aboard a ship"),
            "2022-03-10",
            "2022-03-10",
            True,
            None,
        ),
    ],
)
def test_json_and_the_calendar_tell_one_story(
    client: FlaskClient, store: Store, meeting: Meeting, start: str, end: str, stated: bool, zone: str | None
) -> None:
    from icalendar import Calendar

    result = store.ingest(OTHER, [meeting])
    (meeting_id,) = result.new
    body = client.get(f"/api/meetings/{meeting_id}").get_json()
    assert (body["start"], body["end"], body["end_stated"], body["timezone"]) == (start, end, stated, zone)
    assert body["all_day"] is (zone is None)
    assert body["local_time"] == (None if zone else "08:00")
    (event,) = Calendar.from_ical(client.get(f"/meetings/{meeting_id}.ics").data).walk("VEVENT")
    if zone is None:
        assert event.decoded("DTSTART").isoformat() == start
        assert event.decoded("DTEND").isoformat() == "2022-03-11"  # exclusive, as iCalendar has it
    else:
        assert event.decoded("DTSTART").isoformat() == start
        assert event.decoded("DTEND").isoformat() == end
    assert str(event.get("LOCATION", "")) == (body["location"] or "")


def test_a_videoconference_is_online_in_the_json_and_the_calendar(client: FlaskClient, ids: dict[str, str]) -> None:
    from icalendar import Calendar

    body = client.get(f"/api/meetings/{ids[VIDEO]}").get_json()
    assert body["location"] == "Online (videoconference)"
    (event,) = Calendar.from_ical(client.get(f"/meetings/{ids[VIDEO]}.ics").data).walk("VEVENT")
    assert str(event["LOCATION"]) == body["location"]


def test_month_only_meeting_has_no_calendar_links(client: FlaskClient, ids: dict[str, str]) -> None:
    body = client.get(f"/api/meetings/{ids[OPEC]}").get_json()
    assert (body["start"], body["end"], body["precision"]) == ("2022-06", "2022-06", "month")
    assert body["links"]["google"] is None
    assert body["links"]["outlook"] is None


def test_paging_walks_every_meeting_once(client: FlaskClient, ids: dict[str, str]) -> None:
    url: str | None = "/api/meetings?from=2021-01-01&limit=2"
    seen: list[str] = []
    pages = 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.get_data(as_text=True)
        body = response.get_json()
        seen += [m["id"] for m in body["meetings"]]
        pages += 1
        if body["next"]:
            assert body["next"].startswith(f"{BASE}/api/meetings?from=2021-01-01&limit=2&cursor=")
            assert response.headers["Link"] == f'<{body["next"]}>; rel="next"'
            assert body["next"].endswith(body["next_cursor"])
            url = body["next"][len(BASE) :]
        else:
            assert body["next_cursor"] is None
            assert "Link" not in response.headers
            url = None
    everything = [m["id"] for m in client.get("/api/meetings?from=2021-01-01").get_json()["meetings"]]
    assert seen == everything
    assert len(everything) == len(ids) == 9
    assert pages == 5


def test_next_link_pins_the_default_window(client: FlaskClient, ids: dict[str, str]) -> None:
    body = client.get("/api/meetings?org=NATO&limit=1").get_json()
    query = parse_qs(urlsplit(body["next"]).query)
    assert query["from"] == ["2022-01-05"]  # "today" when the first page was asked for
    assert query["org"] == ["NATO"]


def test_paging_is_stable_when_earlier_meetings_arrive(client: FlaskClient, store: Store, ids: dict[str, str]) -> None:
    first = client.get("/api/meetings?limit=3").get_json()
    early = Article(id="late-news", title="t", text="t", published=datetime(2022, 1, 5, tzinfo=UTC))
    store.ingest(
        early,
        [
            Meeting(
                title="Early bird talks",
                start=date(2022, 1, 6),
                end=date(2022, 1, 6),
                countries=("FI",),
                evidence=(Evidence(article_id="late-news", sentence="Finland talks on 6 January."),),
            )
        ],
    )
    second = client.get(f"/api/meetings?limit=3&cursor={first['next_cursor']}").get_json()
    assert [m["title"] for m in first["meetings"]] == [VIDEO, GENEVA, MILITARY]
    assert [m["title"] for m in second["meetings"]] == [COUNCIL, HOSTILE, JAPAN]


@given(day=st.dates(), meeting_id=st.from_regex(r"[A-Za-z0-9_.-]{1,64}", fullmatch=True))
def test_cursor_round_trips(day: date, meeting_id: str) -> None:
    cursor = encode_cursor(day, meeting_id)
    assert re.fullmatch(r"[A-Za-z0-9_-]+", cursor)
    assert decode_cursor(cursor) == (day.isoformat(), meeting_id)


@given(st.text(max_size=80))
def test_any_other_cursor_is_refused_by_name(text: str) -> None:
    valid = re.fullmatch(r"[A-Za-z0-9_-]*", text.strip()) is not None
    if not valid:  # outside the alphabet a cursor is never made of
        with pytest.raises(InvalidParameter) as refused:
            decode_cursor(text)
        assert refused.value.parameter == "cursor"
        return
    try:
        start, meeting_id = decode_cursor(text)
    except InvalidParameter as error:
        refusal = error
    else:  # it happened to be a valid cursor: then it must encode back to the same key
        assert decode_cursor(encode_cursor(date.fromisoformat(start), meeting_id)) == (start, meeting_id)
        return
    assert refusal.parameter == "cursor"


@pytest.mark.parametrize(
    ("route", "key", "expected"),
    [
        (
            "/api/organisations",
            "organisations",
            # NATO counts what org=NATO finds: its own two meetings and its committee's.
            [("Arctic Council", 1), ("EU", 1), ("NATO", 3), ("NATO Military Committee", 1), ("OPEC", 1)],
        ),
        ("/api/countries", "countries", [("JP", 1), ("RU", 2), ("US", 1), ("ZZ", 1)]),
        ("/api/countries?from=2021-12-01&to=2021-12-31", "countries", [("DE", 1), ("FR", 1)]),
        ("/api/places?to=2022-01-12", "places", [("Brussels", 2), ("Geneva", 1), ("Online (videoconference)", 1)]),
        ("/api/organisations?from=2023-01-01", "organisations", []),
    ],
)
def test_filter_choices(
    client: FlaskClient, ids: dict[str, str], route: str, key: str, expected: list[tuple[str, int]]
) -> None:
    response = client.get(route)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    assert response.get_json() == {key: [{"name": name, "meetings": count} for name, count in expected]}


def test_choices_group_names_that_differ_only_in_case(client: FlaskClient, store: Store) -> None:
    fill_sample(store)
    article = Article(id="case", title="t", text="t", published=datetime(2022, 1, 5, tzinfo=UTC))
    store.ingest(
        article,
        [
            Meeting(
                title="Nato talks",
                start=date(2022, 2, 9),
                end=date(2022, 2, 9),
                location="brussels",
                organisations=("Nato",),
                evidence=(Evidence(article_id="case", sentence="Nato talks on 9 February in brussels."),),
            )
        ],
    )
    organisations = client.get("/api/organisations").get_json()["organisations"]
    assert [o for o in organisations if o["name"].lower() == "nato"] == [{"name": "NATO", "meetings": 4}]
    places = client.get("/api/places").get_json()["places"]
    assert [p for p in places if p["name"].lower() == "brussels"] == [{"name": "Brussels", "meetings": 3}]


# -- errors --------------------------------------------------------------------------------

LONG = "x" * 201


@pytest.mark.parametrize(
    ("url", "parameter", "says"),
    [
        ("/api/meetings?from=2022-13-01", "from", "ISO date"),
        ("/api/meetings?from=yesterday", "from", "ISO date"),
        ("/api/meetings?to=2022-01-01", "to", "on or after 'from'"),  # before today, the default from
        ("/api/meetings?status=maybe", "status", "confirmed, tentative, postponed, cancelled"),
        ("/api/meetings?min_confidence=2", "min_confidence", "from 0 to 1"),
        ("/api/meetings?min_confidence=high", "min_confidence", "from 0 to 1"),
        ("/api/meetings?min_confidence=nan", "min_confidence", "from 0 to 1"),
        ("/api/meetings?limit=0", "limit", "from 1 to 500"),
        ("/api/meetings?limit=501", "limit", "from 1 to 500"),
        ("/api/meetings?limit=ten", "limit", "from 1 to 500"),
        ("/api/meetings?cursor=bm90LWEtY3Vyc29y", "cursor", "next_cursor"),
        ("/api/meetings?cursor=%21%21", "cursor", "next_cursor"),
        (f"/api/meetings?org={LONG}", "org", "at most 200"),
        (f"/api/meetings?q={LONG}", "q", "at most 200"),
        ("/api/meetings?organisation=NATO", "organisation", "this route takes: from, to, org,"),
        ("/api/meetings?org=NATO&org=EU", "org", "give org once"),
        ("/api/meetings?country=Atlantis", "country", "a name such as Russia or an ISO 3166 code such as RU"),
        ("/api/meetings?country=RUS", "country", "not a country diplocal knows"),
        ("/api/meetings/abc?format=xml", "format", "this route takes: none"),
        ("/api/organisations?org=NATO", "org", "this route takes: from, to"),
        ("/api/places?from=2022-02-30", "from", "ISO date"),
        ("/api/countries?to=soon", "to", "ISO date"),
        ("/api/openapi.json?v=2", "v", "this route takes: none"),
    ],
)
def test_bad_parameters_are_named_with_what_would_work(
    client: FlaskClient, ids: dict[str, str], url: str, parameter: str, says: str
) -> None:
    response = client.get(url)
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "application/json"
    error = response.get_json()["error"]
    assert error["status"] == 400
    assert error["parameter"] == parameter
    assert says in error["message"]


def test_unknown_meeting_is_404(client: FlaskClient) -> None:
    response = client.get("/api/meetings/0123456789abcdef")
    assert response.status_code == 404
    assert response.get_json() == {
        "error": {
            "status": 404,
            "message": "no meeting has id '0123456789abcdef' (ids are listed by /api/meetings)",
            "parameter": None,
        }
    }


def test_unknown_api_route_is_json_404_even_for_a_browser(client: FlaskClient) -> None:
    response = client.get("/api/meeting", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["Content-Type"] == "application/json"
    assert "/api/openapi.json" in response.get_json()["error"]["message"]


def api_urls(app: Flask, meeting_id: str) -> list[str]:
    """Every GET route under /api/, with a meeting id filled in."""
    urls = []
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/") and "GET" in (rule.methods or ()):
            urls.append(rule.rule.replace("<meeting_id>", meeting_id))
    assert len(urls) >= 7
    return sorted(urls)


def assert_json_error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response.headers["Content-Type"] == "application/json"
    text = response.get_data(as_text=True)
    assert "<html" not in text.lower()
    assert "Traceback" not in text
    body = response.get_json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "message", "parameter"}
    assert body["error"]["status"] == status
    return body["error"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_writes_are_405_on_every_api_route(app: Flask, client: FlaskClient, ids: dict[str, str], method: str) -> None:
    for url in api_urls(app, ids[COUNCIL]):
        response = client.open(url, method=method, headers={"Accept": "text/html"})
        error = assert_json_error(response, 405)
        assert f"method {method} is not allowed" in error["message"]
        assert response.headers["Allow"] == "GET, HEAD, OPTIONS"


def test_every_api_route_turns_a_crash_into_a_json_500(
    app: Flask, client: FlaskClient, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import diplocal.web.api as api
    import diplocal.web.ingest_api as ingest_api

    def explode() -> None:
        raise RuntimeError("secret detail that must not leak")

    urls = api_urls(app, ids[COUNCIL])
    for module in (api, ingest_api):
        monkeypatch.setattr(module, "get_store", explode)
        monkeypatch.setattr(module, "get_settings", explode)
    for url in urls:
        response = client.get(url, headers={"Accept": "text/html"})
        error = assert_json_error(response, 500)
        assert error["message"] == "internal error; it has been logged"
        assert "secret" not in response.get_data(as_text=True)


def test_an_unreachable_store_is_503_with_retry_after(
    client: FlaskClient, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplocal.errors import StoreUnavailable

    def down(*_args: object) -> None:
        raise StoreUnavailable("cannot reach the database (connection refused on 10.0.0.7)")

    monkeypatch.setattr(Store, "find", down)
    response = client.get("/api/meetings")
    error = assert_json_error(response, 503)
    assert "10.0.0.7" not in error["message"]
    assert response.headers["Retry-After"] == "30"


def test_all_api_routes_answer_json_never_html(app: Flask, client: FlaskClient, ids: dict[str, str]) -> None:
    for url in api_urls(app, ids[COUNCIL]):
        for accept in ("text/html", "*/*", "application/json"):
            response = client.get(url, headers={"Accept": accept})
            assert response.status_code == 200, (url, response.get_data(as_text=True))
            assert response.headers["Content-Type"] == "application/json", url
        assert_json_error(client.get(url.replace("/api/", "/api/x/")), 404)


# -- caching and CORS ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/api/meetings?from=2021-01-01", "/api/organisations", "/api/countries", "/api/places", "/api/openapi.json"]
)
def test_lists_carry_an_etag_and_answer_304(client: FlaskClient, ids: dict[str, str], url: str) -> None:
    first = client.get(url)
    etag = first.headers["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    assert client.get(url).headers["ETag"] == etag  # the same data, the same tag
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == etag
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200


def test_etag_changes_when_the_data_does(client: FlaskClient, store: Store, ids: dict[str, str]) -> None:
    before = client.get("/api/meetings").headers["ETag"]
    article = Article(id="new", title="t", text="t", published=datetime(2022, 1, 5, tzinfo=UTC))
    evidence = (Evidence(article_id="new", sentence="Talks in Oslo on 3 February."),)
    meeting = Meeting(
        title="Oslo talks", start=date(2022, 2, 3), end=date(2022, 2, 3), countries=("NO",), evidence=evidence
    )
    store.ingest(article, [meeting])
    after = client.get("/api/meetings", headers={"If-None-Match": before})
    assert after.status_code == 200
    assert after.headers["ETag"] != before


def test_cors_allows_any_origin_to_read(app: Flask, client: FlaskClient, ids: dict[str, str]) -> None:
    for url in api_urls(app, ids[COUNCIL]):
        response = client.get(url, headers={"Origin": "https://elsewhere.example"})
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert "ETag" in response.headers["Access-Control-Expose-Headers"]
    error = client.get("/api/meetings?limit=0", headers={"Origin": "https://elsewhere.example"})
    assert error.headers["Access-Control-Allow-Origin"] == "*"  # so the caller can read why
    preflight = client.options(
        "/api/meetings",
        headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "Access-Control-Allow-Origin" not in client.get("/").headers


def test_json_responses_forbid_framing_and_sniffing(client: FlaskClient, ids: dict[str, str]) -> None:
    response = client.get("/api/meetings")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"


def test_cursor_is_opaque_but_plain_base64(ids: dict[str, str]) -> None:
    cursor = encode_cursor(date(2022, 1, 12), ids[COUNCIL])
    padded = cursor + "=" * (-len(cursor) % 4)
    assert base64.urlsafe_b64decode(padded).decode() == f"2022-01-12|{ids[COUNCIL]}"
