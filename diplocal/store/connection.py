"""Engines and transactions: one writer at a time, readers on a consistent snapshot.

Writers serialise on the database itself, not on luck: SQLite's ``BEGIN IMMEDIATE`` takes
the write lock when the transaction starts, and on PostgreSQL every write transaction first
takes one advisory lock. So two ``diplocal ingest`` processes interleave article by article
and each sees what the other committed before matching. Readers (gunicorn workers) never
wait: SQLite's WAL and PostgreSQL's MVCC give them the last committed state, and each read
runs in one transaction (``REPEATABLE READ`` on PostgreSQL) so a page never mixes two states.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from diplocal.errors import StoreError, StoreUnavailable

WRITE_LOCK = 0x6469706C  # "dipl": the advisory lock every PostgreSQL writer takes first
_WRITE = "diplocal_write"


def normalise_url(url: str) -> str:
    """The SQLAlchemy URL for a user's database URL (``postgresql://`` uses psycopg 3)."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the transaction behaviour above. Raises :class:`StoreError`."""
    try:
        # A server connection may have been dropped while pooled, so it is pinged before use;
        # a SQLite file cannot be, and the ping would cost a statement per transaction.
        sqlite = normalise_url(url).startswith("sqlite")
        engine = create_engine(normalise_url(url), pool_pre_ping=not sqlite)
    except (SQLAlchemyError, ValueError, ImportError) as error:
        raise StoreError(
            f"cannot use database URL {url!r} ({error})",
            hint="use sqlite:///path/to/diplocal.db or postgresql://user@host/dbname",
        ) from error
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(connection: Any, _record: Any) -> None:
    connection.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class Transaction:
    """A connection in a transaction whose database errors become :class:`StoreError` s.

    Writing transactions take the store's write lock first; leaving the block commits, an
    exception rolls everything back.
    """

    def __init__(self, engine: Engine, *, write: bool) -> None:
        self.engine = engine
        self.write = write
        self.connection: Connection | None = None

    def __enter__(self) -> Connection:
        try:
            connection = self.engine.connect()
            self.connection = connection
            if self.write:
                connection.execution_options(**{_WRITE: True})
            elif self.engine.dialect.name == "postgresql":
                connection.execution_options(isolation_level="REPEATABLE READ")
            connection.begin()
            if self.write and self.engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            return connection
        except SQLAlchemyError as error:
            self._close()
            raise _store_error(error) from error

    def __exit__(self, kind: Any, error: Any, _trace: Any) -> Literal[False]:
        connection = self.connection
        assert connection is not None
        try:
            if kind is None and self.write:
                connection.commit()
            else:
                connection.rollback()
        except SQLAlchemyError as failure:
            self._close()
            raise _store_error(failure) from failure
        self._close()
        if kind is not None and issubclass(kind, OperationalError):
            raise _store_error(error) from error
        return False

    def _close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def _store_error(error: BaseException) -> StoreError:
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    if isinstance(error, OperationalError):
        return StoreUnavailable(
            f"the database failed or cannot be reached ({reason})",
            hint="check the database URL and that the server runs",
        )
    return StoreError(f"database error ({reason})")
