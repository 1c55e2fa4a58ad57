"""The extractor's quick tests skip only work whose answer is already known.

Each shortcut is a necessary condition checked before a costlier search; these tests hold
each one to the search it stands in front of, so the shortcut can never change an answer.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplocal.extract import week_frame
from diplocal.extract.document import _dateline_pattern, parse_dateline
from diplocal.extract.lang import pack_for
from diplocal.extract.lang.en import CUE_HINTS
from diplocal.extract.tag.words import find_cues as find_cues_in
from diplocal.extract.tag.words import may_hold_cue as may_hold_cue_in
from diplocal.text import mend_broken_words

EN = pack_for("en")
assert EN.meeting_regex is not None
_CUES = EN.meeting_regex


def find_cues(sentence: str) -> list[object]:
    return list(find_cues_in(sentence, EN))


def may_hold_cue(sentence: str) -> bool:
    return may_hold_cue_in(sentence, EN)


def _week_frame(sentence: str, reference: date) -> date | None:
    return week_frame(sentence, reference, EN)


_ASCII = st.characters(min_codepoint=32, max_codepoint=126)


@settings(max_examples=300)
@given(st.from_regex(_CUES, alphabet=_ASCII))
def test_cue_hint_passes_every_string_the_cue_pattern_matches(text: str) -> None:
    assert _CUES.search(text)
    assert may_hold_cue(text)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Ministers will MEET on Friday.", "a verb in capitals is no cue, but nouns are matched in any case"),
        ("The SUMMIT opens on March 3.", "a noun in capitals"),
        ("He will be in Paris on Monday.", "'be in' before a capital"),
        ("A Videoconference is set for Friday.", "capitalised noun"),
        ("They convened a session.", "verb"),
        ("Le sommet s\u2019ouvre lundi", "non-ASCII text always gets the full search"),
    ],
)
def test_cue_hint_on_sentences_with_cues(sentence: str, reason: str) -> None:
    assert may_hold_cue(sentence), reason


@pytest.mark.parametrize(
    "sentence",
    ["Net profit rose 12 pct to 4.5 mln dlrs.", "Shares closed at 31-1/2, up 1/4.", "It said Monday sales were up."],
)
def test_cue_hint_skips_sentences_without_meeting_words(sentence: str) -> None:
    assert not may_hold_cue(sentence)
    assert find_cues(sentence) == []


def test_every_cue_word_holds_a_hint() -> None:
    words = ["videoconference", "visiting", "missions", "audiences with", "summits", "Ministerial", "negotiations"]
    words += ["consultations", "parley", "dialogue", "gatherings", "symposium", "congress", "forum", "discussions"]
    words += ["meets", "met", "reconvened", "conferring", "hosted", "reviewed", "trip", "tour", "guests of"]
    for word in words:
        assert any(hint in word.lower() for hint in CUE_HINTS), word


@pytest.mark.parametrize(
    ("sentence", "monday"),
    [
        ("Talks resume next week.", date(2022, 1, 10)),
        ("Talks resume in the coming week.", date(2022, 1, 10)),
        ("They meet Next week.", date(2022, 1, 10)),
        ("Talks resume the Following week.", date(2022, 1, 10)),
        ("They meet next Monday.", date(2022, 1, 10)),
        ("They met last week.", None),
        ("They meet on Friday.", None),
    ],
)
def test_week_frame_with_and_without_look_ahead_words(sentence: str, monday: date | None) -> None:
    assert _week_frame(sentence, date(2022, 1, 4)) == monday


@given(st.text(alphabet=_ASCII, max_size=80))
def test_dateline_shortcut_agrees_with_the_pattern(text: str) -> None:
    if _dateline_pattern("", "").match(text[:120]) is None:  # English names no opener nor "of"
        assert parse_dateline(text, EN).city is None


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("The NA-TO council. NATO said.", "The NATO council. NATO said."),
        ("A long-term deal.", "A long-term deal."),
        ("negoti-\nations on trade", "negotiations on trade"),
        ("T-uesday", "Tuesday"),
        ("Russia-NATO talks", "Russia-NATO talks"),
    ],
)
def test_mending_with_the_substring_shortcut(text: str, mended: str) -> None:
    assert mend_broken_words(text) == mended
