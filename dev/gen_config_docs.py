"""Regenerate the settings table in docs/CONFIGURATION.md from sigap.settings (run after adding a setting)."""

from __future__ import annotations

from pathlib import Path

from sigap.settings import describe_settings

DOC = Path(__file__).parents[1] / "docs" / "CONFIGURATION.md"
START, END = "<!-- settings:start -->", "<!-- settings:end -->"


def table() -> str:
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    for name, default, help_text in describe_settings():
        shown = default.replace("|", "\\|") if default else "(empty)"
        lines.append(f"| `{name}` | `{shown}` | {help_text} |")
    return "\n".join(lines)


def main() -> None:
    text = DOC.read_text()
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{START}\n{table()}\n{END}{tail}")


if __name__ == "__main__":
    main()
