"""Watching feeds: conditional polls, each entry once, source health in the CLI and the API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from sources.localweb import LocalWeb, Route, fake_meetings, quick_fetcher, serve_test_sources

from diplocal import cli
from diplocal.cli import main
from diplocal.errors import InvalidParameter
from diplocal.query import MeetingQuery
from diplocal.store import Store
from diplocal.store.feed_state import MAX_ENTRY_ATTEMPTS, get_feed, list_feeds
from diplocal.watch import PollReport, parse_interval, poll_feeds, watch

pytestmark = [pytest.mark.usefixtures("fake_extractor")]

T1 = datetime(2024, 11, 1, 12, 0, tzinfo=UTC)
T2 = T1 + timedelta(minutes=15)
T3 = T2 + timedelta(minutes=15)

NEW_ITEM = b"""<item>
<title>Security Council to meet on Sudan</title>
<link>__BASE__/articles/unsc.html</link>
<guid>wire-desk-2024-1101-unsc</guid>
<pubDate>Fri, 01 Nov 2024 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Security Council members will meet in New York on November 12 to discuss the war in
Sudan, diplomats said on Friday. The meeting was requested by Britain, which holds the council's presidency this
month, after reports of new attacks on civilians in Darfur. Aid agencies have warned of famine in several regions
and asked the council to press both sides to open routes for convoys before the rainy season ends.</p>
]]></content:encoded>
</item>
"""


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("diplocal.ingest.meetings_from_article", fake_meetings)


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with LocalWeb() as server:
        serve_test_sources(server)
        yield server


def meeting_days(store: Store) -> list[str]:
    return [m.meeting.start.isoformat() for m in store.find(MeetingQuery(start=date(2000, 1, 1)))]


def snapshot(store: Store) -> tuple[int, int, str]:
    return len(store.article_hashes()), store.count(), store.version()


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("15m", timedelta(minutes=15)),
        ("90s", timedelta(seconds=90)),
        ("1h", timedelta(hours=1)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        (" 2 h ", timedelta(hours=2)),
        ("1d", timedelta(days=1)),
    ],
)
def test_parse_interval(text: str, interval: timedelta) -> None:
    assert parse_interval(text) == interval


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("15", "interval '15' is not a duration"),
        ("soon", "interval 'soon' is not a duration"),
        ("", "interval '' is not a duration"),
        ("15m!", "interval '15m!' is not a duration"),
        ("30s", "interval '30s' is shorter than 60 seconds"),
    ],
)
def test_parse_interval_refuses(text: str, message: str) -> None:
    with pytest.raises(InvalidParameter) as caught:
        parse_interval(text)
    assert caught.value.message == message
    assert caught.value.parameter == "--every"


def test_second_poll_sends_the_etag_and_ingests_nothing_new(store: Store, web: LocalWeb) -> None:
    feeds = [web.url("/feed.rss"), web.url("/feed.atom")]
    first = poll_feeds(store, feeds, fetcher=quick_fetcher(), now=T1)
    assert first.report.failures == []
    assert (first.entries_new, first.report.articles, first.report.new) == (4, 4, 4)
    assert meeting_days(store) == ["2024-02-17", "2024-04-25", "2024-06-01", "2024-10-24"]
    assert "if-none-match" not in web.seen("/feed.rss")[0].headers
    before = snapshot(store)

    second = poll_feeds(store, feeds, fetcher=quick_fetcher(), now=T2)
    assert second.report.failures == []
    assert (second.not_modified, second.entries_new, second.report.articles) == (2, 0, 0)
    assert web.seen("/feed.rss")[1].headers["if-none-match"] == web.routes["/feed.rss"].etag
    assert web.seen("/feed.atom")[1].headers["if-none-match"] == web.routes["/feed.atom"].etag
    assert snapshot(store) == before
    assert len(web.seen("/articles/opec.html")) == 1
    assert second.summary() == (
        "2 feeds unchanged, 0 new entries; 0 articles read (0 unchanged), 0 meetings found: "
        "0 new, 0 updated, 0 confirmed by another source; 0 failed"
    )

    state = get_feed(store, web.url("/feed.rss"))
    assert state is not None
    assert (state.title, state.last_status, state.last_success, state.entries_seen) == (
        "Wire Desk: diplomacy",
        304,
        T2,
        2,
    )
    assert state.etag == web.routes["/feed.rss"].etag  # a 304 keeps the validators that worked


def test_a_changed_feed_yields_only_its_new_entries(store: Store, web: LocalWeb) -> None:
    feed = web.url("/feed.rss")
    poll_feeds(store, [feed], fetcher=quick_fetcher(), now=T1)
    route = web.routes["/feed.rss"]
    route.body = route.body.replace(b"<item>", NEW_ITEM.replace(b"__BASE__", web.base.encode()) + b"<item>", 1)
    route.etag = '"v2"'
    result = poll_feeds(store, [feed], fetcher=quick_fetcher(), now=T2)
    assert (result.entries_new, result.report.articles, result.report.new) == (1, 1, 1)
    assert "2024-11-12" in meeting_days(store)
    assert len(web.seen("/articles/opec.html")) == 1  # the known teaser's page is not fetched again
    state = get_feed(store, feed)
    assert state is not None
    assert (state.etag, state.entries_seen, state.entries_ingested) == ('"v2"', 3, 3)


def test_last_modified_is_sent_when_there_is_no_etag(store: Store, web: LocalWeb) -> None:
    web.routes["/feed.atom"].etag = None
    poll_feeds(store, [web.url("/feed.atom")], fetcher=quick_fetcher(), now=T1)
    second = poll_feeds(store, [web.url("/feed.atom")], fetcher=quick_fetcher(), now=T2)
    assert second.not_modified == 1
    headers = web.seen("/feed.atom")[1].headers
    assert headers["if-modified-since"] == "Mon, 20 May 2024 07:00:00 GMT"
    assert "if-none-match" not in headers


def test_feed_failures_are_recorded_and_change_nothing(store: Store, web: LocalWeb) -> None:
    feed = web.url("/feed.rss")
    poll_feeds(store, [feed], fetcher=quick_fetcher(), now=T1)
    before = snapshot(store)
    route = web.routes["/feed.rss"]
    route.statuses = [500, 500]
    failed = poll_feeds(store, [feed], fetcher=quick_fetcher(), now=T2)
    assert [str(f) for f in failed.report.failures] == [
        f"{feed}: server answered 500 Internal Server Error (after 2 tries)"
    ]
    assert failed.feeds_failed == 1
    assert snapshot(store) == before
    state = get_feed(store, feed)
    assert state is not None
    assert (state.last_success, state.last_error_at, state.errors_in_row, state.healthy) == (T1, T2, 1, False)
    assert state.last_error == "server answered 500 Internal Server Error (after 2 tries)"

    route.delay = 1.0
    slow = poll_feeds(store, [feed], fetcher=quick_fetcher(), now=T3)
    assert [f.reason for f in slow.report.failures] == ["no answer within 0.3 seconds (after 2 tries)"]
    route.delay = 0.0
    route.etag = '"broken"'
    route.body = b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut'
    broken = poll_feeds(store, [feed], fetcher=quick_fetcher(), now=T3 + timedelta(minutes=15))
    assert [f.reason for f in broken.report.failures] == [
        "feed is not well-formed XML (no element found at line 1, column 82) and no entry could be read"
    ]
    assert snapshot(store) == before
    state = get_feed(store, feed)
    assert state is not None
    assert (state.errors_in_row, state.last_success) == (3, T1)

    route.body, route.etag = b"", None
    web.add_file("/feed.rss", "rss.xml", "application/rss+xml")
    recovered = poll_feeds(store, [feed], fetcher=quick_fetcher(), now=T3 + timedelta(minutes=30))
    assert recovered.report.ok
    assert recovered.report.articles == 0  # its entries were all seen before the outage
    state = get_feed(store, feed)
    assert state is not None
    assert (state.healthy, state.errors_in_row, state.last_success) == (True, 0, T3 + timedelta(minutes=30))


def test_an_entry_whose_page_fails_is_retried_then_given_up(store: Store, web: LocalWeb) -> None:
    feed = web.url("/feed.rss")
    web.routes["/feed.rss"].etag = None
    web.routes["/feed.rss"].last_modified = None  # every poll gets the whole feed
    web.routes["/articles/opec.html"].statuses = [500] * 100
    moments = [T1 + timedelta(minutes=15 * n) for n in range(MAX_ENTRY_ATTEMPTS + 2)]
    reasons = []
    for moment in moments:
        result = poll_feeds(store, [feed], fetcher=quick_fetcher(), now=moment)
        reasons.append([f.reason for f in result.report.failures])
    page_error = "server answered 500 Internal Server Error (after 2 tries)"
    assert reasons == [[page_error]] * MAX_ENTRY_ATTEMPTS + [[], []]
    assert len(web.seen("/articles/opec.html")) == 2 * MAX_ENTRY_ATTEMPTS  # two tries per poll, then no more
    assert meeting_days(store) == ["2024-04-25"]  # the other entry was stored on the first poll
    state = get_feed(store, feed)
    assert state is not None
    assert (state.entries_seen, state.entries_ingested, state.healthy) == (2, 1, True)


def test_watch_polls_every_interval(store: Store, web: LocalWeb) -> None:
    ticks = iter([T1, T1 + timedelta(seconds=20), T2, T2 + timedelta(seconds=5), T3, T3])
    sleeps: list[float] = []
    rounds: list[tuple[int, int]] = []

    def on_round(number: int, result: PollReport) -> None:
        rounds.append((number, result.report.articles))

    last = watch(
        store,
        [web.url("/feed.rss")],
        fetcher=quick_fetcher(),
        every=timedelta(minutes=15),
        clock=lambda: next(ticks),
        sleep=sleeps.append,
        on_round=on_round,
        rounds=3,
    )
    assert rounds == [(1, 2), (2, 0), (3, 0)]
    assert sleeps == [880.0, 895.0]  # the interval less the time the round took
    assert last.not_modified == 1


def test_watch_once_and_sources_in_the_cli_and_the_api(
    runner: CliRunner, web: LocalWeb, client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_fetcher", lambda timeout, contact: quick_fetcher())
    web.routes["/down.rss"] = Route(statuses=[503, 503])
    empty = runner.invoke(main, ["sources"])
    assert empty.output == "no feeds watched yet (start with: diplocal watch FEED_URL)\n"

    ok = runner.invoke(main, ["watch", "--once", web.url("/feed.rss"), web.url("/feed.atom")])
    assert ok.exit_code == 0, ok.output
    assert ok.stdout == (
        "0 feeds unchanged, 4 new entries; 4 articles read (0 unchanged), 4 meetings found: "
        "4 new, 0 updated, 0 confirmed by another source; 0 failed\n"
    )
    bad = runner.invoke(main, ["watch", "--once", web.url("/feed.rss"), web.url("/down.rss")])
    assert bad.exit_code == 1
    assert bad.stderr == f"failed: {web.url('/down.rss')}: server answered 503 Service Unavailable (after 2 tries)\n"

    listing = runner.invoke(main, ["sources"])
    assert listing.exit_code == 0, listing.output
    lines = listing.output.splitlines()
    assert lines[0] == web.url("/down.rss")
    assert lines[1] == "  last success: never; entries seen: 0 (0 ingested)"
    assert lines[2].endswith(": server answered 503 Service Unavailable (after 2 tries) (1 in a row)")
    assert lines[3] == f"{web.url('/feed.atom')}  (Southern Cross Wire)"
    assert lines[4].endswith("; entries seen: 2 (2 ingested)")
    assert lines[5] == f"{web.url('/feed.rss')}  (Wire Desk: diplomacy)"

    as_json = json.loads(runner.invoke(main, ["sources", "--json"]).output)
    response = client.get("/api/sources")
    assert response.status_code == 200
    assert response.content_type == "application/json"
    assert response.get_json() == as_json
    down, _atom, rss = as_json["sources"]
    assert down["last_success"] is None
    assert down["last_error"] == "server answered 503 Service Unavailable (after 2 tries)"
    assert (down["healthy"], down["last_status"]) == (False, None)
    assert (rss["entries_seen"], rss["last_status"], rss["last_error"], rss["healthy"]) == (2, 304, None, True)
    assert rss["etag"] == web.routes["/feed.rss"].etag
    assert set(rss) == {
        "url", "title", "healthy", "last_polled", "last_status", "last_success", "last_error", "last_error_at",
        "errors_in_row", "entries_seen", "entries_ingested", "etag", "last_modified",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["watch", "--once", "feeds/world.xml"], "'feeds/world.xml' is not an http(s) URL"),
        (["watch", "--every", "10s", "https://x.example/rss"], "interval '10s' is shorter than 60 seconds"),
        (["watch"], "Missing argument 'FEEDS...'"),
    ],
)
def test_watch_usage_errors(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_sources_api_errors_use_the_one_shape(client: FlaskClient) -> None:
    response = client.post("/api/sources")
    assert response.status_code == 405
    assert response.get_json() == {
        "error": {"status": 405, "message": response.get_json()["error"]["message"], "parameter": None}
    }
    assert client.get("/api/sources").get_json() == {"sources": []}


def test_list_feeds_is_sorted_by_url(store: Store, web: LocalWeb) -> None:
    poll_feeds(store, [web.url("/feed.rss"), web.url("/feed.atom")], fetcher=quick_fetcher(), now=T1)
    assert [state.url for state in list_feeds(store)] == [web.url("/feed.atom"), web.url("/feed.rss")]


def test_sources_refuses_unknown_parameters(client: FlaskClient) -> None:
    response = client.get("/api/sources?stauts=ok")
    assert response.status_code == 400
    assert response.content_type == "application/json"
    assert response.get_json() == {
        "error": {
            "status": 400,
            "message": "unknown parameter 'stauts' (this route takes: none)",
            "parameter": "stauts",
        }
    }


def test_openapi_paths_describe_exactly_the_blueprint_routes(app: Flask) -> None:
    from diplocal.web.ingest_api import OPENAPI_PATHS

    served = {
        rule.rule: {m.lower() for m in (rule.methods or ()) - {"HEAD", "OPTIONS"}}
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("ingest_api.")
    }
    assert served == {path: set(operations) for path, operations in OPENAPI_PATHS.items()}


def test_watch_sends_the_contact_in_its_user_agent(runner: CliRunner, web: LocalWeb) -> None:
    web.routes["/empty.rss"] = Route(
        body=b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet desk</title></channel></rss>',
        content_type="application/rss+xml",
    )
    result = runner.invoke(
        main, ["watch", "--once", "--timeout", "5", "--contact", "https://desk.example/about", web.url("/empty.rss")]
    )
    assert result.exit_code == 0, result.output
    agent = web.seen("/empty.rss")[0].headers["user-agent"]
    assert agent.startswith("diplocal/")
    assert agent.endswith("(+https://desk.example/about)")
