"""The stored meetings a new article's sightings may belong to: the part of the store an
article is clustered again with (see :func:`neighbourhood`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, or_, select

from diplocal.model import ChangeAction, DatePrecision
from diplocal.store.cluster import LinkScores
from diplocal.store.fold import Sighting
from diplocal.store.rows import sighting_from_row
from diplocal.store.schema import sightings
from diplocal.store.tokens import Tokens

# How far before a sighting's first day a stored sighting may start and still overlap it:
# the longest span we match against is a month.
_LOOKBACK = timedelta(days=62)


# The statements, built once with bound parameters (see writer.py).
def _between(column: Any, low: str, high: str) -> Any:
    return and_(column >= bindparam(low), column <= bindparam(high))


def _window_clause(prefix: str) -> Any:
    """See :func:`_window`: the day spans and the coarser spans that may agree with a sighting."""
    return or_(
        _between(sightings.c.start_date, f"{prefix}_first", f"{prefix}_last_day"),
        and_(
            sightings.c.precision != DatePrecision.DAY.value,
            _between(sightings.c.start_date, f"{prefix}_lookback", f"{prefix}_last"),
            sightings.c.end_date >= bindparam(f"{prefix}_first"),
        ),
    )


def _covering_clause() -> Any:
    """See :func:`_covering`: sightings whose span contains the day a reschedule moved from."""
    return and_(
        _between(sightings.c.start_date, "c_lookback", "c_day"),
        sightings.c.end_date >= bindparam("c_day"),
    )


_LINKED = _between(sightings.c.previous_start, "l_low", "l_high")
_MOVED_BACK = timedelta(days=120)  # how far back a move that does not say from when may reach
_SIGHTINGS_OF_MEETING = select(sightings).where(sightings.c.meeting_id == bindparam("b_meeting"))
# Only the meeting ids, each once: the rows of a busy span (hundreds of sightings of one
# meeting) cost more to fetch and convert than the search itself.
_NEAR = select(sightings.c.meeting_id).where(or_(_window_clause("w"), _LINKED)).distinct()
_NEAR_OR_MOVED = select(sightings.c.meeting_id).where(or_(_window_clause("w"), _covering_clause(), _LINKED)).distinct()

# How many times the neighbourhood of an article is widened: a merge can make a meeting
# link to sightings the first look did not reach.
_WIDENINGS = 3


def neighbourhood(
    connection: Any, fresh: Sequence[Sighting], touched: set[str], scores: LinkScores, tokens: Tokens
) -> dict[str, list[Sighting]]:
    """The stored meetings a new article's sightings may belong to, with all their sightings:
    every meeting one of its sightings could link to (near in dates and compared at all),
    widened through what those link to. A meeting near in dates only is left alone: nothing
    the article says can change it, and re-clustering it would cost the same again."""
    held: dict[str, list[Sighting]] = {}
    loaded: dict[str, list[Sighting]] = {}
    near: dict[tuple[Any, ...], set[str]] = {}  # by the dates asked about: a busy meeting's sightings share them
    probes = list(fresh)
    wanted = set(touched)
    for _ in range(_WIDENINGS):
        for sighting in probes:
            asked = _near_key(sighting)
            if asked not in near:
                near[asked] = _near(connection, sighting)
            wanted.update(near[asked])
        linked: list[Sighting] = []
        for meeting_id in sorted(wanted - set(held)):
            if meeting_id not in loaded:
                loaded[meeting_id] = _sightings_of(connection, meeting_id, tokens)
            group = loaded[meeting_id]
            if meeting_id in touched or _links(probes, group, scores):
                held[meeting_id] = group
                linked.extend(group)
        if not linked:
            break
        probes = linked
    return {meeting_id: group for meeting_id, group in held.items() if group}


# Sightings read from rows, by the row's values (a row always reads as the same sighting),
# with their tokens: a busy meeting's hundreds of rows are read with every article that
# mentions it. Emptied when full (a few kB a sighting: Reuters-21578 reads 1,000 rows).
REMEMBERED_ROWS = 5_000
_READ: dict[tuple[Any, ...], tuple[Sighting, int]] = {}


def _sightings_of(connection: Any, meeting_id: str, tokens: Tokens) -> list[Sighting]:
    """The stored sightings of one meeting, each known to ``tokens``."""
    found = []
    for row in connection.execute(_SIGHTINGS_OF_MEETING, {"b_meeting": meeting_id}):
        values = tuple(row)
        read = _READ.get(values)
        if read is None:
            if len(_READ) >= REMEMBERED_ROWS:
                _READ.clear()
            sighting = sighting_from_row(row._mapping)
            read = _READ[values] = (sighting, tokens(sighting))
        tokens.adopt(*read)
        found.append(read[0])
    return found


def _links(probes: Sequence[Sighting], group: Sequence[Sighting], scores: LinkScores) -> bool:
    """True when a sighting of ``group`` may be the same meeting as one of ``probes`` (the
    pair is compared at all): only such meetings are clustered again."""
    theirs = [(scores.token(other), other) for other in group]
    for probe in probes:
        mine = scores.token(probe)
        for token, other in theirs:
            if probe.article_id != other.article_id and scores.scored(mine, probe, token, other) != float("-inf"):
                return True
    return False


def _near_key(sighting: Sighting) -> tuple[Any, ...]:
    """All that :func:`_near` reads of a sighting."""
    seen = sighting.meeting
    change = seen.change
    return (
        seen.start,
        seen.end,
        seen.precision is DatePrecision.DAY,
        change.action if change else None,
        change.previous_start if change else None,
    )


def _near(connection: Any, sighting: Sighting) -> set[str]:
    """Ids of stored meetings with a sighting whose dates may agree with ``sighting``'s, or
    that a move links it to (either way)."""
    seen = sighting.meeting
    change = seen.change
    low, high = seen.start, seen.end
    bounds = {**_window(low, high, day=seen.precision is DatePrecision.DAY), "l_low": low.isoformat()}
    bounds["l_high"] = high.isoformat()
    previous = change.previous_start if change and change.action is ChangeAction.RESCHEDULE else None
    if change is not None and change.action is ChangeAction.RESCHEDULE and previous is None:
        # "postponed until April 20", not saying from when: what came before it may be the old date
        bounds["w_lookback"] = (low - _MOVED_BACK).isoformat()
        bounds["w_first"] = (low - _MOVED_BACK).isoformat()
    # Sightings that report a move from a day inside low..high are among them (_LINKED).
    if previous is not None:
        found = set(connection.execute(_NEAR_OR_MOVED, {**bounds, **_covering(previous)}).scalars())
    else:
        found = set(connection.execute(_NEAR, bounds).scalars())
    return found


def _window(low: date, high: date, *, day: bool) -> dict[str, str]:
    """The bounds of :func:`_window_clause` for sightings whose dates may agree with
    ``low..high``: day spans starting within two days of a day sighting (or inside a coarser
    one), and coarser spans (weeks, months) overlapping it."""
    last = (high + timedelta(days=2)).isoformat()
    return {
        "w_first": (low - timedelta(days=2)).isoformat(),
        "w_last_day": (low + timedelta(days=2)).isoformat() if day else last,
        "w_lookback": (low - _LOOKBACK).isoformat(),
        "w_last": last,
    }


def _covering(day: date) -> dict[str, str]:
    """The bounds of :func:`_covering_clause`: sightings whose span contains ``day`` (what a
    reschedule says it moved from)."""
    return {"c_lookback": (day - _LOOKBACK).isoformat(), "c_day": day.isoformat()}
