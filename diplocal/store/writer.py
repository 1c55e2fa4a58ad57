"""Storing one article's meetings inside the caller's transaction: match, record, re-derive."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, String, bindparam, cast, delete, insert, select, update

from diplocal.model import Article, Meeting
from diplocal.store.cluster import LinkScores, cluster
from diplocal.store.fold import SCHEDULING, Derived, Sighting, derive
from diplocal.store.merge import publisher_key, title_similarity
from diplocal.store.neighbourhood import neighbourhood
from diplocal.store.rows import (
    article_row,
    history_row,
    meeting_row,
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
from diplocal.store.tokens import Tokens

# The statements of the write path, built once with bound parameters: SQLAlchemy then
# compiles each one once (its compiled cache), where a statement built per call with its
# values inline costs ten times more to prepare than to run. Parameter names start with
# "b_" where a column of the same name is set by the statement.
_ARTICLE_HASH = select(articles.c.content_hash).where(articles.c.id == bindparam("b_id"))
_INSERT_ARTICLE = insert(articles)
_UPDATE_ARTICLE = update(articles).where(articles.c.id == bindparam("b_id"))
_SIGHTINGS_OF_ARTICLE = select(sightings).where(sightings.c.article_id == bindparam("b_article"))
_MEETING = select(meetings).where(meetings.c.id == bindparam("b_id"))
_MEETING_ID = select(meetings.c.id).where(meetings.c.id == bindparam("b_id"))
_INSERT_MEETING = insert(meetings)
_UPDATE_MEETING = update(meetings).where(meetings.c.id == bindparam("b_id"))
_DELETE_MEETING = delete(meetings).where(meetings.c.id == bindparam("b_id"))
_INSERT_SIGHTING = insert(sightings)
_DROP_ARTICLE_SIGHTINGS = delete(sightings).where(sightings.c.article_id == bindparam("b_article"))
_DROP_MEETING_SIGHTINGS = delete(sightings).where(sightings.c.meeting_id == bindparam("b_meeting"))
_ALIAS_OF = select(meeting_aliases.c.meeting_id).where(meeting_aliases.c.alias == bindparam("b_alias"))
_DELETE_ALIAS = delete(meeting_aliases).where(meeting_aliases.c.alias == bindparam("b_alias"))
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
    absorbed: list[str] = field(default_factory=list)  # duplicates merged into another meeting


def store_article(
    connection: Any, article: Article, found: Sequence[Meeting], digest: str, *, force: bool = False
) -> IngestResult:
    """Store ``article`` and its meetings (``found``), then cluster again every meeting the
    article may touch, so that duplicates merge and the result never depends on arrival order.

    ``force`` re-reads an article whose content is unchanged (re-extraction); it then keeps
    ids as they are instead of re-keying a meeting to an earlier source's identity.
    """
    result = IngestResult(article.id)
    stored_hash = connection.execute(_ARTICLE_HASH, {"b_id": article.id}).scalar()
    if stored_hash == digest and not force:
        result.unchanged = True
        return result
    row = article_row(article, digest)
    earlier: list[tuple[str, Sighting]] = []  # this article's sightings as stored before, by meeting
    if stored_hash is None:
        connection.execute(_INSERT_ARTICLE, row)  # new: no sighting can name it yet (foreign key)
    else:
        connection.execute(_UPDATE_ARTICLE, {**_without(row, "id"), "b_id": article.id})
        rows = connection.execute(_SIGHTINGS_OF_ARTICLE, {"b_article": article.id}).mappings()
        earlier = [(r["meeting_id"], sighting_from_row(r)) for r in rows]
        connection.execute(_DROP_ARTICLE_SIGHTINGS, {"b_article": article.id})
    key = publisher_key(article.publisher, article.url)
    fresh = [Sighting(article.id, article.published, key, meeting) for meeting in found]
    touched = {meeting_id for meeting_id, _ in earlier}
    tokens = Tokens()  # sightings numbered by content: link scores and folds are remembered by them
    scores = LinkScores(tokens)
    held = neighbourhood(connection, fresh, touched, scores, tokens)
    before = {meeting_id: _meeting_state(connection, meeting_id) for meeting_id in sorted({*held, *touched})}
    owner_of = {(s.article_id, s.meeting.start, s.meeting.title): m for m, group in held.items() for s in group}
    owner_of.update(_read_again(fresh, earlier))
    groups = cluster([s for m in sorted(held) for s in held[m]] + fresh, scores)
    derivations = [derive(group, tokens) for group in groups]  # each group's fold, once
    targets = _targets(connection, derivations, groups, owner_of, set(before), rekey=not force)
    for meeting_id in sorted(held):
        connection.execute(_DROP_MEETING_SIGHTINGS, {"b_meeting": meeting_id})
    for group, derived, meeting_id in zip(groups, derivations, targets, strict=True):
        owners = _owners(group, owner_of)
        sequence = max([0, *(before[o]["sequence"] for o in owners if o in before)])
        rederive(connection, meeting_id, group, before.get(meeting_id), sequence, rekey=not force, derived=derived)
        ours = any(s.article_id == article.id for s in group)
        if not owners:
            result.new.append(meeting_id)
        elif _shown_changed(before.get(meeting_id) or before[owners[0]], connection, meeting_id):
            result.updated.append(meeting_id)
        elif ours:
            result.confirmed.append(meeting_id)  # only its sources changed
    used = set(targets)
    for meeting_id in sorted(set(before) - used):
        takers = [t for group, t in zip(groups, targets, strict=True) if meeting_id in _owners(group, owner_of)]
        if takers:
            _absorb(connection, meeting_id, takers[0])  # a duplicate: its id answers for the meeting it joined
            result.absorbed.append(meeting_id)
        else:
            connection.execute(_DELETE_MEETING, {"b_id": meeting_id})  # no source reports it any more
            result.withdrawn.append(meeting_id)
    connection.execute(_COUNT_CHANGE)  # Store.version(): caches see the change at once
    return result


def _read_again(fresh: list[Sighting], earlier: list[tuple[str, Sighting]]) -> dict[tuple[Any, ...], str]:
    """Which stored meeting each new reading of an article read again is (a corrected date
    keeps its meeting): the earlier reading most like it, each taken once."""
    taken: set[str] = set()
    owners: dict[tuple[Any, ...], str] = {}
    for sighting in fresh:
        best = max(
            (
                (
                    title_similarity(old.meeting.title, sighting.meeting.title),
                    -abs((old.meeting.start - sighting.meeting.start).days),
                    meeting_id,
                )
                for meeting_id, old in earlier
                if meeting_id not in taken and old.meeting.kind == sighting.meeting.kind
            ),
            default=None,
        )
        if best is not None and (best[0] >= 0.5 or best[1] >= -7):
            taken.add(best[2])
            owners[(sighting.article_id, sighting.meeting.start, sighting.meeting.title)] = best[2]
    return owners


def _owners(group: list[Sighting], owner_of: dict[tuple[Any, ...], str]) -> list[str]:
    """The stored meetings a group's sightings belonged to, most sightings first."""
    counts: dict[str, int] = {}
    for sighting in group:
        owner = owner_of.get((sighting.article_id, sighting.meeting.start, sighting.meeting.title))
        if owner is not None:
            counts[owner] = counts.get(owner, 0) + 1
    return sorted(counts, key=lambda m: (-counts[m], m))


