"""The first stage: an article as a Document: clean text, sentences with offsets, its
language's pack, its dateline and the day it was written (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from diplocal.errors import InvalidDate, UnknownPublicationDate
from diplocal.extract.lang import LanguagePack
from diplocal.extract.tag.dates import month_number
from diplocal.model import SUPPORTED_YEARS, Article
from diplocal.places import organisation_names
from diplocal.text import Sentence, clean_text, sentences


@dataclass(frozen=True, slots=True)
class Dateline:
    """The city (and agency, and month/day) an article was filed from."""

    city: str | None
    agency: str | None = None
    month: str | None = None
    day: int | None = None
    length: int = 0  # characters of text the dateline took up, when read from the text


@dataclass(frozen=True, slots=True)
class Document:
    """An article ready for the taggers: everything later stages need, and nothing more."""

    article: Article
    pack: LanguagePack
    title: str
    text: str
    sentences: tuple[Sentence, ...]
    dateline: Dateline
    reference: date  # the day the article was written, at its dateline


def read_document(article: Article, pack: LanguagePack) -> Document:
    """The Document of an article in ``pack``'s language.

    Raises :class:`UnknownPublicationDate` when the article has no publication date, and
    :class:`InvalidDate` when it lies outside the years news can be read for.
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
    lexicon = _lexicon(pack.code)
    text = clean_text(article.text, lexicon)
    dateline = parse_dateline(article.dateline or "", pack)
    from_text = parse_dateline(text, pack)
    if from_text.city or from_text.length:
        text = text[from_text.length :]
        if dateline.city is None:
            dateline = from_text
    else:
        # a byline's or a headline's line before it ("By Our Special Correspondent\n\nNEW DELHI,
        # Oct 14: ...", "Iguazú to host Mercosur summit\n\nBuenos Aires, June 3 - ...")
        first, _, rest = text.partition("\n")
        byline = (
            0 < len(first) <= _BYLINE
            and not first.rstrip().endswith((".", "!", "?", ":"))
            and not _NUMBER.search(first)  # (a line with a day or a year; "G20" is a name)
        )
        below = parse_dateline(rest.lstrip("\n"), pack) if byline else Dateline(None)
        if below.city and (below.day or below.month or below.agency):
            skipped = len(text) - len(rest.lstrip("\n"))
            text = text[:skipped] + text[skipped + below.length :]
            if dateline.city is None:
                dateline = below
    split = tuple(sentences(text, pack.abbreviations, pack.extra.get("no_break_before_period")))
    return Document(
        article=article,
        pack=pack,
        title=clean_text(article.title, lexicon),
        text=text,
        sentences=split,
        dateline=dateline,
        reference=reference_date(article, dateline, pack),
    )


_BYLINE = 120  # the longest first line read as a byline or headline above a dateline
_NUMBER = re.compile(r"(?<!\w)\d")  # a number of its own, not a digit inside a name ("G20", "COP28")


@cache
def _lexicon(code: str) -> frozenset[str]:
    return frozenset(name for name in organisation_names(code) if name.isalpha())


def reference_date(article: Article, dateline: Dateline, pack: LanguagePack) -> date:
    """The day the article was written, as its dateline gives it when that agrees with the
    publication time (a wire story filed on March 2 in Peking is stamped March 1 UTC)."""
    assert article.published is not None
    published = article.published.date()
    if dateline.month and dateline.day:
        month = month_number(pack, dateline.month)
        if month:
            for year in (published.year, published.year - 1, published.year + 1):
                try:
                    local = date(year, month, dateline.day)
                except ValueError:
                    continue
                if abs((local - published).days) <= 1:
                    return local
    return published


