"""Serving under load: gunicorn with the production settings, a store of 10,000 meetings.

    python -m benchmarks.serve [--meetings 10000] [--duration 20] [--connections 64] [--generator wrk|python]

A SQLite store of ``--meetings`` synthetic meetings (around today) is built in a temporary
folder; ``python -m benchmarks.serve_app`` serves it with gunicorn exactly as ``diplocal
serve`` does (:func:`diplocal.serve.gunicorn_options`: 2 gthread workers of 1 thread...),
and a second process loads it over loopback, one URL after the other, for ``--duration``
seconds at ``--connections`` connections: wrk (Debian's ``wrk`` package) when installed,
else a bounded Python load generator (threads with keep-alive connections).

The URLs: the two ceilings the benchmark's app adds (the feed's bytes as a constant, and
two bytes), ``/calendar.ics`` (200), ``/calendar.ics`` with ``If-None-Match`` (304),
``/api/meetings`` and ``/``. Each is reported with requests per second, p50 and p99
latency and errors, and the cached feed and its 304 against their ceilings. Then the
resident memory of each worker. The server is stopped whatever happens.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.common import machine, rss_mb, table, verdict
from benchmarks.serve_app import FEED_BYTES, SMALL
from benchmarks.synthetic import fill_store
from diplocal.feeds import Feed, render_feed
from diplocal.serve import gunicorn_options
from diplocal.settings import Settings
from diplocal.store import Store

TARGET_SHARE = 0.70  # of the ceiling
TARGET_P99_MS = 100.0
TARGET_RSS_MB = 300.0
_SERVER = [sys.executable, "-m", "benchmarks.serve_app"]
NO_MATCH = '"diplocal-bench-no-match"'  # an ETag nothing has
_WRK_SCRIPT = """
wrk.headers["If-None-Match"] = os.getenv("DIPLOCAL_BENCH_ETAG")
"""


@dataclass
class Load:
    """What one URL gave under load."""

    name: str
    path: str
    status: int
    size: int
    rate: float = 0.0
    p50_ms: float = 0.0
    p99_ms: float = 0.0
    errors: int = 0
    requests: int = 0
    cpu: float = 0.0  # seconds the workers spent on it

    @property
    def cpu_ms(self) -> float:
        """Worker CPU per request: steadier than requests/s on a shared machine."""
        return self.cpu / self.requests * 1000 if self.requests else float("nan")


def workers_cpu(master: int) -> float:
    """CPU seconds (user and system) the gunicorn workers have used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in workers_of(master):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a worker that just left
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(base: str, path: str, headers: dict[str, str] | None = None) -> tuple[int, bytes, dict[str, str]]:
    request = urllib.request.Request(base + path, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)


