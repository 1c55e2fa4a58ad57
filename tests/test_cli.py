"""The command line: help, the demo, list, build, extract errors; one line per error, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEED_ARTICLE, SEEDS

from diplocal.cli import main


def test_help_lists_every_command(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0, result.output
    for command in ("demo", "extract", "ingest", "build", "serve", "list", "watch", "sources", "reextract", "export"):
        assert command in result.output


def test_demo_ingests_builds_and_keeps_the_sample_in_the_feed(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIPLOCAL_PAST_DAYS", raising=False)
    out = tmp_path / "feeds"
    result = runner.invoke(main, ["demo", "--seeds", str(SEEDS), "--out", str(out), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "4 new" in result.output
    assert "curl http://127.0.0.1:5000/calendar.ics" in result.output
    assert (out / "diplomatic.ics").read_bytes().count(b"BEGIN:VEVENT") == 4


def test_list_prints_a_table_and_says_how_to_see_the_past(runner: CliRunner) -> None:
    assert runner.invoke(main, ["ingest", str(SEEDS)]).exit_code == 0
    empty = runner.invoke(main, ["list", "--from", "2030-01-01"])
    assert empty.exit_code == 0
    assert "try --from with an earlier date" in empty.output
    table = runner.invoke(main, ["list", "--from", "2022-01-01"])
    assert table.exit_code == 0, table.output
    lines = table.output.strip().splitlines()
    assert lines[0].split()[:3] == ["date", "title", "place"]
    assert len(lines) == 5
    assert "2022-01-12..2022-01-13" in table.output
    as_json = runner.invoke(main, ["list", "--from", "2022-01-01", "--json"])
    assert len(json.loads(as_json.output)["meetings"]) == 4


def test_a_bad_date_option_says_what_would_work(runner: CliRunner) -> None:
    result = runner.invoke(main, ["list", "--from", "2022-13-01"])
    assert result.exit_code == 2
    assert "use YYYY-MM-DD" in result.output


@pytest.mark.parametrize("command", ["extract", "ingest"])
@pytest.mark.parametrize("value", ["04/05/2027", "5 April 2027", "April 5, 2027", "2027-13-01", "tomorrow"])
def test_published_takes_iso_8601_only(runner: CliRunner, command: str, value: str) -> None:
    result = runner.invoke(main, [command, str(SEED_ARTICLE), "--published", value])
    assert result.exit_code == 2, result.output
    assert f"{value!r} is not an ISO 8601 date" in result.output
    assert "e.g. 2027-05-04 for 4 May 2027" in result.output


@pytest.mark.parametrize(
    ("value", "shown"),
    [("2027-05-04", "2027-05-04"), ("2027-05-04T23:30:00-05:00", "2027-05-04"), ("20270504", "2027-05-04")],
)
def test_published_reads_iso_8601(runner: CliRunner, value: str, shown: str) -> None:
    result = runner.invoke(main, ["extract", str(SEED_ARTICLE), "--published", value])
    assert result.exit_code == 0, result.output
    assert f"[published {shown}]" in result.output


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Published: 04/05/2027", "could be day-month or month-day (write it in ISO 8601 (YYYY-MM-DD)"),
        ("Published: 4.5.27", "could be day-month or month-day"),
    ],
)
def test_an_article_dated_day_or_month_first_fails_alone(
    runner: CliRunner, tmp_path: Path, header: str, expected: str
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Ministers to meet\n{header}\n\nMinisters will meet in Oslo on June 3.\n")
    (folder / "b.txt").write_text(
        "Ministers to meet\nPublished: 13/05/2027\n\nMinisters will meet in Oslo on June 3.\n"
    )
    result = runner.invoke(main, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert expected in result.output
    assert "a.txt" in result.output
    assert "b.txt" not in result.output  # 13/05 can only be 13 May
    assert "1 new" in result.output  # the other article was stored all the same


def test_extract_with_a_published_date_and_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(SEED_ARTICLE), "--published", "2022-01-04"])
    assert result.exit_code == 0, result.output
    assert "[published 2022-01-04]" in result.output
    rows = tmp_path / "in.jsonl"
    rows.write_text(
        json.dumps(
            {
                "id": "a",
                "published": "1987-04-01",
                "language": "en",  # one sentence is too little to detect it from
                "title": "",
                "text": "OPEC ministers will meet in Vienna on June 25.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    predicted = runner.invoke(main, ["extract", "--jsonl", str(rows)])
    assert predicted.exit_code == 0, predicted.output
    [line] = predicted.output.strip().splitlines()
    assert json.loads(line)["events"][0]["start"] == "1987-06-25"


def test_an_undated_article_fails_alone_and_names_the_way_out(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "MINISTERS TO MEET\n\nForeign ministers will meet on Friday in Vienna.\n", encoding="utf-8"
    )
    (folder / "b.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert "--published" in result.output
    assert "a.txt" in result.output
    assert "4 new" in result.output  # the other article was stored all the same


def test_errors_are_one_line_without_a_traceback(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["--db", "nosuchdriver://x", "list"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.startswith("error: ")
    assert len(result.output.strip().splitlines()) == 1


def test_a_url_of_another_scheme_is_named_as_such(runner: CliRunner) -> None:
    result = runner.invoke(main, ["ingest", "ftp://host/x"])
    assert result.exit_code == 1
    assert (
        "failed: ftp://host/x: only http and https URLs are fetched, not ftp: "
        "(give an http(s) URL, or download the file and give its path)"
    ) in result.output
    assert "no such file" not in result.output


def test_counts_are_told_in_the_singular_when_there_is_one(runner: CliRunner, tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text(
        "OPEC to meet\nPublished: 2022-01-04\nLanguage: en\n\nOPEC oil ministers will meet in Vienna on February 3.\n"
    )
    result = runner.invoke(main, ["ingest", str(one)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 article read (0 unchanged), 1 meeting found: 1 new")


def test_a_store_that_goes_down_stops_the_run_at_once(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not one failure per remaining article: one line, how many were stored, what to do."""
    from diplocal.errors import StoreUnavailable
    from diplocal.store import Store

    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(
            f"Talks {n}\nPublished: 2022-01-04\nLanguage: en\n\nEnvoys meet in Oslo on March {n + 3}.\n"
        )
    real = Store.ingest
    calls: list[str] = []

    def down_after_one(self: Store, article: object, *args: object, **kwargs: object) -> object:
        calls.append(str(getattr(article, "id", "")))
        if len(calls) > 1:
            raise StoreUnavailable("the database failed or cannot be reached (gone)", hint="start it")
        return real(self, article, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "ingest", down_after_one)
    result = runner.invoke(main, ["ingest", str(folder)])
    assert result.exit_code == 1
    assert len(calls) == 2  # the third article was never tried
    assert result.output.strip().splitlines() == [
        "error: the database failed or cannot be reached (gone); 1 article was stored before it "
        "(start it; then run the same command again: stored articles are skipped)"
    ]
