"""Date phrases: finding them in a sentence and resolving them against the publication day."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplocal.extract.lang import pack_for
from diplocal.extract.resolve import resolve
from diplocal.extract.spans import DateMention, Tense
from diplocal.extract.tag.clock import find_clocks
from diplocal.extract.tag.dates import find_dates as find_dates_in
from diplocal.model import DatePrecision

EN = pack_for("en")


def find_dates(text: str) -> tuple[DateMention, ...]:
    return find_dates_in(text, EN)


def find_time(text: str) -> tuple[time, str | None] | None:
    clocks = find_clocks(text, EN)
    return (clocks[0].value, clocks[0].zone) if clocks else None


F, P, U = Tense.FUTURE, Tense.PAST, Tense.UNKNOWN
D, W, M = DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH
MON_30_MARCH_1987 = date(1987, 3, 30)  # a Monday
WED_1_APRIL_1987 = date(1987, 4, 1)


@pytest.mark.parametrize(
    ("text", "reference", "tense", "expected", "reason"),
    [
        ("on March 31", MON_30_MARCH_1987, F, ("1987-03-31", "1987-03-31", D), "explicit day, this year"),
        ("opening December 9", MON_30_MARCH_1987, F, ("1987-12-09", "1987-12-09", D), "later this year"),
        ("on January 10", date(1987, 12, 20), F, ("1988-01-10", "1988-01-10", D), "future tense crosses the year"),
        ("on January 10", date(1987, 12, 20), P, ("1987-01-10", "1987-01-10", D), "past tense stays behind"),
        ("on March 2", date(1987, 3, 10), F, ("1987-03-02", "1987-03-02", D), "a slip, not next year's meeting"),
        ("March 31-April 2", MON_30_MARCH_1987, F, ("1987-03-31", "1987-04-02", D), "range across months"),
        ("June 8-10", MON_30_MARCH_1987, F, ("1987-06-08", "1987-06-10", D), "range in a month"),
        ("between April 16-27", MON_30_MARCH_1987, F, ("1987-04-16", "1987-04-27", D), "between a range"),
        ("from April six to 10", MON_30_MARCH_1987, F, ("1987-04-06", "1987-04-10", D), "spelled day"),
        ("on May 25 and 26", MON_30_MARCH_1987, F, ("1987-05-25", "1987-05-26", D), "two days running"),
        ("April 17 and 20", MON_30_MARCH_1987, F, ("1987-04-17", "1987-04-20", D), "a list spans its days"),
        ("12-13 January 2022", date(2022, 1, 4), F, ("2022-01-12", "2022-01-13", D), "day-month order"),
        ("January 12, 2022", date(2022, 1, 4), U, ("2022-01-12", "2022-01-12", D), "explicit year"),
        ("the 7th of January", date(2022, 1, 4), F, ("2022-01-07", "2022-01-07", D), "ordinal"),
        ("on Friday, January 7", date(2022, 1, 4), F, ("2022-01-07", "2022-01-07", D), "weekday agrees with 2022"),
        ("on Friday", MON_30_MARCH_1987, F, ("1987-04-03", "1987-04-03", D), "the coming Friday"),
        ("on Friday", MON_30_MARCH_1987, P, ("1987-03-27", "1987-03-27", D), "the Friday just past"),
        ("next Monday", WED_1_APRIL_1987, F, ("1987-04-06", "1987-04-06", D), "next Monday"),
        ("Thursday and Friday", date(1987, 4, 27), F, ("1987-04-30", "1987-05-01", D), "two weekdays"),
        ("today", MON_30_MARCH_1987, F, ("1987-03-30", "1987-03-30", D), "today"),
        ("tomorrow evening", MON_30_MARCH_1987, F, ("1987-03-31", "1987-03-31", D), "tomorrow"),
        ("today and tomorrow", MON_30_MARCH_1987, F, ("1987-03-30", "1987-03-31", D), "two days"),
        ("this week", WED_1_APRIL_1987, F, ("1987-04-01", "1987-04-05", W), "rest of this week"),
        ("next week", WED_1_APRIL_1987, F, ("1987-04-06", "1987-04-12", W), "next week"),
        ("this weekend", WED_1_APRIL_1987, F, ("1987-04-04", "1987-04-05", W), "the weekend"),
        ("later this month", date(1987, 10, 20), F, ("1987-10-21", "1987-10-31", W), "rest of the month"),
        ("next month", MON_30_MARCH_1987, F, ("1987-04-01", "1987-04-30", M), "next month"),
        ("in June", MON_30_MARCH_1987, F, ("1987-06-01", "1987-06-30", M), "a month"),
        ("in February", date(1987, 4, 3), F, ("1988-02-01", "1988-02-29", M), "a month gone this year, future"),
        ("February this year", date(1987, 4, 3), F, ("1987-02-01", "1987-02-28", M), "'this year' binds the year"),
        ("the end of this month", date(1987, 3, 22), F, ("1987-03-01", "1987-03-31", M), "a part of the month"),
        ("mid-April", MON_30_MARCH_1987, F, ("1987-04-01", "1987-04-30", M), "mid-month"),
        ("February 29", date(1987, 3, 1), F, ("1988-02-29", "1988-02-29", D), "the next leap day"),
    ],
)
def test_resolve(
    text: str, reference: date, tense: Tense, expected: tuple[str, str, DatePrecision], reason: str
) -> None:
    sentence = f"The ministers will meet {text} in Geneva."
    [mention] = [m for m in find_dates(sentence) if m.kind not in ("year",)]
    resolved = resolve(mention, reference, tense)
    assert resolved is not None, reason
    assert (resolved.start.isoformat(), resolved.end.isoformat(), resolved.precision) == expected, reason


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("They may meet.", "'May' is a month only with a day or a qualifier"),
        ("Prices rose 5 pct to 12 dlrs.", "numbers are not days"),
        ("Exports were 1,750 to 1,780 dlrs.", "no month"),
        ("He will march on Washington.", "lower-case march"),
    ],
)
def test_not_dates(sentence: str, reason: str) -> None:
    assert [m for m in find_dates(sentence) if m.kind != "year"] == [], reason


def test_a_weekday_that_no_near_year_agrees_with_is_not_trusted() -> None:
    [mention] = find_dates("on Friday, January 9")  # Saturday in 2021, Sunday in 2022, Monday in 2023
    assert resolve(mention, date(2022, 1, 4), F) is None


def test_the_weekday_chooses_the_year() -> None:
    [mention] = find_dates("on Friday, January 8")  # a Friday in 2021 only: last year's, so past
    resolved = resolve(mention, date(2022, 1, 4), F)
    assert resolved is not None
    assert resolved.start == date(2021, 1, 8)


def test_impossible_days_are_not_dates() -> None:
    assert [m.kind for m in find_dates("on February 30 and April 31")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("will meet at 1500 GMT", (time(15, 0), "UTC")),
        ("the session will open at 1300 GMT, preceded by a committee", (time(13, 0), "UTC")),
        ("talks are due to start at 0800 GMT.", (time(8, 0), "UTC")),
        ("starts at 0930 hrs GMT; ministers", (time(9, 30), "UTC")),
        ("valued at 1,300 dollars", None),
        ("quoted at 1300.50 a tonne", None),
        ("opens at 10 a.m. local time", (time(10, 0), "local")),
        ("at 3.30 p.m.", (time(15, 30), None)),
        ("at 10 of the members", None),
        ("talks with the Australian leader on March 21 at 11 am.", (time(11, 0), None)),  # a full stop after "am"
        ("the talks would begin at 18h00 and run into a dinner", (time(18, 0), None)),
        ("a 24h strike", None),
    ],
)
def test_find_time(text: str, expected: tuple[time, str | None] | None) -> None:
    assert find_time(text) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.text(max_size=300),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(list(Tense)),
)
def test_any_text_resolves_to_valid_spans(text: str, reference: date, tense: Tense) -> None:
    for mention in find_dates(text):
        resolved = resolve(mention, reference, tense)
        if resolved is not None:
            assert resolved.start <= resolved.end
            assert resolved.end - resolved.start < timedelta(days=400)


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_MONTHS),
    st.integers(min_value=1, max_value=31),
    st.integers(min_value=0, max_value=9999),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)
def test_month_day_year_combinations_never_crash(month: str, day: int, year: int, reference: date) -> None:
    for text in (
        f"on {month} {day}, {year}",
        f"{month.upper()} {day}",
        f"{month.lower()} {day}",
        f"{day} {month} {year}",
    ):
        for mention in find_dates(text):
            resolved = resolve(mention, reference, Tense.FUTURE)
            if resolved is not None:
                assert resolved.start <= resolved.end


def test_a_time_in_brackets_after_another_is_the_same_moment() -> None:
    clocks = find_clocks("The meeting is set for 11:00 local time (09.00 Beijing time), the Kremlin said.", EN)
    assert [(c.value, c.zone) for c in clocks] == [(time(11, 0), "local")]
    assert len(find_clocks("talks at 10:00, dinner at 19:00", EN)) == 2


def test_the_evening_is_no_eve() -> None:
    assert find_dates("He is expected to land in Samarkand in the evening.") == ()
    assert [m.kind for m in find_dates("on the eve of the summit")] == ["anaphoric"]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "The envoys meet on Tuesday next week.", date(2024, 4, 16)),
        ("en", "The envoys meet on Tuesday of next week.", date(2024, 4, 16)),
        ("en", "The envoys meet on Friday this week.", date(2024, 4, 12)),
        ("fr", "Les émissaires se retrouvent mardi de la semaine prochaine.", date(2024, 4, 16)),
        ("es", "Los enviados se reúnen el martes de la semana que viene.", date(2024, 4, 16)),
        ("de", "Die Gesandten treffen sich am Dienstag nächster Woche.", date(2024, 4, 16)),
        ("de", "Die Gesandten treffen sich am Dienstag der kommenden Woche.", date(2024, 4, 16)),
        ("ru", "Посланники встретятся во вторник на следующей неделе.", date(2024, 4, 16)),
        ("ar", "يلتقي المبعوثون يوم الثلاثاء من الأسبوع المقبل.", date(2024, 4, 16)),
    ],
)
def test_a_weekday_told_with_its_week_is_that_weeks(code: str, text: str, expected: date) -> None:
    # Written on Monday 8 April 2024: the coming Tuesday is the 9th, next week's the 16th.
    (mention,) = find_dates_in(text, pack_for(code))
    resolved = resolve(mention, date(2024, 4, 8), Tense.FUTURE)
    assert resolved is not None
    assert (resolved.start, resolved.precision) == (expected, DatePrecision.DAY)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("es", "La reunión se celebrará el viernes 12 y el sábado 13.", [("2024-04-12", "2024-04-13")]),
        ("fr", "Les ministres se réuniront vendredi 12 et samedi 13.", [("2024-04-12", "2024-04-13")]),
        ("es", "La visita será entre el miércoles 10 y el sábado 13.", [("2024-04-10", "2024-04-13")]),
        (
            "es",
            "Las rondas serán el martes 9 y el jueves 11.",
            [("2024-04-09", "2024-04-09"), ("2024-04-11", "2024-04-11")],
        ),
    ],
)
def test_weekdays_with_their_numbers_one_day_apart_are_one_span(
    code: str, text: str, expected: list[tuple[str, str]]
) -> None:
    found = []
    for mention in find_dates_in(text, pack_for(code)):
        resolved = resolve(mention, date(2024, 4, 8), Tense.FUTURE)
        assert resolved is not None
        found.append((resolved.start.isoformat(), resolved.end.isoformat()))
    assert found == expected
