"""`diplocal export` and `diplocal import`: the whole store survives the round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fixtures.news import life_of_a_meeting

from diplocal.cli import main
from diplocal.errors import StoreError
from diplocal.export import export_lines, import_lines
from diplocal.query import MeetingQuery
from diplocal.store import Store


def filled(url: str) -> Store:
    """A store that read the story newest first, so it holds former ids (aliases) too."""
    store = Store.open(url)
    for source, found in reversed(life_of_a_meeting()):
        store.ingest(source, found)
    return store


def snapshot(store: Store) -> tuple:
    found = store.find(MeetingQuery())
    return (
        found,
        [store.history(m.id) for m in found],
        store.article_hashes(),
        list(store.articles()),
    )


def test_export_then_import_loses_nothing(any_db_url: str, tmp_path: Path) -> None:
    original = filled(f"sqlite:///{tmp_path / 'original.db'}")
    lines = list(export_lines(original))
    kinds = {json.loads(line)["type"] for line in lines}
    assert kinds == {"schema", "article", "meeting", "sighting", "tag", "history", "alias"}
    copy = Store.open(any_db_url)
    counts = import_lines(copy, lines)
    assert counts["article"] == 5
    assert counts["sighting"] == 5
    assert snapshot(copy) == snapshot(original)
    assert list(export_lines(copy)) == lines
    # The copy goes on working: an article read again is still known, ids still resolve.
    source, found = life_of_a_meeting()[0]
    assert copy.ingest(source, found).unchanged
    original.close()
    copy.close()


def test_import_refuses_a_store_that_is_not_empty(any_store: Store) -> None:
    source, found = life_of_a_meeting()[0]
    any_store.ingest(source, found)
    lines = list(export_lines(any_store))
    with pytest.raises(StoreError, match="already holds articles"):
        import_lines(any_store, lines)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "line 1 is not JSON"),
        ('{"type": "schema", "version": 99}', "schema version 99"),
        ('{"type": "spaceship"}', "unknown record type 'spaceship'"),
        ('{"type": "meeting", "id": "x"}', "cannot load meeting records"),
    ],
)
def test_import_names_the_bad_line(any_store: Store, line: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        import_lines(any_store, [line])
    assert any_store.count() == 0


def test_cli_round_trip(runner: CliRunner, db_url: str, tmp_path: Path) -> None:
    filled(db_url).close()
    out = tmp_path / "dump.jsonl"
    result = runner.invoke(main, ["export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    target = f"sqlite:///{tmp_path / 'copy.db'}"
    result = runner.invoke(main, ["--db", target, "import", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 article records" in result.output
    result = runner.invoke(main, ["--db", target, "export"])
    assert result.exit_code == 0, result.output
    assert result.output == out.read_text()
    again = runner.invoke(main, ["--db", target, "import", str(out)])
    assert again.exit_code == 1
    assert "already holds articles" in again.output


def test_an_export_of_schema_version_3_is_read(tmp_path: Path) -> None:
    """Version 4 only added nullable columns (title_original): a version-3 backup still loads."""
    original = filled(f"sqlite:///{tmp_path / 'original.db'}")
    lines = []
    for line in export_lines(original):
        record = json.loads(line)
        if record["type"] == "schema":
            record["version"] = 3
        assert record.pop("title_original", None) is None  # English reports keep none
        lines.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
    copy = Store.open(f"sqlite:///{tmp_path / 'copy.db'}")
    import_lines(copy, lines)
    assert snapshot(copy) == snapshot(original)
    original.close()
    copy.close()
