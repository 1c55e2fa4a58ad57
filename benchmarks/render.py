"""Rendering speed: feeds of 1,000, 10,000 and 100,000 synthetic meetings, and the served feed's cache.

    python -m benchmarks.render [--sizes 1000,10000,100000] [--runs 3] [--no-store]

Pinned to one CPU. Three measurements for each size:

1. the renderer alone (``render_calendar``, caps lifted so every event is written): the
   best CPU time of ``--runs`` renders, sizes taken in turn so drift hits each alike; the
   first render of the process (VTIMEZONE rules computed, caches cold) is timed apart;
2. the reference, in the same run: the icalendar library writing the same first 1,000
   events (what diplocal would cost through the library's serializer);
3. the served feed from a store of that many meetings (SQLite): a cold render as the
   server does it (the feed's meetings read from the store, capped at the feed's size
   limits), the same through ``Store.find`` of the whole window (how it was read before),
   and a cached answer; then the cache is shown to render again only after the store
   changes (``Store.version()``).
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.common import machine, peak_rss_mb, pin_to_one_core, table, verdict
from benchmarks.synthetic import fill_store, meetings_around
from diplocal.feeds import Feed, FeedCache, render_feed
from diplocal.model import Article, Meeting, StoredMeeting
from diplocal.query import MeetingQuery
from diplocal.render.ical import render_calendar
from diplocal.settings import Settings
from diplocal.store import Store

TODAY = date(2026, 6, 1)  # fixed: the synthetic meetings lie around it; no clock is read
TARGET_10K = 1.0  # seconds for 10,000 meetings
TARGET_GROWTH = 11.0  # the 100,000 time under this many times the 10,000 time
UNCAPPED = Settings(feed_max_events=10**9, feed_max_bytes=10**12)


def cpu_seconds(action: Callable[..., object], *args: object, **kwargs: object) -> float:
    """The CPU seconds of one call ``action(*args, **kwargs)``."""
    start = time.process_time()
    action(*args, **kwargs)
    return time.process_time() - start


def icalendar_reference(items: Sequence[StoredMeeting]) -> bytes:
    """The same events through the icalendar library's own serializer (the reference)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//diplocal benchmark//EN")
    calendar.add("version", "2.0")
    for stored in items:
        meeting = stored.meeting
        event = Event()
        event.add("uid", f"{stored.id}@diplocal.invalid")
        event.add("dtstamp", stored.updated)
        event.add("created", stored.created)
        event.add("last-modified", stored.updated)
        event.add("sequence", stored.sequence)
        event.add("dtstart", meeting.start)
        event.add("dtend", meeting.end + timedelta(days=1))
        event.add("summary", meeting.title)
        event.add("status", "CONFIRMED")
        if meeting.location:
            event.add("location", meeting.location)
        if meeting.organisations or meeting.countries:
            event.add("categories", [*meeting.organisations, *meeting.countries])
        event.add("description", "\n".join(e.sentence for e in meeting.evidence))
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.render", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="Comma-separated numbers of meetings.")
    parser.add_argument("--runs", type=int, default=3, help="Renders of each size; the best counts (default 3).")
    parser.add_argument("--no-store", action="store_true", help="Skip the served-feed part (no stores built).")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]

    cpu = pin_to_one_core()
    print("machine:", machine())
    print(f"pinned to CPU {cpu}" if cpu is not None else "not pinned (platform cannot)")
    verdicts = renderer(sizes, args.runs)
    if not args.no_store:
        print()
        served(sizes)
    print()
    print(f"peak RSS: {peak_rss_mb():.0f} MB")
    for line in verdicts:
        print(line)
    return 0


