"""`diplocal ingest` over files, folders and URLs: meetings found, failures reported, store kept."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sources.localweb import (
    HERE,
    LocalWeb,
    Route,
    fake_meetings,
    local_copy,
    quick_fetcher,
    serve_test_sources,
)

from diplocal import cli
from diplocal.cli import main
from diplocal.query import MeetingQuery
from diplocal.store import Store

SUMMARY_BAD = (
    "0 articles read (0 unchanged), 0 meetings found: 0 new, 0 updated, 0 confirmed by another source; 1 failed\n"
)

# (meeting day, place, publication time of its article as stored): every date is from metadata.
EXPECTED = [
    ("2024-02-17", "Addis Ababa", datetime(2024, 2, 5, 7, 30, tzinfo=UTC)),  # Atom entry with full content
    ("2024-03-14", "Brussels", datetime(2024, 3, 10, 8, 0, tzinfo=UTC)),  # article:published_time
    ("2024-04-25", "Vientiane", datetime(2024, 4, 15, 9, 0, tzinfo=UTC)),  # RSS entry with content:encoded
    ("2024-06-01", "Vienna", datetime(2024, 5, 20, 6, 45, tzinfo=UTC)),  # RSS teaser: page fetched
    ("2024-06-13", "Brussels", datetime(2024, 5, 28, 12, 15, tzinfo=UTC)),  # JSON-LD datePublished (+02:00)
    ("2024-09-12", "Rome", datetime(2024, 9, 2, 8, 30, tzinfo=UTC)),  # <time datetime> in the byline
    ("2024-10-24", "Brasilia", datetime(2024, 10, 14, 12, 0, tzinfo=UTC)),  # Atom teaser: page fetched
]


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    with LocalWeb() as server:
        serve_test_sources(server)
        yield server


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real extractor is being written; this stand-in finds "X will meet in P on Month D"."""
    monkeypatch.setattr("diplocal.ingest.meetings_from_article", fake_meetings)


@pytest.fixture
def quick_cli_fetcher(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fetcher with short timeouts, one retry, no waiting and a 64 KiB limit, for the CLI."""
    monkeypatch.setattr(cli, "_fetcher", lambda timeout, contact: quick_fetcher())


def stored(db_url: str) -> list[tuple[str, str, datetime]]:
    store = Store.open(db_url)
    try:
        found = store.find(MeetingQuery(start=date(2000, 1, 1)))
    finally:
        store.close()
    rows = []
    for item in found:
        (source,) = item.meeting.evidence
        assert source.published is not None
        rows.append((item.meeting.start.isoformat(), item.meeting.location or "", source.published))
    return rows


def snapshot(db_url: str) -> tuple[int, int, str]:
    """What must not change when bad input is read: articles, meetings, and the store's version."""
    store = Store.open(db_url)
    try:
        return len(store.article_hashes()), store.count(), store.version()
    finally:
        store.close()


@pytest.mark.usefixtures("fake_extractor", "quick_cli_fetcher")
def test_ingest_urls_of_pages_and_feeds(runner: CliRunner, db_url: str, web: LocalWeb) -> None:
    paths = [
        "/feed.rss",
        "/feed.atom",
        "/articles/page_meta.html",
        "/articles/page_jsonld.html",
        "/articles/page_time.html",
    ]
    result = runner.invoke(main, ["ingest", *[web.url(path) for path in paths]])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "7 articles read (0 unchanged), 7 meetings found: 7 new, 0 updated, 0 confirmed by another source; 0 failed"
    ]
    assert result.stderr == ""  # no progress noise when stderr is not a terminal
    assert sorted(stored(db_url)) == EXPECTED
    # The full-text entries were not fetched; the teasers' pages were, once each.
    assert web.seen("/articles/asean.html") == []
    assert len(web.seen("/articles/opec.html")) == 1
    assert len(web.seen("/articles/g20.html")) == 1

    again = runner.invoke(main, ["ingest", *[web.url(path) for path in paths]])
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith("7 articles read (7 unchanged), 0 meetings found: 0 new")


