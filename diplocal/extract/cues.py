"""The words that make a dated phrase a meeting: meeting nouns and verbs, tense and hedges."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from diplocal.extract.dates import Tense


@dataclass(frozen=True, slots=True)
class Cue:
    """A word in a sentence that names a meeting ("summit", "will meet", "state visit")."""

    start: int
    end: int
    word: str
    kind: str  # summit, talks, meeting, conference, visit, videoconference, session
    verb: bool
    strength: float  # how surely the word alone means a diplomatic meeting


# (pattern, kind, is a verb, strength); tried in order, first match at a place wins.
_CUE_TABLE: list[tuple[str, str, bool, float]] = [
    (
        r"video[\s-]?conference|virtual (?:meeting|summit)|(?:meeting|summit) (?:held )?(?:by|via) video(?: ?link)?",
        "videoconference",
        False,
        1.0,
    ),
    (r"state visit|official visit|working visit|visits?|visiting|trip|tour|guests? of", "visit", False, 0.85),
    (r"(?:trade |fact-finding |technical |official |government |ministerial )?missions?", "visit", False, 0.7),
    (r"(?:will|would|is to|are to|is due to|are due to) be in(?= [A-Z])", "visit", True, 0.7),
    (
        r"(?:will|would|is to|plans to|intends to|is due to|is expected to) (?:go|travel|fly) to(?= [A-Z])",
        "visit",
        True,
        0.7,
    ),
    (r"audience with|audiences with", "meeting", False, 0.85),
    (r"summits?|summit meeting", "summit", False, 1.0),
    (r"ministerial(?: meeting| conference| council| session)?|Ministerial", "ministerial", False, 1.0),
    (r"talks|negotiations|negotiating round|consultations|parley|dialogue", "talks", False, 0.9),
    (
        r"(?:extraordinary |emergency |informal |special |plenary |annual |regular |ordinary )?(?:meeting|meetings|session|sessions|sitting|gathering)",
        "meeting",
        False,
        0.85,
    ),
    (r"conference|conferences|congress|forum|symposium", "conference", False, 0.75),
    (r"discussions", "talks", False, 0.6),
    (r"meets?|meeting|met|to meet", "meeting", True, 0.9),
    (r"convene[sd]?|convening|reconvene[sd]?|gather(?:s|ed|ing)?|confer(?:s|red|ring)?", "meeting", True, 0.75),
    (r"hosts?|hosting|hosted|will host", "meeting", True, 0.6),
    (r"discuss|discussed|to discuss|review|reviewed", "meeting", True, 0.55),
]
# Nouns in any case ("the Venice Summit", "MEETING"); verbs lower-case only.
_CUES = re.compile(
    "|".join(
        rf"\b(?P<c{i}>{pattern if verb else f'(?i:{pattern})'})\b" for i, (pattern, _, verb, _) in enumerate(_CUE_TABLE)
    )
)

# A piece of every word _CUES can match, lower-cased: a sentence holding none of them has no
# cue, so the extractor skips it before the costlier searches (most newswire sentences).
# Keep it in step with _CUE_TABLE (a test checks it against every string _CUES matches).
_HINT_WORDS = (
    "video virtual visit trip tour guest mission audience summit ministerial talks negotiat consultations parley "
    "dialogue meet met session sitting gather confer congress forum symposium conven host discuss review"
)
CUE_HINTS = [*_HINT_WORDS.split(), " be in", " go to", " travel to", " fly to"]


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words``, as a trie: the engine tests one letter per branch
    point instead of trying every word at every position (about twice as fast)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter word ends here, and finding it is enough
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


_CUE_HINT = re.compile(_trie(CUE_HINTS))


def may_hold_cue(sentence: str) -> bool:
    """False only when :func:`find_cues` surely finds nothing in ``sentence`` (a quick test).

    Lower-casing agrees with the regex engine's case-insensitive matching on ASCII text;
    other text always gets the full search.
    """
    return not sentence.isascii() or _CUE_HINT.search(sentence.lower()) is not None


# Meeting words that are not diplomatic meetings.
_NOT_DIPLOMATIC = re.compile(
    r"\b(?:press|news) conferences?\b|\bconference call\b|\b(?:share|stock)holders?\b|\bboard of directors\b"
    r"|\bannual (?:general )?meeting of (?:the )?(?:company|shareholders|stockholders)\b|\bhearings?\b|\bcourt\b"
    r"|\btrial\b|\bjury\b|\bstrike\b|\bunion members\b"
    r"|\b(?:trading|market|futures|stock|bourse|coming|overnight|morning|afternoon|evening|opening|closing)\s+sessions?\b",
    re.IGNORECASE,
)
_CORPORATE = re.compile(
    r"\b(?:shareholders?|stockholders?|holders of record|annual meeting|dividend|tender offer|merger|acquisition|"
    r"Inc|Corp|Co|Ltd|plc|PLC|N\.V|S\.A|AG|GmbH)\b"
)


def find_cues(sentence: str) -> list[Cue]:
    """The meeting words of a sentence, left to right (press conferences and the like left out)."""
    cues: list[Cue] = []
    for match in _CUES.finditer(sentence):
        name = match.lastgroup
        if name is None:
            continue
        index = int(name[1:])
        _, kind, verb, strength = _CUE_TABLE[index]
        word = match.group(name)
        start, end = match.span(name)
        if _is_excluded(sentence, start, end):
            continue
        if kind == "visit" and word.lower() in ("visits", "visit") and _is_noun_compound_of_past(sentence, start):
            continue
        if verb and _SATISFY.match(sentence, end):
            continue  # "meet the target", "met demand": not a meeting
        if word.endswith((" be in", " to")) and not re.search(
            r"(?:\b[A-Z][\w.'-]+|\b(?:he|she|they))\s+$", sentence[max(0, start - 30) : start]
        ):
            continue  # "X will be in Rome" is a visit when X is named; "listing will be in Luxembourg" is not
        cues.append(Cue(start, end, word, kind, verb, strength))
    return cues


_SATISFY = re.compile(
    r"\s+(?:(?:the|its|their|his|her|our|a|an|all|these|those|this|such|any|some|most|part of the|growing|rising|"
    r"strong|higher|increased|local|domestic|world|its own)\s+)*(?:[\w-]+\s+){0,5}?"
    r"(?:targets?|demands?|needs|requirements?|obligations?|criteria|costs?|expenses|payments?|deadlines?|terms|"
    r"conditions|standards|goals?|quotas?|commitments?|expectations|shortfalls?|debts?|directives?|objectives?|"
    r"challenges?|competition|forecasts?|estimates?|specifications?|guidelines|rules|bills?|orders?|consumption|"
    r"supply|supplies|shortages?|criteria|levels?|limits?|margin calls?|interest|claims?|liabilities)\b",
    re.IGNORECASE,
)

# Who meets, when it is not governments: these make a meeting domestic or private.
_DOMESTIC = re.compile(
    r"\b(?:board|directors|cabinet|parliament(?:ary)?|congress(?:ional)?|senate|senators|house|diet|bundestag|"
    r"budget committee|finance committee|ways and means|open market committee|federal reserve|fed|bundesbank|"
    r"party|parties|unions?|shareholders|stockholders|company|companies|corporation|firm|traders|dealers|analysts|"
    r"executives|employers|futures|exchanges?|court|jury|strikers?|workers|investors|brokers|management|staff meeting|"
    r"city council|state legislature|legislators|lawmakers|governors association|mayors?|police|church|bishops|"
    r"students|teachers|doctors|farmers union|producers association|industry leaders|manufacturers)\b",
    re.IGNORECASE,
)


def domestic_words(text: str) -> bool:
    """True when the text says who meets and it is a company, a parliament, a party, a market..."""
    return bool(_DOMESTIC.search(text))


def _is_excluded(sentence: str, start: int, end: int) -> bool:
    window = sentence[max(0, start - 20) : end + 25]
    return bool(_NOT_DIPLOMATIC.search(window))


def _is_noun_compound_of_past(sentence: str, start: int) -> bool:
    return bool(re.search(r"\b(?:previous|recent|earlier|past|several|many)\s+$", sentence[max(0, start - 20) : start]))


def is_corporate(text: str) -> bool:
    """True when the words around a meeting make it a company's, not a government's."""
    return bool(_CORPORATE.search(text))


# -- tense and hedges ----------------------------------------------------------------------

_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|would(?! have)|is to|are to|was to|were to|(?:is|are|was|were)\s+(?:due|scheduled|expected|set|slated|planned|going|likely)\s+to"
    r"|scheduled|planned|to be held|to take place|to meet|to visit|to hold|to host|to attend|to begin|to start|to open|to resume"
    r"|to convene|to gather|next|upcoming|forthcoming|coming|opens|opening|begins|beginning|starts|starting|ahead of|preparing for"
    r"|preparation for|prepare for|groundwork for|in time for|later today|later this|due to|set for|set to|is due|are due"
    r"|are meeting|is meeting|are holding|is holding|are visiting|is visiting|will be|wait for|waiting for|await|awaits|awaiting)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:met|held|ended|concluded|took place|visited|attended|hosted|broke down|was held|were held|last|earlier|ago|yesterday"
    r"|wound up|wrapped up|closed|adjourned|recessed|had met|was attended|completed|finished"
    r"|agreed at|discussed at|said at|told the|was convened|were convened|boycotted|failed)\b",
    re.IGNORECASE,
)
# Weaker signs of the past: other past forms and the present perfect. They choose the year of
# an ambiguous date only when nothing stronger speaks, and mark a meeting "this week" as under way.
_WEAK_PAST = re.compile(
    r"\b(?:fell|rose|grew|began|came|went|made|took|gave|won|lost|saw|broke|struck|sold|bought|paid|left|ran|so far"
    r"|(?:has|have|had)\s+(?:(?:\w+ly|so far|already|just|now|also|not)\s+){0,2}(?:done|gone|made|held|met|seen|given|taken"
    r"|brought|sent|spent|paid|left|won|lost|shown|known|grown|begun|come|fallen|risen|broken)"
    r"|(?:has|have|had)\s+(?!(?:been\s+)?(?:scheduled|set|planned|agreed to|decided|arranged|called|convened|invited|asked|"
    r"proposed|announced|confirmed|said|promised|pledged|offered|requested|suggested|urged|told|expected|fixed|slated)\b)"
    r"(?:(?:\w+ly|so far|already|just|now|also|not)\s+){0,2}\w+(?:ed|en))\b",
    re.IGNORECASE,
)
_ARRANGING = re.compile(
    r"\b(?:announced|said|confirmed|agreed to|decided to|convened an?|called|set|invited|proposed|arranged|planned|scheduled)\b",
    re.IGNORECASE,
)
# Case matters: "May" is a month, "may" a hedge.
_HEDGE = re.compile(
    r"\b(?:could|might|may|possible|possibly|perhaps|proposed|proposes|propose|suggested|suggests|if|If|unless|Unless|hopes? to"
    r"|would like|want(?:s|ed)? to|likely|unlikely|soon|considering|consider|no date|not yet|uncertain|tentative(?:ly)?"
    r"|provisional(?:ly)?|rumou?red|speculation|expected to decide|whether)\b"
)
# "postponed until April", "will now run from March 31 to April 2": the date that follows is the new one.
RESCHEDULED_TO = re.compile(
    r"(?:(?:postponed|put off|delayed|moved|pushed back|brought forward|rescheduled|reset|deferred|shifted|changed)"
    r"(?:\s+(?:by\s+)?[\w-]+){0,4}?\s+(?:until|till|to|for|on)\s+(?:the\s+)?"
    r"|will now (?:run|take place|be held|start|begin|open|meet|convene)(?:\s+(?:from|on|in))?\s+)$",
    re.IGNORECASE,
)
_CALLED_OFF = re.compile(
    r"\b(?:postponed|cancell?ed|called off|put off|scrapped|deferred|delayed|shelved|suspended|originally|had been (?:due|scheduled|expected|set)|was (?:due|scheduled) to have)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|\s-\s|,\s+(?:but|while|whereas|although|though|and|adding(?: that)?|saying(?: that)?)\s|\bbut\b|\bwhile\b"
    r"|\bafter\b|\bbefore\b|\bwhen\b"
)


def clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause holding the span ``start:end`` (split at ; : dashes and "but")."""
    left = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = match.end()
    right = len(sentence)
    following = _CLAUSE_BREAK.search(sentence, end)
    if following:
        right = following.start()
    return left, right


