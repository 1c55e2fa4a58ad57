"""Arabic: month names of both calendars in use (يناير and كانون الثاني) and weekday names
from CLDR, relative words from dateparser's locale data, word forms from simplemma; the
meeting, status, tense and hedge words of Arabic news typed by hand.

Arabic writes one word where English writes three ("وبالقاهرة": and-in-the-Cairo) and
spells alef, ya and ta marbuta several ways: every pattern here accepts the attached
conjunction and preposition and every spelling (``arabic_variants``), and every table is keyed
by the folded spelling (``fold_letters``) as well as the written one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache
from itertools import product
from typing import TypeVar

from diplocal.extract.lang.base import NEVER, LanguagePack, MeetingWord, alternation, cached_lemma, compile_grammar
from diplocal.extract.lang.builder import arabic_variants, calendar_slots
from diplocal.extract.lang.calendar import calendar_words, relative_words
from diplocal.extract.memos import word_memo

CODE = "ar"
V = TypeVar("V")

# -- spelling ----------------------------------------------------------------------------------

_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "ء", "ئ": "ء"})
_LIGHT = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ؤ": "ء", "ئ": "ء"})


def fold_letters(word: str) -> str:
    """A word as the tables key it: no short vowels nor final full stop, one spelling of alef
    (أ إ آ -> ا), of final ya (ى -> ي), of ta marbuta (ة -> ه) and of the hamza's seats (ؤ ئ -> ء)."""
    return _MARKS.sub("", word).casefold().translate(_FOLD).rstrip(".")


def skeleton(name: str) -> str:
    """A name's spelling without the long vowels written inside its words (ا و ي between two
    letters): transliterations of one foreign name differ in them ("سانت بطرسبورغ" and
    "سانت بطرسبرغ", "كييف" and "كيف"); the rest of the name stays."""
    return " ".join(
        w[0] + re.sub("[اوي]", "", w[1:-1]) + w[-1] if len(w) > 3 else w for w in fold_letters(name).split()
    )


def _light_fold(word: str) -> str:
    """Folded but for ta marbuta, which tells "وزارة" (a ministry) from "وزاره" (and visited him)."""
    return _MARKS.sub("", word).casefold().translate(_LIGHT)


def _without_clitics(word: str) -> list[str]:
    """Readings of a word without its attached conjunction (و ف) and preposition (ب ل ك),
    least stripped first: "وبالقاهرة" -> ["وبالقاهرة", "بالقاهرة", "القاهرة"]."""
    forms = [word]
    rest = word
    if len(rest) > 3 and rest[0] in "وف":
        rest = rest[1:]
        forms.append(rest)
    if len(rest) > 3 and rest.startswith("لل"):
        forms += ["ال" + rest[2:], rest[1:]]  # للقمة is ل + القمة; للقاء is ل + لقاء
    elif len(rest) > 3 and rest[0] in "بلك":
        forms.append(rest[1:])
    return forms


# -- names -------------------------------------------------------------------------------------


@cache
def _known_names() -> tuple[frozenset[str], frozenset[str]]:
    """Folded Arabic names of places, countries, organisations and venues, and the words of the
    longer ones: what a name lookup may find."""
    from diplocal.places import city_names, country_adjectives, country_names, organisation_names, venue_names

    names = {*city_names("arabic"), *country_names(CODE), *country_adjectives(CODE)}
    names |= {n for n in (*organisation_names(CODE), *venue_names(CODE)) if not n.isascii()}
    folded = frozenset(fold_letters(n) for n in names)
    return folded, frozenset(w for n in folded for w in n.split())


@cache
def _name_words() -> frozenset[str]:
    """The folded words of country, organisation and venue names: a lemmatiser would take
    "البحرين" (Bahrain) to "بحر" (sea); a name lookup wants it as it is."""
    from diplocal.places import country_adjectives, country_names, organisation_names, venue_names

    names = [*country_names(CODE), *country_adjectives(CODE), *organisation_names(CODE), *venue_names(CODE)]
    return frozenset(w for n in names if not n.isascii() for w in fold_letters(n).split())


@word_memo(65536)
def strip_prefixes(text: str) -> str:
    """The first word of ``text`` without its attached conjunction and preposition, as a name
    lookup wants it ("بالقاهرة" -> "القاهرة", "وبيروت" -> "بيروت"). A letter that may belong
    to the name ("لبنان") stays unless the bare reading is a known name."""
    head, space, tail = text.partition(" ")
    forms = _without_clitics(head)
    if len(forms) == 1:
        return text
    names, words = _known_names()
    for form in forms[1:]:
        whole = form + space + tail
        if fold_letters(whole) in names or fold_letters(form) in words:
            return whole
    # Before the article the letters are surely clitics: "والاجتماع", "بالمنامة".
    article = next((f for f in forms[1:] if f.startswith("ال")), None)
    return article + space + tail if article else text


# -- meeting words and lemmas ------------------------------------------------------------------


def _verb(past: str | None, stem: str) -> tuple[str, ...]:
    """The forms news uses of a regular verb: its past (he, she, they, the two) and its present
    in each person ("اجتمع", "اجتمعت"... "يجتمع", "تجتمع", "يجتمعون"...)."""
    pasts = (past, past + "ت", past + "وا", past + "ا", past + "تا") if past else ()
    return (*pasts, *(person + stem + ending for person in ("ي", "ت", "ن") for ending in ("", "ون", "ان")))


# Meeting words by family, (kind, verb, strength, forms): every form of a family, with any
# clitic, future prefix, pronoun suffix or case ending ("واجتماعاتها", "سيلتقيان", "لقائه",
# "اجتماعا"), reads as the family's first form, its lemma.
MEETING_FAMILIES: list[tuple[str, bool, float, tuple[str, ...]]] = [
    ("meeting", False, 0.85, ("اجتماع", "اجتماعات")),
    ("summit", False, 1.0, ("قمة", "قمم")),
    ("conference", False, 0.75, ("مؤتمر", "مؤتمرات")),
    ("visit", False, 0.85, ("زيارة", "زيارات")),
    ("talks", False, 0.9, ("محادثات", "محادثة", "مباحثات", "مباحثة")),
    ("talks", False, 0.9, ("مفاوضات", "مفاوضة")),
    ("talks", False, 0.8, ("مشاورات", "مشاورة")),
    ("meeting", False, 0.85, ("لقاء", "لقاءات")),
    ("meeting", False, 0.85, ("جلسة", "جلسات")),
    ("meeting", False, 0.75, ("دورة",)),
    ("talks", False, 0.8, ("جولة", "جولات")),
    ("talks", False, 0.7, ("حوار",)),
    ("conference", False, 0.7, ("منتدى", "ملتقى")),
    ("conference", False, 0.7, ("ندوة", "ندوات")),  # a symposium ("ندوة دولية رفيعة المستوى")
    ("meeting", True, 0.9, _verb("اجتمع", "جتمع")),
    ("meeting", True, 0.9, ("التقى", "التقت", "التقوا", "التقيا", "يلتقي", "تلتقي", "نلتقي", "يلتقون", "يلتقيان",
                            "تلتقيان")),
    ("visit", True, 0.8, ("زار", "زارت", "زاروا", "زارا", "يزور", "تزور", "نزور", "يزورون", "يزوران")),
    ("visit", True, 0.75, _verb("استقبل", "ستقبل")),
    # "يصل إلى بيروت ... في زيارة رسمية": arriving and heading abroad open a visit
    ("visit", True, 0.85, (*_verb(None, "توجه"), *_verb(None, "صل"))),
    ("meeting", True, 0.6, ("استضاف", "استضافت", "استضافوا", *_verb(None, "ستضيف"))),
    ("meeting", True, 0.6, _verb("احتضن", "حتضن")),
    ("meeting", True, 0.6, _verb(None, "نظم")),  # "الذي ينظمه الاتحاد الأوروبي"
]  # fmt: skip
_NOUNS = {_light_fold(f): fold_letters(forms[0]) for _, verb, _, forms in MEETING_FAMILIES if not verb for f in forms}
_VERBS = {_light_fold(f): fold_letters(forms[0]) for _, verb, _, forms in MEETING_FAMILIES if verb for f in forms}
# Endings a meeting noun may carry, and what its stem ends with without them: pronouns
# ("زيارته", "لقائه"), the dual ("قمتين"), the accusative ("اجتماعا"). A verb takes only
# pronouns ("زارها"), and only "و" before it: "فيصل" is Faisal, "وزارتان" two ministries.
_NOUN_ENDINGS = (("ائهما", "اء"), ("ائهم", "اء"), ("ائها", "اء"), ("ائه", "اء"), ("تهما", "ة"), ("تهم", "ة"),
                 ("تها", "ة"), ("ته", "ة"), ("تين", "ة"), ("تان", "ة"), ("هما", ""), ("هم", ""), ("ها", ""),
                 ("ه", ""), ("ين", ""), ("ان", ""), ("ا", ""))  # fmt: skip
_VERB_ENDINGS = (("هما", ""), ("هم", ""), ("ها", ""), ("ه", ""))
# A meeting word holds one of these (its forms without a final ة, ء, ا or ى): a word holding
# none is no meeting word, which one search says before any ending is tried.
_CORES = re.compile(alternation({f.rstrip("ةءاى") for f in (*_NOUNS, *_VERBS) if len(f.rstrip("ةءاى")) >= 2}))


def _family(word: str) -> str | None:
    """The meeting family a word belongs to, whatever clitics and endings it has."""
    light = _light_fold(word)
    if not _CORES.search(light):
        return None
    for bare in _without_clitics(light):
        stems = [bare, bare[2:]] if bare.startswith("ال") and len(bare) > 4 else [bare]
        found = _ending_off(stems, _NOUNS, _NOUN_ENDINGS)
        if found is not None:
            return found
    verb = light[1:] if light[:1] == "و" and len(light) > 3 else light
    stems = [verb, verb[1:]] if verb[:1] == "س" and verb[1:2] in ("ي", "ت", "ن") and len(verb) > 4 else [verb]
    return _ending_off(stems, _VERBS, _VERB_ENDINGS) or _ending_off([light], _VERBS, _VERB_ENDINGS)


def _ending_off(stems: list[str], table: dict[str, str], endings: tuple[tuple[str, str], ...]) -> str | None:
    for stem in stems:
        if stem in table:
            return table[stem]
        for ending, stem_end in endings:
            if stem.endswith(ending) and len(stem) - len(ending) >= 2:
                found = table.get(stem[: -len(ending)] + stem_end)
                if found is not None:
                    return found
    return None


# Pronoun suffixes, longest first, and what the stem ends with without them ("زيارته" -> "زيارة").
_SUFFIXES = (("ائهما", "اء"), ("ائهم", "اء"), ("ائها", "اء"), ("ائه", "اء"), ("تهما", "ة"), ("تهم", "ة"),
             ("تها", "ة"), ("ته", "ة"), ("هما", ""), ("هم", ""), ("ها", ""), ("ه", ""))  # fmt: skip


