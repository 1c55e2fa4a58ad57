"""End to end in a real browser: Debian's Chromium, driven by Playwright, against gunicorn.

The app runs under gunicorn (the production server) on a free loopback port with a fixed
store and "today" frozen at 5 January 2022. Screenshots land in test-artifacts/.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import ROOT, need
from webdata import fill_all

from diplocal.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = Path(os.environ.get("DIPLOCAL_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"
VIDEO = "NATO foreign ministers' extraordinary videoconference"
COUNCIL = "NATO-Russia Council"
MILITARY = "NATO Military Committee in Chiefs of Staff session"

WSGI = """\
from datetime import UTC, datetime

from diplocal.settings import Settings
from diplocal.web import create_app

settings = Settings(database_url={database!r}, base_url={base!r}, past_days=None)
app = create_app({{"SETTINGS": settings, "CLOCK": lambda: datetime(2022, 1, 5, 9, 0, tzinfo=UTC)}})
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer {url} within 30 s:\n{log.read_text()}")


@contextmanager
def gunicorn_serving(tmp_path: Path, name: str, database: str, *options: str) -> Iterator[str]:
    """The app on ``database`` under gunicorn on a free loopback port (its frozen clock, see
    WSGI); yields the base URL, stops the server whatever happens."""
    base = f"http://127.0.0.1:{free_port()}"
    (tmp_path / f"{name}.py").write_text(WSGI.format(database=database, base=base), encoding="utf-8")
    log = tmp_path / "gunicorn.log"
    with log.open("wb") as output:
        command = [sys.executable, "-m", "gunicorn", "--chdir", str(tmp_path), "--bind", base.removeprefix("http://")]
        process = subprocess.Popen([*command, *options, f"{name}:app"], stdout=output, stderr=subprocess.STDOUT)
    try:
        wait_until_up(base + "/api/openapi.json", process, log)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """The app under gunicorn on 127.0.0.1; its base URL and the ids of its meetings."""
    need(CHROMIUM.exists(), f"Chromium at {CHROMIUM} (.ci/install.d/30-chromium.sh)")
    need(importlib.util.find_spec("playwright") is not None, "Playwright for Python (the test extra)")
    database = f"sqlite:///{tmp_path / 'browser.db'}"
    store = Store.open(database)
    ids = fill_all(store)
    store.close()
    options = ("--workers", "1", "--worker-class", "gthread", "--threads", "4", "--access-logfile", "-")
    with gunicorn_serving(tmp_path, "browser_app", database, *options) as base:
        yield base, ids


def launch(playwright: Any, profile: Path, **options: Any) -> Any:
    """Chromium from Debian with a fresh profile and nothing that reaches the network."""
    return playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=str(CHROMIUM),
        args=CHROMIUM_ARGS,
        headless=True,
        accept_downloads=True,
        locale="en-GB",
        **options,
    )


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"browser-{name}.png"), full_page=True)


def titles(page: Any) -> list[str]:
    return [text.strip() for text in page.locator("li.meeting h3").all_inner_texts()]


