"""Build a :class:`LanguagePack` from a pack module's data: compile its grammars and patterns."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from diplocal.extract.lang.base import (
    NEVER,
    LanguagePack,
    MeetingWord,
    Patterns,
    alternation,
    compile_grammar,
)
from diplocal.extract.lang.quick import guarded

# Arabic is written with and without hamza on alef, with ى for final ي and ه for final ة:
# patterns accept each spelling.
_ARABIC_VARIANTS = {"ا": "[اأإآ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]", "ى": "[ىي]", "ي": "[يى]", "ة": "[ةه]"}


def arabic_variants(source: str) -> str:
    """A regex source whose Arabic letters also match their other common spellings."""
    return "".join(_ARABIC_VARIANTS.get(char, char) for char in source)


def build_pack(
    *,
    code: str,
    name: str,
    lemma: Callable[[str], str],
    months: Mapping[str, int],
    weekdays: Mapping[str, int],
    numbers: Mapping[str, int],
    relative_days: Mapping[str, int],
    qualifiers: Mapping[str, str],
    units: Mapping[str, str],
    month_parts: Mapping[str, str],
    slots: Mapping[str, str],
    date_templates: Sequence[tuple[str, str]],
    anchors: str,
    clock_slots: Mapping[str, str],
    clock_templates: Sequence[tuple[str, str]],
    zone_words: Mapping[str, str],
    day_parts: Mapping[str, str],
    meeting_words: Sequence[MeetingWord],
    patterns: Mapping[str, Any],
    abbreviations: Iterable[str],
    title_words: frozenset[str],
    case_sensitive_names: bool,
    compounds: bool = False,
    extra: Mapping[str, Any] | None = None,
    grammar_lookahead: str = "",
) -> LanguagePack:
    """Compile a pack's data into the pack the stages read."""
    dates = compile_grammar(date_templates, slots, lookahead=grammar_lookahead)
    clocks = compile_grammar(clock_templates, clock_slots, lookahead=grammar_lookahead)
    surface = [w for w in meeting_words if not w.lemma]
    # One look behind for all the words (each word's own was the same look, at the same place).
    meeting_regex = (
        guarded(
            re.compile(
                r"(?<![\w-])(?:" + "|".join(rf"(?P<c{i}>{w.pattern})(?![\w])" for i, w in enumerate(surface)) + ")"
            )
        )
        if surface
        else None
    )
    lemmas = {w.pattern.casefold(): w for w in meeting_words if w.lemma}
    known = set(Patterns.__dataclass_fields__)
    unknown = set(patterns) - known
    if unknown:
        raise ValueError(f"pack {code}: unknown pattern roles {sorted(unknown)}")
    filled: dict[str, Any] = {}
    for role, field_info in Patterns.__dataclass_fields__.items():
        value = patterns.get(role)
        if value is None:
            value = frozenset() if "frozenset" in str(field_info.type) else NEVER
        filled[role] = guarded(value) if isinstance(value, re.Pattern) else value
    if filled["national_group"] is NEVER:
        filled["national_group"] = _national_group(code, case_sensitive_names)
    return LanguagePack(
        code=code,
        name=name,
        lemma=lemma,
        months={k.casefold(): v for k, v in months.items()},
        weekdays={k.casefold(): v for k, v in weekdays.items()},
        numbers={k.casefold(): v for k, v in numbers.items()},
        relative_days={k.casefold(): v for k, v in relative_days.items()},
        qualifiers={k.casefold(): v for k, v in qualifiers.items()},
        units={k.casefold(): v for k, v in units.items()},
        month_parts={k.casefold(): v for k, v in month_parts.items()},
        dates=dates,
        clocks=clocks,
        zone_words={k.casefold(): v for k, v in zone_words.items()},
        day_parts={k.casefold(): v for k, v in day_parts.items()},
        anchors=guarded(re.compile(anchors)),
        meeting_words=tuple(meeting_words),
        meeting_regex=meeting_regex,
        meeting_lemmas=lemmas,
        compounds=compounds,
        rx=Patterns(**filled),
        abbreviations=frozenset(a.casefold() for a in abbreviations),
        title_words=title_words,
        extra=dict(extra or {}),
    )


def _national_group(code: str, case_sensitive: bool) -> re.Pattern[str]:
    """ "Japanese officials", "Thai finance ministers": one country's own people."""
    from diplocal.places import country_adjectives

    adjectives = [a for a in country_adjectives(code) if a.replace(" ", "").isalpha()]
    if not adjectives or code != "en":
        return NEVER
    body = alternation(adjectives)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"\b(?:{body})\s+(?:[a-z]+\s+){{0,2}}(?:ministers|officials|leaders)", flags)


def calendar_slots(
    months: Mapping[str, int],
    weekdays: Mapping[str, int],
    relative_days: Mapping[str, int],
    relative_weeks: Mapping[str, int],
    relative_months: Mapping[str, int],
    *,
    inflected: bool = False,
    arabic: bool = False,
) -> dict[str, str]:
    """The calendar slots of a date grammar, generated from a pack's word tables.

    MONTH/MONTH2, WEEKDAY/WEEKDAY2 (with any ending when ``inflected``: the reader checks
    the word's lemma against the tables), REL/REL2, RELWEEK, RELMONTH, DAY/DAY2 (digits, with
    an ordinal dot or suffix) and YEAR. Packs add the slots of their own grammar words.
    """

    def slot(words: Iterable[str], inflect: bool) -> str:
        body = alternation(sorted({w for w in words if len(w) >= 3 or w.isdigit()}, key=len, reverse=True))
        if arabic:
            body = arabic_variants(body)
        tail = r"\w*" if inflect else r"(?!\w)"
        return f"(?i:(?<!\\w)(?:{body}){tail})"

    full_months = [m for m in months if len(m) >= 3]
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:\.(?!\d)|er|ᵉʳ|-?(?:го|е|я|ого))?(?!\d)(?![,.]\d)"
    slots = {
        "MONTH": slot(full_months, inflected),
        "WEEKDAY": slot([w for w in weekdays if len(w) >= 4], inflected),
        "REL": slot(relative_days, False) if relative_days else "(?!)",
        "RELWEEK": slot(relative_weeks, False) if relative_weeks else "(?!)",
        "RELMONTH": slot(relative_months, False) if relative_months else "(?!)",
        "DAY": day,
        "YEAR": r"(?:1[89]\d\d|2[01]\d\d)",
    }
    slots["MONTH2"] = slots["MONTH"]
    slots["WEEKDAY2"] = slots["WEEKDAY"]
    slots["REL2"] = slots["REL"]
    slots["DAY2"] = slots["DAY"]
    return slots