def _readings(word: str) -> list[str]:
    """A word without its clitics, article, future prefix or pronoun suffix, for simplemma."""
    forms: list[str] = []
    for bare in _without_clitics(word):
        forms.append(bare)
        if bare.startswith("ال") and len(bare) > 4:
            forms.append(bare[2:])
        if bare[:1] == "س" and bare[1:2] in ("ي", "ت", "ن") and len(bare) > 4:
            forms.append(bare[1:])  # the future prefix: "سيزور" -> "يزور"
    for bare in list(forms):
        for suffix, stem_end in _SUFFIXES:
            if bare.endswith(suffix) and len(bare) - len(suffix) >= 3:
                forms.append(bare[: -len(suffix)] + stem_end)
                break
    return forms


def _lemmatise(word: str) -> str:
    """The lemma of an Arabic word, folded: a meeting word's family ("للقاء" is ل + لقاء, not
    ل + القاء); a name's word as it is; else simplemma's lemma of the first reading it knows."""
    import simplemma

    folded = fold_letters(word)
    if " " in word:
        return folded
    family = _family(word)
    if family is not None:
        return family
    names = _name_words()
    for form in _without_clitics(folded):
        if form in names:
            return form
    for form in _readings(word.casefold()):
        if simplemma.is_known(form, lang=CODE):
            return fold_letters(str(simplemma.lemmatize(form, lang=CODE)))
    return fold_letters(str(simplemma.lemmatize(word.casefold(), lang=CODE)))


LEMMA = cached_lemma(_lemmatise)


def spellings(table: Mapping[str, V]) -> dict[str, V]:
    """A table with each key also under its folded spelling, its lemma (one word) and, for
    phrases, every mix of written and folded words ("الأسبوع المقبل", "الاسبوع المقبل")."""
    out: dict[str, V] = {}
    for key, value in table.items():
        bare = _MARKS.sub("", key)
        words = bare.split()
        for choice in product(*({w, fold_letters(w)} for w in words)):
            out.setdefault(" ".join(choice), value)
        if len(words) == 1:
            out.setdefault(LEMMA(bare), value)
    return out


# -- regex sources -------------------------------------------------------------------------------


def _source(body: str, *, lead: str = r"\b(?:و|ف)?") -> str:
    """A regex source for hand-written Arabic words: any spelling, after a conjunction."""
    return arabic_variants(lead + "(?:" + body + r")(?!\w)")


def _words(words: Iterable[str], *, clitics: bool = True, tail: str = "") -> str:
    """A regex source for literal words after any attached conjunction and preposition
    ("الاجتماع" also as "للاجتماع", "والاجتماع", "بالاجتماع"), with an optional ``tail``."""
    listed = set(words)
    if clitics:
        listed |= {w[1:] for w in listed if w.startswith("ال")}  # ل + ال is written لل
    lead = r"\b(?:و|ف)?(?:ب|ل|ك)?" if clitics else r"\b(?:و|ف)?"
    return arabic_variants(lead + "(?:" + alternation(listed) + ")" + tail + r"(?!\w)")


# -- calendar ----------------------------------------------------------------------------------

_CLDR_MONTHS, _CLDR_WEEKDAYS = calendar_words(CODE)
_RELATIVE = relative_words(CODE)
# dateparser counts "يومين" (two days) and "اليوم السابق" (the day before another) as days
# relative to the day of writing; in news they are not.
_NOT_RELATIVE = frozenset({"يومين", "اليوم السابق", "قبل يومين"})
RELATIVE_DAYS = {_MARKS.sub("", k): v for k, v in _RELATIVE["days"].items() if k not in _NOT_RELATIVE} | {
    "غدا": 1, "غد": 1, "الغد": 1, "بعد غد": 2, "بعد الغد": 2, "الليلة": 0, "أول أمس": -2, "أمس الأول": -2,
}  # fmt: skip
# Weeks and months with the word after them ("الأسبوع المقبل": next week), made into phrases.
_AHEAD = {"المقبل": 1, "القادم": 1, "التالي": 1, "الجاري": 0, "الحالي": 0, "الماضي": -1, "المنصرم": -1, "الفائت": -1}
RELATIVE_WEEKS = {_MARKS.sub("", k): v for k, v in _RELATIVE["weeks"].items() if abs(v) <= 1}
RELATIVE_WEEKS |= {f"الأسبوع {w}": v for w, v in _AHEAD.items()}
RELATIVE_MONTHS = {_MARKS.sub("", k): v for k, v in _RELATIVE["months"].items() if abs(v) <= 1}
RELATIVE_MONTHS |= {f"الشهر {w}": v for w, v in _AHEAD.items()}

# Days of the month and hours as ordinal words ("الرابع والعشرين": 24th, "الساعة الحادية
# عشرة": 11 o'clock), and the lengths of visits ("تستمر يومين": two days).
_ORDINALS = {"الأول": 1, "الفاتح": 1, "العاشر": 10, "العشرين": 20, "الثلاثين": 30, "الواحد والعشرين": 21,
             "الحادي والثلاثين": 31, "الواحد والثلاثين": 31}  # fmt: skip
for _n, _unit in enumerate(
    ("الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"), 1
):
    _ORDINALS |= {f"{_unit} عشر": 10 + _n, f"{_unit} والعشرين": 20 + _n, **({_unit: _n} if _n > 1 else {})}
_HOURS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
          "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الثانية عشرة": 12}  # fmt: skip
_LENGTHS = {"يومين": 2, "يومان": 2, "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9,
            "عشرة": 10}  # fmt: skip
NUMBERS = spellings(_ORDINALS | _HOURS | _LENGTHS)

# "أواخر الشهر الجاري" (late this month), "خلال الأسبوع المقبل": from the next day on, as
# "later this month" reads ("later"); "مساء اليوم" (this evening) is still to come.
QUALIFIERS = spellings(
    {**{w: ("next" if v > 0 else "this" if v == 0 else "last") for w, v in _AHEAD.items()},
     "المقبلة": "next", "القادمة": "next", "الحالية": "this", "الماضية": "last", "هذا": "this", "هذه": "this",
     "في": "in", "خلال": "later", "منذ": "since", "حتى": "until", "لغاية": "until", "إلى غاية": "until", "بحلول": "by", "قبل": "before",
     "بعد": "after", "من": "from", "بين": "between", "يوم": "on", "أواخر": "later", "نهاية": "later",
     "أوائل": "early", "مطلع": "early", "بداية": "early", "مستهل": "early", "منتصف": "mid", "أواسط": "mid",
     "في وقت لاحق من": "later", "في وقت لاحق": "later", "مساء": "later", "الليلة": "later"}
)  # fmt: skip
UNITS = spellings({"الأسبوع": "week", "الشهر": "month", "العام": "year", "السنة": "year"})
MONTH_PARTS = spellings({"مطلع": "early", "أوائل": "early", "بداية": "early", "مستهل": "early", "منتصف": "mid",
                         "أواسط": "mid", "نهاية": "late", "أواخر": "late"})  # fmt: skip
MONTHS = spellings(_CLDR_MONTHS)
WEEKDAYS = spellings(_CLDR_WEEKDAYS)
# Days told by another day of the text: "في اليوم نفسه", "في اليوم التالي", "عشية القمة",
# "في اليوم الثاني من القمة".
ANAPHORIC_DAYS = {"اليوم نفسه": 0, "اليوم ذاته": 0, "نفس اليوم": 0, "ذات اليوم": 0, "اليوم التالي": 1,
                  "اليوم الموالي": 1, "غداة": 1, "عشية": -1, "اليوم السابق": -1, "ذلك اليوم": 0}  # fmt: skip
