"""Articles from HTML pages: main text by trafilatura, title, date and language from metadata."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from diplocal.errors import UnreadableArticle
from diplocal.model import Article
from diplocal.render.words import plural
from diplocal.sources.files import MAX_ARTICLE_BYTES, parse_published

# Control characters XML cannot hold (lxml refuses them in text), and NUL.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MIN_TEXT_CHARS = 80  # less main text than this is a page without an article (an index, a login)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Meta tags that carry the publication time, most trusted first.
_PUBLISHED_META = (
    ("property", "article:published_time"),
    ("itemprop", "datePublished"),
    ("name", "article:published_time"),
    ("property", "og:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.issued"),
    ("name", "date"),
)
_ARTICLE_TYPES = frozenset({"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting"})


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What a page says about itself, in its head and markup (not guessed from its text)."""

    title: str | None = None
    published: str | None = None
    language: str | None = None
    publisher: str | None = None
    canonical: str | None = None


def decode_html(data: bytes, *, where: str, charset: str | None = None, kind: str = "HTML") -> str:
    """The page as text: decoded by the HTTP charset, a BOM, a ``<meta charset>``, or UTF-8.

    Raises :class:`UnreadableArticle` for an empty, binary, oversized or undecodable page.
    """
    if len(data) > MAX_ARTICLE_BYTES:
        raise UnreadableArticle(f"page is {len(data)} bytes, over the {MAX_ARTICLE_BYTES}-byte limit", where=where)
    if not data.strip():
        raise UnreadableArticle("file is empty", where=where)
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnreadableArticle(f"file is binary, not {kind}", where=where)
    declared = charset or _bom_charset(data) or _meta_charset(data)
    encoding = "utf-8"
    if declared:
        try:
            encoding = codecs.lookup(declared).name
        except LookupError:
            raise UnreadableArticle(f"page declares an unknown charset {declared!r}", where=where) from None
    try:
        return data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
    except UnicodeDecodeError as error:
        said = f"declared {declared}" if declared else "no charset declared"
        raise UnreadableArticle(
            f"page is not valid {encoding} ({said}; bad byte at offset {error.start})",
            where=where,
            hint="declare its charset with <meta charset=...>",
        ) from error


