"""The readers against hostile input, beyond test_sources_robust.py: any JSON on a JSONL line,
any header on a .txt, any publication date, XML entity attacks, files over the size limit."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplocal.errors import UnreadableArticle
from diplocal.model import Article, Failure
from diplocal.sources import read_sources
from diplocal.sources.feeds import parse_feed
from diplocal.sources.files import MAX_ARTICLE_BYTES, article_from_txt, jsonl_articles, parse_published
from diplocal.sources.html import article_from_html

T = TypeVar("T")
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
KEYS = ["id", "title", "text", "published", "url", "publisher", "language", "dateline"]
ROWS = st.dictionaries(st.sampled_from(KEYS), JSON, max_size=8) | JSON
DATES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-12:00", "2022-02-30", "2022-13-01", "10000-01-01",
            "0000-01-01", "February 30, 2022", "30 Feb 9999", "Tue, 04 Jan 2022 10:00:00 +9999", "1e999",
            "99999999999999999999", "2022-01-04T25:61:61Z", "\x00", "\u200f2022-01-04", "yesterday", "T",
        ]
    ),
)  # fmt: skip


def outcome(read: Callable[[], T]) -> T | str:
    """What ``read`` returns, or the one-line message of the UnreadableArticle it raises."""
    try:
        return read()
    except UnreadableArticle as error:
        message = str(error)
    assert message
    assert "\n" not in message
    return message


def one_line(failure: Failure) -> None:
    assert failure.reason
    assert "\n" not in failure.reason


@settings(max_examples=300, deadline=None)
@given(st.lists(ROWS, max_size=6), st.lists(st.sampled_from(["", " ", "{", "\x00", "\ufeff", "[1,"]), max_size=3))
def test_any_json_on_a_jsonl_line_is_an_article_or_a_failure(rows: list[object], junk: list[str]) -> None:
    lines = [json.dumps(row, allow_nan=True) for row in rows] + junk
    for item in jsonl_articles(io.StringIO("\n".join(lines) + "\n"), where="in.jsonl"):
        assert isinstance(item, Article | Failure)
        if isinstance(item, Failure):
            one_line(item)
        else:
            assert item.text.strip()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.sampled_from([*KEYS, "date", "source", "Published", "TITLE"]), DATES).map(": ".join),
            st.text(max_size=40),
            st.just(""),
        ),
        max_size=12,
    )
)
def test_any_header_block_is_an_article_or_one_reason(lines: list[str]) -> None:
    article = outcome(lambda: article_from_txt("\n".join(lines), source="in.txt", default_id="in"))
    if isinstance(article, Article):
        assert article.text.strip()
        assert article.published is None or article.published.tzinfo is not None


@settings(max_examples=500, deadline=None)
@given(DATES)
def test_any_publication_date_is_a_moment_or_one_reason(value: str) -> None:
    moment = outcome(lambda: parse_published(value, where="published"))
    assert moment is None or isinstance(moment, str) or moment.tzinfo is not None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".jsonl", ".html", ".htm", ".xml"]))
def test_bytes_with_a_bom_or_nul_are_failures_never_crashes(tmp_path: Path, data: bytes, suffix: str) -> None:
    for prefix in (b"\xef\xbb\xbf", b"\xff\xfe", b"\x00"):
        path = tmp_path / f"input{suffix}"
        path.write_bytes(prefix + data)
        for item in read_sources([path]):
            assert isinstance(item, Article | Failure)
            if isinstance(item, Failure):
                one_line(item)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".xml", ".rss"])
def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as stream:  # sparse: the limit is checked before reading
        stream.truncate(MAX_ARTICLE_BYTES + 1)
    [failure] = list(read_sources([path]))
    assert isinstance(failure, Failure)
    assert f"over the {MAX_ARTICLE_BYTES}-byte limit" in failure.reason


SECRET = Path("/etc/hostname")
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
<rss version="2.0"><channel><title>T &xxe;</title>
<item><title>Ministers meet &xxe;</title><link>https://news.example/a</link>
<description>Ministers will meet in Oslo on May 2. &xxe; &remote;</description>
<pubDate>Tue, 04 Jan 2022 10:00:00 GMT</pubDate></item></channel></rss>"""
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'.encode() for n in range(1, 10)
    )
    + b']><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
    b"<description>&lol9;</description><link>https://news.example/b</link></item></channel></rss>"
)


def test_xml_external_entities_are_never_read() -> None:
    secret = SECRET.read_text().strip() if SECRET.exists() else "no-such-secret"
    try:
        feed = parse_feed(XXE, where="feed.xml")
    except UnreadableArticle:
        return
    assert secret not in repr(feed)
    html = article_from_html(XXE.replace(b"rss", b"html"), where="page.html")
    assert secret not in html.text + html.title


def test_a_billion_laughs_is_not_expanded() -> None:
    started = time.monotonic()
    try:
        feed = parse_feed(LAUGHS, where="feed.xml")
    except UnreadableArticle:
        feed = None
    assert time.monotonic() - started < 30
    assert feed is None or len(repr(feed)) < 100_000
    with pytest.raises(UnreadableArticle):
        article_from_html(LAUGHS.replace(b"rss", b"html"), where="page.html")
