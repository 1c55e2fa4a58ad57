"""Turning a :class:`MeetingQuery` into SQL conditions over the meetings table."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Boolean, and_, exists, func, not_, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from diplocal.model import DatePrecision, Status
from diplocal.query import MeetingQuery, org_names, place_names
from diplocal.store.schema import meeting_tags, meetings, sightings


def conditions(query: MeetingQuery) -> list[Any]:
    """The WHERE conditions selecting the meetings ``query`` asks for."""
    found: list[Any] = []
    if query.start:
        found.append(meetings.c.end_date >= query.start.isoformat())
    if query.end:
        found.append(meetings.c.start_date <= query.end.isoformat())
    if query.org:
        found.append(_tagged("org", org_names(query.org)))
    if query.country:
        found.append(_tagged("country", frozenset({query.country.lower()})))
    if query.place:
        found.append(func.lower(meetings.c.location).in_(sorted(place_names(query.place))))
    if query.text:
        for word in query.text.lower().split()[:10]:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            found.append(
                or_(
                    func.lower(meetings.c.title).like(pattern, escape="\\"),
                    NamesLike(meetings.c.participants, pattern),
                    exists().where(
                        and_(
                            sightings.c.meeting_id == meetings.c.id,
                            func.lower(sightings.c.sentence).like(pattern, escape="\\"),
                        )
                    ),
                )
            )
    if query.status:
        found.append(meetings.c.status == query.status.value)
    if query.min_confidence is not None:
        found.append(meetings.c.confidence >= query.min_confidence)
    if query.after:
        start, last_id = query.after
        found.append(or_(meetings.c.start_date > start, and_(meetings.c.start_date == start, meetings.c.id > last_id)))
    return found


def dated_and_live(called_off_since: date) -> list[Any]:
    """The conditions of a meeting a calendar can show: it has a day (not only a month), and
    if it is cancelled or postponed, that change is from ``called_off_since`` or later."""
    called_off = meetings.c.status.in_([Status.CANCELLED.value, Status.POSTPONED.value])
    # "updated" is a UTC moment "YYYY-MM-DDTHH:MM:SSZ": its day is on or after the given
    # day exactly when the text sorts on or after the day's ISO form.
    return [
        meetings.c.precision != DatePrecision.MONTH.value,
        not_(and_(called_off, meetings.c.updated < called_off_since.isoformat())),
    ]


def sure_enough(min_confidence: float) -> Any:
    """The condition of a meeting that may go into calendars (``feeds.sure_enough``):
    confident enough, or called off."""
    called_off = meetings.c.status.in_([Status.CANCELLED.value, Status.POSTPONED.value])
    return or_(meetings.c.confidence >= min_confidence, called_off)


def _tagged(kind: str, values: frozenset[str]) -> Any:
    """A meeting with a tag of ``kind`` whose value, lower-cased, is one of ``values``."""
    return exists().where(
        and_(
            meeting_tags.c.meeting_id == meetings.c.id,
            meeting_tags.c.kind == kind,
            func.lower(meeting_tags.c.value).in_(sorted(values)),
        )
    )


class NamesLike(FunctionElement[bool]):
    """``NamesLike(participants, pattern)``: true when one participant name, lower-cased,
    matches the LIKE ``pattern`` (escape ``\\``). The column holds a JSON object; searching its
    text would let ``q=names`` or ``q=[`` match every meeting, so each name is read on its own."""

    type = Boolean()
    inherit_cache = True
    name = "names_like"


def _names_like_sql(element: NamesLike, compiler: SQLCompiler, names: str, **kw: Any) -> str:
    # Only the compiler's own fragments go in: the column's name and the pattern's placeholder.
    column, pattern = (compiler.process(clause, **kw) for clause in element.clauses)
    return f"EXISTS (SELECT 1 FROM {names.format(column=column)} WHERE lower(name.value) LIKE {pattern} ESCAPE '\\')"  # noqa: S608


@compiles(NamesLike, "sqlite")
def _names_like_sqlite(element: NamesLike, compiler: SQLCompiler, **kw: Any) -> str:
    return _names_like_sql(element, compiler, "json_each({column}, '$.names') AS name", **kw)


@compiles(NamesLike, "postgresql")
def _names_like_postgresql(element: NamesLike, compiler: SQLCompiler, **kw: Any) -> str:
    names = "jsonb_array_elements_text(CAST({column} AS jsonb) -> 'names') AS name(value)"
    return _names_like_sql(element, compiler, names, **kw)
