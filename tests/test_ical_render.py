"""The renderer: what each feed and event says, and what it leaves out (pure, no store)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from clients.samples import SAMPLE_MEETINGS, meeting, stored
from icalendar import Calendar

from diplocal.model import DatePrecision, Evidence, Status, StoredMeeting
from diplocal.render.event import MAX_LISTED_SOURCES
from diplocal.render.ical import render_calendar, render_meeting
from diplocal.render.icalwire import unfold
from diplocal.settings import Settings

SETTINGS = Settings(base_url="https://diplocal.example", past_days=None)
TODAY = date(2022, 1, 5)


def _events(body: bytes) -> dict[str, dict[str, str]]:
    """Each VEVENT's unfolded content lines, by UID: {"SUMMARY": "...", "DTSTART;VALUE=DATE": ...}."""
    events: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for entry in unfold(body):
        if entry == "BEGIN:VEVENT":
            current = {}
        elif entry == "END:VEVENT":
            assert current is not None
            events[current["UID"]] = current
            current = None
        elif current is not None:
            name, _, value = entry.partition(":")
            current[name] = value
    return events


def _calendar_lines(body: bytes) -> list[str]:
    lines = unfold(body)
    return lines[: next(i for i, entry in enumerate(lines) if entry.startswith("BEGIN:V", 1))]


def test_calendar_properties() -> None:
    body = render_calendar([], SETTINGS.updated(refresh_hours=4), today=TODAY)
    assert body.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert body.endswith(b"END:VCALENDAR\r\n")
    lines = unfold(body)
    assert "PRODID:-//diplocal//diplomatic meetings from the news//EN" in lines
    assert "CALSCALE:GREGORIAN" in lines
    assert "NAME:Diplomatic meetings (diplocal)" in lines
    assert "X-WR-CALNAME:Diplomatic meetings (diplocal)" in lines
    assert "DESCRIPTION:Upcoming diplomatic meetings found in the news\\, with their sources." in lines
    assert "X-WR-CALDESC:Upcoming diplomatic meetings found in the news\\, with their sources." in lines
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT4H" in lines
    assert "X-PUBLISHED-TTL:PT4H" in lines
    assert not any(entry.startswith("METHOD") for entry in lines)


def test_every_line_ends_in_crlf_and_nothing_else() -> None:
    body = render_calendar([stored(m, f"m{i}") for i, m in enumerate(SAMPLE_MEETINGS)], SETTINGS, today=TODAY)
    assert b"\n" not in body.replace(b"\r\n", b"")
    assert b"\r" not in body.replace(b"\r\n", b"")
    assert not body.startswith(b"\xef\xbb\xbf")


def test_event_properties_come_from_the_stored_meeting() -> None:
    item = stored(
        SAMPLE_MEETINGS[2],
        "council",
        created=datetime(2022, 1, 4, 8, tzinfo=UTC),
        updated=datetime(2022, 1, 6, 9, 30, tzinfo=UTC),
        sequence=3,
    )
    event = _events(render_calendar([item], SETTINGS, today=TODAY))["council@diplocal.example"]
    assert event["DTSTAMP"] == "20220106T093000Z"  # the meeting's last change, not the clock
    assert event["CREATED"] == "20220104T080000Z"
    assert event["LAST-MODIFIED"] == "20220106T093000Z"
    assert event["SEQUENCE"] == "3"
    assert event["SUMMARY"] == "NATO-Russia Council"
    assert event["STATUS"] == "CONFIRMED"
    assert event["TRANSP"] == "TRANSPARENT"
    assert event["LOCATION"] == "Brussels"
    assert event["GEO"] == "50.85;4.35"
    assert event["CATEGORIES"] == "NATO,NATO-Russia Council,Russia"  # countries by name: people read them
    assert event["URL;VALUE=URI"] == "https://diplocal.example/meetings/council"
    assert event["DTSTART;VALUE=DATE"] == "20220112"
    assert event["DTEND;VALUE=DATE"] == "20220113"


