"""Storing one article's meetings inside the caller's transaction: match, record, re-derive."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, String, and_, bindparam, cast, delete, insert, or_, select, update

from diplocal.model import Article, ChangeAction, DatePrecision, Meeting, Status
from diplocal.store.fold import SCHEDULING, Derived, Sighting, derive
from diplocal.store.merge import conflict, publisher_key, same_event, same_meeting
from diplocal.store.rows import (
    article_row,
    history_row,
    meeting_row,
    moment,
    sighting_from_row,
    sighting_row,
    step_from_row,
    stored_from_row,
)
from diplocal.store.schema import (
    CHANGES_KEY,
    articles,
    meeting_aliases,
    meeting_history,
    meeting_tags,
    meetings,
    schema_info,
    sightings,
)

# How far before a sighting's first day a stored sighting may start and still overlap it:
# the longest span we match against is a month.
_LOOKBACK = timedelta(days=62)
_UPCOMING = timedelta(days=400)  # how far ahead "the next meeting of these participants" is sought


# The statements of the write path, built once with bound parameters: SQLAlchemy then
# compiles each one once (its compiled cache), where a statement built per call with its
# values inline costs ten times more to prepare than to run. Parameter names start with
# "b_" where a column of the same name is set by the statement.
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
_ARTICLE_HASH = select(articles.c.content_hash).where(articles.c.id == bindparam("b_id"))
_INSERT_ARTICLE = insert(articles)
_UPDATE_ARTICLE = update(articles).where(articles.c.id == bindparam("b_id"))
_SIGHTINGS_OF_ARTICLE = select(sightings).where(sightings.c.article_id == bindparam("b_article"))
_SIGHTINGS_OF_MEETING = select(sightings).where(sightings.c.meeting_id == bindparam("b_meeting"))
_NEAR = select(sightings).where(or_(_window_clause("w"), _LINKED))
_NEAR_OR_MOVED = select(sightings).where(or_(_window_clause("w"), _covering_clause(), _LINKED))
_MEETINGS_IN = select(meetings).where(meetings.c.id.in_(bindparam("b_ids", expanding=True)))
_MEETING = select(meetings).where(meetings.c.id == bindparam("b_id"))
_MEETING_ID = select(meetings.c.id).where(meetings.c.id == bindparam("b_id"))
_INSERT_MEETING = insert(meetings)
_UPDATE_MEETING = update(meetings).where(meetings.c.id == bindparam("b_id"))
_DELETE_MEETING = delete(meetings).where(meetings.c.id == bindparam("b_id"))
_INSERT_SIGHTING = insert(sightings)
_UPDATE_SIGHTING = update(sightings).where(
    sightings.c.meeting_id == bindparam("b_meeting"), sightings.c.article_id == bindparam("b_article")
)
_DROP_UNCLAIMED = delete(sightings).where(
    sightings.c.article_id == bindparam("b_article"),
    sightings.c.meeting_id.not_in(bindparam("b_keep", expanding=True)),
)
_OPEN_RESCHEDULES = select(sightings).where(
    sightings.c.change_action == ChangeAction.RESCHEDULE.value,
    sightings.c.previous_start.is_(None),
    sightings.c.published > bindparam("b_published"),
)
_UPCOMING_MEETINGS = (
    select(meetings)
    .where(_between(meetings.c.start_date, "b_first", "b_last"))
    .order_by(meetings.c.start_date, meetings.c.id)
)
_TAGS = select(meeting_tags.c.kind, meeting_tags.c.value).where(meeting_tags.c.meeting_id == bindparam("b_meeting"))
_INSERT_TAG = insert(meeting_tags)
_DELETE_TAG = delete(meeting_tags).where(
    meeting_tags.c.meeting_id == bindparam("b_meeting"),
    meeting_tags.c.kind == bindparam("b_kind"),
    meeting_tags.c.value == bindparam("b_value"),
)
_HISTORY = (
    select(meeting_history)
    .where(meeting_history.c.meeting_id == bindparam("b_meeting"))
    .order_by(meeting_history.c.revision)
)
_INSERT_HISTORY = insert(meeting_history)
_COUNT_CHANGE = (
    update(schema_info)
    .where(schema_info.c.key == CHANGES_KEY)
    .values(value=cast(cast(schema_info.c.value, Integer) + 1, String))
)
_DELETE_HISTORY = delete(meeting_history).where(meeting_history.c.id == bindparam("b_id"))


@dataclass
class IngestResult:
    """What storing one article did, by meeting id."""

    article_id: str
    unchanged: bool = False
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)  # no source reports them any more


def store_article(
    connection: Any, article: Article, found: Sequence[Meeting], digest: str, *, force: bool = False
) -> IngestResult:
    """Store ``article`` and its meetings (``found``), then re-derive every meeting touched.

    ``force`` re-reads an article whose content is unchanged (re-extraction); it then keeps
    ids as they are instead of re-keying a meeting to an earlier source's identity.
    """
    result = IngestResult(article.id)
    stored_hash = connection.execute(_ARTICLE_HASH, {"b_id": article.id}).scalar()
    if stored_hash == digest and not force:
        result.unchanged = True
        return result
    row = article_row(article, digest)
    previous: dict[str, Sighting] = {}
    if stored_hash is None:
        connection.execute(_INSERT_ARTICLE, row)  # new: no sighting can name it yet (foreign key)
    else:
        connection.execute(_UPDATE_ARTICLE, {**_without(row, "id"), "b_id": article.id})
        previous = {
            r["meeting_id"]: sighting_from_row(r)
            for r in connection.execute(_SIGHTINGS_OF_ARTICLE, {"b_article": article.id}).mappings()
        }
    key = publisher_key(article.publisher, article.url)
    claimed: dict[str, Sighting] = {}
    created: dict[str, Sighting] = {}  # meetings this article created, with the sighting stored for each
    for meeting in found:
        sighting = Sighting(article.id, article.published, key, meeting)
        matches = _matches(connection, sighting)
        if not matches:
            matches = [m for m, old in previous.items() if m not in claimed and same_event(old.meeting, meeting)][:1]
        if not matches:
            meeting_id = _create(connection, sighting)
            created[meeting_id] = sighting
        else:
            meeting_id = _merge_all(connection, matches, previous, claimed)
        if meeting_id not in claimed or _better(sighting, claimed[meeting_id]):
            claimed[meeting_id] = sighting
    if previous or found:  # a new article without meetings has no sightings to drop
        connection.execute(_DROP_UNCLAIMED, {"b_article": article.id, "b_keep": list(claimed)})
    for meeting_id, sighting in claimed.items():
        if created.get(meeting_id) is sighting:
            continue  # stored as it is by _create
        values = sighting_row(meeting_id, sighting)
        if meeting_id in previous or meeting_id in created:
            changed = _without(values, "meeting_id", "article_id")
            connection.execute(_UPDATE_SIGHTING, {**changed, "b_meeting": meeting_id, "b_article": article.id})
        else:
            connection.execute(_INSERT_SIGHTING, values)
    for meeting_id in sorted({*previous, *claimed}):
        outcome = rederive(connection, meeting_id, rekey=not force, fresh=meeting_id in created)
        getattr(result, outcome[0]).append(outcome[1])
    connection.execute(_COUNT_CHANGE)  # Store.version(): caches see the change at once
    return result


def _without(values: dict[str, Any], *names: str) -> dict[str, Any]:
    return {key: value for key, value in values.items() if key not in names}


def _better(one: Sighting, other: Sighting) -> bool:
    """Of two readings of one meeting in one article, the one to keep: a change, then confidence."""
    return (one.meeting.change is not None, one.meeting.confidence) > (
        other.meeting.change is not None,
        other.meeting.confidence,
    )


def _matches(connection: Any, sighting: Sighting) -> list[str]:
    """Ids of stored meetings ``sighting`` belongs to, best first (usually one, or none)."""
    seen = sighting.meeting
    change = seen.change
    low, high = seen.start, seen.end
    previous = change.previous_start if change and change.action is ChangeAction.RESCHEDULE else None
    bounds = {**_window(low, high, day=seen.precision is DatePrecision.DAY), "l_low": low.isoformat()}
    bounds["l_high"] = high.isoformat()
    if previous is not None:
        rows = list(connection.execute(_NEAR_OR_MOVED, {**bounds, **_covering(previous)}).mappings())
    else:
        rows = list(connection.execute(_NEAR, bounds).mappings())
    states = _states(connection, {r["meeting_id"] for r in rows})
    # A meeting whose place, countries or kind conflict with the sighting matches neither by
    # dates nor by a link (both need same_event), whatever its sightings' dates: skip it.
    states = {key: state for key, state in states.items() if not conflict(state, seen)}
    by_dates: list[tuple[int, str]] = []
    by_link: list[tuple[int, str]] = []
    for row in rows:
        state = states.get(row["meeting_id"])
        if state is None:
            continue
        # Only the row's dates matter here, so they are read without building its sighting.
        start, end = date.fromisoformat(row["start_date"]), date.fromisoformat(row["end_date"])
        probe = replace(state, start=start, end=end, precision=DatePrecision(row["precision"]))
        distance = abs((start - seen.start).days)
        if same_meeting(probe, seen):
            by_dates.append((distance, row["meeting_id"]))
        else:
            # A change links two dates: this one moved from that sighting's day, or the reverse.
            from_there = previous is not None and start <= previous <= end
            if (from_there or _moved_from(row, low, high)) and same_event(state, seen):
                by_link.append((0, row["meeting_id"]))
    if not by_dates and not by_link and change is None:
        by_link = _open_reschedules(connection, sighting)
    if (
        not by_dates
        and not by_link
        and change is not None
        and change.action is ChangeAction.RESCHEDULE
        and previous is None
    ):
        by_link = _next_of_the_same(connection, sighting)
    dated = list(dict.fromkeys(m for _, m in sorted(by_dates)))
    linked_ids = [m for m in dict.fromkeys(m for _, m in sorted(by_link)) if m not in dated]
    if dated and linked_ids:
        return [dated[0], *linked_ids]  # a change bridges one meeting seen at its old and new dates
    return dated[:1] or linked_ids[:1]


def _moved_from(row: Any, low: date, high: date) -> bool:
    """True when the sighting ``row`` reports a move from a day between ``low`` and ``high``."""
    return bool(row["previous_start"]) and low.isoformat() <= row["previous_start"] <= high.isoformat()


def _window(low: date, high: date, *, day: bool) -> dict[str, str]:
    """The bounds of :func:`_window_clause` for sightings whose dates may agree with
    ``low..high`` (see :func:`dates_agree`): day spans starting within a day of a day
    sighting (or inside a coarser one), and coarser spans (weeks, months) overlapping it."""
    last = (high + timedelta(days=1)).isoformat()
    return {
        "w_first": (low - timedelta(days=1)).isoformat(),
        "w_last_day": (low + timedelta(days=1)).isoformat() if day else last,
        "w_lookback": (low - _LOOKBACK).isoformat(),
        "w_last": last,
    }


def _covering(day: date) -> dict[str, str]:
    """The bounds of :func:`_covering_clause`: sightings whose span contains ``day`` (what a
    reschedule says it moved from)."""
    return {"c_lookback": (day - _LOOKBACK).isoformat(), "c_day": day.isoformat()}


def _open_reschedules(connection: Any, sighting: Sighting) -> list[tuple[int, str]]:
    """Meetings a later article moved without saying from when, that this older sighting fits.

    The mirror of :func:`_next_of_the_same`, so the match does not depend on arrival order.
    """
    published = moment(sighting.published)
    rows = connection.execute(_OPEN_RESCHEDULES, {"b_published": published}).mappings()
    found: list[tuple[int, str]] = []
    seen = sighting.meeting
    for row in rows:
        moved = sighting_from_row(row)
        upcoming = moved.published is None or seen.start >= moved.published.date()
        if upcoming and same_event(moved.meeting, seen):
            found.append((abs((moved.meeting.start - seen.start).days), row["meeting_id"]))
    return found


def _next_of_the_same(connection: Any, sighting: Sighting) -> list[tuple[int, str]]:
    """The nearest upcoming meeting (from the article's day) of the same participants."""
    if sighting.published is None:
        return []
    day = sighting.published.date()
    bounds = {"b_first": day.isoformat(), "b_last": (day + _UPCOMING).isoformat()}
    rows = connection.execute(_UPCOMING_MEETINGS, bounds).mappings()
    for row in rows:
        state = stored_from_row(row, ()).meeting
        if state.status is not Status.CANCELLED and same_event(state, sighting.meeting):
            return [(0, row["id"])]
    return []


def _states(connection: Any, ids: set[str]) -> dict[str, Meeting]:
    if not ids:
        return {}
    rows = connection.execute(_MEETINGS_IN, {"b_ids": sorted(ids)})
    return {row.id: _state_of(row) for row in rows}


@lru_cache(maxsize=4096)
def _state_of(row: Any) -> Meeting:
    """The meeting a ``meetings`` row holds. The same candidates come up article after
    article, so conversions are remembered by the row's values (a row is a hashable tuple;
    a changed meeting is a different row)."""
    return stored_from_row(row._mapping, ()).meeting


def _create(connection: Any, sighting: Sighting) -> str:
    """Insert a meeting for a sighting nothing matched; its sighting row comes with it."""
    derived = derive([sighting])
    meeting_id = free_id(connection, derived.origin.meeting.identity(), None)
    connection.execute(_INSERT_MEETING, {"id": meeting_id, **meeting_row(derived, 0)})
    connection.execute(_INSERT_SIGHTING, sighting_row(meeting_id, sighting))
    return meeting_id


def free_id(connection: Any, wanted: str, owner: str | None) -> str:
    """``wanted``, or the next id in its hash chain that no other meeting than ``owner`` holds."""
    candidate = wanted
    while True:
        holder = connection.execute(_MEETING_ID, {"b_id": candidate}).scalar()
        if holder is None or holder == owner:
            return candidate
        candidate = hashlib.sha256(candidate.encode("ascii")).hexdigest()[:16]


def _merge_all(connection: Any, ids: list[str], previous: dict[str, Sighting], claimed: dict[str, Sighting]) -> str:
    """Fold the meetings ``ids`` into the first; the others' ids become its aliases."""
    keep = ids[0]
    for other in ids[1:]:
        mine = set(connection.execute(select(sightings.c.article_id).where(sightings.c.meeting_id == keep)).scalars())
        for row in connection.execute(select(sightings).where(sightings.c.meeting_id == other)).mappings():
            if row["article_id"] not in mine:
                connection.execute(
                    update(sightings)
                    .where(sightings.c.meeting_id == other, sightings.c.article_id == row["article_id"])
                    .values(meeting_id=keep)
                )
        for table in (previous, claimed):
            if other in table:
                table.setdefault(keep, table.pop(other))
        connection.execute(update(meeting_aliases).where(meeting_aliases.c.meeting_id == other).values(meeting_id=keep))
        connection.execute(delete(meetings).where(meetings.c.id == other))
        connection.execute(insert(meeting_aliases).values(alias=other, meeting_id=keep))
    return keep


def rederive(connection: Any, meeting_id: str, *, rekey: bool, fresh: bool = False) -> tuple[str, str]:
    """Bring one meeting's row, tags and history in line with its sightings.

    Returns ``(outcome, id)``: outcome is ``new``, ``updated`` (what calendars show changed),
    ``confirmed`` (only its sources changed) or ``withdrawn`` (no source left; deleted).
    """
    rows = list(connection.execute(_SIGHTINGS_OF_MEETING, {"b_meeting": meeting_id}).mappings())
    if not rows:
        connection.execute(_DELETE_MEETING, {"b_id": meeting_id})
        return ("withdrawn", meeting_id)
    derived = derive([sighting_from_row(r) for r in rows])
    current = connection.execute(_MEETING, {"b_id": meeting_id}).mappings().one()
    before = stored_from_row(current, ()).meeting
    sequence = max(current["sequence"], derived.sequence)
    moved = {name for name in SCHEDULING if getattr(before, name) != getattr(derived.meeting, name)}
    if not rekey and moved and not fresh and sequence == current["sequence"]:
        sequence += 1  # a re-extraction moved it: calendars must see a newer version
    values = meeting_row(derived, sequence)
    target = free_id(connection, derived.origin.meeting.identity(), meeting_id) if rekey else meeting_id
    if target != meeting_id:
        _rekey(connection, meeting_id, target, values)
        meeting_id = target
    elif any(current[k] != v for k, v in values.items()):
        connection.execute(_UPDATE_MEETING, {**values, "b_id": meeting_id})
    _write_tags(connection, meeting_id, derived.meeting, fresh=fresh)
    _write_history(connection, meeting_id, derived)
    if fresh:
        return ("new", meeting_id)
    shown = replace(before, confidence=derived.meeting.confidence)
    return ("confirmed" if shown == derived.meeting else "updated", meeting_id)


def _rekey(connection: Any, old: str, new: str, values: dict[str, Any]) -> None:
    """Give a meeting the id its earliest source derives, keeping the old one as an alias."""
    connection.execute(delete(meeting_aliases).where(meeting_aliases.c.alias == new))
    connection.execute(insert(meetings).values(id=new, **values))
    for table in (sightings, meeting_tags, meeting_history, meeting_aliases):
        connection.execute(update(table).where(table.c.meeting_id == old).values(meeting_id=new))
    connection.execute(delete(meetings).where(meetings.c.id == old))
    connection.execute(insert(meeting_aliases).values(alias=old, meeting_id=new))


def _write_tags(connection: Any, meeting_id: str, meeting: Meeting, *, fresh: bool) -> None:
    wanted = {("org", o) for o in meeting.organisations} | {("country", c) for c in meeting.countries}
    have: set[tuple[str, str]] = set()
    if not fresh:
        have = {(row[0], row[1]) for row in connection.execute(_TAGS, {"b_meeting": meeting_id})}
    gone = [{"b_meeting": meeting_id, "b_kind": k, "b_value": v} for k, v in sorted(have - wanted)]
    if gone:
        connection.execute(_DELETE_TAG, gone)
    added = [{"meeting_id": meeting_id, "kind": k, "value": v} for k, v in sorted(wanted - have)]
    if added:
        connection.execute(_INSERT_TAG, added)  # one executemany


def _write_history(connection: Any, meeting_id: str, derived: Derived) -> None:
    """Store the derived history, rewriting it only where it differs from what is stored."""
    rows = connection.execute(_HISTORY, {"b_meeting": meeting_id}).mappings()
    stored = {row["revision"]: (row["id"], step_from_row(row)) for row in rows}
    for step in derived.history:
        old = stored.pop(step.revision, None)
        if old is not None and old[1].key() == step.key() and old[1].changed_at == step.changed_at:
            continue
        if old is not None:
            connection.execute(_DELETE_HISTORY, {"b_id": old[0]})
        connection.execute(_INSERT_HISTORY, history_row(meeting_id, step))
    for row_id, _step in stored.values():
        connection.execute(_DELETE_HISTORY, {"b_id": row_id})