def test_filter_follow_a_meeting_and_take_it_home(server: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    base, ids = server
    problems: list[str] = []
    with sync_playwright() as playwright:
        context = launch(playwright, tmp_path / "profile", timezone_id="America/New_York")
        try:
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
            page = context.new_page()
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None)

            page.goto(base + "/")
            assert page.locator("h1").inner_text() == "Upcoming diplomatic meetings"
            assert titles(page)[:2] == [VIDEO, "Russia-US security talks"]
            assert page.locator("li.meeting").count() == 8
            # A wide screen has room for the filters and the subscribe links, open beside the list.
            assert page.locator("#filters-panel").evaluate("e => e.open")
            assert page.locator("#subscribe-panel").evaluate("e => e.open")
            meetings_box = page.locator(".results").bounding_box()
            tools_box = page.locator(".tools").bounding_box()
            assert meetings_box is not None
            assert tools_box is not None
            assert tools_box["x"] > meetings_box["x"] + meetings_box["width"] - 1
            # The script added the viewer's time (New York) beside the venue's (Brussels).
            japan = page.locator("li.meeting", has_text="EU-Japan ministerial")
            assert "15:00–17:00 CET" in japan.inner_text()
            local = japan.locator(".local-time").inner_text().strip()
            assert local.startswith("(your time: Tue 1 Feb, 09:00 "), local  # then "EST" or "GMT-5", by ICU data
            shot(page, "1-index")

            page.select_option("#filter-org", "NATO")
            page.click("#filter-submit")
            page.wait_for_url("**/?org=NATO*")
            assert titles(page) == [VIDEO, MILITARY, COUNCIL]  # NATO with its Military Committee
            feed = page.input_value("#feed-url")
            assert feed == base + "/calendar.ics?org=NATO"
            assert page.get_attribute("#subscribe-webcal", "href") == feed.replace("http://", "webcal://")
            page.click("button.copy")
            assert page.evaluate("navigator.clipboard.readText()") == feed
            shot(page, "2-filtered")

            page.click(f"text={COUNCIL}")
            page.wait_for_url(f"**/meetings/{ids[COUNCIL]}")
            assert page.locator("h1").inner_text() == COUNCIL
            assert (
                "The NATO-Russia Council is to convene in Brussels on January 12."
                in page.locator("blockquote").all_inner_texts()
            )
            google = urlsplit(page.get_attribute("#meeting-google", "href") or "")
            assert (google.scheme, google.netloc, google.path) == ("https", "calendar.google.com", "/calendar/render")
            query = parse_qs(google.query)
            assert query["action"] == ["TEMPLATE"]
            assert query["text"] == [COUNCIL]
            assert query["dates"] == ["20220112/20220113"]
            assert query["location"] == ["Brussels"]
            shot(page, "3-meeting")

            with page.expect_download() as downloading:
                page.click("#meeting-ics")
            download = downloading.value
            assert download.suggested_filename == f"meeting-{ids[COUNCIL]}.ics"
            ics = Path(download.path()).read_bytes().decode("utf-8")
            unfolded = ics.replace("\r\n ", "")
            assert unfolded.startswith("BEGIN:VCALENDAR\r\n")
            assert f"UID:{ids[COUNCIL]}@127.0.0.1\r\n" in unfolded
            assert "SUMMARY:NATO-Russia Council\r\n" in unfolded
            assert "DTSTART;VALUE=DATE:20220112\r\n" in unfolded
            assert unfolded.count("BEGIN:VEVENT") == 1

            page.set_viewport_size({"width": 390, "height": 844})  # a phone
            page.goto(base + "/")
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            # Meetings first: the first meeting's title is on the first screen, the filters and
            # the subscribe links are folded into a line each above it.
            assert page.evaluate("window.scrollY") == 0
            first = page.locator("li.meeting h3").first.bounding_box()
            assert first is not None
            assert first["y"] + first["height"] <= 844, first
            assert not page.locator("#filters-panel").evaluate("e => e.open")
            assert not page.locator("#subscribe-panel").evaluate("e => e.open")
            assert not page.locator("#filter-org").is_visible()
            page.click("#filters-panel summary")
            assert page.locator("#filter-org").is_visible()
            shot(page, "4-phone")
        finally:
            context.close()
    # No script error, no blocked inline code (CSP violations are console errors), nothing missing.
    assert problems == []


