"""Meetings for the web tests and the API docs: built by hand, not extracted, so they stay fixed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from diplocal.model import Article, DatePrecision, Evidence, Meeting, Status
from diplocal.query import MeetingQuery
from diplocal.store import Store

# The sample article's four meetings (see DESIGN.md), in sentences written for these tests.
SAMPLE = Article(
    id="sample-2022-01-04",
    title="NATO and Russia set a week of talks",
    text="(test article; its sentences are in the meetings' evidence)",
    published=datetime(2022, 1, 4, 12, 0, tzinfo=UTC),
    url="https://news.example/2022/01/04/nato-russia-talks",
    publisher="TASS",
)


def _evidence(article: Article, sentence: str) -> tuple[Evidence, ...]:
    return (
        Evidence(
            article_id=article.id,
            sentence=sentence,
            url=article.url,
            publisher=article.publisher,
            published=article.published,
            title=article.title,
        ),
    )


def sample_meetings() -> list[Meeting]:
    """Videoconference (7 Jan), Geneva talks (10 Jan), NATO-Russia Council (12 Jan) and the
    Military Committee (12-13 Jan), as the sample article announces them."""
    return [
        Meeting(
            title="NATO foreign ministers' extraordinary videoconference",
            start=date(2022, 1, 7),
            end=date(2022, 1, 7),
            location="virtual",
            participants=("NATO foreign ministers",),
            organisations=("NATO",),
            kind="videoconference",
            confidence=0.9,
            evidence=_evidence(SAMPLE, "NATO foreign ministers will hold an extraordinary videoconference on Friday."),
        ),
        Meeting(
            title="Russia-US security talks",
            start=date(2022, 1, 10),
            end=date(2022, 1, 10),
            location="Geneva",
            participants=("Russia", "United States"),
            countries=("RU", "US"),
            kind="talks",
            confidence=0.85,
            evidence=_evidence(SAMPLE, "Russian and US delegations meet in Geneva on January 10 to discuss security."),
        ),
        Meeting(
            title="NATO-Russia Council",
            start=date(2022, 1, 12),
            end=date(2022, 1, 12),
            location="Brussels",
            participants=("NATO", "Russia"),
            organisations=("NATO",),
            countries=("RU",),
            kind="council",
            confidence=0.8,
            evidence=_evidence(SAMPLE, "The NATO-Russia Council is to convene in Brussels on January 12."),
        ),
        Meeting(
            title="NATO Military Committee in Chiefs of Staff session",
            start=date(2022, 1, 12),
            end=date(2022, 1, 13),
            location="Brussels",
            participants=("NATO Military Committee",),
            organisations=("NATO Military Committee",),
            kind="committee",
            confidence=0.7,
            evidence=_evidence(SAMPLE, "The Military Committee meets at chiefs-of-staff level on January 12-13."),
        ),
    ]


def fill_sample(store: Store) -> list[str]:
    """Ingest the four sample meetings; their ids, in the sample's order."""
    result = store.ingest(SAMPLE, sample_meetings())
    assert len(result.new) == 4, f"the store merged sample meetings: {result}"
    return result.new


OTHER = Article(
    id="other-2022-01-05",
    title="Ministers plan more meetings",
    text="(test article)",
    published=datetime(2022, 1, 5, 8, 0, tzinfo=UTC),
    url="https://wire.example/ministers",
    publisher="Example Wire",
)

HOSTILE = Article(
    id="hostile-1",
    title="<b>Bold</b> claims",
    text="(test article)",
    published=datetime(2022, 1, 5, 8, 0, tzinfo=UTC),
    url="javascript:alert(1)",
    publisher="<i>Evil</i> Press",
)


def other_meetings() -> list[Meeting]:
    """A timed meeting, a month-only one, a cancelled one and one in the past."""
    return [
        Meeting(
            title="EU-Japan ministerial",
            start=date(2022, 2, 1),
            end=date(2022, 2, 1),
            start_time=time(15, 0),
            end_time=time(17, 0),
            timezone="Europe/Brussels",
            location="Brussels",
            participants=("European Union", "Japan"),
            organisations=("EU",),
            countries=("JP",),
            kind="ministerial",
            confidence=0.6,
            evidence=_evidence(OTHER, "EU and Japanese ministers meet in Brussels on 1 February at 3 pm."),
        ),
        Meeting(
            title="OPEC ministerial conference",
            start=date(2022, 6, 1),
            end=date(2022, 6, 30),
            precision=DatePrecision.MONTH,
            location="Vienna",
            participants=("OPEC",),
            organisations=("OPEC",),
            kind="conference",
            confidence=0.5,
            evidence=_evidence(OTHER, "OPEC ministers will confer in Vienna in June."),
        ),
        Meeting(
            title="Arctic Council session",
            start=date(2022, 3, 3),
            end=date(2022, 3, 3),
            location="Tromsø",
            participants=("Arctic Council",),
            organisations=("Arctic Council",),
            kind="session",
            status=Status.CANCELLED,
            confidence=0.4,
            evidence=_evidence(OTHER, "The Arctic Council session planned for 3 March was called off."),
        ),
        Meeting(
            title="Year-end summit",
            start=date(2021, 12, 20),
            end=date(2021, 12, 20),
            location="Paris",
            participants=("France", "Germany"),
            countries=("FR", "DE"),
            kind="summit",
            confidence=0.9,
            evidence=_evidence(OTHER, "France and Germany held a summit in Paris on 20 December."),
        ),
    ]


def hostile_meetings() -> list[Meeting]:
    """A meeting whose every text field tries to inject markup or script."""
    return [
        Meeting(
            title="<script>alert('title')</script> summit",
            start=date(2022, 1, 20),
            end=date(2022, 1, 20),
            location="<img src=x onerror=alert(1)>",
            participants=("<b>Mallory</b>",),
            countries=("ZZ",),
            kind="summit",
            confidence=0.5,
            evidence=_evidence(HOSTILE, 'They meet "soon" <script>alert("evidence")</script> & more.'),
        )
    ]


def fill_all(store: Store) -> dict[str, str]:
    """Every meeting above in one store; ids by title."""
    fill_sample(store)
    store.ingest(OTHER, other_meetings())
    store.ingest(HOSTILE, hostile_meetings())
    return {stored.meeting.title: stored.id for stored in store.find(MeetingQuery())}
