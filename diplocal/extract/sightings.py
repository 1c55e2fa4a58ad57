"""One sentence's meetings: a meeting word, a date that belongs to it, who, where, and how sure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from diplocal.extract import cues as cue_words
from diplocal.extract.cues import Cue, find_cues, may_hold_cue
from diplocal.extract.dates import DateMention, Resolved, Tense, find_dates
from diplocal.extract.diplomacy import diplomatic
from diplocal.extract.entities import (
    Mention,
    country_of_place,
    find_countries,
    find_organisations,
    find_people,
    find_places,
    find_roles,
    is_virtual,
    place_in_name,
)
from diplocal.extract.pairing import MEETING_FOLLOWS, cue_distances, not_a_meeting_date, rescheduled_to
from diplocal.extract.resolve import resolve
from diplocal.extract.times import find_time
from diplocal.extract.titles import meeting_phrase
from diplocal.model import SUPPORTED_YEARS, Change, ChangeAction, DatePrecision, Status


@dataclass
class Sighting:
    """A meeting as one sentence tells it, before the article's mentions are merged."""

    start: date
    end: date
    precision: DatePrecision
    kind: str
    phrase: str  # the noun phrase naming it, for the title
    sentence: str
    index: int  # sentence number in the article
    organisations: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    location: str | None = None
    location_source: str = ""  # explicit, here, virtual, context, default
    confidence: float = 0.5
    status: Status = Status.CONFIRMED
    end_certain: bool = True
    start_time: time | None = None
    time_zone: str | None = None  # IANA name, or "local" for the venue's zone
    change: Change | None = None  # set when the sentence moves, cancels or postpones it
    needs_context: bool = False  # only refers back ("the meeting"): the article must say who meets

    @property
    def specific(self) -> bool:
        """True when it says who meets (an organisation, a country or a person)."""
        return bool(self.organisations or self.countries or self.people)


# A past-tense verb right before a date ("proposed on Saturday", "held on Tuesday") dates that act.
_PAST_VERB_BEFORE = re.compile(
    r"\b(?!(?:scheduled|set|planned|due|expected|postponed|moved|delayed|fixed|slated|arranged|brought|put|called|"
    r"convened|rescheduled|timed|pencilled|penciled|booked|needed|based|aimed)\b)"
    r"(?:[a-z]{3,}ed|said|told|met|held|made|gave|took|came|went|left|began|saw|won|lost|spoke|wrote|rose|fell|sold|"
    r"bought|paid|struck|broke|ended)\s+(?:(?:on|in|last|this|early|late|earlier)\s+)?$"
)
_DURATION = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\b"
    r"|\b(?:for\s+)?(?P<m>two|three|four|five|six|seven|\d)\s+(?:days|day's|days')(?:\s+of\b|\b)",
    re.IGNORECASE,
)
_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_END_OF = re.compile(
    r"\b(?:after|following)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:a|an|the)\s+(?P<n>one|two|three|four|five|\d)-day\s+"
    r"(?P<what>(?:[a-z]+\s+){0,2}(?:summit|meeting|conference|session|visit)(?:\s+meeting)?(?:\s+of\s+(?:[a-z]+\s+){0,3}[a-z]+)?)",
    re.IGNORECASE,
)
_SKIP_KINDS = frozenset({"year", "season"})
_PAST_CLAUSE = re.compile(
    r"\b(?!(?:scheduled|planned|expected|proposed|called|set|due|needed|based|aimed|advanced|industriali[sz]ed|"
    r"united|interested|concerned|limited|detailed|informed|related|reported|fixed|combined)\b)[a-z]{3,}ed\b"
    r"|\b(?:led|met|held|fell|rose|took|made|gave|came|went|began|saw|was|were|had)\b"
)
# Past verbs that say something happened (not "was", which also builds passives of the future).
_PAST_VERB = re.compile(
    r"\b(?!(?:scheduled|planned|expected|proposed|called|set|due|needed|based|aimed|advanced|industriali[sz]ed|"
    r"united|interested|concerned|limited|detailed|informed|related|reported|fixed|combined|summoned|convened)\b)[a-z]{3,}ed\b"
    r"|\b(?:led|met|held|fell|rose|took|made|gave|came|went|began|saw)\b"
)