def test_uid_domain_is_configurable() -> None:
    body = render_calendar([stored(SAMPLE_MEETINGS[0], "abc")], SETTINGS.updated(domain="example.org"), today=TODAY)
    assert "abc@example.org" in _events(body)


def test_a_two_day_meeting_ends_on_the_day_after_its_last() -> None:
    event = _events(render_calendar([stored(SAMPLE_MEETINGS[3], "mc")], SETTINGS, today=TODAY))["mc@diplocal.example"]
    assert (event["DTSTART;VALUE=DATE"], event["DTEND;VALUE=DATE"]) == ("20220112", "20220114")


def test_description_starts_with_the_evidence_and_lists_every_source() -> None:
    sources = tuple(
        Evidence(
            f"a{i}",
            f"Sentence {i}.",
            url=f"https://news.example/{i}",
            publisher=f"Agency {i}",
            published=datetime(2022, 1, i + 1, tzinfo=UTC),
        )
        for i in range(3)
    )
    item = stored(replace(SAMPLE_MEETINGS[2], evidence=sources), "council", updated=datetime(2022, 1, 3, tzinfo=UTC))
    calendar = Calendar.from_ical(render_calendar([item], SETTINGS, today=TODAY))
    description = str(calendar.walk("VEVENT")[0]["DESCRIPTION"])
    assert description.startswith('"Sentence 2."\n')  # the article behind the last change
    assert "- Agency 0, 2022-01-01: https://news.example/0" in description
    assert "- Agency 1, 2022-01-02: https://news.example/1" in description
    assert "- Agency 2, 2022-01-03: https://news.example/2" in description
    assert description.endswith("Meeting page: https://diplocal.example/meetings/council")


def test_a_source_without_url_is_named_by_its_title() -> None:
    calendar = Calendar.from_ical(render_calendar([stored(SAMPLE_MEETINGS[0], "vc")], SETTINGS, today=TODAY))
    description = str(calendar.walk("VEVENT")[0]["DESCRIPTION"])
    assert "- TASS, 2022-01-04: NATO FMs to discuss European security on January 07" in description


def test_sources_beyond_the_limit_are_counted_not_listed() -> None:
    many = tuple(
        Evidence(f"a{i:03d}", "Said.", url=f"https://n.example/{i}", publisher="P")
        for i in range(MAX_LISTED_SOURCES + 5)
    )
    item = stored(replace(SAMPLE_MEETINGS[2], evidence=many), "council")
    description = str(
        Calendar.from_ical(render_calendar([item], SETTINGS, today=TODAY)).walk("VEVENT")[0]["DESCRIPTION"]
    )
    assert description.count("https://n.example/") == MAX_LISTED_SOURCES
    assert "- and 5 more on the meeting's page" in description


def test_events_are_sorted_by_first_day_then_id() -> None:
    items = [stored(m, f"id{i}") for i, m in reversed(list(enumerate(SAMPLE_MEETINGS)))]
    uids = list(_events(render_calendar(items, SETTINGS, today=TODAY)))
    assert uids == ["id0@diplocal.example", "id1@diplocal.example", "id2@diplocal.example", "id3@diplocal.example"]


def test_the_same_input_gives_the_same_bytes() -> None:
    items = [stored(m, f"id{i}") for i, m in enumerate(SAMPLE_MEETINGS)]
    assert render_calendar(items, SETTINGS, today=TODAY) == render_calendar(
        list(reversed(items)), SETTINGS, today=TODAY
    )


def test_a_rescheduled_meeting_keeps_its_uid_and_raises_its_sequence() -> None:
    before = stored(SAMPLE_MEETINGS[2], "council", updated=datetime(2022, 1, 4, tzinfo=UTC), sequence=0)
    moved = replace(SAMPLE_MEETINGS[2], start=date(2022, 1, 14), end=date(2022, 1, 14))
    after = stored(moved, "council", updated=datetime(2022, 1, 8, tzinfo=UTC), sequence=1)
    first = _events(render_calendar([before], SETTINGS, today=TODAY))
    second = _events(render_calendar([after], SETTINGS, today=TODAY))
    assert list(first) == list(second) == ["council@diplocal.example"]
    old, new = first["council@diplocal.example"], second["council@diplocal.example"]
    assert int(new["SEQUENCE"]) > int(old["SEQUENCE"])
    assert new["DTSTAMP"] > old["DTSTAMP"]
    assert new["DTSTART;VALUE=DATE"] == "20220114"