NTH_DAYS = {"الأول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "الختامي": -1, "الأخير": -1}
# A bare month word that is also a common word ("أب": father) is a month only with a
# qualifier or a year ("في آب", "آب 2021").
_AMBIGUOUS_MONTHS = frozenset(spellings({"آب": 8, "أب": 8, "أوت": 8, "جوان": 6, "ماي": 5}))

_MONTH_WORDS = arabic_variants(alternation(_CLDR_MONTHS))
_AFTER = "المقبل|المقبلة|القادم|القادمة|المقبلين|القادمين|الجاري|الحالي|الماضي|الماضية|المنصرم|الفائت|التالي"
SLOTS = calendar_slots(_CLDR_MONTHS, _CLDR_WEEKDAYS, RELATIVE_DAYS, RELATIVE_WEEKS, RELATIVE_MONTHS, arabic=True)
# CLDR's "آب" (August) has two letters, fewer than the generated slot keeps; a second
# weekday or month joined to "و" ("يومي الأربعاء والخميس") is still one.
_AFTER_AND = r"(?:(?<!\w)|(?<=(?<!\w)و))"
SLOTS["MONTH"] = rf"(?<!\w)(?:{_MONTH_WORDS})(?!\w)"
SLOTS["MONTH2"] = rf"{_AFTER_AND}(?:{_MONTH_WORDS})(?!\w)"
SLOTS["WEEKDAY2"] = SLOTS["WEEKDAY"].replace(r"(?<!\w)", _AFTER_AND, 1)
SLOTS |= {
    "DAY": rf"(?:(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?![\d:.,/])|(?<!\w){arabic_variants(alternation(_ORDINALS))}(?!\w))",
    # the second of two days may be an ordinal joined to "و" ("يومي الفاتح والثاني من نوفمبر"),
    # never a bare ten: "الثاني والعشرين" is one day, the 22nd
    "DAY2": rf"(?:(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?![\d:.,/])|{_AFTER_AND}"
    rf"{arabic_variants(alternation(k for k in _ORDINALS if k not in ('العشرين', 'الثلاثين')))}(?!\w))",
    "QUAL": arabic_variants(f"(?:{_AFTER})(?!\\w)"),
    "QUAL2": arabic_variants(
        r"(?<!\w)(?:في وقت لاحق من|في وقت لاحق|أواخر|أوائل|مطلع|بداية|مستهل|منتصف|أواسط|نهاية|مساء|صباح|منذ|حتى|لغاية"
        r"|بحلول|خلال|في)"
        r"(?!\w)"
    ),
    "YQ": arabic_variants(f"(?:{_AFTER})(?!\\w)"),
    "PART": arabic_variants(r"(?:مطلع|أوائل|بداية|مستهل|منتصف|أواسط|نهاية|أواخر)(?!\w)"),
    "ANAPH": arabic_variants(alternation(ANAPHORIC_DAYS)) + r"(?!\w)",
    "NTH": arabic_variants(alternation(NTH_DAYS)) + r"(?!\w)",
    # macros, not groups: the month's other name after a slash ("21 مارس/آذار"), a trailing
    # qualifier ("9 ديسمبر المقبل"), joiners, a part of the day, what "اليوم" is not
    "SLASH": rf"(?:\s*/\s*(?:{_MONTH_WORDS})(?!\w))?",
    "AFTER": arabic_variants(f"(?:\\s+(?:{_AFTER})(?!\\w))?"),
    "TO": arabic_variants(r"\s*(?:-|–|إلى|الى|حتى|و)\s*"),
    "FROM": arabic_variants(r"(?:(?:يومي|أيام|من)\s+)?"),  # "بين" stays before: a range, never a list
    # "بعد ظهر يوم الاثنين": the afternoon, not "after" noon
    "DAYPART": arabic_variants(r"(?:(?:صباح|مساء|(?:بعد\s+)?ظهر|عصر|ليلة|فجر)\s+)?(?:يوم\s+)?"),
    "NOTDAY": arabic_variants(
        r"(?!\s+(?:الذي|التي|نفسه|ذاته|الأول|الثاني|الثالث|الرابع|الخامس|الأخير|الواحد|العالمي|الوطني|التالي|السابق"
        r"|الدولي))"
    ),
}
_SAID = r"(?:أعلن|أعلنت|قال|قالت|أكد|أكدت|ذكر|ذكرت|أوضح|أوضحت|صرح|صرحت|أفاد|أفادت|كشف|كشفت|أضاف|أضافت)"
# (kind, template), written plainly and given every spelling below. Some kinds read as no
# date: a dateline's ("القاهرة في 13 أغسطس /وكالة/"), the day a statement was made ("في
# تصريح اليوم", "أعلنت الحكومة، اليوم الأربعاء،"), a span of months, and a day of a month
# named only as "the month" ("في الرابع والعشرين من الشهر"), which the reader cannot
# resolve: better no date than the month alone. "The current month" ("من الشهر الجاري") is
# the article's own.
DATE_TEMPLATES = [
    (kind, arabic_variants(template))
    for kind, template in (
        ("dateline", r"(?<!\w)في\s+{DAY}\s+{MONTH}\s*/[^/\n]{1,40}/"),
        ("dateline", r"(?<!\w)الموافق\s+{DAY}\s+{MONTH}\s+{YEAR}"),
        (
            "report",
            r"(?<!\w)في\s+(?:تصريح|تصريحات|بيان|مؤتمر\s+صحا?في|حديث|مقابلة|كلمة|إيجاز)\S*"
            r"(?:\s+(?!(?:إن|أن)(?!\w))\S+){0,3}?\s+(?:{DAYPART}{REL}(?:\s+{WEEKDAY})?|{DAYPART}{WEEKDAY})",
        ),
        ("report", r"(?<!\w)" + _SAID + r"\s+(?:[^\s،]+\s+){0,6}?[^\s،]+\s*،\s*{REL}\s+{WEEKDAY}\s*،"),
        # "في التاسع والعشرين من الشهر الجاري": a day of the article's own month
        ("this_month_day", r"{DAY}\s+من\s+(?:الشهر\s+(?:الجاري|الحالي)|هذا الشهر)(?!\s+\S*(?:الماضي|المقبل))"),
        ("unnamed_month", r"{DAY}\s+من\s+(?:الشهر|هذا الشهر)(?:\s+\S+)?"),
        ("months", r"(?<!\w)(?:شهري|أشهر)\s+{MONTH}{SLASH}\s*(?:و|إلى|الى|-)\s*{MONTH2}{SLASH}"),
        (
            "day",
            r"{DAYPART}{WEEKDAY}(?:\s+{QUAL})?\s*،?\s*(?:الموافق\s+)?{DAY}\s+(?:من\s+)?(?:شهر\s+)?{MONTH}{SLASH}"
            r"(?:\s+{YEAR})?{AFTER}",
        ),
        # "يومي الاثنين والثلاثاء 6 و7 ديسمبر": the two weekdays, then their days
        (
            "days",
            r"{FROM}(?:يوم\s+)?{WEEKDAY}{TO}{WEEKDAY2}\s*،?\s*{DAY}{TO}{DAY2}\s+(?:من\s+)?(?:شهر\s+)?{MONTH}{SLASH}"
            r"(?:\s+{YEAR})?{AFTER}",
        ),
        (
            "days",
            r"{FROM}{DAY}\s+{MONTH}{SLASH}{AFTER}{TO}{DAY2}\s+(?:من\s+)?(?:شهر\s+)?{MONTH2}{SLASH}(?:\s+{YEAR})?{AFTER}",
        ),
        ("days", r"{FROM}{DAY}{TO}{DAY2}\s+(?:من\s+)?(?:شهر\s+)?{MONTH}{SLASH}(?:\s+{YEAR})?{AFTER}"),
        ("day", r"{DAY}\s+(?:من\s+)?(?:شهر\s+)?{MONTH}{SLASH}(?:\s+(?:من\s+)?(?:عام\s+)?{YEAR})?{AFTER}"),
        ("weekdays", r"{FROM}(?:يوم\s+)?{WEEKDAY}{TO}{WEEKDAY2}(?:\s+{QUAL})?"),
        ("weekday", r"{DAYPART}{WEEKDAY}(?:\s+{QUAL})?"),
        # not after a comma: "يوم الأحد، عشية استئناف المفاوضات" names Sunday twice
        ("anaphoric", r"(?<!\w)(?<!،\s)(?<!,\s)(?:في\s+)?{ANAPH}"),
        (
            "nth_day",
            r"(?<!\w)(?:في\s+)?اليوم\s+{NTH}(?:\s+(?:من|ل)\s*(?:ال)?(?:قمة|زيارة|اجتماع|مؤتمر|اجتماعات|محادثات))?",
        ),
        ("relative", r"(?:{QUAL2}\s+)?{REL}(?:\s+{WEEKDAY})?{NOTDAY}"),
        ("period", r"(?:{QUAL2}\s+)?{RELWEEK}"),
        ("period", r"(?:{QUAL2}\s+)?{RELMONTH}"),
        ("month_part", r"(?<!\w){PART}\s+(?:شهر\s+)?{MONTH}{SLASH}(?:\s+{YEAR})?{AFTER}"),
        (
            "month",
            r"(?:{QUAL2}\s+)?(?:شهر\s+)?{MONTH}{SLASH}(?:\s+(?:من\s+)?(?:عام\s+|العام\s+)?{YEAR}"
            r"|\s+(?:من\s+)?(?:العام|عام)\s+{YQ}|\s+{QUAL})?",
        ),
        ("year", r"(?<!\w)(?:عام|العام|سنة)\s+{YEAR}"),
    )
]
# Whole words (after a clitic at most): "امس" inside "الخامسة" anchors nothing.
_ANCHOR_WORDS = [*_CLDR_MONTHS, *_CLDR_WEEKDAYS, *RELATIVE_DAYS, "الأسبوع", "الشهر", "الموافق", "عشية", "غداة"]
ANCHORS = (
    rf"(?<![^\W\d_وفبلك])(?:{arabic_variants(alternation(_ANCHOR_WORDS))})(?!\w)|(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)"
)
# Every date and clock phrase begins a word (or a number): the grammars are tried nowhere
# else, which spares the engine twenty templates at every letter (three times faster).
_WORD_START = r"(?:(?<!\w)|(?<!\d)(?=\d))"

# Clock times: "الساعة 13:00 بتوقيت غرينتش", "في الساعة الحادية عشرة صباحا بتوقيت القاهرة",
# "الساعة السادسة مساء بتوقيت مكة المكرمة". Half and quarter hours in words ("العاشرة
# والنصف") are left unread rather than read wrong.
ZONE_WORDS = spellings({"غرينتش": "UTC", "غرينيتش": "UTC", "جرينتش": "UTC", "جرينيتش": "UTC", "gmt": "UTC",
                        "utc": "UTC", "المحلي": "local"})  # fmt: skip
# (the Maghreb's "بعد الزوال", after noon, and "قبل الزوال": "الساعة الثانية بعد الزوال" is 14:00)
DAY_PARTS = spellings({"صباحا": "am", "صباح": "am", "فجرا": "am", "بعد منتصف الليل": "am", "قبل الزوال": "am", "ظهرا": "pm", "ظهر": "pm", "بعد الظهر": "pm",
                       "بعد الزوال": "pm", "عصرا": "pm", "عصر": "pm", "مساء": "pm", "مساءا": "pm", "ليلا": "pm"})  # fmt: skip
_CITY_SECOND = "المكرمة|المنورة|ظبي|البيضاء|الشيخ|أبابا|السلام"  # of zone cities in two words
CLOCK_SLOTS = {
    "H": r"[01]?\d|2[0-3]|" + arabic_variants(alternation(_HOURS)),
    "MI": r"[0-5]\d",
    "AMPM": arabic_variants(
        r"(?:صباحا|صباح|فجرا|بعد منتصف الليل|قبل الزوال|ظهرا|ظهر|بعد الظهر|بعد الزوال|عصرا|عصر|مساءا|مساء|ليلا)(?!\w)"
    ),
    "ZONE": arabic_variants(r"(?:غرينتش|غرينيتش|جرينتش|جرينيتش|المحلي)(?!\w)") + r"|GMT|UTC",
    "CITY": arabic_variants(rf"[^\W\d_]+(?:\s+(?:{_CITY_SECOND})(?!\w))?"),
    "ZONEPART": r"\s*\(?\s*(?:{TAWQIT}\s+)?{ZONE}\)?|\s+{TAWQIT}\s+{CITY}",
    "TAWQIT": arabic_variants(r"(?:ب|حسب\s+|وفق\s+)?(?:ال)?توقيت"),
    "HALF": arabic_variants(r"(?!\s+و\s*(?:النصف|الربع|الثلث|\d))"),
}
# "الساعة 10", "الساعة الـ10", or an hour in words after "عند"/"تمام" ("عند العاشرة صباحا")
_HOUR_WORD = arabic_variants(r"(?<!\w)(?:(?:ال)?ساعة\s+(?:ال)?|(?:عند|تمام)\s+(?:الساعة\s+)?(?=\D))")
# an hour in words after "في", only with the part of the day after it ("في العاشرة من صباح الخميس":
# "في العاشرة" alone may be "in the tenth")
_AT_HOUR_WORD = arabic_variants(r"(?<!\w)في\s+(?=ال)")
CLOCK_TEMPLATES = [
    ("clock", _HOUR_WORD + r"{H}[:.]{MI}(?![\d:])(?:\s+{AMPM})?(?:{ZONEPART})?"),
    ("clock", _AT_HOUR_WORD + r"(?:{H})(?!\w){HALF}\s+(?:من\s+)?{AMPM}(?:{ZONEPART})?"),
    ("clock", _HOUR_WORD + r"(?:{H})(?!\w){HALF}(?:\s+(?:من\s+)?{AMPM})?(?:{ZONEPART})?"),
    ("clock", r"(?<![\d:/.])(?:{H}):{MI}(?![\d:])(?:\s+{AMPM})?(?:{ZONEPART})?"),
]

MEETING_WORDS = [
    MeetingWord(_words(["اتصال", "اتصالا", "اتصالات"], tail=r"\s+(?:ال)?(?:هاتفي|هاتفيا|هاتفية)"), "call", False, 0.8),
    MeetingWord(_words(["مكالمة", "مكالمات"], tail=r"\s+(?:ال)?(?:هاتفية|هاتفي)"), "call", False, 0.8),
    *(MeetingWord(fold_letters(forms[0]), kind, verb, strength, lemma=True) for kind, verb, strength, forms in MEETING_FAMILIES),
]  # fmt: skip

# -- tense, hedges and status ------------------------------------------------------------------

# Verbs of meeting and travelling by their stems, in the present (the news present "يعقد
# المجلس غدا" tells of what is to come; "ترأس" is a past, "تترأس" a present) and the past.
_PRESENT_STEMS = (
    "عقد|جتمع|لتقي|لتق|زور|صل|توجه|ستقبل|ستضيف|حتضن|شارك|ترأس|بدأ|نطلق|نعقد|لتئم|قوم|بحث|ناقش|جري|تناول|ستعرض|سافر"
    "|حضر|شهد|لقي|ختتم|فتتح|ستأنف|عتزم|نوي|ستعد|وقع|رتقب"
)
_PRESENT = (
    rf"(?<!\w)(?:و|ف)?(?:س)?(?:ي|ت|ن)(?:{_PRESENT_STEMS})(?:ون|ان|ا|ه|ها|هم|هما)?(?!\w)|(?<!\w)(?:و|ف)?يرأس(?!\w)"
)
_FUTURE_WORDS = (
    "سوف|من المقرر|من المنتظر|من المتوقع|من المرتقب|المقرر|المقررة|مقرر|مقررة|المرتقب|المرتقبة|المزمع|المزمعة|المنتظر"
    "|المنتظرة|المقبل|المقبلة|القادم|القادمة|التالي|التالية|غدا|غد|الغد|الليلة|استعدادا|الاستعدادات|استعدادات|تحضيرا"
    "|للتحضير|التحضيري|التحضيرية|تمهيدا|قبيل|لعقد|لانعقاد|لاستضافة|سيكون|ستكون|سيتم|ستتم|يتوقع|تتوقع"
)
_PAST_VERBS = (
    "عقد|عقدت|عقدوا|عقدا|اجتمع|اجتمعت|اجتمعوا|اجتمعا|التقى|التقت|التقوا|التقيا|زار|زارت|زاروا|وصل|وصلت|توجه|توجهت"
    "|استقبل|استقبلت|استضاف|استضافت|احتضن|احتضنت|شارك|شاركت|ترأس|بدأ|بدأت|انطلق|انطلقت|انعقد|انعقدت|التأم|التأمت"
    "|جرى|جرت|أجرى|أجرت|اختتم|اختتمت|انتهى|انتهت|أنهى|أنهت|حضر|حضرت|سبق|سبقت|شهد|شهدت|ناقش|ناقشت|بحث|بحثت|غادر"
    "|غادرت|عاد|عادت|ألقى|ألقت|وقع|وقعت|تم|افتتح|افتتحت|انفض|انفضت|فشل|فشلت"
    # "أسدلت القمة الستار على أعمالها مساء الأحد": drew the curtain, i.e. closed
    "|أسدل|أسدلت|أسدلوا|أنهوا|اختتموا"
)
_PAST = arabic_variants(
    rf"(?<!\w)(?:و|ف)?(?:{_PAST_VERBS})(?:ه|ها|هم|هما)?(?!\w)"
    r"|(?<!\w)(?:و|ف)?(?:كان|كانت|كانوا|أمس|الأمس|البارحة|الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|سابق|سابقا"
    r"|سابقة|السابق|السابقة|منذ|مضى|في وقت سابق)(?!\w)"
)
_MEETING_NOUNS = "اجتماع|قمة|زيارة|مؤتمر|جلسة|محادثات|مباحثات|مفاوضات|لقاء|جولة|دورة|منتدى|ملتقى"
_CANCEL_NOUNS = _words([f"ال{w}" for w in _MEETING_NOUNS.split("|")] + _MEETING_NOUNS.split("|"), tail=r"\w{0,4}")
_POSTPONE = (
    "تأجيل|تأجيله|تأجيلها|إرجاء|إرجاؤه|إرجاؤها|أرجئ|أرجئت|أرجأ|أرجأت|أجلت|تأجل|تأجلت|يؤجل|تؤجل|مؤجل|مؤجلة"
    # a host that gives the meeting up: "المغرب لن يستضيف القمة المقررة في 7 أبريل"
    "|لن يستضيف|لن تستضيف|اعتذر عن استضافة|اعتذرت عن استضافة|تخلى عن استضافة|تخلت عن استضافة"
)
# Parliaments, cabinets, courts: domestic when they hold their own sitting.
_BODIES = (
    "مجلس نواب الشعب|مجلس النواب|مجلس الشعب|مجلس الشورى|البرلمان|مجلس الوزراء|الحكومة|مجلس الأمة|الكونغرس|مجلس الشيوخ|الكنيست"
    "|المجلس الوطني|المجلس التشريعي|المجلس البلدي|المحكمة|البنك المركزي|لجنة السياسة النقدية|مجلس الأمن القومي"
    "|مجلس الأمن الوطني"
)
# Words before "أن" (that) which make it no report's frame: "من المقرر أن", "إلا أن".
_NOT_A_FRAME = ("المقرر", "المنتظر", "المتوقع", "المرتقب", "المزمع", "إلا", "غير", "بيد", "يجب", "ينبغي", "يمكن",
                "يتوقع", "يرجح", "ترجح", "يحتمل")  # fmt: skip
_CORPORATE = ("الشركة", "شركة", "الشركات", "شركات", "المساهمين", "الجمعية العمومية", "مجلس الإدارة", "رجال الأعمال",
              "البورصة", "غرفة التجارة", "غرفتا التجارة", "غرف التجارة", "أرباح", "توزيعات")  # fmt: skip
_ANAPHORS = ("الاجتماع", "الاجتماعات", "القمة", "الزيارة", "المؤتمر", "الجلسة", "المحادثات", "المباحثات", "المفاوضات",
             "اللقاء", "الجولة", "الدورة", "هذا الاجتماع", "هذه الزيارة", "هذه القمة")  # fmt: skip

PATTERNS: dict[str, object] = {
    "future": re.compile(arabic_variants(_PRESENT) + "|" + _source(_FUTURE_WORDS)),
    "past": re.compile(_PAST),
    "weak_past": re.compile(_PAST),
    "past_clause": re.compile(_PAST),
    "past_verb": re.compile(_PAST),
    "perfect": re.compile(
        _source("حتى الآن|لا يزال|لا تزال|ما زال|ما زالت|ما يزال|ما تزال|يواصل|تواصل|يتواصل|تتواصل|متواصلة|الجارية")
    ),
    "hedge": re.compile(
        arabic_variants(r"(?<!\w)قد\s+(?!تم(?!\w))(?:ي|ت|ن)\w{2,}")  # "قد يعقد": may hold
        + "|"
        + _source(
            "ربما|يحتمل|محتمل|محتملة|المحتمل|إمكانية|بإمكان|يأمل|تأمل|يأملون|يرجح|ترجح|رجح|يرغب|ترغب|اقترح|اقترحت|يقترح"
            "|تقترح|مقترح|مقترحة|اقتراح|إذا|لو|في حال|ما لم|قريبا|لم يحدد|لم يتحدد|لم يعلن|غير مؤكد|مبدئيا|مبدئي"
            "|تكهنات|شائعات|ما إذا|يدرس|تدرس|يبحث إمكانية|تبحث إمكانية"
        )
    ),
    # "عقد" alone is also the verbal noun ("المقرر عقدها في": due to be held on)
    "past_verb_before_date": re.compile(
        arabic_variants(
            rf"(?<!\w)(?:و|ف)?(?!عقد(?:ه|ها|هم|هما)?\s)(?:{_PAST_VERBS})(?:ه|ها|هم|هما)?(?:\s+\S+){{0,3}}?\s+(?:في|يوم)?\s*$"
        )
    ),
    "still_ahead": re.compile(
        arabic_variants(_PRESENT) + "|" + _source("في وقت لاحق|لاحقا|الليلة|مساء اليوم|سوف|من المقرر|المقرر|المقررة")
    ),
    # "إلغاء" cancels a meeting named near it, not "إلغاء الرسوم" (abolishing tariffs)
    "cancelled": re.compile(
        arabic_variants(r"(?<!\w)(?:و|ف)?(?:تم\s+|تقرر\s+)?(?:إلغاء|ألغي|ألغيت|ألغى|ألغت|يلغي|تلغي)\s+(?:\S+\s+){0,6}?")
        + _CANCEL_NOUNS
        + "|"
        + arabic_variants(
            rf"(?:{_MEETING_NOUNS})\S*(?:\s+\S+){{0,14}}?\s+(?:قد\s+)?(?:ألغي|ألغيت|ألغت|ألغى)(?!\w)"
            r"|(?<!\w)(?:تقرر|تم)\s+إلغاؤ(?:ه|ها)|(?<!\w)لن\s+(?:ي|ت)(?:عقد|نعقد|تم|جري)(?!\w)"
        )
    ),
    "postponed": re.compile(_source(_POSTPONE)),
    # just before a date, "had been scheduled for" or "originally": the date is an old one
    "superseded": re.compile(
        arabic_variants(
            r"(?<!\w)(?:و|ف)?(?:(?:كان|كانت|كانوا)\s+(?:من\s+)?(?:ال)?مقرر\S*|في الأصل|أصلا|أول الأمر)(?:\s+\S+){0,5}?\s*$"
            # with an aside between commas: "كان من المقرر أن تجتمع اللجنة، التي تراجع الالتزام، غدا"
            r"|(?<!\w)(?:و|ف)?(?:كان|كانت|كانوا)\s+(?:من\s+)?(?:ال)?مقرر\S*(?:\s+[^\s،]+){0,7}?\s*،[^،]{1,120}،\s*$"
        )
    ),
    "rescheduled_to": re.compile(
        arabic_variants(
            # (the meeting's long name between, then its first plan in an aside: "إرجاء الاجتماع الوزاري
            # الثالث لوزراء المياه في مصر والسودان وإثيوبيا حول سد النهضة، والذي كان مقررا ...، إلى")
            rf"(?:(?:{_POSTPONE}|نقل|تقديم|تغيير موعد|تعديل موعد)\S*(?:\s+[^\s،]+){{0,16}}?(?:\s*،[^،]{{1,150}}،)?\s+(?:إلى|الى|حتى)\s*"
            rf"|(?:{_POSTPONE})\S*(?:\s+\S+){{0,8}}?\s+(?:ل|كي\s+)(?:تعقد|يعقد|تنعقد|ينعقد|تقام|يقام)\s+"  # "... يومين لتعقد يومي"
            r"|(?:بدلا من ذلك|عوضا عن ذلك)\s+(?:في\s+)?|(?:الموعد الجديد|موعدا جديدا)\s+(?:\S+\s+){0,2}?(?:في|يوم)?\s*)"
            r"(?:يوم\s+)?$"
        )
    ),
    "old_date": re.compile(
        arabic_variants(
            r"(?:بدلا من|عوضا عن|(?:كان|كانت)\s+(?:\S+\s+){0,3}?(?:من\s+)?(?:ال)?مقرر\S*(?:\s+\S+){0,3}?\s+(?:في|يوم)?"
            r"|في الأصل\s+(?:في|يوم)?)\s*(?:يوم\s+)?$"
        )
    ),
    # before a date: elections, anniversaries, deadlines, the end of a mandate, a truce, a
    # press conference ("المقررة في 6 أيار" after "الانتخابات النيابية")
    "not_meeting_date": re.compile(
        arabic_variants(
            r"(?:انتخاب|اقتراع|استفتاء|تصويت|يصوت|الذكرى|ذكرى|مهلة|المهلة|أقصاه|الموعد النهائي|حيز التنفيذ|يسري|سريان"
            r"|ولاية|انتهاء|تنتهي|ينتهي|ولد|توفي|وفاة|بدلا من(?!\s+ذلك)|عوضا عن(?!\s+ذلك)|الهدنة|وقف إطلاق النار|عطلة|العيد|نتائج|النتائج"
            r"|مؤتمر\S*\s+(?:ال)?صحا?ف|ندو\S*\s+(?:ال)?صحا?ف|إيجاز\S*\s+(?:ال)?صحا?ف|(?:ال)?إحاط\S*\s+(?:ال)?إعلامي|مقابلة"
            # taking over a presidency: "تتسلم البرازيل رئاسة المجموعة من الهند في"
            # (the verb's stem only: the window before a date may cut its first letters)
            r"|(?:سلم|سلمت|سليم|تولي|تولى)\s+(?:\S+\s+)?(?:ال)?رئاسة)"
            # (words between, but no "that" opening what is said: "قال في مؤتمر صحفي إن الاجتماعات تنطلق غدا")
            r"\S*(?:\s+(?!(?:إن|أن|بأن|إنه|أنه|إنها|أنها)(?:\s|$))\S+){0,4}?\s*(?:في|يوم|منذ|من|:)?\s*$"
        )
    ),
    "deadline_prep": re.compile(arabic_variants(r"(?<!\w)(?:بحلول|قبل|بعد|منذ|حتى|لغاية|قبيل)\s+(?:يوم\s+)?$")),
    "since": re.compile(
        arabic_variants(
            r"(?<!\w)(?:و|ف)?(?:منذ|حتى|لغاية|إلى\s+غاية)\s+(?:\S+\s+){0,1}$"
            r"|(?<!\w)(?:و|ف)?(?:منذ|حتى|لغاية|إلى\s+غاية)\s+(?:(?:يوم|مساء|صباح|ظهر|عصر|ليلة|غد|الغد|أمس)\s+){1,3}$"
        )
    ),
    # departures and returns ("يغادر ... يوم الأحد"); an arrival "يصل إلى بيروت" opens a visit
    "travel": re.compile(
        arabic_variants(
            r"(?<!\w)(?:و|ف)?(?:س)?(?:يغادر|تغادر|غادر|غادرت|مغادرة|يعود|تعود|عاد|عادت|العودة|عودته|عودتها|يرجع"
            r"|يصل|تصل|يصلون|وصول|وصوله|وصولها)"
            r"(?:\s+\S+){0,2}?\s+(?:في|يوم)?\s*$"
        )
    ),
    "travel_purpose": re.compile(
        arabic_variants(
            r"\s*،?\s*(?:\S+\s+){0,6}?(?:في|ل|لـ|للمشاركة في|لإجراء)\s*(?:ال)?(?:زيارة|محادثات|مباحثات|قمة|اجتماع|مؤتمر"
            r"|جولة|مشاورات|لقاء)"
        )
    ),
    "ends_on": re.compile(
        arabic_variants(
            r"(?<!\w)(?:و|ف)?(?:س)?(?:تنتهي|ينتهي|تختتم|يختتم|تختتم أعمالها|يختتم أعماله|ختام|اختتام|تنتهي أعمال)"
            r"(?:\s+\S+){0,2}?\s+(?:في|يوم)?\s*$"
        )
    ),
    "runs_until": re.compile(
        arabic_variants(
            r"(?<!\w)(?:و|ف)?(?:تستمر|يستمر|تتواصل|يتواصل|تمتد|يمتد|تختتم|يختتم|تنتهي|ينتهي)(?:\s+\S+)?\s+"
            r"(?:حتى|لغاية|إلى\s+غاية|إلى)\s*(?:(?:يوم|مساء|صباح|ظهر|عصر|ليلة|غد|الغد)\s+){0,3}$"
            r"|(?<!\w)(?:حتى|لغاية|إلى\s+غاية)\s+(?:(?:يوم|مساء|صباح|ظهر|عصر|ليلة|غد|الغد)\s+){0,3}$"
        )
    ),
    # a deadline after its date; a dateline's date: "تونس 25 مارس (وكالة) -"
    "deadline_after": re.compile(
        arabic_variants(r"\s*،?\s*(?:موعدا نهائيا|كموعد نهائي|موعدا أقصى|كحد أقصى|مهلة|كمهلة|أجلا|كأجل)(?!\w)")
        + r"|\s*\([^()]{1,40}\)\s*[-–—]"
    ),
    # "زيارة رسمية تستمر يومين", "تستغرق ثلاثة أيام"
    "duration": re.compile(
        arabic_variants(
            r"(?<!\w)(?:و|ف)?(?:س)?(?:تستمر|يستمر|تستغرق|يستغرق|تدوم|يدوم|لمدة|على مدى|على مدار)\s+(?:\S+\s+){0,2}?"
            r"(?:(?P<n>يومين|يومان|ثلاثة|أربعة|خمسة|ستة|سبعة)(?:\s+أيام)?|(?P<m>[2-7])\s+أيام)(?!\w)"
        )
    ),
    # press conferences, interviews, trading sessions; a sitting of a meeting told before
    # ("الجلسة الافتتاحية"; not the meeting it opens: "الجلسة الافتتاحية للاجتماع الوزاري"), a
    # dinner: not meetings of their own
    "not_diplomatic": re.compile(
        arabic_variants(
            r"مؤتمر\S*\s+(?:ال)?صحا?ف|إيجاز\S*\s+(?:ال)?صحا?ف|لقاء\S*\s+(?:تلفزيوني|صحا?في|إذاعي|متلفز)|حوار\S*\s+(?:صحا?في|تلفزيوني|مع صحيفة)"
            r"|جلس\S*\s+(?:التداول|تداول)|مؤتمر\S*\s+(?:الحزب|حزب)|الجلسة\s+(?:الأولى|الافتتاحية|الختامية|العامة)(?!\s+(?:لل|ل|ال)?(?:اجتماع|قمة|مؤتمر|دورة))"
            r"|مأدبة|حفل|(?:ال)?عشاء\s+عمل|زيار\S*\s+(?:ميدانية|تفقدية)"
            # a court's sitting: "جلسة محكمة جنايات القاهرة"
            r"|جلس\S*\s+(?:ال)?محكمة|جلس\S*\s+(?:ال)?محاكمة|جلس\S*\s+(?:ال)?نطق\s+بالحكم"
        )
    ),
    "corporate": re.compile(_words(_CORPORATE)),
    "private_subject": re.compile(
        _words(["الشركات", "التجار", "المستثمرون", "المستثمرين", "رجال الأعمال", "المصارف", "البنوك", "المتعاملون"])
    ),
    "private_venue": re.compile(_words(["مقر الشركة", "المصنع", "مصنع", "المصفاة", "مصفاة", "المنجم"])),
    # a parliament or cabinet holding its own sitting; as one side of talks ("بين وفدي المجلس
    # الأعلى للدولة ومجلس النواب") it is not domestic
    "domestic": re.compile(
        arabic_variants(
            # ("يعقد مجلسا البرلمان الفيدرالي جلسة مشتركة": its two houses)
            rf"(?<!\w)(?:و|ف)?(?:س)?(?:يعقد|تعقد|عقد|عقدت|يجتمع|اجتمع|ينعقد|تنعقد|يستأنف|تستأنف|يفتتح|تفتتح|يشرع|تشرع|يبدأ|تبدأ)\s+"
            rf"(?:(?:مجلسا|مجلسي|غرفتا|غرفتي)\s+)?(?:{_BODIES})"
            # and the sitting it holds: "يعقد مجلس نواب الشعب جلسة عامة"
            r"(?:\s+(?:جلسة|جلسات|اجتماعا)(?!\w))?"
            # appearing before a committee or a parliament: a hearing ("يمثل ... أمام لجنة الشؤون الخارجية")
            rf"|(?<!\w)أمام\s+(?:ال)?(?:لجنة|{_BODIES})"
            # the body, then its own sitting: "يستمع المجلس الوطني في جلسته", "الحكومة ستبحث في جلستها المقبلة"
            rf"|(?<!\w)(?:و|ف)?(?:{_BODIES})\s+(?:\S+\s+){{0,2}}?(?:في\s+)?(?:جلسته|جلستها|اجتماعه|اجتماعها|دورته|دورتها)(?!\w)"
            rf"|(?<!\w)(?:و|ف)?(?:ب|ل)?(?:ال)?(?:جلسة|جلسات|جلسته|جلستها|دورة|اجتماع|اجتماعات)\S*\s+(?:\S+\s+){{0,2}}?"
            rf"(?:ل)?(?:{_BODIES})|(?<!\w)(?:ال)?جلس\S*\s+(?:ال)?(?:تشريعية|برلمانية|أسبوعية|الأسبوعية)(?!\w)"
            r"|(?<!\w)(?:و|ف)?(?:ال|ل|لل)?(?:ناخب|اقتراع)"
            # sport: "يلتقي منتخبا مصر والسعودية في الجولة الخامسة"
            r"|(?<!\w)(?:و|ف)?(?:ال|ل|لل)?(?:مباراة|منتخب|ملعب|كأس العالم|نادي)"
        )
    ),
    "reporting": re.compile(
        arabic_variants(r"(?:محلل|خبير|مدير|رئيس|كبير)\S*\s+(?:\S+\s+){0,4}?في\s+(?:شركة|مجموعة|بنك)\s+(?:\S+\s+){0,2}")
    ),
    "anaphor": re.compile(_words(_ANAPHORS)),
    # "للمنظمة", "للحلف": a body of the organisation the article is about
    "body_anaphor": re.compile(_words(["للمنظمة", "للحلف", "للاتحاد", "للوكالة", "للتكتل", "للمجموعة", "للجامعة"])),
    # these two read the roles' English names (``roles_english``)
    "international_role": re.compile(
        r"permanent representatives|senior officials|counterparts?|donors|delegations|envoys?|undersecretaries"
    ),
    "group_role": re.compile(
        r"ministers|presidents|governors|heads|leaders|chiefs|secretaries|representatives|negotiators|officials|undersecretaries"
    ),
    "summit_words": re.compile(
        _source(
            "العربية|العربي|الخليجية|الخليجي|الإسلامية|الإسلامي|الأفريقية|الإفريقية|الأوروبية|الدولية|الدولي|الإقليمية"
            "|الثنائية|الثلاثية|الرباعية|العالمية|الاقتصادية|لتجمع|بريكس|العشرين|السبع|الأطلسي"
        )
        + r"|\b(?:G20|G7|BRICS|NATO)\b"
    ),
    "bilateral": re.compile(
        _source(
            "ثنائي|ثنائية|الثنائي|الثنائية|ثنائيا|ثلاثي|ثلاثية|الثلاثي|الثلاثية|رباعي|رباعية|متعدد الأطراف|متعددة الأطراف"
            "|زيارة دولة|زيارة رسمية|زيارة عمل|رؤساء الدول|البلدين|نظيره|نظيرته|نظيرها|نظرائه|وزراء الخارجية"
        )
    ),
    # "آخر اجتماع" (the last meeting); "اختتام القمة" (its closing day is not its start)
    "earlier_one": re.compile(arabic_variants(r"(?<!\w)(?:و|ف|ب|ل)?(?:آخر|سابق|السابق|اختتام|ختام)\s+$")),
    "unrealised": re.compile(_source("كان من المفترض|كان يفترض|كان من المفروض")),
    "looks_ahead": re.compile(_source("المقبل|المقبلة|القادم|القادمة|التالي")),
    "clause_break": re.compile(
        arabic_variants(
            r"[;؛]|\s-\s|(?<!\w)(?:و|ف)?(?:فيما|بينما|في حين|بعد أن|قبل أن|على أن|عقب|إذ|حين|عندما)(?!\w)"
            r"|،\s*(?:وسط|في ظل|على خلفية|بسبب)(?!\w)"
        )
        # "that" after a verb of saying: the frame of a report ("قال في مؤتمر صحفي في جنيف إن")
        # is not the meeting's clause
        + r"|(?<!\w)"
        + "".join(f"(?<!{arabic_variants(w)} )" for w in _NOT_A_FRAME)
        + arabic_variants(r"(?:إن|إنه|إنها|أن|أنه|أنها)(?!\w)")
    ),
    "topic": re.compile(
        _source(
            "لبحث|للبحث|لمناقشة|لدراسة|حول|بشأن|لتنسيق|للتحضير|لمتابعة|لإعداد|لاستكمال|تتناول|يتناول|لمراجعة|لتقييم"
            "|لصياغة|للتباحث|للتشاور|تهدف|يهدف|بهدف|لتعزيز|بأن|مفاده|مفادها|على خلفية|للسلام في|السلام في|حول السلام في|بشأن السلام في"
            # "مؤتمر السلام الخاص بسوريا": the conference on Syria, not in it
            # ("الاجتماع الثالث للمبعوثين الخاصين المعنيين بأفغانستان": the envoys concerned with it)
            "|الخاص|الخاصة|المتعلق|المتعلقة|المتعلقين|المعني|المعنية|المعنيين|المعنيون"
            # "جلسة ...، يبحث فيها جدول أعمال": what the sitting discusses
            "|يبحث فيها|تبحث فيها|سيبحث فيها|ستبحث فيها|يناقش فيها|تناقش فيها"
        )
    ),
    # where what is said begins: who is named after it is not who meets
    "reporter": re.compile(
        arabic_variants(r"\b(?:وفق ما|وفقا ل|بحسب|حسبما|حسب ما|نقلا عن|كما قال|كما أعلن|بأن|مفاده|مفادها)(?!\w)")
    ),
    "reporter_after_name": re.compile(
        arabic_variants(r"\s*،?\s*(?:في\s+(?:تصريح|بيان|مؤتمر صحفي|حديث|مقابلة|كلمة)|إن|إنه|إنها|أن|أنه|بأن)(?!\w)")
    ),
    "report_words": re.compile(
        _source("قال|قالت|أعلن|أعلنت|أكد|أكدت|أوضح|أوضحت|ذكر|ذكرت|صرح|أفاد|أفادت|نقلت|بحسب|وفق")
    ),
    "reported_after": re.compile(
        arabic_variants(
            r"(?<!\w)(?:و|ف)?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|صرح|صرحت|أوضح|أوضحت)\s+(?:\S+\s+){0,3}?"
            r"(?:عقب|بعد|إثر|في ختام)\s+(?:\S+\s+){0,2}$"
        )
    ),
    # between a meeting word and a date, words that give the date to something else ("يتزامن
    # اختتام القمة مع اقتراب موعد نقل السفارة في 14 مايو", "للتحضير لقمة ...")
    "cue_gap_breaks": re.compile(
        _source(
            "بعد|قبل|بينما|فيما|لكن|عندما|غير أن|إلا أن|حين|موعد|اقتراب|بالتزامن|تزامنا|يتزامن|تتزامن|للتحضير|تحضيرا"
            "|تمهيدا|استعدادا|قبيل|تسبق|يسبق|يسبقه|يسبقها"
        )
    ),
    "cue_gap_other_act": re.compile(arabic_variants(r"(?<!\w)و(?:س)?(?:ي|ت)\w{2,}")),
    "cue_gap_attached": re.compile(r"\s*"),
    "sequel": re.compile(_source("تليها|يليها|يليه|تليه|تعقبها|يعقبها|يعقبه|ثم|يسبقه|يسبقها")),
    "range_prep": re.compile(arabic_variants(r"(?<!\w)(?:من|بين|ما بين)\s*$")),
    "quote": re.compile(r"\"[^\"]{3,}\""),
    # "here"; "يصل ... إلى البلاد" (arrives in the country): the dateline's own country
    "here": re.compile(arabic_variants(r"(?<!\w)(?:هنا|إلى البلاد)(?!\w)")),
    "virtual": re.compile(
        arabic_variants(
            r"عبر\s+(?:تقنية\s+)?(?:ال)?(?:اتصال\s+(?:ال)?مرئي|فيديو|الاتصال عبر الفيديو|دائرة تلفزيونية)|بتقنية\s+(?:ال)?"
            r"(?:اتصال|فيديو)|(?<!\w)(?:ال)?افتراضي(?:ة|ا)?(?!\w)|(?<!\w)عن بعد(?!\w)|الاتصال المرئي|اتصال مرئي"
        )
    ),
    "going_to": re.compile(
        arabic_variants(
            r"(?<!\w)(?:و|ف)?(?:س)?(?:يتوجه|تتوجه|توجه|يسافر|تسافر|سافر|ينتقل|انتقل|يصل|تصل|وصل|يذهب|تذهب|رحلة|زيارة"
            r"|زيارته|زيارتها|جولة)(?:\s+\S+){0,3}?\s+$"
        )
    ),
    "past_after_place": re.compile(
        arabic_variants(
            r"\s+(?:(?:في|خلال)\s+\S+(?:\s+\S+)?\s+)?(?:الماضي|الماضية|أمس|سابقا|في وقت سابق|(?:عام|في)\s+(?:19|20)\d\d)"
        )
    ),
    "mission": re.compile(_words(["زيارة", "زيارته", "زيارتها", "جولة", "جولته", "رحلة", "مهمة"])),
    # "العاصمة البلجيكية" (the Belgian capital): the country's capital
    "capital_of": re.compile(arabic_variants(r"(?<!\w)(?:و|ف)?(?:ب|ل)?(?:ال)?عاصمة\s+") + r"(?P<adjective>[^\W\d_]+)"),
    # Arabic writes no capitals to tell where a name ends ("وزير الخارجية سامح شكري سيعقد"):
    # people are left to their roles and countries rather than named wrong.
    "person": NEVER,
}

# -- who: roles --------------------------------------------------------------------------------

# (Arabic words, the English name a calendar shows), the more specific first.
_ROLES = [
    ("وزراء الخارجية", "foreign ministers"), ("وزير الخارجية|وزيرة الخارجية", "foreign minister"),
    ("وزراء الدفاع", "defence ministers"), ("وزير الدفاع|وزيرة الدفاع", "defence minister"),
    ("وزراء المالية", "finance ministers"), ("وزير المالية|وزيرة المالية", "finance minister"),
    ("وزراء الاقتصاد|وزراء التجارة", "economy ministers"), ("وزراء الطاقة|وزراء النفط", "energy ministers"),
    ("وزير الطاقة|وزير النفط", "energy minister"), ("وزراء الداخلية", "interior ministers"),
    ("وزير الداخلية", "interior minister"), ("وزراء الري|وزيري الري|وزراء المياه", "water ministers"),
    ("وزراء الزراعة", "agriculture ministers"), ("وزراء الصحة", "health ministers"),
    ("رؤساء الدول والحكومات|رؤساء دول وحكومات|رؤساء الدول|القادة|قادة", "leaders"),
    ("المندوبون الدائمون|المندوبين الدائمين|الممثلون الدائمون|الممثلين الدائمين|المندوبون|المندوبين",
     "permanent representatives"),
    ("كبار المسؤولين|كبار الموظفين", "senior officials"),
    ("وكلاء وزارات الخارجية|وكلاء وزارة الخارجية", "foreign ministry undersecretaries"),
    ("نظيره|نظيرته|نظيرها|نظيريه|نظرائه|نظراءه|نظراؤه|نظرائهم", "counterparts"),
    ("المفاوضون|المفاوضين|كبير المفاوضين", "negotiators"), ("رؤساء الأركان|رئيس الأركان", "chiefs of staff"),
    ("محافظو البنوك المركزية|محافظي البنوك المركزية", "central bank governors"), ("السفراء", "ambassadors"),
    ("وفد|وفدا|وفدي|وفود|الوفد|الوفود", "delegations"), ("الوزراء|وزراء", "ministers"),
]  # fmt: skip
ROLES_ENGLISH = [(re.compile(_words(arabic.split("|"))), english) for arabic, english in _ROLES]
PATTERNS |= {
    "roles": re.compile(_words([w for arabic, _ in _ROLES for w in arabic.split("|")])),
    "generic_roles": frozenset({"ministers", "senior officials", "counterparts", "delegations", "negotiators"}),
}

# -- where -------------------------------------------------------------------------------------

_CHUNK = r"[^\s،,.؛:()\"«»/]+(?:\s+[^\s،,.؛:()\"«»/]+){0,3}"
_CITY_OF = r"(?:(?:ال)?(?:عاصمة|مدينة|منتجع|بلدة|جزيرة|ضاحية|دولة|إمارة|ولاية|محافظة|مملكة)\s+(?:ال\S+(?:ية|ي)\s+)?)?"  # "في العاصمة النرويجية أوسلو"
_VISIT_VERBS = ("يزور", "تزور", "نزور", "سيزور", "ستزور", "سنزور", "زار", "زارت")


@cache
def _major_places() -> str:
    """Countries, capitals and cities of a million people, by their Arabic names (a regex
    source): the object of "يزور" may come after the visitor ("سيزور الوزير فؤاد حسين عمّان")."""
    from diplocal.places import city_names, country_names

    names = [n for n, c in city_names("arabic").items() if c.capital or c.population >= 1_000_000]
    plain = {_MARKS.sub("", n) for n in (*names, *country_names(CODE))}
    return arabic_variants(alternation(n for n in plain if re.fullmatch(r"[\u0621-\u064a ]{3,}", n)))


def _place_patterns() -> dict[str, object]:
    """Where a meeting is: "في جنيف", "إلى بيروت", "في العاصمة النرويجية أوسلو", a summit or
    conference named for its city ("مؤتمر بغداد"); "ب" before a major place only
    ("بالقاهرة": "بيروت" and "بوركينا" are names of their own, and most words after "ب" are no
    place at all); after "يزور" the place may follow the visitor."""
    major = _major_places()
    visit = alternation(_VISIT_VERBS)
    return {
        "place_prep": re.compile(
            arabic_variants(
                r"(?<!\w)(?:و|ف)?(?P<prep>(?P<pp>(?:في|إلى|الى|حتى|(?:ب|ل)?(?:قمة|مؤتمر|منتدى|ملتقى))\s+\"?|(?=مدينة\s)|"
            )
            + rf"ب(?=(?:{major})(?!\w))|ب(?=(?:ال)?(?:عاصمة|مدينة|منتجع|بلدة|جزيرة|ضاحية)\s))"
            + rf"|(?P<vv>(?:{arabic_variants(visit)})\s+))"
            + rf"(?(vv)(?:\S+\s+){{0,4}}?(?=(?:{major})(?!\w))|{arabic_variants(_CITY_OF)})"
            + rf"(?=(?P<place>{_CHUNK}))"
        ),
        "venue_preps": frozenset({"في", "ب"}),
        "destination_preps": frozenset({"إلى", "الى", "حتى", *_VISIT_VERBS}),
        # "تستضيف جنيف", "تحتضن مدينة بوزنيقة", "تستعد العاصمة الإثيوبية أديس أبابا لاستضافة"
        "host": re.compile(
            arabic_variants(
                r"(?<!\w)(?:و|ف)?(?:س)?(?:(?:تستضيف|يستضيف|تحتضن|يحتضن|استضافت|استضاف|احتضنت)\S*\s+"
                r"|(?:تستعد|يستعد)\s+(?=(?:\S+\s+){1,4}?(?:ل|ب)(?:استضافة|احتضان)))" + _CITY_OF
            )
            + rf"(?=(?P<place>{_CHUNK}))"
        ),
    }


# -- titles ------------------------------------------------------------------------------------

# The English head noun a title uses for each meeting family.
HEADS = {
    LEMMA(word): english
    for word, english in (
        ("اجتماع", "meeting"), ("قمة", "summit"), ("مؤتمر", "conference"), ("زيارة", "visit"), ("محادثات", "talks"),
        ("مفاوضات", "negotiations"), ("مشاورات", "consultations"), ("لقاء", "meeting"), ("جلسة", "session"),
        ("دورة", "session"), ("جولة", "round of talks"), ("حوار", "dialogue"), ("منتدى", "forum"),
    )
}  # fmt: skip
TITLE_MODIFIERS = [
    (re.compile(_source(words)), english)
    for words, english in (
        ("طارئ|طارئة|طارئا|الطارئ|الطارئة", "emergency"),
        ("استثنائي|استثنائية|استثنائيا|الاستثنائي|الاستثنائية", "extraordinary"),
        ("غير رسمي|غير رسمية|غير الرسمي|غير الرسمية", "informal"),
        ("تشاوري|تشاورية|تشاوريا|التشاوري|التشاورية", "consultative"),
        ("تحضيري|تحضيرية|تحضيريا|التحضيري|التحضيرية", "preparatory"),
    )
]
# The article's own phrase for the meeting (kept as its original title): the meeting word and
# the words after it, up to a date, a preposition or a clause ("اجتماع طارئ لوزراء الخارجية العرب").
_DATE_WORD = arabic_variants(alternation([*_CLDR_MONTHS, *_CLDR_WEEKDAYS, *RELATIVE_DAYS, "يوم", "يومي", "الساعة"]))
TITLE_PATTERNS = {
    "title_complement": re.compile(r"^(?P<prep>)\s*(?P<np>(?:[^\s،,.؛:()\"«»/]+\s*){1,6})"),
    "title_date_words": re.compile(rf"{_DATE_WORD}|\d+|{arabic_variants(_AFTER)}"),
}
TITLE_BREAKS = frozenset(
    "في يوم يومي على إلى الى عبر خلال بمقر بحضور برئاسة بمشاركة وسط لبحث لمناقشة غدا اليوم أمس بعد قبل التي الذي حيث مع "
    "المقرر المقررة المقبل المقبلة القادم القادمة الجاري الماضي الماضية من اعتبارا ابتداء تستمر يستمر إن أن الساعة بتوقيت".split()
)


def build() -> LanguagePack:
    """The Arabic pack."""
    from diplocal.extract.lang.builder import build_pack

    pack = build_pack(
        code=CODE,
        name="Arabic",
        lemma=LEMMA,
        months=MONTHS,
        weekdays=WEEKDAYS,
        numbers=NUMBERS,
        relative_days=spellings(RELATIVE_DAYS),
        qualifiers=QUALIFIERS,
        units=UNITS,
        month_parts=MONTH_PARTS,
        slots=SLOTS,
        date_templates=DATE_TEMPLATES,
        anchors=ANCHORS,
        clock_slots=CLOCK_SLOTS,
        clock_templates=CLOCK_TEMPLATES,
        zone_words=ZONE_WORDS,
        day_parts=DAY_PARTS,
        meeting_words=MEETING_WORDS,
        patterns={**PATTERNS, **_place_patterns(), **TITLE_PATTERNS},
        abbreviations=frozenset(),
        title_words=frozenset({"بن", "أبو", "آل", "عبد"}),
        case_sensitive_names=False,
        extra={
            # "في عاصمة البلاد": the capital of the country named before, or the dateline's
            "country_capital": re.compile(arabic_variants(r"(?<!\w)(?:ب|في )?(?:ال)?عاصمة البلاد(?!\w)")),
            # what joins a day counted forward to the meeting it counts from: "في اليوم التالي للمؤتمر"
            "day_counted_from": re.compile(r"\s+(?:بعد\s+|(?=ل))"),
            # common nouns that a town's Arabic name is spelt as: "ميدان" is a square (not Medan)
            "not_town_words": frozenset({"ميدان"}),
            # a sentence that opens "instead" ("وبدلا من ذلك يلتقي الوزيران الثلاثاء") tells a meeting in
            # place of the one told before
            "instead": re.compile(r"^\W*" + _words(("بدلا من ذلك", "بدلاً من ذلك"))),
            # a sentence that opens on what comes first: its weekday is not the week told before's
            "before_that": re.compile(r"\W*" + _words(("قبل ذلك", "قبيل ذلك", "وقبل ذلك"), clitics=False)),
            # what comes before a dated meeting: "وتسبقها يومي الأحد والاثنين اجتماعات اللجنة"
            "preceded_by": re.compile(arabic_variants(r"(?<!\w)و?(?:تسبقها|تسبقه|يسبقها|يسبقه|سبقها|سبقه)(?!\w)")),
            # a source told after the meeting by no verb of its own (", according to an outline
            # circulated"): its verbs are the report's, no tense of the meeting's
            "source_after": re.compile(r"،\s*(?:بحسب|وفقا ل|حسب|وفق)"),
            # a day told of a precedent the meeting is compared with: "على غرار جولتي يناير وفبراير"
            "as_before": re.compile(r"(?:على غرار|كما (?:حدث |جرى )?في)\s+(?:\S+\s+){0,6}$"),
            # اجتماع يتساءل النص فقط عن انعقاده: "لم يتضح بعد ما إذا كان الرئيسان سيلتقيان"
            "open_question": re.compile(
                r"(?<!\w)(?:لم\s+يتضح|ليس\s+واضحا|غير\s+واضح|لا\s+يعرف|لم\s+يعرف|من\s+غير\s+المعروف|لم\s+يتأكد"
                r"|لم\s+يتحدد|لم\s+يحسم)\s+(?:\S+\s+){0,2}?(?:ما\s+)?إذا(?!\w)"
            ),
            # a state's own cabinet or chamber holding its sitting: what its topic names meets not
            "state_sitting": re.compile(arabic_variants(rf"(?<!\w)(?:{_BODIES})")),
            # a place that hosts the meeting, told by a relative clause: "Jeddah, which hosts the summit"
            "host_relative": re.compile(r"\s*(?:،\s*)?(?:التي|الذي)\s+(?:ت|ي|ست|سي)ستضيف"),
            # "وزيرا خارجية البلدين": the pair the text named before, not an organisation
            "two_countries": re.compile(r"(?:البلدين|الدولتين|للبلدين|للدولتين)"),
            # what joins a trip to the gathering it goes to: "سيتوجه الأربعاء إلى أنقرة للمشاركة في القمة
            # الثلاثية" dates the summit, not a visit of its own
            "to_meeting": re.compile(
                arabic_variants(r"(?<!\w)(?:للمشاركة\s+في|لحضور|للمشاركة\s+في\s+أعمال|لترؤس)\s+(?:\S+\s+){0,1}$")
            ),
            # the meeting another is held beside ("على هامش القمة، يوم الأحد، مباحثات"): the date is the other's
            "beside_of": re.compile(r"(?<!\w)(?:و)?على\s+هامش\s+$"),
            # a country that stays away ("without Russia") is no participant
            "without": re.compile(r"(?:^|\s)(?:بدون|دون|بغياب)\s+$"),
            # a day that comes back ("every Monday"): no one meeting's date
            "recurring": re.compile(r"(?:^|\s)(?:كل|كلّ)\s+(?:يوم\s+)?$"),
            # the day of a statement, not of the meeting it tells of ("أفاد بيان صادر عن رئاسة الجمهورية مساء
            # اليوم الجمعة بأن ..."), or of words to the press ("وقال للصحفيين اليوم الأربعاء إن المحادثات ستبدأ")
            # a verb of status comes first, then its subject, the day, and the meeting it acts on
            "status_verb_first": True,
            "statement_day": re.compile(
                r"(?:بيان|بلاغ)\s+(?:ال)?(?:صادر|صدر)\s+(?:عن\s+)?(?:[^\s،,.]+\s+){0,3}$"
                r"|(?:للصحفيين|للصحافيين|للصحافة|لوسائل\s+الإعلام|في\s+تصريحات?(?:\s+صحفية|\s+صحافية)?"
                r"|في\s+مؤتمر\s+صحفي|في\s+بيان)\s+$"
            ),
            # the day of a statement, set off by commas before what it says: "أعلن المكتب الإعلامي،
            # اليوم السبت، أن الأخير سيتوجه إلى طهران السبت المقبل"
            "statement_after": re.compile(r"\s*،\s*(?:أن|أنه|أنها|بأن|إن|إنه|إنها)(?!\w)"),
            # a photo's caption tells of the picture (a past meeting, a building), never of a
            # meeting to come: "PHOTO: leaders at the summit in June"
            # where the meeting told before is: "пройдёт там же накануне", "at the same venue"
            # between a weekday and the week it falls in: "يوم الخميس من الأسبوع المقبل"
            "week_of": re.compile(r"\s*،?\s*(?:من\s+)?"),
            # how far before a date "كان من المقرر" may stand, an aside between commas included
            "superseded_reach": 170,
            # a statement's day after a long subject: "أعلن كبير المفاوضين الإيرانيين علي باقري كني، اليوم الأربعاء،"
            "date_look_back": 70,
            # before the place a meeting is not held in: "في أديس أبابا بدلا من جيبوتي"
            "not_there": re.compile(r"(?:بدلا من|بدلاً من|عوضا عن|وليس في|لا في)\s+(?:في\s+)?$"),
            # before a range that is a move's two days: "تأجيل القمة من 17 إلى 21 ديسمبر"
            "moved_from": re.compile(
                r"(?:تأجيل|تأجيلها|تأجيله|أرجئت|أرجئ|تقديم|تقديمها|نقل موعد|تعديل موعد)(?:\s+\S+){0,3}\s+$"
            ),
            # a cancellation only for the time being is a postponement: "لن تعقد في الوقت الراهن"
            "for_now": re.compile(
                r"(?:في الوقت الراهن|في الوقت الحالي|حتى إشعار آخر|مؤقتا|مؤقتاً|في موعدها|في الموعد المحدد|كما كان (?:مقرر|مخطط)(?:ا|اً)?)"
            ),
            "same_place": re.compile(
                # "في المدينة نفسها" and "في المدينة ذاتها" alike (itself: نفس / ذات)
                r"(?:في (?:المكان|المدينة|الفندق|القاعة|القصر|المقر) (?:نفسه|نفسها|ذاته|ذاتها)"
                r"|في نفس (?:المكان|المدينة|الفندق))"
            ),
            # a day told as gone, whatever the tense around it: "11 مايو الماضي", "le 11 mai dernier"
            "day_gone": re.compile(r"\s+(?:الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة)(?!\w)"),
            "caption": re.compile(r"^\s*(?:صورة|الصورة)\s*[:|–-]"),
            # the words that move a meeting may stand before an aside in commas ("تم تأجيل الاجتماع
            # الوزاري لتحالف أوبك+، الذي يضم ...، إلى يوم الأحد 4 يونيو"): reach that far back
            "reschedule_reach": 200,
            # a meeting at an organisation's headquarters is at its seat
            "headquarters": re.compile(
                r"(?<!\w)(?:و|ف)?(?:ب|في\s+)?مقر\s+(?:ال)?(?:جامعة|منظمة|الأمانة|أمانة|حلف|الأمم|اتحاد|مجلس|مفوضية)"
            ),  # "بمقر الجامعة العربية", not "مقر الاجتماعات" (the meetings' venue)
            # A meeting named as what something else readies: the date before it is that other's.
            # a meeting that is the topic of something else: "مؤتمرا صحفيا ... يتناول فيه أهداف الزيارة"
            "topic_of_other": re.compile(
                r"(?<!\w)(?:يتناول|يتحدث|يستعرض|يشرح|يعرض|تتناول|تستعرض)\s+(?:فيه|فيها|خلاله)\s+(?:\S+\s+){0,2}$"
            ),
            "prepares_for": re.compile(
                r"(?<!\w)(?:للتحضير|تحضيرا|استعدادا|تمهيدا|قبيل|قبل|لتأكيد)\s+(?:ل|لل|ل?ال)?(?:\w+\s+){0,3}$"
            ),
            "script": "arabic",
            "inflected_names": True,
            # a name's lemma must be found inside the word (its clitics and endings cut), not another word
            "name_lemma_within": True,
            "strip_prefixes": strip_prefixes,
            # a foreign town's name as another transliteration spells it (see ``skeleton``)
            "skeleton": skeleton,
            "fold_letters": fold_letters,
            # a relative clause opening after a comma: its verb is not the main one
            "relative_opener": re.compile(r"[،,]\s*(?:\w+\s+){0,2}?(?:الذي|التي|الذين|اللذين|حيث)(?!\w)"),
            # forms of a country's name that are a common word first: "المالية", "مالية", "ماليا"
            # are financial ("وزارة المالية", "البيانات المالية"); Mali is "مالي", "المالي"
            "not_country": re.compile(r"(?:[وف]?(?:بال|لل|وال|ال|ب|ل|ك)?)مالي(?:ة|ا|ات)"),
            # the word for where a meeting is held: "the venue, the State House in Dar es Salaam"
            # a match's words: "يلتقي المنتخب الوطني نظيره التنزاني" is no meeting
            # a body's routine sitting ("اجتماعه الأسبوعي", "جلسته الأسبوعية")
            # a weekday naming a rite, not a date: "بعد صلاة الجمعة", "خطبة الجمعة"
            "rite_day": (re.compile(r"(?:صلاة|صلاه|خطبة|خطبه)\s+$"), NEVER),
            "routine_sitting": (NEVER, re.compile(r"\s+(?:ال)?أسبوعي(?:ة)?(?!\w)")),
            "sport": re.compile(
                r"(?<!\w)(?:و|ف)?(?:ال|ل|لل|ب)?(?:مباراة|مباريات|منتخب|كرة القدم|كرة السلة|كرة اليد|الفيفا|فيفا|مدرب|حارس المرمى"
                r"|تصفيات)"  # not "الدوري": a "regular" meeting as often as a league
            ),
            # "لقاءات منفصلة مع لي وكيشيدا": one meeting with each guest
            "each_apart": re.compile(r"(?<!\w)(?:منفصل\w*|كل على حدة|كلا على حدة|على حدة)"),
            # "عشية القمة، أي يوم الأحد": one day told twice
            "restated": re.compile(r"\s*[،,]?\s*(?:أي)\s*"),
            "where_clause": re.compile(r"[،,]\s+حيث(?!\w)"),
            # a verb of holding in a relative clause that ends the words between a meeting noun and
            # its date, with its host and place ("للقمة العربية الحادية والثلاثين التي تحتضنها الجزائر
            # يومي ..."): the date is the noun's, however long the aside (a plan undone, "التي كان
            # مقررا أن تستضيفها", is the verb's to tell)
            # a verb of holding told before its subject, the meeting (verb first): "وتعقد القمة ..."
            "held_verb_first": re.compile(
                arabic_variants(r"(?<!\w)(?:و|ف)?(?:س)?(?:تعقد|يعقد|تنعقد|ينعقد|تلتئم|يلتئم|تنطلق|ينطلق)\s+$")
            ),
            "held_before_date": re.compile(
                arabic_variants(
                    r"(?<!\w)(?:التي|الذي)\s+(?:س)?(?:تحتضنها|يحتضنها|تستضيفها|يستضيفها|تعقد|يعقد|تنعقد|ينعقد|تلتئم|يلتئم)"
                    r"(?:\s+[^\s،,.؛:]+){0,5}?\s+(?:(?:في|يوم|يومي)\s+)?$"
                )
            ),
            "sequenced": re.compile(r"(?<!\w)(?:بعد|قبل)\s+$"),
            "hosts_guest": re.compile(r"(?<!\w)(?:سيستقبله|يستقبله|سيستقبلها|يستقبلها)"),
            "venue_word": re.compile(r"(?<!\w)مكان (?:انعقاد|عقد)\w*"),
            # a meeting word inside a building's name ("مركز الملك عبد العزيز الدولي للمؤتمرات",
            # "بقصر المؤتمرات"), the building's noun with its clitics; with the article, only its
            # adjectives part it from the meeting word ("بالمركز الدولي للمؤتمرات"; not "في القصر
            # ذاته اجتماع"); a place after the name ends it ("... بالعاصمة أشغال الاجتماع")
            "building_before": re.compile(
                r"(?<!\w)(?:[وف]?[بلك]?(?:مركز|قاعة|قصر|دار)\s+(?:(?!(?:بال|في\s|أشغال|أعمال))[^\s،,.:؛]+\s+){0,6}"
                r"|[وف]?[بلك]?ال(?:مركز|قاعة|قصر|دار)\s+(?:ال\S+ي\s+){1,2})$"
            ),
            "building_reach": 60,
            # words right after a day counted from a meeting saying it counts from its last day
            # ("the day after the close of the summit")
            "after_close": re.compile(r"\s+(?:ل|على\s+)?(?:ختام|انتهاء|نهاية|اختتام)"),
            # words that open a relative clause, whose tense is its own
            "relative_after": re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?!\w)"),
            "list_joiners": frozenset({"و"}),
            # "au Caire ou à Doha": the words that offer places as alternatives
            "alternative_joiners": frozenset({"أو"}),
            # "المنامة في 24 أبريل /وكالة/ -": what opens a dateline's date besides a comma
            "dateline_opener": r"\s+في",
            "range_openers": ("بين", "ما بين"),
            "bare_hours": True,  # every clock template needs "الساعة" or minutes
            "months_needing_qualifier": _AMBIGUOUS_MONTHS,
            "relative_weeks": spellings(RELATIVE_WEEKS),
            "relative_months": spellings(RELATIVE_MONTHS),
            "anaphoric_days": spellings(ANAPHORIC_DAYS),
            "days_told_before": frozenset(spellings({"ذلك اليوم": 0})),
            "nth_days": spellings(NTH_DAYS),
            "roles_english": ROLES_ENGLISH,
            "heads": HEADS,
            "title_modifiers": TITLE_MODIFIERS,
            "title_break_words": TITLE_BREAKS,
            "title_trailing_drop": frozenset({"و", "في", "من", "على", "إلى", "عن", "مع"}),
            "title_leading_drop": frozenset({"ل", "من"}),
        },
    )
    # compile_grammar can be told where phrases may begin; build_pack does not pass it on
    return replace(
        pack,
        dates=compile_grammar(DATE_TEMPLATES, SLOTS, lookahead=_WORD_START),
        clocks=compile_grammar(CLOCK_TEMPLATES, CLOCK_SLOTS, lookahead=_WORD_START),
    )
