"""`sigap analyse` end to end: JSON Lines in and out, invalid lines, exit 65."""

from __future__ import annotations

import io
import json
from pathlib import Path

from typer.testing import CliRunner

from sigap.analyse.batch import parse_line, run_batch
from sigap.analyse.pipeline import Analyser, InputItem
from sigap.cli import app, load_commands

load_commands()

LINES = [
    b'{"id": "1", "title": "Petugas Lapas Sintang gagalkan penyelundupan sabu"}',
    b"not json",
    b'{"title": "tanpa id"}',
    b'{"id": "4", "title": "", "text": ""}',
    b"",
    b'{"id": "6", "title": "Napi \xff\xfe Lapas Sorong kabur", "published": "2024-05"}',
    b'[1, 2]',
    b'{"id": 8, "text": "<p>Napi Rutan Salemba &amp; pungli</p> \xf0\x9f\x98\xa1"}',
]


def test_parse_line_reasons() -> None:
    assert isinstance(parse_line(b'{"id": "a", "title": "x"}'), InputItem)
    assert parse_line(b"{").startswith("not valid JSON")  # type: ignore[union-attr]
    assert parse_line(b'"text"') == "not a JSON object"
    assert parse_line(b'{"id": null, "title": "x"}') == "missing `id`"
    assert parse_line(b'{"id": "a", "title": " "}') == "neither `title` nor `text`"


def test_run_batch_writes_valid_lines_in_order() -> None:
    out, errors = io.StringIO(), []
    report = run_batch(LINES, out, Analyser.load(), on_error=lambda n, r: errors.append(n), workers=1)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["1", "6", "8"]
    assert errors == [2, 3, 4, 7]
    assert report.exit_code == 65 and report.written == 3


def test_parallel_chunks_keep_order_and_events() -> None:
    lines = [json.dumps({"id": str(i), "title": f"Napi Lapas Kelas IIA Samarinda kabur nomor {i % 3}"}).encode()
             for i in range(30)]
    serial, parallel = io.StringIO(), io.StringIO()
    analyser = Analyser.load()
    run_batch(lines, serial, analyser, workers=1, chunk=7)
    run_batch(lines, parallel, analyser, workers=2, chunk=7)
    assert serial.getvalue() == parallel.getvalue()
    assert [json.loads(x)["id"] for x in parallel.getvalue().splitlines()] == [str(i) for i in range(30)]


def test_cli_exit_65_with_line_numbers(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_bytes(b"\n".join(LINES) + b"\n")
    result = CliRunner().invoke(app, ["analyse", "--input", str(source), "--output", str(target)])
    assert result.exit_code == 65
    assert "line 2:" in result.stderr and "line 7:" in result.stderr
    assert len(target.read_text(encoding="utf-8").splitlines()) == 3


def test_cli_stdin_to_stdout_exit_0() -> None:
    data = b'{"id": "a", "title": "Ratusan WBP Lapas Cipinang terima remisi"}\n'
    result = CliRunner().invoke(app, ["analyse"], input=data)
    assert result.exit_code == 0, result.stderr
    row = json.loads(result.stdout.splitlines()[0])
    assert row["id"] == "a" and row["relevant"] is True
