"""Filter choices and pages of meetings: right with any filter, and fresh after every change
although they are remembered between changes."""

from __future__ import annotations

from datetime import date

from fixtures.news import article, sighting

from diplocal.query import MeetingQuery
from diplocal.store import Store


def _store_three(store: Store) -> None:
    rows = [
        ("a1", "NATO ministers in Brussels", "2022-05-10", "Brussels", ("NATO",), ("US", "FR")),
        ("a2", "Nato summit in Vilnius", "2022-06-11", "Vilnius", ("Nato", "EU"), ("LT",)),
        ("a3", "OPEC in Vienna", "2022-06-20", "Vienna", ("OPEC",), ("SA",)),
    ]
    for article_id, title, day, place, orgs, countries in rows:
        source = article(article_id, "2022-04-01", "AFP", f"{title} on {day}. More.")
        found = sighting(source, title, day, location=place, organisations=orgs, countries=countries)
        store.ingest(source, [found])


def test_counts_by_name_whatever_the_filter(any_store: Store) -> None:
    _store_three(any_store)
    everything = MeetingQuery()
    assert any_store.tag_counts("org", everything) == [("EU", 1), ("NATO", 2), ("OPEC", 1)]
    assert any_store.tag_counts("country", MeetingQuery(org="nato")) == [("FR", 1), ("LT", 1), ("US", 1)]
    assert any_store.tag_counts("org", MeetingQuery(country="SA")) == [("OPEC", 1)]
    assert any_store.tag_counts("org", MeetingQuery(start=date(2022, 6, 1), org="NATO")) == [("EU", 1), ("Nato", 1)]
    assert any_store.place_counts(MeetingQuery(org="nato")) == [("Brussels", 1), ("Vilnius", 1)]


def test_remembered_counts_follow_the_store(any_store: Store) -> None:
    _store_three(any_store)
    query = MeetingQuery(start=date(2022, 1, 1))
    assert any_store.tag_counts("org", query) == [("EU", 1), ("NATO", 2), ("OPEC", 1)]
    assert any_store.place_counts(query) == [("Brussels", 1), ("Vienna", 1), ("Vilnius", 1)]
    later = article("a4", "2022-04-02", "Reuters", "OPEC meets in Vienna on 2022-07-01. More.")
    any_store.ingest(
        later, [sighting(later, "OPEC in Vienna", "2022-07-01", location="Vienna", organisations=("OPEC",))]
    )
    assert any_store.tag_counts("org", query) == [("EU", 1), ("NATO", 2), ("OPEC", 2)]
    assert any_store.place_counts(query) == [("Brussels", 1), ("Vienna", 2), ("Vilnius", 1)]
    counts = any_store.tag_counts("org", query)
    counts.clear()  # a caller's list is its own
    assert any_store.tag_counts("org", query) == [("EU", 1), ("NATO", 2), ("OPEC", 2)]


def test_a_remembered_page_of_meetings_follows_the_store(any_store: Store) -> None:
    _store_three(any_store)
    page = MeetingQuery(start=date(2022, 1, 1), limit=2)
    first = any_store.find(page)
    assert [s.meeting.location for s in first] == ["Brussels", "Vilnius"]
    first.clear()  # a caller's list is its own
    assert [s.meeting.location for s in any_store.find(page)] == ["Brussels", "Vilnius"]
    earlier = article("a0", "2022-04-01", "Reuters", "Talks in Oslo on 2022-05-01. More.")
    any_store.ingest(earlier, [sighting(earlier, "Oslo talks", "2022-05-01", location="Oslo", organisations=())])
    assert [s.meeting.location for s in any_store.find(page)] == ["Oslo", "Brussels"]


def test_an_organisation_counts_what_its_filter_finds_its_bodies_included(any_store: Store) -> None:
    _store_three(any_store)
    source = article("a4", "2022-04-02", "AFP", "The NATO-Russia Council meets in Brussels on 2022-05-12. More.")
    council = sighting(
        source, "NATO-Russia Council", "2022-05-12", location="Brussels", organisations=("NATO-Russia Council", "NATO")
    )
    body_only = sighting(
        source, "Military Committee", "2022-05-13", location="Mons", organisations=("NATO Military Committee",)
    )
    any_store.ingest(source, [council, body_only])
    everything = MeetingQuery()
    counts = any_store.org_counts(everything)
    # NATO: its two meetings, the council (tagged NATO too: counted once) and the committee's.
    assert counts == [("EU", 1), ("NATO", 4), ("NATO Military Committee", 1), ("NATO-Russia Council", 1), ("OPEC", 1)]
    for name, count in counts:
        assert len(any_store.find(MeetingQuery(org=name))) == count, name
    assert any_store.tag_counts("org", everything)[1] == ("NATO", 3)  # tags alone: no bodies
