"""Reading the Reuters-21578 SGML files (found through DIPLOCAL_REUTERS_DIR) into Articles.

Every one of the corpus's 21,578 documents (NEWIDs) is read. Three shapes occur:

- ``body``: the usual story, its text in ``<BODY>`` (19,043 documents);
- ``unproc``: ``<TEXT TYPE="UNPROC">``, unstructured text (tables, notices) with no ``<BODY>``;
- ``title``: ``<TEXT TYPE="BRIEF">``, a headline only (the text is "Blah blah blah.");
- ``empty``: neither text nor headline (one document, NEWID 12793).

A title-only document becomes an article with an empty text, so the extractor reads only
its headline; benchmarks count these apart from the rest.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from diplocal.model import Article

_DOC = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "DATELINE", "BODY")}
_TEXT = re.compile(r"<TEXT(?:\s+TYPE=\"(\w+)\")?>(.*?)</TEXT>", re.S)
# "26-FEB-1987 15:01:01.79", " 1-MAR-1987 01:30:29.50", "3-MAR-1987  09:15:05.40", some with
# trailing junk, one with a garbled hour ("605:12:19": its last two digits are kept).
_STAMP = re.compile(r"(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+\d*?(\d\d):(\d\d):(\d\d)")
_MONTHS = {name: number for number, name in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), 1)}
_TAGS = re.compile(r"<[^>]+>")

KINDS = ("body", "unproc", "title", "empty")


@dataclass(frozen=True, slots=True)
class Document:
    """One corpus document: its shape (one of :data:`KINDS`) and the article read from it."""

    kind: str
    article: Article


def corpus_dir() -> Path:
    """The corpus folder: $DIPLOCAL_REUTERS_DIR, else ``shared/data/reuters21578`` in the
    first folder above the project that has one (a clone sits beside ``shared``)."""
    configured = os.environ.get("DIPLOCAL_REUTERS_DIR")
    if configured:
        return Path(configured)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared" / "data" / "reuters21578"
        if candidate.is_dir():
            return candidate
    return here.parents[2] / "shared" / "data" / "reuters21578"


def read_documents(folder: Path | None = None) -> Iterator[Document]:
    """Every document of the corpus, in file and NEWID order."""
    root = folder or corpus_dir()
    files = sorted(root.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"no reut2-*.sgm files in {root}; set DIPLOCAL_REUTERS_DIR")
    for path in files:
        raw = path.read_bytes().decode("latin-1")
        for match in _DOC.finditer(raw):
            yield _document(match.group(1), match.group(2), path.name)


def read_corpus(folder: Path | None = None) -> Iterator[Article]:
    """Every article of the corpus with a text of its own (body or unprocessed), in order."""
    for document in read_documents(folder):
        if document.kind in ("body", "unproc"):
            yield document.article


def _document(newid: str, raw: str, source: str) -> Document:
    def field(name: str, within: str = raw) -> str:
        found = _FIELD[name].search(within)
        return html.unescape(found.group(1)) if found else ""

    text_match = _TEXT.search(raw)
    shape = (text_match.group(1) or "") if text_match else ""
    inner = text_match.group(2) if text_match else ""
    if shape == "BRIEF":
        kind, text = "title", ""
    elif shape == "UNPROC":
        kind, text = "unproc", html.unescape(_TAGS.sub(" ", inner))
    else:
        kind, text = "body", field("BODY")
    title = " ".join(field("TITLE").split())
    if not text.replace("\x02", "").replace("\x03", "").strip() and not title:
        kind = "empty"
    return Document(
        kind,
        Article(
            id=newid,
            title=title,
            text=text.replace("\x02", "").replace("\x03", "").strip(),
            published=_published(field("DATE")),
            publisher="Reuters",
            dateline=" ".join(field("DATELINE").split()) or None,
            source=source,
        ),
    )


def _published(stamp: str) -> datetime | None:
    found = _STAMP.search(stamp)
    if found is None:
        return None
    day, month, year, hour, minute, second = found.groups()
    number = _MONTHS.get(month.upper())
    if number is None:
        return None
    return datetime(int(year), number, int(day), int(hour), int(minute), int(second), tzinfo=UTC)