def test_a_month_precision_meeting_is_not_put_on_a_day() -> None:
    june = meeting("OSCE summit", date(2022, 6, 1), date(2022, 6, 30), precision=DatePrecision.MONTH)
    body = render_calendar([stored(june, "june"), stored(SAMPLE_MEETINGS[0], "vc")], SETTINGS, today=TODAY)
    assert list(_events(body)) == ["vc@diplocal.example"]
    with pytest.raises(ValueError, match="known only to the month"):
        render_meeting(stored(june, "june"), SETTINGS)


def test_a_week_precision_meeting_spans_its_window_as_tentative() -> None:
    week = meeting("EU-China summit", date(2022, 1, 10), date(2022, 1, 16), precision=DatePrecision.WEEK)
    body = render_calendar([stored(week, "wk")], SETTINGS, today=TODAY)
    event = _events(body)["wk@diplocal.example"]
    assert event["DTSTART;VALUE=DATE"] == "20220110"
    assert event["DTEND;VALUE=DATE"] == "20220117"
    assert event["STATUS"] == "TENTATIVE"
    assert event["SUMMARY"] == "EU-China summit (day TBC)"
    description = str(Calendar.from_ical(body).walk("VEVENT")[0]["DESCRIPTION"])
    assert "The exact day is not yet known: between 2022-01-10 and 2022-01-16." in description


@pytest.mark.parametrize(
    ("status", "summary", "ical_status"),
    [
        (Status.CONFIRMED, "NATO-Russia Council", "CONFIRMED"),
        (Status.TENTATIVE, "NATO-Russia Council", "TENTATIVE"),
        (Status.POSTPONED, "Postponed: NATO-Russia Council", "TENTATIVE"),
        (Status.CANCELLED, "Cancelled: NATO-Russia Council", "CANCELLED"),
    ],
)
def test_status_mapping(status: Status, summary: str, ical_status: str) -> None:
    item = stored(replace(SAMPLE_MEETINGS[2], status=status), "council")
    event = _events(render_calendar([item], SETTINGS, today=TODAY))["council@diplocal.example"]
    assert (event["SUMMARY"], event["STATUS"]) == (summary, ical_status)


@pytest.mark.parametrize(("days_after_change", "kept"), [(0, True), (30, True), (31, False)])
@pytest.mark.parametrize("status", [Status.CANCELLED, Status.POSTPONED])
def test_a_called_off_meeting_stays_for_cancelled_days_after_its_change(
    status: Status, days_after_change: int, kept: bool
) -> None:
    changed = datetime(2022, 1, 6, 18, tzinfo=UTC)
    item = stored(replace(SAMPLE_MEETINGS[2], status=status), "council", updated=changed)
    today = date.fromordinal(changed.date().toordinal() + days_after_change)
    body = render_calendar([item], SETTINGS.updated(cancelled_days=30), today=today)
    assert ("council@diplocal.example" in _events(body)) is kept


def test_a_timed_meeting_has_tzid_and_one_vtimezone_per_zone() -> None:
    items = [
        stored(meeting("A", date(2022, 3, 26), start_time=time(10), timezone="Europe/Brussels"), "a"),
        stored(
            meeting("B", date(2022, 3, 28), start_time=time(10), end_time=time(12, 30), timezone="Europe/Brussels"), "b"
        ),
        stored(meeting("C", date(2022, 3, 28), start_time=time(9), timezone="America/New_York", location=None), "c"),
    ]
    body = render_calendar(items, SETTINGS, today=TODAY)
    lines = unfold(body)
    assert [entry for entry in lines if entry.startswith("TZID:")] == ["TZID:America/New_York", "TZID:Europe/Brussels"]
    events = _events(body)
    assert events["a@diplocal.example"]["DTSTART;TZID=Europe/Brussels"] == "20220326T100000"
    assert events["a@diplocal.example"]["DTEND;TZID=Europe/Brussels"] == "20220326T120000"  # 2 h when no end is given
    assert events["b@diplocal.example"]["DTEND;TZID=Europe/Brussels"] == "20220328T123000"
    assert events["c@diplocal.example"]["DTSTART;TZID=America/New_York"] == "20220328T090000"


