"""RSS and Atom feeds: entries, their dates and language, and pages fetched for teasers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sources.localweb import HERE

from diplocal.errors import UnreadableArticle
from diplocal.model import Article, Failure
from diplocal.sources.feeds import article_from_entry, looks_like_feed, parse_feed, read_feed

BASE = "https://wire.example"


def feed_bytes(name: str) -> bytes:
    return (HERE / name).read_bytes().replace(b"__BASE__", BASE.encode())


def test_rss_entries() -> None:
    feed = parse_feed(feed_bytes("rss.xml"), where="rss.xml")
    assert (feed.title, feed.language, feed.failures) == ("Wire Desk: diplomacy", "en", ())
    first, second = feed.entries
    assert first.key == "wire-desk-2024-0415-asean"  # the guid, not the link
    assert first.link == f"{BASE}/articles/asean.html"
    assert first.published == datetime(2024, 4, 15, 9, 0, tzinfo=UTC)
    assert first.full_text  # content:encoded carries the story
    assert first.text.startswith("ASEAN foreign ministers will meet in Vientiane on April 25 to discuss")
    assert second.key == f"{BASE}/articles/opec.html"
    assert not second.full_text  # a one-line description is a teaser
    assert second.text == "OPEC oil ministers meet in Vienna next month."


def test_atom_entries() -> None:
    feed = parse_feed(feed_bytes("atom.xml"), where="atom.xml")
    assert (feed.title, feed.language) == ("Southern Cross Wire", "en")
    first, second = feed.entries
    assert first.key == "tag:southern-cross.example,2024:au-summit"
    assert first.published == datetime(2024, 2, 5, 7, 30, tzinfo=UTC)
    assert first.full_text
    assert first.text.startswith("African Union leaders will meet in Addis Ababa on February 17 for the bloc's annual")
    assert (second.full_text, second.link) == (False, f"{BASE}/articles/g20.html")


def test_relative_links_resolve_against_the_feed_url() -> None:
    data = b'<rss version="2.0"><channel><item><link>/articles/x.html</link><title>X</title></item></channel></rss>'
    (entry,) = parse_feed(data, where="feed", base_url="https://desk.example/feeds/world.rss").entries
    assert entry.link == "https://desk.example/articles/x.html"


class Pages:
    """A stand-in page reader that records the URLs it was asked for."""

    def __init__(self, **articles: Article) -> None:
        self.articles = {f"{BASE}/articles/{name}.html": article for name, article in articles.items()}
        self.asked: list[str] = []

    def __call__(self, url: str) -> Article:
        self.asked.append(url)
        return self.articles[url]


OPEC_PAGE = Article(
    id=f"{BASE}/articles/opec.html",
    title="OPEC ministers to decide on output",
    text="OPEC oil ministers will meet in Vienna on June 1 to decide whether to extend their cuts.",
    published=datetime(2024, 5, 20, 6, 45, tzinfo=UTC),
    url=f"{BASE}/articles/opec.html",
    publisher="Wire Desk",
    language="en",
)


def test_teaser_entries_get_their_page_and_full_entries_do_not() -> None:
    pages = Pages(opec=OPEC_PAGE)
    articles = list(read_feed(feed_bytes("rss.xml"), where="rss.xml", read_page=pages))
    assert pages.asked == [f"{BASE}/articles/opec.html"]
    asean, opec = articles
    assert isinstance(asean, Article)
    assert isinstance(opec, Article)
    assert asean.id == f"{BASE}/articles/asean.html"
    assert asean.publisher == "Wire Desk: diplomacy"
    assert asean.source == f"{BASE}/articles/asean.html"  # a report names the entry, not only the feed
    assert opec.text == OPEC_PAGE.text
    assert opec.published == datetime(2024, 5, 20, 6, 45, tzinfo=UTC)
    assert opec.publisher == "Wire Desk"  # the page's own name wins over the feed's title


def test_entry_date_wins_and_fills_a_page_without_one() -> None:
    feed = parse_feed(feed_bytes("rss.xml"), where="rss.xml")
    undated = Article(id="x", title="", text="Ministers will meet in Vienna on June 1.", published=None)
    pages = Pages(opec=undated)
    article = article_from_entry(feed.entries[1], feed, source="rss.xml", read_page=pages)
    assert article.published == datetime(2024, 5, 20, 6, 45, tzinfo=UTC)
    assert article.published_basis is None
    assert article.title == "OPEC ministers to decide on output"  # the entry's title for a page without one


def test_language_comes_from_the_feed_when_the_page_declares_none() -> None:
    data = feed_bytes("rss.xml").replace(b"<language>en-us</language>", b"<language>fr-FR</language>")
    feed = parse_feed(data, where="rss.xml")
    assert feed.language == "fr"
    assert feed.entries[0].language == "fr"
    article = article_from_entry(feed.entries[0], feed, source="rss.xml")
    assert article.language == "fr"


def test_without_a_page_reader_a_teaser_is_used_as_it_is() -> None:
    feed = parse_feed(feed_bytes("rss.xml"), where="rss.xml")
    article = article_from_entry(feed.entries[1], feed, source="rss.xml")
    assert article.text == "OPEC oil ministers meet in Vienna next month."


def test_page_failures_become_entry_failures() -> None:
    def broken(url: str) -> Article:
        raise UnreadableArticle("no article text found in the page (3 characters of main text)", where=url)

    items = list(read_feed(feed_bytes("rss.xml"), where="rss.xml", read_page=broken))
    assert isinstance(items[0], Article)
    assert items[1] == Failure(
        f"{BASE}/articles/opec.html", "no article text found in the page (3 characters of main text)"
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "feed is empty"),
        (b"\x00\x01\x02\x03binary", "file is binary, not a feed"),
        (b"just some words", "not an RSS or Atom feed"),
        (b"<html><body><p>A page</p></body></html>", "not an RSS or Atom feed"),
        (
            (HERE / "malformed.xml").read_bytes(),
            "feed is not well-formed XML (no element found at line 7, column 0) and no entry could be read",
        ),
    ],
)
def test_unreadable_feeds(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableArticle) as caught:
        parse_feed(data, where="feed.xml")
    assert caught.value.message == reason
    assert list(read_feed(data, where="feed.xml")) == [Failure("feed.xml", reason)]


def test_a_feed_with_an_undefined_entity_is_still_read() -> None:
    data = (
        b'<rss version="2.0"><channel><title>Desk</title><item><title>Talks&nbsp;in Oman</title>'
        b"<link>https://desk.example/a</link><description>Envoys will meet in Muscat on Friday, "
        b"officials said.</description></item></channel></rss>"
    )
    (entry,) = parse_feed(data, where="feed").entries
    assert entry.title == "Talks in Oman"  # the no-break space, read leniently, becomes a space
    assert entry.link == "https://desk.example/a"


def test_entries_without_link_or_text_are_reported() -> None:
    data = b'<rss version="2.0"><channel><item><title>Nothing here</title></item></channel></rss>'
    with pytest.raises(UnreadableArticle):
        parse_feed(data + b"<", where="feed")  # malformed and nothing usable
    feed = parse_feed(
        data.replace(b"</channel>", b"<item><title>B</title><link>https://d.example/b</link></item></channel>"),
        where="feed",
    )
    assert feed.failures == (Failure("feed entry 1", "entry has neither a link nor any text"),)
    assert [entry.link for entry in feed.entries] == ["https://d.example/b"]


def test_a_short_entry_without_a_page_is_an_entry_failure() -> None:
    data = b'<rss version="2.0"><channel><item><title>T</title><guid>g1</guid>'
    data += b"<description>Short.</description></item></channel></rss>"
    assert list(read_feed(data, where="feed")) == [
        Failure("g1", "entry has only 6 characters of text and no page to read")
    ]


@pytest.mark.parametrize(
    ("head", "is_feed"),
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0">', True),
        (b"\xef\xbb\xbf<?xml version='1.0'?><!-- hi --><feed xmlns='http://www.w3.org/2005/Atom'>", True),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', True),
        (b"<!DOCTYPE html><html><head><link type='application/rss+xml'>", False),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', False),
        (b"{}", False),
    ],
)
def test_looks_like_feed(head: bytes, is_feed: bool) -> None:
    assert looks_like_feed(head) is is_feed
