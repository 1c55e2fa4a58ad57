"""Spanish: month and weekday names from CLDR, relative words from dateparser's locale data,
word forms from simplemma, and the meeting, status, tense and hedge words of Spanish news."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from diplocal.extract.lang.base import (
    NEVER,
    LanguagePack,
    MeetingWord,
    alternation,
    compile_grammar,
    simplemma_lemma,
)
from diplocal.extract.lang.calendar import calendar_words, relative_words
from diplocal.places import country_adjectives

CODE = "es"
IGNORE = re.IGNORECASE
# Letters as Spanish writes them, and the names it quotes (Niinistö, Erdoğan, Radosław): lower
# case, capitals.
LOW = r"a-zß-öø-ÿăāąćčďđēėęěğīįıķĺľłńňōőŕřśšşţťūůűųźżžșț"
CAP = r"A-ZÀ-ÖØ-ÞĂĀĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŇŌŐŔŘŚŠŞŢŤŪŮŰŲŹŻŽȘȚ"

# -- calendar --------------------------------------------------------------------------------

MONTHS, WEEKDAYS = calendar_words(CODE)
RELATIVE = relative_words(CODE)
NUMBERS = {
    "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "primero": 1,
}  # fmt: skip
# "mañana" is both "tomorrow" and "morning": the grammar reads it as a day only when no
# article stands before it ("por la mañana" is a part of the day).
RELATIVE_DAYS = {k: v for k, v in RELATIVE["days"].items() if abs(v) <= 2} | {
    "pasado mañana": 2, "esta noche": 0, "esta tarde": 0, "esta mañana": 0, "anoche": -1,
}  # fmt: skip
RELATIVE_WEEKS = {k: v for k, v in RELATIVE["weeks"].items() if " " in k and len(k) > 9} | {
    "la semana que viene": 1, "la semana próxima": 1, "la semana entrante": 1, "la próxima semana": 1,
}  # fmt: skip
RELATIVE_MONTHS = RELATIVE["months"] | {
    "el mes que viene": 1, "el mes próximo": 1, "el mes entrante": 1, "el próximo mes": 1, "este mes": 0,
}  # fmt: skip
QUALIFIERS = {
    "próximo": "next", "próxima": "next", "que viene": "next", "entrante": "next", "pasado": "last", "pasada": "last",
    "último": "last", "última": "last", "este": "this", "esta": "this", "antes de": "before", "desde": "since",
    "hasta": "until", "a partir de": "from", "más tarde": "later", "principios": "early", "comienzos": "early",
    "inicios": "early", "finales": "later", "fines": "later", "mediados": "", "de": "this", "del": "this", "el": "nearest",
    "a principios": "early", "a comienzos": "early", "a inicios": "early", "a finales": "later", "a fines": "later",
}  # fmt: skip
UNITS = {"semana": "week", "fin de semana": "weekend", "mes": "month", "año": "year"}
MONTH_PARTS = {
    "principios": "early", "comienzos": "early", "inicios": "early", "mediados": "mid", "finales": "late",
    "fines": "late", "primeros días": "early", "últimos días": "late", "primera quincena": "early",
    "segunda quincena": "late",
}  # fmt: skip


# Days told by another day of the text, and the days of a meeting counted from its first.
ANAPHORIC_DAYS = {
    "mismo día": 0, "día siguiente": 1, "día anterior": -1, "víspera": -1,
    "ese día": 0, "ese mismo día": 0, "aquel día": 0, "aquel mismo día": 0,
}  # fmt: skip
NTH_DAYS = {
    "primer": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercera": 3, "cuarto": 4,
    "cuarta": 4, "último": -1, "última": -1,
}  # fmt: skip


def _month_slot(months: dict[str, int]) -> str:
    """Month names as the grammar reads them. A full name in lower case stands anywhere
    ("en julio"); a capitalised one or an abbreviation ("15 oct") only after a day, so that
    "Julio" (a name) and "mar" (the sea) are not months."""
    names = sorted(k for k in months if len(k) >= 3)
    short = {k for k in names if any(o != k and o.startswith(k) and months[o] == months[k] for o in names)}
    full = [k for k in names if k not in short]
    after_day = r"(?:(?<=\d )|(?<=\d de )|(?<=\d\.º de )|(?<=\d\. ))"
    return rf"(?:(?:{alternation(full)})(?!\w)|{after_day}(?i:{alternation(names)})\.?(?!\w))"


def _words(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, longest first."""
    return alternation(sorted(words, key=len, reverse=True))


_MONTH = _month_slot(MONTHS)
# "Santo Domingo" is a city, not a Sunday
_WEEKDAY = rf"(?i:(?<!\w)(?<!Santo )(?:{_words(w for w in WEEKDAYS if len(w) >= 4)})(?!\w))"
# "el jueves por la mañana": a part of the day, not "tomorrow"
_DAYPART = r"(?:\s+(?:por|en|a)\s+la\s+(?:mañana|tarde|noche)|\s+(?:al\s+)?mediodía|\s+de\s+madrugada)?"
SLOTS = {
    "MONTH": _MONTH,
    "MONTH2": _MONTH,
    "WEEKDAY": _WEEKDAY,
    "WEEKDAY2": _WEEKDAY,
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:\.?º)?(?!\d)(?![,.]\d)(?!\s*(?:%|por ciento|años|horas|días|meses|millones|mil\b))",
    "YEAR": r"(?:19\d\d|20\d\d)",
    "REL": rf"(?i:(?<![\w-])(?<!la )(?<!las )(?:{_words(RELATIVE_DAYS)})(?![\w-]))",
    "RELWEEK": rf"(?i:(?<!\w)(?:{_words(RELATIVE_WEEKS)})(?!\w))",
    "RELMONTH": rf"(?i:(?<!\w)(?:{_words(RELATIVE_MONTHS)})(?!\w))",
    # "el próximo jueves", "el jueves próximo", "el pasado miércoles", "este viernes"
    "QUAL": r"(?i:próxim[oa]|pasad[oa](?!\s+mañana)|este|esta)(?!\w)",
    # after a month ("en noviembre pasado"), or before a week ("a finales de la próxima semana")
    "QUAL2": r"(?i:próxim[oa]|pasad[oa]|que viene|entrante|más tarde|a (?:principios|comienzos|inicios|finales|fines)"
    r"|(?:principios|comienzos|inicios|finales|fines))(?!\w)",
    # ("de" as in "a finales de mes", never the "de" of "fin de semana", which is no week)
    "WHICH": r"(?i:este|esta|próxim[oa]|pasad[oa]|que viene|entrante|(?<!fin )del?|el(?=\s+fin de semana))(?!\w)",
    "UNIT": r"(?i:fin de semana|semana|mes|año)(?!\w)",
    "PART": r"(?i:principios|comienzos|inicios|mediados|finales|fines|primeros días|últimos días"
    r"|(?:primera|segunda) quincena)",
    "TO": r"\s*(?:-|al|a|y(?:\s+el)?|hasta el)\s*",
    "TOWD": r"\s+(?:y|a|al)\s+(?:el\s+)?",
    "QUALM": r"(?:antes de|desde|hasta|a partir de|para)",
    "DAYPART": _DAYPART,
    "ANAPHD": r"(?i:(?:ese|aquel)\s+(?:mismo\s+)?día)",
    "ANAPH": r"(?i:mismo día|día siguiente|día anterior|víspera)",
    "ANAPHN": r"(?i:(?:un|dos|tres|cuatro|\d)\s+días?\s+(?:antes|después|más\s+tarde))",
    "NTH": r"(?i:primer|primera|segundo|segunda|tercer|tercera|cuarto|cuarta|último|última)",
}
SLOTS["DAY2"] = SLOTS["DAY"]
SLOTS["REL2"] = SLOTS["REL"]

# (kind, template): the kind says how the generic reader takes the groups (see tag/dates.py).
DATE_TEMPLATES = [
    # "del 30 de noviembre al 2 de diciembre"
    (
        "days",
        r"(?:{WEEKDAY},?\s+)?{DAY}\s+de\s+{MONTH}{TO}(?:{WEEKDAY2},?\s+)?{DAY2}\s+de\s+{MONTH2}(?:\s+de(?:l)?\s+{YEAR})?",
    ),
    # "del 14 al 16 de mayo", "el 29 y 30 de junio", "el jueves 2 y el viernes 3 de mayo"
    ("days", r"(?:{WEEKDAY},?\s+)?{DAY}{TO}(?:{WEEKDAY2},?\s+)?{DAY2}\s+de\s+{MONTH}(?:\s+de(?:l)?\s+{YEAR})?"),
    # "el lunes 7 de febrero", "el jueves, 29 de agosto de 2024"
    ("day", r"{WEEKDAY},?\s+{DAY}\s+de\s+{MONTH}(?:\s+de(?:l)?\s+{YEAR})?"),
    # "el 10 de enero", "el próximo 9 de septiembre", "el 3 de julio de 2023"
    ("day", r"{DAY}\s+de\s+{MONTH}(?:\s+de(?:l)?\s+{YEAR})?"),
    # "15 oct" (a dateline)
    ("day", r"{DAY}\s+{MONTH}(?:\s+{YEAR})?"),
    # "el miércoles 9", "el domingo 13": a day of an unnamed month, read as nothing rather
    # than as the weekday alone (which may fall in another week)
    ("day", r"{WEEKDAY}\s+{DAY}(?!\s*(?:[-:h.,]?\d|horas?\b|de\s))"),
    # "de jueves a sábado", "el lunes y el martes"
    ("weekdays", r"(?:{QUAL}\s+)?{WEEKDAY}{TOWD}{WEEKDAY2}{DAYPART}"),
    # "el próximo jueves", "este viernes", "el jueves por la mañana"
    ("weekday", r"{QUAL}\s+{WEEKDAY}{DAYPART}"),
    ("weekday", r"{WEEKDAY}(?:\s+{QUAL})?{DAYPART}"),
    # "mañana y el sábado", "hoy y mañana", "mañana por la mañana", "pasado mañana"
    ("relative", r"{REL}\s+y\s+{REL2}"),
    ("relative", r"{REL},?\s+y\s+(?:el\s+)?{WEEKDAY2}"),
    # "mañana, sábado": the same day, named twice
    ("relative", r"{REL},?\s+{WEEKDAY2}(?!\s+\d)"),
    ("relative", r"{REL}{DAYPART}"),
    # "la próxima semana", "a finales de la semana que viene", "el mes que viene"
    ("period", r"(?:{QUAL2}\s+de\s+)?{RELWEEK}"),
    ("period", r"(?:{QUAL2}\s+del?\s+)?{RELMONTH}"),
    # "este fin de semana", "el próximo fin de semana", "a finales de mes"
    ("period", r"{WHICH}\s+{UNIT}"),
    ("period", r"{QUAL2}\s+{WHICH}\s+{UNIT}"),
    ("period", r"(?:el|la)\s+{UNIT}\s+{WHICH}"),
    # "a mediados de abril", "a finales de marzo", "a principios del mes de junio"
    ("month_part", r"{PART}\s+de(?:l\s+mes\s+de)?\s+{MONTH}(?:\s+de(?:l)?\s+{YEAR})?"),
    # "en julio", "en noviembre pasado", "en septiembre de 2024"
    ("month", r"(?:{QUALM}\s+|(?:en|el mes de|durante|para)\s+)?{MONTH}(?:\s+de(?:l)?\s+{YEAR})?(?:\s+{QUAL2})?"),
    # days told by another day of the text: "el mismo día", "al día siguiente", "la víspera"
    ("anaphoric", r"(?:(?i:el|al|la|en la))\s+{ANAPH}(?!\s+(?:de|del)\b)(?!\w)"),
    # "El 15 de abril se cumple el aniversario. Ese día ...": the day told just before
    ("anaphoric", r"(?:(?i:en|durante)\s+)?{ANAPHD}(?!\w)"),
    # "Un día antes, los ministros ...": counted from the day the text told before
    ("anaphoric", r"(?<![\w-]){ANAPHN}(?!\s+(?:de|del|que)\b)(?!\w)"),
    ("nth_day", r"(?:en\s+)?(?:el|la|su)\s+{NTH}\s+(?:día|jornada)"),
    ("year", r"{QUALM}\s+{YEAR}(?![/\d])"),
]
# Every date phrase holds one of these words: the grammar is tried only near them.
ANCHORS = (
    rf"(?i:\b(?:{_words([*MONTHS, *(w for w in WEEKDAYS if len(w) >= 4), *RELATIVE_DAYS])})(?!\w)"
    r"|\b(?:semana|mes|año|mañana|tarde|noche|día|días|jornada|víspera)\b)|\b(?:19|20)\d\d\b"
)

