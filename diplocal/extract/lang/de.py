"""German: month and weekday names from CLDR, relative words and number words from
dateparser's locale data, word forms from simplemma, and the meeting, status, tense and
hedge words of German news (Germany, Austria, Switzerland) typed by hand."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from functools import cache

from diplocal.extract.lang.base import LanguagePack, MeetingWord, alternation, cached_lemma
from diplocal.extract.lang.calendar import calendar_words, relative_words
from diplocal.extract.memos import word_memo

CODE = "de"
IGNORE = re.IGNORECASE
_UP = "A-ZÄÖÜ"  # capital letters of German words
_LOW = "a-zäöüß"

# -- word forms ------------------------------------------------------------------------------


def _lemmatiser() -> Callable[[str], str]:
    """simplemma's German lemmatiser, given each word as written: German capitalises its
    nouns, and simplemma reads "Treffen" as the noun and "treffen" as the verb ("Reisen" ->
    "reise", "reisen" -> "reisen"). Acronyms in capitals are kept as they are."""
    import simplemma

    def lemma(word: str) -> str:
        if word.isupper():
            return word
        return str(simplemma.lemmatize(word, lang=CODE)).casefold()

    return cached_lemma(lemma)


LEMMA = _lemmatiser()


@cache
def _acronyms() -> frozenset[str]:
    """Organisation acronyms that German writes as words ("Nato", "Opec", "Asean")."""
    from diplocal.places import organisation_names

    return frozenset(n for n in organisation_names(CODE) if n.isalpha() and n.isupper() and len(n) >= 3)


# Endings of German nouns and adjectives ("Deutschlands", "Niederlanden", "Vereinigten",
# "russischen"), stripped from a name's words until a stem of four letters is left.
_NAME_ENDINGS = ("es", "en", "er", "em", "e", "s", "n")


@word_memo(65536)
def fold_name_token(token: str) -> str:
    """The key of a word of a name, the same for its inflected forms: "Deutschlands" and
    "Deutschland", "Vereinigten" and "Vereinigte", "russischen" and "russisch". The names
    and the text are keyed alike, so only agreement matters. German writes some acronyms as
    words ("Nato", "Opec"): they are the acronym. The key is in capitals, which the pack's
    lemmatiser leaves as they are."""
    token = token.rstrip(".")  # "Bellevue." at a sentence's end is "Bellevue"
    if (
        token[:1].isupper()
        and token[1:].islower()
        and token.upper() in _acronyms()
        and token.casefold() not in QUALIFIERS
    ):
        return token.upper()  # (but "Bis Freitag" opens a sentence with "until", not the BIS)
    word = token.casefold()
    stripped = True
    while stripped:
        stripped = False
        for ending in _NAME_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                word = word[: -len(ending)]
                stripped = True
                break
    if word.upper() in _acronyms():
        # "Albanese" cut down to "alba" is not ALBA; "Bis" is no BIS: a word, keyed so that
        # no acronym's key is its own
        return token.casefold()
    return word.upper()


def noun_forms(lemma: str) -> list[str]:
    """The forms of a noun that simplemma takes back to ``lemma`` ("Gipfel" -> Gipfel,
    Gipfels, Gipfeln), lower-cased: the endings a compound may carry."""
    import simplemma

    forms = []
    for ending in ("", "s", "es", "e", "en", "n", "er", "ern"):
        form = lemma + ending
        if str(simplemma.lemmatize(form, lang=CODE)).casefold() == lemma.casefold():
            forms.append(form.casefold())
    return forms


def adjective_forms(stems: Iterable[str]) -> list[str]:
    """Every ending of German adjectives: "nächst" -> nächste, nächsten, nächster..."""
    return [stem + ending for stem in stems for ending in ("e", "en", "er", "es", "em")]


# -- calendar --------------------------------------------------------------------------------

_CLDR_MONTHS, _CLDR_WEEKDAYS = calendar_words(CODE)
# Full names, and abbreviations (a name that begins a longer one of the same month: "jan",
# "sept"), which count only with their full stop ("Jan." is a month, "Jan" a first name).
MONTH_NAMES = {
    k: v
    for k, v in _CLDR_MONTHS.items()
    if not any(o != k and _CLDR_MONTHS[o] == v and (o.startswith(k) or len(k) <= 3) for o in _CLDR_MONTHS)
}
MONTH_ABBREVIATIONS = {k: v for k, v in _CLDR_MONTHS.items() if k not in MONTH_NAMES}
# Numeric months ("12.03.2024", "6.5."): read only right after a day and its full stop.
NUMERIC_MONTHS = {str(n): n for n in range(1, 13)} | {f"{n:02d}": n for n in range(1, 10)}
MONTHS = MONTH_NAMES | MONTH_ABBREVIATIONS | NUMERIC_MONTHS
# dateparser's three-letter weekday forms ("die", "mit", "don", "so"...) are common German
# words: only the full names and CLDR's two-letter abbreviations count.
WEEKDAY_NAMES = {k: v for k, v in _CLDR_WEEKDAYS.items() if len(k) > 3}
WEEKDAY_ABBREVIATIONS = {k: v for k, v in _CLDR_WEEKDAYS.items() if len(k) == 2}
# "Mittwochabend", "Dienstagmittag": a weekday joined with a part of the day.
DAY_PARTS_JOINED = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh")
WEEKDAYS = (
    WEEKDAY_NAMES
    | WEEKDAY_ABBREVIATIONS
    | {name + part: day for name, day in WEEKDAY_NAMES.items() for part in DAY_PARTS_JOINED}
)
# dateparser's locale data: its number words ("zwei" -> 2, for durations) and unit words.
_DATEPARSER: dict[str, list[object]] = importlib.import_module(f"dateparser.data.date_translation_data.{CODE}").info
NUMBERS = {
    str(word): int(str(value))
    for pair in _DATEPARSER["simplifications"]
    if isinstance(pair, dict)
    for word, value in pair.items()
    if str(value).isdigit() and str(word).isalpha()
} | {"eine": 1, "einen": 1}  # the forms of "ein" dateparser does not list ("um eine Woche")
_RELATIVE = relative_words(CODE)
RELATIVE_DAYS = _RELATIVE["days"]
_NEXT = adjective_forms(("nächst", "kommend", "folgend"))
_THIS = [*adjective_forms(("dies",)), "laufenden", "laufende"]
_LAST = adjective_forms(("vergangen", "letzt", "vorig"))
QUALIFIERS = (
    dict.fromkeys(_NEXT, "next")
    | dict.fromkeys(_THIS, "this")
    | dict.fromkeys(_LAST, "last")
    | {"am " + w: "next" for w in _NEXT}
    | {"am " + w: "last" for w in _LAST}
    | {"im " + w: "next" for w in _NEXT}
    | {"im " + w: "last" for w in _LAST}
    | {"an diesem": "this", "am": "on", "an": "on", "im": "in", "in": "in", "bis": "until", "bis zum": "until",
       "bis ende": "until", "seit": "since", "ab": "from", "ab dem": "from", "vom": "from", "von": "from",
       "vor": "before", "nach": "after", "während": "during", "zwischen": "between", "spätestens": "by",
       "anfang": "early", "mitte": "mid", "ende": "late", "später": "later", "der": "the", "des": "the",
       "im weiteren verlauf": "later"}
)  # fmt: skip
# Singular units only: "in den kommenden Wochen" is no week ("kommende Woche" is one); the
# genitive endings ("nächsten Monats") are the slot's.
UNITS = {
    str(word).casefold(): unit
    for unit in ("week", "month", "year")
    for word in _DATEPARSER[unit]
    if len(str(word)) >= 3
    and not any(
        len(str(o)) >= 3
        and str(o).casefold() != str(word).casefold()
        and str(word).casefold().startswith(str(o).casefold())
        for o in _DATEPARSER[unit]
    )
} | {"wochenende": "weekend"}
MONTH_PARTS = {"anfang": "early", "beginn": "early", "mitte": "mid", "ende": "late", "zu beginn": "early"}


def _words(words: Iterable[str], *, tail: str = r"(?![\w])") -> str:
    return rf"(?<![\w])(?:{alternation(words)}){tail}"


_MONTH_WORD = _words(MONTH_NAMES)
_MONTH = (
    rf"(?:(?i:{_MONTH_WORD})"
    rf"|(?:{alternation(k.capitalize() for k in MONTH_ABBREVIATIONS)})\."
    r"|(?<=\.)(?:1[0-2]|0?[1-9])(?=\.))"
)
_WEEKDAY = (
    rf"(?:(?i:{_words(WEEKDAYS.keys() - WEEKDAY_ABBREVIATIONS.keys())})"
    rf"|(?:{alternation(k.capitalize() for k in WEEKDAY_ABBREVIATIONS)})(?=\.,?\s*\d{{1,2}}\.\d{{1,2}}\.))"
)
_DAY = r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])\.?(?!\d)"
# "morgen" is tomorrow, "der Morgen" the morning: capitalised only where a sentence starts.
_REL = (
    rf"(?:(?i:{_words(w for w in RELATIVE_DAYS if w != 'morgen')})"
    r"|(?<![\w])morgen(?!\w)|(?<![\w,] )(?<![\w])Morgen(?!\w))"
)
_QUAL = rf"(?i:{_words(k for k in QUALIFIERS if QUALIFIERS[k] in ('next', 'this', 'last', 'on', 'in', 'until', 'since', 'from', 'before', 'after', 'during', 'by'))})"
_WHICH = rf"(?i:{_words(_NEXT + _THIS + _LAST + ['am'])}|(?:(?<=Ende )|(?<=Mitte )|(?<=Anfang ))(?:der|des))"
SLOTS = {
    "MONTH": _MONTH,
    "MONTH2": _MONTH,
    "DAY": _DAY,
    "DAY2": _DAY,
    "YEAR": r"(?:1[89]\d\d|2[01]\d\d)(?!\d)",
    "WEEKDAY": _WEEKDAY,
    "WEEKDAY2": _WEEKDAY,
    "REL": _REL,
    "REL2": _REL,
    "QUAL": _QUAL,
    "QUAL2": r"(?:Anfang|Mitte|Ende|später|(?i:im\s+weiteren\s+Verlauf))",
    "WHICH": _WHICH,
    "YQ": rf"(?i:{_words(_NEXT + _THIS + _LAST)})",  # "im November kommenden Jahres"
    "UNIT": rf"(?i:{_words(UNITS, tail='')})(?:s|es)?(?![\w])",
    "PART": r"(?:Anfang|Mitte|Ende|Beginn)",
    "RELWEEK": rf"(?i:{_words(_RELATIVE['weeks'])})",
    "RELMONTH": rf"(?i:{_words(_RELATIVE['months'])})",
    "TO": r"\s*(?:-|bis(?:\s+(?:zum|einschließlich))?|und(?:\s+am)?)\s*",
    "DAYPART": r"(?:\s+(?:früh|[Aa]bend|[Nn]achmittag|[Vv]ormittag|[Mm]ittag|[Nn]acht))?",
    "ART": r"(?:(?:dem|den)\s+)?",
    "ANAPHD": r"(?i:diesem Tag|jenem Tag|demselben Tag)",
    "ANAPHN": r"(?i:(?:einen|ein|zwei|drei|vier|fünf|sechs|sieben|\d)\s+Tage?n?\s+(?:nach|vor))",
    "ANAPH": r"(?i:selben Tag|gleichen Tag|nächsten Tag|darauffolgenden Tag|Folgetag|Vortag|Vorabend|Tag darauf|darauf)",
    # "Am Dienstag wird May in Berlin empfangen. Am Nachmittag reist sie weiter nach Paris":
    # a part of the day told alone is the day told before
    "ANAPHP": r"(?:(?:späteren|späten|frühen)\s+)?(?:Nachmittag|Abend|Vormittag|Mittag)",
    "NTH": r"(?i:ersten|zweiten|dritten|vierten|letzten|abschließenden)",
    # "am letzten Gipfeltag", "am zweiten Verhandlungstag", "am ersten Tag": a meeting's own day
    "NTHDAY": r"(?:Gipfel|Verhandlungs|Konferenz|Besuchs|Sitzungs|Beratungs|Tagungs)?(?i:tag)",
}
# A meeting's own days counted from its first: "am letzten Gipfeltag" (-1: its last).
NTH_DAYS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "letzten": -1, "abschließenden": -1}
# Days told by another day of the text: "am selben Tag", "am Vortag", "tags darauf".
ANAPHORIC_DAYS = {
    "selben tag": 0, "gleichen tag": 0, "nächsten tag": 1, "darauffolgenden tag": 1, "folgetag": 1,
    "tag darauf": 1, "darauf": 1, "vortag": -1, "vorabend": -1,
    "diesem tag": 0, "jenem tag": 0, "demselben tag": 0,
    **{f"{early}{part}": 0 for early in ("", "späteren ", "späten ", "frühen ")
       for part in ("nachmittag", "abend", "vormittag", "mittag")},
}  # fmt: skip
# (kind, template): the kind says how the generic reader takes the groups (see tag/dates.py).
# Ranges come before single days: at one position the first template that matches wins.
DATE_TEMPLATES = [
    ("day", r"(?:{QUAL}\s+)?{WEEKDAY}\.?,?\s+{ART}{DAY}\s*{MONTH}(?:\s+{YEAR})?"),
    ("days", r"{DAY}\s*{MONTH}(?:\s+{YEAR})?{TO}{DAY2}\s*{MONTH2}(?:\s+{YEAR})?"),
    ("days", r"{DAY}{TO}{DAY2}\s*{MONTH}(?:\s*{YEAR})?"),
    ("days", r"{DAY}{TO}{DAY2}\.{MONTH}\.{YEAR}?"),
    ("day", r"(?:{QUAL}\s+)?{WEEKDAY}\.?,?\s+{DAY}\.{MONTH}\.{YEAR}?"),
    # a press office's "am Montag (27.08.)": the weekday and its date in brackets, one day
    ("day", r"(?:{QUAL}\s+)?{WEEKDAY}\s+\(\s*{DAY}\.{MONTH}\.{YEAR}?\s*\)"),
    ("day", r"(?:{QUAL}\s+)?{WEEKDAY}\s+\(\s*{DAY}\s*{MONTH}(?:\s*{YEAR})?\s*\)"),
    ("day", r"{DAY}\.{MONTH}\.{YEAR}?"),
    ("day", r"{DAY}\s*{MONTH}(?:\s*{YEAR})?"),
    ("weekdays", r"(?:{QUAL}\s+)?{WEEKDAY}{TO}{WEEKDAY2}"),
    ("weekday_week", r"(?:am\s+)?{WEEKDAY}\s+{QUAL}\s+Woche"),
    ("weekday", r"(?:{QUAL}\s+)?{WEEKDAY}"),
    # "am Vortag", "am selben Tag", "tags darauf"; "am Vorabend des Gipfels" names its day's meeting
    ("anaphoric", r"(?i:am)\s+{ANAPH}(?!\s+(?:des|der|von)\b)(?![\w])"),
    ("anaphoric", r"(?i:tags)\s+{ANAPH}(?![\w])"),
    # "Am Nachmittag reist sie weiter": not "am Nachmittag des 5. Mai", nor "am Abend zuvor"
    ("anaphoric", r"(?<!\w)Am\s+{ANAPHP}(?!\s+(?:des|der|von|zuvor|davor|vorher)\b)(?![\w])"),
    # "Der 15. April markiert den Jahrestag. An diesem Tag ...": the day told just before
    ("anaphoric", r"(?i:an)\s+{ANAPHD}(?![\w])"),
    # "zwei Tage nach dem Treffen in London": counted from the meeting the article told before
    ("anaphoric", r"{ANAPHN}(?=\s+(?:dem|der|den)\s)"),
    ("nth_day", r"(?i:am)\s+{NTH}\s+{NTHDAY}(?![\w])"),
    ("relative", r"{REL}\s+und\s+{REL2}"),
    ("relative", r"(?:{QUAL2}\s+)?{REL}{DAYPART}"),
    ("period", r"{RELWEEK}"),
    ("period", r"{RELMONTH}"),
    ("period", r"(?:{QUAL2}\s+(?:in\s+)?)?{WHICH}\s+{UNIT}"),  # "später in dieser Woche": later this week
    ("month_part", r"{PART}\s+(?:{WHICH}\s+Monats|{MONTH}(?:\s+{YEAR})?)"),
    ("month", r"(?:{QUAL}\s+)?(?=[^\W\d]){MONTH}(?:\s+{YEAR}|\s+(?:des\s+)?{YQ}\s+Jahres)?"),
]
# Every date phrase holds one of these: the grammar is tried only near them.
ANCHORS = (
    rf"(?i:{_words(MONTH_NAMES)}|{_words(MONTH_ABBREVIATIONS, tail='')}\."
    rf"|{_words(WEEKDAY_NAMES, tail='')}|{_words(RELATIVE_DAYS)}|woche|wochenende|monats?(?![\w])"
    r"|selben tag|gleichen tag|nächsten tag|folgetag|vortag|vorabend|tags? darauf|(?:diesem|jenem|demselben) tag"
    r"|tagen? (?:nach|vor)|(?:ersten|zweiten|dritten|vierten|letzten|abschließenden)\s+\w*tag)"
    r"|Am\s+(?:(?:späteren|späten|frühen)\s+)?(?:Nachmittag|Abend|Vormittag|Mittag)"
    r"|\d\.\d{1,2}\.|(?<!\d)(?:19|20)\d\d(?!\d)"
)

# Clock times: "um 10 Uhr MEZ", "um 15.30 Uhr Ortszeit", "ab 9:00 Uhr", "um 18 Uhr deutscher
# Zeit", "um 8 Uhr Moskauer Zeit". A German time always says "Uhr" (or writes the minutes).
ZONE_WORDS = {
    "mez": "Europe/Berlin", "mesz": "Europe/Berlin", "cet": "Europe/Berlin", "cest": "Europe/Berlin",
    "gmt": "UTC", "utc": "UTC", "weltzeit": "UTC", "osz": "Europe/Athens", "oez": "Europe/Athens",
    "oesz": "Europe/Athens", "msk": "Europe/Moscow", "ortszeit": "local", "lokalzeit": "local",
    "deutscher zeit": "Europe/Berlin", "mitteleuropäischer zeit": "Europe/Berlin",
    "mitteleuropäischer sommerzeit": "Europe/Berlin", "österreichischer zeit": "Europe/Vienna",
    "schweizer zeit": "Europe/Zurich", "osteuropäischer zeit": "Europe/Athens", "est": "America/New_York",
    "edt": "America/New_York", "et": "America/New_York", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "ostküstenzeit": "America/New_York", "us-ostküstenzeit": "America/New_York",
    "westküstenzeit": "America/Los_Angeles", "us-westküstenzeit": "America/Los_Angeles",
}  # fmt: skip
DAY_PARTS = {"morgens": "am", "früh": "am", "vormittags": "am", "nachmittags": "pm", "abends": "pm", "nachts": "pm"}
CLOCK_SLOTS = {
    "H": r"[01]?\d|2[0-3]",
    "MI": r"[0-5]\d",
    "AMPM": r"morgens|früh|vormittags|nachmittags|abends|nachts",
    "ZONE": rf"(?:MESZ|MEZ|CEST|CET|GMT|UTC|OESZ|OEZ|MSK|EST|EDT|PST|PDT|(?i:{_words(k for k in ZONE_WORDS if len(k) > 4)}))",
    "CITY": rf"(?:[{_UP}][{_LOW}]+\s+)?[{_UP}][{_LOW}]+?",
    "CITYZONE": r"{CITY}er\s+Zeit\b",
}
CLOCK_TEMPLATES = [
    (
        "clock",
        r"(?<![\d.:]){H}(?:[:.]{MI})?\s*Uhr(?:\s+{AMPM})?(?:\s*\(?(?:{ZONE}|{CITYZONE})\)?)?",
    ),
    ("clock", r"(?<![\d.:]){H}:{MI}(?!\d)(?:\s+(?:{ZONE}|{CITYZONE}))?"),
]

# -- meeting words ---------------------------------------------------------------------------

# A character inside a clause: no sentence or clause mark, but a day's ordinal dot ("am 4. Mai").
_IN_CLAUSE = r"[^.;:!?]|(?<=\d)\."
# "Am Freitag fliegen beide Staatschefs gemeinsam nach Nizza": host and guest travel on
# together, a leg of the visit under way, no visit of one to the other
_BOTH_TOGETHER = r"(?!\s+(?:beide|die beiden)\b[^.;:!?]{0,40}?\bgemeinsam\b)"
# Lemmas: every form of the word counts ("Gipfels", "Gesprächen", "trafen", "berät").
MEETING_WORDS = [
    MeetingWord("videokonferenz", "videoconference", False, 1.0, lemma=True),
    MeetingWord("videoschalte", "videoconference", False, 1.0, lemma=True),
    MeetingWord("videogipfel", "videoconference", False, 1.0, lemma=True),
    MeetingWord("videoschaltung", "videoconference", False, 1.0, lemma=True),
    MeetingWord("konferieren", "meeting", True, 0.85, lemma=True),
    MeetingWord("telefonat", "call", False, 0.8, lemma=True),
    MeetingWord("telefongespräch", "call", False, 0.8, lemma=True),
    MeetingWord("telefonieren", "call", True, 0.7, lemma=True),
    MeetingWord("gipfel", "summit", False, 1.0, lemma=True),
    MeetingWord("gipfeltreffen", "summit", False, 1.0, lemma=True),
    MeetingWord("spitzentreffen", "summit", False, 1.0, lemma=True),
    MeetingWord("ministerrat", "ministerial", False, 1.0, lemma=True),
    MeetingWord("ministertreffen", "ministerial", False, 1.0, lemma=True),
    MeetingWord("ministerkonferenz", "ministerial", False, 1.0, lemma=True),
    MeetingWord("ministerkomitee", "meeting", False, 0.85, lemma=True),
    # the noun (the verb "treffen" has the same lemma: compounds ending in -treffen are nouns)
    MeetingWord("zusammentreffen", "meeting", False, 0.9, lemma=True),
    MeetingWord("zusammenkunft", "meeting", False, 0.85, lemma=True),
    MeetingWord("sitzung", "meeting", False, 0.85, lemma=True),
    MeetingWord("session", "meeting", False, 0.85, lemma=True),
    MeetingWord("tagung", "meeting", False, 0.85, lemma=True),
    # an assembly of states meets as itself: "UN-Generalversammlung", "Weltgesundheitsversammlung"
    # (a company's "Hauptversammlung" is read as a company's, a "Bundesversammlung" as a country's own)
    MeetingWord("versammlung", "meeting", False, 0.75, lemma=True),
    MeetingWord("audienz", "meeting", False, 0.85, lemma=True),
    MeetingWord("gespräch", "talks", False, 0.85, lemma=True),
    MeetingWord("verhandlung", "talks", False, 0.9, lemma=True),
    MeetingWord("verhandlungsrunde", "talks", False, 0.9, lemma=True),
    MeetingWord("gesprächsrunde", "talks", False, 0.9, lemma=True),
    MeetingWord("konsultation", "talks", False, 0.9, lemma=True),
    MeetingWord("beratung", "talks", False, 0.75, lemma=True),
    MeetingWord("dialog", "talks", False, 0.7, lemma=True),
    MeetingWord("runde", "talks", False, 0.7, lemma=True),
    MeetingWord("konferenz", "conference", False, 0.75, lemma=True),
    MeetingWord("forum", "conference", False, 0.75, lemma=True),
    MeetingWord("besuch", "visit", False, 0.85, lemma=True),
    MeetingWord("reise", "visit", False, 0.7, lemma=True),
    MeetingWord("auslandsreise", "visit", False, 0.75, lemma=True),
    # verbs
    MeetingWord("treffen", "meeting", True, 0.9, lemma=True),
    MeetingWord("zusammenkommen", "meeting", True, 0.85, lemma=True),
    MeetingWord("zusammentreten", "meeting", True, 0.8, lemma=True),
    # A council named as the meeting itself ("im Rat für Allgemeine Angelegenheiten")
    MeetingWord(r"Rat (?:für )?(?:Auswärtige|Allgemeine) Angelegenheiten", "meeting", False, 0.8),
    MeetingWord("beraten", "meeting", True, 0.7, lemma=True),
    # "In New York befasst sich der UN-Sicherheitsrat am Montag mit der Krise": a body takes it up
    MeetingWord("befassen", "meeting", True, 0.55, lemma=True),
    MeetingWord("verhandeln", "talks", True, 0.8, lemma=True),
    MeetingWord("besuchen", "visit", True, 0.85, lemma=True),
    MeetingWord("empfangen", "visit", True, 0.8, lemma=True),
    # "lädt ... nach Berlin ein", "zu dem Macron nach Paris eingeladen hat": the guests' visit
    MeetingWord("einladen", "visit", True, 0.6, lemma=True),
    # "reist ... nach Kiew", but not "reist ... an" (arrives) or "reist ... ab" (leaves): the
    # separable verbs share the lemma "reisen", so the forms are written out
    MeetingWord(
        rf"(?:reist|reisen|reiste|reisten|gereist)(?!(?:{_IN_CLAUSE}){{0,80}}?\b(?:an|ab|heim|zurück)(?=\s*[.,;!?]|$))"
        rf"{_BOTH_TOGETHER}",
        "visit", True, 0.7,
    ),
    # "fliegt am Montag nach Washington": the flight to a place is the trip there (not "fliegt
    # ... ab", "fliegt ... zurück")
    MeetingWord(
        rf"(?:fliegt|fliegen|flog|flogen)(?=(?:{_IN_CLAUSE}){{1,80}}?(?<!zurück )\bnach\s+[{_UP}])"
        rf"(?!(?:{_IN_CLAUSE}){{0,80}}?\b(?:an|ab|heim|zurück|weiter)(?=\s*[.,;!?]|$)){_BOTH_TOGETHER}",
        "visit", True, 0.65,
    ),
    # "wird am Donnerstag in Ankara erwartet", "wird er in Minsk beim weißrussischen Staatschef
    # Alexander Lukaschenko erwartet": a visit (the host between, no comma)
    MeetingWord(
        rf"(?:in|zu)\s+[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+)?(?:\s+(?:bei|beim)\s+[^.,;:!?]{{3,80}}?)?\s+erwartet(?!\s+(?:man|dass)\b)",
        "visit", True, 0.75,
    ),
    # "kommt er am kommenden Freitag nach Berlin": a visit (not "nach Angaben", "nach Hause")
    MeetingWord(
        rf"(?:kommt|kommen|kam|kamen)(?=(?:{_IN_CLAUSE}){{1,80}}?\bnach\s+(?!(?:Angaben|Ansicht|Auffassung|Informationen"
        rf"|Einschätzung|Meinung|Berichten|Medienberichten|Darstellung|Aussagen?|Worten|Schätzungen|Ende|Abschluss|Beginn"
        rf"|Hause|Ablauf|Jahren|Monaten|Wochen|Tagen|Stunden)\b)[{_UP}])",
        "visit", True, 0.6,
    ),
    # as written: the noun "Treffen" (its lemma is the verb's), and the verb "tagen", whose
    # lemma is also what "nach wenigen Tagen" falls back to
    MeetingWord(r"Treffens?", "meeting", False, 0.9),
    # "wollen am Donnerstag ... wieder an einen Tisch kommen", "an den Verhandlungstisch zurückkehren"
    MeetingWord(r"an (?:einen|den) (?:gemeinsamen )?(?:Tisch|Verhandlungstisch)", "talks", True, 0.8),
    MeetingWord(r"tag(?:t|te|ten|en)|getagt", "meeting", True, 0.8),
    # "eröffnet ... eine Konferenz": the opening of a meeting named later in the clause
    MeetingWord(
        rf"(?:eröffnet|eröffnen|eröffnete)(?=(?:{_IN_CLAUSE}){{1,160}}?(?:Konferenz|Gipfel|Tagung|Sitzung|Session|Forum))",
        "conference", True, 0.75,
    ),
    # "sehen sich am Donnerstag in Brüssel wieder", "wenn sie sich wiedersehen": they meet again
    MeetingWord(
        rf"(?:sehen|sieht|sahen|sah)(?= sich\b)(?=(?:{_IN_CLAUSE}){{1,120}}?\bwieder\b(?=\s*[.,;!?]|$))|wiedersehen",
        "meeting", True, 0.8,
    ),
    # separable verbs: "kommen am Montag in Brüssel zusammen", "tritt am Freitag zusammen"
    MeetingWord(
        rf"(?:kommen|kommt|kamen|kam|treten|tritt|traten|trat)(?=(?:{_IN_CLAUSE}){{1,300}}?\bzusammen\b(?!\s+mit\b))",
        "meeting", True, 0.85,
    ),
]  # fmt: skip
# Compounds: "Außenministertreffen", "G7-Gipfel", "Staatsbesuch", "Regierungskonsultationen", "OSZE-Ministerrat".
_HEADS = {
    "gipfel": "gipfel", "treffen": "zusammentreffen", "besuch": "besuch", "konferenz": "konferenz",
    "sitzung": "sitzung", "session": "session", "tagung": "tagung", "gespräch": "gespräch", "verhandlung": "verhandlung",
    "konsultation": "konsultation", "beratung": "beratung", "versammlung": "versammlung",
    "ministerrat": "ministerrat",  # "OSZE-Ministerrat", "EU-Ministerrat" (a body's ministers in council)
}  # fmt: skip
COMPOUND_HEADS = dict(
    sorted(
        ((form, lemma) for head, lemma in _HEADS.items() for form in noun_forms(head.capitalize())),
        key=lambda item: -len(item[0]),
    )
)

# -- tense, hedges and status -----------------------------------------------------------------

# Participles of arranging: "ist für Dezember angesetzt", "hatte ... angekündigt" say when a
# meeting was set, not that it took place.
_ARRANGED = (
    r"geplant|angesetzt|vorgesehen|anberaumt|terminiert|erwartet|vereinbart|verabredet|angekündigt|bestätigt"
    r"|einberufen|eingeladen|gefasst|avisiert|anvisiert|festgelegt|verschoben|verlegt|vertagt|abgesagt|beantragt"
    r"|gefordert|vorgeschlagen|angestrebt|zugesagt|organisiert|gebeten|aufgerufen|angemeldet|genannt|gesagt"
    r"|gemeldet|mitgeteilt|gewesen"
    r"|gegen|geben|gehen|gelten"  # shaped like participles, but none
)
_AUX = r"hat|haben|hatte|hatten|ist|sind|war|waren|habe|hätte|hätten|sei|seien|wäre|wären"  # (and reported speech's)
_PARTICIPLE = (
    rf"(?!(?:{_ARRANGED})\b)(?:[a-zäöü]*ge[a-zäöüß]{{2,}}(?:t|en)|[a-zäöü]{{3,}}iert|begonnen|beendet|beschlossen"
    r"|besucht|verabschiedet|erreicht|unterzeichnet|verständigt|empfangen|verlassen|erzielt|entschieden|erklärt"
    r"|beraten|besprochen|erörtert|verhandelt|eröffnet)"
)
# Present perfect and pluperfect, in either order ("hatten sich ... getroffen", "getroffen hatten").
# (a party in brackets stands between them: "ist Angela Merkel (CDU) in die USA geflogen")
_PERFECT = rf"\b(?:{_AUX})\b(?:\s+[\w()-]+){{0,14}}?\s+{_PARTICIPLE}\b|\b{_PARTICIPLE}\s+(?:{_AUX}|worden)\b"
# "war Asselborn zu Gesprächen in Belgrad gewesen": been there (not "war für Mai geplant gewesen")
_PERFECT += rf"|\b(?:{_AUX})\b(?:\s+(?!(?:{_ARRANGED})\b)[\w()-]+){{1,14}}?\s+gewesen\b"
# Past forms that say a meeting took place ("trafen", "tagte", "fand ... statt")...
_PAST_EVENT = (
    r"trafen|traf|tagte|tagten|berieten|beriet|kamen|kam|fand|fanden|endete|endeten|begann|begannen|besuchte|besuchten"
    r"|empfing|empfingen|reiste|reisten|flog|flogen|verhandelten|ging|gingen|folgte|folgten|gab|gaben|billigten|billigte"
    r"|scheiterte|scheiterten|sprach|sprachen|redete|verließ|verließen|unterzeichneten|unterzeichnete|hielt|hielten"
)
# ...and every past form, those of reports and of arranging too ("sagte", "vereinbarten"): they
# date a weekday in the past, but say nothing of whether a meeting was held.
_PRETERITE = (
    _PAST_EVENT + r"|beschloss|beschlossen|einigten|verständigten|vereinbarten|forderten|lehnten|zeigte|zeigten"
    r"|stand|standen|sagte|sagten|teilte|teilten|mitteilte|mitteilten|erklärte|erklärten|bestätigte|bestätigten"
    r"|kündigte|kündigten|berichtete|berichteten|meldete|meldeten|hieß|lud|luden|rief|riefen|konnte|konnten|musste|mussten|durfte|durften|[a-zäöü]{3,}ierten?"
)
# The verbs of a report: a date beside them is the report's ("teilte die Ratspräsidentschaft am
# Samstag mit", ", wie ein Sprecher am Montag bestätigte", "hieß es am Donnerstag").
_REPORTING = (
    r"sagte|sagten|teilte|teilten|erklärte|erklärten|bestätigte|bestätigten|kündigte|kündigten|berichtete"
    r"|berichteten|meldete|meldeten|hieß\s+es|verlautete|twitterte|schrieb"
)
PATTERNS: dict[str, object] = {
    "future": re.compile(
        r"\b(?:wird|werden|werde|soll|sollen|solle|will|wollen|[Gg]eplant\w*|vorgesehen\w*|angesetzt\w*|anberaumt\w*|terminiert"
        r"|erwartet|bevorstehend\w*|anstehend\w*|kommend\w*|nächst\w*|künftig\w*|morgen|übermorgen|demnächst|später"
        r"|zu\s+(?:reisen|kommen|besuchen|treffen|empfangen|beraten|verhandeln|tagen)|zusammenzukommen|zusammenzutreffen"
        r"|plant|planen|beabsichtigt|beabsichtigen|stattfindet|stattfinde|beginnt|beginnen|beginne|startet|starten|stattfinden|findet\s+(?:[\w.-]+\s+){0,8}?statt|finden\s+(?:[\w.-]+\s+){0,8}?statt"
        r"|steh(?:t|en)\s+(?:[\w-]+\s+){0,4}?bevor|zur Vorbereitung|im Vorfeld|auf dem Programm|treffen sich|trifft sich"
        r"|(?:kommt|kommen|tritt|treten)\s+(?:[\w.-]+\s+){0,12}?zusammen|tagt|tagen|reist|empfängt|lädt"
        r"|eröffnet\s+(?:wird|werden))\b"
    ),
    "past": re.compile(
        rf"\b(?:{_PAST_EVENT}|getroffen|stattgefunden|getagt|zusammengekommen|zusammengetroffen|beraten\s+hatten"
        r"|beendet|abgeschlossen|gereist|gestern|vorgestern|vergangen\w*|vorig\w*|zuletzt|damals"
        r"|vor\s+(?:\w+\s+)?(?:Tagen|Wochen|Monaten|Jahren))\b"
        rf"|{_PERFECT}"
    ),
    "weak_past": re.compile(rf"\b(?:{_PRETERITE}|war|waren|hatte|hatten|bisher|bislang)\b|{_PERFECT}"),
    "perfect": re.compile(rf"{_PERFECT}|\b(?:bisher|bislang)\b"),
    "hedge": re.compile(
        r"\b(?:könnte|könnten|dürfte|dürften|möglicherweise|womöglich|vielleicht|eventuell|wahrscheinlich"
        r"|voraussichtlich|erwägt|erwägen|erwogen|denkbar|möglich|angeblich|falls|sofern|[Oo]b|hofft|hoffen"
        r"|vorgeschlagen|[Vv]orschlag|schlägt\s+(?:\w+\s+){0,4}?vor|angestrebt|anvisiert|ins Auge gefasst|unklar"
        r"|(?:ist|bleibt|noch|weiter)\s+offen"
        r"|noch nicht|im Gespräch|steht noch nicht fest|bald|zeitnah|Spekulation\w*|Gerücht\w*|frühestens)\b"
    ),
    "past_verb_before_date": re.compile(
        rf"\b(?:{_PRETERITE}|hatte|hatten|war|waren|sagte|sagten|erklärte|teilte|kündigte)\s+(?:sich\s+)?"
        r"(?:(?:bereits|schon|zuletzt|erst|noch)\s+)?(?:(?:am|im|vom|seit)\s+)?$"
    ),
    # "hatten sich die Teilnehmer ... verständigt": a reflexive pluperfect tells what happened
    "past_clause": re.compile(rf"\b(?:{_PAST_EVENT}|war|waren)\b|{_PERFECT}|\b(?:hatte|hatten)\s+sich\b"),
    "past_verb": re.compile(rf"\b(?:{_PRETERITE}|war|waren)\b|{_PERFECT}"),
    "still_ahead": re.compile(
        r"\b(?:wird|werden|soll|sollen|beginnt|beginnen|startet|eröffnet|später|noch|tagt|tagen|treffen|trifft"
        r"|kommen|kommt|findet|berät|beraten|Abend|abends)\b"
    ),
    "cancelled": re.compile(
        r"\b(?:[Aa]bgesagt|absagen|sag(?:t|te|ten)\s+(?:[\w.-]+\s+){0,20}?ab(?=\s*[.,;]|$)|fällt\s+(?:[\w-]+\s+){0,3}?aus(?=\s*[.,;]|$)"
        r"|fallen\s+(?:[\w-]+\s+){0,3}?aus(?=\s*[.,;]|$)|ausgefallen|ausfallen|abgeblasen|geplatzt|ersatzlos gestrichen"
        r"|vom Tisch|annulliert|nicht\s+(?:mehr\s+)?stattfinden|find(?:et|en)\s+(?:[\w-]+\s+){0,4}?nicht\s+"
        # (not as first planned, on its day: "findet nicht wie ursprünglich geplant am 9. Oktober statt")
        r"(?:wie\s+(?:ursprünglich\s+|zunächst\s+|eigentlich\s+)?(?:geplant|vorgesehen)\s+)?(?:am\s+\d{1,2}\.\s+[^\W\d_]+\s+)?statt"
        # "Den für Juni geplanten G8-Gipfel werde es nicht geben"
        r"|(?:wird|werde|würde)\s+es\s+(?:[\w-]+\s+){0,2}?nicht\s+(?:mehr\s+)?geben)\b"
    ),
    "postponed": re.compile(
        # (capitalised where they open the sentence: "Verschoben wird dagegen der Staatsbesuch ...")
        r"\b(?:[Vv]erschoben|verschiebt|verschieben|Verschiebung|[Vv]ertagt|vertagen|Vertagung|[Aa]ufgeschoben|hinausgeschoben"
        r"|auf Eis gelegt|auf unbestimmte Zeit"
        # a host that gives the meeting up: "Marokko wird den Gipfel am 7. April nicht ausrichten"
        r"|nicht\s+(?:mehr\s+)?aus(?:richten|tragen)|verzicht\w*\s+auf\s+die\s+Ausrichtung"
        # moved to a later time with no day: "das Treffen ins neue Jahr zu verlegen"
        r"|(?:ins neue Jahr|auf (?:einen )?späte(?:ren|r) (?:Zeitpunkt|Termin)|auf später)\s+(?:zu\s+)?verleg(?:t|en|te|ten))\b"
    ),
    "superseded": re.compile(
        r"\b(?:[Uu]rsprünglich|[Zz]unächst\s+(?:[\w.-]+\s+){0,6}?(?:geplant|vorgesehen|angesetzt|genannt|terminiert|angekündigt)"
        r"|[Ee]igentlich\s+(?:[\w.-]+\s+){0,6}?(?:geplant|vorgesehen|angesetzt)|[Ss]tatt\s+(?:am|im|des|der|dem|den|vom|zum|für)|[Ss]tatt(?=\s*$)"
        r"|[Aa]nstatt|anstelle"
        # "findet nicht wie vorgesehen am kommenden Montag statt": the day it was planned for
        r"|nicht\s+wie\s+(?:ursprünglich\s+|zunächst\s+)?(?:vorgesehen|geplant|angekündigt|vereinbart))\b"
    ),
    "rescheduled_to": re.compile(
        r"(?:(?:verschoben|verlegt|vertagt|vorgezogen|verschiebt|verlegen|verschieben)\s+(?:[\w-]+\s+){0,3}?(?:auf|bis)"
        r"\s+(?:den\s+|das\s+|zum\s+)?|(?:wird|wurde|werden|wurden|ist|sind)\s+(?:[\w-]+\s+){0,4}?auf\s+(?:den\s+)?"
        r"|(?:nun|jetzt|stattdessen)\s+(?:[\w-]+\s+){0,3}?(?:am|ab|vom|für|im)\s+(?:den\s+)?"
        r"|(?:[Ss]tatt|[Aa]nstatt|anstelle|nicht)\b[^;]{0,60}?\berst\s+(?:am|ab|vom|im)\s+)$"
    ),
    "old_date": re.compile(
        r"\b(?:[Ss]tatt|[Aa]nstatt|anstelle|nicht|ursprünglich|zunächst|eigentlich|von|vom)\b(?:\s+[\w-]+){0,3}?"
        r"\s+(?:am|für|auf|den|dem)?\s*$"
    ),
    "not_meeting_date": re.compile(
        r"(?:Frist|Stichtag|[Ww]ahl|[Ww]ahlen|Abstimmung|Referendum|Volksabstimmung|Inkrafttreten|in Kraft|gilt|gelten"
        r"|gültig|wirksam|Ablauf|Auszahlung|Lieferung\w*|Jahrestag|Gedenktag|Nationalfeiertag|Feiertag|geboren"
        r"|gestorben|starb|(?:wieder)?gewählt|veröffentlicht|aktualisiert|Stand|Akkreditierung|Anmeldeschluss|Anmeldung|[Dd]emonstration"
        r"|Kundgebung|Streik|Waffenruhe|Feuerpause|Ultimatum|Zölle|Sanktionen|gegründet|unterzeichnet|Amtsantritt)"
        r"\s*(?:ist|sind|war|am|vom|zum|im|bis|ab|:|,)?\s*(?:am|vom|zum|im|den|dem)?\s*$"
        # a presidency's day (its start), not one its holder invites to ("die Ratspräsidentschaft Mitte Mai")
        r"|(?:\w*[Pp]räsidentschaft|Vorsitz(?:es)?)\s+(?:am|ab|vom|zum)\s*$"
        rf"|(?:,\s*wie|\b(?:{_REPORTING}))\s+(?:[\w-]+\s+){{0,4}}?(?:am|vom|bereits\s+am)?\s*$"
    ),
    "deadline_prep": re.compile(
        r"\b(?:[Bb]is|[Ss]pätestens|[Vv]or|[Nn]ach|[Ss]eit|[Ii]nnerhalb|[Bb]innen)\s*(?:zum|zur|dem|den|Ende|Mitte|Anfang)?\s*$"
    ),
    # "seit Juni", "seit dem Terrorangriff der Hamas am 7. Oktober"
    "since": re.compile(
        r"\b(?:[Ss]eit|[Bb]is)\s+(?:[\w-]+\s+){0,2}$|\b[Ss]eit\s+(?:dem|der|den)\s+(?:[\w-]+\s+){1,3}(?:am|vom|im)\s+$"
    ),
    "travel": re.compile(
        # ("Vor der Abreise empfängt Merz am Wochenende ...": a time before it, no departure's day)
        r"(?<![Vv]or der )(?<![Nn]ach der )(?<![Vv]or seiner )(?<![Nn]ach seiner )(?<![Vv]or ihrer )(?<![Nn]ach ihrer )"
        r"(?<![Vv]or dem )(?<![Nn]ach dem )(?<![Vv]or seinem )(?<![Nn]ach seinem )"
        r"\b(?:Abreise|Ankunft|Abflug|Rückkehr|Heimreise|Rückreise|landet|landete|verlässt|verließ|kehrt|kehrte"
        r"|abreisen|abfliegen|zurückkehren|zurückkehrt|eintreffen|eintrifft|eintraf)\s+(?:[\w-]+\s+){0,2}$"
    ),
    "ends_on": re.compile(
        r"\b(?:endet|enden|endete|endeten|schließt|schließen|(?:dauert|dauern|läuft|laufen|geht|gehen)\s+(?:noch\s+)?bis)"
        r"\s+(?:[\w-]+\s+){0,2}$"
    ),
    # a deadline after its date; a reporting verb ending its clause: "wie Seibert am Montag ankündigte"
    "deadline_after": re.compile(
        r"\s+(?:als\s+)?(?:Frist|Stichtag|Wahl\w*|Abstimmung|Referendum|Deadline)\b"
        # "dem im April gewählten Präsidenten": the day of an election
        r"|\s+(?:wieder|neu)?gewählte[nmrs]?\b"
        # a vote that is the subject of the date's clause: "Am 6. Mai finden in Serbien Parlaments-
        # und Kommunalwahlen statt"
        r"|\s+(?:finden|findet)\s+(?:[\w.-]+\s+){0,5}?[\w-]*(?:[Ww]ahl|[Aa]bstimmung|[Rr]eferendum|[Vv]olksbefragung)(?:en)?\s+statt\b"
        r"|\s+(?:ankündigte|ankündigten|mitteilte|mitteilten|bekanntgab|bekanntgaben|erklärte|erklärten|sagte|sagten"
        r"|berichtete|berichteten|bestätigte|bestätigten)\s*[.,;]"
    ),
    "meeting_follows": re.compile(
        r"\s+(?:geplant|angesetzt|vorgesehen|anberaumt|angekündigt|terminiert|erwartet|beginnend|stattfindend"
        r"|anstehend|bevorstehend)\w*\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:Gipfel|[Tt]reffen|Sitzung|Tagung|Konferenz|[Bb]esuch"
        r"|Gespräch|Verhandlung|Runde|Konsultation|Beratung)\w*"
    ),
    "duration": re.compile(
        r"(?i:\b(?P<n>zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d{1,2})[- ]?tägig\w*"
        r"|\b(?P<m>zwei|drei|vier|fünf|sechs|sieben|\d)\s+Tage\s+(?:lang|dauer\w*)\b)"
    ),
    # which meetings are not diplomatic
    "not_diplomatic": re.compile(
        r"[Pp]ressekonferenz|Wirtschaftsgipfel|Unternehmergipfel|Nichtregierungsorganisation|[Pp]ressebegegnung|[Pp]ressestatement|[Pp]ressegespräch|[Pp]ressebriefing|\bBriefing"
        r"|\bAnhörung|[Gg]erichtsverhandlung|\bProzess|Hauptversammlung|Aktionärs|[Aa]ufsichtsrat|Vorstandssitzung"
        r"|Aufeinandertreffen|[Vv]ertagung|Runde der \w*[Ww]ahl|Wahlgang|Stichwahl|Fragestunde"
        # "treffen" of decisions and blows: "eine Entscheidung treffen", "schwer getroffen"
        r"|(?:Entscheidung|Vorbereitung|Vorkehrung|Maßnahme|Absprache|Auswahl)\w*\s+(?:zu\s+)?(?:treffen|getroffen|trifft|traf)"
        r"|(?:hart|schwer|empfindlich|tödlich|direkt)\s+(?:getroffen|treffen|trifft|traf)|Regierungsbefragung|Sitzungswoche|Börsen|[Hh]andelssitzung"
        # press events and private gatherings: "eine Medienkonferenz", "Treffen mit bis zu zehn Personen"
        r"|[Mm]edienkonferenz|[Mm]edienorientierung|Treffen\s+(?:von|mit)\s+(?:bis\s+zu\s+|höchstens\s+|maximal\s+)?\w+\s+Personen"
        # a government's or a parliament's own sittings at home: "der Bundesrat will an seiner Sitzung
        # vom Freitag", "mit der Konferenz der Kantonsregierungen" (but "die Frühjahrssession des
        # Menschenrechtsrats" is an international body's)
        r"|Kabinettssitzung|Kantonsregierung\w*|Landesregierung\w*|Ministerpräsidentenkonferenz|Landtag\w*"
        r"|Nationalrat\w*|Ständerat\w*|Bundesversammlung"
        r"|\b(?:an|in|zu)\s+(?:seiner|ihrer)\s+(?:wöchentlichen\s+|nächsten\s+)?(?:Plenar)?[Ss]itzung"
    ),
    "satisfy": re.compile(
        r"\s+(?:[\w.-]+\s+){0,3}?(?:eine|die|keine|alle|weitere)?\s*(?:Entscheidung|Vorbereitung|Vorkehrung|Maßnahme"
        r"|Absprache|Vereinbarung|Auswahl|Feststellung|Aussage)\w*\b"
    ),
    "corporate": re.compile(
        r"\b(?:Aktionär\w*|Hauptversammlung\w*|Dividende\w*|Übernahmeangebot\w*|Fusion\w*|Aufsichtsrat\w*"
        r"|Vorstandssitzung\w*|AG|GmbH|KGaA|Inc|Ltd|plc|Verwaltungsrat\w*"
        # an industry's maker: "Beim Winterthurer Maschinenbauer Aarwerk steht eine Generalversammlung bevor"
        r"|(?:Maschinen|Anlagen|Auto|Flugzeug|Fahrzeug|Schiff|Waggon|Motoren|Werkzeug)bauer\w*|\w+hersteller\w*"
        # members' and chambers' own gatherings: "auf der Jahresversammlung eines Verbands", "die
        # Außenhandelskammer lädt ein" (an organisation named beside it still makes it diplomatic)
        r"|Jahresversammlung\w*|Mitgliederversammlung\w*|\w*[Hh]andelskammer\w*"
        # business's own: "auf der Asien-Pazifik-Konferenz der Deutschen Wirtschaft"
        r"|(?<=der )(?:[Dd]eutschen )?Wirtschaft)\b"
    ),
    "domestic": re.compile(
        r"\b(?:Bundestag(?:es|s)?|Landtag\w*|Kabinett\w*|Koalitions\w+|Regierungskoalition|Fraktion\w*|Parteitag\w*"
        r"|Parteivorstand\w*|Parteikongress\w*|Parteispitze\w*|Aufsichtsrat\w*|Vorstand\w*|Hauptversammlung"
        # the assemblies of parties, towns and clubs: "eine Delegiertenversammlung der SVP"
        r"|(?:Delegierten|Mitglieder|Partei|Landes|Kreis|Bürger|Gemeinde|Vereins|Betriebs|Eigentümer|Gesellschafter)"
        r"versammlung\w*"
        r"|Gewerkschaft\w*|Betriebsrat\w*|\w*[Aa]usschuss\w*|\w*[Aa]usschüsse\w*|Nationalrat\w*|Unterhaus\w*|Oberhaus\w*"
        r"|Senat\w*|Kongress(?:es)?|Stadtrat\w*|Gemeinderat\w*|Ministerpräsidentenkonferenz|Bund-Länder\w*"
        # Swiss cantonal and federal chambers: "Der Landrat befasst sich am Mittwoch in einer Sondersitzung"
        r"|Landrat\w*|Kantonsrat\w*|Regierungsrat\w*|Ständerat\w*|Gro(?:ss|ß)e[nr]?\s+Rat(?:es)?|Kantonsparlament\w*"
        # the city-states' and Berlin's parliaments: "Die Bürgerschaft kommt am Mittwoch zu einer Sondersitzung zusammen"
        r"|Bürgerschaft\w*|Abgeordnetenhaus\w*|Stadtparlament\w*|Landesparlament\w*"
        r"|Länderchefs?|Landesregierung\w*|Innenministerkonferenz|Tarif\w*|Gericht\w*|Polizei\w*|Synode"
        r"|Nationale[nr]? Sicherheitsrat\w*|Bischofskonferenz|Investoren|Anleger|Händler|Analysten|Europaparlament\w*|Parlament\w*"
        # a chamber's plenary sitting: "Der Bundesrat tritt ... zu seiner nächsten Plenarsitzung zusammen"
        r"|Plenarsitzung\w*|Plenartagung\w*|Plenum"
        # a federation's own heads of states ("die Ministerpräsidentinnen und Ministerpräsidenten der
        # Länder") and a government's own coalition ("über eine Neuauflage der großen Koalition")
        r"|Ministerpräsident\w* der (?:Bundes)?[Ll]änder|[Gg]ro(?:ß|ss)e[n]? Koalition|Ampel-?[Kk]oalition"
        # a cabinet named alone ("Der Ministerrat tagt ... am Dienstag"; not "der SADC-Ministerrat"
        # nor "der deutsch-französische Ministerrat")
        r"|(?<=[Dd]er |[Dd]es |[Dd]em |[Dd]en )Ministerrat(?:es|s)?"
        # the Swiss government and the German and Austrian chambers of the states, as a body ("Der
        # Bundesrat will sich am Mittwoch an seiner ordentlichen Sitzung ..."; not "Bundesrat Cassis")
        r"|(?<=[Dd]er |[Dd]es |[Dd]em |[Dd]en )Bundesrat(?:es|s)?)\b"
    ),
    "private_subject": re.compile(
        r"\b(?:Händler|Unternehmen|Konzerne?|Firmen|Manager|Vorstandschefs?|Konzernchefs?|Banken|Investoren|Aktionäre"
        r"|Industrievertreter|Wirtschaftsvertreter|Geschäftsführer)\b"
    ),
    "private_venue": re.compile(
        r"\b(?:Werk|Werks|Fabrik\w*|Zentrale|Firmensitz|Konzernzentrale|Niederlassung|Raffinerie|Produktionsstätte)\b"
    ),
    "reporting": re.compile(
        r"\b(?:Analysten|Händler|Diplomaten|Beobachter|Experten|Kreise|Quellen|Insider)\s+(?:[\w-]+\s+)?(?:sagten|sagen"
        r"|erwarten|erwarteten|meinen|glauben|rechnen|berichteten|berichten)\b"
    ),
    "anaphor": re.compile(
        r"\b(?:[Dd]er|[Dd]ie|[Dd]as|den|dem|des|[Dd]ies\w*|ihr\w*|sein\w*|beim|zum|vom|im)\s+(?:(?:nächst|erst|selb|gleich)\w+\s+)?"
        r"(?:[a-zäöü][\w-]*\s+)?(?:Treffen|Sitzung|Gipfel|Gespräch|Tagung|Konferenz|Beratung|Verhandlung|Runde|Besuch|Reise"
        r"|Minister|Delegation|Zusammenkunft|Konsultation)\w*"
        # a compound after an article (not a possessive, whose owner the sentence names: "zu
        # ihren siebten Regierungskonsultationen"): "die Frühjahrssitzung", "der Staatsbesuch"
        r"|\b(?:[Dd]er|[Dd]ie|[Dd]as|den|dem|des|[Dd]ies\w*|beim|zum|vom)\s+(?:[a-zäöü][\w-]*\s+)?"
        r"[A-ZÄÖÜ0-9][\w]*?-?(?:treffen|sitzung|gipfel|gespräch|tagung|konferenz|beratung|verhandlung|runde"
        r"|Treffen|Gipfel|Runde)\w*"
        # "Am Donnerstag reist er nach Wien": who travels was named before
        r"|\b(?:reist|reiste|fliegt|flog|besucht|besuchte|empfängt|empfing)\s+(?:er|sie)\b"
        # "Stattdessen wollen sie am 4. und 5. Juni in Brüssel zusammenkommen": they, named before
        r"|\b(?:wollen|werden|sollen|möchten|wollten)\s+sie\b"
        # "Am Mittwoch wollen sich die vier in Minsk treffen": the people counted were named before
        r"|\b(?:wollen|werden|sollen|möchten|wollten)\s+(?:sich\s+)?(?:die\s+(?:beiden|drei|vier|fünf|sechs)|beide)\b"
        r"|\b[Dd]ie\s+(?:beiden|drei|vier|fünf|sechs)\s+(?:wollen|werden|sollen|treffen|kommen)\b"
        # "Diese kommen heute ebenfalls in Berlin zusammen": those just named
        r"|\b(?:Diese|Sie)\s+(?:kommen|treffen|tagen|beraten|verhandeln|wollen|werden|sollen)\b"
    ),
    "international_role": re.compile(
        r"donors|creditor governments|consultative group|counterparts|dialogue partners|producers|exporters|consumers"
        r"|importers|mediators|envoys"
    ),
    "group_role": re.compile(
        r"ministers|presidents|governors|heads|leaders|chiefs|secretaries|representatives|negotiators|nations|countries|powers"
        r"|officials|delegations|mediators"
    ),
    "summit_words": re.compile(
        r"\b(?:G7|G-7|G20|G-20|EU|Nato|NATO|Brics|BRICS|Asean|ASEAN|Opec|OPEC|UN|Uno|AU|OSZE)\b|[\w]+-Gipfel"
        r"|\b(?:europäisch|international|arabisch|afrikanisch|asiatisch)\w*"
    ),
    "earlier_one": re.compile(
        r"\b(?:vorig|vorherig|früher|vergangen|letzt|bisherig|zurückliegend)\w*\s+(?:[\w-]+\s+){0,2}$"
        # a meeting time is counted from has taken place: "der erste Kontakt seit dem Genfer Gipfel"
        r"|\bseit\s+(?:dem|der|den|ihrem|ihrer|seinem|seiner)\s+(?:[\w-]+\s+){0,2}$"
        # what is reacted to has happened: "Peking reagiert damit auf das Treffen ... am Mittwoch"
        r"|\breagier\w*\s+(?:damit\s+|darauf\s+)?auf\s+(?:das|den|die)\s+(?:[\w-]+\s+){0,1}$"
    ),
    "past_compound": re.compile(r"\b(?:früher|vorig|vergangen|letzt|mehrer|zahlreich|viel|bisherig)\w*\s+$"),
    "looks_ahead": re.compile(r"nächst|kommend|folgend", IGNORE),
    # clauses and who
    # before a status word its meeting is the subject of: "war abgesagt worden", "wurde verschoben"
    "passive_before": re.compile(r"\b(?:wurde|wurden|war|waren|ist|sind|wird|werden)\s+(?:[a-zäöüß]+\s+){0,2}$"),
    "clause_break": re.compile(
        # (not ", wo": "nach Luxemburg, wo am Freitag die Minister tagen" names the place of its clause)
        r"[;]|(?<!\d):(?!\d)|\s-\s|,\s+(?:aber|doch|jedoch|sondern|während|weil|da|nachdem|bevor|obwohl|wobei|womit"
        r"|wie|als|wenn|dass|sodass)\b|\b(?:aber|jedoch|nachdem|bevor|sondern)\b"
    ),
    "topic": re.compile(
        r"\b(?:über|um\s+(?:[\w-]+\s+){1,6}?zu|wegen|bezüglich|betreffend|mit Blick auf|vor dem Hintergrund|angesichts"
        r"|es\s+(?:[\w-]+\s+){0,3}?um|dreht\s+sich\s+(?:[\w-]+\s+){0,2}?um"  # "am Donnerstag geht es um Afghanistan"
        r"|(?:mit|zu|zur|zum)\s+(?:dem|der|den)?\s*(?:Krieg|Lage|Konflikt|Situation|Krise|Frage|Thema|Frieden|Putsch"
        r"|Staatsstreich|Angriff|Anschlag|Eskalation|Atomprogramm)\w*"
        r"|für (?:den )?Frieden)\b"
    ),
    "reporter": re.compile(
        r",\s+(?:wie\s+)?(?:[\w.'-]+\s+){0,8}?(?:sagte|sagten|sagt|mitteilte|mitteilten|teilte|berichtete|erklärte"
        r"|bestätigte|hieß)\b"
    ),
    "report_words": re.compile(
        r"berichtet|sagte|sagten|teilte|mitteilte|erklärte|bestätigte|kündigte|hieß es|laut|zufolge|meldete|schrieb"
    ),
    "cue_gap_breaks": re.compile(r"\b(?:nachdem|bevor|während|aber|jedoch|wenn|als|sondern|doch)\b"),
    "cue_gap_other_act": re.compile(
        r"\bund\s+(?:wird\s+|will\s+|soll\s+)?(?!(?:am|im|vom|bis|in|nach|ab)\b)[a-zäöü]{3,}\b"
    ),
    "cue_gap_attached": re.compile(r"\s*(?:(?!(?:und|oder|wird|werden|soll|sollen|aber|dann|sowie)\b)[\w.-]+\s+){0,4}"),
    "range_prep": re.compile(r"\b(?:[Vv]om|[Vv]on|[Zz]wischen)\s*$"),
    "possessive_before": re.compile(
        r"\b(?:ihr|ihre|ihrem|ihren|ihrer|ihres|sein|seine|seinem|seinen|seiner|seines|deren|dessen)\s+(?:[\w-]+\s+)?$"
    ),
    "plural_visit": re.compile(r"^Besuche[n]?$"),
    "reporter_after_name": re.compile(
        r"\s*(?:\([^)]{1,20}\))?,?\s+(?:sagte|sagt|sagten|erklärte|erklärt|betonte|teilte|berichtete|kündigte|bestätigte)\b"
    ),
    "joined_verb": re.compile(r"\b(?:und|dann)\s*$"),
    "travel_purpose": re.compile(
        r"\s*(?:,\s*)?(?:[\w-]+\s+){0,6}?(?:zu|zum|zur)\s+(?:einem|einer|den|dem|der|seinem|ihrem)?\s*(?:[\w-]+\s+){0,3}?"
        r"[\w-]*(?:[Bb]esuch|Gespräch|Gipfel|Treffen|Konferenz|Verhandlung|Konsultation|Tagung|Sitzung)"
    ),
    "body_anaphor": re.compile(
        r"\b(?:der|des)\s+(?:Organisation|Allianz|Bündnisses|Union|Staatengemeinschaft|Behörde|Gremiums|Kommission)\b"
    ),
    "capital_of": re.compile(rf"(?<![\w])(?P<adjective>[{_LOW}-]+isch)(?:e|en|er)\s+Hauptstadt\b(?!\s+[{_UP}])"),
    "unrealised": re.compile(
        r"\b(?:hätte|hätten)\s+(?:[\w.-]+\s+){0,6}?(?:sollen|stattfinden|beginnen)\b"
        r"|\b(?:sollte|sollten)\s+(?:[\w-]+\s+){0,6}?eigentlich\b|\beigentlich\s+(?:[\w-]+\s+){0,6}?(?:sollte|sollten)\b"
        # a plan told in the past: "Er wollte dort am Dienstag Pompeo treffen"
        r"|\b(?:wollte|wollten)\b"
    ),
    "quote": re.compile(r"\"[^\"]{3,}\""),
    "runs_until": re.compile(
        r"\b(?:dauert|dauern|läuft|laufen|geht|gehen|endet|enden|tagt|tagen)\s+(?:noch\s+)?bis\s+(?:zum\s+|einschließlich\s+)?$"
        r"|\bbis\s+(?:zum\s+|einschließlich\s+)?$"
    ),
    "bilateral": re.compile(
        r"\b(?:bilateral|trilateral|multilateral|zwischenstaatlich)\w*|\b(?:Staatsbesuch|Antrittsbesuch|Arbeitsbesuch"
        r"|Regierungskonsultation|Amtskolleg|Vieraugengespräch)\w*|\boffizielle[nr]?\s+Besuch|Staats- und Regierungschefs"
        r"|[Aa]u(?:ß|ss)enminister"
        # a foreign leader: "den französischen Präsidenten", "seinem polnischen Amtskollegen"
        # (the title's first letters are enough: the stage reads a window that may cut it)
        rf"|\b[{_LOW}]+isch(?:e|en|er|em)\s+(?:Staats|Regierungs|Minister)?(?:[Pp]räs|[Cc]hef|Kanz|Prem|Köni|Amtsk)"
        # a leader received: "empfängt Trump die Kanzlerin", "empfing den Präsidenten"
        r"|\b(?:empfängt|empfangen|empfing|empfingen)\s+(?:[\w-]+\s+){0,2}?(?:die|den)\s+(?:Kanzler|Präsident|Premier"
        r"|Ministerpräsident|König|Emir|Regierungschef|Staatschef)"
    ),
    "reported_after": re.compile(
        r"\b(?:sagte|sagten|erklärte|erklärten|betonte|teilte|kündigte|berichtete)\s+(?:[\w-]+\s+){0,7}?(?:nach|während|bei)\s+"
        r"(?:[\w-]+\s+){0,2}$"
    ),
    "sequel": re.compile(r"\b(?:gefolgt von|anschließend|danach|dann|im Anschluss|bevor|folg(?:t|en))\b"),
    # after a venue: ", einem Hotel bei Garmisch", or the town right after it ("auf dem
    # Petersberg in Königswinter"): the venue lies in that town
    "appositive_place": re.compile(
        rf"(?:,\s+(?:ein|eine|einem|einer|das|der|die|dem)\s+(?:[\w-]+\s+){{0,5}}?|\s+)(?:in|bei|nahe|nördlich von"
        rf"|südlich von|östlich von|westlich von)\s+(?P<place>[{_UP}][\w'’]*(?:[ -](?:[{_UP}][\w'’]*|(?:de|del|el|es|du|da|al)(?![\w'’])))*)"
    ),
    # places
    "venue_preps": frozenset({"in", "im", "auf", "bei", "am"}),
    "destination_preps": frozenset({"nach", "in die"}),
    "host": re.compile(
        rf"(?P<place>[{_UP}][\w'-]+(?: [{_UP}][\w'-]+)?)\s+(?:(?:ist|wird|war)\s+(?:[\w-]+\s+){{0,3}}?Gastgeber"
        # "Namibia richtet in der kommenden Woche das 38. Gipfeltreffen ... aus": the verb's bracket
        r"|richtet\s+(?:[\w.()-]+\s+){1,14}?aus\b)"
    ),
    "here": re.compile(r"\bhier\b|\bin dieser (?:\w+ )?(?:Stadt|Hauptstadt)\b"),
    "virtual": re.compile(
        r"[Vv]ideo(?:konferenz|schalte|gipfel|gespräch|verbindung|link|call)|per Video(?!\s+zugeschaltet)|virtuell"
        r"|(?<![\w-])online(?![\w-])|Telefonkonferenz|Telefonschalte"
    ),
    "going_to": re.compile(
        r"\b(?:reis\w*|flieg\w*|flog|komm\w*|kam|fahr\w*|Reise|Besuch\w*|aufbrechen|bricht|weiter)\b(?:\s+[\w-]+){0,4}?\s*$"
    ),
    "past_after_place": re.compile(
        r"\s+(?:(?:im|am|vom)\s+(?:[\w-]+\s+){0,2}?)?(?:(?:19|20)\d\d\b|vergangen\w*|letzt\w*|zuletzt|damals|gestern"
        r"|vorgestern)"
    ),
    "mission": re.compile(r"\b(?:Reise|Besuch|Mission|Rundreise|Auslandsreise)\b"),
    "headline_visit": re.compile(
        r"\b(?:BESUCH\w*|REIS\w*|KOMMT|FLIEGT)\s+(?:[\w-]+\s+){0,3}?(?:IN|NACH)\s+([A-ZÄÖÜ][A-ZÄÖÜ'-]+(?: [A-ZÄÖÜ][A-ZÄÖÜ'-]+)?)"
    ),
}

# -- who and where ---------------------------------------------------------------------------

_ROLE_STEMS = {
    "[Aa]u(?:ß|ss)enminister": "foreign minister", "[Vv]erteidigungsminister": "defence minister",
    "[Ff]inanzminister": "finance minister", "[Ww]irtschaftsminister": "economy minister",
    "[Hh]andelsminister": "trade minister", "[Ee]nergieminister": "energy minister",
    "(?:[Uu]mwelt|[Kk]lima)minister": "environment minister", "[Ii]nnenminister": "interior minister",
    "[Jj]ustizminister": "justice minister", "[Gg]esundheitsminister": "health minister",
    "(?:[Aa]grar|[Ll]andwirtschafts)minister": "agriculture minister", "[Ee]ntwicklungsminister": "development minister",
    "[Ee]uropaminister": "europe minister", "Minister": "minister",
}  # fmt: skip
_GROUP_ROLES = {
    r"Staats-\s+und\s+Regierungschef(?:s|innen)?": "heads of state and government",
    r"Regierungschef(?:s|innen)?": "heads of government", r"Staatschef(?:s|innen)?": "heads of state",
    r"Ressortchef(?:s|innen)?": "ministers", r"(?:Chef)?[Uu]nterhändler(?:n|innen)?": "negotiators",
    r"Vermittler(?:n|innen)?": "mediators", r"Amtskolleg(?:e|en|in|innen)": "counterparts",
    r"Delegation(?:en|sleiter|sleiterinnen)": "delegations", r"Generalstabschef(?:s)?": "chiefs of staff",
    r"(?:Notenbank|Zentralbank)(?:chefs|gouverneure)": "central bank governors",
    r"Sondergesandte[n]?": "envoys", r"Geberländer[n]?": "donors",
}  # fmt: skip
# plural only after its article ("die Präsidenten der Mitgliedstaaten"; "des Präsidenten" is one)
_PRESIDENTS = r"Präsident(?:en|innen)(?:\s+und\s+Präsident(?:en|innen))?"
_ROLE_BODY = "|".join(
    [rf"(?:Bundes)?{stem}(?:innen|in|n)?(?:\s+und\s+{stem}(?:innen|in|n)?)?" for stem in _ROLE_STEMS]
    + list(_GROUP_ROLES)
    + [rf"(?<=[Dd]ie\s){_PRESIDENTS}"]
)
# A role right before a full name is a title ("Außenminister Heiko Maas"): the person is named.
ROLES = re.compile(rf"(?<![\w])(?P<role>(?:[\w]+-)?(?:{_ROLE_BODY}))(?![\w])(?!\s+[{_UP}][{_LOW}]+\s+[{_UP}][{_LOW}]+)")
# A stem starts its word, after a prefix ("EU-", "Bundes"): "Landwirtschaftsminister" is no
# "Wirtschaftsminister".
_STEM_START = r"(?:(?<![a-zäöüß])|(?<=Bundes))"
# English names of the roles: "-in" is one woman, every other form may be plural.
ROLES_ENGLISH = [
    *((re.compile(_STEM_START + stem + r"in\b"), name) for stem, name in _ROLE_STEMS.items()),
    *((re.compile(_STEM_START + stem), name + "s") for stem, name in _ROLE_STEMS.items()),
    *((re.compile(pattern), name) for pattern, name in _GROUP_ROLES.items()),
    (re.compile(_PRESIDENTS), "presidents"),
]
_TITLES = (
    rf"(?:[\w]+-)?(?:[{_UP}][{_LOW}]*(?:präsident|kanzler|minister|sekretär|gesandte|unterhändler|kommissar|direktor"
    r"|botschafter|beauftragte|vorsitzende|koordinator|chef|premier|kolleg)|Präsident|Kanzler|Premier|Minister|König|Kronprinz"
    r"|Kolleg(?=e|in)|Prinz|Emir|Scheich|Sultan|Papst|Bundesrat|Botschafter|Kommissar|Direktor|Sprecher|Vorsitzende"
    r"|Gesandte)(?:innen|in|en|e|r|n)?"
)
_NAME_WORD = rf"[{_UP}][\w'’]+(?:-[{_UP}]?[\w'’]+)?"
PERSON = re.compile(
    # "der" and "den" only after "von"/"van" ("von der Leyen"): alone they are articles ("wird
    # Bundespräsident Joachim Gauck den Gast empfangen")
    rf"(?<![\w]){_TITLES}\s+(?P<name>{_NAME_WORD}(?:\s+(?:(?:de|van|von|da|di|du|le|la|al|el|bin|ten|ter|zu)\s+"
    rf"(?:(?:de|der|den|la|le|los|las)\s+)?)?{_NAME_WORD}){{0,2}})"
)
# A name without a title where only people stand: in apposition to a title ("die Außenminister
# Perus und Ecuadors, Ricardo Luna und María Fernanda Espinosa, kommen zusammen") or joined to a
# titled name ("Außenminister Ricardo Luna und María Fernanda Espinosa"). German capitalises its
# nouns, so a bare name needs two words, none of them a title.
_BARE_WORD = rf"(?!{_TITLES}\b)[{_UP}ÁÉÍÓÚÑÇÈÀŠŽČĆ][^\W\d_]+(?:-[^\W\d_]+)?"
_BARE = rf"(?P<name>{_BARE_WORD}(?:\s+(?:(?:de|van|von|der|al|el|bin|da|di|dos)\s+)?{_BARE_WORD}){{1,3}})"
_NAMES = rf"{_BARE_WORD}(?:\s+(?:(?:de|van|von|der|al|el|bin|da|di|dos)\s+)?{_BARE_WORD}){{1,3}}"
BARE_PERSON = (
    re.compile(rf"(?<![\w]){_TITLES}(?:\s+[\w-]+){{0,4}}?,\s+{_BARE}(?=\s*,|\s+und\s+[{_UP}])"),
    re.compile(rf"(?<![\w]){_TITLES}(?:\s+[\w-]+){{0,4}}?,\s+{_NAMES}\s+und\s+{_BARE}(?=\s*,)"),
    re.compile(rf"(?<![\w]){_TITLES}\s+{_NAMES}\s+und\s+{_BARE}(?=\s*[,.;]|\s+[{_LOW}])"),
)
SINGLE_NAME_TITLES = frozenset(
    prefix + title + ending
    for title in ("Kanzler", "Bundeskanzler", "Präsident", "Bundespräsident", "Staatspräsident", "Ministerpräsident",
                  "Premierminister", "Außenminister", "Aussenminister", "Bundesaußenminister", "Generalsekretär",
                  "König", "Kronprinz")
    for ending in ("", "in")
    for prefix in ("", "US-", "EU-", "Uno-", "UN-", "Nato-")
) | {"Premier", "Papst", "Emir", "Scheich", "Sultan", "Königin"}  # fmt: skip
_FUNCTION_WORDS = (
    "der die das den dem des ein eine einer einem einen eines im am zum zur vom beim ins und oder mit für in an auf "
    "von zu bei nach über aus sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer dessen deren sowie als"
).split()


def _not_names() -> frozenset[str]:
    """Capitalised words that never name a person: calendar words, countries (and their
    genitives), and function words at the head of a sentence."""
    from diplocal.places import country_names

    words = {w.capitalize() for w in (*MONTH_NAMES, *WEEKDAY_NAMES)}
    for name in country_names(CODE):
        words.update({name, name + "s"})
    words.update(w.capitalize() for w in _FUNCTION_WORDS)
    return frozenset(words)


_PLACE_FILLERS = (
    r"Stadt|Hauptstadt|Kurort|Badeort|Ostseebad|Seebad|Urlaubsort|Ferienort|Hafenstadt|Metropole|Grenzstadt|Region"
)
PATTERNS |= {
    "person": PERSON,
    "single_name_titles": SINGLE_NAME_TITLES,
    "honorifics": frozenset({"König", "Königin", "Prinz", "Kronprinz", "Emir", "Scheich", "Papst", "Sultan"}),
    "not_names": _not_names(),
    "roles": ROLES,
    "generic_roles": frozenset({"minister", "ministers", "counterparts", "negotiators", "delegations"}),
    "place_prep": re.compile(
        # not "nach Angaben des State Department" (according to), "nach Worten", "nach Ansicht"
        rf"(?<![\w])(?P<prep>[Ii]n die|[Ii]n|[Ii]m|[Aa]uf|nach(?!\s+(?:Angaben|Worten|Ansicht|Auffassung|Einschätzung"
        rf"|Informationen|Berichten|Darstellung|Aussagen|Meinung|Ende|Abschluss|Beginn)\b)|[Bb]ei)\s+"
        rf"(?:(?:der|dem|den|die|das)\s+)?"
        # "im saudi-arabischen Dschidda", "im Schwarzmeer-Kurort Sotschi"
        rf"(?:(?:[{_LOW}]+(?:-[{_LOW}]+)*(?:en|er|es|em|e)|(?:[{_UP}][\w]*-)?(?:{_PLACE_FILLERS}))\s+){{0,2}}?"
        # "in der weißrussischen Hauptstadt Minsk": the town, after its noun ("in der Region Gomel" is no town)
        # ("in Kuwait-Stadt stattfinden" is the town itself: a compound is a filler before a name)
        rf"(?!(?:{_PLACE_FILLERS.removesuffix('|Region')})\s|[{_UP}][\w]*-(?:{_PLACE_FILLERS})\s+[{_UP}])"
        rf"(?P<place>(?:St\.\s)?[{_UP}][\w'’]*(?:[ -](?:[{_UP}][\w'’]*|(?:de|del|el|es|du|da|al|an|am|ten|von|der|bei)(?![\w'’])))*)"
    ),  # "in St. Petersburg", "in St. Gallen"
    # titles
    "title_complement": re.compile(
        rf"^\s+(?P<prep>der|des|zwischen|mit|über|zur|zum)\s+(?P<np>(?:[{_UP}][\w.'-]*|[{_LOW}]+(?:en|er|es|e))"
        rf"(?:\s+(?:[{_UP}][\w.'-]*|der|des|und|\d+|[{_LOW}]+-[{_LOW}]+)){{0,6}})"
    ),
    "title_date_words": re.compile(
        rf"(?i:{_words([*MONTH_NAMES, *WEEKDAYS, *RELATIVE_DAYS, *_NEXT, *_THIS, *_LAST, 'woche', 'wochenende', 'monat', 'jahr'])})"
        r"|\d+\.?|\w+tägig\w*"
    ),
    "title_modifiers": frozenset(
        adjective_forms(
            "informell außerordentlich offiziell bilateral trilateral multilateral international europäisch jährlich "
            "regulär ordentlich virtuell hochrangig eintägig zweitägig dreitägig gemeinsam erst zweit dritt siebt "
            "deutsch-chinesisch deutsch-französisch transatlantisch".split()
        )
    ),
    "title_function_words": frozenset(_FUNCTION_WORDS),
    "title_subject": re.compile(
        rf"\b(?:[Dd]ie|[Dd]er|[Dd]as)\s+(?P<subject>[{_UP}][\w.'-]*(?:\s+(?:[{_UP}][\w.'-]*|der|des|und|\d+)){{0,6}})\s*$"
    ),
}

# A full stop after a day's number ends no sentence: "am 12. März", "vom 4. bis", "Mittwoch, 22.",
# "Donnerstagabend, 23. Mai".
NO_BREAK_BEFORE_PERIOD = re.compile(
    r"(?:(?<![\w.])(?:[Aa]m|[Vv]om|[Vv]on|[Bb]is|[Zz]um|[Dd]en|[Dd]em|[Dd]er|[Dd]es|[Dd]ie|[Dd]as|und|[Aa]b|[Ss]eit"
    r"|[Ff]ür|[Ss]tatt|[Zz]ur|[Mm]it|[Vv]or|[Nn]ach|[Ii]hr\w*|[Ss]ein\w*)\s+|(?:tag|woch|abend|morgen|mittag),?\s+|\d\.?\s*-\s*)(?:[12]\d|3[01]|0?[1-9])$"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}$"
    # an ordinal past a month's days after an article or a possessive: "zu ihrem 41. Gipfeltreffen"
    r"|(?<![\w.])(?:[Dd]e[mnrs]|[Dd]ie|[Dd]as|[Ii]hr\w*|[Ss]ein\w*|[Uu]nser\w*|[Zz]um|[Zz]ur|[Bb]eim|[Ii]m|[Aa]m)\s+\d{2,3}$"
)
ABBREVIATIONS = frozenset(
    [
        *MONTH_ABBREVIATIONS,
        *"dr prof nr str bzw ca vgl evtl ggf inkl usw etc mio mrd bzgl zzgl sog abs hl st gem u.a z.b d.h u.ä".split(),
    ]
)


def build() -> LanguagePack:
    """The German pack."""
    from diplocal.extract.lang.builder import build_pack

    return build_pack(
        code=CODE,
        name="Deutsch",
        lemma=LEMMA,
        months=MONTHS,
        weekdays=WEEKDAYS,
        numbers=NUMBERS,
        relative_days=RELATIVE_DAYS,
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
        patterns=PATTERNS,
        abbreviations=ABBREVIATIONS,
        title_words=frozenset({"der", "die", "das", "und", "für", "von", "van", "de", "da", "del", "al", "el", "bin"}),
        case_sensitive_names=False,
        compounds=True,
        extra={
            # "in der Hauptstadt des Landes": the capital of the country named before, or the dateline's
            "country_capital": re.compile(r"\bHauptstadt des Landes\b"),
            # a press conference's or a briefing's topic: "bei einer Pressekonferenz in Wien zu seiner Reise äußern"
            "topic_of_other": re.compile(
                r"(?:Pressekonferenz|Pressebriefing|Pressegespräch|Briefing|Anhörung|Ausstellung)\w*"
                r"(?:\s+[\w.-]+){0,4}?\s+(?:zu|über|zur|zum)\s+(?:(?:seine[rnms]?|ihre[rnms]?|de[rmns]|die|das|eine[rnms]?)\s+)?$"
            ),
            # a sentence that opens "instead" ("Instead, they will meet on Tuesday") tells a meeting in
            # place of the one told before
            "instead": re.compile(r"^\W*(?:[Ss]tattdessen|[Ss]tatt\s+dessen)\b"),
            # a source told after the meeting (", nach Angaben ...", ", teilte eine Sprecherin am
            # Montag mit"): its verbs are the report's, no tense of the meeting's
            "source_after": re.compile(rf",\s+(?:laut|nach Angaben|(?:{_REPORTING})\s)"),
            # a day told of a precedent the meeting is compared with: "Wie schon bei den Runden im
            # Januar und Februar sollen die Delegationen ... zusammenkommen"
            "as_before": re.compile(
                r"\bwie\s+(?:schon|bereits|zuletzt)\s+(?:bei|im|in|auf|vor|nach|am)\b\s*(?:[\w-]+\s+){0,6}$",
                re.IGNORECASE,
            ),
            # a meeting the text only asks about: "Ob er und Kagame aufeinandertreffen, galt als offen",
            # "Es ist unklar, ob die beiden sich treffen"
            # how far before a status word its subject, the meeting, may stand: German puts the
            # long subject first and the verb last ("Das für kommenden Montag in Prag geplante
            # Treffen der Außenminister Österreichs, Tschechiens und der Slowakei im sogenannten
            # Austerlitz-Format findet nicht statt")
            "status_subject_reach": 130,
            # "am Samstag wird es keine formellen Gespräche geben": none of them
            "none_of": re.compile(
                r"(?<!\w)(?:[Kk]ein|[Kk]eine|[Kk]einen|[Kk]einer|[Kk]einem)\s+(?:(?:weiteren?|neuen?|formellen?"
                r"|offiziellen?|direkten?)\s+){0,2}$"
            ),
            "open_question": re.compile(
                r"\b(?:unklar|offen|ungewiss|fraglich|nicht (?:bekannt|klar|sicher|entschieden)|ungeklärt)\s*,\s*ob\b"
                r"|(?:^|[.:]\s+)Ob\b[^.;:]{5,200}?,\s*(?:ist|war|bleibt|blieb|galt|gilt|scheint)\s+(?:[\w-]+\s+){0,3}?"
                r"(?:offen|unklar|ungewiss|fraglich|ungeklärt)\b"
            ),
            # a meeting verb whose separable particle makes it another verb: "trifft heute zu einem
            # Staatsbesuch in Moskau ein" arrives (eintreffen), it meets no one
            "separated_off": re.compile(
                rf"(?:trifft|treffen|trefft|traf|trafen)(?=(?:{_IN_CLAUSE}){{1,160}}?\bein(?=\s*(?:[.,;!?]|und\b|$)))"
            ),
            # a state's own cabinet or chamber holding its sitting: what its topic names meets not
            "state_sitting": re.compile(
                r"\b(?:Bundeskabinett|Kabinett|Bundestag|Bundesrat|Landtag|Nationalrat|Parlament)\w*"
            ),
            # a sentence opening on "there": the place the sentence before ends on
            "there": re.compile(r"\s*(?:Dort|Ebendort)\b"),
            # a pronoun holding the meeting the sentence before named: "Sie findet am 15. April statt"
            "held_pronoun": re.compile(
                r"(?:Es|Sie|Er|Dieser|Diese|Dieses)\s+(?:findet|finden|beginnt|beginnen|tagt|tagen)\b"
                # "Es soll am Mittwoch in Minsk stattfinden": the modal, the verb closing the clause
                # (a day's number with its point: "Es soll nun am 29. April stattfinden")
                r"|(?:Es|Sie|Er|Dieser|Diese|Dieses)\s+(?:soll|sollen|wird|werden)\b"
                r"(?=(?:[^.;:!?,]|(?<=\d)\.){0,120}?\b(?:stattfinden|beginnen|tagen)\b)"
                # the new day named as such: "Neuer Termin ist Mittwoch, der 16. Oktober"
                r"|(?:Neuer|Der neue)\s+Termin\s+(?:ist|sei|wäre)\b"
            ),
            # a town's adjective before a venue: "in den Hamburger Messehallen" is in Hamburg
            "city_adjective_suffix": "er",
            # "die Minister beider Länder": the pair the text named before, not an organisation
            "two_countries": re.compile(r"\bbeide[nr]?\s+(?:Länder|Staaten|Regierungen)\b"),
            "anaphoric_days": ANAPHORIC_DAYS,
            "nth_days": NTH_DAYS,
            # nouns are capitalised: an inflected one is no town's alternate name ("auf Reisen")
            "capitalised_nouns": True,
            # verb last: "auf Freitag vertagt", "auf den 3. Mai verschoben" (see pair.rescheduled_to)
            "rescheduled_lead": re.compile(r"\b(?:auf|bis)\s+(?:den\s+|das\s+)?$"),
            "rescheduled_after": re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:vertagt|verschoben|verlegt|vorgezogen)\b"),
            "days_told_before": frozenset({"diesem tag", "jenem tag", "demselben tag"}),
            # "zwei Tage nach dem Treffen" (the ANAPHN slot's words): the count and its direction
            "counted_days": re.compile(r"(?P<n>\w+)\s+tage?n?\s+(?P<direction>nach|vor)"),
            "counted_articles": {"einen": 1, "ein": 1},
            "anaphoric_directions": {"nach": 1, "vor": -1},
            # "former" before a country that no longer exists: its successors ("six former Soviet republics")
            "former_before": re.compile(r"\b(?:ehemalig\w*|[Ee]x)[\s-]+$", re.IGNORECASE),
            # a photo's caption tells of the picture (a past meeting, a building), never of a
            # meeting to come: "PHOTO: leaders at the summit in June"
            # where the meeting told before is: "пройдёт там же накануне", "at the same venue"
            # between a weekday and the week it falls in: "am Donnerstag der kommenden Woche"
            "week_of": re.compile(r"\s*,?\s*(?:der\s+)?"),
            # before the place a meeting is not held in: "in Addis Abeba statt in Dschibuti"
            "not_there": re.compile(
                r"\b(?:statt|anstatt|anstelle von|nicht|nicht mehr|nicht wie geplant)\s+in\s+$", re.IGNORECASE
            ),
            "not_going": re.compile(r"\b(?:statt|anstatt)\s+nach\s+$", re.IGNORECASE),
            # a body's routine sitting ("in ihrer wöchentlichen Sitzung")
            "routine_sitting": (
                re.compile(r"\bwöchentlich\w*\s+(?:[\w-]+\s+)?$", re.IGNORECASE),
                # "kommt am Dienstag zu seiner wöchentlichen Sitzung zusammen"
                re.compile(r"[^.;:]{0,60}?\b(?:zu|in)\s+(?:seiner|ihrer|der)\s+wöchentlichen\s", re.IGNORECASE),
            ),
            "private_gathering": re.compile(
                r"\s+(?:der\s+|von\s+|für\s+|mit\s+)?(?:[\w-]+\s+){0,2}?(?:Aktivist(?:en|innen)|Anhänger|Parteimitglieder"
                r"|Studenten|Studierende[rn]?|Investoren|Unternehmer|Wissenschaftler|Fans|Blogger|Journalist(?:en|innen))\b"
            ),
            # two ministries sharing one word: "die Außen- und Wirtschaftsminister" (see find_roles)
            "role_ellipsis": re.compile(
                r"(?<![\w-])(?P<head>[A-ZÄÖÜ][a-zäöüß]+)-\s+(?:und|oder|sowie)\s+(?:Bundes)?[A-ZÄÖÜ][a-zäöüß]*?"
                r"(?P<base>minister)(?:innen|in|n)?(?![\w])"
            ),
            # a cancellation only for the time being is a postponement: "findet vorerst nicht statt"
            # ("ist vorerst vom Tisch" is said of a plan dropped: a cancellation)
            "for_now": re.compile(
                r"\b(?:vorerst|vorläufig|bis auf Weiteres|bis auf weiteres|einstweilen|wie (?:ursprünglich |zunächst |eigentlich |bisher )?(?:geplant|vorgesehen)|zum geplanten Termin)\b"
                r"(?!\s+vom Tisch)"
            ),
            # a finite auxiliary right after a date opens a verb bracket the meeting verb closes
            "verb_bracket": re.compile(
                r"\s+(?:soll|sollen|will|wollen|wird|werden|muss|müssen|kann|können|möchte|möchten|dürfte|dürften)\b"
            ),
            # a separable verb after a fronted day, whose particle closes the clause a meeting noun
            # stands in: "Am Montag nehmen ... die Verhandlungen auf", "setzen ... die Gespräche
            # fort", "nimmt ... am Gipfel teil" (the noun's predicate, as a modal's bracket)
            "separable_bracket": (
                re.compile(r"\s+(?:nimmt|nehmen|setzt|setzen|führt|führen)\b"),
                re.compile(r"(?:[^\s,;:.!?]+\s+){0,3}(?:auf|fort|teil)\s*(?:[.,;:!?]|$)"),
            ),
            # the words after a meeting noun that close such a bracket: a few words, then the verb
            # in lower case ("... die Konferenz am Genfersee eröffnen.")
            # a conjunction opening a clause whose verb comes last ("wenn am Montag ... zusammentreten,")
            "verb_final_opener": re.compile(r"(?:^|[,;:(]\s*|\b)(?:[Ww]enn|[Ss]obald|[Bb]evor|[Ww]ährend)\s+$"),
            "bracket_close": re.compile(r"(?:[^\s,;:.!?]+\s+){0,3}[a-zäöüß]+\s*(?:[.,;:!?]|$)"),
            # after a "seit" date, a meeting that is running: "die seit dem 26.02. in Genf läuft"
            "runs_since": re.compile(r"\b(?:läuft|laufen|tagt|tagen|andauert|andauern|stattfindet|stattfinden)\b"),
            # a past auxiliary closing the clause a date stands in (German puts it last in a
            # subordinate clause): "eine Erklärung, die am Montagabend in Den Haag veröffentlicht wurde"
            # the perfect around a date: "ist am Freitag der Gipfel ... zu Ende gegangen" (the
            # auxiliary before the date, the participle last); "Überschattet wurde der Gipfel ..."
            "perfect_bracket": (
                re.compile(r"\b(?:ist|sind|hat|haben|hatte|hatten|war|waren)(?:\s+(?:er|sie|es|man|wir))?\s+$"),
                re.compile(
                    # (not a participle of arranging: "ist bis Freitag angesetzt" looks ahead)
                    r"[^,.;:!?\"„“«»]{0,120}?\b(?!(?:angesetzt|geplant|vorgesehen|terminiert|anberaumt|angekündigt"
                    r"|festgesetzt|festgelegt|verschoben|vertagt|verlegt|vorgezogen)\b)"
                    r"(?:[a-zäöü]*ge[a-zäöüß]+(?:en|t)|(?:be|ver|er|ent)[a-zäöüß]+t)"
                    r"(?=\s*(?:[.;:!?]|$))"
                ),
                re.compile(
                    r"\s*(?:[A-ZÄÖÜ][a-zäöüß]*ge|Über|Unter|Be|Ver|Er|Ent|Zer)[a-zäöüß]+(?:t|en)\s+(?:wurde|wurden)\b"
                ),
            ),
            "past_at_clause_end": re.compile(
                r"[^,.;:!?()\"„“«»]{0,90}?\b(?:wurde|wurden|worden|hatte|hatten|war|waren)(?=\s*(?:[,.;:!?)]|$))"
            ),
            # a country that stays away ("without Russia") is no participant
            "without": re.compile(r"\bohne\s+(?:die\s+|den\s+)?$"),
            # "on Friday, the first full day of a three-day state visit": it began the day before
            "first_full_day": re.compile(r"\bersten vollen (?:Tag|Besuchstag)\b", re.IGNORECASE),
            # a day that comes back ("every Monday"): no one meeting's date
            "recurring": re.compile(
                r"\b(?:jeden|jede|jedes)\s+$"
                # "wo der Rat traditionell im April, Juni und Oktober tagt": a habit, no date
                # ("Wie jedes Jahr im April, Juni und Oktober zieht der Rat ... nach Luxemburg": the same)
                r"|\b(?:traditionell|üblicherweise|normalerweise|gewöhnlich|jedes Jahr|alljährlich|jährlich)\s+"
                r"(?:im\s+|in\s+|am\s+)?(?:[\w-]+(?:,\s*|\s+und\s+))*$",
                re.IGNORECASE,
            ),
            "bare_person": BARE_PERSON,
            # a day told with the one it replaces: "am Freitag statt am Donnerstag"
            "instead_of": re.compile(r",?\s+(?:statt|anstatt|anstelle)\b", re.IGNORECASE),
            # a day denied for the one after it: "findet nicht mehr heute, sondern erst am Freitag statt"
            "not_but": (
                re.compile(r"\bnicht\s+(?:mehr\s+)?(?:wie\s+(?:geplant|vorgesehen)\s+)?(?:am\s+|schon\s+)?$"),
                re.compile(r"[^,;.:]{1,25}?,?\s+sondern\b"),
                re.compile(
                    r"\bnicht\b[^;.]{0,60}?,?\s+sondern\s+(?:erst\s+|schon\s+|bereits\s+)?(?:(?:am|ab|vom|im)\s+)?$"
                ),
            ),
            # an office named after the body it heads: "die Präsidenten des Europäischen Rates" (no meeting of it)
            "office_of": re.compile(r"\b(?:Präsident\w*|Vorsitzende\w*|Generalsekretär\w*|Chef\w*)\s+(?:des|der)\s+$"),
            "same_place": re.compile(
                r"\b(?:am selben Ort|am gleichen Ort|an (?:gleicher|derselben|selber|der gleichen) Stelle|ebenda|ebendort"
                r"|in derselben Stadt|in der gleichen Stadt"
                # (or building: "im selben Hotel", "im gleichen Konferenzzentrum")
                r"|im (?:selben|gleichen|demselben) (?:Hotel|Gebäude|Saal|Palast|Schloss|Konferenzzentrum|Kongresszentrum))\b",
                re.IGNORECASE,
            ),
            "caption": re.compile(r"^\s*(?:Foto|FOTO|Bild|Bildunterschrift)\s*[:|–-]"),
            # a meeting at an organisation's headquarters is at its seat
            "headquarters": re.compile(r"\b(?:Hauptquartier\w*|Hauptsitz\w*|Zentrale|Sitz)\b"),
            # papers head a story with its city and a full stop: "Wien. Drei Tage vor dem Ministerrat"
            "dateline_full_stop": True,
            # a state's style before its name: "in die Arabische Republik Ägypten"
            "state_style": re.compile(
                r"(?:[A-ZÄÖÜ][a-zäöüß]+\s+){0,2}(?:Republik|Königreich|Sultanat|Fürstentum|Emirat)\s+"
            ),
            # what joins a trip to the summit it goes to: "reist am Montag zum Ukraine-Gipfel"
            # dates the summit, not a visit of its own
            "to_meeting": re.compile(r"\b(?:zum|zur|zu den)\s+(?:[\w-]+\s+){0,2}$"),
            # a building named as the venue, in no town: "im Safari-Konferenzzentrum", "im Hotel Adlon"
            "at_a_building": re.compile(
                r"\b(?:im|ins|in der|in das)\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:[Kk]onferenzzentrum|[Kk]ongresszentrum"
                r"|[Hh]otel|[Pp]alast|[Pp]alais)\b"
            ),
            # who says it, named after the verb of saying: not who meets ("..., сообщил
            # журналистам помощник президента Юрий Ушаков")
            # who a report is from, before a venue's name: "nach Angaben des State Department"
            "source_before": re.compile(
                r"\b(?:nach Angaben|laut|zufolge)\s+(?:des|der|dem|den|vom|von der)?\s*$", re.IGNORECASE
            ),
            "reporter_before_name": re.compile(
                r",\s*(?:sagte|erklärte|betonte|bestätigte|kündigte|teilte|so)\s+(?:[\w.-]+\s+){0,7}$"
            ),
            # the meeting another is held beside: "will hold talks on the sidelines of Monday's
            # summit" dates the talks, not a summit of theirs
            "beside_of": re.compile(r"\bam Rande\s+(?:des|der|von)\s+$"),
            # a verb of holding that ends the words between a meeting noun and its date: the commas
            # before it set off an aside ("a summit, gathering France, Germany, Russia and Ukraine,
            # will be held on 9 December")
            # (its adverbs between: "findet nicht wie ursprünglich geplant am 9. Oktober statt")
            "held_before_date": re.compile(
                r"\b(?:findet|finden)\s+(?:(?:nicht|nun|doch|erst|bereits|schon|jetzt|wie|ursprünglich|zunächst"
                r"|eigentlich|geplant|vorgesehen)\s+){0,5}(?:am\s+|vom\s+)?$"
            ),
            # A meeting moved by a stated span: "um vier Tage verschoben", "um eine Woche vorgezogen".
            "shifted_by": re.compile(
                r"\bum\s+(?P<n>einen|eine|zwei|drei|vier|fünf|sechs|sieben|\d{1,2})\s+(?:Tage?|(?P<week>Wochen?))"
                r"\s+(?:\S+\s+){0,4}?(?:verschoben|verlegt|vertagt|(?P<earlier>vorgezogen))\b",
            ),
            # A meeting called off that is on again: its report revives it.
            # ("doch noch" of the meeting's own verb: "findet doch noch statt", not "doch noch eine
            # Einigung erzielen")
            "back_on": re.compile(
                r"\b(?:doch noch\s+(?:\S+\s+){0,3}?(?:statt|stattfinden|zustande|zusammen)|nun doch|wieder angesetzt"
                r"|findet doch)\b",
                IGNORE,
            ),
            # A meeting named as what something else readies: the date before it is that other's.
            # a sentence that opens on "separately": its meeting is not the one told before
            "separate_opening": re.compile(r"\s*(?:Getrennt davon|Unabhängig davon|Parallel dazu|Separat)\b"),
            # a sentence that opens on what comes first: its weekday is not the week told before's
            "before_that": re.compile(r"(?:Zuvor|Vorher|Davor|Vorab|Im Vorfeld|Als Vorbereitung)\b"),
            "separate": re.compile(
                r"\b(?:gesondert\w*|separat\w*|getrennt\w*|ein\w* weiter\w*|ein\w* zweit\w*)\s+(?:[\w\'’-]+\s+){0,2}$",
                IGNORE,
            ),  # "a separate meeting of Putin and Lukashenko": not the one told before
            # a pronoun for the meeting told before, and how long it runs: "Sie dauert bis zum 23. März"
            "ends_pronoun": re.compile(r"(?:Sie|Er|Es)\s+(?:dauert|dauern|endet|enden|läuft|laufen)\b"),
            # the decision told before reaches this sentence's meeting: "Die Entscheidung betrifft auch das Treffen"
            "same_fate": re.compile(
                r"(?:Die|Diese) (?:Entscheidung|Absage|Verschiebung|Maßnahme)\s+(?:\w+\s+)?"
                r"(?:betrifft|gilt|umfasst|erfasst|trifft)\b",
                IGNORE,
            ),
            "prepares_for": re.compile(
                r"\b(?:(?:zur|die|der)\s+Vorbereitung(?:en)?(?:\s+(?:auf|für))?|um\s+(?:[\w-]+\s+){1,4}?vorzubereiten"
                r"|im Vorfeld|vor)\s+"
                r"(?:des|der|dem|den|eines|einer|ihres|ihrer|seines|seiner)\s+(?:[\w'’-]+\s+){0,3}$",
            ),
            # the verb put last that readies the meeting named before it ("sollen am Dienstag
            # den Gipfel vorbereiten"): the date is the readying's
            "readied_after": re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?vor(?:zu)?bereiten\b"),
            "compound_heads": COMPOUND_HEADS,
            "no_break_before_period": NO_BREAK_BEFORE_PERIOD,
            "inflected_names": True,
            "fold_letters": fold_name_token,
            "bare_hours": True,
            # the verb of lasting after an "until" day, as a subordinate clause puts it last ("der
            # G7-Gipfel, der bis Samstag dauert"): that day ends a meeting dated before it
            "lasts_after": re.compile(r"\s+(?:an)?(?:dauert|dauern|läuft|laufen|geht|gehen)\b"),
            # before an "until" that a meeting still runs to: under way ("die noch bis Freitag läuft")
            "still_until": re.compile(r"\b(?:noch|bereits)\s+$"),
            # a relative clause opening after a comma: its verb is not the main one
            "relative_opener": re.compile(
                r",\s+(?:[\w-]+\s+){0,2}?(?:wo|welche[rsmn]?|der|die|das|dem|den|deren|dessen)\s+(?:[\w-]+\s+){0,6}?\w+(?:t|en)\s*(?:,|$)"
            ),
            # the word for where a meeting is held: "the venue, the State House in Dar es Salaam"
            # a match's words: "die Nationalmannschaft trifft am Dienstag auf Tansania" is no meeting
            "sport": re.compile(
                r"\b(?:Fußball\w*|Fussball\w*|Länderspiel\w*|Nationalmannschaft|Nationalelf|Qualifikationsspiel\w*|Anpfiff"
                r"|FIFA|UEFA|Rugby|Basketball|Handball|Volleyball|Bundestrainer|Stürmer|Torwart)\b",
                re.IGNORECASE,
            ),
            # "jeweils getrennt mit Li und Kishida": one meeting with each guest
            "each_apart": re.compile(r"\b(?:jeweils|getrennt\w*|einzeln|separat\w*|gesondert\w*)\b", IGNORE),
            # "Am Vortag, also am Sonntag": one day told twice
            "restated": re.compile(r"\s*,?\s*(?:also|d\.\s?h\.|das heißt)\s*,?\s*", IGNORE),
            # a status word fronted before its subject: "Abgesagt wurde dagegen ein für Dienstag geplanter Besuch"
            "status_object_reach": 60,
            "where_clause": re.compile(r",\s+wo\b"),
            "sequenced": re.compile(r"\b(?:[Nn]ach|[Vv]or)\s+(?:dem|der|den)\s+$"),
            "hosts_guest": re.compile(
                r"\b(?:empfängt|empfangen wird|begrüßt) (?:ihn|sie)\b|\bwird (?:ihn|sie) (?:\w+ ){0,6}?empfangen\b"
            ),
            # "Er trifft ...", "Vom 14. bis 16. Mai wird er ... führen": he whom the sentence before was about
            "subject_pronoun": re.compile(
                r"\s*(?:Er\b|(?!(?:Wie|Als|Wenn|Dass|Ob|Nachdem|Bevor|Während|Weil)\b)(?:[^\s,]+\s+){1,6}?er\b)"
                r"(?!\s+(?:sagte|sagt|erklärte|betonte|sagten))"
            ),
            # "Wie das Ministerium am Freitag mitteilte, wird er ...": he, after a fronted report
            "pronoun_after_report": re.compile(
                r"\s*(?:Wie|Nach Angaben)\s+[^,;:]{3,90}?(?:mitteilte|mitteilten|bekanntgab|bekanntgaben|erklärte"
                r"|bestätigte|ankündigte|berichtete|sagte|hieß|heißt|verlautete)?\s*,\s*(?:[^\s,]+\s+){0,3}?er\b"
            ),
            "venue_word": re.compile(r"\b(?:Tagungsort|Veranstaltungsort|Austragungsort|Verhandlungsort)\b"),
            # the venue named by a copula, no preposition before the town: "Tagungsort ist Toulouse"
            "venue_named": re.compile(
                r"\b(?:Tagungsort|Veranstaltungsort|Austragungsort|Verhandlungsort)\s+(?:ist|sei|wird|bleibt)\s+"
            ),
            # a count that announces a list: "cancelled the two stops: ... and ..."
            "list_count": re.compile(r"\b(?:zwei|drei|vier|beide[nr]?)\b", re.IGNORECASE),
            # The day a statement was made: "nannte Außenamtssprecher Esmail Baghaei am Montag in
            # Teheran den kommenden Samstag", "teilte das Ministerium am Dienstag mit": a verb of
            # saying, then its subject, then the day (a comma would start what is said)
            "statement_day": re.compile(
                r"\b(?:sagte|sagten|nannte|nannten|teilte|teilten|erklärte|erklärten|bestätigte|bestätigten"
                r"|betonte|betonten|berichtete|berichteten|meldete|meldeten)\s+(?:[^\s,.;:]+\s+){0,6}?(?:am\s+)?$"
            ),
            # what makes "the eve" another meeting's ("la veille du sommet"); "la veille" alone
            # is the day before the day told
            "eve_of": re.compile(r"\s+(?:des|der|vom|von)\b"),
            # words right after a day counted from a meeting saying it counts from its last day
            # ("the day after the close of the summit")
            "after_close": re.compile(r"\s+(?:nach\s+)?(?:dem\s+)?(?:Ende|Abschluss|Schluss)\b"),
            # a span to come, no day of its own: "within the next month", "innerhalb der nächsten Woche"
            "within_span": re.compile(r"\binnerhalb\s+(?:der\s+|des\s+)?$", re.IGNORECASE),
            # words that open a relative clause, whose tense is its own
            "relative_after": re.compile(r",\s+(?:die|der|das|dem|den|deren|dessen|welche[rsmn]?)\b"),
            # a modal told in the pluperfect: a plan that did not hold ("hatten ... zusammenkommen sollen")
            "unrealised_clause": re.compile(r"\b(?:hatte|hatten)\s+(?:[\w.-]+\s+){0,16}?[\w-]+\s+(?:sollen|wollen)\b"),
            # a move told as done before the news ("war das Treffen auf November vertagt worden")
            "moved_before": re.compile(
                r"\b(?:war|waren)\s+(?:[\w.-]+\s+){0,10}?(?:vertagt|verschoben|verlegt|vorgezogen)\s+worden\b"
            ),
            "list_joiners": frozenset({"und"}),
            # "au Caire ou à Doha": the words that offer places as alternatives
            "alternative_joiners": frozenset({"oder"}),
            "range_openers": ("zwischen", "zwischen dem"),
            "months_needing_qualifier": frozenset({"august"}),
            "relative_weeks": _RELATIVE["weeks"],
            "relative_months": _RELATIVE["months"],
            "roles_english": ROLES_ENGLISH,
            "title_leading_drop": frozenset({"der", "die", "das", "den", "dem", "des", "ihr", "ihre", "sein", "seine"}),
            "title_break_words": frozenset(
                {"in", "im", "am", "an", "auf", "zu", "zum", "zur", "für", "bei", "nach", "über"}
            ),
            "title_trailing_drop": frozenset({"der", "die", "das", "den", "dem", "des", "und", "ein", "eine"}),
            "subject_leading_drop": frozenset({"der", "die", "das", "des", "und"}),
        },
    )
