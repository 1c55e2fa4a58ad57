"""English: month and weekday names from CLDR, relative words from dateparser's locale data,
and the meeting, status, tense and hedge words of news English."""

from __future__ import annotations

import re

from diplocal.extract.lang.base import (
    NEVER,
    LanguagePack,
    MeetingWord,
    simplemma_lemma,
)
from diplocal.extract.lang.calendar import calendar_words, relative_words
from diplocal.extract.patterns import trie_pattern

CODE = "en"
IGNORE = re.IGNORECASE

# -- calendar --------------------------------------------------------------------------------

MONTHS, WEEKDAYS = calendar_words(CODE)
MONTHS.update({"sept": 9})
SPELLED = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "first": 1, "second": 2,
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
RELATIVE_DAYS = relative_words(CODE)["days"] | {
    "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "the day after tomorrow": 2,
    "the day before yesterday": -2,
}  # fmt: skip
QUALIFIERS = {
    "next": "next", "this": "this", "last": "last", "coming": "next", "the coming": "next", "the following": "next",
    "following": "next", "later": "later", "early": "early", "earlier": "earlier", "late": "late", "mid": "mid",
    "on": "on", "by": "by", "until": "until", "till": "until", "from": "from", "since": "since", "in": "in",
    "between": "between", "before": "before", "after": "after", "during": "during", "the": "nearest",
}  # fmt: skip
UNITS = {"week": "week", "weekend": "weekend", "month": "month", "year": "year"}
MONTH_PARTS = {
    "start": "early", "beginning": "early", "end": "late", "middle": "mid", "first half": "early",
    "second half": "late", "first week": "early", "second week": "early", "third week": "late",
    "fourth week": "late", "last week": "late", "first days": "early", "last days": "late", "turn": "early",
}  # fmt: skip

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![A-Za-z])"
)
_SPELLED_DAY = (
    r"(?:[Tt]wenty-(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)|[Tt]hirty-[Oo]ne"
    r"|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve"
    r"|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty)"
)
SLOTS = {
    "MONTH": _MONTH,
    "MONTH2": _MONTH,
    "DAY": rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)(?![,.]\d)(?!\s*(?:pct|percent|per|mln|billion|dlrs|%))|{_SPELLED_DAY}\b(?!-))",
    "YEAR": r"(?:1[89]\d\d|2[01]\d\d)",
    "WEEKDAY": r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    "REL": r"(?i:today|tonight|tomorrow|yesterday|the day after tomorrow|the day before yesterday|this (?:morning|afternoon|evening))",
    "QUALWD": r"(?i:next|this|last|coming|on|by|until|from|since)",
    "QUALRANGE": r"(?i:next|this|last|coming|on|from|between)",
    "QUALMONTH": r"(?i:in|next|this|last|late|early|mid|by|until|from|since|during|before|after)",
    "QUALYEAR": r"(?i:in|since|by|until|from|before|after|during|early|late|mid)",
    "QUAL2": r"(?i:later|earlier|early|late|mid)",
    "WHICH": r"(?i:this|next|last|the coming|the following|the)",
    "YQ": r"this|last|next",
    "SEASON": r"spring|summer|autumn|fall|winter",
    "MID": r"mid",
    "ANAPH": r"(?i:same day|next day|following day|day after|day before|previous day|eve)",
    "ANAPHN": r"(?i:(?:a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?:after|before))",
    "ANAPHD": r"(?i:that\s+(?:same\s+)?day|later\s+(?:in\s+the|that)\s+day)",
    "NTH": r"(?i:first|second|third|fourth|fifth|opening|closing|final|last)",
    "UNIT": r"(?i:weekend|week|month|year)",
    "PART": r"(?i:start|beginning|end|middle|first half|second half|first week|second week|third week|fourth week|"
    r"last week|first days|last days|turn)",
    "TO": r"\s*(?:-|to|through|thru|until|till|and)\s*",
    "DAYPART": r"(?:\s+(?:morning|afternoon|evening|night))?",
}
SLOTS["DAY2"] = SLOTS["DAY"]
SLOTS["WEEKDAY2"] = SLOTS["WEEKDAY"]
SLOTS["REL2"] = SLOTS["REL"]

