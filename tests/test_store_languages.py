"""The store keeps each source's language and the original phrase of a title read from
another language than English (schema version 4), on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from fixtures.news import article, sighting

from diplocal.model import Article, Meeting
from diplocal.query import MeetingQuery
from diplocal.store import Store

RU = replace(
    article("ru-1", "2024-06-01", "Novosti", "Саммит БРИКС пройдёт в Казани 22 октября.", title="Саммит в Казани"),
    language="ru",
)
EN = replace(
    article("en-1", "2024-06-02", "Wire", "The BRICS summit will be held in Kazan on October 22."), language="en"
)


def brics(source: Article, phrase: str | None) -> Meeting:
    found = sighting(source, "BRICS Summit", "2024-10-22", location="Kazan", organisations=("BRICS",))
    return replace(found, kind="summit", participants=("BRICS",), title_original=phrase)


def test_each_source_keeps_its_language_and_phrase(any_store: Store) -> None:
    any_store.ingest(RU, [brics(RU, "Саммит БРИКС")])
    any_store.ingest(EN, [brics(EN, "The BRICS summit")])
    meeting = any_store.get(_only_id(any_store)).meeting
    assert meeting.title == "BRICS Summit"
    assert meeting.title_original == "Саммит БРИКС"  # the title comes from the first report, in Russian
    assert [(e.article_id, e.language, e.title_original) for e in meeting.evidence] == [
        ("ru-1", "ru", "Саммит БРИКС"),
        ("en-1", "en", None),  # an English phrase is the title's own language: not kept
    ]


def test_a_title_from_an_english_report_has_no_original(any_store: Store) -> None:
    earlier = replace(EN, id="en-0", published=datetime(2024, 5, 31, tzinfo=UTC))  # before the Russian report
    any_store.ingest(earlier, [brics(earlier, "The BRICS summit")])
    any_store.ingest(RU, [brics(RU, "Саммит БРИКС")])
    meeting = any_store.get(_only_id(any_store)).meeting
    assert meeting.title_original is None
    assert [e.language for e in meeting.evidence] == ["en", "ru"]


def test_the_original_follows_publication_not_arrival(any_store: Store) -> None:
    any_store.ingest(EN, [brics(EN, "The BRICS summit")])
    any_store.ingest(RU, [brics(RU, "Саммит БРИКС")])
    meeting = any_store.get(_only_id(any_store)).meeting
    assert meeting.title_original == "Саммит БРИКС"  # RU was published first, whatever came in first


def test_an_article_of_unknown_language_is_kept_as_unknown(any_store: Store) -> None:
    unknown = replace(RU, id="x-1", language=None)
    any_store.ingest(unknown, [brics(unknown, "Саммит БРИКС")])
    meeting = any_store.get(_only_id(any_store)).meeting
    assert meeting.title_original is None  # which language the phrase is in is not known
    assert [e.language for e in meeting.evidence] == [None]
    assert [a.language for a in any_store.articles()] == [None]  # read again: detected then


def test_re_extraction_fills_in_the_phrase(any_store: Store) -> None:
    any_store.ingest(RU, [brics(RU, None)])
    assert any_store.get(_only_id(any_store)).meeting.title_original is None
    any_store.ingest(RU, [brics(RU, "Саммит БРИКС")], force=True)
    assert any_store.get(_only_id(any_store)).meeting.title_original == "Саммит БРИКС"


def _only_id(store: Store) -> str:
    [stored] = store.find(MeetingQuery())
    return stored.id


def test_reextract_settles_an_unknown_language(store: Store) -> None:
    from diplocal.ingest import reextract

    text = (Path(__file__).parent / "stories" / "brics-kazan" / "ru-vesti.txt").read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    unknown = replace(RU, id="ru-2", title=title, text=body.split("\n\n", 1)[1], language=None)
    store.ingest(unknown, [])
    report = reextract(store)
    assert report.ok, report.failures
    assert [a.language for a in store.articles()] == ["ru"]
    [stored] = store.find(MeetingQuery())
    assert stored.meeting.title_original == "Саммит БРИКС"
