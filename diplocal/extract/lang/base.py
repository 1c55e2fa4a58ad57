"""What a language pack holds, and how its words and templates become compiled grammars.

A pack module (``en.py``, ``ru.py``...) writes down a language's knowledge as plain data:
month and weekday names (taken from babel's CLDR data and dateparser's locale data),
relative words, date and clock templates, meeting and status words, tense and hedge words,
place prepositions. :func:`build` turns that data into a :class:`LanguagePack` whose
compiled patterns the extractor's stages use without knowing which language they read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from diplocal.extract.lang.quick import first_look, guarded
from diplocal.extract.memos import word_memo
from diplocal.extract.patterns import trie_pattern

# The placeholders of date and clock templates, and the named group each becomes.
GROUPS = {
    "MONTH": "m",
    "MONTH2": "m2",
    "DAY": "d",
    "DAY2": "d2",
    "YEAR": "y",
    "WEEKDAY": "wd",
    "WEEKDAY2": "wd2",
    "REL": "rel",
    "REL2": "rel2",
    "QUAL": "q",
    "QUALWD": "q",
    "QUALRANGE": "q",
    "QUALMONTH": "q",
    "QUALYEAR": "q",
    "QUAL2": "q2",
    "UNIT": "unit",
    "PART": "part",
    "WHICH": "which",
    "YQ": "yq",
    "SEASON": "season",
    "MID": "mid",
    "RELWEEK": "relweek",
    "RELMONTH": "relmonth",
    "H": "h",
    "MI": "mi",
    "HM": "hm",
    "AMPM": "ampm",
    "ZONE": "zone",
    "CITY": "city",
    "NOON": "noon",
    "DAYPARTWORD": "daypart",
    "ANAPH": "anaph",
    "ANAPHN": "anaph",
    "ANAPHD": "anaph",
    "ANAPHP": "anaph",
    "NTH": "nth",
}


@dataclass(frozen=True, slots=True)
class MeetingWord:
    """A word that names a meeting: a regex over the text, or (``lemma``) a lemma that any
    form of a word may have ("переговорах" -> "переговоры")."""

    pattern: str
    kind: str  # summit, talks, meeting, conference, visit, videoconference, call
    verb: bool = False
    strength: float = 0.85
    lemma: bool = False


@dataclass(frozen=True, slots=True)
class Grammar:
    """A language's date or clock templates compiled into one regex with named groups.

    Each template's groups are prefixed with its index (``t3__d``) so one search finds the
    leftmost phrase of any template; ``kinds[i]`` says how template ``i`` reads.
    """

    regex: re.Pattern[str]
    kinds: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class LanguagePack:
    """Everything the extractor knows of one language. The stages read only this."""

    code: str
    name: str
    lemma: Callable[[str], str]
    # calendar words, keys folded with ``fold``
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, int]
    relative_days: Mapping[str, int]
    qualifiers: Mapping[str, str]  # word -> next, this, last, later, early, mid, late, in, by, until, ...
    units: Mapping[str, str]  # word -> week, weekend, month, year
    month_parts: Mapping[str, str]  # word -> early, mid, late ("the end of", "начале", "Mitte")
    dates: Grammar
    clocks: Grammar
    zone_words: Mapping[str, str]  # "gmt" -> "UTC", "local time" -> "local"
    day_parts: Mapping[str, str]  # "morning" -> "am", "evening" -> "pm"
    anchors: re.Pattern[str]  # every date phrase holds one of these
    # meeting words
    meeting_words: tuple[MeetingWord, ...]
    meeting_regex: re.Pattern[str] | None  # the surface patterns, one group per word
    meeting_lemmas: Mapping[str, MeetingWord]
    compounds: bool  # a meeting lemma may end a compound ("Außenministertreffen")
    # everything else a stage asks of a language, as compiled patterns by role
    rx: Patterns
    abbreviations: frozenset[str]
    # the words that join two names into one ("and", "и"); "here" words; reporting verbs
    title_words: frozenset[str]  # words that stay lower case inside a name
    extra: Mapping[str, Any] = field(default_factory=dict)

    def fold(self, word: str) -> str:
        """A word as the pack's tables key it: lower case, without a final full stop."""
        return word.casefold().rstrip(".")


