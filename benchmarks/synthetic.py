"""Synthetic meetings for the render and serve benchmarks: varied, deterministic, any number.

A seeded generator gives meetings spread over two years around a given day, with the mix a
real store has: mostly whole days, some with a time at the venue, some known only to the
week or the month, tentative, cancelled and postponed ones, one to three sources each.
:func:`fill_store` writes them into an empty store as the store itself would (an article,
a sighting, the derived meeting row, its tags and history) but in bulk, so a store of
100,000 meetings takes seconds, not the hours of ingesting 100,000 articles one by one.
"""

from __future__ import annotations

import hashlib
import pickle
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert

from diplocal.model import Article, DatePrecision, Evidence, Meeting, Status, StoredMeeting
from diplocal.store import Store
from diplocal.store.fold import Derived, Sighting, derive
from diplocal.store.merge import publisher_key
from diplocal.store.rows import article_row, history_row, meeting_row, sighting_row
from diplocal.store.schema import articles, meeting_history, meeting_tags, meetings, sightings

SPREAD_DAYS = 365  # meetings fall within a year before and a year after the day given
_PLACES = [
    ("Geneva", "Europe/Zurich"), ("Brussels", "Europe/Brussels"), ("Vienna", "Europe/Vienna"),
    ("New York", "America/New_York"), ("Washington", "America/New_York"), ("Tokyo", "Asia/Tokyo"),
    ("Paris", "Europe/Paris"), ("London", "Europe/London"), ("Moscow", "Europe/Moscow"),
    ("Beijing", "Asia/Shanghai"), ("Nairobi", "Africa/Nairobi"), ("Addis Ababa", "Africa/Addis_Ababa"),
    ("Brasilia", "America/Sao_Paulo"), ("Canberra", "Australia/Sydney"), ("New Delhi", "Asia/Kolkata"),
    ("virtual", None), ("Doha", "Asia/Qatar"), ("Jakarta", "Asia/Jakarta"), ("Ottawa", "America/Toronto"),
    ("Luxembourg", "Europe/Luxembourg"),
]  # fmt: skip
_ORGS = ["NATO", "EU", "OPEC", "UN", "G7", "G20", "ASEAN", "African Union", "WTO", "IMF", "OSCE", "OECD"]
_COUNTRIES = ["US", "RU", "CN", "FR", "DE", "GB", "JP", "IN", "BR", "ZA", "TR", "IR", "SA", "UA", "KE", "AU"]
_KINDS = ["meeting", "summit", "talks", "conference", "visit", "ministerial"]
_TOPICS = [
    "security", "trade", "energy", "climate", "debt relief", "the grain deal", "arms control", "fisheries",
    "migration", "oil output", "tariffs", "health", "the ceasefire", "sanctions", "a new treaty",
]  # fmt: skip
_PUBLISHERS = ["Reuters", "AFP", "AP", "TASS", "Xinhua", "Kyodo", "DPA", "ANSA"]


def meetings_around(count: int, today: date, *, seed: int = 8) -> list[StoredMeeting]:
    """``count`` stored meetings spread over a year either side of ``today``, as the store
    hands them to the renderer: sorted by first day then id, and built in that order, as
    rows read from the database are (a renderer walking 100,000 objects scattered at random
    in memory measures the memory, not itself)."""
    generated = sorted(
        (stored for stored, _sightings, _derived in _generate(count, today, seed)),
        key=lambda stored: (stored.meeting.start, stored.id),
    )
    # A pickle round trip builds fresh objects one after the other, in the list's order.
    fresh: list[StoredMeeting] = pickle.loads(pickle.dumps(generated))  # our own bytes
    return fresh


def _generate(count: int, today: date, seed: int) -> Iterator[tuple[StoredMeeting, list[Sighting], Derived]]:
    rng = random.Random(seed)
    for number in range(count):
        meeting_id = hashlib.sha256(f"bench-{seed}-{number}".encode()).hexdigest()[:16]
        meeting = _meeting(rng, today)
        sources = [_sighting(rng, meeting_id, number, index, meeting) for index in range(rng.choice((1, 1, 1, 2, 3)))]
        derived = derive(sources)
        evidence = tuple(s.meeting.evidence[0] for s in sorted(sources, key=Sighting.order))
        stored = StoredMeeting(
            id=meeting_id,
            meeting=_with(derived.meeting, evidence=evidence),
            created=derived.created,
            updated=derived.updated,
            sequence=derived.sequence,
            revision=derived.revision,
        )
        yield stored, sources, derived


