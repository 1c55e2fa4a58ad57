"""RFC 5545 on the wire: escaping, value formats and folding."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import vText
from icalendar.parser import Contentline

from diplocal.render.icalwire import (
    LINE_OCTETS,
    clean_text,
    day_stamp,
    duration,
    escape_text,
    fold,
    line,
    param_value,
    text_list,
    unfold,
    utc_offset,
    utc_stamp,
)


@pytest.mark.parametrize(
    ("raw", "escaped", "why"),
    [
        ("plain", "plain", "nothing to escape"),
        ("a, b", "a\\, b", "comma separates list values"),
        ("a; b", "a\\; b", "semicolon separates structured values"),
        ("C:\\path", "C:\\\\path", "backslash is the escape character; colon needs none"),
        ("one\ntwo", "one\\ntwo", "line break is written as \\n"),
        ("one\r\ntwo", "one\\ntwo", "CRLF becomes one line break"),
        ("one\rtwo", "one\\ntwo", "a lone CR becomes a line break"),
        ('"quoted"', '"quoted"', "double quotes are allowed in TEXT"),
        ("tab\there", "tab\there", "HTAB is allowed in TEXT"),
        ("bell\x07 nul\x00", "bell nul", "control characters cannot be written and are dropped"),
        ("\\,", "\\\\\\,", "a backslash before a comma: both escaped"),
        ("Genève 🇨🇭", "Genève 🇨🇭", "non-ASCII is written as UTF-8"),
    ],
)
def test_escape_text(raw: str, escaped: str, why: str) -> None:
    assert escape_text(raw) == escaped, why


def test_text_list_escapes_each_value() -> None:
    assert text_list(["NATO", "a,b", "c;d"]) == "NATO,a\\,b,c\\;d"


@pytest.mark.parametrize(
    ("raw", "written"),
    [("Europe/Brussels", "Europe/Brussels"), ("a;b", '"a;b"'), ("a:b", '"a:b"'), ('x"y', "xy")],
)
def test_param_value_quotes_or_drops_what_a_parameter_cannot_hold(raw: str, written: str) -> None:
    assert param_value(raw) == written


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(hours=6), "PT6H"),
        (timedelta(days=1), "P1D"),
        (timedelta(days=1, minutes=30), "P1DT30M"),
        (timedelta(seconds=90), "PT1M30S"),
    ],
)
def test_duration(span: timedelta, text: str) -> None:
    assert duration(span) == text


def test_duration_must_be_positive() -> None:
    with pytest.raises(ValueError, match="not positive"):
        duration(timedelta(0))


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(hours=1), "+0100"),
        (timedelta(hours=-3, minutes=-30), "-0330"),
        (timedelta(0), "+0000"),
        (timedelta(hours=5, minutes=30, seconds=28), "+053028"),
    ],
)
def test_utc_offset(span: timedelta, text: str) -> None:
    assert utc_offset(span) == text


def test_stamps() -> None:
    assert utc_stamp(datetime(2022, 1, 4, 12, 0, tzinfo=UTC)) == "20220104T120000Z"
    assert utc_stamp(datetime(2022, 1, 4, 14, 0, tzinfo=timezone(timedelta(hours=2)))) == "20220104T120000Z"
    assert utc_stamp(datetime(2022, 1, 4, 12, 0)) == "20220104T120000Z"  # naive is UTC
    assert day_stamp(date(2022, 1, 12)) == "20220112"
    assert line("DTSTART", "20220112", {"VALUE": "DATE"}) == "DTSTART;VALUE=DATE:20220112"


def test_short_line_is_not_folded() -> None:
    assert fold("SUMMARY:short") == b"SUMMARY:short\r\n"
    exactly = "X:" + "a" * (LINE_OCTETS - 2)
    assert fold(exactly) == exactly.encode() + b"\r\n"


def test_long_line_is_folded_at_75_octets() -> None:
    folded = fold("DESCRIPTION:" + "a" * 200)
    physical = folded.split(b"\r\n")[:-1]
    assert [len(p) for p in physical] == [75, 1 + 74, 1 + (212 - 75 - 74)]  # 212 octets in all
    assert all(p.startswith(b" ") for p in physical[1:])


def test_fold_keeps_a_multi_octet_character_whole() -> None:
    folded = fold("SUMMARY:" + "é" * 60)  # 8 + 120 octets
    for physical in folded.split(b"\r\n")[:-1]:
        physical.decode("utf-8")  # raises if a character was split
        assert len(physical) <= LINE_OCTETS


def test_fold_keeps_an_escape_whole() -> None:
    # "X:" + 72 letters puts the backslash of "\," at octet 75, where a fold would fall.
    folded = fold("X:" + "a" * 72 + "\\,b")
    first, second = folded.split(b"\r\n")[:2]
    assert first == b"X:" + b"a" * 72
    assert second == b" \\,b"


def test_fold_does_not_mistake_an_escaped_backslash_for_an_escape() -> None:
    # "\\\\" is one escaped backslash; the fold after it must not pull its second half over.
    folded = fold("X:" + "a" * 71 + "\\\\b")
    first = folded.split(b"\r\n")[0]
    assert first == b"X:" + b"a" * 71 + b"\\\\"


# Any text, and text dense in characters that are escaped or take several octets, so folds
# often fall next to an escape or inside a character.
_TEXT = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.text(st.sampled_from("\\,;\na é😀"), max_size=400),
)


def _token_boundaries(content: str) -> set[int]:
    """Octet offsets between whole characters and whole escapes of a content line."""
    boundaries, offset, index = {0}, 0, 0
    while index < len(content):
        token = content[index : index + 2] if content[index] == "\\" else content[index]
        offset += len(token.encode("utf-8"))
        index += len(token)
        boundaries.add(offset)
    return boundaries


@given(_TEXT)
def test_any_text_folds_within_limits_at_whole_characters_and_escapes(text: str) -> None:
    content = "DESCRIPTION:" + escape_text(text)
    folded = fold(content)
    assert folded.endswith(b"\r\n")
    physical = folded.split(b"\r\n")[:-1]
    assert all(len(piece) <= LINE_OCTETS for piece in physical)
    assert all(piece.startswith(b" ") for piece in physical[1:])
    cuts, offset = [], 0
    for index, piece in enumerate(physical):
        offset += len(piece) - (1 if index else 0)
        cuts.append(offset)
    assert set(cuts) <= _token_boundaries(content)
    assert unfold(folded) == [content]


@given(_TEXT)
def test_escape_agrees_with_icalendar_unescaping(text: str) -> None:
    parsed = Contentline("DESCRIPTION:" + escape_text(text)).parts()
    assert str(vText.from_ical(parsed[2])) == clean_text(text)
