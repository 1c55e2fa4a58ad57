"""Finding the meetings an article announces (pure: everything comes in as arguments).

The stages, each its own module with typed data between them:

    Article --document--> Document (clean text, sentences, language pack, reference day)
            --tag--> spans per sentence (dates, clock times, meeting words, names, places)
            --candidates--> a meeting word with the date that belongs to it, and what the
                            sentence says of it (pair.py chooses which date is whose)
            --decide--> keep or drop, with a reason (``diplocal extract --explain``)
            --group--> one group per meeting of the article
            --assemble--> Meeting (title, dates, time, place, who, status, evidence, confidence)

All knowledge of a language is in its pack (``extract/lang/``); names of places and
organisations come from ``diplocal.places``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import takewhile

from diplocal.extract.assemble import ArticleOrganisations, assemble
from diplocal.extract.candidates import (
    Candidate,
    Context,
    attach_clock,
    called_off_after,
    candidates_in,
    ends_told_by_pronoun,
    first_set_told_after,
    journeys_to_it,
    moved_on,
    put_off_not_called_off,
    reports,
    share_trip_fate,
    shares_the_decision,
    told_first,
    visit_runs_until,
)
from diplocal.extract.document import Document, read_document
from diplocal.extract.group import group_candidates
from diplocal.extract.lang import LanguagePack
from diplocal.extract.language import pack_of
from diplocal.extract.resolve import resolve
from diplocal.extract.spans import Cue, Tense
from diplocal.extract.tag.dates import find_dates
from diplocal.extract.tag.names import find_organisations, find_people
from diplocal.extract.tag.words import acronym_cues, find_cues, may_hold_cue, meeting_acronyms
from diplocal.extract.weights import MIN_CONFIDENCE
from diplocal.model import Article, DatePrecision, Meeting, Status
from diplocal.places import city

__all__ = ["Explanation", "explain_article", "meetings_from_article"]


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the extractor made of an article: every candidate with its decision, and the
    meetings it kept."""

    document: Document
    candidates: tuple[Candidate, ...]
    meetings: tuple[Meeting, ...]


def meetings_from_article(article: Article, *, min_confidence: float = MIN_CONFIDENCE) -> list[Meeting]:
    """The scheduled meetings an article announces, each with evidence and confidence.

    The article must carry its publication date (see ``extract.published``); its language
    is its ``language`` field, else detected. Meetings are sorted by start and title.
    Raises :class:`UnknownPublicationDate`, :class:`InvalidDate` or :class:`UnsupportedLanguage`.
    """
    return list(explain_article(article, min_confidence=min_confidence).meetings)


def explain_article(article: Article, *, min_confidence: float = MIN_CONFIDENCE) -> Explanation:
    """The extractor's whole reading of an article (see :class:`Explanation`)."""
    pack = pack_of(article)
    document = read_document(article, pack)
    candidates = _candidates(document)
    kept = [c for c in candidates if c.kept]
    meetings: list[Meeting] = []
    if kept:
        orgs = ArticleOrganisations(document)
        for group in group_candidates(kept, pack):
            meeting = assemble(group, document, kept, orgs, min_score=min_confidence)
            if meeting is not None:
                meetings.append(meeting)
    meetings.sort(key=lambda m: (m.start, m.end, m.title))
    return Explanation(document, tuple(candidates), tuple(meetings))


