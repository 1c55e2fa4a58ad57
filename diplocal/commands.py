"""What each command of the command line does, as data and lines of text to print.

``cli.py`` parses the options and prints; the work of each command is here (as khal's
``cli.py`` calls its ``controllers``): the loops, the batch rules and the reports. Nothing
here writes to the terminal or exits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from diplocal.errors import DiplocalError, StoreError, StoreUnavailable, StoreUnwritable
from diplocal.model import Article, Failure, Meeting, StoredMeeting
from diplocal.render.words import plural
from diplocal.store import IngestResult, Store

# -- what a command has to say -----------------------------------------------------------------


@dataclass
class Outcome:
    """Lines for standard output, one-line failures for standard error, and whether all went
    well (the exit code). ``lines`` may be produced as they are read; ``failures`` is complete
    once they have all been read."""

    lines: Iterable[str] = ()
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


# -- batch runs --------------------------------------------------------------------------------


class BatchStopped(Exception):
    """The store failed in a way every following article would hit too (down, read-only,
    disk full): the run stops, saying how many articles were stored and how to finish.

    Not a :class:`DiplocalError` on purpose: the batch loop turns those into one article's
    failure and goes on, and this must end the loop."""


class BatchStore(Store):
    """The store of a batch run: an outage or an unwritable database stops the run with one
    line (:class:`BatchStopped`) instead of failing every remaining article one by one."""

    stored = 0

    def ingest(
        self, article: Article, found: Sequence[Meeting], *, digest: str | None = None, force: bool = False
    ) -> IngestResult:
        try:
            result = super().ingest(article, found, digest=digest, force=force)
        except (StoreUnavailable, StoreUnwritable) as error:
            raise stopped(error, self.stored) from error
        self.stored += not result.unchanged
        return result


def stopped(error: StoreError, stored: int) -> BatchStopped:
    """The one line for a batch run stopped by ``error`` after ``stored`` articles."""
    done = f"{plural(stored, 'article')} {'was' if stored == 1 else 'were'} stored before it" if stored else ""
    done = done or "nothing was stored"
    fix = f"{error.hint}; then" if error.hint else "fix it, then"
    return BatchStopped(f"{error.message}; {done} ({fix} run the same command again: stored articles are skipped)")


def ingest(
    store: Store,
    items: Iterable[Article | Failure],
    *,
    published: datetime | None = None,
    progress: Callable[[Article | Failure], None] | None = None,
) -> Outcome:
    """``diplocal ingest``: store every article, then one summary line; each failure is kept.

    Raises :class:`BatchStopped` when ``store`` is a :class:`BatchStore` that stops.
    """
    from diplocal.ingest import ingest as run_ingest

    report = run_ingest(store, items, published=published, progress=progress)
    return Outcome([report.summary()], report.failures)


def reextract(store: Store) -> Outcome:
    """``diplocal reextract``: read every stored article again, then one summary line."""
    from diplocal.ingest import reextract as run_reextract

    report = run_reextract(store)
    return Outcome([report.summary()], report.failures)


# -- extract -----------------------------------------------------------------------------------


def extract(
    sources: Sequence[Path], *, published: datetime | None, jsonl: bool, as_json: bool, explain: bool = False
) -> Outcome:
    """``diplocal extract``: the meetings found in each article, without the store.

    With ``jsonl``, one prediction line per article (the shared scorer's format; a failed
    article gives an empty one); with ``as_json``, one JSON document; with ``explain``, each
    candidate with its spans and the decision taken on it; else lines for people.
    """
    from diplocal.ingest import explain_article, prepare
    from diplocal.render.jsonview import found_to_json, prediction_to_json
    from diplocal.sources import read_paths

    outcome = Outcome()

    def lines() -> Iterator[str]:
        documents: list[dict[str, Any]] = []
        for item in read_paths(sources):
            if isinstance(item, Failure):
                outcome.failures.append(item)
                continue
            try:
                if explain:
                    yield from explain_article(item, published)
                    continue
                article, found = prepare(item, published)
            except DiplocalError as error:
                outcome.failures.append(Failure.from_error(item.source or item.id, error))
                if jsonl:
                    yield json.dumps({"id": item.id, "events": []})
                continue
            if jsonl:
                yield json.dumps(prediction_to_json(article.id, found))
            elif as_json:
                document: dict[str, Any] = {"id": article.id, "events": [found_to_json(m) for m in found]}
                document["published"] = article.published.isoformat() if article.published else None
                document["published_inferred_from"] = article.published_basis
                documents.append(document)
            else:
                yield from article_lines(article, found)
        if as_json and not jsonl:
            yield json.dumps(documents[0] if len(documents) == 1 else documents, indent=2)

    outcome.lines = lines()
    return outcome


def article_lines(article: Article, found: Sequence[Meeting]) -> list[str]:
    """An article's heading line, then one line per meeting found in it."""
    published = article.published.date().isoformat() if article.published else "?"
    basis = f" (inferred from {article.published_basis})" if article.published_basis else ""
    lines = [f"{article.id}: {article.title} [published {published}{basis}]"]
    if not found:
        lines.append("  no scheduled meetings found")
    for meeting in found:
        where = f" @ {meeting.location}" if meeting.location else ""
        lines.append(f"  {_span(meeting)}  {meeting.title}{where}  ({meeting.status.value}, {meeting.confidence:.2f})")
    return lines