def test_a_stated_time_without_zone_takes_the_venues_zone() -> None:
    item = stored(meeting("Talks", date(2022, 1, 10), start_time=time(11), location="Geneva"), "g")
    event = _events(render_calendar([item], SETTINGS, today=TODAY))["g@diplocal.example"]
    assert event["DTSTART;TZID=Europe/Zurich"] == "20220110T110000"


def test_a_stated_time_with_no_known_zone_stays_all_day_and_says_the_time() -> None:
    item = stored(
        meeting("Talks", date(2022, 1, 10), start_time=time(11), location="Somewhere Small", timezone="Nowhere/City"),
        "s",
    )
    body = render_calendar([item], SETTINGS, today=TODAY)
    event = _events(body)["s@diplocal.example"]
    assert event["DTSTART;VALUE=DATE"] == "20220110"
    description = str(Calendar.from_ical(body).walk("VEVENT")[0]["DESCRIPTION"])
    assert "Time: 11:00 local time at the venue (time zone not known)." in description


def test_a_videoconference_has_no_geo() -> None:
    event = _events(render_calendar([stored(SAMPLE_MEETINGS[0], "vc")], SETTINGS, today=TODAY))["vc@diplocal.example"]
    assert event["LOCATION"] == "Online (videoconference)"
    assert "GEO" not in event


def _many(count: int, start: date, *, evidence_words: int = 40) -> list[StoredMeeting]:
    sentence = " ".join(["word"] * evidence_words) + "."
    return [
        stored(
            meeting(
                f"Meeting number {i} of the long series",
                date.fromordinal(start.toordinal() + i // 3),
                evidence=sentence,
            ),
            f"{i:06d}",
        )
        for i in range(count)
    ]


def test_a_feed_of_many_meetings_stays_well_under_a_megabyte() -> None:
    items = _many(5000, date(2021, 6, 1), evidence_words=80)
    body = render_calendar(items, SETTINGS, today=date(2022, 1, 5))
    assert len(body) <= SETTINGS.feed_max_bytes < 1_000_000
    count = body.count(b"BEGIN:VEVENT")
    assert 100 < count <= SETTINGS.feed_max_events
    assert body.endswith(b"END:VCALENDAR\r\n")


def test_the_cap_keeps_upcoming_meetings_first_then_the_latest_past() -> None:
    today = date(2022, 1, 5)
    items = _many(30, date(2021, 12, 27))  # ten days, three meetings a day
    body = render_calendar(items, SETTINGS.updated(feed_max_events=20), today=today)
    days = sorted({event["DTSTART;VALUE=DATE"] for event in _events(body).values()})
    assert len(_events(body)) == 20
    # All upcoming days (Jan 5 and later), then past days latest first, until 20 events.
    assert days[-1] == "20220105"
    assert "20220104" in days
    assert "20211227" not in days


def test_the_byte_cap_holds_when_events_are_large() -> None:
    items = _many(200, date(2022, 1, 5), evidence_words=150)
    body = render_calendar(items, SETTINGS.updated(feed_max_bytes=50_000), today=date(2022, 1, 5))
    assert len(body) <= 50_000
    assert _events(body)  # some events fit


def test_a_single_meeting_download_has_no_feed_properties() -> None:
    lines = unfold(render_meeting(stored(SAMPLE_MEETINGS[1], "talks"), SETTINGS))
    assert not any(entry.startswith(("NAME", "X-WR-CALNAME", "REFRESH-INTERVAL", "METHOD")) for entry in lines)
    assert "UID:talks@diplocal.example" in lines
    assert lines[-1] == "END:VCALENDAR"


def test_without_a_day_nothing_called_off_is_left_out() -> None:
    old = stored(
        replace(SAMPLE_MEETINGS[2], status=Status.CANCELLED), "council", updated=datetime(2020, 1, 1, tzinfo=UTC)
    )
    assert "council@diplocal.example" in _events(render_calendar([old], SETTINGS))
    assert "council@diplocal.example" not in _events(render_calendar([old], SETTINGS, today=TODAY))


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        ("NATO ministers meet on Friday.", '"NATO ministers meet on Friday."'),
        (  # the sample's own sentence: quoted already, never quoted twice
            '"NATO Secretary General Jens Stoltenberg convened a meeting on January 12, 2022," the press service said.',
            '"NATO Secretary General Jens Stoltenberg convened a meeting on January 12, 2022," the press service said.',
        ),
        ("\u201cWe meet on Friday,\u201d the ministry said.", "\u201cWe meet on Friday,\u201d the ministry said."),
    ],
)
def test_the_evidence_is_quoted_once(sentence: str, opening: str) -> None:
    item = stored(replace(SAMPLE_MEETINGS[2], evidence=(Evidence("a", sentence, publisher="P"),)), "council")
    description = str(
        Calendar.from_ical(render_calendar([item], SETTINGS, today=TODAY)).walk("VEVENT")[0]["DESCRIPTION"]
    )
    assert description.startswith(opening + "\n\n")
    assert '""' not in description


