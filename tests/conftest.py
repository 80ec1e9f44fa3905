"""Shared fixtures: real databases (a temporary SQLite file and, when reachable, PostgreSQL).

Storage tests take the `engine` fixture and run once per database. PostgreSQL comes from
SIGAP_TEST_DATABASE_URL; each test gets its own schema, dropped afterwards. With CI=true an unreachable
PostgreSQL fails the run instead of skipping.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from sigap.db import make_engine, migrate, session_scope
from sigap.gazetteer import default_gazetteer
from sigap.settings import Settings, load_settings
from sigap.units import sync_from_gazetteer

PG_URL = os.environ.get("SIGAP_TEST_DATABASE_URL", "")


def _pg_unavailable_reason() -> str | None:
    if not PG_URL:
        return "SIGAP_TEST_DATABASE_URL is not set (PostgreSQL tests need it)"
    try:
        probe = create_engine(PG_URL)
        with probe.connect():
            pass
        probe.dispose()
    except Exception as exc:  # any driver error means: not reachable
        return f"PostgreSQL at SIGAP_TEST_DATABASE_URL is unreachable: {str(exc).splitlines()[0]}"
    return None


@pytest.fixture(scope="session")
def pg_reason() -> str | None:
    return _pg_unavailable_reason()


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs with its own SIGAP_HOME and no stray SIGAP_* settings from the shell."""
    for key in list(os.environ):
        if key.startswith("SIGAP_") and key != "SIGAP_TEST_DATABASE_URL":
            monkeypatch.delenv(key)
    monkeypatch.setenv("SIGAP_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SIGAP_ENV", "test")
    monkeypatch.setenv("SIGAP_CONFIG", str(tmp_path / "no-such-sigap.toml"))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings()


def _pg_schema_engine(schema: str) -> Engine:
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    return create_engine(PG_URL, connect_args={"options": f"-csearch_path={schema}"})


def _drop_pg_schema(schema: str) -> None:
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, pg_reason: str | None) -> Iterator[str]:
    """A database URL for a fresh empty database; the test runs once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    if pg_reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true and {pg_reason}")
        pytest.skip(pg_reason)
    schema = f"t_{uuid.uuid4().hex[:12]}"
    _pg_schema_engine(schema).dispose()
    yield f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    _drop_pg_schema(schema)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated database with the units gazetteer loaded."""
    eng = make_engine(db_url)
    migrate(eng)
    with session_scope(eng) as s:
        sync_from_gazetteer(s, default_gazetteer())
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """SQLite only, for tests that are not about storage portability."""
    eng = make_engine(f"sqlite:///{tmp_path / 'only.db'}")
    migrate(eng)
    with session_scope(eng) as s:
        sync_from_gazetteer(s, default_gazetteer())
    yield eng
    eng.dispose()


@pytest.fixture
def db(engine: Engine) -> Iterator[Session]:
    with session_scope(engine) as s:
        yield s


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """Typer's runner; point SIGAP_DATABASE_URL somewhere with monkeypatch to change the database."""
    return CliRunner()


def run_cli(runner: CliRunner, *args: str, input: str | None = None) -> tuple[int, str, str]:
    """Invoke `sigap ARGS…`; returns (exit code, stdout, stderr)."""
    from sigap.cli import app, load_commands

    load_commands()
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr
