"""Command-line interface: `sigap …`. Thin over the library; only this package imports Typer.

Each domain registers its commands on `app` when its module is imported below.
"""

from __future__ import annotations

from sigap.cli import analyse, cases, core, demo, detect, ingest, users
from sigap.cli.app import app

_COMMAND_MODULES = (core, demo, users, ingest, analyse, detect, cases)


def main() -> None:
    app()


__all__ = ["app", "main"]