# Clock times: "a las 10:00 hora local", "a las 9 de la mañana (hora de Bruselas)", "a las
# 18.00 GMT", "a las 15:30 horas", "al mediodía".
ZONE_WORDS = {
    "gmt": "UTC", "utc": "UTC", "hora local": "local", "horario local": "local", "hora peninsular": "Europe/Madrid",
    "hora española": "Europe/Madrid", "hora de españa": "Europe/Madrid", "hora argentina": "America/Argentina/Buenos_Aires",
    "hora chilena": "America/Santiago", "hora colombiana": "America/Bogota", "hora venezolana": "America/Caracas",
    "hora mexicana": "America/Mexico_City", "hora del centro de méxico": "America/Mexico_City",
    "tiempo del centro de méxico": "America/Mexico_City", "tiempo del centro": "America/Mexico_City",
    "hora del este": "America/New_York", "hora peruana": "America/Lima", "hora uruguaya": "America/Montevideo",
    "hora cubana": "America/Havana", "cet": "Europe/Madrid", "hora del pacífico": "America/Los_Angeles",
}  # fmt: skip
DAY_PARTS = {
    "de la mañana": "am", "de la madrugada": "am", "de la tarde": "pm", "de la noche": "pm", "a.m.": "am",
    "am": "am", "p.m.": "pm", "pm": "pm", "mediodía": "noon", "medianoche": "midnight",
}  # fmt: skip
_ZONE = (
    r"(?:GMT|UTC|CET|(?i:hora local|horario local|hora peninsular|hora española|hora de España|hora argentina"
    r"|hora chilena|hora colombiana|hora venezolana|hora mexicana|hora del centro de México|hora del este"
    r"|tiempo del centro de México|tiempo del centro"
    r"|hora peruana|hora uruguaya|hora cubana|hora del Pacífico))"
)
_ZONE_AFTER = r"(?:\s*[,(]?\s*(?:{ZONE}|{CITYZONE})\)?)?"
CLOCK_SLOTS = {
    "H": r"[01]?\d|2[0-3]",
    "MI": r"[0-5]\d",
    "AMPM": r"de la mañana|de la madrugada|de la tarde|de la noche|[ap]\.\s?m\.|[ap]m\b",
    "ZONE": _ZONE,
    "CITY": rf"[{CAP}][\w'-]+(?:[ -][{CAP}][\w'-]+)?",
    "NOON": r"mediodía|medianoche",
    "CITYZONE": r"(?i:horas?) de (?:{CITY})",  # "a las 10:00 horas de Chile"
    # "horas" after the time, unless it opens the zone ("a las 10:00 hora local")
    "HORAS": r"(?:\s*horas?\b(?!\s+(?:local|de\s|del\s|peninsular|español|argentin|chilen|colombian|venezolan|mexican|peruan"
    r"|uruguay|cuban)))?",
}
# A time right after an arrival verb is the arrival's ("llegará al mediodía"), not the meeting's.
_NOT_ARRIVAL = "(?<!llegará )(?<!llegarán )(?<!arribará )(?<!aterrizará )(?<!saldrá )(?<!partirá )"
CLOCK_TEMPLATES = [
    ("clock", r"\b{H}:{MI}(?!\d){HORAS}(?:\s*{AMPM})?" + _ZONE_AFTER),
    (
        "clock",
        _NOT_ARRIVAL
        + r"\b(?:a|desde|hasta|hacia|sobre|entre)\s+las?\s+{H}(?:[:.]{MI})?(?!\d){HORAS}(?:\s*{AMPM})?"
        + _ZONE_AFTER,
    ),
    ("clock", r"\b{H}\.{MI}(?!\d)\s*(?:horas?\b(?:\s*{AMPM})?|{AMPM})" + _ZONE_AFTER),
    ("clock", _NOT_ARRIVAL + r"\b(?:a|al|hacia|desde)\s+(?:el\s+)?{NOON}\b" + _ZONE_AFTER),
]

# -- meeting words ---------------------------------------------------------------------------

MEETING_WORDS = [
    MeetingWord(
        r"(?i:video-?conferencias?|videollamadas?|cumbres? virtual(?:es)?|reuni(?:ón|ones) virtual(?:es)?"
        r"|reuni(?:ón|ones) (?:telemáticas?|en línea|por videoconferencia))",
        "videoconference", False, 1.0,
    ),
    MeetingWord(r"(?i:(?:llamadas?|conversaci(?:ón|ones)|conferencias?) telefónicas?|contactos? telefónicos?)", "call", False, 0.8),
    MeetingWord(
        r"(?i:reuni(?:ón|ones) ministerial(?:es)?|conferencias? ministerial(?:es)?|consejos? ministerial(?:es)?|(?<=la )ministerial)",
        "ministerial", False, 1.0,
    ),
    # A council named as the meeting itself ("el Consejo Europeo", "el Consejo de Seguridad")
    MeetingWord(
        r"Consejo (?:Europeo|de Asuntos Exteriores|de Asuntos Generales|de Seguridad(?! Nacional)|Permanente"
        r"|del Mercado Común|(?:OTAN|Otan)-(?:Rusia|Ucrania)|de Paz y Seguridad|de Gobernadores|Ejecutivo|Atlántico)",
        "meeting", False, 0.8,
    ),
    MeetingWord(r"Asamblea General", "meeting", False, 0.8),
    MeetingWord(r"(?i:mesas? redondas?)", "meeting", False, 0.85),
    MeetingWord(r"COP ?\d{1,2}", "conference", False, 0.85),
    MeetingWord(r"(?i:se ver(?:án|á|emos))", "meeting", True, 0.75),
    MeetingWord(r"(?i:se celebrar(?:á|án)|tendr(?:á|án) lugar|se realizar(?:á|án))", "meeting", True, 0.7),
    MeetingWord(r"(?i:se entrevistar(?:á|án)|se encontrar(?:á|án))", "meeting", True, 0.8),
    # two governments' joint cabinet session: "el Gabinete Binacional"
    MeetingWord(r"(?i:gabinetes? binacional(?:es)?)", "meeting", False, 0.9),
    MeetingWord(rf"(?i:volar(?:á|án))(?=\s+(?:\w+\s+){{0,4}}?a\s+[{CAP}])", "visit", True, 0.7),
    # a tour's stops: "una gira que lo llevará el miércoles a Ciudad de México, el jueves a La Habana"
    MeetingWord(rf"(?<=\bque )(?:lo|la|los|las|le|les) llevará(?=\s+(?:\w+\s+){{0,4}}?a\s+[{CAP}])", "visit", True, 0.7),
    MeetingWord(rf"(?:estará|estarán)(?=\s+(?:\w+\s+){{0,2}}?en\s+[{CAP}])", "visit", True, 0.7),
    # Lemmas: every form of the word counts ("reunirán", "cumbres", "consultas").
    MeetingWord("cumbre", "summit", False, 1.0, lemma=True),
    MeetingWord("reunión", "meeting", False, 0.85, lemma=True),
    MeetingWord("encuentro", "meeting", False, 0.85, lemma=True),
    MeetingWord("cita", "meeting", False, 0.7, lemma=True),
    MeetingWord("conversación", "talks", False, 0.85, lemma=True),
    MeetingWord("negociación", "talks", False, 0.9, lemma=True),
    MeetingWord("consulta", "talks", False, 0.8, lemma=True),
    MeetingWord("diálogo", "talks", False, 0.75, lemma=True),
    MeetingWord("ronda", "talks", False, 0.8, lemma=True),
    MeetingWord("visita", "visit", False, 0.85, lemma=True),
    MeetingWord("gira", "visit", False, 0.85, lemma=True),
    MeetingWord("viaje", "visit", False, 0.8, lemma=True),
    MeetingWord("periplo", "visit", False, 0.7, lemma=True),
    MeetingWord("misión", "visit", False, 0.7, lemma=True),
    MeetingWord("sesión", "meeting", False, 0.85, lemma=True),
    MeetingWord("asamblea", "meeting", False, 0.75, lemma=True),
    MeetingWord("conferencia", "conference", False, 0.85, lemma=True),
    MeetingWord("foro", "conference", False, 0.75, lemma=True),
    MeetingWord("congreso", "conference", False, 0.7, lemma=True),
    MeetingWord("reunir", "meeting", True, 0.9, lemma=True),
    MeetingWord("recibir", "visit", True, 0.75, lemma=True),
    MeetingWord("visitar", "visit", True, 0.8, lemma=True),
    MeetingWord("viajar", "visit", True, 0.7, lemma=True),
    MeetingWord("desplazar", "visit", True, 0.7, lemma=True),
    MeetingWord("sesionar", "meeting", True, 0.85, lemma=True),
    MeetingWord("conversar", "meeting", True, 0.75, lemma=True),
    MeetingWord("acoger", "meeting", True, 0.6, lemma=True),
    MeetingWord("albergar", "meeting", True, 0.6, lemma=True),
]  # fmt: skip

# -- tense, hedges and status -----------------------------------------------------------------

