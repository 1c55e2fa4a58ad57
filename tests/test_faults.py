"""Faults: a killed ingest, a read-only or full disk, PostgreSQL going away and coming back.

Each scenario runs the real command line (``python -m diplocal``) or the real app against a
real database, breaks something underneath it, and checks three things: the failure is one
clear line (or a 503 in the error shape), nothing committed is lost and the store is
consistent, and running again once the fault is gone ends where a clean run ends.

Full disk is simulated two ways: ``RLIMIT_FSIZE`` (``ulimit -f``, needs no privilege, the
write fails with EFBIG) always, and a real small tmpfs (ENOSPC) when this process may mount.
Read-only runs the command as root without CAP_DAC_OVERRIDE (root otherwise writes anything),
or plainly as another user. PostgreSQL outages use a throwaway cluster owned by the test.
"""

from __future__ import annotations

import ctypes
import os
import resource
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FROZEN_NOW, ROOT, need
from sqlalchemy import create_engine, text
from webdata import fill_all

from diplocal.query import MeetingQuery
from diplocal.settings import Settings
from diplocal.store import Store, normalise_url
from diplocal.web import create_app

pytestmark = pytest.mark.slow

SURVIVED: Counter[str] = Counter()  # fault scenarios survived, printed at the end (pytest -s)

TEMPLATES = [
    ("NATO", "NATO foreign ministers will meet in Brussels on {day} to discuss security in Europe."),
    ("OPEC", "OPEC oil ministers will meet in Vienna on {day} to review output quotas."),
    ("EU", "EU foreign ministers will meet in Luxembourg on {day} to discuss sanctions."),
    ("G20", "G20 finance ministers will hold talks in Rome on {day} on debt relief."),
    ("ASEAN", "ASEAN foreign ministers will meet in Jakarta on {day} to discuss the South China Sea."),
]
MONTHS = ["February", "March", "April"]


def write_articles(folder: Path, count: int, *, padding: int = 0) -> list[Path]:
    """``count`` small news articles, several about the same meeting (so sources merge)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        org, sentence = TEMPLATES[n % len(TEMPLATES)]
        day = f"{MONTHS[(n // len(TEMPLATES)) % len(MONTHS)]} {2 + (n * 3) % 25}"
        published = f"2022-01-{1 + n % 28:02d}T{n % 24:02d}:00:00Z"
        body = sentence.format(day=day) + " Officials said more talks may follow." + " Background." * padding
        path = folder / f"{n:04d}.txt"
        header = f"Published: {published}\nLanguage: en"  # two sentences are too few to detect it from
        path.write_text(f"{org} ministers to meet ({n})\n{header}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def cli(db: str, *args: str, preexec: Callable[[], None] | None = None, **options: Any) -> subprocess.Popen[str]:
    """``python -m diplocal --db DB ARGS`` started in the repository."""
    return subprocess.Popen(
        [sys.executable, "-m", "diplocal", "--db", db, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec,
        **options,
    )


def run(db: str, *args: str, preexec: Callable[[], None] | None = None) -> tuple[int, str, str]:
    process = cli(db, *args, preexec=preexec)
    out, err = process.communicate(timeout=600)
    return process.returncode, out, err


def stored_ids(db: str) -> set[str]:
    """The ids of the committed articles, read beside the writer (never through its lock)."""
    engine = create_engine(normalise_url(db))
    try:
        with engine.connect() as connection:
            return set(connection.execute(text("SELECT id FROM articles")).scalars())
    except Exception:  # the tables may not exist yet
        return set()
    finally:
        engine.dispose()


def state(db: str) -> dict[str, Any]:
    """Everything a subscriber or an analyst sees: meetings with their sources, histories."""
    store = Store.open(db)
    try:
        found = store.find(MeetingQuery())
        return {
            "meetings": found,
            "history": {m.id: store.history(m.id) for m in found},
            "articles": store.article_hashes(),
        }
    finally:
        store.close()


def assert_consistent(db: str) -> None:
    """The database's own checks pass, and every row has what it refers to."""
    engine = create_engine(normalise_url(db))
    try:
        with engine.connect() as connection:
            if engine.dialect.name == "sqlite":
                assert connection.execute(text("PRAGMA integrity_check")).scalars().all() == ["ok"]
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            orphans = {
                "sightings without an article": "SELECT count(*) FROM sightings s"
                " WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)",
                "sightings without a meeting": "SELECT count(*) FROM sightings s"
                " WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = s.meeting_id)",
                "meetings without a sighting": "SELECT count(*) FROM meetings m"
                " WHERE NOT EXISTS (SELECT 1 FROM sightings s WHERE s.meeting_id = m.id)",
                "history without a meeting": "SELECT count(*) FROM meeting_history h"
                " WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = h.meeting_id)",
            }
            for what, query in orphans.items():
                assert connection.execute(text(query)).scalar() == 0, what
    finally:
        engine.dispose()


