"""The command line: click wiring only; each command calls one library function and prints."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import click

from diplocal import __version__, commands
from diplocal.commands import BatchStopped, BatchStore, Outcome
from diplocal.errors import DiplocalError
from diplocal.model import Article, Failure
from diplocal.settings import Settings


class _Context:
    def __init__(self, settings: Settings, verbose: bool) -> None:
        self.settings = settings
        self.verbose = verbose


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    raise SystemExit(1)


class _Group(click.Group):
    """Prints diplocal's own errors as one line (tracebacks only with --verbose)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (DiplocalError, BatchStopped) as error:
            if ctx.obj is not None and getattr(ctx.obj, "verbose", False):
                raise
            _fail(str(error))


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="diplocal")
@click.option(
    "--db", "db_url", metavar="URL", help="Database URL (default: $DIPLOCAL_DATABASE_URL or sqlite:///diplocal.db)."
)
@click.option("--verbose", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def main(ctx: click.Context, db_url: str | None, verbose: bool) -> None:
    """diplocal: a calendar of upcoming diplomatic meetings, read from the news.

    \b
    Typical use:
      diplocal ingest seeds/          # read articles, store their meetings
      diplocal list --from 2022-01-01 # see what is stored
      diplocal build                  # write feeds/diplomatic.ics
      diplocal serve                  # feed, JSON API and page on http://127.0.0.1:5000
    """
    try:
        settings = Settings.from_env()
    except DiplocalError as error:
        _fail(str(error))
    if db_url:
        settings = settings.updated(database_url=db_url)
    ctx.obj = _Context(settings, verbose)


def _emit(outcome: Outcome) -> None:
    """Print a command's lines, then its failures on standard error; exit 1 after a failure."""
    for line in outcome.lines:
        click.echo(line)
    for failure in outcome.failures:
        click.echo(f"failed: {failure}", err=True)
    if not outcome.ok:
        raise SystemExit(1)


def _published_option(value: str | None) -> datetime | None:
    if value is None:
        return None
    from diplocal.sources.files import parse_published

    try:
        return parse_published(value, where="--published", iso_only=True)
    except DiplocalError:
        raise click.BadParameter(
            f"{value!r} is not an ISO 8601 date; give YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM], "
            "e.g. 2027-05-04 for 4 May 2027"
        ) from None


def _day_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2022-01-01") from None


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--jsonl",
    "jsonl",
    type=click.Path(path_type=Path),
    help="Read articles from this JSONL file and print predictions, one JSON line per article.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the meetings as JSON.")
@click.option(
    "--explain", is_flag=True, help="Show each candidate: its spans, the decision taken on it and the reason."
)
@click.option("--published", metavar="DATE", help="Publication date for articles that give none (ISO 8601).")
def extract(paths: tuple[Path, ...], jsonl: Path | None, as_json: bool, explain: bool, published: str | None) -> None:
    """Print the meetings found in articles, without touching the store.

    PATHS are .txt or .jsonl files or folders of them. With --jsonl, the output is the
    prediction format of the shared scorer (eval/score.py).
    """
    sources = [*paths, *([jsonl] if jsonl else [])]
    if not sources:
        raise click.UsageError("give at least one file or folder, or --jsonl FILE")
    outcome = commands.extract(
        sources, published=_published_option(published), jsonl=bool(jsonl), as_json=as_json, explain=explain
    )
    _emit(outcome)


def _fetch_options(command: Any) -> Any:
    """--timeout and --contact, shared by the commands that fetch URLs."""
    command = click.option(
        "--contact",
        metavar="URL",
        envvar="DIPLOCAL_CONTACT_URL",
        help="Where site owners can reach you, sent in the User-Agent (default: $DIPLOCAL_CONTACT_URL, else the project).",
    )(command)
    return click.option(
        "--timeout", default=20.0, show_default=True, type=click.FloatRange(min=1), help="Seconds to wait for a server."
    )(command)


def _on_terminal() -> bool:
    return sys.stderr.isatty()