def _span(meeting: Meeting) -> str:
    if meeting.end == meeting.start:
        return meeting.start_label()
    return f"{meeting.start_label()}..{meeting.end_label()}"


# -- list --------------------------------------------------------------------------------------

LIST_HEADERS = ("date", "title", "place", "status", "conf", "id")


def list_lines(found: Sequence[StoredMeeting], start: date, end: date | None) -> list[str]:
    """``diplocal list``: stored meetings as a table, or a line saying how to see more."""
    if not found:
        until = f" to {end}" if end else ""
        return [f"no meetings from {start}{until} (try --from with an earlier date)"]
    rows = [
        (
            _span(s.meeting),
            s.meeting.title,
            s.meeting.location or "",
            s.meeting.status.value,
            f"{s.meeting.confidence:.2f}",
            s.id,
        )
        for s in found
    ]
    widths = [max(len(str(row[i])) for row in [LIST_HEADERS, *rows]) for i in range(len(LIST_HEADERS))]
    return [
        "  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [LIST_HEADERS, *rows]
    ]


def list_json(found: Sequence[StoredMeeting], base_url: str) -> str:
    """``diplocal list --json``: the meetings as the API gives them."""
    from diplocal.render.jsonview import meeting_to_json

    return json.dumps({"meetings": [meeting_to_json(m, base_url) for m in found]}, indent=2)


# -- watch and sources -------------------------------------------------------------------------


def poll_line(number: int, summary: str, *, at: datetime | None) -> str:
    """One poll's summary; stamped with its time (UTC) when polling repeats."""
    return summary if at is None else f"[{at:%Y-%m-%d %H:%M:%SZ}] poll {number}: {summary}"


def sources_lines(states: Sequence[Any]) -> list[str]:
    """``diplocal sources``: each watched feed with its last success, last error and entries."""
    if not states:
        return ["no feeds watched yet (start with: diplocal watch FEED_URL)"]
    lines: list[str] = []
    for state in states:
        success = state.last_success.strftime("%Y-%m-%d %H:%M") if state.last_success else "never"
        lines.append(f"{state.url}" + (f"  ({state.title})" if state.title else ""))
        lines.append(
            f"  last success: {success}; entries seen: {state.entries_seen} ({state.entries_ingested} ingested)"
        )
        if state.last_error and state.last_error_at:
            when = f"{state.last_error_at:%Y-%m-%d %H:%M}"
            if state.healthy:
                lines.append(f"  last error (since recovered): {when}: {state.last_error}")
            else:
                lines.append(f"  last error: {when}: {state.last_error} ({state.errors_in_row} in a row)")
    return lines


def import_line(counts: dict[str, int]) -> str:
    """``diplocal import``: how many records of each kind were read."""
    return ", ".join(plural(count, f"{kind} record") for kind, count in counts.items())


# -- demo --------------------------------------------------------------------------------------


def demo_tips(base: str) -> list[str]:
    """What to try once the demo serves on ``base``."""
    return [
        "",
        "Try:",
        f"  open {base}/ in a browser (the sample's meetings; by month: {base}/month/2022-01)",
        f"  curl {base}/calendar.ics",
        f"  curl '{base}/api/meetings?from=2022-01-01'",
        "",
    ]
