"""Meeting words, and what the words around them say: tense, hedges, status, clauses (pure).

Everything language-specific comes from the pack's patterns; these functions only say how
they are used.
"""

from __future__ import annotations

import re
from functools import lru_cache

from diplocal.extract.lang import LanguagePack, MeetingWord, pack_for
from diplocal.extract.memos import by_text, word_memo
from diplocal.extract.spans import Cue, Tense
from diplocal.extract.tag.dates import find_dates
from diplocal.extract.tag.memo import per_text

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# "the 44th ASEAN Foreign Ministers' Meeting (AMM)": a short name a text gives a meeting
_ACRONYM_DEFINED = re.compile(r"\s\((?P<acronym>[A-Z][A-Z0-9+]{1,7})\)")


def meeting_acronyms(text: str, pack: LanguagePack) -> dict[str, Cue]:
    """The short names a text defines for meetings, in brackets right after a meeting noun
    ("the 44th ASEAN Foreign Ministers' Meeting (AMM) ... The 44th AMM will take place on
    19-20 July"), each with the meeting word it stands for."""
    found: dict[str, Cue] = {}
    for match in _ACRONYM_DEFINED.finditer(text):
        acronym = match.group("acronym")
        before = text[max(0, match.start() - 80) : match.start()]
        cues = find_cues(before, pack)
        if acronym not in found and cues and cues[-1].end == len(before) and not cues[-1].verb:
            found[acronym] = cues[-1]
    return found


def acronym_cues(sentence: str, acronyms: dict[str, Cue]) -> list[Cue]:
    """The meeting words a sentence holds as a text's own short names for meetings (never
    the bracket that defines one)."""
    found = []
    for acronym, word in acronyms.items():
        if acronym in sentence:
            for match in re.finditer(rf"(?<![\w(]){re.escape(acronym)}(?![\w)])", sentence):
                found.append(Cue(match.start(), match.end(), acronym, word.kind, False, word.strength))
    return found


def find_cues(sentence: str, pack: LanguagePack) -> list[Cue]:
    """The meeting words of a sentence, left to right (press conferences and the like left out)."""
    return list(_find_cues(sentence, pack.code))


@by_text
@lru_cache(maxsize=4096)
def _find_cues(sentence: str, code: str) -> tuple[Cue, ...]:
    pack = pack_for(code)
    cues: list[Cue] = []
    taken: list[tuple[int, int]] = []
    rx = pack.rx
    if pack.meeting_regex is not None:
        surface = [w for w in pack.meeting_words if not w.lemma]
        for match in pack.meeting_regex.finditer(sentence):
            name = match.lastgroup
            if name is None:
                continue
            word = surface[int(name[1:])]
            start, end = match.span(name)
            cue = Cue(start, end, match.group(name), word.kind, word.verb, word.strength)
            if _keeps(sentence, cue, pack):
                cues.append(cue)
                taken.append((start, end))
    # Most sentences hold no meeting word: a look at the words alone says so, before any
    # position is read.
    if pack.meeting_lemmas and any(_token_cue(w, code) is not None for w in _WORD.findall(sentence)):
        for match in _WORD.finditer(sentence):
            start, end = match.span()
            if any(s <= start < e for s, e in taken):
                continue
            found = _token_cue(match.group(0), code)
            if found is None:
                continue
            word, prefix = found
            cue = Cue(start, end, match.group(0), word.kind, word.verb, word.strength, prefix)
            if _keeps(sentence, cue, pack):
                cues.append(cue)
    cues.sort(key=lambda c: c.start)
    _ = rx
    return tuple(cues)


@word_memo(65536)
def _token_cue(token: str, code: str) -> tuple[MeetingWord, str] | None:
    """:func:`_lemma_cue` remembered by word: news vocabulary repeats from sentence to
    sentence, and looking a word up (lemma, prefixes, compound heads) costs more than the
    rest of :func:`find_cues` together."""
    return _lemma_cue(token, pack_for(code))


