"""Short readable titles for meetings, built from the noun phrase that names them."""

from __future__ import annotations

import re

from diplocal.extract.cues import Cue, find_cues
from diplocal.extract.entities import find_countries, find_organisations, find_people

_DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "next",
        "last",
        "first",
        "second",
        "third",
        "new",
        "further",
        "another",
        "other",
        "same",
        "such",
        "any",
        "some",
        "each",
        "every",
    ]
)
_STOP_BEFORE = re.compile(
    r"(?:\b(?:will|would|to|of|in|on|at|for|with|by|from|and|or|but|is|are|was|were|be|been|has|have|had|said|says|"
    r"that|which|who|after|before|during|ahead|amid|since|until|as|than|when|where|while|into|about|over|under|between)\b"
    r"|[,;:()\"]|\s-\s)",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(
    r"^\s+(?P<prep>of|on|between|with)\s+(?P<np>(?:the\s+)?(?:[A-Z][\w.'-]*|[a-z]+(?:-[a-z]+)?)(?:\s+(?:[A-Z][\w.'-]*|of|and|general|staff|"
    r"ministers?|officials|governors|leaders|representatives|negotiators|heads|state|government|[a-z]+-[a-z]+|security|issues|trade|debt|"
    r"agriculture|farm|prices|quotas|semiconductors|Japan|relations|guarantees|arms|control|the|[a-z]+ministers))*)"
)
_DATE_WORDS = re.compile(
    r"\b(?:today|tomorrow|tonight|yesterday|this|next|last|week|weekend|month|year|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
    r"\d+(?:st|nd|rd|th)?|'s|two-day|three-day|four-day|five-day|one-day|week-long)\b",
)
_MAX_WORDS = 9


_MODIFIERS = frozenset(
    [
        "emergency",
        "extraordinary",
        "informal",
        "special",
        "annual",
        "regular",
        "ordinary",
        "plenary",
        "state",
        "official",
        "working",
        "bilateral",
        "trilateral",
        "multilateral",
        "technical",
        "ministerial",
        "high-level",
        "top-level",
        "senior",
        "summit",
        "trade",
        "security",
        "farm",
        "agriculture",
        "agricultural",
        "economic",
        "monetary",
        "finance",
        "foreign",
        "defence",
        "defense",
        "energy",
        "oil",
        "environment",
        "transport",
        "debt",
        "peace",
        "arms",
        "border",
        "nuclear",
        "coffee",
        "cocoa",
        "sugar",
        "tin",
        "wheat",
        "grain",
        "price",
        "prices",
        "quota",
        "budget",
        "preparatory",
        "consultative",
        "joint",
        "executive",
        "board",
        "council",
        "committee",
        "commission",
        "leaders",
        "leaders'",
        "ministers",
        "ministers'",
        "heads",
        "governors",
        "officials",
        "negotiators",
        "experts",
        "deputies",
        "representatives",
        "round",
        "first",
        "second",
        "third",
        "final",
        "formal",
        "closed-door",
        "private",
        "two-day",
        "three-day",
        "four-day",
        "five-day",
        "one-day",
        "week-long",
        "crucial",
        "key",
        "important",
        "tough",
    ]
)
_FUNCTION = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "on",
        "in",
        "at",
        "of",
        "for",
        "to",
        "and",
        "or",
        "but",
        "with",
        "by",
        "from",
        "as",
        "its",
        "their",
        "his",
        "her",
    ]
)


def noun_phrase(sentence: str, cue: Cue) -> str:
    """The phrase around a meeting noun: its modifiers and an "of"/"on"/"between" complement.

    "At this week's March 31-April 2 meeting of the ICO board" gives "meeting of the ICO
    board"; "Russian-American talks on security issues are expected" gives
    "Russian-American talks on security issues".
    """
    head = sentence[cue.start : cue.end]
    before = sentence[max(0, cue.start - 80) : cue.start]
    words = before.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip("\"'()")
        if not bare or bare != word.rstrip(",;:") or bare.lower() in _FUNCTION or _DATE_WORDS.fullmatch(bare):
            break
        if bare.endswith("'s") and _DATE_WORDS.search(bare):
            break
        if bare[:1].isupper() or "-" in bare or bare.lower() in _MODIFIERS or bare.endswith("'s"):
            kept.append(bare)
            if len(kept) >= 4:
                break
            continue
        break
    phrase = " ".join([*reversed(kept), head])
    after = sentence[cue.end : cue.end + 90]
    complement = _COMPLEMENT.match(after)
    if complement:
        np = _trim_complement(complement.group("np"))
        if np:
            phrase = f"{phrase} {complement.group('prep')} {np}"
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,.;:-")
    return phrase


