"""Guarded regexes (lang/quick.py) match exactly what the patterns they guard match."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplocal.extract.lang import base
from diplocal.extract.lang.base import NEVER, compile_grammar
from diplocal.extract.lang.quick import first_look, guarded

CORPUS = Path(__file__).parent / "corpus"


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("source", "text", "reason"),
    [
        (r"(?i:monday)|tuesday", "MONDAY Tuesday tuesday", "a case-blind branch beside a cased one"),
        (r"(?<![\w-])(?:talks|summit)(?!\w)", "pre-talks talks summits summit", "a look behind before the words"),
        (r"[^a-z]x", "ax Bx 1x", "a negated class"),
        (r"\bnext\s+week", "annext week next  week", "a word boundary first"),
        (r"(?:on\s+)?\d+th|day", "on 5th day 12th", "an optional lead-in"),
        (r"\w+(?=:)", "time: 10:00", "a class of categories"),
        (r"(?i)ß|straße", "STRASSE Straße ß", "global flags stay first (the pattern is kept)"),
        (r"(?:ı|i)stanbul", "İSTANBUL istanbul ıstanbul", "letters that fold oddly, case kept"),
        (r"(?i:k)m", "Km km \u212am", "the Kelvin sign folds to k"),
    ],
)
def test_guarded_matches_the_same(source: str, text: str, reason: str) -> None:
    pattern = re.compile(source)
    assert _matches(guarded(pattern), text) == _matches(pattern, text), reason


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (r"(?!)", "never matches (NEVER)"),
        (r"a?", "may match the empty string"),
        (r"(?<=x)", "only looks"),
        (r".x", "any character may start it"),
        (r"(a)\1", "a back-reference is fine after a literal"),
    ],
)
def test_guarded_keeps_what_it_cannot_guard(source: str, reason: str) -> None:
    pattern = re.compile(source)
    guarded_pattern = guarded(pattern)
    if first_look(source) is None:
        assert guarded_pattern is pattern, reason
    assert _matches(guarded_pattern, "xax aa x") == _matches(pattern, "xax aa x"), reason


def test_never_stays_never() -> None:
    assert guarded(NEVER) is NEVER


def _sentences(code: str) -> list[str]:
    path = CORPUS / code / ("modern-1.jsonl" if code == "en" else "set-1.jsonl")
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [part for text in texts for part in re.split(r"(?<=[.!?])\s+", text)]


def _unguarded(templates: Sequence[tuple[str, str]], slots: dict[str, str], lookahead: str = "") -> re.Pattern[str]:
    with patch.object(base, "guarded", lambda pattern: pattern), patch.object(base, "first_look", lambda *_: None):
        return compile_grammar(templates, slots, lookahead=lookahead).regex


@pytest.mark.parametrize("code", ["en", "ru", "fr", "de", "es", "ar"])
def test_date_and_clock_grammars_match_the_same_as_unguarded(code: str) -> None:
    module = importlib.import_module(f"diplocal.extract.lang.{code}")
    lookahead = getattr(module, "_WORD_START", "")
    fast = compile_grammar(module.DATE_TEMPLATES, module.SLOTS, lookahead=lookahead).regex
    clocks = compile_grammar(module.CLOCK_TEMPLATES, module.CLOCK_SLOTS, lookahead=lookahead).regex
    slow = _unguarded(module.DATE_TEMPLATES, module.SLOTS, lookahead)
    slow_clocks = _unguarded(module.CLOCK_TEMPLATES, module.CLOCK_SLOTS, lookahead)
    assert fast.pattern != slow.pattern
    for sentence in _sentences(code):
        assert _matches(fast, sentence) == _matches(slow, sentence), sentence
        assert _matches(clocks, sentence) == _matches(slow_clocks, sentence), sentence


_EN = importlib.import_module("diplocal.extract.lang.en")
_FAST = compile_grammar(_EN.DATE_TEMPLATES, _EN.SLOTS).regex
_SLOW = _unguarded(_EN.DATE_TEMPLATES, _EN.SLOTS)
_WORDS = ["on", "next", "Monday", "March", "May", "3", "12th", "2024", "-", "to", "the", "of", "week", "day",
          "tomorrow", "at", "10:00", "GMT", "mid", "and", ",", "x", "pct", "first", "summit's"]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.lists(st.sampled_from(["", " ", "  ", ", "]), max_size=12))
def test_english_dates_match_the_same_on_any_words(words: list[str], gaps: list[str]) -> None:
    text = "".join(word + (gaps[i] if i < len(gaps) else " ") for i, word in enumerate(words))
    assert _matches(_FAST, text) == _matches(_SLOW, text)
