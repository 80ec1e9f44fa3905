"""The Typer program and what every command shares: settings, database, output, errors.

Commands live in one module per domain (core, analyse, ingest, detect, cases…) and register on `app`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import wraps
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from sigap.errors import InvalidInput, SigapError

if TYPE_CHECKING:  # imported lazily: `sigap analyse` needs neither a database nor settings
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from sigap.settings import Settings

app = typer.Typer(
    name="sigap",
    help="Sigap: pemantauan media, peringatan dini dan manajemen krisis komunikasi Pemasyarakatan.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True)

P = ParamSpec("P")
R = TypeVar("R")


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error on stderr and return the Exit to raise."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn SigapError (and a few OS errors) into a one-line message and a non-zero exit."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except SigapError as exc:
            raise fail(exc.detail, exc.exit_code) from None
        except PermissionError as exc:
            raise fail(f"permission denied: {exc.filename or exc}", 2) from None

    return wrapper


def get_settings() -> Settings:
    from sigap.settings import load_settings

    return load_settings()


def open_engine(settings: Settings | None = None, *, migrate: bool = True) -> Engine:
    """Engine for the configured database, migrated to the latest schema."""
    from sigap.db import check_connection, engine_from_settings
    from sigap.db import migrate as run_migrations

    settings = settings or get_settings()
    engine = engine_from_settings(settings)
    check_connection(engine)
    if migrate:
        run_migrations(engine)
    return engine


@contextmanager
def session(settings: Settings | None = None) -> Iterator[Session]:
    """A transaction on the configured (and migrated) database."""
    from sigap.db import session_scope

    engine = open_engine(settings)
    try:
        with session_scope(engine) as s:
            yield s
    finally:
        engine.dispose()


def parse_time(value: str, flag: str = "time") -> datetime:
    """An ISO 8601 date or time from the command line; without a zone it is read as UTC."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{flag} {value!r} is not an ISO 8601 date or time",
                           message_id=f"{flag} {value!r} bukan tanggal/waktu ISO 8601") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, set | tuple):
        return list(value)
    return str(value)


def emit_json(data: Any) -> None:
    """Write JSON to stdout (plain, no markup) for other programs."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=_default, indent=2) + "\n")


def progress(transient: bool = True) -> Progress:
    """A Rich progress bar on stderr; invisible when stderr is not a terminal."""
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=err_console, transient=transient, disable=not err_console.is_terminal)


JSON_OPTION = typer.Option(False, "--json", help="Print JSON for other programs.")
