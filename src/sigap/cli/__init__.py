"""Command-line interface: `sigap …`. Thin over the library; only this package imports Typer.

Each domain registers its commands on `app` when its module is imported. `sigap analyse` (the
database-free batch contract) loads only its own module, so it starts without SQLAlchemy.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable

from sigap.cli.app import app

COMMAND_MODULES = ("core", "demo", "users", "ingest", "analyse", "detect", "routing", "cases")


def load_commands(names: Iterable[str] = COMMAND_MODULES) -> None:
    """Import the command modules (idempotent): each registers its commands on `app`."""
    for name in names:
        importlib.import_module(f"sigap.cli.{name}")


def main() -> None:
    load_commands(["analyse"] if sys.argv[1:2] == ["analyse"] else COMMAND_MODULES)
    app()


__all__ = ["COMMAND_MODULES", "app", "load_commands", "main"]
