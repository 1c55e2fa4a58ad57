"""The command line: click wiring only; each command calls one library function and prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import click

from diplocal import __version__
from diplocal.errors import DiplocalError, StoreError, StoreUnavailable, StoreUnwritable
from diplocal.model import Article, Failure, Meeting
from diplocal.settings import Settings
from diplocal.store import IngestResult, Store


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
        except DiplocalError as error:
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


class _StoreDown(Exception):
    """A store failure every following article would hit too (down, read-only, disk full)."""

    def __init__(self, error: StoreError, stored: int) -> None:
        super().__init__(str(error))
        self.error = error
        self.stored = stored


class _BatchStore(Store):
    """The store of a batch run: an outage or an unwritable database ends the run with one
    line instead of failing every remaining article one by one."""

    stored = 0

    def ingest(
        self, article: Article, found: Sequence[Meeting], *, digest: str | None = None, force: bool = False
    ) -> IngestResult:
        try:
            result = super().ingest(article, found, digest=digest, force=force)
        except (StoreUnavailable, StoreUnwritable) as error:
            raise _StoreDown(error, self.stored) from error
        self.stored += not result.unchanged
        return result


def _stopped(down: _StoreDown) -> None:
    """Say in one line why the run stopped and how to finish it; exit 1."""
    error = down.error
    done = f"{down.stored} articles were stored before it" if down.stored else "nothing was stored"
    fix = f"{error.hint}; then" if error.hint else "fix it, then"
    _fail(f"{error.message}; {done} ({fix} run the same command again: stored articles are skipped)")


def _published_option(value: str | None) -> datetime | None:
    if value is None:
        return None
    from diplocal.sources.files import parse_published

    try:
        return parse_published(value, where="--published")
    except DiplocalError:
        raise click.BadParameter(f"{value!r} is not a date; use ISO 8601, e.g. 2022-01-04") from None


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
@click.option("--published", metavar="DATE", help="Publication date for articles that give none (ISO 8601).")
def extract(paths: tuple[Path, ...], jsonl: Path | None, as_json: bool, published: str | None) -> None:
    """Print the meetings found in articles, without touching the store.

    PATHS are .txt or .jsonl files or folders of them. With --jsonl, the output is the
    prediction format of the shared scorer (eval/score.py).
    """
    from diplocal.ingest import prepare
    from diplocal.render.jsonview import found_to_json, prediction_to_json
    from diplocal.sources import read_paths

    sources = [*paths, *([jsonl] if jsonl else [])]
    if not sources:
        raise click.UsageError("give at least one file or folder, or --jsonl FILE")
    override = _published_option(published)
    failures: list[Failure] = []
    documents: list[dict[str, Any]] = []
    for item in read_paths(sources):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        try:
            article, found = prepare(item, override)
        except DiplocalError as error:
            failures.append(Failure.from_error(item.source or item.id, error))
            if jsonl:
                click.echo(json.dumps({"id": item.id, "events": []}))
            continue
        if jsonl:
            click.echo(json.dumps(prediction_to_json(article.id, found)))
        elif as_json:
            document: dict[str, Any] = {"id": article.id, "events": [found_to_json(m) for m in found]}
            document["published"] = article.published.isoformat() if article.published else None
            document["published_inferred_from"] = article.published_basis
            documents.append(document)
        else:
            _print_article(article, found)
    if as_json and not jsonl:
        click.echo(json.dumps(documents[0] if len(documents) == 1 else documents, indent=2))
    for failure in failures:
        click.echo(f"failed: {failure}", err=True)
    if failures:
        raise SystemExit(1)


def _print_article(article: Article, found: list[Any]) -> None:
    published = article.published.date().isoformat() if article.published else "?"
    basis = f" (inferred from {article.published_basis})" if article.published_basis else ""
    click.echo(f"{article.id}: {article.title} [published {published}{basis}]")
    if not found:
        click.echo("  no scheduled meetings found")
    for meeting in found:
        span = (
            meeting.start_label() if meeting.end == meeting.start else f"{meeting.start_label()}..{meeting.end_label()}"
        )
        where = f" @ {meeting.location}" if meeting.location else ""
        click.echo(f"  {span}  {meeting.title}{where}  ({meeting.status.value}, {meeting.confidence:.2f})")


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
    from diplocal.ingest import ingest as run_ingest
    from diplocal.sources import expand_inputs, read_inputs

    override = _published_option(published)
    store = _BatchStore.open(obj.settings.database_url)
    units = expand_inputs(inputs)
    fetcher = _fetcher(timeout, contact)
    try:
        if _on_terminal():
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
                report = run_ingest(store, read_inputs(units, fetcher=fetcher), published=override, progress=step)
        else:
            report = run_ingest(store, read_inputs(units, fetcher=fetcher), published=override)
    except _StoreDown as down:
        _stopped(down)
    for failure in report.failures:
        click.echo(f"failed: {failure}", err=True)
    click.echo(report.summary())
    if not report.ok:
        raise SystemExit(1)


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
    from diplocal.render.jsonview import meeting_to_json
    from diplocal.store import Store

    query = MeetingQuery(start=start or datetime.now(UTC).date(), end=end)
    found = Store.open(obj.settings.database_url).find(query)
    if as_json:
        click.echo(json.dumps({"meetings": [meeting_to_json(m, obj.settings.base_url) for m in found]}, indent=2))
        return
    if not found:
        click.echo(
            f"no meetings from {query.start}" + (f" to {end}" if end else "") + " (try --from with an earlier date)"
        )
        return
    rows = [
        (
            s.meeting.start_label()
            if s.meeting.end == s.meeting.start
            else f"{s.meeting.start_label()}..{s.meeting.end_label()}",
            s.meeting.title,
            s.meeting.location or "",
            s.meeting.status.value,
            f"{s.meeting.confidence:.2f}",
            s.id,
        )
        for s in found
    ]
    headers = ("date", "title", "place", "status", "conf", "id")
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, *rows]:
        click.echo("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


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
    from diplocal.ingest import reextract as run_reextract

    try:
        report = run_reextract(_BatchStore.open(obj.settings.database_url))
    except _StoreDown as down:
        _stopped(down)
    for failure in report.failures:
        click.echo(f"failed: {failure}", err=True)
    click.echo(report.summary())
    if not report.ok:
        raise SystemExit(1)


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
    click.echo(", ".join(f"{count} {kind} records" for kind, count in counts.items()))


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
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ")
        click.echo(f"[{stamp}] poll {number}: {result.summary()}" if not once else result.summary())

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
    if not states:
        click.echo("no feeds watched yet (start with: diplocal watch FEED_URL)")
        return
    for state in states:
        success = state.last_success.strftime("%Y-%m-%d %H:%M") if state.last_success else "never"
        click.echo(f"{state.url}" + (f"  ({state.title})" if state.title else ""))
        click.echo(f"  last success: {success}; entries seen: {state.entries_seen} ({state.entries_ingested} ingested)")
        if state.last_error and state.last_error_at:
            when = f"{state.last_error_at:%Y-%m-%d %H:%M}"
            if state.healthy:
                click.echo(f"  last error (since recovered): {when}: {state.last_error}")
            else:
                click.echo(f"  last error: {when}: {state.last_error} ({state.errors_in_row} in a row)")


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
    from diplocal.ingest import ingest as run_ingest
    from diplocal.serve import run
    from diplocal.sources import read_paths
    from diplocal.store import Store

    settings = obj.settings
    if "DIPLOCAL_PAST_DAYS" not in os.environ:
        settings = settings.updated(past_days=None)
    store = Store.open(settings.database_url)
    report = run_ingest(store, read_paths([seeds]))
    for failure in report.failures:
        click.echo(f"failed: {failure}", err=True)
    click.echo(report.summary())
    click.echo(build_feeds(store, settings, out, datetime.now(UTC).date()).summary())
    base = f"http://{host}:{port}"
    click.echo(
        "\nTry:\n"
        f"  curl {base}/calendar.ics\n"
        f"  curl '{base}/api/meetings?from=2022-01-01'\n"
        f"  open {base}/?from=2022-01-01 in a browser\n"
    )
    if no_serve:
        return
    run(
        settings.updated(base_url=settings.base_url if "DIPLOCAL_BASE_URL" in os.environ else base),
        host=host,
        port=port,
        workers=workers,
        dev=False,
    )
