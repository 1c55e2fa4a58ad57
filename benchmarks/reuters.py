"""Reading the Reuters-21578 SGML files (found through DIPLOCAL_REUTERS_DIR) into Articles."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from diplocal.model import Article

_DOC = re.compile(r"<REUTERS[^>]*NEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "DATELINE", "BODY")}


def corpus_dir() -> Path:
    """The corpus folder: $DIPLOCAL_REUTERS_DIR, or ../shared/data/reuters21578 beside the project."""
    configured = os.environ.get("DIPLOCAL_REUTERS_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / "shared" / "data" / "reuters21578"


def read_corpus(folder: Path | None = None) -> Iterator[Article]:
    """Every article of the corpus with a body, in file and id order."""
    root = folder or corpus_dir()
    files = sorted(root.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"no reut2-*.sgm files in {root}; set DIPLOCAL_REUTERS_DIR")
    for path in files:
        raw = path.read_bytes().decode("latin-1")
        for match in _DOC.finditer(raw):
            article = _article(match.group(1), match.group(2), path.name)
            if article is not None:
                yield article


def _article(newid: str, body: str, source: str) -> Article | None:
    def field(name: str) -> str:
        found = _FIELD[name].search(body)
        return html.unescape(found.group(1)) if found else ""

    text = field("BODY")
    if not text.strip():
        return None
    stamp = field("DATE").strip()
    try:
        published = datetime.strptime(stamp.split(".")[0].strip(), "%d-%b-%Y %H:%M:%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return Article(
        id=newid,
        title=" ".join(field("TITLE").split()),
        text=text.replace("\x03", "").strip(),
        published=published,
        publisher="Reuters",
        dateline=" ".join(field("DATELINE").split()) or None,
        source=source,
    )