def test_the_page_works_with_javascript_off(server: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    base, ids = server
    with sync_playwright() as playwright:
        context = launch(playwright, tmp_path / "profile-nojs", java_script_enabled=False)
        try:
            page = context.new_page()
            page.goto(base + "/")
            assert page.locator(".local-time").count() == 0
            assert not page.locator("button.copy").is_visible()  # it needs the script, so it stays hidden
            page.click("#filters-panel summary")  # folded without the script, open at a click
            page.select_option("#filter-country", "RU")
            page.click("#filter-submit")
            page.wait_for_url("**/?*country=RU*")
            assert titles(page) == ["Russia-US security talks", COUNCIL]
            assert page.input_value("#feed-url") == base + "/calendar.ics?country=RU"
            page.click("text=Russia-US security talks")
            page.wait_for_url(f"**/meetings/{ids['Russia-US security talks']}")
            assert page.get_attribute("#meeting-ics", "href") == f"/meetings/{ids['Russia-US security talks']}.ics"
            shot(page, "5-no-javascript")
        finally:
            context.close()


def cell(page: Any, day: str) -> Any:
    return page.locator(f'td[data-day="{day}"]')


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)], ids=["desktop", "phone"])
def test_a_month_at_a_glance(server: tuple[str, dict[str, str]], tmp_path: Path, width: int, height: int) -> None:
    from playwright.sync_api import sync_playwright

    base, _ids = server
    problems: list[str] = []
    with sync_playwright() as playwright:
        context = launch(playwright, tmp_path / "profile-month", viewport={"width": width, "height": height})
        try:
            page = context.new_page()
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None)
            page.goto(base + "/")
            page.click("header nav >> text=Month")
            page.wait_for_url("**/month/2022-01")
            assert page.locator("h1").inner_text() == "January 2022"
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            twelfth = cell(page, "2022-01-12")
            assert twelfth.is_visible()
            assert COUNCIL in twelfth.inner_text()
            assert MILITARY in twelfth.inner_text()
            assert "(continued)" in cell(page, "2022-01-13").inner_text()
            if width > 800:  # a grid: the days of a week side by side, under their weekday
                headers = [page.locator("table.month th").nth(n).bounding_box() for n in range(7)]
                assert all(h is not None for h in headers)
                xs = [h["x"] for h in headers if h]
                assert xs == sorted(xs)
                assert len({round(h["y"]) for h in headers if h}) == 1
                monday, tuesday = cell(page, "2022-01-10").bounding_box(), cell(page, "2022-01-11").bounding_box()
                assert monday is not None
                assert tuesday is not None
                assert tuesday["x"] > monday["x"]
                assert abs(tuesday["y"] - monday["y"]) < 1
                assert cell(page, "2022-01-14").is_visible()  # an empty day is a cell of the grid
            else:  # a phone: the days that hold meetings, one under the other, named in full
                assert not page.locator("table.month thead").is_visible()
                assert not cell(page, "2022-01-14").is_visible()  # nothing that day
                assert cell(page, "2022-01-05").is_visible()  # today stays, empty or not
                assert twelfth.inner_text().startswith("Wed 12")
                first = page.locator("ul.day-meetings a").first.bounding_box()
                assert first is not None
                assert first["y"] + first["height"] <= height
            shot(page, f"6-month-{width}")

            if width <= 800:  # folded on a phone
                page.click("#filters-panel summary")
            page.select_option("#filter-org", "NATO")
            page.click("#filter-submit")
            page.wait_for_url("**/month/2022-01?org=NATO*")
            assert "Russia-US security talks" not in page.locator("table.month").inner_text()
            page.click("#month-next")
            page.wait_for_url("**/month/2022-02?org=NATO")  # the filters are kept
            assert page.locator("h1").inner_text() == "February 2022"
            page.click("#month-previous")
            page.click("#month-previous")
            page.wait_for_url("**/month/2021-12?org=NATO")
            page.goto(base + "/month/2022-02")
            assert "EU-Japan ministerial" in cell(page, "2022-02-01").inner_text()
            assert "15:00" in cell(page, "2022-02-01").inner_text()
        finally:
            context.close()
    assert problems == []


