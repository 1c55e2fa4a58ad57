"""Date phrases in a sentence, read by a language pack's grammar into numbers (pure).

The pack's templates say which words form a date; this module reads any template's groups
the same way, whatever the language: a month word becomes 1..12 through the pack's month
table (or the lemma of the word, for languages that inflect month names), and so on.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from diplocal.extract.lang import LanguagePack, pack_for
from diplocal.extract.memos import by_text
from diplocal.extract.spans import DateMention

_LOOK_BACK = 45  # the longest lead-in before an anchor: "the second half of", "later this", "between"
_MAX_DAYS = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def find_dates(sentence: str, pack: LanguagePack) -> tuple[DateMention, ...]:
    """Every date phrase in a sentence, left to right, without overlaps."""
    return _find_dates(sentence, pack.code)


@by_text
@lru_cache(maxsize=2048)
def _find_dates(sentence: str, code: str) -> tuple[DateMention, ...]:
    pack = pack_for(code)
    sentence = _heading_cased(sentence)
    found: list[DateMention] = []
    done = 0  # the end of the last phrase found; nothing before it is looked at again
    regex = pack.dates.regex
    look_back = int(pack.extra.get("date_look_back", _LOOK_BACK))
    for anchor in pack.anchors.finditer(sentence):
        if anchor.end() <= done:
            continue
        start = max(done, anchor.start() - look_back)
        for match in regex.finditer(sentence, start, min(len(sentence), anchor.end() + 60)):
            if match.end() <= anchor.start():
                continue  # a phrase wholly before this anchor was already considered
            name = match.lastgroup
            if name is None:
                continue
            index = int(name[1:])
            mention = read(pack, pack.dates.kinds[index], index, match, sentence)
            done = match.end()
            if mention is not None:
                found.append(mention)
            break
    return tuple(_consecutive_days(_with_their_weeks(_restated(found, sentence, pack), sentence, pack), sentence, pack))


# A programme's lead-in in capitals before a dash or a colon: "WEDNESDAY - Biden lands",
# "FRIDAY, JULY 15: talks", "JEUDI — entretien", "ПЯТНИЦА: переговоры".
_CAPS_LEAD = re.compile(r"^\s*([^\W\d_a-z][^a-z]{2,38}?)\s*(?:[-–—:]\s)")


def _heading_cased(sentence: str) -> str:
    """The sentence with a lead-in in capitals before a dash or colon in title case, so the
    grammar's day and month names read it ("WEDNESDAY - ..." is Wednesday's item of a day-by-day
    programme). Offsets stay those of the sentence: nothing is rewritten that would change
    its length."""
    lead = _CAPS_LEAD.match(sentence)
    if lead is None or not lead.group(1).isupper():
        return sentence
    start, end = lead.span(1)
    cased = sentence[start:end].title()
    if len(cased) != end - start:
        return sentence
    return sentence[:start] + cased + sentence[end:]


def _restated(found: list[DateMention], sentence: str, pack: LanguagePack) -> list[DateMention]:
    """A day told again in other words at once is one date, as the second tells it: "Am
    Vortag, also am Sonntag", "demain, c'est-à-dire mardi", "the day before, that is Sunday"
    (the pack's ``restated`` words between them)."""
    restated: re.Pattern[str] | None = pack.extra.get("restated")
    if restated is None or len(found) < 2:
        return found
    out: list[DateMention] = []
    for mention in found:
        before = out[-1] if out else None
        if before is not None and restated.fullmatch(sentence, before.end, mention.start):
            out[-1] = replace(mention, start=before.start, text=sentence[before.start : mention.end])
            continue
        out.append(mention)
    return out


def _with_their_weeks(found: list[DateMention], sentence: str, pack: LanguagePack) -> list[DateMention]:
    """A weekday followed by the week it falls in is one date: "on Thursday next week",
    "jeudi de la semaine prochaine", "в четверг на следующей неделе" are the Thursday of next
    week (qualifier ``week_next``), not the coming Thursday; "this week" gives ``week_this``.
    So is the week followed by its day ("next week, on Tuesday", "nächste Woche am Dienstag").
    The words between them are the pack's ``week_of`` (a comma and spaces by default)."""
    joiner: re.Pattern[str] = pack.extra.get("week_of") or _WEEK_OF
    out: list[DateMention] = []
    for mention in found:
        before = out[-1] if out else None
        day, week = (before, mention) if before is not None and before.kind == "weekday" else (mention, before)
        if (
            before is not None
            and week is not None
            and day.kind == "weekday"
            and day.qualifier in (None, "on")
            and week.kind == "period"
            and week.unit == "week"
            and week.qualifier in ("next", "this")
            and joiner.fullmatch(sentence, before.end, mention.start)
        ):
            # either order: "on Thursday next week", "next week, on Tuesday"
            out[-1] = replace(
                day,
                start=before.start,
                end=mention.end,
                text=sentence[before.start : mention.end],
                qualifier=f"week_{week.qualifier}",
            )
            continue
        out.append(mention)
    return out


_WEEK_OF = re.compile(r"\s*,?\s*")


def _consecutive_days(found: list[DateMention], sentence: str, pack: LanguagePack) -> list[DateMention]:
    """Two weekdays with their numbers, one day apart and joined by the pack's list word, are
    one span: "el viernes 15 y el sábado 16", "mercredi 13 et jeudi 14" (two days apart they
    stay two: two sittings), as are any two after the pack's range opener ("entre el miércoles 13
    y el sábado 16"). A word of up to three letters may stand before the second ("el")."""
    joiners: frozenset[str] = pack.extra.get("list_joiners", frozenset())
    openers: tuple[str, ...] = tuple(pack.extra.get("range_openers", ()))
    out: list[DateMention] = []
    for mention in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.kind == mention.kind == "weekday_dom"
            and before.day2 is None
            and before.day is not None
            and mention.day is not None
            and before.weekday is not None
            and mention.weekday is not None
            and _joined(sentence[before.end : mention.start], joiners)
            and (
                (mention.day == before.day + 1 and mention.weekday == (before.weekday + 1) % 7)
                or (
                    0 < mention.day - before.day <= 14
                    and (mention.weekday - before.weekday) % 7 == (mention.day - before.day) % 7
                    and sentence[max(0, before.start - 12) : before.start].rstrip().lower().endswith(openers)
                    and bool(openers)
                )
            )
        ):
            out[-1] = replace(
                before,
                end=mention.end,
                text=sentence[before.start : mention.end],
                day2=mention.day,
                weekday2=mention.weekday,
            )
            continue
        out.append(mention)
    return out


