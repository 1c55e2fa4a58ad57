"""The best of a meeting's sources (pure): its title, its pooled participants, its place.

Each source words a meeting its own way: one names the series ("Quad Foreign Ministers'
Meeting"), one the people ("Lavrov-Wang talks"), one only a fragment the extractor could read
("Meeting of Japan"). The event shows the best of them, chosen by what the words name, never
by which article came first, so the choice depends on the set of sources alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from diplocal.model import Meeting
from diplocal.places import country_code, country_name, organisation, place, same_place, venue

__all__ = ["best_title", "better_place", "pooled_participants", "relocated", "title_agreement", "title_value"]

_LEVEL = {"venue": 0, "city": 1, "country": 2}
# Capitalised words a title may hold that name nobody: the kind of meeting and its filler.
_PLAIN_WORDS = frozenset(
    """meeting meetings summit talks visit state official working conference council session
    ministerial consultations dialogue round videoconference call phone forum assembly
    leaders ministers foreign defence defense of the with to in on and at for extraordinary
    emergency informal annual peace trade security strategic bilateral trilateral""".split()
)
_WORD = re.compile(r"[^\W\d_][\w.’'-]*")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def best_title(
    state: Meeting, told: Sequence[Meeting], agreement: Sequence[int] | None = None
) -> tuple[str, str | None]:
    """The title the event shows and the original phrase that goes with it, both from the
    same source: a title naming the meeting's series first, then the one naming most of who
    meets without fragments, then the one most sources agree with; earliest on a tie.

    ``agreement`` is :func:`title_agreement` of ``told`` when the caller keeps it."""
    series = _series_names(state.organisations)
    if agreement is None:
        agreement = [
            sum(1 for other in told if other is not meeting and _similar(other.title, meeting.title) and other.title)
            for meeting in told
        ]
    names = _names(state.participants)  # the same for every title: looked up once
    scored = []
    for index, meeting in enumerate(told):
        value = _title_value(meeting.title, state.organisations, state.countries, names, state.location)
        named_series = any(name in meeting.title.casefold() for name in series)
        scored.append((named_series, value + 0.5 * agreement[index], -index, meeting))
    if not scored:
        return state.title, state.title_original
    *_, best = max(scored, key=lambda item: item[:3])
    return best.title, best.title_original


def title_agreement(before: Sequence[int], told: Sequence[Meeting]) -> tuple[int, ...]:
    """For each of ``told``, how many of the others have a title (not empty) like its own,
    from ``before``, the same counts without ``told``'s last: a fold adds one source at a
    time, and counting every pair again at each step cost the square of the sources."""
    new = told[-1]
    counts = list(before)
    mine = 0
    for index, other in enumerate(told[:-1]):
        if other is new:
            continue
        if _similar(new.title, other.title) and new.title:
            counts[index] += 1
        if _similar(other.title, new.title) and other.title:
            mine += 1
    return (*counts, mine)


def title_value(title: str, state: Meeting) -> float:
    """How much a title tells of the meeting ``state`` describes: a point for each of its
    organisations, countries, people and roles it names; a word naming none of them (a
    fragment of the sentence, "Aires's visit") costs more than a name gains. An organisation
    counts twice: it names the whole meeting where a person names one of its members."""
    return _title_value(title, state.organisations, state.countries, _names(state.participants), state.location)


@lru_cache(maxsize=8192)
def _title_value(
    title: str, orgs: tuple[str, ...], countries: tuple[str, ...], names: frozenset[str], location: str | None
) -> float:
    text = title.casefold()
    value = 0.0
    explained: set[str] = set()
    for org in orgs:
        if re.search(rf"(?<!\w){re.escape(org.casefold())}(?!\w)", text):
            value += 2  # an organisation or format names the whole meeting, a person one of its members
            explained.update(w.casefold() for w in _WORD.findall(org))
    for code in countries:
        for name in {country_name(code), code, "US" if code == "US" else "", "UK" if code == "GB" else ""} - {""}:
            if re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", text):
                value += 1
                explained.update(w.casefold() for w in _WORD.findall(name))
                break
    words = [_bare(w) for w in _WORD.findall(title)]
    people = {part.casefold() for w in words for part in w.split("-") if part.casefold() in names}
    value += len(people)
    explained |= people
    if "' " in title or "’ " in title or re.search(r"\b(ministers|leaders|presidents|heads)\b", text):
        value += 1  # who meets, by role: "foreign ministers' meeting"
    place_words = {w.casefold() for w in _WORD.findall(location or "")}
    for word in words:
        key = word.casefold()
        if not word[:1].isupper() or key in explained or key in _PLAIN_WORDS:
            continue
        if key in place_words and not re.search(rf"(?<!\w){re.escape(word)}['’]s\b", title):
            continue  # "visit to Buenos Aires": the place, not a fragment; "Aires's visit" is one
        if "-" in word and all(part.casefold() in explained for part in word.split("-") if part):
            continue
        value -= 1.5
    if re.search(r"\bof\b", text) and value <= 1:
        value -= 0.5  # "Meeting of Japan": a phrase cut from the sentence
    if _LATIN.search(title) and re.search(r"[^\W\d_]", re.sub(r"[A-Za-zÀ-ɏ\W\d_]", "", title)):
        value -= 1.0  # two scripts in one title: a name the extractor could not put in English
    if re.search(r"['’]s['’]s\b", title):
        value -= 1.5  # "Lavrov's's": a possessive read twice
    return value


def _bare(word: str) -> str:
    """A word without its possessive ("Lavrov's's" -> "Lavrov") or a closing full stop."""
    word = word.rstrip(".")
    while word.endswith(("'s", "’s")):
        word = word[:-2]
    return word.rstrip("'’")


@lru_cache(maxsize=65536)
def _similar(first: str, second: str) -> bool:
    from diplocal.store.merge import title_similarity

    return title_similarity(first, second) >= 0.5


@lru_cache(maxsize=4096)
def _series_names(orgs: tuple[str, ...]) -> tuple[str, ...]:
    """The names of the series ``orgs`` hold (or are), folded: "quad foreign ministers'
    meeting", "nato summit". Of every kind: a source may call a ministerial a meeting."""
    names = []
    for org_id in orgs:
        org = organisation(org_id)
        if org is None:
            continue
        names += [named.casefold() for named in org.series.values()]
        if org.kind == "series":
            names.append(org.id.casefold())
    return tuple(names)