def clean_run(tmp_path: Path, folder: Path, name: str = "clean") -> dict[str, Any]:
    """What ingesting ``folder`` in one undisturbed run gives (on SQLite)."""
    db = f"sqlite:///{tmp_path / f'{name}.db'}"
    code, out, err = run(db, "ingest", str(folder))
    assert code == 0, out + err
    return state(db)


def assert_same(got: dict[str, Any], want: dict[str, Any]) -> None:
    assert got["articles"] == want["articles"]
    assert [m.id for m in got["meetings"]] == [m.id for m in want["meetings"]]
    assert got["meetings"] == want["meetings"]
    assert got["history"] == want["history"]


def assert_prefix_is_whole(db: str, paths: list[Path], tmp_path: Path, name: str) -> None:
    """The store after a fault equals a clean run over exactly the articles it holds."""
    held = stored_ids(db)
    subset = tmp_path / f"{name}-subset"
    subset.mkdir()
    for path in paths:
        if path.stem in held:
            shutil.copy(path, subset / path.name)
    assert len(list(subset.iterdir())) == len(held)
    if held:
        assert_same(state(db), clean_run(tmp_path, subset, f"{name}-subset"))


def one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    assert "Traceback" not in err
    return lines[0]


# -- SIGKILL in the middle of an ingest --------------------------------------------------------


HELD_CLI = ROOT / "tests" / "fixtures" / "held_cli.py"
# Where each round stops the ingest before its SIGKILL: (where, the n-th article of the run).
# "inside": in the write transaction of that article, its rows written and not committed;
# "between": that article committed, the next one not yet read. The test waits for the
# process to say it is there (no timer), so the kill always lands where it means to.
HOLDS = [("inside", 5), ("between", 20), ("inside", 25)]


