"""Cleaning of messy article text (wire wrapping, SGML leftovers, broken words) and sentences."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# The marks that end a clause inside a sentence, in the scripts the packs read (Arabic has its
# own comma and semicolon): a phrase across one belongs to another clause.
CLAUSE_MARKS = ",;:،؛"
COMMAS = ",،"

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "\u00ad": "",  # soft hyphen: a break hint, never a character of the word
        "\ufeff": "",
    }
)

# Arabic short vowels and the tatweel stretch: news rarely writes them, and words compare
# equal without them ("غداً" is "غدا").
_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Digits of other scripts (Arabic-Indic, Persian, Devanagari...) as ASCII digits: "٢١ مارس" is "21 مارس".
_DIGITS = {
    code: str(unicodedata.digit(chr(code))) for code in range(0x660, 0x6FA) if unicodedata.category(chr(code)) == "Nd"
}
_DIGITS.update({code: str(unicodedata.digit(chr(code))) for code in range(0x966, 0x970)})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SGML_ENTITY = re.compile(r"&#\d+;")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]{2,})")
# Old wire copy writes an apostrophe as a double quote: "next month"s meeting", "Japan"s".
_WIRE_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\"(?=s\b)")
# Possessive (``++``): a run of letters is never given back, which spares the engine
# backtracking through every word that is not followed by a hyphen.
_HYPHENATED = re.compile(r"\b([A-Za-z]++)-[ \t]*\n?[ \t]*([A-Za-z]++)\b")
_WORD = re.compile(r"[A-Za-z]+")

# Words a broken form may be repaired to even when the article never spells them whole.
BASE_LEXICON = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday tonight
    meeting meetings summit summits talks conference council session sessions negotiations
    ministers minister foreign affairs defence defense finance trade agriculture security issues
    videoconference video conference delegation delegations visit visits president prime
    secretary general chairman spokesman spokeswoman government governments agreement
    weekend week month year next last will would should scheduled expected discuss discussed
    international organization organisation committee commission parliament assembly
    european russian american chinese japanese british french german""".split()
)


def clean_text(raw: str, lexicon: Iterable[str] = ()) -> str:
    """The text with wire wrapping undone, quotes and dashes made plain, broken words mended.

    Paragraphs (a blank line, or a line starting with an indent) become single lines;
    the lines within a paragraph are joined with spaces. ``lexicon`` adds words a broken
    form may be mended to, beside the words the text itself spells whole.
    """
    text = raw if raw.isascii() else unicodedata.normalize("NFC", raw).translate(_DIGITS)
    if not text.isascii() and _ARABIC_MARKS.search(text):
        text = _ARABIC_MARKS.sub("", text)
    if "&" in text:
        text = html.unescape(_SGML_ENTITY.sub(" ", text))
    text = text.translate(_QUOTES)
    if '"s' in text:  # the lookbehind below is slow to try at every position
        text = _WIRE_APOSTROPHE.sub("'", text)
    text = _CONTROL.sub(" ", text).replace("\r\n", "\n").replace("\r", "\n")
    text = mend_broken_words(text, lexicon)
    paragraphs = _PARAGRAPH_BREAK.split(text)
    lines = (" ".join(p.split()) for p in paragraphs)
    return "\n".join(line for line in lines if line)


