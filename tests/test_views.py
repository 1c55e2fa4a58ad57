"""The views beside the list: a month at a glance, what changed, and the list's own words
(its heading, the meetings that moved), through Flask's test client."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

import pytest
from conftest import FROZEN_NOW
from fixtures.news import life_of_a_meeting
from flask.testing import FlaskClient
from webdata import fill_all

from diplocal.settings import Settings
from diplocal.store import Store
from diplocal.web import create_app

HTML = "text/html; charset=utf-8"
BASE = "https://diplocal.example"


def page(client: FlaskClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:2000]
    assert response.headers["Content-Type"] == HTML
    return response.get_data(as_text=True)


def text_of(html: str) -> str:
    """The page's words as a reader meets them: tags out, spaces folded."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    return fill_all(store)


@pytest.fixture
def story(db_url: str) -> Iterator[FlaskClient]:
    """A NATO ministerial announced for 10 April, moved to the 12th, then called off."""
    store = Store.open(db_url)
    for source, found in life_of_a_meeting():
        store.ingest(source, found)
    store.close()
    settings = Settings(database_url=db_url, base_url=BASE, past_days=None)
    app = create_app({"SETTINGS": settings, "CLOCK": lambda: FROZEN_NOW, "TESTING": True})
    yield app.test_client()
    app.extensions["diplocal.store"].close()


# -- the month ---------------------------------------------------------------------------------


def cells(html: str) -> dict[str, str]:
    """Each day's cell of the grid, by ISO day, as text."""
    found = re.findall(r'<td class="day[^"]*"[^>]*data-day="([0-9-]+)">(.*?)</td>', html, flags=re.DOTALL)
    return {day: text_of(body) for day, body in found}


