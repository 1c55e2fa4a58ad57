"""Which date belongs to which meeting word, and which dates are not a meeting's at all."""

from __future__ import annotations

import re

from diplocal.extract import cues as cue_words
from diplocal.extract.cues import Cue
from diplocal.extract.dates import DateMention

# Dates that are about something other than a meeting, by the words right before them.
_NOT_MEETING_DATE = re.compile(
    r"(?:payable|record|dividend|expires?|expiring|expiry|deadline|effective|takes? effect|came into effect|come into effect|"
    r"go into effect|goes into effect|tariffs?|duties|maturity|matures?|delivery|shipments?|shipped|contract|quotas?|"
    r"term of office|ending|ended|week ended|period|fiscal|quarter|since|until|till|before|after|by the end of|"
    r"starting from|valid|in force|sanctions|ballot|election|elections|vote|referendum|born|died|deadline of|"
    r"payment date is|settlement date is|issue date is|maturity date is|closing date is|pricing|priced)\s*(?:on|from|of|in)?\s*$",
    re.IGNORECASE,
)


_DEADLINE_PREP = re.compile(r"\b(?:by|until|till|before|after|since|within)\s*(?:the\s+)?$", re.IGNORECASE)


_SINCE = re.compile(r"\b(?:since|until|till)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


_TRAVEL = re.compile(
    r"\b(?:leaves?|leaving|left|departs?|departing|arrives?|arriving|arrived|returns?|returning|returned|fl(?:y|ies|ew)"
    r"|sets? out|set off|heads? home)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


_MEET_AGAIN = re.compile(r"\b(?:meet|meets|convene|reconvene|gather)\s+(?:again\s+)?$", re.IGNORECASE)


_MEET_UNTIL = re.compile(r"\b(?:meet|meets|convene|reconvene|gather)\s+(?:again\s+)?(?:until|till)\s+$", re.IGNORECASE)


_ENDS_ON = re.compile(
    r"\b(?:end|ends|ending|close|closes|closing|conclude|concludes|concluding|wind up|winds up|finish|finishes)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


_DEADLINE_AFTER = re.compile(
    r"\s+(?:or (?:even )?(?:a |an )?\w+\s+)?(?:deadline|target date|cut-off|election|elections|vote|referendum|poll)\b",
    re.IGNORECASE,
)


def rescheduled_to(sentence: str, mention: DateMention) -> bool:
    """True when the date is the new one of a moved meeting ("postponed until April")."""
    return bool(cue_words.RESCHEDULED_TO.search(sentence[max(0, mention.start - 60) : mention.start]))


def not_a_meeting_date(sentence: str, mention: DateMention) -> bool:
    before = sentence[max(0, mention.start - 40) : mention.start]
    meets_until = mention.qualifier in ("until", "till") and _MEET_AGAIN.search(before)
    if rescheduled_to(sentence, mention) or _MEET_UNTIL.search(before) or meets_until:
        return False  # "postponed until April", "not due to meet again until September"
    if _ENDS_ON.search(before) or _DEADLINE_AFTER.match(sentence, mention.end):
        return True  # "the meeting will end tomorrow" (it began before); "an April 1 deadline"
    if _SINCE.search(before) or _TRAVEL.search(before):
        return True
    if _NOT_MEETING_DATE.search(before):
        return _meeting_follows(sentence, mention)
    if mention.is_range and re.search(r"\b(?:from|between)\s*$", before, re.IGNORECASE):
        return False
    text = mention.text.lower()
    if text.startswith(("by ", "until ", "since ", "before ", "after ")) and mention.kind == "month":
        # "by September" is a deadline unless a meeting word is right beside it.
        return _meeting_follows(sentence, mention)
    if _DEADLINE_PREP.search(before) and mention.kind not in ("period", "relative"):
        return _meeting_follows(sentence, mention)
    return False


MEETING_FOLLOWS = re.compile(
    r"\s*(?:\(\s*(?:the\s+)?(?:next\s+)?(?:scheduled\s+)?[a-z ]{0,20}(?:meeting|session|summit|talks)"
    r"|(?:'s)?\s+(?:(?:[A-Z][\w.'-]*|[a-z]+-[a-z]+|annual|ministerial|council|board|executive|informal|special|regular|"
    r"quarterly|plenary|full|economic|scheduled|next|semiannual|semi-annual|spring|autumn)\s+){0,6}"
    r"(?i:summit|meeting|meetings|session|conference|talks|visit)\b"
    r"|,?\s*when\s+(?:[\w'()-]+\s+){1,10}?(?:meet|meets|will meet|are due to meet|were due to meet|gather|convene"
    r"|meeting|summit|session|conference|talks)\b)"
)


def _meeting_follows(sentence: str, mention: DateMention) -> bool:
    """False (not a meeting date) unless the next words say it is one: "by September (the next
    scheduled council meeting)", "before July, when finance ministers meet"."""
    return not MEETING_FOLLOWS.match(sentence, mention.end)


def cue_distances(
    sentence: str, mention: DateMention, meeting_words: list[Cue], moved: bool = False
) -> list[tuple[float, Cue]]:
    """Each meeting word that may own the date, with how far (in weighted characters) it is.

    The new date of a moved meeting ("talks due on May 5 have been postponed until May 12")
    belongs to the meeting named earlier in the sentence, however far back.
    """
    scored: list[tuple[float, Cue]] = []
    for cue in meeting_words:
        if cue.end <= mention.start:
            gap = sentence[cue.end : mention.start]
            distance = float(len(gap))
        elif cue.start >= mention.end:
            gap = sentence[mention.end : cue.start]
            distance = len(gap) * 1.2
            if re.fullmatch(r"\s*(?:'s)?\s*(?:(?!(?:and|or|to|will|would|but|then)\b)[A-Za-z-]+\s+){0,4}", gap):
                distance = len(gap) * 0.5  # "tomorrow's meeting", "the May 11-13 ministerial meeting"
        else:
            continue
        if re.search(r"[;\"]", gap):
            continue  # never across a quotation's edge
        distance += (0 if moved else 25 * gap.count(",")) + (0 if cue.verb or cue.strength >= 0.85 else 15)
        if cue.verb and cue.strength < 0.6:
            distance += 45  # "discuss", "review": only when no meeting word is nearer
        if re.search(r"\b(?:after|before|while|but|when)\b", gap):
            distance += 60
        if re.search(r"\band\s+(?:will\s+|would\s+)?[a-z]+\b", gap) and cue.start >= mention.end:
            distance += 20  # "in June and open an extraordinary session": another act
        limit = _MAX_DISTANCE * 2 if moved else _MAX_MONTH_DISTANCE if mention.kind == "month" else _MAX_DISTANCE
        if distance <= limit:
            scored.append((distance, cue))
    return scored


_MAX_DISTANCE = 110


_MAX_MONTH_DISTANCE = 75  # a month alone must sit close by its meeting: "the OECD meeting in May"
