"""The phrase that names a meeting in its sentence ("the Venice summit", "talks between
Japan and the United States"), and the place such a name gives (pure)."""

from __future__ import annotations

import re

from diplocal.extract.lang import LanguagePack
from diplocal.extract.spans import Cue
from diplocal.places import Place

_CAPITALISED = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}")


def noun_phrase(sentence: str, cue: Cue, pack: LanguagePack) -> str:
    """The phrase around a meeting noun: its modifiers and an "of"/"on"/"between" complement.

    "At this week's March 31-April 2 meeting of the ICO board" gives "meeting of the ICO
    board"; "Russian-American talks on security issues are expected" gives
    "Russian-American talks on security issues".
    """
    rx = pack.rx
    head = sentence[cue.start : cue.end]
    before = sentence[max(0, cue.start - 80) : cue.start]
    words = before.split()
    kept: list[str] = []
    joiners: frozenset[str] = pack.extra.get("list_joiners", frozenset())
    for at, word in enumerate(reversed(words)):
        bare = word.strip("\"'()")
        if bare in joiners and _in_a_name(head, kept, words[: len(words) - at - 1]):
            kept.append(bare)  # "the Jeddah Security and Development Summit": a name's own "and"
            continue
        if bare and word[:1] in '"“«„' and bare[:1].isupper() and kept and word.rstrip(",;:") == word:
            kept.append(bare)  # a quoted name opens here: "the "Jeddah Security and Development Summit""
            break
        if not bare or bare != word.rstrip(",;:") or bare.lower() in rx.title_function_words:
            break
        if rx.title_date_words.fullmatch(bare):
            break
        if bare.endswith("'s") and rx.title_date_words.search(bare):
            break
        if bare[:1].isupper() or "-" in bare or bare.lower() in rx.title_modifiers or bare.endswith(("'s", "s'")):
            kept.append(bare)
            if len(kept) >= 4:
                break
            continue
        break
    phrase = " ".join([*reversed(kept), head])
    after = sentence[cue.end : cue.end + 90]
    complement = rx.title_complement.match(after)
    if complement:
        np = _trim_complement(complement.group("np"), pack)
        if np:
            phrase = f"{phrase} {complement.group('prep')} {np}"
    return re.sub(r"\s+", " ", phrase).strip(" ,.;:-")


def _in_a_name(head: str, kept: list[str], before: list[str]) -> bool:
    """True when a joiner stands inside a meeting's own name in title case: the meeting word
    and every word after the joiner are capitalised, and so is the word before it."""
    return (
        head[:1].isupper()
        and bool(kept)
        and all(k[:1].isupper() for k in kept)
        and bool(before)
        and before[-1][:1].isupper()
        and before[-1] == before[-1].rstrip(",;:")
    )


def _trim_complement(np: str, pack: LanguagePack) -> str:
    leading: frozenset[str] = pack.extra.get("title_leading_drop", frozenset())
    breaks: frozenset[str] = pack.extra.get("title_break_words", frozenset())
    trailing: frozenset[str] = pack.extra.get("title_trailing_drop", frozenset())
    words = np.split()
    while words and words[0].lower() in leading:
        words.pop(0)
    cut: list[str] = []
    for word in words:
        if pack.rx.title_date_words.fullmatch(word) or word.lower() in breaks:
            break
        cut.append(word)
        if len(cut) >= 6:
            break
    while cut and cut[-1].lower() in trailing:
        cut.pop()
    return " ".join(cut)


def _subject_before(sentence: str, clause_lo: int, end: int, pack: LanguagePack) -> str | None:
    """The named subject right before a verb: "The Interim Committee" (meets), "Nordic prime
    ministers" (will hold), or None when the subject names nobody."""
    subject = pack.rx.title_subject.search(sentence[max(clause_lo, end - 90) : end])
    if not subject:
        return None
    words = subject.group("subject").split()
    while words and words[0].lower() in pack.extra.get("subject_leading_drop", frozenset()):
        words.pop(0)
    return " ".join(words) if words and any(w[:1].isupper() for w in words) else None


