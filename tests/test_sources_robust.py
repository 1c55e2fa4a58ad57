"""No input makes a reader crash: any bytes give an article or a one-line reason (Hypothesis)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplocal.errors import UnreadableArticle
from diplocal.model import Article, Failure
from diplocal.sources import read_sources
from diplocal.sources.feeds import Feed, parse_feed
from diplocal.sources.html import article_from_html, fragment_text

MARKUP = st.lists(
    st.sampled_from(
        [
            "<html>", "<head>", "<meta charset='utf-8'>", "<meta charset='latin-1'>", "<body>", "<article>", "<p>",
            "</p>", "<time datetime='2024-01-01'>", "</time>", "<script type='application/ld+json'>", "{", "}",
            '"datePublished": "x"', "<rss>", "<channel>", "<item>", "</item>", "<feed>", "<entry>", "<![CDATA[",
            "]]>", "&amp;", "&nbsp;", "\x00", "\ufeff", "é", "Ministers will meet in Geneva on May 2. ",
        ]
    )
    | st.text(max_size=40),
    max_size=40,
).map("".join)  # fmt: skip
BYTES = st.binary(max_size=600) | MARKUP.map(lambda text: text.encode("utf-8", "surrogatepass"))


def outcome(read: Callable[[], object]) -> object:
    """What ``read`` returns, or the one-line message of the UnreadableArticle it raises."""
    try:
        return read()
    except UnreadableArticle as error:
        message = str(error)
        assert message
        assert "\n" not in message
        return message


@settings(max_examples=60, deadline=None)
@given(BYTES)
def test_html_reader_never_crashes(data: bytes) -> None:
    result = outcome(lambda: article_from_html(data, where="page.html"))
    assert isinstance(result, str) or (isinstance(result, Article) and result.text.strip())


@settings(max_examples=60, deadline=None)
@given(BYTES)
def test_feed_reader_never_crashes(data: bytes) -> None:
    result = outcome(lambda: parse_feed(data, where="feed.xml"))
    assert isinstance(result, str) or (isinstance(result, Feed) and all(entry.key for entry in result.entries))


@settings(max_examples=60, deadline=None)
@given(MARKUP)
def test_fragment_text_never_crashes(markup: str) -> None:
    assert "\n\n" not in fragment_text(markup)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=BYTES, suffix=st.sampled_from([".txt", ".jsonl", ".html", ".xml", ".rss", ".atom", ".pdf"]))
def test_any_file_gives_articles_or_failures(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in read_sources([path]):
        assert isinstance(item, Article | Failure)
        if isinstance(item, Failure):
            assert item.reason
            assert "\n" not in item.reason