def _trim_complement(np: str) -> str:
    words = np.split()
    while words and words[0].lower() in ("their", "its", "his", "her", "our"):
        words.pop(0)
    cut: list[str] = []
    for word in words:
        if _DATE_WORDS.fullmatch(word) or word.lower() in ("in", "at", "on", "to", "for"):
            break
        cut.append(word)
        if len(cut) >= 6:
            break
    while cut and cut[-1].lower() in ("the", "and", "of", "a", "an"):
        cut.pop()
    return " ".join(cut)


def make_title(phrase: str, who: list[str], place: str | None, kind: str) -> str:
    """A title from the meeting's noun phrase, adding who meets when the phrase does not say.

    ``who`` lists the main participants, most specific first.
    """
    text = phrase.strip()
    lowered = text.lower()
    named = [w for w in who if w and w.lower() in lowered] or names_someone(text)
    if not named and who:
        subject = who[0]
        if kind == "visit":
            text = f"{subject} {text}"
            if place and place.lower() not in text.lower():
                text = f"{text} to {place}"
        else:
            text = f"{text} of {subject}" if " of " not in text else f"{subject} {text}"
    elif kind == "visit" and place and place.lower() not in lowered and place != "virtual":
        text = f"{text} to {place}"
    words = text.split()
    if len(words) > _MAX_WORDS + 3:
        text = " ".join(words[: _MAX_WORDS + 3])
    return text[:1].upper() + text[1:]


def names_someone(phrase: str) -> bool:
    """True when a phrase already says who meets (an organisation, a country, a person)."""
    return bool(find_organisations(phrase) or find_countries(phrase) or find_people(phrase))


_SUBJECT = re.compile(
    r"(?P<subject>(?:[A-Z][\w.'-]*|of|the|and|for|[a-z]+ ministers|ministers|officials|governors|leaders|delegates|"
    r"negotiators|representatives)(?:\s+(?:[A-Z][\w.'-]*|of|the|and|for|foreign|finance|trade|agriculture|farm|prime|"
    r"ministers|officials|governors|leaders|delegates|negotiators|representatives|central|bank|board|committee|council)){0,6})"
    r"\s+(?:will|would|are|is|were|was|plan to|plans to|are due to|is due to|are scheduled to|is scheduled to|are expected to"
    r"|is expected to|are to|is to|will also|are also)?\s*$"
)


_HOLD = re.compile(
    r"\b(?:hold|holds|holding|host|hosts|hosting|attend|attends|attending)\s+(?:a|an|the|their|its|two|three)?\s*(?:[\w-]+\s+){0,2}$"
)


def _subject_before(sentence: str, clause_lo: int, end: int) -> str | None:
    """The named subject right before a verb: "The Interim Committee" (meets), "Nordic prime
    ministers" (will hold), or None when the subject names nobody."""
    subject = _SUBJECT.search(sentence[max(clause_lo, end - 90) : end])
    if not subject:
        return None
    words = subject.group("subject").split()
    while words and words[0].lower() in ("the", "of", "and", "for"):
        words.pop(0)
    return " ".join(words) if words and any(w[:1].isupper() for w in words) else None


def meeting_phrase(sentence: str, cue: Cue, clause_lo: int, clause_hi: int) -> str:
    """The noun phrase naming the meeting: the cue's, the subject of a meeting verb ("The
    Interim Committee meets" gives "Interim Committee meeting"), or the nearest meeting noun."""
    if not cue.verb:
        phrase = noun_phrase(sentence, cue)
        held = _HOLD.search(sentence, max(clause_lo, cue.start - 40), cue.start)
        if held and " of " not in phrase and " between " not in phrase:
            # "Nordic prime ministers will hold a summit": the summit of whoever holds it.
            holder = _subject_before(sentence, clause_lo, held.start())
            if holder:
                return f"{phrase} of {holder}"
        return phrase
    # "Brussels will host a meeting of ...": the subject of "host" is the place, not who meets.
    subject = (
        None if cue.word.lower().startswith(("host", "will host")) else _subject_before(sentence, clause_lo, cue.start)
    )
    if subject:
        return f"{subject} meeting"
    nouns = [c for c in find_cues(sentence[clause_lo:clause_hi]) if not c.verb]
    if not nouns:
        return ""
    local = cue.start - clause_lo
    nearest = min(nouns, key=lambda c: abs(c.start - local))
    return noun_phrase(sentence[clause_lo:clause_hi], nearest)
