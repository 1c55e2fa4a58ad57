"""The ingest command's progress bar counts articles, so one big JSONL file is not one step."""

from __future__ import annotations

from pathlib import Path

import click._termui_impl
import pytest
from click.testing import CliRunner

from diplocal import cli
from diplocal.cli import main
from diplocal.ingest import expected_articles
from diplocal.model import Failure
from diplocal.sources import Input


def _wire(path: Path, count: int) -> Path:
    lines = [
        f'{{"id": "a{n}", "published": "2024-01-02T10:00:00Z", "title": "Talks", '
        f'"text": "Envoys will meet in Doha on January {n + 9} to discuss a truce."}}'
        for n in range(count)
    ]
    path.write_text("\n".join(lines) + "\n\n")  # a blank line at the end is no article
    return path


def test_progress_bar_counts_articles_not_files(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_on_terminal", lambda: True)
    monkeypatch.setattr(click._termui_impl, "isatty", lambda _stream: True)  # draw it as on a terminal
    result = runner.invoke(main, ["ingest", str(_wire(tmp_path / "wire.jsonl", 3))])
    assert result.exit_code == 0, result.output
    assert "3/3" in result.stderr
    assert "1/1" not in result.stderr
    assert result.stdout.startswith("3 articles read (0 unchanged)")


def test_without_a_terminal_only_the_summary_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["ingest", str(_wire(tmp_path / "wire.jsonl", 3))])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1


def test_expected_articles(tmp_path: Path) -> None:
    wire = _wire(tmp_path / "wire.jsonl", 4)
    note = tmp_path / "note.txt"
    note.write_text("Title\n\nText.\n")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    units = [
        Input(str(wire), wire),
        Input(str(note), note),
        Input(str(empty), empty),  # read as one failure
        Input("https://news.example/feed.rss"),
        Failure("missing.txt", "no such file or folder"),
        Input(str(tmp_path / "gone.jsonl"), tmp_path / "gone.jsonl"),  # cannot be opened: one failure
    ]
    assert expected_articles(units) == 4 + 1 + 1 + 1 + 1 + 1