def wait_until_up(base: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server stopped ({server.returncode}); its log:\n{log.read_text()[-3000:]}")
        try:
            if fetch(base, SMALL)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server did not answer within 120 s; its log:\n{log.read_text()[-3000:]}")


def run_wrk(url: str, seconds: int, connections: int, etag: str, folder: Path) -> tuple[float, float, float, int, int]:
    """requests/s, p50 ms, p99 ms, errors, requests, as wrk reports them. Every URL is loaded
    through the same script (its If-None-Match header), so wrk does the same work for each:
    a script costs wrk itself a third of its speed, on the machine it shares with the server."""
    script = folder / "if-none-match.lua"
    script.write_text(_WRK_SCRIPT)
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s", "-s", str(script)]
    environment = {**os.environ, "DIPLOCAL_BENCH_ETAG": etag}
    output = subprocess.run([*command, url], capture_output=True, text=True, env=environment, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    requests = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    errors = 0
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if bad:
        errors += int(bad.group(1))
    return rate, _ms(output, "50%"), _ms(output, "99%"), errors, requests


def _ms(output: str, percentile: str) -> float:
    found = re.search(rf"^\s+{re.escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    if not found:
        return float("nan")
    value, unit = float(found.group(1)), found.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def run_python(
    host: str, port: int, path: str, seconds: float, connections: int, etag: str, expected: int
) -> tuple[float, float, float, int, int]:
    """The same figures from threads, each with one keep-alive connection (a fallback to wrk:
    the GIL makes it the bottleneck before the server on a small machine)."""
    latencies: list[list[float]] = [[] for _ in range(connections)]
    errors = [0] * connections
    headers = {"If-None-Match": etag}
    deadline = time.monotonic() + seconds

    def work(slot: int) -> None:
        connection = http.client.HTTPConnection(host, port, timeout=10)
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status != expected:
                    errors[slot] += 1
            except (OSError, http.client.HTTPException):
                errors[slot] += 1
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=10)
                continue
            latencies[slot].append(time.perf_counter() - started)
        connection.close()

    threads = [threading.Thread(target=work, args=(slot,)) for slot in range(connections)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    every = sorted(value for values in latencies for value in values)
    if not every:
        return 0.0, float("nan"), float("nan"), sum(errors), 0

    def at(share: float) -> float:
        return every[min(len(every) - 1, int(share * len(every)))] * 1000

    return len(every) / elapsed, at(0.50), at(0.99), sum(errors), len(every)


def workers_of(master: int) -> list[int]:
    """The pids of the gunicorn workers (children of the master)."""
    children = Path(f"/proc/{master}/task/{master}/children")
    if not children.exists():
        return []
    return [int(pid) for pid in children.read_text().split()]


def peak_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def stop(server: subprocess.Popen[bytes]) -> None:
    """Stop gunicorn and its workers (SIGTERM, then SIGKILL to the group after 15 s)."""
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=5)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--meetings", type=int, default=10_000, help="Meetings in the store (default 10,000).")
    parser.add_argument("--duration", type=int, default=20, help="Seconds of load per URL (default 20).")
    parser.add_argument("--connections", type=int, default=64, help="Concurrent connections (default 64).")
    parser.add_argument("--rounds", type=int, default=4, help="Slices each URL's load is cut in (default 4).")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers, as `diplocal serve --workers`.")
    parser.add_argument("--generator", choices=("auto", "wrk", "python"), default="auto")
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="Override a gunicorn setting (experiments)."
    )
    args = parser.parse_args(argv)
    generator = args.generator
    if generator == "auto":
        generator = "wrk" if shutil.which("wrk") else "python"
    if generator == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk, or use --generator python")

    print("machine:", machine())
    port = free_port()
    options = {**gunicorn_options("127.0.0.1", port, args.workers), **dict(s.split("=", 1) for s in args.set)}
    shown = ", ".join(f"{k}={getattr(v, '__name__', v)}" for k, v in options.items())
    print("gunicorn (diplocal.serve.gunicorn_options):", shown)
    if args.set:
        print("NOT the production settings: changed with --set", ", ".join(args.set))
    print(f"load: {generator}, {args.connections} connections, {args.duration} s per URL, over loopback")
    with tempfile.TemporaryDirectory(prefix="diplocal-bench-") as name:
        folder = Path(name)
        url = f"sqlite:///{folder / 'serve.db'}"
        store = Store.open(url)
        today = datetime.now(UTC).date()
        fill_store(store, args.meetings, today)
        print(f"store: {store.count():,} meetings around today (SQLite)")
        feed = folder / "feed.ics"  # the ceiling's bytes: what /calendar.ics serves today
        feed.write_bytes(render_feed(store, Settings.from_env().updated(database_url=url), Feed(), today).body)
        store.close()
        log = folder / "gunicorn.log"
        with log.open("wb") as sink:
            server = subprocess.Popen(
                [*_SERVER, "--db", url, "--port", str(port), "--workers", str(args.workers), "--feed-bytes", str(feed)]
                + [f"--set={item}" for item in args.set],
                stdout=sink,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, so nothing outlives the run
            )
        try:
            loads = measure(server, port, args, generator, folder, log)
            memory = [(pid, rss_mb(pid), peak_mb(pid)) for pid in workers_of(server.pid)]
        finally:
            stop(server)
    report(loads, memory)
    return 0


def measure(
    server: subprocess.Popen[bytes], port: int, args: argparse.Namespace, generator: str, folder: Path, log: Path
) -> list[Load]:
    base = f"http://127.0.0.1:{port}"
    wait_until_up(base, server, log)
    status, body, headers = fetch(base, "/calendar.ics")
    etag = headers.get("ETag")
    if status != 200 or not etag:
        raise SystemExit(f"/calendar.ics answered {status} without an ETag")
    if body != fetch(base, FEED_BYTES)[1]:
        raise SystemExit("the ceiling's bytes differ from the feed's (did the day change?)")
    plan = [  # every request carries If-None-Match: the feed's ETag for the 304, else one that never matches
        ("ceiling: the feed's bytes, constant", FEED_BYTES, NO_MATCH, 200),
        ("ceiling: two bytes, constant", SMALL, NO_MATCH, 200),
        ("/calendar.ics (cached)", "/calendar.ics", NO_MATCH, 200),
        ("/calendar.ics If-None-Match (304)", "/calendar.ics", etag, 304),
        ("/api/meetings", "/api/meetings", NO_MATCH, 200),
        ("/ (the page)", "/", NO_MATCH, 200),
    ]
    loads = []
    for name, path, tag, expected in plan:
        status, body, _ = fetch(base, path, {"If-None-Match": tag})
        if status != expected:
            raise SystemExit(f"{path} answered {status}, not {expected}")
        loads.append(Load(name, path, status, len(body)))
    # The machine is shared: each URL is loaded in --rounds slices, the URLs taking turns, so
    # a burst of someone else's work falls on all of them alike.
    seconds = max(1, round(args.duration / args.rounds))
    p50s: dict[str, list[float]] = {load.name: [] for load in loads}
    for number in range(args.rounds):
        print(f"round {number + 1} of {args.rounds}: {len(plan)} URLs x {seconds} s", flush=True)
        for load, (_name, path, tag, expected) in zip(loads, plan, strict=True):
            before = workers_cpu(server.pid)
            if generator == "wrk":
                figures = run_wrk(base + path, seconds, args.connections, tag, folder)
            else:
                figures = run_python("127.0.0.1", port, path, seconds, args.connections, tag, expected)
            _rate, p50, p99, errors, requests = figures
            load.cpu += max(0.0, workers_cpu(server.pid) - before)
            load.requests += requests
            load.errors += errors
            load.p99_ms = max(load.p99_ms, p99)  # the worst slice's
            p50s[load.name].append(p50)
    for load in loads:
        load.rate = load.requests / (seconds * args.rounds)
        load.p50_ms = sorted(p50s[load.name])[len(p50s[load.name]) // 2]
    if fetch(base, "/calendar.ics", {"If-None-Match": etag})[0] != 304:
        raise SystemExit("the feed changed during the run: its ETag no longer matches")
    return loads


def report(loads: list[Load], memory: list[tuple[int, float | None, float | None]]) -> None:
    by_path = {(load.path, load.status): load for load in loads}
    feed_ceiling, small_ceiling = by_path[(FEED_BYTES, 200)], by_path[(SMALL, 200)]
    shares = {
        ("/calendar.ics", 200): feed_ceiling,
        ("/calendar.ics", 304): small_ceiling,
        ("/api/meetings", 200): small_ceiling,
        ("/", 200): small_ceiling,
    }
    rows = []
    for load in loads:
        ceiling = shares.get((load.path, load.status))
        share = cpu_share = ""
        if ceiling is not None:
            share = f"{load.rate / ceiling.rate:.0%}"
            cpu_share = f"{ceiling.cpu_ms / load.cpu_ms:.0%}"
        figures = (load.rate, load.p50_ms, load.p99_ms, load.errors, load.cpu_ms, share, cpu_share)
        rows.append((load.name, load.status, load.size, *figures))
    print()
    print(
        table(
            (
                "URL",
                "status",
                "bytes",
                "requests/s",
                "p50 ms (median slice)",
                "p99 ms (worst slice)",
                "errors",
                "worker CPU ms/req",
                "req/s vs ceiling",
                "by CPU",
            ),
            rows,
        )
    )
    print("ceilings: the feed's bytes for /calendar.ics (200), two bytes for the rest; 'by CPU' is the")
    print("ceiling's worker CPU per request over this URL's: the share of the ceiling it reaches when")
    print("the workers are the bottleneck, steadier than requests/s on a shared machine")
    print()
    for pid, now, peak in memory:
        print(f"worker {pid}: {now or 0:.0f} MB resident now, {peak or 0:.0f} MB at most")
    print()
    cached, not_modified = by_path[("/calendar.ics", 200)], by_path[("/calendar.ics", 304)]
    checks = [
        ("cached feed >= 70% of its ceiling", cached.rate >= TARGET_SHARE * feed_ceiling.rate),
        ("304 >= 70% of its ceiling", not_modified.rate >= TARGET_SHARE * small_ceiling.rate),
        ("p99 < 100 ms (cached feed and 304)", max(cached.p99_ms, not_modified.p99_ms) < TARGET_P99_MS),
        ("p99 < 100 ms (every URL)", max(load.p99_ms for load in loads) < TARGET_P99_MS),
        ("no errors", not any(load.errors for load in loads)),
        ("a worker under 300 MB", bool(memory) and all((peak or 0) < TARGET_RSS_MB for _, _, peak in memory)),
    ]
    for name, ok in checks:
        print(f"target {name}: {verdict(ok)}")


if __name__ == "__main__":
    sys.exit(main())