@dataclass(frozen=True, kw_only=True)
class Patterns:
    """The compiled patterns a pack gives each stage, by what they recognise.

    A pattern a language does not need is one that never matches (:data:`NEVER`).
    """

    # tense and hedges
    future: re.Pattern[str]
    past: re.Pattern[str]
    weak_past: re.Pattern[str]
    perfect: re.Pattern[str]
    hedge: re.Pattern[str]
    arranging: re.Pattern[str]
    past_verb_before_date: re.Pattern[str]
    past_clause: re.Pattern[str]
    past_verb: re.Pattern[str]
    still_ahead: re.Pattern[str]
    # status
    cancelled: re.Pattern[str]
    postponed: re.Pattern[str]
    superseded: re.Pattern[str]
    rescheduled_to: re.Pattern[str]  # before a date: "postponed until"
    old_date: re.Pattern[str]  # before a date: "from", "instead of"
    # dates that are not a meeting's
    not_meeting_date: re.Pattern[str]
    deadline_prep: re.Pattern[str]
    since: re.Pattern[str]
    travel: re.Pattern[str]
    meet_again: re.Pattern[str]
    meet_until: re.Pattern[str]
    ends_on: re.Pattern[str]
    deadline_after: re.Pattern[str]
    meeting_follows: re.Pattern[str]
    duration: re.Pattern[str]
    end_of: re.Pattern[str]
    # which meetings are not diplomatic
    not_diplomatic: re.Pattern[str]
    corporate: re.Pattern[str]
    satisfy: re.Pattern[str]
    domestic: re.Pattern[str]
    private_subject: re.Pattern[str]
    private_venue: re.Pattern[str]
    reporting: re.Pattern[str]
    anaphor: re.Pattern[str]
    international_role: re.Pattern[str]
    group_role: re.Pattern[str]
    summit_words: re.Pattern[str]
    earlier_one: re.Pattern[str]
    past_compound: re.Pattern[str]
    clock_only: re.Pattern[str]
    looks_ahead: re.Pattern[str]
    # clauses and who
    clause_break: re.Pattern[str]
    topic: re.Pattern[str]
    reporter: re.Pattern[str]
    reporter_after_name: re.Pattern[str]  # right after a name: "told reporters", "said" (a spokesperson)
    report_words: re.Pattern[str]  # "said", "reported": the words of a report (its weekday dates it)
    cue_gap_breaks: re.Pattern[str]  # words between a date and a meeting word that part them
    cue_gap_other_act: re.Pattern[str]
    joined_verb: re.Pattern[str]  # a gap ending in "and": the verb after it starts another act
    cue_gap_attached: re.Pattern[str]
    travel_purpose: re.Pattern[str]  # after a travel date: "for a state visit" (the date is the visit's)
    body_anaphor: re.Pattern[str]  # "the agency's", "the alliance's": the article's organisation
    capital_of: re.Pattern[str]  # "the Hungarian capital": group "adjective" names the country
    unrealised: re.Pattern[str]  # "was meant to start": a plan the text says did not hold
    quote: re.Pattern[str]  # a quotation, whose "tomorrow" was said on another day
    runs_until: re.Pattern[str]  # before a meeting's last day: "and run until", "through"
    bilateral: re.Pattern[str]  # words that make a meeting one between governments ("bilateral", "state visit")
    reported_after: re.Pattern[str]  # before a meeting word: "said after" (the meeting is over)
    passive_before: re.Pattern[str]  # before a status word: "was", "have been" (its meeting is the subject)
    pluperfect_before: re.Pattern[str]  # before a date: "had been planned for" (a plan told from the past)
    sequel: re.Pattern[str]  # between two meetings of one sentence: "followed by", "then", "before a"
    appositive_place: re.Pattern[str]  # after a venue: ", a hotel in" -> the place that follows
    range_prep: re.Pattern[str]  # before a range: "from", "between" (a range is a meeting's span)
    possessive_before: re.Pattern[str]  # right before a meeting word: "their", "its"
    cue_needs_subject: re.Pattern[str]  # meeting words that count only after a named subject ("will be in")
    named_subject_before: re.Pattern[str]  # a named subject right before such a word
    plural_visit: re.Pattern[str]  # "visits": a meeting word only unless after "previous", "several"
    # names
    person: re.Pattern[str]
    person_lower_title: re.Pattern[str]
    single_name_titles: frozenset[str]
    honorifics: frozenset[str]
    not_names: frozenset[str]
    roles: re.Pattern[str]
    generic_roles: frozenset[str]
    # places
    place_prep: re.Pattern[str]  # a preposition (group "prep") before a name (group "place")
    venue_preps: frozenset[str]
    destination_preps: frozenset[str]
    host: re.Pattern[str]
    here: re.Pattern[str]
    virtual: re.Pattern[str]
    going_to: re.Pattern[str]
    past_after_place: re.Pattern[str]
    mission: re.Pattern[str]
    headline_visit: re.Pattern[str]
    # titles
    title_complement: re.Pattern[str]
    title_date_words: re.Pattern[str]
    title_modifiers: frozenset[str]
    title_function_words: frozenset[str]
    title_subject: re.Pattern[str]
    title_hold: re.Pattern[str]
    national_group: re.Pattern[str]