def _lemma_cue(token: str, pack: LanguagePack) -> tuple[MeetingWord, str] | None:
    """The meeting word a token is a form of, and the compound's first part, if any."""
    table = pack.meeting_lemmas
    lemma = pack.lemma(token)
    word = table.get(lemma) or table.get(token.casefold())
    if word is not None:
        return word, ""
    strip = pack.extra.get("strip_prefixes")
    if strip is not None:
        bare = strip(token)
        if bare != token:
            word = table.get(pack.lemma(bare)) or table.get(bare.casefold())
            if word is not None:
                return word, ""
    if pack.compounds:
        lowered = token.casefold()
        heads: dict[str, str] = pack.extra.get("compound_heads", {})
        if not lowered.endswith(_endings(heads)):
            return None  # most words end in no head: one look, not one per head
        for key, candidate in heads.items():
            if lowered.endswith(key) and len(lowered) > len(key) + 1:
                return table[candidate], token[: len(token) - len(key)].rstrip("-")
    return None


_ENDINGS: dict[int, tuple[dict[str, str], tuple[str, ...]]] = {}


def _endings(heads: dict[str, str]) -> tuple[str, ...]:
    """The compound heads as a tuple for ``str.endswith``, kept per table (a pack's own)."""
    found = _ENDINGS.get(id(heads))
    if found is None or found[0] is not heads or len(found[1]) != len(heads):
        found = _ENDINGS[id(heads)] = (heads, tuple(heads))
    return found[1]


def _keeps(sentence: str, cue: Cue, pack: LanguagePack) -> bool:
    rx = pack.rx
    window = sentence[max(0, cue.start - 20) : cue.end + 25]
    if rx.not_diplomatic.search(window):
        return False
    if (
        cue.kind == "visit"
        and rx.plural_visit.match(cue.word)
        and rx.past_compound.search(sentence[max(0, cue.start - 20) : cue.start])
    ):
        return False  # "previous visits", "several visits"
    about: re.Pattern[str] | None = pack.extra.get("topic_of_other")
    if about is not None and about.search(sentence[max(0, cue.start - 70) : cue.start]):
        return False  # "A Special Briefing by Foreign Secretary on the visit will be held": the briefing's
    if cue.verb and rx.satisfy.match(sentence, cue.end):
        return False  # "meet the target", "met demand": not a meeting
    separated: re.Pattern[str] | None = pack.extra.get("separated_off")
    if cue.verb and separated is not None and separated.match(sentence, cue.start):
        return False  # "trifft heute in Moskau ein": arrives (a separable verb), meets no one
    office: re.Pattern[str] | None = pack.extra.get("office_of")
    if (
        office is not None
        and not cue.verb
        and cue.word[:1].isupper()
        and office.search(sentence, max(0, cue.start - 40), cue.start)
    ):
        return False  # "the presidents of the European Council and the Commission": an office
    if cue.word[:1].isupper() and not cue.verb and _in_venue_name(sentence, cue, pack):
        return False  # "au World Forum de La Haye": a conference centre, not a forum
    legislature: re.Pattern[str] | None = pack.extra.get("legislature")
    if cue.start > 0 and legislature is not None and legislature.fullmatch(cue.word):
        return False  # "Biden pronunciará ante el Congreso su discurso": a parliament, not a congress
    building: re.Pattern[str] | None = pack.extra.get("building_before")
    reach = int(pack.extra.get("building_reach", 20))
    if not cue.verb and building is not None and building.search(sentence, max(0, cue.start - reach), cue.start):
        return False  # "au Centre de congrès", "en el Palacio de Congresos": a building
    after: re.Pattern[str] | None = pack.extra.get("building_after")
    if not cue.verb and after is not None and after.match(sentence, cue.end):
        return False  # "the King Abdulaziz International Conference Center": a building
    return not (
        rx.cue_needs_subject.search(cue.word)
        and not rx.named_subject_before.search(sentence[max(0, cue.start - 30) : cue.start])
    )  # "X will be in Rome" is a visit when X is named; "listing will be in Luxembourg" is not


def _in_venue_name(sentence: str, cue: Cue, pack: LanguagePack) -> bool:
    """True when the meeting word is a word of a known venue's name around it ("World Forum",
    "Palais des Congrès" of the venues file)."""
    from diplocal.places import venue_names

    names = venue_names(pack.code)
    before = sentence[max(0, cue.start - 40) : cue.start].split()[-3:]
    after = sentence[cue.end : cue.end + 40].split()[:3]
    for lead in range(len(before) + 1):
        for tail in range(len(after) + 1):
            words = [*before[len(before) - lead :], cue.word, *after[:tail]]
            if " ".join(words).strip(".,;:!?»«\"'()") in names:
                return True
    return False