def mend_broken_words(text: str, lexicon: Iterable[str] = ()) -> str:
    """Rejoin words a hyphen split ("NA-TO", "issu-es", "T-uesday", "negoti-\\nations").

    A hyphenated pair is joined only when the joined word is known (spelled whole elsewhere
    in the text, or in the lexicon) and its parts are not both words of their own, so real
    compounds such as "Russia-NATO" or "Russian-American" stay as they are.
    """
    if "-" not in text:
        return text
    given = _lowered(lexicon if isinstance(lexicon, frozenset) else frozenset(lexicon))
    known: set[str] = set()
    lowered: list[str] = []

    def vocabulary() -> set[str]:
        # Built once, and only when a hyphenated pair needs it: the words the text spells whole.
        if not known:
            known.update(_WORD.findall(_HYPHENATED.sub(" ", text).lower()))
            known.update(given)
        return known

    def mend(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        joined = left + right
        key = joined.lower()
        if key not in given:
            # Most pairs ("long-term") join into no word of the text at all; a substring
            # test says so without building the vocabulary.
            if not lowered:
                lowered.append(text.lower())
            if key not in lowered[0]:
                return match.group(0)
        words = vocabulary()
        if key not in words:
            return match.group(0)
        left_word = left.lower() in words and len(left) > 1
        right_word = right.lower() in words and len(right) > 1
        if left_word and right_word:
            return match.group(0)
        return joined

    return _HYPHENATED.sub(mend, text)


@lru_cache(maxsize=8)
def _lowered(lexicon: frozenset[str]) -> frozenset[str]:
    """The base lexicon with ``lexicon`` added, lower-cased (the same few lexicons recur)."""
    return BASE_LEXICON | {word.lower() for word in lexicon}


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr gen col lt sgt capt cmdr adm gov sen rep rev prof messrs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd bros no nos vs etc approx dept est fig ft mt pres vol""".split()
)
# The end of a sentence: its mark and closing quotes ("», "” with a space before it in French
# typography), the space, then the next sentence's first letter or opening quote.
_SENTENCE_END = re.compile(r"""([.!?\u061f\u3002](?:\u00a0?\s?[»”"')\]])*)(\s+)(?=(?:[«“„"'(\[]\u00a0?\s?)?[^\W_])""")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a cleaned text, with where it starts and its paragraph number."""

    text: str
    start: int
    paragraph: int


def sentences(
    text: str, abbreviations: frozenset[str] | None = None, no_break: re.Pattern[str] | None = None
) -> list[Sentence]:
    """The sentences of a cleaned text, in order, each with its offset and paragraph.

    A full stop after an abbreviation ("Mr.", "Jan."; ``abbreviations`` gives a language's
    own) or a single capital ("U.S.") does not end a sentence, nor one before a word in
    lower case; ``no_break`` matches the text before a full stop that never ends one
    (German ordinals: "am 4. Mai").
    """
    known = _ABBREVIATIONS if abbreviations is None else abbreviations
    result: list[Sentence] = []
    offset = 0
    for number, paragraph in enumerate(text.split("\n")):
        begin = 0
        for match in _SENTENCE_END.finditer(paragraph):
            following = paragraph[match.end(2) : match.end(2) + 3].lstrip("\"'([«“„ \u00a0")
            if following[:1].islower():
                continue  # "the U.S. and Japan", "am 4. und 5. Mai": no sentence starts in lower case
            words = paragraph[begin : match.start(1)].rsplit(None, 2)  # only the last words matter
            last = words[-1] if words else ""
            # (a unit's letter after a number ends a sentence: "la rencontre débutera à 13 h. Le président")
            unit = len(words) > 1 and words[-2].isdigit() and len(last) == 1 and last.islower()
            if match.group(1).startswith(".") and _is_abbreviation(last, known) and not unit:
                continue
            if (
                no_break is not None
                and match.group(1).startswith(".")
                and no_break.search(paragraph, 0, match.start(1))
            ):
                continue
            piece = paragraph[begin : match.end(1)].strip()
            if piece:
                result.append(Sentence(piece, offset + begin, number))
            begin = match.end(2)
        tail = paragraph[begin:].strip()
        if tail:
            result.append(Sentence(tail, offset + begin, number))
        offset += len(paragraph) + 1
    return result


def _is_abbreviation(word: str, known: frozenset[str] = _ABBREVIATIONS) -> bool:
    bare = word.strip("\"'([").rstrip(".")
    if not bare:
        return False
    if bare.casefold() in known:
        return True
    # Initials and dotted abbreviations: "U.S", "U.N", "J", "a.m", "В"
    return (len(bare) == 1 and bare.isalpha()) or bool(_DOTTED.fullmatch(bare))


_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


# Russian, Ukrainian, Belarusian and Serbian letters as English news spells them ("Лавров" is
# "Lavrov", "Шольц" "Sholts"); the hard and soft signs are not written.
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўђјљњћџ",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye u dj j lj nj c dz".split(),
        strict=True,
    )
)


_FINAL_IY = re.compile(r"[иы]й\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def romanised(name: str) -> str:
    """A name written in Cyrillic, in Latin letters as English news writes them ("Сергей
    Лавров" -> "Sergey Lavrov", "Касым-Жомарт" -> "Kasym-Zhomart"); a name in another script
    as it is."""
    name = _FINAL_IY.sub(lambda m: "Y" if m.group(0)[0].isupper() else "y", name)  # "Дмитрий": Dmitry
    letters = []
    for letter in name:
        lower = letter.lower()
        spelt = _CYRILLIC.get(lower)
        if spelt is None:
            letters.append(letter)
        elif spelt != "-":
            letters.append(spelt.capitalize() if letter != lower else spelt)
    return "".join(letters)


@lru_cache(maxsize=8192)
def latin_key(name: str) -> str:
    """A name folded for comparison across scripts and accents: "Путиным" -> "putinym",
    "Vučić" -> "vucic", "Касым-Жомарт" -> "kasymzhomart"."""
    spelt = romanised(name).casefold().replace("-", "")
    return "".join(c for c in unicodedata.normalize("NFKD", spelt) if not unicodedata.combining(c))


def latin_script(name: str) -> bool:
    """True when every letter of a name is a Latin one (accented or not)."""
    return all(not c.isalpha() or c < "\u0250" or "\u1e00" <= c < "\u1f00" for c in name)
