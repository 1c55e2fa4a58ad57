"""Reading articles from where they are: files, folders and JSONL (more kinds in submodules)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from diplocal.errors import UnreadableArticle
from diplocal.model import Article, Failure
from diplocal.sources.files import ARTICLE_SUFFIXES, read_file

__all__ = ["ARTICLE_SUFFIXES", "read_paths"]


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | Failure]:
    """Every article found under ``paths`` (files or folders), in a stable order.

    A file or line that cannot be read is yielded as a :class:`Failure` with its reason,
    so one bad input never stops the batch.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                yield Failure(str(path), f"no article files in this folder (looked for {', '.join(ARTICLE_SUFFIXES)})")
            for file in files:
                yield from _read_one(file)
        elif path.exists():
            yield from _read_one(path)
        else:
            yield Failure(str(path), "no such file or folder")


def _read_one(path: Path) -> Iterator[Article | Failure]:
    try:
        yield from read_file(path)
    except UnreadableArticle as error:
        yield Failure(error.where or str(path), error.message if error.hint is None else f"{error.message} ({error.hint})")
