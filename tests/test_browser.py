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
            # The script added the viewer's time (New York) beside the venue's (Brussels).
            japan = page.locator("li.meeting", has_text="EU-Japan ministerial")
            assert "15:00–17:00 CET" in japan.inner_text()
            local = japan.locator(".local-time").inner_text().strip()
            assert local.startswith("(your time: Tue 1 Feb, 09:00 "), local  # then "EST" or "GMT-5", by ICU data
            shot(page, "1-index")

            page.select_option("#filter-org", "NATO")
            page.click("#filter-submit")
            page.wait_for_url("**/?org=NATO*")
            assert titles(page) == [VIDEO, COUNCIL]
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
