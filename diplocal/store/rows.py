"""Converting between the model's dataclasses and the store's rows (pure)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from typing import Any

from diplocal.model import Article, Change, ChangeAction, DatePrecision, Evidence, Meeting, Status, StoredMeeting
from diplocal.store.fold import Derived, Sighting, Step

# The ``articles.language`` of an article whose language nobody gave or detected (ISO 639-2
# "undetermined"); the column is NOT NULL since version 1.
UNKNOWN_LANGUAGE = "und"


def moment(value: datetime | None) -> str:
    """A UTC moment as stored text; articles without a time are stamped at the epoch."""
    if value is None:
        value = datetime(1970, 1, 1, tzinfo=UTC)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_moment(value: str) -> datetime:
    """The aware UTC datetime of a stored moment."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def article_row(article: Article, digest: str) -> dict[str, Any]:
    """The ``articles`` row of an article."""
    return {
        "id": article.id,
        "title": article.title,
        "text": article.text,
        "published": moment(article.published) if article.published else None,
        "published_basis": article.published_basis,
        "url": article.url,
        "publisher": article.publisher,
        "language": article.language or UNKNOWN_LANGUAGE,
        "dateline": article.dateline,
        "source": article.source,
        "content_hash": digest,
    }


def article_from_row(row: Mapping[Any, Any]) -> Article:
    """The article an ``articles`` row holds."""
    return Article(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        published=parse_moment(row["published"]) if row["published"] else None,
        published_basis=row["published_basis"],
        url=row["url"],
        publisher=row["publisher"],
        language=language_from_row(row["language"]),
        dateline=row["dateline"],
        source=row["source"],
    )


def language_from_row(value: str | None) -> str | None:
    """An article's language as the model has it: None when unknown."""
    return None if not value or value == UNKNOWN_LANGUAGE else value


def _fields(meeting: Meeting) -> dict[str, Any]:
    """The columns ``meetings`` and ``sightings`` share."""
    return {
        "title": meeting.title,
        "title_original": meeting.title_original,
        "start_date": meeting.start.isoformat(),
        "end_date": meeting.end.isoformat(),
        "precision": meeting.precision.value,
        "start_time": meeting.start_time.strftime("%H:%M") if meeting.start_time else None,
        "end_time": meeting.end_time.strftime("%H:%M") if meeting.end_time else None,
        "timezone": meeting.timezone,
        "location": meeting.location,
        "participants": json.dumps(
            {
                "names": list(meeting.participants),
                "orgs": list(meeting.organisations),
                "countries": list(meeting.countries),
            }
        ),
        "kind": meeting.kind,
        "status": meeting.status.value,
        "end_certain": meeting.end_certain,
    }


def _meeting(row: Mapping[Any, Any], **extra: Any) -> Meeting:
    who = json.loads(row["participants"])
    return Meeting(
        title=row["title"],
        start=date.fromisoformat(row["start_date"]),
        end=date.fromisoformat(row["end_date"]),
        precision=DatePrecision(row["precision"]),
        start_time=time.fromisoformat(row["start_time"]) if row["start_time"] else None,
        end_time=time.fromisoformat(row["end_time"]) if row["end_time"] else None,
        timezone=row["timezone"],
        location=row["location"],
        participants=tuple(who["names"]),
        organisations=tuple(who["orgs"]),
        countries=tuple(who["countries"]),
        kind=row["kind"],
        status=Status(row["status"]),
        confidence=float(row["confidence"]),
        end_certain=bool(row["end_certain"]),
        title_original=row["title_original"],
        **extra,
    )


def meeting_row(derived: Derived, sequence: int) -> dict[str, Any]:
    """The ``meetings`` row (all but the id) of a derived state."""
    return {
        **_fields(derived.meeting),
        "confidence": derived.meeting.confidence,
        "created": moment(derived.created),
        "updated": moment(derived.updated),
        "sequence": sequence,
        "revision": derived.revision,
    }


def stored_from_row(row: Mapping[Any, Any], sources: tuple[Evidence, ...]) -> StoredMeeting:
    """The stored meeting a ``meetings`` row holds, with its sources."""
    return StoredMeeting(
        id=row["id"],
        meeting=_meeting(row, evidence=sources),
        created=parse_moment(row["created"]),
        updated=parse_moment(row["updated"]),
        sequence=row["sequence"],
        revision=row["revision"],
    )


def sighting_row(meeting_id: str, sighting: Sighting) -> dict[str, Any]:
    """The ``sightings`` row of one article's word on one meeting."""
    meeting = sighting.meeting
    change = meeting.change
    return {
        "meeting_id": meeting_id,
        "article_id": sighting.article_id,
        "published": moment(sighting.published),
        "publisher_key": sighting.publisher,
        "sentence": meeting.evidence[0].sentence if meeting.evidence else "",
        "confidence": meeting.confidence,
        **_fields(meeting),
        "change_action": change.action.value if change else None,
        "previous_start": change.previous_start.isoformat() if change and change.previous_start else None,
        "previous_place": change.previous_place if change else None,
    }


def sighting_from_row(row: Mapping[Any, Any]) -> Sighting:
    """The sighting a ``sightings`` row holds (the sentence as its only evidence)."""
    change = None
    if row["change_action"]:
        previous = date.fromisoformat(row["previous_start"]) if row["previous_start"] else None
        change = Change(ChangeAction(row["change_action"]), previous, row["previous_place"])
    evidence = (Evidence(article_id=row["article_id"], sentence=row["sentence"]),)
    meeting = _meeting(row, evidence=evidence, change=change)
    published = parse_moment(row["published"])
    return Sighting(row["article_id"], published, row["publisher_key"], meeting)


def history_row(meeting_id: str, step: Step) -> dict[str, Any]:
    """The ``meeting_history`` row of one history step."""
    return {
        "meeting_id": meeting_id,
        "revision": step.revision,
        "changed_at": moment(step.changed_at),
        "article_id": step.article_id,
        "publisher": step.publisher,
        "change": json.dumps({"action": step.action, "fields": step.fields}, sort_keys=True),
    }


def step_from_row(row: Mapping[Any, Any]) -> Step:
    """The history step a ``meeting_history`` row holds."""
    change = json.loads(row["change"])
    return Step(
        revision=row["revision"],
        article_id=row["article_id"] or "",
        publisher=row["publisher"] or "unknown",
        changed_at=parse_moment(row["changed_at"]),
        action=change.get("action", "updated"),
        fields=change.get("fields", {}),
    )
