"""Polling feeds: conditional GETs, each entry ingested once, and the health of every source kept."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from diplocal.errors import DiplocalError, InvalidParameter, UnreadableArticle
from diplocal.fetch import Fetcher, FetchFailed
from diplocal.ingest import IngestReport, ingest
from diplocal.model import Article, Failure
from diplocal.render.words import plural
from diplocal.sources import page_reader
from diplocal.sources.feeds import FeedEntry, article_from_entry, parse_feed
from diplocal.store import Store, feed_state

MIN_INTERVAL = timedelta(minutes=1)
_INTERVAL = re.compile(r"(\d+)\s*([smhd])")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def parse_interval(text: str) -> timedelta:
    """A polling interval from "90s", "15m", "1h30m" or "1d". Raises :class:`InvalidParameter`."""
    compact = text.strip().lower().replace(" ", "")
    parts = _INTERVAL.findall(compact)
    if not compact or "".join(number + unit for number, unit in parts) != compact:
        raise InvalidParameter(
            f"interval {text!r} is not a duration", parameter="--every", hint="use e.g. 90s, 15m, 1h or 1h30m"
        )
    interval = sum((timedelta(**{_UNITS[unit]: int(number)}) for number, unit in parts), timedelta())
    if interval < MIN_INTERVAL:
        raise InvalidParameter(
            f"interval {text!r} is shorter than {int(MIN_INTERVAL.total_seconds())} seconds",
            parameter="--every",
            hint="poll feeds at most once a minute; 15m is polite",
        )
    return interval


@dataclass
class PollReport:
    """What one round over the feeds did: the ingest report, and per-feed outcomes."""

    report: IngestReport
    not_modified: int = 0
    feeds_failed: int = 0
    entries_new: int = 0

    def summary(self) -> str:
        unchanged = plural(self.not_modified, "feed")
        return f"{unchanged} unchanged, {plural(self.entries_new, 'new entry', 'new entries')}; {self.report.summary()}"


def poll_feeds(store: Store, urls: Sequence[str], *, fetcher: Fetcher, now: datetime) -> PollReport:
    """Poll each feed once, ingest its entries not seen before, and record its health.

    ``now`` stamps the health records (the clock is read by the caller). A feed that cannot
    be fetched or read is one failure in the report and an error in its health record.
    """
    total = PollReport(IngestReport())
    for url in urls:
        _poll(store, url, fetcher=fetcher, now=now, total=total)
    return total


def _poll(store: Store, url: str, *, fetcher: Fetcher, now: datetime, total: PollReport) -> None:
    known = feed_state.get_feed(store, url)
    try:
        fetched = fetcher.get(
            url, etag=known.etag if known else None, last_modified=known.last_modified if known else None
        )
        if fetched.not_modified:
            feed_state.record_success(store, url, at=now, status=304, etag=None, last_modified=None)
            total.not_modified += 1
            return
        feed = parse_feed(fetched.body, where=url, base_url=fetched.url)
    except (FetchFailed, UnreadableArticle) as error:
        feed_state.record_error(store, url, at=now, reason=error.message)
        total.report.failures.append(Failure(url, error.message))
        total.feeds_failed += 1
        return
    done = feed_state.done_entries(store, url)
    fresh = [entry for entry in feed.entries if feed_state.entry_key(entry.key) not in done]
    total.entries_new += len(fresh)
    total.report.failures.extend(feed.failures)
    keys: dict[str, str] = {}

    def articles() -> Iterator[Article | Failure]:
        read_page = page_reader(fetcher)
        for entry in fresh:
            try:
                article = article_from_entry(entry, feed, source=url, read_page=read_page)
            except DiplocalError as error:
                feed_state.remember_entry(store, url, entry.key, at=now, article_id=None, reason=error.message)
                yield Failure(error.where or _entry_name(entry), error.message)
                continue
            keys[article.id] = entry.key
            yield article

    def remember(article: Article, failure: Failure | None) -> None:
        reason = failure.reason if failure else None
        feed_state.remember_entry(store, url, keys[article.id], at=now, article_id=article.id, reason=reason)

    _add(total.report, ingest(store, articles(), done=remember))
    feed_state.record_success(
        store,
        url,
        at=now,
        status=fetched.status,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        title=feed.title,
    )


def _entry_name(entry: FeedEntry) -> str:
    return entry.link or entry.key


def _add(total: IngestReport, part: IngestReport) -> None:
    total.articles += part.articles
    total.unchanged += part.unchanged
    total.meetings_found += part.meetings_found
    total.new += part.new
    total.updated += part.updated
    total.confirmed += part.confirmed
    total.failures.extend(part.failures)


def watch(
    store: Store,
    urls: Sequence[str],
    *,
    fetcher: Fetcher,
    every: timedelta | None,
    clock: Callable[[], datetime],
    sleep: Callable[[float], None],
    on_round: Callable[[int, PollReport], None],
    rounds: int | None = None,
) -> PollReport:
    """Poll ``urls`` every ``every`` (once when None, or ``rounds`` times), reporting each round.

    Returns the last round's report. Runs until interrupted when neither bound is given.
    """
    number = 0
    while True:
        number += 1
        started = clock()
        result = poll_feeds(store, urls, fetcher=fetcher, now=started)
        on_round(number, result)
        if every is None or (rounds is not None and number >= rounds):
            return result
        elapsed = (clock() - started).total_seconds()
        sleep(max(0.0, every.total_seconds() - elapsed))