@lru_cache(maxsize=8192)
def _names(participants: tuple[str, ...]) -> frozenset[str]:
    """The words of the people among ``participants`` (capitalised names), folded."""
    words: set[str] = set()
    for name in participants:
        if not name[:1].isupper() or country_code(name) or organisation(name):
            continue
        words.update(_bare(w).casefold() for w in _WORD.findall(name) if w[:1].isupper())
    return frozenset(words)


def pooled_participants(state: Meeting, told: Sequence[Meeting]) -> tuple[str, ...]:
    """Every source's participants, each once, in the order they were first named: "Putin"
    and "Vladimir Putin" are one (the fuller name is kept), "foreign minister" and "foreign
    ministers" one role, and "NATO" or "foreign ministers" say nothing "NATO foreign
    ministers" does not."""
    chosen: dict[tuple[str, str], str] = {}
    for meeting in (*told, state):
        for name in meeting.participants:
            key = _participant_key(name, state)
            held = chosen.get(key)
            if held is None or _fuller(name, held):
                chosen[key] = name
    words = {name: _word_set(name) for name in chosen.values()}
    return tuple(
        name for name in chosen.values() if not any(mine < theirs for theirs in words.values() if (mine := words[name]))
    )


def _word_set(name: str) -> frozenset[str]:
    return frozenset(_bare(w).casefold().removesuffix("s") for w in _WORD.findall(name))


def _participant_key(name: str, state: Meeting) -> tuple[str, str]:
    folded = " ".join(name.casefold().split())
    if name in state.organisations or organisation(name) or country_code(name):
        return ("named", folded)
    if not name[:1].isupper():
        return ("role", folded.removesuffix("s"))
    words = [_bare(w) for w in _WORD.findall(name) if w[:1].isupper()]
    return ("person", words[-1].casefold() if words else folded)


def _fuller(name: str, held: str) -> bool:
    """True when ``name`` is the better way to write a participant than ``held``: not a
    possessive, then longer; the first written wins a tie."""
    possessive = (held.endswith(("'s", "’s")), name.endswith(("'s", "’s")))
    if possessive[0] != possessive[1]:
        return possessive[0]
    return len(name) > len(held)


def _level(name: str) -> int | None:
    """How fine a place is: 0 a venue (the Europa building, though the gazetteer files it
    under its city), 1 a city, 2 a country; None when unknown."""
    found = place(name)
    if found is None:
        return None
    if venue(name) is not None or venue(name.split(",", 1)[0].strip()) is not None:
        return _LEVEL["venue"]
    return _LEVEL.get(found.level)


def better_place(current: str | None, told: str | None) -> str | None:
    """The place a meeting shows when a source names ``told`` and ``current`` is known: the
    finer of two that agree (a venue beats its city, a city its country); where they
    disagree or cannot be compared, the one known first stays."""
    if not current:
        return told or current
    if not told or told == current:
        return current
    if same_place(place(current), place(told)) <= 0:
        return current
    mine, theirs = _level(current), _level(told)
    return told if mine is not None and theirs is not None and theirs < mine else current


def relocated(current: str | None, told: str | None) -> str | None:
    """The place after a reschedule that names ``told``: the new place, unless it agrees with
    the one known (then the finer of the two)."""
    if not told:
        return current
    if current and same_place(place(current), place(told)) > 0:
        return better_place(current, told)
    return told