def _joined(gap: str, joiners: frozenset[str]) -> bool:
    """True when the words between two dates are a list word, and at most one short article."""
    words = gap.replace(",", " ").split()
    return 1 <= len(words) <= 2 and words[0] in joiners and all(len(w) <= 3 for w in words[1:])


def read(pack: LanguagePack, kind: str, index: int, match: re.Match[str], sentence: str) -> DateMention | None:
    """The date a template's match means, or None when its words name no date."""
    prefix = f"t{index}"
    names = match.re.groupindex

    def get(group: str) -> str | None:
        key = f"{prefix}__{group}"
        return match.group(key) if key in names else None  # a template without the slot

    start, end = match.span(prefix)
    text = match.group(prefix)
    base = DateMention(
        kind=kind, start=start, end=end, text=text, preceding=sentence[max(0, start - 40) : start].lower()
    )
    month, month2 = month_number(pack, get("m")), month_number(pack, get("m2"))
    day, day2 = day_number(pack, get("d")), day_number(pack, get("d2"))
    year_text = get("y")
    year = int(year_text) if year_text and year_text.isdigit() else None
    weekday, weekday2 = weekday_number(pack, get("wd")), weekday_number(pack, get("wd2"))
    qualifier = _qualifier(pack, get("q"))
    modifier = _qualifier(pack, get("q2"))
    if kind == "day":
        if month is None and day is not None and weekday is not None and 1 <= day <= 31:
            # "el lunes 8", "mercredi 9": the day of that number that falls on that weekday
            return replace(base, kind="weekday_dom", day=day, weekday=weekday)
        if month is None or day is None or not _valid_day(month, day):
            return None
        if get("wd") and weekday is None:
            return None
        if _is_verb(pack, text, "day"):
            return None
        gone = pack.extra.get("day_gone")  # "11 مايو/أيار الماضي", "le 11 mai dernier": a day gone
        told = None
        if gone is not None and (gone.match(sentence, end) or any(m.end() == len(text) for m in gone.finditer(text))):
            told = "last"
        return replace(base, kind="day", month=month, day=day, year=year, weekday=weekday, qualifier=told)
    if kind == "this_month_day":
        return replace(base, kind=kind, day=day) if day is not None and 1 <= day <= 31 else None
    if kind == "days":
        month2 = month2 or month
        if month is None or day is None or day2 is None or month2 is None:
            return None
        if not (_valid_day(month, day) and _valid_day(month2, day2)):
            return None
        if month2 == month and day2 < day:
            return None
        listed = _is_list(pack, match, prefix) and not base.preceding.rstrip().endswith(
            tuple(pack.extra.get("range_openers", ()))
        )  # "between April 16 and 18" is a range
        if listed and month2 == month and day2 != day + 1:
            return replace(base, kind="day_list", month=month, day=day, month2=month2, day2=day2, year=year)
        return replace(base, kind="day_range", month=month, day=day, month2=month2, day2=day2, year=year)
    if kind in ("weekday", "weekdays", "weekday_week"):
        if weekday is None or (kind == "weekdays" and weekday2 is None):
            return None
        if kind == "weekday_week" and qualifier in ("next", "this"):
            qualifier = f"week_{qualifier}"  # "Donnerstag nächster Woche": the Thursday of next week
        return replace(base, kind="weekday", weekday=weekday, weekday2=weekday2, qualifier=qualifier)
    if kind == "relative":
        rel = _relative(pack, get("rel"))
        if rel is None:
            return None
        rel2 = _relative(pack, get("rel2")) if get("rel2") else None
        return replace(base, kind="relative", relative=rel, relative2=rel2, weekday2=weekday2, qualifier=modifier)
    if kind == "period":
        # "the end of this week" (a pack's part of a span): as "late this week"
        part = pack.month_parts.get(" ".join((get("part") or "").casefold().split()))
        return _period(pack, base, get, modifier or part)
    if kind == "month":
        if month is None:
            return None
        if _bare_month_is_word(pack, get("m") or "", qualifier or modifier, year, sentence, end):
            return None
        yq = get("yq")
        if yq:
            qualifier = {"this": "this year", "last": "last year", "next": "next year"}.get(
                _qualifier(pack, yq) or "", qualifier
            )
        elif modifier and not qualifier:
            qualifier = modifier
        gone = pack.extra.get("day_gone")  # "en août dernier", "في أغسطس الماضي": a month gone
        if gone is not None and qualifier in (None, "in") and year is None and gone.match(sentence, end):
            qualifier = "last"
        return replace(base, kind="month", month=month, year=year, qualifier=qualifier)
    if kind == "month_part":
        which = _qualifier(pack, get("which"))
        if which == "next":
            return replace(base, kind="month", relative=1, qualifier="part")
        if which in ("this", "the") or (get("which") and month is None):
            return replace(base, kind="month", relative=0, qualifier="part")
        if month is None:
            return None
        gone = pack.extra.get("day_gone")  # "مطلع سبتمبر الماضي", "début septembre dernier": a month gone
        if gone is not None and year is None and (gone.search(" " + text) or gone.match(sentence, end)):
            return replace(base, kind="month", month=month, year=year, qualifier="last")
        return replace(base, kind="month", month=month, year=year, qualifier="part")
    if kind == "anaphoric":
        offsets: dict[str, int] = pack.extra.get("anaphoric_days", {})
        said = " ".join((get("anaph") or "").casefold().split())
        offset = offsets.get(said)
        # "two days after", "a day before": a count and a direction, read by the pack's pattern
        pattern: re.Pattern[str] | None = pack.extra.get("counted_days")
        counted = pattern.fullmatch(said) if offset is None and pattern is not None else None
        if counted is not None:
            word = counted.group("n")
            article: dict[str, int] = pack.extra.get("counted_articles", {})  # "a day before"
            number = int(word) if word.isdigit() else pack.numbers.get(word, article.get(word))
            directions: dict[str, int] = pack.extra.get("anaphoric_directions", {})
            sign = directions.get(counted.group("direction"))
            offset = number * sign if number is not None and sign is not None else None
        if offset is None:
            return None
        # "that day" points at the day told just before, whatever it is the day of
        told_before: frozenset[str] = pack.extra.get("days_told_before", frozenset())
        return replace(base, kind="anaphoric", relative=offset, qualifier="before" if said in told_before else None)
    if kind == "nth_day":
        nth: dict[str, int] = pack.extra.get("nth_days", {})
        number = nth.get((get("nth") or "").casefold())
        return None if number is None else replace(base, kind="nth_day", relative=number)
    if kind == "season":
        return replace(base, kind="season", season=(get("season") or "").lower(), year=year)
    if kind == "year":
        return replace(base, kind="year", year=year, qualifier=qualifier)
    return None