# (kind, template): the kind says how the generic reader takes the groups (see tag/dates.py).
DATE_TEMPLATES = [
    # "two days after the Luxembourg meeting": counted from the meeting the article told before
    ("anaphoric", r"(?<![\w-]){ANAPHN}(?=\s+(?:the|its|their)\s)"),
    # days told each with its weekday: "Friday 10 and Saturday 11 April", "from Monday 6 April to
    # Wednesday 8 April", "Friday, April 10, and Saturday, April 11" (before the single days they open with)
    (
        "days",
        r"(?:(?:[Oo]n|[Ff]rom)\s+)?{WEEKDAY},?\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}{TO}(?:{WEEKDAY2},?\s+)?(?:the\s+)?{DAY2}\s+(?:of\s+)?{MONTH2}"
        r"(?:,?\s+{YEAR})?",
    ),
    (
        "days",
        r"(?:(?:[Oo]n|[Ff]rom)\s+)?{WEEKDAY},?\s+(?:the\s+)?{DAY}{TO}(?:{WEEKDAY2},?\s+)?(?:the\s+)?{DAY2}\s+"
        r"(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
    ),
    (
        "days",
        r"(?:(?:[Oo]n|[Ff]rom)\s+)?{WEEKDAY},?\s+{MONTH}\s+{DAY},?{TO}(?:{WEEKDAY2},?\s+)?{MONTH2}\s+{DAY2}"
        r"(?:,?\s+{YEAR})?",
    ),
    ("day", r"(?:(?:[Oo]n|[Nn]ext|[Tt]his|[Bb]y|[Ff]rom)\s+)?{WEEKDAY},?\s+(?:the\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?"),
    (
        "day",
        r"(?:(?:[Oo]n|[Nn]ext|[Tt]his|[Bb]y|[Ff]rom)\s+)?{WEEKDAY},?\s+(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?",
    ),
    ("days", r"{MONTH}\s+{DAY}{TO}{MONTH2}\s+{DAY2}(?:,?\s+{YEAR})?"),
    ("days", r"{DAY}\s+{MONTH}{TO}{DAY2}\s+{MONTH2}(?:,?\s+{YEAR})?"),
    ("days", r"{MONTH}[\s-]+{DAY}{TO}{DAY2}(?!\s*" + _MONTH + r")(?:,?\s+{YEAR})?"),
    ("days", r"{DAY}{TO}{DAY2}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    ("day", r"{MONTH}\s+{DAY}(?:,?\s+{YEAR})?"),
    ("day", r"(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),
    ("weekdays", r"(?:{QUALRANGE}\s+)?{WEEKDAY}{TO}{WEEKDAY2}{DAYPART}"),
    ("weekday", r"(?:{QUALWD}\s+)?{WEEKDAY}{DAYPART}"),
    ("relative", r"{REL}\s+and\s+{REL2}"),
    ("relative", r"{REL}\s+(?:and|to)\s+{WEEKDAY2}"),
    ("relative", r"(?:{QUAL2}\s+)?{REL}{DAYPART}"),
    ("period", r"(?:{QUAL2}[\s-]+)?{WHICH}\s+{UNIT}"),
    (
        "month",
        r"(?:{QUALMONTH}[\s-]+(?:{QUAL2}[\s-]+)?)?{MONTH}(?:,?\s+{YEAR}|\s+{YQ}\s+year)?(?!\.?\s+" + SLOTS["DAY"] + ")",
    ),
    ("month_part", r"(?:the\s+)?{PART}\s+of\s+(?:{WHICH}\s+month|{MONTH}(?:,?\s+{YEAR})?)"),
    ("month_part", r"{MID}-?{MONTH}"),
    # "at the end of this week": its last days, as "late this week"
    ("period", r"(?:the\s+)?{PART}\s+of\s+{WHICH}\s+{UNIT}"),
    ("season", r"(?:the\s+)?{SEASON}\s+of\s+{YEAR}"),
    # days told by another day of the text: "the same day", "the next day", "the summit's second day"
    (
        "anaphoric",
        r"(?:(?i:on)\s+)?(?i:the)\s+{ANAPH}\b(?:\s+(?:morning|afternoon|evening))?",
    ),  # "the eve", never "the evening"
    # "April 15 marks the anniversary. On that day ministers meet": the day told just before
    ("anaphoric", r"(?:(?i:on)\s+)?{ANAPHD}(?![\w-])"),
    (
        "nth_day",
        r"(?:on\s+)?(?:the\s+|its\s+|their\s+)?(?:(?:summit|meeting|conference|visit|talks|session|forum)['’]s\s+)?{NTH}\s+day",
    ),
    ("year", r"{QUALYEAR}[\s-]+{YEAR}(?![/\d])"),
]
# Every date phrase holds one of these words: the grammar is tried only near them.
ANCHORS = (
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|[Tt]oday|[Tt]onight|[Tt]omorrow|[Yy]esterday|week|weekend|month|year|morning|afternoon|evening"
    r"|spring|summer|autumn|fall|winter|days?|eve|1[89]\d\d|20\d\d)\b"
)

# Clock times: "at 1500 GMT", "11:00 CET", "04:15 p.m. Washington time", "18.00 Beijing time",
# "from 10:30 am", "8:00 p.m. LOCAL", "at noon".
ZONE_WORDS = {
    "gmt": "UTC", "utc": "UTC", "z": "UTC", "est": "America/New_York", "edt": "America/New_York",
    "et": "America/New_York", "cst": "America/Chicago", "cdt": "America/Chicago", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "cet": "Europe/Paris", "cest": "Europe/Paris", "bst": "Europe/London",
    "msk": "Europe/Moscow", "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "kst": "Asia/Seoul", "eet": "Europe/Athens",
    "eest": "Europe/Athens", "wat": "Africa/Lagos", "cat": "Africa/Maputo", "eat": "Africa/Nairobi",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney", "sgt": "Asia/Singapore", "hkt": "Asia/Hong_Kong",
    "local time": "local", "local": "local", "local hour": "local", "eastern time": "America/New_York",
    "eastern standard time": "America/New_York", "eastern daylight time": "America/New_York",
    "central time": "America/Chicago", "pacific time": "America/Los_Angeles",
}  # fmt: skip
DAY_PARTS = {"a.m.": "am", "am": "am", "a.m": "am", "p.m.": "pm", "pm": "pm", "p.m": "pm", "morning": "am",
             "in the morning": "am", "afternoon": "pm", "in the afternoon": "pm", "evening": "pm",
             "in the evening": "pm", "at night": "pm", "noon": "noon", "midday": "noon", "midnight": "midnight"}  # fmt: skip
_ZONE = (
    r"(?:GMT|UTC|EST|EDT|ET|CST|CDT|PST|PDT|CET|CEST|BST|MSK|IST|JST|KST|EET|EEST|WAT|CAT|EAT|AEST|AEDT|SGT|HKT"
    r"|(?i:local time|local hour|local|eastern(?: standard| daylight)? time|central time|pacific time))"
)
_AMPM = r"(?:[ap]\.?\s?m\.?(?![a-z])|[AP]\.?M\.?(?![A-Za-z]))"
CLOCK_SLOTS = {
    "H": r"[01]?\d|2[0-3]",
    "MI": r"[0-5]\d",
    "HM": r"[01]\d[0-5]\d|2[0-3][0-5]\d",
    "AMPM": _AMPM,
    "ZONE": _ZONE,
    "CITY": r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?",
    "NOON": r"noon|midday|midnight",
    "CITYZONE": r"{CITY}\s+(?:time|Time)\b",
}
CLOCK_TEMPLATES = [
    (
        "clock",
        # "at 1300 GMT, preceded by": the zone is read before the end of the number is checked
        r"\b(?:at|from|by|until|before|after|around|about)\s+(?:about\s+|around\s+)?{HM}(?![\d,.]\d)"
        r"(?:\s*(?:hrs|hours))?(?:\s+{ZONE}\b)?(?![\d,.]\d)",
    ),
    ("clock", r"(?<![\d,.])\b{HM}\s+(?=GMT\b|UTC\b){ZONE}"),  # "is scheduled for 0830 GMT": wire time, no "at" needed
    ("clock", r"\b{H}[:.]{MI}\s*{AMPM}?(?:\s*\(?(?:{ZONE}|{CITYZONE})\)?)?"),
    ("clock", r"\b{H}h{MI}\b(?:\s*\(?(?:{ZONE}|{CITYZONE})\)?)?"),  # "at 18h00", as many outlets write it
    (
        "clock",
        r"\b(?:at|from|by|until|before|after|around|about)\s+(?:about\s+|around\s+)?{H}\s*{AMPM}(?:\s*\(?(?:{ZONE}|{CITYZONE})\)?)?",
    ),
    ("clock", r"\b{H}\s*{AMPM}(?:\s*\(?(?:{ZONE}|{CITYZONE})\)?)?"),
    ("clock", r"\b(?:at|from|around|about)\s+{H}\s+(?:{ZONE}|{CITYZONE})"),
    ("clock", r"\b(?:at|from|by|around)\s+{NOON}"),
]

# -- meeting words ---------------------------------------------------------------------------

# An adverb between the auxiliary and the verb of travel ("will instead travel to Seoul", "is
# also expected to"... "will then visit").
_ALSO = r"(?: (?:also|instead|then|now|first|later|next|again|still|personally|briefly))?"

MEETING_WORDS = [
    MeetingWord(
        r"(?i:video[\s-]?conference|virtual (?:meeting|summit)|(?:meeting|summit) (?:held )?(?:by|via) video(?: ?link)?"
        r"|video call|video link)",
        "videoconference", False, 1.0,
    ),
    MeetingWord(r"(?i:state visit|official visit|working visit|visits?|visiting|trip|tour|guests? of)", "visit", False, 0.85),
    # "a stop in Port Moresby on Monday": a leg of a trip
    # (a noun, not the verb: "Modi will also stop in Sydney to address the community")
    MeetingWord(
        r"(?i:(?:a|the|his|her|its|their) (?:brief |planned |scheduled |first |last |final )?stop(?:over)?)(?= (?:in|at) [A-Z])",
        "visit", False, 0.85,
    ),
    # not a country's standing mission ("Russia's mission confirms", "the UN mission's mandate")
    MeetingWord(
        r"(?<!['’]s )(?i:(?:trade |fact-finding |technical |official |government |ministerial )?missions?)"
        r"(?!['’]s\b|\s+(?:confirm|confirms|confirmed|said|says|told|tells|to the (?:UN|United Nations))\b)",
        "visit",
        False,
        0.7,
    ),
    MeetingWord(r"(?<=Council )debate", "meeting", False, 0.85),  # "a Security Council debate"
    # "Macron will see Hassan Rouhani at 18:30": to see a person named in full is to meet them
    MeetingWord(
        r"(?:will|would|is to|are to|is due to|are due to|is set to|is expected to)" + _ALSO + r" see"
        r"(?= (?:[A-Z][\w'’-]+ [A-Z][\w'’-]+|(?:his|her|their) (?:[a-z]+ )?counterparts?\b))",
        "meeting",
        True,
        0.75,
    ),
    # "He will then join G20 foreign ministers in Rio": to join a body's ministers is their meeting
    MeetingWord(
        r"(?:will|would|is to|are to|is due to|is expected to|is set to)" + _ALSO + r" join"
        r"(?= (?:(?:his|her|their|the|other|fellow) )?(?:[A-Z][\w-]* )?(?:[a-z]+ )?"
        r"(?:ministers|leaders|counterparts|heads of state(?: and government)?)\b)",
        "meeting", True, 0.75,
    ),
    MeetingWord(r"(?:will|would|is to|are to|is due to|are due to)" + _ALSO + r" be in(?= [A-Z])", "visit", True, 0.7),
    MeetingWord(
        r"(?:will|would|is to|plans to|intends to|is due to|is expected to|is set to|is scheduled to)" + _ALSO
        + r" (?:go|travel|fly) to(?= [A-Z])",
        "visit", True, 0.7,
    ),
    MeetingWord(
        r"(?:will|would|is to|is due to|is expected to|is set to|is scheduled to)" + _ALSO
        + r" (?:visit|receive|host)(?= (?:[A-Z]|his|her|the|him|them\b))",
        "visit", True, 0.8,
    ),
    # "will spend barely half a day in India on Sunday", "is to spend three days in Japan": a stay is a visit
    MeetingWord(
        r"(?:will|would|is to|are to|is due to|is expected to|is set to|is scheduled to)" + _ALSO
        + r" spend (?:[a-z]+ ){0,3}(?:days?|hours|nights?|weeks?)(?= in [A-Z])",
        "visit", True, 0.7,
    ),
    MeetingWord(r"(?i:audience with|audiences with)", "meeting", False, 0.85),
    MeetingWord(r"(?i:working (?:dinner|lunch|luncheon|breakfast)|(?:state|official) (?:dinner|banquet|luncheon))", "meeting", False, 0.85),
    MeetingWord(r"(?i:(?:general|open|high-level|annual|special) debate)", "meeting", False, 0.85),
    # Councils whose name is their meeting ("the European Council on 26-27 March"), not their office holders'.
    MeetingWord(
        r"(?:(?:European|Foreign Affairs|General Affairs|Justice and Home Affairs|Ecofin) Council|Council of Foreign Ministers)"
        r"(?!\s+(?:[Pp]resident|[Pp]residency|[Ss]pokes|[Cc]hief|[Cc]onclusions|[Ss]ecretariat|[Ss]ummit|building|[Hh]ead))",
        "meeting", False, 0.85,
    ),
    # assemblies of states whose name is their yearly session ("The 70th World Health Assembly
    # opens in Geneva on Monday"); a country's National Assembly is its parliament
    MeetingWord(r"(?:World Health Assembly|Assembly of States Parties)", "meeting", False, 0.85),
    MeetingWord(r"(?i:summits?|summit meeting)", "summit", False, 1.0),
    MeetingWord(r"(?i:ministerial(?: meeting| conference| council| session)?)", "ministerial", False, 1.0),
    MeetingWord(r"(?i:talks|negotiations|negotiating round|consultations|parley|dialogue)", "talks", False, 0.9),
    # "the eighth round of the Syrian Constitutional Committee": a numbered sitting of a named
    # body or format (never "a new round of EU sanctions")
    MeetingWord(
        r"(?i:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new|latest|fresh|final|"
        r"\d+(?:st|nd|rd|th)) round)(?= of (?:the )?[A-Z])"
        r"(?!(?: of (?:the )?)(?:[\w'’-]+\s+){0,3}(?:sanctions|tariffs|elections?|voting|strikes|air ?strikes|fighting"
        r"|shelling|cuts|hikes|bids|funding|layoffs|protests|tests|trials|exchanges|swaps|releases|talks|negotiations)\b)",
        "talks", False, 0.8,
    ),
    MeetingWord(
        r"(?i:(?:extraordinary |emergency |informal |special |plenary |annual |regular |ordinary )?"
        # ("the first sitting US president": an office held now, no sitting of a body)
        r"(?:meeting|meetings|session|sessions|sitting(?! (?:[A-Z][\w.]* )?(?:president|prime minister|head|member|"
        r"leader|governor|senator|minister|chancellor|mayor|judge|MPs?)\b)|gathering))",
        "meeting", False, 0.85,
    ),
    MeetingWord(r"(?i:conference|conferences|congress|forum|symposium)", "conference", False, 0.75),
    MeetingWord(r"(?i:discussions)", "talks", False, 0.6),
    MeetingWord(r"meets?|meeting|met|to meet", "meeting", True, 0.9),
    MeetingWord(r"convene[sd]?|convening|reconvene[sd]?|gather(?:s|ed|ing)?|confer(?:s|red|ring)?", "meeting", True, 0.75),
    MeetingWord(r"hosts?|hosting|will host|play host to", "meeting", True, 0.6),
    MeetingWord(r"(?:will|to|would|is to|are to|is due to|is set to|is expected to) (?:welcome|sit down|hold talks)", "meeting", True, 0.8),
    MeetingWord(
        r"(?:speak|talk|confer) by (?:tele)?phone|(?:hold|have) a (?:tele)?phone (?:call|conversation)|(?:tele)?phone call"
        r"|(?:tele)?phone conversation",
        "call", True, 0.8,
    ),
    MeetingWord(r"discuss|discussed|to discuss|review|reviewed", "meeting", True, 0.55),
]  # fmt: skip

# -- tense, hedges and status -----------------------------------------------------------------

_ARRANGED = (
    r"scheduled|planned|expected|proposed|called|set|due|needed|based|aimed|advanced|industriali[sz]ed|united|"
    r"interested|concerned|limited|detailed|informed|related|reported|fixed|combined"
)
# A participle after a degree word is an adjective, no past verb: "the most closely watched in
# its history", "a widely expected meeting", "a much anticipated visit".
_ADJECTIVAL = (
    r"(?<!\bmost )(?<!\bmore )(?<!\bless )(?<!\bclosely )(?<!\bwidely )(?<!\beagerly )(?<!\bkeenly )"
    r"(?<!\bhotly )(?<!\bhighly )(?<!\bmuch )"
)
PATTERNS = {
    "future": re.compile(
        r"\b(?:will|shall|'ll|would(?! have)|is to|are to|was to|were to|(?:is|are|was|were)\s+(?:due|scheduled|expected|set|slated|planned|going|likely)\s+to"
        r"|scheduled|planned|to be held|to take place|to meet|to visit|to hold|to host|to attend|to begin|to start|to open|to resume"
        r"|to convene|to gather|next|upcoming|forthcoming|coming|opens|opening|begins|beginning|starts|starting|ahead of|preparing for"
        r"|preparation for|prepare for|groundwork for|in time for|later today|later this|due to|set for|set to|is due|are due"
        r"|are meeting|is meeting|are holding|is holding|are visiting|is visiting|will be|wait for|waiting for|await|awaits|awaiting"
        r"|is slated|are slated|(?:is|are)\s+(?:also\s+)?expected\s+(?:at|in)|slated for|penciled in|pencilled in|to travel|to fly|to receive|to embark|embark|embarks)\b",
        IGNORE,
    ),
    "past": re.compile(
        r"\b(?<!\bbe )(?:met|held|ended|concluded|took place|visited|attended|hosted|broke down|was held|were held|last|earlier|ago|yesterday"
        r"|wound up|wrapped up|closed|adjourned|recessed|had met|was attended|completed|finished"
        r"|agreed at|discussed at|said at|told the|was convened|were convened|boycotted|failed"
        r"|flew|arrived|returned|drew to a close|came to an end|wound down|had been held|took office|spent|spoke"
        # "most recently on the margins of the OSCE ministerial council in December"
        r"|most recently)\b"
        r"(?!\s+by\b)"  # "a dinner hosted by the president": a participle, no past
        r"|\b(?:was|were) the first\b",  # "Rama's visit to Belgrade on Nov. 10 was the first by an Albanian leader"
        IGNORE,
    ),
    "weak_past": re.compile(
        r"\b(?:fell|rose|grew|began|came|went|made|took|gave|won|lost|saw|broke|struck|sold|bought|paid|left|ran|so far"
        r"|(?:has|have|had)\s+(?:(?:\w+ly|so far|already|just|now|also|not)\s+){0,2}(?:done|gone|made|held|met|seen|given|taken"
        r"|brought|sent|spent|paid|left|won|lost|shown|known|grown|begun|come|fallen|risen|broken)"
        r"|(?:has|have|had)\s+(?!(?:been\s+)?(?:scheduled|set|planned|agreed to|decided|arranged|called|convened|invited|asked|"
        r"proposed|announced|confirmed|said|promised|pledged|offered|requested|suggested|urged|told|expected|fixed|slated)\b)"
        r"(?:(?:\w+ly|so far|already|just|now|also|not)\s+){0,2}\w+(?:ed|en))\b",
        IGNORE,
    ),
    "perfect": re.compile(
        r"\b(?:has|have|had)\s+(?:(?:\w+ly|so far|already|just|now|also|not)\s+){0,2}(?:been\s+)?\w+(?:ed|en|ne|un|ld|et|de|ad|ht)\b"
        r"|\bso far\b",
        IGNORE,
    ),
    "hedge": re.compile(
        r"\b(?:could|might|may|possible|possibly|perhaps|proposed|proposes|propose|suggested|suggests|if|If|unless|Unless|hopes? to"
        r"|would like|want(?:s|ed)? to|likely|unlikely|soon|considering|consider|no date|not yet|uncertain|tentative(?:ly)?"
        r"|provisional(?:ly)?|rumou?red|speculation|expected to decide|whether)\b"
    ),
    "arranging": re.compile(
        r"\b(?:announced|said|confirmed|agreed to|decided to|convened an?|called|set|invited|proposed|arranged|planned|scheduled)\b",
        IGNORE,
    ),
    "past_verb_before_date": re.compile(
        # "held on Tuesday" dates a past act; "will be held on Tuesday" does not
        r"(?<!\bbe )(?<!\bbeing )\b(?!(?:scheduled|set|planned|due|expected|postponed|moved|delayed|fixed|slated|arranged|brought|put|called|"
        r"convened|rescheduled|timed|pencilled|penciled|booked|needed|based|aimed)\b)"
        r"(?:[a-z]{3,}ed|said|told|met|held|made|gave|took|came|went|left|began|saw|won|lost|spoke|wrote|rose|fell|sold|"
        r"bought|paid|struck|broke|ended)\s+(?:(?:here|there)\s+)?(?:(?:on|in|last|this|early|late|earlier)\s+)?$"
        # a beginning told in the past with what began: "began meeting on Monday", "started talks on"
        r"|\b(?:began|started|opened|resumed)\s+(?:[a-z]+ing|talks|work|deliberations)\s+"
        r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?(?:(?:on|in|last|early|late|earlier)\s+)?$"
        # a relative clause told in the past: "Ruto, who took office in September"
        # (however many words its object takes: "Abe, who spoke to Trump by telephone late on Tuesday")
        r"|\b(?:who|which)\s+(?:[a-z]{3,}ed|took|met|held|made|won|came|went|left|began|signed|spoke|told)\s+"
        # (words of its own tense break it: "who visited Paris and will meet Macron on Tuesday")
        r"(?:(?!(?:will|would|shall|and|but|then|before|after|ahead|is|are|to\s+(?:meet|visit|hold|attend)\b)\b)"
        r"[\w'’-]+\s+){0,8}(?:(?:on|in|last)\s+)?$"
    ),
    "past_clause": re.compile(
        # a finite past verb: not a participle after "be", "been", "has", "is"... ("has been asked")
        r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bhas )(?<!\bhave )(?<!\bhad )"
        rf"{_ADJECTIVAL}\b(?!(?:{_ARRANGED})\b)[a-z]{{3,}}ed\b|\b(?:led|met|held|fell|rose|took|made|gave|came|went|began|saw|was|were|had)\b"
    ),
    "past_verb": re.compile(
        # "a debate ..., chaired by Ireland's Taoiseach": a participle set off with its agent tells no past
        # ("a two-day summit dominated by Ukraine": a participle with its agent, anywhere)
        rf"{_ADJECTIVAL}\b(?!(?:{_ARRANGED}|summoned|convened)\b)[a-z]{{3,}}ed\b(?!\s+by\b)"
        r"|(?:(?<=\bwas )|(?<=\bwere )|(?<=\bbeen ))[a-z]{3,}ed(?=\s+by\b)"  # "they were joined by": a past passive
        r"|\b(?:led|met|held|fell|rose|took|made|gave|came|went|began|saw|withdrew|spoke|flew|sought|broke"
        r"|wrote|struck|won|stood)\b"
    ),
    "still_ahead": re.compile(
        r"\b(?:will|opens?|opening|starts?|starting|begins?|beginning|is to|are to|due to|scheduled|later|tonight|this evening|"
        r"are meeting|is meeting|was meeting|were meeting|meet|meets|hold|holds|holding|convenes?|gathers?|first of a)\b",
        IGNORE,
    ),
    "cancelled": re.compile(
        r"\b(?:cancell?ed|cancell?ing|called off|scrapped|shelved|abandoned|axed|ditched|dropped|drops?|will not take place|won't take place|"
        r"will no longer take place|has been dropped|will not be held|won't be held|will no longer be held"
        # told in reported speech: "said ... the G8 summit planned for June would not take place"
        r"|would not take place|wouldn't take place|would no longer take place|would not be held|wouldn't be held)\b",
        IGNORE,
    ),
    "postponed": re.compile(
        r"\b(?:postponed|postponing|put off|deferred|delayed|suspended|adjourned indefinitely"
        # "have agreed to postpone the meeting": a decision taken, not one asked for (and "agreed
        # in phone calls on Wednesday to postpone it")
        r"|(?:agreed|decided|chose|opted|voted)(?: [\w-]+){0,6}? to (?:postpone|put off|defer|delay)"
        # a host that gives the meeting up: it will not be held there as planned ("Morocco will not
        # host the summit, scheduled for April 7")
        r"|will not (?:now )?host|won't host|(?:pulled|pulls|pulling|pull) out of hosting"
        r"|(?:gave|gives|giving|give) up (?:its|their|the) (?:turn|right) to host|(?:declined|declines|refused|refuses) to host)\b",
        IGNORE,
    ),
    "superseded": re.compile(
        r"\b(?:originally|initially|first (?:planned|scheduled|set|slated)|had been (?:due|scheduled|expected|set|planned)"
        r"|was (?:due|scheduled|planned|set) to have|instead of|rather than|earlier planned|previously (?:planned|scheduled|set)"
        r"|(?:which|that) (?:was|were) (?:to|supposed to) (?:take place|be held|open|start|begin)|(?:was|were) supposed to (?:take place|be held|open|start|begin))\b",
        IGNORE,
    ),
    "rescheduled_to": re.compile(
        r"(?:(?:postpon(?:ed|ing|es?)|put(?:ting)? off|delay(?:ed|ing|s)?|mov(?:ed|ing)|push(?:ed|ing) back|br(?:ought|inging) forward|rescheduled|reset|deferr(?:ed|ing)|shift(?:ed|ing)|changed)"
        r"(?:\s+(?:by\s+)?[\w'’-]+){0,4}?\s+(?:until|till|to|for|on)\s+(?:the\s+)?"
        r"|(?:postponed|delayed|moved|pushed back|put back|brought forward|moved forward|shifted)\s+(?:[\w'’-]+\s+){0,9}?"
        r"(?:by\s+)?(?:a|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?|hours?),?\s+(?:until|till|to)\s+(?:the\s+)?"
        r"|will now (?:run|take place|be held|hold|start|begin|open|meet|convene)(?:\s+(?:in|at)\s+(?:[\w'’-]+\s+){1,5}?(?=from|on))?"
        r"(?:\s*(?:from|on|in))?\s+"
        r"|(?:take place|be held|open|start|begin|meet)\s+(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?)\s+"
        r"(?:later|earlier)(?:\s+than (?:planned|scheduled|expected))?,?\s+(?:on\s+)?"
        r"|(?:now|instead)\s+(?:be\s+held|take\s+place|open|begin|start|meet|convene)\s+"
        r"(?:(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?(?:on\s+|from\s+)?"
        r"|(?:is|are|has been|have been|was|were)\s+now\s+(?:scheduled|set|planned|due|expected|slated)\s+(?:for|on|to\s+(?:open|begin|start|take place)\s+on)\s+(?:the\s+)?"
        r"|now\s+(?:scheduled|set|planned|slated|due)\s+(?:for|on)\s+(?:the\s+)?)$",
        IGNORE,
    ),
    "old_date": re.compile(
        r"\b(?:from|not|instead of|rather than|originally (?:set |scheduled |planned |due )?(?:for|on)?"
        r"|first (?:planned|scheduled|set|slated) (?:for|on)|initially (?:planned|scheduled|set|due) (?:for|on)"
        r"|(?:which|that) (?:was|were) (?:to|supposed to) (?:take place|be held|open|start|begin) (?:on|in)"
        # "that was to have been held in Wroclaw on Tuesday", "which had been due in Geneva on"
        r"|(?:(?:which|that) )?(?:was|were|had been) (?:to have been held|to have taken place|due to (?:be held|take place)"
        r"|due|scheduled|planned|set)(?: (?:in|at) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})?(?: (?:on|for))?)\s*$",
        IGNORE,
    ),
    "not_meeting_date": re.compile(
        r"(?:payable|record|dividend|expires?|expiring|expiry|deadline|effective|takes? effect|came into effect|come into effect|"
        r"go into effect|goes into effect|tariffs?|duties|maturity|matures?|delivery|shipments?|shipped|contract|quotas?|"
        r"term of office|ending|ended|week ended|period|fiscal|quarter|since|until|till|before|after|by the end of|"
        r"starting from|valid|in force|(?<!\bto )appl(?:y|ies|ied)|sanctions|ballot|election|elections|(?:re-?)?elected|vote|referendum|born|died|deadline of|"
        r"payment date is|settlement date is|issue date is|maturity date is|closing date is|pricing|priced|"
        r"takes? over(?: [\w'’-]+){0,4}|took over(?: [\w'’-]+){0,4}|assumes?(?: [\w'’-]+){0,4}|chairmanship|presidency"
        r"|(?:be |was |were |is )?sworn in|inaugurat(?:ed|ion)|takes? office|took office|anniversary|resignation|resigned|"
        r"updated|published|posted|last modified|announcement"
        # "according to the convening notice circulated to delegations on Monday": the notice's day
        r"|(?:circulated|issued|sent out|distributed|released)(?: to [\w'’-]+(?: [\w'’-]+){0,2}))\s*(?:on|from|of|in|:)?\s*$",
        IGNORE,
    ),
    "deadline_prep": re.compile(r"\b(?:by|until|till|before|after|since|within)\s*(?:the\s+)?$", IGNORE),
    "since": re.compile(r"\b(?:since\s+(?:[\w'’-]+\s+){0,6}|(?:until|till)\s+(?:\w+\s+){0,2})$", IGNORE),
    "travel": re.compile(
        r"\b(?:leaves?|leaving|left|departs?|departing|arrives?|arriving|arrived|returns?|returning|returned|fl(?:y|ies|ew)"
        r"|sets? out|set off|heads? home)\s+(?:\w+\s+){0,2}$",
        IGNORE,
    ),
    "meet_again": re.compile(r"\b(?:meet|meets|convene|reconvene|gather)\s+(?:again\s+)?$", IGNORE),
    "meet_until": re.compile(r"\b(?:meet|meets|convene|reconvene|gather)\s+(?:again\s+)?(?:until|till)\s+$", IGNORE),
    "ends_on": re.compile(
        r"\b(?:end|ends|ending|close|closes|closing|conclude|concludes|concluding|wind up|winds up|wrap up|wraps up"
        r"|finish|finishes|runs? (?:through|until|till|to)|lasts? until|continues? until|sits? until|meets? until)\s+(?:\w+\s+)?$",
        IGNORE,
    ),
    "deadline_after": re.compile(
        r"(?:['’]s)?\s+(?:or (?:even )?(?:a |an )?\w+\s+)?(?:presidential |parliamentary |general )?(?:deadline|target date"
        r"|cut-off|election|elections|vote|referendum|poll|ballot|run-off|runoff)\b",
        IGNORE,
    ),
    "meeting_follows": re.compile(
        r"\s*(?:\(\s*(?:the\s+)?(?:next\s+)?(?:scheduled\s+)?[a-z ]{0,20}(?:meeting|session|summit|talks)"
        r"|(?:'s)?\s+(?:(?:[A-Z][\w.'-]*|[a-z]+-[a-z]+|annual|ministerial|council|board|executive|informal|special|regular|"
        r"quarterly|plenary|full|economic|scheduled|next|semiannual|semi-annual|spring|autumn)\s+){0,6}"
        r"(?i:summit|meeting|meetings|session|conference|talks|visit)\b"
        r"|,?\s*when\s+(?:[\w'()-]+\s+){1,10}?(?:meet|meets|will meet|are due to meet|were due to meet|gather|convene"
        r"|meeting|summit|session|conference|talks)\b)"
    ),
    "duration": re.compile(
        r"\b(?P<n>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\b"
        # "by four days", "two days later than planned": a shift, not how long it lasts
        r"|\b(?<!by )(?:for\s+)?(?P<m>two|three|four|five|six|seven|\d)\s+(?:days|day's|days')(?:\s+of\b|\b)"
        r"(?!,?\s+(?:later|earlier|before|after|ahead|behind|late)\b)",
        IGNORE,
    ),
    "end_of": re.compile(
        r"\b(?:after|following)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:a|an|the)\s+(?P<n>one|two|three|four|five|\d)-day\s+"
        r"(?P<what>(?:[a-z]+\s+){0,2}(?:summit|meeting|conference|session|visit)(?:\s+meeting)?(?:\s+of\s+(?:[a-z]+\s+){0,3}[a-z]+)?)",
        IGNORE,
    ),
    "not_diplomatic": re.compile(
        r"\b(?:press|news) conferences?\b|\bconference call\b|\bbusiness (?:summit|forum)s?\b|\bCEO (?:summit|forum)s?\b"
        r"|\bnon-?governmental\b|\b(?:share|stock)holders?\b|\bboard of directors\b"
        r"|\bannual (?:general )?meeting of (?:the )?(?:company|shareholders|stockholders)\b|\bhearings?\b|\bcourt\b"
        r"|\btrial\b|\bjury\b|\bstrike\b|\bunion members\b|\bpress briefing\b|\bbriefing\b|\bdiaspora\b"
        # missions that deploy, not visit: "an observation mission expected to deploy next week", "the
        # smaller training mission that replaces ISAF on January 1" (a fact-finding mission still visits)
        r"|\b(?:election )?(?:observation|observer|training|military|peacekeeping|combat|advisory|monitoring|naval"
        r"|police|rescue|stabili[sz]ation|space) missions?\b"
        r"|\b(?:trading|market|futures|stock|bourse|coming|overnight|morning|afternoon|evening|opening|closing)\s+sessions?\b"
        r"|\b(?:results?|outcomes?|conclusions?|aftermath) of (?:the|this|that|their|its)\s+(?:[\w-]+\s+)?"
        r"(?:summit|meeting|talks|session|conference|visit)\b",
        IGNORE,
    ),
    "corporate": re.compile(
        r"\b(?:shareholders?|stockholders?|holders of record|annual meeting|dividend|tender offer|merger|acquisition|"
        r"(?:annual |extraordinary )?general meeting|AGM|(?:[A-Z][\w-]+ )+Association|Chamber of Commerce|"
        # a business federation: "the Federation of Indian Export Organisations" (not "the Russian Federation")
        r"Federation of (?:[A-Z][\w-]+\s+){0,3}(?:Export|Industr|Chamber|Commerce|Employer|Business|Manufactur|Trade)\w*|"
        r"Inc|Corp|Co|Ltd|plc|PLC|N\.V|S\.A|AG|GmbH)\b"
    ),
    "satisfy": re.compile(
        r"\s+(?:(?:the|its|their|his|her|our|a|an|all|these|those|this|such|any|some|most|part of the|growing|rising|"
        r"strong|higher|increased|local|domestic|world|its own)\s+)*(?:[\w-]+\s+){0,5}?"
        r"(?:targets?|demands?|needs|requirements?|obligations?|criteria|costs?|expenses|payments?|deadlines?|terms|"
        r"conditions|standards|goals?|quotas?|commitments?|expectations|shortfalls?|debts?|directives?|objectives?|"
        r"challenges?|competition|forecasts?|estimates?|specifications?|guidelines|rules|bills?|orders?|consumption|"
        r"supply|supplies|shortages?|criteria|levels?|limits?|margin calls?|interest|claims?|liabilities)\b",
        IGNORE,
    ),
    "domestic": re.compile(
        r"\b(?:board|directors|cabinet|parliament(?:ary)?|congress(?:ional)?|senate|senators|(?-i:the House|House of Representatives|House committee)|diet|bundestag|MPs|coalition talks|"
        r"(?-i:Federation Council|State Duma|Duma|Knesset|Majlis|Mazhilis|Sejm|Saeima|Seimas|Riigikogu|Jogorku Kenesh|Verkhovna Rada|Rada|National Assembly|Bundesrat|Lok Sabha"
        r"|Rajya Sabha|Senate|Politburo|Central Committee|National Security Council|Political Consultative Conference|CPPCC"
        r"|Federal Executive Council)|parliamentary party|election commission|electoral commission"
        r"|(?-i:CEC)|"
        r"coalition negotiations|members of parliament|"
        r"budget committee|finance committee|ways and means|open market committee|federal reserve|fed|bundesbank|"
        r"(?<!-)party|(?<!-)parties|(?-i:unions?)|shareholders|stockholders|company|companies|corporation|firm|traders|dealers|analysts|"
        r"executives|employers|futures|exchanges?|court|jury|strikers?|workers|investors|brokers|management|staff meeting|"
        r"city council|state legislature|legislators|lawmakers|governors association|mayors?|police|church|bishops|"
        r"students|teachers|doctors|farmers union|producers association|industry leaders|manufacturers)\b",
        IGNORE,
    ),
    "private_subject": re.compile(
        r"\b(?:traders|roasters|dealers|brokers|companies|executives|shareholders|stockholders|bankers|industrialists|"
        r"businessmen|manufacturers|refiners|(?<!central )(?<!development )(?<!world )banks)\b"
        r"(?![^.]*\b(?:and|with)\s+(?:government|ministers|officials))",
        IGNORE,
    ),
    "private_venue": re.compile(
        r"\b(?:headquarters|plant|plants|factory|factories|offices|facility|facilities|mill|mine|refinery|shipyard|showroom)\b"
    ),
    "reporting": re.compile(
        r"\b(?:many |most |some |other |industry |market |oil |trade |western |u\.s\. )?(?:analysts|traders|dealers|economists|"
        r"bankers|sources|officials|diplomats|observers|delegates|executives)\s+(?:here |there )?(?:said|say|says|believe[sd]?|"
        r"expect(?:s|ed)?|think|thought|predict(?:s|ed)?|told|not(?:e|ed)|add(?:s|ed)|reported|agreed|doubt(?:s|ed)?)\b",
        IGNORE,
    ),
    "anaphor": re.compile(
        r"\b(?:the|this|that|these|its|their)\s+(?:next\s+|first\s+|same\s+)?(?:[a-z]+\s+)?(?:meeting|meetings|conference|talks|"
        r"session|summit|council|committee|negotiations|discussions|gathering|ministers|delegates|delegations|group|trip|visit|tour"
        r"|board|commission|conference|working group|videoconference|video conference|video call)\b"
        # "Instead they will meet on June 4-5 in Brussels": they, named before
        r"|\bthey\s+(?:will|are to|plan to|intend to|are due to|are expected to)\s+(?:meet|gather|convene|hold)\b"
        # "the four will meet in Minsk on Wednesday": the people counted were named before
        r"|\b(?:the\s+(?:two|three|four|five|six)|both)(?:\s+(?:men|women|leaders|presidents|sides))?\s+(?:will|are to"
        r"|plan to|intend to|are due to|are expected to)\s+(?:meet|gather|convene|hold|sit|talk)\b",
        IGNORE,
    ),
    "international_role": re.compile(
        r"donors|creditor governments|consultative group|counterparts|dialogue partners|producers|exporters|consumers|importers"
    ),
    "group_role": re.compile(
        r"ministers|governors|heads|leaders|chiefs|secretaries|representatives|negotiators|nations|countries|powers|democracies|officials"
    ),
    "summit_words": re.compile(
        r"\b(?:economic|seven-nation|western|world|arab|african|european|nato|g-7|g7|g20|g-20)\b", IGNORE
    ),
    "earlier_one": re.compile(
        r"\b(?:previous|earlier|last(?! of)|past|recent|former|preceding)\s+(?:[\w-]+\s+){0,2}$"
        # what is reacted to has happened: "in response to the meeting on Wednesday"
        r"|\b(?:(?:in |a )?response to|responding to|reacting to|(?:in |a )?reaction to)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,1}$",
        IGNORE,
    ),
    "past_compound": re.compile(r"\b(?:previous|recent|earlier|past|several|many)\s+$"),
    "clock_only": re.compile(
        r"\b(?:will|to|are due to|is due to|are scheduled to|is scheduled to)\s+(?:meet|hold|convene|gather|start|begin|open|see)\b"
    ),
    "looks_ahead": re.compile(r"next|coming|following", IGNORE),
    "clause_break": re.compile(
        r"[;]|(?<!\d):(?!\d)|\s-\s|,\s+(?:but|while|whereas|although|though|and|adding(?: that)?|saying(?: that)?)\s|\bbut\b|\bwhile\b"
        r"|\bafter\b|\bbefore\b|\bwhen\b|\bbecause\b"
    ),
    "topic": re.compile(
        r"\b(?:(?:to|will|would|shall|could|can|may) discuss(?!\s+with\b)|discussing(?!\s+with\b)|to review|to consider|to examine|to debate|to address|to resolve|to seek|to try|to agree|to decide"
        r"|to hear|to assess|to take stock|to prepare|to finali[sz]e|to sign|to adopt|to approve|to coordinate"
        r"|(?:to|will|would) (?:also )?(?:tackle|focus on|look at|cover|address|review|consider|examine)"
        r"|on the (?:issue|question|subject|situation) of|on the situation|the situation in|about|regarding|concerning"
        r"|against the (?:backdrop|background) of|in the wake of"
        r"|on the (?:crisis|conflict|war|fighting|violence) in|(?:on|for) (?:a )?(?:lasting |just )?peace in"
        # "the first since the 2008 war in Georgia": what happened there, not where one meets
        r"|(?:since|after|before) the (?:\d{4} )?(?:war|conflict|fighting|invasion|coup|earthquake|massacre|bombing|attacks?) in"
        r"|over (?:the )?(?:issue|question|dispute)|aimed at)\b"
    ),
    "reporter_after_name": re.compile(r",?\s+(?:said|says|told|tells|added|announced|stated|confirmed|briefed)\b"),
    "report_words": re.compile(r"reported|said|announced|confirmed|told|stated|according|tweeted|wrote"),
    "reporter": re.compile(
        r",\s+(?:[\w.'-]+\s+){0,6}?(?:said|says|told|reported|announced|quoted|added|stated"
        r"|confirmed(?!\s+(?:for|as|to|on|in|at)\b))\b(?!\s+that)"
    ),
    "cue_gap_breaks": re.compile(r"\b(?:after|before|while|but|when)\b"),
    "joined_verb": re.compile(r"\b(?:and|then)\s*$"),
    "cue_gap_other_act": re.compile(r"\band\s+(?:will\s+|would\s+)?[a-z]+\b"),
    "travel_purpose": re.compile(
        r"\s*(?:,\s*)?(?:[\w'’-]+\s+){0,6}?for\s+(?:a|an|the|his|her|their|its|two|three)?\s*(?:[\w'’-]+\s+){0,3}?"
        r"(?:visit|talks|summit|meeting|conference|tour|negotiations|consultations|session)\b"
        # "will leave for Tokyo on Monday on a two-day visit to Japan"
        r"|\s*(?:,\s*)?(?:[\w'’-]+\s+){0,6}?on\s+(?:a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?visit\b",  # (a tour of several is no one visit)
        IGNORE,
    ),
    "body_anaphor": re.compile(
        r"\bthe (?:agency|alliance|bloc|organi[sz]ation|union|body|commission|grouping|group|forum)['’]s\b"
        r"|\bof the (?:alliance|bloc|organi[sz]ation|grouping)\b",
        IGNORE,
    ),
    # "the Kazakh capital", "Niger's capital"
    "capital_of": re.compile(
        r"\b(?:[Tt]he (?P<adjective>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)|(?P<country>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)['’]s) capital\b"
    ),
    "unrealised": re.compile(
        r"\b(?:was|were) (?:meant|supposed) to (?:have |start|begin|open|take place|be held|meet|visit|arrive)"
        r"|\bwas to have\b|\bwere to have\b"
        # a meeting that did not come about: "the talks expected on Thursday did not take place"
        r"|\b(?:did not|didn't|never) (?:take place|happen|go ahead|materiali[sz]e)\b"
        r"|\bfailed to (?:take place|materiali[sz]e)\b"
        # what a plan given up would have brought: "where he would have become the first ... to visit"
        r"|\bwould have (?:become|met|visited|held|hosted)\b",
        IGNORE,
    ),
    "quote": re.compile(r"\"[^\"]{3,}\""),
    "runs_until": re.compile(
        r"\b(?:runs?|running|lasts?|lasting|continues?|continuing|goes on|closes?|ends?|concludes?) (?:until|till|through|to|on)\s+$"
        r"|\b(?:until|through)\s+$|\b(?:closes|ends|concludes|will (?:close|end|conclude))\s+$",  # "and closes the day after tomorrow"
        IGNORE,
    ),
    "bilateral": re.compile(
        r"\b(?:bilateral|trilateral|quadrilateral|multilateral|two-way|three-way|four-way|four-party|six-party|"
        r"intergovernmental|inter-governmental|state visit|official visit|working visit|heads of state|head of state"
        r"|heads of government|foreign ministers?|counterparts?)\b",
        IGNORE,
    ),
    "reported_after": re.compile(
        # ("said at Opec's next meeting, members will face": the next meeting is what was said)
        r"\b(?:said|told|announced|stated|declared|added|noted|remarked|insisted|warned)\s+(?:[\w'’-]+\s+){0,3}?(?:after|during|at)\s+(?:(?!next\b|coming\b|upcoming\b|forthcoming\b)[\w'’-]+\s+){0,2}$"
        # "a joint venture agreed during Xi's visit to the Kingdom in December": done at it, so it is over
        r"|\b(?:agreed|signed|reached|sealed|struck|concluded|inked|clinched)\s+(?:during|at)\s+(?:[\w'’.-]+\s+){0,5}$"
        # "an idea Merkel rejected at the Munich Security Conference on Saturday": said there, so it is over
        # ("will be presented at the next meeting": a passive is no act done)
        r"|(?<!be )(?<!been )(?<!being )\b(?:rejected|proposed|unveiled|presented|delivered|voiced|pledged|promised"
        r"|launched|floated|dismissed)"
        r"\s+(?:at|during)\s+(?:[\w'’.-]+\s+){0,5}$",
        IGNORE,
    ),
    "passive_before": re.compile(r"\b(?:was|were|is|are|been|be|being|get|got)\s+(?:\w+ly\s+)?$", IGNORE),
    "pluperfect_before": re.compile(r"\bhad been\s+(?:\w+\s+){0,2}(?:for|on)\s+$", IGNORE),
    "sequel": re.compile(
        r"\b(?:followed(?: (?:later |soon |shortly |)?(?:the same day|on the same day|the next day|that evening|later))? by"
        r"|then|after which|and later|and afterwards|before (?:a|an|attending)|ahead of a)\b"
    ),
    "appositive_place": re.compile(
        r"(?:,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,5}?(?:in|near|outside|on the outskirts of|north(?:west|east)? of|south(?:west|east)? of"
        r"|east of|west of)|\s+(?:near|outside|on the outskirts of))\s+(?:the\s+)?(?P<place>[A-Z][\w'’]*(?:[ -](?:[A-Z][\w'’]*|(?:de|del|el|es|du|da|al)(?![\w'’])))*)"
    ),
    "range_prep": re.compile(r"\b(?:from|between)\s*$", IGNORE),
    "possessive_before": re.compile(r"\b(?:their|its)\s+(?:[\w-]+\s+)?$"),
    "cue_needs_subject": re.compile(r"(?: be in| to)$"),
    "named_subject_before": re.compile(
        r"(?:\b[A-Z][\w.'-]+|\b(?:he|she|they|president|prime minister|premier|chancellor|minister|ministers|secretary"
        r"|king|queen|envoy|delegation|leader|leaders)),?\s+$"  # "the envoy, Miroslav Lajcak, will travel to"
    ),
    "plural_visit": re.compile(r"^visits?$", IGNORE),
    "cue_gap_attached": re.compile(r"\s*(?:'s)?\s*(?:(?!(?:and|or|to|will|would|but|then)\b)[A-Za-z-]+\s+){0,4}"),
    "person": NEVER,
    "person_lower_title": NEVER,
    "single_name_titles": frozenset(
        {"King", "Queen", "Prince", "Emir", "Sheikh", "Pope", "Sultan", "President", "Chancellor", "Premier", "Amir"}
    ),
    "honorifics": frozenset({"King", "Queen", "Prince", "Crown Prince", "Emir", "Sheikh", "Pope", "Sultan", "Amir"}),
    "not_names": frozenset(
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
        "September October November December The A An And Of In On At For To "
        # venues whose name holds a title: "the Rixos President Hotel", "the Presidential Palace"
        "Hotel Palace Hall Centre Center Building Airport Stadium Square Avenue Street".split()
    ),
    "roles": re.compile(
        r"\b(?P<role>(?:(?:foreign|finance|trade|agriculture|agricultural|farm|economy|economic|energy|oil|environment|"
        r"transport|defence|defense|interior|justice|health|education|labou?r|industry|commerce|fisheries|social affairs|"
        r"budget|telecommunications|deputy finance|deputy foreign) ministers?)"
        r"|heads? of (?:state|government)(?: and government)?|central bank(?:ers| governors)|chiefs? of (?:general )?staff"
        r"|chiefs? of (?:the )?defen[cs]e(?: forces| staff)?"
        r"|(?-i:(?!The |These |Those |Both |Two |Three |All )[A-Z][a-z]+ )?prime ministers"
        r"|(?-i:(?!The |These |Those |Both |Two |Three |All )[A-Z][a-z]+ )?presidents"
        r"|defen[cs]e chiefs|(?:trade |chief )?negotiators|personal representatives|foreign secretaries|national security advisers?"
        r"|(?:leading |major |seven |main )?(?:industriali[sz]ed|industrial) (?:nations|countries|democracies|powers)"
        r"|(?:world |western |arab |african |asian |european |gulf |nordic |latin american |commonwealth )leaders|leaders of (?:the )?[a-z]+"
        r"|(?:leading |major |main |big )?(?:coffee |cocoa |oil |sugar |tin |rubber |wheat |grain |commodity )?"
        r"(?:producers|exporters|consumers|importers)(?: and (?:consumers|producers|importers|exporters))?(?= (?:will|would|are|were|meet|to))"
        r"|dialogue partners|counterparts"
        # "delegations from some 40 countries and organisations": many states, none named
        r"|(?:delegations|delegates|representatives|envoys) (?:from|of) (?:some |about |around |more than |over |nearly "
        r"|at least )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several) (?:countries|nations|states)"
        r"|finance officials|senior officials|(?:major |foreign |aid )?donors|donor countries|consultative group|creditor governments"
        r"|(?:ministers?))\b",
        IGNORE,
    ),
    "generic_roles": frozenset(
        {"minister", "ministers", "senior officials", "negotiators", "trade negotiators", "counterparts"}
    ),
    "place_prep": re.compile(
        r"\b(?P<prep>[Ii]n|[Aa]t|to|visit|visits|visiting|visited|[Vv]isit to)\s+(?:the\s+)?(?:(?:(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:(?:resort|port|border|mountain|coastal|seaside|spa|lakeside|university) )?"
        r"(?:resort|city|town|village|capital|port|island)\s+of\s+)?"
        r"(?:(?:central|downtown)\s+)?"  # "in central Jakarta", "in downtown Manhattan"
        r"(?P<place>(?:(?:St|Ste|Mt|Ft)\.\s)?[A-Z][\w'’]*(?:[ -](?:[A-Z][\w'’]*|(?:de|del|el|es|du|da|do|dos|das|al|an|on|upon|am|of(?= [A-Z]))(?![\w'’])))*)"
    ),
    "venue_preps": frozenset({"in", "at"}),
    "destination_preps": frozenset({"to", "visit", "visits", "visiting", "visited", "visit to"}),
    "host": re.compile(
        r"\b(?P<place>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s+(?:(?:will|is to|is due to|is set to|would)\s+(?:also\s+)?host"
        r"|hosts|is hosting)\b"
    ),  # "Brussels will host", "the summit that Chile hosts in January"
    # "here", "in this Mediterranean resort": the dateline's town
    "here": re.compile(r"\bhere\b|\bin this (?:[\w-]+ ){0,2}(?:city|resort|capital|town|port)\b"),
    "virtual": re.compile(
        r"video[\s-]?conference|virtual (?:format|meeting|summit)|by video(?:\s?link)?|online meeting|via video|video call"
        r"|held (?:virtually|online)|virtually\b",
        IGNORE,
    ),
    "going_to": re.compile(
        r"\b(?:go|goes|going|travel|travels|travelling|traveling|fly|flies|flying|come|comes|head|heads|move|moved|embark|trip|visit"
        r"|visits|journey|tour)\b(?:\s+on)?\s+to\s+$"
    ),
    "past_after_place": re.compile(r"\s+(?:in\s+\w+\s+)?(?:last|earlier|ago|yesterday|in (?:19|20)\d\d)\b"),
    "mission": re.compile(r"\b(?:mission|journey|trip|tour)\b"),
    "headline_visit": re.compile(r"\bVISIT(?:S|ING)?\s+(?:TO\s+)?([A-Z][A-Z .'-]+)"),
    "title_complement": re.compile(
        r"^\s+(?P<prep>of|on|between|with)\s+(?P<np>(?:the\s+)?(?:[A-Z][\w.'-]*|[a-z]+(?:-[a-z]+)?)(?:\s+(?:[A-Z][\w.'-]*|of|and|general|staff|"
        r"ministers?|officials|governors|leaders|representatives|negotiators|heads|state|government|[a-z]+-[a-z]+|security|issues|trade|debt|"
        r"agriculture|farm|prices|quotas|semiconductors|Japan|relations|guarantees|arms|control|the|[a-z]+ministers))*)"
    ),
    "title_date_words": re.compile(
        r"\b(?:today|tomorrow|tonight|yesterday|this|next|last|week|weekend|month|year|Monday|Tuesday|Wednesday|Thursday|"
        r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|"
        r"\d+(?:st|nd|rd|th)?|'s|two-day|three-day|four-day|five-day|one-day|week-long)\b",
    ),
    "title_modifiers": frozenset(
        "emergency extraordinary informal special annual regular ordinary plenary state official working bilateral "
        "trilateral multilateral technical ministerial high-level top-level senior summit trade security farm agriculture "
        "agricultural economic monetary finance foreign defence defense energy oil environment transport debt peace arms "
        "border nuclear coffee cocoa sugar tin wheat grain price prices quota budget preparatory consultative joint "
        "executive board council committee commission leaders leaders' ministers ministers' heads governors officials "
        "negotiators experts deputies representatives round first second third final formal closed-door private two-day "
        "three-day four-day five-day one-day week-long crucial key important tough".split()
    ),
    "title_function_words": frozenset(
        "the a an this that on in at of for to and or but with by from as its their his her".split()
    ),
    "title_subject": re.compile(
        r"(?P<subject>(?:[A-Z][\w.'-]*|of|the|and|for|[a-z]+ ministers|ministers|officials|governors|leaders|delegates|"
        r"negotiators|representatives)(?:\s+(?:[A-Z][\w.'-]*|of|the|and|for|foreign|finance|trade|agriculture|farm|prime|"
        r"ministers|officials|governors|leaders|delegates|negotiators|representatives|central|bank|board|committee|council)){0,6})"
        r"\s+(?:will|would|are|is|were|was|plan to|plans to|are due to|is due to|are scheduled to|is scheduled to|are expected to"
        r"|is expected to|are to|is to|will also|are also)?\s*$"
    ),
    "title_hold": re.compile(
        r"\b(?:hold|holds|holding|host|hosts|hosting|attend|attends|attending)\s+(?:a|an|the|their|its|two|three)?\s*(?:[\w-]+\s+){0,2}$"
    ),
    "national_group": NEVER,  # set by the builder from the country adjectives
}
_TITLES = (
    r"(?:President|Vice President|Prime Minister|Premier|Chancellor|King|Queen|Prince|Crown Prince|Emir|Amir|Sheikh|Sultan"
    r"|Pope|Secretary of State|Secretary-General|Secretary General|Secretary|Undersecretary(?: of State)?"
    r"|Under Secretary(?: of State)?|Deputy [A-Z][a-z]+(?: [A-Z][a-z]+)?|Minister|Foreign Minister|Finance Minister"
    r"|Trade Minister|Defence Minister|Defense Minister|Energy Minister|Oil Minister|Agriculture Minister"
    r"|Economy Minister|Foreign Secretary|Treasury Secretary|Commerce Secretary|Agriculture Secretary"
    r"|Trade Representative|Commissioner|Commissioners|Ambassador|Envoy|Governor|Chairman|Chairwoman|Director-General"
    r"|Director General|Senator|Representative|General|Admiral|Marshal|Leader|Dr|Mr|Mrs|Ms|PM|H\.E\.|HE)"
)
# A name: capitalised words, with accents, hyphens and particles ("Moon Jae-in", "Lula da Silva").
_UPPER = r"[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"
_LOWER = r"[^\W\d_A-ZÀ-ÖØ-Þ]"
_NAME = (
    rf"(?P<name>{_UPPER}{_LOWER}*(?:['’](?!s\b))?{_LOWER}+(?:-{_LOWER}+)?(?:[- ](?:(?:de|van|von|der|al|el|bin|da|di|du|le|la|dos|das)[- ])?"
    rf"(?:{_UPPER}\.(?= {_UPPER})|{_UPPER}[^\W\d_'’]*(?:['’](?!s\b)[^\W\d_]*)?(?:-{_LOWER}+)?)){{0,4}})"
)  # up to five words: "Sheikh Tamim bin Hamad Al Thani"
PATTERNS["person"] = re.compile(rf"\b{_TITLES}\.?\s+{_NAME}")
PATTERNS["person_lower_title"] = re.compile(
    r"\b(?:vice president|president|minister|ambassador|envoy|governor|chairman|secretary|counterpart|commissioner|"
    r"director|negotiator|spokesman|spokeswoman|spokesperson|deputy|premier|chancellor|leader)(?:\s+|(?P<comma>,\s+))"
    rf"(?P<name>{_UPPER}{_LOWER}+(?:-{_UPPER}?{_LOWER}+)?(?:[- ](?:(?:de|van|von|al|el|da|dos)[- ])?{_UPPER}[^\W\d_'’]*['’]?[^\W\d_]*){{1,3}})"
    r"(?(comma),)"  # "the EU's special envoy, Miroslav Lajcak, will travel": a name set off by commas
)

# A name without a title, where only a person stands: "Xi Jinping and Vladimir Putin will hold
# talks", "talks with Olaf Scholz", "Narendra Modi will meet". Two to four capitalised words;
# the extractor drops places, countries, organisations and the words below.
_BARE = (
    rf"(?P<name>{_UPPER}{_LOWER}+(?:-{_UPPER}?{_LOWER}+)?(?:\s+(?:(?:de|van|von|der|al|el|bin|da|di|du|dos)\s+)?"
    rf"{_UPPER}[^\W\d_'’]*(?:-[^\W\d_]+)?){{1,3}})"
)
BARE_PERSON = (
    re.compile(
        r"\b(?:and|with|between|met|meet|meets|meeting|received|receive|receives|host|hosts|hosted|welcome|welcomes"
        rf"|welcomed|by|invited|invites|see|sees)\s+{_BARE}\b(?!['’]s\b|\s+{_UPPER})"
    ),
    re.compile(
        rf"(?<![\w'’] )(?<![A-Za-z]){_BARE}(?=\s+(?:and\s+{_UPPER}|(?:will|is\s+(?:to|due|set|expected|scheduled)|are|would"
        r"|arrived|arrives|arrive|travels|travelled|traveled|heads|flew|flies|met|meets|hosts|welcomed|receives|told)\b)"
        r"|['’]s\s+(?:state\s+|official\s+)?(?:visit|trip|talks|meeting|tour|arrival)\b)"
    ),
)
NOT_BARE_NAMES = frozenset(
    # institutions, venues and offices: "the White House", "Security Council", "Prime Minister"
    "House Palace Council Ministry Office Street Bank Group Fund Party Agency Committee Commission Assembly "
    "Parliament Senate Congress Court Union Forum Summit Conference Organization Organisation Corporation Corp Inc "
    "Ltd Company Airlines Airways University Institute Times Post News Press Television Radio Security Nations "
    "States Republic Kingdom Emirates Islands Coast Sea Ocean Gulf River Hotel Hall Centre Center Square Airport "
    "Base Dialogue Talks Programme Program Agreement Accord Treaty Declaration Initiative Format Minister "
    "Ministers President Presidents Prime Secretary Chancellor King Queen Prince Emir Sheikh Sultan Pope General "
    "Foreign Defence Defense Affairs Department Service Services Force Forces Army Navy Guard Police Minister's "
    "Cup Games Olympics Championship League Club Federation Association Foundation Bureau Board Authority "
    "Government Cabinet Kremlin Élysée Embassy Consulate Mission Delegation Envoy Ambassador Spokesman "
    "Spokeswoman Governor Mayor Senator Leader Leaders Chairman Director Head Deputy Vice Crown Supreme High "
    "Northern Southern Eastern Western North South East West Central New Old Great Saint St San Santa Los Las "
    "Mount Lake Port Fort Bay Cape Island Valley City Region Province State County District".split()
)

# A piece of every word a meeting pattern can match, lower-cased: a sentence holding none of
# them has no meeting word, and is skipped before the costlier searches (most newswire
# sentences). A test holds it to every string the patterns match.
CUE_HINTS = [
    *"video virtual visit trip tour guest mission audience summit ministerial talks negotiat consultations parley "
    "dialogue meet met session sitting gather confer congress forum symposium conven host discuss review call "
    "conversation receiv welcome sit down phone dinner lunch breakfast banquet debate council round stop assembly".split(),
    " be in",
    " go to",
    " travel to",
    " see ",
    " fly to",
    " spend ",
    " join",
]

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr gen col lt sgt capt cmdr adm gov sen rep rev prof messrs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd bros no nos vs etc approx dept est fig ft mt pres vol h.e""".split()
)


def build() -> LanguagePack:
    """The English pack."""
    from diplocal.extract.lang.builder import build_pack

    return build_pack(
        code=CODE,
        name="English",
        lemma=simplemma_lemma(CODE),
        months=MONTHS,
        weekdays=WEEKDAYS,
        numbers=SPELLED,
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
        title_words=frozenset({"of", "the", "and", "for", "de", "da", "del", "von", "van", "al", "el", "bin"}),
        case_sensitive_names=True,
        extra={
            # "in the country's capital": the capital of the country named before, or the dateline's
            "country_capital": re.compile(
                r"\b(?:the|this) (?:country|nation)['’]s capital\b|\bthe capital of the country\b"
            ),
            # what joins a day counted forward to the meeting it counts from: "the day after the conference"
            "day_counted_from": re.compile(r"\s+(?:the|this|that)\s+", IGNORE),
            # a sentence that opens "instead" ("Instead, they will meet on Tuesday") tells a meeting in
            # place of the one told before
            "instead": re.compile(r"^\W*instead\b", IGNORE),
            # what comes before a dated meeting: "opens on Tuesday, preceded by a ministers' meeting on Sunday"
            "preceded_by": re.compile(r"\b(?:preceded by|precede[sd]? it|to precede it)\b", IGNORE),
            # words that end a sentence's opening noun phrase and start another clause: a status
            # after them is not that phrase's ("The summit opens on Friday as planned and a vote
            # set for Thursday was postponed")
            "subject_ends": re.compile(
                r"\b(?:as|while|but|that|which|who|whose|where|when|if|because|since|although|though|whereas"
                r"|after|before|said|says|opens|opened|ends|ended|begins|began|started|starts|will|would|shall|is|are|was|were"
                r"|has|have|had|can|could|may|might|must|goes|went)\b",
                IGNORE,
            ),
            # what opens the object of a status verb, a noun phrase ("will not host the ... summit")
            "object_opening": re.compile(r"\s+(?:the|a|an|its|their|this|next|annual)\b", IGNORE),
            # what joins a second object to the first ("the summit in November or the conference")
            "object_joiners": re.compile(r"\s(?:or|and|nor|as well as)\s+(?:the|a|an|its|their)\s", IGNORE),
            # another subject, of a clause of its own, after a meeting word: a status told after it
            # is that subject's ("will go ahead and the referendum ... has been postponed")
            "new_subject": re.compile(
                r"\b(?:and|but|while|whereas)\s+(?:the|a|an|its|his|her|their|this|that)\s+", IGNORE
            ),
            # a source told after the meeting by no verb of its own (", according to an outline
            # circulated"): its verbs are the report's, no tense of the meeting's
            # a speech given by video to those who meet: "is expected to address leaders by video link"
            "speech_by_video": re.compile(
                r"\b(?:address(?:es|ed|ing)?|speak(?:s|ing)? to|spoke to|deliver(?:s|ed|ing)? (?:a |his |her )?"
                r"(?:speech|address) to)\s+(?:[\w'’-]+\s+){0,5}?(?:by|via|over)\s+(?:a\s+)?$"
            ),
            # (or a document said to show something: "..., with a new report showing Iran has
            # doubled its centrifuges expected to dominate debate")
            "source_after": re.compile(
                r",\s+according to\b|,\s+with\s+(?:a|an|the)\s+(?:new\s+|fresh\s+|latest\s+)?"
                r"(?:report|study|survey|document|assessment|dossier)\s+(?:showing|saying|finding|that)\b"
            ),
            # a day told of a precedent the meeting is compared with: "As at the rounds in January
            # and February, the delegations will meet at the hotel"
            "as_before": re.compile(
                r"(?:^|[,;]\s*)(?:as|like|just as)\s+(?:already\s+)?(?:at|in|during|with)\s+(?:[\w-]+\s+){0,6}$",
                re.IGNORECASE,
            ),
            # a meeting the text only asks about: "It remains unclear whether the two will meet",
            # "Whether Tshisekedi and Kagame will meet ... remained unclear"
            # "there would be no formal talks on Saturday": a meeting the text says there is none of
            # right before a verb of meeting, its denial: "will not travel", "won't meet"
            "denied_verb": re.compile(
                r"\b(?:(?:will|would|shall|does|do|did|is|are)\s+not|won't|wouldn't|doesn't|don't|didn't|isn't|aren't)"
                r"\s+(?:now\s+|be\s+|after all\s+)?$",
                re.IGNORECASE,
            ),
            "none_of": re.compile(
                r"(?i:\b(?:no|not (?:be )?(?:a|any))\s+(?:(?:formal|further|new|official|direct|bilateral|joint|such"
                r"|planned|scheduled|fresh|separate|more)\s+){0,2}$)"
            ),
            # some who join a meeting by video: "expected to join by video link", "will address it via video"
            "joins_remotely": re.compile(
                r"\b(?:join|joins|joining|participate|participates|participating|take part|taking part|address|addresses"
                r"|addressing|speak|speaks|speaking|connect|connected|appear|appears|appearing|attend|attends|attending)"
                r"\s+(?:[\w-]+\s+){0,3}?$",
                re.IGNORECASE,
            ),
            "open_question": re.compile(
                r"\b(?:unclear|uncertain|not (?:yet )?(?:clear|known|certain|decided)|unknown|an open question|remains to be seen"
                r"|undecided|no word on)\s+(?:\w+\s+){0,2}?(?:whether|if)\b"
                r"|^\s*Whether\b[^.;:]{5,200}?\b(?:is|was|remains|remained|is still|was still)\s+(?:\w+\s+){0,2}?"
                r"(?:unclear|uncertain|open|unknown|undecided|an open question)\b"
            ),
            # a state's own cabinet or chamber holding its sitting: what its topic names meets not
            "state_sitting": re.compile(
                r"\b(?:cabinet|council of ministers|parliament|congress|senate|national assembly|lower house|upper house)\b",
                re.IGNORECASE,
            ),
            # a place that hosts the meeting, told by a relative clause: "Jeddah, which hosts the summit"
            "host_relative": re.compile(r",?\s+which\s+(?:will\s+|is\s+to\s+)?hosts?\b"),
            # a change told as done before the news: "the visit had been postponed"
            "done_before": re.compile(r"\bhad\s+been\s+(?:\w+\s+)?$", re.IGNORECASE),
            # a pronoun holding the meeting the sentence before named: "It will be held on Monday"
            "held_pronoun": re.compile(
                r"(?:It|They|This|These)\s+(?:will|would|is to|are to|is due to|are due to|is expected to|are expected to"
                r"|is scheduled to|are scheduled to|is set to|are set to)\s+(?:be held|take place|open|begin|convene)\b"
                # the new day named as such: "The new date is Wednesday, October 16"
                r"|The new date (?:is|will be)\b"
            ),
            # what someone said, and where, before the news itself: "told a special media
            # briefing in New Delhi that", "told reporters in Washington that"
            "report_frame": re.compile(
                r"\b(?:told|telling|said|says|announced|confirmed)\s+(?:[\w'’-]+\s+){0,4}?in\s+[A-Z][\w'’-]*"
                r"(?:\s+[A-Z][\w'’-]*)?\s+(?:on\s+\w+\s+)?that\b"
            ),
            # a departure told in the past, up to its day ("left for the Middle East on Sunday")
            "left_for": re.compile(
                r"\b(?:left|departed|set off|flew out)\s+(?:for|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}$"
            ),
            # "the two countries' foreign ministers": the pair the text named before, not an organisation
            "two_countries": re.compile(r"\b(?:the two|both) (?:countries|nations|governments)\b", re.IGNORECASE),
            # "Leaders of the 31 allies", "the leaders of France, Germany and Britain": leaders, whose
            # countries are named apart; "the leaders of the seven" stays the group it names
            "roles_english": [(re.compile(r"^(?i:leaders of )(?:(?i:the)(?:$| [A-Z])|[A-Z])"), "leaders")],
            # "former" before a country that no longer exists: its successors ("six former Soviet republics")
            "former_before": re.compile(r"\b(?:former|ex)[\s-]+$", re.IGNORECASE),
            # the day of a statement, not of the meeting it tells of: "In a statement on Wednesday,
            # the Commission said the summit ..." (a day only: "a briefing on this week's talks" is about them)
            # the day a statement was made, told between its subject and its verb: "The Kremlin on
            # Tuesday declined to confirm reports that Putin will travel to North Korea"
            # right after a meeting word, what makes it the topic of something else: "a hearing
            # next week on the summit's results"
            "meeting_as_topic": re.compile(r"['’]s\s+(?:results?|outcomes?|conclusions?)\b"),
            # before an "until" that a meeting still runs to: under way ("which is still running until Friday")
            "still_until": re.compile(
                r"\b(?:still|already)\s+(?:runs?|running|lasts?|continues?|continuing|goes on|going on)\s+$"
            ),
            "statement_after": re.compile(
                r"\s+(?:said|says|declined|announced|confirmed|denied|told|warned|insisted|rejected|dismissed"
                r"|refused|ruled out|played down|downplayed)\b"
            ),
            # a day that opens the sentence, then who speaks and the verb of saying: the words'
            # day ("On Monday its spokesman said the delegation would travel to Switzerland")
            "statement_opening": re.compile(
                r",?\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|told|announced|confirmed|declined|denied|insisted)\b"
            ),
            # a country that stays away ("without Russia") is no participant
            "without": re.compile(r"\bwithout\s+(?:the\s+)?$"),
            # "on Friday, the first full day of a three-day state visit": it began the day before
            # (or a later one: "on Saturday morning, on the second day of their informal summit")
            "first_full_day": re.compile(
                r"\bthe (?:first full|second|third|fourth|final|last|closing)(?: and (?:final|last|closing))? day of\b",
                re.IGNORECASE,
            ),
            # a day that comes back ("every Monday"): no one meeting's date
            "recurring": re.compile(
                r"\b(?:every|each)\s+$"
                # "where the Council traditionally meets in April, June and October": a habit, no date
                r"|\b(?:traditionally|usually|normally|customarily)\s+(?:meets?\s+|sits?\s+|held\s+)?(?:in\s+|on\s+)?(?:[\w-]+(?:,\s*|\s+and\s+))*$",
                re.IGNORECASE,
            ),
            "statement_day": re.compile(
                r"\b(?:joint )?(?:statement|communiqu[eé]|press release|news release|news conference|press conference"
                r"|briefing)\s+(?:(?:released|issued|published|posted|sent out)\s+(?:here\s+|late\s+|early\s+)?)?"
                r"(?:(?:on|of)\s*)?$"
                # "will brief the media on Tuesday ... on the General Assembly's session": the briefing's day
                r"|\bbrief(?:s|ed|ing)?\s+(?:the\s+)?(?:media|press|reporters|journalists|diplomats|parliament)\s+(?:on\s+)?$"
                # "said in an interview on Tuesday that he would meet Kim on February 27", "told reporters
                # on Thursday he did not expect to meet Xi": the words' day (a speech's day may be the
                # meeting's: "his speech on Tuesday at the annual meeting")
                r"|\b(?:interview|tweet|post)\s+(?:on\s+)?$"
                r"|\b(?:told|tells)\s+(?:reporters|journalists|the media|the press|lawmakers|parliament|state media"
                r"|state television)\s+(?:on\s+)?$"
                # "told a U.S. television interviewer on Friday that ...", "told the BBC's radio channel on ..."
                r"|\b(?:told|tells)\s+(?:a|an|the)\s+(?:[\w.'’-]+\s+){0,3}?(?:interviewer|newspaper|daily|weekly"
                r"|broadcaster|channel|news agency|radio station|radio|television)\s+(?:on\s+)?$"
                # "wrote on Twitter late on Tuesday that he was putting off his meeting": the post's day
                r"|\b(?:wrote|posted|said|announced|tweeted)\s+on\s+(?:Twitter|X|Facebook|Telegram|Instagram|social media"
                r"|Truth Social)\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
                # "the prefecture confirmed at a public meeting on Friday evening": where and when it was said
                r"|\b(?:said|confirmed|announced|told \w+|stated|declared)\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
                r"(?:meeting|briefing|session|hearing|forum|gathering)\s+(?:on\s+)?$",
                re.IGNORECASE,
            ),
            # a photo's caption tells of the picture (a past meeting, a building), never of a
            # meeting to come: "PHOTO: leaders at the summit in June"
            # where the meeting told before is: "пройдёт там же накануне", "at the same venue"
            # between a weekday and the week it falls in: "on Thursday (of) next week"
            "week_of": re.compile(r"\s*,?\s*(?:of\s+)?"),
            # before the place a meeting is not held in: "in Addis Ababa rather than in Djibouti"
            "not_there": re.compile(
                r"\b(?:rather than|instead of|and not|but not|not|no longer)\s+(?:in|at)\s+(?:the\s+)?$"
            ),
            # a place someone does not go to ("Instead of travelling to Asunción, he will ...")
            "not_going": re.compile(
                r"\b(?:rather than|instead of)\s+(?:travel(?:l)?ing|going|flying|heading)\s+to\s+(?:the\s+)?$",
                re.IGNORECASE,
            ),
            # a gathering of people who hold no office ("a conference of conservative activists")
            # a body's routine sitting ("its weekly meeting", "the weekly cabinet meeting"): no meeting
            # between governments unless an international body holds it
            # a weekday naming a rite, not a date: "so as not to overlap with Friday prayers"
            "rite_day": (NEVER, re.compile(r"\s+(?:prayers?|sermons?|(?:church\s+)?services?|[Mm]ass)\b")),
            "routine_sitting": (re.compile(r"\bweekly\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE), NEVER),
            "private_gathering": re.compile(
                r"\s+(?:of|for|with)\s+(?:[\w-]+\s+){0,2}?(?:activists|campaigners|supporters|party members|students"
                r"|investors|business leaders|scientists|fans|bloggers|influencers|journalists|reporters)\b",
                re.IGNORECASE,
            ),
            # before a range that is a move's two days: "postponed from December 17 to 21"
            "moved_from": re.compile(
                r"\b(?:postponed|moved|pushed back|put back|put off|brought forward|delayed|shifted|rescheduled)\s+from\s+$",
                re.IGNORECASE,
            ),
            # a cancellation only for the time being is a postponement: "will not take place for now"
            "for_now": re.compile(
                r"\b(?:for now|for the time being|for the moment|until further notice|as (?:originally |initially |first |previously )?(?:planned|scheduled)"
                r"|on the (?:planned|scheduled|appointed) date)\b",
                re.IGNORECASE,
            ),
            # after a "since" date, a meeting that is running: "the session, in progress since Monday"
            "runs_since": re.compile(
                r"\b(?:under way|underway|in session|in progress|has been (?:running|sitting|meeting))\b", re.IGNORECASE
            ),
            # a day told with the one it replaces: "on Friday instead of Thursday"
            "instead_of": re.compile(r",?\s+(?:instead of|rather than)\b", re.IGNORECASE),
            # a day denied for the one after it: "will take place not on Thursday but on Friday"
            "not_but": (
                re.compile(r"\bnot\s+(?:on\s+)?$", re.IGNORECASE),
                re.compile(r"[^,;.:]{1,25}?,?\s+but\s+(?:on|from|in)\b"),
                re.compile(r"\bnot\b[^;.]{0,60}?,?\s+but\s+(?:on\s+|from\s+|in\s+)?$", re.IGNORECASE),
            ),
            # an office named after the body it heads: "the presidents of the European Council and
            # the Commission", "the chair of the Security Council" (no meeting of it)
            "office_of": re.compile(
                r"\b(?:[Pp]residents?|[Cc]hair(?:m[ae]n|wom[ae]n|persons?|s)?|[Hh]eads?|[Ss]ecretar(?:y|ies)[- ][Gg]eneral"
                r"|[Ss]peakers?)\s+of\s+(?:the\s+)?$"
            ),
            "same_place": re.compile(
                r"\b(?:at the same (?:venue|place|location|site)|in the same (?:city|town|venue|place))\b",
                re.IGNORECASE,
            ),
            # a meeting told as what another, undiplomatic event is about: "A Special Briefing by
            # Foreign Secretary on the visit will be held on 26 October" (not "a briefing on this
            # week's talks", which are dated meetings of their own)
            "topic_of_other": re.compile(
                r"\b(?:briefings?|press conferences?|news conferences?|hearings?|exhibitions?|documentar(?:y|ies)"
                # "will brief reporters on preparations for the conference on Monday"
                r"|brief(?:s|ed|ing)?\s+(?:reporters|journalists|the press|the media|correspondents))"
                r"(?:\s+[\w.’'-]+){0,4}?\s+(?:on|about|regarding|concerning)\s+"
                r"(?:(?:preparations|arrangements|plans)\s+for\s+)?(?:the|his|her|their|its)\s+"
                r"(?:(?!(?:this|next|last|week|month|year)\b)[a-z][\w-]*\s+){0,2}$",
                re.IGNORECASE,
            ),
            # the joiner before the next town of a list of stops, after the day of the one before:
            # "in London on Monday, Berlin on Tuesday and Paris on Wednesday"
            "place_list_more": re.compile(r"\s+on\s+[A-Z][a-z]+(?:\s+\d{1,2})?(?:,\s*(?:and\s+)?|\s+and\s+)(?=[A-Z])"),
            # a call as the occasion of a past act: "offered to host the talks during a telephone
            # conversation with Aliyev in April" (the call is past when the act is)
            "call_as_occasion": re.compile(r"\b(?:during|in)\s+(?:a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}$"),
            "caption": re.compile(
                r"^\s*(?:(?:FILE )?PHOTO|(?:File )?[Pp]hoto|Caption|CAPTION|Pictured|Picture)\s*(?:\|\s*FILE\s*)?[:|–-]"
            ),
            # what follows a town's name when the name is a person's and the place a venue named
            # after them: "Nelson| Mandela plenary hall", "Indira| Gandhi International Airport"
            "named_venue": re.compile(
                r" [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:(?:[a-z]+|International|Memorial|National) )?"
                r"(?:[Hh]all|[Cc]ent(?:re|er)|[Ss]tadium|[Aa]rena|[Aa]irport|[Bb]uilding|[Pp]alace|[Hh]ouse|[Ss]quare"
                r"|[Aa]venue|[Uu]niversity|[Aa]uditorium|[Ll]ibrary|[Mm]useum)\b"
                # "at the Shangri-La hotel in central Jakarta": a hotel named after a town elsewhere
                r"|\s+(?:[Hh]otel|[Rr]esort)\b"
            ),
            # what joins a trip to the summit it goes to: "reist am Montag zum Ukraine-Gipfel"
            # dates the summit, not a visit of its own
            "to_meeting": re.compile(
                r"\b(?:to|for|to attend|to (?:take part|participate) in)\s+(?:the|a|an|this|next|this week's|next week's)"
                # (not a count of them: "for a string of regional meetings" is no one gathering)
                r"\s+(?:(?!of\b)[\w'’-]+\s+){0,4}$",
                re.IGNORECASE,
            ),
            # who says it, named after the verb of saying: not who meets ("..., сообщил
            # журналистам помощник президента Юрий Ушаков")
            # who a report is from, before a venue's name: "according to the State Department"
            "source_before": re.compile(r"\b(?:according to|citing|quoting)\s+(?:the\s+)?$", re.IGNORECASE),
            "reporter_before_name": re.compile(
                r",\s*(?:said|says|told reporters|told journalists|announced|added)\s+(?:[\w.'’-]+\s+){0,6}$"
            ),
            # the meeting another is held beside: "will hold talks on the sidelines of Monday's
            # summit" dates the talks, not a summit of theirs
            "beside_of": re.compile(
                r"\b(?:on|at) the (?:sidelines?|margins?) of\s+(?:the\s+|a\s+|this\s+|next\s+)?$", re.IGNORECASE
            ),
            # a verb of holding that ends the words between a meeting noun and its date: the commas
            # before it set off an aside ("a summit, gathering France, Germany, Russia and Ukraine,
            # will be held on 9 December")
            "held_before_date": re.compile(
                r"\b(?:will (?:now |instead )?be held|will (?:now |instead )?take place|is to be held|is to take place"
                r"|(?:is|are) (?:due|scheduled|set|slated|expected) to (?:be held|take place|open|begin|start|convene)"
                r"|will (?:open|begin)"
                r"|(?:is|are) (?:scheduled|set|slated) for"  # "The US-Ukraine meeting, the first ..., is scheduled for Tuesday"
                r"|will (?:now )?hold|is (?:due )?to hold"  # "The 56th Ordinary Session ... will hold in Abuja on"
                # "the mid-year coordination meeting, which Kenya will host in Nairobi in July"
                r"|(?:which|that)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:will|is to|is due to)\s+host"
                # the plan that a move or a cancellation undoes: "that was due to take place in Paris on"
                r"|(?:was|were|had been) (?:due|scheduled|set|planned) to (?:be held|take place|open)"
                r"|was to (?:have been held|be held|take place))"
                # the plan kept, told in an aside: "will take place, as planned, on Monday"
                r"(?:,?\s+as (?:planned|scheduled|expected|agreed)(?: earlier)?,?)?"
                r"\s+(?:here\s+|there\s+)?(?:(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                # "in Abuja, Federal Republic of Nigeria, on", "in Puerto Iguazú, in the northern
                # province of Misiones, on": where the place is, set off in commas
                r"(?:,\s+(?:[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4}"
                r"|(?:in|on|near)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}?),)?\s+"
                # "in Cholpon-Ata on the northern shore of Lake Issyk-Kul on July 21": where, told at length
                r"(?:(?:on|in|at|near|by)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}?\s+)?)?"
                r"(?:on\s+|from\s+)?$"
            ),
            # What an active status verb acts on when it is not a meeting: "suspended Russia's membership".
            "status_object": re.compile(r"\s+(?:the|a|an|its|their|his|her|[A-Z][\w-]*['’]s|[A-Z][\w-]+)\s+\w"),
            # A meeting moved by a stated span: "pushed back by four days", "two days later than planned".
            "shifted_by": re.compile(
                r"\b(?:(?:postponed|delayed|pushed back|put back|moved back|(?P<earlier>brought forward|moved forward|advanced))"
                r"\s+(?:[\w'’-]+\s+){0,9}?by\s+(?P<n>one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|(?P<week>weeks?))"
                r"|(?:(?P<n2>one|two|three|four|five|six|seven|\d{1,2})|(?P<one>an?))\s+(?:days?|(?P<week2>weeks?))\s+"
                r"(?:later|(?P<earlier2>earlier))"
                r"\s+than\s+(?:planned|scheduled|originally planned|initially planned|expected))\b",
                IGNORE,
            ),
            # A meeting called off that is on again: its report revives it.
            "back_on": re.compile(
                r"\b(?:after all|back on(?! track)|is on again|are on again|reinstated|revived|will go ahead after all"
                r"|(?:un|re)-?cancel(?:led|ed))\b",
                IGNORE,
            ),
            # a relative clause opening after a comma: its verb is not the main one
            "relative_opener": re.compile(r",\s+(?:[\w-]+\s+){0,2}?(?:which|where|who|whom|whose)\b"),
            # the word for where a meeting is held: "the venue, the State House in Dar es Salaam"
            # a match's words: "the national team meets Tanzania on Tuesday" is no meeting
            "sport": re.compile(
                r"\b(?:football|soccer|national (?:team|squad|side)|(?:qualifying|qualifier|friendly|semi-?final|quarter-?final)"
                r" (?:match|game|tie)|match(?:es)?|kick-?off|FIFA|UEFA|World Cup qualif\w+|cricket|rugby|basketball"
                r"|volleyball|handball|striker|goalkeeper|head coach)\b",
                re.IGNORECASE,
            ),
            # "separate talks with Li and Kishida": one meeting with each guest
            "each_apart": re.compile(r"\b(?:separate|separately|individually|each of (?:them|the two))\b", IGNORE),
            # "the day before, that is Sunday": one day told twice
            "restated": re.compile(r"\s*,?\s*(?:that is|i\.e\.|namely)\s*,?\s*", IGNORE),
            # a place's own clause: "..., where the summit will be held"
            "where_clause": re.compile(r",\s+where\b"),
            # a meeting set after or before another: "After the summit, the Prime Minister will visit"
            "sequenced": re.compile(
                r"\b(?:[Aa]fter|[Bb]efore|[Ff]ollowing|[Aa]head of)\s+(?:the|this|that|its|their)\s+(?:[A-Z][\w-]*\s+){0,2}$"
            ),
            # a host receiving the guest the text is about: "will welcome him at the White House"
            "hosts_guest": re.compile(
                r"\b(?:welcomes?|receives?|hosts?|will (?:welcome|receive|host))\s+(?:him|her)\b"
            ),
            "venue_word": re.compile(r"\b(?:venue|venues)\b"),
            # a building named as the venue, in no town: "at the Kenyatta International Convention Centre"
            # (never a building that is another capital's: "at the State Department" is Washington's)
            "at_a_building": re.compile(
                r"\bat the (?:[A-Z][\w'’-]+ ){0,3}(?:Palace|Hotel|Convention Cent(?:er|re)|Conference Cent(?:er|re))\b"
            ),
            # the venue named by a copula, no preposition before the town: "The venue is Toulouse"
            "venue_named": re.compile(r"\b[Tt]he venue (?:is|will be|remains)\s+"),
            # a count that announces a list: "cancelled the two stops: ... and ..."
            "list_count": re.compile(r"\b(?:two|three|four|both|all)\b", re.IGNORECASE),
            # a meeting word that names a building with the noun after it ("Conference Center")
            "building_after": re.compile(r"\s+(?:Cent(?:er|re)|Hall|Palace|Building|Complex)\b"),
            # what makes "the eve" another meeting's ("la veille du sommet"); "la veille" alone
            # is the day before the day told
            "eve_of": re.compile(r"\s+of\b"),
            # a meeting word that, capitalised inside a sentence, names a legislature
            "legislature": re.compile(r"Congress"),
            # words right after a day counted from a meeting saying it counts from its last day
            # ("the day after the close of the summit")
            "after_close": re.compile(
                r"\s+(?:the\s+)?(?:end|close|closing|conclusion)\s+of\b|\s+(?:the\s+)?(?:[\w-]+\s+){1,3}(?:ends|closes|concludes)\b"
            ),
            # a span to come, no day of its own: "within the next month", "innerhalb der nächsten Woche"
            "within_span": re.compile(r"\bwithin\s+(?:the\s+)?$", re.IGNORECASE),
            # words that open a relative clause, whose tense is its own ("rules that will apply")
            "relative_after": re.compile(r"\b(?:that|which|who|whose|whom)\b"),
            # a move told as done before the news ("which had been moved to November")
            "moved_before": re.compile(
                r"\bhad (?:already )?been (?:\w+ )?(?:postponed|moved|pushed back|rescheduled|delayed|put off|brought forward) (?:to|until|till)\b"
            ),
            "list_joiners": frozenset({"and"}),
            # "au Caire ou à Doha": the words that offer places as alternatives
            "alternative_joiners": frozenset({"or"}),
            # Offices of state: two of them in one clause meet as states do.
            "state_offices": re.compile(
                r"\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan"
                r"|[Cc]rown [Pp]rince|[Ff]oreign [Mm]inister|[Ss]ecretary of [Ss]tate|[Ss]tate [Cc]ounsellor)\b"
            ),
            # What says the date that follows is the meeting's, however many commas part them.
            "held_linker": re.compile(
                r",?\s*(?:to be held|which (?:will|is to|is due to) (?:be held|take place|open|run)|due to (?:be held|take place)"
                r"|set to (?:be held|take place)|scheduled to (?:be held|take place))\b"
            ),
            # What joins a day told by another ("the eve") to the meeting it is told by.
            "anchored_to": re.compile(
                r"\s+of\s+(?:the\s+|this\s+|that\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}"
                r"|(?<=after|efore)\s+(?:the\s+|their\s+|its\s+)(?:[\w-]+\s+){0,2}"  # "two days after the ... meeting"
            ),
            # A meeting named as what something else readies: the date before it is that other
            # thing's ("will travel to Pristina later this week to prepare the meeting").
            # a sentence that opens on "separately": its meeting is not the one told before
            "separate_opening": re.compile(r"\s*(?:Separately|In a separate development)\b"),
            # a sentence that opens on what comes first: its weekday is not the week told before's
            "before_that": re.compile(
                r"(?:Before that|Before then|Beforehand|Prior to that|Ahead of that|First of all)\b"
            ),
            "separate": re.compile(
                r"\b(?:separate|separately|another|a second|a further)\s+(?:[\w\'’-]+\s+){0,2}$", IGNORE
            ),  # "a separate meeting of Putin and Lukashenko": not the one told before
            # a thing named after its bearer: "King Fahd Stadium", "Prince Sultan Air Base"
            "named_thing": re.compile(
                r"\s+(?:Stadium|Airport|International Airport|Street|Avenue|Boulevard|Square|Bridge|Causeway|University"
                r"|Hospital|Mosque|Foundation|Institute|Prize|Award|Complex|Sports Complex|Air Base|Library|Museum"
                r"|(?:Convention|Conference|Congress|Exhibition|Cultural) (?:Centre|Center|Hall)|Centre|Center|Hall|Hotel)\b"
            ),
            # a pronoun for the meeting told before, and how long it runs: "It runs until March 23"
            "ends_pronoun": re.compile(
                r"(?:It|They)\s+(?:will\s+)?(?:runs?|lasts?|continues?|ends?|closes?|concludes?|wraps? up)"
                r"(?:\s+(?:through|until|till|to|on))?\b"
            ),
            # the decision told before reaches this sentence's meeting: "The decision also affects the meeting"
            "same_fate": re.compile(
                r"(?:The|This|That) (?:decision|move|cancellation|postponement)\s+(?:\w+\s+)?"
                r"(?:also\s+)?(?:affects|covers|includes|applies to|extends to)\b",
                IGNORE,
            ),
            # a sentence opening "after" a meeting: "After talks with Putin on Friday, ..."
            "after_opener": re.compile(r"\s*(?:After|Following)\s+(?:(?:a|an|the|his|her|their)\s+)?"),
            "prepares_for": re.compile(
                r"\b(?:prepare(?:s)?(?: for)?|preparing(?: for)?|in preparation for|in the run-up to|to lay the groundwork for"
                r"|to confirm"
                r"|ahead of|before(?: the (?:start|opening) of)?|on the eve of)\s+(?:the|this|next|their|its|a|an)\s+(?:[\w'’-]+\s+){0,3}$",
                IGNORE,
            ),
            # A meeting at an organisation's headquarters is at its seat.
            "headquarters": re.compile(r"\b(?:headquarters|HQ)\b"),
            "heads": {
                "state visit": "state visit",
                "official visit": "official visit",
                "working visit": "working visit",
                "working dinner": "working dinner",
                "working lunch": "working lunch",
                "state dinner": "state dinner",
                "session": "session",
                "sessions": "session",
                "negotiations": "negotiations",
                "consultations": "consultations",
                "dialogue": "dialogue",
                "forum": "forum",
                "gathering": "gathering",
                "phone call": "phone call",
                "telephone call": "phone call",
                "speak by phone": "phone call",
                "talk by phone": "phone call",
                "conference": "conference",
                "summit": "summit",
                "summits": "summit",
                "talks": "talks",
                "visit": "visit",
                "trip": "visit",
                "tour": "tour",
                "videoconference": "videoconference",
                "video conference": "videoconference",
                "video call": "videoconference",
                "audience with": "audience",
                "ministerial": "ministerial meeting",
                "ministerial meeting": "ministerial meeting",
            },
            "title_topics": frozenset(
                "trade security peace nuclear border arms defence defense climate energy debt farm economic "
                "ceasefire disarmament migration".split()
            ),
            "bare_person": BARE_PERSON,
            "next_item": re.compile(r"^\s*(?:,\s*)?and\s+(?:a|an|another)\s+(?:[\w'’-]+\s+){0,2}$"),
            "back_from": re.compile(
                r"\b(?:returned|returning|returns|came back|coming back|just back|back) from\s+"
                r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,2}$",
                IGNORE,
            ),
            # an annual meeting someone owns by name: a company's unless the name is a body's
            "owned_meeting": re.compile(
                r"(?<![Tt]he )\b(?P<owner>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)['’]s\s+(?:own\s+)?annual\b"
            ),
            # a weekday told as a day the text has named: "closing the summit on the Sunday afternoon"
            "told_weekday": re.compile(r"\b(?:on\s+)?the\s+$"),
            "subject_pronoun": re.compile(r"\s*(?:He|She)\b(?!\s+(?:said|says|told|added)\b)"),
            # "As the ministry said on Friday, he will ...": he, after a fronted report
            "pronoun_after_report": re.compile(r"\s*(?:As|According to)\s+[^,;:]{3,90}?,\s*(?:he|she)\b"),
            # "at 9 a.m. local time on Tuesday, which is 9 p.m. on Monday in Washington": the
            # same moment told again elsewhere, its day and place another zone's
            "clock_conversion": re.compile(
                r",?\s*\b(?:which|that|or)\s+(?:is|will be|would be|was|means)\s+"
                r"(?=\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b|h\b|hrs\b|GMT\b|UTC\b)|noon\b|midnight\b)[^,;]*",
                IGNORE,
            ),
            # what follows the place someone goes to, up to the meeting word they go there for:
            # "fly to Asunción on Sunday night to attend Monday's"
            "attends": re.compile(
                r"[^,;]{0,40}?\b(?:to attend|to take part in|to participate in|for)\s+(?:[\w'’-]+\s+){0,3}$"
            ),
            # "The two leaders are scheduled to meet": the two people the sentence before named
            "pair_anaphor": re.compile(
                r"\s*(?:The two|Both)\s+(?:leaders|presidents|heads of state|ministers|foreign ministers|men|women)\b"
            ),
            "not_bare_names": NOT_BARE_NAMES,
            "title_modifiers": [
                (re.compile(r"\bemergency\b", IGNORE), "emergency"),
                (re.compile(r"\bextraordinary\b", IGNORE), "extraordinary"),
                (re.compile(r"\binformal\b", IGNORE), "informal"),
                # a special envoy's trip is no special meeting
                (
                    re.compile(
                        r"\bspecial\b(?!\s+(?:envoy|representative|rapporteur|adviser|advisor|coordinator|counsel|assistant|"
                        r"forces|operation)s?\b)",
                        IGNORE,
                    ),
                    "special",
                ),
            ],
            "ordinal": re.compile(r"\b(?P<n>\d{1,3}(?:st|nd|rd|th))\s+(?:[\w'’+-]+\s+){0,4}$"),
            "range_openers": ("between",),
            # "two days after the summit" (the ANAPHN slot's words): the count and its direction
            "counted_days": re.compile(r"(?P<n>\w+)\s+days?\s+(?P<direction>after|before)"),
            "counted_articles": {"a": 1, "an": 1},
            "anaphoric_directions": {"after": 1, "before": -1},
            "days_told_before": frozenset({"that day", "that same day", "later in the day", "later that day"}),
            "anaphoric_days": {
                "same day": 0,
                "that day": 0,
                "that same day": 0,
                "later in the day": 0,
                "later that day": 0,
                "next day": 1,
                "following day": 1,
                "day after": 1,
                "day before": -1,
                "previous day": -1,
                "eve": -1,
            },
            "nth_days": {
                "first": 1,
                "opening": 1,
                "second": 2,
                "third": 3,
                "fourth": 4,
                "fifth": 5,
                "closing": -1,
                "final": -1,
                "last": -1,
            },
            "title_leading_drop": frozenset({"their", "its", "his", "her", "our"}),
            "title_break_words": frozenset({"in", "at", "on", "to", "for"}),
            "title_trailing_drop": frozenset({"the", "and", "of", "a", "an"}),
            "subject_leading_drop": frozenset({"the", "of", "and", "for"}),
            "cue_hint": re.compile(trie_pattern(CUE_HINTS)),
            "surface_place_names": True,
            "day_is_verb": re.compile(r"May\s+(?:[Ii]|[Ww]e)\b"),
            "months_needing_qualifier": frozenset({"may"}),
            "month_verb_after": {"March": re.compile(r"\s+(?:on|to|through|against|in)\b")},
            "relative_weeks": relative_words(CODE)["weeks"],
            "relative_months": relative_words(CODE)["months"],
        },
    )
