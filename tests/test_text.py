"""Cleaning messy article text and splitting it into sentences."""

from __future__ import annotations

import pytest

from diplocal.text import clean_text, mend_broken_words, sentences


@pytest.mark.parametrize(
    ("raw", "expected", "reason"),
    [
        ("NA-TO ministers and NATO allies", "NATO ministers and NATO allies", "the whole word is spelled elsewhere"),
        ("They met on T-uesday.", "They met on Tuesday.", "a weekday is always known"),
        ("broader issu-es and issues", "broader issues and issues", "mended from the text's own words"),
        (
            "the Russia-NATO Council and NATO in Russia",
            "the Russia-NATO Council and NATO in Russia",
            "both parts are words",
        ),
        ("Russian-American talks", "Russian-American talks", "the joined form is not a word"),
        ("a two-day visit", "a two-day visit", "compound adjectives stay"),
        ("the negoti-\nations went on; negotiations", "the negotiations went on; negotiations", "a line-end break"),
        ("U.S.-Japan talks", "U.S.-Japan talks", "no letters to mend"),
    ],
)
def test_mend_broken_words(raw: str, expected: str, reason: str) -> None:
    assert mend_broken_words(raw) == expected, reason


def test_clean_text_joins_wire_lines_and_keeps_paragraphs() -> None:
    raw = "The ministers will\nmeet on Monday.\n    A second paragraph\nstarts here.\n\nA third."
    assert clean_text(raw) == "The ministers will meet on Monday.\nA second paragraph starts here.\nA third."


def test_clean_text_makes_quotes_dashes_and_entities_plain() -> None:
    raw = "\u201cWe will meet\u201d \u2013 NATO\u2019s chief said &amp; left.&#3;"
    assert clean_text(raw) == '"We will meet" - NATO\'s chief said & left.'


def test_wire_copy_double_quote_apostrophe_is_an_apostrophe() -> None:
    assert clean_text('next month"s meeting in Japan"s capital') == "next month's meeting in Japan's capital"


def test_control_and_direction_marks_are_dropped() -> None:
    assert clean_text("Talks\u200f open\x07 today") == "Talks open today"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met U.S. officials. They agreed.", ["He met U.S. officials.", "They agreed."]),
        ("Mr. Smith will go. He said so.", ["Mr. Smith will go.", "He said so."]),
        ('"We will meet," he said. Talks follow.', ['"We will meet," he said.', "Talks follow."]),
        ("It ends on June 6. After that, talks.", ["It ends on June 6.", "After that, talks."]),
        ("Talks open Jan. 7 in Geneva. Fine.", ["Talks open Jan. 7 in Geneva.", "Fine."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text)] == expected


def test_sentences_know_their_paragraph_and_offset() -> None:
    text = "One. Two.\nThree."
    found = sentences(text)
    assert [(s.paragraph, text[s.start : s.start + len(s.text)]) for s in found] == [
        (0, "One."),
        (0, "Two."),
        (1, "Three."),
    ]


def test_a_unit_s_letter_after_a_number_ends_a_sentence() -> None:
    text = "La rencontre débutera à 13 h. Le président russe doit atterrir à Cointrin. Il parle avec J. Biden."
    assert [s.text for s in sentences(text)] == [
        "La rencontre débutera à 13 h.",
        "Le président russe doit atterrir à Cointrin.",
        "Il parle avec J. Biden.",
    ]
