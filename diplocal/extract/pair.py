"""Pairing: which date in a sentence belongs to which meeting word, and which dates belong
to no meeting at all (deadlines, effective dates, travel). Pure; language from the pack."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from diplocal.extract.lang import LanguagePack, pack_for
from diplocal.extract.memos import by_text
from diplocal.extract.naming import PARTICLES
from diplocal.extract.spans import Cue, DateMention, Tense
from diplocal.extract.tag.clock import converted_spans, find_clocks
from diplocal.extract.tag.dates import find_dates
from diplocal.extract.tag.names import find_countries, find_places, lookup_place
from diplocal.extract.tag.words import find_cues, referring_words, status_words, tense_of
from diplocal.extract.weights import PAIRING
from diplocal.text import CLAUSE_MARKS, COMMAS

QUOTE_OR_BREAK = re.compile(r"[;\"«»„“”]")  # a quotation's edge or a clause break
_CLAUSE_COLON = re.compile(r":\s")


_RESCHEDULE_REACH = 80  # a pack may reach further ("reschedule_reach": an Arabic aside in commas)  # "pushed back the Mercosur summit it is hosting by four days, to July 8"
_REPLACED_REACH = 30  # "instead of the originally planned Thursday": the replaced day follows closely


def after_until(mention: DateMention, pack: LanguagePack) -> int:
    """Where a date's words begin past its own "until" ("until Tuesday", "bis Dienstag"): the
    words before that point are what governs the date ("runs until", "postponed until")."""
    first = mention.text.split(" ", 1)[0]
    if " " in mention.text and pack.qualifiers.get(first.casefold()) == "until":
        return mention.start + len(first) + 1
    return mention.start


def told_after(sentence: str, cue: Cue, pack: LanguagePack, lo: int = 0) -> re.Match[str] | None:
    """The pack's ``sequenced`` words right before a meeting word ("after the summit", "после
    саммита"): a meeting other things are told after or before, not one of them; from ``lo``."""
    sequenced: re.Pattern[str] | None = pack.extra.get("sequenced")
    return sequenced.search(sentence, max(lo, cue.start - 25), cue.start) if sequenced is not None else None


