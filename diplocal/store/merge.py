"""Deciding, without any database, whether two sightings are the same real meeting."""

from __future__ import annotations

from datetime import timedelta

from diplocal.model import DatePrecision, Meeting


def same_meeting(known: Meeting, seen: Meeting) -> bool:
    """True when ``seen`` (from a new article) is the meeting ``known`` already in the store.

    The dates must agree (the same first day, or overlapping spans of the same precision),
    and the two must share who meets (an organisation or the set of countries) or,
    failing that, the place and the kind of meeting. Titles alone never decide.
    """
    if not dates_agree(known, seen):
        return False
    if set(known.organisations) & set(seen.organisations):
        return True
    if known.countries and set(known.countries) == set(seen.countries):
        return True
    same_place = bool(known.location) and (known.location or "").casefold() == (seen.location or "").casefold()
    return same_place and known.kind == seen.kind and not (known.organisations and seen.organisations)


def dates_agree(known: Meeting, seen: Meeting) -> bool:
    """True when the dates of two sightings can be one meeting's."""
    if known.precision is seen.precision is DatePrecision.DAY:
        return known.start == seen.start or (
            known.start <= seen.end and seen.start <= known.end and abs(known.start - seen.start) <= timedelta(days=1)
        )
    if DatePrecision.MONTH in (known.precision, seen.precision):
        return known.start.replace(day=1) == seen.start.replace(day=1) and known.precision == seen.precision
    return known.start <= seen.end and seen.start <= known.end


def combined_confidence(confidences: list[float]) -> float:
    """The confidence of a meeting several sources report: each independent source adds."""
    remaining = 1.0
    for value in confidences:
        remaining *= 1.0 - value
    return round(min(0.99, 1.0 - remaining), 3)