def test_the_month_is_a_grid_of_days_with_their_meetings(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/month/2022-01")
    assert '<h1 id="month-title">January 2022</h1>' in html
    assert '<table class="month" aria-labelledby="month-title">' in html
    headers = re.findall(r'<th scope="col"><abbr title="(\w+)">(\w+)</abbr></th>', html)
    assert headers[0] == ("Monday", "Mon")
    assert len(headers) == 7
    rows = re.findall(r"<tr>(.*?)</tr>", html[html.index("<tbody>") :], flags=re.DOTALL)
    assert len(rows) == 6  # 1 January 2022 is a Saturday, the 31st a Monday
    assert all(len(re.findall(r"<td", row)) == 7 for row in rows)
    days = cells(html)
    assert len(days) == 31
    assert "NATO foreign ministers' extraordinary videoconference" in days["2022-01-07"]
    assert "Online (videoconference)" in days["2022-01-07"]
    assert "Russia-US security talks Geneva" in days["2022-01-10"]
    assert "NATO-Russia Council" in days["2022-01-12"]
    assert "NATO Military Committee in Chiefs of Staff session" in days["2022-01-12"]
    assert "NATO Military Committee in Chiefs of Staff session (continued)" in days["2022-01-13"]
    assert days["2022-01-14"] == "Fri 14"  # the day, and no meeting
    assert re.search(r'<td class="day today no-meetings" aria-current="date" data-day="2022-01-05">', html)
    assert 'href="/month/2021-12" rel="prev"' in html
    assert 'href="/month/2022-02" rel="next"' in html
    assert 'id="month-today"' not in html  # this is the month of today


def test_the_month_keeps_the_filters_and_names_countries(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/month/2022-01?country=Russia&utm_source=mail")
    days = cells(html)
    assert [day for day, text in days.items() if "Fri" in text and "NATO" in text] == []
    assert "Russia-US security talks" in days["2022-01-10"]
    assert "NATO-Russia Council" in days["2022-01-12"]
    assert "Military Committee" not in html[html.index("<table") : html.index("</table>")]
    assert 'href="/month/2021-12?country=RU" rel="prev"' in html
    assert 'href="/month/2022-02?country=RU" rel="next"' in html
    assert '<option value="RU" selected>Russia (2)</option>' in html
    assert 'id="filter-from"' not in html  # the month is the window
    assert "webcal://diplocal.example/calendar.ics?country=RU" in html


def test_a_month_lists_meetings_whose_day_is_not_known_beside_the_grid(
    client: FlaskClient, ids: dict[str, str]
) -> None:
    html = page(client, "/month/2022-06")
    assert all("OPEC" not in text for text in cells(html).values())
    undated = html[html.index('<section class="undated">') :]
    assert "<h2>In June 2022, day not yet known</h2>" in undated
    assert ">OPEC ministerial conference</a></h3>" in undated
    assert 'id="month-today" ' not in html
    assert 'href="/month/2022-01" id="month-today">This month</a>' in html


def test_a_meeting_moved_or_cancelled_says_so_in_the_month(story: FlaskClient) -> None:
    days = cells(page(story, "/month/2022-04"))
    assert "NATO foreign ministers' meeting" not in days["2022-04-10"]
    assert "Brussels cancelled Moved from Sun 10 Apr" in days["2022-04-12"]


@pytest.mark.parametrize("value", ["2022-13", "2022-1", "22-01", "2022-01-01", "January", "0001-01", "2400-01"])
def test_a_month_that_is_not_one_is_refused_by_name(client: FlaskClient, value: str) -> None:
    html = page(client, f"/month/{value}", status=400)
    assert "is not a month (give YYYY-MM from 1800 to 2399, e.g. /month/2022-01)" in unescape(html)
    as_json = client.get(f"/month/{value}", headers={"Accept": "application/json"})
    assert as_json.status_code == 400
    assert as_json.get_json()["error"]["parameter"] == "month"


def test_month_without_a_month_is_todays(client: FlaskClient) -> None:
    response = client.get("/month?org=NATO")
    assert response.status_code == 302
    assert response.headers["Location"] == "/month/2022-01?org=NATO"


def test_the_list_and_the_month_link_to_each_other(client: FlaskClient, ids: dict[str, str]) -> None:
    listing = page(client, "/?org=NATO")
    assert 'href="/month/2022-01?org=NATO" id="as-month"' in listing
    month = page(client, "/month/2022-01?org=NATO")
    assert 'href="/?org=NATO&amp;from=2022-01-01&amp;to=2022-01-31" id="as-list"' in month


# -- what changed -------------------------------------------------------------------------------


def test_what_changed_tells_each_change_in_words(story: FlaskClient) -> None:
    html = page(story, "/changes")
    words = text_of(html[html.index("<main>") :])
    assert "What changed" in words
    assert "3 changes" in words
    assert (
        "Thu 10 Mar 2022 NATO foreign ministers' meeting: moved from 10 Apr to 12 Apr, on the word of Reuters" in words
    )
    assert "Sun 20 Mar 2022 NATO foreign ministers' meeting: cancelled, on the word of TASS" in words
    assert "announced for 10 Apr 2022 in Brussels, on the word of TASS" in words
    assert '<time datetime="2022-03-10T16:00:00Z">Thu 10 Mar 2022, 16:00 UTC</time>' in html
    assert '<a href="https://news.example/d-postponed" rel="noopener noreferrer nofollow">Reuters</a>' in html
    assert 'id="changes-atom"' in html


def test_what_changed_since_a_day(story: FlaskClient) -> None:
    words = text_of(page(story, "/changes?since=2022-03-15"))
    assert "1 change" in words
    assert "cancelled, on the word of TASS" in words
    assert "moved from" not in words
    assert "No changes since Mon 1 Jan 2024" in text_of(page(story, "/changes?since=2024-01-01"))


@pytest.mark.parametrize(("url", "says"), [("/changes?since=last+week", "since"), ("/changes?limit=0", "limit")])
def test_what_changed_refuses_bad_values_by_name(story: FlaskClient, url: str, says: str) -> None:
    assert says in page(story, url, status=400)


def test_the_atom_feed_says_the_same_in_words(story: FlaskClient) -> None:
    import feedparser

    feed = feedparser.parse(story.get("/changes.atom").data)
    summaries = [entry.summary for entry in feed.entries]
    assert summaries == [
        "cancelled, on the word of TASS, 20 Mar. Source: https://news.example/e-cancelled",
        "moved from 10 Apr to 12 Apr, on the word of Reuters, 10 Mar. Source: https://news.example/d-postponed",
        "announced for 10 Apr 2022 in Brussels, on the word of TASS, 1 Mar. Source: https://news.example/a-announce",
    ]


@pytest.mark.parametrize("url", ["/", "/month/2022-01", "/changes", "/meetings/x", "/nowhere"])
def test_every_page_links_the_views_and_the_atom_feed(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    html = response.get_data(as_text=True)
    nav = html[html.index('<nav aria-label="Views">') : html.index("</nav>")]
    assert re.findall(r'href="([^"]+)"', nav) == ["/", "/month", "/changes", "/changes.atom", "/api/openapi.json"]
    assert '<link rel="alternate" type="application/atom+xml" href="/changes.atom"' in html


# -- the list's words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "heading"),
    [
        ("", "Upcoming diplomatic meetings"),
        ("?org=NATO", "Upcoming diplomatic meetings"),
        ("?to=2022-01-31", "Upcoming diplomatic meetings until Mon 31 Jan 2022"),
        ("?from=2021-12-01", "Diplomatic meetings from Wed 1 Dec 2021"),
        ("?from=2021-12-01&to=2021-12-31", "Diplomatic meetings, Wed 1 Dec – Fri 31 Dec 2021"),
        ("?from=1900-01-01", "All diplomatic meetings"),
    ],
)
def test_the_heading_fits_the_window_shown(client: FlaskClient, ids: dict[str, str], query: str, heading: str) -> None:
    html = page(client, f"/{query}")
    assert f"<h1>{heading}</h1>" in html
    assert f"<title>{heading} · diplocal</title>" in html


def test_the_list_says_a_meeting_was_moved(story: FlaskClient) -> None:
    html = page(story, "/")
    item = html[html.index('<li class="meeting') : html.index("</li>")]
    assert '<p class="moved">Moved from Sun 10 Apr</p>' in item
    meeting = page(story, re.findall(r'href="(/meetings/[0-9a-f]+)"', item)[0])
    assert '<p class="moved">Moved from Sun 10 Apr</p>' in meeting


def test_counts_are_in_words(client: FlaskClient, ids: dict[str, str]) -> None:
    assert "1 meeting ·" in text_of(page(client, "/?country=JP"))
    assert "3 meetings ·" in text_of(page(client, "/?org=NATO"))
