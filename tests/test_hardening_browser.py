"""Hostile article text in a real browser: no script from it runs, no javascript: link exists.

Every field an article or its meetings can carry holds a payload that would set
``window.__pwned`` if it ever became markup. The pages are loaded in Chromium twice: as served
(the Content-Security-Policy would block inline script anyway) and with the policy bypassed,
so the escaping itself is what is tested. The payloads must show up as visible text.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from conftest import need
from test_browser import CHROMIUM, gunicorn_serving, launch
from webdata import fill_all

from diplocal.model import Article, Evidence, Meeting
from diplocal.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def payload(where: str) -> str:
    return f"window.__pwned = (window.__pwned || []).concat('{where}')"


PWNING = Article(
    id="pwn-1",
    title=f'<img src=x onerror="{payload("article-title")}">',
    text="(test article)",
    published=datetime(2022, 1, 5, 7, 0, tzinfo=UTC),
    url=f"javascript:{payload('article-url')}",
    publisher=f"<script>{payload('publisher')}</script>",
)
JAVASCRIPT_URLS = [
    f"javascript:{payload('article-url')}",
    f" JaVaScRiPt:{payload('spaced-url')}",
    f"java\tscript:{payload('tab-url')}",
    f"data:text/html,<script>{payload('data-url')}</script>",
]


def pwning_meetings() -> list[Meeting]:
    evidence = (
        Evidence(
            PWNING.id,
            f'They meet <a href="javascript:{payload("evidence-link")}">here</a> '
            f'<script>{payload("evidence")}</script> <svg onload="{payload("svg")}"></svg>',
            PWNING.url,
            PWNING.publisher,
            PWNING.published,
            PWNING.title,
        ),
    )
    return [
        Meeting(
            title=f"<script>{payload('title')}</script>Pwn summit",
            start=date(2022, 1, 21),
            end=date(2022, 1, 21),
            location=f'<img src=x onerror="{payload("location")}">',
            participants=(f'<iframe src="javascript:{payload("iframe")}"></iframe>',),
            organisations=(f'"><script>{payload("org")}</script>',),
            countries=("ZZ",),
            kind=f'<b onmouseover="{payload("kind")}">summit</b>',
            confidence=0.6,
            evidence=evidence,
        )
    ]


def other_sources() -> list[tuple[Article, list[Meeting]]]:
    """More articles on the same meeting, each with another javascript: or data: URL."""
    found = []
    for n, url in enumerate(JAVASCRIPT_URLS[1:], start=2):
        article = Article(
            id=f"pwn-{n}",
            title=f"Source {n}",
            text="(test article)",
            published=datetime(2022, 1, 5, 7, n, tzinfo=UTC),
            url=url,
            publisher="Wire",
        )
        evidence = (Evidence(article.id, f"Source {n} says so.", url, "Wire", article.published, article.title),)
        found.append((article, [replace(pwning_meetings()[0], evidence=evidence)]))
    return found


@pytest.fixture
def hostile_server(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """The app under gunicorn with the hostile meeting stored; its base URL and the meeting's id."""
    need(CHROMIUM.exists(), f"Chromium at {CHROMIUM} (.ci/install.d/30-chromium.sh)")
    need(importlib.util.find_spec("playwright") is not None, "Playwright for Python (the test extra)")
    database = f"sqlite:///{tmp_path / 'hostile.db'}"
    store = Store.open(database)
    fill_all(store)
    [meeting_id] = store.ingest(PWNING, pwning_meetings()).new
    for article, meetings in other_sources():
        store.ingest(article, meetings)
    assert len(store.get(meeting_id).meeting.evidence) == len(JAVASCRIPT_URLS)
    store.close()
    with gunicorn_serving(tmp_path, "hostile_app", database, "--workers", "1") as base:
        yield base, meeting_id


INERT_CHECK = """() => {
  const all = [...document.querySelectorAll('*')];
  return {
    pwned: window.__pwned || null,
    handlers: all.flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
    inlineScripts: [...document.scripts].filter(s => !s.src).length,
    foreignScripts: [...document.scripts].map(s => s.src).filter(src => src && !src.includes('/static/')),
    badLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
      .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || e.getAttribute('formaction'))
      .filter(v => /^\\s*(javascript|data|vbscript)\\s*:/i.test(v.replace(/[\\t\\n\\r]/g, ''))),
    frames: document.querySelectorAll('iframe, frame, object, embed').length,
    text: document.body.innerText,
  };
}"""


def pages(base: str, meeting_id: str) -> list[str]:
    script = quote(f"<script>{payload('query')}</script>")
    image = quote(f'"><img src=x onerror="{payload("reflected")}">')
    return [
        "/",
        "/?from=2022-01-01",
        f"/meetings/{meeting_id}",
        f"/?q={script}",
        f"/?place={image}",
        f"/?org={quote(pwning_meetings()[0].organisations[0])}",
        f"/?limit={script}",  # a 400 page quoting the value
        f"/nowhere{script}",  # a 404 page naming the path
        f"/month/{pwning_meetings()[0].start:%Y-%m}",  # the month holding it
        f"/month/{pwning_meetings()[0].start:%Y-%m}?q={script}",
        "/changes",  # its history, in words
        f"/month/{script}",  # a 400 page quoting the month
    ]


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["as-served", "csp-bypassed"])
def test_no_script_from_article_text_runs(hostile_server: tuple[str, str], tmp_path: Path, bypass_csp: bool) -> None:
    from playwright.sync_api import sync_playwright

    base, meeting_id = hostile_server
    dialogs: list[str] = []
    with sync_playwright() as playwright:
        context = launch(playwright, tmp_path / "profile", bypass_csp=bypass_csp)
        try:
            page = context.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            seen: dict[str, Any] = {}
            for path in pages(base, meeting_id):
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                page.mouse.move(10, 10)
                for heading in page.locator("h1, h3, blockquote, li").all()[:40]:
                    heading.hover(timeout=2000)  # mouseover handlers, were there any
                seen[path] = page.evaluate(INERT_CHECK)
        finally:
            context.close()
    for path, found in seen.items():
        assert found["pwned"] is None, (path, found["pwned"])
        assert found["handlers"] == [], path
        assert found["inlineScripts"] == 0, path
        assert found["foreignScripts"] == [], path
        assert found["badLinks"] == [], path
        assert found["frames"] == 0, path
    assert dialogs == []
    # The payloads are shown as text: escaped, not dropped.
    meeting_text = seen[f"/meetings/{meeting_id}"]["text"]
    assert f"<script>{payload('title')}</script>Pwn summit" in meeting_text
    assert f'<img src=x onerror="{payload("location")}">' in meeting_text
    assert f"<script>{payload('evidence')}</script>" in meeting_text
    assert f"<script>{payload('query')}</script>" in seen[pages(base, meeting_id)[6]]["text"]  # the 400 page
    month = seen[pages(base, meeting_id)[8]]["text"]
    assert f"<script>{payload('title')}</script>Pwn summit" in month
    assert f"<script>{payload('title')}</script>Pwn summit" in seen["/changes"]["text"]
    assert f"<script>{payload('query')}</script>" in seen[pages(base, meeting_id)[11]]["text"]
