"""Articles from RSS and Atom feeds (feedparser); an entry with only a summary gets its page."""

from __future__ import annotations

import calendar
import hashlib
import re
import xml.sax
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

import feedparser

from diplocal.errors import DiplocalError, UnreadableArticle
from diplocal.model import Article, Failure
from diplocal.render.words import plural
from diplocal.sources.html import fragment_text, language_code

FULL_TEXT_CHARS = 400  # an entry's own content shorter than this is a teaser: its page is read
MIN_SUMMARY_CHARS = 40  # a summary used as the article (no link to follow) needs this much text

PageReader = Callable[[str], Article]
"""Reads the article at a URL; raises :class:`DiplocalError` subclasses when it cannot."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed, as the feed gives it."""

    key: str  # what identifies the entry across polls: its id, else its link, else a digest
    link: str | None
    title: str
    published: datetime | None
    text: str  # the entry's content (or summary) as plain text
    full_text: bool  # True when the entry carries the article itself, not a teaser
    language: str | None


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its own title and language, its entries, and entries that were unusable."""

    title: str | None
    language: str | None
    entries: tuple[FeedEntry, ...]
    failures: tuple[Failure, ...] = ()


_FEED_START = re.compile(
    rb"^(?:\s|\xef\xbb\xbf|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S
)


def looks_like_feed(data: bytes) -> bool:
    """True when the bytes start like an RSS, RSS 1.0 (RDF) or Atom document."""
    return _FEED_START.match(data[:4096]) is not None


def parse_feed(data: bytes, *, where: str, base_url: str | None = None) -> Feed:
    """The entries of an RSS or Atom document (given as bytes: feedparser never fetches here).

    Relative links are resolved against ``base_url`` (where the feed was fetched).

    Raises :class:`UnreadableArticle` when the bytes are not a feed, or are malformed XML
    from which no usable entry can be read; malformed feeds that still yield entries (an
    undefined entity, say) are read as far as feedparser's lenient parser gets.
    """
    if not data.strip():
        raise UnreadableArticle("feed is empty", where=where)
    if b"\x00" in data[:8192]:
        raise UnreadableArticle("file is binary, not a feed", where=where)
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=True, response_headers=headers)
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    broken = _xml_error(problem)
    if not parsed.get("version") and not parsed.entries:
        raise UnreadableArticle("not an RSS or Atom feed", where=where)
    channel = parsed.get("feed", {})
    feed_language = language_code(channel.get("language"))
    entries: list[FeedEntry] = []
    failures: list[Failure] = []
    for number, raw in enumerate(parsed.entries, start=1):
        entry = _entry(raw, feed_language)
        if entry.link is None and not entry.text:
            failures.append(Failure(f"{where} entry {number}", "entry has neither a link nor any text"))
            continue
        entries.append(entry)
    if broken and not entries:
        raise UnreadableArticle(f"feed is not well-formed XML ({broken}) and no entry could be read", where=where)
    return Feed(
        title=(channel.get("title") or "").strip() or None,
        language=feed_language,
        entries=tuple(entries),
        failures=tuple(failures),
    )


def _xml_error(problem: Any) -> str | None:
    if isinstance(problem, xml.sax.SAXParseException):
        return f"{problem.getMessage()} at line {problem.getLineNumber()}, column {problem.getColumnNumber()}"
    return None


def _entry(raw: Any, feed_language: str | None) -> FeedEntry:
    link = (raw.get("link") or "").strip() or None
    title = fragment_text(raw.get("title") or "")
    content = raw.get("content") or []
    body = "\n".join(fragment_text(part.get("value") or "") for part in content).strip()
    summary = fragment_text(raw.get("summary") or "")
    text = body if len(body) >= len(summary) else summary
    language = next((language_code(part.get("language")) for part in content if part.get("language")), None)
    key = (raw.get("id") or "").strip() or link
    if not key:
        key = "digest:" + hashlib.sha256(f"{title}\x1f{text}".encode()).hexdigest()[:32]
    return FeedEntry(
        key=key,
        link=link,
        title=title,
        published=_moment(raw.get("published_parsed") or raw.get("updated_parsed")),
        text=text,
        full_text=len(body) >= FULL_TEXT_CHARS,
        language=language or feed_language,
    )


def _moment(parsed: Any) -> datetime | None:
    """feedparser's UTC ``struct_time`` as an aware date-time."""
    if parsed is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def article_from_entry(entry: FeedEntry, feed: Feed, *, source: str, read_page: PageReader | None = None) -> Article:
    """The article behind one entry: its own content, or its linked page when it has a teaser only.

    Without ``read_page`` a teaser is used as it is. The entry's date wins over the page's
    (both are metadata; the feed's is the explicit one). The article's ``source`` is the
    entry's link, so a report names the entry; ``source`` (the feed) stands in for a
    link-less entry. Raises :class:`DiplocalError` subclasses when the page cannot be
    read or the entry has too little text.
    """
    if entry.full_text or entry.link is None or read_page is None:
        if len(entry.text) < MIN_SUMMARY_CHARS:
            raise UnreadableArticle(
                f"entry has only {plural(len(entry.text), 'character')} of text and no page to read",
                where=entry.link or entry.key,
            )
        return Article(
            id=entry.link or entry.key,
            title=entry.title,
            text=entry.text,
            published=entry.published,
            url=entry.link,
            publisher=feed.title,
            language=entry.language,  # None when the feed declares none: detected when read
            source=entry.link or source,
        )
    page = read_page(entry.link)
    return replace(
        page,
        id=page.url or entry.link,
        title=page.title or entry.title,
        published=entry.published or page.published,
        published_basis=None if entry.published else page.published_basis,
        publisher=page.publisher or feed.title,
        # The page's own declaration first, else the feed's; neither: detected when read.
        language=page.language or entry.language,
        source=entry.link,
    )


def read_feed(
    data: bytes, *, where: str, base_url: str | None = None, read_page: PageReader | None = None
) -> Iterator[Article | Failure]:
    """Every article of a feed, or the reason an entry (or the whole feed) could not be read."""
    try:
        feed = parse_feed(data, where=where, base_url=base_url)
    except UnreadableArticle as error:
        yield Failure(error.where or where, error.message)
        return
    yield from feed.failures
    for entry in feed.entries:
        try:
            yield article_from_entry(entry, feed, source=where, read_page=read_page)
        except DiplocalError as error:
            yield Failure(error.where or entry.link or entry.key, error.message)
