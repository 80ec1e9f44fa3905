"""`sigap demo` end to end on SQLite: the stream is stored once, analysed, and the crisis is caught."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sigap.demo.stream import CRISIS_UNIT
from tests.conftest import run_cli


def test_demo_runs_the_pipeline_and_replays_the_crisis(cli: CliRunner) -> None:
    code, out, err = run_cli(cli, "demo", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["loaded"]["new"] >= 2000
    summary = result["summary"]
    assert summary["relevant"] >= 1800 and summary["events"] > 50
    assert summary["tone"]["positif"] > summary["tone"]["negatif"]
    crisis = [row for row in result["history"] if row["unit"] == CRISIS_UNIT]
    assert crisis, "the scripted crisis raised no alert"
    assert max(row["level"] for row in crisis) == 3
    assert [row["level"] for row in crisis] == [1, 2, 3]  # local report, other outlets, national coverage
    others = [row for row in result["history"] if row["unit"] != CRISIS_UNIT]
    assert others == [], f"alerts on ordinary days: {others}"

    code, out, _ = run_cli(cli, "demo", "--json")  # a second run adds nothing
    assert code == 0 and json.loads(out)["loaded"]["new"] == 0
