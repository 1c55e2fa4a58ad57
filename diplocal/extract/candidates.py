"""Candidates: a meeting word and a date that belongs to it, with everything the sentence
says about them (tense, the resolved days, who, where, when, status). Pure.

Each candidate gets a :class:`~diplocal.extract.decide.Decision` as it is built; a dropped
one is kept too, with its reason, for ``diplocal extract --explain``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise

from diplocal.extract.decide import Decision, decide
from diplocal.extract.diplomacy import diplomatic
from diplocal.extract.lang import LanguagePack
from diplocal.extract.lang.base import NEVER
from diplocal.extract.naming import named_in
from diplocal.extract.naming import surname as called
from diplocal.extract.pair import (
    QUOTE_OR_BREAK,
    SET_OFF_DAY,
    after_until,
    cue_distances,
    in_past_relative,
    not_a_meeting_date,
    readied,
    relative_clause,
    rescheduled_to,
    told_after,
    trip_dated,
)
from diplocal.extract.resolve import Resolved, resolve
from diplocal.extract.spans import Clock, Cue, DateMention, Mention, Tense
from diplocal.extract.tag.clock import converted_spans, find_clocks
from diplocal.extract.tag.dates import find_dates
from diplocal.extract.tag.names import (
    find_countries,
    find_organisations,
    find_people,
    find_places,
    find_roles,
    lookup_place,
)
from diplocal.extract.tag.words import (
    acronym_cues,
    clause_around,
    find_cues,
    governing_tense,
    happened,
    hedged,
    referring_words,
    status_words,
    superseded_before,
    tense_of,
    under_way,
    weakly_past,
)
from diplocal.extract.titles import meeting_phrase, place_in_name
from diplocal.extract.weights import confidence_of
from diplocal.model import Change, ChangeAction, DatePrecision, Status
from diplocal.places import ONLINE, Place, country_names, organisation, same_place
from diplocal.text import CLAUSE_MARKS

_SKIP_KINDS = frozenset({"year", "season"})
_OWN_DAY = 40  # how near after a later meeting's name its own day stands
_QUESTION_REACH = 160  # how far after the words that ask whether a meeting word may stand
# Kinds of meeting one may name by another ("the summit" ... "the talks"): never a visit.
_GATHERINGS = frozenset({"summit", "meeting", "talks", "ministerial", "conference"})


@dataclass
class Candidate:
    """A meeting as one sentence tells it: the facts read, and the decision taken on them."""

    sentence: str
    index: int  # the sentence's number in the article
    cue: Cue
    mention: DateMention
    tense: Tense = Tense.UNKNOWN
    resolved: Resolved | None = None
    start: date | None = None
    end: date | None = None
    precision: DatePrecision = DatePrecision.DAY
    kind: str = "meeting"
    phrase: str = ""  # the noun phrase naming it, for the title
    organisations: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    place: Place | None = None
    place_source: str = ""  # online, name, explicit, here
    clock: Clock | None = None
    status: Status = Status.CONFIRMED
    change: Change | None = None
    end_certain: bool = True
    needs_context: bool = False  # only refers back ("the meeting"): the article must say who meets
    confidence: float = 0.0
    features: dict[str, float] = field(default_factory=dict)
    facts: dict[str, object] = field(default_factory=dict)  # what the decision reads
    decision: Decision = field(default_factory=lambda: Decision(False, "not decided"))

    @property
    def specific(self) -> bool:
        """True when it says who meets (an organisation, a country or a person)."""
        return bool(self.organisations or self.countries or self.people)

    @property
    def kept(self) -> bool:
        return self.decision.keep


@dataclass(frozen=True, slots=True)
class Context:
    """What a sentence's candidates need from the article around it."""

    pack: LanguagePack
    reference: date
    dateline_city: str | None
    home_country: str | None
    frame: date | None = None  # the Monday of a week the text has just spoken of ("next week")
    heading: date | None = None  # the day a schedule's heading names ("WEDNESDAY, FEBRUARY 27")
    people_before: tuple[str, ...] = ()  # people named in full earlier in the article ("Vladimir Putin")
    last_subject: tuple[str, bool] | None = None  # the person the sentence before opens with, and if titled
    pair_before: tuple[tuple[str, bool], ...] = ()  # the first two people the sentence before names, and if titled
    sentence_before: str = ""  # for a time told without a day: "Putin will arrive on Thursday. ... at 14:00"
    place_before: Place | None = None  # where the article's last meeting with a place is, for "там же"
    days_told: tuple[date, ...] = ()  # the single days the article's kept meetings were dated to
    acronyms: dict[str, Cue] = field(default_factory=dict)  # short names the article gives meetings ("AMM")
    span_before: tuple[date, date] | None = None  # the days of a visit the sentence before told ("4 to 6 April")
    days_gone: tuple[tuple[date, str], ...] = ()  # days gone by the article told meetings on, and their kinds


def candidates_in(sentence: str, index: int, context: Context, known: list[Candidate]) -> list[Candidate]:
    """Every candidate of one sentence, kept or dropped, each with its decision.

    ``known`` holds the article's earlier kept candidates (for "after the end of a two-day
    summit").
    """
    pack = context.pack
    cues = find_cues(sentence, pack)
    if context.acronyms:
        cues = sorted([*cues, *acronym_cues(sentence, context.acronyms)], key=lambda c: c.start)
    cues = _outside_organisation_names(sentence, cues, pack)
    speech: re.Pattern[str] | None = pack.extra.get("speech_by_video")
    if speech is not None:
        # "Zelensky is expected to address leaders by video link this afternoon": a speech to a
        # meeting, by video, is no meeting of its own
        cues = [
            c for c in cues if c.kind != "videoconference" or not speech.search(sentence, max(0, c.start - 60), c.start)
        ]
    borrowed: Cue | None = None
    if not cues or _only_held_verb(sentence, cues, pack):
        # ("Se celebrará ahora el 29 de abril": a verb of holding with no subject is the pronoun's)
        borrowed = _held_told_before(sentence, context)
        if borrowed is None and not cues:
            return []
        cues = [borrowed] if borrowed is not None else cues
    mentions = [m for m in find_dates(sentence, pack) if m.kind not in _SKIP_KINDS]
    mentions = _anchored(sentence, _told_a_week_on(sentence, mentions, known, context), context, known)
    mentions = _restated_days(sentence, mentions)
    mentions = _dated_weekdays_once(sentence, mentions)
    mentions = _weekdays_told_before(mentions, context)
    mentions = _weekdays_in_span(mentions, context)
    mentions = _weekdays_of_a_trip(sentence, index, mentions, cues, known, pack)
    context = _with_its_own_week(sentence, mentions, context)
    if not mentions and context.heading is not None and _schedule_item(sentence, pack):
        # "11:00 a.m. LOCAL - THE PRESIDENT meets ...": an item of the day its heading names
        day = context.heading
        mention = DateMention("day", 0, 0, "", month=day.month, day=day.day, year=day.year, qualifier="heading")
        return [build(sentence, index, mention, cues[0], context)]
    out: list[Candidate] = []
    pairs: list[tuple[float, int, DateMention, Cue]] = []
    ongoing: set[int] = set()  # meeting words told as running since a day gone
    for order, mention in enumerate(mentions):
        reason = not_a_meeting_date(sentence, mention, pack)
        if reason is not None:
            nearest = min(cues, key=lambda c: abs(c.start - mention.start))
            ongoing |= _running_since(sentence, mention, cues, pack)
            out.append(
                Candidate(
                    sentence, index, nearest, mention, decision=Decision(False, f"not a meeting's date: {reason}")
                )
            )
            there = _met_where_it_ends(sentence, mention, cues, pack)
            if there is not None:
                pairs.append((0.0, order, mention, there))
            continue
        follows = pack.rx.meeting_follows.match(sentence, mention.end)
        if follows:
            direct = [
                c
                for c in cues
                if follows.start() <= c.start < follows.end() + 5 and not readied(sentence, mention, c, pack)
            ]
            if direct:
                pairs.extend((0.0, order, mention, c) for c in direct[:1])
                continue
            # the meeting word that follows is one something else precedes ("до начала саммита"): look further
        moved = rescheduled_to(sentence, mention, pack)
        pairs.extend(
            (distance, order, mention, cue)
            for distance, cue in cue_distances(sentence, mention, cues, pack, moved, mentions)
        )
    pairs = [p for p in pairs if p[3].start not in ongoing]
    pairs = _days_over_their_month(pairs)
    taken_dates: set[int] = set()
    freed: set[int] = set()  # dates a verb of meeting not between governments let go
    taken_cues: dict[int, Candidate] = {}
    kept: list[Candidate] = []
    for _, order, mention, cue in sorted(pairs, key=lambda p: (p[0], p[1])):
        moved = rescheduled_to(sentence, mention, pack)
        if order in taken_dates or (cue.start in taken_cues and not moved):
            continue
        first = _days_apart(mention)[0] if mention.kind == "day_list" else mention
        candidate = build(sentence, index, first, cue, context)
        out.append(candidate)
        if order in freed and candidate.kept and (cue.verb or not (candidate.countries or candidate.organisations)):
            # A date a verb let go goes only to a meeting noun that names the governments that
            # meet itself: not to another verb ("ministers will meet next Tuesday to discuss"),
            # nor to a noun of no one's ("Die Abgeordneten kommen am Dienstag zu einer
            # Sondersitzung") or of people the text has not made governments'.
            candidate.decision = Decision(False, "a date left by a meeting not between governments")
        if not candidate.kept:
            if cue.verb and candidate.facts.get("standing") is None and candidate.change is None and order not in freed:
                # A verb of meeting whose people the text does not make governments', with no
                # status of its own, lets its date go to a meeting noun further off ("... agreed
                # to meet again in Geneva on May 5 for the next round of talks").
                freed.add(order)
            else:
                taken_dates.add(order)
            continue
        taken_dates.add(order)
        earlier = taken_cues.get(cue.start)
        superseded = earlier is not None and (
            (earlier.change is not None and earlier.change.action is not ChangeAction.RESCHEDULE)
            # "talks that were due to be held on Tuesday will take place a day later, on Wednesday"
            or (
                candidate.change is not None
                and candidate.change.action is ChangeAction.RESCHEDULE
                and (
                    candidate.change.previous_start == earlier.start
                    # "due to be held in Perpignan on Thursday will instead take place in Paris"
                    or (earlier.place is not None and earlier.place.name == candidate.change.previous_place)
                )
            )
        )
        if earlier is not None and superseded and candidate.change is not None:
            # "the meeting planned for March 7 has been postponed until April": one meeting, moved.
            kept.remove(earlier)
            earlier.decision = Decision(False, "the date it was moved from")
            moved_from = candidate.change.previous_start or earlier.start
            if (
                earlier.status is Status.POSTPONED
                and moved_from is not None
                and candidate.start is not None
                and moved_from > candidate.start
            ):
                # "reporté en mars ..., se tiendra finalement le 20 octobre", told in September: put
                # off, so first set for a day before the new one (March gone, not next March)
                moved_from = _the_one_before(earlier, candidate.start, context)
            candidate.change = Change(
                ChangeAction.RESCHEDULE,
                None if moved_from == candidate.start else moved_from,  # moved in place only
                candidate.change.previous_place,
            )
        taken_cues[cue.start] = candidate
        kept.append(candidate)
        if mention.kind == "day_list" and len(_days_apart(mention)) == 2:
            # "on April 17 and 20": two days apart are two meetings (two rounds, two sittings)
            second = build(sentence, index, _days_apart(mention)[1], cue, context)
            out.append(second)
            if second.kept:
                kept.append(second)
    for extra in (
        *_second_objects(sentence, index, context, cues, mentions, taken_dates, taken_cues),
        *_listed_days(sentence, index, context, mentions, taken_dates, taken_cues),
    ):
        out.append(extra)
        if extra.kept:
            kept.append(extra)
    for extra in _sequels(sentence, index, context, cues, kept, taken_cues):
        out.append(extra)
        if extra.kept:
            kept.append(extra)
    out = [piece for candidate in out for piece in _each_apart(candidate, context)]
    kept = [candidate for candidate in out if candidate.kept]
    _weekdays_after(sentence, [c for c in kept if c.index == index], context.pack)
    _weekday_told_before(out, context.reference)
    for extra in (
        *_time_only(sentence, index, context, cues, mentions, known),
        *_ended_before(sentence, index, kept, context),
    ):
        out.append(extra)
        if extra.kept:
            kept.append(extra)
    _last_day_told_after(sentence, index, kept, known, context)
    if borrowed is not None:
        told = _one_town_told(context)
        for candidate in out:
            if candidate.cue.start == borrowed.start:
                candidate.facts["held_told_before"] = True  # "Es soll nun am 29. April stattfinden"
                if candidate.place is None and told is not None:
                    # "..., que estaba previsto para el viernes 22 de mayo en la ciudad de Piura, fue
                    # reprogramado ... La nueva fecha es el viernes 5 de junio": still there
                    candidate.place, candidate.place_source = told, "explicit"
    return out


def _one_town_told(context: Context) -> Place | None:
    """The one town or venue the sentence before names, if it names exactly one."""
    towns = {
        found.place.name: found.place
        for found in find_places(context.sentence_before, context.pack, context.dateline_city)
        if found.place is not None and found.place.level in ("city", "venue") and found.role != "here"
    }
    return next(iter(towns.values())) if len(towns) == 1 else None