def _targets(
    connection: Any,
    derivations: list[Derived],
    groups: list[list[Sighting]],
    owner_of: dict[tuple[Any, ...], str],
    reusable: set[str],
    *,
    rekey: bool,
) -> list[str]:
    """The id each group is stored under: the identity its earliest source derives (so any
    arrival order gives the same ids), or, when not re-keying, the id it already had.
    Ids of the meetings being clustered again are free to reuse; others' are not."""
    chosen: list[str] = []
    for group, derived in zip(groups, derivations, strict=True):
        owners = _owners(group, owner_of)
        if not rekey and owners and owners[0] not in chosen:
            chosen.append(owners[0])
            continue
        candidate = derived.origin.meeting.identity()
        while candidate in chosen or _held_elsewhere(connection, candidate, reusable):
            candidate = hashlib.sha256(candidate.encode("ascii")).hexdigest()[:16]
        chosen.append(candidate)
    return chosen


def _held_elsewhere(connection: Any, meeting_id: str, reusable: set[str]) -> bool:
    """True when a meeting outside the ones being clustered holds ``meeting_id``, as its id or
    as a former id (an alias): such an id is taken."""
    if meeting_id in reusable:
        return False
    if connection.execute(_MEETING_ID, {"b_id": meeting_id}).scalar() is not None:
        return True
    holder = connection.execute(_ALIAS_OF, {"b_alias": meeting_id}).scalar()
    return holder is not None and holder not in reusable


