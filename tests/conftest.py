"""Shared fixtures: a store, the app with a frozen clock, its client, the CLI runner."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from diplocal.settings import Settings
from diplocal.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "000_663f692456de7c0e.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"
# "Now" for tests: after the sample article, so its meetings are in the past.
FROZEN_NOW = datetime(2022, 1, 5, 9, 0, tzinfo=UTC)


def required(what: str) -> bool:
    """True when a missing service must fail the run (in CI) rather than skip the test."""
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("DIPLOCAL_REQUIRE_SERVICES") == "1"


def need(condition: bool, what: str) -> None:
    """Skip (locally) or fail (in CI) a test whose service or tool is missing."""
    if condition:
        return
    if required(what):
        pytest.fail(f"{what} is required in CI but missing; .ci/run should install it")
    pytest.skip(f"{what} is not available here")


def shared_path(variable: str, default: str) -> Path:
    """A folder of ../shared, found through an environment variable that .ci/run sets."""
    value = os.environ.get(variable)
    return Path(value) if value else (ROOT.parent / "shared" / default)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'diplocal.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    opened = Store.open(db_url)
    yield opened
    opened.close()


@pytest.fixture
def settings(db_url: str) -> Settings:
    return Settings(database_url=db_url, base_url="https://diplocal.example", past_days=None)


@pytest.fixture
def app(settings: Settings) -> Flask:
    from diplocal.web import create_app

    return create_app({"SETTINGS": settings, "CLOCK": lambda: FROZEN_NOW, "TESTING": True})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(db_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("DIPLOCAL_DATABASE_URL", db_url)
    return CliRunner()


# -- the store on every database it supports ---------------------------------------------------

POSTGRES_URL_VARIABLE = "DIPLOCAL_TEST_POSTGRES_URL"  # set by .ci/install.d/10-postgres.sh


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A clean, empty database URL: a new SQLite file, or a new schema on the test PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'diplocal.db'}"
        return
    server = os.environ.get(POSTGRES_URL_VARIABLE, "")
    need(bool(server), f"PostgreSQL (${POSTGRES_URL_VARIABLE})")
    import uuid

    from sqlalchemy import create_engine, text

    from diplocal.store import normalise_url

    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(server))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in server else "?"
    try:
        yield f"{server}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def any_store(any_db_url: str) -> Iterator[Store]:
    """An open, empty store on SQLite and on PostgreSQL (one test run each)."""
    opened = Store.open(any_db_url)
    yield opened
    opened.close()
