"""The pages through Flask's test client: weeks, filters, subscribe links, a meeting, escaping."""

from __future__ import annotations

import re
from datetime import date, time
from html import unescape
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from webdata import HOSTILE, SAMPLE, fill_all, fill_sample, hostile_meetings

from diplocal.model import DatePrecision, Meeting, StoredMeeting
from diplocal.render.listing import When, group_by_week, when_of
from diplocal.store import Store
from diplocal.web.page_context import safe_href

HTML = "text/html; charset=utf-8"
JAPAN = "EU-Japan ministerial"
VIDEO = "NATO foreign ministers' extraordinary videoconference"
MILITARY = "NATO Military Committee in Chiefs of Staff session"


@pytest.fixture
def ids(store: Store) -> dict[str, str]:
    return fill_all(store)


def page(client: FlaskClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)[:2000]
    assert response.headers["Content-Type"] == HTML
    return response.get_data(as_text=True)


def headings(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r"<h2>([^<]*)</h2>", html)]


def listed(html: str) -> list[str]:
    return [unescape(t) for t in re.findall(r'<h3><a href="/meetings/[0-9a-f]+">([^<]*)</a></h3>', html)]


def hrefs(html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'href="([^"]*)"', html)]


def href_of(html: str, element_id: str) -> str:
    match = re.search(rf'id="{element_id}" href="([^"]*)"', html)
    assert match, f"no link #{element_id}"
    return unescape(match.group(1))


# -- the list --------------------------------------------------------------------------------