def _candidates(document: Document) -> list[Candidate]:
    pack = document.pack
    home = None
    if document.dateline.city:
        found = city(document.dateline.city)
        home = found.country if found else None
    found_all: list[Candidate] = []
    kept: list[Candidate] = []
    frame: date | None = None
    frame_left = 0
    heading: date | None = None
    named: dict[str, None] = {}
    last_subject: tuple[str, bool] | None = None
    pair_before: tuple[tuple[str, bool], ...] = ()
    sentence_before = ""
    days_told: dict[date, None] = {}
    days_gone: dict[tuple[date, str], None] = {}
    acronyms = _meeting_acronyms(document)
    held: re.Pattern[str] | None = pack.extra.get("held_pronoun")  # "It will be held on Monday"
    for number, sentence in enumerate(document.sentences):
        text = sentence.text
        heading = _heading(text, document) or heading
        has_cue = not _caption(text, pack) and (
            (may_hold_cue(text, pack) and bool(find_cues(text, pack)))
            or bool(acronyms and acronym_cues(text, acronyms))
            or bool(held is not None and held.match(text.lstrip()))
        )
        framing = True
        if has_cue:
            context = Context(
                pack,
                document.reference,
                document.dateline.city,
                home,
                frame,
                heading,
                tuple(named),
                last_subject,
                pair_before,
                sentence_before,
                next((c.place for c in reversed(kept) if c.place is not None and c.place.level != "online"), None),
                tuple(days_told),
                acronyms,
                _visit_span(kept, number - 1),
                tuple(days_gone),
            )
            mine = candidates_in(text, number, context, kept)
            # a week whose meetings are all called off is no longer the story's ("The summit
            # planned for next Wednesday has been called off. Biden will still attend the G7
            # from Friday to Sunday": this week's Friday)
            called_off = [c.status is not Status.CONFIRMED for c in mine if c.kept]
            framing = not (called_off and all(called_off))
            recent = _kept_since(kept, number - 2)
            for candidate in mine:
                found_all.append(candidate)
                if candidate.kept:
                    kept.append(candidate)
            # the day first set, told in the sentence after the meeting's (or a sentence or two
            # later, when those between tell of no meeting)
            told = recent or _kept_since(kept, number - 3)
            last = max((c.index for c in told if c.index < number), default=None)
            told_first(mine, [c for c in told if c.index == last], pack)
            for gone in moved_on(mine, [*recent, *(c for c in mine if c not in recent)], pack):
                kept.remove(gone)
            share_trip_fate(mine, kept, pack)
            shares_the_decision(text, mine, kept, pack)
            put_off_not_called_off(text, number, kept, pack)
            called_off_after(text, number, kept, pack)
            first_set_told_after(mine, kept, pack)
            for journey in journeys_to_it(mine, kept, pack):
                kept.remove(journey)
            for talks in visit_runs_until(mine, kept):
                kept.remove(talks)
            # the days gone by that the article's meetings were told on, for a weekday told again
            # (each day of a span: "last Saturday and Sunday")
            days_gone.update(
                dict.fromkeys(
                    (c.start + timedelta(days=offset), c.cue.kind)
                    for c in mine
                    if c.tense is Tense.PAST
                    and c.mention.kind == "weekday"
                    and c.start is not None
                    and c.end is not None
                    and c.start < document.reference
                    and c.precision is DatePrecision.DAY
                    for offset in range(min((c.end - c.start).days, (document.reference - c.start).days - 1, 6) + 1)
                )
            )
            # the single days the article's meetings were dated to, for a weekday told again
            days_told.update(
                dict.fromkeys(
                    c.start
                    for c in mine
                    if c.kept
                    and c.start is not None
                    and c.start == c.end
                    and c.precision is DatePrecision.DAY
                    and c.status is Status.CONFIRMED
                )
            )
        # people named in full so far, for surnames alone later ("Putin and Xi will meet"), and
        # whom the sentence opens with, for "He" in the next ("He and Putin will hold talks")
        people = find_people(text, pack)  # named in any sentence, for surnames alone later
        named.update(dict.fromkeys(p.value for p in people if " " in p.value))
        last_subject = (people[0].value, people[0].role != "untitled") if people and people[0].start < 40 else None
        # the two people a sentence names (not who says it), for "The two leaders" in the next
        two = list(dict.fromkeys((p.value, p.role != "untitled") for p in people if not reports(text, p, pack)))
        pair_before = tuple(two) if len(two) == 2 else ()
        attach_clock(text, number, kept, pack)
        ends_told_by_pronoun(text, number, kept, document.reference, pack)
        sentence_before = text
        # Only a meeting's "next week" frames the weekdays that follow ("talks next Monday and
        # Tuesday ... on Thursday and Friday"); "sign an agreement next week" does not.
        # A headline's "next week" is one item's of several; the body says which days are whose.
        headline = text.strip() == document.title.strip()
        new_frame = week_frame(text, document.reference, pack) if has_cue and framing and not headline else None
        if new_frame is not None:
            frame, frame_left = new_frame, 2
        elif frame_left and not _aside(text):  # a byline or a heading between does not end the story's week
            frame_left -= 1
            if not frame_left:
                frame = None
    return found_all