# Adjectives of countries (places data): "el primer ministro chino" is a foreign leader.
_ADJECTIVES = alternation(a for a in country_adjectives(CODE) if a.isalpha() and a.islower())
# Preterites that say how a meeting was arranged or reported, not that it took place.
_ARRANGED = (
    r"anunci(?:ó|aron)|inform(?:ó|aron)|confirm(?:ó|aron)|indic(?:ó|aron)|señal(?:ó|aron)|dijo|dijeron"
    r"|asegur(?:ó|aron)|afirm(?:ó|aron)|precis(?:ó|aron)|explic(?:ó|aron)|convoc(?:ó|aron)|program(?:ó|aron)"
    r"|fij(?:ó|aron)|acord(?:ó|aron)|decidi(?:ó|eron)|comunic(?:ó|aron)|adelant(?:ó|aron)|detall(?:ó|aron)"
    r"|agreg(?:ó|aron)|añadi(?:ó|eron)|recalc(?:ó|aron)|destac(?:ó|aron)|reiter(?:ó|aron)|propuso|propusieron"
    r"|invit(?:ó|aron)|acept(?:ó|aron)|admiti(?:ó|eron)|reconoci(?:ó|eron)|pidi(?:ó|eron)|solicit(?:ó|aron)"
)
_PRETERITE = (
    rf"(?:[{LOW}]{{3,}}(?:ó|aron|ieron|ió)"
    # the irregular ones ("no estuvo presente en la sesión del miércoles")
    r"|estuvo|estuvieron|hizo|hicieron|pudo|pudieron|puso|pusieron|quiso|quisieron|supo|supieron|trajo|trajeron"
    r"|dio|dieron|anduvo|anduvieron|condujo|condujeron"
    # with a prefix ("Castro expuso el caso ante el Consejo Permanente", "intervino", "dijo")
    r"|(?:ex|pro|dis|im|com|re|su|pre)pus(?:o|ieron)|(?:pro|re|intro|tra|con)duj(?:o|eron)"
    r"|(?:ob|man|sos|con|re|de)tuv(?:o|ieron)|(?:inter|con|pre)vin(?:o|ieron)|dijo|dijeron"
    # and the imperfect ("el borrador que circulaba esta semana", "la negociación seguía abierta")
    rf"|[{LOW}]{{3,}}ab(?:a|an)|(?:segu|pod|exist|parec|manten|sosten|permanec|hac|dec|sab)ían?)"
)
# A future verb (third person), or a conditional (named: imperfects such as "querían" end alike).
_FUTURE_VERB = (
    rf"\b[{LOW}]{{2,}}(?:rá|rán)\b|\b(?:podr|deber|ser|habr|tendr|har|estar|ir|celebrar|reunir|viajar|visitar|participar"
    r"|asistir|mantendr|sostendr|realizar|retomar|reanudar|recibir)ía(?:n)?\b"
)
PATTERNS: dict[str, re.Pattern[str] | frozenset[str]] = {
    "future": re.compile(
        _FUTURE_VERB + rf"|\b(?:va|van|iba|iban)\s+a\s+[{LOW}]+(?:ar|er|ir)(?:se)?\b"
        r"|\b(?:debe|deben|debía|debían)\s+(?:[\w]+\s+)?[a-záéíóú]+(?:ar|er|ir)(?:se)?\b"
        r"|\b(?:previst[oa]s?|programad[oa]s?|convocad[oa]s?|fijad[oa]s?\s+para)\b|\btiene(?:n)?\s+previsto\b"
        # a meeting called or set for a day ("el Consejo convocó para el 23 de junio una sesión")
        r"|\b(?:convoc|fij|program|agend)(?:ó|aron)\s+(?:[\w]+\s+){0,4}?para\s+(?:el|los|la|este|esta|mañana)\b"
        r"|\bpróxim[oa]s?\b|\bque viene\b|\bentrante\b|\bpasado mañana\b|(?<!la )(?<!las )\bmañana\b|\besta noche\b"
        r"|\bmás tarde\b|\bde cara a\b|\ben vísperas de\b|\ba la espera de\b|\bpreparativos\b|\bpreparatori[oa]s?\b"
        r"|\bse prepara\w*\b|\bcomienza(?:n)?\b|\barranca(?:n)?\b|\bse inicia(?:n)?\b|\bse abre(?:n)?\b"
        r"|\bse reúne(?:n)?\b|\bse celebra(?:n)?\b|\btendrá lugar\b|\btendrán lugar\b",
        IGNORE,
    ),
    "past": re.compile(
        r"\b(?:se\s+)?(?:reunió|reunieron|celebró|celebraron|realizó|realizaron|efectuó|efectuaron|mantuvo|mantuvieron"
        r"|sostuvo|sostuvieron|recibió|recibieron|visitó|visitaron|viajó|viajaron|llegó|llegaron|vieron|vio|cerró"
        r"|cerraron|concluyó|concluyeron|terminó|terminaron|finalizó|finalizaron|clausuró|participó|participaron"
        r"|asistió|asistieron|encabezó|presidió|acogió|albergó|coincidieron|conversaron|conversó|hablaron|inició|tuvo"
        r"|tuvieron"
        r"|iniciaron|comenzó|comenzaron|aterrizó|regresó|tuvo lugar|tuvieron lugar)\b"
        r"|\b(?:celebrad|realizad|efectuad|mantenid|sostenid|clausurad|concluid)[oa]s?\b"
        r"|\b(?:ha|han|había|habían|hubo)\s+(?:(?:ya|también)\s+)?(?:sido\s+)?(?:reunido|celebrado|realizado|mantenido"
        r"|recibido|visitado|viajado|concluido|terminado|participado|asistido|tenido lugar)\b"
        r"|\b(?:ayer|anoche|anteayer|hace\s+(?:\w+\s+){0,2}(?:días?|semanas?|mes(?:es)?|años?)|pasad[oa]s?(?!\s+mañana)"
        r"|anterior(?:es)?|la última vez|por última vez)\b",
        IGNORE,
    ),
    "weak_past": re.compile(
        rf"\b(?!(?:{_ARRANGED})\b){_PRETERITE}\b"
        rf"|\b(?:ha|han|había|habían|hubo)\s+(?:(?:ya|también|no)\s+)?(?!(?:sido|anunciado|previsto|programado|confirmado"
        rf"|informado|convocado|fijado|acordado|decidido|dicho|propuesto|invitado)\b)[{LOW}]+(?:ado|ido)\b"
        r"|\b(?:fue|fueron)\s+(?!(?:cancelad|suspendid|aplazad|pospuest|postergad|trasladad|convocad|programad|previst)\w*)"
        r"|\b(?:era|eran|estaba|estaban)\b",
        IGNORE,
    ),
    "perfect": re.compile(
        r"\b(?:ha|han)\s+(?:ya\s+)?(?:comenzado|empezado|iniciado|arrancado)\b|\bya\b|\bhasta ahora\b|\ben curso\b",
        IGNORE,
    ),
    "hedge": re.compile(
        r"\b(?:podría|podrían|posible|posiblemente|quizás?|tal vez|eventual(?:es|mente)?|propus\w+|propone\w*|plante\w+"
        r"|espera(?:n)?|esperan|si|salvo que|a menos que|todavía no|aún no|probable(?:mente)?|tentativ\w+"
        r"|provisional(?:mente)?|sin fecha|muy pronto|rumor\w*|se baraja\w*|no descarta\w*)\b",
        IGNORE,
    ),
    "past_verb_before_date": re.compile(
        rf"(?:\b(?!(?:aplazó|pospuso|postergó|trasladó|fijó|programó|convocó|adelantó)\b){_PRETERITE}"
        r"|\bse\s+\w+(?:ó|aron|ieron)"
        rf"|\b(?:ha|han|había|habían)\s+[{LOW}]+(?:ado|ido)"
        r"|\b(?:celebrad|realizad|efectuad|mantenid|sostenid|clausurad|concluid|inaugurad|firmad)[oa]s?"
        r"|,\s+(?:electo|elegid[oa]|nombrad[oa]|investid[oa]|llegad[oa]))"
        r"\s+(?:(?:el|la|los|este|esta|en|ayer|hoy|desde|a finales de|a principios de)\s+)?$",
        IGNORE,
    ),
    "past_clause": re.compile(
        rf"\b(?!(?:{_ARRANGED})\b){_PRETERITE}\b|\b(?:era|eran|fue|fueron|había|habían|estaba|estaban)\b", IGNORE
    ),
    "past_verb": re.compile(rf"\b(?!(?:{_ARRANGED})\b){_PRETERITE}\b", IGNORE),
    "still_ahead": re.compile(
        _FUTURE_VERB + r"|\b(?:comienza(?:n)?|arranca(?:n)?|se inicia(?:n)?|está(?:n)? previst[oa]s?|previst[oa]s?"
        r"|esta noche|esta tarde|más tarde|se reúne(?:n)?|debe(?:n)?)\b",
        IGNORE,
    ),
    "cancelled": re.compile(
        r"\b(?:cancelad[oa]s?|cancel(?:a|an|ó|aron|ará|aba|aban)|cancelación|anulad[oa]s?|anul(?:a|ó|aron)|suspendid[oa]s?(?!\s+hasta\s+nuevo\s+aviso)"
        r"|suspensión|suspende(?:n)?|suspendi(?:ó|eron)|no se celebrará|no se realizará|no tendrá lugar|no se llevará a cabo|se ha caído"
        r"|(?:qued|dej)(?:a|an|ó|aron|ará|arán) sin efecto|desconvoc\w+"
        # a host that gives it up: "Chile no será sede de la cumbre de APEC ni de la COP25"
        r"|no será sede|no serán sede|renunci(?:a|ó|aron) a (?:ser sede|organizar|acoger))\b",
        IGNORE,
    ),
    "postponed": re.compile(
        # "suspendidas hasta nuevo aviso": off until a new date, not called off
        r"\b(?:suspendid[oa]s?\s+hasta\s+nuevo\s+aviso|aplazad[oa]s?|aplaz(?:a|an|ó|aron|amiento|ar)|se aplaza(?:n)?|pospuest[oa]s?|pospus(?:o|ieron)"
        r"|pospone(?:n|r)?|postergad[oa]s?|posterg(?:a|an|ó|aron|ación|ar)|trasladad[oa]s?|traslad(?:a|ó|aron)|retrasad[oa]s?"
        r"|retras(?:a|ó|aron)|diferid[oa]s?|sin nueva fecha|no tiene nueva fecha|sine die"
        # a host that gives the meeting up: "Marruecos no acogerá la cumbre, prevista el 7 de abril"
        r"|no (?:albergará|acogerá|organizará)|renunci(?:a|an|ó|aron|ar) a (?:albergar|acoger|organizar))\b",
        IGNORE,
    ),
    "superseded": re.compile(
        r"\b(?:inicialmente|originalmente|en un principio|en principio previst[oa]|prevista? inicialmente"
        r"|en lugar del?|en vez del?"
        r"|que deb(?:ía|ían) (?:celebrarse|realizarse|tener lugar|reunirse|comenzar)"
        # ("como estaba previsto": the plan kept, not undone)
        r"|(?<!como )estaba(?:n)? (?:previst|programad|fijad|agendad|pautad|convocad)[oa]s?|había(?:n)? sido (?:previst|programad|fijad|convocad)[oa]s?)\b",
        IGNORE,
    ),
    "rescheduled_to": re.compile(
        r"(?:(?:aplazad|pospuest|postergad|trasladad|retrasad|adelantad|movid|reprogramad|aplaz|traslad|posterg|retras)"
        r"(?:[oa]s?|a|an|ó|aron)?\b[^.;]{0,40}?\s(?:al|a|para el|hasta el|el|hasta)\s*(?:(?:el|la)\s+)?"
        r"|(?:se\s+celebrará|tendrá\s+lugar|se\s+realizará)\s+(?:finalmente|ahora|en cambio)\s+(?:el|del|en)?\s*"
        # "ya tiene nueva fecha: el miércoles 4 de junio"
        r"|\bnueva\s+fecha(?:\s+(?:es|será|fijada))?\s*[:,]?\s*(?:(?:para\s+)?(?:el|la)\s+)?)$",
        IGNORE,
    ),
    "old_date": re.compile(
        r"\b(?:del|en lugar del|en vez del|inicialmente (?:previst[oa] )?(?:para )?(?:el)?|originalmente (?:para )?(?:el)?"
        r"|previst[oa]s? inicialmente para(?: el)?|que debía(?:n)? (?:celebrarse|realizarse|arrancar|comenzar|iniciarse)"
        r"(?: el)?|programad[oa]s? (?:inicialmente )?para(?: el)?"
        r"|(?:estaba(?:n)?|había(?:n)? sido) (?:previst|programad|fijad|agendad|pautad|convocad)[oa]s? para(?: el| los)?)\s*$",
        IGNORE,
    ),
    "not_meeting_date": re.compile(
        r"(?:plazo(?:\s+\w+){0,2}\s+hasta|se\s+aplic\w+|fecha límite|vence\w*|vencimiento|expira\w*|entra\w* en vigor|entrada en vigor"
        r"|vigente|elecci(?:ón|ones)(?:\s+\w+){0,2}|comicios|votación|referéndum|plebiscito|nacid[oa]|falleci\w+"
        # an election's rounds: "La primera vuelta está fijada para el domingo 21"
        r"|(?:primera|segunda) vuelta(?:\s+\w+){0,3}|balotaje"
        r"|aniversario|mandato|(?:re)?elegid[oa]s?|(?:re)?elect[oa]s?|toma de posesión"
        # ("México asumirá formalmente la presidencia del G20 el 1 de diciembre")
        r"|asum\w+(?:\s+\w+mente)?(?:\s+(?:el|la|sus?)\s+(?:cargo|poder|presidencia|funciones|mando|gobierno)"
        r"(?:\s+(?:del|de la|de)\s+[\w-]+)?)?|investidura|feriado|rige|regirá|relevará en el cargo"
        # the day one leaves office: "Correa, que deja el poder el 24 de mayo"
        r"|deja(?:rá)? (?:el poder|el cargo|la presidencia|sus funciones)"
        r"|relaciones diplomáticas|firmad[oa]|fundad[oa]|publicad[oa]|resultados"
        # the day of a decision or an announcement: "con la decisión de este jueves"
        r"|(?:la|una|su)\s+(?:decisión|anuncio|declaración|comunicado|resolución)\s+de"
        # a protest's day: "han convocado una marcha en el centro de Ginebra para el sábado 9"
        r"|\b(?:marchas?|manifestaci(?:ón|ones)|protestas?|huelgas?|movilizaci(?:ón|ones)|concentraci(?:ón|ones))"
        r"(?:\s+[^\s,.;]+){0,6}?\s+para)"
        r"\s*(?:,\s*)?(?:a\s+partir\s+)?(?:el|la|los|del|al|en|desde|:|previst[oa]s?\s+(?:para\s+)?el)?\s*$",
        IGNORE,
    ),
    "deadline_prep": re.compile(
        r"\b(?:antes del?|después del?|desde|hasta|a más tardar|dentro de|tras)\s*(?:el\s+|la\s+)?$", IGNORE
    ),
    # "desde el lunes"; "desde que asumió el poder en diciembre": a clause of what has happened since
    "since": re.compile(r"\b(?:desde|hasta)\s+(?:\w+\s+){0,2}$|\bdesde\s+que\s+(?:[\w-]+\s+){1,7}$", IGNORE),
    "travel": re.compile(
        r"\b(?:llega\w*|llegó|llegaron|parte|parten|partirá|partió|sale|saldrá|salió|regres\w+|vuelve|volverá"
        r"|volvió|aterriz\w+|despeg\w+|se marcha\w*|vuela|vuelan|volará|volarán|voló|volaron)\s+(?:\w+\s+){0,2}$"
        # "regresará a Madrid el domingo": the journey home, its place named
        r"|\b(?:regres\w+|volverá|volvió|vuelve)\s+a\s+(?-i:[A-ZÁÉÍÓÚÑ][\w-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+)?)\s+(?:el\s+|este\s+)?$",
        IGNORE,
    ),
    "meet_again": re.compile(
        r"\b(?:reunir\w*|reunirá\w*|volverá(?:n)? a reunirse|se reunirá(?:n)?)\s+(?:de nuevo\s+)?$", IGNORE
    ),
    "meet_until": re.compile(
        r"\b(?:reunir\w*|se reunirá(?:n)?|volverá(?:n)? a reunirse)\s+(?:de nuevo\s+)?(?:hasta|antes de)\s*(?:el\s+)?$",
        IGNORE,
    ),
    "ends_on": re.compile(
        r"\b(?:termina(?:rá|rán|n)?|concluye(?:n)?|concluirán?|finaliza(?:rá|rán|n)?|se cierra|se cerrará|culmina(?:rá|rán|n)?"
        r"|acaba(?:rá|rán|n)?|se clausura(?:rá)?)\s+(?:\w+\s+)?$",
        IGNORE,
    ),
    "deadline_after": re.compile(
        r"\s*,?\s*(?:fecha límite|plazo|día de (?:las elecciones|la votación)|jornada electoral"
        r"|(?:el\s+)?(?:\w+\s+)?aniversario"
        # "el 31 de marzo vence el plazo": the day a deadline falls
        r"|(?:vence|vencerá|expira|expirará|caduca|termina|terminará)\s+(?:el|la)\s+(?:plazo|fecha|prórroga|tregua|mandato)"
        # "el 29 de marzo, fecha prevista para la salida del Reino Unido": the date of something else
        r"|(?:la\s+)?fecha\s+(?:prevista|fijada|señalada|marcada)\s+para\s+(?:la|el)\s+"
        r"(?!cumbre|reunión|visita|encuentro|conferencia|sesión|negociaci|conversaci|consulta|asamblea|foro|cita))\b",
        IGNORE,
    ),
    "meeting_follows": re.compile(
        r"\s*(?:\(\s*(?:la\s+|el\s+)?(?:próxim[oa]\s+)?[\w ]{0,20}(?:reunión|sesión|cumbre|conferencia)"
        r"|,?\s*(?:durante|en el marco|con motivo|al margen)\s+de(?:l| la)?\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:reunión|cumbre|sesión|conferencia|encuentro|Consejo)\b)",
        IGNORE,
    ),
    "duration": re.compile(
        r"\b(?:de|durante)\s+(?P<n>dos|tres|cuatro|cinco|seis|siete|ocho|\d{1,2})\s+días\b(?!\s+más)"
        r"|\b(?P<m>dos|tres|cuatro|cinco)\s+jornadas\b",
        IGNORE,
    ),
    "not_diplomatic": re.compile(
        r"\b(?:ruedas? de prensa|organizaciones no gubernamentales|conferencias? de prensa|conferencias? magistral(?:es)?|juntas? (?:general(?:es)? )?de accionistas"
        r"|accionistas|consejo de administración|juicio|tribunal|audiencia judicial|huelga|sesión bursátil"
        # what a meeting gave is told of one held: "aplicar los acuerdos de la cumbre de París"
        r"|(?:resultados?|conclusiones|acuerdos|decisiones|balance) (?:de la|del|de los) (?:\w+ )?(?:cumbre|reunión|encuentro|conferencia|visita)"
        r"|sesi(?:ón|ones) (?:de la bolsa|bursátiles?)|Consejo de Ministros|sesión solemne|sesión plenaria del (?:Congreso|Senado)"
        r"|consulta popular|consulta ciudadana|cita electoral|cita con las urnas|partido de fútbol|encuentro deportivo"
        r"|misión de observación(?: electoral)?|consultas? públicas?|(?:sesión|reunión) informativa"
        r"|(?:reunión|reuniones|sesión) (?:de|del) (?:su )?gabinete"
        # a prize received: "Santos recibirá el premio en Oslo" is a ceremony, not a guest received
        r"|recib\w+ (?:el|un|la|su) (?:premio|galardón|título|doctorado|distinción|medalla|condecoración|Nobel))\b"
        # a president's morning press conference ("la mañanera")
        r"|\bconferencias? matut|\bmañanera"
        # "dará más detalles en su conferencia": one who speaks at his own conference briefs the press
        r"|\ben su conferencia\b(?!\s+(?:internacional|ministerial|regional|anual|de (?:paz|donantes|las partes)))",
        IGNORE,
    ),
    "corporate": re.compile(
        r"\b(?:accionistas|dividendos?|OPA|fusión|adquisición|S\.A\.|S\.L\.|Inc|Ltd|GmbH"
        r"|[Cc]ámara (?:\w+ )?de [Cc]omercio|empresarios|foro empresarial|encuentro empresarial|patronal"
        r"|inversores|inversionistas|consejo de administración|junta directiva"
        r"|asamblea (?:general |anual )?(?:ordinaria |extraordinaria )?de (?:socios|accionistas|afiliados))\b"
    ),
    "satisfy": re.compile(
        r"\s+(?:los|las|sus|unos|unas)\s+(?:[\w-]+\s+){0,2}?(?:objetivos?|requisitos|necesidades|expectativas|criterios"
        r"|metas?|condiciones)\b",
        IGNORE,
    ),
    "domestic": re.compile(
        r"\b(?:Congreso|Senado|senadores|diputados|Parlamento(?! Europeo)|parlamentari[oa]s?|partidos?|sindicatos?"
        r"|accionistas|empresas?|empresarios|compañía|presidentes autonómicos|comunidades autónomas|barones"
        r"|Conferencia de Presidentes|Consejo de Ministros|Consejo de Seguridad Nacional|Cámara de Diputados"
        r"|Cámara (?:de los (?:Comunes|Lores)|de Representantes|Baja|Alta)"
        r"|Asamblea Nacional|Asamblea Legislativa|comisión (?:del Congreso|del Senado|parlamentaria)|oposición"
        # a region's parliament: "la Asamblea de Extremadura debatirá el martes"
        r"|Asamblea (?:Regional )?de (?!la\b|las\b|los\b|el\b)[A-ZÁÉÍÓÚ]\w+"
        r"|alcaldes?|gobernadores|concejo|municipio|ayuntamiento|cámaras del Congreso|Plataforma Unitaria)\b",
        IGNORE,
    ),
    "private_subject": re.compile(
        r"\b(?:empresarios|empresas|banqueros|inversores|comerciantes|industriales|corredores|accionistas|ejecutivos)\b"
    ),
    "private_venue": re.compile(r"\b(?:planta|fábricas?|refinería|mina|astillero|almacén|sede de la empresa)\b"),
    "reporting": re.compile(
        r"\b(?:analistas|fuentes|responsables|diplomáticos|observadores|delegados|expertos|economistas)\s+"
        r"(?:\w+\s+){0,2}(?:dijeron|señalaron|estiman|creen|consideran|afirman|indicaron|precisaron|según)\b",
        IGNORE,
    ),
    "anaphor": re.compile(
        r"\b(?:la|el|los|las|esta|este|esa|ese|su|sus)\s+(?:próxim[oa]s?\s+|misma?\s+|primera?\s+)?"
        r"(?:reuni(?:ón|ones)|cumbres?|citas?|encuentros?|sesi(?:ón|ones)|conferencias?|conversaciones"
        r"|negociaciones|consultas|trabajos|ministros|delegaciones|videoconferencias?|videollamadas?)\b"
        # "los cuatro mandatarios se reunirán el miércoles": the people counted were named before
        r"|\b(?:los\s+(?:dos|tres|cuatro|cinco|seis)|ambos)\s+(?:mandatarios|líderes|presidentes|ministros|cancilleres"
        r"|dirigentes|jefes)\b",
        IGNORE,
    ),
    "international_role": re.compile(
        r"donors|creditor governments|counterparts|dialogue partners|producers|exporters|consumers|importers"
    ),
    "group_role": re.compile(
        r"ministers|presidents|governors|heads|leaders|chiefs|secretaries|representatives|negotiators|nations|countries|officials"
        r"|sherpas|directors"
    ),
    "summit_words": re.compile(
        r"\b(?:mundial|europea|africana|árabe|iberoamericana|latinoamericana|internacional|OTAN|UE|G7|G20|G-7|G-20"
        r"|Mercosur|Celac|BRICS|OEA)\b",
        IGNORE,
    ),
    "earlier_one": re.compile(
        r"\b(?:anterior(?:es)?|últim[oa]s?|pasad[oa]s?|previ[oa]s?|antigu[oa]s?|reciente)\s+(?:[\w'-]+\s+){0,2}$"
        # a meeting time is counted from has taken place: "el primer contacto desde la cumbre de Ginebra"
        r"|\bdesde\s+(?:la|el|los|las|su|sus)\s+(?:[\w'-]+\s+){0,2}$"
        # what is reacted to has happened: "Pekín reacciona así a la reunión del miércoles"
        r"|\b(?:en respuesta|en reacción|reaccion\w*(?:\s+así)?)\s+(?:a la|al|a los|a las)\s+(?:[\w'-]+\s+){0,1}$"
        # what was done at a meeting dates it as past: "firmado durante la cumbre de Lima"
        r"|\b(?:cread[oa]s?|adoptad[oa]s?|firmad[oa]s?|acordad[oa]s?|lanzad[oa]s?|aprobad[oa]s?|alcanzad[oa]s?)\s+"
        r"(?:durante|en|tras|al margen de)\s+(?:el|la|los|las)\s*$",
        IGNORE,
    ),
    "past_compound": re.compile(r"\b(?:anteriores|últimas|varias|numerosas|recientes|sus)\s+$", IGNORE),
    "clock_only": re.compile(
        r"\b(?:se reunirá(?:n)?|comenzará(?:n)?|arrancará(?:n)?|se iniciará(?:n)?|sesionará(?:n)?|recibirá(?:n)?)\b",
        IGNORE,
    ),
    "looks_ahead": re.compile(r"próxim|que viene|entrante|siguiente", IGNORE),
    "clause_break": re.compile(
        r"[;]|(?<!\d)\s:(?!\d)|(?<!\d):\s|\s-\s|,\s+(?:pero|mientras que|aunque|y luego|luego)\s"
        r"|\bpero\b|\bmientras\b|\bdespués de\b|\bantes de\b|\bcuando\b|\btras\b|\ben cambio\b"
    ),
    "topic": re.compile(
        r"\b(?:para (?:analizar|abordar|discutir|tratar|debatir|coordinar|buscar|revisar|preparar|pasar revista|evaluar)"
        r"|dedicad[oa]s? a|sobre (?:la situación|el tema|la cuestión)|acerca de|en torno a|con el objetivo de|a fin de"
        r"|en el contexto de|con el telón de fondo de|(?:sobre|por|para) la paz en)(?!\w)",
        IGNORE,
    ),
    "report_words": re.compile(r"informó|anunció|dijo|confirmó|señaló|indicó|aseguró|según|afirmó|precisó", IGNORE),
    "reporter_after_name": re.compile(
        r"\s+(?:dijo|dice|declaró|afirmó|anunció|confirmó|informó|señaló|indicó|aseguró|precisó|agregó|añadió)\b"
    ),
    "reporter": re.compile(
        r",\s+(?:[\w.'-]+\s+){0,6}?(?:informó|informaron|anunció|anunciaron|dijo|confirmó|confirmaron|señaló|indicó"
        r"|aseguró|precisó|según|explicó)\b"
    ),
    "cue_gap_breaks": re.compile(r"\b(?:después|antes|mientras|pero|cuando|tras)\b", IGNORE),
    "cue_gap_other_act": re.compile(rf"\by\s+[{LOW}]+(?:rá|rán)\b"),
    # a date set off by a comma at the head of its clause ("Este fin de semana, los cancilleres
    # mantendrán una videoconferencia") dates the clause's meeting
    "cue_gap_attached": re.compile(
        r"\s*,\s+(?:(?:en tanto|por su parte|además|asimismo|a su vez|por otra parte),\s+)?(?:[\w'’.-]+\s+){1,16}(?:,\s+)?"
    ),
    "range_prep": re.compile(r"\b(?:del|entre(?:\s+el)?|de|desde\s+el)\s*$", IGNORE),
    "possessive_before": re.compile(r"\b(?:su|sus)\s+(?:[\w-]+\s+)?$", IGNORE),
    "cue_needs_subject": re.compile(r"^(?:estará|estarán)$"),
    # "Lavrov estará", "El secretario de Estado estadounidense estará"
    "named_subject_before": re.compile(
        rf"(?:\b(?!(?:El|La|Los|Las|Un|Una|Este|Esta)\b)[{CAP}][\w.'-]+|\b(?:[Éé]l|[Ee]lla|[Ee]llos)"
        r"|\b(?:ministr[oa]|president[ea]|canciller|secretari[oa]|rey|reina|emir|delegación|enviad[oa]|mediador))"
        rf"(?:\s+[{LOW}'-]+){{0,2}},?\s+(?:(?:también|luego|después|ya)\s+)?$"
    ),
    "plural_visit": re.compile(r"^visitas$", IGNORE),
    "travel_purpose": re.compile(
        r"\s*(?:,\s*)?(?:[\w'-]+\s+){0,6}?(?:para|a fin de)\s+(?:una?|la|el|los|las|su|sus|dos|tres)?\s*(?:[\w'-]+\s+){0,3}?"
        r"(?:visita|conversaciones|cumbre|reunión|reunirse|conferencia|gira|negociaciones|consultas|sesión|encuentro)\b",
        IGNORE,
    ),
    "body_anaphor": re.compile(
        r"\b(?:la (?:agencia|Alianza|alianza|organización|Unión|institución)|(?:el|del|al) (?:bloque|grupo|foro))\b"
    ),
    "capital_of": re.compile(rf"\b[Ll]a capital (?P<adjective>[{LOW}]+)\b"),
    "unrealised": re.compile(
        r"\b(?:se suponía que|hubiera debido|debería haber(?:se)?"
        # a meeting that did not come about: "la cita prevista el jueves no se celebró"
        r"|(?:no|nunca) (?:se celebr(?:ó|aron)|se realiz(?:ó|aron)|tuvo lugar|tuvieron lugar"
        r"|llegó a (?:celebrarse|realizarse)|llegaron a (?:celebrarse|realizarse)"
        r"|se concret(?:ó|aron)|se materializ(?:ó|aron)|llegó a concretarse))\b",
        IGNORE,
    ),
    "quote": re.compile(r"\"[^\"]{3,}\""),
    "runs_until": re.compile(
        r"\b(?:se prolongará\w*|durará\w*|se extenderá\w*|terminará|concluirá|finalizará)\s+(?:el\s+|hasta\s+el\s*)?$"
        r"|\bhasta el\s*$",
        IGNORE,
    ),
    "bilateral": re.compile(
        r"\b(?:bilateral(?:es)?|trilateral(?:es)?|multilateral(?:es)?|intergubernamental(?:es)?|visitas? de [Ee]stado"
        r"|visitas? oficial(?:es)?|visitas? de trabajo|jefes? de [Ee]stado|jefes? de [Gg]obierno|cancilleres|canciller"
        r"|ministros? de (?:Asuntos )?(?:Exteriores|Relaciones Exteriores)|homólog[oa]s?|su par\b|sus pares"
        r"|comisión mixta|comisión binacional|gabinete binacional|consultas políticas)\b"
        # a foreign office-holder: "el primer ministro chino", "la presidenta mexicana"
        rf"|\b(?:primer ministro|primera ministra|president[ea]|canciller|rey|reina|emir|príncipe heredero"
        rf"|vicepresident[ea]|jefe de Estado|ministr[oa] de (?:Asuntos |Relaciones )?Exteriores)\s+(?:{_ADJECTIVES})\b",
        IGNORE,
    ),
    "reported_after": re.compile(
        r"\b(?:dijo|afirmó|anunció|señaló|indicó|aseguró|declaró|explicó|agregó"
        # "los presidentes ordenaran el jueves, al término de una cumbre extraordinaria": a past act at its end
        r"|ordenaron|ordenaran|acordaron|acordaran|decidieron|decidieran|aprobaron|aprobaran|pactaron|pactaran)"
        r"\s+(?:[\w'-]+,?\s+){0,3}?"
        r"(?:tras|después de|al término de|al finalizar|durante|en el curso de)\s*(?:[\w'-]+\s+){0,2}$"
        # "los compromisos acordados durante la cumbre de París": done at it, so it is over
        r"|\b(?:acordad|firmad|adoptad|alcanzad|pactad|suscrit|sellad)[oa]s?\s+(?:durante|en)\s+"
        r"(?:el|la|los|las)\s+(?:[\w'-]+\s+){0,5}$",
        IGNORE,
    ),
    # (not "dos días después de que ... cancelara la cumbre": what came before, told as done)
    "sequel": re.compile(
        r"\b(?:seguid[oa]s? de|luego|(?<!días )(?<!día )después(?!\s+de\s+que)|y a continuación|antes de (?:un|una))(?!\w)"
    ),
    "appositive_place": re.compile(
        r",\s+(?:una?|la|el)\s+(?:[\w'-]+\s+){0,5}?(?:en|de|cerca de|a las afueras de|al norte de|al sur de)"
        rf"\s+(?P<place>[{CAP}][\w'’]*(?:[ -](?:[{CAP}][\w'’]*|de|del|la|las|los))*)"
    ),
}