@pytest.fixture
def story_server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """A meeting announced, moved, then cancelled, under gunicorn; its base URL and database."""
    need(CHROMIUM.exists(), f"Chromium at {CHROMIUM} (.ci/install.d/30-chromium.sh)")
    need(importlib.util.find_spec("playwright") is not None, "Playwright for Python (the test extra)")
    from fixtures.news import life_of_a_meeting

    database = f"sqlite:///{tmp_path / 'story.db'}"
    store = Store.open(database)
    for source, found in life_of_a_meeting():
        store.ingest(source, found)
    store.close()
    with gunicorn_serving(tmp_path, "story_app", database, "--workers", "1") as base:
        yield base, database


def test_what_changed_in_words_and_since_the_last_visit(story_server: tuple[str, str], tmp_path: Path) -> None:
    from fixtures.news import article, sighting
    from playwright.sync_api import sync_playwright

    base, database = story_server
    with sync_playwright() as playwright:
        context = launch(playwright, tmp_path / "profile-changes")
        try:
            page = context.new_page()
            page.goto(base + "/")
            page.click("header nav >> text=What changed")
            page.wait_for_url("**/changes")
            entries = [text.strip() for text in page.locator("li.change").all_inner_texts()]
            assert entries[1].startswith(
                "NATO foreign ministers' meeting: moved from 10 Apr to 12 Apr, on the word of Reuters"
            ), entries
            assert page.locator("li.change.new").count() == 0  # a first visit: nothing to compare with
            assert page.get_attribute("#changes-atom", "href") == "/changes.atom"
            shot(page, "7-changes")

            later = article("f-new", "2022-03-25T10:00:00", "AFP", "G20 finance ministers meet in Rome on May 5.")
            store = Store.open(database)
            store.ingest(later, [sighting(later, "G20 finance ministers' meeting", "2022-05-05", location="Rome")])
            store.close()
            page.reload()
            fresh = page.locator("li.change.new")
            assert fresh.count() == 1
            assert (
                fresh.inner_text()
                .strip()
                .startswith("G20 finance ministers' meeting: announced for 5 May 2022 in Rome")
            )
            page.reload()
            assert page.locator("li.change.new").count() == 0  # seen now
        finally:
            context.close()


def test_arabic_evidence_reads_right_to_left(tmp_path: Path) -> None:
    """An Arabic quote is laid out right to left (its bar on the right), an English one left
    to right, on the same meeting page."""
    need(CHROMIUM.exists(), f"Chromium at {CHROMIUM} (.ci/install.d/30-chromium.sh)")
    from dataclasses import replace

    from fixtures.news import article, sighting
    from playwright.sync_api import sync_playwright

    database = f"sqlite:///{tmp_path / 'languages.db'}"
    store = Store.open(database)
    english = article(
        "en-1", "2022-01-04T08:00:00", "Wire", "Arab League foreign ministers meet in Cairo on February 6."
    )
    arabic = replace(
        article("ar-1", "2022-01-04T09:00:00", "Akhbar", "يعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة."),
        language="ar",
    )
    [meeting_id] = store.ingest(english, [sighting(english, "Arab League meeting", "2022-02-06", location="Cairo")]).new
    found = sighting(arabic, "Arab League meeting", "2022-02-06", location="Cairo")
    assert store.ingest(arabic, [replace(found, title_original="اجتماع طارئ")]).confirmed == [meeting_id]
    store.close()
    with gunicorn_serving(tmp_path, "languages_app", database, "--workers", "1") as base, sync_playwright() as pw:
        context = launch(pw, tmp_path / "profile-languages")
        try:
            page = context.new_page()
            page.goto(f"{base}/meetings/{meeting_id}")
            quotes = page.locator("blockquote")
            assert quotes.count() == 2
            laid_out = quotes.evaluate_all(
                """quotes => quotes.map(q => {
                    const style = getComputedStyle(q);
                    return [q.lang, style.direction, style.borderRightWidth, style.borderLeftWidth];
                })"""
            )
            assert laid_out == [["en", "ltr", "0px", "4px"], ["ar", "rtl", "4px", "0px"]]
            shot(page, "8-arabic-evidence")
        finally:
            context.close()
