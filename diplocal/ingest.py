"""The batch job: read articles, find their meetings, store them, and report every failure."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from diplocal.errors import DiplocalError, UnsupportedLanguage
from diplocal.extract import meetings_from_article
from diplocal.extract.published import ensure_published
from diplocal.model import Article, Failure, Meeting
from diplocal.render.words import plural
from diplocal.sources import Input
from diplocal.store import IngestResult, Store


@dataclass
class IngestReport:
    """What a run did, for the closing summary and the exit code."""

    articles: int = 0
    unchanged: int = 0
    meetings_found: int = 0
    new: int = 0
    updated: int = 0
    confirmed: int = 0
    withdrawn: int = 0  # meetings no article reports any more (after re-extraction)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return (
            f"{plural(self.articles, 'article')} read ({self.unchanged} unchanged), "
            f"{plural(self.meetings_found, 'meeting')} found: "
            f"{self.new} new, {self.updated} updated, {self.confirmed} confirmed by another source"
            + (f", {self.withdrawn} withdrawn" if self.withdrawn else "")
            + f"; {len(self.failures)} failed"
        )


def prepare(item: Article, published: datetime | None = None) -> tuple[Article, list[Meeting]]:
    """An article with its publication date settled, and the meetings found in it.

    ``published`` overrides what the article says. Raises :class:`DiplocalError` subclasses.
    """
    if published is not None:
        item = item.with_published(published, None)
    item = ensure_published(settle_language(item))
    return item, meetings_from_article(item)


def settle_language(item: Article) -> Article:
    """The article with its language settled to the code of the pack that reads it: the
    language it gives, else the one detected in its text (so the store records either).

    Raises :class:`UnsupportedLanguage` naming the language and the ones diplocal reads.
    """
    from diplocal.extract.lang import SUPPORTED, pack_for
    from diplocal.extract.language import detect_language

    where = item.source or item.id
    code = item.language
    how = "" if code else "detected "
    try:
        code = code or detect_language(f"{item.title}\n{item.text}")
        pack = pack_for(code)
    except UnsupportedLanguage as error:
        if code is None:  # too little or too mixed text to tell
            raise UnsupportedLanguage(error.message, where=where, hint=error.hint) from None
        raise UnsupportedLanguage(
            f"{how}language {code!r}{_named(code)} is not supported",
            where=where,
            hint=f"diplocal reads {', '.join(f'{c}{_named(c)}' for c in SUPPORTED)}",
        ) from None
    return item if item.language == pack.code else replace(item, language=pack.code)


def _named(code: str) -> str:
    """The English name of a language code in brackets (" (Italian)" for "it"), or "" when unknown."""
    from babel import Locale

    name = Locale("en").languages.get(code.strip().lower().replace("-", "_").split("_")[0])
    return f" ({name})" if name else ""


def explain_article(item: Article, published: datetime | None = None) -> list[str]:
    """Lines telling how the extractor reads an article: every candidate, its spans, the
    decision taken and why, and the meetings kept. Raises :class:`DiplocalError` subclasses."""
    from diplocal.extract import explain_article as explanation_of
    from diplocal.extract.explain import explain_lines

    if published is not None:
        item = item.with_published(published, None)
    return explain_lines(explanation_of(ensure_published(settle_language(item))))


def ingest(
    store: Store,
    items: Iterable[Article | Failure],
    *,
    published: datetime | None = None,
    progress: Callable[[Article | Failure], None] | None = None,
    done: Callable[[Article, Failure | None], None] | None = None,
) -> IngestReport:
    """Store every article of ``items`` with its meetings; one bad article never stops the rest.

    ``done`` hears of each article once it is handled, with its failure (None when stored or
    unchanged): the feed watcher uses it to remember entries.
    """
    report = IngestReport()
    known = store.article_hashes()
    for item in items:
        if progress is not None:
            progress(item)
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        report.articles += 1
        if published is not None:
            item = item.with_published(published, None)
        digest = item.content_hash()
        if known.get(item.id) == digest:
            report.unchanged += 1
            if done is not None:
                done(item, None)
            continue
        try:
            article, found = prepare(item)
            result = store.ingest(article, found, digest=digest)
        except DiplocalError as error:
            failure = Failure.from_error(item.source or item.id, error)
            report.failures.append(failure)
            if done is not None:
                done(item, failure)
            continue
        if done is not None:
            done(item, None)
        if result.unchanged:
            report.unchanged += 1
            continue
        _count(report, result, len(found))
    return report


def _count(report: IngestReport, result: IngestResult, found: int) -> None:
    report.meetings_found += found
    report.new += len(result.new)
    report.updated += len(result.updated)
    report.confirmed += len(result.confirmed)
    report.withdrawn += len(result.withdrawn)


def reextract(
    store: Store,
    *,
    extract: Callable[[Article], list[Meeting]] | None = None,
    progress: Callable[[Article | Failure], None] | None = None,
) -> IngestReport:
    """Run the extractor again over every stored article and update the meetings in place.

    Meetings keep their ids and history; a meeting the extractor no longer finds in any
    article is withdrawn. ``extract`` defaults to :func:`meetings_from_article`.
    """
    read = extract or meetings_from_article
    report = IngestReport()
    hashes = store.article_hashes()
    for article in store.articles():
        if progress is not None:
            progress(article)
        report.articles += 1
        try:
            article = settle_language(article)  # one stored without it is detected, and then kept
            found = read(article)
            result = store.ingest(article, found, digest=hashes.get(article.id), force=True)
        except DiplocalError as error:
            report.failures.append(Failure.from_error(article.source or article.id, error))
            continue
        _count(report, result, len(found))
    return report


def expected_articles(units: Sequence[Input | Failure]) -> int:
    """How many articles (or failures) reading ``units`` will likely give, for a progress bar:
    a JSONL file's non-blank lines, one for anything else (a feed or a URL may give more)."""
    return sum(_jsonl_lines(unit.path) if isinstance(unit, Input) and _is_jsonl(unit.path) else 1 for unit in units)


def _is_jsonl(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() == ".jsonl"


def _jsonl_lines(path: Path | None) -> int:
    assert path is not None
    count = 0
    try:
        with path.open("rb") as stream:
            for line in stream:
                count += bool(line.strip())
    except OSError:
        return 1  # reading it will fail, once
    return max(count, 1)