# "BRUSSELS (TASS):", "LONDON, March 30 -", "МОСКВА, 12 марта. /ТАСС/.", "Berlin (dpa) -",
# "MADRID, 3 jun (EFE).-", "القاهرة - (أ ش أ)", "LONDON/BRUSSELS, Dec 8 -"
_DATELINE = (
    r"^\s*(?P<city>[^\W\d_][^\W\d_ .'-]*(?:[ .'-]{1,2}[^\W\d_][^\W\d_.'-]*){0,3}?)"
    r"(?:/[^\W\d_][^\W\d_ .'/-]*(?:[ .'-]{1,2}[^\W\d_][^\W\d_.'/-]*){0,2}?)?"  # "LONDON/BRUSSELS": filed from both
    r"(?:,\s*(?P<region>[^\W\d_][^\W\d_ .]+?)(?![^\W\d_]|\.?\s+\d))?"  # "Dec. 2" is a date, no region
    r"(?:\s*\([^\W\d_][^)\n\d]{1,40}\)(?=,))?"  # "NUEVA YORK (NACIONES UNIDAS), 1 jul.-": the city's aside
    # "LONDON, March 3", "КАИР, 24 января", "المنامة في 24 أبريل /وكالة/ -" (the pack's opener)
    r"(?:(?:,|<OPENER>)\s*(?:(?P<month>[^\W\d_]{3,9}\.?)\s+(?P<day>\d{1,2})"
    # "8 de noviembre de 2022.-" (the pack's "of"); "Dakar, 1er juin", "Lima, 1º de julio"
    r"|(?P<day2>\d{1,2})(?:er|º|°)?\.?\s+<OF>(?P<month2>[^\W\d_]{3,9}\.?))"
    r"(?:,?\s+<OF>(?:19|20)\d\d)?)?"  # "Rabat, 15 avril 2024 (AD) -", "LONDON, March 30, 2024 -"
    r"\s*(?:\.\s*)?(?:[(/](?P<agency>[^)/\n]{1,60})[)/])?"
    # "NEW DELHI, Nov 10 (SLNA) Prime Minister ...": an agency's brackets may end it alone
    # a hyphen ends it only with a space beside it: "NUR-SULTAN -" is one city
    r"(?:\s*(?:(?<=\s)-|-(?=\s)|:|\u2013|\u2014|\.-|\.|\|)\s*|(?<=[)/])\s+(?=[^\W\d_]))"
)


@cache
def _dateline_pattern(opener: str, of: str) -> re.Pattern[str]:
    """The dateline grammar with a pack's words: what may open its date besides a comma
    (Arabic "في") and the word between a day and its month or year (Spanish "de")."""
    return re.compile(_DATELINE.replace("<OPENER>", opener or "(?!)").replace("<OF>", rf"(?:{of}\s+)?" if of else ""))


def parse_dateline(text: str, pack: LanguagePack) -> Dateline:
    """The dateline at the head of ``text``, in ``pack``'s language."""
    head = text[:120]
    if not any(mark in head for mark in ("-", ":", "\u2013", "\u2014", "/", ".", ")", "|")):
        # no separator (nor an agency's closing bracket: "La Habana, 24 feb (ACI) La segunda
        # ronda..."), no dateline: spares the regex its backtracking
        return Dateline(None)
    match = _dateline_pattern(pack.extra.get("dateline_opener", ""), pack.extra.get("dateline_of", "")).match(head)
    if not match:
        return Dateline(None)
    separator = head[match.start("agency") if match.group("agency") else 0 : match.end()].strip()[-1:]
    raw_city = match.group("city").strip()
    from diplocal.extract.tag.names import lookup_place
    from diplocal.extract.tag.words import find_cues
    from diplocal.places.cities import capital_of

    if find_cues(raw_city, pack):
        return Dateline(None)  # "Саммит ЕС — Китай, ...": a meeting's name opens the sentence, no town
    known = lookup_place(raw_city.title() if raw_city.isupper() else raw_city, pack)
    if separator == "|" and not (known and known[0].level in ("city", "country") and known[1] >= len(raw_city) - 1):
        return Dateline(None)  # "CÁDIZ | Lola Benítez": a town and its byline; "POLÍTICA | ...": a section
    if separator == "." and not (match.group("agency") or match.group("day") or match.group("day2")):
        # "NATO. The ministers...": a full stop alone ends a sentence, except where papers
        # write the city so ("Wien. Drei Tage vor dem Ministerrat ...")
        city_stop = pack.extra.get("dateline_full_stop") and known is not None and known[0].level == "city"
        if not city_stop:
            return Dateline(None)
    cased = raw_city.isupper() and len(raw_city) > 2
    # the name known must be (nearly) all of what the dateline gives: "Ciudad de México" is
    # Mexico City by all its words; "Paris Hilton" is no dateline
    if not (cased or (known and known[1] >= len(raw_city) - 3)) or len(raw_city) > 40:
        day_text = match.group("day") or match.group("day2")
        month_text = match.group("month") or match.group("month2")
        if day_text and month_text and separator in "-\u2013\u2014" and len(raw_city) <= 40:
            # "Naciones Unidas, 4 abr.- ...": a dateline of no town we know, its day the page's own
            return Dateline(None, (match.group("agency") or "").strip() or None, month_text, int(day_text), match.end())
        return Dateline(None)
    city = known[0].name if known else raw_city.title()
    if known and known[0].level == "country" and known[0].country:
        # "KUWAIT", "SINGAPORE", "الكويت": a dateline names a town; a country's name there is its capital's
        capital = capital_of(known[0].country)
        if capital is not None:
            city = capital.name
    month = match.group("month") or match.group("month2")
    day_text = match.group("day") or match.group("day2")
    day = int(day_text) if day_text else None
    agency = (match.group("agency") or "").strip() or None
    return Dateline(city, agency, month, day, match.end())
