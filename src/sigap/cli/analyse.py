"""`sigap analyse` (batch analysis of a JSON Lines file) and `sigap model train|evaluate`."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import typer
from rich.table import Table

from sigap.cli.app import JSON_OPTION, app, console, emit_json, err_console, fail, handle_errors, progress

model_app = typer.Typer(help="Model analisis: latih ulang dan evaluasi.", no_args_is_help=True)
app.add_typer(model_app, name="model")


def _open_in(path: str, stack: ExitStack) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return stack.enter_context(open(path, "rb"))
    except OSError as exc:
        raise fail(f"cannot read {path}: {exc.strerror}", 66) from None


def _open_out(path: str, stack: ExitStack) -> IO[str]:
    if path == "-":
        return sys.stdout
    try:
        return stack.enter_context(open(path, "w", encoding="utf-8"))
    except OSError as exc:
        raise fail(f"cannot write {path}: {exc.strerror}", 73) from None


@app.command("analyse")
@handle_errors
def analyse(input: str = typer.Option("-", "--input", "-i", help="JSON Lines file, or - for stdin."),
            output: str = typer.Option("-", "--output", "-o", help="Output file, or - for stdout."),
            model: Path | None = typer.Option(None, help="Model folder (default: the packaged models).")) -> None:
    """Analisis berkas JSON Lines tanpa basis data (DESIGN §5): satu baris keluaran per butir."""
    from sigap.analyse.batch import run_batch
    from sigap.analyse.pipeline import Analyser

    analyser = Analyser.load(model)

    def report(number: int, reason: str) -> None:
        err_console.print(f"line {number}: {reason}", highlight=False, markup=False)

    with ExitStack() as stack:
        source, sink = _open_in(input, stack), _open_out(output, stack)
        bar = stack.enter_context(progress())
        task = bar.add_task("Menganalisis", total=None)
        result = run_batch(source, sink, analyser, on_error=report,
                           on_progress=lambda n: bar.advance(task, n))
    if result.errors:
        err_console.print(f"{len(result.errors)} invalid line(s) skipped; {result.written} written",
                          highlight=False, markup=False)
    raise typer.Exit(result.exit_code)


def _corrections() -> list[dict[str, Any]]:
    """Stored user corrections, when a database is configured and reachable."""
    try:
        from sigap.analyse.store import corrections_for_training
        from sigap.cli.app import session

        with session() as s:
            return corrections_for_training(s)
    except Exception as exc:  # no database is a normal situation for this command
        err_console.print(f"corrections not read ({type(exc).__name__}); training on labelled files only",
                          highlight=False, markup=False)
        return []


@model_app.command("train")
@handle_errors
def model_train(output: Path | None = typer.Option(None, help="Folder for the trained bundle (default: packaged)."),
                corrections: bool = typer.Option(True, help="Include people's corrections from the database."),
                json_out: bool = JSON_OPTION) -> None:
    """Latih ulang model dari data berlabel proyek (+ koreksi pengguna), deterministik."""
    from sigap.analyse.train import train_models

    extra = _corrections() if corrections else []
    try:
        metrics = train_models(output, extra=extra)
    except ValueError as exc:
        raise fail(str(exc), 65) from None
    if json_out:
        emit_json(metrics)
        return
    console.print(f"Model [bold]{metrics['version']}[/] dilatih dari {metrics['items']} butir "
                  f"({len(extra)} koreksi); nada: {metrics['tone']}")


@model_app.command("evaluate")
@handle_errors
def model_evaluate(input: Path = typer.Option(..., "--input", "-i", help="Labelled JSON Lines file."),
                   model: Path | None = typer.Option(None, help="Model folder (default: packaged)."),
                   json_out: bool = JSON_OPTION) -> None:
    """Evaluasi model terhadap berkas berlabel: presisi/recall/F1 per kelas."""
    from sigap.analyse.evaluate import evaluate_file
    from sigap.analyse.pipeline import Analyser

    if not input.exists():
        raise fail(f"cannot read {input}: no such file", 66)
    result = evaluate_file(input, Analyser.load(model))
    if json_out:
        emit_json(result)
        return
    _print_evaluation(result)


def _table(title: str, rows: dict[str, Any], labels: list[str]) -> Table:
    table = Table(title=title)
    for column in ("class", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "class" else "right")
    for name in labels:
        row = rows[name]
        table.add_row(name, f"{row['precision']:.3f}", f"{row['recall']:.3f}", f"{row['f1']:.3f}",
                      str(row["support"]))
    return table


def _print_evaluation(result: dict[str, Any]) -> None:
    from sigap.analyse.models import TONES
    from sigap.taxonomy import ISSUE_CODES

    console.print(_table("Tone", result["tone"], list(TONES)))
    console.print(f"tone macro-F1 {result['tone']['macro_f1']:.3f}, accuracy {result['tone']['accuracy']:.3f}")
    console.print(_table("Relevance", result["relevance"], ["true", "false"]))
    console.print(_table("Issues", result["issues"], [c for c in ISSUE_CODES if result["issues"][c]["support"]
                                                     or result["issues"][c]["precision"]]))
    micro = result["issues"]["micro"]
    console.print(f"issues micro-F1 (without lainnya) {micro['f1']:.3f}")
    units, events, severity = result["units"], result["events"], result["severity"]
    console.print(f"units P {units['precision']:.3f} R {units['recall']:.3f} F1 {units['f1']:.3f}")
    console.print(f"events pairwise P {events['precision']:.3f} R {events['recall']:.3f} F1 {events['f1']:.3f}")
    console.print(f"severity exact {severity['exact']:.3f}, within one level {severity['within_one']:.3f}")
    console.print(f"{result['items']} items, model {result['model_version']}")