def _fetcher(timeout: float, contact: str | None) -> Any:
    from diplocal.fetch import Fetcher, FetchPolicy, user_agent

    return Fetcher(FetchPolicy(timeout=timeout, user_agent=user_agent(contact)))


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", metavar="DATE", help="Publication date for articles that give none (ISO 8601).")
@_fetch_options
@click.pass_obj
def ingest(obj: _Context, inputs: tuple[str, ...], published: str | None, timeout: float, contact: str | None) -> None:
    """Read articles and store the meetings they announce.

    INPUTS are files or folders (.txt, .jsonl, .html, .rss/.atom/.xml feeds) and http(s) URLs
    of article pages, RSS or Atom feeds. Ingesting an unchanged article again changes nothing.
    The exit code is 1 when anything failed; the rest is stored all the same.
    """
    from diplocal.sources import expand_inputs, read_inputs

    override = _published_option(published)
    store = BatchStore.open(obj.settings.database_url)
    units = expand_inputs(inputs)
    articles = read_inputs(units, fetcher=_fetcher(timeout, contact))
    if not _on_terminal():
        _emit(commands.ingest(store, articles, published=override))
        return
    # The bar counts articles (a JSONL file's lines), not files; a feed may hold more.
    from diplocal.ingest import expected_articles

    expected = expected_articles(units)
    progress: Any = click.progressbar(
        length=expected,
        label="Reading",
        file=sys.stderr,
        show_pos=True,
        show_eta=True,
        update_min_steps=max(1, expected // 1000),  # drawing the bar per article would cost more than reading
    )

    def step(_item: Article | Failure) -> None:
        if progress.pos >= progress.length:
            progress.length = progress.pos + 1
        progress.update(1)

    with progress:
        outcome = commands.ingest(store, articles, published=override, progress=step)
    _emit(outcome)


@main.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("feeds"),
    show_default=True,
    help="Folder for the .ics files.",
)
@click.option(
    "--today", "day", metavar="DATE", callback=_day_option, help="The day the feed is built for (default: today)."
)
@click.pass_obj
def build(obj: _Context, out: Path, day: date | None) -> None:
    """Write feeds/diplomatic.ics and feeds/{org,country,place}/NAME.ics: the same bytes the
    server serves at /calendar.ics and /feeds/{org,country,place}/NAME.ics."""
    from diplocal.build import build_feeds
    from diplocal.store import Store

    report = build_feeds(Store.open(obj.settings.database_url), obj.settings, out, day or datetime.now(UTC).date())
    click.echo(report.summary())


@main.command(name="list")
@click.option("--from", "start", metavar="DATE", callback=_day_option, help="First day (default: today).")
@click.option("--to", "end", metavar="DATE", callback=_day_option, help="Last day.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON, as the API does.")
@click.pass_obj
def list_meetings(obj: _Context, start: date | None, end: date | None, as_json: bool) -> None:
    """Print stored meetings as a table, sorted by date."""
    from diplocal.query import MeetingQuery
    from diplocal.store import Store

    query = MeetingQuery(start=start or datetime.now(UTC).date(), end=end)
    found = Store.open(obj.settings.database_url).find(query)
    if as_json:
        click.echo(commands.list_json(found, obj.settings.base_url))
        return
    assert query.start is not None
    for line in commands.list_lines(found, query.start, end):
        click.echo(line)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int, help="gunicorn worker processes.")
@click.option(
    "--dev", is_flag=True, help="Use Flask's development server (reloader, debugger off) instead of gunicorn."
)
@click.pass_obj
def serve(obj: _Context, host: str, port: int, workers: int, dev: bool) -> None:
    """Serve the feed, the JSON API and the page (gunicorn, a production WSGI server)."""
    from diplocal.serve import run

    run(obj.settings, host=host, port=port, workers=workers, dev=dev)


@main.command()
@click.pass_obj
def reextract(obj: _Context) -> None:
    """Run the extractor again over every stored article and update meetings in place.

    Meetings keep their ids (calendar UIDs) and history; none is duplicated.
    """
    _emit(commands.reextract(BatchStore.open(obj.settings.database_url)))


@main.command(name="export")
@click.option("--out", type=click.Path(path_type=Path), help="Write to this file (default: standard output).")
@click.pass_obj
def export_store(obj: _Context, out: Path | None) -> None:
    """Write the whole store (articles, meetings, sources, history) as JSON lines."""
    from diplocal.build import write_atomic
    from diplocal.export import export_lines
    from diplocal.store import Store

    lines = export_lines(Store.open(obj.settings.database_url))
    if out is None:
        for line in lines:
            click.echo(line)
        return
    write_atomic(out, "".join(line + "\n" for line in lines).encode("utf-8"))
    click.echo(f"wrote {out}", err=True)


