"""`sigap demo`: a fresh SIGAP_HOME, the units, a synthetic 60-day stream, and the pipeline over it."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

import typer
from rich.table import Table
from sqlalchemy import Engine, func, select

from sigap.cli.app import (
    JSON_OPTION,
    app,
    console,
    emit_json,
    err_console,
    get_settings,
    handle_errors,
    open_engine,
    progress,
)
from sigap.db import session_scope
from sigap.settings import Settings


def _load(engine: Engine, settings: Settings, seed: int, days: int) -> dict[str, Any]:
    from sigap.demo.loader import load_demo
    from sigap.demo.stream import generate_stream
    from sigap.gazetteer import load_gazetteer
    from sigap.units import sync_from_gazetteer

    with session_scope(engine) as s:
        sync_from_gazetteer(s, load_gazetteer(settings.units_file))
    stream = generate_stream(seed=seed, days=days)
    with session_scope(engine) as s:
        counts = load_demo(s, stream)
    return {"generated": len(stream), "new": counts.new, "unchanged": counts.unchanged,
            "start": min(i.published for i in stream), "end": max(i.published for i in stream)}


def _demo_settings(settings: Settings) -> Settings:
    """The demo's fictional national outlets count as national coverage unless configured otherwise."""
    from sigap.demo.outlets import NATIONAL_NAMES

    names = sorted({*settings.detect_national_outlets, *(n.lower() for n in NATIONAL_NAMES)})
    return settings.model_copy(update={"detect_national_outlets": names})


def _summary(engine: Engine) -> dict[str, Any]:
    from sigap.models import Analysis, Event, Item, ItemUnit, Unit

    with session_scope(engine) as s:
        tones: Counter[str] = Counter({tone: n for tone, n in s.execute(
            select(Analysis.tone, func.count()).where(Analysis.relevant.is_(True)).group_by(Analysis.tone))})
        negative_units = s.execute(
            select(Unit.name, func.count()).join(ItemUnit, ItemUnit.unit_id == Unit.id)
            .join(Analysis, Analysis.item_id == ItemUnit.item_id).where(Analysis.tone == "negatif")
            .group_by(Unit.name).order_by(func.count().desc()).limit(5)).all()
        return {"items": s.scalar(select(func.count()).select_from(Item)),
                "relevant": sum(tones.values()), "tone": dict(tones),
                "events": s.scalar(select(func.count()).select_from(Event)),
                "top_negative_units": [{"unit": n, "items": c} for n, c in negative_units]}


def _alerts(engine: Engine) -> list[dict[str, Any]]:
    from sigap.detect.alerts import alert_to_dict, list_alerts

    with session_scope(engine) as s:
        return [alert_to_dict(s, a) for a in list_alerts(s)]


def _history(engine: Engine, settings: Settings, start: datetime, end: datetime) -> list[dict[str, Any]]:
    """Detection over the stream in time order, as if Sigap had watched it arrive: live alerts with history."""
    from sigap.detect.run import backtest
    from sigap.display import local_time
    from sigap.models import Unit

    with session_scope(engine) as s:
        rows = []
        for firing in backtest(s, settings, start, end, live=True):
            unit = s.get(Unit, firing.unit_ids[0]) if firing.unit_ids else None
            rows.append({**firing.as_dict(), "unit": unit.name if unit else "",
                         "local_time": local_time(firing.at, unit.province if unit else None)})
        return rows


def _print(summary: dict[str, Any], history: list[dict[str, Any]], alerts: list[dict[str, Any]]) -> None:
    console.print(f"[bold]Sigap demo[/]: {summary['items']} berita/unggahan, {summary['relevant']} relevan, "
                  f"{summary['events']} peristiwa.")
    console.print("Nada: " + ", ".join(f"{k} {v}" for k, v in sorted(summary["tone"].items())))
    table = Table("Waktu", "Level", "UPT", "Penjelasan", title="Peringatan selama aliran demo")
    for row in history:
        table.add_row(row["local_time"], str(row["level"]), row["unit"], row["explanation"][:100])
    console.print(table)
    console.print(f"Peringatan tersimpan saat ini: {len(alerts)} "
                  f"({sum(a['status'] == 'open' for a in alerts)} terbuka). Lihat: sigap alerts list")


@app.command()
@handle_errors
def demo(seed: int = typer.Option(2023, help="Seed of the synthetic stream."),
         days: int = typer.Option(60, min=7, max=365, help="Days of stream."),
         json_out: bool = JSON_OPTION) -> None:
    """Set up SIGAP_HOME with demo data and run the pipeline over it."""
    from sigap.pipeline import Pipeline

    settings = _demo_settings(get_settings())
    engine = open_engine(settings)
    err_console.print(f"Database: {engine.url.render_as_string(hide_password=True)}")
    loaded = _load(engine, settings, seed, days)
    err_console.print(f"Stored {loaded['new']} new demo items ({loaded['unchanged']} already there).")
    pipeline = Pipeline(engine, settings)
    with progress() as bar:
        task = bar.add_task("Analisis", total=loaded["new"])
        pipeline.analyse(on_batch=lambda n: bar.advance(task, n))
    history = _history(engine, settings, loaded["start"], loaded["end"]) if loaded["new"] else []
    report = pipeline.after_ingest(now=loaded["end"])
    summary, alerts = _summary(engine), _alerts(engine)
    engine.dispose()
    if json_out:
        emit_json({"loaded": loaded, "run": report.as_dict(), "summary": summary, "history": history,
                   "alerts": alerts})
    else:
        _print(summary, history, alerts)
