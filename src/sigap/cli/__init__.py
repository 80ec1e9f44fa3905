"""Command-line interface: `sigap …`. Thin over the library; only this package imports Typer."""

from __future__ import annotations

from sigap.cli import core as _core  # noqa: F401
from sigap.cli.app import app

# Domain command modules register here (one import line each):
# --- domain commands ---
from sigap.cli import detect as _detect  # noqa: E402, F401
from sigap.cli import analyse as _analyse  # noqa: F401, E402
from sigap.cli import demo as _demo  # noqa: F401, E402
from sigap.cli import ingest as _ingest  # noqa: F401, E402
from sigap.cli import users as _users  # noqa: F401, E402
from sigap.cli import cases as _cases  # noqa: F401, E402


def main() -> None:
    app()


__all__ = ["app", "main"]