@main.command(name="import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path))
@click.pass_obj
def import_store(obj: _Context, path: Path) -> None:
    """Read a file written by `diplocal export` into an empty store ('-' reads standard input)."""
    from diplocal.export import import_lines
    from diplocal.store import Store

    store = Store.open(obj.settings.database_url)
    if str(path) == "-":
        counts = import_lines(store, sys.stdin)
    else:
        with path.open(encoding="utf-8") as stream:
            counts = import_lines(store, stream)
    click.echo(commands.import_line(counts))


@main.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--every", default="15m", show_default=True, help="How often to poll: 90s, 15m, 1h, 1h30m.")
@click.option("--once", is_flag=True, help="Poll once and exit (for cron); the exit code says if anything failed.")
@_fetch_options
@click.pass_obj
def watch(obj: _Context, feeds: tuple[str, ...], every: str, once: bool, timeout: float, contact: str | None) -> None:
    """Poll RSS or Atom feeds and store the meetings in entries not seen before.

    Each poll sends the ETag and Last-Modified of the previous answer, so an unchanged feed
    costs the server a 304. Entries are remembered: none is ingested twice. See the health
    of each feed with `diplocal sources`.
    """
    import time

    from diplocal.sources import is_url
    from diplocal.store import Store
    from diplocal.watch import parse_interval
    from diplocal.watch import watch as run_watch

    for feed in feeds:
        if not is_url(feed):
            raise click.BadParameter(f"{feed!r} is not an http(s) URL", param_hint="FEEDS")
    try:
        interval = None if once else parse_interval(every)
    except DiplocalError as error:
        raise click.BadParameter(str(error), param_hint="--every") from None
    store = Store.open(obj.settings.database_url)

    def report_round(number: int, result: Any) -> None:
        for failure in result.report.failures:
            click.echo(f"failed: {failure}", err=True)
        click.echo(commands.poll_line(number, result.summary(), at=None if once else datetime.now(UTC)))

    try:
        last = run_watch(
            store,
            feeds,
            fetcher=_fetcher(timeout, contact),
            every=interval,
            clock=lambda: datetime.now(UTC),
            sleep=time.sleep,
            on_round=report_round,
        )
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
        raise SystemExit(130) from None
    if not last.report.ok:
        raise SystemExit(1)


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON, as /api/sources does.")
@click.pass_obj
def sources(obj: _Context, as_json: bool) -> None:
    """List watched feeds: last success, last error and entries seen."""
    from diplocal.store import Store
    from diplocal.store.feed_state import list_feeds

    states = list_feeds(Store.open(obj.settings.database_url))
    if as_json:
        click.echo(json.dumps({"sources": [state.to_json() for state in states]}, indent=2))
        return
    for line in commands.sources_lines(states):
        click.echo(line)


@main.command()
@click.option(
    "--seeds",
    type=click.Path(path_type=Path, exists=True, file_okay=True),
    default=Path("seeds"),
    show_default=True,
    help="Articles to ingest first.",
)
@click.option(
    "--out", type=click.Path(path_type=Path), default=Path("feeds"), show_default=True, help="Folder for .ics files."
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int, help="gunicorn worker processes.")
@click.option("--no-serve", is_flag=True, help="Ingest and build, then stop (no server).")
@click.pass_obj
def demo(obj: _Context, seeds: Path, out: Path, host: str, port: int, workers: int, no_serve: bool) -> None:
    """Ingest the sample articles, write the feeds, and serve them: the whole path at once.

    The sample's meetings lie in January 2022, so the demo keeps every past meeting in its
    feeds (DIPLOCAL_PAST_DAYS=all) unless DIPLOCAL_PAST_DAYS says otherwise.
    """
    import os

    from diplocal.build import build_feeds
    from diplocal.serve import run
    from diplocal.sources import read_paths
    from diplocal.store import Store

    settings = obj.settings
    if "DIPLOCAL_PAST_DAYS" not in os.environ:
        settings = settings.updated(past_days=None)
    store = Store.open(settings.database_url)
    ingested = commands.ingest(store, read_paths([seeds]))
    for line in ingested.lines:
        click.echo(line)
    for failure in ingested.failures:
        click.echo(f"failed: {failure}", err=True)
    click.echo(build_feeds(store, settings, out, datetime.now(UTC).date()).summary())
    base = f"http://{host}:{port}"
    for line in commands.demo_tips(base):
        click.echo(line)
    if no_serve:
        return
    run(
        settings.updated(base_url=settings.base_url if "DIPLOCAL_BASE_URL" in os.environ else base),
        host=host,
        port=port,
        workers=workers,
        dev=False,
    )