def may_hold_cue(sentence: str, pack: LanguagePack) -> bool:
    """False only when :func:`find_cues` surely finds nothing (a quick test)."""
    quick: re.Pattern[str] | None = pack.extra.get("cue_hint")
    if quick is None:
        return True
    return quick.search(sentence.lower()) is not None


# -- tense and hedges ----------------------------------------------------------------------


def _says(role: str, text: str, pack: LanguagePack) -> bool:
    """True when the pack's pattern ``role`` is found in ``text``. The same stretch is asked
    the same questions several times per candidate (tense, happened, under way...), so a
    language's own pack has its answers remembered."""
    if pack is pack_for(pack.code):
        return _said(role, text, pack.code)
    return bool(getattr(pack.rx, role).search(text))


@by_text
@lru_cache(maxsize=8192)
def _said(role: str, text: str, code: str) -> bool:
    return bool(getattr(pack_for(code).rx, role).search(text))


def governing_tense(sentence: str, lo: int, hi: int, clause_lo: int, clause_hi: int, pack: LanguagePack) -> Tense:
    """The tense of the words that govern ``lo:hi`` (a meeting word and its date): from up to
    60 characters before it in its clause to just past it (never to half a word: "de novembre
    s'était soldé par un échec"), else the whole clause."""
    end = min(clause_hi, hi + 12)
    while end < clause_hi and (sentence[end].isalnum() or sentence[end] in "'’"):
        end += 1
    tense = tense_of(_without_old_plans(sentence[max(clause_lo, lo - 60) : end], pack), pack)
    if tense is not Tense.UNKNOWN:
        return tense
    relative: re.Pattern[str] | None = pack.extra.get("relative_after")
    found = relative.search(sentence, end, clause_hi) if relative is not None else None
    if found is not None and pack.rx.past_verb.search(sentence, hi, found.start()):
        # a relative clause after a past verb has a tense of its own: "ministers meeting on
        # Thursday approved new rules that will apply from January 1" looks back (but "the
        # summit in Los Cabos, which is set for June 18" tells of the summit)
        clause_hi = found.start()
    return tense_of(_without_old_plans(sentence[clause_lo:clause_hi], pack), pack)


_NEXT_WORD = re.compile(r"\s+[^\W\d_][\w'’-]*")


def _without_old_plans(text: str, pack: LanguagePack) -> str:
    """The text without the words of a plan given up ("earlier planned for late January",
    "originally scheduled"): they tell of the old plan, not of the meeting's tense ("..., earlier
    planned for late January in Minsk, was held by video link on Friday"). Beside a status word
    they stay: a meeting called off or put off had its plan ahead of it."""
    if not pack.rx.superseded.search(text) or pack.rx.cancelled.search(text) or pack.rx.postponed.search(text):
        return text  # "a trip that had been due to begin on Wednesday was postponed": the plan still ahead
    pieces = []
    done = 0
    for match in pack.rx.superseded.finditer(text):
        following = _NEXT_WORD.match(text, match.end())
        end = following.end() if following else match.end()
        pieces.append(text[done : match.start()])
        pieces.append(" " * (end - match.start()))
        done = max(done, end)
    pieces.append(text[done:])
    return "".join(pieces)


def tense_of(text: str, pack: LanguagePack) -> Tense:
    """The tense a stretch of text points to: future words win over past ones.

    Verbs of arranging ("announced", "convened a meeting") are not counted as past: they
    say when a meeting was set, not that it took place.
    """
    if _says("future", text, pack):
        return Tense.FUTURE
    if _says("past", text, pack):
        return Tense.PAST
    return Tense.UNKNOWN


def weakly_past(text: str, pack: LanguagePack) -> bool:
    """True when the text uses a past form or the present perfect and no future word."""
    return _says("weak_past", text, pack) and not _says("future", text, pack)


def under_way(text: str, pack: LanguagePack) -> bool:
    """True when the text speaks of the meeting as begun: "has taken a hard line", "so far"."""
    return _says("perfect", text, pack) and not _says("future", text, pack)


