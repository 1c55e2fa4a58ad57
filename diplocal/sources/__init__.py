"""Reading articles from where they are: files, folders, URLs, HTML pages, RSS/Atom feeds, JSONL."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from diplocal.errors import DiplocalError, UnreadableArticle
from diplocal.fetch import Fetched, Fetcher
from diplocal.model import Article, Failure
from diplocal.sources.feeds import PageReader, looks_like_feed, read_feed
from diplocal.sources.files import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, article_from_txt, jsonl_articles, read_file
from diplocal.sources.html import article_from_html, decode_html

__all__ = [
    "ARTICLE_SUFFIXES",
    "FEED_SUFFIXES",
    "HTML_SUFFIXES",
    "SOURCE_SUFFIXES",
    "Input",
    "expand_inputs",
    "is_url",
    "page_reader",
    "read_input",
    "read_inputs",
    "read_paths",
    "read_sources",
]

HTML_SUFFIXES = (".html", ".htm")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
SOURCE_SUFFIXES = (*ARTICLE_SUFFIXES, *HTML_SUFFIXES, *FEED_SUFFIXES)
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_XML_TYPES = frozenset({"application/xml", "text/xml"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# A URL of another scheme ("ftp://", "file://", "sftp://"): two letters or more before "://",
# so a Windows path ("C:\\news") is still a path.
_OTHER_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+)://")
_JSONL_TYPES = frozenset(
    {"application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines"}
)


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to read: a file (``path``) or a URL (``path`` is None)."""

    name: str
    path: Path | None = None


def is_url(value: str | Path) -> bool:
    """True for an http or https URL (anything else is taken as a path)."""
    return isinstance(value, str) and urlsplit(value).scheme.lower() in ("http", "https")


def expand_inputs(inputs: Iterable[str | Path]) -> list[Input | Failure]:
    """The files and URLs to read, folders expanded in a stable order; missing paths as failures."""
    found: list[Input | Failure] = []
    for raw in inputs:
        if is_url(raw):
            found.append(Input(str(raw)))
            continue
        scheme = _OTHER_SCHEME.match(raw) if isinstance(raw, str) else None
        if scheme:  # "ftp://host/x" is no file either: say what is read instead
            found.append(
                Failure(
                    str(raw),
                    f"only http and https URLs are fetched, not {scheme.group(1).lower()}: "
                    "(give an http(s) URL, or download the file and give its path)",
                )
            )
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES)
            if not files:
                found.append(
                    Failure(str(path), f"no article files in this folder (looked for {', '.join(SOURCE_SUFFIXES)})")
                )
            found.extend(Input(str(file), file) for file in files)
        elif path.exists():
            found.append(Input(str(path), path))
        else:
            found.append(Failure(str(path), "no such file or folder"))
    return found


def read_sources(
    inputs: Iterable[str | Path],
    *,
    fetcher: Fetcher | None = None,
    on_input: Callable[[Input | Failure], None] | None = None,
) -> Iterator[Article | Failure]:
    """Every article found in ``inputs`` (files, folders, URLs), in a stable order.

    Without ``fetcher`` URLs are refused and feed entries keep their summaries. Anything
    that cannot be read is yielded as a :class:`Failure` with its reason, so one bad input
    never stops the batch. ``on_input`` hears of each file or URL before it is read.
    """
    return read_inputs(expand_inputs(inputs), fetcher=fetcher, on_input=on_input)


def read_inputs(
    items: Iterable[Input | Failure],
    *,
    fetcher: Fetcher | None = None,
    on_input: Callable[[Input | Failure], None] | None = None,
) -> Iterator[Article | Failure]:
    """The articles of inputs already expanded by :func:`expand_inputs` (see :func:`read_sources`)."""
    for item in items:
        if on_input is not None:
            on_input(item)
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_input(item, fetcher)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Failure]:
    """Every article under local ``paths`` (files or folders); no network is used."""
    return read_sources(paths)


def read_input(item: Input, fetcher: Fetcher | None = None) -> Iterator[Article | Failure]:
    """The articles of one file or URL; what cannot be read is yielded as a :class:`Failure`."""
    try:
        if item.path is None:
            yield from _read_url(item.name, fetcher)
        else:
            yield from _read_path(item.path, fetcher)
    except DiplocalError as error:
        yield Failure(
            error.where or item.name, error.message if error.hint is None else f"{error.message} ({error.hint})"
        )


def _read_path(path: Path, fetcher: Fetcher | None) -> Iterator[Article | Failure]:
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        yield from read_file(path)
        return
    if suffix not in SOURCE_SUFFIXES:
        raise UnreadableArticle(
            f"cannot read {suffix or 'files without a suffix'}",
            where=str(path),
            hint=f"give a {', '.join(SOURCE_SUFFIXES)} file, a folder of them, or a URL",
        )
    data = _read_bytes(path)
    if suffix in HTML_SUFFIXES:
        yield article_from_html(data, where=str(path), source=str(path), default_id=path.stem)
    else:
        yield from read_feed(data, where=str(path), read_page=page_reader(fetcher) if fetcher else None)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise UnreadableArticle(f"file is {size} bytes, over the {MAX_ARTICLE_BYTES}-byte limit", where=str(path))
        return path.read_bytes()
    except OSError as error:
        raise UnreadableArticle(f"cannot open the file ({error.strerror})", where=str(path)) from error


def _read_url(url: str, fetcher: Fetcher | None) -> Iterator[Article | Failure]:
    if fetcher is None:
        raise UnreadableArticle("URLs are not read here", where=url, hint="use diplocal ingest for URLs")
    fetched = fetcher.get(url)
    kind = content_kind(fetched)
    if kind == "feed":
        yield from read_feed(fetched.body, where=url, base_url=fetched.url, read_page=page_reader(fetcher))
    elif kind == "html":
        yield _article_from_page(fetched, where=url)
    elif kind == "jsonl":
        text = io.StringIO(decode_html(fetched.body, where=url, charset=fetched.charset or "utf-8", kind="JSON lines"))
        yield from jsonl_articles(text, where=url)
    elif kind == "text":
        plain = decode_html(fetched.body, where=url, charset=fetched.charset or "utf-8", kind="text")
        yield article_from_txt(plain, source=url, default_id=url)
    else:
        raise UnreadableArticle(
            f"cannot read content of type {fetched.content_type or 'unknown'}",
            where=url,
            hint="give an HTML page, an RSS or Atom feed, JSONL or plain text",
        )


def content_kind(fetched: Fetched) -> str:
    """What a fetched body is: "feed", "html", "jsonl", "text" or "" (unknown), by type and sniffing."""
    media = fetched.content_type
    if media in _FEED_TYPES or looks_like_feed(fetched.body):
        return "feed"
    if media in _HTML_TYPES:
        return "html"
    if media in _JSONL_TYPES or urlsplit(fetched.url).path.lower().endswith(".jsonl"):
        return "jsonl"
    if media == "text/plain":
        return "text"
    if media in _XML_TYPES or not media:
        head = fetched.body[:1024].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            return "html"
    return ""


def _article_from_page(fetched: Fetched, *, where: str) -> Article:
    if fetched.content_type and fetched.content_type not in _HTML_TYPES:
        raise UnreadableArticle(f"expected an HTML page, got {fetched.content_type}", where=where)
    return article_from_html(fetched.body, where=where, url=fetched.url, charset=fetched.charset, source=where)


def page_reader(fetcher: Fetcher) -> PageReader:
    """A function reading the article at a URL (for feed entries that carry only a summary)."""

    def read(url: str) -> Article:
        return _article_from_page(fetcher.get(url), where=url)

    return read