# -- names, places and titles -----------------------------------------------------------------

_TITLES = (
    r"(?:[Pp]resident[ea]|[Pp]rimera? ministr[oa]|[Mm]inistr[oa]|[Cc]anciller|[Rr]ey|[Rr]eina|[Pp]ríncipe|[Ee]mir"
    r"|[Jj]eque|[Ss]ultán|[Pp]apa|[Ss]ecretari[oa] [Gg]eneral|[Ss]ecretari[oa] de Estado|[Hh]omólog[oa]|su par"
    r"|[Ee]mbajador(?:a)?|[Ee]nviad[oa](?: especial)?|[Cc]omisari[oa]|[Vv]icepresident[ea]|[Jj]efe de la diplomacia"
    r"|[Jj]efe de Estado|[Jj]efe del Gobierno|[Mm]ediador(?:a)?|[Gg]eneral|[Cc]oronel|[Pp]ortavoz|[Aa]lto representante"
    r"|[Vv]icecanciller|[Vv]iceministr[oa]|[Mm]andatario|[Ss]r\.|[Ss]ra\.|[Dd]on|[Dd]oña"
    # a verb of meeting names whom it meets: "recibirá a Juan Carlos Varela", "con Nicolás Maduro"
    r"|recibirá a|recibirán a|recibe a|con|por"
    # the two sides of "el encuentro entre Lula da Silva y Gustavo Petro"
    rf"|entre|(?<=[{LOW}] )y(?=\s+[{CAP}][{LOW}]+\s+[{CAP}]))"
)
# A name starts with no word that opens an institution's name ("Estado", "République").
_NOT_FIRST = r"(?!(?:Estados?|Gobierno|Asuntos|Exteriores|Relaciones|Unión|Consejo|Comisión|República|Naciones|Unidos"
_NOT_FIRST += r"|État|États|Affaires|Conseil|Commission|Union|Nations|Unies|Assemblée"
# nor a part of the world's: "una gira por América Latina", "con Europa"
_NOT_FIRST += r"|América|África|Europa|Asia|Oceanía|Latinoamérica|Centroamérica|Sudamérica|Suramérica|Norteamérica"
_NOT_FIRST += r"|Oriente|Medio|Próximo|Magreb|Sahel)\b)"
_NAME = (
    rf"(?P<name>{_NOT_FIRST}[{CAP}][{LOW}'’]+(?:-[{CAP}{LOW}][{LOW}]+)?(?:\s+(?:(?:de|da|van|von|del|de la|al|el|bin|dos)\s+)?"
    rf"[{CAP}][{LOW}'’{CAP}]+(?:-[{CAP}{LOW}][{LOW}]+)?){{0,3}})"
)
# "el secretario de Estado de los Estados Unidos, Antony Blinken": a title, its complement, a name
_COMPLEMENT = rf"(?:\s+(?:de|del|de la|de los|de las)\s+[{CAP}][\w'-]+(?:\s+[{CAP}][\w'-]+)?)?"
PATTERNS["person"] = re.compile(rf"\b{_TITLES}(?:\s+[{LOW}'-]+){{0,3}}?{_COMPLEMENT},?\s+{_NAME}")
PATTERNS["person_lower_title"] = NEVER
PATTERNS["single_name_titles"] = frozenset(
    {"papa", "rey", "reina", "príncipe", "emir", "jeque", "sultán", "presidente", "presidenta", "canciller", "Papa",
     "Rey", "Reina", "Presidente"}
)  # fmt: skip
PATTERNS["honorifics"] = frozenset({"rey", "reina", "príncipe", "emir", "jeque", "sultán", "papa"})
PATTERNS["not_names"] = frozenset(
    [
        *(w.capitalize() for w in WEEKDAYS),
        *(m.capitalize() for m in MONTHS),
        *(
            "El La Los Las Un Una De Del Y En Al A Para Por Con Sin Sobre Este Esta Según Gobierno Estado Asuntos"
            " Exteriores Consejo Comisión Unión Asamblea Cancillería Casa".split()
        ),
    ]
)
# Roles by their English name: the portfolios Spanish names a minister by.
_PORTFOLIOS = {
    r"(?:Asuntos |Relaciones )?Exteriores": "foreign", r"Hacienda|Finanzas": "finance", r"Defensa": "defence",
    r"Sanidad|Salud": "health", r"Economía": "economy", r"Comercio(?: Exterior)?": "trade",
    r"Agricultura": "agriculture", r"Interior": "interior", r"Energía": "energy", r"Justicia": "justice",
    r"Medio Ambiente": "environment", r"Transportes?": "transport", r"Educación": "education",
}  # fmt: skip
_PORTFOLIO = "|".join(_PORTFOLIOS)
PATTERNS["roles"] = re.compile(
    rf"\b(?P<role>ministr[oa]s? de (?:{_PORTFOLIO})|cancilleres|canciller|jefes? de la diplomacia"
    r"|jefes de Estado y de Gobierno|jefes? de Estado|jefes? de Gobierno|mandatarios|líderes|dirigentes|negociadores"
    r"|homólog[oa]s?|su par|sus pares|altos funcionarios|directores políticos|sherpas|gobernadores de bancos? centrales?"
    r"|jefes? de Estado Mayor|donantes|presidentes|ministros)\b",
    IGNORE,
)
ROLES_ENGLISH = [
    *((re.compile(rf"^ministr[oa]s de (?:{es})", IGNORE), f"{en} ministers") for es, en in _PORTFOLIOS.items()),
    *((re.compile(rf"^ministr[oa] de (?:{es})", IGNORE), f"{en} minister") for es, en in _PORTFOLIOS.items()),
    (re.compile(r"^(?:cancilleres|jefes de la diplomacia)", IGNORE), "foreign ministers"),
    (re.compile(r"^(?:canciller|jefe de la diplomacia)", IGNORE), "foreign minister"),
    (re.compile(r"^jefes de Estado y de Gobierno", IGNORE), "heads of state and government"),
    (re.compile(r"^jefes de Estado", IGNORE), "heads of state"),
    (re.compile(r"^jefe de Estado", IGNORE), "head of state"),
    (re.compile(r"^jefes? de Gobierno", IGNORE), "heads of government"),
    (re.compile(r"^(?:mandatarios|líderes|dirigentes|presidentes)", IGNORE), "leaders"),
    (re.compile(r"^negociadores", IGNORE), "negotiators"),
    (re.compile(r"^(?:homólog|su par|sus pares)", IGNORE), "counterparts"),
    (re.compile(r"^altos funcionarios", IGNORE), "senior officials"),
    (re.compile(r"^directores políticos", IGNORE), "political directors"),
    (re.compile(r"^sherpas", IGNORE), "sherpas"),
    (re.compile(r"^gobernadores", IGNORE), "central bank governors"),
    (re.compile(r"^jefes? de Estado Mayor", IGNORE), "chiefs of staff"),
    (re.compile(r"^donantes", IGNORE), "donors"),
    (re.compile(r"^ministros$", IGNORE), "ministers"),
]
PATTERNS["generic_roles"] = frozenset(
    {"minister", "ministers", "senior officials", "negotiators", "counterparts", "leaders"}
)
# "en Bruselas", "a Senegal", "la cumbre de Vilna", "la ciudad rusa de Kazán", "Quito, donde..."
_AFTER_MEETING = "|".join(
    f"(?<={word} )" for word in ("cumbre", "cumbres", "conferencia", "reunión", "encuentro", "conversaciones", "foro")
)
# People named without a title where only a person stands ("Vladimir Putin y Joe Biden
# conversarán el martes", "recibirá a Olaf Scholz"): never an institution, an office or a place.
_BARE = (
    rf"(?P<name>[{CAP}][{LOW}]+(?:-[{LOW}]+)?(?:\s+(?:(?:de|van|von|der|al|el|ben|bin|da|di|du|dos|del)\s+)?"
    rf"[{CAP}][^\W\d_'’]*(?:-[^\W\d_]+)?){{1,3}})"
)
BARE_PERSON = (
    re.compile(
        rf"\b(?:y|con|entre|recibirá a|recibe a|se reunirá con|se reunió con|reunirá a|a)\s+{_BARE}\b(?!\s+[{CAP}])"
    ),
    re.compile(
        rf"(?<![\w'’] )(?<![^\W\d_]){_BARE}(?=\s+(?:y\s+[{CAP}]|(?:conversar|se reunir|recibir|viajar|llegar"
        r"|mantendr|sostendr|celebrar|participar|asistir|estar|será|serán|tiene previsto|tienen previsto)\w*\b))"
    ),
)
NOT_BARE_NAMES = frozenset(
    # institutions, venues and offices: "el Consejo de Seguridad", "la Casa Rosada"
    "Casa Palacio Consejo Ministerio Oficina Banco Grupo Fondo Partido Agencia Comité Comisión Asamblea Parlamento "
    "Senado Congreso Corte Tribunal Unión Foro Cumbre Conferencia Organización Naciones Estados República Reino "
    "Emiratos Islas Mar Océano Golfo Hotel Centro Plaza Aeropuerto Diálogo Acuerdo Tratado Declaración Iniciativa "
    "Formato Ministro Ministra Ministros Presidente Presidenta Primer Primera Secretario Secretaria Canciller Rey "
    "Reina Príncipe Emir Jeque Sultán Papa General Asuntos Departamento Servicio Fuerzas Ejército Gobierno "
    "Gabinete Kremlin Elíseo Embajada Misión Delegación Enviado Embajador Portavoz Gobernador Alcalde Senador Jefe "
    "Jefes Director Vice Norte Sur Este Oeste Nueva Nuevo San Santa Santo Monte Lago Puerto Cabo Isla Ciudad Región "
    "Provincia El La Los Las Un Una Este Esta Según Tras Antes Durante Para Pero Cancillería Moncloa".split()
)

