"""A meeting's current state and history, derived from what each source said (pure).

The store keeps every article's sighting of a meeting. Its state is the fold of those
sightings in publication order, never arrival order, so an older article read late cannot
override newer news and any ingest order gives the same calendar. The event shows the best
of its sources:

- the title is the meeting series' name when a source names the series, else the most
  informative title its sources give (the one naming most of who meets, agreed by most
  sources), never a fragment such as "Meeting of Japan"; the article's own phrase
  (``title_original``) comes from the same source as the title;
- participants (countries, organisations, people, roles) are pooled across sources, "Putin"
  and "Vladimir Putin" being one; places are pooled too, the finer winning where they agree
  (a city beats its country, a venue its city);
- the dates are the most precise that no later source contradicts: a finer span inside the
  known one refines it, a later source giving another day corrects it (reporting nearer the
  day knows better), a time is taken for the day it belongs to;
- a reschedule sets the dates, times and (when given) the place, and makes it live again;
  later plain reports then only refine those dates, never move them back;
- a cancellation or a postponement sets the status and keeps the dates; a plain report
  never revives a cancelled meeting, and turns a tentative one confirmed; one that tells a
  meeting put off with no new day on later days sets those days and makes it live again;
- the confidence combines independent publishers (:func:`combined_confidence`), and a live
  meeting below :data:`TENTATIVE_BELOW` is shown tentative.

Each step that changes what calendars show is one history entry; ``sequence`` counts the
entries after the first that change dates, times, place or status (RFC 5545 SEQUENCE).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import count
from typing import TYPE_CHECKING, Any

from diplocal.model import ChangeAction, DatePrecision, Meeting, Status
from diplocal.places import place, same_place
from diplocal.store.merge import GENERIC_KIND, TENTATIVE_BELOW, combined_confidence, finer
from diplocal.store.pool import best_title, better_place, pooled_participants, relocated, title_agreement

if TYPE_CHECKING:
    from diplocal.store.tokens import Tokens

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SHOWN = (
    "title",
    "start",
    "end",
    "precision",
    "start_time",
    "end_time",
    "timezone",
    "location",
    "participants",
    "organisations",
    "countries",
    "kind",
    "status",
)
SCHEDULING = frozenset({"start", "end", "precision", "start_time", "end_time", "timezone", "location", "status"})
_LIVE = (Status.CONFIRMED, Status.TENTATIVE)


@dataclass(frozen=True, slots=True)
class Sighting:
    """What one article said about one meeting, and who said it when."""

    article_id: str
    published: datetime | None
    publisher: str  # the independence key (see :func:`publisher_key`)
    meeting: Meeting

    def order(self) -> tuple[datetime, str]:
        """The sort key: publication time (undated first), then article id for ties."""
        return (self.published or EPOCH, self.article_id)

    def action(self) -> ChangeAction | None:
        """The change this sighting reports, read from its change or else its status."""
        if self.meeting.change is not None:
            return self.meeting.change.action
        return {Status.CANCELLED: ChangeAction.CANCEL, Status.POSTPONED: ChangeAction.POSTPONE}.get(self.meeting.status)


@dataclass(frozen=True, slots=True)
class Step:
    """One entry of a meeting's history: what changed, when and on whose word."""

    revision: int
    article_id: str
    publisher: str
    changed_at: datetime
    action: str  # created, rescheduled, cancelled, postponed, updated
    fields: dict[str, list[Any]]  # name -> [old, new], JSON-ready

    def key(self) -> tuple[Any, ...]:
        """What identifies the entry when the history is derived again."""
        return (self.revision, self.article_id, self.action, sorted((k, tuple(v)) for k, v in self.fields.items()))


@dataclass(frozen=True, slots=True)
class Derived:
    """A meeting's state and history as its sightings tell them."""

    meeting: Meeting
    created: datetime
    updated: datetime
    sequence: int
    revision: int
    history: tuple[Step, ...]
    origin: Sighting  # the earliest sighting: the meeting's id is derived from it


