"""Reading the meetings' history: one meeting's changes, the latest changes of all, and
the latest change of dates of each meeting a page shows."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import desc, select

from diplocal.store.schema import articles, meeting_history, meetings


def of_meeting(connection: Any, meeting_id: str) -> list[dict[str, Any]]:
    """The changes of the meeting ``meeting_id`` (its current id), oldest first."""
    rows = connection.execute(
        select(meeting_history, articles.c.url, articles.c.title, articles.c.publisher.label("article_publisher"))
        .outerjoin(articles, articles.c.id == meeting_history.c.article_id)
        .where(meeting_history.c.meeting_id == meeting_id)
        .order_by(meeting_history.c.revision)
    ).mappings()
    return [change_to_json(row) for row in rows]


def latest_changes(connection: Any, limit: int, since: date | None) -> list[dict[str, Any]]:
    """The latest ``limit`` changes of all meetings (from the day ``since`` on), newest first,
    each with its meeting's id, title, date precision and first day."""
    statement = (
        select(
            meeting_history,
            articles.c.url,
            articles.c.title,
            articles.c.publisher.label("article_publisher"),
            meetings.c.title.label("meeting_title"),
            meetings.c.precision.label("meeting_precision"),
            meetings.c.start_date.label("meeting_start"),
        )
        .join(meetings, meetings.c.id == meeting_history.c.meeting_id)
        .outerjoin(articles, articles.c.id == meeting_history.c.article_id)
        .order_by(desc(meeting_history.c.changed_at), meeting_history.c.meeting_id, desc(meeting_history.c.revision))
        .limit(limit)
    )
    if since is not None:  # moments are "YYYY-MM-DDTHH:MM:SSZ": on or after the day sorts on or after it
        statement = statement.where(meeting_history.c.changed_at >= since.isoformat())
    return [
        {
            **change_to_json(row),
            "meeting_id": row["meeting_id"],
            "meeting_title": row["meeting_title"],
            "meeting_precision": row["meeting_precision"],
            "meeting_start": row["meeting_start"],
        }
        for row in connection.execute(statement).mappings()
    ]


def last_moves(connection: Any, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """For each of ``ids`` whose start or end changed after it was announced, the latest such
    change."""
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(ids), 500):
        rows = connection.execute(
            select(meeting_history, articles.c.url, articles.c.title, articles.c.publisher.label("article_publisher"))
            .outerjoin(articles, articles.c.id == meeting_history.c.article_id)
            .where(meeting_history.c.meeting_id.in_(chunk), meeting_history.c.revision > 1)
            .order_by(meeting_history.c.meeting_id, meeting_history.c.revision)
        ).mappings()
        for row in rows:
            change = change_to_json(row)
            dates = change["changes"].get("start") or change["changes"].get("end")
            if dates and dates[0] is not None:
                found[row["meeting_id"]] = change
    return found


def change_to_json(row: Any) -> dict[str, Any]:
    """One `meeting_history` row (joined with its article) as the API gives a change."""
    change = json.loads(row["change"])
    return {
        "revision": row["revision"],
        "changed_at": row["changed_at"],
        "action": change.get("action", "updated"),
        "changes": change.get("fields", {}),
        "source": {
            "article_id": row["article_id"],
            # The publisher as the article names it; the stored key is lower-cased for matching.
            "publisher": row["article_publisher"] or row["publisher"],
            "url": row["url"],
            "title": row["title"],
        },
    }


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for index in range(0, len(items), size):
        yield items[index : index + size]
