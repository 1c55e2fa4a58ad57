"""Russian: month and weekday names from CLDR and dateparser (every case form through the
lemmatiser), relative words from dateparser's locale data, and the meeting, status, tense and
hedge words of Russian news, typed here because no library has them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

import simplemma
from babel import Locale

from diplocal.extract.lang.base import NEVER, LanguagePack, MeetingWord, alternation, simplemma_lemma
from diplocal.extract.lang.builder import build_pack, calendar_slots
from diplocal.extract.lang.calendar import calendar_words, relative_words
from diplocal.extract.memos import word_memo

CODE = "ru"
IGNORE = re.IGNORECASE
LEMMA = simplemma_lemma(CODE)

# -- calendar (generated) ------------------------------------------------------------------

MONTHS, WEEKDAYS = (dict(table) for table in calendar_words(CODE))
_RELATIVE = relative_words(CODE)
RELATIVE_DAYS = dict(_RELATIVE["days"])
# dateparser gives "на следующей неделе"; the same weeks and months after "в конце", "в начале"
# are in the genitive ("в конце следующей недели"), and news says "будущей", "текущей" too.
_WHICH_GENITIVE = {"": 0, "этой ": 0, "текущей ": 0, "следующей ": 1, "будущей ": 1, "прошлой ": -1}
RELATIVE_WEEKS = dict(_RELATIVE["weeks"]) | {
    "на будущей неделе": 1, "на текущей неделе": 0, "на предстоящей неделе": 1,
    **{f"{which}недели": offset for which, offset in _WHICH_GENITIVE.items()},
}  # fmt: skip
RELATIVE_MONTHS = dict(_RELATIVE["months"]) | {
    "в будущем месяце": 1, "в текущем месяце": 0,
    **{f"{which.replace('ей ', 'его ')}месяца": offset for which, offset in _WHICH_GENITIVE.items()},
}  # fmt: skip


@cache
def _morphology() -> Any:
    import pymorphy3  # its Russian dictionary ships with pymorphy3-dicts-ru

    # no probability estimates: any reading tagged Geox will do, and they cost a third of a parse
    return pymorphy3.MorphAnalyzer(lang=CODE, probability_estimator_cls=None)


def _stems(table: dict[str, int], babel_names: Iterable[tuple[int, str]]) -> list[str]:
    """The shortest common beginnings of each name's forms ("сред" of среда, среду), so that a
    slot with any ending finds every case; the reader then checks the word's lemma."""
    forms: dict[int, set[str]] = {}
    for number, word in babel_names:
        forms.setdefault(number, set()).add(word.casefold())
    for word, number in table.items():
        if len(word) >= 5 and LEMMA(word) in forms.get(number, ()):
            forms[number].add(word)
    stems: list[str] = []
    for words in forms.values():
        prefix = min(words)
        for word in words:
            while not word.startswith(prefix):
                prefix = prefix[:-1]
        stems.extend([prefix] if len(prefix) >= 4 else sorted(words))
    return stems


_LOCALE = Locale.parse(CODE)
MONTH_STEMS = _stems(MONTHS, ((n, w) for c in ("format", "stand-alone") for n, w in _LOCALE.months[c]["wide"].items()))
WEEKDAY_STEMS = _stems(
    WEEKDAYS, ((n, w) for c in ("format", "stand-alone") for n, w in _LOCALE.days[c]["wide"].items())
)


def _case_forms(word: str) -> set[str]:
    """Every case form pymorphy3's dictionary gives a noun ("июнь" -> "июне", "июню"...)."""
    return {form.word for form in _morphology().parse(word)[0].lexeme}


# "май", "июнь", "июль" are too short for a stem ("июн" would be any word): their case forms
# ("в мае", "в июне", "в июле") are listed, as pymorphy3 declines them
for _number, _word in _LOCALE.months["stand-alone"]["wide"].items():
    for _form in sorted(_case_forms(_word.casefold())):
        if not any(_form.startswith(stem) for stem in MONTH_STEMS):
            MONTHS.setdefault(_form, _number)
            MONTH_STEMS.append(_form)
# Official texts write dates in digits ("12.03.2024"): a month's number is a month word there.
MONTHS.update({f"{number:02d}": number for number in range(1, 13)})

NUMBERS = {
    "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7,
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
}  # fmt: skip
QUALIFIERS = {
    # before a weekday or a month
    "в": "on", "во": "on", "на": "on", "в эту": "this", "в этот": "this", "в это": "this", "в ближайшую": "next",
    "в ближайший": "next", "в ближайшее": "next", "в следующую": "next", "в следующий": "next",
    "в следующее": "next", "в предстоящую": "next", "в предстоящий": "next", "в прошлую": "last",
    "в прошлый": "last", "в прошлое": "last", "в минувшую": "last", "в минувший": "last", "в минувшее": "last",
    "к": "by", "ко": "by", "до": "until", "с": "since", "со": "since", "после": "after", "перед": "before",
    # before "недели", "месяца" and after a month ("в октябре прошлого года")
    "начале": "early", "середине": "mid", "конце": "later", "первой половине": "early", "второй половине": "late",
    "вечером": "later", "днем": "later", "днём": "later", "позднее": "later", "позже": "later",
    "этого": "this", "текущего": "this", "нынешнего": "this", "прошлого": "last", "следующего": "next",
    "будущего": "next",
    # before "выходные"
    "эти": "this", "этих": "this", "ближайшие": "this", "ближайших": "this", "следующие": "next", "следующих": "next",
    "будущие": "next", "будущих": "next", "прошлые": "last", "прошлых": "last",
}  # fmt: skip
UNITS = {"неделя": "week", "месяц": "month", "год": "year", "выходные": "weekend", "выходных": "weekend"}
MONTH_PARTS = {
    "начале": "early", "начало": "early", "середине": "mid", "середину": "mid", "середина": "mid", "конце": "late",
    "конец": "late", "первой половине": "early", "второй половине": "late", "первых числах": "early",
    "последних числах": "late", "первой декаде": "early", "третьей декаде": "late",
}  # fmt: skip

_CALENDAR = calendar_slots(
    dict.fromkeys(MONTH_STEMS, 0),
    dict.fromkeys(WEEKDAY_STEMS, 0),
    RELATIVE_DAYS,
    RELATIVE_WEEKS,
    RELATIVE_MONTHS,
    inflected=True,
)
_YEAR_TAIL = r"(?:\s+{YEAR}(?:\s*(?:года|году|г\.|г(?!\w)))?)?"
SLOTS = _CALENDAR | {
    # a day, or the day of a date in digits ("12.03.2024")
    "DAY": r"(?<![\d.,:])(?:[12]\d|3[01]|0?[1-9])(?:(?=\.(?:0[1-9]|1[0-2])\.(?:19|20)\d\d)|(?:-?(?:го|е))?(?!\d)(?![,.:]\d))",
    "QUALWD": r"(?i:в\s+(?:эт[уоа]|ближайш(?:ую|ий|ее)|следующ(?:ую|ий|ее)|предстоящ(?:ую|ий)|прошл(?:ую|ый|ое)"
    r"|минувш(?:ую|ий|ее))|в|во|на)",
    "QUALMONTH": r"(?i:в|во|к|ко|до|с|со|после|перед)",
    "QUAL2": r"(?i:начале|середине|конце|первой половине|второй половине|вечером|днем|днём|позднее|позже)",
    "YQ": r"(?i:этого|текущего|нынешнего|прошлого|следующего|будущего)",
    "PART": r"(?i:начале|начала|началу|начало|середине|середину|середины|конце|конца|концу|конец|первой половине|второй половине"
    r"|первых числах|последних числах|первой декаде|третьей декаде)",
    "DAYPART": r"(?:\s+(?:утром|днем|днём|вечером|ночью))?",
    "YT": _YEAR_TAIL,
    "WHICH": r"(?i:эти|этих|ближайшие|ближайших|следующие|следующих|будущие|будущих|прошлые|прошлых)",
    "UNIT": r"(?i:выходные|выходных)",
    "ANAPH": r"(?i:тот же день|этот же день|следующий день|другой день|этот день|тот день)",
    "NTH": r"(?i:первый|второй|третий|четв[её]ртый|пятый|заключительный|завершающий|последний)",
}
SLOTS["DAY2"] = SLOTS["DAY"]
SLOTS["MONTH"] = SLOTS["MONTH"][:-1] + r"|(?<=\.)(?:0[1-9]|1[0-2])(?=\.))"

# (kind, template): at one place the first template that matches wins, so longer come first.
DATE_TEMPLATES = [
    ("day", r"(?:{QUALWD}\s+)?{WEEKDAY},?\s+{DAY}\s+{MONTH}{YT}"),
    ("days", r"(?i:с|со)\s+{DAY}\s+{MONTH}\s+(?i:по|до)\s+{DAY2}\s+{MONTH2}{YT}"),
    ("days", r"(?i:с|со)\s+{DAY}\s+(?i:по|до)\s+{DAY2}\s+{MONTH}{YT}"),
    ("days", r"{DAY}\s+{MONTH}\s*-\s*{DAY2}\s+{MONTH2}{YT}"),
    ("days", r"{DAY}\s*(?:-|и)\s*{DAY2}\s+{MONTH}{YT}"),
    ("day", r"{DAY}\.{MONTH}\.{YEAR}(?:\s*(?:года|г\.|г(?!\w)))?"),
    ("day", r"{DAY}\s+{MONTH}{YT}"),
    ("weekdays", r"(?i:с|со)\s+{WEEKDAY}\s+(?i:по|до)\s+{WEEKDAY2}"),
    ("weekdays", r"(?:{QUALWD}\s+)?{WEEKDAY}\s+и\s+(?:во?\s+)?{WEEKDAY2}"),
    ("weekday", r"(?:{QUALWD}\s+)?{WEEKDAY}{DAYPART}"),
    ("relative", r"{REL}\s+и\s+{REL2}"),
    ("relative", r"{REL}(?:\s+{QUAL2})?"),
    ("period", r"(?:(?i:в|во|на)\s+)?{QUAL2}\s+{RELWEEK}"),
    ("period", r"(?:(?i:в|во|на)\s+)?{QUAL2}\s+{RELMONTH}"),
    ("period", r"(?=(?i:на|в)\s)(?:{RELWEEK}|{RELMONTH})"),
    # ("в выходные" with no word of which: the weekend nearest, as "at the weekend")
    ("period", r"(?i:в|на)\s+(?:{WHICH}\s+)?{UNIT}(?!\s+дн)(?!\s*,?\s*\d)"),
    ("month_part", r"(?:(?i:в|во|на)\s+)?{PART}\s+{MONTH}{YT}"),
    ("month", r"(?:{QUALMONTH}\s+)?{MONTH}(?:\s+{YQ}\s+года|{YT})"),
    # days told by another day of the text: "в тот же день", "во второй день саммита"
    ("anaphoric", r"(?:(?i:в|во|на)\s+)?{ANAPH}"),
    ("nth_day", r"(?:(?i:в|во|на)\s+)?{NTH}\s+день"),
]
# A date phrase starts a word: the test spares the grammar every position inside one.
DATE_TEMPLATES = [(kind, r"(?<![\w-])" + template) for kind, template in DATE_TEMPLATES]
ANAPHORIC_DAYS = {
    "тот же день": 0, "этот же день": 0, "следующий день": 1, "другой день": 1, "этот день": 0, "тот день": 0,
}  # fmt: skip
NTH_DAYS = {
    "первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "четвёртый": 4, "пятый": 5, "заключительный": -1,
    "завершающий": -1, "последний": -1,
}  # fmt: skip
_RELATIVE_WORDS = alternation(RELATIVE_DAYS)
# Every date phrase holds one of these words: the grammar is tried only near them.
ANCHORS = (
    rf"(?i:(?<!\w)(?:{alternation(MONTH_STEMS)}|{alternation(WEEKDAY_STEMS)})\w*"
    rf"|(?<!\w)(?:{_RELATIVE_WORDS})(?!\w)|(?<!\w)(?:недел|месяц|выходн)\w*|(?<!\w)день(?!\w)|(?<![\d.])\d\d?\.[01]\d\.[12]\d\d\d)"
)

