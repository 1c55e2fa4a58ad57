"""`diplocal build`: feed files byte-identical to what the server sends, for static hosting."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from clients.samples import SAMPLE_ARTICLE, SAMPLE_MEETINGS
from flask.testing import FlaskClient

from diplocal.build import build_feeds, filter_values
from diplocal.cli import main
from diplocal.query import MeetingQuery
from diplocal.settings import Settings
from diplocal.store import Store


@pytest.fixture
def sample(store: Store) -> Store:
    store.ingest(SAMPLE_ARTICLE, list(SAMPLE_MEETINGS))
    return store


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    """The CLI reads the same settings as the app fixture, from the environment."""
    monkeypatch.setenv("DIPLOCAL_BASE_URL", settings.base_url)
    monkeypatch.setenv("DIPLOCAL_PAST_DAYS", "all")


def _server_path(relative: Path) -> str:
    if relative == Path("diplomatic.ics"):
        return "/calendar.ics"
    kind, name = relative.parts
    return f"/feeds/{kind}/{quote(name.removesuffix('.ics'), safe='')}.ics"


def test_build_writes_what_the_server_serves(
    sample: Store, runner: CliRunner, cli_env: None, client: FlaskClient, tmp_path: Path
) -> None:
    out = tmp_path / "feeds"
    result = runner.invoke(main, ["build", "--out", str(out), "--today", "2022-01-05"])
    assert result.exit_code == 0, result.output
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert files == [
        Path("country/RU.ics"),
        Path("country/UA.ics"),
        Path("country/US.ics"),
        Path("diplomatic.ics"),
        Path("org/NATO Military Committee.ics"),
        Path("org/NATO-Russia Council.ics"),
        Path("org/NATO.ics"),
        Path("place/Brussels.ics"),
        Path("place/Geneva.ics"),
        Path("place/virtual.ics"),
    ]
    for relative in files:
        response = client.get(_server_path(relative))
        assert response.status_code == 200, relative
        assert (out / relative).read_bytes() == response.data, relative
    assert (
        result.output.strip() == f"wrote {out / 'diplomatic.ics'} and 9 filtered feeds under {out}/(org|country|place)/"
    )


def test_build_twice_gives_the_same_bytes(sample: Store, settings: Settings, tmp_path: Path) -> None:
    from datetime import date

    first = build_feeds(sample, settings, tmp_path / "a", date(2022, 1, 5))
    second = build_feeds(sample, settings, tmp_path / "b", date(2022, 1, 5))
    for one, two in zip(first.written, second.written, strict=True):
        assert one.read_bytes() == two.read_bytes()


def test_build_removes_feeds_no_meeting_uses_and_leaves_no_temporary_files(
    sample: Store, settings: Settings, tmp_path: Path
) -> None:
    from datetime import date

    out = tmp_path / "feeds"
    (out / "org").mkdir(parents=True)
    (out / "org" / "WEU.ics").write_bytes(b"old")
    (out / "org" / "README.txt").write_text("kept")
    report = build_feeds(sample, settings, out, date(2022, 1, 5))
    assert report.removed == [out / "org" / "WEU.ics"]
    assert (out / "org" / "README.txt").exists()
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]


def test_filter_values_are_unique_and_usable_as_file_names(sample: Store) -> None:
    from dataclasses import replace

    items = sample.find(MeetingQuery())
    odd = replace(items[0], meeting=replace(items[0].meeting, organisations=("nato", "A/B", ".hidden", "")))
    assert filter_values([*items, odd], "org") == ["NATO", "NATO Military Committee", "NATO-Russia Council"]
    assert filter_values(items, "country") == ["RU", "UA", "US"]
