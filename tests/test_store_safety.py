"""Transactions and constraints: concurrent ingests, a crash mid-article, a lost race."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures.news import FAKE_VARIABLE, article, life_of_a_meeting, moved, sighting, write_articles
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import IntegrityError

from diplocal.errors import StoreError
from diplocal.query import MeetingQuery
from diplocal.store import Store, normalise_url, writer
from diplocal.store.schema import sightings

FAKE_CLI = Path(__file__).parent / "fixtures" / "fake_extract_cli.py"
PUBLISHERS = ["TASS", "Reuters", "AFP", "AP"]
PLACES = ["Brussels", "Geneva", "Vienna", "Oslo", "Rome", "Paris", "Berlin", "Madrid", "Prague", "Warsaw"]


def many_articles() -> list:
    """Ten meetings, each reported by four publishers, some then moved: 44 articles."""
    items = []
    for n, place in enumerate(PLACES):
        day = f"2022-05-{n + 10:02d}"
        for k, publisher in enumerate(PUBLISHERS):
            source = article(
                f"m{n}-{k}",
                f"2022-04-0{k + 1}T0{n % 10}:00:00",
                publisher,
                f"Ministers meet in {place} on {day}. More.",
            )
            found = sighting(
                source,
                f"{place} ministerial meeting",
                day,
                location=place,
                organisations=(f"ORG{n}",),
                participants=(f"ORG{n} ministers",),
            )
            items.append((source, [found]))
        if n % 3 == 0:
            source = article(f"m{n}-moved", "2022-04-20", "AP", f"The {place} meeting was postponed to May {n + 20}.")
            found = sighting(
                source,
                f"{place} ministerial meeting",
                day,
                location=place,
                organisations=(f"ORG{n}",),
                participants=(f"ORG{n} ministers",),
            )
            items.append((source, [moved(found, f"2022-05-{n + 20:02d}", previous=day)]))
    return items


def test_two_ingest_processes_at_once_neither_duplicate_nor_lose(any_db_url: str, tmp_path: Path) -> None:
    items = many_articles()
    table = write_articles(tmp_path / "articles", items)
    env = {**os.environ, FAKE_VARIABLE: str(table), "DIPLOCAL_DATABASE_URL": any_db_url}
    Store.open(any_db_url).close()  # both start from a created schema, as after `diplocal ingest` once
    command = [sys.executable, str(FAKE_CLI), "ingest", str(tmp_path / "articles")]
    processes = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)
    ]
    outputs = [p.communicate(timeout=300) for p in processes]
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, out + err
    store = Store.open(any_db_url)
    sequential = Store.open(f"sqlite:///{tmp_path / 'sequential.db'}")
    for source, found in items:
        sequential.ingest(source, found)
    found = store.find(MeetingQuery())
    assert len(found) == len(PLACES)
    assert sum(len(m.meeting.evidence) for m in found) == len(items)
    assert [(m.id, m.meeting.start, m.sequence) for m in found] == [
        (m.id, m.meeting.start, m.sequence) for m in sequential.find(MeetingQuery())
    ]
    assert len(store.article_hashes()) == len(items)
    store.close()
    sequential.close()


def test_a_crash_mid_article_leaves_the_store_as_it_was(any_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    story = life_of_a_meeting()
    for source, found in story[:3]:
        any_store.ingest(source, found)
    before = (any_store.find(MeetingQuery()), any_store.article_hashes(), any_store.version())
    source = article("two-things", "2022-03-11", "AP", "The ministers' meeting moved to April 12; Oslo talks on May 2.")
    found = [
        moved(sighting(source, "NATO foreign ministers' meeting", "2022-04-10"), "2022-04-12", previous="2022-04-10"),
        sighting(source, "Oslo talks", "2022-05-02", location="Oslo", organisations=(), participants=("Norway",)),
    ]
    real = writer.rederive
    calls = []

    def crash_on_second(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(writer, "rederive", crash_on_second)
    with pytest.raises(RuntimeError, match="power cut"):
        any_store.ingest(source, found)
    assert (any_store.find(MeetingQuery()), any_store.article_hashes(), any_store.version()) == before
    monkeypatch.setattr(writer, "rederive", real)
    result = any_store.ingest(source, found)
    assert len(result.new) == 1
    assert any_store.count() == 2


def test_a_lost_race_is_retried_from_scratch(any_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database refused a write on a unique key: the article is stored again from scratch."""
    other, other_found = life_of_a_meeting()[1]
    any_store.ingest(other, other_found)
    source, found = life_of_a_meeting()[0]
    real = writer.store_article
    attempts = []

    def race(*args, **kwargs):
        attempts.append(1)
        if len(attempts) == 1:
            real(*args, **kwargs)  # written, then refused: the transaction is rolled back
            raise IntegrityError(
                "INSERT INTO meetings", {}, Exception("duplicate key value violates unique constraint")
            )
        return real(*args, **kwargs)

    monkeypatch.setattr("diplocal.store.store_article", race)
    result = any_store.ingest(source, found)
    assert len(attempts) == 2
    assert result.new == []
    [meeting] = any_store.find(MeetingQuery())
    assert len(meeting.meeting.evidence) == 2


def test_a_race_lost_every_time_is_a_store_error(any_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def always(*_args, **_kwargs):
        raise IntegrityError("INSERT INTO meetings", {}, Exception("duplicate key"))

    monkeypatch.setattr("diplocal.store.store_article", always)
    source, found = life_of_a_meeting()[0]
    with pytest.raises(StoreError, match="conflicts with stored data"):
        any_store.ingest(source, found)
    assert any_store.article_hashes() == {}


def test_unique_keys_refuse_a_second_sighting_of_one_article(any_db_url: str) -> None:
    store = Store.open(any_db_url)
    source, found = life_of_a_meeting()[0]
    store.ingest(source, found)
    engine = create_engine(normalise_url(any_db_url))
    with engine.connect() as connection:
        row = dict(connection.execute(select(sightings)).mappings().one())
        with pytest.raises(IntegrityError):
            connection.execute(sightings.insert().values(**row))
        connection.rollback()
        assert connection.execute(select(func.count()).select_from(sightings)).scalar() == 1
        connection.execute(text("SELECT 1"))
    engine.dispose()
    store.close()