def rederive(
    connection: Any,
    meeting_id: str,
    group: list[Sighting],
    current: dict[str, Any] | None,
    sequence: int,
    *,
    rekey: bool,
    derived: Derived | None = None,
) -> None:
    """Store one group of sightings as the meeting ``meeting_id``: its row (derived from the
    sightings in publication order, unless ``derived`` gives that fold), its sightings, tags
    and history."""
    derived = derived or derive(group)
    sequence = max(sequence, derived.sequence)
    if current is not None and not rekey and sequence == current["sequence"]:
        before = stored_from_row(current, ()).meeting
        if any(getattr(before, name) != getattr(derived.meeting, name) for name in SCHEDULING):
            sequence += 1  # a re-extraction moved it: calendars must see a newer version
    values = meeting_row(derived, sequence)
    if current is None:
        connection.execute(_DELETE_ALIAS, {"b_alias": meeting_id})  # an id back in use is no alias
        connection.execute(_INSERT_MEETING, {"id": meeting_id, **values})
    elif any(current[k] != v for k, v in values.items()):
        connection.execute(_UPDATE_MEETING, {**values, "b_id": meeting_id})
    connection.execute(_INSERT_SIGHTING, [sighting_row(meeting_id, s) for s in group])
    _write_tags(connection, meeting_id, derived.meeting, fresh=current is None)
    _write_history(connection, meeting_id, derived)


def _meeting_state(connection: Any, meeting_id: str) -> dict[str, Any]:
    return dict(connection.execute(_MEETING, {"b_id": meeting_id}).mappings().one())


def _absorb(connection: Any, old: str, into: str) -> None:
    """A duplicate merged into another meeting: its id becomes an alias of the other's, so old
    links still answer (the page, the JSON and the ``.ics`` of the old id give the meeting it
    joined, under that meeting's UID).

    In calendars the absorbed UID simply leaves the feed; it gets no STATUS:CANCELLED
    tombstone. Subscribed feeds (Google, Outlook, Apple, Thunderbird) are re-read whole and
    each client drops the events a new copy no longer holds, so the duplicate goes at the next
    refresh (the feed's bytes, hence its ETag, change). A tombstone would do harm there:
    Google and Outlook show a cancelled event in a subscribed calendar, struck through or
    marked "Canceled", beside the live one, for days, telling subscribers the meeting is off
    when it is not. An imported ``.ics`` is a copy no feed can reach either way; downloading
    the old id's ``.ics`` again gives the meeting under the UID the feed uses.
    """
    connection.execute(update(meeting_aliases).where(meeting_aliases.c.meeting_id == old).values(meeting_id=into))
    connection.execute(_DELETE_MEETING, {"b_id": old})
    connection.execute(_DELETE_ALIAS, {"b_alias": old})
    connection.execute(insert(meeting_aliases).values(alias=old, meeting_id=into))


def _shown_changed(before: dict[str, Any], connection: Any, meeting_id: str) -> bool:
    """Whether what calendars show of a meeting changed (not only its sources)."""
    after = connection.execute(_MEETING, {"b_id": meeting_id}).mappings().one()
    shown = ("title", "start_date", "end_date", "precision", "start_time", "end_time", "timezone", "location", "status")
    return any(before.get(k) != after[k] for k in shown)


def _without(values: dict[str, Any], *names: str) -> dict[str, Any]:
    return {key: value for key, value in values.items() if key not in names}


def free_id(connection: Any, wanted: str, owner: str | None) -> str:
    """``wanted``, or the next id in its hash chain that no other meeting than ``owner`` holds."""
    candidate = wanted
    while True:
        holder = connection.execute(_MEETING_ID, {"b_id": candidate}).scalar()
        if holder is None or holder == owner:
            return candidate
        candidate = hashlib.sha256(candidate.encode("ascii")).hexdigest()[:16]


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