def _visit_span(kept: list[Candidate], index: int) -> tuple[date, date] | None:
    """The days of the visit of a few days sentence ``index`` told, if it told one."""
    for candidate in reversed(kept):
        if candidate.index < index:
            break
        if (
            candidate.index == index
            and candidate.kind == "visit"
            and candidate.precision is DatePrecision.DAY
            and candidate.start is not None
            and candidate.end is not None
            and 0 < (candidate.end - candidate.start).days <= 10
        ):
            return candidate.start, candidate.end
    return None


def _meeting_acronyms(document: Document) -> dict[str, Cue]:
    """The short names the article defines for its meetings ("the 44th ASEAN Foreign
    Ministers' Meeting (AMM)"), never an organisation's ("the African Union (AU)")."""
    if " (" not in document.text:
        return {}
    found = meeting_acronyms(document.text, document.pack)
    return {a: cue for a, cue in found.items() if not find_organisations(a, document.pack)}


def _kept_since(kept: list[Candidate], index: int) -> list[Candidate]:
    """The kept candidates of sentence ``index`` on (read from the end: a long article's kept
    list is not walked again for every sentence)."""
    return list(takewhile(lambda c: c.index >= index, reversed(kept)))[::-1]


def _caption(text: str, pack: LanguagePack) -> bool:
    """True when the line is a photo's caption ("PHOTO: West African leaders at the summit in
    June", "Légende photo : ...", "-- Caption: ..."): it tells of the picture, not of a meeting
    to come."""
    caption: re.Pattern[str] | None = pack.extra.get("caption")
    return caption is not None and caption.match(text.lstrip(" -–—•*>")) is not None


def _aside(text: str) -> bool:
    """A line that is no sentence of the story: a byline, a heading, a caption ("Von Sebastian
    Kroll, WFN-Studio Brüssel"): a few words without a closing stop."""
    words = text.split()
    return len(words) <= 8 and not text.rstrip().endswith((".", "!", "?", "»", '"', "”"))


def week_frame(sentence: str, reference: date, pack: LanguagePack) -> date | None:
    """The Monday of the week a sentence looks ahead to ("next week", "next Monday")."""
    if sentence.isascii() and not pack.rx.looks_ahead.search(sentence):
        return None  # only words that look ahead can set a frame: skip the date search
    for mention in find_dates(sentence, pack):
        if mention.kind == "period" and mention.unit == "week" and (mention.qualifier or "").endswith("next"):
            monday = reference - timedelta(days=reference.weekday())
            return monday + timedelta(days=7)
        if mention.kind == "weekday" and mention.qualifier == "week_next":
            return reference - timedelta(days=reference.weekday()) + timedelta(days=7)
        if mention.kind == "weekday" and mention.qualifier == "next" and mention.weekday is not None:
            ahead = (mention.weekday - reference.weekday()) % 7 or 7
            day = reference + timedelta(days=ahead)
            return day - timedelta(days=day.weekday())
    return None


def _heading(text: str, document: Document) -> date | None:
    """The day a line that is only a date names ("WEDNESDAY, FEBRUARY 27"): a schedule's
    heading, for the items under it that give only their clock time."""
    words = text.strip(" .,:;-")
    if not words or len(words) > 60:
        return None
    probe = words.title() if words.isupper() else words
    found = find_dates(probe, document.pack)
    if len(found) != 1 or found[0].kind != "day":
        return None
    # the date alone, or a title line of a few words around it with no sentence's full stop
    # ("Termine in Berlin am Mittwoch,
    # 17. Oktober 2012") that names no meeting (a headline that does is a story's, not a list's)
    titled = (
        len(probe.split()) <= 9 and not text.rstrip().endswith((".", "!", "?")) and not find_cues(probe, document.pack)
    )
    if len(found[0].text) < len(probe) - 1 and not titled:
        return None
    resolved = resolve(found[0], document.reference, Tense.UNKNOWN)
    if resolved is None or resolved.precision is not DatePrecision.DAY:
        return None
    if len(found[0].text) < len(probe) - 1 and resolved.start <= document.reference:
        return None  # a titled line of the day of writing or before is a byline's stamp, no schedule's
    return resolved.start
