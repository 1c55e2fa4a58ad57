"""Each benchmark still runs, on a tiny input (they are not timed tests: see benchmarks/README.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, need, shared_path

REUTERS = shared_path("DIPLOCAL_REUTERS_DIR", "data/reuters21578")


def run_benchmark(name: str, *args: str) -> str:
    environment = {**os.environ, "DIPLOCAL_REUTERS_DIR": str(REUTERS)}
    done = subprocess.run(
        [sys.executable, "-m", f"benchmarks.{name}", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_extract_benchmark() -> None:
    need(any(REUTERS.glob("reut2-*.sgm")), f"the Reuters-21578 corpus (DIPLOCAL_REUTERS_DIR, {REUTERS})")
    output = run_benchmark("extract", "--limit", "50", "--naive-sample", "5")
    assert "ours: articles with a text" in output
    assert "naive search_dates: same sample" in output
    assert "ratio ours / naive on the same sample" in output
    assert "peak RSS" in output


def test_extract_benchmark_by_language() -> None:
    output = run_benchmark("extract", "--languages", "--only", "en,ru", "--limit", "3", "--passes", "2")
    assert "pinned to CPU" in output or "not pinned" in output
    rows = {line.split()[0]: line.split() for line in output.splitlines() if line.startswith(("en ", "ru "))}
    assert rows["en"][1:3] == ["3", "2"], output  # three articles, two passes
    assert rows["ru"][1:3] == ["3", "2"], output
    assert "en: target >= 1,000 articles/s: " in output
    assert "ru: target >= 1,000 articles/s: " in output


def test_ingest_benchmark() -> None:
    need(any(REUTERS.glob("reut2-*.sgm")), f"the Reuters-21578 corpus (DIPLOCAL_REUTERS_DIR, {REUTERS})")
    output = run_benchmark("ingest", "--limit", "50")
    assert "first ingest: 50 articles read (0 unchanged)" in output
    assert "again:        50 articles read (50 unchanged)" in output


def test_render_benchmark() -> None:
    output = run_benchmark("render", "--sizes", "40,80", "--runs", "1")
    assert "icalendar library" in output
    assert "3 requests of the same feed rendered it 1 time(s)" in output
    assert "3 more requests rendered it 1 more time(s)" in output


@pytest.mark.slow
@pytest.mark.parametrize("generator", ["python", "wrk"])
def test_serve_benchmark(generator: str) -> None:
    if generator == "wrk":
        need(shutil.which("wrk") is not None, "wrk (Debian package; .ci/install.d/40-wrk.sh)")
    output = run_benchmark(
        "serve", "--meetings", "50", "--duration", "1", "--rounds", "1", "--connections", "2", "--generator", generator
    )
    for url in ("/calendar.ics (cached)", "/calendar.ics If-None-Match (304)", "/api/meetings", "/ (the page)"):
        assert url in output
    assert "worker" in output
    assert "MB resident" in output