# -- clock times ------------------------------------------------------------------------------


def _town_of_adjective(stem: str) -> tuple[str, ...]:
    """The names a town's adjective may come from, by its stem before the ending: "астраханск"
    of "Астрахань", "ташкентск" of "Ташкент", "минск" of "Минск"."""
    base = stem.removesuffix("ск")
    return (stem.title(), base.title(), base.title() + "ь") if base else ()


# "в 15:00 по московскому времени", "в 10.00 по Гринвичу", "(20:00 мск)", "в 10 часов утра",
# "в полдень по вашингтонскому времени". A city's adjective names its zone.
_ZONE_ADJECTIVES = {
    "московск": "Europe/Moscow", "киевск": "Europe/Kyiv", "минск": "Europe/Minsk", "пекинск": "Asia/Shanghai",
    "токийск": "Asia/Tokyo", "вашингтонск": "America/New_York", "нью-йоркск": "America/New_York",
    "лондонск": "Europe/London", "парижск": "Europe/Paris", "берлинск": "Europe/Berlin",
    "брюссельск": "Europe/Brussels", "женевск": "Europe/Zurich", "центральноевропейск": "Europe/Paris",
    "восточноевропейск": "Europe/Athens", "астанинск": "Asia/Almaty", "ташкентск": "Asia/Tashkent",
    "бакинск": "Asia/Baku", "ереванск": "Asia/Yerevan", "тбилисск": "Asia/Tbilisi", "стамбульск": "Europe/Istanbul",
    "анкарск": "Europe/Istanbul", "тегеранск": "Asia/Tehran", "дубайск": "Asia/Dubai", "каирск": "Africa/Cairo",
    "дели": "Asia/Kolkata", "местн": "local",
}  # fmt: skip
ZONE_WORDS = {
    "мск": "Europe/Moscow", "по москве": "Europe/Moscow", "по гринвичу": "UTC", "gmt": "UTC", "utc": "UTC",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "msk": "Europe/Moscow", "по всемирному времени": "UTC",
    **{f"по {stem}ому времени": zone for stem, zone in _ZONE_ADJECTIVES.items()},
    **{f"{stem}ого времени": zone for stem, zone in _ZONE_ADJECTIVES.items()},
}  # fmt: skip
DAY_PARTS = {"утра": "am", "ночи": "am", "дня": "pm", "вечера": "pm", "полдень": "noon", "полночь": "midnight"}
CLOCK_SLOTS = {
    "H": r"[01]?\d|2[0-3]",
    "MI": r"[0-5]\d",
    "AMPM": r"утра|дня|вечера|ночи",
    "ZONE": rf"(?i:{alternation(ZONE_WORDS)})(?!\w)",
    "NOON": r"полдень|полночь",
    # a town's clock by its name in the genitive ("по времени Астаны") or by its adjective
    # ("по астраханскому времени"), for towns the zone words do not list
    "CITY": r"(?<=времени\s)[А-ЯЁ][\w-]+|[а-яё-]+ск(?=(?:ому|ого)\s+времени)",
    "CITYZONE": r"по\s+(?:времени\s+)?(?:{CITY})(?:(?:ому|ого)\s+времени)?",
}
# A time given again in another zone, in brackets ("в 10:00 по местному времени (8:00 мск)"),
# is read as part of the first: one meeting, one time.
_AGAIN = r"(?:\s*\(\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*{ZONE}\s*\))?"
CLOCK_TEMPLATES = [
    (
        "clock",
        r"(?<![\w.:])(?i:в|с|около|к|на|примерно в)\s+{H}[:.]{MI}(?![\d.:]\d)(?:\s*\(?(?:{ZONE}|{CITYZONE}))?" + _AGAIN,
    ),
    ("clock", r"(?<![\w.:]){H}[:.]{MI}(?![\d.:]\d)\s*\(?{ZONE}" + _AGAIN),
    ("clock", r"(?<![\w.:])(?i:в|с|около|к)\s+{H}\s+(?:час(?:а|ов)?\s+)?{AMPM}(?:\s+{ZONE})?"),
    ("clock", r"(?<![\w.:])(?i:в|с|около|к)\s+{H}\s+час(?:а|ов)?(?:\s+{ZONE})?(?!\w)"),
    ("clock", r"(?<![\w.:])(?i:в|около|к)\s+{NOON}(?:\s+{ZONE})?" + _AGAIN),
]

# -- meeting words ---------------------------------------------------------------------------

MEETING_WORDS = [
    MeetingWord(
        r"(?i:видеоконференц\w*|(?:в|по)\s+(?:режиме|формате)\s+(?:видеосвязи|видеоконференции|онлайн)"
        r"|по\s+видеосвязи|онлайн-(?:саммит|встреч|заседани)\w*|виртуальн\w+\s+(?:саммит|встреч|заседани)\w*)",
        "videoconference", False, 1.0,
    ),
    MeetingWord(r"(?i:телефонн\w+\s+(?:разговор|бесед|переговор)\w*)", "call", False, 0.8),
    # "Лавров примет в Москве министра ...": a host receives a guest (not "примет участие")
    MeetingWord(
        r"(?:примет|примут)(?:\s+(?:в|во)\s+[А-ЯЁ][\w-]+)?(?=\s+(?:[А-ЯЁ][а-яё]+\s+[А-ЯЁ]|(?:глав|министр|президент"
        r"|премьер|делегаци|коллег|посл[аоу]|госсекретар|генсек|канцлер|корол|принц|эмир|шейх|султан|лидер"
        r"|председател|руководител|спецпосланник|спецпредставител|гост)))",
        "meeting", True, 0.8,
    ),
    # "китайский лидер пробудет в Москве с 22 по 24 марта": a stay in a city is a visit
    MeetingWord(r"(?:пробудет|пробудут)(?=\s+(?:[\w-]+\s+){0,2}?(?:в|во)\s+[А-ЯЁ])", "visit", True, 0.7),
    MeetingWord("саммит", "summit", False, 1.0, lemma=True),
    MeetingWord("переговоры", "talks", False, 0.9, lemma=True),
    MeetingWord("консультация", "talks", False, 0.85, lemma=True),
    MeetingWord("раунд", "talks", False, 0.7, lemma=True),
    MeetingWord("диалог", "talks", False, 0.6, lemma=True),
    MeetingWord("встреча", "meeting", False, 0.85, lemma=True),
    MeetingWord("заседание", "meeting", False, 0.85, lemma=True),
    MeetingWord("сессия", "meeting", False, 0.85, lemma=True),
    # an assembly of states meets as itself: "Всемирная ассамблея здравоохранения", "Генассамблея ООН"
    MeetingWord("ассамблея", "meeting", False, 0.75, lemma=True),
    MeetingWord("генассамблея", "meeting", False, 0.85, lemma=True),
    MeetingWord("совещание", "meeting", False, 0.75, lemma=True),
    MeetingWord("визит", "visit", False, 0.85, lemma=True),
    MeetingWord("поездка", "visit", False, 0.7, lemma=True),
    MeetingWord("турне", "visit", False, 0.8, lemma=True),
    MeetingWord("конференция", "conference", False, 0.75, lemma=True),
    MeetingWord("форум", "conference", False, 0.6, lemma=True),
    MeetingWord("встретиться", "meeting", True, 0.9, lemma=True),
    MeetingWord("встречаться", "meeting", True, 0.85, lemma=True),
    MeetingWord("собраться", "meeting", True, 0.75, lemma=True),
    MeetingWord("съехаться", "meeting", True, 0.75, lemma=True),
    MeetingWord("посетить", "visit", True, 0.9, lemma=True),
    MeetingWord("побывать", "visit", True, 0.75, lemma=True),
    MeetingWord("обсудить", "meeting", True, 0.55, lemma=True),
    # "Саммит ШОС, приуроченный к юбилею, пройдет 15 июня": right after a phrase set off by
    # commas, the verb of taking place carries the date of the meeting named before the phrase
    # (a weak word: a meeting only when governments or their bodies are named)
    MeetingWord(
        r"(?<=, )(?:пройд[её]т|пройдут|состоится|состоятся|откро[ею]тся"
        r"|начн[её]тся|начнутся|запланирован[аоы]?|намечен[аоы]?|назначен[аоы]?)",
        "meeting", True, 0.5
    ),
]  # fmt: skip

# A piece of every word a meeting pattern can match, in lower case: a sentence holding none of
# them has no meeting word (the quick test before the lemmas; a test holds it to every cue).
CUE_HINTS = (
    "саммит встреч встрет переговор консультац раунд диалог заседан сесси совещан визит поездк поездок турне "
    "конференц форум собер собра съед съех посет посещ побыва обсуд обсуж видео онлайн виртуальн телефонн прим "
    "пройд состо откро начн заплан намеч назнач пробуд"
).split()

# -- tense, hedges and status -----------------------------------------------------------------