def _period(pack: LanguagePack, base: DateMention, get: object, modifier: str | None) -> DateMention | None:
    getter = get  # a closure over the match's groups
    assert callable(getter)
    relweek, relmonth = getter("relweek"), getter("relmonth")
    if relweek or relmonth:
        phrase = (relweek or relmonth or "").casefold()
        table = pack.extra.get("relative_weeks" if relweek else "relative_months", {})
        offset = table.get(" ".join(phrase.split()))
        if offset is None:
            return None
        which = {1: "next", 0: "this", -1: "last"}.get(offset)
        if which is None:
            return None
        qualifier = (modifier or "") + which if modifier else which
        return replace(base, kind="period", qualifier=qualifier, unit="week" if relweek else "month")
    which = _qualifier(pack, getter("which"))
    unit = pack.units.get(pack.fold(getter("unit") or "")) or pack.units.get(pack.lemma(getter("unit") or ""))
    if getter("which") is None and unit == "weekend":
        which = "nearest"  # a pack's template may leave it out: "в выходные" is "at the weekend"
    if which == "nearest":
        # "at the weekend", "el fin de semana": the weekend nearest, ahead or just gone by the
        # tense; "the week" or "the end of the month" names no days this way
        which = "the" if unit == "weekend" and not modifier else None
    if which is None or unit is None:
        return None
    qualifier = (modifier or "") + which if modifier else which
    return replace(base, kind="period", qualifier=qualifier, unit=unit)