def derive(sightings: Sequence[Sighting], tokens: Tokens | None = None) -> Derived:
    """Fold ``sightings`` (any order; at least one) into the meeting's state and history.

    With ``tokens``, the fold after each of the first sightings (in publication order) is
    remembered by their content, and a later fold of the same first sightings starts from
    there: a busy meeting's hundreds of sightings are folded again with each article that
    mentions it, and a new article usually comes last.
    """
    if not sightings:
        raise ValueError("a meeting needs at least one sighting")
    ordered = sorted(sightings, key=Sighting.order)
    told = [s.meeting for s in ordered]
    if tokens is not None and len({id(m) for m in told}) < len(told):
        tokens = None  # one meeting object told twice: it agrees with itself by identity, not content
    folds: list[_Fold] = []
    node = 0
    if tokens is not None:
        for sighting in ordered:
            found = _FOLDS.get((node, tokens(sighting)))
            if found is None:
                break
            node, fold = found
            folds.append(fold)
    for number in range(len(folds), len(ordered)):
        fold = _fold(folds[-1] if folds else None, ordered, told, number)
        folds.append(fold)
        if tokens is not None:
            if len(_FOLDS) >= REMEMBERED_FOLDS or _FOLD_COUNTS[0] >= REMEMBERED_COUNTS:
                _FOLDS.clear()
                _FOLD_COUNTS[0] = 0
            _FOLD_COUNTS[0] += len(fold.agreement)
            node = _FOLDS.setdefault((node, tokens(ordered[number])), (next(_NODES), fold))[0]
    history = tuple(fold.step for fold in folds if fold.step is not None)
    last = folds[-1]
    return Derived(
        meeting=replace(last.shown, evidence=(), change=None),
        created=ordered[0].published or EPOCH,
        updated=history[-1].changed_at,
        sequence=last.sequence,
        revision=len(history),
        history=history,
        origin=ordered[0],
    )


@dataclass(frozen=True, slots=True)
class _Fold:
    """The fold after one more sighting: what the next step needs, and the history entry
    this one made (None when nothing calendars show changed)."""

    raw: Meeting  # the sightings applied, before pooling and the title
    shown: Meeting
    pinned: bool  # the dates were set by an explicit change: plain reports only refine them
    sequence: int
    revision: int  # history entries so far
    step: Step | None
    agreement: tuple[int, ...]  # per sighting so far: how many others' titles agree with its own


# Folds remembered at most, by (the fold before, the sighting's content), and agreement
# counts they hold at most (one per source so far: a meeting of n sources folds n²/2 of
# them), about 8 bytes each: emptied when either is full. Reuters-21578 leaves 2,400 folds
# and 24,000 counts.
REMEMBERED_FOLDS = 20_000
REMEMBERED_COUNTS = 2_000_000
_FOLD_COUNTS = [0]  # the agreement counts remembered
_FOLDS: dict[tuple[int, int], tuple[int, _Fold]] = {}
_NODES = count(1)


def _fold(before: _Fold | None, ordered: Sequence[Sighting], told: Sequence[Meeting], number: int) -> _Fold:
    """The fold after ``ordered[number]``, from the fold ``before`` it."""
    sighting = ordered[number]
    if before is None:
        raw = _first(sighting)
        pinned = sighting.action() is ChangeAction.RESCHEDULE
    else:
        raw = _apply(before.raw, sighting, pinned=before.pinned)
        pinned = before.pinned or sighting.action() is ChangeAction.RESCHEDULE
    confidence = combined_confidence((s.publisher, s.meeting.confidence) for s in ordered[: number + 1])
    status = raw.status
    if status is Status.CONFIRMED and confidence < TENTATIVE_BELOW:
        status = Status.TENTATIVE
    so_far = told[: number + 1]
    if not pinned:
        raw = replace(raw, location=_most_told_place(raw.location, so_far))
    agreement = title_agreement(before.agreement if before else (), so_far)
    pooled = replace(raw, participants=pooled_participants(raw, so_far))
    title, original = best_title(pooled, so_far, agreement)
    now = replace(pooled, status=status, confidence=confidence, title=title, title_original=original)
    shown = before.shown if before else None
    sequence = before.sequence if before else 0
    revision = before.revision if before else 0
    changed = _diff(shown, now)
    step = None
    if shown is None or changed:
        if shown is not None and SCHEDULING & changed.keys():
            sequence += 1
        action = "created" if shown is None else _label(sighting, changed)
        revision += 1
        step = Step(revision, sighting.article_id, sighting.publisher, sighting.published or EPOCH, action, changed)
    return _Fold(raw, now, pinned, sequence, revision, step, agreement)


def _most_told_place(current: str | None, so_far: Sequence[Meeting]) -> str | None:
    """Where sources disagree on the place, the one most of them name: one stray report does
    not move a meeting, more reports of another place do ("moved out of Cali" told twice
    after one report of Cali); a tie keeps the place known first."""
    places = [m.location for m in so_far if m.location]
    if current is None or len(places) < 3:
        return current

    def votes(name: str) -> int:
        return sum(1 for p in places if same_place(place(name), place(p)) > 0)

    others = [p for p in dict.fromkeys(places) if same_place(place(current), place(p)) < 0]
    best = max(others, key=votes, default=None)  # the first of equals: publication order
    if best is None or votes(best) <= votes(current):
        return current
    for other in places:
        if same_place(place(best), place(other)) > 0:
            best = better_place(best, other)
    return best