# The future of a meeting: a perfective present ("состоится", "проведут"), "будет", or words of
# planning ("запланирован", "намечено"). A past form ends in -л, -ла, -ло, -ли (-ся, -сь).
_FUTURE = (
    r"будет|будут|станет|станут|состоится|состоятся|пройд[её]т|пройдут|провед[её]т|проведут|откроется|откроются"
    r"|открывается|открываются|начнется|начнётся|начнутся|начинается|начинаются|собер[её]тся|соберутся|съедутся"
    r"|съед[её]тся|встретится|встретятся|посетит|посетят|примет|примут|прибудет|прибудут|при[её]дет|приедут"
    r"|прилетит|прилетят|отправится|отправятся|направится|направятся|возглавит|возглавят|обсудит|обсудят"
    r"|продлится|продлятся|завершится|завершатся|нанес[её]т|нанесут|представит|представят|выступит|выступят"
    r"|подпишут|подпишет|рассмотрит|рассмотрят|побывает|побывают|совершит|совершат|соберет|соберёт|продолжится|продолжатся|стартует|стартуют"
    r"|планиру[ею]тся|запланирован\w*|намечен\w*|намечается|намечаются|назначен\w*\s+на|ожида[ею]тся"
    r"|предстоит|предстоящ\w+|грядущ\w+|следующ\w+|ближайш\w+|готов(?:и|я)тся|в преддверии|долж(?:ен|на|но|ны)\s+"
    r"(?:пройти|состояться|собраться|встретиться|начаться|открыться)|намерен\w*|собира[ею]тся|планиру[ею]т"
    r"|позднее|позже"
)
# Nouns that end like a past verb ("недели", "сигнала", "правила"), never taken for one.
_NOT_VERBS = (
    r"недел|модел|начал(?!ся|ась|ось|ись|и\b)|сигнал|канал|материал|капитал|финал|журнал|персонал|арсенал|идеал|скандал|вокзал|генерал"
    r"|адмирал|кардинал|интервал|ритуал|маршал|минерал|протокол|символ|футбол|школ|стол|предел|раздел|отдел|правил"
    r"|спикер|пол|сел|мил|загол|дел"
)
_PAST_FORM = (
    rf"(?<![\w-])(?:(?!(?:{_NOT_VERBS})[а-яё]?[а-яё]?\b)[а-яё]{{2,}}[аеиыяуо]л(?:[аои]|ся|ась|ось|ись)?"
    # the short pasts of "идти" and "вести" ("Переговоры шли три дня", "вели переговоры")
    r"|ш[её]л|шл[аои]|в[её]л|вел[аои])(?![\w-])"
)
# Verbs that set a meeting up rather than tell of one ("запланировали на 5 мая"), and verbs
# that report: neither says a meeting took place.
_ARRANGED = (
    r"(?:за)?планировал\w*|назначил\w*|наметил\w*|намечал\w*|перенес\w*|перенесл\w*|отложил\w*|решил\w*"
    r"|договорил\w*|согласовал\w*|рассчитывал\w*|собирал\w*|предложил\w*"
)
_SAID = (
    r"сообщил\w*|заявил\w*|объявил\w*|подтвердил\w*|сказал\w*|отметил\w*|уточнил\w*|рассказал\w*|пояснил\w*"
    r"|добавил\w*|напомнил\w*|подчеркнул\w*"
)
_PAST_MEETING = (
    r"состоял(?:ся|ась|ось|ись)|состоявш\w+|прош[её]л|прошла|прошло|прошли|прошедш\w+|пров[её]л|провела|провели"
    r"|проводил\w*|встречал(?:ся|ась|ись)|встретил(?:ся|ась|ись)|собрал(?:ся|ась|ись)|собирал(?:ся|ась|ись)"
    r"|съехались|обсудил[аи]?|обсуждали|посетил[аи]?|побывал[аи]?|заверш(?:ил|ив)\w*|закончил\w*"
    r"|открыл(?:ся|ась|ось|ись)|открывш\w+|принял[аи]?|участвовал\w*|подписал\w*|ранее|прошл(?:ого|ом|ой"
    r"|ую|ый|ые|ых)|минувш\w+|вчера|позавчера|назад|последний раз"
)
_REPORTED = (
    r"сообщил\w*|сообщает|сообщают|заявил\w*|заявляют|объявил\w*|рассказал\w*|подтвердил\w*|отметил\w*"
    r"|уточнил\w*|сказал\w*|говорится|передает|передаёт|пишет|написал\w*|опубликовал\w*|указал\w*|пояснил\w*"
)
PATTERNS: dict[str, object] = {
    "future": re.compile(rf"(?<![\w-])(?:{_FUTURE})(?![\w-])", IGNORE),
    "past": re.compile(rf"(?<![\w-])(?:{_PAST_MEETING})(?![\w-])", IGNORE),
    "weak_past": re.compile(rf"(?!(?:{_ARRANGED}|{_SAID})\b){_PAST_FORM}|(?<![\w-])уже(?![\w-])"),
    "perfect": re.compile(
        r"(?<![\w-])(?:уже\s+(?:идут|ид[её]т|проходят|проходит|нач(?:ал|ала|али|алась|ались)|открыл\w*|стартовал\w*)"
        r"|продолжа(?:ется|ются)|до сих пор)(?![\w-])",
        IGNORE,
    ),
    "hedge": re.compile(
        r"(?<![\w-])(?:может|могут|могла|мог|могли|возможн\w*|вероятн\w*|предположительно|если|не исключ\w+|наде[ею]тся"
        r"|хотел\w* бы|хотят|хочет|предлага\w+|предложил\w*|пока не|еще не|ещё не|не определен\w*|не определён\w*"
        r"|не согласован\w*|уточня\w+|ориентировочно|предварительн\w*|скорее всего|под вопросом|обсужда\w+ возможность"
        r"|рассматрива\w+ возможность)(?![\w-])",
        IGNORE,
    ),
    "past_verb_before_date": re.compile(
        rf"(?:(?!(?:{_ARRANGED})\b){_PAST_FORM}|прошедш\w+|состоявш\w+"
        # a decision taken on a day: "Решение, принятое в субботу"
        r"|(?<![\w-])(?:принят|подписан|одобрен|утвержд[её]нн?)\w*)\s+(?:(?:в|во|на|еще|ещё|уже|лишь|только)\s+)?$"
    ),
    "past_clause": re.compile(rf"(?!(?:{_ARRANGED}|{_SAID})\b){_PAST_FORM}|(?<![\w-])(?:прошедш|состоявш)\w+"),
    "past_verb": re.compile(rf"(?!(?:{_ARRANGED}|{_SAID})\b){_PAST_FORM}|(?<![\w-])(?:прошедш|состоявш)\w+"),
    "still_ahead": re.compile(
        r"(?<![\w-])(?:начн[её]тся|начнутся|откро[ею]тся|открыва[ею]тся|начина[ею]тся|пройд[её]т|пройдут|состо(?:ится|ятся)"
        r"|собер[её]тся|соберутся|встрет(?:ится|ятся)|провед[её]т|проведут|будет|будут|позднее|позже|вечером"
        r"|продолж(?:ится|атся)|сегодня вечером)(?![\w-])",
        IGNORE,
    ),
    "cancelled": re.compile(
        r"(?<![\w-])(?:отмен(?:ен[аоы]?|ён|или|ил[аи]?|ят|яется|яются)|не состо(?:ится|ятся)|не пройд[её]т|не пройдут"
        r"|не будет проводиться|не будут проводиться|проводиться не буд(?:ет|ут)|сорван[аоы]?"
        r"|отказал(?:ись|ась|ся) от проведения)(?![\w-])",
        IGNORE,
    ),
    "postponed": re.compile(
        r"(?<![\w-])(?:отложен[аоы]?|отложил[аи]?|отложат|откладывается|откладываются|перенес[её]н[аоы]?|перенесли"
        r"|перенос(?:ится|ятся)|приостановлен[аоы]?|на неопредел[её]нный срок"
        # "договорились по телефону перенести встречу": a decision taken, not one asked for
        r"|(?:договорил(?:ись|ся|ась)|решил[аи]?|согласил(?:ись|ся|ась))(?:\s+[\w-]+){0,6}?\s+(?:перенести|отложить)"
        # a host that gives the meeting up: "Марокко не будет принимать саммит, намеченный на 7 апреля"
        r"|не будет принимать|не станет принимать|отказал(?:ся|ась|ись) от (?:проведения|права (?:на )?проведени[ея])"
        r"|откаж(?:ется|утся) от проведения)(?![\w-])",
        IGNORE,
    ),
    "superseded": re.compile(
        r"(?<![\w-])(?:ранее (?:запланированн|намеченн|планировавш|назначенн)\w*|первоначально|изначально"
        # ("вместо этого", instead of that: what follows is the new plan)
        r"|вместо(?!\s+этого)"
        r"|планировал[иа]? провести|планировалось провести"
        r"|(?:котор\w+ )?должн(?:а|о|ы)? был[аои]? (?:состояться|пройти|открыться|начаться)"
        r"|а не)(?![\w-])",
        IGNORE,
    ),
    "rescheduled_to": re.compile(
        r"(?<![\w-])(?:перенес\w*|перенос\w*|отлож\w*|сдвину\w*|передвину\w*)(?:\s+[\w-]+){0,4}?"
        r"(?:\s+(?:на|до|к))?\s*$"
        r"|(?<![\w-])(?:теперь|вместо этого)\s+(?:пройд[её]т|пройдут|состо(?:ится|ятся))\s+(?:на\s+|в\s+)?$",
        IGNORE,
    ),
    "old_date": re.compile(
        r"(?<![\w-])(?:с|вместо|(?:ранее|первоначально|изначально)\s+(?:запланированн|намеченн|планировавш|назначенн)"
        r"\w*(?:\s+на)?|(?:запланированн|намеченн|намечавш|планировавш)\w*\s+на|планировалось провести)\s*$",
        IGNORE,
    ),
    "not_meeting_date": re.compile(
        r"(?<![\w-])(?:выбор\w*|голосовани\w*|референдум\w*|инаугураци\w*)(?:\s+[\w-]+){0,4}?,?\s+(?:назначен\w*"
        r"|пройд[её]т|пройдут|состо(?:ится|ятся))(?:\s+на)?\s*$"
        rf"|(?<![\w-])(?:{_REPORTED})(?:\s+(?:об этом|это|журналистам|агентству|[\w-]+)){{0,2}}(?:\s+(?:в|во|на))?\s*$"
        r"|(?<![\w-])(?:вступа\w+ в силу|вступит в силу|вступят в силу|истека\w+|истеч[её]т|истекш\w+"
        r"|срок\w*|дедлайн|выбор\w*|голосовани\w*|референдум\w*|инаугураци\w*|родил\w*|скончал\w*|умер\w*"
        r"|учрежден\w*|основан\w*|опубликован\w*|обновл[её]н\w*|действующ\w+ до|поставк\w+|начиная|по состоянию"
        r"|вплоть|ограничени\w+)(?:\s+[\w-]+)?(?:\s+(?:на|с|со|до|в|во|к|по))?\s*$"
        # a day that dates a person's election or arrival, told as done: "Избранный в четверг
        # председателем КНР Си Цзиньпин совершит поездку"
        r"|(?<![\w-])(?:избранн|переизбранн|прибывш|вернувш|вступивш)\w*\s+(?:в|во)?\s*$",
        IGNORE,
    ),
    "deadline_prep": re.compile(r"(?<![\w-])(?:к|ко|до|после|перед|в течение|не позднее|не ранее)\s*$", IGNORE),
    "since": re.compile(r"(?<![\w-])(?:с|со|до|начиная с|вплоть до)\s*$", IGNORE),
    "travel": re.compile(
        r"(?<![\w-])(?:прилет\w+|прибу\w+|прибыв\w+|вылет\w+|отправ\w+|верн[её]тся|вернутся|возвраща\w+|уед\w+"
        r"|улет\w+|при[её]д\w+|приезжа\w+)(?:\s+[\w-]+){0,2}\s+$",
        IGNORE,
    ),
    "meet_again": re.compile(r"(?<![\w-])(?:встрет\w+|собер\w+|соберутся)\s+(?:(?:снова|вновь|опять)\s+)?$", IGNORE),
    "meet_until": re.compile(
        r"(?<![\w-])(?:встрет\w+|собер\w+|соберутся)\s+(?:(?:снова|вновь|опять)\s+)?(?:не ранее|до)\s+$", IGNORE
    ),
    "ends_on": re.compile(
        r"(?<![\w-])(?:заверш\w+|законч\w+|продл\w+\s+до|продолж\w+\s+до|закро\w+)\s+(?:[\w-]+\s+)?$", IGNORE
    ),
    "deadline_after": re.compile(
        rf"\s+(?:(?:{_REPORTED})(?![\w-])|вступа\w+ в силу|вступит в силу|вступят в силу|(?:будут |будет )?действовать"
        r"|истека\w+|(?:срок|дедлайн|выбор|голосовани|референдум)\w*"
        # a change of office: "1 октября его на этом посту сменит..."
        r"|(?:[\w-]+\s+){0,3}?(?:на (?:этом |своем |своём )?посту|вступит в должность|вступ\w+ в должность|сменит))",
        IGNORE,
    ),
    "meeting_follows": re.compile(
        r"(?:\s+(?!(?:по|после|итогам|перед|накануне|пресс-\w+|брифинг\w*)(?![\w-]))[\w-]+){0,4}?\s+"
        r"(?:саммит|встреч|заседани|переговор|консультаци|визит|сесси|конференци|совещани)\w*"
        r"(?![\w-])",
        IGNORE,
    ),
    "duration": re.compile(
        r"(?<![\w-])(?P<n>двух|тр[её]х|четыр[её]х|пяти|шести|\d{1,2})(?:-|\s*)?дневн\w+"
        r"|(?<![\w-])(?:в течение|на)\s+(?P<m>двух|тр[её]х|четыр[её]х|пяти|\d)\s+дн(?:ей|я)(?![\w-])"
        # "продлится два дня", "займет три дня": how long it lasts, told by its verb
        r"|(?<![\w-])(?:продл(?:ится|ятся)|займ[её]т|будет длиться|будут длиться)\s+(?P<k>два|три|четыре|пять|\d)\s+дн(?:ей|я)(?![\w-])",
        IGNORE,
    ),
    "not_diplomatic": re.compile(
        r"(?<![\w-])(?:пресс-конференц\w*|брифинг\w*|пресс-подход\w*|совет\w* директоров|акционер\w*"
        r"|судебн\w+ заседани\w*|заседани\w+ суда|[Пп]равительств\w+ на (?:сво\w+ )?(?:очередн\w+ )?заседани\w+|торгов\w+ сесси\w*|биржев\w+|слушани\w*|экономическ\w+ форум\w*"
        r"|пленарн\w+ заседани\w+ (?:Госдумы|Думы|форума)|заседани\w+ правительства|послани\w+|учени[яйе]\w*|парад\w*"
        r"|матч\w*|выставк\w*|фестивал\w*|соревновани\w*|олимпиад\w*|чемпионат\w*|концерт\w*|выбор[аыо]\w*"
        r"|голосовани\w*|референдум\w*|инаугураци\w*"
        # a gathering of firms or of civil society beside a summit: "Деловой саммит АТЭС",
        # "конференция неправительственных организаций"
        r"|делов\w+ саммит\w*|бизнес-саммит\w*|бизнес-форум\w*|неправительственн\w*)(?![\w-])",
        IGNORE,
    ),
    "corporate": re.compile(
        r"(?<![\w-])(?:акционер\w*|дивиденд\w*|совет\w* директоров|ОАО|ПАО|ООО|ЗАО|IPO|холдинг\w*|корпораци\w+)(?![\w-])"
    ),
    "domestic": re.compile(
        r"(?<![\w-])(?:Госдум\w*|Государственн\w+ дум\w*|Дум[аеуы]|Совет\w* Федерации|Федеральн\w+ собрани\w*"
        r"|[Пп]арламент\w*|Всекитайск\w+ собрани\w*|ВСНП|Всекитайск\w+ комитет\w*|Меджлис\w*|Мажилис\w*|Кнессет\w*|Сейм\w*|Жогорку Кенеш\w*|Рийгикогу|депутат\w*|сенатор\w*|Сенат\w*|[Кк]онгресс\w*|Верховн\w+ Рад\w*|Бундестаг\w*|Госсовет\w*"
        r"|член\w* правительства|Совбез\w*|Совет\w* [Бб]езопасности (?:РФ|России)|Совет\w* национальной безопасности|[Кк]абинет\w* [Мм]инистров|Совмин\w*|Палат\w+ представителей|губернатор\w*|мэр\w*|парти(?:я|и|ю|ей)|партийн\w*|съезд\w*"
        r"|профсоюз\w*|ЦИК|избирком\w*|Банк\w* России|Центробанк\w*|ЦБ|суд(?:а|е|ом|ы|ов)?|акционер\w*"
        r"|компани(?:я|и|ю|ей|ям|ях|ями|й)|бирж\w*|трейдер\w*|инвестор\w*|[Пп]ослани\w+|пленарн\w+)(?![\w-])"
    ),
    "private_subject": re.compile(
        r"(?<![\w-])(?:трейдер\w*|компани(?:и|й)|акционер\w*|банкир\w*|бизнесмен\w*|предпринимател\w*)(?![\w-])", IGNORE
    ),
    "private_venue": re.compile(r"(?<![\w-])(?:завод\w*|фабрик\w*|предприяти\w*|комбинат\w*|офис\w*|шахт\w*)(?![\w-])"),
    "reporting": re.compile(
        r"(?<![\w-])(?:аналитик\w*|эксперт\w*|источник\w*|дипломат\w*|наблюдател\w*|собеседник\w*)\s+"
        r"(?:считают|полагают|ожидают|говорят|сообщили|отмечают|не исключают|уверены)(?![\w-])",
        IGNORE,
    ),
    "anaphor": re.compile(
        r"(?<![\w-])(?:эт(?:а|от|о|и|ой|ом|у|ого|их|ими)|их|е[её]|его|данн\w+)\s+(?:[\w-]+\s+)?(?:встреч|заседани"
        r"|переговор|саммит|визит|консультаци|сесси|конференци|поездк)\w*"
        # a meeting noun opening its sentence, with no article to say so: "Саммит пройдет с 26
        # по 30 августа" after the leaders' meeting told before
        r"|^\s*(?:встреч|заседани|переговор|саммит|визит|сесси|конференци|форум)\w*",
        IGNORE,
    ),
    "international_role": re.compile(
        r"donors|creditor governments|counterparts|dialogue partners|producers|exporters|consumers|importers"
    ),
    "group_role": re.compile(
        r"ministers|presidents|governors|heads|leaders|chiefs|secretaries|representatives|negotiators|delegations|sherpas"
    ),
    "summit_words": re.compile(
        r"(?<![\w-])(?:экономическ\w+|мирово\w+|арабск\w+|африканск\w+|европейск\w+|НАТО|G7|G20|БРИКС|ШОС|АСЕАН|АТЭС"
        r"|СНГ|ОДКБ|ЕАЭС|двадцатк\w+|семерк\w+|семёрк\w+)(?![\w-])",
        IGNORE,
    ),
    "earlier_one": re.compile(
        r"(?<![\w-])(?:предыдущ\w+|прошл\w+|прежн\w+|последн\w+|недавн\w+|минувш\w+)\s+(?:[\w-]+\s+){0,2}$"
        # what is reacted to has happened: "в ответ на встречу в среду"
        r"|(?<![\w-])(?:в ответ на|реагиру\w+ на|отреагирова\w+ на)\s+(?:[\w-]+\s+){0,1}$",
        IGNORE,
    ),
    "past_compound": re.compile(r"(?<![\w-])(?:предыдущ\w+|прошл\w+|нескольк\w+|многи\w+|недавн\w+)\s+$", IGNORE),
    "clock_only": NEVER,  # a clock time alone in Russian news follows a dated sentence: never "today"
    "looks_ahead": re.compile(r"следующ|ближайш|предстоящ", IGNORE),
    "clause_break": re.compile(
        r";|(?<!\d):(?!\d)|\s-\s|,\s+(?:но|а|однако|хотя|тогда как|в то время как|добавив|отметив|заявив|сообщив)\s"
        r"|(?<![\w-])(?:но|однако|после того как|после|перед|когда|пока)(?![\w-])"
    ),
    "topic": re.compile(
        r"(?<![\w-])(?:чтобы обсудить|для обсуждения|обсуд(?:ят|ит)|посвященн\w+|посвящённ\w+|по вопрос\w+|по проблем\w+"
        r"|на тему|касающ\w+|о ситуации|на фоне|по (?:мир\w+ )?урегулировани\w+|по миру)(?![\w-])",
        IGNORE,
    ),
    "report_words": re.compile(rf"(?<![\w-])(?:{_REPORTED}|по данным|по словам)(?![\w-])", IGNORE),
    "reporter_after_name": re.compile(
        r"\s+(?:сообщил|заявил|сказал|объявил|подтвердил|отметил|уточнил|добавил|подчеркнул|рассказал)(?:а|о|и)?(?![\w-])"
        r"|\s+(?:сообщает|заявляет|сообщают|заявляют)(?![\w-])"
    ),
    "reporter": re.compile(rf",\s+(?:[\w.'-]+\s+){{0,6}}?(?:{_REPORTED})(?![\w-])", IGNORE),
    "cue_gap_breaks": re.compile(r"(?<![\w-])(?:после|перед|пока|но|однако|когда)(?![\w-])"),
    "cue_gap_other_act": re.compile(r"(?<![\w-])и\s+[а-яё]+(?:ет|ит|ут|ют|ят|ат)(?:ся)?(?![\w-])"),
    "cue_gap_attached": re.compile(r"\s*(?:(?!(?:и|или|а|но|где|который|которая|которое|которые)\b)[\w-]+\s+){0,2}"),
    "range_prep": re.compile(r"(?<![\w-])(?:с|со|между)\s*$", IGNORE),
    "possessive_before": re.compile(r"(?<![\w-])(?:их|свои\w*|сво[ейюя]\w*)\s+(?:[\w-]+\s+)?$", IGNORE),
    "plural_visit": re.compile(r"^визит(?:ы|ов|ам|ами|ах)$", IGNORE),
    "travel_purpose": re.compile(
        r"\s*(?:,\s*)?(?:[\w-]+\s+){0,6}?(?:с\s+(?:[\w-]+\s+)?визитом|для\s+(?:участия\s+в\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:переговор|встреч|саммит|консультаци|заседани)\w*|на\s+(?:[\w-]+\s+){0,2}(?:переговоры|встречу|саммит"
        r"|консультации|заседание))(?![\w-])",
        IGNORE,
    ),
    "body_anaphor": re.compile(
        r"(?<![\w-])(?:агентства|альянса|блока|организации|объединения|сообщества|содружества)(?![\w-])", IGNORE
    ),
    "capital_of": re.compile(r"(?<![\w-])(?P<adjective>[А-ЯЁа-яё][а-яё]+(?:ой|ую|ая))\s+столиц[еуаы](?![\w-])"),
    "unrealised": re.compile(
        r"(?<![\w-])долж(?:ен|на|но|ны)\s+был[аои]?\s+(?:пройти|состояться|начаться|открыться|собраться|встретиться)(?![\w-])",
        IGNORE,
    ),
    "quote": re.compile(r"\"[^\"\n]{2,}\""),
    "runs_until": re.compile(r"(?<![\w-])(?:продл|продолж|заверш|законч|работа)\w*\s+(?:до|по)\s+$", IGNORE),
    "joined_verb": re.compile(r"(?<![\w-])(?:и|а|затем)\s*$"),
    "bilateral": re.compile(
        r"(?<![\w-])(?:двусторонн\w+|тр[её]хсторонн\w+|четыр[её]хсторонн\w+|многосторонн\w+|межправительственн\w+"
        r"|государственн\w+ визит\w*|официальн\w+ визит\w*|рабоч\w+ визит\w*|глав\w* государств|глав\w* правительств"
        r"|министр\w* иностранных дел|глав\w* МИД|коллег(?:а|ой|у|е|ами|ам|и)"
        r"|(?:переговор\w*|встреч\w*|бесед\w*)\s+с\s+(?:[\w-]+\s+){0,2}?(?:премьер|президент|канцлер|корол|принц|эмир"
        r"|султан|шейх|госсекретар|генсек|генеральн\w+ секретар|глав\w* (?:МИД|государства|правительства))[\w-]*)(?![\w-])",
        IGNORE,
    ),
    "reported_after": re.compile(
        rf"(?<![\w-])(?:{_SAID})\s+(?:[\w-]+\s+){{0,3}}?(?:после|по итогам|в ходе|во время)\s+(?:[\w-]+\s+){{0,2}}$"
        # "договорённости, достигнутые на саммите в Париже 9 декабря": done at it, so it is over
        r"|(?<![\w-])(?:достигнут|принят|подписан|согласован|заключ[её]нн)\w*\s+(?:на|в ходе|во время)\s+(?:[\w-]+\s+){0,5}$",
        IGNORE,
    ),
    "sequel": re.compile(r"(?<![\w-])(?:после чего|а затем|затем|а после|после этого|а также)(?![\w-])"),
}

