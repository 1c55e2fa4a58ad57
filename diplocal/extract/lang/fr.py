"""French: month and weekday names from CLDR, relative words from dateparser's locale data,
word forms from simplemma, and the meeting, status, tense and hedge words of French news."""

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

CODE = "fr"
IGNORE = re.IGNORECASE
# Letters as French writes them: lower case, capitals (with accents), any letter.
LOW = r"a-zà-öø-ÿœæăāąćčďđēėęěğīįıķĺľłńňōőŕřśšşţťūůűųźżžșț"
CAP = r"A-ZÀ-ÖØ-ÞŒÆĂĀĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŇŌŐŔŘŚŠŞŢŤŪŮŰŲŹŻŽȘȚ"

# -- calendar --------------------------------------------------------------------------------

MONTHS, WEEKDAYS = calendar_words(CODE)
RELATIVE = relative_words(CODE)
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "premier": 1,
}  # fmt: skip
RELATIVE_DAYS = RELATIVE["days"] | {"ce soir": 0, "ce matin": 0, "cet après-midi": 0, "cette nuit": 0}
RELATIVE_WEEKS = RELATIVE["weeks"] | {"la semaine passée": -1, "la semaine qui vient": 1, "la semaine à venir": 1}
RELATIVE_MONTHS = RELATIVE["months"] | {"ce mois": 0, "le mois passé": -1, "le mois qui vient": 1}
# The words that qualify a date. French puts "prochain" and "dernier" after the noun
# ("mardi prochain", "en juin dernier"): the templates say where each may stand.
QUALIFIERS = {
    "prochain": "next", "prochaine": "next", "prochains": "next", "prochaines": "next", "qui vient": "next",
    "dernier": "last", "dernière": "last", "derniers": "last", "dernières": "last", "passé": "last", "passée": "last",
    "ce": "this", "cet": "this", "cette": "this", "d'ici": "by", "avant": "before", "après": "after",
    "depuis": "since", "jusqu'en": "until", "jusqu'à": "until", "dès": "from", "plus tard": "later",
    "début": "early", "au début": "early", "en début": "early", "fin": "later", "en fin": "later",
    "à la fin": "later", "dans le courant": "", "courant": "", "du": "this",  # "fin du mois": this month's end
}  # fmt: skip
UNITS = {"semaine": "week", "week-end": "weekend", "weekend": "weekend", "mois": "month", "année": "year"}
MONTH_PARTS = {
    "début": "early", "fin": "late", "mi": "mid", "milieu": "mid", "courant": "mid", "premiers jours": "early",
    "derniers jours": "late", "première quinzaine": "early", "seconde quinzaine": "late",
    "deuxième quinzaine": "late",
}  # fmt: skip


# Days told by another day of the text, and the days of a meeting counted from its first.
ANAPHORIC_DAYS = {
    "même jour": 0, "lendemain": 1, "jour suivant": 1, "surlendemain": 2, "veille": -1,
    "jour précédent": -1, "ce jour-là": 0, "ce même jour": 0, "le jour même": 0,
}  # fmt: skip
NTH_DAYS = {
    "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3,
    "quatrième": 4, "dernier": -1, "dernière": -1,
}  # fmt: skip


def _month_slot(months: dict[str, int]) -> str:
    """Month names as the grammar reads them. A full name in lower case stands anywhere
    ("en juillet"); a capitalised one or an abbreviation ("24 nov.") only after a day, so
    that "sept" (seven) and "Mars" (the planet) are not months."""
    names = sorted(k for k in months if len(k) >= 3)
    short = {k for k in names if any(o != k and o.startswith(k) and months[o] == months[k] for o in names)}
    full = [k for k in names if k not in short]
    after_day = r"(?:(?<=\d )|(?<=\der )|(?<=\d\. ))"
    return rf"(?:(?:{alternation(full)})(?![\w'])|{after_day}(?i:{alternation(names)})\.?(?![\w']))"