def _description(item: StoredMeeting) -> str:
    return str(Calendar.from_ical(render_calendar([item], SETTINGS, today=TODAY)).walk("VEVENT")[0]["DESCRIPTION"])


def _source(article_id: str, day: int, language: str | None, phrase: str | None, sentence: str) -> Evidence:
    return Evidence(
        article_id,
        sentence,
        url=f"https://news.example/{article_id}",
        publisher=f"Agency {article_id}",
        published=datetime(2022, 1, day, tzinfo=UTC),
        language=language,
        title_original=phrase,
    )


RUSSIAN = _source("ru", 2, "ru", "саммит БРИКС", "Саммит БРИКС пройдёт в Казани 22 февраля.")
ENGLISH = _source("en", 3, "en", None, "The BRICS summit is in Kazan on February 22.")


def test_a_quote_in_another_language_comes_with_the_meetings_name_in_it() -> None:
    item = stored(replace(SAMPLE_MEETINGS[2], evidence=(RUSSIAN,)), "brics", updated=datetime(2022, 1, 2, tzinfo=UTC))
    description = _description(item)
    assert description.startswith('"Саммит БРИКС пройдёт в Казани 22 февраля."\nOriginal: саммит БРИКС (ru)\n\n')
    assert "- Agency ru (ru), 2022-01-02: https://news.example/ru" in description


def test_an_english_quote_leads_and_the_other_languages_name_follows_it() -> None:
    item = stored(
        replace(SAMPLE_MEETINGS[2], evidence=(RUSSIAN, ENGLISH)), "brics", updated=datetime(2022, 1, 3, tzinfo=UTC)
    )
    description = _description(item)
    assert description.startswith('"The BRICS summit is in Kazan on February 22."\nOriginal: саммит БРИКС (ru)\n\n')
    assert "- Agency en, 2022-01-03: https://news.example/en" in description  # English goes unmarked


def test_no_original_line_without_the_words_or_for_english() -> None:
    unknown = replace(RUSSIAN, title_original=None)  # stored before diplocal kept the words
    english_phrase = replace(ENGLISH, title_original="BRICS summit")  # never shown: English is the title's language
    for sources in ((unknown,), (english_phrase,), (replace(RUSSIAN, language=None),)):
        description = _description(stored(replace(SAMPLE_MEETINGS[2], evidence=sources), "brics"))
        assert "Original:" not in description, sources
    assert "- Agency ru (ru), 2022-01-02" in _description(stored(replace(SAMPLE_MEETINGS[2], evidence=(unknown,)), "x"))