_PLACE = rf"(?P<place>[{CAP}][\w'’]*(?:[ -](?:[{CAP}][\w'’]*|(?:de|del|la|las|los|el)(?![\w'’])))*)"
# A state's style before its name: "la República Árabe de Egipto", "el Reino de Marruecos".
_STATE_STYLE = r"(?:República|Reino|Sultanato|Principado|Emirato)\s+"
PATTERNS["place_prep"] = re.compile(
    # ("que tendrá como sede el municipio de Ipiales": the seat named after the verb)
    rf"(?<![\w'])(?P<prep>(?:[Ee]n|[Aa]l?|[Hh]acia|[Dd]esde|in|(?:{_AFTER_MEETING})de|(?<=como )sede)(?=\s)"
    # a visit names its country, sometimes with an article: "visitará México", "visitará la India"
    r"|visitar(?:á|án)?(?:\s+(?:el|la|los|las))?(?=\s)"
    rf"|(?=[{CAP}][\w'’-]*(?:\s[{CAP}][\w'’-]*)?,\s+(?:donde|en donde)\s))\s*"
    rf"(?:(?:la\s+|el\s+)?(?:ciudad|capital|localidad|municipio|isla|balneario|villa|puerto)(?:\s+[{LOW}]+){{0,2}}\s+de\s+"
    rf"|(?:la|el)\s+(?={_STATE_STYLE}))?" + _PLACE  # "a la República Árabe de Egipto"
)
PATTERNS["venue_preps"] = frozenset({"en", "de", "", "in"})
PATTERNS["destination_preps"] = frozenset(
    {
        "a",
        "al",
        "hacia",
        "desde",
        *(
            f"{verb}{article}"
            for verb in ("visitará", "visitarán", "visitar")
            for article in ("", " el", " la", " los", " las")
        ),
    }
)
# "Madrid acogerá la cumbre", "la cumbre que Madrid acogerá en junio", "que Santiago de Chile acogerá",
# "Buenos Aires será sede el jueves 3 de julio de la cumbre" (a date between)
_HOSTED = r"(?i:cumbres?|reunión|reuniones|conferencias?|sesión|encuentros?|conversaciones|negociaciones|asamblea|foro)"
PATTERNS["host"] = re.compile(
    rf"(?:(?<=que )|\b(?={{0}}))(?P<place>[{CAP}][\w'-]+(?: (?:de |del )?[{CAP}][\w'-]+)?)\s+(?:acogerá|acoge|albergará|alberga"
    r"|será (?:la )?sede(?: de)?)\b".replace(
        "{0}",
        rf"[{CAP}][\w'-]+(?: (?:de |del )?[{CAP}][\w'-]+)?\s+(?:acogerá|acoge|albergará|alberga|será (?:la )?sede)\s+"
        # (a date between, never a venue: "Suiza acogerá el 15 de junio en Bürgenstock la conferencia")
        rf"(?:(?:(?!\ben\s)[^,.;]){{0,50}}?\s)?(?:de\s+)?(?:el|la|los|las)\s*(?:\w+\s+){{0,2}}?{_HOSTED}",
    )
)
PATTERNS["here"] = re.compile(r"\baquí\b|\ben esta (?:[\w-]+ ){0,2}(?:capital|ciudad)\b", IGNORE)
PATTERNS["virtual"] = re.compile(
    r"video-?conferencia|videollamada|en línea|por video|de forma virtual|virtual(?:es|mente)?\b|telemátic\w+", IGNORE
)
PATTERNS["going_to"] = re.compile(
    r"\b(?:viaj\w+|viaje|irá|irán|visita|gira|desplaz\w+|volar\w*|trasladar\w*|llegar\w*|misión)\s+(?:a|al|hacia)\s*$",
    IGNORE,
)
PATTERNS["past_after_place"] = re.compile(
    r"\s+(?:(?:en|el)\s+\w+\s+)?(?:pasad[oa]|ayer|anoche|hace|en (?:19|20)\d\d)\b"
)
PATTERNS["mission"] = re.compile(
    r"\b(?:misión|viaje|gira|visita|viajará\w*|volará\w*|se desplazará\w*|llegará\w*|regresará\w*)\b", IGNORE
)
PATTERNS["headline_visit"] = re.compile(
    r"\bVISITA\s+(?:OFICIAL\s+|DE ESTADO\s+|DE TRABAJO\s+)?(?:A|AL)\s+([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ .'-]+)"
)
_ADJECTIVES_AFTER = (
    r"(?:extraordinaria|ordinaria|informal|ministerial|bilateral|anual|oficial|de Estado|de trabajo|conjunta"
    r"|virtual|regional|semestral|trilateral|plenaria|fundacional)"
)
PATTERNS["title_complement"] = re.compile(
    rf"^\s+(?P<prep>(?:{_ADJECTIVES_AFTER}\s+){{0,2}}(?:de la|de los|de las|del|de|entre|con|sobre|en))\s+"
    rf"(?P<np>(?:[{CAP}][\w.'-]*|[{LOW}]+-[{LOW}]+)(?:\s+(?:[{CAP}][\w.'-]*|de|del|la|los|las|y|[{LOW}]+-[{LOW}]+"
    r"|ministros|cancilleres|jefes|líderes|asuntos|exteriores|seguridad|paz))*)"
)
PATTERNS["title_date_words"] = re.compile(
    rf"\b(?:{_words([*WEEKDAYS, *MONTHS])}|hoy|mañana|ayer|este|esta|próxim[oa]s?|pasad[oa]s?|semana|mes|año"
    r"|\d+(?:\.?º)?)\b",
    IGNORE,
)
PATTERNS["title_modifiers"] = frozenset(
    "primer primera segunda segundo tercera tercer nueva nuevo próxima próximo gran tradicional importante".split()
)
PATTERNS["title_function_words"] = frozenset(
    "el la los las un una unos unas de del al a en y o para por sobre con este esta su sus".split()
)
PATTERNS["title_subject"] = re.compile(
    rf"(?P<subject>(?:[{CAP}][\w.'-]*|de|del|la|los|las|y|ministros|cancilleres|líderes|jefes|mandatarios|negociadores"
    rf"|delegaciones)(?:\s+(?:[{CAP}][\w.'-]*|de|del|la|los|las|y|ministros|cancilleres|líderes|jefes|mandatarios"
    r"|negociadores|delegaciones|asuntos|exteriores)){0,6})"
    r"\s+(?:(?:deben|debe|van a|va a|tienen previsto|tiene previsto)\s+)?(?:se\s+)?$"
)
PATTERNS["title_hold"] = re.compile(
    r"\b(?:celebrar|celebrará|celebrarán|mantener|mantendrá|mantendrán|sostendrá|sostendrán|organizar|organizará"
    r"|acoger|acogerá|participar|participará|asistir|asistirá|realizar|realizará|realizarán)\s+(?:en\s+|a\s+)?"
    r"(?:un|una|el|la|los|las|su|sus)?\s*(?:[\w-]+\s+){0,2}$"
)

