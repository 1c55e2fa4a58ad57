"""Articles from local files: ``.txt`` with an optional header block, and ``.jsonl``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from dateutil import parser as dateutil_parser

from diplocal.errors import UnreadableArticle
from diplocal.model import SUPPORTED_YEARS, Article, Failure

ARTICLE_SUFFIXES = (".txt", ".jsonl")
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
HEADER_KEYS = frozenset({"id", "title", "published", "date", "url", "publisher", "source", "language", "dateline"})


def read_file(path: Path) -> Iterator[Article | Failure]:
    """The articles in one file: one for a ``.txt``, one per line for a ``.jsonl``.

    Raises :class:`UnreadableArticle` when the file as a whole cannot be read; a bad line
    of a JSONL file is yielded as a :class:`Failure` and the other lines go on.
    """
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(path)
    elif suffix == ".txt":
        yield article_from_txt(_read_text(path), source=str(path), default_id=path.stem)
    else:
        raise UnreadableArticle(
            f"cannot read {suffix or 'files without a suffix'}",
            where=str(path),
            hint=f"give a {' or '.join(ARTICLE_SUFFIXES)} file or a folder of them",
        )


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableArticle(f"cannot open the file ({error.strerror})", where=str(path)) from error
    if len(data) > MAX_ARTICLE_BYTES:
        raise UnreadableArticle(
            f"file is {len(data)} bytes, over the {MAX_ARTICLE_BYTES}-byte limit for one article", where=str(path)
        )
    if b"\x00" in data[:8192]:
        raise UnreadableArticle("file is binary, not text", where=str(path), hint="give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableArticle(
            f"file is not UTF-8 (bad byte at offset {error.start})",
            where=str(path),
            hint="convert it with iconv -t UTF-8",
        ) from error


def article_from_txt(content: str, *, source: str, default_id: str) -> Article:
    """An article from text whose first line is the title.

    ``Key: value`` header lines (id, published, url, publisher, language, dateline) may come
    before the title or right after it, ended by a blank line.
    """
    lines = content.splitlines()
    header: dict[str, str] = {}
    index = _read_header(lines, 0, header)
    while index < len(lines) and not lines[index].strip():
        index += 1
    title = header.pop("title", None)
    if title is None:
        if index >= len(lines):
            raise UnreadableArticle("file is empty", where=source, hint="first line: the title; then the text")
        title = lines[index].strip()
        index += 1
    after_title = index
    while index < len(lines) and not lines[index].strip():
        index += 1
    header_end = _read_header(lines, index, header)
    index = header_end if header_end > index else after_title
    body = "\n".join(lines[index:]).strip()
    if not body:
        raise UnreadableArticle("article has a title but no text", where=source)
    return Article(
        id=header.get("id") or default_id,
        title=title,
        text=body,
        published=parse_published(header.get("published") or header.get("date"), where=source),
        url=header.get("url"),
        publisher=header.get("publisher") or header.get("source"),
        language=given_language(header.get("language")),
        dateline=header.get("dateline"),
        source=source,
    )


def _read_header(lines: list[str], index: int, header: dict[str, str]) -> int:
    """Read ``Key: value`` lines from ``index``; they count only when a blank line ends them."""
    found: dict[str, str] = {}
    end = index
    while end < len(lines):
        key, sep, value = lines[end].partition(":")
        key = key.strip().lower()
        if not sep or key not in HEADER_KEYS or not value.strip():
            break
        found[key] = value.strip()
        end += 1
    if found and (end == len(lines) or not lines[end].strip()):
        header.update(found)
        return end
    return index


def read_jsonl(path: Path) -> Iterator[Article | Failure]:
    """One article per line: ``id``, ``published``, ``title``, ``text`` and optional metadata."""
    try:
        with path.open("rb") as probe:
            head = probe.read(8192)
        handle = path.open(encoding="utf-8-sig")
    except OSError as error:
        raise UnreadableArticle(f"cannot open the file ({error.strerror})", where=str(path)) from error
    with handle:
        if b"\x00" in head:
            raise UnreadableArticle("file is binary, not JSON lines", where=str(path))
        yield from jsonl_articles(handle, where=str(path))


def jsonl_articles(handle: TextIO, *, where: str) -> Iterator[Article | Failure]:
    """The articles of a JSONL stream (a file or a fetched body), a bad line a :class:`Failure`."""
    number = 0
    seen = False
    while True:
        number += 1
        line_where = f"{where}:{number}"
        try:
            line = handle.readline()
        except UnicodeDecodeError:
            yield Failure(line_where, "line is not UTF-8; the rest of the file cannot be read")
            return
        if not line:
            if not seen:
                yield Failure(where, "file is empty (no JSON lines)")
            return
        if not line.strip():
            continue
        seen = True
        try:
            yield article_from_json(json.loads(line), where=line_where, source=where)
        except json.JSONDecodeError as error:
            yield Failure(line_where, f"not JSON ({error.msg} at column {error.colno})")
        except UnreadableArticle as error:
            yield Failure(line_where, error.message)


def article_from_json(row: Any, *, where: str, source: str | None = None, iso_only: bool = False) -> Article:
    """An article from a JSON object with ``title`` and ``text`` (and optional metadata);
    ``iso_only`` reads ``published`` in ISO 8601 only (see :func:`parse_published`)."""
    if not isinstance(row, dict):
        raise UnreadableArticle("expected a JSON object with title and text", where=where)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise UnreadableArticle('no text: every article needs a non-empty "text"', where=where)
    title = row.get("title")
    if title is not None and not isinstance(title, str):
        raise UnreadableArticle('"title" must be a string', where=where)
    article_id = row.get("id")
    if article_id is None:
        article_id = row.get("url") or where
    return Article(
        id=str(article_id),
        title=(title or "").strip(),
        text=text,
        published=parse_published(_optional_str(row, "published", where), where=where, iso_only=iso_only),
        url=_optional_str(row, "url", where),
        publisher=_optional_str(row, "publisher", where),
        language=given_language(_optional_str(row, "language", where)),
        dateline=_optional_str(row, "dateline", where),
        source=source,
    )


def given_language(value: str | None) -> str | None:
    """The language a source states, as it states it (trimmed); None when it states none, so
    the extractor detects it. A language it cannot read fails loudly there, by its name."""
    return (value or "").strip() or None


def _optional_str(row: dict[str, Any], key: str, where: str) -> str | None:
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise UnreadableArticle(f'"{key}" must be a string, not {type(value).__name__}', where=where)


# Day and month as numbers in an order that differs by country: 04/05/2027, 4.5.27, 04-05-2027.
_NUMERIC_DAY_MONTH = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")


def parse_published(value: str | None, *, where: str, iso_only: bool = False) -> datetime | None:
    """A publication time from metadata as an aware date-time (UTC when no zone is given).

    ISO 8601 is read everywhere; with ``iso_only`` (dates people type: ``--published``, the
    API) nothing else is. Otherwise a date in another form is read with dateutil (feeds and
    pages write "Tue, 04 Jan 2022 12:00:00 GMT"), but never one whose day and month are both
    numbers that could be either ("04/05/2027": 4 May or 5 April?).
    Raises :class:`UnreadableArticle` for a value that is not a date, or not one for sure.
    """
    if value is None or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        moment = _other_form(value, where=where, iso_only=iso_only)
    if moment.year not in SUPPORTED_YEARS:
        raise UnreadableArticle(
            f"published {value!r} is outside the years news can be read for",
            where=where,
            hint=f"use a date from {SUPPORTED_YEARS.start} to {SUPPORTED_YEARS.stop - 1}",
        )
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _other_form(value: str, *, where: str, iso_only: bool) -> datetime:
    iso_hint = "use ISO 8601, e.g. 2022-01-04T12:00:00Z"
    ambiguous = _NUMERIC_DAY_MONTH.match(value)
    if ambiguous and not iso_only:
        first, second = int(ambiguous.group(1)), int(ambiguous.group(2))
        if first != second and first <= 12 and second <= 12:
            raise UnreadableArticle(
                f"published {value!r} could be day-month or month-day",
                where=where,
                hint="write it in ISO 8601 (YYYY-MM-DD), e.g. 2027-05-04 for 4 May 2027",
            )
    if iso_only:
        raise UnreadableArticle(f"published {value!r} is not an ISO 8601 date", where=where, hint=iso_hint)
    try:
        return dateutil_parser.parse(value)
    except (ValueError, OverflowError) as error:
        raise UnreadableArticle(f"published {value!r} is not a date", where=where, hint=iso_hint) from error