def test_index_groups_upcoming_meetings_by_week(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/")
    weeks = [h for h in headings(html) if "·" in h]
    assert weeks == [
        "This week · 3 Jan – 9 Jan 2022",
        "Next week · 10 Jan – 16 Jan 2022",
        "Week 3 · 17 Jan – 23 Jan 2022",
        "Week 5 · 31 Jan – 6 Feb 2022",
        "Week 9 · 28 Feb – 6 Mar 2022",
        "June 2022 · day not yet known",
    ]
    assert listed(html) == [
        "NATO foreign ministers' extraordinary videoconference",
        "Russia-US security talks",
        "NATO Military Committee in Chiefs of Staff session",
        "NATO-Russia Council",
        "<script>alert('title')</script> summit",
        "EU-Japan ministerial",
        "Arctic Council session",
        "OPEC ministerial conference",
    ]
    assert "Year-end summit" not in html  # past


def test_each_meeting_shows_date_place_people_status_and_confidence(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/")
    item = html[html.index(f'href="/meetings/{ids["NATO-Russia Council"]}"') :]
    item = item[: item.index("</li>")]
    assert '<span class="date">Wed 12 Jan 2022</span>' in item
    assert '<span class="place">Brussels</span>' in item
    assert '<p class="who">NATO, Russia</p>' in item
    assert '<span class="badge status-confirmed">confirmed</span>' in item
    assert "confidence 0.80" in item


def test_a_timed_meeting_gives_its_utc_moment_and_the_venue_time(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/")
    assert '<time datetime="2022-02-01T14:00:00Z" data-zone="Europe/Brussels">15:00–17:00 CET</time>' in html


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, as a browser would read them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.mark.parametrize(
    "url", ["/", "/?org=NATO", "/meetings/{council}", "/nowhere", "/month/2022-01", "/month/2022-06", "/changes"]
)
def test_pages_have_no_inline_script_or_style(client: FlaskClient, ids: dict[str, str], url: str) -> None:
    """The CSP forbids inline code, so there must be none, also none smuggled in by article text."""
    html = page(client, url.format(council=ids["NATO-Russia Council"]), status=404 if "nowhere" in url else 200)
    tags = Tags(html).tags
    assert [attrs for tag, attrs in tags if tag == "script"] == [{"src": "/static/app.js", "defer": None}]
    assert "style" not in {tag for tag, _ in tags}
    for tag, attrs in tags:
        assert not [name for name in attrs if name.startswith("on") or name == "style"], (tag, attrs)
        assert not (attrs.get("href") or "").lower().startswith("javascript:"), (tag, attrs)


def test_the_page_works_without_javascript(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/?org=NATO")
    assert re.search(r'<form class="filters" method="get" action="/"', html)
    assert '<button type="button" class="copy" data-copy="feed-url" hidden>' in html  # shown by the script


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("org=NATO", [VIDEO, MILITARY, "NATO-Russia Council"]),  # with its bodies
        ("country=Russia", ["Russia-US security talks", "NATO-Russia Council"]),  # by name
        ("org=nato&country=RU", ["NATO-Russia Council"]),
        ("country=JP", ["EU-Japan ministerial"]),
        ("place=Brussels", ["NATO Military Committee in Chiefs of Staff session", "NATO-Russia Council", JAPAN]),
        ("q=geneva", ["Russia-US security talks"]),
        ("org=&country=&place=&q=&from=&to=2022-01-07", ["NATO foreign ministers' extraordinary videoconference"]),
        ("from=2021-12-01&to=2021-12-31", ["Year-end summit"]),
        ("status=cancelled", ["Arctic Council session"]),
        ("utm_source=newsletter&org=OPEC", ["OPEC ministerial conference"]),  # pages ignore unknown parameters
    ],
)  # fmt: skip
def test_filters(client: FlaskClient, ids: dict[str, str], query: str, expected: list[str]) -> None:
    assert listed(page(client, f"/?{query}")) == expected


def test_filters_rewrite_the_subscribe_links(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/?org=NATO&country=RU&q=council&from=2021-01-01")
    feed = "https://diplocal.example/calendar.ics?org=NATO&country=RU&q=council"  # the window is not subscribed to
    assert f'<input id="feed-url" type="text" readonly value="{feed.replace("&", "&amp;")}">' in html
    assert href_of(html, "subscribe-webcal") == "webcal://diplocal.example/calendar.ics?org=NATO&country=RU&q=council"
    google = parse_qs(urlsplit(href_of(html, "subscribe-google")).query)
    assert google == {"cid": ["webcal://diplocal.example/calendar.ics?org=NATO&country=RU&q=council"]}
    outlook = parse_qs(urlsplit(href_of(html, "subscribe-outlook")).query)
    assert outlook["url"] == [feed]
    assert href_of(html, "subscribe-download") == "/calendar.ics?org=NATO&country=RU&q=council&download=1"
    assert "Subscribe to these meetings" in html


def test_unfiltered_subscribe_links_are_the_whole_feed(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/")
    assert href_of(html, "subscribe-webcal") == "webcal://diplocal.example/calendar.ics"
    assert "Subscribe to all meetings" in html


def test_the_subscribed_feed_holds_what_the_page_shows(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/?org=NATO")
    feed = href_of(html, "subscribe-download")
    body = client.get(feed).get_data(as_text=True)
    summaries = re.findall(r"^SUMMARY:(.*)$", body.replace("\r\n ", ""), flags=re.MULTILINE)
    assert [s.strip().replace("\\", "") for s in summaries] == listed(html)


def test_filter_form_offers_the_choices_and_keeps_the_selection(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/?org=nato&q=council&to=2022-02-01")
    assert '<option value="NATO" selected>NATO (3)</option>' in html  # what org=NATO lists
    assert '<option value="Arctic Council">' not in html  # outside the window up to 1 Feb
    assert '<option value="RU">Russia (2)</option>' in html  # a name to read, the code to send
    assert '<option value="Geneva">Geneva (1)</option>' in html
    assert 'name="q" id="filter-q" value="council"' in html
    assert 'name="to" id="filter-to" value="2022-02-01"' in html
    assert 'name="from" id="filter-from" value=""' in html  # "today" is not pinned into bookmarks


def test_a_filter_value_without_meetings_stays_selected(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/?org=Nobody")
    assert '<option value="Nobody" selected>Nobody (0)</option>' in html
    assert "No upcoming meetings match these filters" in html


def test_empty_store_says_so_and_offers_the_past(client: FlaskClient, store: Store) -> None:
    html = page(client, "/")
    assert "<h2>No upcoming meetings</h2>" in html
    assert href_of(html, "show-past") == "/?from=1900-01-01"


def test_nothing_upcoming_shows_the_latest_meetings_and_says_so(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/?country=FR")
    assert "<h1>Latest diplomatic meetings</h1>" in html
    assert "Nothing is scheduled from today (Wed 5 Jan 2022) on for these filters" in html
    assert listed(html) == ["Year-end summit"]
    past = href_of(html, "show-past")
    assert past == "/?country=FR&from=1900-01-01"
    all_of_them = page(client, past)
    assert "<h1>All diplomatic meetings</h1>" in all_of_them
    assert listed(all_of_them) == ["Year-end summit"]


def test_long_lists_page_on(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, "/?limit=3")
    assert len(listed(html)) == 3
    more = re.search(r'<a href="([^"]*)" rel="next">Later meetings</a>', html)
    assert more
    second = page(client, unescape(more.group(1)))
    assert listed(second)[0] == "NATO-Russia Council"


def test_bad_parameter_on_a_page_is_an_html_400_naming_it(client: FlaskClient) -> None:
    html = page(client, "/?from=<b>tomorrow</b>", status=400)
    assert "from &#39;&lt;b&gt;tomorrow&lt;/b&gt;&#39; is not a date (use an ISO date like 2022-01-07)" in html
    assert "<b>tomorrow" not in html


# -- one meeting -----------------------------------------------------------------------------


def test_meeting_page_has_sources_history_and_buttons(client: FlaskClient, ids: dict[str, str]) -> None:
    meeting_id = ids["NATO-Russia Council"]
    html = page(client, f"/meetings/{meeting_id}")
    assert "<h1>NATO-Russia Council</h1>" in html
    assert (
        '<blockquote lang="en" dir="ltr">The NATO-Russia Council is to convene in Brussels on January 12.</blockquote>'
        in html
    )
    assert href_of(html, "meeting-ics") == f"/meetings/{meeting_id}.ics"
    google = parse_qs(urlsplit(href_of(html, "meeting-google")).query)
    assert google["dates"] == ["20220112/20220113"]
    assert google["text"] == ["NATO-Russia Council"]
    outlook = parse_qs(urlsplit(href_of(html, "meeting-outlook")).query)
    assert outlook["startdt"] == ["2022-01-12"]
    assert SAMPLE.url in hrefs(html)
    assert "<bdi>TASS</bdi>, 2022-01-04:" in html
    history = html[html.index('<section class="history">') :]
    history = history[: history.index("</section>")]
    assert '<time datetime="2022-01-04T12:00:00Z">Tue 4 Jan 2022, 12:00 UTC</time>' in history
    assert ": announced for 12 Jan 2022 in Brussels, on the word of" in history
    assert f'<a href="{SAMPLE.url}" rel="noopener noreferrer nofollow">TASS</a>' in history
    assert "->" not in history  # words, not a dump of fields
    assert "[" not in history
    assert "/?org=NATO" in hrefs(html)
    download = client.get(f"/meetings/{meeting_id}.ics")
    assert download.status_code == 200
    assert b"SUMMARY:NATO-Russia Council" in download.data


def test_each_subscribe_link_of_a_meeting_page_follows_a_different_calendar(
    client: FlaskClient, ids: dict[str, str]
) -> None:
    html = page(client, f"/meetings/{ids['NATO-Russia Council']}")
    webcals = [unescape(h) for h in re.findall(r'href="(webcal://[^"]*)"', html)]
    assert webcals == [
        "webcal://diplocal.example/feeds/org/NATO.ics",
        "webcal://diplocal.example/feeds/country/RU.ics",
        "webcal://diplocal.example/feeds/place/Brussels.ics",
        "webcal://diplocal.example/calendar.ics",
    ]
    for label in ("NATO meetings", "Meetings with Russia", "Meetings in Brussels", "All meetings"):
        assert f'<span class="feed-name">{label}</span>' in html
    for url in webcals:
        assert client.get(url.replace("webcal://diplocal.example", "")).status_code == 200, url


def test_meeting_page_lists_every_source(client: FlaskClient, store: Store) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from webdata import sample_meetings

    fill_sample(store)
    second = replace(
        SAMPLE,
        id="second",
        publisher="Example Wire",
        url="https://wire.example/2",
        published=datetime(2022, 1, 6, tzinfo=UTC),
    )
    council = sample_meetings()[2]
    evidence = replace(council.evidence[0], article_id="second", sentence="The council meets on Wednesday in Brussels.")
    result = store.ingest(second, [replace(council, evidence=(evidence,))])
    assert result.confirmed
    html = page(client, f"/meetings/{result.confirmed[0]}")
    assert "Sources (2)" in html
    assert html.count('<blockquote lang="en" dir="ltr">') == 2
    assert "The council meets on Wednesday in Brussels." in html
    assert "<bdi>Example Wire</bdi>, 2022-01-06:" in html


def test_month_only_meeting_has_no_calendar_buttons(client: FlaskClient, ids: dict[str, str]) -> None:
    html = page(client, f"/meetings/{ids['OPEC ministerial conference']}")
    assert 'id="meeting-google"' not in html
    assert 'id="meeting-outlook"' not in html
    assert "Only the month is known" in html
    assert '<span class="date">June 2022</span> <span class="note">(day not yet known)</span>' in html


def test_unknown_meeting_page_is_an_html_404(client: FlaskClient) -> None:
    html = page(client, "/meetings/<script>", status=404)
    assert "no meeting has id &#39;&lt;script&gt;&#39;" in html
    json_client = client.get("/meetings/nope", headers={"Accept": "application/json"})
    assert json_client.status_code == 404
    assert json_client.headers["Content-Type"] == "application/json"
    assert json_client.get_json()["error"]["status"] == 404


def test_unknown_page_and_wrong_method_are_html(client: FlaskClient) -> None:
    assert "there is no page at /nowhere" in page(client, "/nowhere", status=404)
    response = client.post("/")
    assert response.status_code == 405
    assert response.headers["Content-Type"] == HTML
    assert response.headers["Allow"] == "GET, HEAD, OPTIONS"


def test_a_crash_on_a_page_shows_no_traceback(
    client: FlaskClient, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_args: object) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(Store, "history", explode)
    html = page(client, f"/meetings/{ids['NATO-Russia Council']}", status=500)
    assert "internal error; it has been logged" in html
    assert "secret" not in html
    assert "Traceback" not in html


# -- hostile text ----------------------------------------------------------------------------


def test_article_text_is_always_escaped(client: FlaskClient, store: Store) -> None:
    result = store.ingest(HOSTILE, hostile_meetings())
    meeting_id = result.new[0]
    for url in ("/", f"/meetings/{meeting_id}", "/?place=<img src=x onerror=alert(1)>"):
        html = page(client, url)
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<b>Mallory" not in html
        assert "javascript:" not in " ".join(hrefs(html))
    html = page(client, f"/meetings/{meeting_id}")
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; summit" in html
    assert "They meet &#34;soon&#34; &lt;script&gt;alert(&#34;evidence&#34;)&lt;/script&gt; &amp; more." in html
    assert "&lt;i&gt;Evil&lt;/i&gt; Press" in html
    # A source without a safe link is named, not linked.
    assert '<cite lang="en" dir="ltr">&lt;b&gt;Bold&lt;/b&gt; claims</cite>' in html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a?b=1", "https://news.example/a?b=1"),
        ("HTTP://NEWS.EXAMPLE/", "HTTP://NEWS.EXAMPLE/"),
        ("  https://news.example/  ", "https://news.example/"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//news.example/no-scheme", None),
        ("file:///etc/passwd", None),
        ("https:no-host", None),
        ("http://[::1", None),  # not a URL at all
        ("", None),
        (None, None),
    ],
)
def test_safe_href(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


# -- headers and static files ----------------------------------------------------------------


def test_pages_send_security_headers(client: FlaskClient, ids: dict[str, str]) -> None:
    for url in ("/", f"/meetings/{ids['NATO-Russia Council']}", "/nowhere"):
        response = client.get(url)
        policy = response.headers["Content-Security-Policy"]
        assert "unsafe-inline" not in policy
        assert "script-src 'self'" in policy
        assert "style-src 'self'" in policy
        assert "frame-ancestors 'none'" in policy
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"


@pytest.mark.parametrize(("name", "mimetype"), [("app.js", "text/javascript"), ("style.css", "text/css")])
def test_static_files_are_served(client: FlaskClient, name: str, mimetype: str) -> None:
    response = client.get(f"/static/{name}")
    assert response.status_code == 200
    assert response.mimetype == mimetype
    response.close()


def test_every_page_route_is_tested(app: Flask) -> None:
    """Routes outside /api/ and the feeds: adding one means adding its tests (here, and the
    month and the changes in test_views.py)."""
    pages = sorted(
        r.rule for r in app.url_map.iter_rules() if r.endpoint.split(".")[0] in ("pages", "month", "changes")
    )
    assert pages == ["/", "/changes", "/changes.atom", "/meetings/<meeting_id>", "/month", "/month/<value>"]


# -- pure helpers ----------------------------------------------------------------------------


def _meeting(start: date, end: date | None = None, **kwargs: object) -> Meeting:
    return Meeting(title="m", start=start, end=end or start, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("meeting", "expected"),
    [
        (_meeting(date(2022, 1, 7)), When("Fri 7 Jan 2022")),
        (_meeting(date(2022, 1, 12), date(2022, 1, 13)), When("Wed 12 Jan – Thu 13 Jan 2022")),
        (_meeting(date(2022, 12, 31), date(2023, 1, 2)), When("Sat 31 Dec 2022 – Mon 2 Jan 2023")),
        (
            _meeting(date(2022, 2, 1), start_time=time(15), end_time=time(17), timezone="Europe/Brussels"),
            When("Tue 1 Feb 2022", utc="2022-02-01T14:00:00Z", clock="15:00–17:00 CET", zone="Europe/Brussels"),
        ),
        (  # summer time
            _meeting(date(2022, 7, 1), start_time=time(9, 30), timezone="Europe/Brussels"),
            When("Fri 1 Jul 2022", utc="2022-07-01T07:30:00Z", clock="09:30 CEST", zone="Europe/Brussels"),
        ),
        (  # an end on another day is not squeezed into the clock
            _meeting(date(2022, 3, 1), date(2022, 3, 2), start_time=time(20), end_time=time(2), timezone="Asia/Tokyo"),
            When("Tue 1 Mar – Wed 2 Mar 2022", utc="2022-03-01T11:00:00Z", clock="20:00 JST", zone="Asia/Tokyo"),
        ),
        (_meeting(date(2022, 3, 1), start_time=time(10)), When("Tue 1 Mar 2022", clock="10:00")),  # zone unknown
        (  # the zone of the venue when the meeting has none, as in calendars
            _meeting(date(2022, 3, 1), start_time=time(10), location="Oslo"),
            When("Tue 1 Mar 2022", utc="2022-03-01T09:00:00Z", clock="10:00 CET", zone="Europe/Oslo"),
        ),
        (  # a default end (two hours) is the calendar's, not news: the page shows the start
            _meeting(date(2022, 3, 1), start_time=time(10), timezone="Europe/Oslo"),
            When("Tue 1 Mar 2022", utc="2022-03-01T09:00:00Z", clock="10:00 CET", zone="Europe/Oslo"),
        ),
        (
            _meeting(date(2022, 3, 1), start_time=time(10), timezone="Not/AZone"),
            # a broken zone name is no zone (the time at the venue), never a failing page
            When("Tue 1 Mar 2022", clock="10:00"),
        ),
        (
            _meeting(date(2022, 1, 10), date(2022, 1, 16), precision=DatePrecision.WEEK),
            When("Mon 10 Jan – Sun 16 Jan 2022", note="exact day not yet known"),
        ),
        (
            _meeting(date(2022, 6, 1), date(2022, 6, 30), precision=DatePrecision.MONTH),
            When("June 2022", note="day not yet known"),
        ),
    ],
)
def test_when_of(meeting: Meeting, expected: When) -> None:
    assert when_of(meeting) == expected


def test_month_groups_follow_the_week_holding_their_first_day() -> None:
    from datetime import UTC, datetime

    def stored(title: str, start: date, precision: DatePrecision = DatePrecision.DAY) -> StoredMeeting:
        end = date(start.year, start.month, 28) if precision is DatePrecision.MONTH else start
        moment = datetime(2022, 1, 1, tzinfo=UTC)
        return StoredMeeting(title, Meeting(title=title, start=start, end=end, precision=precision), moment, moment)

    # 1 June 2022 is a Wednesday: the week of 30 May holds it.
    items = [
        stored("before", date(2022, 5, 30)),
        stored("june", date(2022, 6, 1), DatePrecision.MONTH),
        stored("same week", date(2022, 6, 2)),
        stored("next week", date(2022, 6, 6)),
    ]
    groups = group_by_week([(s, {"title": s.id}) for s in items], date(2022, 5, 31))
    assert [(g.label, [i["title"] for i in g.items]) for g in groups] == [
        ("This week · 30 May – 5 Jun 2022", ["before", "same week"]),
        ("June 2022 · day not yet known", ["june"]),
        ("Next week · 6 Jun – 12 Jun 2022", ["next week"]),
    ]


def test_a_meeting_known_only_to_the_month_offers_no_calendar_download(
    client: FlaskClient, ids: dict[str, str]
) -> None:
    meeting_id = ids["OPEC ministerial conference"]
    api = client.get(f"/api/meetings/{meeting_id}").get_json()
    assert api["links"]["ics"] is None
    assert api["links"]["google"] is None
    html = page(client, f"/meetings/{meeting_id}")
    assert 'id="meeting-ics"' not in html
    assert "Only the month is known" in html
    assert client.get(f"/meetings/{meeting_id}.ics").status_code == 404


# -- other languages -------------------------------------------------------------------------


class _Quotes(HTMLParser):
    """Each blockquote's attributes and text, and the page's "In the news" phrase."""

    def __init__(self) -> None:
        super().__init__()
        self.quotes: list[tuple[dict[str, str | None], str]] = []
        self.original: list[tuple[dict[str, str | None], str]] = []
        self._open: list[tuple[str, dict[str, str | None], list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "blockquote" or (tag == "span" and any(k == "lang" for k, _ in attrs)):
            self._open.append((tag, dict(attrs), []))

    def handle_data(self, data: str) -> None:
        for _, _, text in self._open:
            text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1][0] == tag:
            name, attrs, text = self._open.pop()
            (self.quotes if name == "blockquote" else self.original).append((attrs, "".join(text)))


def test_quotes_carry_their_language_and_arabic_reads_right_to_left(client: FlaskClient, store: Store) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from webdata import sample_meetings

    fill_sample(store)
    council = sample_meetings()[2]
    reports = [
        ("ar-1", "ar", "سيجتمع مجلس الناتو وروسيا في بروكسل يوم الأربعاء.", "اجتماع مجلس الناتو وروسيا"),
        ("ru-1", "ru", "Совет Россия-НАТО соберётся в Брюсселе в среду.", "Совет Россия-НАТО"),
        ("xx-1", None, "Le Conseil OTAN-Russie se réunira mercredi.", None),  # language not known
    ]
    meeting_id = ""
    for number, (article_id, language, sentence, phrase) in enumerate(reports):
        source = replace(SAMPLE, id=article_id, language=language, published=datetime(2022, 1, 5 + number, tzinfo=UTC))
        evidence = replace(council.evidence[0], article_id=article_id, sentence=sentence)
        result = store.ingest(source, [replace(council, evidence=(evidence,), title_original=phrase)])
        assert result.confirmed, result
        meeting_id = result.confirmed[0]
    quotes = _Quotes()
    quotes.feed(page(client, f"/meetings/{meeting_id}"))
    by_text = {text: attrs for attrs, text in quotes.quotes}
    assert by_text["سيجتمع مجلس الناتو وروسيا في بروكسل يوم الأربعاء."] == {"lang": "ar", "dir": "rtl"}
    assert by_text["Совет Россия-НАТО соберётся в Брюсселе в среду."] == {"lang": "ru", "dir": "ltr"}
    assert by_text["Le Conseil OTAN-Russie se réunira mercredi."] == {"lang": "", "dir": "auto"}
    assert len(by_text) == 4  # and the sample's English quote
    # The title came from the English sample article: no original phrase on the page.
    assert quotes.original == []


def test_a_title_read_in_arabic_shows_its_original_words(client: FlaskClient, store: Store) -> None:
    from dataclasses import replace

    from webdata import sample_meetings

    council = sample_meetings()[2]
    source = replace(SAMPLE, id="ar-only", language="ar")
    evidence = replace(council.evidence[0], article_id="ar-only", sentence="سيجتمع مجلس الناتو وروسيا في بروكسل.")
    result = store.ingest(source, [replace(council, evidence=(evidence,), title_original="مجلس الناتو وروسيا")])
    quotes = _Quotes()
    quotes.feed(page(client, f"/meetings/{result.new[0]}"))
    assert quotes.original == [({"lang": "ar", "dir": "rtl"}, "مجلس الناتو وروسيا")]
    assert quotes.quotes == [({"lang": "ar", "dir": "rtl"}, "سيجتمع مجلس الناتو وروسيا في بروكسل.")]
