"""Command-line interface: `sigap …`. Thin over the library; only this package imports Typer."""

from __future__ import annotations

from sigap.cli import core as _core  # noqa: F401
from sigap.cli.app import app

# Domain command modules register here (one import line each):
# --- domain commands ---
from sigap.cli import demo as _demo  # noqa: F401, E402


def main() -> None:
    app()


__all__ = ["app", "main"]
