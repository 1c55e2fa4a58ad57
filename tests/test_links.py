"""Subscribe links for feeds, and add-event links for single meetings."""

from __future__ import annotations

from datetime import date, time
from urllib.parse import parse_qs, urlsplit

import pytest
from clients.samples import SAMPLE_MEETINGS, meeting, stored

from diplocal.model import DatePrecision, Status
from diplocal.render.links import (
    google_event_url,
    google_subscribe_url,
    meeting_ics_url,
    meeting_page_url,
    outlook_event_url,
    outlook_subscribe_url,
    webcal_url,
)

FEED = "https://diplocal.example/calendar.ics?org=NATO&country=RU"


def _query(url: str) -> dict[str, str]:
    parsed = parse_qs(urlsplit(url).query, keep_blank_values=True)
    assert all(len(values) == 1 for values in parsed.values())
    return {key: values[0] for key, values in parsed.items()}


@pytest.mark.parametrize(
    ("feed", "webcal"),
    [
        ("https://diplocal.example/calendar.ics", "webcal://diplocal.example/calendar.ics"),
        ("http://127.0.0.1:5000/feeds/org/NATO.ics", "webcal://127.0.0.1:5000/feeds/org/NATO.ics"),
        (FEED, "webcal://diplocal.example/calendar.ics?org=NATO&country=RU"),
    ],
)
def test_webcal_url(feed: str, webcal: str) -> None:
    assert webcal_url(feed) == webcal


def test_google_subscribe_link_carries_the_webcal_url_with_its_query() -> None:
    url = google_subscribe_url(FEED)
    assert url.startswith("https://calendar.google.com/calendar/render?cid=")
    assert _query(url) == {"cid": "webcal://diplocal.example/calendar.ics?org=NATO&country=RU"}


@pytest.mark.parametrize(("office", "host"), [(False, "outlook.live.com"), (True, "outlook.office.com")])
def test_outlook_subscribe_link(office: bool, host: str) -> None:
    url = outlook_subscribe_url(FEED, "Diplomatic meetings: NATO", office=office)
    assert url.startswith(f"https://{host}/calendar/0/addfromweb?")
    assert _query(url) == {"url": FEED, "name": "Diplomatic meetings: NATO"}
    assert "+" not in url  # Outlook shows a '+' literally; spaces must be %20


def test_meeting_urls_quote_the_id() -> None:
    assert meeting_page_url("https://d.example", "a b/c") == "https://d.example/meetings/a%20b%2Fc"
    assert meeting_ics_url("https://d.example", "abc") == "https://d.example/meetings/abc.ics"


def test_google_event_link_for_an_all_day_meeting() -> None:
    url = google_event_url(stored(SAMPLE_MEETINGS[3], "mc"), "Details, with a comma.\nAnd a line.")
    assert url is not None
    assert url.startswith("https://calendar.google.com/calendar/render?")
    assert _query(url) == {
        "action": "TEMPLATE",
        "text": "NATO Military Committee in Chiefs of Staff session",
        "dates": "20220112/20220114",  # the end is exclusive, as in the feed
        "details": "Details, with a comma.\nAnd a line.",
        "location": "Brussels",
    }


def test_google_event_link_for_a_timed_meeting_is_in_utc_with_the_venue_zone() -> None:
    item = stored(
        meeting("Talks", date(2022, 3, 28), start_time=time(10), end_time=time(11, 30), timezone="Europe/Brussels"), "t"
    )
    query = _query(google_event_url(item, "d") or "")
    assert query["dates"] == "20220328T080000Z/20220328T093000Z"
    assert query["ctz"] == "Europe/Brussels"


def test_outlook_event_link_for_an_all_day_meeting() -> None:
    url = outlook_event_url(stored(SAMPLE_MEETINGS[1], "talks"), "Russian and American negotiators meet.")
    assert url is not None
    assert url.startswith("https://outlook.live.com/calendar/0/deeplink/compose?")
    assert _query(url) == {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": "Russian-US security talks",
        "startdt": "2022-01-10",
        "enddt": "2022-01-11",
        "allday": "true",
        "body": "Russian and American negotiators meet.",
        "location": "Geneva",
    }
    assert "+" not in url


def test_outlook_event_link_for_a_timed_meeting_and_for_office() -> None:
    item = stored(meeting("Talks", date(2022, 10, 31), start_time=time(10), timezone="Europe/Brussels"), "t")
    url = outlook_event_url(item, "d", office=True) or ""
    assert url.startswith("https://outlook.office.com/calendar/0/deeplink/compose?")
    query = _query(url)
    assert (query["startdt"], query["enddt"]) == ("2022-10-31T09:00:00Z", "2022-10-31T11:00:00Z")
    assert "allday" not in query


def test_links_say_what_the_feed_says_about_status_and_uncertain_days() -> None:
    cancelled = stored(meeting("Summit", date(2022, 2, 1), status=Status.CANCELLED), "c")
    week = stored(meeting("Summit", date(2022, 2, 7), date(2022, 2, 13), precision=DatePrecision.WEEK), "w")
    assert _query(google_event_url(cancelled, "") or "")["text"] == "Cancelled: Summit"
    assert _query(outlook_event_url(week, "") or "")["subject"] == "Summit (day TBC)"
    assert _query(outlook_event_url(week, "") or "")["enddt"] == "2022-02-14"


def test_no_add_link_for_a_meeting_known_only_to_the_month() -> None:
    june = stored(meeting("Summit", date(2022, 6, 1), date(2022, 6, 30), precision=DatePrecision.MONTH), "june")
    assert google_event_url(june, "d") is None
    assert outlook_event_url(june, "d") is None


def test_long_details_are_shortened_to_keep_the_link_usable() -> None:
    url = google_event_url(stored(SAMPLE_MEETINGS[0], "vc"), "x" * 5000) or ""
    details = _query(url)["details"]
    assert len(details) == 1500
    assert details.endswith("…")
