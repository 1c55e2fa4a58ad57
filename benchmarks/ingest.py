"""Ingest speed: all of Reuters-21578 into an empty SQLite store with ``diplocal ingest``, then again.

    python -m benchmarks.ingest [--limit N] [--db URL]

The corpus is written to a temporary JSONL file (headline-only documents carry their
headline as their text: JSONL articles need one), then three commands run, pinned to one
CPU, exactly as a user types them:

1. ``diplocal extract --jsonl corpus.jsonl``: reading and extraction alone, the reference;
2. ``diplocal ingest corpus.jsonl`` into an empty store: reading, extraction and storing,
   with its progress bar on a terminal (it goes to this command's standard error);
3. the same ``ingest`` again: every article is known and unchanged, nothing is written.

The store's share is (2) minus (1), measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from benchmarks.common import machine, pin_to_one_core, table, verdict
from benchmarks.reuters import Document, read_documents
from diplocal.store import Store

TARGET_FIRST = 60.0  # seconds for the whole corpus into an empty store
TARGET_AGAIN = 10.0  # seconds to ingest it again, nothing new


@dataclass
class Command:
    """One command's run: wall-clock and CPU seconds (of the child), its output's last line."""

    wall: float
    cpu: float
    summary: str


def write_jsonl(documents: Sequence[Document], path: Path) -> None:
    """The documents as JSONL articles (the corpus text stays in a temporary folder)."""
    with path.open("w", encoding="utf-8") as stream:
        for document in documents:
            article = document.article
            row = {
                "id": article.id,
                "title": article.title,
                "text": article.text or article.title,  # headline-only: the headline is the story
                "published": article.published.isoformat() if article.published else None,
                "publisher": article.publisher,
                "dateline": article.dateline,
                "language": article.language,  # Reuters-21578 is English; a headline is too short to detect it
            }
            stream.write(json.dumps(row) + "\n")


def run(arguments: list[str], *, show_progress: bool) -> Command:
    """Run ``python -m diplocal ARGUMENTS``; its standard error goes to ours when
    ``show_progress`` (the progress bar), else is kept for the failure message."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "diplocal", *arguments],
        stdout=subprocess.PIPE,
        stderr=None if show_progress else subprocess.PIPE,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):  # 1: some article failed, reported in the summary
        raise SystemExit(f"diplocal {' '.join(arguments)} failed ({done.returncode}): {done.stderr or ''}")
    lines = done.stdout.strip().splitlines()
    return Command(wall, cpu, lines[-1] if lines else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.ingest", description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="Only the first N documents of the corpus (for a quick run).")
    parser.add_argument("--db", help="An EMPTY database to fill instead of a new SQLite file (e.g. postgresql://...).")
    args = parser.parse_args(argv)

    cpu = pin_to_one_core()  # the commands below inherit it
    print("machine:", machine())
    print(f"commands pinned to CPU {cpu}" if cpu is not None else "not pinned (platform cannot)")
    with tempfile.TemporaryDirectory(prefix="diplocal-bench-") as folder:
        documents = list(islice(read_documents(), args.limit))
        corpus = Path(folder) / "reuters.jsonl"
        write_jsonl(documents, corpus)
        url = args.db or f"sqlite:///{Path(folder) / 'bench.db'}"
        if Store.open(url).count():
            raise SystemExit(f"{url} already holds meetings; give an empty database")
        print(f"{len(documents):,} documents written to a temporary JSONL file; store: {url}")
        print()

        reference = run(["extract", "--jsonl", str(corpus)], show_progress=False)
        first = run(["--db", url, "ingest", str(corpus)], show_progress=True)
        again = run(["--db", url, "ingest", str(corpus)], show_progress=True)
        store = Store.open(url)
        stored, size = store.count(), _size(url)
        store.close()

    count = len(documents)
    rows = [
        ("extract --jsonl (no store): reference", first_rate(count, reference), reference.wall, reference.cpu),
        ("ingest into an empty store", first_rate(count, first), first.wall, first.cpu),
        ("ingest again (nothing new)", first_rate(count, again), again.wall, again.cpu),
    ]
    print()
    print(table(("command", "articles/s (wall)", "wall s", "CPU s"), rows))
    print()
    print(f"first ingest: {first.summary}")
    print(f"again:        {again.summary}")
    share = first.wall - reference.wall
    print(
        f"the store's share of the first ingest: {share:.1f} s wall ({share / count * 1000:.2f} ms per article); "
        f"{stored:,} meetings stored" + (f", database {size / 1e6:.0f} MB" if size else "")
    )
    print()
    print(f"target first ingest < {TARGET_FIRST:.0f} s: {verdict(first.wall < TARGET_FIRST)} ({first.wall:.1f} s)")
    print(f"target ingest again < {TARGET_AGAIN:.0f} s: {verdict(again.wall < TARGET_AGAIN)} ({again.wall:.1f} s)")
    return 0


def first_rate(count: int, command: Command) -> float:
    return count / command.wall if command.wall else 0.0


def _size(url: str) -> int:
    if not url.startswith("sqlite:///"):
        return 0
    path = Path(url.removeprefix("sqlite:///"))
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