def rescheduled_to(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when the date is the new one of a moved meeting ("postponed until April")."""
    # verb last: "die Gespräche wurden auf Freitag vertagt" (the pack's lead before, verb after)
    after: re.Pattern[str] | None = pack.extra.get("rescheduled_after")
    if after is not None and after.match(sentence, mention.end):
        lead: re.Pattern[str] = pack.extra["rescheduled_lead"]
        if lead.search(sentence, max(0, mention.start - 12), mention.start):
            return True
    if _replaces_a_day(sentence, mention, pack):
        return True  # "le vendredi 15 mars au lieu du jeudi 14": the day it is held instead
    cut = after_until(mention, pack)  # "postponing until September the summit"
    contrast: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = pack.extra.get("not_but")
    if contrast is not None and contrast[2].search(sentence, max(0, cut - 80), cut):
        return True  # "nicht am Donnerstag, sondern erst am Freitag": the day it is held instead
    if pack is pack_for(pack.code):  # asked once per date and per pairing: remembered
        return _rescheduled_to(sentence, cut, pack.code)
    return _moved_to(sentence, cut, pack)


@by_text
@lru_cache(maxsize=4096)
def _rescheduled_to(sentence: str, start: int, code: str) -> bool:
    return _moved_to(sentence, start, pack_for(code))


def _replaces_a_day(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when the date is told with the day it replaces right after it ("on Friday instead
    of Thursday", "le vendredi 15 mars au lieu du jeudi 14"): the new day of a meeting named
    before it."""
    instead: re.Pattern[str] | None = pack.extra.get("instead_of")
    replaced = instead.match(sentence, mention.end) if instead is not None else None
    return replaced is not None and any(
        0 <= other.start - replaced.end() <= _REPLACED_REACH for other in find_dates(sentence, pack)
    )


def _moved_to(sentence: str, start: int, pack: LanguagePack) -> bool:
    reach = int(pack.extra.get("reschedule_reach", _RESCHEDULE_REACH))
    window = sentence[max(0, start - reach) : start]
    found = pack.rx.rescheduled_to.search(window)
    if found is None:
        return False
    # "avait été initialement fixé au 24 mars": the verb of setting is the first plan's, no move
    # (not "statt am 7. März ... erst am 9. März": the first plan's day lies inside, the move after it)
    return not any(
        first.start() <= found.start() < first.end() for first in pack.rx.superseded.finditer(window)
    ) or bool(find_dates(found.group(), pack))


def not_a_meeting_date(sentence: str, mention: DateMention, pack: LanguagePack) -> str | None:
    """Why a date is not a meeting's (a reason), or None when it may be one."""
    if pack is pack_for(pack.code):  # asked again by attach_clock: remembered
        return _not_a_meeting_date_of(sentence, mention, pack.code)
    return _not_a_meeting_date(sentence, mention, pack)


@by_text
@lru_cache(maxsize=4096)
def _not_a_meeting_date_of(sentence: str, mention: DateMention, code: str) -> str | None:
    return _not_a_meeting_date(sentence, mention, pack_for(code))


def _not_a_meeting_date(sentence: str, mention: DateMention, pack: LanguagePack) -> str | None:
    rx = pack.rx
    # (the words before the date, from the start of the word the reach falls in: Arabic's words,
    # with their clitics, are long, "للانتخابات الرئاسية والبرلمانية المقررة في 24 ديسمبر")
    lo = max(0, mention.start - 40)
    while lo > 0 and not sentence[lo - 1].isspace():
        lo -= 1
    before = sentence[lo : mention.start]
    meets_until = mention.qualifier in ("until", "till") and rx.meet_again.search(before)
    moved = rescheduled_to(sentence, mention, pack)
    vote = rx.not_meeting_date.search(before) if moved else None
    if vote is not None:
        # "le scrutin général étant fixé au 3 octobre": the vote's day is set, its noun nearer
        # the date than the move's word (or before it)
        shift = rx.rescheduled_to.search(before)
        moved = shift is not None and shift.start() <= vote.start()
    if moved or rx.meet_until.search(before) or meets_until:
        return None  # "postponed until April", "not due to meet again until September"
    if any(lo <= mention.start < hi for lo, hi in converted_spans(sentence, pack)):
        return "the same moment told in another zone"  # "..., which is 9 p.m. on Monday in Washington"
    if mention.kind == "month" and any(
        p.start < mention.end and mention.start < p.end and p.place is not None for p in find_places(sentence, pack)
    ):
        return "a town's name"  # "in Mar del Plata": the month's short name opens it
    if mention.kind == "relative" and _in_quoted_name(sentence, mention, pack):
        return "a name in quotes"  # "told the daily «Segodnya»", "لـ«الشام اليوم»": a newspaper's name
    rite: tuple[re.Pattern[str], re.Pattern[str]] | None = pack.extra.get("rite_day")
    if (
        rite is not None
        and mention.kind == "weekday"
        and (rite[0].search(before) or rite[1].match(sentence, mention.end))
    ):
        return "a rite's day (Friday prayers)"
    recurring: re.Pattern[str] | None = pack.extra.get("recurring")
    if recurring is not None and mention.kind in ("weekday", "day", "month") and recurring.search(before):
        return "a day that comes back (every Monday)"  # "qui tient sa séance chaque mercredi"
    vote_held: re.Pattern[str] | None = pack.extra.get("vote_held")
    if vote_held is not None and vote_held.search(sentence, 0, mention.start):
        return "a vote's day"  # "Выборы новых членов Совета ... пройдут в Генеральной Ассамблее ... 9 октября"
    precedent: re.Pattern[str] | None = pack.extra.get("as_before")
    if precedent is not None and precedent.search(before):
        return "a precedent the meeting is compared with"  # "as at the rounds in January and February"
    within: re.Pattern[str] | None = pack.extra.get("within_span")
    if within is not None and mention.kind == "period" and within.search(before):
        return "a span to come, no day of its own"  # "hoped to visit within the next month or so"
    if rx.ends_on.search(before):
        return "the day something ends"  # "the meeting will end tomorrow" (it began before)
    lasts: re.Pattern[str] | None = pack.extra.get("lasts_after")  # "der bis Samstag dauert": the verb after
    still: re.Pattern[str] | None = pack.extra.get("still_until")  # "die noch bis Freitag läuft"
    if (
        mention.qualifier in ("until", "till")
        and (
            rx.ends_on.search(before + mention.text.split()[0] + " ")
            or (lasts is not None and lasts.match(sentence, mention.end) is not None)
        )
        and (
            any(other.end <= mention.start for other in find_dates(sentence, pack))
            or (still is not None and still.search(before) is not None)
        )
    ):
        # "gather from Monday for the Forum, which runs until Friday": the end of the span its
        # sentence opened, no day of its own; or a meeting told as still running ("die
        # Weltklimakonferenz, die noch bis Freitag läuft"), under way
        return "the day something ends"
    if rx.deadline_after.match(sentence, mention.end):
        return "a deadline or a vote"  # "an April 1 deadline"
    if rx.since.search(before) or mention.qualifier == "since":
        return "a bound (since, until)"  # "locked in talks since Sunday": a past start
    if (
        rx.travel.search(before)
        and not rx.travel_purpose.match(sentence, mention.end)
        and not _where_it_arrives(sentence, mention, pack)
    ):
        return "a departure or an arrival"  # but "will fly to Berlin on Wednesday for a state visit" dates the visit
    gone: re.Pattern[str] | None = pack.extra.get("left_for")
    if gone is not None and gone.search(before) and any(m.start > mention.end for m in find_dates(sentence, pack)):
        # "Trump left for the Middle East on Sunday evening for a trip that will take him to
        # Israel and Egypt on Monday": the day he left, the trip's own day told after it
        return "a departure or an arrival"
    if mention.kind in ("weekday", "day", "relative") and _day_put_off(sentence, mention, pack):
        return "the day a meeting was put off or called off"
    statement: re.Pattern[str] | None = pack.extra.get("statement_day")
    if statement is not None and mention.kind in ("weekday", "day", "relative") and statement.search(before):
        return "the day of a statement"  # "In a statement on Wednesday, the Commission said the summit ..."
    said: re.Pattern[str] | None = pack.extra.get("statement_after")
    if said is not None and mention.kind in ("weekday", "day", "relative") and said.match(sentence, mention.end):
        return "the day of a statement"  # "The Kremlin on Tuesday declined to confirm that Putin will travel"
    opening: re.Pattern[str] | None = pack.extra.get("statement_opening")
    if (
        opening is not None
        and mention.kind in ("weekday", "day", "relative")
        and not sentence[: mention.start].strip()
        and opening.match(sentence, mention.end)
    ):
        return "the day of a statement"  # "On Monday its spokesman said the delegation would travel"
    if rx.not_meeting_date.search(before):
        return (
            None
            if meeting_follows(sentence, mention, pack)
            else "a date of something else (effective, payable, a vote)"
        )
    if mention.is_range and rx.range_prep.search(before):
        return None
    first = mention.text.split(" ", 1)[0].casefold()
    if mention.kind == "month" and pack.qualifiers.get(first) in ("by", "until", "since", "before", "after"):
        # "by September" is a deadline unless a meeting word is right beside it.
        return None if meeting_follows(sentence, mention, pack) else "a deadline (by a month)"
    opens = mention.text.casefold()
    if (
        mention.kind == "month"
        and not mention.is_range
        and mention.month2 is None
        and any(opens.startswith(f"{w} ") for w, q in pack.qualifiers.items() if q == "from")
        # (a span's first month is no onset: "from June to July")
        and not any(m.kind == "month" and 0 <= m.start - mention.end <= 6 for m in find_dates(sentence, pack))
    ):
        # "que presidirá el Consejo de la UE a partir de julio": an onset, not a meeting's month
        return None if meeting_follows(sentence, mention, pack) else "an onset (from a month)"
    if mention.kind not in ("period", "relative") and rx.deadline_prep.search(
        _before_its_clock(sentence, mention, pack)
    ):
        return None if meeting_follows(sentence, mention, pack) else "a deadline"
    return None


def _before_its_clock(sentence: str, mention: DateMention, pack: LanguagePack) -> str:
    """The words before a date, or before the clock time told right before it ("must apply by
    18:00 Astana time on 12 September": the deadline's word stands before the hour)."""
    for clock in find_clocks(sentence, pack):
        between = sentence[clock.end : mention.start]
        if clock.end <= mention.start and len(between) <= 20 and not any(c in between for c in CLAUSE_MARKS):
            return sentence[max(0, clock.start - 40) : clock.start]
    return sentence[max(0, mention.start - 40) : mention.start]


_PUT_OFF_REACH = 50  # the most words between the day and the word that puts the meeting off


def _day_put_off(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when a date is the day a meeting was put off or called off, told before the word
    that does it, whose object the meeting is ("sont convenus mercredi de reporter la
    rencontre", "acordaron el miércoles aplazar la reunión"): the meeting follows that word,
    named by referring back to one told before (whose day that was). ("The White House on
    Tuesday called off a meeting" may be Tuesday's.)"""
    cues = find_cues(sentence, pack)
    for start, end, _ in status_words(sentence, pack):
        if (
            pack.extra.get("status_verb_first")
            and start < mention.start
            and (0 <= mention.start - end <= _PUT_OFF_REACH * 2 or end >= mention.end)  # (a span around the day)
            and not QUOTE_OR_BREAK.search(sentence, start, mention.start)
            and any(0 <= c.start - mention.end <= 3 and not c.verb for c in cues)
        ):
            # the verb first, its subject, the day, then its object: "ألغى الرئيس الأمريكي
            # دونالد ترامب اليوم الخميس القمة": the day it was called off
            return True
        if not 0 <= start - mention.end <= _PUT_OFF_REACH:
            continue
        if pack.rx.passive_before.search(sentence, max(0, start - 20), start):
            continue  # "the talks on Monday were called off": the meeting's own day
        if QUOTE_OR_BREAK.search(sentence, mention.end, start):
            continue  # (a call between is where it was decided: "يوم الخميس في اتصال هاتفي على تأجيل")
        if any(c.end <= mention.start and not c.verb for c in cues):
            continue  # "La visita, prevista para el 21 de octubre, quedó suspendida": its subject's day
        reach = int(pack.extra.get("status_object_reach", 40))
        if any(
            end <= c.start <= end + reach and not c.verb and referring_words(sentence, c, pack) is not None
            for c in cues
        ):
            return True
    return False


def meeting_follows(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when the words right after a date name a meeting: "by September (the next
    scheduled council meeting)", "before July, when finance ministers meet"."""
    return bool(pack.rx.meeting_follows.match(sentence, mention.end))


def _in_quoted_name(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when a day word closes a short quoted name ("«Сегодня»", "«Al-Sham Al-Youm»"): a
    quote of at most three words ending with it, every word capitalised where the script has
    capitals (never a quoted phrase such as "set for tomorrow")."""
    for quote in pack.rx.quote.finditer(sentence):
        if quote.start() < mention.start and mention.end < quote.end() <= mention.end + 2:
            words = quote.group(0).strip("\"«»„“”' ").split()
            if len(words) <= 3 and all(w[:1].isupper() or not w[:1].islower() for w in words):
                return True
    return False


def _where_it_arrives(sentence: str, mention: DateMention, pack: LanguagePack, cue: Cue | None = None) -> bool:
    """True when a journey dated by the mention goes on in a clause of its place ("will arrive
    in Istanbul on Monday, where he will hold ...", "в понедельник прибудет в Стамбул, где ...
    проведет заседание"): the day of the arrival is the day of what is held there. With a
    meeting word, it must come after that clause's opening, with no other date between."""
    where: re.Pattern[str] | None = pack.extra.get("where_clause")
    if where is None:
        return False
    rx = pack.rx
    end = cue.start if cue is not None else min(len(sentence), mention.end + 60)
    found = where.search(sentence, mention.end, end)
    if found is None:
        return False
    right_after = found.start() - mention.end <= 3
    if cue is None:  # the caller read the journey before the date ("will arrive in Istanbul on Monday, where")
        return right_after
    # the journey told before the date, or after it ("в понедельник прибудет в Стамбул, где")
    before = right_after and rx.travel.search(sentence, max(0, mention.start - 40), mention.start)
    journey = sentence[mention.end : found.start()] + " "
    after = len(journey.split()) <= 5 and (rx.travel.search(journey) or rx.going_to.search(journey))
    if not (before or after):
        return False
    return not any(mention.end <= other.start < cue.start for other in find_dates(sentence, pack) if other != mention)


# an aside in brackets right after a clock time in the words between ("в 10.00 (по местному
# времени)"); not one right after the date itself (a dateline's "Feb 5 (Agency) -")
_CLOCK_ASIDE = re.compile(r"(?<=\d)\s*\([^()]{1,60}\)")


def _guests_only(gap: str, pack: LanguagePack) -> float:
    """How far a verb's object of titled guests sets its date off: "empfängt Bundeskanzlerin
    Angela Merkel (CDU), den russischen Präsidenten Wladimir Putin und den ukrainischen
    Staatschef Wolodymyr Selenskyj am Montag" is no further off for the guests' names, titles
    and countries, when only articles and list words stand between them (no clause, no other
    name); any other gap keeps its length."""
    guests = [m.span() for m in pack.rx.person.finditer(gap)]
    if len(guests) < 2:
        return float(len(gap))
    spans = guests + [(c.start, c.end) for c in find_countries(gap, pack)]
    rest = "".join(ch for i, ch in enumerate(gap) if not any(lo <= i < hi for lo, hi in spans))
    rest = re.sub(r"\([^()]{1,12}\)", "", rest)  # a party's or a country's initials: "(CDU)"
    words = re.findall(r"\w+", rest)
    if any(not w.islower() for w in words) or len(words) > 2 * len(guests):
        return float(len(gap))
    return float(len(rest))


def _words(text: str) -> int:
    """How many words (not numbers or clock times) a stretch of text holds."""
    return sum(1 for token in text.split() if any(ch.isalpha() for ch in token))


def _own_day_past_colon(
    sentence: str, mention: DateMention, cue: Cue, others: Sequence[DateMention], pack: LanguagePack
) -> bool:
    """True when a colon parts a date from the meeting word after it and the meeting word's
    clause, past the colon, tells a day of its own."""
    colon = _CLAUSE_COLON.search(sentence, mention.end, cue.start)
    if colon is None or _words(sentence[: mention.start] + sentence[mention.end : colon.start()]) < 2:
        return False  # ("Thursday: The two leaders will hold the summit" is a label)
    end = _CLAUSE_COLON.search(sentence, cue.end)
    return any(
        colon.end() <= o.start
        and (end is None or o.end <= end.start())
        and _not_a_meeting_date(sentence, o, pack) is None  # (not the day it was said)
        and not _CLAUSE_COLON.match(sentence, o.end)  # (nor the next item's label: "So., 25.5.: Wahl")
        for o in others
        if o is not mention
    )


def _spoken_length(gap: str) -> int:
    """The length of the words between a date and its meeting word, less an aside after a
    clock time: "19 января в 10.00 (по местному времени) ... состоятся переговоры" is no
    further off for the aside that says whose clock it is."""
    # (the gap is cut from its sentence: a bracket that opens it follows no digit of its own)
    return len(_CLOCK_ASIDE.sub("", gap)) if "(" in gap else len(gap)


def _short_quote_marks(sentence: str, pack: LanguagePack) -> set[int]:
    """Where the quote marks of short quoted phrases are ("the meeting was 'set for
    tomorrow'"): a phrase of a few words is part of its sentence, not a statement of its own."""
    marks: set[int] = set()
    for quote in pack.rx.quote.finditer(sentence):
        if len(quote.group(0).split()) <= 6:
            marks.update((quote.start(), quote.end() - 1))
    return marks


def readied(sentence: str, mention: DateMention, cue: Cue, pack: LanguagePack) -> bool:
    """True when a meeting word after the date is named as what something else readies or
    precedes ("will travel there next week to prepare the meeting", "arrive on Monday ahead of
    the summit"): the date is that other thing's."""
    prepares: re.Pattern[str] | None = pack.extra.get("prepares_for")
    after: re.Pattern[str] | None = pack.extra.get("readied_after")  # a verb put last: "den Gipfel vorbereiten"
    if (
        cue.end <= mention.start
        and not cue.verb
        and prepares is not None
        and _SET_OFF.fullmatch(sentence, cue.end, mention.start)
        # (the word of preceding right before the meeting's, "préparer ce rendez-vous lors d'un
        # entretien téléphonique" readies the meeting, not the call)
        and prepares.search(sentence, max(0, cue.start - 25), cue.start) is not None
    ):
        return True  # "Накануне саммита, во вторник, ... соберется": the eve, set off by its comma
    return cue.start >= mention.end and (
        (prepares is not None and prepares.search(sentence, max(mention.end, cue.start - 60), cue.start) is not None)
        or (after is not None and not cue.verb and after.match(sentence, cue.end) is not None)
    )


SET_OFF_DAY = re.compile(r"\s*[,\u060c]\s*(?:\w{1,3}\s+)?")  # "..., am 26. August": a day set off after a noun
_SET_OFF = re.compile(
    rf"(?:\s+[^\s{CLAUSE_MARKS}]+){{0,3}}\s*[{COMMAS}]\s*"
)  # the rest of a meeting's name, then a comma


def _beside(sentence: str, mention: DateMention, cue: Cue, cues: list[Cue], pack: LanguagePack) -> bool:
    """True when the meeting word names the meeting another is held beside, with the date
    next to it, and that other meeting word comes before ("will hold talks on the sidelines
    of Monday's summit"): the date is the other's to take."""
    beside: re.Pattern[str] | None = pack.extra.get("beside_of")
    if beside is None or cue.verb:
        return False
    first = min(cue.start, mention.start)
    if abs(cue.start - mention.start) > 30:
        return False
    found = beside.search(sentence, max(0, first - 40), first)
    if found is None:
        return False
    return any(
        (other.end <= found.start() and found.start() - other.end <= 40)
        # "على هامش القمة، يوم الأحد، مباحثات ثنائية": the talks named right after the date
        or (other is not cue and mention.end <= other.start and other.start - mention.end <= 12)
        for other in cues
    )


def _trip_to_gathering(sentence: str, cue: Cue, cues: list[Cue], pack: LanguagePack, mention: DateMention) -> bool:
    """True when the meeting word is a trip whose goal is a summit or conference named right
    after it ("reist am Montag zum Ukraine-Gipfel nach Paris", "flies on Monday to the Paris
    summit"): going there is attending it, and the date is the summit's. Also when that summit
    has days of its own told after it ("travels on Saturday to Brussels to take part in the
    summit, which will bring together leaders on Monday and Tuesday"): the trip's day is the
    journey's, and the trip no meeting apart from the summit."""
    goal = _goal_of_trip(sentence, cue, cues, pack)
    if goal is None:
        # a gathering further on, past the trip's own town and day, with days of its own ("will
        # travel to Jakarta on Wednesday evening to attend the ASEAN-India Summit and the East
        # Asia Summit on Thursday"): the trip's day is the journey's all the same (a stay of days
        # is no journey: "will be in China from Nov. 9 to 11 for the APEC summit")
        return mention.kind in ("day", "weekday", "relative") and _far_goal(sentence, cue, cues, pack) is not None
    # "... to attend the G20 summit, which will be held on November 15 and 16": the summit has
    # its own days, and the trip's is the departure (its last day told after it is no day of
    # its own: "zum Treffen ..., das bis Mittwoch dauert")
    return goal[1] or not any(
        m.start > goal[0].end and m.qualifier not in ("until", "till") for m in find_dates(sentence, pack)
    )


def trip_dated(sentence: str, mention: DateMention, cue: Cue, pack: LanguagePack) -> bool:
    """True when ``cue`` is the gathering a trip's verb goes to and ``mention`` the trip's day,
    told before the gathering ("viajará el viernes a Chile para participar en la primera
    cumbre ..."): the day may be the journey's, when the gathering's own days are told later."""
    cues = find_cues(sentence, pack)
    for trip in cues:
        if trip.kind == "visit" and trip.verb and trip.start < cue.start and mention.end <= cue.start:
            goal = _goal_of_trip(sentence, trip, cues, pack)
            if goal is not None and goal[0].start == cue.start:
                return True
    return False


def _fronted_trip_goal(sentence: str, mention: DateMention, cue: Cue, cues: list[Cue], pack: LanguagePack) -> bool:
    """True when ``cue`` is the gathering a trip's verb goes to, with no days of its own, and
    that verb is the first meeting word after a day that opens the sentence (see
    :func:`_fronted`): the fronted day is the gathering's, however long the verb's subject."""
    for trip in cues:
        if mention.end <= trip.start < cue.start and trip.kind == "visit" and trip.verb:
            goal = _goal_of_trip(sentence, trip, cues, pack)
            return goal is not None and goal[0] is cue and not goal[1] and _fronted(sentence, mention, trip, cues, pack)
    return False


def _goal_of_trip(sentence: str, cue: Cue, cues: list[Cue], pack: LanguagePack) -> tuple[Cue, bool] | None:
    """The gathering a trip's verb goes to, named right after it, and whether the gathering has
    days of its own told after it; None when the meeting word is no such trip."""
    if cue.kind != "visit" or not cue.verb:
        return None
    return _goal_after(sentence, cue.end, cues, pack, _TRIP_REACH)


_TRIP_REACH = 60  # from a trip's verb to the gathering it goes to
_DEPARTURE_REACH = 80  # the same, to a gathering with days of its own after it


def _far_goal(sentence: str, cue: Cue, cues: list[Cue], pack: LanguagePack) -> tuple[Cue, bool] | None:
    """The gathering a trip's verb goes to past the trip's own town and day, when the same
    phrase dates it after ("will travel to Jakarta on Wednesday evening to attend the ASEAN-India
    Summit and the East Asia Summit on Thursday"); a day past a comma is another clause's ("...
    للمشاركة في المؤتمر، على أن يزور الأحد الموصل")."""
    if cue.kind != "visit" or not cue.verb:
        return None
    goal = _goal_after(sentence, cue.end, cues, pack, _DEPARTURE_REACH)
    if goal is None or not goal[1]:
        return None
    dated = any(
        m.start > goal[0].end
        and not any(stop in sentence[goal[0].end : m.start] for stop in CLAUSE_MARKS)
        and m.qualifier not in ("until", "till", "last")
        and m.kind in ("day", "day_range", "weekday", "relative")  # (not "on the first day of his trip")
        for m in find_dates(sentence, pack)
    )
    return goal if dated else None


def _goal_after(sentence: str, start: int, cues: list[Cue], pack: LanguagePack, reach: int) -> tuple[Cue, bool] | None:
    """The gathering named within ``reach`` after ``start`` as where a journey goes ("to take
    part in the summit"), and whether it has days of its own told after it."""
    to_meeting: re.Pattern[str] | None = pack.extra.get("to_meeting")
    if to_meeting is None:
        return None
    goals = [
        other
        for other in cues
        if other.kind in ("summit", "conference", "ministerial", "meeting")
        and not other.verb
        and 0 < other.start - start <= reach
        and to_meeting.search(sentence, start, other.start) is not None
    ]
    if not goals:
        return None
    own = any(
        m.start > goals[0].end
        # (nor a day gone: "... au sommet, le deuxième après celui de Camp David en mai dernier")
        and m.qualifier not in ("until", "till", "last")
        and m.kind not in ("period", "year")  # "la reunión de cancilleres, que Brasil preside este año"
        # "..., the White House said on Friday", "... announced on Friday evening": a past act's day
        and not pack.rx.reporter.search(sentence, goals[0].end, m.start)
        and not pack.rx.past_verb_before_date.search(sentence[max(goals[0].end, m.start - 30) : m.start])
        for m in find_dates(sentence, pack)
    )
    return goals[0], own


def _journey_before(sentence: str, mention: DateMention, cue: Cue, cues: list[Cue], pack: LanguagePack) -> bool:
    """True when the date stands between a trip's verb and the gathering it goes to, and that
    gathering has days of its own told after it ("travels on Saturday to Brussels to take part
    in the summit, which ... on Monday and Tuesday"): the journey's day, not the summit's."""
    if cue.verb or cue.start < mention.end:
        return False
    for trip in cues:
        if trip.end <= mention.start and trip.kind == "visit" and trip.verb:
            # (past the trip's own town and day, as :func:`_trip_to_gathering` reads it)
            goal = _goal_of_trip(sentence, trip, cues, pack) or _far_goal(sentence, trip, cues, pack)
            if goal is not None and goal[0] is cue and goal[1]:
                return True
    # a departure told by a verb of travel, no meeting word ("partirá el domingo hacia Pekín para
    # participar en la Reunión de Líderes ..., que se celebrará el lunes 10 y martes 11")
    if pack.rx.travel.search(sentence, max(0, mention.start - 60), mention.start) is None:
        return False
    goal = _goal_after(sentence, mention.end, cues, pack, _JOURNEY_REACH)
    return goal is not None and goal[0] is cue and goal[1]


_JOURNEY_REACH = 100  # from a departure's day to the gathering it goes to, past the town it goes to


def cue_distances(
    sentence: str,
    mention: DateMention,
    cues: list[Cue],
    pack: LanguagePack,
    moved: bool = False,
    others: Sequence[DateMention] = (),
) -> list[tuple[float, Cue]]:
    """Each meeting word that may own the date, with how far (in weighted characters) it is.

    The new date of a moved meeting ("talks due on May 5 have been postponed until May 12")
    belongs to the meeting named earlier in the sentence, however far back. ``others``: the
    sentence's other dates.
    """
    rx = pack.rx
    w = PAIRING
    scored: list[tuple[float, Cue]] = []
    rescue: list[tuple[float, Cue]] = []  # a fronted date's verb, when no meeting word is near enough
    fragments = _short_quote_marks(sentence, pack)
    anchored_to = pack.extra.get("anchored_to")
    named_before = any(c.end <= mention.start for c in cues)
    holding: list[tuple[int, int]] = []  # where a verb of holding ties a noun before it to the date
    topic: re.Pattern[str] | None = pack.extra.get("meeting_as_topic")
    for cue in cues:
        bracketed = False
        if topic is not None and not cue.verb and topic.match(sentence, cue.end):
            continue  # "a hearing next week on the summit's results": what is held is about it
        if moved and cue.start >= mention.end and (named_before or _replaces_a_day(sentence, mention, pack)):
            # "fue trasladada al 16 de julio para no coincidir con la cumbre del G20": the moved one's;
            # "the briefing on Wednesday rather than Thursday because of the trip": the briefing's
            continue
        if (
            anchored_to is not None
            and mention.qualifier == "anaphoric"
            and cue.start >= mention.end
            and anchored_to.fullmatch(sentence, mention.end, cue.start)
        ):
            continue  # "on the eve of the summit": the eve is not the summit's day
        if cue.start >= mention.end and told_after(sentence, cue, pack, mention.end):
            continue  # "22 июля, уже после саммита, президенты ... проведут встречу": not the summit's day
        if _day_after_told_after(sentence, mention, cue, pack):
            continue  # "Wenige Tage nach dem Gipfel, am 26. August, begeht Namibia den Heldentag": not the summit's
        if (
            cue.end <= mention.start
            and ":"
            in sentence[cue.end : mention.start]  # (", on Wednesday" after "Two days after the meeting" is its day)
            and told_after(sentence, cue, pack) is not None
            and any(other.start >= mention.end for other in cues)
        ):
            continue  # "tras la cumbre: el domingo 2 realizará una visita de Estado": the visit's day
        if (
            _dated_in_its_relative(sentence, mention, cue, pack)
            or _past_relative_day(sentence, mention, cue, pack)
            or _dated_by_its_relative(sentence, mention, cue, cues, pack)
        ):
            continue  # "Biden, qui a participé lundi au sommet de l'OTAN, est attendu ce mardi": Monday's
        if readied(sentence, mention, cue, pack):
            continue  # "will travel there next week to prepare the meeting": the trip's day
        if _beside(sentence, mention, cue, cues, pack):
            continue  # "talks on the sidelines of Monday's summit": the talks' day
        if _trip_to_gathering(sentence, cue, cues, pack, mention):
            continue  # "reist am Montag zum Ukraine-Gipfel": the summit's day
        if _journey_before(sentence, mention, cue, cues, pack):
            continue  # "travels on Saturday to Brussels to take part in the summit, ... on Monday"
        fronted = False
        if cue.end <= mention.start:
            gap = sentence[cue.end : mention.start]
            distance = float(_spoken_length(gap))
            if cue.verb:
                distance = min(distance, _guests_only(gap, pack))
        elif cue.start >= mention.end and _fronted(sentence, mention, cue, cues, pack):
            gap = sentence[mention.end : cue.start]
            distance, fronted = w["held_verb"], True  # "That day, the heads of state of ... will meet"
        elif cue.start >= mention.end and _fronted_trip_goal(sentence, mention, cue, cues, pack):
            # "Also on Saturday, Van Rompuy and Barroso will host Obama for an EU-US summit": the
            # trip's verb is the fronted day's, and going there (or hosting it) is the summit
            gap = sentence[mention.end : cue.start]
            distance, fronted = w["held_verb"], True
        elif cue.start >= mention.end and _where_it_arrives(sentence, mention, pack, cue):
            gap = sentence[mention.end : cue.start]
            distance = w["held_verb"]  # "в понедельник прибудет в Стамбул, где ... проведет заседание"
        elif cue.start >= mention.end and _held_before_noun(sentence, mention, cue, cues, pack):
            # "в среду и четверг в кампусе ... на острове Русский пройдет совещание министров": the
            # verb of holding right before its subject takes the day that opens its clause
            gap = sentence[mention.end : cue.start]
            distance = w["held_verb"]
        elif cue.start >= mention.end and (host := _hosted_after(sentence, mention, cue, cues, pack)) is not None:
            gap = sentence[mention.end : cue.start]
            distance, bracketed = w["held_verb"], True  # "Rusia celebrará mañana en ..., ..., la cumbre"
            holding.append((host, mention.start))  # (the verb of hosting names no meeting of its own)
        elif cue.start >= mention.end:
            gap = sentence[mention.end : cue.start]
            distance = _spoken_length(gap) * w["after_date"]
            if rx.cue_gap_attached.fullmatch(gap):
                distance = len(gap) * w["attached"]  # "tomorrow's meeting", "the May 11-13 ministerial meeting"
            elif _bracketed(sentence, mention, cue, pack):
                distance = w["held_verb"]  # "Am Montag sollen die Außenminister ... beraten": one predicate
                bracketed = True
        else:
            continue
        left = cue.end if cue.end <= mention.start else mention.end
        if any(m.start() + left not in fragments for m in QUOTE_OR_BREAK.finditer(gap)):
            continue  # never across a quotation's edge (a few quoted words are no quotation)
        commas = gap.count(",")  # (Arabic writers set "،" more freely: not counted)
        commas -= 2 * _appositive_names(gap, pack)  # "with the minister for Europe, David Lidington, on 30 May"
        if cue.end <= mention.start and commas > 1:
            # "the summit of India, the United States, Japan and ..."; "sit down with Russia's
            # Vladimir Putin, France's Emmanuel Macron and ...": the commas of a list (counted once)
            commas -= max(_listed_countries(gap, pack), _listed_names(gap, pack))
        if cue.end <= mention.start and _relative_aside(gap, pack):
            commas -= 2  # "the Executive Council, which brings together the foreign ministers, on Thursday"
        if fronted or bracketed:
            commas = 0  # the subject's own commas ("the ministers of Bolivia, Brazil, ... will hold")
        linker = pack.extra.get("held_linker")
        if linker is not None and cue.end <= mention.start and linker.match(gap):
            commas = 0  # "the summit, to be held at X, a resort in Y, from June 13": the commas set off X
        held = pack.extra.get("held_before_date")
        held_by = held.search(gap) if held is not None and not cue.verb and cue.end <= mention.start else None
        if held_by and not any(cue.end <= other.start < mention.start for other in cues if not other.verb):
            # "un sommet, réunissant la France, l'Allemagne ..., se tiendra le 9 décembre", "a meeting
            # ... that was to have been held in Wroclaw on Tuesday will instead take place in Warsaw
            # on Thursday": the verb of holding ties the date to its subject, however long the aside
            commas = 0
            distance = min(distance, float(len(gap) - held_by.start()) + w["held_verb"])
            holding.append((cue.end + held_by.start(), mention.start))
        first: re.Pattern[str] | None = pack.extra.get("held_verb_first")
        if (
            first is not None
            and not cue.verb
            and cue.end <= mention.start
            and first.search(sentence, max(0, cue.start - 20), cue.start)
            and not any(cue.end <= other.start < mention.start for other in cues if not other.verb)
        ):
            # "وتعقد القمة العالمية ... بمشاركة قادة الدول يومي 1 و2 ديسمبر": the verb of holding
            # told first has the summit as its subject and the date as its time
            commas = 0
            distance = min(distance, w["held_verb"])
        # (a noun the closing verb of a bracket takes is that predicate's: "... die Konferenz eröffnen")
        weak = not (cue.verb or cue.strength >= 0.85 or bracketed)
        distance += (0 if moved else w["comma"] * commas) + (w["weak_noun"] if weak else 0)
        if cue.verb and cue.strength < 0.6:
            distance += w["weak_verb"]  # "discuss", "review": only when no meeting word is nearer
        # (a fronted date's gap was read: an aside at most; so was a bracket's, whose verb closes it)
        if rx.cue_gap_breaks.search(gap) and not (fronted or bracketed):
            distance += w["clause_word"]
        colons = list(_CLAUSE_COLON.finditer(gap)) if cue.end <= mention.start else []
        if colons and len(gap[: colons[0].start()].split()) >= 2 and len(gap[colons[-1].end() :].split()) >= 2:
            # "hat das Treffen besondere Bedeutung: Deutschland übernimmt zum 1. Januar den
            # Vorsitz": a clause of its own after the colon ("Next meeting: May 5", "are as
            # follows: Date: Thursday" are labels)
            distance += w["clause_word"]
        if (
            cue.start >= mention.end
            and not (fronted or bracketed)
            and _own_day_past_colon(sentence, mention, cue, others, pack)
        ):
            # "wird ab Mittwochabend zur Sicherheitszone: Zum 24. Ministerrat ... werden am
            # Donnerstag und Freitag ... erwartet": past a colon, the meeting's clause has its own
            # day ("Am Dienstag ...: Merkel empfängt Macron zum Ministerrat" has none)
            distance += w["clause_word"]
        if rx.cue_gap_other_act.search(gap) and cue.start >= mention.end:
            distance += w["other_act"]  # "in June and open an extraordinary session": another act
        if cue.start >= mention.end and rx.sequel.search(gap):
            distance += w["other_act"]  # "at noon on Monday, followed by bilateral talks": what follows is another
        next_item = pack.extra.get("next_item")
        if next_item is not None and cue.start >= mention.end and next_item.search(gap):
            distance += w["other_act"]  # "on January 12 and a meeting of the OSCE ... on January 13": the next item's
        if cue.verb and cue.start >= mention.end and rx.joined_verb.search(gap):
            distance += w["joined_verb"]  # "call Biden later on Sunday and meet Kristersson on Monday"
        limit = w["max"] * 2 if moved else w["max_month"] if mention.kind == "month" else w["max"]
        limit *= pack.extra.get("pairing_reach", 1.0)  # word orders that part a date from its noun
        if distance <= limit:
            (rescue if fronted else scored).append((distance, cue))
    # "la Cumbre para la Paz en Ucrania, que se celebrará el sábado": the verb holds the summit,
    # it names no meeting of its own
    scored = [(d, c) for d, c in scored if not (c.verb and any(lo <= c.start < hi for lo, hi in holding))]
    return scored or rescue


def relative_clause(sentence: str, start: int, end: int, pack: LanguagePack) -> tuple[int, int] | None:
    """The bounds of the relative clause set off by commas that holds ``start:end`` (from its
    comma and opener to the next comma or the sentence's end), or None when there is none."""
    relative: re.Pattern[str] | None = pack.extra.get("relative_opener")
    if relative is None:
        return None
    openers = [m for m in relative.finditer(sentence, 0, start) if m.end() <= start]
    if not openers or "," in sentence[openers[-1].end() : start]:
        return None  # none, or the clause closed before the span
    close = sentence.find(",", end)
    return openers[-1].start(), close if close >= 0 else len(sentence)


def _dated_in_its_relative(sentence: str, mention: DateMention, cue: Cue, pack: LanguagePack) -> bool:
    """True when the meeting word stands in a relative clause set off by commas that gives it a
    day of its own, and the date lies outside that clause ("Joe Biden, who attended Monday's
    NATO summit in Brussels, lands in Geneva on Tuesday"): the other date is the main clause's."""
    clause = relative_clause(sentence, cue.start, cue.end, pack)
    if clause is None or clause[0] <= mention.start < clause[1]:
        return False
    lo, hi = clause
    return any(lo < m.start < hi and m.start != mention.start for m in find_dates(sentence, pack))


def _dated_by_its_relative(sentence: str, mention: DateMention, cue: Cue, cues: list[Cue], pack: LanguagePack) -> bool:
    """True when a date told before the meeting word is not its own, for a relative clause
    right after the word gives it days ("preparations were under way in Hanoi on Saturday for
    the second summit, which the Vietnamese capital will host on Wednesday and Thursday")."""
    if cue.verb or mention.end > cue.start or not any(c.verb and c.start > cue.end for c in cues):
        return False
    for other in find_dates(sentence, pack):
        if other.start <= cue.end or other.kind in ("period", "year", "season", "anaphoric"):
            continue  # ("which Washington hosts this year" gives it no days)
        clause = relative_clause(sentence, other.start, other.end, pack)
        if (
            clause is not None
            and cue.end <= clause[0] <= cue.end + _OWN_NAME
            and not any(cue.end <= c.start < other.start and not c.verb for c in cues)
            # (its own verb of meeting or hosting holds that day: "which the capital will host on")
            and any(clause[0] <= c.start < other.start and c.verb for c in cues)
        ):
            return True
    return False


_OWN_NAME = 80  # how far the meeting word's own name may run before its relative clause


def _past_relative_day(sentence: str, mention: DateMention, cue: Cue, pack: LanguagePack) -> bool:
    """True when the date stands in a relative clause set off by commas that tells of something
    done, and the meeting word outside it ("the upheaval in Ethiopia, where the government fell
    on Thursday, made it impossible to host heads of state"): that clause's day, not the
    meeting's."""
    clause = relative_clause(sentence, mention.start, mention.end, pack)
    return clause is not None and not clause[0] <= cue.start < clause[1] and in_past_relative(sentence, mention, pack)


def in_past_relative(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when the date stands in a relative clause set off by commas that tells of something
    done ("IGAD, whose mediators secured a deal in Addis on Thursday, is expected to ...")."""
    clause = relative_clause(sentence, mention.start, mention.end, pack)
    if clause is None:
        return False
    lo, hi = clause
    if pack.rx.superseded.search(sentence, lo, hi) or status_words(sentence[lo:hi], pack):
        return False  # "the summit, which was scheduled for 26 February, was postponed": its old day
    tense = tense_of(sentence[lo:hi], pack)
    # (any verb in the past, not only one of meeting: "secured a deal")
    return tense is Tense.PAST or (tense is Tense.UNKNOWN and pack.rx.past_verb.search(sentence, lo, hi) is not None)


def _fronted(sentence: str, mention: DateMention, cue: Cue, cues: list[Cue], pack: LanguagePack) -> bool:
    """True when the date opens the sentence, set off by a comma, and the meeting word (a verb,
    or a noun that names a meeting outright) is the first after it, with no other date
    between: the date of the whole predicate, however long its subject ("That day, the heads
    of state of the eight member countries of the Amazon Cooperation Treaty Organization will
    meet in Bogotá", "On that day the two ministers, ..., will co-chair the Ministerial Session")."""
    opening = sentence[: mention.start].strip(" \"'«“„—–-")
    # ("Днем позже, в среду, там же, ... Путин примет": a short adverb of time before the day)
    adverb = opening.endswith(",") and len(opening.split()) <= 2 and len(opening) <= 12
    # ("Ese mismo jueves 19 y el viernes 20, ...": two short words before the day)
    short = len(opening.split()) == 2 and len(opening) <= 10
    # ("Dos días después de la sesión, el jueves, los embajadores ... se reunirán": a meeting the
    # day is counted from, then the day set off, opens the sentence)
    counted = len(opening.split()) <= 8 and any(
        _day_after_told_after(sentence, mention, other, pack) for other in cues if other.end <= mention.start
    )
    # ("Un día antes, el jueves 4, la canciller ... se reunirán": a day told by another, then restated)
    restated = any(
        not sentence[: other.start].strip(" \"'«“„—–-") and SET_OFF_DAY.fullmatch(sentence, other.end, mention.start)
        for other in find_dates(sentence, pack)
        if other.end <= mention.start
    )
    if (len(opening.split()) > 1 or len(opening) > 4) and not (adverb or short or counted or restated):
        return False
    # a day told by another opens its sentence with or without a comma ("The same day Biden,
    # Lapid and Modi will hold the first summit of ..."): it is the adverb of the whole predicate
    if not sentence[mention.end :].lstrip().startswith(",") and "anaphoric" not in (mention.kind, mention.qualifier):
        return False
    # (or a body's own name: "El jueves 19 y el viernes 20, ..., asistirá en Bruselas al Consejo Europeo")
    named = cue.strength >= 0.8 and sentence[cue.start].isupper()
    if not (cue.verb or cue.strength >= 0.85 or named) or cue.start - mention.end > 240:
        return False
    gap = sentence[mention.end : cue.start]
    for other in cues:
        if not mention.end <= other.start < cue.start:
            continue
        aside = told_after(sentence, other, pack)
        if aside is None:
            return False  # the first meeting word after the day
        # not one it is told after ("22 июля, уже после саммита, президенты ... проведут встречу"):
        # an aside, whose words break nothing
        lo, hi = aside.start() - mention.end, other.end - mention.end
        gap = gap[:lo] + " " * (hi - lo) + gap[hi:]
    rx = pack.rx
    if rx.cue_gap_breaks.search(gap) or rx.reporter.search(gap) or rx.joined_verb.search(gap):
        return False
    relative: re.Pattern[str] | None = pack.extra.get("relative_opener")
    if relative is not None and relative.search(gap):
        return False  # "On Monday, Amano signed a framework, under which inspectors will visit": the signing's
    # "This morning he will tour the locks and at 11:00 visit the old town": a joiner before a
    # time of its own joins another act, timed apart
    joiners: frozenset[str] = pack.extra.get("list_joiners", frozenset())
    for clock in find_clocks(sentence, pack):
        if mention.end <= clock.start < cue.start and joiners & set(sentence[mention.end : clock.start].split()[-3:]):
            return False
    return not any(mention.end <= m.start < cue.start for m in find_dates(sentence, pack))


_HOSTED_REACH = 160  # the words a date and its place may hold between the verb and its object


def _hosted_after(sentence: str, mention: DateMention, cue: Cue, cues: list[Cue], pack: LanguagePack) -> int | None:
    """Where the host's verb of holding starts, when it ends right before the date and the
    meeting noun after the date is its object, the first meeting word after it: "Rusia
    celebrará mañana y el jueves en el balneario de Sochi, a orillas del mar Negro, la primera
    cumbre" (the commas set off the place, not another clause). The pack's
    ``hosts_before_date`` names the verbs; no other date and no word that parts clauses may
    stand between."""
    hosts: re.Pattern[str] | None = pack.extra.get("hosts_before_date")
    if hosts is None or cue.verb or cue.start - mention.end > _HOSTED_REACH:
        return None
    verb = hosts.search(sentence, max(0, mention.start - 40), mention.start)
    if verb is None:
        return None
    gap = sentence[mention.end : cue.start]
    if pack.rx.cue_gap_breaks.search(gap) or any(ch in gap for ch in ';:"«»“”'):
        return None
    relative: re.Pattern[str] | None = pack.extra.get("relative_opener")
    if relative is not None and relative.search(gap):
        return None  # "accueillera demain à Ottawa le président, qui effectue sa première visite": a guest
    if any(mention.end <= other.start < cue.start for other in cues):
        return None
    if any(mention.end <= m.start < cue.start for m in find_dates(sentence, pack) if m != mention):
        return None
    return verb.start()


def _day_after_told_after(sentence: str, mention: DateMention, cue: Cue, pack: LanguagePack) -> bool:
    """True when the date is set off by a comma right after a meeting word told with "after" or
    "before" ("Wenige Tage nach dem Gipfel, am 26. August, begeht Namibia den Heldentag"): the
    day of what the sentence goes on to tell, not the meeting's. Not when the words before count
    the day themselves ("Two days after the Luxembourg meeting, on Wednesday, EU leaders will
    host"): the date restates that day, read with it."""
    if cue.end > mention.start or not SET_OFF_DAY.fullmatch(sentence, cue.end, mention.start):
        return False
    told = told_after(sentence, cue, pack)
    if told is None:
        return False
    return not any(told.start() - 30 <= m.end <= cue.start for m in find_dates(sentence, pack) if m != mention)


def _held_before_noun(sentence: str, mention: DateMention, cue: Cue, cues: list[Cue], pack: LanguagePack) -> bool:
    """True when the pack's verb of holding stands right before the meeting noun, its subject,
    and the date before the verb with only where between ("в среду и четверг в кампусе
    Дальневосточного федерального университета на острове Русский пройдет совещание"): the
    day of the predicate, however long the place. No comma, other date or meeting word between."""
    held: re.Pattern[str] | None = pack.extra.get("held_before_noun")
    if held is None or cue.verb or cue.start - mention.end > _HOSTED_REACH:
        return False
    verb = held.search(sentence, mention.end, cue.start)
    if verb is None or verb.end() != cue.start:
        return False
    gap = sentence[mention.end : verb.start()]
    if any(ch in gap for ch in CLAUSE_MARKS + '"«»“”') or pack.rx.cue_gap_breaks.search(gap):
        return False
    if any(mention.end <= other.start < verb.start() for other in cues):
        return False  # (the verb itself may be one: "se celebrará")
    return not any(mention.end <= m.start < cue.start for m in find_dates(sentence, pack) if m != mention)


def _bracketed(sentence: str, mention: DateMention, cue: Cue, pack: LanguagePack) -> bool:
    """True when a finite auxiliary follows the date at once and the meeting verb closes the
    clause: German's verb bracket ("Bereits am Montag sollen die Außenminister ... den
    Entwurf beraten") puts the meaning of the predicate at the end, however long the middle.
    The pack's ``verb_bracket`` names the auxiliaries."""
    bracket: re.Pattern[str] | None = pack.extra.get("verb_bracket")
    if bracket is None:
        return False
    # (a clock time may stand between: "Am Mittwoch um 9.30 Uhr wird Ban die Konferenz eröffnen")
    end = next((c.end for c in find_clocks(sentence, pack) if 0 <= c.start - mention.end <= 5), mention.end)
    opener: re.Pattern[str] | None = pack.extra.get("verb_final_opener")
    if opener is not None and cue.verb and opener.search(sentence, max(0, mention.start - 20), mention.start):
        # a subordinate clause puts its verb last: "Wenn am Montag in Wien die 35 Gouverneure
        # zusammentreten, wird ...": the date and the verb that closes the clause are one
        rest = sentence[cue.end :].lstrip()
        return not rest or rest[0] in ".,;:!?"
    rest = sentence[cue.end :].lstrip()
    if not bracket.match(sentence, end):
        separable: tuple[re.Pattern[str], re.Pattern[str]] | None = pack.extra.get("separable_bracket")
        # (a separable verb's own noun only: "nimmt am Dialog teil, bei dem ... zusammenkommen"
        # gives the relative clause's verb no day)
        return (
            separable is not None
            and not cue.verb
            and separable[0].match(sentence, end) is not None
            and separable[1].match(rest) is not None
        )
    if not cue.verb:
        # a meeting noun before the verb that closes the clause (the pack's ``bracket_close``):
        # "... die Konferenz am Genfersee eröffnen."
        close: re.Pattern[str] | None = pack.extra.get("bracket_close")
        return close is not None and close.match(rest) is not None
    joiners: frozenset[str] = pack.extra.get("list_joiners", frozenset())
    return not rest or rest[0] in ".,;:!?" or rest.split(None, 1)[0] in joiners  # "... beraten und ..."


def _relative_aside(gap: str, pack: LanguagePack) -> bool:
    """True when the gap holds a relative clause set off by commas that closes right before the
    date ("the Executive Council, which brings together the foreign ministers, on Thursday"):
    an aside about the meeting, not a break between it and its date."""
    relative: re.Pattern[str] | None = pack.extra.get("relative_opener")
    found = relative.search(gap) if relative is not None else None
    if found is None:
        return False
    rest = gap[found.end() :]
    return rest.count(",") == 1 and len(rest[rest.index(",") + 1 :].strip()) <= 3


_LISTED = re.compile(r"\s*,\s*(?:[a-z]{1,3}\s+)?")  # ", ", ", the ", ", la "


# a comma that only joins names in a list: what follows is a name of capitalised words (an
# owner's "'s" allowed) ending at the next comma or at a word (the pack's list joiner)
_LISTED_NAME = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*(?=\s*,|\s+(?P<joiner>\w+)\s)")


def _listed_names(gap: str, pack: LanguagePack) -> int:
    """How many commas of the gap only join people's names in a list ("will meet Russia's
    Vladimir Putin, France's Emmanuel Macron and ..."): an enumeration, not breaks."""
    joiners: frozenset[str] = pack.extra.get("list_joiners", frozenset())
    return sum(1 for m in _LISTED_NAME.finditer(gap) if m.group("joiner") is None or m.group("joiner") in joiners)


def _listed_countries(gap: str, pack: LanguagePack) -> int:
    """How many commas of the gap only join countries in a list ("the leaders of India, the
    United States, Japan and Australia would begin"): an enumeration, not breaks between a
    meeting and its date."""
    found = sorted(find_countries(gap, pack), key=lambda m: m.start)
    return sum(1 for a, b in pairwise(found) if _LISTED.fullmatch(gap, a.end, b.start))


def _appositive_names(gap: str, pack: LanguagePack) -> int:
    """How many names the gap sets off in pairs of commas when the date follows the last comma
    at once ("with the minister for Europe, David Lidington, on 30 May"; "in Abuja, Federal
    Republic of Nigeria, on Saturday": a place's country by its full name): asides that name
    who or where, not breaks between the meeting and its date. None when a clause of its own
    follows the last comma ("..., Enrique Peña Nieto, a quien el 1 de diciembre relevará")."""
    pieces = gap.split(",")
    if len(pieces) < 3 or len(pieces[-1].split()) > 2:
        return 0
    found = 0
    for piece in pieces[1:-1]:
        words = piece.split()
        named = 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words if w not in _IN_NAMES)
        if named or (1 <= len(words) <= 6 and words[0][:1].isupper() and _whole_place(piece.strip(), pack)):
            found += 1
    return found


def _whole_place(text: str, pack: LanguagePack) -> bool:
    """True when all of ``text`` is one place's or country's name ("Federal Republic of Nigeria")."""
    known = lookup_place(text, pack)
    return known is not None and known[1] == len(text)


_IN_NAMES = PARTICLES | {"al", "bin", "ibn"}  # the small words a name may hold ("Tamim bin Hamad")
