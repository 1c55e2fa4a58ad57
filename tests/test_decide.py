"""Decisions on candidates that no language pack settles (one case a line).

Every sentence is written for these tests (none comes from a corpus).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from diplocal.extract import meetings_from_article
from diplocal.model import Article

NEW_YEAR = date(2000, 1, 1)


def spans(text: str) -> list[tuple[str, str]]:
    article = Article(
        id="t", title="", text=text, published=datetime.combine(NEW_YEAR, time(9), tzinfo=UTC), language="en"
    )
    return [(m.start_label(), m.end_label()) for m in meetings_from_article(article)]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "NATO ministers, LONDON, March 30 - June 8-10 will meet",
            [],
            "a dateline's day and a meeting's read as one span",
        ),
        (
            "NATO foreign ministers will meet in Brussels from March 3 to March 28.",
            [("2000-03-03", "2000-03-28")],
            "four weeks is still one meeting",
        ),
    ],
)
def test_spans_of_days(text: str, expected: list[tuple[str, str]], reason: str) -> None:
    assert spans(text) == expected, reason