# -- who and where ----------------------------------------------------------------------------

_TITLE = (
    r"(?i:(?:вице-|экс-)?президент|(?:вице-)?премьер(?:-министр)?|министр|замминистр|заместител[ьяюе]м?\s+министра"
    r"|(?:зам)?глав|госсекретар|генсек|(?:генеральн\w+\s+)?секретар|канцлер|корол|королев|принц|эмир|шейх|султан"
    r"|председател|спикер|посол|посл(?:а|у|ом)|постпред|(?:постоянн\w+\s+|верховн\w+\s+)?представител|спецпредставител"
    r"|спецпосланник|пресс-секретар|помощник|советник|лидер|(?:генеральн\w+\s+)?директор|еврокомиссар|комиссар)"
)
# A name's word, not the word of a state's style ("Республики Беларусь").
_NAME_WORD = (
    r"(?!Республик|Королевств|Федераци|Соедин[её]нн|Объедин[её]нн|Государств)[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?"
)
# A title, what it is of ("иностранных дел РФ", "МИД Турции"), then a name of two or three words.
PATTERNS["person"] = re.compile(
    rf"(?<![\w-]){_TITLE}[а-яё]{{0,3}}(?:\s+[а-яё]+){{0,3}}?(?:\s+(?:и\s+)?(?:[А-ЯЁA-Z]{{2,7}}|[А-ЯЁ][а-яё]+"
    rf"(?:ии|ия|а|ы|и|я)|Республик[иа]\s+[А-ЯЁ][а-яё]+)){{0,3}}\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
)
# A name without a title where only a person stands: "встреча Путина и Александра Лукашенко",
# "переговоры с Эммануэлем Макроном", "между Николом Пашиняном и Ильхамом Алиевым".
BARE_PERSON = (
    re.compile(
        r"(?<![\w-])(?i:встреч[аеуи]|переговор\w*|бесед\w*|разговор\w*|контакт\w*|с|со|между|и)\s+"
        rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?![\w-])"
    ),
)
_ROLES = [
    (r"(?:заместител\w+\s+министр\w*|замминистр\w*|замглав\w*)\s+(?:иностранных\s+дел|МИД)", "deputy foreign ministers"),
    (r"министр\w{0,3}\s+иностранных\s+дел|глав\w{0,2}\s+(?:МИД|внешнеполитических\s+ведомств|дипломатий)", "foreign ministers"),
    (r"министр\w{0,3}\s+обороны", "defence ministers"),
    (r"министр\w{0,3}\s+финансов", "finance ministers"),
    (r"министр\w{0,3}\s+(?:экономики|торговли|экономического\s+развития)", "economy ministers"),
    (r"министр\w{0,3}\s+энергетики", "energy ministers"),
    (r"министр\w{0,3}\s+сельского\s+хозяйства", "agriculture ministers"),
    (r"глав\w{0,2}\s+государств\s+и\s+правительств", "heads of state and government"),
    (r"глав\w{0,2}\s+государств", "heads of state"),
    (r"глав\w{0,2}\s+правительств", "heads of government"),
    (r"глав\w{0,2}\s+центробанков|управляющ\w+\s+центральн\w+\s+банк\w+", "central bank governors"),
    (r"вице-премьер\w*", "deputy prime ministers"),
    (r"лидер\w{0,3}", "leaders"),
    (r"(?:вице-)?президент\w{0,3}", "president"),
    (r"премьер(?:-министр)?\w{0,3}", "prime minister"),
    (r"канцлер\w{0,2}|корол\w{1,2}|эмир\w{0,2}|султан\w{0,2}", "head of state"),
    (r"переговорщик\w*", "negotiators"),
    (r"делегаци\w+", "delegations"),
    (r"шерп\w*", "sherpas"),
    (r"министр\w{0,3}", "ministers"),
]  # fmt: skip
PATTERNS["roles"] = re.compile(
    r"(?<![\w-])(?P<role>" + "|".join(f"(?:{pattern})" for pattern, _ in _ROLES) + r")(?![\w-])", IGNORE
)
PATTERNS["generic_roles"] = frozenset({"ministers", "negotiators", "delegations"})
PATTERNS["not_names"] = frozenset({"В", "На", "С", "По", "И", "А", "Но", "Об", "О"})
# "the situation in Sudan": a place after these words is the topic, not the venue.
_TOPIC_BEFORE = "".join(
    f"(?<!{word} )"
    for word in (
        "ситуации ситуация ситуацию положение положения положении обстановке обстановки обстановку кризиса кризис "
        "конфликта конфликт урегулирования урегулировании событий событиях войны войне безопасности"
    ).split()
)
_PLACE = (
    r"(?P<place>[а-яё]+(?:ой|ую)\s+столиц[еуы]|столиц[еуы]\s+[А-ЯЁ][\w-]*"
    r"|[а-яё]+(?:ой|ую|ом|ий|ый|ое|ую)\s+[А-ЯЁ][\w'-]*(?:\s+[А-ЯЁ][\w'-]*)?"  # "в японскую Иокогаму"
    r"|[А-ЯЁA-Z][\w'-]*(?:\s+[А-ЯЁA-Z][\w'-]*){0,3})"
)
PATTERNS["place_prep"] = re.compile(
    # "in" too: the headline of a visit is read as "in " + its destination
    rf"(?<![\w-])(?=[ВвНнпi]){_TOPIC_BEFORE}"
    rf"(?P<prep>[Вв]о?|[Нн]а|in|посетит|посетят|посетить|посещени[ея]|визит\w*\s+в|поездк\w+\s+в)\s+"
    # "в приморском городе Циндао", "на курорте Сочи": the town after its kind
    r"(?:(?:[а-яё]+(?:ом|ем|ой)\s+){0,2}(?:городе|город|посёлке|поселке|курорте|курорт|порту|острове|остров)\s+)?"
    rf"{_PLACE}"
)
PATTERNS["venue_preps"] = frozenset({"в", "во", "на", "in"})
PATTERNS["destination_preps"] = frozenset({"посетит", "посетят", "посетить", "посещение", "посещения"})
PATTERNS["host"] = re.compile(
    r"(?P<place>[А-ЯЁ][\w'-]*)\s+(?:(?:станет местом|будет принимать|прим(?:ет|ут) у себя|посетит|посетят)(?![\w-])"
    # "Нукуалофа на следующей неделе примет 53-ю встречу лидеров": a town that will host a
    # meeting, with the time between them
    r"|(?:(?:на|в|во|с|до)\s+(?:\S+\s+){1,2})?прим(?:ет|ут)\s+(?:\S+\s+){0,2}"
    r"(?:встреч|саммит|заседани|переговор|форум|конференци|совещани|министерск))"
)
PATTERNS["here"] = re.compile(r"(?<![\w-])(?:здесь|в этом городе|в этой столице)(?![\w-])")
PATTERNS["virtual"] = re.compile(
    r"видеоконференц\w*|видеосвяз\w*|(?:в|по)\s+(?:режиме|формате)\s+онлайн|онлайн-(?:саммит|встреч|заседани|формат)"
    r"|виртуальн\w+\s+(?:формат|саммит|встреч|заседани)|дистанционн\w+\s+(?:формат|режим)|(?<![\w-])онлайн(?![\w-])",
    IGNORE,
)
PATTERNS["going_to"] = re.compile(
    r"(?<![\w-])(?:отправ\w+|направ\w+|полет\w+|прилет\w+|прибуд\w+|при[её]д\w+|поед\w+|поездк\w+|визит\w*|посет\w+"
    r"|турне)\s+(?:в|во|на)\s+$",
    IGNORE,
)
PATTERNS["past_after_place"] = re.compile(
    r"\s+(?:(?:в|во)\s+)?(?:прошл\w+|минувш\w+|ранее|вчера|(?:19|20)\d\d\s+год\w*)(?![\w-])", IGNORE
)
# A trip's words: the place a trip goes to is where its talks are ("отправится во Владивосток ...").
PATTERNS["mission"] = re.compile(
    r"(?<![\w-])(?:поездк\w*|турне|визит\w*|мисси[яиюей]\w*|отправ(?:ится|ятся)|направ(?:ится|ятся)|полет(?:ит|ят)"
    r"|прилет(?:ит|ят)|прибуд(?:ет|ут)|при[её]д(?:ет|ут))(?![\w-])",
    IGNORE,
)
PATTERNS["headline_visit"] = re.compile(r"ВИЗИТ\w*\s+(?:В|ВО|НА)\s+([А-ЯЁ][А-ЯЁ .-]+)")