def read_line(fd: int, timeout: float) -> str:
    """One line from a pipe, waiting at most ``timeout`` seconds for it ("" at its end)."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        assert left > 0, f"no word from the ingest within {timeout:g} s"
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 256)
            if not chunk:
                return data.decode()
            data += chunk
    return data.decode().strip()


def ingest_until_held(db: str, folder: Path, where: str, nth: int) -> tuple[str, set[str]]:
    """Start an ingest that stops at ``where`` of the ``nth`` article it stores, SIGKILL it
    there; the id of that article and the ids committed when the kill was sent."""
    signal_read, signal_write = os.pipe()
    env = {**os.environ, "DIPLOCAL_HOLD": f"{where}:{nth}", "DIPLOCAL_HOLD_FD": str(signal_write)}
    process = subprocess.Popen(
        [sys.executable, str(HELD_CLI), "--db", db, "ingest", str(folder)],
        cwd=ROOT,
        env=env,
        pass_fds=(signal_write,),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(signal_write)
    try:
        line = read_line(signal_read, timeout=300)
        if not line.startswith("held "):
            process.wait(timeout=60)
            pytest.fail(f"the ingest ended before holding at {where}:{nth}: {process.communicate()}")
        committed = stored_ids(db)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        os.close(signal_read)
        process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    return line.removeprefix("held "), committed


def test_sigkill_mid_ingest_loses_nothing_and_the_next_run_completes(any_db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    paths = write_articles(folder, 90)
    want = clean_run(tmp_path, folder)
    assert len(want["meetings"]) >= 10
    assert sum(len(m.meeting.evidence) for m in want["meetings"]) == len(paths)
    Store.open(any_db_url).close()
    done = 0
    for round_, (where, nth) in enumerate(HOLDS):
        article, committed = ingest_until_held(any_db_url, folder, where, nth)
        held = stored_ids(any_db_url)
        assert committed == held, "the store changed after the kill, or lost what was committed before it"
        if where == "inside":
            assert article not in held, "an article whose transaction was killed is in the store"
            assert len(held) == done + nth - 1
        else:
            assert article in held, "a committed article is gone"
            assert len(held) == done + nth
        assert_consistent(any_db_url)
        assert_prefix_is_whole(any_db_url, paths, tmp_path, f"kill-{round_}")
        done = len(held)
        SURVIVED[f"SIGKILL mid-ingest ({any_db_url.split(':')[0]}, {where} a transaction)"] += 1
    assert done < len(paths)
    code, out, err = run(any_db_url, "ingest", str(folder))
    assert code == 0, out + err
    assert f"{len(paths)} articles read ({done} unchanged)" in out
    assert_same(state(any_db_url), want)


# -- read-only database ------------------------------------------------------------------------

_CAPABILITIES = {"dac_override": 1, "dac_read_search": 2, "fowner": 3}


def without_override() -> Callable[[], None] | None:
    """A preexec function so the command obeys file permissions even when run by root."""
    if os.geteuid() != 0:
        return None
    libc = ctypes.CDLL(None, use_errno=True)

    def drop() -> None:
        for number in _CAPABILITIES.values():
            if libc.prctl(24, number, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return drop


def can_drop_capabilities() -> bool:
    drop = without_override()
    if drop is None:
        return True
    probe = subprocess.run([sys.executable, "-c", "pass"], preexec_fn=drop, check=False)
    return probe.returncode == 0


@pytest.fixture
def one_article_db(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    folder = tmp_path / "db"
    folder.mkdir()
    articles = tmp_path / "articles"
    first, second = write_articles(articles, 2)
    db = f"sqlite:///{folder / 'diplocal.db'}"
    code, out, err = run(db, "ingest", str(first))
    assert code == 0, out + err
    assert not list(folder.glob("*-wal"))  # the last connection checkpointed and removed its files
    yield db, folder, second
    folder.chmod(0o755)
    for path in folder.iterdir():
        path.chmod(0o644)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_is_one_clear_line(one_article_db: tuple[str, Path, Path], what: str) -> None:
    need(can_drop_capabilities(), "dropping CAP_DAC_OVERRIDE for a child process (prctl)")
    db, folder, second = one_article_db
    before = stored_ids(db)
    if what == "file":
        (folder / "diplocal.db").chmod(0o444)
    else:
        folder.chmod(0o555)
    code, out, err = run(db, "ingest", str(second), preexec=without_override())
    assert code == 1, out + err
    line = one_error_line(err)
    assert "the database is read-only" in line
    assert "writable" in line  # what would work
    assert stored_ids(db) == before
    SURVIVED[f"read-only database {what}"] += 1


def test_a_database_folder_that_does_not_exist_is_one_clear_line(tmp_path: Path) -> None:
    code, out, err = run(f"sqlite:///{tmp_path / 'missing' / 'diplocal.db'}", "list")
    assert code == 1, out + err
    assert "cannot be opened or created" in one_error_line(err)


@pytest.mark.parametrize("any_db_url", ["postgresql"], indirect=True)
def test_a_read_only_postgresql_is_one_clear_line(any_db_url: str, tmp_path: Path) -> None:
    first, second = write_articles(tmp_path / "articles", 2)
    code, out, err = run(any_db_url, "ingest", str(first))
    assert code == 0, out + err
    read_only = any_db_url + "%20-cdefault_transaction_read_only%3Don"
    code, out, err = run(read_only, "ingest", str(second))
    assert code == 1, out + err
    assert "accepts no writes" in one_error_line(err)
    assert stored_ids(any_db_url) == {"0000"}
    SURVIVED["read-only PostgreSQL"] += 1


# -- full disk ---------------------------------------------------------------------------------


def file_size_limit(limit: int) -> Callable[[], None]:
    """A preexec function: files may grow to ``limit`` bytes; a longer write fails (EFBIG)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills the writer
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_by_file_size_limit(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    paths = write_articles(folder, 40, padding=150)
    want = clean_run(tmp_path, folder)
    db = f"sqlite:///{tmp_path / 'full.db'}"
    Store.open(db).close()  # the schema fits; the articles do not
    code, out, err = run(db, "ingest", str(folder), preexec=file_size_limit(240_000))
    assert code == 1, out + err
    line = one_error_line(err)
    assert "the database file could not be read or written" in line
    assert "disk" in line
    held = stored_ids(db)
    assert 0 < len(held) < len(paths)
    stored = f"{len(held)} articles were" if len(held) != 1 else "1 article was"
    assert f"{stored} stored before it" in line
    assert_consistent(db)
    assert_prefix_is_whole(db, paths, tmp_path, "fsize")
    code, out, err = run(db, "ingest", str(folder))  # space again
    assert code == 0, out + err
    assert_same(state(db), want)
    SURVIVED["full disk (RLIMIT_FSIZE)"] += 1


def mount_tmpfs(path: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    path.mkdir(exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    return done.returncode == 0


def test_a_full_disk_on_a_small_tmpfs(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    if not mount_tmpfs(disk, "400k"):
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN); RLIMIT_FSIZE covers a full disk")
    try:
        folder = tmp_path / "articles"
        paths = write_articles(folder, 40, padding=150)
        want = clean_run(tmp_path, folder)
        db = f"sqlite:///{disk / 'diplocal.db'}"
        code, out, err = run(db, "ingest", str(folder))
        assert code == 1, out + err
        line = one_error_line(err)
        assert "the disk holding the database is full" in line
        assert "free some space" in line
        held = stored_ids(db)
        assert len(held) < len(paths)
        assert_consistent(db)
        assert_prefix_is_whole(db, paths, tmp_path, "tmpfs")
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)
        code, out, err = run(db, "ingest", str(folder))
        assert code == 0, out + err
        assert_same(state(db), want)
        SURVIVED["full disk (tmpfs, ENOSPC)"] += 1
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


# -- PostgreSQL going away ---------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def postgres_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


class Cluster:
    """A PostgreSQL cluster of this test alone on a free loopback port, stopped and started
    at will (as the 'postgres' user when the test runs as root, as .ci/install.d does)."""

    def __init__(self, binaries: Path) -> None:
        self.bin = binaries
        self.dir = Path(tempfile.mkdtemp(prefix="diplocal-faults-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
        self.url = f"postgresql://diplocal@127.0.0.1:{self.port}/diplocal_faults"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self.as_root else []
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"{' '.join(command)}: {done.stdout}{done.stderr}{self.log()}"

    def log(self) -> str:
        log = self.dir / "server.log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else ""

    def create(self) -> None:
        data = str(self.dir / "data")
        self._run(str(self.bin / "initdb"), "-D", data, "-U", "diplocal", "--auth=trust", "-E", "UTF8", "--no-locale")
        self.start()
        self._run(
            str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "diplocal", "diplocal_faults"
        )

    def start(self) -> None:
        options = f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.dir / "data"),
            "-l",
            str(self.dir / "server.log"),
            "-w",
            "-o",
            options,
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"), "-m", mode, "-w", "stop")

    def destroy(self) -> None:
        if (self.dir / "data" / "postmaster.pid").exists():
            self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


def has_user(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture
def cluster() -> Iterator[Cluster]:
    binaries = postgres_bin()
    need(binaries is not None, "PostgreSQL server binaries (.ci/install.d/10-postgres.sh)")
    assert binaries is not None
    if os.geteuid() == 0:
        need(shutil.which("runuser") is not None, "runuser (util-linux)")
        need(has_user("postgres"), "the 'postgres' user (the postgresql package makes it)")
    own = Cluster(binaries)
    try:
        own.create()
        yield own
    finally:
        own.destroy()


TOKEN = "faults-token"


def assert_unavailable(response: Any, url: str) -> None:
    assert response.status_code == 503, (url, response.status_code, response.get_data(as_text=True)[:300])
    assert response.headers["Retry-After"].isdigit()
    body = response.get_data(as_text=True)
    assert "Traceback" not in body
    assert "127.0.0.1" not in body  # the reason is logged, not shown
    if response.mimetype == "application/json":
        error = response.get_json()["error"]
        assert error == {"status": 503, "message": error["message"], "parameter": None}
        assert "try again" in error["message"]
    else:
        assert response.mimetype == "text/html", url
        assert "503" in body


def test_postgres_down_gives_503_and_the_server_recovers(cluster: Cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(cluster.url)
    ids = fill_all(store)
    store.close()
    settings = Settings(database_url=cluster.url, base_url="https://diplocal.example", past_days=None, api_token=TOKEN)
    app = create_app({"SETTINGS": settings, "CLOCK": lambda: FROZEN_NOW, "TESTING": True})
    client = app.test_client()
    council = ids["NATO-Russia Council"]
    urls = [
        "/",
        f"/meetings/{council}",
        "/api/meetings?from=2021-01-01",
        f"/api/meetings/{council}",
        f"/api/meetings/{council}/history",
        "/api/organisations",
        "/api/sources",
        "/calendar.ics",
        "/feeds/org/NATO.ics",
        f"/meetings/{council}.ics",
        "/changes.atom",
    ]
    article = {
        "title": "Oslo talks",
        "text": "Norway and Sweden will hold talks in Oslo on March 3.",
        "published": "2022-01-05",
    }
    post = {"json": article, "headers": {"Authorization": f"Bearer {TOKEN}"}}
    healthy = {url: client.get(url).get_data() for url in urls}
    try:
        for mode in ("fast", "immediate"):  # a clean shutdown, then a crash (recovery at start)
            cluster.stop(mode)
            for url in urls:
                assert_unavailable(client.get(url), url)
            assert_unavailable(client.post("/api/articles", **post), "POST /api/articles")
            cluster.start()
            for url in urls:
                response = client.get(url)
                assert response.status_code == 200, (url, response.get_data(as_text=True)[:300])
                assert response.get_data() == healthy[url], url
            SURVIVED[f"PostgreSQL stopped ({mode}) and started under the server"] += 1

        # Down in the middle of a request: after the page's first query, before the others.
        real_find = Store.find

        def find_then_down(self: Store, query: MeetingQuery) -> Any:
            found = real_find(self, query)
            cluster.stop("immediate")
            return found

        monkeypatch.setattr(Store, "find", find_then_down)
        # A page not asked for before: "/" itself is kept whole for the store's version, and
        # answering it from memory is right (nothing stored changed), but reads nothing.
        uncached = "/?org=NATO"
        assert_unavailable(client.get(uncached), f"{uncached} (mid-request)")
        monkeypatch.undo()
        cluster.start()
        assert client.get(uncached).status_code == 200
        assert client.get("/").get_data() == healthy["/"]

        # Down while an article is being stored: after extraction, before the write.
        import diplocal.web.ingest_api as ingest_api

        real_prepare = ingest_api.prepare

        def prepare_then_down(*args: Any, **kwargs: Any) -> Any:
            found = real_prepare(*args, **kwargs)
            cluster.stop("immediate")
            return found

        monkeypatch.setattr(ingest_api, "prepare", prepare_then_down)
        assert_unavailable(client.post("/api/articles", **post), "POST /api/articles (mid-request)")
        monkeypatch.undo()
        cluster.start()
        stored = client.post("/api/articles", **post)
        assert stored.status_code == 201, stored.get_json()
        assert client.post("/api/articles", **post).status_code == 200  # stored once
        SURVIVED["PostgreSQL down mid-request (read and write) and back"] += 1
    finally:
        app.extensions["diplocal.store"].close()


def test_postgres_down_under_the_command_line(cluster: Cluster, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    paths = write_articles(folder, 60)
    want = clean_run(tmp_path, folder)
    Store.open(cluster.url).close()
    # The ingest pauses once its 10th article is committed (it says so on a pipe), the server
    # stops, then the ingest goes on: the database goes away mid-run on any machine's speed.
    signal_read, signal_write = os.pipe()
    resume_read, resume_write = os.pipe()
    env = {
        **os.environ,
        "DIPLOCAL_HOLD": "pause:10",
        "DIPLOCAL_HOLD_FD": str(signal_write),
        "DIPLOCAL_RESUME_FD": str(resume_read),
    }
    process = subprocess.Popen(
        [sys.executable, str(HELD_CLI), "--db", cluster.url, "ingest", str(folder)],
        cwd=ROOT,
        env=env,
        pass_fds=(signal_write, resume_read),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(signal_write)
    os.close(resume_read)
    try:
        line = read_line(signal_read, timeout=300)
        assert line.startswith("held "), (line, process.communicate())
        assert len(stored_ids(cluster.url)) == 10
        cluster.stop("immediate")
        os.write(resume_write, b"g")
        out, err = process.communicate(timeout=120)
    finally:
        os.close(signal_read)
        os.close(resume_write)
        process.kill()
    assert process.returncode == 1, out + err
    line = one_error_line(err)
    assert "the database failed or cannot be reached" in line
    assert "articles were stored before it" in line
    code, out, err = run(cluster.url, "list", "--from", "2022-01-01")
    assert code == 1
    assert "cannot be reached" in one_error_line(err)
    cluster.start()
    assert_consistent(cluster.url)
    assert_prefix_is_whole(cluster.url, paths, tmp_path, "pg-down")
    code, out, err = run(cluster.url, "ingest", str(folder))
    assert code == 0, out + err
    assert_same(state(cluster.url), want)
    SURVIVED["PostgreSQL stopped under a running ingest, then the run completed"] += 1


def test_the_counts() -> None:
    """Runs last in this module: the scenarios survived (shown with -s)."""
    summary = f"fault scenarios survived: {sum(SURVIVED.values())}: {dict(sorted(SURVIVED.items()))}"
    print("\n" + summary)
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / "hardening-faults.txt").write_text(summary + "\n", encoding="utf-8")