def _words(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, longest first."""
    return alternation(sorted(words, key=len, reverse=True))


_MONTH = _month_slot(MONTHS)
_WEEKDAY = rf"(?i:(?<![\w'])(?:{_words(w for w in WEEKDAYS if len(w) >= 4)})(?![\w']))"
_DAYPART = r"(?:\s+(?:matin|midi|après-midi|soir|soirée|dans la soirée|en fin de journée|dans la matinée))?"
SLOTS = {
    "MONTH": _MONTH,
    "MONTH2": _MONTH,
    "WEEKDAY": _WEEKDAY,
    "WEEKDAY2": _WEEKDAY,
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:er|ᵉʳ)?(?!\d)(?![,.]\d)(?!\s*(?:%|pour ?cent|ans|heures|h\b|jours|mois|milliards|millions))",
    "YEAR": r"(?:19\d\d|20\d\d)",
    "REL": rf"(?i:(?<![\w'-])(?:{_words(RELATIVE_DAYS)})(?![\w'-]))",
    "RELWEEK": rf"(?i:(?<!\w)(?:{_words(RELATIVE_WEEKS)})(?!\w))",
    "RELMONTH": rf"(?i:(?<!\w)(?:{_words(RELATIVE_MONTHS)})(?![\w-]))",
    # after a weekday: "mardi prochain", "lundi dernier"
    "QUAL": r"(?:prochaine?s?|derni(?:er|ère)s?|passée?s?)(?!\w)",
    # after a date ("en juin dernier"), or before a week ("début de la semaine prochaine")
    "QUAL2": r"(?:prochaine?s?|derni(?:er|ère)s?|passée?s?|plus tard|(?:au |en )?début|(?:en |à la )?fin"
    r"|dans le courant)(?!\w)",
    "WHICH": r"(?:ce|cet|cette|du|prochaine?|dernière|dernier|passée?)(?!\w)",
    "UNIT": r"(?:semaine|week-end|weekend|mois|année)(?!\w)",
    "PART": r"(?i:début|fin|courant|milieu|premiers jours|derniers jours|(?:première|deuxième|seconde) quinzaine)",
    "MID": r"(?i:mi)",
    "TO": r"\s*(?:-|au|à|et(?:\s+le)?|jusqu'au)\s*",
    "TOWD": r"\s+(?:et|à|au)\s+",
    "DAYPART": _DAYPART,
    # "la veille" alone (the day before the day just named), not "la veille du sommet"
    "ANAPHD": r"(?i:ce\s+jour-là|ce\s+même\s+jour|le\s+jour\s+même)",
    "ANAPH": r"(?i:même jour|lendemain|surlendemain|veille|jour suivant|jour précédent)",
    "NTH": r"(?i:première|premier|deuxième|second|seconde|troisième|quatrième|dernière|dernier)",
}
SLOTS["DAY2"] = SLOTS["DAY"]
SLOTS["REL2"] = SLOTS["REL"]

# (kind, template): the kind says how the generic reader takes the groups (see tag/dates.py).
DATE_TEMPLATES = [
    # "du 30 novembre au 11 décembre", "du lundi 3 mars au mercredi 5 mars"
    ("days", r"(?:{WEEKDAY}\s+)?{DAY}\s+{MONTH}{TO}(?:{WEEKDAY2}\s+)?{DAY2}\s+{MONTH2}(?:\s+{YEAR})?"),
    # "les 21 et 22 mars", "du 7 au 9 février", "jeudi 17 et vendredi 18 juin", "entre le 3 et le 5 mars"
    ("days", r"(?:{WEEKDAY}\s+)?{DAY}{TO}(?:{WEEKDAY2}\s+)?{DAY2}\s+{MONTH}(?:\s+{YEAR})?(?:\s+{QUAL2})?"),
    # "lundi 16 mars", "mardi 24 novembre 2015", "vendredi le 8 juin"
    ("day", r"{WEEKDAY},?\s+(?:le\s+)?{DAY}\s+{MONTH}(?:\s+{YEAR})?(?:\s+{QUAL2})?"),
    # "le 11 décembre", "le 1er avril", "le 15 mai prochain", "24 nov."
    ("day", r"{DAY}\s+{MONTH}(?:\s+{YEAR})?(?:\s+{QUAL2})?"),
    # "vendredi le 8", "mercredi 9": a day of an unnamed month, read as nothing rather than
    # as the weekday alone (which may fall in another week)
    ("day", r"{WEEKDAY}\s+(?:le\s+)?{DAY}(?!\s*(?:[-:h.,]?\d|heures?\b))"),
    # "mardi et mercredi prochains", "de jeudi à samedi"
    ("weekdays", r"{WEEKDAY}{TOWD}{WEEKDAY2}(?:\s+{QUAL})?{DAYPART}"),
    # "mardi prochain", "lundi dernier", "jeudi matin"
    ("weekday", r"{WEEKDAY}(?:\s+{QUAL})?{DAYPART}"),
    ("relative", r"{REL}\s+et\s+{REL2}"),
    ("relative", r"{REL}\s+et\s+{WEEKDAY2}"),
    # "demain, samedi": the same day, named twice
    ("relative", r"{REL},?\s+{WEEKDAY2}(?!\s+\d)"),
    ("relative", r"{REL}{DAYPART}"),
    # "la semaine prochaine", "début de la semaine prochaine", "plus tard cette semaine"
    ("period", r"(?:{QUAL2}\s+(?:de\s+)?)?{RELWEEK}"),
    ("period", r"(?:{QUAL2}\s+(?:du\s+)?)?{RELMONTH}"),
    ("period", r"{WHICH}\s+{UNIT}"),
    ("period", r"(?:le|la)\s+{UNIT}\s+(?!du\b){WHICH}"),  # ("la semaine du sommet": no week of ours)
    # "mi-avril", "la mi-janvier"
    ("month_part", r"{MID}-{MONTH}(?:\s+{YEAR})?"),
    # "début avril", "fin du mois de mars", "fin du mois prochain", "fin de ce mois"
    ("month_part", r"{PART}\s+(?:de\s+|d'|du\s+mois\s+(?:de\s+|d'))?{MONTH}(?:\s+{YEAR})?"),
    # "fin du mois" (later this month), "début du mois prochain"
    ("period", r"{QUAL2}\s+du\s+{UNIT}\s+{WHICH}"),
    ("period", r"{QUAL2}\s+(?:de\s+)?{WHICH}\s+{UNIT}(?!\s+(?:de|d'|prochain|dernier))"),
    # "en juillet 2024", "en septembre prochain", "d'ici juin"
    ("month", r"(?:{QUALM}\s+|(?:en|au mois d[e'])\s*)?{MONTH}(?:\s+{YEAR})?(?:\s+{QUAL2})?"),
    # days told by another day of the text: "le lendemain", "la veille", "le deuxième jour du sommet"
    ("anaphoric", r"(?:(?i:le|la|au|du))\s+{ANAPH}(?!\s+(?:de|du|d'|des)\b)(?!\w)"),
    # "Rendez-vous est pris pour le 15 décembre. Ce jour-là ...": the day told just before
    ("anaphoric", r"{ANAPHD}(?![\w-])"),
    ("nth_day", r"(?:lors\s+de\s+)?(?:le|la|sa|leur)\s+{NTH}\s+(?:jour|journée)"),
    ("year", r"{QUALM}\s+{YEAR}(?![/\d])"),
]
# Before a month: "d'ici juin" is a deadline, "avant juin" a bound (pair.py reads the first word).
SLOTS["QUALM"] = r"(?:d'ici|avant|après|depuis|jusqu'en|dès)"
# Every date phrase holds one of these words: the grammar is tried only near them.
ANCHORS = (
    rf"(?i:\b(?:{_words([*MONTHS, *(w for w in WEEKDAYS if len(w) >= 4), *RELATIVE_DAYS])})(?![\w])"
    r"|\b(?:semaine|week-end|weekend|mois|année|matin|soir|jour|journée|lendemain|veille)\b)|\b(?:19|20)\d\d\b"
)

# Clock times: "à 18 heures GMT", "à 10h30 (heure locale)", "9 h 30", "à 14h00 heure de Paris", "à midi".
ZONE_WORDS = {
    "gmt": "UTC", "utc": "UTC", "tu": "UTC", "heure gmt": "UTC", "heures gmt": "UTC", "temps universel": "UTC",
    "heure locale": "local", "heure française": "Europe/Paris", "heure de france": "Europe/Paris",
    "heure belge": "Europe/Brussels", "heure suisse": "Europe/Zurich", "heure de l'est": "America/Toronto",
    "heure du québec": "America/Toronto", "hne": "America/Toronto", "hae": "America/Toronto",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "heure d'europe centrale": "Europe/Paris",
    "heure du pacifique": "America/Los_Angeles",
}  # fmt: skip
DAY_PARTS = {
    "du matin": "am", "matin": "am", "de l'après-midi": "pm", "du soir": "pm", "soir": "pm", "midi": "noon",
    "minuit": "midnight",
}  # fmt: skip
_ZONE = (
    r"(?:GMT|UTC|TU|HNE|HAE|CET|CEST|(?i:heures? GMT|heure locale|heure française|heure de France|heure belge"
    r"|heure suisse|heure de l'Est|heure du Québec|heure d'Europe centrale|temps universel|heure du Pacifique))"
)
_ZONE_AFTER = r"(?:\s*[,(]?\s*(?:{ZONE}|{CITYZONE})\)?)?"
CLOCK_SLOTS = {
    "H": r"[01]?\d|2[0-3]",
    "MI": r"[0-5]\d",
    "AMPM": r"du matin|de l'après-midi|du soir",
    "ZONE": _ZONE,
    "CITY": rf"[{CAP}][\w'-]+(?:[ -][{CAP}][\w'-]+)?",
    "NOON": r"midi|minuit",
    "CITYZONE": r"(?i:heure) (?:de |d')(?:{CITY})",
}
# A time right after an arrival verb is the arrival's ("arrivera à midi"), not the meeting's.
_NOT_ARRIVAL = "(?<!arrivera )(?<!arriveront )(?<!atterrira )(?<!partira )(?<!quittera )"
CLOCK_TEMPLATES = [
    ("clock", r"\b{H}\s?h\s?{MI}(?!\d)(?:\s*{AMPM})?" + _ZONE_AFTER),
    ("clock", r"\b{H}:{MI}(?!\d)(?:\s*{AMPM})?" + _ZONE_AFTER),
    (
        "clock",
        _NOT_ARRIVAL
        + r"\b(?:à|vers|dès|jusqu'à|à partir de)\s+{H}\s*(?:h(?![\w])|heures?\b)(?!\s*\d)(?:\s*{AMPM})?"
        + _ZONE_AFTER,
    ),
    ("clock", _NOT_ARRIVAL + r"\b(?:à|vers|dès)\s+{NOON}\b" + _ZONE_AFTER),
    # "à mardi 10h (heure d'Addis-Abeba)", "jeudi 18h": an hour right after its weekday
    ("clock", r"(?:(?<=di )|(?<=che ))\b{H}\s?h(?![\w])(?!\s*\d)" + _ZONE_AFTER),
    # "de 10 heures à 12 heures": the start of a span of hours
    ("clock", r"(?<!plus )(?<!moins )\bde\s+{H}\s*(?:h(?![\w])|heures?\b)(?=\s*(?:\d\d\s*)?à\s+\d)"),
]

# -- meeting words ---------------------------------------------------------------------------

MEETING_WORDS = [
    MeetingWord(
        r"(?i:visio-?conférences?|vidéo-?conférences?|sommets? virtuels?|réunions? virtuelles?"
        r"|(?:réunions?|sommets?) (?:en ligne|par visioconférence))",
        "videoconference", False, 1.0,
    ),
    MeetingWord(r"(?i:(?:entretiens?|échanges?|appels?|conversations?) téléphoniques?)", "call", False, 0.8),
    MeetingWord(
        r"(?i:réunions? ministérielles?|conférences? ministérielles?|conseils? ministériels?|(?<=la )ministérielle)",
        "ministerial", False, 1.0,
    ),
    # A council named as the meeting itself ("un Conseil européen", "le Conseil de sécurité")
    MeetingWord(
        r"Conseil (?:européen|des [Aa]ffaires étrangères|[Aa]ffaires (?:étrangères|générales)|des [Aa]ffaires générales"
        r"|Ecofin|de l'Atlantique [Nn]ord|(?:Otan|OTAN)-(?:Russie|Ukraine)|de sécurité|de paix et de sécurité|exécutif"
        r"|permanent|des gouverneurs)",
        "meeting", False, 0.8,
    ),
    MeetingWord(r"(?i:visites?(?: officielles?| d'[ÉE]tat| de travail| d'amitié| éclair)?)", "visit", False, 0.85),
    MeetingWord(r"(?i:tables? rondes?)", "meeting", False, 0.85),
    # two governments' joint cabinet session: "le cabinet binational"
    MeetingWord(r"(?i:cabinets? binationaux|cabinet binational|conseils? binationaux|conseil binational)", "meeting", False, 0.9),
    MeetingWord(r"(?i:mini-sommets?)", "summit", False, 1.0),
    MeetingWord(r"COP ?\d{1,2}", "conference", False, 0.85),
    MeetingWord(r"(?i:s'entretien(?:dra|dront|t|nent|nes)|s'entretenir)", "meeting", True, 0.85),
    MeetingWord(r"(?i:se retrouv(?:er|era|eront|ent|e))", "meeting", True, 0.75),
    MeetingWord(r"(?i:se rend(?:ra|ront|re|ent)?)(?! compte)", "visit", True, 0.7),
    MeetingWord(r"(?i:se déplacer(?:a|ont))", "visit", True, 0.7),
    # "doit être reçue à la Maison Blanche" (the lemmatiser reads "reçue" as the noun "reçu")
    MeetingWord(r"(?i:(?<=être )reçue?s?|(?<=sera )reçue?s?|(?<=seront )reçue?s?)", "visit", True, 0.75),
    # "s'envole lundi pour Washington": a trip to a capital
    MeetingWord(rf"(?i:s'envol(?:e|ent|era|eront))(?=\s+(?:[\w'-]+\s+){{0,3}}?pour\s+(?:l'|la\s+|le\s+)?[{CAP}])", "visit", True, 0.7),
    # "Lavrov sera à Pékin", "Mirzoyan et Bayramov seront lundi et mardi à la villa La Grange"
    MeetingWord(rf"(?:sera|seront)(?=\s+(?:[^,.;]{{0,30}}?\s)?(?:à|au|aux|en)\s+(?:la\s+|l')?(?:[{LOW}]+\s+)?[{CAP}])", "visit", True, 0.7),
    MeetingWord(
        rf"(?:est|sont|sera|seront)\s+(?:(?:par ailleurs|également|aussi|ensuite|enfin|lui-même|elle-même)\s+)?attendue?s?(?=\s+(?:[^,.;]{{0,40}}?\s)?(?:à|au|aux|en)\s+[{CAP}])", "visit", True, 0.75
    ),
    # Lemmas: every form of the word counts ("réuniront", "rencontres", "pourparlers").
    MeetingWord("sommet", "summit", False, 1.0, lemma=True),
    MeetingWord("réunion", "meeting", False, 0.85, lemma=True),
    MeetingWord("rencontre", "meeting", False, 0.85, lemma=True),
    MeetingWord("entretien", "talks", False, 0.85, lemma=True),
    MeetingWord("pourparler", "talks", False, 0.9, lemma=True),
    MeetingWord("négociation", "talks", False, 0.9, lemma=True),
    MeetingWord("consultation", "talks", False, 0.8, lemma=True),
    MeetingWord("concertation", "talks", False, 0.7, lemma=True),
    MeetingWord("dialogue", "talks", False, 0.75, lemma=True),
    MeetingWord("round", "talks", False, 0.8, lemma=True),
    MeetingWord("discussion", "talks", False, 0.6, lemma=True),
    MeetingWord("tournée", "visit", False, 0.85, lemma=True),
    MeetingWord("déplacement", "visit", False, 0.8, lemma=True),
    MeetingWord("voyage", "visit", False, 0.8, lemma=True),
    MeetingWord("périple", "visit", False, 0.7, lemma=True),
    MeetingWord("mission", "visit", False, 0.7, lemma=True),
    MeetingWord("session", "meeting", False, 0.85, lemma=True),
    MeetingWord("séance", "meeting", False, 0.8, lemma=True),
    MeetingWord("assemblée", "meeting", False, 0.75, lemma=True),
    MeetingWord("conférence", "conference", False, 0.85, lemma=True),
    MeetingWord("forum", "conference", False, 0.75, lemma=True),
    MeetingWord("congrès", "conference", False, 0.7, lemma=True),
    MeetingWord("colloque", "conference", False, 0.7, lemma=True),
    MeetingWord("rendez-vous", "meeting", False, 0.7, lemma=True),
    MeetingWord("réunir", "meeting", True, 0.9, lemma=True),
    MeetingWord("rencontrer", "meeting", True, 0.9, lemma=True),
    MeetingWord("recevoir", "visit", True, 0.75, lemma=True),
    MeetingWord("visiter", "visit", True, 0.8, lemma=True),
    MeetingWord("accueillir", "meeting", True, 0.6, lemma=True),
]  # fmt: skip

# -- tense, hedges and status -----------------------------------------------------------------

# Adjectives of countries (places data): "le premier ministre canadien" is a foreign leader.
_ADJECTIVES = alternation(a for a in country_adjectives(CODE) if a.replace("-", "").isalpha() and a.islower())
# Participles of arranging a meeting: said of a meeting that is yet to come.
_ARRANGED = (
    r"annoncée?s?|prévue?s?|confirmée?s?|indiquée?s?|précisée?s?|déclarée?s?|fixée?s?|décidée?s?|convenue?s?"
    r"|programmée?s?|promise?s?|proposée?s?|invitée?s?|demandée?s?|souhaitée?s?|affirmée?s?|assurée?s?|dite?s?"
    r"|appelée?s?|convoquée?s?|acceptée?s?|envisagée?s?|été|averti|expliqué|ajouté|estimé|jugé|souligné|rappelé"
    r"|répété|confié|reconnu|admis|insisté|plaidé|prévenu|exigé|réclamé|observé|assuré|noté|signalé|lancé"
)
# A future or conditional verb (third person), but not the nouns that look like one ("extra",
# "front") nor the imperfect of verbs in -rer ("rencontrait", "déclarait").
_FUTURE_VERB = (
    rf"\b(?!(?:extra|caméra|opéra|choléra|ultra|front|affront)\b)[{LOW}'-]{{2,}}r(?:a|ont)\b"
    rf"|\b[{LOW}'-]+(?:e|i|d|v)rai(?:t|ent)\b"
    r"|\b(?:aur|ser|fer|pourr|devr|saur|verr|enverr|mettr|permettr|admettr|faudr|vaudr|ir)ai(?:t|ent)\b"
)
PATTERNS: dict[str, re.Pattern[str] | frozenset[str]] = {
    "future": re.compile(
        _FUTURE_VERB
        + r"|\b(?:va|vont|allait|allaient)\s+(?:(?:se|s'|y|en|le|la|les|lui|leur)\s*)?[a-zéèêîô]+(?:er|ir|re|oir)\b"
        r"|\b(?:doit|doivent|devait|devaient)\b|\bdevant (?:se tenir|avoir lieu|s'ouvrir|réunir)\b|\b(?:est|sont|était|étaient)\s+(?:censée?s?|appelée?s?)\s+à"
        r"|\b(?:prévue?s?|programmée?s?|attendue?s?|convoquée?s?|envisagée?s?)\b|\bà venir\b|\bprochaine?s?\b"
        r"|\bd'ici\b|\ben vue d[eu']|\ben prévision d[eu']|\ben préparation d[eu']|\bpréparatoire\b|\bprépar\w+"
        r"|\bs'apprêt\w+|\b(?:à|la) (?:la )?veille d[eu']|\ben amont d[eu']|\bdemain\b|\baprès-demain\b|\bce soir\b"
        r"|\bplus tard\b|\bs'ouvr(?:e|ent)\b|\bdébut(?:e|ent)\b|\bcommence(?:nt)?\b|\bdémarre(?:nt)?\b"
        r"|\b(?:se|s')\s*(?:réunissent|retrouvent|rendent|tient|tiennent)\b|\bd'ores et déjà\b|\bdésormais\b",
        IGNORE,
    ),
    "past": re.compile(
        r"\b(?:s'(?:est|était)|se sont|s'étaient)\s+(?:(?:\w+ment|déjà|également|aussi|notamment|brièvement)\s+)?"
        r"(?:réuni|tenu|déroulé|retrouvé|rencontré|entretenu|rendu|achevé|terminé|conclu|clos|clôturé|quitté|vu|séparé"
        r"|ouvert|rendue|vus|soldé)e?s?\b"
        r"|\b(?:a|ont|avait|avaient)\s+(?:(?:\w+ment|déjà|également|aussi|notamment|brièvement|par ailleurs|en outre"
        r"|pour sa part|pour leur part|de son côté|de leur côté|ensuite|enfin)\s+)?"
        r"(?:eu lieu|rencontré|reçu|accueilli|visité|participé|réuni|présidé|pris fin|assisté|tenu|clôturé|conclu|achevé"
        r"|entamé|débuté|commencé|effectué|ouvert|quitté)\b"
        # a trip made or not made: "n'avait pas fait le déplacement au sommet de juillet"
        r"|\b(?:a|ont|avait|avaient)\s+(?:pas\s+|jamais\s+|déjà\s+)?fait le (?:déplacement|voyage)\b"
        # ("a pour sa part été reçu jeudi": an aside between the auxiliary and its participle)
        r"|\b(?:a|ont|avait|avaient)\s+(?:(?:pour sa part|pour leur part|lui aussi|elle aussi|quant à lui|déjà|également|aussi)\s+)?"
        r"été\s+(?:reçue?s?|accueillie?s?|organisée?s?|tenue?s?)\b"
        # a change told as done before another ("la visite avait été reportée"): told as past
        r"|\b(?:avait|avaient)\s+été\s+(?:reportée?s?|repoussée?s?|ajournée?s?|annulée?s?|décalée?s?)\b"
        # ("le sommet de la dernière chance", "un accord de dernière minute": no time gone by)
        r"|\b(?:hier|avant-hier|(?:dernier|dernière|derniers|dernières)(?!\s+(?:chance|minute|ligne droite|mot|ressort|recours))"
        r"|passée?s?(?=\s|$)|il y a|auparavant|précédente?s?"
        r"|récemment)\b",
        IGNORE,
    ),
    "weak_past": re.compile(
        r"\b(?:a|ont|avait|avaient|eut|eurent)\s+(?:(?:\w+ment|déjà|pas|aussi|bien|encore|notamment|également)\s+){0,2}"
        rf"(?!(?:{_ARRANGED})\b)[{LOW}]{{2,}}(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|ort|eint|aint)\b"
        r"|\b(?:s'est|se sont|s'était|s'étaient)\s+(?!(?:dite?s?|déclarée?s?|montrée?s?|engagée?s?|félicitée?s?|prononcée?s?"
        r"|exprimée?s?|inquiétée?s?)\b)\w+|\b(?:était|étaient|fut|furent|avait|avaient)\b",
        IGNORE,
    ),
    "perfect": re.compile(
        r"\b(?:a|ont)\s+(?:déjà\s+)?(?:commencé|débuté|entamé|démarré|ouvert)\b|\bse poursui\w+|\bdéjà\b|\bjusqu'ici\b"
        r"|\ben cours\b",
        IGNORE,
    ),
    "hedge": re.compile(
        r"\b(?:pourrai(?:t|ent)|éventuel(?:le)?s?|éventuellement|peut-être|possible|possiblement|probablement"
        r"|envisag\w+|propos\w+|souhait\w+|espèr\w+|espér\w+|si|s'il|s'ils|sauf si|à moins qu|non confirmée?s?"
        r"|pas encore|aucune date|provisoire(?:ment)?|en principe|incertain\w*|hypothétique|évoqu\w+|rumeur\w*)\b",
        IGNORE,
    ),
    "past_verb_before_date": re.compile(
        r"(?:\b(?:a|ont|avait|avaient)\s+(?:(?:\w+ment|déjà|également|aussi|notamment)\s+)?"
        r"(?!(?:prévu|programmé|fixé|reporté|repoussé|décalé|avancé|convoqué|envisagé|été)\b)"
        rf"[{LOW}]{{3,}}(?:é|i|is|it|u|us|ert|ort)"
        # (its object between: "a confirmé le déplacement ce mardi" is the day it was confirmed)
        rf"(?:\s+(?:le|la|les|son|sa|ses|leur|leurs|cette|ce)\s+[{LOW}][\w-]+|\s+l['’][{LOW}][\w-]+)?"
        r"|\b(?:s'est|se sont|s'était|s'étaient)\s+[\w]+"
        r"|\b(?:tenue?s?|réunie?s?|achevée?s?|terminée?s?|close?s?|déroulée?s?|organisée?s?(?! par)|ouverte?s?|entamée?s?)"
        r"|\b(?:arrivée?s?|rentrée?s?|investie?s?))"
        r"\s+(?:(?:le|les|dès|ce|cette|en|depuis|début|fin)\s+)?$"
        # ("..., précédé les 2 et 3 mai d'une réunion", "suivi le lendemain": the order of a programme)
        rf"|,\s+(?!(?:{_ARRANGED}|attendue?s?|reportée?s?|repoussée?s?|décalée?s?|déplacée?s?|avancée?s?|précédée?s?"
        r"|suivie?s?)\b)"
        rf"[{LOW}]{{3,}}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)\s+(?:(?:en|le|les|à la|au début|fin|début)\s+)?$"
        r"|\b(?:créée?s?|tenue?s?|organisée?s?|adoptée?s?|signée?s?|décidée?s?|lancée?s?|conclue?s?)\s+(?:lors|au cours|à l'issue)"
        r"\s+d(?:e la|e l'|u|es|')\s*(?:[\w'-]+\s+){0,4}$",
        IGNORE,
    ),
    "past_clause": re.compile(
        rf"\b(?:a|ont|avait|avaient)\s+(?:(?:une nouvelle fois|à nouveau|de nouveau|\w+)\s+)?(?!(?:{_ARRANGED})\b)[{LOW}]{{3,}}(?:é|i|is|it|u|us)\b"
        r"|\b(?:était|étaient|avait|avaient|fut|furent|s'est|se sont|s'était|s'étaient)\b",
        IGNORE,
    ),
    "past_verb": re.compile(
        rf"\b(?:a|ont|avait|avaient)\s+(?:(?:une nouvelle fois|à nouveau|de nouveau|\w+)\s+)?(?!(?:{_ARRANGED})\b)[{LOW}]{{3,}}(?:é|i|is|it|u|us)\b"
        r"|\b(?:s'est|se sont|s'était|s'étaient)\s+\w+"
        # being at a meeting, told in the imperfect: "qui participait ce lundi au sommet de l'OTAN"
        r"|\b(?:participai(?:t|ent)|assistai(?:t|ent)|prenai(?:t|ent) part|se trouvai(?:t|ent)|recevai(?:t|ent)"
        r"|accueillai(?:t|ent)|rencontrai(?:t|ent)|s.entretenai(?:t|ent)|poursuivai(?:t|ent)"
        # ending or making a trip, told in the imperfect: "qui achevait vendredi une visite au Japon"
        r"|achevai(?:t|ent)|terminai(?:t|ent)|concluai(?:t|ent)|bouclai(?:t|ent)|effectuai(?:t|ent))\b",
        IGNORE,
    ),
    "still_ahead": re.compile(
        _FUTURE_VERB + r"|\b(?:s'ouvr(?:e|ent)|débute(?:nt)?|commence(?:nt)?|doit|doivent|prévue?s?|plus tard|ce soir"
        r"|cet après-midi|se réunissent|se retrouvent|se tient|se tiennent|est attendue?s?|sont attendue?s?)\b",
        IGNORE,
    ),
    "cancelled": re.compile(
        r"\b(?:annulée?s?|annul(?:e|ent|era|eront|ation)|(?<=d')annuler|n'aura pas lieu|n'auront pas lieu|ne se tiendra pas|ne se tiendront pas"
        r"|n'aura finalement pas lieu|supprimée?s?|abandonnée?s?|décommandée?s?"
        # "Plutôt que de renoncer à se voir, ils se retrouveront ...": what they did not do
        r"|(?<!plutôt que de )(?<!au lieu de )renonc\w+ à)\b",
        IGNORE,
    ),
    "postponed": re.compile(
        r"\b(?:report(?:ée?s?|e|ent|era|eront)?|(?<=de )reporter|repouss(?:ée?s?|e|ent|era)|ajourn(?:ée?s?|e|ent|ement)"
        r"|différée?s?"
        # "décalée de deux jours" moves a meeting to a day the text gives elsewhere
        r"|remise? à (?:plus tard|une date ultérieure)|suspendue?s?|décalée?s?(?! d'une| de (?:\w+ )?(?:jours?|semaines?))"
        r"|déplacée?s?|sine die"
        r"|à une date ultérieure"
        # a host that gives the meeting up: "Le Maroc n'accueillera pas le sommet, prévu le 7 avril"
        r"|n'accueillera pas|n'accueilleront pas|renonc(?:e|ent|é|er) à (?:accueillir|organiser))\b",
        IGNORE,
    ),
    "superseded": re.compile(
        r"\b(?:initialement|à l'origine|d'abord (?:prévue?s?|envisagée?s?|annoncée?s?|programmée?s?|fixée?s?)"
        r"|au lieu d[eu']|plutôt que|primitivement|dans un premier temps"
        r"|(?:qui|qu'il|qu'elle|qu'ils|qu'elles) devai(?:en)?t (?:avoir lieu|se tenir|se réunir|se retrouver|se rencontrer|se dérouler|tenir|s'ouvrir|débuter|commencer|démarrer|reprendre)(?: initialement)?"
        r"|(?:qui )?(?:était|étaient|avait été|avaient été) (?:initialement |d'abord |à l'origine )?(?:prévue?s?|programmée?s?|fixée?s?))\b",
        IGNORE,
    ),
    "rescheduled_to": re.compile(
        r"(?:(?:report|repouss|décal|déplac|renvoy|avanc|remis|ajourn|fix)(?:ée?s?|er|era)?\b[^.;]{0,40}?"
        r"\s(?:au|à|jusqu'au|pour le|le|en|à la mi-)\s*(?:(?:le|la)\s+)?"
        r"|[:,]\s+(?:il|elle|ils|elles)\s+se\s+tiendr(?:a|ont)\s+(?:désormais\s+|finalement\s+)?(?:du|le|les|en)?\s*"
        r"|se\s+tiendr(?:a|ont)\s+(?:désormais|finalement|plutôt)\s+(?:du|le|les|en)?\s*"
        r"|aura\s+(?:désormais|finalement)\s+lieu\s+(?:du|le|les|en)?\s*"
        # "s'ouvriront finalement vendredi 29 janvier"
        r"|(?:s'ouvrir|débuter|commencer|démarrer)(?:a|ont)\s+(?:désormais|finalement|plutôt)\s+(?:du|le|les|en)?\s*"
        # "a désormais une nouvelle date : le mercredi 4 juin"
        r"|\bnouvelle\s+date(?:\s+(?:est|sera|retenue|fixée))?\s*[:,]?\s*(?:(?:au|le|du)\s+)?)$",
        IGNORE,
    ),
    "old_date": re.compile(
        r"\b(?:du|au lieu du|plutôt que le|initialement (?:prévue?s? )?(?:pour )?(?:le|du)?|à l'origine (?:du|le|pour le)?"
        r"|d'abord (?:prévue?s?|envisagée?s?|annoncée?s?|programmée?s?|fixée?s?) (?:le|du|pour le)?"
        r"|prévue?s? à l'origine (?:le|du|pour le)?"
        r"|qui devai(?:t|ent) (?:se tenir|avoir lieu|s'ouvrir|réunir|débuter|commencer|démarrer|reprendre)\s*(?:le|du|ce)?"
        r"|(?:était|étaient|avait été|avaient été) (?:initialement |d'abord |à l'origine )?(?:prévue?s?|programmée?s?|fixée?s?)"
        r" (?:le|du|au|pour le|les|pour les)?)\s*$",
        IGNORE,
    ),
    "not_meeting_date": re.compile(
        # whole words: "née" (born) is not the end of "tournée", "journée" or "année"
        r"(?<![\w-])(?:date butoir|s'appliqu\w+(?:\s+à\s+partir)?|date limite|échéance|expir\w*|expiration|en vigueur|prendr?a? effet|prend effet|effectif"
        # ("l'élection présidentielle ukrainienne du 25 mai": and a word of whose)
        r"|élections?(?: (?:fédérales|générales|législatives|présidentielles?|municipales|régionales|européennes|anticipées))?(?:\s+[a-zéèêîôû-]+)?"
        r"|(?:présidentielle|législatives|scrutin|vote|référendum)(?:\s+[a-zéèêîôû-]+)?|née?|décédée?|mort|anniversaire|délai|(?:ré)?élue?s?"
        r"|mandat|investie?|investiture|(?:prendr\w*|pris) ses fonctions|quitte(?:ra)? (?:le pouvoir|ses fonctions)|entrée en fonctions?|lancement|cessez-le-feu|trêve|paraphée?|signée?|livraison|paiement"
        r"|fermée?|ouverte? (?:le|depuis)|fête nationale|jour férié|mise à jour|résultats"
        # a text's day: "le programme transmis à la presse ce mardi"
        r"|(?:publiée?s?|diffusée?s?|communiquée?s?|dévoilée?s?|transmise?s?)(?: à la presse| aux (?:journalistes|médias|rédactions))?"
        # the day of an announcement: "depuis l'annonce, le 28 janvier, de leur retrait"
        r"|annonce"
        # taking over a presidency: "le Brésil, qui prendra la présidence tournante du groupe le 1er janvier"
        r"|(?:prendr\w*|prend|assumer\w*|assume)\s+la\s+présidence(?:\s+[\w'’-]+){0,4}?)"
        r"\s*(?:,\s*)?(?:(?:étant\s+|est\s+)?(?:toujours\s+|désormais\s+|\w+ment\s+)?fixée?s?\s+)?"
        r"(?:le|la|les|du|au|l'|en|à|ce|cet|cette|:|prévue?s?\s+(?:le|pour le|en))?\s*$",
        IGNORE,
    ),
    "deadline_prep": re.compile(
        r"\b(?:d'ici|avant|après|depuis|jusqu'|au plus tard|dans un délai de)\s*(?:au\s*|à\s*|en\s*)?(?:le\s+|la\s+|l')?$",
        IGNORE,
    ),
    # "depuis lundi"; "depuis qu'il a pris ses fonctions en mai": a clause of what has happened since
    "since": re.compile(
        r"\b(?:depuis|jusqu'(?:au|à|en)?)\s*(?:[\w']+\s+){0,2}$|\bdepuis\s+qu(?:e\s+|')(?:[\w'-]+\s+){1,7}$", IGNORE
    ),
    "travel": re.compile(
        r"\b(?:arriv(?:e|ent|era|eront|ée?s?)|arrivera|quitt(?:e|ent|era|eront|ée?s?)"
        # "prendra part à" takes part, it does not leave
        r"|(?<!sa )(?<!leur )(?<!ma )(?<!notre )(?<!votre )(?<!son )(?<!prend )(?<!prendra )(?<!prendre )(?<!prendront )"
        r"(?<!prennent )part|partent|partira|partiront"
        r"|repart\w*|regagn\w+|rentr(?:e|ent|era|eront|ée?s?)|s'envoler\w*|s'est envolée?|atterri\w*|décoll\w+"
        r"|départ|retour)\s+(?:[\w']+\s+){0,2}$",
        IGNORE,
    ),
    "meet_again": re.compile(
        r"\b(?:se réuni\w*|se retrouv\w+|se reverr\w+|se revoir)\s+(?:à nouveau\s+|de nouveau\s+)?$", IGNORE
    ),
    "meet_until": re.compile(
        r"\b(?:se réuni\w*|se retrouv\w+|se reverr\w+)\s+(?:pas\s+)?(?:à nouveau\s+|de nouveau\s+)?"
        r"(?:avant|jusqu'(?:au|à|en))\s*(?:le\s+)?$",
        IGNORE,
    ),
    "ends_on": re.compile(
        r"\b(?:s'achèv\w+|s'achev\w+|se termin\w+|prend(?:ra|ront)? fin|se clôtur\w+|se clôt|clôturée?|s'achevant|se conclu\w+"
        # "Le pape achève ce dimanche sa visite": who ends it, told before the day
        r"|achèv(?:e|ent)|achèver(?:a|ont)|termin(?:e|ent|era|eront)|conclu(?:t|ent|ra|ront)|boucl(?:e|ent|era|eront)"
        r"|clôtur(?:e|ent|era|eront))"
        r"\s+(?:\w+\s+)?$",
        IGNORE,
    ),
    "deadline_after": re.compile(
        r"\s*,?\s*(?:date (?:butoir|limite)|échéance|jour du (?:vote|scrutin)|jour de l'élection|délai)\b", IGNORE
    ),
    "meeting_follows": re.compile(
        r"\s*(?:\(\s*(?:la\s+|le\s+)?(?:prochaine?\s+)?[\w ]{0,20}(?:réunion|session|sommet|séance|conférence)"
        r"|,?\s*(?:lors|à l'occasion|en marge|au cours)\s+d(?:e la|e l'|u|es|')\s*(?:[\w'-]+\s+){0,3}?"
        r"(?:réunion|sommet|session|conférence|rencontre|Conseil)\b)",
        IGNORE,
    ),
    "duration": re.compile(
        # not after a participle: "repoussée de deux jours" moves a meeting, it does not last
        r"\b(?<!ée )(?<!é )(?<!ées )(?<!és )(?:de|pendant|durant|sur|pour)\s+(?P<n>deux|trois|quatre|cinq|six|sept|huit|\d{1,2})\s+jours\b(?!\s+(?:de\s+)?plus)"
        r"|\b(?P<m>deux|trois|quatre|cinq)\s+journées\b",
        IGNORE,
    ),
    "not_diplomatic": re.compile(
        r"\b(?:conférences? de presse|sommets? d'affaires|forums? d'affaires|organisations? non gouvernementales?|points? (?:de )?presse|conférences?-débats?|conférences? magistrales?"
        r"|assemblées? générales? (?:des actionnaires|ordinaires? des actionnaires)|actionnaires|conseil d'administration"
        # a movement's or a party's own assembly ("lors d'une assemblée générale à Istanbul"); the
        # UN's is named with its capital ("l'Assemblée générale des Nations unies")
        r"|(?-i:(?:une|son|sa|leur) assemblée générale)"
        r"|conseil municipal|conseil régional|conseil de classe|Assemblée nationale|procès|tribunal|audience du tribunal"
        # what a meeting gave is told of one held: "la mise en œuvre des conclusions du sommet de Paris"
        r"|(?:résultats?|conclusions?|acquis|bilan|décisions?) (?:du|de la|des) (?:\w+ )?(?:sommet|réunion|rencontre|conférence|visite)"
        r"|grève|séances? (?:de bourse|boursières?)|(?:la|une) séance (?:de mardi|de lundi|de mercredi|de jeudi|de vendredi)"
        r"|séance de travail parlementaire|rencontres? sportives?|match|missions? d'observation(?: électorale)?"
        # a peacekeeping mission is a body, not a trip: "La Mission de l'ONU (MINUSMA) doit prendre le relais"
        r"|(?-i:Mission)\s+(?:de l'ONU|des Nations unies|onusienne|multidimensionnelle|intégrée|de stabilisation"
        r"|de l'Union africaine|de la CEDEAO|de l'UA)|missions? de maintien de la paix|missions? onusiennes?"
        r"|(?:séances?|réunions?|sessions?) d'information"
        # a public consultation on a text, not talks: "avant la clôture de la consultation, le 31 octobre"
        r"|(?:clôture|ouverture|procédure|mise) (?:de la |en )consultation|consultations? (?:publiques?|populaires?|électorales?)"
        r"|Conseil national|Conseil des États|Sénat|Parlement|Bundestag|Chambre des (?:députés|représentants|communes)"
        r"|congrès (?:du|d'un) [Pp]arti|congrès du PC\w*"
        # (but an organisation's body meets in ordinary session too: "la 56e session ordinaire de la
        # Conférence des chefs d'Etat et de gouvernement de la CEDEAO")
        r"|sessions? (?:d'hiver|d'été|de printemps|d'automne|parlementaires?|extraordinaires? du Parlement"
        r"|ordinaires?(?!\s+(?:de la|du|des)\s+[A-Z])))\b",
        IGNORE,
    ),
    "corporate": re.compile(
        r"\b(?:actionnaires|dividendes?|OPA|fusion|acquisition|Inc|Corp|Ltd|SA|SAS|SARL|GmbH|plc"
        r"|[Cc]hambre (?:\w+ )?de commerce|(?:forum|milieux|hommes|rencontre) d'affaires|patronat"
        r"|partenaires sociaux)\b"
    ),
    "satisfy": re.compile(
        r"\s+(?:les|leurs|ses|des|aux)\s+(?:[\w-]+\s+){0,2}?(?:objectifs?|exigences|besoins|attentes|critères|normes|conditions)\b",
        IGNORE,
    ),
    "domestic": re.compile(
        r"\b(?:Assemblée nationale|Sénat|sénateurs|députés|Parlement(?! européen)|parlementaires?|Chambre des représentants"
        r"|Chambre des députés|Chambre des communes|la Chambre|commission parlementaire|partis?|syndicats?|actionnaires"
        r"|entreprises?|société(?! civile)|patronat|Conseil fédéral|conseil municipal|conseil régional|maires?|élus locaux"
        # a Swiss canton's parliament and the federal chambers
        r"|Grand Conseil|Conseil des [EÉ]tats|Conseil national(?!\s+(?:de|d'|syrien|kurde|libyen|afghan))"
        # a state's own security council, not the UN's
        r"|Conseil de sécurité nationale|Conseil national de sécurité|Conseil supérieur de (?:la )?défense"
        # a federation's own heads of provinces or states (Canada's "Conseil de la fédération")
        r"|premiers ministres des provinces|provinces et (?:des )?territoires|Conseil de la fédération"
        r"|gouverneurs des (?:[EÉ]tats|provinces)"
        r"|Chambre de commerce|commerçants|investisseurs|manifestation|manifestants|grévistes|Congrès(?! de Vienne)"
        r"|opposition|majorité présidentielle|gouvernement et (?:l'opposition|les syndicats)"
        # a bill, a chamber's business; a town's public meeting: "examiner mardi en séance plénière
        # le projet de loi", "une réunion publique d'information ... à la salle des fêtes"
        r"|projets? de loi|propositions? de loi|réunions? publiques?"
        # a national cabinet's sitting; not "le Conseil des ministres de l'UA", nor a joint one
        # ("Conseil des ministres franco-allemand"), nor an organisation's statutory session ("le
        # sommet sera précédé par la session ordinaire du Conseil des ministres")
        r"|(?<!session du )(?<!session ordinaire du )(?<!session extraordinaire du )"
        r"Conseil des ministres(?!\s+(?:de\b|des\b|du\b|d'|conjoint|commun|[\w]+-)))\b",
        IGNORE,
    ),
    "private_subject": re.compile(
        r"\b(?:négociants|courtiers|entreprises|patrons|banquiers|industriels|commerçants|investisseurs|hommes d'affaires"
        r"|chefs d'entreprise|actionnaires)\b"
    ),
    "private_venue": re.compile(r"\b(?:usines?|raffinerie|mine|chantier naval|entrepôt|showroom|siège social)\b"),
    "reporting": re.compile(
        r"\b(?:analystes|sources?|responsables|diplomates|observateurs|délégués|experts|économistes)\s+"
        r"(?:\w+\s+)?(?:ont dit|ont déclaré|estiment|pensent|jugent|affirment|ont indiqué|ont précisé|selon)\b",
        IGNORE,
    ),
    "anaphor": re.compile(
        r"\b(?:il|elle|ils|elles)\s+(?!(?:y|en)\b)|"
        r"\b(?:la|le|les|l'|du|des|au|aux|cette|ce|ces|leur|leurs|sa|son|ses)\s*(?:prochaine?s?\s+|même\s+|première\s+)?"
        r"(?:réunions?|rencontres?|conférences?|sessions?|sommets?|séances?|visites?|tournées?|entretiens?|pourparlers"
        r"|négociations|discussions|travaux|ministres|délégations|visioconférences?|vidéoconférences?)\b"
        # "les deux dirigeants se retrouveront mercredi": the people counted were named before
        r"|\bles\s+(?:deux|trois|quatre|cinq|six)\s+(?:hommes|dirigeants|présidents|ministres|responsables|chefs)\b",
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
        r"\b(?:mondial|européen|africain|arabe|international|Otan|OTAN|UE|G7|G20|G-7|G-20|Francophonie|Cédéao|UA)\b",
        IGNORE,
    ),
    "earlier_one": re.compile(
        r"\b(?:précédente?s?|dernière?s?|derniers|ancienne?s?|passée?s?|récente?s?)\s+(?:[\w'-]+\s+){0,2}$"
        # a meeting time is counted from has taken place, after a preposition (not "depuis que"):
        # "attendu depuis la rencontre de Zurich"
        r"|\bdepuis\s+(?:la|le|l'|les|leur|leurs|sa|son)\s*(?:[\w'-]+\s+){0,3}$"
        # what is reacted to has happened: "Pékin réagit ainsi à la rencontre de mercredi"
        r"|\b(?:en réaction|en réponse|réagi\w*(?:\s+ainsi)?)\s+(?:à la|à l'|au|aux)\s*(?:[\w'-]+\s+){0,1}$"  # "depuis la longue nuit de négociations"
        # what was done at a meeting dates it as past: "créé lors du sommet de Vilnius"
        r"|\b(?:créée?s?|adoptée?s?|signée?s?|décidée?s?|lancée?s?|conclue?s?|approuvée?s?|obtenue?s?)\s+"
        r"(?:lors|au cours|à l'issue|en marge)\s+d(?:e la|e l'|u|es|')\s*$",
        IGNORE,
    ),
    "past_compound": re.compile(r"\b(?:précédentes?|dernières|plusieurs|nombreuses|récentes|ses|leurs)\s+$", IGNORE),
    "clock_only": re.compile(
        r"\b(?:se réunir(?:a|ont)|se retrouver(?:a|ont)|débuter(?:a|ont)|commencer(?:a|ont)|s'ouvrir(?:a|ont)"
        r"|recevr(?:a|ont)|s'entretiendr(?:a|ont))\b",
        IGNORE,
    ),
    "looks_ahead": re.compile(r"prochain|suivant|à venir|qui vient", IGNORE),
    "clause_break": re.compile(
        r"[;]|(?<!\d)\s:(?!\d)|(?<!\d):\s|\s-\s|,\s+(?:mais|alors que|tandis que|bien que|puis|a-t-il|a-t-elle)\s"
        r"|\bmais\b|\btandis que\b|\balors que\b|\baprès\b|\bavant\b|\blorsque\b|\bquand\b"
    ),
    "topic": re.compile(
        r"\b(?:pour (?:discuter|examiner|évoquer|aborder|parler|débattre|préparer|faire le point|passer en revue)"
        r"|(?:consacrée?s?|dédiée?s?) (?:notamment |essentiellement |surtout |principalement )?(?:à|au|aux)"
        r"|au sujet de|concernant|à propos de|afin de|en vue de"
        # "la réunion de l'OTAN, où seront abordées la transition en Afghanistan et ..."
        r"|où (?:sera|seront) (?:notamment )?(?:abordée?s?|évoquée?s?|discutée?s?|examinée?s?)"
        r"|sur (?:la question|le dossier|la situation)|sur fond de|dans le contexte de|(?:sur|pour) la paix (?:en|au|aux))"
        r"(?!\w)|\b(?:afin|en vue) d'",
        IGNORE,
    ),
    "report_words": re.compile(r"annoncé|déclaré|indiqué|précisé|confirmé|selon|affirmé|rapporté|écrit", IGNORE),
    "reporter_after_name": re.compile(
        r"\s+(?:a|ont)\s+(?:dit|déclaré|annoncé|confirmé|indiqué|précisé|affirmé|assuré|ajouté|souligné)\b"
        r"|\s+(?:déclare|annonce|confirme|indique|précise|affirme|assure|souligne)\b"
    ),
    "reporter": re.compile(
        r",\s+(?:[\w.'-]+\s+){0,6}?(?:a annoncé|a indiqué|a déclaré|a précisé|a confirmé|a affirmé|ont annoncé|selon"
        r"|rapporte|annonce|indique|précise)\b"
    ),
    "cue_gap_breaks": re.compile(r"\b(?:après|avant|alors que|tandis que|mais|lorsque|quand|puis)\b", IGNORE),
    "cue_gap_other_act": re.compile(rf"\bet\s+(?:il\s+|elle\s+|y\s+)?[{LOW}]+(?:ra|ront)\b"),
    # a date set off by a comma at the head of its clause ("Demain, les ministres se
    # retrouveront à Luxembourg") dates the clause's meeting
    "cue_gap_attached": re.compile(
        r"\s*,\s+(?:(?:quant à eux|pour sa part|de son côté|en outre|par ailleurs|ensuite),\s+)?(?:[\w'’.-]+\s+){1,16}"
        r"(?:,\s+)?"
    ),
    "range_prep": re.compile(r"\b(?:du|entre(?:\s+le)?|de|des)\s*$", IGNORE),
    "possessive_before": re.compile(r"\b(?:leur|leurs|sa|son|ses)\s+(?:[\w-]+\s+)?$", IGNORE),
    "cue_needs_subject": re.compile(r"^(?:sera|seront)$"),
    # "Lavrov sera", "Il sera", "Le secrétaire d'État américain sera"
    "named_subject_before": re.compile(
        rf"(?:\b(?!(?:Le|La|Les|L|Un|Une|Ce|Cette|Ces|Des|Du|De)\b)[{CAP}][\w.'-]+|\b(?:[Ii]l|[Ee]lle|[Ii]ls|[Ee]lles)"
        r"|\b(?:ministre|président|présidente|chancelière?|secrétaire|roi|reine|émir|délégation|envoyée?|médiateur))"
        rf"(?:\s+[{LOW}'-]+){{0,2}},?\s+(?:(?:ne\s+)?(?:d'abord|ensuite|également|aussi|lui|donc)\s+)?$"
    ),
    "plural_visit": re.compile(r"^visites$", IGNORE),
    "travel_purpose": re.compile(
        r"\s*(?:,\s*)?(?:[\w'-]+\s+){0,6}?pour\s+(?:une?|la|le|les|sa|son|ses|leur|deux|trois)?\s*(?:[\w'-]+\s+){0,3}?"
        r"(?:visite|entretiens?|sommet|réunion|conférence|tournée|négociations|pourparlers|consultations|session)\b",
        IGNORE,
    ),
    "body_anaphor": re.compile(
        r"\b(?:l'(?:agence|Alliance|alliance|organisation|Union|union|institution|Organisation)|(?:le|du|au) (?:bloc|groupe|forum))\b"
    ),
    # ("la capitale fédérale nigériane": the seat of government, never "la capitale économique")
    "capital_of": re.compile(rf"\b[Ll]a capitale (?:(?:fédérale|politique) )?(?P<adjective>[{LOW}]+(?:-[{LOW}]+)?)\b"),
    "unrealised": re.compile(
        r"\b(?:était|étaient) censée?s? |\baurai(?:t|ent) dû\b|\bdevai(?:t|ent) (?:initialement|à l'origine)\b"
        # a meeting that did not come about: "attendues ce jeudi, n'ont finalement pas eu lieu"
        r"|\bn'(?:a|ont) (?:finalement |toujours |donc )?(?:pas|jamais) eu lieu\b"
        r"|\bne s'(?:est|sont) (?:finalement |donc )?(?:pas|jamais) (?:concrétisée?s?|matérialisée?s?|tenue?s?)\b",
        IGNORE,
    ),
    "quote": re.compile(r"\"[^\"]{3,}\""),
    "runs_until": re.compile(
        r"\b(?:se poursui\w+|se prolong\w*|dur(?:e|ent|er\w*)|s'ach[eè]v\w*|se termin\w*|prendr\w+ fin|prend fin)"
        r"\s+(?:le\s+|jusqu'(?:au|à)\s*)?$"
        r"|\bjusqu'(?:au|à)\s*$",
        IGNORE,
    ),
    "bilateral": re.compile(
        r"\b(?:bilatérale?s?|bilatéraux|trilatérale?s?|trilatéraux|multilatérale?s?|intergouvernementale?s?"
        r"|visites? d'[ÉE]tat|visites? officielles?|visites? de travail|chefs? d'[ÉE]tat|chef de l'[ÉE]tat"
        r"|chefs? de gouvernement|chefs? de la diplomatie|ministres? des [Aa]ffaires étrangères|homologues?"
        r"|commissions? mixtes?|comités? mixtes?|commissions? intergouvernementales?)\b"
        # a foreign office-holder: "le premier ministre canadien", "la présidente mexicaine"
        rf"|\b(?:premier ministre|première ministre|président(?:e)?|chancelière?|roi|reine|émir|prince héritier"
        rf"|vice-président(?:e)?|chef de l'[ÉE]tat|ministre des [Aa]ffaires étrangères)\s+(?:{_ADJECTIVES})\b"
        # talks with a head of state or government ("s'entretiendra vendredi avec le président
        # polonais"), not with a president of a senate or a company ("président du Sénat")
        r"|\bs'entretien\w*\s+(?:[\w'-]+\s+){0,3}?avec\s+(?:le|la|son|sa)\s+(?:présidente?(?!\s+d[eu'])|premier ministre"
        r"|première ministre|chancelière?|roi|reine|émir|prince héritier|homologue)",
        IGNORE,
    ),
    "reported_after": re.compile(
        r"\b(?:a|ont)\s+(?:déclaré|dit|affirmé|annoncé|indiqué|estimé|assuré|souligné|ajouté|expliqué)\s+(?:[\w'-]+\s+){0,3}?"
        r"(?:après|à l'issue d[eu']|au sortir d[eu']|lors d[eu']|au cours d[eu'])\s*(?:[\w'-]+\s+){0,2}$"
        # "les engagements pris lors du sommet de Paris le 9 décembre": done at it, so it is over
        r"|\b(?:pris|prise|prises|convenue?s?|adoptée?s?|signée?s?|conclue?s?|scellée?s?|obtenue?s?|décidée?s?)\s+"
        r"(?:lors|au cours|à l'occasion)\s+d(?:u|e la|e l['’]|es)\s*(?:[\w'’-]+\s+){0,5}$",
        IGNORE,
    ),
    "sequel": re.compile(r"\b(?:suivie?s? d[eu']|puis|avant (?:un|une|de)|après quoi|ensuite)(?!\w)"),
    "appositive_place": re.compile(
        r",\s+(?:une?|la|le|l')\s*(?:[\w'-]+\s+){0,5}?(?:à|de|près de|dans la banlieue de|au nord de|au sud de|à l'est de"
        rf"|à l'ouest de)\s+(?P<place>[{CAP}][\w'’]*(?:[ -](?:[{CAP}][\w'’]*|de|du|la|les|sur|en))*)"
    ),
}

# -- names, places and titles -----------------------------------------------------------------

_TITLES = (
    r"(?:[Pp]résidente?|[Pp]remière? ministre|[Mm]inistre|[Cc]hancelière?|[Rr]oi|[Rr]eine|[Pp]rince(?: héritier)?"
    r"|[ÉEé]mir|[Cc]heikh|[Ss]ultan|[Pp]ape|[Ss]ecrétaire générale?|[Ss]ecrétaire d'[ÉE]tat|[Hh]omologue"
    r"|[Aa]mbassad(?:eur|rice)|[Ee]nvoyée?(?: spéciale?)?|[Cc]ommissaire|[Vv]ice-présidente?|[Cc]hef de la diplomatie"
    r"|[Cc]hef de l'[ÉE]tat|[Cc]hef du gouvernement|[Mm]édiat(?:eur|rice)|[Cc]onseill(?:er|ère) fédéral(?:e)?"
    r"|[Gg]énéral|[Cc]olonel|[Mm]aréchal|[Pp]orte-parole|[Cc]onseill(?:er|ère) diplomatique|[Hh]aut représentant"
    r"|[Vv]ice-ministre|[Vv]ice-secrétaire d'[ÉE]tat|M\.|Mme|MM\.|Dr"
    # a verb of meeting names whom it meets: "recevra Horst Köhler", "s'entretiendra avec Luigi Di Maio"
    r"|recevra|recevront|reçoit|reçoivent|rencontrera|rencontreront|rencontre|avec|par|à l'invitation d[eu]"
    # the two sides of "la rencontre entre Emmanuel Macron et Olaf Scholz"
    rf"|entre|(?<=[{LOW}] )et(?=\s+[{CAP}][{LOW}]+\s+[{CAP}]))"
)
# A name starts with no word that opens an institution's name ("Estado", "République").
_NOT_FIRST = r"(?!(?:Estados?|Gobierno|Asuntos|Exteriores|Relaciones|Unión|Consejo|Comisión|República|Naciones|Unidos"
_NOT_FIRST += r"|État|États|Affaires|Conseil|Commission|Union|Nations|Unies|Assemblée)\b)"
_NAME = (
    rf"(?P<name>{_NOT_FIRST}[{CAP}][{LOW}'’]+(?:-[{CAP}{LOW}][{LOW}]+)?(?:\s+(?:(?:de|da|van|von|der|al|el|bin|ben|ould|du|di|dos|le|la)\s+)?"
    rf"[{CAP}][{LOW}'’{CAP}]+(?:-[{CAP}{LOW}][{LOW}]+)?){{0,3}})"
)
# "le secrétaire d'État américain, Antony Blinken", "le président de la Commission, X": title, complement, name
_COMPLEMENT = rf"(?:\s+(?:de|du|de la|des|de l')\s*[{CAP}][\w'-]+(?:\s+[{CAP}][\w'-]+)?)?"
PATTERNS["person"] = re.compile(rf"\b{_TITLES}(?:\s+[{LOW}'-]+){{0,3}}?{_COMPLEMENT},?\s+{_NAME}")
PATTERNS["person_lower_title"] = NEVER
PATTERNS["single_name_titles"] = frozenset(
    {"pape", "roi", "reine", "prince", "émir", "cheikh", "sultan", "président", "présidente", "chancelier",
     "chancelière", "Pape", "Roi", "Reine", "Président", "M", "Mme"}
)  # fmt: skip
PATTERNS["honorifics"] = frozenset({"roi", "reine", "prince", "émir", "cheikh", "sultan", "pape"})
PATTERNS["not_names"] = frozenset(
    [
        *(w.capitalize() for w in WEEKDAYS),
        *(m.capitalize() for m in MONTHS),
        *(
            "Le La Les L Un Une Des Du De Et En Au Aux À Dans Pour Par Sur Avec Ce Cette Il Elle Ils Elles Selon République"
            " Affaires État Etat Conseil Commission Union Assemblée".split()
        ),
    ]
)
# Roles by their English name: the tables of portfolios French names a minister by.
_PORTFOLIOS = {
    r"affaires étrangères": "foreign", r"finances": "finance", r"défense|armées": "defence", r"santé": "health",
    r"économie": "economy", r"commerce(?: extérieur)?": "trade", r"agriculture": "agriculture",
    r"intérieur": "interior", r"énergie": "energy", r"affaires européennes": "European affairs",
    r"justice": "justice", r"environnement": "environment", r"transports": "transport", r"éducation": "education",
}  # fmt: skip
_PORTFOLIO = "|".join(_PORTFOLIOS)
PATTERNS["roles"] = re.compile(
    rf"\b(?P<role>ministres? (?:des |de la |de l'|du |d')(?:{_PORTFOLIO})|chefs? de la diplomatie"
    r"|chefs d'[ÉE]tat et de gouvernement|chefs? d'[ÉE]tat|chefs? de gouvernement|dirigeants|négociateurs|homologues?"
    r"|hauts fonctionnaires|directeurs politiques|sherpas|gouverneurs de banques? centrales?|chefs d'état-major"
    r"|donateurs|bailleurs de fonds|présidents|ministres)\b",
    IGNORE,
)
ROLES_ENGLISH = [
    *(
        (re.compile(rf"^ministres (?:des |de la |de l'|du |d')(?:{fr})", IGNORE), f"{en} ministers")
        for fr, en in _PORTFOLIOS.items()
    ),
    *(
        (re.compile(rf"^ministre (?:des |de la |de l'|du |d')(?:{fr})", IGNORE), f"{en} minister")
        for fr, en in _PORTFOLIOS.items()
    ),
    (re.compile(r"^chefs de la diplomatie", IGNORE), "foreign ministers"),
    (re.compile(r"^chef de la diplomatie", IGNORE), "foreign minister"),
    (re.compile(r"^chefs d'.tat et de gouvernement", IGNORE), "heads of state and government"),
    (re.compile(r"^chefs d'.tat", IGNORE), "heads of state"),
    (re.compile(r"^chefs? de gouvernement", IGNORE), "heads of government"),
    (re.compile(r"^(?:dirigeants|présidents)", IGNORE), "leaders"),
    (re.compile(r"^négociateurs", IGNORE), "negotiators"),
    (re.compile(r"^homologues?", IGNORE), "counterparts"),
    (re.compile(r"^hauts fonctionnaires", IGNORE), "senior officials"),
    (re.compile(r"^directeurs politiques", IGNORE), "political directors"),
    (re.compile(r"^sherpas", IGNORE), "sherpas"),
    (re.compile(r"^gouverneurs", IGNORE), "central bank governors"),
    (re.compile(r"^chefs d'état-major", IGNORE), "chiefs of staff"),
    (re.compile(r"^(?:donateurs|bailleurs)", IGNORE), "donors"),
    (re.compile(r"^ministres$", IGNORE), "ministers"),
]
PATTERNS["generic_roles"] = frozenset(
    {"minister", "ministers", "senior officials", "negotiators", "counterparts", "leaders"}
)
# People named without a title where only a person stands ("Vladimir Poutine et Joe Biden
# s'entretiendront", "rencontrera Olaf Scholz"): never an institution, an office or a place.
_BARE = (
    rf"(?P<name>[{CAP}][{LOW}]+(?:-[{LOW}]+)?(?:\s+(?:(?:de|van|von|der|al|el|ben|bin|da|di|du|dos)\s+)?"
    rf"[{CAP}][^\W\d_'’]*(?:-[^\W\d_]+)?){{1,3}})"
)
BARE_PERSON = (
    re.compile(
        rf"\b(?:et|avec|entre|rencontre|rencontrera|rencontreront|reçoit|recevra|accueille|accueillera|par)\s+{_BARE}"
        rf"\b(?!\s+[{CAP}])"
    ),
    re.compile(
        rf"(?<![\w'’] )(?<![^\W\d_]){_BARE}(?=\s+(?:et\s+[{CAP}]|(?:s'entretiendr|rencontrer|recevr|accueiller|se rendr"
        r"|se réunir|doit|doivent|devrai|sera|seront|est attendu|arrive|arrivera)\w*\b))"
    ),
)
NOT_BARE_NAMES = frozenset(
    # institutions, venues and offices: "le Conseil de sécurité", "le Premier ministre"
    "Maison Palais Conseil Ministère Bureau Banque Groupe Fonds Parti Agence Comité Commission Assemblée Parlement "
    "Sénat Congrès Cour Union Forum Sommet Conférence Organisation Nations Etats États République Royaume Emirats "
    "Émirats Îles Iles Mer Océan Golfe Hôtel Centre Place Aéroport Dialogue Accord Traité Déclaration Initiative "
    "Format Ministre Ministres Président Présidente Premier Première Secrétaire Chancelier Chancelière Roi Reine "
    "Prince Emir Émir Cheikh Sultan Pape Général Affaires Département Service Forces Armée Gouvernement Cabinet "
    "Kremlin Élysée Elysée Ambassade Mission Délégation Envoyé Ambassadeur Porte-parole Gouverneur Maire Sénateur "
    "Chef Chefs Directeur Vice Nord Sud Est Ouest Nouvelle Nouveau Saint Sainte Mont Lac Port Cap Île Ile Ville "
    "Région Province Le La Les Un Une Des Ce Cette Selon Après Avant Lors Dans Pour Mais Quai Casa Maison-Blanche".split()
)

_PLACE = rf"(?P<place>[{CAP}][\w'’]*(?:[ -](?:[{CAP}][\w'’]*|(?:de|du|des|la|les|el|sur|en|al)(?![\w'’])))*)"
# "à Genève", "au Caire", "en Algérie", "le sommet de Washington", "Skopje, où s'ouvre..."
_AFTER_MEETING = "|".join(
    f"(?<={word} )"
    for word in (
        "sommet", "sommets", "conférence", "réunion", "rencontre", "pourparlers", "forum",
        # a summit series by its name alone: "en marge du G7 d'Hiroshima", "le G20 de Rio"
        "G7", "G-7", "G8", "G-8", "G20", "G-20", "BRICS",
    )
)  # fmt: skip
PATTERNS["place_prep"] = re.compile(
    rf"(?<![\w'])(?P<prep>(?:[Àà]|[Aa]u|[Aa]ux|[Ee]n|[Dd]ans|vers|chez|in|(?:{_AFTER_MEETING})de)(?=\s)"
    # a visit names its country with an article: "visitera le Mexique"
    r"|visiter(?:a|ont)?(?:\s+(?:le|la|les)(?=\s)|\s+l'(?=\w)|(?=\s))"
    rf"|(?:{_AFTER_MEETING})d'|(?=[{CAP}][\w'’-]*(?:\s[{CAP}][\w'’-]*)?,\s+où\s))\s*"
    rf"(?:(?:la\s+)?(?:ville|cité|station(?: balnéaire)?|capitale|station thermale)(?:\s+[{LOW}]+)?\s+(?:de\s+|d')?)?"
    + _PLACE
)
PATTERNS["venue_preps"] = frozenset({"à", "au", "aux", "en", "dans", "chez", "in", "de", "d'", ""})
PATTERNS["destination_preps"] = frozenset(
    {
        "vers",
        *(
            f"{verb}{article}"
            for verb in ("visitera", "visiteront", "visiter")
            for article in ("", " le", " la", " les", " l'")
        ),
    }
)
PATTERNS["host"] = re.compile(
    # "Genève accueillera le sommet", "Paris accueillera pour sa part à la mi-avril une conférence"
    rf"\b(?P<place>[{CAP}][\w'-]+(?: [{CAP}][\w'-]+)?)"
    # "Santa Marta, sur la côte caraïbe colombienne, accueille le sommet": where it lies, in commas
    r"(?:,\s+(?:sur|dans|au|aux|à|en|près de)\s[^,.;]{2,60},)?"
    r"\s+(?:accueillera|accueille|abritera|recevra)\s+"
    # (the day between, set off in commas: "Yaoundé accueille vendredi, 17 mars, une session")
    r"(?:[^,.;]{1,40}?,\s+){0,2}(?:[^,.;]{0,40}?\s)?(?:le|la|les|l'|un|une|des)\s*"
    r"(?:\w+\s+){0,2}?(?:sommet|réunion|conférence|session|rencontre|pourparlers|négociations|assemblée"
    # "Ottawa recevra le président ukrainien": the city that receives a guest is where the visit is
    r"|(?<=\s)(?:président|présidente|premier ministre|première ministre|chancelier|chancelière|roi|reine|prince|émir"
    r"|secrétaire général|secrétaire d'[EÉ]tat|ministre))"
)
PATTERNS["here"] = re.compile(
    r"(?<!d')(?<!jusqu')\bici\b(?!\s+(?:là|fin|à))|\bdans cette (?:[\w-]+ ){0,2}(?:ville|capitale|station)\b"
)
PATTERNS["virtual"] = re.compile(
    r"visio-?conférence|vidéo-?conférence|en ligne|par vidéo|virtuel(?:le)?s?\b|par visio|en format virtuel", IGNORE
)
PATTERNS["going_to"] = re.compile(
    r"\b(?:rend\w*|aller|ira|iront|partira|voyag\w+|déplac\w+|envol\w+|visite|tournée|mission)\s+(?:à|au|aux|en)\s*$",
    IGNORE,
)
PATTERNS["past_after_place"] = re.compile(
    r"\s+(?:(?:en|le|au mois de)\s+\w+\s+)?(?:dernier|dernière|passée?|hier|il y a|en (?:19|20)\d\d)\b"
)
# A trip in a sentence before the meeting's: "reviendront à Genève", "la tournée le mènera au Caire"
PATTERNS["mission"] = re.compile(
    r"\b(?:mission|voyage|déplacement|tournée|visite|revien\w+|retourner\w*|se rendr\w+|rejoindr\w+|mènera)\b", IGNORE
)
PATTERNS["headline_visit"] = re.compile(
    r"\bVISITE\s+(?:OFFICIELLE\s+|D'[ÉE]TAT\s+|DE TRAVAIL\s+)?(?:À|AU|EN|AUX)\s+([A-ZÀ-Þ][A-ZÀ-Þ .'-]+)"
)
_ADJECTIVES_AFTER = (
    r"(?:extraordinaire|ordinaire|informel(?:le)?|ministériel(?:le)?|bilatéral(?:e)?|annuel(?:le)?|officiel(?:le)?"
    r"|d'[ÉE]tat|de travail|consultatif|conjoint(?:e)?|virtuel(?:le)?|régional(?:e)?|semestriel(?:le)?"
    r"|trilatéral(?:e)?|mixte|plénière)"
)
PATTERNS["title_complement"] = re.compile(
    rf"^\s+(?P<prep>(?:{_ADJECTIVES_AFTER}\s+){{0,2}}(?:de la|des|du|de|entre|avec|sur|en))\s+"
    rf"(?P<np>(?:l')?(?:[{CAP}][\w.'-]*|[{LOW}]+-[{LOW}]+)(?:\s+(?:[{CAP}][\w.'-]*|de|du|des|la|et|l'\w+|[{LOW}]+-[{LOW}]+"
    r"|ministres|dirigeants|chefs|affaires|étrangères|sécurité|paix))*)"
)
PATTERNS["title_date_words"] = re.compile(
    rf"\b(?:{_words([*WEEKDAYS, *MONTHS])}|aujourd'hui|demain|hier|ce|cette|prochaine?s?|dernière?s?|semaine|mois"
    r"|année|\d+(?:er|e)?)\b",
    IGNORE,
)
PATTERNS["title_modifiers"] = frozenset(
    "premier première deuxième troisième nouveau nouvel nouvelle prochain prochaine grand grande traditionnel "
    "traditionnelle important importante".split()
)
PATTERNS["title_function_words"] = frozenset(
    "le la les l' un une des de du d' au aux à en et ou pour par sur avec ce cette son sa ses leur leurs".split()
)
PATTERNS["title_subject"] = re.compile(
    rf"(?P<subject>(?:[{CAP}][\w.'-]*|de|du|des|la|et|ministres|dirigeants|chefs|responsables|négociateurs|délégations)"
    rf"(?:\s+(?:[{CAP}][\w.'-]*|de|du|des|la|l'\w+|et|d'[{CAP}]\w+|ministres|dirigeants|chefs|responsables"
    r"|négociateurs|délégations|affaires|étrangères)){0,6})"
    r"\s+(?:(?:doivent|doit|vont|va|devraient|devrait)\s+)?(?:se\s+|s')?$"
)
PATTERNS["title_hold"] = re.compile(
    r"\b(?:tenir|tiendra|tiendront|organiser|organisera|organiseront|accueillir|accueillera|participer|participera"
    r"|assister|assistera|effectuer|effectuera|effectueront)\s+(?:à\s+)?(?:un|une|le|la|les|l'|leur|sa|son)?\s*"
    r"(?:[\w-]+\s+){0,2}$"
)

ABBREVIATIONS = frozenset(
    """m mm mme mlle dr pr st ste me mgr gal gén col cdt lt av bd env etc cf p n° no vol
    janv févr fév avr juil sept oct nov déc lun mar mer jeu ven sam dim""".split()
)
_ELIDED = re.compile(r"^(?:[lLdDsSnNjJmMtTcC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)")


def strip_elision(word: str) -> str:
    """A word without its elided article or pronoun, and without the full stop of a sentence
    it ends: "l'Otan" -> "Otan", "d'Ankara" -> "Ankara", "l'ONU." -> "ONU"."""
    if word.endswith(".") and not word.endswith(".."):
        word = word[:-1]
    if "'" not in word and "’" not in word:
        return word  # most words: no regex
    return _ELIDED.sub("", word, count=1)


_WORD_START = r"(?<![\w'’-])(?=\w)"


def name_key(token: str) -> str:
    """How a token of a name is compared: case aside, but a capitalised word apart from the
    same word in lower case, so that the island of La Réunion is never the common noun
    "réunion" (nor Chile "chile"). The places data list every form of an adjective, so no
    lemma is needed; the marks tell :func:`lemma` to leave the key as it is."""
    folded = token.casefold().rstrip(".")  # the tokeniser leaves a sentence's full stop on its last word
    return ("^" if token[:1].isupper() else "~") + folded


_LEMMA = simplemma_lemma(CODE)


def lemma(word: str) -> str:
    """The lemma of a word (simplemma's, cached); a name's key (see :func:`name_key`) is its own."""
    return word if word[:1] in "^~" else _LEMMA(word)


def build() -> LanguagePack:
    """The French pack."""
    from diplocal.extract.lang.builder import build_pack

    pack = build_pack(
        code=CODE,
        name="French",
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
        title_words=frozenset({"de", "du", "des", "la", "le", "les", "et", "d'", "l'"}),
        case_sensitive_names=False,
        extra={
            # "dans la capitale du pays": the capital of the country named before, or the dateline's
            "country_capital": re.compile(r"\b[Ll]a capitale (?:du pays|nationale)\b"),
            # a sentence that opens "instead" ("Instead, they will meet on Tuesday") tells a meeting in
            # place of the one told before
            "instead": re.compile(r"^\W*(?:à la place|au lieu de cela|en lieu et place)\b", IGNORE),
            # what comes before a dated meeting: "s'ouvrira mardi, précédé dimanche d'une réunion"
            "preceded_by": re.compile(r"\b(?:précédée?s?|sera précédée?)\b", IGNORE),
            # a source told after the meeting by no verb of its own (", according to an outline
            # circulated"): its verbs are the report's, no tense of the meeting's
            "source_after": re.compile(r",\s+selon\b"),
            # a day told of a precedent the meeting is compared with: "Comme lors des cycles de
            # janvier et février, les délégations se retrouveront à l'hôtel"
            "as_before": re.compile(
                r"\bcomme\s+(?:déjà\s+)?(?:lors\s+d[eu']s?|en|à|au|aux|pour)\s*(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE
            ),
            # une rencontre dont le texte se demande seulement si elle aura lieu: "On ignore encore si
            # les deux présidents se rencontreront", "Reste à savoir si"
            # "il n'y aura pas de sommet samedi", "aucune réunion n'est prévue": none of it
            # right before a verb of meeting, its denial: "ne se rendra pas", "ne rencontrera pas"
            "denied_verb": re.compile(r"(?<!\w)(?:ne|n['’])\s*$", re.IGNORECASE),
            # (and its second word after the verb: "avant que les dirigeants ne se retrouvent" denies nothing)
            "denied_verb_after": re.compile(r"\s+(?:pas|plus|jamais|point)\b"),
            "none_of": re.compile(
                r"(?i:(?<!\w)(?:aucune?|pas de|pas d['’]|plus de)\s*(?:(?:nouvelle?|autres?|véritables?|formelle?s?"
                r"|officielle?s?|directe?s?)\s+){0,2}$)"
            ),
            # some who join a meeting by video: "participera par visioconférence", "interviendra par vidéo"
            "joins_remotely": re.compile(
                r"\b(?:participer|participera|participeront|intervenir|interviendra|interviendront|s'exprimer"
                r"|s'exprimera|rejoindre|rejoindra|se joindre|se joindra|se joindront)\s+(?:[\w'-]+\s+){0,3}?$",
                re.IGNORECASE,
            ),
            "open_question": re.compile(
                r"\b(?:[Oo]n ignore|[Rr]este à savoir|[Ii]l reste à voir|(?:n'est|n'était) pas (?:encore )?(?:clair|certain|acquis|sûr)"
                r"|incertain|pas clair|nul ne sait|personne ne sait|[Ii]l n'est pas exclu)\s+(?:\w+\s+){0,2}?(?:si|s['’])"
            ),
            # a state's own cabinet or chamber holding its sitting: what its topic names meets not
            "state_sitting": re.compile(
                r"\b(?:[Cc]onseil des ministres|[Pp]arlement|Assemblée nationale|Sénat|nouvelle Assemblée|gouvernement)\b"
            ),
            # a place that hosts the meeting, told by a relative clause: "Jeddah, which hosts the summit"
            "host_relative": re.compile(r",?\s+qui\s+(?:accueille|accueillera|abrite|abritera)\b"),
            # a change told as done before the news: "la visite avait été reportée"
            "done_before": re.compile(r"\b(?:avait|avaient)\s+été\s+(?:\w+\s+)?$", re.IGNORECASE),
            # a pronoun holding the meeting the sentence before named: "Elle se tiendra le lundi 15 avril"
            "held_pronoun": re.compile(
                r"(?:Elle|Il|Elles|Ils|Celle-ci|Celui-ci|Celles-ci|Ceux-ci)\s+(?:se tiendra|se tiendront|aura lieu|auront lieu|s'ouvrira|s'ouvriront"
                r"|débutera|débuteront|se déroulera|se dérouleront)\b"
                # the new day named as such: "La nouvelle date est le mercredi 16 octobre"
                r"|La nouvelle date (?:retenue )?(?:est|sera)\b"
            ),
            # "les ministres des deux pays": the pair the text named before, not an organisation
            "two_countries": re.compile(r"\b(?:des|les|aux) deux (?:pays|[ÉE]tats|gouvernements)\b", re.IGNORECASE),
            # "former" before a country that no longer exists: its successors ("six former Soviet republics")
            "former_before": re.compile(r"\b(?:ex|ancienne?s?)[\s-]+$", re.IGNORECASE),
            # a photo's caption tells of the picture (a past meeting, a building), never of a
            # meeting to come: "PHOTO: leaders at the summit in June"
            # where the meeting told before is: "пройдёт там же накануне", "at the same venue"
            # between a weekday and the week it falls in: "jeudi de la semaine prochaine"
            "week_of": re.compile(r"\s*,?\s*(?:de\s+)?"),
            # before the place a meeting is not held in: "à Paris et non à Perpignan"
            "not_going": re.compile(
                r"\bau lieu de (?:se rendre|partir|aller|voyager|s['’]envoler)\s+(?:à|au|en|aux)\s+$", re.IGNORECASE
            ),
            # a body's routine sitting ("sa séance hebdomadaire", "le Conseil des ministres hebdomadaire")
            # a weekday naming a rite, not a date: "la grande prière du vendredi"
            "rite_day": (re.compile(r"\b(?:prières?|prêche|sermon|messe|office)\s+du\s+$", re.IGNORECASE), NEVER),
            "routine_sitting": (NEVER, re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+hebdomadaires?\b", re.IGNORECASE)),
            "private_gathering": re.compile(
                r"\s+(?:de|d['’]|des|pour|avec)\s*(?:[\w-]+\s+){0,2}?(?:militants|activistes|sympathisants|étudiants"
                r"|investisseurs|chefs d['’]entreprise|patrons|hommes d['’]affaires|entrepreneurs|scientifiques|supporters"
                r"|journalistes)\b",
                re.IGNORECASE,
            ),
            "not_there": re.compile(
                r"\b(?:plutôt qu['’]|au lieu d['’]|et non (?:pas )?|mais non (?:pas )?|non plus )(?:à|au|en)\s+$",
                re.IGNORECASE,
            ),
            # before a range that is a move's two days: "repoussé du 17 au 21 décembre"
            "moved_from": re.compile(
                r"\b(?:repouss|report|décal|avanc|déplac|différ)\w*\s+(?:du|de)\s+$", re.IGNORECASE
            ),
            # a cancellation only for the time being is a postponement: "n'aura pas lieu pour l'instant"
            "for_now": re.compile(
                r"\b(?:pour l['’]instant|pour le moment|jusqu['’]à nouvel ordre|dans l['’]immédiat|à la date prévue"
                r"|comme (?:initialement |originellement |primitivement )?prévu)",
                re.IGNORECASE,
            ),
            # after a "depuis" date, a meeting that is running: "la session, qui se tient depuis lundi"
            "runs_since": re.compile(
                r"\b(?:se tient|se tiennent|se déroule|se déroulent|siège|siègent|est en cours|sont en cours)\b",
                re.IGNORECASE,
            ),
            # a country that stays away ("without Russia") is no participant
            "without": re.compile(r"\bsans\s+(?:la\s+|le\s+|les\s+|l\')?$"),
            # "on Friday, the first full day of a three-day state visit": it began the day before
            "first_full_day": re.compile(
                r"\bpremi[eè]re? journée (?:complète|pleine) de\b|\bpremier jour (?:complet|plein) de\b", re.IGNORECASE
            ),
            # a day that comes back ("every Monday"): no one meeting's date
            "recurring": re.compile(
                r"\b(?:chaque|tous les)\s+$"
                # "où le Conseil siège traditionnellement en avril, juin et octobre": a habit, no date
                r"|\b(?:traditionnellement|habituellement|d'ordinaire|d'habitude|généralement)\s+(?:en\s+|le\s+)?(?:[\w-]+(?:,\s*|\s+et\s+))*$",
                re.IGNORECASE,
            ),
            # the day something was said, not the meeting's: "a-t-on appris samedi à l'Elysée, au lendemain de
            # la visite", "a annoncé mercredi", "dans un communiqué publié jeudi"
            "statement_day": re.compile(
                r"(?:\ba-t-on (?:appris|indiqué|annoncé|précisé|confirmé)|\bapprend-on"
                r"|\b(?:a|ont) (?:annoncé|indiqué|précisé|déclaré|affirmé|confirmé|appris)"
                # the speaker after the verb: "a déclaré M. Burkhalter lundi à Vienne"
                r"(?:\s+(?-i:(?:(?:M\.|Mme|le|la|l')\s*)?[A-ZÉ][\w'’.-]+(?:\s+[A-ZÉ][\w'’.-]+){0,2}))?"
                r"|\b(?:communiqué|déclaration|conférence de presse|point de presse)(?:\s+(?:publiée?|diffusée?))?)\s+$",
                re.IGNORECASE,
            ),
            # a day told with the one it replaces: "le vendredi 15 mars au lieu du jeudi 14"
            "instead_of": re.compile(r",?\s+(?:au lieu d[eu']|plutôt qu(?:e\b|'))", re.IGNORECASE),
            # a day denied for the one after it: "se tiendra non plus jeudi, mais vendredi"
            "not_but": (
                re.compile(r"\b(?:non|pas)(?:\s+plus)?\s+(?:le\s+)?$"),
                re.compile(r"[^,;.:]{1,25}?,?\s+mais\s+(?:bien\s+)?(?:le\s+)?(?=\w)"),
                re.compile(r"\b(?:non|pas)\b[^;.]{0,60}?,?\s+mais\s+(?:bien\s+|seulement\s+)?(?:le\s+)?$"),
            ),
            # an office named after the body it heads: "les présidents du Conseil européen et de la
            # Commission", "le président du Conseil italien" (no meeting of it)
            "office_of": re.compile(
                r"\b(?:[Pp]résident(?:e)?s?|[Ss]ecrétaires? général\w*|[Cc]hefs?)\s+(?:du|de la|de l'|des)\s*$"
            ),
            "same_place": re.compile(
                # (or building: "dans le même hôtel", "au même palais des congrès")
                r"\b(?:au même (?:endroit|lieu|hôtel|palais|centre)|dans la même (?:ville|salle)|dans les mêmes locaux"
                r"|dans le même (?:hôtel|palais|centre|bâtiment|complexe))\b",
                re.IGNORECASE,
            ),
            # a day told as gone, whatever the tense around it: "11 مايو الماضي", "le 11 mai dernier"
            "day_gone": re.compile(r"\s+(?:dernier|passé)\b"),
            "caption": re.compile(r"^\s*(?:Légende(?: photo)?|Photo|PHOTO)\s*[:|–-]"),
            # a meeting at an organisation's headquarters is at its seat
            "headquarters": re.compile(r"\bsiège\b", re.IGNORECASE),
            # a state's style before its name: "en République arabe d'Égypte", "au Royaume du Maroc"
            "state_style": re.compile(r"(?:République|Royaume|Sultanat|Principauté|Émirat)\s+"),
            # status words that also suspend memberships and aid: a meeting's only beside its word
            # or through a copula ("..., la Syrie, suspendue depuis 2011" suspends no summit)
            "loose_status": re.compile(r"suspendue?s?|suspension|suspend(?:ent)?", re.IGNORECASE),
            "status_copula": re.compile(
                r"\b(?:a été|ont été|est|sont|sera|seront|était|étaient|reste|restent)\s+$", re.IGNORECASE
            ),
            # a building named for meetings is no meeting: "au Centre de congrès de la Foire de Bâle"
            # a building named as the venue, in no town: "au palais présidentiel", "à l'hôtel Ivoire"
            "at_a_building": re.compile(
                r"\b(?:au|dans le|à l['’])\s*(?:[Pp]alais|[Hh]ôtel|[Cc]entre (?:international )?de (?:conférences|congrès))\b"
            ),
            "building_before": re.compile(r"\b(?:centre|palais|salle|hall)\s+(?:de|des|du)\s+$", re.IGNORECASE),
            # what joins a trip to the summit it goes to: "reist am Montag zum Ukraine-Gipfel"
            # dates the summit, not a visit of its own
            "to_meeting": re.compile(
                r"\b(?:au|aux|pour le|pour la|pour les|à la)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
            ),
            # who says it, named after the verb of saying: not who meets ("..., сообщил
            # журналистам помощник президента Юрий Ушаков")
            # who a report is from, before a venue's name: "selon le Quai d'Orsay"
            "source_before": re.compile(r"\b(?:selon|d'après)\s+(?:le\s+|la\s+|l'|les\s+)?$", re.IGNORECASE),
            "reporter_before_name": re.compile(
                r",\s*(?:(?:a|ont)\s+(?:déclaré|indiqué|annoncé|affirmé|précisé|souligné|expliqué|confirmé|ajouté)|selon|d'après|indique|précise|affirme|annonce)\s+(?:[\w'’.-]+\s+){0,7}$",
                re.IGNORECASE,
            ),
            # the meeting another is held beside: "will hold talks on the sidelines of Monday's
            # summit" dates the talks, not a summit of theirs
            "beside_of": re.compile(r"\ben marge\s+d(?:e la|e l'|u|es|')\s*$", re.IGNORECASE),
            # a verb of holding whose subject is the host, right before the date; its object, the
            # meeting, comes after the date and its place ("La Russie accueillera mercredi et jeudi
            # dans la station balnéaire de Sotchi, au bord de la mer Noire, le premier sommet")
            # the verb of holding right before its subject, the meeting noun: the day before the
            # verb is the meeting's ("mercredi et jeudi au campus de l'université se tiendra la réunion")
            "held_before_noun": re.compile(
                r"(?<!\w)(?:se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|s'ouvrir(?:a|ont)|se\s+déroulera|se\s+dérouleront)\s+(?:le\s+|la\s+|les\s+|l'|un\s+|une\s+)?$"
            ),
            "hosts_before_date": re.compile(
                r"(?<!\bse )(?<!\bs')\b(?:accueiller|organiser|tiendr)(?:a|ont)\s+(?:le\s+|les\s+|du\s+|ce\s+|cette\s+)?$"
            ),
            # a verb of holding that ends the words between a meeting noun and its date: the commas
            # before it set off an aside ("a summit, gathering France, Germany, Russia and Ukraine,
            # will be held on 9 December")
            "held_before_date": re.compile(
                r"\b(?:se tiendra|se tiendront|aura lieu|auront lieu|se déroulera|se dérouleront|s'ouvrira|s'ouvriront"
                r"|se tient|se tiennent|s'ouvre|s'ouvrent|se déroule|se déroulent"
                # the plan a move or a cancellation undoes: "qui devait se tenir samedi à Djibouti"
                r"|devai(?:t|ent) (?:se tenir|avoir lieu|s'ouvrir|se dérouler|reprendre)|(?:était|étaient) prévue?s?(?: pour)?)"
                # the day kept after an adverb: "ne s'ouvrira finalement que le lundi 20 octobre"
                r"(?:\s+(?:finalement|désormais|donc|maintenant|seulement|que))*"
                # the plan kept, told in an aside: "auront lieu, comme prévu, lundi"
                r"(?:,?\s+comme (?:prévu|annoncé|convenu|initialement prévu),?)?"
                r"\s+(?:le\s+|les\s+|du\s+)?$"
            ),
            # A meeting moved by a stated span: "repoussé de quatre jours", "deux jours plus tard que prévu".
            "shifted_by": re.compile(
                r"\b(?:(?:report|repouss|décal|retard|(?P<earlier>avanc))(?:ée?s?|er)\s+(?:[\w'’-]+\s+){0,4}?d(?:e\s+|')"
                r"(?P<n>une?|deux|trois|quatre|cinq|six|sept|\d{1,2})\s+(?:jours?|(?P<week>semaines?))"
                r"|(?P<n2>deux|trois|quatre|cinq|six|sept|\d{1,2})\s+(?:jours?|(?P<week2>semaines?))\s+plus\s+"
                r"(?:tard|(?P<earlier2>tôt))\s+que\s+prévu)\b",
                IGNORE,
            ),
            # A meeting called off that is on again: its report revives it.
            "back_on": re.compile(
                r"\b(?:finalement bien|bel et bien|aura bien lieu|se tiendra bien|de nouveau d'actualité|relancée?)\b",
                IGNORE,
            ),
            # A meeting named as what something else readies: the date before it is that other's.
            # a sentence that opens on "separately": its meeting is not the one told before
            # a status noun and the word that says what it is of: "l'annulation du contrat"
            "status_noun_of": re.compile(
                r"(?:annulation|suspension|ajournement)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*", IGNORE
            ),
            "separate_opening": re.compile(r"\s*(?:Séparément|Parallèlement|En parallèle)\b"),
            # a sentence that opens on what comes first: its weekday is not the week told before's
            "before_that": re.compile(r"(?:Auparavant|Au préalable|Avant cela|Avant ça|En amont|Préalablement)\b"),
            "separate": re.compile(
                r"\b(?:une autre|un autre|une seconde|un second|une deuxième|un deuxième)\s+(?:[\w\'’-]+\s+){0,2}$",
                IGNORE,
            ),  # "a separate meeting of Putin and Lukashenko": not the one told before
            # a thing named after its bearer: "au complexe sportif Prince Moulay Abdellah"
            "named_after": re.compile(
                r"(?<![\w-])(?:complexe(?: sportif)?|stade|salle|avenue|boulevard|rue|place|pont|aéroport|université|institut"
                r"|hôpital|lycée|collège|école|mosquée|fondation|prix|centre|musée|bibliothèque|port|base"
                r"|(?:centre|palais|salle) (?:des congrès|de conférences|des conférences|des expositions))\s+(?:du\s+|de\s+l[ae]?\s+)?$",
                IGNORE,
            ),
            # a pronoun for the meeting told before, and how long it runs: "Elle se prolongera jusqu'au 23 mars"
            "ends_pronoun": re.compile(
                r"(?:Elle|Il|Elles|Ils)\s+(?:se prolonger(?:a|ont)|se poursuivr(?:a|ont)|durer(?:a|ont)|s'achèver(?:a|ont)"
                r"|se terminer(?:a|ont)|prendr(?:a|ont) fin|se clôturer(?:a|ont)|se prolonge(?:nt)?|dure(?:nt)?)\b"
            ),
            # the decision told before reaches this sentence's meeting: "La décision concerne aussi la réunion"
            "same_fate": re.compile(
                r"(?:La|Cette) (?:décision|mesure|annulation|suspension)\s+(?:\w+\s+)?"
                r"(?:concerne|touche|vaut|s'applique|s'étend|inclut|englobe)\b",
                IGNORE,
            ),
            # any verb in the passé composé, a report's ("a annoncé") too
            "any_past_verb": re.compile(
                rf"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?[{LOW}]{{3,}}(?:é|i|is|it|u|us)\b", IGNORE
            ),
            # a sentence opening "after" a meeting: "Après un entretien avec Poutine vendredi, ..."
            "after_opener": re.compile(
                r"\s*(?:Après|À l'issue d[eu']|A l'issue d[eu'])\s*(?:(?:une?|la|le|les|l'|son|sa|ses)\s*)?"
            ),
            "prepares_for": re.compile(
                r"\b(?:prépar(?:er|era|eront|ent|e|ant)|en préparation d[eu']|en vue d[eu']|en prévision d[eu']|avant"
                r"|pour confirmer|afin de confirmer"
                r"|(?:à la )?veille d[eu'])\s*"
                r"(?:l[ea']\s*|les\s+|ce\s+|cette\s+|leur\s+|son\s+|sa\s+|un\s+|une\s+)?(?:[\w'’-]+\s+){0,3}$",
                IGNORE,
            ),
            # a relative clause opening after a comma: its verb is not the main one
            "relative_opener": re.compile(
                r",\s+(?:[\w-]+\s+){0,2}?(?:qui|où|dont|lequel|laquelle|lesquels|lesquelles)\b"
            ),
            # the word for where a meeting is held: "the venue, the State House in Dar es Salaam"
            # a match's words: "les Lions affrontent la Tanzanie mardi" is no meeting
            "sport": re.compile(
                r"\b(?:football|match(?:s)?|sélection nationale|équipe nationale|éliminatoires?|coup d'envoi|FIFA|UEFA"
                r"|rugby|basket(?:-ball)?|handball|volley(?:-ball)?|sélectionneur|attaquant|gardien de but)\b",
                re.IGNORECASE,
            ),
            # "des entretiens séparés avec Li et Kishida": one meeting with each guest
            "each_apart": re.compile(
                r"\b(?:séparée?s?|séparément|chacun d'(?:eux|entre eux)|chacune d'(?:elles|entre elles))\b", IGNORE
            ),
            # "la veille, c'est-à-dire dimanche": one day told twice
            "restated": re.compile(r"\s*,?\s*(?:c'est-à-dire|c’est-à-dire)\s*,?\s*", IGNORE),
            # a sea's, a lake's or a river's name after its noun: "la mer Rouge", "le lac Léman"
            "water_before": re.compile(r"\b(?:mer|lac|fleuve|golfe|océan|détroit|baie|rivière)\s+$"),
            "where_clause": re.compile(r",\s+où\b"),
            "sequenced": re.compile(r"\b(?:[Aa]près|[Aa]vant)\s+(?:le|la|les|l'|ce|cette)\s*$"),
            "hosts_guest": re.compile(r"\b(?:le|la) (?:recevra|reçoit|accueillera|accueille)\b"),
            "venue_word": re.compile(r"\blieu\b"),
            # the venue named by a copula, no preposition before the town: "Le lieu retenu est Toulouse"
            "venue_named": re.compile(r"\b[Ll]e lieu (?:retenu |choisi )?(?:est|sera|reste)\s+"),
            # a count that announces a list: "cancelled the two stops: ... and ..."
            "list_count": re.compile(r"\b(?:deux|trois|quatre)\b", re.IGNORECASE),
            # what makes "the eve" another meeting's ("la veille du sommet"); "la veille" alone
            # is the day before the day told
            "eve_of": re.compile(r"\s+(?:du|de|des|d')"),
            # a meeting word that, capitalised inside a sentence, names a legislature
            "legislature": re.compile(r"Congrès"),
            # words right after a day counted from a meeting saying it counts from its last day
            # ("the day after the close of the summit")
            "after_close": re.compile(r"\s+(?:de\s+)?(?:la\s+)?(?:clôture|fin|conclusion)\b"),
            # words that open a relative clause, whose tense is its own
            "relative_after": re.compile(r"\b(?:qui|dont|lesquel(?:le)?s?|auxquel(?:le)?s)\b|\bqu(?:e\b|[\'’])"),
            # a move told as done before the news ("qui avait été reporté à novembre")
            "moved_before": re.compile(
                r"\bavai(?:t|ent) (?:déjà )?été (?:\w+ )?(?:report|décal|repouss|déplac|avanc)\w* (?:au|à|en|jusqu)"
            ),
            "list_joiners": frozenset({"et"}),
            # "au Caire ou à Doha": the words that offer places as alternatives
            "alternative_joiners": frozenset({"ou"}),
            "bare_person": BARE_PERSON,
            "not_bare_names": NOT_BARE_NAMES,
            "range_openers": ("entre", "entre le"),
            "anaphoric_days": ANAPHORIC_DAYS,
            "days_told_before": frozenset({"ce jour-là", "ce même jour", "le jour même"}),
            "nth_days": NTH_DAYS,
            "title_leading_drop": frozenset({"leur", "leurs", "son", "sa", "ses", "la", "le", "les"}),
            "title_break_words": frozenset({"à", "au", "aux", "en", "pour", "dans", "sur"}),
            "title_trailing_drop": frozenset({"de", "du", "des", "la", "le", "les", "et", "d'", "l'"}),
            "subject_leading_drop": frozenset({"de", "du", "des", "la", "le", "les", "et"}),
            "strip_prefixes": strip_elision,
            "inflected_names": True,
            "fold_letters": name_key,
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
