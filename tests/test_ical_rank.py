"""The feed writer's string sort keys order meetings exactly as the tuples they stand for."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from diplocal.model import Meeting, StoredMeeting
from diplocal.render.ical import _rank, feed_priority

_STAMP = datetime(2022, 1, 4, tzinfo=UTC)
_ids = st.text(alphabet="0123456789abcdefXYZ-_é", min_size=1, max_size=18)


@st.composite
def meetings(draw: st.DrawFn) -> StoredMeeting:
    start = draw(st.dates(min_value=date(1800, 1, 1), max_value=date(2399, 12, 20)))
    end = draw(st.dates(min_value=start, max_value=date(2399, 12, 31)))
    return StoredMeeting(draw(_ids), Meeting(title="m", start=start, end=end), _STAMP, _STAMP)


@given(st.lists(meetings(), max_size=40), st.one_of(st.none(), st.dates()))
def test_rank_sorts_as_feed_priority(items: list[StoredMeeting], today: date | None) -> None:
    assert sorted(items, key=lambda s: _rank(s, today)) == sorted(items, key=lambda s: feed_priority(s, today))


@given(st.lists(st.tuples(st.dates(), _ids), max_size=40))
def test_day_and_id_as_one_string_sort_as_the_pair(pairs: list[tuple[date, str]]) -> None:
    assert sorted(pairs, key=lambda p: p[0].isoformat() + p[1]) == sorted(pairs)