def _bom_charset(data: bytes) -> str | None:
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return name
    return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def article_from_html(
    data: bytes,
    *,
    where: str,
    url: str | None = None,
    charset: str | None = None,
    source: str | None = None,
    default_id: str | None = None,
) -> Article:
    """The article in an HTML page, its metadata (title, published, language) taken from markup.

    ``url`` is where the page was fetched; the page's canonical link wins as the article's
    URL and id. A page with neither is known by ``default_id`` (a file's name), else by a
    digest of its text.
    Raises :class:`UnreadableArticle` for a page that cannot be read or holds no article.
    """
    markup = _CONTROL.sub(" ", decode_html(data, where=where, charset=charset))
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as error:
        raise UnreadableArticle(f"not an HTML page ({error})", where=where) from None
    meta = page_metadata(root)
    # trafilatura drops <time> elements whole, and with them dates in the prose
    # ("will meet on <time>March 14</time>"): keep their text, lose the tag.
    for element in list(root.iter("time")):
        element.drop_tag()
    text = trafilatura.extract(
        root,
        url=url,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    title = meta.title or ""
    body = _without_title(text or "", title).strip()
    if len(body) < MIN_TEXT_CHARS:
        raise UnreadableArticle(
            f"no article text found in the page ({plural(len(body), 'character')} of main text)",
            where=where,
            hint="give the URL of an article page, not an index or a feed",
        )
    canonical = meta.canonical if meta.canonical and meta.canonical.startswith(("http://", "https://")) else None
    article_url = canonical or url
    return Article(
        id=article_url or default_id or f"html:{hashlib.sha256(body.encode('utf-8')).hexdigest()[:16]}",
        title=title,
        text=body,
        published=parse_published(meta.published, where=where) if meta.published else None,
        url=article_url,
        publisher=meta.publisher,
        language=meta.language,  # None when the page declares none: detected when read
        source=source or where,
    )


def _without_title(text: str, title: str) -> str:
    """The text without its first line when that line only repeats the title."""
    first, _, rest = text.partition("\n")
    return rest if title and first.strip().casefold() == title.casefold() else text


def page_metadata(root: Any) -> PageMetadata:
    """Title, publication time, language, publisher and canonical URL a page declares."""
    linked = list(_json_ld_articles(root))
    published = _meta_content(root, _PUBLISHED_META[:1])
    published = published or _first(_str(item.get("datePublished")) for item in linked)
    published = published or _meta_content(root, _PUBLISHED_META[1:])
    published = published or _time_published(root)
    title = _first(_str(item.get("headline")) for item in linked)
    title = title or _meta_content(root, (("property", "og:title"), ("name", "twitter:title")))
    title = title or _first_text(root, "//h1") or _first_text(root, "//title")
    publisher = _meta_content(root, (("property", "og:site_name"),))
    publisher = publisher or _first(_publisher_name(item.get("publisher")) for item in linked)
    language = root.get("lang") or root.get("xml:lang")
    language = language or _meta_content(root, (("http-equiv", "content-language"),))
    language = language or _first(_str(item.get("inLanguage")) for item in linked)
    language = language or _meta_content(root, (("property", "og:locale"),))
    canonical = _first_value(root, "//link[@rel='canonical']/@href") or _meta_content(root, (("property", "og:url"),))
    return PageMetadata(
        title=_clean(title),
        published=_clean(published),
        language=language_code(language),
        publisher=_clean(publisher),
        canonical=_clean(canonical),
    )


def language_code(value: str | None) -> str | None:
    """The primary language subtag of a language tag or locale, lower case: "en-GB" -> "en"."""
    if not value:
        return None
    code = re.split(r"[-_,;\s]", value.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _meta_content(root: Any, keys: tuple[tuple[str, str], ...]) -> str | None:
    for attribute, name in keys:
        for element in root.iter("meta"):
            if (element.get(attribute) or "").strip().lower() == name.lower():
                content = (element.get("content") or "").strip()
                if content:
                    return content
    return None


def _time_published(root: Any) -> str | None:
    """A ``<time datetime>`` marked as the publication time, else the first outside the text."""
    marked = root.xpath("//time[@datetime][@itemprop='datePublished' or @pubdate]/@datetime")
    if marked:
        return str(marked[0])
    # A <time> inside a paragraph is more likely a date the story is about than its own.
    loose = root.xpath("//time[@datetime][not(ancestor::p)]/@datetime")
    return str(loose[0]) if loose else None


def _json_ld_articles(root: Any) -> Iterator[dict[str, Any]]:
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue  # a broken JSON-LD block is common and must not sink the page
        yield from _article_objects(data)


def _article_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _article_objects(item)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(kind, str) and kind.lower() in _ARTICLE_TYPES for kind in kinds):
            yield data
        if "@graph" in data:
            yield from _article_objects(data["@graph"])


def _publisher_name(value: Any) -> str | None:
    if isinstance(value, list):
        return _first(_publisher_name(item) for item in value)
    if isinstance(value, dict):
        return _str(value.get("name"))
    return _str(value)


def _str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _first(values: Iterable[str | None]) -> str | None:
    return next((value for value in values if value), None)


def _first_value(root: Any, path: str) -> str | None:
    found = root.xpath(path)
    return str(found[0]).strip() or None if found else None


def _first_text(root: Any, path: str) -> str | None:
    found = root.xpath(path)
    return found[0].text_content().strip() or None if found else None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    return re.sub(r"\s+", " ", value).strip() or None


_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"})


def fragment_text(markup: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph a line."""
    if not markup.strip():
        return ""
    if "<" not in markup:
        return _clean(markup) or ""
    try:
        # A whole document around the fragment: lxml's fragment parser asserts on stray <html> tags.
        root = lxml.html.document_fromstring(f"<html><body><div>{_CONTROL.sub(' ', markup)}</div></body></html>")
    except (etree.ParserError, ValueError):
        return _clean(markup) or ""
    for element in root.iter("script", "style"):
        element.text = ""
    for element in root.iter():
        # Line breaks in the markup are spaces; paragraphs and <br> are what end lines.
        element.text = re.sub(r"\s+", " ", element.text) if element.text else element.text
        element.tail = re.sub(r"\s+", " ", element.tail) if element.tail else element.tail
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (line.strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)