def tense_of(text: str) -> Tense:
    """The tense a stretch of text points to: future words win over past ones.

    Verbs of arranging ("announced", "convened a meeting") are not counted as past: they
    say when a meeting was set, not that it took place.
    """
    if _FUTURE.search(text):
        return Tense.FUTURE
    if _PAST.search(text):
        return Tense.PAST
    return Tense.UNKNOWN


def weakly_past(text: str) -> bool:
    """True when the text uses a past form or the present perfect and no future word."""
    return bool(_WEAK_PAST.search(text)) and not _FUTURE.search(text)


_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:\w+ly|so far|already|just|now|also|not)\s+){0,2}(?:been\s+)?\w+(?:ed|en|ne|un|ld|et|de|ad|ht)\b"
    r"|\bso far\b",
    re.IGNORECASE,
)


def under_way(text: str) -> bool:
    """True when the text speaks of the meeting as begun: "has taken a hard line", "so far"."""
    return bool(_PERFECT.search(text)) and not _FUTURE.search(text)


def happened(text: str) -> bool:
    """True when the text says the meeting took place (past-tense words of meeting)."""
    return bool(_PAST.search(text)) and not _FUTURE.search(text)


def hedged(text: str) -> bool:
    """True when the text only proposes, expects or supposes the meeting."""
    return bool(_HEDGE.search(text))


def called_off(text: str) -> bool:
    """True when the text says the meeting was postponed, cancelled or moved."""
    return bool(_CALLED_OFF.search(text))


_CANCELLED = re.compile(
    r"\b(?:cancell?ed|called off|scrapped|shelved|abandoned|will not take place|won't take place)\b", re.IGNORECASE
)
_POSTPONED = re.compile(r"\b(?:postponed|put off|deferred|delayed|suspended|adjourned indefinitely)\b", re.IGNORECASE)
_SUPERSEDED = re.compile(
    r"\b(?:originally|had been (?:due|scheduled|expected|set|planned)|was (?:due|scheduled) to have|instead of|rather than)\b",
    re.IGNORECASE,
)


def update_in(text: str) -> str | None:
    """What the text says befell a meeting: "cancel", "postpone", "superseded" (the date given
    is an old one: "had originally been due"), or None."""
    if _SUPERSEDED.search(text):
        return "superseded"
    if _CANCELLED.search(text):
        return "cancel"
    if _POSTPONED.search(text):
        return "postpone"
    return None


def future_words(text: str) -> bool:
    return bool(_FUTURE.search(text))


def arranging_words(text: str) -> bool:
    return bool(_ARRANGING.search(text))
