"""Decisions: whether a candidate is a meeting to put in a calendar, and why (pure).

Each rule has a name that ``diplocal extract --explain`` prints; the first that applies
decides. A kept candidate still needs the article to agree (grouping, who meets).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from diplocal.model import SUPPORTED_YEARS, DatePrecision

if TYPE_CHECKING:
    from diplocal.extract.candidates import Candidate


# The longest run of days one meeting takes (a UN Human Rights Council session runs five weeks
# at most, less a day); a longer span of days is two dates read as one.
MAX_MEETING_DAYS = 31


@dataclass(frozen=True, slots=True)
class Decision:
    """Keep or drop, and the reason in words."""

    keep: bool
    reason: str

    def __str__(self) -> str:
        return f"{'keep' if self.keep else 'drop'}: {self.reason}"


def decide(candidate: Candidate) -> Decision:
    """The decision on one candidate, from the facts its sentence gives."""
    from diplocal.extract.spans import Tense

    facts = candidate.facts
    if facts.get("month_in_past_clause"):
        return Decision(False, "a month named in a clause about the past")
    resolved = candidate.resolved
    if resolved is None or candidate.start is None or candidate.end is None:
        return Decision(False, "no day, week or month to put it on")
    reference = facts["reference"]
    assert isinstance(reference, type(candidate.start))
    coarse = resolved.precision is not DatePrecision.DAY
    # A change told of a meeting whose day has just gone is news for a stored meeting, unless
    # the day is that of the act ("a proposé jeudi de reporter le sommet": Thursday's proposal).
    called_off = (
        facts.get("update") in ("cancel", "postpone")
        and (reference - candidate.start).days <= 14
        and not facts.get("acted_on")
    )
    if (
        candidate.start < reference
        and not called_off  # "the trip planned for Monday has been cancelled": news for a stored meeting
        and not (coarse and candidate.end >= reference and candidate.tense is not Tense.PAST)
    ):
        # "later this month", "mid-April" in an April article: the window is not over
        return Decision(False, "starts before the article was written")
    if candidate.end.year not in SUPPORTED_YEARS:
        return Decision(False, "beyond the years a calendar keeps")
    if resolved.precision is DatePrecision.DAY and (candidate.end - candidate.start).days >= MAX_MEETING_DAYS:
        # "LONDON, March 30 - June 8-10": a dateline's day and a meeting's days read as one span
        return Decision(False, "a span of days too long for one meeting")
    opening_today = bool(facts.get("opening_today"))
    if (
        resolved.precision is DatePrecision.DAY
        and candidate.start == reference
        and not opening_today
        and (candidate.tense is Tense.PAST or not facts.get("still_ahead_today"))
    ):
        return Decision(False, "on the day of the article, told as past")
    if facts.get("happened") and not resolved.explicit_year and not opening_today:
        return Decision(False, "told as having taken place")
    if facts.get("gone_this_week"):
        return Decision(False, "this week's, told as having taken place")
    if resolved.precision is not DatePrecision.DAY and candidate.start <= reference and facts.get("under_way"):
        return Decision(False, "under way already")
    if facts.get("first_full_day") and candidate.start <= reference:
        return Decision(False, "under way already (the day is its first full day)")
    if facts.get("earlier_one"):
        return Decision(False, "an earlier meeting (previous, last)")
    if facts.get("other_year"):
        return Decision(False, "the meeting is named for another year")
    if facts.get("unrealised") and facts.get("update") not in ("cancel", "postpone"):
        return Decision(False, "a plan the text says did not hold (was meant to)")
    if facts.get("none_of"):
        return Decision(False, "the text says there will be none (no talks, aucune réunion)")
    if facts.get("open_question"):
        return Decision(False, "the text only asks whether it will be held")
    if facts.get("update") == "superseded":
        return Decision(False, "the date it was first set for")
    standing = facts.get("standing")
    if standing is None:
        return Decision(False, "not between governments (a company's, a parliament's, a market's)")
    if standing == "context":
        return Decision(True, "a dated meeting word; who meets is said elsewhere in the article")
    return Decision(True, "a dated meeting between governments or international bodies")