def renderer(sizes: Sequence[int], runs: int) -> list[str]:
    """Time the renderer alone on each size and the reference; returns the target lines."""
    print(f"synthetic meetings around {TODAY} (a year either side): building {', '.join(map(str, sizes))}")
    sets = {size: meetings_around(size, TODAY) for size in sizes}
    gc.collect()
    gc.freeze()  # the inputs are long-lived: keep the collector from rescanning them in every run
    try:
        first = cpu_seconds(render_calendar, sets[sizes[0]], UNCAPPED, today=TODAY)
        best = dict.fromkeys(sizes, float("inf"))
        for _ in range(runs):
            for size in sizes:  # sizes take turns, so drift on a shared machine hits each alike
                best[size] = min(best[size], cpu_seconds(render_calendar, sets[size], UNCAPPED, today=TODAY))
        written = {size: len(render_calendar(sets[size], UNCAPPED, today=TODAY)) for size in sizes}
        sample = sets[max(sizes)][:1000]
        ours = min(cpu_seconds(render_calendar, sample, UNCAPPED, today=TODAY) for _ in range(runs))
        library = min(cpu_seconds(icalendar_reference, sample) for _ in range(max(1, runs - 1)))
    finally:
        gc.unfreeze()
    rows = [
        (f"{size:,}", best[size], best[size] / size * 1e6, written[size] / 1e6, size / best[size]) for size in sizes
    ]
    print()
    print(f"the renderer alone (every event written), best CPU seconds of {runs}")
    print(table(("meetings", "seconds", "us/event", "MB", "events/s"), rows))
    print(f"first render of the process ({sizes[0]:,} meetings, cold VTIMEZONE caches): {first:.2f} s")
    print(
        f"reference, {len(sample):,} events: icalendar library {library:.3f} s, ours {ours:.3f} s "
        f"({library / ours:.1f}x faster)"
    )
    verdicts = []
    if 10_000 in best:
        verdicts.append(
            f"target 10,000 < {TARGET_10K:.0f} s: {verdict(best[10_000] < TARGET_10K)} ({best[10_000]:.2f} s)"
        )
    if 10_000 in best and 100_000 in best:
        growth = best[100_000] / best[10_000]
        verdicts.append(
            f"target 100,000 < {TARGET_GROWTH:.0f}x the 10,000 time: {verdict(growth < TARGET_GROWTH)} ({growth:.1f}x)"
        )
    return verdicts


def served(sizes: Sequence[int]) -> None:
    """The served feed on stores of each size: from the store, the old whole-window read, cached."""
    settings = Settings()  # the defaults a server runs with: capped feed, 30 past days
    rows = []
    with tempfile.TemporaryDirectory(prefix="diplocal-bench-") as folder:
        for size in sizes:
            store = Store.open(f"sqlite:///{Path(folder) / f'{size}.db'}")
            rows.append(_served_one(store, size, settings))
            if size == sizes[-1]:
                cache = FeedCache()
                for _ in range(3):
                    cache.get(store, settings, Feed(), TODAY)
                before = cache.renders
                _change(store)
                for _ in range(3):
                    cache.get(store, settings, Feed(), TODAY)
                after = cache.renders
            store.close()
    print("the served feed (default settings: at most 1,000 events and 750 kB), from a SQLite store")
    headers = ("meetings", "build s", "from store CPU s", "whole window, before CPU s", "cached ms", "events", "kB")
    print(table(headers, rows))
    print(
        f"cache: 3 requests of the same feed rendered it {before} time(s); after one article was stored, "
        f"3 more requests rendered it {after - before} more time(s)"
    )


def _served_one(store: Store, size: int, settings: Settings) -> tuple[object, ...]:
    started = time.perf_counter()
    fill_store(store, size, TODAY)
    built = time.perf_counter() - started
    feed = Feed()
    fresh = min(cpu_seconds(render_feed, store, settings, feed, TODAY) for _ in range(2))
    window = feed.window(settings, today=TODAY)
    whole = cpu_seconds(_whole_window, store, window, settings)
    cache = FeedCache()
    body = cache.get(store, settings, feed, TODAY).body
    hits = 200
    cached = cpu_seconds(_ask, cache, store, settings, feed, hits) / hits
    return (f"{size:,}", built, fresh, whole, cached * 1000, body.count(b"BEGIN:VEVENT"), len(body) / 1e3)


def _whole_window(store: Store, window: MeetingQuery, settings: Settings) -> bytes:
    """The feed as it was read before find_first: every meeting of the window, then capped."""
    return render_calendar(store.find(window), settings, today=TODAY)


def _ask(cache: FeedCache, store: Store, settings: Settings, feed: Feed, times: int) -> None:
    for _ in range(times):
        cache.get(store, settings, feed, TODAY)


def _change(store: Store) -> None:
    """Store one more article with a meeting: the store's version changes."""
    published = datetime.combine(TODAY, datetime.min.time(), UTC)
    article = Article(id="bench-change", title="Talks", text="Envoys will meet in Oslo.", published=published)
    meeting = Meeting(
        title="Oslo talks", start=TODAY + timedelta(days=3), end=TODAY + timedelta(days=3), location="Oslo"
    )
    store.ingest(article, [meeting])


if __name__ == "__main__":
    sys.exit(main())
