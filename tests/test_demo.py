"""What a newcomer meets first: `diplocal demo`'s front page shows the sample's meetings, and
the demo leaves the working copy as git found it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS, need

from diplocal.cli import main
from diplocal.settings import Settings
from diplocal.web import create_app


def test_the_front_page_after_the_demo_shows_the_sample(
    runner: CliRunner, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIPLOCAL_PAST_DAYS", raising=False)
    result = runner.invoke(main, ["demo", "--seeds", str(SEEDS), "--out", str(tmp_path / "feeds"), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "open http://127.0.0.1:5000/ in a browser" in result.output
    # Any day after the sample's meetings (4 January 2022's article): nothing is upcoming.
    later = datetime(2031, 5, 6, 9, 0, tzinfo=UTC)
    app = create_app({"SETTINGS": Settings(database_url=db_url), "CLOCK": lambda: later, "TESTING": True})
    try:
        html = app.test_client().get("/").get_data(as_text=True)
    finally:
        app.extensions["diplocal.store"].close()
    titles = [unescape(t) for t in re.findall(r'<h3><a href="/meetings/[0-9a-f]+">([^<]*)</a></h3>', html)]
    assert len(titles) == 4, html
    assert "<h1>Latest diplomatic meetings</h1>" in html
    assert "Nothing is scheduled from today (Tue 6 May 2031) on: these are the latest meetings known." in html
    assert "Week 1 · 3 Jan – 9 Jan 2022" in html
    assert 'href="/month/2022-01" id="as-month"' in html


def test_the_demo_leaves_git_status_clean(tmp_path: Path) -> None:
    git = shutil.which("git")
    need(git is not None, "git")
    assert git is not None
    work = tmp_path / "checkout"
    shutil.copytree(SEEDS, work / "seeds")
    (work / "feeds").mkdir()
    shutil.copy(ROOT / "feeds" / ".gitkeep", work / "feeds" / ".gitkeep")
    shutil.copy(ROOT / ".gitignore", work / ".gitignore")
    env = {key: value for key, value in os.environ.items() if not key.startswith("DIPLOCAL_")}

    def run(*command: str) -> str:
        done = subprocess.run(command, cwd=work, env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    run(git, "init", "-q")
    run(git, "add", "-A")
    run(git, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "checkout")
    run(sys.executable, "-m", "diplocal", "demo", "--no-serve")
    assert (work / "diplocal.db").exists()
    assert list((work / "feeds").glob("*/*.ics"))  # it did write the per-organisation feeds
    assert run(git, "status", "--porcelain", "--untracked-files=all") == ""
