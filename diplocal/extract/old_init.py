"""Finding the meetings an article announces (pure: everything comes in as arguments).

The pipeline: clean the text, split it into sentences, find in each sentence the meeting
words with a date that belongs to them (``sightings``), resolve the dates against the
publication date, then merge the sightings that are one meeting (``coref``) and give each
a title, participants, a place and a confidence.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from diplocal.errors import InvalidDate, UnknownPublicationDate
from diplocal.extract.coref import merge_sightings
from diplocal.extract.cues import find_cues, may_hold_cue
from diplocal.extract.dates import find_dates
from diplocal.extract.entities import Dateline, parse_dateline
from diplocal.extract.gazetteer import ORGANISATIONS
from diplocal.extract.sightings import Sighting, sightings_in
from diplocal.model import SUPPORTED_YEARS, Article, Meeting
from diplocal.text import clean_text, sentences

# Below this confidence a meeting is not reported at all.
MIN_CONFIDENCE = 0.45

_LEXICON = frozenset(name for org in ORGANISATIONS for name in org.names if name.isalpha())
_LOOKS_AHEAD = re.compile(r"next|coming|following")


def meetings_from_article(article: Article, *, min_confidence: float = MIN_CONFIDENCE) -> list[Meeting]:
    """The scheduled meetings an article announces, each with evidence and confidence.

    The article must carry its publication date (see ``extract.published``); meetings are
    sorted by start and title. Raises :class:`UnknownPublicationDate` without one.
    """
    if article.published is None:
        raise UnknownPublicationDate(
            "cannot resolve dates without a publication date", where=article.id, hint="give it with --published"
        )
    if article.published.year not in SUPPORTED_YEARS:
        raise InvalidDate(
            f"published in {article.published.year}, outside the years news can be read for",
            where=article.id,
            hint=f"give a publication date from {SUPPORTED_YEARS.start} to {SUPPORTED_YEARS.stop - 1}",
        )
    text = clean_text(article.text, _LEXICON)
    dateline = parse_dateline(article.dateline or "")
    from_text = parse_dateline(text)
    if from_text.city:
        text = text[from_text.length :]
        if dateline.city is None:
            dateline = from_text
    reference = reference_date(article, dateline)
    found: list[Sighting] = []
    frame: date | None = None
    frame_left = 0
    split = sentences(text)
    for number, sentence in enumerate(split):
        found.extend(
            sightings_in(sentence.text, number, reference, dateline_city=dateline.city, frame=frame, known=found)
        )
        # Only a meeting's "next week" frames the weekdays that follow ("talks next Monday and
        # Tuesday ... on Thursday and Friday"); "sign an agreement next week" does not.
        has_cue = may_hold_cue(sentence.text) and bool(find_cues(sentence.text))
        new_frame = _week_frame(sentence.text, reference) if has_cue else None
        if new_frame is not None:
            frame, frame_left = new_frame, 2
        elif frame_left:
            frame_left -= 1
            if not frame_left:
                frame = None
    title = clean_text(article.title, _LEXICON)
    meetings = merge_sightings(
        found, article=article, headline=title, dateline_city=dateline.city, sentences=[s.text for s in split]
    )
    kept = [m for m in meetings if m.confidence >= min_confidence]
    return sorted(kept, key=lambda m: (m.start, m.end, m.title))


def reference_date(article: Article, dateline: Dateline) -> date:
    """The day the article was written, as its dateline gives it when that agrees with the
    publication time (a wire story filed on March 2 in Peking is stamped March 1 UTC)."""
    assert article.published is not None
    published = article.published.date()
    if dateline.month and dateline.day:
        from diplocal.extract.dates import MONTHS

        month = MONTHS.get(dateline.month.rstrip(".").lower())
        if month:
            for year in (published.year, published.year - 1, published.year + 1):
                try:
                    local = date(year, month, dateline.day)
                except ValueError:
                    continue
                if abs((local - published).days) <= 1:
                    return local
    return published


def _week_frame(sentence: str, reference: date) -> date | None:
    """The Monday of the week a sentence looks ahead to ("next week", "next Monday")."""
    if sentence.isascii() and not _LOOKS_AHEAD.search(sentence.lower()):
        return None  # only "next", "the coming" and "the following" look ahead: skip the date search
    for mention in find_dates(sentence):
        if mention.kind == "period" and mention.unit == "week" and (mention.qualifier or "").endswith("next"):
            monday = reference - timedelta(days=reference.weekday())
            return monday + timedelta(days=7)
        if mention.kind == "weekday" and mention.qualifier == "next" and mention.weekday is not None:
            ahead = (mention.weekday - reference.weekday()) % 7 or 7
            day = reference + timedelta(days=ahead)
            return day - timedelta(days=day.weekday())
    return None