def happened(text: str, pack: LanguagePack) -> bool:
    """True when the text says the meeting took place (past-tense words of meeting)."""
    return _says("past", text, pack) and not _says("future", text, pack)


def hedged(text: str, pack: LanguagePack) -> bool:
    """True when the text only proposes, expects or supposes the meeting."""
    return _says("hedge", text, pack)


def status_words(sentence: str, pack: LanguagePack) -> list[tuple[int, int, str]]:
    """Where a sentence says a meeting was cancelled or postponed: (start, end, action)."""
    found = [(m.start(), m.end(), "cancel") for m in pack.rx.cancelled.finditer(sentence)]
    found += [(m.start(), m.end(), "postpone") for m in pack.rx.postponed.finditer(sentence)]
    return sorted(found)


def referring_words(sentence: str, cue: Cue, pack: LanguagePack) -> int | None:
    """Where the words begin that name a meeting by referring back to one told before ("the
    meeting", "of the summit"), ending with its meeting word; None when it is not named so."""
    starts = [
        m.start() for m in pack.rx.anaphor.finditer(sentence, max(0, cue.start - 40), cue.end) if m.end() == cue.end
    ]
    return starts[-1] if starts else None


def superseded_before(sentence: str, date_start: int, pack: LanguagePack) -> bool:
    """True when the words just before a date say it is the date a meeting was first set for
    ("originally scheduled for", "first planned for")."""
    reach = int(pack.extra.get("superseded_reach", 45))
    found = list(pack.rx.superseded.finditer(sentence, max(0, date_start - reach), date_start))
    if not found:
        return _not_but(sentence, date_start, pack)
    # "planned for 2-3 July, will take place on 5-6 July": the words are the other date's, when
    # a verb of meeting stands between ("first planned for March and then for June" lists two)
    between = [m.end for m in find_dates(sentence, pack) if found[-1].end() <= m.start < date_start]
    return not (between and any(c.verb and between[0] <= c.start < date_start for c in find_cues(sentence, pack)))


def _not_but(sentence: str, date_start: int, pack: LanguagePack) -> bool:
    """True when a date is denied for the one after it ("findet nicht mehr heute, sondern erst
    am Freitag statt", "not on Thursday but on Friday"): the pack's ``not_but`` words before the
    date and after it."""
    contrast: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = pack.extra.get("not_but")
    if contrast is None:
        return False
    before, after, _ = contrast
    return bool(before.search(sentence, max(0, date_start - 25), date_start)) and bool(
        after.match(sentence, date_start)
    )


def clause_around(sentence: str, start: int, end: int, pack: LanguagePack) -> tuple[int, int]:
    """The bounds of the clause holding ``start:end`` (split at semicolons, dashes, "but"...).
    A short aside between two dashes is the clause's own ("the summit of the Quad - Australia,
    India, Japan and the US - was called off"): its dashes split nothing."""
    breaks = _breaks(sentence, pack)
    left = 0
    for _, hi in breaks:
        if hi > start:
            break
        left = hi
    right = len(sentence)
    for lo, _ in breaks:
        if lo >= end:
            right = lo
            break
    return left, right


_ASIDE = 90  # the longest aside between two dashes that splits no clause


def _tells_its_own(aside: str, pack: LanguagePack) -> bool:
    """True when the words between two dashes name a meeting or a day: items of a list run
    together ("Key events - ministers to meet tomorrow - talks from Tuesday"), not an aside."""
    return any(c.isdigit() for c in aside) or bool(find_cues(aside, pack)) or bool(find_dates(aside, pack))


@per_text
def _breaks(sentence: str, pack: LanguagePack) -> list[tuple[int, int]]:
    found = [match.span() for match in pack.rx.clause_break.finditer(sentence)]
    out: list[tuple[int, int]] = []
    skip = False
    for number, (lo, hi) in enumerate(found):
        if skip:
            skip = False
            continue
        after = found[number + 1] if number + 1 < len(found) else None
        if (
            after is not None
            and sentence[lo:hi].strip() == "-"
            and sentence[after[0] : after[1]].strip() == "-"
            and after[0] - hi <= _ASIDE
            and not _tells_its_own(sentence[hi : after[0]], pack)
        ):
            skip = True  # the aside's two dashes
            continue
        out.append((lo, hi))
    return out