def _meeting(rng: random.Random, today: date) -> Meeting:
    start = today + timedelta(days=rng.randint(-SPREAD_DAYS, SPREAD_DAYS))
    place, zone = rng.choice(_PLACES)
    orgs = tuple(rng.sample(_ORGS, rng.choice((0, 1, 1, 2))))
    countries = tuple(rng.sample(_COUNTRIES, rng.choice((0, 1, 2, 2, 3))))
    kind = rng.choice(_KINDS)
    roll = rng.random()
    precision, end, start_time, end_time = (
        DatePrecision.DAY,
        start + timedelta(days=rng.choice((0, 0, 0, 1, 2))),
        None,
        None,
    )
    if roll < 0.05:
        precision = DatePrecision.MONTH
        start = start.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    elif roll < 0.10:
        precision = DatePrecision.WEEK
        start = start - timedelta(days=start.weekday())
        end = start + timedelta(days=6)
    elif roll < 0.25 and zone is not None:
        start_time = time(rng.choice((8, 9, 10, 11, 14, 15, 16)), rng.choice((0, 0, 30)))
        end_time = time(min(start_time.hour + 2, 23), start_time.minute) if rng.random() < 0.5 else None
        end = start
    status = rng.choices(
        (Status.CONFIRMED, Status.TENTATIVE, Status.CANCELLED, Status.POSTPONED), weights=(85, 10, 3, 2)
    )[0]
    who = " and ".join([*orgs, *countries]) or "Foreign ministers"
    return Meeting(
        title=f"{who} {kind} on {rng.choice(_TOPICS)}",
        start=start,
        end=end,
        precision=precision,
        start_time=start_time,
        end_time=end_time,
        timezone=zone if start_time else None,
        location=place,
        participants=tuple(f"{c} foreign minister" for c in countries[:2]),
        organisations=orgs,
        countries=countries,
        kind=kind,
        status=status,
        confidence=round(rng.uniform(0.5, 0.95), 2),
    )


def _sighting(rng: random.Random, meeting_id: str, number: int, index: int, meeting: Meeting) -> Sighting:
    publisher = rng.choice(_PUBLISHERS)
    published = datetime.combine(meeting.start - timedelta(days=rng.randint(1, 40)), time(rng.randint(0, 23)), UTC)
    article_id = f"bench-{number}-{index}"
    evidence = Evidence(
        article_id=article_id,
        sentence=f"{meeting.title} will be held in {meeting.location} on {meeting.start:%B %d}, officials said.",
        url=f"https://news.example/{publisher.lower()}/{meeting_id}/{index}",
        publisher=publisher,
        published=published,
        title=meeting.title.upper(),
    )
    return Sighting(article_id, published, publisher_key(publisher, evidence.url), _with(meeting, evidence=(evidence,)))


def _with(meeting: Meeting, **changes: Any) -> Meeting:
    return replace(meeting, **changes)


def fill_store(store: Store, count: int, today: date, *, seed: int = 8, chunk: int = 5000) -> None:
    """Write ``count`` synthetic meetings (with their articles, sightings, tags and history)
    into ``store``, which must hold none of them yet."""
    rows: dict[str, list[dict[str, object]]] = {
        "articles": [],
        "meetings": [],
        "sightings": [],
        "tags": [],
        "history": [],
    }

    def flush() -> None:
        with store._begin() as connection:  # the store's own write transaction
            for table, key in ((articles, "articles"), (meetings, "meetings"), (sightings, "sightings")):
                if rows[key]:
                    connection.execute(insert(table), rows[key])
            if rows["tags"]:
                connection.execute(insert(meeting_tags), rows["tags"])
            if rows["history"]:
                connection.execute(insert(meeting_history), rows["history"])
        for values in rows.values():
            values.clear()

    for number, (stored, sources, derived) in enumerate(_generate(count, today, seed), 1):
        rows["meetings"].append({"id": stored.id, **meeting_row(derived, derived.sequence)})
        for sighting in sources:
            evidence = sighting.meeting.evidence[0]
            article = Article(
                id=sighting.article_id,
                title=evidence.title or "",
                text=evidence.sentence,
                published=sighting.published,
                url=evidence.url,
                publisher=evidence.publisher,
            )
            rows["articles"].append(article_row(article, article.content_hash()))
            rows["sightings"].append(sighting_row(stored.id, sighting))
        meeting = derived.meeting
        tags = {("org", o) for o in meeting.organisations} | {("country", c) for c in meeting.countries}
        rows["tags"].extend({"meeting_id": stored.id, "kind": k, "value": v} for k, v in sorted(tags))
        rows["history"].extend(history_row(stored.id, step) for step in derived.history)
        if number % chunk == 0:
            flush()
    flush()