@pytest.mark.usefixtures("fake_extractor", "quick_cli_fetcher")
def test_ingest_local_pages_feeds_and_folders(runner: CliRunner, db_url: str, web: LocalWeb, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("page_meta.html", "page_jsonld.html", "page_time.html", "rss.xml", "atom.xml"):
        local_copy(name, web.base, folder)
    result = runner.invoke(main, ["ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert sorted(stored(db_url)) == EXPECTED


@pytest.mark.usefixtures("fake_extractor")
def test_ingest_jsonl_and_text_still_work(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text(
        '{"id": "w1", "title": "Talks", "published": "2024-01-02T10:00:00Z", '
        '"text": "Envoys will meet in Doha on January 9 to discuss a truce."}\n'
    )
    text = tmp_path / "note.txt"
    text.write_text("published: 2024-01-03\n\nSummit\nLeaders will meet in Lima on January 20 for a summit.\n")
    result = runner.invoke(main, ["ingest", str(jsonl), str(text)])
    assert result.exit_code == 0, result.output
    assert sorted((day, place) for day, place, _ in stored(db_url)) == [("2024-01-09", "Doha"), ("2024-01-20", "Lima")]


@pytest.mark.usefixtures("fake_extractor", "quick_cli_fetcher")
def test_progress_bar_on_a_terminal(runner: CliRunner, web: LocalWeb, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_on_terminal", lambda: True)
    result = runner.invoke(main, ["ingest", web.url("/articles/page_meta.html"), web.url("/articles/page_time.html")])
    assert result.exit_code == 0, result.output
    assert "Reading" in result.stderr
    assert result.stdout.startswith("2 articles read")


def bad_inputs(web: LocalWeb, folder: Path) -> list[tuple[str, str]]:
    """(input, the one-line reason the report must give) for each kind of bad input."""
    files = {
        "empty.txt": b"",
        "empty.html": b"",
        "empty.jsonl": b"",
        "binary.txt": b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20,
        "binary.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20,
        "latin1.txt": "Réunion\n\nLes ministres se réuniront à Genève.".encode("latin-1"),
        "latin1.html": "<html><body><p>Réunion des ministres à Genève.</p></body></html>".encode("latin-1"),
        "malformed.xml": (HERE / "malformed.xml").read_bytes(),
        "no-article.html": (HERE / "page_no_article.html").read_bytes(),
        "huge.html": b"<html><body><p>" + b"word " * 1_100_000 + b"</p></body></html>",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    web.routes["/down.rss"] = Route(statuses=[500, 500])
    web.routes["/slow.rss"] = Route(body=b"<rss/>", delay=1.0)
    web.routes["/huge.html"] = Route(body=b"<html><body>" + b"<p>word</p>" * 10_000 + b"</body></html>")
    return [
        (str(folder / "empty.txt"), "file is empty (first line: the title; then the text)"),
        (str(folder / "empty.html"), "file is empty"),
        (str(folder / "empty.jsonl"), "file is empty (no JSON lines)"),
        (str(folder / "binary.txt"), "file is binary, not text (give a UTF-8 text file)"),
        (str(folder / "binary.html"), "file is binary, not HTML"),
        (str(folder / "latin1.txt"), "file is not UTF-8 (bad byte at offset 1) (convert it with iconv -t UTF-8)"),
        (
            str(folder / "latin1.html"),
            "page is not valid utf-8 (no charset declared; bad byte at offset 16) "
            "(declare its charset with <meta charset=...>)",
        ),
        (
            str(folder / "malformed.xml"),
            "feed is not well-formed XML (no element found at line 7, column 0) and no entry could be read",
        ),
        (
            str(folder / "no-article.html"),
            "no article text found in the page (42 characters of main text) "
            "(give the URL of an article page, not an index or a feed)",
        ),
        (str(folder / "huge.html"), f"file is {len(files['huge.html'])} bytes, over the 5242880-byte limit"),
        (str(folder / "missing.txt"), "no such file or folder"),
        (web.url("/down.rss"), "server answered 500 Internal Server Error (after 2 tries)"),
        (web.url("/slow.rss"), "no answer within 0.3 seconds (after 2 tries)"),
        (web.url("/huge.html"), f"response is {len(web.routes['/huge.html'].body)} bytes, over the 65536-byte limit"),
        (
            web.url("/articles/page_no_article.html"),
            "no article text found in the page (42 characters of main text) "
            "(give the URL of an article page, not an index or a feed)",
        ),
    ]


@pytest.mark.usefixtures("fake_extractor", "quick_cli_fetcher")
def test_bad_input_is_reported_in_one_line_and_changes_nothing(
    runner: CliRunner, db_url: str, web: LocalWeb, tmp_path: Path
) -> None:
    good = runner.invoke(main, ["ingest", web.url("/articles/page_meta.html")])
    assert good.exit_code == 0, good.output
    before = snapshot(db_url)
    assert before[:2] == (1, 1)
    for source, reason in bad_inputs(web, tmp_path):
        result = runner.invoke(main, ["ingest", source])
        assert result.exit_code == 1, (source, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.stderr == f"failed: {source}: {reason}\n", source
        assert result.stdout == SUMMARY_BAD
        assert snapshot(db_url) == before, source


@pytest.mark.usefixtures("fake_extractor", "quick_cli_fetcher")
def test_one_bad_input_does_not_sink_the_batch(runner: CliRunner, db_url: str, web: LocalWeb, tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = runner.invoke(main, ["ingest", str(empty), web.url("/articles/page_time.html"), web.url("/down.rss")])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"failed: {empty}: file is empty",
        f"failed: {web.url('/down.rss')}: server answered 404 Not Found",
    ]
    assert result.stdout.startswith("1 article read (0 unchanged), 1 meeting found: 1 new")
    assert [(day, place) for day, place, _ in stored(db_url)] == [("2024-09-12", "Rome")]


@pytest.mark.usefixtures("quick_cli_fetcher")
def test_end_to_end_with_the_real_extractor(runner: CliRunner, db_url: str, web: LocalWeb) -> None:
    paths = [
        "/feed.rss",
        "/feed.atom",
        "/articles/page_meta.html",
        "/articles/page_jsonld.html",
        "/articles/page_time.html",
    ]
    result = runner.invoke(main, ["ingest", *[web.url(path) for path in paths]])
    assert result.exit_code == 0, result.output
    found = stored(db_url)
    assert {(day, place) for day, place, _ in EXPECTED} <= {(day, place) for day, place, _ in found}
    # Whatever else it finds (the NATO summit "in Washington in July", say), every meeting is
    # dated against a publication time taken from metadata.
    assert {published for _, _, published in found} == {published for _, _, published in EXPECTED}