ABBREVIATIONS = frozenset(
    """sr sra sres sras srta dr dra lic ing arq excmo excma d dña gral cnel tte sto sta etc núm pág aprox
    ene feb mar abr may jun jul ago sept sep set oct nov dic lun mié jue vie sáb dom""".split()
)


_WORD_START = r"(?<![\w'’-])(?=\w)"


def name_key(token: str) -> str:
    """How a token of a name is compared: case aside, but a capitalised word apart from the
    same word in lower case, so that the island of La Réunion is never the common noun
    "réunion" (nor Chile "chile"). The places data list every form of an adjective, so no
    lemma is needed; the marks tell :func:`lemma` to leave the key as it is."""
    folded = token.casefold().rstrip(".")  # the tokeniser leaves a sentence's full stop on its last word
    return ("^" if token[:1].isupper() else "~") + folded


def strip_final_stop(word: str) -> str:
    """A word without the full stop of a sentence it ends ("OTAN." is "OTAN")."""
    return word[:-1] if word.endswith(".") and not word.endswith("..") else word


_LEMMA = simplemma_lemma(CODE)


def lemma(word: str) -> str:
    """The lemma of a word (simplemma's, cached); a name's key (see :func:`name_key`) is its own."""
    return word if word[:1] in "^~" else _LEMMA(word)


