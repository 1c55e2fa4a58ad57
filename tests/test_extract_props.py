"""No text makes the extractor crash, and everything it returns is a well-formed meeting."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplocal.errors import DiplocalError
from diplocal.extract import meetings_from_article
from diplocal.extract.published import ensure_published
from diplocal.model import Article, DatePrecision

_FRAGMENTS = [
    "NATO", "OPEC", "EC", "foreign ministers", "will meet", "met", "talks", "summit", "visit", "in Geneva",
    "here", "on", "from", "to", "and", "next week", "this weekend", "today", "tomorrow", "yesterday", "later this month",
    "January", "February 30", "March 31-April 2", "June 8-10", "April six to 10", "May", "may", "Friday", "next Monday",
    "Thursday and Friday", "the eve of", "1987", "0", "9999", "year 0", ",", ".", ";", "-", '"', "(", ")", "NA-TO",
    "T-uesday", "\u200f", "\u202e", "\x00", "\x07", "\t", "\n", "   ", "postponed until", "called off", "at 1500 GMT",
    "10 a.m. local time", "videoconference", "BRUSSELS (TASS):", "LONDON, March 30 -", "\u00e9t\u00e9", "\u4f1a\u8b70",
]  # fmt: skip

articles = st.builds(
    lambda parts, title, published: Article(id="p", title=title, text=" ".join(parts), published=published),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=12)), max_size=60),
    st.text(max_size=40),
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)),
)


def _check(article: Article) -> None:
    for meeting in meetings_from_article(article):
        assert meeting.start <= meeting.end
        assert 0.0 <= meeting.confidence <= 1.0
        assert meeting.title.strip()
        if meeting.precision is DatePrecision.DAY:
            assert (meeting.end - meeting.start).days < 31
        assert meeting.evidence
        assert meeting.evidence[0].sentence


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_news_shaped_text_never_crashes(article: Article) -> None:
    _check(article)


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=2000),
    st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)),
)
def test_any_text_never_crashes(text: str, published: datetime) -> None:
    _check(Article(id="x", title="", text=text, published=published))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40))
def test_date_inference_fails_only_with_its_own_error(parts: list[str]) -> None:
    try:
        settled = ensure_published(Article(id="u", title="", text=" ".join(parts)))
    except DiplocalError:
        return
    _check(settled)


def test_a_megabyte_of_digits() -> None:
    _check(Article(id="d", title="", text="7" * 1_000_000, published=datetime(2022, 1, 4, tzinfo=UTC)))


def test_every_month_name_in_every_case() -> None:
    months = [
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
    text = " ".join(f"Ministers will meet on {m} 5 and {m.upper()} 6 and {m.lower()} 7." for m in months)
    _check(Article(id="m", title="", text=text, published=datetime(2022, 1, 4, tzinfo=UTC)))