# -- titles -----------------------------------------------------------------------------------

_ADJECTIVE_ENDINGS = "ый ий ой ая яя ое ее ые ие ого его ому ему ом ем ую юю ым им ыми ими ых их".split()
_MODIFIER_STEMS = (
    "официальн государственн рабоч двусторонн трехсторонн трёхсторонн многосторонн министерск внеочередн очередн "
    "неформальн экстренн ежегодн расширенн международн региональн совместн юбилейн межправительственн "
    "консультативн подготовительн чрезвычайн торжественн ключев итогов заключительн первый втор трет "
    "российско-американск российско-китайск"
).split()
PATTERNS["title_modifiers"] = frozenset(stem + ending for stem in _MODIFIER_STEMS for ending in _ADJECTIVE_ENDINGS)
PATTERNS["title_function_words"] = frozenset(
    "в во на с со по к ко о об и а но для от до из за при его ее её их этот эта это эти этой этом этого".split()
)
PATTERNS["title_date_words"] = re.compile(
    rf"(?i:{_RELATIVE_WORDS}|\d+(?:-го)?|(?:{alternation(MONTH_STEMS)}|{alternation(WEEKDAY_STEMS)})\w*"
    r"|недел\w*|месяц\w*|год\w*|двухдневн\w*|трехдневн\w*|тр[её]хдневн\w*)"
)
PATTERNS["title_complement"] = re.compile(
    r"^(?P<prep>\s+с|\s+между|\s+по|)\s+(?P<np>(?:[А-ЯЁA-Z][\w.'-]*|[а-яё]+(?:-[а-яё]+)?)"
    r"(?:\s+(?:[А-ЯЁA-Z][\w.'-]*|[а-яё]+(?:-[а-яё]+)?)){0,7})"
)
PATTERNS["title_subject"] = re.compile(
    r"(?P<subject>(?:[А-ЯЁA-Z][\w.'-]*|министры|лидеры|главы|президенты|делегации)(?:\s+(?:[А-ЯЁA-Z][\w.'-]*"
    r"|иностранных|дел|обороны|финансов|стран|государств|правительств|министров|и|министры|лидеры|главы)){0,6})"
    r"\s*$"
)
PATTERNS["title_hold"] = re.compile(
    r"(?<![\w-])(?:провед[её]т|проведут|примет участие|примут участие|приму?т|откро[ею]т)\s+(?:[\w-]+\s+){0,2}$", IGNORE
)