def _restated_days(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """A day counted from another that the sentence restates at once by its date, when the two
    disagree ("Un día antes, el miércoles 1 de julio, se reunirá ...", counted from a meeting
    read a day off): the date named outright, told from the first word."""
    out: list[DateMention] = []
    restated: set[int] = set()
    for mention in mentions:
        if mention.start in restated:
            continue
        again = next(
            (
                other
                for other in mentions
                if mention.qualifier in ("anaphoric", "anchor")
                and mention.kind == "day"
                and other.kind in ("day", "weekday_dom")
                and other.qualifier not in ("anaphoric", "anchor")  # (named outright, not counted too)
                and other.month is not None
                and (other.month, other.day) != (mention.month, mention.day)
                and other.start >= mention.end
                and SET_OFF_DAY.fullmatch(sentence, mention.end, other.start)
            ),
            None,
        )
        if again is None:
            out.append(mention)
            continue
        restated.add(again.start)
        out.append(replace(again, start=mention.start, text=sentence[mention.start : again.end]))
    return out


def _the_one_before(put_off: Candidate, new: date, context: Context) -> date | None:
    """The first day of a meeting put off to ``new``, read after it: the put-off candidate's
    words read as past (None when that too is no day before)."""
    gone = resolve(put_off.mention, context.reference, Tense.PAST)
    return gone.start if gone is not None and gone.start < new else None


def _apart_by(start: int, end: int, mention: DateMention) -> int:
    """How many characters lie between a word at ``start:end`` and a date."""
    return max(mention.start - end, start - mention.end, 0)


def _only_held_verb(sentence: str, cues: list[Cue], pack: LanguagePack) -> bool:
    """True when the sentence's only meeting words are the verb of holding it opens with, with
    no subject of its own ("Se celebrará ahora el 29 de abril"): the pack's ``held_pronoun``."""
    held: re.Pattern[str] | None = pack.extra.get("held_pronoun")
    start = len(sentence) - len(sentence.lstrip())
    found = held.match(sentence, start) if held is not None else None
    return found is not None and all(c.verb and start <= c.start < found.end() for c in cues)


def _held_told_before(sentence: str, context: Context) -> Cue | None:
    """The meeting a sentence holds by a pronoun, named by a noun in the sentence before that
    gave it no date ("... will co-chair a humanitarian conference for Sudan in Paris. It will
    be held on Monday, April 15"; "Elle se tiendra le lundi 15 avril"): a meeting word of that
    kind where the pronoun stands (the pack's ``held_pronoun``)."""
    pack = context.pack
    held: re.Pattern[str] | None = pack.extra.get("held_pronoun")
    found = held.match(sentence.lstrip()) if held is not None else None
    if found is None or not context.sentence_before:
        return None
    before = context.sentence_before
    nouns = [c for c in find_cues(before, pack) if not c.verb and c.strength >= 0.75]
    if not nouns:
        return None
    # (a day nearer another meeting word is that one's: "Nach einem langen Telefonat am Sonntag
    # haben sich Merkel, Hollande, Putin und Poroschenko auf ein Gipfeltreffen verständigt. Es
    # soll am Mittwoch ... stattfinden")
    noun, others = nouns[-1], [c for c in find_cues(before, pack) if c.start != nouns[-1].start]
    own = [
        m
        for m in find_dates(before, pack)
        if not any(_apart_by(c.start, c.end, m) < _apart_by(noun.start, noun.end, m) for c in others)
    ]
    actions = [action for _, _, action in status_words(before, pack)]
    for_now: re.Pattern[str] | None = pack.extra.get("for_now")
    # (or not held "as first planned": put off, "findet nicht wie ursprünglich geplant am 9. Oktober statt")
    put_off = "postpone" in actions or (
        "cancel" in actions and for_now is not None and for_now.search(before) is not None
    )
    # (nor a day it was first set for: "..., que estaba previsto para el viernes 22 de mayo, fue
    # reprogramado ... La nueva fecha es el viernes 5 de junio")
    if not put_off and any(
        not_a_meeting_date(before, m, pack) is None
        and not superseded_before(before, m.start, pack)
        and not _day_said(before, m, pack)  # ("..., informó hoy la Cancillería")
        for m in own
    ):
        # the meeting told before has a day of its own (not one it was put off from: "Das für
        # Freitag geplante Treffen ... wird verschoben. Es soll nun am 29. April stattfinden")
        return None
    start = len(sentence) - len(sentence.lstrip())
    # (the verb's word stands for the meeting, not the pronoun: "Оно" would read as a town's name)
    verb = found.group(0).rstrip().rfind(" ") + 1
    return Cue(start + verb, start + found.end(), nouns[-1].word, nouns[-1].kind, False, 0.85)


def _last_day_told_after(
    sentence: str, index: int, kept: list[Candidate], known: list[Candidate], context: Context
) -> None:
    """A meeting told before, whose last day a sentence of its own gives by referring back
    ("... will arrive on Monday for a state visit. The visit lasts until Wednesday."; "Der
    Besuch dauert bis Mittwoch"): that meeting runs to that day (a weekday counted from its
    first), and the sentence is no meeting of its own."""
    pack = context.pack
    for candidate in kept:
        mention = candidate.mention
        if candidate.index != index or candidate.specific or candidate.precision is not DatePrecision.DAY:
            continue
        upto = after_until(mention, pack)
        if upto == mention.start or not pack.rx.runs_until.search(sentence, max(0, mention.start - 30), upto):
            continue
        if rescheduled_to(sentence, mention, pack):
            continue  # "the talks were postponed until Thursday": the new day, not an end
        if referring_words(sentence, candidate.cue, pack) is None:
            continue
        told = [
            c
            for c in known
            if c.kept
            and 0 < index - c.index <= 3
            and c.precision is DatePrecision.DAY
            and c.start is not None
            and c.end is not None
            and (
                c.kind == candidate.kind
                or {c.kind, candidate.kind} <= _GATHERINGS  # "der Gipfel ... Die Beratungen dauern bis"
                or any(cue.kind == candidate.kind for cue in find_cues(c.sentence, pack))
            )
        ]
        if not told:
            # ("Der Gipfel dauert bis Sonntag." after a summit told without its first day): an
            # end, never a one-day meeting of its own
            candidate.decision = Decision(False, "the last day of a meeting whose first day is not told")
            continue
        before = told[-1]
        assert before.start is not None
        assert before.end is not None
        last = resolve(mention, context.reference if mention.kind == "relative" else before.start, candidate.tense)
        if last is None or last.precision is not DatePrecision.DAY or not 0 < (last.end - before.start).days <= 14:
            continue
        if last.end > before.end:
            before.end, before.end_certain = last.end, True
        candidate.decision = Decision(False, "the last day of a meeting told before")


def _outside_organisation_names(sentence: str, cues: list[Cue], pack: LanguagePack) -> list[Cue]:
    """The meeting words that are not a conference's or forum's word inside an organisation's
    name ("Foro de Cooperación Económica Asia-Pacífico", "Conference on Interaction and
    Confidence-Building Measures"), when the sentence has others: an organisation is no
    meeting (its bodies and series are)."""
    names = []
    for found in find_organisations(sentence, pack):
        known = organisation(found.value)
        if known is not None and known.kind == "organisation":
            names.append((found.start, found.end))
    # (a conference's or a forum's word only: "Arab summit" names the League's meeting as well)
    kept = [c for c in cues if c.kind != "conference" or not any(lo <= c.start and c.end <= hi for lo, hi in names)]
    return kept if kept else cues


def _each_apart(candidate: Candidate, context: Context) -> list[Candidate]:
    """A host's separate meetings with several guests, told in one phrase, are one meeting
    each: "Yoon will hold separate bilateral talks with Li Qiang and Fumio Kishida", "jeweils
    getrennt mit Li und Kishida", "отдельные встречи с Ли Цяном и Кисидой", "... with each of
    them" (the two the sentence, or the one before, named). The host is the person named last
    before the word that says "separately" (the pack's ``each_apart``); each guest keeps the
    countries named with them, not the other guests'."""
    pack = context.pack
    apart: re.Pattern[str] | None = pack.extra.get("each_apart")
    if apart is None or not candidate.kept or candidate.kind not in ("talks", "meeting"):
        return [candidate]
    sentence, cue = candidate.sentence, candidate.cue
    lo, hi = clause_around(sentence, cue.start, cue.end, pack)
    said = apart.search(sentence, lo, hi)
    if said is None:
        return [candidate]
    people = find_people(sentence, pack)
    before = [p for p in people if p.end <= said.start()]
    if not before:
        return [candidate]
    host = before[-1].value
    after = list(dict.fromkeys(p.value for p in people if p.start >= said.start() and p.value != host))
    them = list(dict.fromkeys(p.value for p in before if p.value != host))
    guests = after if len(after) >= 2 else them if len(them) >= 2 else [n for n, _ in context.pair_before if n != host]
    if len(guests) < 2:
        return [candidate]
    countries = find_countries(sentence, pack)
    pieces = []
    for guest in guests:
        others = [p.start for p in people if p.value in guests and p.value != guest]
        theirs = {c.value for c in countries if any(0 <= start - c.end <= 40 for start in others)}
        pieces.append(
            replace(
                candidate,
                people=[host, guest],
                countries=[c for c in candidate.countries if c not in theirs],
                organisations=list(candidate.organisations),
                roles=list(candidate.roles),
                facts={**candidate.facts, "apart": (candidate.index, cue.start)},
            )
        )
    return pieces


def _second_objects(
    sentence: str,
    index: int,
    context: Context,
    cues: list[Cue],
    mentions: list[DateMention],
    taken_dates: set[int],
    taken_cues: dict[int, Candidate],
) -> list[Candidate]:
    """A meeting verb with two dated objects is two meetings: "will meet Shinzo Abe on Monday
    and Xi Jinping on Tuesday", "trifft am Montag Abe und am Dienstag Xi". A date no meeting
    word took, after the date a verb took, joined to it by the pack's list word with someone
    named between and no other meeting word, is the verb's second meeting."""
    pack = context.pack
    joiners: frozenset[str] = pack.extra.get("list_joiners", frozenset())
    found: list[Candidate] = []
    for first in list(taken_cues.values()):
        cue = first.cue
        if not first.kept:
            continue
        # (an itinerary's stops need no verb before the day: "17 ноября Министр проведет переговоры")
        verb_first = cue.verb and first.mention.start >= cue.end
        last = max(first.mention.end, cue.end)
        for order, mention in enumerate(mentions):
            if order in taken_dates or mention.start <= last:
                continue
            gap = sentence[last : mention.start]
            words = re.findall(r"\w+", gap)
            # "and Xi Jinping on Tuesday"; a list's comma too ("in New Zealand from June 13 to
            # 15, in Australia from June 15 to 18 and in Malaysia from June 18 to 20")
            listed = gap.lstrip().startswith(",") and len(words) <= 5
            # the next stop of a tour, its day told before its place ("se rendra lundi au
            # Kazakhstan, puis mercredi en Ouzbékistan"): the first stop's place, a comma and
            # the pack's word of what comes next
            comma = gap.rfind(",")
            word = pack.rx.sequel.match(gap[comma + 1 :].strip()) if comma >= 0 and len(words) <= 6 else None
            # (and at most an article before the day: "luego el miércoles")
            then = word is not None and len(re.findall(r"\w+", gap[comma + 1 :].strip()[word.end() :])) <= 1
            # an itinerary's next stop, the verb left out ("17 ноября ... в Ташкенте с Камиловым,
            # 19 ноября - в Душанбе с Асловым", "in Tashkent on November 17 with Kamilov, in
            # Dushanbe on November 19 with Aslov"): a comma, at most three words, the day, and a
            # town of its own at the comma or right after the day
            stop = _next_stop(sentence, gap, comma, mention, first, pack) if comma >= 0 else None
            if not verb_first:
                listed = then = False
                if stop is None:
                    break
            if not (joiners & {w.casefold() for w in words} or listed or then or stop) or (
                len(words) > 10 and not (stop and len(words) <= 25)
            ):
                break
            if any(last <= c.start < mention.start for c in cues):
                break
            ahead = _stop_after(sentence, mention, pack) if then else None
            if ahead is None and cue.kind == "visit" and verb_first:
                # a tour's next town right after its day ("que lo llevará el miércoles a Ciudad de
                # México, el jueves a La Habana y el viernes a Caracas"): the trip goes on there
                town = _stop_after(sentence, mention, pack)
                if town is not None and town.place is not None and town.place.level == "city":
                    ahead = town
            # (or a second subject, the verb left out: "Los cancilleres se reunirán el lunes 27 y
            # los jefes de Estado y de Gobierno, el martes 28 y el miércoles 29")
            gapped = verb_first and _gapped_subject(gap, pack)
            named = bool(find_people(gap, pack) or find_countries(gap, pack))
            if not (named or ahead or gapped):
                break
            second = build(sentence, index, mention, cue, context)
            own = [p for p in find_places(gap[comma + 1 :] if then else gap, pack) if p.place is not None]
            if ahead is not None:
                own = [ahead]
                # (the first stop's country is not the second stop's guest)
                first_stop = {c.value for c in find_countries(gap[:comma], pack)}
                second.countries = [
                    c
                    for c in second.countries
                    if c not in first_stop or (ahead.place is not None and c == ahead.place.country)
                ]
            if own and second.place is not None and (own[-1].role == "venue" or ahead is not None):
                second.place = own[-1].place  # "..., in Malaysia from June 18 to 20": its own place
            if stop is not None and not listed and not then:
                place, item = stop
                second.place = place.place
                # each stop's guests are those its own words name, the host's go on
                # (titled guests first: "с Заместителем Председателя Кабинета министров, Министром
                # ... Рашидом Мередовым" names one, whose offices the untitled reading takes for a name)
                named_in = find_people(item, pack)
                titled = [p for p in named_in if p.role != "untitled"] or named_in
                theirs = list(dict.fromkeys(p.value for p in titled))
                guests = {p.value for p in find_people(sentence[cue.end :], pack)}
                kept_on = [p for p in second.people if p not in guests]  # the host's
                second.people = kept_on + [p for p in theirs if p not in kept_on]
                first.people = [p for p in first.people if p not in theirs]
            if gapped and not named:
                # the second subject's offices are its own, the first's stay with the first
                theirs = _values(find_roles(gap, pack))
                second.roles = theirs
                first.roles = [r for r in first.roles if r not in theirs] or first.roles
            if not second.people and stop is None:
                second.people = list(first.people)  # the verb's subject goes on to the next
            taken_dates.add(order)
            found.append(second)
            last = mention.end
    return found


def _gapped_subject(gap: str, pack: LanguagePack) -> bool:
    """True when the words between two dates are a second subject of the verb, the verb left
    out: the list word, an office and at most an article or preposition before the day ("y los
    jefes de Estado y de Gobierno, el martes 28", "and the heads of state on January 28")."""
    roles = find_roles(gap, pack)
    if not roles:
        return False
    after = gap[roles[-1].end :]
    return (
        _word_count(gap[: roles[0].start]) <= 2 and _word_count(after.split(",")[-1]) <= 1 and _word_count(after) <= 2
    )


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _next_stop(
    sentence: str, gap: str, comma: int, mention: DateMention, first: Candidate, pack: LanguagePack
) -> tuple[Mention, str] | None:
    """The town and words of an itinerary's next stop whose verb is left out: after the gap's
    last comma at most three words ("in Dushanbe on", "а", "-") then the day, and a town other
    than the first stop's named there or right after the day ("19 ноября - в Душанбе с ...").
    The stop's words run to the next comma or date. None when it is not such a stop."""
    if (
        first.place is None
        or first.place.level != "city"
        or first.precision is not DatePrecision.DAY
        or QUOTE_OR_BREAK.search(gap)
        or _day_said(sentence, mention, pack)
        or not_a_meeting_date(sentence, mention, pack) is not None
    ):
        return None  # ("..., sagte der Leiter am Dienstag in Köln": the day and town of a statement)
    tail = gap[comma + 1 :]
    joiners: frozenset[str] = pack.extra.get("list_joiners", frozenset())
    if len([w for w in re.findall(r"\w+", tail) if w.casefold() not in joiners]) > 3 or find_dates(tail, pack):
        return None
    spoken = [p for p in find_places(tail, pack) if p.place is not None]
    bare = tail
    for p in spoken:
        bare = bare.replace(p.text, " ")
    if any(len(w) > 3 for w in re.findall(r"\w+", bare)):
        return None  # "..., antes de viajar el jueves a Bruselas": another act, not a stop
    after = sentence[mention.end :]
    # (the stop's words run to the comma before the next day, or to the sentence's end)
    later = find_dates(after, pack)
    words = after[: later[0].start] if later else after
    close = words.rfind(",") if later else -1
    item = tail + " " + (words[:close] if close >= 0 else words)
    near = re.sub(r"^[\s\-–—]+", " ", after[:40])
    ahead = [p for p in find_places(near, pack) if p.place is not None]
    if ahead and any(len(w) > 3 for w in re.findall(r"\w+", near[: ahead[0].start])):
        ahead = []  # "al día siguiente viajará a Bruselas": a verb of its own, not a stop
    places = [
        p
        for p in (*spoken, *ahead)
        if p.place is not None and p.place.level == "city" and p.role in ("venue", "destination")
    ]
    if not places or same_place(places[0].place, first.place) > 0:
        return None
    return places[0], item


def _stop_after(sentence: str, mention: DateMention, pack: LanguagePack) -> Mention | None:
    """The place a tour's stop names right after its day, before the next comma or date
    ("..., puis mercredi et jeudi en Ouzbékistan")."""
    stop = re.search(r"[,;:]", sentence[mention.end :])
    phrase = sentence[mention.end : mention.end + stop.start() if stop else len(sentence)]
    if len(re.findall(r"\w+", phrase)) > 5 or find_dates(phrase, pack):
        return None
    places = [p for p in find_places(phrase, pack) if p.place is not None and p.role in ("venue", "destination")]
    return places[0] if places else None


def _days_apart(mention: DateMention) -> list[DateMention]:
    """A date of two days told apart ("April 17 and 20", a list's last "October 26 and November
    2") as its single days; any other date as itself, read as one day."""
    first = replace(mention, kind="day", month2=None, day2=None)
    if mention.kind in ("day_list", "day_range") and mention.month2 and mention.day2:
        return [first, replace(first, month=mention.month2, day=mention.day2)]
    return [first]


def _listed_days(
    sentence: str,
    index: int,
    context: Context,
    mentions: list[DateMention],
    taken_dates: set[int],
    taken_cues: dict[int, Candidate],
) -> list[Candidate]:
    """Days listed after a meeting's day, each with its month, are more meetings of it: "will
    sit down on October 19, October 26 and November 2" is three meetings (as "on April 17 and
    20" is two). Only commas and the pack's list word stand between the days."""
    joiners: frozenset[str] = context.pack.extra.get("list_joiners", frozenset())
    found: list[Candidate] = []
    for first in list(taken_cues.values()):
        if not first.kept or first.mention.kind not in ("day", "day_list") or first.start is None:
            continue
        last, days = first.mention.end, {first.start}
        listed: list[Candidate] = []
        # the word before the first day may come again before each ("le 19 octobre, le 26 octobre")
        lead = re.findall(r"\w+", sentence[max(0, first.mention.start - 12) : first.mention.start])[-1:]
        allowed = joiners | {w.casefold() for w in lead}
        for order, mention in enumerate(mentions):
            if order in taken_dates or mention.start < last:
                continue
            gap = sentence[last : mention.start]
            words = {w.casefold() for w in re.findall(r"\w+", gap)}
            # (the list's last two days read as a range: "October 26 and November 2")
            joined = mention.kind == "day_range" and bool(
                joiners & {w.casefold() for w in re.findall(r"\w+", mention.text)}
            )
            if (
                not (mention.kind in ("day", "day_list") or joined)
                or mention.qualifier not in (None, "on")  # a day told by another: "on January 27, the day after"
                or words - allowed
                or ("," not in gap and not words & joiners)
            ):
                break
            for piece in _days_apart(mention):
                another = build(sentence, index, piece, first.cue, context)
                if another.start is None or another.start in days:
                    continue
                days.add(another.start)
                listed.append(another)
            taken_dates.add(order)
            last = mention.end
        run = sorted(days)
        if listed and first.end == first.start and all((b - a).days == 1 for a, b in pairwise(run)):
            # days that follow one another are one meeting's run ("on 29 February, 1 and 2 March")
            first.end = run[-1]
            continue
        found += listed
    return found


_WEEKDAY_THEN_DATE = re.compile(r"[\s,،(]*(?:[^\W\d_]{1,3}\s+)?")


def _dated_weekdays_once(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Weekdays followed at once by their dates are told once, by the dates: "يومي الخميس
    والجمعة في 25 و26 شباط" is 25-26 February, not also the next Thursday and Friday. So is a
    part of a month or week with its days in apposition: "в конце месяца, 27-28 июля", "later
    this month, on July 27-28" are the 27th and 28th."""
    dated = [m for m in mentions if m.kind in ("day", "day_range") and m.month is not None]
    kept = []
    for mention in mentions:
        coarse = mention.kind == "month" or (mention.kind == "period" and mention.unit in ("week", "month"))
        if (mention.kind == "weekday" and mention.qualifier is None) or coarse:
            gap = _WEEKDAY_THEN_DATE.match(sentence, mention.end)
            if gap is not None and any(d.start == gap.end() for d in dated):
                continue
        kept.append(mention)
    return kept


def _weekday_told_before(found: list[Candidate], reference: date) -> None:
    """A bare weekday the sentence already named as a past day of another meeting is that day:
    "the summit, held on Friday and Saturday in Panama, ... Saturday's meeting between Castro and
    Obama" is the Saturday gone, not the next one."""
    for later in found:
        mention = later.mention
        if not later.kept or mention.kind != "weekday" or mention.weekday is None or mention.weekday2 is not None:
            continue
        if mention.qualifier not in (None, "on"):
            continue
        for earlier in found:
            told = earlier.mention
            if (
                told.start >= mention.start
                or earlier.cue.start == later.cue.start  # one meeting word read twice: no second opinion
                or earlier.tense is not Tense.PAST
                or told.kind != "weekday"
                or mention.weekday not in (told.weekday, told.weekday2)
                or earlier.start is None
                or earlier.end is None
                or earlier.end >= reference
            ):
                continue
            later.decision = Decision(False, "the weekday the sentence named before, a day gone")
            break


def _weekdays_after(sentence: str, found: list[Candidate], pack: LanguagePack) -> None:
    """A bare weekday told as what follows an earlier meeting of the sentence is the first
    such day after it: "will meet on Monday, followed by the council on Wednesday" is the
    Wednesday after that Monday, even when the article is written on a Wednesday; one told as
    what precedes it (the pack's ``preceded_by``) is the last such day before it."""
    ordered = sorted(found, key=lambda c: c.mention.start)
    preceded: re.Pattern[str] | None = pack.extra.get("preceded_by")
    for earlier, later in pairwise(ordered):
        mention = later.mention
        if (
            mention.kind != "weekday"
            or mention.weekday is None
            or mention.qualifier not in (None, "on")
            or earlier.start is None
            or later.start is None
            or later.end is None
            or later.precision is not DatePrecision.DAY
            or earlier.precision is not DatePrecision.DAY
        ):
            continue
        if preceded is not None and preceded.search(sentence, earlier.mention.end, mention.start):
            # "تبدأ الجلسات الثلاثاء 13 أبريل ... وتسبقها يومي الأحد والاثنين اجتماعات اللجنة": the
            # days before that Tuesday, whenever the article is written
            back = (earlier.start.weekday() - mention.weekday) % 7 or 7
            shift = earlier.start - timedelta(days=back) - later.start
            later.start, later.end = later.start + shift, later.end + shift
            continue
        if later.start > earlier.start or not pack.rx.sequel.search(sentence, earlier.mention.end, mention.start):
            continue
        ahead = (mention.weekday - earlier.start.weekday()) % 7 or 7
        shift = earlier.start + timedelta(days=ahead) - later.start
        later.start, later.end = later.start + shift, later.end + shift


def _weekday_gone(sentence: str, mention: DateMention, cue: Cue, context: Context) -> bool:
    """True when a bare weekday names a day of the week gone by that the article has already
    told a meeting of the same kind on ("the two summits ended on Thursday evening ... King
    Salman told the summit on Thursday"): that meeting again. (Another kind may be next week's:
    "On Thursday Merkel flew to Kyiv ... On Thursday the EU leaders meet in Brussels".)"""
    if mention.kind != "weekday" or mention.weekday2 is not None or mention.qualifier not in (None, "on"):
        return False
    week = context.reference - timedelta(days=7)
    # ("Leaders met last Saturday and Sunday ... closing the summit on the Sunday afternoon":
    # a weekday with the pack's definite article is a day told before, of whatever meeting)
    definite: re.Pattern[str] | None = context.pack.extra.get("told_weekday")
    if definite is not None and definite.search(sentence, max(0, mention.start - 12), mention.start):
        return any(d.weekday() == mention.weekday and week <= d < context.reference for d, _ in context.days_gone)
    return any(
        d.weekday() == mention.weekday and week < d < context.reference and kind == cue.kind
        for d, kind in context.days_gone
    )


def _weekdays_told_before(mentions: list[DateMention], context: Context) -> list[DateMention]:
    """A weekday the article has already dated keeps that day under a later week's frame:
    "talks the day after tomorrow, Saturday ... a visit to Moscow next week ... the Saturday
    round" is this Saturday's round, not next week's."""
    if context.frame is None or not context.days_told:
        return mentions
    week = context.frame - timedelta(days=7)
    out: list[DateMention] = []
    for mention in mentions:
        if mention.kind == "weekday" and mention.weekday2 is None and mention.qualifier in (None, "on"):
            told = [d for d in context.days_told if d.weekday() == mention.weekday and week <= d < context.frame]
            if told:
                mention = _naming_day(mention, told[-1], "anchor")
        out.append(mention)
    return out


def _told_a_week_on(
    sentence: str, mentions: list[DateMention], known: list[Candidate], context: Context
) -> list[DateMention]:
    """Today's weekday told bare right after a meeting dated the day before a week on, when a
    meeting told before spans that day ("the summit will be held on Monday 9 and Tuesday 10
    January ... On Monday afternoon he will hold a bilateral meeting ... The trilateral meeting
    will take place on Tuesday", written on Tuesday the 3rd): the program's day, not today."""
    week_on = context.reference + timedelta(days=7)
    last = known[-1] if known else None
    if last is None or last.start != week_on - timedelta(days=1) or last.end != last.start:
        return mentions
    spanned = any(
        c.start is not None and c.end is not None and c.start <= week_on <= c.end and (c.end - c.start).days < 7
        for c in known
        if c.precision is DatePrecision.DAY and c.status is Status.CONFIRMED
    )
    if not spanned:
        return mentions
    out: list[DateMention] = []
    for mention in mentions:
        if (
            mention.kind == "weekday"
            and mention.weekday2 is None
            and mention.qualifier in (None, "on")
            and mention.weekday == context.reference.weekday()
            and context.pack.qualifiers.get(_word_before(sentence, mention.start).casefold()) != "this"
        ):
            mention = _naming_day(mention, week_on, "anchor")
        out.append(mention)
    return out


def _word_before(sentence: str, at: int) -> str:
    words = sentence[:at].split()
    return words[-1] if words else ""


def _met_where_it_ends(sentence: str, mention: DateMention, cues: list[Cue], pack: LanguagePack) -> Cue | None:
    """The meeting told in a "where" clause after the day and the place something ends ("La
    gira concluirá el jueves 29 en Dakar, donde el presidente Faye lo recibirá", "the tour ends
    on Thursday in Dakar, where Faye receives him"): that day is the meeting's."""
    where: re.Pattern[str] | None = pack.extra.get("where_clause")
    before = sentence[max(0, mention.start - 40) : mention.start]
    if where is None or not pack.rx.ends_on.search(before):
        return None
    found = where.search(sentence, mention.end, mention.end + 60)
    if found is None or ";" in sentence[mention.end : found.start()]:
        return None
    return next((c for c in cues if c.start >= found.end() and (c.verb or c.strength >= 0.85)), None)


def _with_its_own_week(sentence: str, mentions: list[DateMention], context: Context) -> Context:
    """The context with the week a sentence names before its weekdays as their frame ("In der
    kommenden Woche reist Scholz am Donnerstag und Freitag zum Gipfel", "next week, the
    ministers meet on Thursday"): the Thursday of next week, not the coming one; none when it
    names this week or weekend, or opens on what comes before ("Before that, ... on Friday",
    "Como paso previo, los cancilleres celebrarán el jueves": the coming Friday, not the one
    of the week told before)."""
    before_that: re.Pattern[str] | None = context.pack.extra.get("before_that")
    if context.frame is not None and before_that is not None and before_that.match(sentence.lstrip()):
        return replace(context, frame=None)
    if context.frame is not None and any(
        m.kind == "period" and m.unit in ("week", "weekend") and m.qualifier in ("this", "the") for m in mentions
    ):
        # "would instead meet this weekend, beside the summit Japan hosts from Friday to Sunday":
        # a sentence that names this week frames its weekdays in it, whatever week came before
        return replace(context, frame=None)
    for at, mention in enumerate(mentions):
        if mention.kind == "period" and mention.unit == "week" and (mention.qualifier or "").endswith("next"):
            if any(m.kind == "weekday" and m.qualifier in (None, "on") for m in mentions[at + 1 :]):
                monday = context.reference - timedelta(days=context.reference.weekday())
                return replace(context, frame=monday + timedelta(days=7))
            break
    return context


def _weekdays_in_span(mentions: list[DateMention], context: Context) -> list[DateMention]:
    """A bare weekday right after a visit's days is that visit's day ("will stay in Colombo
    from 4 to 6 April on a state visit. On Saturday he is to hold talks with the president"):
    the Saturday among those days, not the coming one."""
    if context.span_before is None:
        return mentions
    first, last = context.span_before
    out: list[DateMention] = []
    for mention in mentions:
        if mention.kind == "weekday" and mention.weekday2 is None and mention.qualifier in (None, "on"):
            inside = [first + timedelta(days=n) for n in range((last - first).days + 1)]
            days = [d for d in inside if d.weekday() == mention.weekday]
            if len(days) == 1:
                mention = _naming_day(mention, days[0], "anchor")
        out.append(mention)
    return out


def _weekdays_of_a_trip(
    sentence: str, index: int, mentions: list[DateMention], cues: list[Cue], known: list[Candidate], pack: LanguagePack
) -> list[DateMention]:
    """A bare weekday of a sentence that refers back to the trip the sentence before dated by
    its first day alone ("her trip to Canberra, due to start on Monday. During the visit she
    will hold talks with her counterpart on Thursday") is a day of that trip's first week: the
    Thursday after that Monday, not the coming one."""
    trips = [c for c in known if c.index == index - 1 and c.kept and c.kind == "visit"]
    if len(trips) != 1 or not any(m.kind == "weekday" for m in mentions):
        return mentions
    trip = trips[0]
    if trip.precision is not DatePrecision.DAY or trip.start is None or trip.start != trip.end:
        return mentions
    if not any(cue.kind == "visit" and referring_words(sentence, cue, pack) is not None for cue in cues):
        return mentions
    out: list[DateMention] = []
    for mention in mentions:
        if (
            mention.kind == "weekday"
            and mention.weekday is not None
            and mention.weekday2 is None
            and mention.qualifier in (None, "on")
        ):
            ahead = (mention.weekday - trip.start.weekday()) % 7
            mention = _naming_day(mention, trip.start + timedelta(days=ahead), "anchor")
        out.append(mention)
    return out


def _naming_day(mention: DateMention, day: date, qualifier: str) -> DateMention:
    """The mention, made to name ``day`` outright (the day another of the text's days told)."""
    return replace(mention, kind="day", month=day.month, day=day.day, year=day.year, qualifier=qualifier)


def _anchored(
    sentence: str, mentions: list[DateMention], context: Context, known: list[Candidate]
) -> list[DateMention]:
    """Mentions with the days told by another day of the text made explicit: "the same day"
    (as the last day named before it, in the sentence or the article's last meeting), "the
    next day", "the summit's second day" (the article's last meeting of several days)."""
    if not any(m.kind in ("anaphoric", "nth_day") for m in mentions):
        return mentions
    out: list[DateMention] = []
    last: date | None = None
    gone: date | None = None  # the last day named, ahead or gone by
    # ("The Hanoi summit collapsed on Feb. 28 without a deal, a day after the two leaders dined
    # together": a sentence that looks back counts from the day gone by)
    rx = context.pack.rx
    # (the dates' own words aside: "the next day" is no future)
    words = sentence
    for mention in mentions:
        words = words[: mention.start] + " " * (mention.end - mention.start) + words[mention.end :]
    looking_back = rx.future.search(words) is None and rx.past_verb.search(words) is not None
    for mention in mentions:
        if mention.kind not in ("anaphoric", "nth_day"):
            resolved = resolve(mention, context.reference, Tense.PAST if looking_back else Tense.FUTURE, context.frame)
            # a day ahead before a day gone by ("will travel to Israel on Wednesday ... after the
            # Oct. 7 attack, and will fly to Jordan the same day": Wednesday)
            if resolved is not None and resolved.precision is DatePrecision.DAY:
                # (a day in a clause of things done is none ahead: "IGAD, whose mediators secured a
                # deal on Thursday, is to convene its leaders on the eve of the summit")
                if resolved.start >= context.reference and not in_past_relative(sentence, mention, context.pack):
                    last = resolved.start
                gone = resolved.start
            out.append(mention)
            continue
        # the days to count from: meetings that stand ("the following day" of a cancelled one is rare)
        dated = [
            c
            for c in known
            if c.start is not None and c.precision is DatePrecision.DAY and c.status is Status.CONFIRMED
        ]
        day: date | None = None
        if mention.kind == "anaphoric":
            later = _next_day(sentence, mentions, mention, context) if (mention.relative or 0) < 0 else None
            # the day the sentence before names ("April 15 marks the anniversary. On that day
            # ministers meet"), whatever it is the day of, else the article's last meeting's
            told = mention.qualifier == "before" and not (later or last or gone)
            before = _one_day_told(context.sentence_before, context) if told else None
            same = None
            back = looking_back and rx.past_verb.search(words, 0, mention.start) is not None
            if before is None and (mention.relative == 0 or back) and not (later or last or gone):
                # ("Freeland left Namur last Friday. Talks had resumed the next day": a sentence
                # that looks back counts from the day told before it, not from a meeting ahead)
                # "Modi will fly into Vladivostok on Wednesday. The same day, the annual summit
                # ...": the day the sentence before names, met or not, before the last meeting's
                same = _one_day_told(context.sentence_before, context, gone_too=back)
            base = later or last or before or same or gone or (dated[-1].start if dated else None)
            counted = _counted_from_named(sentence, mention, dated, context.pack)
            if counted is not None:
                # "the day after the conference", "في اليوم التالي للمؤتمر": the day after the
                # meeting it names, not after the last day the sentence told ("until Sunday")
                later = last = before = same = gone = None
                base = counted
            if (
                base is not None
                and not (later or last or before or same or gone)
                and _after_close(sentence, mention, context.pack)
            ):
                base = dated[-1].end  # "the day after the close of the meeting": its last day's
            day = base + timedelta(days=mention.relative or 0) if base else None
            if before is not None and day is not None:
                # a day named outright, not counted from another meeting: the meeting told with it
                # just before ("Rendez-vous on Sunday 15 December. That day the leaders meet") is this one
                out.append(_naming_day(mention, day, "anchor"))
                continue
            eve_of: re.Pattern[str] | None = context.pack.extra.get("eve_of")
            if (
                later is None
                and last is not None
                and (mention.relative or 0) < 0
                and (eve_of is None or eve_of.match(sentence, mention.end))
            ):
                # "talks on April 13, on the eve of the summit": April 13 is the eve, the summit the day
                # after; "poursuivait vendredi la visite qu'il a entamée la veille": the eve of nothing
                # named, the day before Friday
                day = last - timedelta(days=mention.relative or 0)
                out.append(_naming_day(mention, day, "anchor"))
                continue
        else:
            spans = [c for c in dated if c.start is not None and c.end is not None and c.end > c.start] or dated
            if spans:
                event = spans[-1]
                assert event.start is not None
                assert event.end is not None
                number = mention.relative or 1
                day = event.end if number < 0 else event.start + timedelta(days=number - 1)
                day = min(day, event.end)
        if day is None:
            last_told = known[-1] if known else None
            if (
                mention.kind == "anaphoric"
                and mention.relative == 0
                and last_told is not None
                and last_told.precision is DatePrecision.MONTH
                and last_told.status is Status.CONFIRMED
                and last_told.start is not None
                and last_told.sentence == context.sentence_before
            ):
                # "в конце ноября в Берлине ... В тот же день ... пройдут и двусторонние переговоры":
                # the same day as the meeting the sentence before tells by its month only is that month
                month = last_told.start
                out.append(replace(mention, kind="month", month=month.month, year=month.year, qualifier="anaphoric"))
            continue
        out.append(_naming_day(mention, day, "anaphoric"))
    return out


def _counted_from_named(sentence: str, mention: DateMention, dated: list[Candidate], pack: LanguagePack) -> date | None:
    """The last day of the article's last dated meeting of the kind that a day counted forward
    names right after it, joined by the pack's ``day_counted_from`` words ("the day after the
    conference", "le lendemain du sommet"), or None."""
    linked: re.Pattern[str] | None = pack.extra.get("day_counted_from")
    if (mention.relative or 0) <= 0 or linked is None:
        return None
    link = linked.match(sentence, mention.end)
    if link is None:
        return None  # ("am nächsten Tag zu Antrittsbesuchen": the day after the one told, for visits)
    named = next((c for c in find_cues(sentence, pack) if not c.verb and c.start == link.end()), None)
    if named is None:
        return None
    # (its sentence names it so: "لاستضافة مؤتمر بغداد ... يوم السبت" is the conference's day)
    same_kind = [
        c for c in dated if c.end is not None and named.kind in {c.kind, *(o.kind for o in find_cues(c.sentence, pack))}
    ]
    return same_kind[-1].end if same_kind else None


def _after_close(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when a day counted forward from a meeting is counted from its end ("the day after
    the close of the meeting", "اليوم التالي لختام الاجتماع")."""
    close: re.Pattern[str] | None = pack.extra.get("after_close")
    return (mention.relative or 0) > 0 and close is not None and close.match(sentence, mention.end) is not None


def _of_the_sequenced(sentence: str, cue: Cue, mention: DateMention, place: Mention, pack: LanguagePack) -> bool:
    """True when a place follows, within its phrase, another meeting word that the sentence
    tells its meeting before or after ("on the eve of the G20 summit in St Petersburg",
    "накануне саммита G20 в Санкт-Петербурге"): that meeting's place, the meeting word before it
    being the pack's ``sequenced`` one, told after the meeting's own word, with no date or comma
    and a few words at most between."""
    for other in find_cues(sentence, pack):
        if cue.end > other.start or other.verb or not other.end <= place.start <= other.end + 40:
            continue  # (the meeting told first: "встреча ... накануне саммита")
        if told_after(sentence, other, pack) is None:
            continue
        between = sentence[other.end : place.start]
        if "," in between or len(between.split()) > 5:
            continue
        if any(other.end <= m.start < place.start for m in find_dates(sentence, pack)):
            continue
        return True
    return False


def _counted_from_there(sentence: str, mention: DateMention, place: Mention) -> bool:
    """True when a place follows the day counted from another meeting, as that meeting's."""
    return (
        mention.qualifier == "anaphoric"
        and mention.end <= place.start <= mention.end + 35
        and not any(stop in sentence[mention.end : place.start] for stop in CLAUSE_MARKS)
    )


def _one_day_told(sentence: str, context: Context, *, gone_too: bool = False) -> date | None:
    """The one day a sentence names, from the article's day on (any day, ``gone_too``; None when
    it names none or several); a bare weekday in the tense its clause tells it, and never a
    "since" bound ("Lima has lived since Sunday with APEC" is last Sunday)."""
    if not sentence:
        return None
    pack = context.pack
    days = set()
    for mention in find_dates(sentence, pack):
        since = mention.qualifier == "since" or pack.rx.since.search(
            sentence, max(0, mention.start - 40), mention.start
        )
        # nor the day a plan was first set for ("Initialement annoncée pour mardi, la visite a été
        # décalée de deux jours. ... le même jour": the new day's, not Tuesday)
        first_set = pack.rx.old_date.search(sentence, max(0, mention.start - 50), mention.start) or (
            pack.rx.superseded.search(sentence, max(0, mention.start - 40), mention.start)
        )
        # nor the day it was said ("..., сообщил в пятницу источник. ... в тот же день": the
        # meeting's day, not Friday's)
        said = not_a_meeting_date(sentence, mention, pack) == "the day of a statement"
        if mention.kind in ("day", "weekday", "weekday_dom", "relative") and not since and not first_set and not said:
            tense = Tense.FUTURE  # "the date was set: Friday 22 August" (a day of the month is ahead)
            if mention.kind == "weekday":
                lo, hi = clause_around(sentence, mention.start, mention.end, pack)
                tense = governing_tense(sentence, mention.start, mention.end, lo, hi, pack)
                if tense is Tense.UNKNOWN and pack.rx.past_verb.search(sentence, lo, hi):
                    tense = Tense.PAST  # "Подготовкой встречи в понедельник занимались министры": gone
                elif tense is Tense.UNKNOWN and _perfect_around(sentence, mention, pack):
                    tense = Tense.PAST  # "hatte sie am Samstag auf der Sicherheitskonferenz gesagt"
            resolved = resolve(mention, context.reference, tense, context.frame)
            if (
                resolved is not None
                and resolved.precision is DatePrecision.DAY
                and (gone_too or resolved.start >= context.reference)
            ):
                days.add(resolved.start)
    return days.pop() if len(days) == 1 else None


def _next_day(sentence: str, mentions: list[DateMention], mention: DateMention, context: Context) -> date | None:
    """The day named after "the eve of" in the same sentence ("on the eve of the council on
    January 12"), which the eve comes before."""
    for other in mentions:
        if other.start > mention.end and other.kind in ("day", "weekday", "relative"):
            gap = sentence[mention.end : other.start]
            relative: re.Pattern[str] | None = context.pack.extra.get("relative_opener")
            # (but a clause about the meeting the eve is of is no break: "on the eve of the
            # Munich Security Conference, which runs from Friday to Sunday")
            about = relative is not None and gap.count(",") == 1 and relative.search(gap) is not None
            if other.start - mention.end > 60 or ("," in gap and not about):
                return None  # "On the eve of the conference, ... on 20 June": that date is the eve's own
            resolved = resolve(other, context.reference, Tense.FUTURE, context.frame)
            if resolved is not None and resolved.precision is DatePrecision.DAY:
                return resolved.start
    return None


def _perfect_around(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when the pack's perfect tense brackets the date: its auxiliary right before it and
    the participle closing the clause ("ist am Freitag der Gipfel ... zu Ende gegangen"), or a
    participle opening the sentence before a past auxiliary ("Überschattet wurde der Gipfel vom
    Treffen ... am Mittwoch")."""
    bracket: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = pack.extra.get("perfect_bracket")
    if bracket is None:
        return False
    aux, participle, fronted = bracket
    if fronted.match(sentence):
        # ("Abgesagt wurde dagegen ein für Dienstag geplanter Besuch": the news is past, the visit was ahead)
        return not status_words(sentence, pack)
    return bool(aux.search(sentence, max(0, mention.start - 12), mention.start)) and bool(
        participle.match(sentence, mention.end)
    )


_FRONTED_AFTER = re.compile(r",\s+([^,;:.]{1,60})")


def _fronted_before_past(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when a date opens its clause and the verb after its comma looks back ("...: en
    febrero, los cancilleres del grupo sesionaron durante dos días"): the month is gone."""
    if sentence[: mention.start].rstrip()[-1:] not in ("", ":", ";"):
        return False
    after = _FRONTED_AFTER.match(sentence, mention.end)
    return after is not None and pack.rx.past_verb.search(after.group(1)) is not None


def build(
    sentence: str, index: int, mention: DateMention, cue: Cue, context: Context, *, inherited: bool = False
) -> Candidate:
    """The candidate a date and a meeting word make, with its decision taken. ``inherited``
    says the date is another meeting's of the sentence (its clock is not this one's)."""
    pack = context.pack
    rx = pack.rx
    first_set: DateMention | None = None
    between = _moved_between(sentence, mention, pack)
    if between is not None:  # "postponed from December 17 to 21": the 21st, moved from the 17th
        first_set, mention = between
    candidate = Candidate(sentence, index, cue, mention)
    lo, hi = min(mention.start, cue.start), max(mention.end, cue.end)
    clause_lo, clause_hi = clause_around(sentence, lo, hi, pack)
    clause = sentence[clause_lo:clause_hi]
    around = sentence[max(clause_lo, lo - 60) : min(clause_hi, hi + 12)]
    tense = governing_tense(sentence, lo, hi, clause_lo, clause_hi, pack)
    nearest = False
    acted_on = bool(rx.past_verb_before_date.search(sentence[max(0, mention.start - 70) : mention.start]))
    if acted_on:
        tense = Tense.PAST
    elif rx.pluperfect_before.search(sentence, max(0, mention.start - 40), mention.start):
        if status_words(sentence, pack) or (mention.kind in ("day", "day_range") and mention.month is not None):
            # "which had been planned for Monday, has been cancelled": the Monday nearest; "said
            # the meeting had been fixed for July 25 to 27": a day of a month is the nearest one
            nearest = True
        else:
            tense = Tense.PAST  # "which had been planned for Monday": a plan told from the past
    elif rx.reported_after.search(sentence, max(0, cue.start - 60), cue.start):
        tense = Tense.PAST  # "Netanyahu said after talks with Obama on Wednesday that...": the talks are over
    elif _opened_after_and_gone(sentence, cue, mention, pack):
        tense = Tense.PAST  # "Tras una llamada con Trump el lunes por la mañana, Sheinbaum anunció ...": over
    elif (
        cue.kind == "call"
        and (occasion := pack.extra.get("call_as_occasion")) is not None
        and occasion.search(sentence[max(0, cue.start - 40) : cue.start])
        and rx.past_verb.search(sentence, clause_lo, cue.start)
        # (not the date of what was agreed in it: "agreed in a telephone call on Sunday to meet in
        # Minsk on Wednesday")
        and not rx.future.search(sentence, cue.end, max(cue.end, mention.start))
    ):
        tense = Tense.PAST  # "offered to host the talks during a telephone conversation ... in April"
    elif (
        (late := pack.extra.get("past_at_clause_end")) is not None
        and late.match(sentence, mention.end)
        and not status_words(sentence, pack)  # "den Tusk für Mitte November geplant hatte, ist vom Tisch": news
    ):
        tense = Tense.PAST  # "eine Erklärung, die am Montagabend ... veröffentlicht wurde": a past act's day
    elif _perfect_around(sentence, mention, pack):
        tense = Tense.PAST  # "ist am Freitag der Gipfel in San Francisco zu Ende gegangen"
    elif (back := pack.extra.get("back_from")) is not None and back.search(sentence, max(0, cue.start - 40), cue.start):
        tense = Tense.PAST  # "Erdoğan, who returned from a one-day visit to Tehran on Wednesday, will travel ..."
    elif (
        tense is Tense.UNKNOWN
        and mention.kind == "weekday"
        and weakly_past(_unreported(clause, hi - clause_lo, pack), pack)
    ):
        tense = Tense.PAST  # "After Monday's talks, the two governments made it clear...": last Monday
    elif (
        tense is Tense.UNKNOWN
        and (mention.kind in ("weekday", "relative") or (mention.unit, mention.qualifier) == ("weekend", "the"))
        and rx.past_verb.search(_unreported(clause, hi - clause_lo, pack))
    ):
        # "on Saturday morning they discussed the situation": a past weekday ("agreed over the
        # weekend to a summit": a past weekend, as a weekday is)
        tense = Tense.PAST
    elif tense is Tense.UNKNOWN and tense_of(sentence, pack) is Tense.PAST:
        tense = Tense.PAST  # "He arrived on Tuesday after a summit on Monday": the whole sentence looks back
    elif tense is Tense.UNKNOWN and _weekday_gone(sentence, mention, cue, context):
        tense = Tense.PAST  # "the summits ended on Thursday evening ... said in his speech at the summit on Thursday"
    candidate.tense = tense
    facts = candidate.facts
    facts["acted_on"] = acted_on  # "a proposé jeudi de reporter le sommet": the day of a past act
    facts["month_in_past_clause"] = (
        mention.kind == "month"
        and tense is not Tense.FUTURE
        and mention.year is None
        and (
            bool(rx.past_clause.search(around))
            or (tense is Tense.UNKNOWN and _fronted_before_past(sentence, mention, pack))
        )
    )
    spoken = _spoken_on(sentence, mention, context)
    # a move's new day is ahead however the move is told ("تم تأجيل القمة من 17 إلى 21 ديسمبر")
    ahead = spoken is not None or first_set is not None or rescheduled_to(sentence, mention, pack)
    resolved = resolve(mention, spoken or context.reference, Tense.FUTURE if ahead else tense, context.frame)
    month_before = _month_before_in_sentence(sentence, mention, context)
    if month_before is not None:
        resolved = resolve(month_before, context.reference, tense)  # "Im Juni ...: Anfang des Monats"
    after = _day_before_in_sentence(sentence, mention, context) if tense is not Tense.PAST else None
    if after is not None and resolved is not None and not spoken:
        resolved = resolve(mention, after, Tense.FUTURE)  # "on Thursday, May 4, ...; on Friday": May 5
    if nearest and not spoken and mention.kind == "weekday" and resolved is not None:
        before = resolve(mention, context.reference, Tense.PAST, context.frame)
        if before is not None and (context.reference - before.start) < (resolved.start - context.reference):
            resolved = before
    if resolved is not None:
        stated = resolved
        resolved = _with_duration(resolved, sentence, clause_lo, clause_hi, cue, pack)
        resolved = _runs_until(resolved, sentence, mention, clause_hi, context, tense)
        candidate.resolved = resolved
        candidate.start, candidate.end, candidate.precision = resolved.start, resolved.end, resolved.precision
        facts["opening_today"] = (
            resolved.start == context.reference < resolved.end
            and stated.end == context.reference
            and tense is not Tense.PAST  # "arrived on Wednesday for a two-day visit": under way
        )
        facts["still_ahead_today"] = _still_ahead_today(around, clause, mention, pack)
    moved = first_set is not None or rescheduled_to(sentence, mention, pack)
    # "تم تأجيل الاجتماع ... إلى يوم الأحد 4 يونيو": the postponing is past, the new day is not
    facts["happened"] = happened(around, pack) and not moved
    # "En la cita de esta semana los líderes no lograron...": this week's meeting, told as past, is
    # gone (its window starts on the article's day only because the rest of the week is unknown)
    facts["gone_this_week"] = (
        resolved is not None
        and resolved.precision is DatePrecision.WEEK
        and resolved.start <= context.reference <= resolved.end
        and not moved
        and tense is Tense.UNKNOWN
        and weakly_past(clause, pack)
    )
    facts["under_way"] = under_way(clause, pack)
    full: re.Pattern[str] | None = pack.extra.get("first_full_day")
    # "was received on Friday morning, on the first full day of a three-day state visit"
    facts["first_full_day"] = full is not None and full.search(sentence, mention.end, mention.end + 80) is not None
    # (a meeting noun's attribute: "the previous meeting"; a verb's object is another thing,
    # "wollen ... über offene Fragen zu früheren Atomaktivitäten verhandeln")
    facts["earlier_one"] = not cue.verb and bool(rx.earlier_one.search(sentence, max(0, cue.start - 30), cue.start))
    # "that was to have been held in Wroclaw on Tuesday will instead take place ... on Thursday":
    # the plan that did not hold is the old date's, not the new one's
    # (to the clause's end: German puts the verb last, "Das Treffen hätte am 12. Juni in
    # Singapur stattfinden sollen")
    # (a modal told in the pluperfect frames the whole clause, however far its auxiliary stands:
    # "Ursprünglich hatten die Staats- und Regierungschefs ... am 7. Juni ... zusammenkommen sollen")
    plan_gone: re.Pattern[str] | None = pack.extra.get("unrealised_clause")
    facts["unrealised"] = (
        bool(rx.unrealised.search(sentence, max(clause_lo, lo - 60), clause_hi))
        or (plan_gone is not None and plan_gone.search(sentence, clause_lo, clause_hi) is not None)
    ) and not moved
    # "It remains unclear whether the two will meet on Friday", "Ob er und Kagame aufeinandertreffen,
    # ist offen": the text only asks whether they will meet (a verb; a meeting named by a noun is
    # taken as given: "Ob sich beide beim Gipfel der BIMSTEC begegnen, ist offen")
    asked: re.Pattern[str] | None = pack.extra.get("open_question")
    # (in German a word in small letters is no noun: "aufeinandertreffen" is the verb)
    verb = cue.verb or (bool(pack.extra.get("capitalised_nouns")) and cue.word[:1].islower())
    facts["open_question"] = (
        verb
        and asked is not None
        and any(
            q.start() <= cue.start <= q.end() + _QUESTION_REACH
            and not re.search(r"[;:]", sentence[q.start() : cue.start])
            for q in asked.finditer(sentence)
        )
    )
    # "There would be no formal talks on Saturday": a meeting the text says there is none of
    none_of: re.Pattern[str] | None = pack.extra.get("none_of")
    facts["none_of"] = (
        not cue.verb and none_of is not None and none_of.search(sentence, max(0, cue.start - 50), cue.start) is not None
    )
    # "Petro will not travel to Caracas on Monday", "ne se rendra pas lundi à Caracas": a verb of
    # meeting denied (not a day it waits for: "will not meet until Friday")
    denied: re.Pattern[str] | None = pack.extra.get("denied_verb")
    denied_after: re.Pattern[str] | None = pack.extra.get("denied_verb_after")  # French "ne ... pas"
    if (
        cue.verb
        and denied is not None
        and mention.qualifier not in ("until", "till", "before", "after", "since", "by")
        and (denial := denied.search(sentence, max(0, cue.start - 30), cue.start)) is not None
        and (denied_after is None or denied_after.match(sentence, cue.end) is not None)
        # (a denial the pack reads as a status is that: "no se celebrará por ahora" is put off)
        and not any(lo < cue.end and denial.start() < hi for lo, hi, _ in status_words(sentence, pack))
    ):
        facts["none_of"] = True
    # "damals war das Treffen auf November vertagt worden": a move told as done before the news
    moved_before: re.Pattern[str] | None = pack.extra.get("moved_before")
    facts["moved_before"] = (
        moved and moved_before is not None and bool(moved_before.search(sentence, clause_lo, clause_hi))
    )
    facts["other_year"] = _other_year(sentence, cue, resolved, pack)
    update = None if moved else _update_for(sentence, cue, mention, clause_lo, clause_hi, pack)
    facts["update"] = update
    facts["reference"] = context.reference
    # A sequel ("..., followed by talks with Stoltenberg at 3 p.m.") is its own clause's.
    who_from = _own_words_from(sentence, cue, mention, clause_lo, pack, inherited)
    _who_and_where(candidate, clause_lo, clause_hi, context, who_from=who_from)
    facts["standing"] = diplomatic(
        sentence,
        clause,
        cue,
        candidate.organisations,
        candidate.countries,
        candidate.people,
        facts.pop("all_roles"),  # type: ignore[arg-type]
        candidate.place,
        context.home_country,
        pack,
        untitled=frozenset(facts.pop("untitled", ())),  # type: ignore[call-overload]
    )
    candidate.needs_context = facts["standing"] == "context"
    candidate.kind = "videoconference" if held_online(sentence, clause_lo, clause_hi, cue, mention, pack) else cue.kind
    candidate.end_certain = (resolved is not None and resolved.start != resolved.end) or mention.kind in (
        "day",
        "weekday",
        "relative",
    )
    if moved:
        old = resolve(first_set, context.reference, Tense.FUTURE) if first_set is not None else None
        if old is not None and resolved is not None and abs((resolved.start - old.start).days) > 200:
            old = None  # the first day fell in another year than the new one: not told
        candidate.change = Change(
            ChangeAction.RESCHEDULE,
            old.start if old is not None else _previous_start(sentence, mention, context, tense),
            # ("à Quito, et non plus à Tulcán, et le vendredi 15 mars au lieu du jeudi 14": both moved)
            _previous_place(sentence, cue, mention, candidate.place, context)
            or _not_there(sentence, candidate.place, context),
        )
    elif update == "revived":  # called off for the day it had, now set for this one
        candidate.change = Change(ChangeAction.RESCHEDULE, _previous_start(sentence, mention, context, tense))
    elif update == "cancel":
        candidate.status, candidate.change = Status.CANCELLED, Change(ChangeAction.CANCEL)
    elif update == "postpone":
        candidate.status, candidate.change = Status.POSTPONED, Change(ChangeAction.POSTPONE)
    elif update is None and tense is not Tense.PAST and _back_on(sentence[clause_lo : clause_hi + 12], pack):
        # "the summit will take place on June 12 after all": called off, now on again. A plain
        # report never revives a cancelled meeting; this one says it is revived.
        candidate.change = Change(ChangeAction.RESCHEDULE)
    elif update is None and tense is not Tense.PAST and (elsewhere := _not_there(sentence, candidate.place, context)):
        # "will hold Saturday's summit in Addis Ababa rather than in Djibouti": moved in place only
        candidate.change = Change(ChangeAction.RESCHEDULE, None, elsewhere)
    if resolved is not None and resolved.precision is DatePrecision.DAY:
        candidate.clock = _clock_for(
            sentence,
            cue,
            mention,
            clause_lo,
            clause_hi,
            pack,
            inherited,
            day=resolved.start,
            reference=context.reference,
        )
    candidate.features = _features(candidate, around, pack)
    candidate.confidence = confidence_of(candidate.features)
    candidate.decision = decide(candidate)
    return candidate


def _own_words_from(
    sentence: str, cue: Cue, mention: DateMention, clause_lo: int, pack: LanguagePack, inherited: bool
) -> int:
    """Where the words that say who meets begin: the clause's start, or for a sequel ("...,
    followed by an emergency Arab summit", "followed the same day by a summit with Arab
    leaders") the end of the word that makes it one, else its meeting word."""
    marks = [m for m in pack.rx.sequel.finditer(sentence, clause_lo, cue.start) if cue.start - m.end() <= 40]
    if marks and (inherited or mention.start >= marks[-1].start()):
        return marks[-1].end()
    if inherited:
        return cue.start
    if not cue.verb and mention.start >= cue.end:
        # "ministers meet on Wednesday and Thursday for talks overshadowed by the first direct
        # negotiations between Russia and Ukraine, due in Istanbul on Thursday": a meeting word
        # after another meeting and its day, dated after itself, is a meeting of its own words
        told = [
            d
            for d in find_dates(sentence, pack)
            if clause_lo <= d.start and d.end <= cue.start and d.kind not in ("anaphoric", "nth_day")
        ]  # ("meet for a third day of discussions this morning": one meeting's words)
        if told and any(clause_lo <= c.start and c.end <= told[-1].start for c in find_cues(sentence, pack)):
            return told[-1].end
    # "he will fly to Papua New Guinea and then on to Australia, where the India-Australia summit
    # will be held": the countries of the trip before the place's clause are not who meets (but
    # "..., where he will meet Napat" is his: a verb's subject may stand before "where")
    where: re.Pattern[str] | None = pack.extra.get("where_clause")
    opened = list(where.finditer(sentence, clause_lo, cue.start)) if where is not None and not cue.verb else []
    return opened[-1].end() if opened and mention.start > opened[-1].start() else clause_lo


def _back_on(clause: str, pack: LanguagePack) -> bool:
    """True when a clause (and the words just after it: "after all" is no clause of its own)
    says a meeting called off is on again ("after all", "back on")."""
    pattern: re.Pattern[str] | None = pack.extra.get("back_on")
    return pattern is not None and pattern.search(clause) is not None


def _update_for(
    sentence: str, cue: Cue, mention: DateMention, clause_lo: int, clause_hi: int, pack: LanguagePack
) -> str | None:
    """What the sentence says befell this meeting: "superseded" when the date is one it was
    first set for, "cancel" or "postpone" when a status word of its clause is nearer this
    meeting's word than any other meeting word of the sentence (so "the summit stands but the
    dinner was cancelled" cancels only the dinner)."""
    old_date = mention.end > mention.start and (
        superseded_before(sentence, mention.start, pack) or _superseded_list(sentence, mention, pack)
    )
    if old_date and any(
        other.start != mention.start and rescheduled_to(sentence, other, pack) for other in find_dates(sentence, pack)
    ):
        return "superseded"  # "que estaba convocada para el 30 de junio, fue trasladada al 1 de julio": the old day
    for start, end, action in status_words(sentence, pack):
        if not clause_lo <= start < clause_hi:
            continue
        # (a meeting verb inside the status words is told of by them: "no se celebrará")
        if _status_of(sentence, start, end, pack) == cue.start or (cue.verb and start <= cue.start and cue.end <= end):
            if old_date and happened(_before_its_source(sentence[end:], pack), pack):  # told after the status word
                return "superseded"  # "earlier planned for April, was postponed and took place in October"
            done: re.Pattern[str] | None = pack.extra.get("done_before")
            if old_date and done is not None and done.search(sentence, max(clause_lo, start - 30), start):
                # "initialement programmée du 26 au 31 mars, avait été reportée": a change told
                # as done before the news (the new days the article gives), not news itself
                return "superseded"
            if _of_the_plan_before(sentence, start, end, mention, pack):
                return "revived"
            # "originally set for 26 February, it has been postponed": the status is news,
            # the old date the meeting's as it stands
            for_now: re.Pattern[str] | None = pack.extra.get("for_now")
            if action == "cancel" and for_now is not None and for_now.search(sentence, clause_lo, clause_hi):
                return "postpone"  # "findet vorerst nicht statt": off for the time being, not for good
            return action
    joined = _status_of_joined_object(sentence, cue, clause_lo, clause_hi, pack)
    if joined is not None:
        return joined
    later = _status_told_again(sentence, cue, mention, clause_hi, pack)
    if later is not None:
        return later
    listed = _status_of_list(sentence, cue, pack)
    if listed is not None:
        return listed
    return "superseded" if old_date else None


def _before_its_source(text: str, pack: LanguagePack) -> str:
    """The text up to the comma that opens who reports it (", confirmó ayer la Cancillería"):
    the report's day is not the meeting's."""
    for found in pack.rx.report_words.finditer(text):
        if text[: found.start()].rstrip().endswith(","):
            return text[: found.start()]
    return text


def _status_of_joined_object(sentence: str, cue: Cue, clause_lo: int, clause_hi: int, pack: LanguagePack) -> str | None:
    """The status of the meeting word joined before this one as a second object of the same
    verb ("will not host the APEC leaders' summit in November or the UN climate conference in
    December"): the pack's ``object_joiners`` between them, no comma-free clause of its own."""
    joiners: re.Pattern[str] | None = pack.extra.get("object_joiners")
    if joiners is None or cue.verb:
        return None
    for start, end, action in status_words(sentence, pack):
        if not clause_lo <= start < clause_hi or start > cue.start:
            continue
        owner = _status_of(sentence, start, end, pack)
        first = next((c for c in find_cues(sentence, pack) if c.start == owner), None)
        if first is None or first.verb or first.end > cue.start:
            continue
        between = sentence[first.end : cue.start]
        others = [s for s, _, _ in status_words(sentence, pack) if s != start and start < s < cue.start]
        if (
            joiners.search(between)
            and not others
            and ";" not in between
            and not any(first.end < c.start < cue.start for c in find_cues(sentence, pack))
        ):
            return action
    return None


def _of_the_plan_before(sentence: str, start: int, end: int, mention: DateMention, pack: LanguagePack) -> bool:
    """True when the status word stands in a relative clause that gives the meeting another
    day, and the date follows that clause ("Le sommet, qui devait se tenir jeudi et avait été
    annulé, aura lieu dimanche"): it befell the plan for that day; the meeting is on again."""
    clause = relative_clause(sentence, start, end, pack)
    if clause is None or mention.start < clause[1]:
        return False
    lo, hi = clause
    return any(lo < m.start < hi for m in find_dates(sentence, pack))


def _status_told_again(sentence: str, cue: Cue, mention: DateMention, clause_hi: int, pack: LanguagePack) -> str | None:
    """The status a later clause of the sentence gives the meeting by naming it again ("The Joint
    Commission had been due to convene in Vienna on Saturday, ..., but that meeting has now
    been postponed"): the status of a referring meeting word of that clause, with no other day
    and no other meeting word between."""
    for start, end, action in status_words(sentence, pack):
        if start < clause_hi:
            continue
        owner = _status_of(sentence, start, end, pack)
        if owner is None or owner < clause_hi:
            continue
        again = next((c for c in find_cues(sentence, pack) if c.start == owner), None)
        if again is None or again.verb or referring_words(sentence, again, pack) is None:
            return None
        if find_dates(sentence[max(cue.end, mention.end) :], pack) or any(
            max(cue.end, mention.end) <= c.start < again.start and c.start != cue.start
            for c in find_cues(sentence, pack)
        ):
            return None
        return action
    return None


def _superseded_list(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when the date is the second of a list whose first was the date a meeting was first
    set for, the verb left out ("Первоначально встреча ... была запланирована на 21-22 июля, а
    заседание ШОС - на 22-23 июля", "originally scheduled for July 21-22, and the SCO council
    for July 22-23"): that first-set date too."""
    if rescheduled_to(sentence, mention, pack) or status_words(sentence, pack):
        # "first planned for Thursday, March 7, will now hold on Monday, March 11"; a sentence
        # with news of its own ("..., التي كانت مقررة يوم الاثنين المقبل، ألغيت") says what befell which
        return False
    for other in find_dates(sentence, pack):
        if other.end > mention.start:
            break
        if 0 < mention.start - other.end <= 90 and superseded_before(sentence, other.start, pack):
            # the same preposition before each, no verb between ("originally planned for May
            # 2-3, will take place on May 6-7" tells the new date)
            return _lead_word(sentence, other) == _lead_word(sentence, mention) and not any(
                c.verb for c in find_cues(sentence[other.end : mention.start], pack)
            )
    return False


def _lead_word(sentence: str, mention: DateMention) -> str:
    """The preposition a date is told with: its own first word when that is one ("on May 6"),
    else the word before it ("на 22-23 июля")."""
    first = mention.text.split()[0]
    if first.isalpha() and first.islower() and mention.kind != "weekday":
        return first.casefold()
    before = sentence[max(0, mention.start - 15) : mention.start].split()
    return before[-1].casefold() if before else ""


def _status_of_list(sentence: str, cue: Cue, pack: LanguagePack) -> str | None:
    """The status a clause gives the list its colon opens, when the meeting is one of its items
    ("quedan canceladas las dos escalas del viaje: la visita a Port Moresby, prevista para el
    lunes 22, y la cumbre del Quad ... el miércoles 24"): the clause counts what it lists (the
    pack's ``list_count`` words), two or more meetings follow the colon, joined by the pack's
    "and", and no other status word stands among them."""
    colon = sentence.rfind(":", 0, cue.start)
    if colon < 0 or not sentence[colon + 1 : colon + 2].isspace():
        return None  # ("18:00" is no list)
    statuses = status_words(sentence, pack)
    if any(start > colon for start, _, _ in statuses):
        return None
    leading = [(start, action) for start, end, action in statuses if end <= colon]
    if not leading:
        return None
    start, action = leading[-1]
    counted: re.Pattern[str] | None = pack.extra.get("list_count")
    if any(mark in sentence[start:colon] for mark in (";", ":", ".")) or counted is None:
        return None
    if not counted.search(sentence, start, colon):
        return None  # "the two stops", "las dos escalas": a count announces the list
    items = [c for c in find_cues(sentence, pack) if c.start > colon]
    joiners: frozenset[str] = pack.extra.get("list_joiners", frozenset())
    if len(items) < 2 or not joiners & set(sentence[items[0].end : items[-1].start].split()):
        return None
    return action


_NOUN_OF_REACH = 40  # characters from a status noun's "of" to the meeting word it is of


def _status_of(sentence: str, start: int, end: int, pack: LanguagePack) -> int | None:
    """Which meeting word a status word is about (its start), or None when it is about none:
    a passive status ("the talks were called off") is its subject's, an active one ("he
    cancelled his trip") its object's; "suspended Russia's membership" is no meeting's."""
    cues = find_cues(sentence, pack)
    if not cues:
        return None
    noun_of: re.Pattern[str] | None = pack.extra.get("status_noun_of")
    told_of = noun_of.match(sentence, start) if noun_of is not None else None
    if told_of is not None:
        # a status noun names what it is of: "la cancelación de la cumbre" is the summit's; "la
        # cancelación del fallo de la licitación" no meeting's told before it (but "la
        # cancelación de la escala ... en Bogotá, donde iba a reunirse con Santos" may be of
        # the meeting its words go on to tell)
        of = next((c for c in cues if told_of.end() <= c.start <= told_of.end() + _NOUN_OF_REACH), None)
        if of is not None and not re.search(r"[,;:.()]", sentence[told_of.end() : of.start]):
            return of.start
        cues = [c for c in cues if c.start >= end]
        if not cues:
            return None
    # a meeting verb inside the status words is theirs, not the meeting they are about ("La
    # Cumbre de las Américas no se celebrará en diciembre": the summit's)
    cues = [c for c in cues if not (c.verb and start <= c.start and c.end <= end)] or cues
    if pack.rx.passive_before.search(sentence, max(0, start - 20), start):
        before = [c for c in cues if c.end <= start]
        if not before:
            return None
        # ("The summit on Friday will go ahead and the referendum set for Thursday has been
        # postponed": the subject of a clause after the meeting's own verb is what was put off;
        # not "talks between Iran and the United States ... have been postponed")
        other: re.Pattern[str] | None = pack.extra.get("new_subject")
        verbs: re.Pattern[str] | None = pack.extra.get("subject_ends")
        if (
            other is not None
            and verbs is not None
            and any(
                verbs.search(sentence, before[-1].end, m.start())
                for m in other.finditer(sentence, before[-1].end, start)
            )
        ):
            return None
        return before[-1].start
    after = [c for c in cues if start <= c.start <= end + pack.extra.get("status_object_reach", 40)]
    if pack.rx.passive_before is not NEVER and after:
        return after[0].start
    # (a long name before its meeting word: "will not host the Asia-Pacific Economic Cooperation
    # leaders' summit", with nothing but the name between)
    named = [c for c in cues if end <= c.start <= end + 90 and not re.search(r"[,;:.()]", sentence[end : c.start])]
    if pack.rx.passive_before is not NEVER and named and _object_of_status(sentence, end, named[0].start, pack):
        return named[0].start
    if pack.rx.passive_before is not NEVER:
        has_object = pack.extra.get("status_object")
        if has_object is not None and has_object.match(sentence, end):
            return None  # "since the Assembly suspended Russia's membership": its own object
        reach = pack.extra.get("status_subject_reach", 60)
        before = [c for c in cues if c.end <= start and start - c.end <= reach]
        if before:
            return before[-1].start
        # the subject that opens the sentence, however long what qualifies it ("The talks between
        # the Serbian and Kosovan foreign ministers planned for Thursday in Ohrid will not take
        # place"): the one meeting word before, its noun phrase joined to no other clause
        ends: re.Pattern[str] | None = pack.extra.get("subject_ends")
        opening = [c for c in cues if c.end <= start]
        if (
            ends is not None
            and len(opening) == 1
            and sentence[: opening[0].start].strip(" \"'“”«»").count(" ") < 3
            and start - opening[0].end <= 2 * reach
            and not re.search(r"[,;:()–—]", sentence[opening[0].end : start])
            and not ends.search(sentence, opening[0].end, start)
        ):
            return opening[0].start
        return None
    nearest = min(cues, key=lambda c: min(abs(c.start - end), abs(start - c.end)))
    loose: re.Pattern[str] | None = pack.extra.get("loose_status")
    far = min(abs(nearest.start - end), abs(start - nearest.end)) > 60
    copula: re.Pattern[str] | None = pack.extra.get("status_copula")
    told_of_subject = copula is not None and copula.search(sentence, max(0, start - 20), start) is not None
    before = [c for c in cues if c.end <= start]
    if told_of_subject and before:
        # "las consultas ... quedaron suspendidas, por coincidir con la cumbre del G20": the
        # status told through a copula is its subject's, not the meeting named after it
        return before[-1].start
    if far and loose is not None and loose.fullmatch(sentence, start, end) and not told_of_subject:
        # "..., el regreso de Siria, suspendida desde 2011": a membership, no meeting (but "la
        # gira que ... tenía prevista ... quedó suspendida" is the tour's)
        return None
    return nearest.start


def _object_of_status(sentence: str, end: int, cue_start: int, pack: LanguagePack) -> bool:
    """True when the words between a status word and a meeting word are one noun phrase (an
    article, then names: no verb of tense, no date)."""
    between = sentence[end:cue_start]
    ends: re.Pattern[str] | None = pack.extra.get("subject_ends")
    opening: re.Pattern[str] | None = pack.extra.get("object_opening")
    return (
        ends is not None
        and opening is not None
        and opening.match(between) is not None
        and not ends.search(between)
        and not find_dates(between, pack)
    )


def _alternatives(sentence: str, places: list[Mention], pack: LanguagePack) -> set[tuple[int, int]]:
    """The places a sentence offers as alternatives, joined by the pack's "or" with at most a
    preposition between ("in Cairo or Doha", "au Caire ou à Doha"): the spans of both."""
    joiners: frozenset[str] = pack.extra.get("alternative_joiners", frozenset())
    found: set[tuple[int, int]] = set()
    ordered = sorted(places, key=lambda m: m.start)
    for first, second in pairwise(ordered):
        words = sentence[first.end : second.start].split()
        if 1 <= len(words) <= 2 and words[0].strip(",") in joiners:
            found |= {(first.start, first.end), (second.start, second.end)}
    for place in ordered:
        # "in Cairo or Doha": the second, with no preposition of its own, is no mention
        after = sentence[place.end : place.end + 40].split(maxsplit=1)
        if len(after) == 2 and after[0] in joiners and lookup_place(after[1], pack) is not None:
            found.add((place.start, place.end))
    return found


def _spoken_on(sentence: str, mention: DateMention, context: Context) -> date | None:
    """The day a quotation was spoken, when a "tomorrow" inside it was said on an earlier day
    than the article's ("'set for tomorrow', he told reporters on Tuesday")."""
    if mention.kind != "relative" or mention.end <= mention.start:
        return None
    pack = context.pack
    quotes = [q for q in pack.rx.quote.finditer(sentence) if q.start() <= mention.start and mention.end <= q.end()]
    if not quotes:
        return None
    inside = quotes[0]
    for other in find_dates(sentence, pack):
        if inside.start() <= other.start < inside.end() or other.kind not in ("weekday", "relative"):
            continue
        said = resolve(other, context.reference, Tense.PAST)
        if said is not None and said.start < context.reference:
            return said.start
    return None


def _month_before_in_sentence(sentence: str, mention: DateMention, context: Context) -> DateMention | None:
    """The month named earlier in the sentence that "early in the month" ("Anfang des
    Monats", "в начале месяца", "at the end of the month") means, when the phrase does not say
    "this", "next" or "last" itself; else None."""
    plain_month = mention.kind == "period" and mention.unit == "month"
    this_month = mention.kind == "month" and mention.month is None and mention.relative == 0
    if not (plain_month or this_month):
        return None
    qualifiers = context.pack.qualifiers
    if any(qualifiers.get(word.casefold()) in ("this", "next", "last") for word in mention.text.split()):
        return None
    before = [m for m in find_dates(sentence, context.pack) if m.end <= mention.start]
    named = [m for m in before if m.kind == "month" and m.month is not None]
    return named[-1] if named else None


def _day_before_in_sentence(sentence: str, mention: DateMention, context: Context) -> date | None:
    """The day an explicit date earlier in the sentence names, when a bare weekday follows it
    within the week ("meets him on Thursday, May 4; on Friday talks in Tashkent"): the
    weekday counts from that day, not from the article's."""
    if mention.kind != "weekday" or mention.qualifier not in (None, "on"):
        return None
    past = context.pack.rx.past_verb
    for other in find_dates(sentence, context.pack):
        if other.start >= mention.start:
            break
        if (
            other.kind == "weekday"
            and other.weekday2 is None
            and other.weekday is not None
            and mention.weekday is not None
            and other.weekday < mention.weekday
            and mention.start - other.end <= 30
            # (told ahead: "will be in London on Monday, ...", never "held talks in the Kremlin on
            # Monday and was in Kyiv on Tuesday")
            and context.pack.rx.future.search(sentence, max(0, other.start - 45), other.start)
            and not past.search(sentence, max(0, other.start - 45), mention.start)
        ):
            # a list of stops, one weekday each in the week's order ("in London on Monday, Berlin
            # on Tuesday and Paris on Wednesday"): a later day of the list follows the earlier one
            earlier = resolve(other, context.reference, Tense.FUTURE, context.frame)
            mine = resolve(mention, context.reference, Tense.FUTURE, context.frame)
            if earlier is not None and mine is not None and mine.start < earlier.start:
                return earlier.start
            continue
        if other.kind != "day":
            continue
        stated = resolve(other, context.reference, Tense.FUTURE)
        if stated is None or stated.start <= context.reference:
            continue
        following = resolve(mention, stated.start, Tense.FUTURE)
        if following is not None and following.start != stated.start:
            return stated.start
    return None


def _other_year(sentence: str, cue: Cue, resolved: Resolved | None, pack: LanguagePack) -> bool:
    """True when the meeting word carries a year its date does not have ("will host the 2018
    summit", read with "in December" of the year before); not the year it is put off to ("le
    report à 2026 du sommet", "postponed to 2026 the summit")."""
    if resolved is None:
        return False
    lo = max(0, cue.start - 30)
    match = re.search(r"\b(1[89]\d\d|2[01]\d\d)\s+(?:[\w'’-]+\s+){0,2}$", sentence[lo : cue.start])
    if match is None or int(match.group(1)) in (resolved.start.year, resolved.end.year):
        return False
    year = lo + match.start(1)
    return pack.rx.postponed.search(sentence, max(0, year - 25), year) is None


def _clock_for(
    sentence: str,
    cue: Cue,
    mention: DateMention,
    clause_lo: int,
    clause_hi: int,
    pack: LanguagePack,
    inherited: bool = False,
    *,
    day: date,
    reference: date,
) -> Clock | None:
    """The clock time of the meeting a word names: the first one after it (and its date)
    before the next meeting word, else the nearest one before it in its clause ("at noon,
    followed by talks at 3 p.m.": noon is the first meeting's, 3 p.m. the talks')."""
    clocks = [
        c
        for c in find_clocks(sentence, pack)
        if clause_lo <= c.start < clause_hi and (mention.qualifier == "heading" or not _entry_stamp(sentence, c))
    ]
    if not clocks:
        return None
    begin = min(cue.start, mention.start) if mention.end > mention.start and not inherited else cue.start
    later = [c for c in find_cues(sentence, pack) if c.start > cue.end + 1]
    limit = later[0].start if later else clause_hi
    after = [
        c
        for c in clocks
        if begin <= c.start < limit and not _hour_of_another_day(sentence, mention, day, reference, c, pack)
    ]
    if after:
        return after[0]
    if inherited:
        return None
    # not a time an earlier meeting word of the clause has as its first after it ("will travel
    # to Brussels for dinner at 7pm, on the eve of a summit": 7pm is not the summit's)
    earlier = [c.end for c in find_cues(sentence, pack) if clause_lo <= c.end <= begin and c.start != cue.start]
    before = [c for c in clocks if c.end <= begin and not any(end <= c.start for end in earlier)]
    return before[-1] if before else None


def _day_said(sentence: str, mention: DateMention, pack: LanguagePack) -> bool:
    """True when a date is the day of a statement ("..., the ministry said on Saturday"): it
    stands inside the reporter's words or right after them, and dates no meeting."""
    for found in pack.rx.reporter.finditer(sentence):
        lo, hi = found.span()
        if lo <= mention.start < hi or (mention.start >= hi and not sentence[hi : mention.start].strip()):
            return True
    return False


def _hour_of_another_day(
    sentence: str, mention: DateMention, day: date | None, reference: object, clock: Clock, pack: LanguagePack
) -> bool:
    """True when another day is told between the meeting's date and the time, the time then
    being that day's ("to cover Monday's session, register by Friday 21 February at 12:00":
    noon is Friday's deadline). The same day told again ("Wednesday 27 Shawwal, that is 17
    May") or the day a statement was made ("..., the ministry said on Friday, and will run
    from 10:30") is not another."""
    if not isinstance(reference, date):
        return False
    for m in find_dates(sentence, pack):
        if not (m.start >= mention.end and m.start != mention.start and m.end <= clock.start):
            continue
        if _day_said(sentence, m, pack):
            continue
        resolved = resolve(m, reference, Tense.FUTURE)
        if resolved is not None and resolved.precision is DatePrecision.DAY and resolved.start != day:
            return True
    return False


_STAMP_END = re.compile(r"\s*[-\u2013\u2014|:]\s")
_STAMP_OPEN = re.compile(r"[\s+*#•■▶►]+")


def _entry_stamp(sentence: str, clock: Clock) -> bool:
    """True for the time that opens a live blog's entry ("12:30 EDT - Foreign ministers of the
    Quad will meet on Thursday"): when the entry was written, not when anyone meets. Items of a
    schedule under a day's heading ("11:00 a.m. LOCAL - THE PRESIDENT meets ...") keep theirs."""
    if _STAMP_OPEN.sub("", sentence[: clock.start]):
        return False  # (a blog's markers may open it: "+++ 16:32 Uhr: Wadephul in Antalya +++")
    if _STAMP_END.match(sentence, clock.end):
        return True
    # "09:20 Lo que hay que saber de la cumbre ...", "08:10 Kiev denuncia ...": a bare time
    # opening its line before a capital, an entry's stamp with no dash
    after = _STAMP_NEXT.match(sentence, clock.end)
    return clock.zone is None and after is not None and after.group(1).isupper()


_STAMP_NEXT = re.compile(r"\s+(\w)")


def _adjective_in_a_name(country: Mention, orgs: list[Mention], pack: LanguagePack) -> bool:
    """True when a country's adjective is a word of an organisation's name ("the Indian Ocean
    Commission" is not India's); a country's own name stays ("the NATO-Russia Council")."""
    return country.text not in country_names(pack.code) and any(
        o.start <= country.start and country.end <= o.end for o in orgs
    )


def _who_and_where(candidate: Candidate, clause_lo: int, clause_hi: int, context: Context, *, who_from: int) -> None:
    pack = context.pack
    rx = pack.rx
    sentence, cue, mention = candidate.sentence, candidate.cue, candidate.mention
    # Who meets is named before the topic: "to discuss Russian demands" names no participant.
    topic = rx.topic.search(sentence, max(cue.end, mention.end), clause_hi)
    # Nor is who meets in a sequel's words ("a Gulf summit at 9 p.m., followed by an Arab summit").
    sequel = rx.sequel.search(sentence, max(cue.end, mention.end), clause_hi)
    ends = [m.start() for m in (topic, sequel) if m is not None]
    # Nor in the meeting it is told before or after ("talks with Putin in early September, ahead
    # of the G20 summit"): that meeting's people are its own.
    after = max(cue.end, mention.end)
    ahead_of = next(
        (
            found
            for other in find_cues(sentence, pack)
            if after < other.start < clause_hi and (found := told_after(sentence, other, pack, after)) is not None
        ),
        None,
    )
    if ahead_of is not None:
        ends.append(ahead_of.start())
    # Nor in a later meeting named with its own day ("une réunion qui doit alimenter le Conseil
    # européen, qui se tiendra jeudi à Bruxelles"): that meeting's words are its own
    dated = _later_meeting_with_own_day(sentence, mention, after, clause_hi, pack)
    if dated is not None:
        ends.append(dated)
    # Nor in the gathering its place hosts at the time ("в отеле Grand Prince, где проходит
    # саммит «Группы семи»", "at the hotel where the G7 summit is under way"): that one's own
    where: re.Pattern[str] | None = pack.extra.get("where_clause")
    hosted = where.search(sentence, after, clause_hi) if where is not None else None
    if hosted is not None and any(
        not c.verb
        and c.kind in ("summit", "conference", "ministerial", "meeting")
        and 0 <= c.start - hosted.end() <= 25
        and not find_people(sentence[hosted.end() : c.start], pack)
        # (not one the subject will go on to attend: "посетит Чили, где примет участие во встрече")
        and not pack.rx.future.search(sentence, hosted.end(), c.start)
        for c in find_cues(sentence, pack)
    ):
        ends.append(hosted.start())
    clause_scope = sentence[who_from : min(ends) if ends else clause_hi]
    subject = ""
    if who_from > clause_lo:
        # a sequel's own words, and the person the sentence's first meeting has as its subject:
        # "Putin will meet Xi on Monday, followed by talks with Erdogan on Tuesday" are Putin's
        # talks too (but "leaders of the Gulf states" who hold the first summit are its own)
        firsts = [c.start for c in find_cues(sentence, pack) if clause_lo <= c.start < who_from]
        subject = sentence[clause_lo : min(firsts)] if firsts else ""
    reported = rx.reporter.search(sentence)
    told = sentence[: reported.start()] if reported and reported.start() > max(cue.end, mention.end) else sentence
    # Who meets is the clause's; when it names no one, the sentence up to the clause's end
    # (a later clause is about something else: "..., and an IMF mission is expected").
    # "The meeting in Brussels will discuss Ukraine": a meeting told again says no one by its topic.
    # Nor does a state's own body holding its sitting: "The cabinet will hold a session on
    # Thursday to discuss the plan agreed with the IMF" is the cabinet's, whatever its topic names.
    told_to = (
        min([*ends, clause_hi])
        if referring_words(sentence, cue, pack) is not None
        or ((own := pack.extra.get("state_sitting")) is not None and own.search(clause_scope))
        else clause_hi
    )
    if dated is not None:
        told_to = min(told_to, dated)  # another meeting's words are never this one's
    scope = clause_scope if _names_anyone(clause_scope, pack) else told[:told_to]
    found_orgs = find_organisations(scope, pack)
    candidate.organisations = _values(found_orgs)
    without: re.Pattern[str] | None = pack.extra.get("without")
    candidate.countries = _values(
        [
            c
            for c in find_countries(scope, pack)
            # "wollen sie ohne Russland in Brüssel zusammenkommen": who stays away meets no one
            if (without is None or not without.search(scope, max(0, c.start - 12), c.start))
            and not _adjective_in_a_name(c, found_orgs, pack)
        ]
    )
    candidate.people = _values(
        [
            *find_people(subject, pack),
            *(p for p in find_people(scope, pack) if not reports(scope, p, pack)),
        ]
    )  # "Ms. Rao told reporters": who speaks is not who meets
    untitled = [p.value for p in find_people(scope, pack) if p.role == "untitled"]
    inflected = bool(pack.extra.get("inflected_names"))
    if candidate.people and inflected:
        # who else the clause names by a surname in its case: "встреча Путина и Александра Лукашенко"
        candidate.people += _named_before(clause_scope, candidate.people, context, inflected)
    elif not candidate.people:
        # "Putin and Xi will meet on Thursday" after "Xi Jinping ... Vladimir Putin": two or more
        # people named in full before, here by surname; their offices the article must give
        again = _named_before(clause_scope, [], context, inflected)
        # (or, for a trip, the one the sentence before opened with: "Der indische Premierminister
        # Narendra Modi reist im Juli nach Österreich. ... wird Modi am 9. und 10. Juli in Wien
        # erwartet")
        opened = context.last_subject is not None and again == [context.last_subject[0]]
        if len(again) >= 2 or (opened and cue.kind == "visit"):
            candidate.people = again
            untitled += again
    pronoun: re.Pattern[str] | None = pack.extra.get("subject_pronoun")
    fronted: re.Pattern[str] | None = pack.extra.get("pronoun_after_report")
    after_report = fronted.match(sentence) if fronted is not None else None
    if (
        context.last_subject is not None
        and pronoun is not None
        and (
            (clause_lo == 0 and pronoun.match(sentence))
            # ("As the ministry said on Friday, he will meet ...": the report's clause before)
            or (after_report is not None and clause_lo <= after_report.end() <= clause_hi)
        )
        and context.last_subject[0] not in candidate.people
    ):
        # "He and Vladimir Putin will hold talks there on Tuesday": he is whom the sentence
        # before was about ("Xi Jinping will travel to Vladivostok next week")
        candidate.people.insert(0, context.last_subject[0])
        if not context.last_subject[1]:
            untitled.append(context.last_subject[0])
    pair: re.Pattern[str] | None = pack.extra.get("pair_anaphor")
    pairing = not candidate.people and len(context.pair_before) == 2 and clause_lo == 0
    if pairing and pair is not None and pair.match(sentence):
        # "The two leaders are scheduled to meet at 9 a.m.": the two the sentence before named
        candidate.people = [name for name, _ in context.pair_before]
        untitled += [name for name, titled in context.pair_before if not titled]
    candidate.facts["untitled"] = untitled
    # A sequel's office holders are its own ("..., followed by the Council of Foreign Ministers"),
    # though who it gathers may be the sentence's.
    candidate.roles = _values(find_roles(clause_scope if who_from > clause_lo else scope, pack))
    candidate.facts["all_roles"] = candidate.roles if scope is sentence else _values(find_roles(sentence, pack))
    place, source = _location(sentence, clause_lo, clause_hi, cue, mention, context)
    candidate.phrase = meeting_phrase(sentence, cue, clause_lo, clause_hi, pack)
    named = None if cue.verb else place_in_name(candidate.phrase, pack, sentence)
    if named is not None and source != "online":
        place, source = named, "name"
    candidate.place, candidate.place_source = place, source


def reports(text: str, person: Mention, pack: LanguagePack) -> bool:
    """True when the person is who says it, not who meets ("Ms. Rao told reporters", "...,
    said Foreign Minister X", "..., сообщил журналистам помощник президента Юрий Ушаков")."""
    if pack.rx.reporter_after_name.match(text, person.end):
        return True
    before: re.Pattern[str] | None = pack.extra.get("reporter_before_name")
    return before is not None and before.search(text, max(0, person.start - 90), person.start) is not None


def _named_before(scope: str, people: list[str], context: Context, inflected: bool) -> list[str]:
    """People the article named in full before, here by surname alone ("Putin and Xi" after
    "Vladimir Putin" and "Xi Jinping"; in an inflected language with its case ending:
    "встреча Путина и Александра Лукашенко" after "Владимир Путин")."""
    ending = r"\w{0,3}" if inflected else ""
    have = {p.split()[-1] for p in people}
    found: list[str] = []
    for person in context.people_before:
        words = person.split()
        surname = words[-1]
        if surname in have:
            continue
        # the name a title uses ("Xi" of "Xi Jinping", family name first), and the last word
        keys = {k for k in (called(person), surname) if len(k) >= 2 and (len(k) >= 3 or not inflected)}
        if any(key in scope and re.search(rf"(?<![\w-]){re.escape(key)}{ending}(?![\w-])", scope) for key in keys):
            found.append(person)
            have.add(surname)
    return found


def _names_anyone(text: str, pack: LanguagePack) -> bool:
    return bool(find_organisations(text, pack) or find_countries(text, pack) or find_people(text, pack))


def _values(mentions: list[Mention]) -> list[str]:
    seen: list[str] = []
    for mention in mentions:
        if mention.value not in seen:
            seen.append(mention.value)
    return seen


def _named_as_source(sentence: str, start: int, pack: LanguagePack) -> bool:
    """True when a venue's name right after "according to" words names who says it."""
    source: re.Pattern[str] | None = pack.extra.get("source_before")
    return source is not None and source.search(sentence, max(0, start - 30), start) is not None


def _location(
    sentence: str, clause_lo: int, clause_hi: int, cue: Cue, mention: DateMention, context: Context
) -> tuple[Place | None, str]:
    pack = context.pack
    rx = pack.rx
    if cue.kind == "videoconference" or held_online(sentence, clause_lo, clause_hi, cue, mention, pack):
        return Place(ONLINE, "online"), "online"
    places = find_places(sentence, pack, context.dateline_city, context.sentence_before)
    if places:
        # a country inside an organisation's name is its topic ("Groupe international de soutien au
        # Liban", "Ukraine Defense Contact Group"); a city there may be its venue ("Munich Security
        # Conference")
        names = [(o.start, o.end) for o in find_organisations(sentence, pack)]
        places = [
            p
            for p in places
            if (
                p.place is None
                or p.place.level != "country"
                or not any(lo <= p.start and p.end <= hi for lo, hi in names)
            )
            # "La Casa Blanca confirmó que ...": the venue's name as who says it
            and not (
                p.role == "name"
                and sentence[p.end : p.end + 1] == " "
                and rx.reporter_after_name.match(sentence, p.end)
            )
            # "nach Angaben des State Department", "according to the State Department": a source
            and not (p.role == "name" and _named_as_source(sentence, p.start, pack))
        ]
    same: re.Pattern[str] | None = pack.extra.get("same_place")
    if (
        context.place_before is not None
        and context.place_before.level in ("city", "venue")  # (a country told before names no one place)
        and same is not None
        and same.search(sentence, clause_lo, clause_hi)
        and not any(clause_lo <= p.start < clause_hi for p in places)
    ):
        return context.place_before, "explicit"  # "СМИД ОДКБ пройдёт там же накануне": the one told before's
    there: re.Pattern[str] | None = pack.extra.get("there")
    if there is not None and there.match(sentence) and not any(clause_lo <= p.start < clause_hi for p in places):
        # "Direkt aus Minsk will Merkel nach Brüssel weiterreisen. Dort kommen am Donnerstag die
        # Staats- und Regierungschefs ... zusammen": the place the sentence before ends on
        ended_on = [p.place for p in find_places(context.sentence_before, pack, context.dateline_city) if p.place]
        if ended_on:
            return ended_on[-1], "explicit"
    frame: re.Pattern[str] | None = pack.extra.get("report_frame")
    if frame is not None:
        # "told a media briefing in New Delhi that the summit would begin": where it was said
        said = [m.span() for m in frame.finditer(sentence, 0, cue.start)]
        places = [p for p in places if not any(lo <= p.start and p.end <= hi for lo, hi in said)]
    going: re.Pattern[str] | None = pack.extra.get("not_going")
    if going is not None:  # "Instead of travelling to Asunción, he will ...": not where he will be
        places = [p for p in places if not going.search(sentence, max(0, p.start - 40), p.start)]
    if not places:
        return None, ""
    hosting: re.Pattern[str] | None = pack.extra.get("host_relative")
    if hosting is not None:
        # "مدينة جدة التي تستضيف يوم الجمعة القمة", "Jeddah, which hosts the summit on Friday": the host
        host = [
            p
            for p in places
            if p.place is not None
            and p.place.level != "country"
            and p.end <= cue.start
            and hosting.match(sentence, p.end)
        ]
        if host:
            return host[-1].place, "explicit"
    anchor = (cue.start + mention.start) / 2
    visiting = cue.kind == "visit" or any(c.kind == "visit" for c in find_cues(sentence[clause_lo:clause_hi], pack))
    # A place after the meeting's topic is the topic's ("to hear a briefing on the situation in Gaza").
    topic = rx.topic.search(sentence, max(cue.end, mention.end), clause_hi)
    end = topic.start() if topic else clause_hi
    if topic is not None:
        # but a town of another state right after a topic that is one country is the venue
        # ("المؤتمر الدولي حول ليبيا في برلين", the conference on Libya in Berlin)
        topic_country = [c for c in find_countries(sentence, pack) if 0 <= c.start - topic.end() <= 2]
        venue_after = [
            p
            for p in places
            if topic_country
            and p.place is not None
            and p.place.level == "city"
            and p.place.country != topic_country[0].value
            and (
                0 <= p.start - topic_country[0].end <= 8
                # or the town told as its host, in a clause of its own ("المؤتمر الدولي حول ليبيا
                # الذي تحتضنه العاصمة الألمانية برلين", the conference on Libya that Berlin hosts)
                or (
                    p.role == "host"
                    and 0 <= p.start - topic_country[0].end <= 45
                    and not any(stop in sentence[topic_country[0].end : p.start] for stop in ".;:")
                )
            )
        ]
        if venue_after:
            end = venue_after[0].end
    # Who reports it is not where it is: "..., the Akorda press service said".
    reported = rx.reporter.search(sentence, max(cue.end, mention.end))
    if reported is not None:
        end = min(end, reported.start())
    # Nor is a country inside a topic told between the meeting word and its date: "the talks on
    # the crisis in Ukraine are scheduled for 17 April in Geneva" (Geneva after the date stays).
    inner = rx.topic.search(sentence, cue.end, mention.start) if cue.end <= mention.start else None
    named_after = any(mention.end <= q.start < min(clause_hi, mention.end + 20) for q in places)
    converted = converted_spans(sentence, pack)  # "..., which is 9 p.m. in Washington": another zone's
    in_clause = [
        p
        for p in places
        if clause_lo <= p.start < end
        and not any(lo <= p.start < hi for lo, hi in converted)
        and not (
            inner is not None
            and inner.start() <= p.start < mention.start
            and p.place is not None
            # "talks on the nuclear deal in Vienna": a city there is the venue, unless the
            # clause names places after the date ("en vue d'un cessez-le-feu à Gaza doivent
            # reprendre jeudi, au Caire ou à Doha")
            and (p.place.level == "country" or named_after)
        )
        and not rx.past_after_place.match(sentence, p.end)
        # (a place right after a topic is the topic's, wherever the meeting word stands: "la
        # Cumbre sobre la Paz en Ucrania, que reunirá este fin de semana a ...")
        and not _right_after_topic(sentence, p, pack)
        and (
            visiting
            or p.role != "destination"
            or rx.going_to.search(sentence, max(0, p.start - 25), p.start)
            # "ينتقل ... إلى الدوحة للقاء أمير قطر" (goes on to Doha to meet): the meeting it goes to
            or (p.end <= cue.start and not sentence[p.end : cue.start].strip())
            # "will am Freitag zum Gipfel der EPG nach Tirana fliegen": where one goes to the gathering
            or _goal_then_destination(sentence, cue, p, pack)
        )
    ]
    # "запланирована на начало сентября, накануне саммита G20 в Санкт-Петербурге": the place of
    # the meeting another is told before or after, not of the one told
    in_clause = [p for p in in_clause if not _of_the_sequenced(sentence, cue, mention, p, pack)]
    # "doivent reprendre jeudi, au Caire ou à Doha": places offered as alternatives name none
    offered = _alternatives(sentence, places, pack)
    in_clause = [p for p in in_clause if (p.start, p.end) not in offered]
    # "two days after the meeting in London, the Security Council takes up Darfur in New York":
    # the place of the meeting the day is counted from, when the clause names its own
    counted = [p for p in in_clause if _counted_from_there(sentence, mention, p)]
    if counted and len(counted) < len(in_clause):
        in_clause = [p for p in in_clause if p not in counted]
    if not in_clause:
        return None, ""
    # "nicht in Lima, sondern in Quito", "in Quito rather than in Lima": not the place it is held in
    not_there: re.Pattern[str] | None = pack.extra.get("not_there")
    if not_there is not None:
        held = [p for p in in_clause if not not_there.search(sentence, max(0, p.start - 30), p.start)]
        if not held:  # "nicht in Lima, sondern in Quito": the place the next clause gives instead
            held = [p for p in places if p.start > in_clause[-1].end and p.place is not None][:1]
        in_clause = held or in_clause
    # "in Brisbane on November 15 and 16 for the G20 summit, in Canberra on November 18": a
    # place its own other date follows is that date's stop
    others = [m.start for m in find_dates(sentence, pack) if m.start != mention.start]
    own = [p for p in in_clause if not any(0 <= start - p.end <= 4 for start in others)] or in_clause
    # "will fly to Asunción on Sunday night to attend Monday's Mercosur summit and will travel on
    # to Bolivia on Tuesday": where someone goes to attend the meeting is its place
    attends: re.Pattern[str] | None = pack.extra.get("attends")
    if attends is not None:
        gone_to = [p for p in own if p.end <= cue.start and attends.match(sentence[p.end : cue.start])]
        if gone_to:
            return gone_to[-1].place, "explicit"
    nearest = min(own, key=lambda p: abs(p.start - anchor))
    if nearest.place is not None and nearest.place.level == "country":
        # a city rather than its country when the clause names both ("the summit, which
        # Indonesia will host in Bali in November")
        inside = [
            p
            for p in own
            if p.place is not None
            and p.place.level != "country"
            # (the dateline's town, "which France will host here", though no gazetteer knows it)
            and (p.place.country == nearest.place.country or (p.role == "here" and p.place.country is None))
            and max(p.start - nearest.end, nearest.start - p.end) <= 60
        ]
        if inside:
            nearest = min(inside, key=lambda p: abs(p.start - anchor))
    return nearest.place, "here" if nearest.role == "here" else "explicit"


def _right_after_topic(sentence: str, place: Mention, pack: LanguagePack) -> bool:
    topic = pack.rx.topic.search(sentence, max(0, place.start - 40), place.start)
    while topic is not None and topic.end() < place.start - 3:
        topic = pack.rx.topic.search(sentence, topic.end(), place.start)
    return topic is not None


def _goal_then_destination(sentence: str, cue: Cue, place: Mention, pack: LanguagePack) -> bool:
    """True when a trip's goal, a gathering ("zum Gipfel der EPG"), is followed in its clause by
    where the trip goes ("nach Tirana fliegen"): the gathering's town."""
    to_meeting: re.Pattern[str] | None = pack.extra.get("to_meeting")
    return (
        to_meeting is not None
        and cue.kind in ("summit", "conference", "ministerial", "meeting")
        and not cue.verb
        and 0 <= place.start - cue.end <= 60
        and not any(stop in sentence[cue.end : place.start] for stop in CLAUSE_MARKS)
        and to_meeting.search(sentence, max(0, cue.start - 30), cue.start) is not None
    )


def held_online(
    sentence: str, clause_lo: int, clause_hi: int, cue: Cue, mention: DateMention, pack: LanguagePack
) -> bool:
    """True when the cue's clause says its meeting is held online ("talks by video link"); a
    videoconference told after the meeting and its date is another meeting, and does not make
    this one virtual ("talks in Geneva on Monday, followed by a videoconference of G7 leaders")."""
    after = max(cue.end, mention.end)
    cues = find_cues(sentence, pack)
    others = [(c.start, c.end) for c in cues if c.start >= after and c.kind == "videoconference" and not _manner(c)]
    # some who join by video make no meeting virtual ("with the leaders of Guinea expected to
    # join by video link")
    remote: re.Pattern[str] | None = pack.extra.get("joins_remotely")
    return any(
        not any(lo <= match.start() < hi for lo, hi in others)
        and not _virtual_of_another(sentence, match.start(), clause_hi, cue, cues, pack)
        and not (remote is not None and remote.search(sentence, max(0, match.start() - 40), match.start()))
        for match in pack.rx.virtual.finditer(sentence, clause_lo, clause_hi)
    )


def _virtual_of_another(sentence: str, at: int, clause_hi: int, cue: Cue, cues: list[Cue], pack: LanguagePack) -> bool:
    """True when the words that say "online" at ``at`` belong to a meeting told before this one,
    which names a town of its own ("a special virtual meeting this weekend, ahead of the regular
    meeting of heads in Basseterre"); a sequel with none shares the manner ("a videoconference
    with Li on Monday, followed by a separate session with Xi in the afternoon")."""
    if not any(at <= c.start < cue.start and "," in sentence[c.end : cue.start] for c in cues if c.start != cue.start):
        return False
    return any(
        p.place is not None and p.place.level in ("city", "venue") and cue.end <= p.start < clause_hi
        for p in find_places(sentence, pack)
    )


def _manner(cue: Cue) -> bool:
    """True when a videoconference's words say how a meeting is held, opened by a short
    preposition ("в формате видеоконференции", "by video link", "par visioconférence"), not
    another meeting."""
    words = cue.word.split()
    return len(words) >= 2 and len(words[0]) <= 3 and words[0].islower()


def _still_ahead_today(around: str, clause: str, mention: DateMention, pack: LanguagePack) -> bool:
    """A meeting dated the day of publication counts only if the text says it is yet to come."""
    if happened(around, pack) or weakly_past(around, pack):
        return False
    if mention.kind == "relative" and (mention.qualifier == "later" or mention.relative2 is not None):
        return True
    if not pack.rx.past_verb.search(around):
        return True  # "The Security Council was called to a meeting on Monday" (today)
    return bool(pack.rx.still_ahead.search(around))


def _with_duration(
    resolved: Resolved, sentence: str, clause_lo: int, clause_hi: int, cue: Cue, pack: LanguagePack
) -> Resolved:
    """A one-day date stretched by a stated length ("a two-day meeting starting March 30"),
    unless the length is that of a meeting the candidate precedes ("will travel to Brussels on
    Wednesday, on the eve of a two-day summit")."""
    if resolved.start != resolved.end or resolved.precision is not DatePrecision.DAY:
        return resolved
    match = pack.rx.duration.search(sentence, clause_lo, clause_hi)
    if not match:
        return resolved
    # "on the eve of a two-day summit": the length of a meeting something else precedes
    prepares: re.Pattern[str] | None = pack.extra.get("prepares_for")
    owner = [c for c in find_cues(sentence, pack) if not c.verb and 0 <= c.start - match.end() <= 12]
    if (
        owner
        and owner[0].start != cue.start
        and prepares is not None
        and prepares.search(sentence, max(0, owner[0].start - 60), owner[0].start)
    ):
        return resolved
    groups = match.groupdict()
    raw = (groups.get("n") or groups.get("m") or groups.get("k") or "").lower()
    days = int(raw) if raw.isdigit() else pack.numbers.get(raw, 1)
    if not 1 < days <= 14:
        return resolved
    try:
        end = resolved.start + timedelta(days=days - 1)
    except OverflowError:
        return resolved
    return Resolved(resolved.start, end, resolved.precision, resolved.explicit_year)


def _later_meeting_with_own_day(
    sentence: str, mention: DateMention, after: int, clause_hi: int, pack: LanguagePack
) -> int | None:
    """Where a later meeting noun of the clause begins that has a day of its own right after
    it, or None. Not a day that only ends this one's run ("and the summit and related meetings
    will run until Thursday")."""
    for other in find_cues(sentence, pack):
        if other.verb or not after < other.start < clause_hi:
            continue
        for m in find_dates(sentence, pack):
            # (or in a relative clause opening right after it: "ni la conferencia COP25, que debía
            # celebrarse en la capital del 2 al 13 de diciembre")
            own = other.end + _OWN_DAY
            told = False
            if m.start > own:
                relative = relative_clause(sentence, m.start, m.end, pack)
                told = relative is not None and 0 <= relative[0] - other.end <= 2
                if told:
                    own = max(own, relative[1])  # type: ignore[index]
            if (
                other.end <= m.start <= own
                and m.end <= clause_hi
                and m.start != mention.start
                and m.kind not in _SKIP_KINDS
                and not pack.rx.runs_until.search(sentence, max(other.end, m.start - 30), after_until(m, pack))
            ):
                # (from the first meeting word of its name: "la conferencia de Naciones Unidas sobre
                # el cambio climático COP25")
                named = [
                    c.start
                    for c in find_cues(sentence, pack)
                    if told
                    and not c.verb
                    and after < c.start < other.start
                    and "," not in sentence[c.end : other.start]
                ]
                return min([*named, other.start])
    return None


def _runs_until(
    resolved: Resolved, sentence: str, mention: DateMention, clause_hi: int, context: Context, tense: Tense
) -> Resolved:
    """A one-day date stretched to the end the clause gives ("will open on Monday and run
    until Friday")."""
    if resolved.start != resolved.end or resolved.precision is not DatePrecision.DAY:
        return resolved
    pack = context.pack
    for other in find_dates(sentence, pack):
        if other.start <= mention.end or other.start >= clause_hi:
            continue
        upto = after_until(other, pack)  # the date may hold its "until": "which runs until Tuesday"
        if not pack.rx.runs_until.search(sentence, max(mention.end, other.start - 30), upto):
            continue
        # "opens tomorrow and closes the day after tomorrow": a relative day counts from the
        # article's day, a weekday from the opening
        end = resolve(other, context.reference if other.kind == "relative" else resolved.start, tense)
        if end is not None and end.precision is DatePrecision.DAY and 0 < (end.end - resolved.start).days <= 14:
            return Resolved(resolved.start, end.end, resolved.precision, resolved.explicit_year)
        break
    return resolved


def _running_since(sentence: str, mention: DateMention, cues: list[Cue], pack: LanguagePack) -> set[int]:
    """The meeting word a "since" date bounds when the words after it say the meeting runs
    ("der 55. Session des Menschenrechtsrats, die seit dem 26.02. in Genf läuft"): that
    meeting is under way, and no other date of the sentence is its start (the day of a speech
    at it is not). The pack's ``runs_since`` names the verbs; a meeting "stalled since March"
    that "resumes on Monday" is not running."""
    runs: re.Pattern[str] | None = pack.extra.get("runs_since")
    if runs is None or not pack.rx.since.search(sentence, max(0, mention.start - 40), mention.start):
        return set()
    if not runs.search(sentence, mention.end, mention.end + 40):
        return set()
    before = [c for c in cues if c.end <= mention.start and mention.start - c.end <= 80]
    return {before[-1].start} if before else set()


def _moved_between(sentence: str, mention: DateMention, pack: LanguagePack) -> tuple[DateMention, DateMention] | None:
    """A range of days right after a move's words is the day it left and the day it goes to
    ("postponed from December 17 to 21", "repoussé du 17 au 21 décembre", "aplazada del 17 al
    21"): the first day and the new one, each a day of its own; None for any other date. The
    words are the pack's ``moved_from``."""
    pattern: re.Pattern[str] | None = pack.extra.get("moved_from")
    if pattern is None or mention.kind != "day_range" or mention.day2 is None:
        return None
    if not pattern.search(sentence, max(0, mention.start - 60), mention.start):
        return None
    first = replace(mention, kind="day", month2=None, day2=None)
    new = replace(mention, kind="day", month=mention.month2 or mention.month, day=mention.day2, month2=None, day2=None)
    return first, new


def _opened_after_and_gone(sentence: str, cue: Cue, mention: DateMention, pack: LanguagePack) -> bool:
    """True when the sentence opens with "after" a meeting and its day ("Tras una llamada
    telefónica con Trump el lunes por la mañana, Sheinbaum anunció ...", "After talks with
    Putin on Friday, Macron said ..."), and the sentence goes on, past the comma, in the past:
    what came after the meeting is told as done, so the meeting is over (the pack's
    ``after_opener``)."""
    opener: re.Pattern[str] | None = pack.extra.get("after_opener")
    if opener is None or mention.start < cue.end or not opener.fullmatch(sentence, 0, cue.start):
        return False
    comma = sentence.find(",", mention.end)
    if comma < 0 or comma - mention.end > 30:
        return False
    after = sentence[comma : comma + 40]
    said: re.Pattern[str] = pack.extra.get("any_past_verb", pack.rx.past_verb)  # (a report's verb too)
    return said.search(after) is not None or weakly_past(after, pack)


def _previous_start(sentence: str, new: DateMention, context: Context, tense: Tense) -> date | None:
    """The first day a moved meeting had, when the sentence gives it ("moved from May 5")."""
    for mention in find_dates(sentence, context.pack):
        if mention == new or mention.kind not in ("day", "day_range", "weekday", "weekday_dom"):
            continue
        if context.pack.rx.old_date.search(sentence[max(0, mention.start - 40) : mention.start]):
            resolved = resolve(mention, context.reference, tense)
            return resolved.start if resolved else None
    return _shifted_from(sentence, new, context, tense)


def _previous_place(sentence: str, cue: Cue, new: DateMention, here: Place | None, context: Context) -> str | None:
    """The city a moved meeting was to be held in, when the sentence names it between the
    meeting word and the new place and date ("a summit due to be held in Perpignan on Thursday
    will instead take place in Paris on the same day"): the place of the plan the move undid,
    not where someone spoke of it ("Speaking in Lima, the minister said the talks ...")."""
    if here is None or here.level not in ("city", "venue"):
        return None
    places = [m for m in find_places(sentence, context.pack, context.dateline_city) if m.place is not None]
    first_here = next((m.start for m in places if same_place(m.place, here) > 0), None)
    if first_here is None:
        return None
    for found in places:
        old = found.place
        if found.start >= min(first_here, new.start):
            break
        if (
            found.start > cue.start
            and found.role == "venue"
            and old is not None
            and old.level in ("city", "venue")
            and same_place(old, here) < 0
        ):
            return old.name
    return None


def _not_there(sentence: str, here: Place | None, context: Context) -> str | None:
    """The city a sentence says the meeting is not held in, beside the one it is held in ("in
    Addis Ababa rather than in Djibouti", "à Paris et non à Perpignan"): the place it left.
    The pack's ``not_there`` words come right before the place's preposition."""
    pattern: re.Pattern[str] | None = context.pack.extra.get("not_there")
    if pattern is None or here is None or here.level not in ("city", "venue"):
        return None
    for found in find_places(sentence, context.pack, context.dateline_city):
        old = found.place
        if (
            old is not None
            and old.level in ("city", "venue")
            and same_place(old, here) < 0
            and pattern.search(sentence, max(0, found.start - 30), found.start)
        ):
            return old.name
    return None


def _shifted_from(sentence: str, new: DateMention, context: Context, tense: Tense) -> date | None:
    """The first day of a meeting moved by a stated span ("pushed back by four days, to
    July 8", "two days later than planned"): the new day less the shift."""
    pattern: re.Pattern[str] | None = context.pack.extra.get("shifted_by")
    found = pattern.search(sentence) if pattern is not None else None
    resolved = resolve(new, context.reference, tense)
    if found is None or resolved is None or resolved.precision is not DatePrecision.DAY:
        return None
    groups = {name: value for name, value in found.groupdict().items() if value}  # n, week, earlier (or n2...)
    raw = (groups.get("n") or groups.get("n2") or "").casefold()
    count = 1 if groups.get("one") else int(raw) if raw.isdigit() else context.pack.numbers.get(raw)  # "a day"
    if count is None:
        return None
    days = count * (7 if groups.get("week") or groups.get("week2") else 1)
    earlier = groups.get("earlier") or groups.get("earlier2")
    return resolved.start + timedelta(days=days if earlier else -days)


def _features(candidate: Candidate, around: str, pack: LanguagePack) -> dict[str, float]:
    resolved = candidate.resolved
    features: dict[str, float] = {}
    if resolved is None:
        return features
    if resolved.precision is DatePrecision.WEEK:
        features["week"] = 1.0
    elif resolved.precision is DatePrecision.MONTH:
        features["month"] = 1.0
    mention = candidate.mention
    if mention.kind == "weekday" and mention.qualifier not in ("next", "coming", "on", "week_next", "week_this"):
        features["weekday_unqualified"] = 1.0
    if candidate.tense is Tense.FUTURE:
        features["future"] = 1.0
    elif candidate.tense is Tense.UNKNOWN:
        features["tense_unknown"] = 1.0
    features["cue_strength"] = candidate.cue.strength - 0.85
    if hedged(around, pack):
        features["hedged"] = 1.0
    if not (candidate.organisations or candidate.countries or candidate.people or candidate.roles):
        features["nobody_named"] = 1.0
    if resolved.explicit_year:
        features["explicit_year"] = 1.0
    return features


def _sequels(
    sentence: str, index: int, context: Context, cues: list[Cue], kept: list[Candidate], taken: dict[int, Candidate]
) -> list[Candidate]:
    """A second meeting of one sentence with no date of its own: "will meet Macron at noon,
    followed by talks with Stoltenberg at 3 p.m." takes the first meeting's day, when it has
    its own time or its own people."""
    pack = context.pack
    found: list[Candidate] = []
    # one day only: after a stay of several ("will travel to Moscow on July 8-9 ... and will then
    # pay a visit to Austria") what comes next is on a day the sentence does not give
    dated = [c for c in kept if c.index == index and c.precision is DatePrecision.DAY and c.start == c.end]
    # days of other things ("the Royal Court said in a statement on Sunday") give no sequel its own
    dates = [m.start for m in find_dates(sentence, pack) if not_a_meeting_date(sentence, m, pack) is None]
    for cue in cues:
        if cue.start in taken or cue.verb:
            continue
        later = [c.start for c in cues if c.start > cue.end]
        reported = pack.rx.reporter.search(sentence, cue.end)
        bound = min([*later, cue.end + 90, *([reported.start()] if reported else [])])
        if any(cue.end <= start < bound for start in dates):
            continue  # "followed by a session of the NATO-Russia Council in Brussels on January 12": its own day
        before = [c for c in dated if c.cue.end <= cue.start]
        if not before:
            continue
        first = before[-1]
        if not pack.rx.sequel.search(sentence, first.cue.end, cue.start):
            continue
        following = sentence[cue.end : cue.end + 90]
        own_clock = bool(find_clocks(following, pack))
        own_people = bool(
            find_people(following, pack) or find_countries(following, pack) or find_roles(following, pack)
        )
        if not (own_clock or own_people):
            continue
        found.append(build(sentence, index, first.mention, cue, context, inherited=True))
    return found


def _home_countries(candidate: Candidate) -> set[str]:
    """The country of a candidate's city (the host a sentence names by its capital)."""
    place = candidate.place
    return {place.country} if place is not None and place.country else set()


def told_first(mine: list[Candidate], before: list[Candidate], pack: LanguagePack) -> None:
    """The sentence after a meeting's tells the day it was first set for: "The summit will be
    held on June 26 by video. It was originally due to take place on April 8-9 in Da Nang, but
    was postponed in March." The meeting before, if it is the only one, was moved from that
    day (and city): a reschedule, which lets the store join the reports of the first day."""
    if len(before) != 1 or before[0].change is not None or before[0].start is None:
        return
    moved = before[0]
    new_start = before[0].start
    for old in mine:
        if (
            old.kept
            or old.start is None
            or old.start >= new_start
            or old.decision.reason != "starts before the article was written"
            or not pack.rx.superseded.search(old.sentence, max(0, old.mention.start - 80), old.mention.start)
            # another meeting's first plan names whom the moved one does not ("the GCC-EU council,
            # which had been due on 10 June in Brussels, was postponed" after a ministers' call)
            or not set(old.organisations) <= set(moved.organisations)
            or not set(old.countries) <= set(moved.countries) | set(_home_countries(moved))
        ):
            continue
        there = old.place if old.place is not None and old.place.level in ("city", "venue") else None
        elsewhere = there is not None and (
            moved.place is None or moved.place.level == "online" or same_place(there, moved.place) < 0
        )
        moved.change = Change(ChangeAction.RESCHEDULE, old.start, there.name if there and elsewhere else None)
        return


def _told_again_after_put_off(old: Candidate, new: Candidate) -> bool:
    """True when ``new``, in the sentence right after ``old`` was put off, names some of those
    ``old`` named and no one it did not (its countries, its ministers)."""
    return (
        old.kept
        and old.status is Status.POSTPONED
        and old.index == new.index - 1
        and new.tense is Tense.FUTURE  # (not "The visit, which media had reported for May 2-4, was meant to ...")
        and new.specific
        and set(new.countries) <= set(old.countries)
        and set(new.organisations) <= set(old.organisations)
        and set(new.people) <= set(old.people)
    )


def moved_on(mine: list[Candidate], before: list[Candidate], pack: LanguagePack) -> list[Candidate]:
    """A meeting told as put off from its day, then, a sentence or two on, as now set for a
    later one ("The joint commission, due to meet in Tbilisi on Wednesday, 14 May, has been put
    off. It will now meet on Friday, 16 May."): one meeting moved, not a
    postponed one beside a new one. The new sentence's candidate becomes the reschedule from
    the first day (and takes its place and who meets when it names none); the postponed one
    is dropped, and returned so the article's kept list forgets it. A sentence that opens
    "instead" ("Instead, the two ministers will now meet in Moscow on Tuesday") tells the meeting
    called off in the sentence before, whoever it names."""
    dropped: list[Candidate] = []
    instead: re.Pattern[str] | None = pack.extra.get("instead")
    for new in mine:
        # ("À la place, les deux ministres se retrouveront mardi": a new day told as the one instead)
        replaces = new.status is Status.CONFIRMED and (
            (instead is not None and instead.match(new.sentence) is not None)
            # ("Sie findet neu am 12.03.2024 statt" after "Die ... Ministerkonferenz wird vertagt":
            # the pronoun holds the meeting put off)
            or bool(new.facts.get("held_told_before"))
            # ("Переговоры ..., которые должны были пройти во вторник, перенесены. Министры
            # встретятся в четверг": the sentence right after one put off, naming some of its
            # parties and no others)
            or any(_told_again_after_put_off(old, new) for old in before)
        )
        if (
            not new.kept
            or (new.change is None and not replaces)
            or (new.change is not None and new.change.action is not ChangeAction.RESCHEDULE)
            or (new.change is not None and new.change.previous_start is not None)
            or new.start is None
        ):
            continue
        put_off = [
            c
            for c in before
            if c.kept
            # (one called off in the sentence that gives the new days: "will now meet on Thursday,
            # after a meeting set for last Saturday was called off"; or in the sentence right
            # before, of whom the move names: "Das ... geplante Treffen der deutschen und
            # französischen Regierungen fällt aus. Der deutsch-französische Ministerrat werde auf
            # Januar verschoben")
            and (
                c.status is Status.POSTPONED
                or (c.status is Status.CANCELLED and c.index == new.index)
                or (c.status is Status.CANCELLED and c.index == new.index - 1 and (_same_parties(c, new) or replaces))
                # (or one still standing in the sentence right before, when the move names no one
                # of its own: "Le CPS ... devait se réunir de nouveau lundi à Addis-Abeba. Sa session
                # a été repoussée de 24 heures, à mardi 10h")
                or (
                    c.status is Status.CONFIRMED
                    and c.index == new.index - 1
                    and new.change is not None
                    and not new.specific
                    and _kinds_alike(c, new)
                )
            )
            and (new.change is not None or (c.index == new.index - 1 and _kinds_alike(c, new)))
            and c.start is not None
            and c.start < new.start
            and (_kinds_alike(c, new) or _same_parties(c, new))
            and c not in dropped
        ]
        if len(put_off) != 1:
            continue  # none, or several that might be meant
        old = put_off[0]
        new.change = Change(ChangeAction.RESCHEDULE, old.start, new.change.previous_place if new.change else None)
        if new.place is None:
            new.place, new.place_source = old.place, old.place_source
        if not new.specific:
            new.organisations, new.countries, new.people = old.organisations, old.countries, old.people
        # (whose meeting it is was told with its first day)
        new.needs_context = new.needs_context and old.needs_context
        old.decision = Decision(False, "put off, then told with its new day in a later sentence")
        dropped.append(old)
    return dropped


def _days_over_their_month(
    pairs: list[tuple[float, int, DateMention, Cue]],
) -> list[tuple[float, int, DateMention, Cue]]:
    """Without a month's pairing to a meeting word that a day of that month pairs with too
    ("opens its regular September session on Sept. 11"): the month names the session, the
    day dates it."""
    nearest: dict[int, tuple[float, DateMention, Cue]] = {}
    for distance, order, mention, cue in pairs:
        dated = mention.kind in ("day", "day_range") and mention.month is not None
        if dated and (order not in nearest or distance < nearest[order][0]):
            nearest[order] = (distance, mention, cue)
    # (a day that is its own nearest meeting word's only: "Mitte Juni ... Gipfel ..., am 24. und
    # 25. Juni Nato-Gipfel" leaves the first summit its month)
    days = {(cue.start, mention.month) for _, mention, cue in nearest.values()}
    return [p for p in pairs if not (p[2].kind == "month" and (p[3].start, p[2].month) in days)]


def _unreported(clause: str, after: int, pack: LanguagePack) -> str:
    """The clause without the words of a source told after ``after`` ("..., according to an
    outline circulated to member states"): their verbs tell of the report, not the meeting."""
    sourced: re.Pattern[str] | None = pack.extra.get("source_after")
    source = sourced.search(clause, after) if sourced is not None else None
    return clause[: source.start()] if source is not None else clause


def _kinds_alike(first: Candidate, second: Candidate) -> bool:
    """True when two meeting words are of one kind, talks and a meeting alike ("the talks ...
    will not take place ... they will now meet on Monday")."""
    kinds = {first.cue.kind, second.cue.kind}
    return len(kinds) == 1 or kinds == {"meeting", "talks"}


def _same_parties(first: Candidate, second: Candidate) -> bool:
    """True when two candidates name the same organisations, countries and people, and some."""
    parties = (set(first.organisations), set(first.countries), set(first.people))
    return any(parties) and parties == (set(second.organisations), set(second.countries), set(second.people))


def share_trip_fate(mine: list[Candidate], before: list[Candidate], pack: LanguagePack) -> None:
    """A meeting told as a part of the trip told last, when that trip was put off or called off
    ("The president has postponed his visit to Japan, due to begin on Sunday ... The centrepiece
    of the trip was to be a meeting with the prime minister on Tuesday"), is put off or called
    off with it: its sentence names the trip by referring back to it ("of the trip", "during
    the visit"), says nothing of its own status, and dates it within the week the trip began."""
    trips = [c for c in before if c.kept and c.kind == "visit" and c.start is not None]
    if not trips:
        return
    trip = max(trips, key=lambda c: c.index)
    if trip.status not in (Status.POSTPONED, Status.CANCELLED) or trip.start is None:
        return
    last = max(trip.end or trip.start, trip.start + timedelta(days=_TRIP_DAYS))
    for new in mine:
        if (
            not new.kept
            or new.index <= trip.index
            or new.kind == "visit"
            or new.status is not Status.CONFIRMED
            or new.change is not None
            or new.precision is not DatePrecision.DAY
            or new.start is None
            or not trip.start <= new.start <= last
            or status_words(new.sentence, pack)
        ):
            continue
        if _of_the_trip(new, trip, pack):
            action = ChangeAction.CANCEL if trip.status is Status.CANCELLED else ChangeAction.POSTPONE
            new.status, new.change = trip.status, Change(action)


_PRONOUN_END_DAYS = 42  # the longest run a pronoun's "until" may give a meeting told before (a UN session's weeks)


def ends_told_by_pronoun(sentence: str, index: int, kept: list[Candidate], reference: date, pack: LanguagePack) -> None:
    """A sentence that opens with a pronoun for the meeting the sentence before told, and says
    how long it runs ("La session s'ouvre lundi à Genève. Elle se prolongera jusqu'au 23 mars";
    "It runs until Friday"): that meeting ends on that day. The pack's ``ends_pronoun`` reads
    the pronoun and its verb; the day is the first after them, counted from the meeting's."""
    opener: re.Pattern[str] | None = pack.extra.get("ends_pronoun")
    found = opener.match(sentence.lstrip()) if opener is not None else None
    if found is None:
        return
    told = [c for c in kept if c.index == index - 1]
    if len(told) != 1 or told[0].precision is not DatePrecision.DAY or told[0].start is None or told[0].end is None:
        return  # none, or several the pronoun may mean
    before = told[0]
    assert before.start is not None
    assert before.end is not None
    after = len(sentence) - len(sentence.lstrip()) + found.end()
    dates = [m for m in find_dates(sentence, pack) if m.start >= after and m.start - after <= 20]
    if not dates:
        return
    last = resolve(dates[0], reference if dates[0].kind == "relative" else before.start, Tense.FUTURE)
    if (
        last is None
        or last.precision is not DatePrecision.DAY
        or not 0 < (last.end - before.start).days <= _PRONOUN_END_DAYS
    ):
        return
    if last.end > before.end:
        before.end, before.end_certain = last.end, True


def shares_the_decision(sentence: str, mine: list[Candidate], kept: list[Candidate], pack: LanguagePack) -> None:
    """A sentence that opens by saying the decision told before reaches further ("La decisión
    alcanza también a la reunión de ministros ...", "The decision also affects the ministers'
    meeting on November 14"): its meetings, of no status of their own, share the fate of the
    meeting called off or put off a sentence or two before (the pack's ``same_fate``)."""
    opener: re.Pattern[str] | None = pack.extra.get("same_fate")
    if opener is None or not opener.match(sentence.lstrip()) or not mine:
        return
    index = mine[0].index
    off = [c for c in kept if c.status in (Status.CANCELLED, Status.POSTPONED) and 0 < index - c.index <= 2]
    if not off:
        return
    fate = off[-1].status
    action = ChangeAction.CANCEL if fate is Status.CANCELLED else ChangeAction.POSTPONE
    for new in mine:
        if new.kept and new.status is Status.CONFIRMED and new.change is None and not status_words(new.sentence, pack):
            new.status, new.change = fate, Change(action)


def put_off_not_called_off(sentence: str, index: int, kept: list[Candidate], pack: LanguagePack) -> None:
    """A meeting told as off ("findet nicht statt", "will not take place"), when the sentence
    after (or the one after that) says it was put off ("agreed on Wednesday to postpone the
    meeting"), naming it by referring back and giving it no new day: it is postponed, not
    cancelled. A calendar that shows it called off for good says more than the article does."""
    statuses = status_words(sentence, pack)
    put_off = [(start, end) for start, end, action in statuses if action == "postpone"]
    if not put_off or any(action == "cancel" for _, _, action in statuses):
        return
    if hedged(sentence, pack) or any(c.kept and c.index == index for c in kept):
        return  # only weighed; or a new day told, which moves the meeting (moved_on)
    called_off = [c for c in kept if c.status is Status.CANCELLED and 0 < index - c.index <= 2]
    if len(called_off) != 1 or called_off[0].change is None:
        return  # none, or several that might be meant
    old = called_off[0]
    cues = find_cues(sentence, pack)
    for start, end in put_off:
        about = _status_of(sentence, start, end, pack)
        cue = next((c for c in cues if c.start == about), None)
        if cue is None or cue.kind not in (old.kind, "meeting"):
            continue
        # a language without articles refers back by the bare noun ending its clause
        # ("договорились перенести встречу, сообщил ...")
        bare = pack.extra.get("bare_nouns_refer") and re.match(r"\s*(?:[,.;]|$)", sentence[cue.end :])
        if referring_words(sentence, cue, pack) is None and not bare:
            continue
        old.status, old.change = Status.POSTPONED, Change(ChangeAction.POSTPONE)
        return


def called_off_after(sentence: str, index: int, kept: list[Candidate], pack: LanguagePack) -> None:
    """A meeting told with its day, then called off in the very next sentence that
    names it only by referring back and gives no day of its own ("... had been due to attend a
    preparatory session of the Council of Ministers on Monday. That meeting has also been called
    off, her ministry confirmed."): that meeting is off. Only one meeting of the sentence before,
    of the referring noun's kind, may be meant; else nothing changes."""
    statuses = status_words(sentence, pack)
    # (called off only: "the summit has been postponed" after a day is as often the move that
    # gave that day, told again)
    if not statuses or any(action != "cancel" for _, _, action in statuses):
        return
    if hedged(sentence, pack) or any(c.index == index for c in kept):
        return  # only weighed; or a meeting of the sentence's own
    if any(not _day_said(sentence, m, pack) for m in find_dates(sentence, pack)):
        return  # a time of its own: the sentence may tell of another meeting, or of history
    before = [c for c in kept if c.index == index - 1 and c.status is Status.CONFIRMED]
    cues = find_cues(sentence, pack)
    done: re.Pattern[str] | None = pack.extra.get("done_before")
    for start, end, _ in statuses:
        if done is not None and done.search(sentence, max(0, start - 30), start):
            return  # "The summit had been postponed repeatedly": history, not news
        about = _status_of(sentence, start, end, pack)
        cue = next((c for c in cues if c.start == about), None)
        if cue is None or cue.verb or referring_words(sentence, cue, pack) is None:
            continue
        meant = [c for c in before if c.kind == cue.kind] or (before if cue.kind == "meeting" else [])
        if len(meant) != 1:
            return
        meant[0].status, meant[0].change = Status.CANCELLED, Change(ChangeAction.CANCEL)
        return


def _of_the_trip(new: Candidate, trip: Candidate, pack: LanguagePack) -> bool:
    """True when a meeting's sentence tells it as a part of the trip: it refers back to the
    trip ("of the trip", "during the visit"), or it is held where the trip was going and the
    visitor is who meets there (named by any of his names, or as the host's counterpart:
    "tenía previsto reunirse el martes con su homólogo japonés en Tokio")."""
    if any(
        cue.kind == "visit" and cue.start != new.cue.start and referring_words(new.sentence, cue, pack) is not None
        for cue in find_cues(new.sentence, pack)
    ):
        return True
    if new.place is None or trip.place is None or same_place(new.place, trip.place) <= 0:
        return False
    visitor = any(named_in(new.sentence, name) for name in trip.people)
    return visitor or "counterparts" in new.roles or "counterpart" in new.roles


# How many days after a trip's first one a meeting told as a part of it may fall, when the
# text gives the trip no last day (a state visit rarely runs longer than a week).
_TRIP_DAYS = 7


_CLOCK_BESIDE_DAY = 30  # characters from a day to the clock time after it that is that day's hour


def attach_clock(sentence: str, index: int, kept: list[Candidate], pack: LanguagePack) -> None:
    """Give a clock time to the meeting a sentence goes on about ("The meeting is on Thursday.
    It opens at 10:00 local time."): the latest meeting of this or the three sentences before
    that has a day and no time yet (five, when this sentence names it again by a noun of its
    kind: "Начало заседания ... намечено на 15:00"), when this sentence dates nothing else."""
    clocks = None
    recent = [c for c in kept if index - 5 <= c.index <= index]
    waiting = [c for c in recent if c.clock is None and c.precision is DatePrecision.DAY]
    if not waiting:
        if kept:  # (every sentence comes here: no clock search before the article dated a meeting)
            _clock_of_one_named(sentence, index, kept, pack)
        return
    own = [c for c in recent if c.index == index]
    dated = [
        m
        for m in find_dates(sentence, pack)
        if m.kind not in _SKIP_KINDS
        and not_a_meeting_date(sentence, m, pack) is None
        and not _day_said(sentence, m, pack)
    ]  # "..., the ministry said on Saturday": the day of a statement dates no meeting
    if own:
        # In its own sentence a time beyond the words around the date belongs to the one
        # meeting the sentence keeps: "... on Monday, the council said. It starts at 10:00".
        if len(own) != 1 or own[0].clock is not None:
            return
        heading = own[0].mention.qualifier == "heading"
        clocks = [
            c
            for c in find_clocks(sentence, pack)
            if (heading or not _entry_stamp(sentence, c))
            and not _hour_of_another_day(sentence, own[0].mention, own[0].start, own[0].facts.get("reference"), c, pack)
        ]
        if len(clocks) != 1:
            return
        if not _hour_of_a_meeting_named_before(sentence, own[0].cue, clocks[0], pack):
            own[0].clock = clocks[0]
            return
        # "The meeting is planned for 11:00 local time ..., on the sidelines of the Antalya
        # Diplomacy Forum, which runs from March 11 to 13": the hour of the meeting told before
        waiting = [c for c in waiting if c.index < index]
        if not waiting or pack.rx.anaphor.search(sentence) is None:
            return
    clocks = [c for c in find_clocks(sentence, pack) if not _entry_stamp(sentence, c)]
    if len(clocks) != 1:
        return
    if any(
        m.kind not in _SKIP_KINDS
        and 0 <= clocks[0].start - m.end <= _CLOCK_BESIDE_DAY
        and m not in dated
        and not _day_said(sentence, m, pack)
        for m in find_dates(sentence, pack)
    ):
        # "una conferencia de prensa el martes 19 de febrero, a las 10:00 horas", "the weekly
        # briefing on Thursday at 11 a.m.": the hour of a day no meeting has is that day's
        return
    lo, hi = clause_around(sentence, clocks[0].start, clocks[0].end, pack)
    own_days = [
        m
        for m in dated
        if m.kind in ("day", "day_range", "day_list", "weekday", "relative")
        and lo <= m.start < hi
        and not _in_another_relative(sentence, m, clocks[0], pack)
    ]
    if own_days:
        # a clause with its own day speaks of another day ("...; Christmas falls on 7 January"
        # does not), unless that day is a waiting meeting's ("The opening session will start at
        # 14.00 GMT on Monday" after a summit on Monday)
        reference = waiting[0].facts.get("reference")
        if (
            not isinstance(reference, date)
            or pack.rx.not_meeting_date.search(sentence, max(0, lo), clocks[0].start)
            or any(m.qualifier in ("until", "till", "by", "since") for m in own_days)
        ):
            return  # "the pact is set to expire at midnight on Friday", "bis Mittwoch, 12 Uhr": a deadline's hour
        # a date gone by ("y será seguido de la firma ... del T-MEC, el pasado 1 de julio") tells
        # of something done, never of the hour's day (but "yesterday" tells when the hour was
        # given, or of another thing: "the curfew began yesterday, from 7 p.m.")
        ahead = [
            m
            for m in own_days
            if m.kind not in ("day", "day_range", "day_list")
            or 0 <= clocks[0].start - m.end <= _CLOCK_BESIDE_DAY  # "5 апреля в полдень": that day's hour
            or (r := resolve(m, reference, Tense.FUTURE)) is None
            or r.start >= reference
        ]
        days = {r.start for m in ahead if (r := resolve(m, reference, Tense.FUTURE)) is not None}
        if ahead:
            waiting = [c for c in waiting if c.start in days and c.index >= index - 3]
            if len(days) != 1 or not waiting:
                return
    # "The Russia-Central Asia summit will begin at 14:00" after a summit on Thursday and a
    # meeting on Friday: the summit's. A meeting named by its noun is named again by a noun
    # of its kind before the time; without one, the time is the latest meeting's.
    kinds = {cue.kind for cue in find_cues(sentence, pack) if not cue.verb and cue.end <= clocks[0].start}
    near = [c for c in waiting if c.index >= index - 3]
    # a visit's talks name the visit ("receives him on Thursday ... The talks begin at 18:00")
    named = [c for c in waiting if (not c.cue.verb and c.kind in kinds) or (c.kind == "visit" and "talks" in kinds)]
    chosen = [c for c in named if c in near] or near or named  # further back only when named again
    if not chosen:
        return
    target = max(chosen, key=lambda c: (c.index, c.mention.start))
    inside = [
        c
        for c in near
        if c.kind != "visit"
        and c.start == c.end
        and target.start is not None
        and target.end is not None
        and c.start is not None
        and target.start <= c.start <= target.end
    ]
    if target.kind == "visit" and target.start != target.end and inside:
        # a visit of several days and a meeting on one of them ("will leave for Moscow on Sunday
        # on a two-day visit ... the trilateral meeting will be held on Monday. The ministers
        # begin their discussions at 1:30 pm"): the time is the meeting's, not the trip's
        target = max(inside, key=lambda c: (c.index, c.mention.start))
    target.clock = clocks[0]


def _in_another_relative(sentence: str, mention: DateMention, clock: Clock, pack: LanguagePack) -> bool:
    """True when a date stands in a relative clause after the clock time ("The meeting is
    planned for 11:00 ..., on the sidelines of the Forum, which runs from March 11 to 13"):
    another thing's day, not the hour's."""
    clause = relative_clause(sentence, mention.start, mention.end, pack)
    return clause is not None and clock.end <= clause[0]


def _hour_of_a_meeting_named_before(sentence: str, cue: Cue, clock: Clock, pack: LanguagePack) -> bool:
    """True when a clock time, before a sentence's dated meeting word, follows another meeting
    word of the sentence closely ("The meeting is planned for 11:00 ..., on the sidelines of
    the Forum, which runs from March 11 to 13"): that word's hour, not the later one's."""
    if clock.start >= cue.start:
        return False
    return any(
        other.start != cue.start and 0 <= clock.start - other.end <= _CLOCK_BESIDE_DAY
        for other in find_cues(sentence, pack)
    )


def _clock_of_one_named(sentence: str, index: int, kept: list[Candidate], pack: LanguagePack) -> None:
    """ "The summit opens at 10am, according to the programme." at an article's end, far
    from the summit told at its head: a time with no day, in a sentence that names a meeting
    by a noun of its kind, is the time of the one meeting of that kind the article dated to a
    day (none, or two on different days: no one's)."""
    clocks = [c for c in find_clocks(sentence, pack) if not _entry_stamp(sentence, c)]
    if len(clocks) != 1 or any(not_a_meeting_date(sentence, m, pack) is None for m in find_dates(sentence, pack)):
        return
    kinds = {cue.kind for cue in find_cues(sentence, pack) if not cue.verb and cue.end <= clocks[0].start}
    if not kinds:
        return
    same = [c for c in kept if c.index < index and c.kind in kinds and not c.cue.verb]
    days = {(c.start, c.end) for c in same}
    if len(days) != 1 or any(c.precision is not DatePrecision.DAY or c.clock is not None for c in same):
        return
    same[-1].clock = clocks[0]


def _time_only(
    sentence: str, index: int, context: Context, cues: list[Cue], mentions: list[DateMention], known: list[Candidate]
) -> list[Candidate]:
    """ "Producers will meet at 1500 GMT": a future meeting with a clock time and no day is
    today's, unless the sentences before dated a meeting (the time is that meeting's)."""
    pack = context.pack
    if mentions or not pack.rx.clock_only.search(sentence) or not find_clocks(sentence, pack):
        return []
    if any(c.index >= index - 3 for c in known):
        return []  # the time of a meeting told in the three sentences before (``attach_clock``)
    # "Putin will arrive on Thursday. He is due to hold talks with Erdoğan at 14:00": that day's
    day_before = _day_ahead(context.sentence_before, context.reference, pack)
    ahead = (day_before - context.reference).days if day_before is not None else 0
    today = DateMention(kind="relative", start=0, end=0, text="today", relative=ahead, qualifier="later")
    return [build(sentence, index, today, cues[0], context)]


def _day_ahead(sentence: str, reference: date, pack: LanguagePack) -> date | None:
    """The one day after the article's that a sentence names, if it names exactly one (for a
    time told in the next sentence without a day: "He will arrive on Thursday. Talks with
    Erdoğan are due at 14:00")."""
    days = set()
    for mention in find_dates(sentence, pack):
        why_not = not_a_meeting_date(sentence, mention, pack)
        if mention.kind not in ("day", "weekday", "relative") or why_not not in (None, "a departure or an arrival"):
            continue  # (the day someone arrives is the day of what they do there)
        resolved = resolve(mention, reference, Tense.FUTURE)
        if resolved is not None and resolved.precision is DatePrecision.DAY and resolved.start > reference:
            days.add(resolved.start)
    return days.pop() if len(days) == 1 else None


def _ended_before(sentence: str, index: int, found: list[Candidate], context: Context) -> list[Candidate]:
    """ "after the end of a two-day summit": that summit ends on the day of this sentence's meeting."""
    pack = context.pack
    match = pack.rx.end_of.search(sentence)
    if not match or not found:
        return []
    anchor = min(found, key=lambda c: abs(c.sentence.find(match.group(0))))
    if anchor.start is None:
        return []
    raw = match.group("n").lower()
    days = pack.numbers.get(raw, int(raw) if raw.isdigit() else 1)
    start = anchor.start - timedelta(days=days - 1)
    if start < context.reference:
        return []
    what = match.group("what")
    cue = Cue(
        match.start("what"), match.end("what"), what, "summit" if "summit" in what.lower() else "meeting", False, 0.85
    )
    candidate = Candidate(
        sentence,
        index,
        cue,
        anchor.mention,
        tense=Tense.FUTURE,
        start=start,
        end=anchor.start,
        precision=DatePrecision.DAY,
        kind=cue.kind,
        phrase=what,
        organisations=list(anchor.organisations),
        countries=list(anchor.countries),
        roles=_values(find_roles(what, pack)),
        confidence=round(anchor.confidence - 0.1, 2),
    )
    candidate.decision = Decision(True, "a meeting that ends when the next one begins")
    return [candidate]


def _schedule_item(sentence: str, pack: LanguagePack) -> bool:
    """True when a sentence is an item of a schedule: it opens with its clock time."""
    clocks = find_clocks(sentence, pack)
    return bool(clocks) and clocks[0].start == 0


_JOURNEY_REACH = 3  # sentences from a trip's day to the gathering's own days


def journeys_to_it(mine: list[Candidate], kept: list[Candidate], pack: LanguagePack) -> list[Candidate]:
    """Meetings dated by a trip to them, whose own days a sentence after tells ("Rajoy viajará el
    viernes a Chile para participar en la primera cumbre UE-CELAC ... La cita birregional se
    desarrollará el sábado y el domingo"): the trip's day, a day or two before the first, is the
    journey's, not the gathering's: they are dropped, and returned (the gathering keeps its own
    days)."""
    gone: list[Candidate] = []
    for new in mine:
        if (
            not new.kept
            or new.cue.kind not in _GATHERINGS
            or new.precision is not DatePrecision.DAY
            or new.start is None
            or new.status is not Status.CONFIRMED
        ):
            continue
        for old in reversed(kept):
            if old.index < new.index - _JOURNEY_REACH:
                break  # (told sentences back: a page repeating a sentence stays linear)
            if (
                old in gone
                or old.index >= new.index
                or old.cue.kind not in _GATHERINGS
                or old.precision is not DatePrecision.DAY
                or old.start is None
                or old.start != old.end
                or not 0 < (new.start - old.start).days <= 2
                # the same gathering: its bodies, or told again by words that refer back ("la cita")
                or not (
                    set(old.organisations) & set(new.organisations)
                    or (not new.organisations and referring_words(new.sentence, new.cue, pack) is not None)
                )
                or not trip_dated(old.sentence, old.mention, old.cue, pack)
            ):
                continue
            old.decision = Decision(False, "the day of the journey to a gathering whose own days are told after")
            gone.append(old)
    return gone


def visit_runs_until(mine: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """A visit dated by its first day, whose talks the next sentence tells only by the day they
    run until ("Kurz reist am Montag nach Serbien. In Belgrad sind bis Dienstag Gespräche
    geplant"): the visit runs to that day. Its talks are no meeting of their own: they are
    dropped, and the ones that had been kept returned."""
    gone: list[Candidate] = []
    for new in mine:
        if (
            new.mention.qualifier not in ("until", "till")
            or new.precision is not DatePrecision.DAY
            or new.start is None
            or new.start != new.end
            or new.tense is Tense.PAST
            or new.status is not Status.CONFIRMED
            or new.cue.kind not in ("talks", "meeting", "visit")
        ):
            continue
        visits = [
            old
            for old in kept
            if old.index == new.index - 1
            and old.kind == "visit"
            and old.status is Status.CONFIRMED
            and old.precision is DatePrecision.DAY
            and old.start is not None
            and old.start == old.end
            and 0 < (new.start - old.start).days <= 4
            # (the same visit: where the talks are lies where it goes)
            and same_place(new.place, old.place) >= 0
        ]
        if len(visits) != 1:
            continue
        visits[0].end = new.start
        if new.kept:
            gone.append(new)
        new.decision = Decision(False, "the last day of a visit told the sentence before")
    return gone


def first_set_told_after(mine: list[Candidate], kept: list[Candidate], pack: LanguagePack) -> None:
    """A meeting told with its new day, then, sentences on, by referring back with the earlier
    day it had first been set for ("Mauritania will host this year's Arab summit in Nouakchott in
    July ... Morocco gave up its turn to host the meeting, which had been due in Marrakech on
    April 7"): the meeting was moved from that day (and place). Only one kept gathering told
    before, of the article's bodies and later than that day, may be meant; else nothing changes."""
    for old in mine:
        if (
            old.kept
            or old.facts.get("update") != "superseded"
            or old.start is None
            or old.cue.verb
            or old.cue.kind not in _GATHERINGS
            or referring_words(old.sentence, old.cue, pack) is None
            # (not one told as put off or called off after it: "La cumbre ordinaria, prevista
            # inicialmente para el 8 de abril, fue aplazada sin fecha" is another, still off)
            or any(start >= old.cue.end for start, _, _ in status_words(old.sentence, pack))
        ):
            continue
        meant = [
            c
            for c in kept
            if c.index < old.index
            and c.change is None
            and c.status is Status.CONFIRMED
            and c.cue.kind in _GATHERINGS
            and c.start is not None
            and c.start > old.start
            and (not old.organisations or set(old.organisations) & set(c.organisations))
            # (its own sentence tells of no change: "La cumbre ... que iba a reunir este viernes
            # ... no se llevará a cabo en la fecha prevista" is put off, not moved)
            and not any(o.change is not None for o in kept if o.index == c.index)
        ]
        if len(meant) != 1:
            continue
        moved = meant[0]
        there = old.place if old.place is not None and old.place.level in ("city", "venue") else None
        elsewhere = there is not None and (moved.place is None or same_place(there, moved.place) < 0)
        moved.change = Change(ChangeAction.RESCHEDULE, old.start, there.name if there and elsewhere else None)
