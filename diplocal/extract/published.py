"""Settling an article's publication date, inferring it from the text when none is given.

An article without a date still says a lot about when it was written: the years it names,
a weekday given with a date ("Friday, January 7") that only some years agree with, the
weekday of the report ("this was reported on Tuesday"), and which dates it speaks of in
the future tense (written before them) or the past (written after them).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta

from diplocal.errors import UnknownPublicationDate
from diplocal.extract.lang import LanguagePack
from diplocal.extract.language import pack_of
from diplocal.extract.spans import DateMention, Tense
from diplocal.extract.tag.dates import find_dates
from diplocal.extract.tag.words import tense_of
from diplocal.model import Article
from diplocal.text import clean_text, sentences

# An inferred date is stamped at noon UTC, so that it stays on its day in most time zones.
INFERRED_TIME = time(12, 0)


def ensure_published(article: Article) -> Article:
    """The article with a publication date, inferred from its text when missing.

    Raises :class:`UnknownPublicationDate` when the text does not pin the date down.
    """
    if article.published is not None:
        return article
    day, basis = infer_published(article.title, article.text, pack_of(article))
    if day is None:
        raise UnknownPublicationDate(
            f"the article gives no publication date and its text does not pin one down ({basis})",
            where=article.source or article.id,
            hint="give it with --published YYYY-MM-DD, or a 'Published:' header line",
        )
    return article.with_published(datetime.combine(day, INFERRED_TIME, tzinfo=UTC), basis)


def infer_published(title: str, text: str, pack: LanguagePack) -> tuple[date | None, str]:
    """The likeliest publication day of a text in ``pack``'s language and how it was found
    (or why not)."""
    cleaned = clean_text(f"{title}\n{text}")
    dated: list[tuple[DateMention, Tense, str]] = []
    for sentence in sentences(cleaned, pack.abbreviations, pack.extra.get("no_break_before_period")):
        tense = tense_of(sentence.text, pack)
        for mention in find_dates(sentence.text, pack):
            dated.append((mention, tense, sentence.text))
    years = Counter(m.year for m, _, _ in dated if m.year)
    year, year_basis = _year(dated, years)
    if year is None:
        return None, "no year is named and no weekday fixes one"
    upper: date | None = None  # written on or before the first future-tense date
    upper_text = ""
    for mention, tense, _ in dated:
        if tense is Tense.FUTURE and mention.kind in ("day", "day_range", "day_list") and mention.month and mention.day:
            day = _on(mention.year or year, mention.month, mention.day)
            if day and (upper is None or day < upper):
                upper, upper_text = day, mention.text
    lower: date | None = None  # written after the last past-tense date
    for mention, tense, _ in dated:
        if tense is Tense.PAST and mention.kind == "day" and mention.month and mention.day:
            day = _latest_before(mention, year, upper)
            if day and (lower is None or day > lower):
                lower = day
    weekday = _report_weekday(dated, pack)
    if upper is None:
        return None, f"the year is {year} ({year_basis}) but no future date bounds the day"
    if weekday is not None:
        back = (upper.weekday() - weekday) % 7
        candidate = upper - timedelta(days=back)
        if lower is None or candidate > lower:
            name = _WEEKDAY_NAMES[weekday]
            return candidate, f"the report's weekday ({name}) before '{upper_text}' in {year} ({year_basis})"
    if lower is not None and 0 < (upper - lower).days <= 2:
        return lower + timedelta(days=1), f"between a past date and '{upper_text}' in {year} ({year_basis})"
    return None, f"the year is {year} ({year_basis}) but nothing fixes the day before '{upper_text}'"


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _year(dated: list[tuple[DateMention, Tense, str]], years: Counter[int]) -> tuple[int | None, str]:
    pairs = [m for m, _, _ in dated if m.weekday is not None and m.month and m.day and m.kind == "day"]
    if pairs and years:
        # A weekday with a date fits one year in about six: only near the years named.
        low, high = min(years) - 1, max(years) + 1
        fitting: Counter[int] = Counter()
        for mention in pairs:
            assert mention.month is not None
            assert mention.day is not None
            if mention.year:
                fitting[mention.year] += 1
                continue
            for year in range(low, high + 1):
                day = _on(year, mention.month, mention.day)
                if day and day.weekday() == mention.weekday:
                    fitting[year] += 2 + years.get(year, 0)
        if fitting:
            year, _ = max(fitting.items(), key=lambda item: (item[1], item[0]))
            return year, f"'{pairs[0].text}' falls on that weekday in {year}"
    if years:
        year = max(years)
        return year, f"the latest year named is {year}"
    return None, ""


def _report_weekday(dated: list[tuple[DateMention, Tense, str]], pack: LanguagePack) -> int | None:
    """The weekday of a past-tense report: "this was reported on Tuesday"."""
    for mention, tense, sentence in dated:
        if (
            mention.kind != "weekday"
            or mention.weekday2 is not None
            or mention.qualifier in ("next", "last", "coming", "week_next", "week_this")
        ):
            continue
        reported = tense is Tense.PAST or bool(pack.rx.report_words.search(sentence))
        if reported and (tense is not Tense.FUTURE or mention.qualifier == "on"):
            return mention.weekday
    return None


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest_before(mention: DateMention, year: int, upper: date | None) -> date | None:
    assert mention.month is not None
    assert mention.day is not None
    if mention.year:
        return _on(mention.year, mention.month, mention.day)
    for candidate in (year, year - 1):
        day = _on(candidate, mention.month, mention.day)
        if day and (upper is None or day < upper):
            return day
    return None