# Words at which a title's complement stops: prepositions, conjunctions, the verbs of meeting.
_TITLE_BREAKS = frozenset(
    "в во на с со по к ко о об и а но для от до из за при который которая которое которые где когда что чтобы "
    "пройдет пройдёт пройдут состоится состоятся откроется откроются начнется начнётся соберутся будет будут "
    "станет запланирован запланирована запланировано намечено намечен намечена назначен назначена назначено "
    "прошел прошла прошло прошли состоялся состоялась состоялись".split()
)
ABBREVIATIONS = frozenset(
    "г гг т.е т.к т.д т.п им ул млн млрд тыс руб долл др пр см стр ст проф акад англ рус англ просп пл обл респ "
    "янв февр мар апр авг сент окт нояб дек".split()
)


# Case endings of place names, and the nominative endings they may come from.
_CASE_ENDINGS = (
    ("ие", ("ия",)), ("ии", ("ия",)), ("ию", ("ия",)), ("ой", ("а", "ая")), ("ом", ("",)), ("ем", ("ь", "й")),
    ("е", ("а", "", "ь", "я")), ("ы", ("а",)), ("и", ("ь", "я", "а")), ("у", ("а", "")), ("а", ("",)),
    ("ю", ("я", "ь")), ("я", ("ь", "й")),
)  # fmt: skip
_BIG_TOWN = 100_000  # a guessed nominative names a town only when it is a capital or this large


@word_memo(16384)
def name_base(token: str) -> str:
    """The nominative of an inflected name: the form with a nominative ending that the gazetteer
    knows ("Франции" -> "Франция", "Астане" -> "Астана", which the lemmatiser misreads or does not
    know), else the lemma cased as written ("Нур-Султане" -> "Нур-Султан"), else the token. A
    country's capital named by its country ("в бельгийской столице", "в столице Таджикистана")
    is the capital's name."""
    if " " in token:
        return _capital_named(token) or token
    if not token[:1].isupper() or len(token) < 3 or token.isupper():
        return token
    if token.endswith(".") and token.count(".") == 1:
        return name_base(token[:-1])  # a name at the end of a sentence
    from diplocal.places import city_names, country_names

    towns = city_names("cyrillic")
    countries = country_names(CODE)

    def known(name: str) -> bool:
        town = towns.get(name)
        return name in countries or (town is not None and (town.capital or town.population >= _BIG_TOWN))

    if known(token):
        return token
    for ending, replacements in _CASE_ENDINGS:
        if token.endswith(ending):
            stem = token[: len(token) - len(ending)]
            for replacement in replacements:
                if known(stem + replacement):
                    return stem + replacement
    geographic = _geographic_base(token)
    if geographic is not None and (geographic in countries or geographic in towns):
        return geographic
    lemma = LEMMA(token)
    parts, lemmas = token.split("-"), lemma.split("-")
    if lemma == token.casefold() or len(parts) != len(lemmas):
        return token
    return "-".join(b.capitalize() if a[:1].isupper() else b for a, b in zip(parts, lemmas, strict=True))


# The instrumental of a person's name ("переговоры с Эммануэлем Макроном", "встреча с Ангелой
# Меркель"): its ending and the nominative's, the first that fits. A soft "-ем" after a vowel
# was "-й" (Сергеем), after a hissing letter or "ц" nothing (Шольцем), else "-ь" (Игорем).
_INSTRUMENTAL = (
    (re.compile(r"(?<=[ое]в|ин|ын)ым$"), ""),  # Путиным, Кулубаевым
    (re.compile(r"(?<=[ое]в|ин|ын)ой$"), "а"),  # Захаровой
    (re.compile(r"(?<=и)ей$"), "я"),  # Марией
    (re.compile(r"(?<=[бвгдзклмнпрстфх])ом$"), ""),  # Макроном, Эрдоганом
    (re.compile(r"(?<=[жшчщц])ем$"), ""),  # Шольцем, Гутеррешем
    (re.compile(r"(?<=[аеёиоуыэюя])ем$"), "й"),  # Сергеем
    (re.compile(r"(?<=[бвгдзклмнпрстфх])ем$"), "ь"),  # Эммануэлем, Игорем
    (re.compile(r"(?<=[бвгдзклмнпрстфхжшчщц])ой$"), "а"),  # Ангелой, Обамой
)
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_VOWELS = ("о", "у", "ю", "и", "е", "э")
# The small words that stay lower case inside a name ("Урсула фон дер Ляйен", "Абдель Фаттах ас-Сиси").
_PARTICLES = frozenset({"фон", "дер", "де", "ван", "да", "дель", "ле", "ла", "аль", "эль", "ас", "бин", "ибн"})


@word_memo(16384)
def person_base(name: str) -> str:
    """A person's name in the nominative, as a title and a calendar write it: "Эммануэлем
    Макроном" -> "Эммануэль Макрон", "Александра Шалленберга" -> "Александр Шалленберг".

    The instrumental's endings say their case; a genitive is read only behind a man's given
    name, every word that declines read in the genitive, so that a woman's name in the
    nominative ("Мехрибан Алиева", "Захарова") stays as written. A name the morphology reads as a nominative
    ("Лев Толстой", "Сергей Шойгу") is left as it is; so are the words that never decline
    ("Франсуа", "Гросси", "Ли", "фон дер")."""
    words = name.split()
    if not words or any(not w[:1].isupper() and w not in _PARTICLES for w in words):
        return name
    declining = [(w, _morphology().parse(w)) for w in words if not _indeclinable(w)]
    if not declining or any(_nominative_name(found) for _, found in declining):
        return name
    # no instrumental ends in "-о", "-у", "-и", "-е": such words beside one never decline ("Гросси")
    changed = [(w, _instrumental(w)) for w, _ in declining if not _vowel_ending(w)]
    if changed and all(base for _, base in changed):
        bases = dict(changed)
        return " ".join(bases.get(w) or w for w in words)
    # A genitive only behind a man's given name ("Александра Шалленберга"): a surname alone
    # may be a woman's nominative ("Захарова"), and her given name says so ("Мария Захарова").
    # (any reading: without probabilities "Барака" is first the barracks' genitive)
    if len(words) < 2 or not any({"Name", "masc", "gent", "sing"} <= p.tag.grammemes for p in declining[0][1]):
        return name
    genitive = {w: _genitive_base(w, found) for w, found in declining}
    if all(genitive.values()):
        return " ".join(genitive.get(w) or w for w in words)
    return name


def _indeclinable(word: str) -> bool:
    """A word of a name that Russian does not decline: a particle, a short Asian name ("Ли",
    "Ким"), a foreign name ending in a vowel other than "а"/"я" ("Гросси", "Чавушоглу")."""
    if word in _PARTICLES or len(word) <= 3:
        return True
    if _vowel_ending(word):
        return _morphology().parse(word)[0].tag.case != "gent" or "Fixd" in _morphology().parse(word)[0].tag
    return "Fixd" in _morphology().parse(word)[0].tag


def _vowel_ending(word: str) -> bool:
    lower = word.lower()
    return lower.endswith(_VOWELS) and not lower.endswith(("ии", "ые", "ие"))


def _nominative_name(parses: list[Any]) -> bool:
    best = parses[0] if parses else None
    return best is not None and "nomn" in best.tag.grammemes and bool(_NAME_GRAMMEMES & best.tag.grammemes)


def _instrumental(word: str) -> str | None:
    if len(word) < 4 or "-" in word:
        return None
    lower = word.lower()
    for ending, nominative in _INSTRUMENTAL:
        found = ending.search(lower)
        if found is not None:
            return word[: found.start()] + nominative
    return None


def _genitive_base(word: str, parses: list[Any]) -> str | None:
    best = parses[0] if parses else None
    if best is None or "-" in word or not word.endswith(("а", "я", "ы", "и")):
        return None
    grammemes = best.tag.grammemes
    if best.tag.POS != "NOUN" or "sing" not in grammemes or "gent" not in grammemes:
        return None
    # a man's name in "-а" declines as a woman's does ("Барака Обамы", "Ясира Арафата" but
    # "Обамы", "Никиты"): pymorphy3 tags such surnames of either gender (ms-f)
    if "masc" not in grammemes and not ("ms-f" in grammemes and word.endswith(("ы", "и"))):
        return None
    base = best.inflect({"nomn"})
    if base is None or base.word == word.lower():
        return None
    return str(base.word).capitalize()