def sightings_in(
    sentence: str,
    index: int,
    reference: date,
    *,
    dateline_city: str | None,
    frame: date | None,
    known: list[Sighting],
) -> list[Sighting]:
    """The meetings one sentence announces, each with its dates resolved against ``reference``.

    ``frame`` is the Monday of a week the text has just spoken of ("next week"); ``known``
    holds the article's earlier sightings (for "after the end of a two-day summit").
    """
    if not may_hold_cue(sentence):
        return []  # no meeting word: the same answer as below, without searching for dates
    mentions = [m for m in find_dates(sentence) if m.kind not in _SKIP_KINDS]
    if not mentions and "GMT" not in sentence and "a.m." not in sentence and "p.m." not in sentence:
        return []
    meeting_words = find_cues(sentence)
    if not meeting_words:
        return []
    pairs: list[tuple[float, int, DateMention, Cue]] = []
    for order, mention in enumerate(mentions):
        if not_a_meeting_date(sentence, mention):
            continue
        follows = MEETING_FOLLOWS.match(sentence, mention.end)
        if follows:
            direct = [c for c in meeting_words if follows.start() <= c.start < follows.end() + 5]
            pairs.extend((0.0, order, mention, c) for c in direct[:1])
            continue
        moved = rescheduled_to(sentence, mention)
        pairs.extend(
            (distance, order, mention, cue) for distance, cue in cue_distances(sentence, mention, meeting_words, moved)
        )
    found: list[Sighting] = []
    taken_dates: set[int] = set()
    taken_cues: dict[int, Sighting] = {}
    for _, order, mention, cue in sorted(pairs, key=lambda p: (p[0], p[1])):
        moved = rescheduled_to(sentence, mention)
        if order in taken_dates or (cue.start in taken_cues and not moved):
            continue
        sighting = _sighting(sentence, index, reference, mention, cue, dateline_city, frame)
        taken_dates.add(order)
        if sighting is None:
            continue
        earlier = taken_cues.get(cue.start)
        superseded = (
            earlier is not None and earlier.change is not None and earlier.change.action is not ChangeAction.RESCHEDULE
        )
        if earlier is not None and superseded and sighting.change is not None:
            # "the meeting planned for March 7 has been postponed until April": one meeting, moved.
            found.remove(earlier)
            sighting.change = Change(ChangeAction.RESCHEDULE, sighting.change.previous_start or earlier.start)
        taken_cues[cue.start] = sighting
        found.append(sighting)
    found.extend(_time_only(sentence, index, reference, meeting_words, mentions, dateline_city))
    found.extend(_ended_before(sentence, index, found, reference))
    return found


_OLD_DATE = re.compile(
    r"\b(?:from|not|instead of|rather than|originally (?:set |scheduled |planned |due )?(?:for|on)?)\s*$", re.IGNORECASE
)


def _previous_start(sentence: str, new: DateMention, reference: date, tense: Tense) -> date | None:
    """The first day a moved meeting had, when the sentence gives it ("moved from May 5")."""
    for mention in find_dates(sentence):
        if mention is new or mention.kind not in ("day", "day_range", "weekday"):
            continue
        if _OLD_DATE.search(sentence[max(0, mention.start - 40) : mention.start]):
            resolved = resolve(mention, reference, tense)
            return resolved.start if resolved else None
    return None


