"""Hypothesis: meetings with any text round-trip through the feed unchanged, in every parser.

Any text means commas, semicolons, colons, quotes, backslashes, line breaks, tabs, emoji,
right-to-left scripts and very long titles. Control characters other than line break and
tab cannot be written in iCalendar TEXT at all; they are dropped (tested in test_ical_wire).
Blanks around a title, place or organisation are trimmed on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from clients.parsers import (
    Event,
    ReadBack,
    icaljs_available,
    libical_available,
    read_icalendar,
    read_icaljs_many,
    read_libical_many,
    read_vobject,
)
from clients.samples import meeting, stored
from conftest import need
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplocal.model import Meeting, StoredMeeting
from diplocal.render.event import quoted
from diplocal.render.ical import render_calendar
from diplocal.render.words import is_online
from diplocal.settings import Settings

SETTINGS = Settings(base_url="https://diplocal.example", past_days=None)
TODAY = date(2022, 1, 5)

# Characters that need escaping or trip parsers, often; then anything writable.
_tricky = st.sampled_from(
    [",", ";", ":", "\\", "\n", "\t", '"', "'", " ", "😀", "\U0001f1fa", "\U0001f1f3", "\u200f", "é", "ß", "中", "ع"]
)
_alphabet = st.one_of(_tricky, st.characters(blacklist_categories=("Cs", "Cc")))
# Text that is not all blank: calendar apps show a blank title or place as none at all.
_text = st.text(_alphabet, min_size=1, max_size=60).filter(lambda t: t.strip() != "")
_long = st.text(_alphabet, min_size=200, max_size=600).filter(lambda t: t.strip() != "")
_title = st.one_of(_text, _long)
_place = _text.filter(lambda t: not is_online(t))
_name = _text.map(str.strip)  # organisation names (filters match them exactly)


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    day = draw(st.dates(min_value=date(2022, 1, 1), max_value=date(2023, 12, 31)))
    orgs = draw(st.lists(_name, max_size=3, unique=True))
    found = meeting(
        draw(_title),
        day,
        location=draw(_place),
        organisations=tuple(orgs),
        evidence=draw(_text).strip(),
    )
    # Sometimes a report in Arabic or Russian, which names the meeting in its own words.
    language = draw(st.sampled_from([None, "ar", "ru"]))
    if language is None:
        return found
    source = replace(found.evidence[0], language=language, title_original=draw(_text))
    return replace(found, evidence=(source,))


def _feed(items: list[Meeting]) -> tuple[bytes, list[StoredMeeting]]:
    stored_items = [stored(m, f"m{i:02d}") for i, m in enumerate(items)]
    return render_calendar(stored_items, SETTINGS, today=TODAY), stored_items


def _check(result: ReadBack, stored_items: list[StoredMeeting]) -> None:
    assert result.problems == [], result.problems
    events: dict[str, Event] = result.by_uid()
    assert len(events) == len(stored_items)
    for item in stored_items:
        event = events[f"{item.id}@diplocal.example"]
        m = item.meeting
        # Surrounding blanks are trimmed on purpose (libical would trim them anyway).
        assert event.summary == m.title.strip(), result.parser
        assert event.location == (m.location or "").strip(), result.parser
        assert event.categories == tuple(o.strip() for o in m.organisations), result.parser
        quote = quoted(m.evidence[0].sentence) + "\n"
        assert event.description.startswith(quote), result.parser
        source = m.evidence[0]
        if source.title_original is not None:  # right under the quote; blanks of any kind fold to one space
            original = f"Original: {' '.join(source.title_original.split())} ({source.language})\n"
            assert event.description[len(quote) :].startswith(original), result.parser
        assert event.start == m.start.isoformat()


_IN_PROCESS: dict[str, Callable[[bytes], ReadBack]] = {"icalendar": read_icalendar, "vobject": read_vobject}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(meetings(), min_size=1, max_size=4))
def test_any_text_round_trips_through_icalendar_and_vobject(items: list[Meeting]) -> None:
    body, stored_items = _feed(items)
    for read in _IN_PROCESS.values():
        _check(read(body), stored_items)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.lists(meetings(), min_size=1, max_size=6), min_size=5, max_size=5))
def test_any_text_round_trips_through_icaljs_and_libical(batches: list[list[Meeting]]) -> None:
    need(icaljs_available(), "node with ical.js (npm ci in tests/clients)")
    need(libical_available(), "libical GObject bindings (gir1.2-ical-3.0, python3-gi)")
    feeds = [_feed(items) for items in batches]
    bodies = [body for body, _ in feeds]
    for results in (read_icaljs_many(bodies), read_libical_many(bodies)):
        for result, (_, stored_items) in zip(results, feeds, strict=True):
            _check(result, stored_items)