# Endings of the cases other than the nominative (singular and plural) a town's name takes
_OBLIQUE_ENDINGS = ("у", "ю", "е", "и", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ами", "ями")


def _geographic_base(token: str) -> str | None:
    """The nominative pymorphy3 gives a word it reads first as a place name (tagged Geox:
    "Иокогаму" -> "Иокогама", "Каннах" -> "Канны"), cased as written; else None."""
    if not token.endswith(_OBLIQUE_ENDINGS):
        return None  # a nominative the gazetteer does not know is no town of its ("Лавров")
    best = next((p for p in _morphology().parse(token) if p.tag.POS == "NOUN" and "Geox" in p.tag.grammemes), None)
    if best is None:
        return None
    parts, bases = token.split("-"), best.normal_form.split("-")
    if len(parts) != len(bases):
        return None
    return "-".join(b.capitalize() if a[:1].isupper() else b for a, b in zip(parts, bases, strict=True))


_CAPITAL = re.compile(r"(?P<adjective>[а-яё]+)\s+столиц\w*|столиц\w*\s+(?P<country>[А-ЯЁ][\w-]+)")


def _capital_named(phrase: str) -> str | None:
    """The capital's name (as the gazetteer writes it in Cyrillic) of "бельгийской столице",
    "столицы Казахстана", or None."""
    from diplocal.places import capital_of, country_adjectives, country_names, names_of_city

    match = _CAPITAL.fullmatch(phrase)
    if match is None:
        return None
    adjective, country = match.group("adjective"), match.group("country")
    if adjective:
        table = country_adjectives(CODE)
        code = table.get(LEMMA(adjective)) or table.get(_lemma_of(adjective) + "ий")
    else:
        code = country_names(CODE).get(name_base(country))
    capital = capital_of(code) if code else None
    if capital is None:
        return None
    names = names_of_city("cyrillic", capital.id)
    return min(names, key=len) if names else None


def _without_full_stop(token: str) -> str:
    """A word without the full stop that ends its sentence ("Франции." -> "Франции"); an
    abbreviation with inner stops keeps it."""
    return token[:-1] if token.endswith(".") and token.count(".") == 1 else token


# Endings of case and gender, longest first: a word the lemmatiser does not know ("Шанхайской",
# "Астане") is compared by its stem, so that the name and its other forms meet.
_ENDINGS = tuple(
    sorted(
        "ыми ими ами ями ого его ому ему ая яя ое ее ые ие ой ей ый ий ую юю ым им ых их ом ем ах ях ам ям ов ев ью "
        "ия ии ию а я у ю е ы и о ь й".split(),
        key=len,
        reverse=True,
    )
)


@word_memo(65536)
def _lemma_of(word: str) -> str:
    folded = word.casefold()
    found = LEMMA(folded)
    if found != folded or not folded.isalpha() or simplemma.is_known(folded, lang=CODE):
        return found
    if folded.endswith(("ско", "цко")):
        return folded[:-1] + "ий"  # the first part of a compound adjective: "российско-турецкие"
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            return folded[: len(folded) - len(ending)]
    return folded


# Name keys carry a mark, so that the pack's lemma passes them through untouched; a word in lower
# case whose lemma is a capitalised name's gets another ("того" of "Кроме того" is not Togo).
_KEY = "\u00b7"
_COMMON = "\u00a6"


@lru_cache(maxsize=1)
def _name_lemmas() -> frozenset[str]:
    """The lemmas of the one-word names written with a capital (countries, organisations, venues)."""
    from diplocal.places import country_names, organisation_names, venue_names

    names = [*country_names(CODE), *organisation_names(CODE), *venue_names(CODE)]
    return frozenset(_lemma_of(n) for n in names if n[:1].isupper() and " " not in n and not n.isupper())


@word_memo(65536)
def fold_letters(token: str) -> str:
    """The key a name's word is looked up by: its lemma, marked (see ``_KEY`` and ``_COMMON``)."""
    key = _lemma_of(_without_full_stop(token))
    if token[:1].islower() and key in _name_lemmas():
        return _COMMON + key
    return _KEY + key


def lemma(word: str) -> str:
    """A word's lemma: simplemma's, else the stem of a word it does not know; a name key (see
    :func:`fold_letters`) stays as it is."""
    return word if word[:1] in (_KEY, _COMMON) else _lemma_of(word)


def build() -> LanguagePack:
    """The Russian pack."""
    return build_pack(
        code=CODE,
        name="Russian",
        lemma=lemma,
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
        title_words=_PARTICLES | {"и"},
        case_sensitive_names=True,
        extra={
            # "в столице страны": the capital of the country named before, or the dateline's
            "country_capital": re.compile(r"(?<![\w-])столиц[еуаы] страны(?![\w-])"),
            # what joins a day counted forward to the meeting it counts from: "на следующий день после саммита"
            "day_counted_from": re.compile(r"\s+после\s+", IGNORE),
            # a sentence that opens "instead" ("Instead, they will meet on Tuesday") tells a meeting in
            # place of the one told before
            "instead": re.compile(r"^\W*(?:вместо этого|взамен)(?![\w-])", IGNORE),
            # a source told after the meeting by no verb of its own (", according to an outline
            # circulated"): its verbs are the report's, no tense of the meeting's
            "source_after": re.compile(r",\s+(?:по данным|по словам|по информации|согласно)\b"),
            # a day told of a precedent the meeting is compared with: "Как и на раундах в январе и
            # феврале, делегации соберутся в отеле"
            "as_before": re.compile(r"(?<!\w)как\s+и\s+(?:на|в|во)\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE),
            # встреча, о которой текст лишь спрашивает, состоится ли она: "Пока неясно, встретятся ли
            # лидеры", "остается открытым вопрос, состоится ли"
            # "в субботу никаких официальных переговоров не будет": none of them
            "none_of": re.compile(
                r"(?i:(?<![\w-])(?:никаких|никакой|никакого|не будет|не состоится никаких)\s+(?:(?:официальных|новых"
                r"|отдельных|прямых)\s+){0,2}$)"
            ),
            # some who join a meeting by video: "примет участие в режиме видеоконференции", "выступит по видеосвязи"
            "joins_remotely": re.compile(
                r"(?<![\w-])(?:примет участие|примут участие|выступит|выступят|подключится|подключатся|присоединится"
                r"|присоединятся|участвовать|выступить)\s+(?:[\w-]+\s+){0,3}?$",
                re.IGNORECASE,
            ),
            "open_question": re.compile(
                r"(?<![\w-])(?:[Нн]еясно|[Нн]е ясно|[Нн]еизвестно|[Нн]е известно|[Нн]епонятно|[Пп]од вопросом|открытым вопрос\w*"
                r"|[Нн]е решено|[Нн]е определено)\s*,?\s*(?:[\w-]+\s+){0,3}?[\w-]+\s+ли(?![\w-])"
            ),
            # a state's own cabinet or chamber holding its sitting: what its topic names meets not
            "state_sitting": re.compile(
                r"(?<![\w-])(?:[Пп]равительств\w*|[Кк]абинет\w* министров|Госдум\w*|Совет\w* Федерации|[Пп]арламент\w*)(?![\w-])"
            ),
            # "министров ... двух стран": the pair the text named before, not an organisation
            # a pronoun holding the meeting the sentence before named: "Ожидается, что оно пройдет
            # 26 и 27 июля", "Она состоится в понедельник"
            "held_pronoun": re.compile(
                r"(?:(?:Ожидается|Предполагается|Планируется|Известно),\s+что\s+)?(?:[Оо]но|[Оо]на|[Оо]ни)"
                r"\s+(?:пройд[её]т|пройдут|состоится|состоятся|откроется|откроются|начн[её]тся|начнутся)(?![\w-])"
            ),
            # right before a verb of meeting, its denial: "не поедет", "не встретится"
            "denied_verb": re.compile(r"(?<![\w-])не\s+$", re.IGNORECASE),
            "two_countries": re.compile(r"(?<![\w-])(?:двух|обеих|обоих|двум) (?:стран|государств)\w*", re.IGNORECASE),
            # "former" before a country that no longer exists: its successors ("six former Soviet republics")
            "former_before": re.compile(r"(?<![\w-])(?:бывш\w+|экс)[\s-]+$", re.IGNORECASE),
            # a photo's caption tells of the picture (a past meeting, a building), never of a
            # meeting to come: "PHOTO: leaders at the summit in June"
            # where the meeting told before is: "пройдёт там же накануне", "at the same venue"
            # before the place a meeting is not held in: "в Аддис-Абебе, а не в Джибути"
            "not_there": re.compile(r"(?<![\w-])(?:а не|вместо|не)\s+(?:в|во)\s+$", re.IGNORECASE),
            "not_going": re.compile(r"(?<![\w-])вместо\s+(?:поездки|визита)\s+(?:в|во)\s+$", re.IGNORECASE),
            # a cancellation only for the time being is a postponement: "пока не состоится"
            "for_now": re.compile(
                r"(?<![\w-])(?:пока что|до особого распоряжения|до дальнейшего уведомления|в ближайшее время не"
                r"|в намеченный срок|в запланированный срок|в назначенный срок|как (?:изначально |первоначально |ранее )?планировалось|как предполагалось)(?![\w-])",
                re.IGNORECASE,
            ),
            # after a "с" date, a meeting that is running: "сессия, которая проходит с 26 февраля"
            "runs_since": re.compile(
                r"(?<![\w-])(?:проходит|проходят|идёт|идет|идут|работает|продолжается)(?![\w-])", re.IGNORECASE
            ),
            # "Первоначально встреча лидеров БРИКС была запланирована на 21-22 июля": the adverb
            # opens the clause, its subject between it and the date
            "superseded_reach": 70,
            # a country that stays away ("without Russia") is no participant
            "without": re.compile(r"(?<![\w-])без(?:\s+участия)?\s+$"),
            # the next item of a list, told after the date: "саммита ..., намеченного на 16-17 ноября, и
            # конференции ООН": the date is the first item's
            "next_item": re.compile(r"^\s*,\s*(?:и|а также)\s+(?:[\w-]+\s+){0,2}$"),
            # "on Friday, the first full day of a three-day state visit": it began the day before
            "first_full_day": re.compile(r"(?<![\w-])перв\w+ полн\w+ (?:день|дня)(?![\w-])", re.IGNORECASE),
            # a day that comes back ("every Monday"): no one meeting's date
            "recurring": re.compile(r"(?<![\w-])кажд(?:ый|ую|ое|ого)\s+$", re.IGNORECASE),
            # "проведет пресс-конференцию в пятницу, чтобы рассказать о визите": its day
            "statement_day": re.compile(
                r"(?<![\w-])(?:пресс-конференци\w+|брифинг\w*|заявлени\w+|коммюнике"
                # "..., сообщил в пятницу источник": the verb of saying, right before its day
                r"|(?:заявил|сообщил|объявил|подтвердил|уточнил|рассказал)[аои]?)\s+(?:во?\s+)?$",
                re.IGNORECASE,
            ),
            # "Мишель в среду заявил ...", "в среду договорились перенести встречу": the day of a
            # statement or a decision, told right before its verb
            "statement_after": re.compile(
                r"\s+(?:заявил\w*|сообщил\w*|объявил\w*|подтвердил\w*|опроверг\w*|отказал(?:ся|ась|ись)"
                r"|договорил(?:ись|ся|ась)|решил[аи]?)(?![\w-])",
                re.IGNORECASE,
            ),
            # a day told with the one it replaces: "в пятницу вместо четверга"
            "instead_of": re.compile(r",?\s+вместо(?![\w-])(?!\s+этого)", re.IGNORECASE),
            # a day denied for the one after it: "пройдут не в четверг, а в пятницу"
            "not_but": (
                re.compile(r"(?<![\w-])не\s+(?:в|во)?\s*$"),
                re.compile(r"[^,;.:]{1,25}?,\s+а\s+(?:уже\s+|только\s+)?(?:в|во)\s"),
                re.compile(r"(?<![\w-])не\b[^;.]{0,60}?,\s+а\s+(?:уже\s+|только\s+)?(?:(?:в|во)\s+)?$"),
            ),
            # an office named after the body it heads: "председатель Европейского совета" (no meeting of it)
            "office_of": re.compile(
                r"(?<![\w-])(?:[Пп]редседател\w+|[Пп]резидент\w*|[Гг]енсек\w*|[Гг]енеральн\w+ секретар\w+)\s+$"
            ),
            "same_place": re.compile(
                r"(?<![\w-])(?:там же|в том же (?:месте|городе|зале|отеле|здании|дворце|центре))(?![\w-])",
                re.IGNORECASE,
            ),
            "caption": re.compile(r"^\s*(?:Фото|На фото|ФОТО)\s*[:|–-]"),
            # a meeting at an organisation's headquarters is at its seat
            "headquarters": re.compile(r"штаб-квартир\w*|(?<![\w-])штаб-квартир", re.IGNORECASE),
            # what joins a trip to the summit it goes to: "reist am Montag zum Ukraine-Gipfel"
            # dates the summit, not a visit of its own
            "to_meeting": re.compile(r"(?<!\w)на\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
            # who says it, named after the verb of saying: not who meets ("..., сообщил
            # журналистам помощник президента Юрий Ушаков")
            "reporter_before_name": re.compile(
                # "..., сообщил журналистам помощник президента Юрий Ушаков", "Как сообщил на
                # брифинге официальный представитель МИД Китая Хун Лэй, ..."
                r"(?:^|[,—–]\s*|(?<![\w-])как\s+)(?:сообщил|заявил|сказал|рассказал|отметил|подчеркнул|добавил|пояснил|уточнил|напомнил|заверил|сообщила|заявила|сказала|рассказала|отметила|добавила)\s+(?:[\w.-]+\s+){0,7}$",
                re.IGNORECASE,
            ),
            # the meeting another is held beside: "will hold talks on the sidelines of Monday's
            # summit" dates the talks, not a summit of theirs
            "beside_of": re.compile(r"(?<!\w)на полях\s+$", re.IGNORECASE),
            # a vote that opens its sentence and is held, the date later in that clause: the vote's
            # day, wherever it is held ("Выборы новых членов Совета на 2025-2027 годы пройдут в
            # Генеральной Ассамблее в Нью-Йорке 9 октября")
            "vote_held": re.compile(
                r"^\W*(?:[Вв]ыбор\w*|[Гг]олосовани\w*|[Рр]еферендум\w*)\s+(?:[^,.;:]+?\s+)?"
                r"(?:пройд[её]т|пройдут|состоится|состоятся)\s[^,.;:]*$"
            ),
            # words (lemmas) that say what kind of town a place is, before its name: "в курортном
            # Сочи", "в приморском Владивостоке" (a country's adjective is read from the places data)
            "town_adjectives": frozenset(
                "курортный приморский черноморский портовый пограничный старинный древний горный".split()
            ),
            # a verb of holding that ends the words between a meeting noun and its date: the commas
            # before it set off an aside ("a summit, gathering France, Germany, Russia and Ukraine,
            # will be held on 9 December")
            # the verb of holding right before its subject, the meeting noun ("в среду ... пройдет
            # совещание"): the day before the verb is the meeting's
            "held_before_noun": re.compile(
                r"(?<![\w-])(?:пройд[её]т|пройдут|состоится|состоятся|откроется|откроются|начнется|начнётся)\s+$"
            ),
            "held_before_date": re.compile(
                r"(?<!\w)(?:пройдет|пройдёт|пройдут|состоится|состоятся|откроется"
                # the plan a move or a cancellation undoes: "которые должны были пройти в субботу"
                r"|должн[аоы]?\s+был[аои]?\s+(?:пройти|состояться|открыться)"
                r"|(?:планировал|намечал)(?:ось|ась|ись|ся)\s+(?:провести\s+)?(?:на\s+)?"
                # a participle agreeing with the noun: "саммита АТЭС в Сантьяго, намеченного на 16-17 ноября"
                r"|(?:намеченн|запланированн|назначенн)\w+\s+на"
                # its short form as the predicate: "Встреча ... запланирована на среду"
                r"|(?:намечен|запланирован|назначен)[аоы]?(?:\s+на)?)"
                # the plan kept, told in an aside: "пройдут, как и планировалось, в понедельник"
                r"(?:\s*,\s*как\s+(?:и\s+)?(?:планировалось|было\s+запланировано|намечалось|предполагалось|ожидалось)\s*,)?\s+"
                # where, between the verb and the day: "пройдет в столице Таджикистана 15 сентября"
                r"(?:(?:в|во)\s+(?:[\w-]+\s+){1,3})?$"
            ),
            # A meeting called off that is on again: its report revives it.
            "back_on": re.compile(
                r"(?<![\w-])(?:всё-таки|все-таки|всё же|все же|снова в силе|возобновлен\w*)(?![\w-])", IGNORE
            ),
            # A meeting named as what something else readies: the date before it is that other's.
            "bare_person": BARE_PERSON,
            # a person's name in the nominative, as titles write it
            "person_base": person_base,
            # a sentence that opens on "separately": its meeting is not the one told before
            # a gathering of people who hold no office: "на встрече с журналистами", "встреча с инвесторами"
            # a body's routine sitting ("на еженедельное заседание правительства")
            "routine_sitting": (re.compile(r"\bеженедельн\w*\s+(?:\w+\s+)?$", re.IGNORECASE), NEVER),
            "private_gathering": re.compile(
                r"\s+(?:с|со|для)\s+(?:[\w-]+\s+){0,2}?(?:журналист\w*|студент\w*|активист\w*|сторонник\w*"
                r"|инвестор\w*|предпринимател\w*|бизнесмен\w*|учен\w+|болельщик\w*|блогер\w*)(?![\w-])",
                IGNORE,
            ),
            "separate_opening": re.compile(r"\s*(?:Отдельно|Параллельно)(?![\w-])"),
            # a sentence that opens on what comes first: its weekday is not the week told before's
            "before_that": re.compile(r"(?:Перед этим|До этого|Предварительно|Прежде)(?![\w-])"),
            "separate": re.compile(
                r"(?<![\w-])(?:отдельн\w+|ещё одн\w+|еще одн\w+|втор\w+)\s+(?:[\w-]+\s+){0,2}$", IGNORE
            ),  # "a separate meeting of Putin and Lukashenko": not the one told before
            # a press conference or briefing about a visit or talks is neither ("проведет
            # пресс-конференцию по итогам поездки", "брифинг о предстоящем визите")
            "topic_of_other": re.compile(
                r"(?<![\w-])(?:пресс-конференц\w*|брифинг\w*|пресс-подход\w*|слушани\w*|выставк\w*)"
                r"(?:\s+[\w-]+){0,4}?\s+(?:по итогам|по результатам|по поводу|о|об|посвященн\w+)\s+"
                r"(?:(?!(?:этой|этого|следующей|следующего|прошлой|прошлого)(?![\w-]))[\w-]+\s+){0,2}$",
                IGNORE,
            ),
            "prepares_for": re.compile(
                r"(?<![\w-])(?:для подготовки|в рамках подготовки к|в преддверии|в канун|перед|накануне|для подтверждения|чтобы подтвердить)"
                r"\s+(?:[\w-]+\s+){0,3}$"
                r"|(?<![\w-])до(?:\s+(?:начала|открытия))?\s+(?:[\w-]+\s+)?$",  # "до начала саммита": before it
                IGNORE,
            ),
            # a state's style before its name: "в Арабскую Республику Египет"
            "state_style": re.compile(
                r"(?:[А-ЯЁ][а-яё]+\s+){0,2}(?:Республик|Королевств|Султанат|Княжеств|Эмират|Федераци)[а-яё]*\s+"
            ),
            "inflected_names": True,
            "bare_nouns_refer": True,  # no articles: "перенести встречу" may be the meeting told before
            "script": "cyrillic",
            "town_of_adjective": _town_of_adjective,
            "strip_prefixes": name_base,
            "fold_letters": fold_letters,
            # a relative clause opening after a comma: its verb is not the main one
            "relative_opener": re.compile(r",\s+(?:[\w-]+\s+){0,2}?(?:котор\w+|где|куда)\b"),
            # the word for where a meeting is held: "the venue, the State House in Dar es Salaam"
            # a match's words: "сборная сыграет с Танзанией во вторник" is no meeting
            "sport": re.compile(
                r"(?<![\w-])(?:футбол\w*|сборн(?:ая|ой|ую|ые|ых)|матч\w*|ФИФА|УЕФА|хоккей\w*|баскетбол\w*|волейбол\w*"
                r"|регби|гандбол\w*|тренер\w*|нападающ\w+|вратар\w+)(?![\w-])",
                re.IGNORECASE,
            ),
            # "отдельные встречи с Ли Цяном и Кисидой": one meeting with each guest
            "each_apart": re.compile(r"(?<![\w-])(?:отдельн\w+|по отдельности|с каждым)(?![\w-])", IGNORE),
            # "накануне, то есть в воскресенье": one day told twice
            "restated": re.compile(r"\s*,?\s*(?:то есть|т\.\s?е\.)\s*,?\s*", IGNORE),
            "where_clause": re.compile(r",\s+где(?![\w-])"),
            "sequenced": re.compile(r"(?<![\w-])(?:[Пп]осле|[Пп]еред|[Дд]о|[Нн]акануне)\s+$"),
            "hosts_guest": re.compile(r"(?<![\w-])(?:примет|принимает) (?:его|её|ее)(?![\w-])"),
            "venue_word": re.compile(r"(?<![\w-])(?:мест\w* проведения|площадк\w*)(?![\w-])"),
            # a count that announces a list: "cancelled the two stops: ... and ..."
            "list_count": re.compile(r"(?<![\w-])(?:две|два|три|четыре|обе|оба|обеих|обоих)(?![\w-])", re.IGNORECASE),
            # words right after a day counted from a meeting saying it counts from its last day
            # ("the day after the close of the summit")
            "after_close": re.compile(r"\s+(?:после\s+)?(?:окончания|завершения|закрытия)\b"),
            # a span to come, no day of its own: "within the next month", "innerhalb der nächsten Woche"
            "within_span": re.compile(r"(?<!\w)в\s+течение\s+$", re.IGNORECASE),
            # words that open a relative clause, whose tense is its own
            "relative_after": re.compile(r"(?<!\w)(?:котор\w*|чей|чь\w+)"),
            "list_joiners": frozenset({"и"}),
            # "au Caire ou à Doha": the words that offer places as alternatives
            "alternative_joiners": frozenset({"или", "либо"}),
            "bare_hours": True,
            "title_leading_drop": frozenset({"с", "со", "между", "по"}),
            "title_break_words": _TITLE_BREAKS,
            "title_trailing_drop": frozenset({"и", "а", "в", "на"}),
            "subject_leading_drop": frozenset({"и", "а", "в", "на"}),
            "cue_hint": re.compile(alternation(CUE_HINTS)),
            "anaphoric_days": ANAPHORIC_DAYS,
            "days_told_before": frozenset({"этот день", "тот день"}),
            "nth_days": NTH_DAYS,
            "relative_weeks": RELATIVE_WEEKS,
            "relative_months": RELATIVE_MONTHS,
            "roles_english": [(re.compile(pattern, IGNORE), english) for pattern, english in _ROLES],
        },
    )
