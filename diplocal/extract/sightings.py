"""One sentence's meetings: a meeting word, a date that belongs to it, who, where, and how sure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from diplocal.extract import cues as cue_words
from diplocal.extract.cues import Cue, find_cues
from diplocal.extract.dates import DateMention, Resolved, Tense, find_dates, find_time, resolve
from diplocal.extract.entities import (
    Mention,
    find_countries,
    find_organisations,
    find_people,
    find_places,
    find_roles,
    is_virtual,
    place_in_name,
)
from diplocal.extract.titles import noun_phrase
from diplocal.model import DatePrecision, Status


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

    @property
    def specific(self) -> bool:
        """True when it says who meets (an organisation, a country or a person)."""
        return bool(self.organisations or self.countries or self.people)


# Dates that are about something other than a meeting, by the words right before them.
_NOT_MEETING_DATE = re.compile(
    r"(?:payable|record|dividend|expires?|expiring|expiry|deadline|effective|takes? effect|came into effect|come into effect|"
    r"go into effect|goes into effect|tariffs?|duties|maturity|matures?|delivery|shipments?|shipped|contract|quotas?|"
    r"term of office|ending|ended|week ended|period|fiscal|quarter|since|until|till|before|after|by the end of|"
    r"starting from|valid|in force|sanctions|ballot|election|elections|vote|referendum|born|died|deadline of)\s*(?:on|from|of|in)?\s*$",
    re.IGNORECASE,
)
_DEADLINE_PREP = re.compile(r"\b(?:by|until|till|before|after|since|from)\s*$", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:since|until|till)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_TRAVEL = re.compile(
    r"\b(?:leaves?|leaving|left|departs?|departing|arrives?|arriving|arrived|returns?|returning|returned|fl(?:y|ies|ew)"
    r"|sets? out|set off|heads? home|travels?|travell?ing)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A past-tense verb right before a date ("proposed on Saturday", "held on Tuesday") dates that act.
_PAST_VERB_BEFORE = re.compile(
    r"\b(?!(?:scheduled|set|planned|due|expected|postponed|moved|delayed|fixed|slated|arranged|brought|put|called|"
    r"convened|rescheduled|timed|pencilled|penciled|booked|needed|based|aimed)\b)"
    r"(?:[a-z]{3,}ed|said|told|met|held|made|gave|took|came|went|left|began|saw|won|lost|spoke|wrote|rose|fell|sold|"
    r"bought|paid|struck|broke|ended)\s+(?:(?:on|in|last|this|early|late|earlier)\s+)?$"
)
_DURATION = re.compile(
    r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\b|\bfor (?P<m>two|three|four|five|six|seven|\d) days\b",
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
_MAX_DISTANCE = 110


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
    mentions = [m for m in find_dates(sentence) if m.kind not in _SKIP_KINDS]
    if not mentions:
        return []
    meeting_words = find_cues(sentence)
    if not meeting_words:
        return []
    found: list[Sighting] = []
    used_cues: dict[int, Sighting] = {}
    for mention in mentions:
        if _not_a_meeting_date(sentence, mention):
            continue
        cue = _nearest_cue(sentence, mention, meeting_words)
        if cue is None:
            continue
        sighting = _sighting(sentence, index, reference, mention, cue, dateline_city, frame)
        if sighting is None:
            continue
        previous = used_cues.get(cue.start)
        if previous is not None:
            if _more_precise(sighting, previous):
                found.remove(previous)
            else:
                continue
        used_cues[cue.start] = sighting
        found.append(sighting)
    found.extend(_ended_before(sentence, index, found, reference))
    return found


def _not_a_meeting_date(sentence: str, mention: DateMention) -> bool:
    before = sentence[max(0, mention.start - 40) : mention.start]
    if _NOT_MEETING_DATE.search(before) or _SINCE.search(before) or _TRAVEL.search(before):
        return True
    if mention.is_range and re.search(r"\b(?:from|between)\s*$", before, re.IGNORECASE):
        return False
    text = mention.text.lower()
    if text.startswith(("by ", "until ", "since ", "before ", "after ")) and mention.kind == "month":
        # "by September" is a deadline unless a meeting word is right beside it.
        after = sentence[mention.end : mention.end + 45].lower()
        return not re.match(
            r"\s*\(?\s*(?:the\s+)?(?:next\s+)?(?:scheduled\s+)?[a-z ]{0,20}(?:meeting|session|summit|talks)", after
        )
    return bool(_DEADLINE_PREP.search(before)) and mention.kind not in ("period", "relative")


def _nearest_cue(sentence: str, mention: DateMention, meeting_words: list[Cue]) -> Cue | None:
    best: tuple[float, Cue] | None = None
    for cue in meeting_words:
        if cue.end <= mention.start:
            gap = sentence[cue.end : mention.start]
            distance = float(len(gap))
        elif cue.start >= mention.end:
            gap = sentence[mention.end : cue.start]
            distance = len(gap) * 1.2
            if re.fullmatch(r"\s*(?:'s)?\s*(?:[A-Za-z-]+\s+){0,4}", gap):
                distance = len(gap) * 0.5  # "tomorrow's meeting", "the May 11-13 ministerial meeting"
        else:
            continue
        if re.search(r"[;\"]", gap):
            continue  # never across a quotation's edge or a sentence break
        distance += 25 * gap.count(",") + (0 if cue.verb or cue.strength >= 0.85 else 15)
        if re.search(r"\b(?:after|before|while|but|when)\b", gap):
            distance += 60
        if distance > _MAX_DISTANCE:
            continue
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else None


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
    # "the December conference", "talks ... in December": a month alone is a meeting date
    # only when the sentence looks ahead.
    looks_ahead = cue_words.future_words(sentence) or re.search(r"\b(?:might|may|could)\b", sentence)
    if mention.kind == "month" and tense is not Tense.FUTURE and not looks_ahead:
        return None
    resolved = resolve(mention, reference, tense, frame)
    if resolved is None:
        return None
    resolved = _with_duration(resolved, clause, mention, cue)
    if resolved.start < reference:
        return None  # started before the article was written: not upcoming
    if (
        resolved.precision is DatePrecision.DAY
        and resolved.start == reference
        and not _still_ahead_today(around, clause, mention)
    ):
        return None
    if cue_words.happened(around) and not resolved.explicit_year:
        return None
    if cue_words.called_off(clause):
        return None
    if (
        cue.kind == "visit"
        and re.match(r"\s*(?:to|with)\b", sentence[cue.end : cue.end + 6]) is None
        and cue.word.lower() in ("trip", "tour")
    ):
        pass
    orgs = _values(find_organisations(sentence))
    countries = _values(find_countries(sentence))
    people = _values(find_people(sentence))
    roles = _values(find_roles(clause))
    if cue_words.is_corporate(clause) and not (orgs or people):
        return None
    location, source = _location(sentence, clause_lo, clause_hi, cue, mention, dateline_city)
    phrase = _phrase(sentence, cue, clause_lo, clause_hi)
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
    )
    stated = find_time(around)
    if stated is not None and resolved.precision is DatePrecision.DAY:
        sighting.start_time, sighting.time_zone = stated
    return sighting


def _phrase(sentence: str, cue: Cue, clause_lo: int, clause_hi: int) -> str:
    """The noun phrase naming the meeting: the cue's, or the nearest meeting noun's in its clause."""
    if not cue.verb:
        return noun_phrase(sentence, cue)
    nouns = [c for c in find_cues(sentence[clause_lo:clause_hi]) if not c.verb]
    if not nouns:
        return ""
    local = cue.start - clause_lo
    nearest = min(nouns, key=lambda c: abs(c.start - local))
    return noun_phrase(sentence[clause_lo:clause_hi], nearest)


def _values(mentions: list[Mention]) -> list[str]:
    seen: list[str] = []
    for mention in mentions:
        if mention.value not in seen:
            seen.append(mention.value)
    return seen


def _still_ahead_today(around: str, clause: str, mention: DateMention) -> bool:
    """A meeting dated the day of publication counts only if the text says it is yet to come."""
    if cue_words.happened(around):
        return False
    if mention.kind == "relative" and (mention.qualifier == "later" or mention.relative2 is not None):
        return True
    return bool(
        re.search(
            r"\b(?:will|opens?|opening|starts?|starting|begins?|beginning|is to|are to|due to|scheduled|later|tonight|this evening|"
            r"are meeting|is meeting|meet|meets|hold|holds|convenes?|gathers?)\b",
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
    return Resolved(
        resolved.start, resolved.start + timedelta(days=days - 1), resolved.precision, resolved.explicit_year
    )


def _location(
    sentence: str, clause_lo: int, clause_hi: int, cue: Cue, mention: DateMention, dateline_city: str | None
) -> tuple[str | None, str]:
    if cue.kind == "videoconference" or is_virtual(sentence):
        return "virtual", "virtual"
    places = find_places(sentence, dateline_city)
    if not places:
        return None, ""
    anchor = (cue.start + mention.start) / 2
    in_clause = [p for p in places if clause_lo <= p.start < clause_hi] or places
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