def _first(sighting: Sighting) -> Meeting:
    meeting = sighting.meeting
    action = sighting.action()
    if action is ChangeAction.CANCEL:
        meeting = replace(meeting, status=Status.CANCELLED)
    elif action is ChangeAction.POSTPONE:
        meeting = replace(meeting, status=Status.POSTPONED)
    elif meeting.status not in _LIVE:
        meeting = replace(meeting, status=Status.CONFIRMED)
    return meeting


def _apply(state: Meeting, sighting: Sighting, *, pinned: bool) -> Meeting:
    seen = sighting.meeting
    action = sighting.action()
    if action is ChangeAction.RESCHEDULE:
        state = replace(
            state,
            start=seen.start,
            end=seen.end,
            precision=seen.precision,
            start_time=seen.start_time,
            end_time=seen.end_time,
            timezone=seen.timezone if seen.start_time else state.timezone,
            end_certain=seen.end_certain,
            location=relocated(state.location, seen.location),
            status=seen.status if seen.status in _LIVE else Status.CONFIRMED,
        )
    elif action is ChangeAction.CANCEL:
        # a report of the cancellation may be the first to say where it was to be held
        state = replace(state, status=Status.CANCELLED, location=state.location or seen.location)
    elif action is ChangeAction.POSTPONE:
        if state.status is not Status.CANCELLED:
            state = replace(state, status=Status.POSTPONED)
        state = replace(state, location=state.location or seen.location)
    else:
        state = _confirm(state, seen, pinned=pinned)
    return _join(state, seen)


def _confirm(state: Meeting, seen: Meeting, *, pinned: bool) -> Meeting:
    """A plain report: it refines the dates, corrects a day no explicit change set, adds a
    time for the day, confirms a tentative meeting and pools the place."""
    if finer(seen, state):
        state = replace(
            state,
            start=seen.start,
            end=seen.end,
            precision=seen.precision,
            end_certain=seen.end_certain,
            start_time=seen.start_time if seen.start_time else None,
            end_time=seen.end_time if seen.start_time else None,
            timezone=seen.timezone if seen.start_time else state.timezone,
        )
    elif not pinned and _contradicts(seen, state):
        put_off = state.status is Status.POSTPONED and seen.status in _LIVE and state.end < seen.start
        state = replace(
            state,
            start=seen.start,
            end=seen.end,
            end_certain=seen.end_certain,
            start_time=seen.start_time,
            end_time=seen.end_time,
            timezone=seen.timezone if seen.start_time else state.timezone,
            # put off with no new day, then told on later days: it is held then ("postponed
            # sine die" in March, "the summit opens on 2 June" in May)
            status=Status.CONFIRMED if put_off else state.status,
        )
    same_start = seen.precision is state.precision and seen.start == state.start
    if same_start and seen.start_time is not None and (state.start_time is None or not pinned):
        state = replace(state, start_time=seen.start_time, end_time=seen.end_time, timezone=seen.timezone)
    if state.status is Status.TENTATIVE and seen.status is Status.CONFIRMED:
        state = replace(state, status=Status.CONFIRMED)
    return replace(state, location=better_place(state.location, seen.location))


def _contradicts(seen: Meeting, state: Meeting) -> bool:
    """True when a later report gives the meeting other days: day spans that do not overlap
    (one day of a two-day visit is no contradiction)."""
    both_days = seen.precision is DatePrecision.DAY and state.precision is DatePrecision.DAY
    return both_days and (seen.end < state.start or state.end < seen.start)


def _join(state: Meeting, seen: Meeting) -> Meeting:
    """Add the organisations and countries ``seen`` names that ``state`` lacks and a specific
    kind for a generic one (participants are pooled over all sources in :func:`derive`)."""
    return replace(
        state,
        organisations=_union(state.organisations, seen.organisations),
        countries=_union(state.countries, seen.countries),
        kind=seen.kind if state.kind == GENERIC_KIND else state.kind,
    )


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(dict.fromkeys(v for v in second if v not in first))


def _diff(before: Meeting | None, after: Meeting) -> dict[str, list[Any]]:
    changed: dict[str, list[Any]] = {}
    for name in SHOWN:
        new = _plain(getattr(after, name))
        old = None if before is None else _plain(getattr(before, name))
        if before is None or old != new:
            if before is None and new in (None, []):
                continue
            changed[name] = [old, new]
    return changed


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Status | DatePrecision):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _label(sighting: Sighting, changed: dict[str, list[Any]]) -> str:
    action = sighting.action()
    if action is ChangeAction.RESCHEDULE and changed.keys() & {"start", "end", "start_time", "end_time"}:
        return "rescheduled"
    if action is ChangeAction.CANCEL and "status" in changed:
        return "cancelled"
    if action is ChangeAction.POSTPONE and "status" in changed:
        return "postponed"
    if changed.get("status", [None])[0] == Status.POSTPONED.value and "start" in changed:
        return "rescheduled"  # put off, then told on its new days
    return "updated"