def build() -> LanguagePack:
    """The Spanish pack."""
    from diplocal.extract.lang.builder import build_pack

    pack = build_pack(
        code=CODE,
        name="Spanish",
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
        title_words=frozenset({"de", "del", "la", "las", "los", "el", "y"}),
        case_sensitive_names=False,
        extra={
            # "en la capital del país": the capital of the country named before, or the dateline's
            "country_capital": re.compile(r"\b[Ll]a capital (?:del país|nacional)\b"),
            # a sentence that opens "instead" ("Instead, they will meet on Tuesday") tells a meeting in
            # place of the one told before
            "instead": re.compile(r"^\W*(?:en su lugar|en lugar de ello|en lugar de eso)\b", IGNORE),
            # what comes before a dated meeting: "se abrirá el martes, precedida el domingo de una reunión"
            "preceded_by": re.compile(
                r"\b(?:precedid[ao]s?|la precederá|lo precederá|la precederán|lo precederán)\b", IGNORE
            ),
            # a source told after the meeting by no verb of its own (", according to an outline
            # circulated"): its verbs are the report's, no tense of the meeting's
            "source_after": re.compile(r",\s+(?:según|de acuerdo con)\b"),
            # a day told of a precedent the meeting is compared with: "Como en las rondas de enero y
            # febrero, las delegaciones se reunirán en el hotel"
            "as_before": re.compile(
                r"\b(?:como|al igual que)\s+(?:ya\s+)?(?:en|durante)\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE
            ),
            # una reunión de la que el texto solo se pregunta si se celebrará: "No está claro si ambos
            # se reunirán", "Está por ver si"
            # "no habrá reunión formal el sábado", "ninguna cumbre": none of it
            # right before a verb of meeting, its denial: "no viajará", "no se reunirá"
            "denied_verb": re.compile(r"(?<!\w)no\s+(?:se\s+)?$", re.IGNORECASE),
            "none_of": re.compile(
                r"(?i:(?<!\w)(?:ningún|ninguna|no habrá|no hay|no habría)\s+(?:(?:nueva|nuevo|otra|otro|formal)\s+){0,2}$)"
            ),
            # some who join a meeting by video: "participará por videoconferencia", "intervendrá por video"
            "joins_remotely": re.compile(
                r"\b(?:participar|participará|participarán|intervenir|intervendrá|intervendrán|conectarse|se conectará"
                r"|se conectarán|unirse|se unirá|se unirán)\s+(?:[\w-]+\s+){0,3}?$",
                re.IGNORECASE,
            ),
            "open_question": re.compile(
                r"\b(?:[Nn]o está (?:aún |todavía )?claro|[Nn]o se sabe|[Ss]e desconoce|[Ee]stá por ver|[Qq]ueda por ver"
                r"|[Ee]s incierto|[Nn]o es seguro|[Ss]igue sin saberse|[Nn]o se ha confirmado)\s+(?:\w+\s+){0,2}?si\b"
            ),
            # a state's own cabinet or chamber holding its sitting: what its topic names meets not
            "state_sitting": re.compile(
                r"\b(?:Consejo de Ministros|Congreso|Senado|Parlamento(?! Europeo)|Asamblea Nacional|[Gg]abinete)\b"
            ),
            # a change told as done before the news: "la visita había sido aplazada"
            "done_before": re.compile(r"\bhabían?\s+sido\s+(?:\w+\s+)?$", re.IGNORECASE),
            # the meeting the sentence before named, held with no noun: "Se celebrará el lunes 15 de abril"
            "held_pronoun": re.compile(
                r"(?:Esta|Este|Estas|Estos|Ésta|Éste)\s+(?:se celebrará|se celebrarán|tendrá lugar|tendrán lugar)\b|(?:Se celebrará|Se celebrarán|Tendrá lugar|Tendrán lugar|Se realizará|Se llevará a cabo)\b"
                # the new day named as such: "La nueva fecha es el miércoles 16 de octubre"
                r"|La nueva fecha (?:prevista )?(?:es|será)\b"
            ),
            # "los cancilleres de ambos países": the pair the text named before, not an organisation
            "two_countries": re.compile(r"\b(?:ambos|los dos) (?:países|Estados|gobiernos)\b", re.IGNORECASE),
            # "former" before a country that no longer exists: its successors ("six former Soviet republics")
            "former_before": re.compile(r"\b(?:ex|antigu[oa]s?)[\s-]+$", re.IGNORECASE),
            # a photo's caption tells of the picture (a past meeting, a building), never of a
            # meeting to come: "PHOTO: leaders at the summit in June"
            # where the meeting told before is: "пройдёт там же накануне", "at the same venue"
            # between a weekday and the week it falls in: "el jueves de la próxima semana"
            "week_of": re.compile(r"\s*,?\s*(?:de\s+)?"),
            # before the place a meeting is not held in: "en París y no en Perpiñán"
            "not_there": re.compile(r"\b(?:y no|pero no|en lugar de|en vez de|ya no)\s+(?:en|a)\s+$", re.IGNORECASE),
            "not_going": re.compile(
                r"\b(?:en lugar de|en vez de)\s+(?:viajar|ir|acudir|trasladarse|desplazarse)\s+a\s+$", re.IGNORECASE
            ),
            # a body's routine sitting ("la reunión semanal del Govern")
            # a weekday naming a rite, not a date: "tras la oración del viernes"
            "rite_day": (re.compile(r"\b(?:oraci[oó]n(?:es)?|rezos?|sermón|misa)\s+del\s+$", re.IGNORECASE), NEVER),
            "routine_sitting": (NEVER, re.compile(r"(?:\s+[\w'’-]+){0,1}?\s+semanal(?:es)?\b", re.IGNORECASE)),
            "private_gathering": re.compile(
                r"\s+(?:de|para|con)\s+(?:[\w-]+\s+){0,2}?(?:activistas|militantes|simpatizantes|estudiantes|inversores"
                r"|empresarios|científicos|aficionados|periodistas)\b",
                re.IGNORECASE,
            ),
            # before a range that is a move's two days: "aplazada del 17 al 21 de diciembre"
            "moved_from": re.compile(
                r"\b(?:aplaz|pospu|posterg|adelant|traslad|retras|cambiad|movid)\w*\s+(?:del|de)\s+$", re.IGNORECASE
            ),
            # a cancellation only for the time being is a postponement: "no se celebrará por ahora"
            "for_now": re.compile(
                r"\b(?:por ahora|por el momento|de momento|hasta nuevo aviso|en la fecha (?:prevista|programada|fijada)"
                r"|como (?:estaba |se había )?(?:inicialmente |originalmente )?(?:previsto|programado|planeado))\b",
                re.IGNORECASE,
            ),
            # after a "desde" date, a meeting that is running: "la sesión, que se celebra desde el lunes"
            "runs_since": re.compile(
                r"\b(?:se celebra|se celebran|se desarrolla|se desarrollan|sesiona|sesionan|está en curso|están en curso)\b",
                re.IGNORECASE,
            ),
            # a country that stays away ("without Russia") is no participant
            "without": re.compile(r"\bsin\s+(?:la\s+|el\s+|los\s+)?$"),
            # "on Friday, the first full day of a three-day state visit": it began the day before
            "first_full_day": re.compile(r"\bprimer día completo de\b|\bprimera jornada completa de\b", re.IGNORECASE),
            # a day that comes back ("every Monday"): no one meeting's date
            "recurring": re.compile(
                r"\b(?:cada|todos los)\s+$"
                # "donde el Consejo se reúne tradicionalmente en abril, junio y octubre": a habit, no date
                r"|\b(?:tradicionalmente|habitualmente|normalmente)\s+(?:en\s+|el\s+)?(?:[\w-]+(?:,\s*|\s+y\s+))*$",
                re.IGNORECASE,
            ),
            # "dar una conferencia de prensa el viernes para informar sobre el viaje": its day
            "statement_day": re.compile(
                # "En la conferencia matutina de este jueves": a president's daily briefing
                r"\b(?:ruedas? de prensa|conferencias? de prensa|conferencias? matutinas?|mañanera|comunicado|declaración"
                r"|sesión informativa"
                # "Piñera anunció este miércoles que ...", "confirmó en la noche de este lunes": the
                # day it was said
                r"|(?:anunció|anunciaron|informó|informaron|confirmó|confirmaron|declaró|precisó|comunicó|reveló)"
                r"(?:\s+(?:(?:en|por|durante)\s+la\s+(?:noche|mañana|tarde|madrugada)|a\s+última\s+hora)\s+de(?=\s*$)"
                r"|(?=\s+(?:este|el)\s|\s+$))"
                # "..., anunció Perú el martes": the verb, then who said it
                r"|(?:anunció|anunciaron|informó|informaron|confirmó|confirmaron|declaró|precisó|comunicó|reveló|dijo|dijeron)"
                r"(?:\s+[A-ZÁÉÍÓÚÑ][\w-]+){1,4}(?=\s+(?:este|el)\s))"
                r"(?:\s+(?:conjunt[oa]|publicad[oa]|difundid[oa]|emitid[oa]))?\s+(?:(?:el|este|del|de|de este|de hoy)\s+)?$",
                re.IGNORECASE,
            ),
            # a day told with the one it replaces: "el viernes 15 en lugar del jueves 14"
            "instead_of": re.compile(r",?\s+(?:en lugar de|en vez de)", re.IGNORECASE),
            # a day denied for the one after it: "no se celebrará el jueves, sino el viernes"
            "not_but": (
                re.compile(r"\bno\s+(?:ya\s+)?(?:se\s+)?(?:\w+\s+)?(?:el\s+)?$"),  # "no se abrirán el martes"
                re.compile(r"[^,;.:]{1,25}?,?\s+sino\b"),
                re.compile(r"\bno\b[^;.]{0,60}?,?\s+sino\s+(?:hasta\s+)?(?:el\s+)?$"),
            ),
            # an office named after the body it heads: "los presidentes del Consejo Europeo" (no meeting of it)
            "office_of": re.compile(
                r"\b(?:[Pp]residentes?|[Pp]residentas?|[Ss]ecretari[oa]s? general(?:es)?|[Jj]efes?)\s+(?:del|de la)\s+$"
            ),
            "same_place": re.compile(
                # (or building: "en el mismo centro de convenciones", "en el mismo hotel")
                r"\b(?:allí mismo|allá mismo|en el mismo (?:lugar|centro|recinto|hotel|palacio|edificio|complejo|salón)"
                r"|en la misma (?:ciudad|sede|sala))\b",
                re.IGNORECASE,
            ),
            "caption": re.compile(r"^\s*(?:Foto|FOTO|Pie de foto|Imagen)\s*[:|–-]"),
            # status words that also suspend memberships and aid: a meeting's only beside its word
            "loose_status": re.compile(r"suspendid[oa]s?|suspensión|suspende(?:n)?|suspendi(?:ó|eron)", re.IGNORECASE),
            # a state's style before its name: "a la República Árabe de Egipto", "Reino de Marruecos"
            "state_style": re.compile(_STATE_STYLE),
            "status_copula": re.compile(
                r"\b(?:quedó|quedaron|queda|quedan|fue|fueron|ha sido|han sido|será|serán|está|están|estaba|estaban)\s+"
                # "queda también suspendida", "fue finalmente aplazada"
                r"(?:(?:también|igualmente|asimismo|ya|finalmente|oficialmente|\w+mente)\s+)?$",
                re.IGNORECASE,
            ),
            # a building named for meetings is no meeting: "en el Palacio de Congresos", "Centro de Convenciones"
            # a building named as the venue, in no town: "en Palacio Nacional", "en el recinto ferial"
            "at_a_building": re.compile(
                r"\ben\s+(?:el\s+|la\s+)?(?:[Pp]alacio|[Rr]ecinto|[Hh]otel|[Cc]entro de [Cc]onvenciones)\b"
            ),
            "building_before": re.compile(
                r"\b(?:centro|palacio|sala|recinto)\s+(?:de|de las|de los)\s+$", re.IGNORECASE
            ),
            # what joins a trip to the summit it goes to: "reist am Montag zum Ukraine-Gipfel"
            # dates the summit, not a visit of its own
            "to_meeting": re.compile(
                r"\b(?:a la|al|para la|para el|a las|(?:participar|tomar parte|estar presente) en (?:la|el|las|los))"
                r"\s+(?:[\w-]+\s+){0,2}$",
                re.IGNORECASE,
            ),
            # who says it, named after the verb of saying: not who meets ("..., сообщил
            # журналистам помощник президента Юрий Ушаков")
            # who a report is from, before a venue's name: "según la Casa Blanca"
            "source_before": re.compile(r"\b(?:según|de acuerdo con)\s+(?:el\s+|la\s+|los\s+|las\s+)?$", re.IGNORECASE),
            "reporter_before_name": re.compile(
                r",\s*(?:dijo|declaró|afirmó|anunció|informó|explicó|señaló|indicó|confirmó|aseguró|precisó|según|agregó|añadió)\s+(?:[\w.-]+\s+){0,7}$",
                re.IGNORECASE,
            ),
            # the meeting another is held beside: "will hold talks on the sidelines of Monday's
            # summit" dates the talks, not a summit of theirs
            "beside_of": re.compile(r"\bal margen\s+(?:de la|del|de los|de las|de)\s+$", re.IGNORECASE),
            # a verb of holding whose subject is the host, right before the date; its object, the
            # meeting, comes after the date and its place ("Rusia celebrará mañana y el jueves en el
            # balneario de Sochi, a orillas del mar Negro, la primera cumbre Rusia-África")
            # the verb of holding right before its subject, the meeting noun: the day before the
            # verb is the meeting's ("el miércoles en el centro de convenciones se celebrará la cumbre")
            "held_before_noun": re.compile(
                r"(?<!\w)(?:se\s+celebrar(?:á|án)|tendr(?:á|án)\s+lugar|se\s+realizar(?:á|án))\s+(?:el\s+|la\s+|los\s+|las\s+|un\s+|una\s+)?$"
            ),
            "hosts_before_date": re.compile(
                r"(?<!\bse )\b(?:celebrar|acoger|albergar|organizar)(?:á|án)\s+(?:el\s+|los\s+|del\s+|este\s+|esta\s+)?$"
            ),
            # a verb of holding that ends the words between a meeting noun and its date: the commas
            # before it set off an aside ("a summit, gathering France, Germany, Russia and Ukraine,
            # will be held on 9 December")
            "held_before_date": re.compile(
                r"\b(?:se celebrará|se celebrarán|tendrá lugar|tendrán lugar|se realizará|se realizarán|se llevará a cabo"
                # the present that tells a plan: "la cumbre de la OSCE, que se celebra el miércoles"
                r"|se celebra|se celebran|tiene lugar|tienen lugar"
                # the plan a move or a cancellation undoes: "que debía celebrarse el sábado en Yibuti"
                r"|debía(?:n)? (?:celebrarse|realizarse|tener lugar)|estaba(?:n)? (?:prevista?s?|programada?s?) para"
                # "la cumbre ... (APEC), prevista para el 16 y 17 de noviembre"
                r"|(?<=, )(?:prevista?s?|programada?s?|convocada?s?|fijada?s?) para)"
                # the plan kept, told in an aside: "se celebrarán, como estaba previsto, el lunes"
                r"(?:,?\s+(?:tal )?como (?:estaba )?(?:previsto|programado|planeado|acordado),?)?"
                r"\s+(?:el\s+|los\s+|del\s+)?$"
            ),
            # A meeting moved by a stated span: "aplazada cuatro días", "dos días más tarde de lo previsto".
            "shifted_by": re.compile(
                r"\b(?:(?:aplaz|retras|pospuest|postergad|(?P<earlier>adelant))\w*\s+(?:[\w'’-]+\s+){0,4}?(?:en\s+)?"
                r"(?P<n>una?|dos|tres|cuatro|cinco|seis|siete|\d{1,2})\s+(?:días?|(?P<week>semanas?))"
                r"|(?P<n2>dos|tres|cuatro|cinco|seis|siete|\d{1,2})\s+(?:días?|(?P<week2>semanas?))\s+(?:más\s+tarde|(?P<earlier2>antes))"
                r"\s+de\s+lo\s+previsto)\b",
                IGNORE,
            ),
            # A meeting called off that is on again: its report revives it.
            "back_on": re.compile(
                r"\b(?:finalmente sí|sí se (?:celebrará|realizará)|vuelve a estar en pie|después de todo|al final sí)\b",
                IGNORE,
            ),
            # A meeting named as what something else readies: the date before it is that other's.
            # a sentence that opens on "separately": its meeting is not the one told before
            # a status noun and the word that says what it is of: "la cancelación del fallo"
            "status_noun_of": re.compile(
                r"(?:cancelación|suspensión|aplazamiento|postergación|anulación)\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+",
                IGNORE,
            ),
            "separate_opening": re.compile(r"\s*(?:Por separado|Paralelamente|En paralelo)\b"),
            # a sentence that opens on what comes first: its weekday is not the week told before's
            "before_that": re.compile(
                r"(?:Como paso previo|Previamente|Antes de ello|Antes de eso|Antes,|Con anterioridad)"
            ),
            "separate": re.compile(
                r"\b(?:otra|otro|una segunda|un segundo)\s+(?:[\w\'’-]+\s+){0,2}$", IGNORE
            ),  # "a separate meeting of Putin and Lukashenko": not the one told before
            # a thing named after its bearer: "en el estadio Rey Fahd", "el aeropuerto Príncipe Sultán"
            "named_after": re.compile(
                r"(?<![\w-])(?:complejo(?: deportivo)?|estadio|sala|avenida|calle|plaza|puente|aeropuerto|universidad|instituto"
                r"|hospital|colegio|escuela|mezquita|fundación|premio|centro|museo|biblioteca|puerto|base"
                r"|(?:centro|palacio|sala) de (?:convenciones|conferencias|congresos|exposiciones))\s+(?:del\s+)?$",
                IGNORE,
            ),
            # a pronoun-less verb for the meeting told before, and how long it runs: "Se prolongará hasta el 23 de marzo"
            "ends_pronoun": re.compile(
                r"(?:Se prolongará|Se prolongarán|Durará|Durarán|Concluirá|Concluirán|Terminará|Terminarán|Se extenderá"
                r"|Se extenderán|Finalizará|Finalizarán)\b"
            ),
            # the decision told before reaches this sentence's meeting: "La decisión alcanza también a la reunión"
            "same_fate": re.compile(
                r"(?:La|Esta|Dicha|Tal) (?:decisión|medida|cancelación|suspensión|anulación)\s+(?:[\w-]+\s+)?"
                r"(?:alcanza|afecta|incluye|abarca|se extiende|comprende)\b",
                IGNORE,
            ),
            # any verb in the preterite, a report's ("anunció") too
            "any_past_verb": re.compile(rf"\b{_PRETERITE}\b", IGNORE),
            # a sentence opening "after" a meeting: "Tras una llamada con Trump el lunes, ..."
            "after_opener": re.compile(
                r"\s*(?:Tras|Después de)\s+(?:(?:una?|la|el|los|las|su|sus)\s+)?", re.IGNORECASE
            ),
            "prepares_for": re.compile(
                r"\b(?:para preparar|a fin de preparar|en preparación de|con vistas a|de cara a|antes de|para confirmar"
                r"|en vísperas de|en la víspera de|la víspera de)\s+"
                r"(?:la\s+|el\s+|los\s+|las\s+|esta\s+|este\s+|su\s+|una\s+|un\s+)?(?:[\w'’-]+\s+){0,3}$"
                r"|\b(?:con vistas|de cara|antes)\s+al\s+(?:[\w'’-]+\s+){0,3}$",
                IGNORE,
            ),
            # a relative clause opening after a comma: its verb is not the main one
            "relative_opener": re.compile(r",\s+(?:[\w-]+\s+){0,2}?(?:que|donde|quien|quienes|cual|cuales)\b"),
            # the word for where a meeting is held: "the venue, the State House in Dar es Salaam"
            # a match's words: "la selección enfrenta a Tanzania el martes" is no meeting
            "sport": re.compile(
                r"\b(?:fútbol|futbol|selección nacional|la selección|eliminatorias?|partido amistoso|amistoso|FIFA|UEFA|Conmebol"
                r"|rugby|baloncesto|balonmano|voleibol|seleccionador|director técnico|delantero|portero)\b",
                re.IGNORECASE,
            ),
            # "reuniones bilaterales por separado con Li y Kishida": one meeting with each guest
            "each_apart": re.compile(r"\b(?:por separado|separad[oa]s|separadamente|con cada uno)\b", IGNORE),
            # "la víspera, es decir el domingo": one day told twice
            "restated": re.compile(r"\s*,?\s*(?:es decir|o sea)\s*,?\s*", IGNORE),
            # a sea's, a lake's or a river's name after its noun: "el mar Rojo", "el lago Titicaca"
            "water_before": re.compile(r"\b(?:mar|lago|río|golfo|océano|estrecho|bahía)\s+$"),
            "where_clause": re.compile(r",\s+(?:donde|en donde)\b"),
            "sequenced": re.compile(r"\b(?:[Tt]ras|[Dd]espués de|[Aa]ntes de)\s+(?:la|el|los|las)\s+$"),
            "hosts_guest": re.compile(r"\b(?:lo|la|le) (?:recibirá|recibe|acogerá)\b"),
            "venue_word": re.compile(r"\b(?:sede|lugar)\b"),
            # the venue named by a copula, no preposition before the town: "La sede será Toulouse"
            "venue_named": re.compile(
                r"\b(?:[Ll]a sede|[Ee]l lugar) (?:elegid[oa] |escogid[oa] )?(?:es|será|sigue siendo)\s+"
            ),
            # a count that announces a list: "cancelled the two stops: ... and ..."
            "list_count": re.compile(r"\b(?:dos|tres|cuatro|ambas|ambos)\b", re.IGNORECASE),
            # what makes "the eve" another meeting's ("la veille du sommet"); "la veille" alone
            # is the day before the day told
            "eve_of": re.compile(r"\s+(?:de|del)\b"),
            # a meeting word that, capitalised inside a sentence, names a legislature
            "legislature": re.compile(r"Congreso"),
            # words right after a day counted from a meeting saying it counts from its last day
            # ("the day after the close of the summit")
            "after_close": re.compile(r"\s+(?:a\s+|de\s+)?(?:la\s+|el\s+)?(?:clausura|final|conclusión|cierre)\b"),
            # a span to come, no day of its own: "within the next month", "innerhalb der nächsten Woche"
            "within_span": re.compile(r"\bdentro\s+de\s+(?:la\s+|el\s+|los\s+|las\s+)?$", re.IGNORECASE),
            # words that open a relative clause, whose tense is its own
            "relative_after": re.compile(r"\b(?:que|quienes?|cuy[oa]s?)\b"),
            # a move told as done before the news ("que había sido aplazada a noviembre")
            "moved_before": re.compile(
                r"\bhabían? (?:ya )?sido (?:\w+ )?(?:aplazad|pospuest|trasladad|postergad|adelantad)\w* (?:al|a|para|hasta|en)\b"
            ),
            "list_joiners": frozenset({"y"}),
            # "au Caire ou à Doha": the words that offer places as alternatives
            "alternative_joiners": frozenset({"o", "u"}),
            # "Ciudad de México, 8 de noviembre de 2022.-": the word between a dateline's day and its month
            "dateline_of": "de",
            "bare_person": BARE_PERSON,
            "not_bare_names": NOT_BARE_NAMES,
            "range_openers": ("entre", "entre el"),
            "anaphoric_days": ANAPHORIC_DAYS,
            # "un día antes", "dos días después" (the ANAPHN slot's words): the count and its direction
            "counted_days": re.compile(r"(?P<n>\w+)\s+días?\s+(?P<direction>antes|después|más tarde)"),
            "counted_articles": {"un": 1},
            "anaphoric_directions": {"antes": -1, "después": 1, "más tarde": 1},
            "days_told_before": frozenset({"ese día", "ese mismo día", "aquel día", "aquel mismo día"}),
            "nth_days": NTH_DAYS,
            # an article a town's name takes in running text that the gazetteer's name lacks ("La Antigua
            # Guatemala")
            "place_articles": frozenset({"La", "El", "Los", "Las"}),
            "title_leading_drop": frozenset({"su", "sus", "la", "el", "los", "las"}),
            "title_break_words": frozenset({"en", "a", "al", "para", "por", "sobre"}),
            "title_trailing_drop": frozenset({"de", "del", "la", "el", "los", "las", "y"}),
            "subject_leading_drop": frozenset({"de", "del", "la", "el", "los", "las", "y"}),
            "inflected_names": True,
            "fold_letters": name_key,
            "strip_prefixes": strip_final_stop,
            "bare_hours": True,
            "roles_english": ROLES_ENGLISH,
            "relative_weeks": RELATIVE_WEEKS,
            "relative_months": RELATIVE_MONTHS,
        },
    )
    # Every date and clock phrase starts a word: one look there spares the engine trying each
    # template at every position (the grammars read 4-5 times faster, matching the same).
    return replace(
        pack,
        dates=compile_grammar(DATE_TEMPLATES, SLOTS, lookahead=_WORD_START),
        clocks=compile_grammar(CLOCK_TEMPLATES, CLOCK_SLOTS, lookahead=_WORD_START),
    )
