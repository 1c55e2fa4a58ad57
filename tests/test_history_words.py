"""A meeting's changes in words (render/history.py): one case a line, with its reason."""

from __future__ import annotations

from typing import Any

import pytest

from diplocal.render.history import tell

SOURCE = {"article_id": "a1", "publisher": "Tokyo Desk", "url": "https://news.example/a1", "title": "Talks moved"}


def change(action: str, fields: dict[str, list[Any]], at: str = "2022-06-20T09:00:00Z") -> dict[str, Any]:
    return {"revision": 2, "changed_at": at, "action": action, "changes": fields, "source": SOURCE}


@pytest.mark.parametrize(
    ("entry", "precision", "words"),
    [
        (  # the issue's own example
            change("rescheduled", {"start": ["2022-07-14", "2022-07-21"], "end": ["2022-07-14", "2022-07-21"]}),
            "day",
            "moved from 14 Jul to 21 Jul, on the word of Tokyo Desk, 20 Jun",
        ),
        (  # a date in another year than the change's gets its year
            change("rescheduled", {"start": ["2022-12-30", "2023-01-09"], "end": ["2022-12-31", "2023-01-10"]}),
            "day",
            "moved from 30–31 Dec 2022 to 9–10 Jan 2023, on the word of Tokyo Desk, 20 Jun",
        ),
        (  # only the end moved: the start is read from the other side
            change("updated", {"end": ["2022-07-14", "2022-07-15"]}),
            "day",
            "dates changed from 14 Jul to 14–15 Jul, on the word of Tokyo Desk, 20 Jun",
        ),
        (  # a week narrowed to its day
            change(
                "updated",
                {
                    "start": ["2022-07-11", "2022-07-14"],
                    "end": ["2022-07-17", "2022-07-14"],
                    "precision": ["week", "day"],
                },
            ),
            "day",
            "day now known from the week of 11 Jul to 14 Jul, on the word of Tokyo Desk, 20 Jun",
        ),
        (
            change("cancelled", {"status": ["confirmed", "cancelled"]}),
            "day",
            "cancelled, on the word of Tokyo Desk, 20 Jun",
        ),
        (
            change("postponed", {"status": ["confirmed", "postponed"]}),
            "day",
            "postponed, no new date yet, on the word of Tokyo Desk, 20 Jun",
        ),
        (
            change("updated", {"status": ["tentative", "confirmed"]}),
            "day",
            "confirmed, on the word of Tokyo Desk, 20 Jun",
        ),
        (
            change("updated", {"location": ["Geneva", "Vienna"]}),
            "day",
            "now in Vienna (was Geneva), on the word of Tokyo Desk, 20 Jun",
        ),
        (  # a videoconference reads as it does everywhere else
            change("updated", {"location": ["Geneva", "virtual"]}),
            "day",
            "now in Online (videoconference) (was Geneva), on the word of Tokyo Desk, 20 Jun",
        ),
        (  # countries by name, never a list of codes
            change("updated", {"countries": [[], ["AT"]]}),
            "day",
            "countries: added Austria, on the word of Tokyo Desk, 20 Jun",
        ),
        (
            change("updated", {"countries": [["RU", "US"], ["RU"]], "organisations": [["NATO"], ["NATO", "OSCE"]]}),
            "day",
            "organisations: added OSCE; countries: no longer United States, on the word of Tokyo Desk, 20 Jun",
        ),
        (
            change("updated", {"start_time": [None, "15:00"], "timezone": [None, "Europe/Vienna"]}),
            "day",
            "time given: 15:00, on the word of Tokyo Desk, 20 Jun",
        ),
        (
            change("rescheduled", {"start_time": ["10:00", "15:00"], "end_time": [None, "17:00"]}),
            "day",
            "time changed from 10:00 to 15:00–17:00, on the word of Tokyo Desk, 20 Jun",
        ),
        (
            change("updated", {"title": ["Talks", "Vienna talks on Iran"]}),
            "day",
            "now called \u201cVienna talks on Iran\u201d, on the word of Tokyo Desk, 20 Jun",
        ),
        (  # a move within months stays a month
            change("rescheduled", {"start": ["2022-09-01", "2022-10-01"], "end": ["2022-09-30", "2022-10-31"]}),
            "month",
            "moved from September to October, on the word of Tokyo Desk, 20 Jun",
        ),
        (  # the news first: the cancellation before the place
            change("cancelled", {"location": ["Geneva", "Vienna"], "status": ["confirmed", "cancelled"]}),
            "day",
            "cancelled; now in Vienna (was Geneva), on the word of Tokyo Desk, 20 Jun",
        ),
        (
            change(
                "created",
                {
                    "start": [None, "2022-07-14"],
                    "end": [None, "2022-07-15"],
                    "precision": [None, "day"],
                    "start_time": [None, "09:30"],
                    "location": [None, "Tokyo"],
                    "status": [None, "tentative"],
                },
            ),
            "day",
            "announced for 14–15 Jul 2022 at 09:30 in Tokyo (tentative), on the word of Tokyo Desk, 20 Jun",
        ),
        (change("updated", {}), "day", "details updated, on the word of Tokyo Desk, 20 Jun"),
    ],
)
def test_a_change_in_words(entry: dict[str, Any], precision: str, words: str) -> None:
    assert tell(entry, precision=precision, start="2022-07-14").sentence() == words


def test_a_change_without_a_publisher_names_its_article() -> None:
    entry = {**change("cancelled", {"status": ["confirmed", "cancelled"]}), "source": {"article_id": "wire-7"}}
    assert tell(entry).sentence() == "cancelled, on the word of wire-7, 20 Jun"
    assert tell({**entry, "changed_at": None}).sentence() == "cancelled, on the word of wire-7"