_EARLIER_ONE = re.compile(
    r"\b(?:previous|earlier|last(?! of)|past|recent|former|preceding)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


_CLOCK_ONLY = re.compile(
    r"\b(?:will|to|are due to|is due to|are scheduled to|is scheduled to)\s+(?:meet|hold|convene|gather|start|begin|open)\b"
)


def _time_only(
    sentence: str,
    index: int,
    reference: date,
    meeting_words: list[Cue],
    mentions: list[DateMention],
    dateline_city: str | None,
) -> list[Sighting]:
    """ "Producers will meet at 1500 GMT": a future meeting with a clock time and no day is today's."""
    if mentions or not _CLOCK_ONLY.search(sentence):
        return []
    stated = find_time(sentence)
    if stated is None:
        return []
    today = DateMention(kind="relative", start=0, end=0, text="today", relative=0, qualifier="later")
    cue = meeting_words[0]
    sighting = _sighting(sentence, index, reference, today, cue, dateline_city, None)
    return [sighting] if sighting else []


def _sighting(
    sentence: str,
    index: int,
    reference: date,
    mention: DateMention,
    cue: Cue,
    dateline_city: str | None,
    frame: date | None,
) -> Sighting | None:
    lo, hi = min(mention.start, cue.start), max(mention.end, cue.end)
    clause_lo, clause_hi = cue_words.clause_around(sentence, lo, hi)
    clause = sentence[clause_lo:clause_hi]
    # The words that govern the meeting: from the clause start to just past the date and cue.
    around = sentence[max(clause_lo, lo - 60) : min(clause_hi, hi + 30)]
    tense = cue_words.tense_of(around)
    if tense is Tense.UNKNOWN:
        tense = cue_words.tense_of(clause)
    if _PAST_VERB_BEFORE.search(sentence[max(0, mention.start - 30) : mention.start]):
        tense = Tense.PAST
    elif tense is Tense.UNKNOWN and mention.kind == "weekday" and cue_words.weakly_past(clause):
        tense = Tense.PAST  # "After Monday's talks, the two governments made it clear...": last Monday
    # "Before the December conference OPEC faced...": a month alone, in a clause that speaks of
    # the past, is a past meeting's.
    if mention.kind == "month" and tense is not Tense.FUTURE and mention.year is None and _PAST_CLAUSE.search(clause):
        return None
    resolved = resolve(mention, reference, tense, frame)
    if resolved is None:
        return None
    stated = resolved
    resolved = _with_duration(resolved, clause, mention, cue)
    opening_today = resolved.start == reference < resolved.end and stated.end == reference
    if resolved.start < reference:
        return None  # started before the article was written: not upcoming
    if resolved.end.year not in SUPPORTED_YEARS:
        return None
    if (
        resolved.precision is DatePrecision.DAY
        and resolved.start == reference
        and not opening_today
        and (tense is Tense.PAST or not _still_ahead_today(around, clause, mention))
    ):
        return None
    if cue_words.happened(around) and not resolved.explicit_year and not opening_today:
        return None
    if resolved.precision is not DatePrecision.DAY and resolved.start <= reference and cue_words.under_way(clause):
        return None  # "has taken a hard line at this weekend's meeting": under way or over
    if _EARLIER_ONE.search(sentence, max(0, cue.start - 30), cue.start):
        return None  # "a previous round of negotiations in early March"
    moved = rescheduled_to(sentence, mention)
    update = None if moved else cue_words.update_in(clause)
    if update == "superseded":
        return None  # the date a meeting was first set for, not where it stands
    if (
        cue.kind == "visit"
        and re.match(r"\s*(?:to|with)\b", sentence[cue.end : cue.end + 6]) is None
        and cue.word.lower() in ("trip", "tour")
    ):
        pass
    # Who meets is named before the topic: "to discuss Russian demands" names no participant.
    topic = _TOPIC.search(sentence, max(cue.end, mention.end), clause_hi)
    clause_scope = sentence[clause_lo : topic.start() if topic else clause_hi]
    reported = _REPORTER.search(sentence)
    told = sentence[: reported.start()] if reported and reported.start() > max(cue.end, mention.end) else sentence
    scope = clause_scope if _names_anyone(clause_scope) else told
    orgs = _values(find_organisations(scope))
    countries = _values(find_countries(scope))
    people = _values(find_people(scope))
    roles = _values(find_roles(scope))
    all_roles = roles if scope is sentence else _values(find_roles(sentence))
    location, source = _location(sentence, clause_lo, clause_hi, cue, mention, dateline_city)
    standing = diplomatic(
        sentence, clause, cue, orgs, countries, people, all_roles, location, country_of_place(dateline_city)
    )
    if standing is None:
        return None
    phrase = meeting_phrase(sentence, cue, clause_lo, clause_hi)
    named_place = None if cue.verb else place_in_name(phrase)
    if named_place and source != "virtual":
        location, source = named_place, "name"
    confidence = _confidence(mention, resolved, cue, tense, around, orgs or countries or people or roles)
    sighting = Sighting(
        start=resolved.start,
        end=resolved.end,
        precision=resolved.precision,
        kind=cue.kind if not is_virtual(sentence) else "videoconference",
        phrase=phrase,
        sentence=sentence,
        index=index,
        organisations=orgs,
        countries=countries,
        people=people,
        roles=roles,
        location=location,
        location_source=source,
        confidence=confidence,
        end_certain=resolved.start != resolved.end or mention.kind in ("day", "weekday", "relative"),
        needs_context=standing == "context",
    )
    if moved:
        sighting.change = Change(ChangeAction.RESCHEDULE, _previous_start(sentence, mention, reference, tense))
    elif update == "cancel":
        sighting.status, sighting.change = Status.CANCELLED, Change(ChangeAction.CANCEL)
    elif update == "postpone":
        sighting.status, sighting.change = Status.POSTPONED, Change(ChangeAction.POSTPONE)
    clock = find_time(around)
    if clock is not None and resolved.precision is DatePrecision.DAY:
        sighting.start_time, sighting.time_zone = clock
    return sighting


# ", the Norwegian government said on Tuesday": who reports, not who meets.
_REPORTER = re.compile(r",\s+(?:[\w.'-]+\s+){0,6}?(?:said|says|told|reported|announced|quoted)\b(?!\s+that)")
_TOPIC = re.compile(
    r"\b(?:to discuss|to review|to consider|to examine|to debate|to address|to resolve|to seek|to try|to agree|to decide"
    r"|on the (?:issue|question|subject) of|about|regarding|concerning|over (?:the )?(?:issue|question|dispute)|aimed at)\b"
)


def _names_anyone(text: str) -> bool:
    return bool(find_organisations(text) or find_countries(text) or find_people(text))


def _values(mentions: list[Mention]) -> list[str]:
    seen: list[str] = []
    for mention in mentions:
        if mention.value not in seen:
            seen.append(mention.value)
    return seen


def _still_ahead_today(around: str, clause: str, mention: DateMention) -> bool:
    """A meeting dated the day of publication counts only if the text says it is yet to come."""
    if cue_words.happened(around) or cue_words.weakly_past(around):
        return False
    if mention.kind == "relative" and (mention.qualifier == "later" or mention.relative2 is not None):
        return True
    if not _PAST_VERB.search(around):
        return True  # "The Security Council was called to a meeting on Monday" (today)
    return bool(
        re.search(
            r"\b(?:will|opens?|opening|starts?|starting|begins?|beginning|is to|are to|due to|scheduled|later|tonight|this evening|"
            r"are meeting|is meeting|was meeting|were meeting|meet|meets|hold|holds|holding|convenes?|gathers?|first of a)\b",
            around,
            re.IGNORECASE,
        )
    )


def _with_duration(resolved: Resolved, clause: str, mention: DateMention, cue: Cue) -> Resolved:
    if resolved.start != resolved.end or resolved.precision is not DatePrecision.DAY:
        return resolved
    match = _DURATION.search(clause)
    if not match:
        return resolved
    raw = (match.group("n") or match.group("m")).lower()
    days = int(raw) if raw.isdigit() else _NUMBERS.get(raw, 1)
    if not 1 < days <= 14:
        return resolved
    try:
        end = resolved.start + timedelta(days=days - 1)
    except OverflowError:
        return resolved
    return Resolved(resolved.start, end, resolved.precision, resolved.explicit_year)


_GOING = re.compile(
    r"\b(?:go|goes|going|travel|travels|travelling|fly|flies|flying|come|comes|head|heads|move)\b(?:\s+on)?\s+to\s+$"
)
_PAST_AFTER = re.compile(r"\s+(?:in\s+\w+\s+)?(?:last|earlier|ago|yesterday|in 19\d\d)\b")


def _location(
    sentence: str, clause_lo: int, clause_hi: int, cue: Cue, mention: DateMention, dateline_city: str | None
) -> tuple[str | None, str]:
    if cue.kind == "videoconference" or is_virtual(sentence):
        return "virtual", "virtual"
    places = find_places(sentence, dateline_city)
    if not places:
        return None, ""
    anchor = (cue.start + mention.start) / 2
    visiting = cue.kind == "visit" or any(c.kind == "visit" for c in find_cues(sentence[clause_lo:clause_hi]))
    in_clause = [
        p
        for p in places
        if clause_lo <= p.start < clause_hi
        and not _PAST_AFTER.match(sentence, p.end)
        and (visiting or not p.text.startswith("to ") or _GOING.search(sentence, max(0, p.start - 25), p.start))
    ]
    if not in_clause:
        return None, ""
    nearest = min(in_clause, key=lambda p: abs(p.start - anchor))
    return nearest.value, "here" if nearest.text == "here" else "explicit"


def _confidence(mention: DateMention, resolved: Resolved, cue: Cue, tense: Tense, around: str, who: object) -> float:
    score = {
        DatePrecision.DAY: 0.8,
        DatePrecision.WEEK: 0.6,
        DatePrecision.MONTH: 0.6,
    }[resolved.precision]
    if mention.kind == "weekday" and mention.qualifier not in ("next", "coming", "on"):
        score -= 0.05
    if tense is Tense.FUTURE:
        score += 0.12
    elif tense is Tense.UNKNOWN:
        score -= 0.1
    score += (cue.strength - 0.85) * 0.5
    if cue_words.hedged(around):
        score -= 0.25
    if not who:
        score -= 0.15
    if resolved.explicit_year:
        score += 0.03
    return round(min(0.97, max(0.05, score)), 2)


def _more_precise(new: Sighting, old: Sighting) -> bool:
    order = {DatePrecision.DAY: 0, DatePrecision.WEEK: 1, DatePrecision.MONTH: 2}
    return (order[new.precision], -new.confidence) < (order[old.precision], -old.confidence)


def _ended_before(sentence: str, index: int, found: list[Sighting], reference: date) -> list[Sighting]:
    """ "after the end of a two-day summit": that summit ends on the day of this sentence's meeting."""
    match = _END_OF.search(sentence)
    if not match or not found:
        return []
    anchor = min(found, key=lambda s: abs(s.sentence.find(match.group(0))))
    days = _NUMBERS.get(match.group("n").lower(), int(match.group("n")) if match.group("n").isdigit() else 1)
    start = anchor.start - timedelta(days=days - 1)
    if start < reference:
        return []
    what = match.group("what")
    return [
        Sighting(
            start=start,
            end=anchor.start,
            precision=DatePrecision.DAY,
            kind="summit" if "summit" in what.lower() else "meeting",
            phrase=what,
            sentence=sentence,
            index=index,
            organisations=list(anchor.organisations),
            countries=list(anchor.countries),
            roles=_values(find_roles(what)),
            confidence=round(anchor.confidence - 0.1, 2),
        )
    ]