def month_number(pack: LanguagePack, word: str | None) -> int | None:
    """1..12 for a month word of the pack's language ("März", "января", "Sept."), else None."""
    if not word:
        return None
    key = pack.fold(word)
    found = pack.months.get(key)
    if found is None and pack.code != "en":
        found = pack.months.get(pack.lemma(key))
    return found


def weekday_number(pack: LanguagePack, word: str | None) -> int | None:
    """0..6 (Monday 0) for a weekday word of the pack's language, else None."""
    if not word:
        return None
    key = pack.fold(word)
    found = pack.weekdays.get(key)
    if found is None and pack.code != "en":
        found = pack.weekdays.get(pack.lemma(key))
    return found


def day_number(pack: LanguagePack, word: str | None) -> int | None:
    """A day of the month written in digits ("7", "7th", "1er", "4.") or as a number word."""
    if not word:
        return None
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group(0))
    total = 0
    for part in word.casefold().split("-"):
        if part not in pack.numbers:
            return None
        total += pack.numbers[part]
    return total


def _relative(pack: LanguagePack, word: str | None) -> int | None:
    if not word:
        return None
    return pack.relative_days.get(" ".join(word.casefold().split()))


def _qualifier(pack: LanguagePack, word: str | None) -> str | None:
    if not word:
        return None
    key = " ".join(word.casefold().split())
    found = pack.qualifiers.get(key)
    if found is None and pack.code != "en":
        found = pack.qualifiers.get(pack.lemma(key))
    return found


def _is_list(pack: LanguagePack, match: re.Match[str], prefix: str) -> bool:
    """True when the two days are joined by "and" (a list), not "to" or a dash (a range)."""
    try:
        between = match.string[match.end(f"{prefix}__d") : match.start(f"{prefix}__d2")]
    except (IndexError, TypeError):
        return False
    joiners: frozenset[str] = pack.extra.get("list_joiners", frozenset())
    return any(word in joiners for word in re.findall(r"\w+", between.casefold()))


def _is_verb(pack: LanguagePack, text: str, kind: str) -> bool:
    """True when a day phrase is really a verb and a number ("May I", "May 25 of them")."""
    verb: re.Pattern[str] | None = pack.extra.get("day_is_verb")
    return bool(verb and verb.match(text))


def _bare_month_is_word(
    pack: LanguagePack, word: str, qualifier: str | None, year: int | None, sentence: str, end: int
) -> bool:
    """True when a month name standing alone is a word of another kind ("May" the verb)."""
    if qualifier or year:
        return False
    needs: frozenset[str] = pack.extra.get("months_needing_qualifier", frozenset())
    if word.casefold() in needs:
        return True
    verbs: dict[str, re.Pattern[str]] = pack.extra.get("month_verb_after", {})
    after = verbs.get(word)
    return bool(after and after.match(sentence, end))


def _valid_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _MAX_DAYS[month]