def meeting_phrase(sentence: str, cue: Cue, clause_lo: int, clause_hi: int, pack: LanguagePack) -> str:
    """The noun phrase naming the meeting: the cue's, the subject of a meeting verb ("The
    Interim Committee meets" gives "Interim Committee meeting"), or the nearest meeting noun."""
    from diplocal.extract.tag.words import find_cues

    if not cue.verb:
        phrase = noun_phrase(sentence, cue, pack)
        held = pack.rx.title_hold.search(sentence, max(clause_lo, cue.start - 40), cue.start)
        if held and " of " not in phrase and " between " not in phrase:
            # "Nordic prime ministers will hold a summit": the summit of whoever holds it.
            holder = _subject_before(sentence, clause_lo, held.start(), pack)
            if holder:
                return f"{phrase} of {holder}"
        return phrase
    # "Brussels will host a meeting of ...": the subject of "host" is the place, not who meets.
    hosting = cue.word.lower().startswith(("host", "will host"))
    subject = None if hosting else _subject_before(sentence, clause_lo, cue.start, pack)
    if subject:
        return f"{subject} meeting"
    nouns = [c for c in find_cues(sentence[clause_lo:clause_hi], pack) if not c.verb]
    if not nouns:
        return ""
    local = cue.start - clause_lo
    nearest = min(nouns, key=lambda c: abs(c.start - local))
    return noun_phrase(sentence[clause_lo:clause_hi], nearest, pack)


def place_in_name(phrase: str, pack: LanguagePack, sentence: str = "") -> Place | None:
    """The city a meeting is named after ("the Venice summit", "Porto Cervo meeting").

    Only a name before a lower-case word counts: "summit in Venice" is found as a place
    anyway, and "talks of the Paris Club" names a body, not a place. A meeting word is never
    the town ("the Summit of the Future" is not held in Summit, New Jersey), and the first word
    of ``sentence`` names a small town only as a venue does: its capital letter says nothing
    ("Юбилейный саммит НАТО", the anniversary summit, is not in the town of Yubileyny), nor
    does an inflected word there that only its lemma makes a town's name ("Новая встреча").
    """
    from diplocal.extract.tag.names import find_organisations, is_small_town, lookup_place
    from diplocal.extract.tag.words import find_cues

    bodies = [(o.start, o.end) for o in find_organisations(phrase, pack)]
    opening = sentence.lstrip()
    for match in _CAPITALISED.finditer(phrase):
        if not match.group(0)[:1].isupper():
            continue
        if any(start <= match.start() < end for start, end in bodies):
            continue  # "the Commonwealth summit": an organisation's name, whatever town shares it
        known = lookup_place(match.group(0), pack)
        if known is None:
            continue
        place, length = known
        if place.level not in ("city", "venue"):
            continue
        name = match.group(0)[:length]
        if any(c.start == 0 for c in find_cues(name, pack)):
            continue  # a meeting word is never the town
        held = pack.extra.get("held_pronoun")
        if held is not None and held.match(phrase, match.start()):
            continue  # nor the pronoun that holds a meeting told before ("Оно пройдет сегодня")
        if (
            opening.startswith(name)
            and phrase.lstrip().startswith(name)
            and (is_small_town(place) or (" " not in name and pack.lemma(name.casefold()) != name.casefold()))
        ):
            # nor a word in a case only its lemma makes a town's name ("Новая встреча" is a new
            # meeting, not one at Novi, Michigan, whose Russian name is "Новый")
            continue
        rest = phrase[match.start() + length :].split()
        if rest and (rest[0][:1].islower() or _titled(rest, pack)):
            return place
    return None


def _titled(words: list[str], pack: LanguagePack) -> bool:
    """True when the words after a city are a meeting's own name in title case that ends with
    its meeting word ("Jeddah Security and Development Summit", "Bled Strategic Forum"):
    the meeting is named after its city, as "the Venice summit" is. Short joiners ("and",
    "of") may be lower case."""
    from diplocal.extract.tag.words import find_cues

    last = words[-1].strip(".,;:\"'”’»)")
    if not last[:1].isupper() or not any(c.start == 0 and c.end == len(last) for c in find_cues(last, pack)):
        return False
    return all(w[:1].isupper() or (len(w) <= 3 and w.isalpha()) for w in words[:-1])