NEVER = re.compile(r"(?!)")


def compile_grammar(
    templates: Sequence[tuple[str, str]], slots: Mapping[str, str], *, flags: int = 0, lookahead: str = ""
) -> Grammar:
    """Templates such as ``("day", "{MONTH} {DAY}(?:, {YEAR})?")`` as one regex.

    ``slots`` gives the regex of each placeholder; the placeholder becomes a named group.
    """
    parts: list[str] = []
    kinds: list[str] = []
    macros = {name: body for name, body in slots.items() if name not in GROUPS}
    for index, (kind, template) in enumerate(templates):
        source = template
        for _ in range(3):  # macros may use other macros and slots ("{CITY} time")
            for name, body in macros.items():
                source = source.replace("{" + name + "}", body)
        for slot, group in GROUPS.items():
            if "{" + slot + "}" in source:
                source = source.replace("{" + slot + "}", f"(?P<t{index}__{group}>{slots[slot]})", 1)
                # a slot used twice in one template ("{ZONE}" in two alternatives) is a group once
                source = source.replace("{" + slot + "}", f"(?:{slots[slot]})")
        part = f"(?P<t{index}>{source})"
        # Each template is tried only where its first letter stands, the whole grammar only
        # where some template's does (the matches are the same; see lang/quick.py).
        parts.append((first_look(part, flags) or "") + part)
        kinds.append(kind)
    return Grammar(guarded(re.compile(lookahead + "(?:" + "|".join(parts) + ")", flags)), tuple(kinds))


def alternation(words: Iterable[str]) -> str:
    """A regex source matching any of ``words`` (longest first), not bounded."""
    return trie_pattern(sorted(set(words), key=len, reverse=True))


def cached_lemma(lemmatise: Callable[[str], str]) -> Callable[[str], str]:
    """``lemmatise`` with a cache: news vocabulary repeats, so a word is looked up once."""
    return word_memo(65536)(lemmatise)


def simplemma_lemma(code: str) -> Callable[[str], str]:
    """simplemma's lemmatiser for ``code`` (its data ships with the package), lower-cased."""
    import simplemma

    def lemma(word: str) -> str:
        found = str(simplemma.lemmatize(word.casefold(), lang=code)).casefold()
        # Russian writes ё as е as often as not, and the lemmatiser's data does both
        # ("четверки" -> "четверка", "четвёрки" -> "четвёрка"): one key for both
        return found.replace("ё", "е") if code == "ru" else found

    return cached_lemma(lemma)
