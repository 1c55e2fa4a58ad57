"""Meetings the feed tests render: the sample article's four, and timed ones around DST changes.

The sample article is ``seeds/000_663f692456de7c0e.txt`` (TASS, 4 January 2022); its four
meetings are written out here as the extractor should find them (titles, dates and places per
DESIGN.md), with evidence sentences in our own words.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from diplocal.model import Article, DatePrecision, Evidence, Meeting, Status, StoredMeeting

PUBLISHED = datetime(2022, 1, 4, 12, tzinfo=UTC)  # the day inferred from the text, at noon
SAMPLE_ARTICLE = Article(
    id="000_663f692456de7c0e",
    title="NATO FMs to discuss European security on January 07",
    text="(the four meetings below stand for what the extractor finds in the article)",
    published=PUBLISHED,
    published_basis="weekday and date pairs in the text",
    publisher="TASS",
    dateline="BRUSSELS",
    source="seeds/000_663f692456de7c0e.txt",
)


def _evidence(sentence: str) -> tuple[Evidence, ...]:
    return (
        Evidence(
            article_id=SAMPLE_ARTICLE.id,
            sentence=sentence,
            url=SAMPLE_ARTICLE.url,
            publisher=SAMPLE_ARTICLE.publisher,
            published=PUBLISHED,
            title=SAMPLE_ARTICLE.title,
        ),
    )


SAMPLE_MEETINGS: tuple[Meeting, ...] = (
    Meeting(
        title="NATO foreign ministers' extraordinary videoconference",
        start=date(2022, 1, 7),
        end=date(2022, 1, 7),
        location="virtual",
        participants=("NATO foreign ministers",),
        organisations=("NATO",),
        countries=("RU", "UA"),
        kind="videoconference",
        confidence=0.9,
        evidence=_evidence("NATO foreign ministers meet by video link on Friday, January 7, on European security."),
    ),
    Meeting(
        title="Russian-US security talks",
        start=date(2022, 1, 10),
        end=date(2022, 1, 10),
        location="Geneva",
        participants=("Russia", "United States"),
        countries=("RU", "US"),
        kind="talks",
        confidence=0.8,
        evidence=_evidence("Russian and American negotiators are due to open security talks in Geneva on January 10."),
    ),
    Meeting(
        title="NATO-Russia Council",
        start=date(2022, 1, 12),
        end=date(2022, 1, 12),
        location="Brussels",
        participants=("NATO", "Russia", "Jens Stoltenberg"),
        organisations=("NATO", "NATO-Russia Council"),
        countries=("RU",),
        kind="council",
        confidence=0.9,
        evidence=_evidence("The NATO-Russia Council, its first in two and a half years, convenes on January 12."),
    ),
    Meeting(
        title="NATO Military Committee in Chiefs of Staff session",
        start=date(2022, 1, 12),
        end=date(2022, 1, 13),
        location="Brussels",
        participants=("NATO Military Committee", "chiefs of general staff"),
        organisations=("NATO Military Committee",),
        kind="meeting",
        confidence=0.8,
        evidence=_evidence("Brussels also hosts the NATO Military Committee of chiefs of staff on January 12-13."),
    ),
)

# (zone, local day, local time, UTC instant) on both sides of daylight-saving changes.
DST_CASES: tuple[tuple[str, date, time, str], ...] = (
    ("Europe/Brussels", date(2022, 3, 26), time(10, 0), "2022-03-26T09:00:00Z"),
    ("Europe/Brussels", date(2022, 3, 28), time(10, 0), "2022-03-28T08:00:00Z"),
    ("Europe/Brussels", date(2022, 10, 29), time(10, 0), "2022-10-29T08:00:00Z"),
    ("Europe/Brussels", date(2022, 10, 31), time(10, 0), "2022-10-31T09:00:00Z"),
    ("America/New_York", date(2022, 3, 12), time(9, 30), "2022-03-12T14:30:00Z"),
    ("America/New_York", date(2022, 3, 14), time(9, 30), "2022-03-14T13:30:00Z"),
    ("America/New_York", date(2022, 11, 5), time(9, 30), "2022-11-05T13:30:00Z"),
    ("America/New_York", date(2022, 11, 7), time(9, 30), "2022-11-07T14:30:00Z"),
    ("Australia/Sydney", date(2022, 4, 2), time(15, 0), "2022-04-02T04:00:00Z"),
    ("Australia/Sydney", date(2022, 4, 4), time(15, 0), "2022-04-04T05:00:00Z"),
    ("Europe/Moscow", date(2022, 6, 1), time(12, 0), "2022-06-01T09:00:00Z"),
    ("Asia/Tokyo", date(2022, 6, 1), time(12, 0), "2022-06-01T03:00:00Z"),
)


def stored(
    meeting: Meeting,
    meeting_id: str,
    *,
    created: datetime = PUBLISHED,
    updated: datetime | None = None,
    sequence: int = 0,
) -> StoredMeeting:
    """A StoredMeeting built directly, as the store would return it."""
    return StoredMeeting(meeting_id, meeting, created, updated or created, sequence)


def meeting(
    title: str,
    start: date,
    end: date | None = None,
    *,
    precision: DatePrecision = DatePrecision.DAY,
    status: Status = Status.CONFIRMED,
    location: str | None = "Brussels",
    start_time: time | None = None,
    end_time: time | None = None,
    timezone: str | None = None,
    organisations: tuple[str, ...] = ("NATO",),
    countries: tuple[str, ...] = (),
    evidence: str = "The ministers will meet, officials said.",
) -> Meeting:
    """A meeting with sensible defaults for one test."""
    return Meeting(
        title=title,
        start=start,
        end=end or start,
        precision=precision,
        status=status,
        location=location,
        start_time=start_time,
        end_time=end_time,
        timezone=timezone,
        organisations=organisations,
        countries=countries,
        evidence=_evidence(evidence),
    )


def timed_meetings() -> list[StoredMeeting]:
    """One timed meeting per DST case, ids ``dst-00`` .. in case order."""
    return [
        stored(
            meeting(f"Talks in {zone} on {day}", day, start_time=clock, timezone=zone, location=None, organisations=()),
            f"dst-{index:02d}",
        )
        for index, (zone, day, clock, _) in enumerate(DST_CASES)
    ]


# Reports in other languages than English (our own words): the titles are English, the
# original phrase and the evidence are in the article's language.
RUSSIAN_ARTICLE = Article(
    id="ru-brics-kazan",
    title="Саммит БРИКС пройдёт в Казани",
    text="(stands for a Russian report)",
    published=datetime(2022, 1, 4, 15, tzinfo=UTC),
    publisher="Novosti Example",
    url="https://novosti.example/brics-kazan",
    language="ru",
)
ARABIC_ARTICLE = Article(
    id="ar-league-cairo",
    title="اجتماع طارئ لوزراء الخارجية العرب في القاهرة",
    text="(stands for an Arabic report)",
    published=datetime(2022, 1, 4, 16, tzinfo=UTC),
    publisher="Akhbar Example",
    url="https://akhbar.example/arab-league",
    language="ar",
)


def foreign_meetings() -> list[tuple[Article, Meeting]]:
    """A Russian and an Arabic report, each of one meeting, as the extractor gives them."""
    found = []
    for source, title, day, place, org, phrase, sentence in (
        (
            RUSSIAN_ARTICLE,
            "BRICS Summit",
            date(2022, 2, 22),
            "Kazan",
            "BRICS",
            "Саммит БРИКС",
            "Саммит БРИКС пройдёт в Казани 22 февраля, сообщили в Кремле.",
        ),
        (
            ARABIC_ARTICLE,
            "Arab League foreign ministers' emergency meeting",
            date(2022, 2, 6),
            "Cairo",
            "Arab League",
            "اجتماع طارئ لوزراء الخارجية العرب",
            "يعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة يوم الأحد السادس من فبراير.",
        ),
    ):
        evidence = Evidence(
            source.id, sentence, source.url, source.publisher, source.published, source.title, source.language, phrase
        )
        found.append(
            (
                source,
                Meeting(
                    title=title,
                    start=day,
                    end=day,
                    location=place,
                    participants=(org,),
                    organisations=(org,),
                    kind="summit" if org == "BRICS" else "meeting",
                    confidence=0.8,
                    evidence=(evidence,),
                    title_original=phrase,
                ),
            )
        )
    return found
