"""Foundation commands: init, units, items, settings."""

from __future__ import annotations

from datetime import datetime

import typer
from rich.table import Table

from sigap.cli.app import (
    JSON_OPTION,
    app,
    console,
    emit_json,
    fail,
    get_settings,
    handle_errors,
    parse_time,
    session,
)

units_app = typer.Typer(help="Unit Pelaksana Teknis (UPT): cari dan tampilkan.", no_args_is_help=True)
items_app = typer.Typer(help="Berita dan unggahan yang tersimpan.", no_args_is_help=True)
app.add_typer(units_app, name="units")
app.add_typer(items_app, name="items")


def parse_since(value: str | None) -> datetime | None:
    return parse_time(value, "--since") if value else None


@app.command()
@handle_errors
def init(json_out: bool = JSON_OPTION) -> None:
    """Create SIGAP_HOME, migrate the database and load the units gazetteer."""
    from sigap.gazetteer import load_gazetteer
    from sigap.units import sync_from_gazetteer

    settings = get_settings()
    gazetteer = load_gazetteer(settings.units_file)
    with session(settings) as s:
        counts = sync_from_gazetteer(s, gazetteer)
    result = {"database": settings.effective_database_url.split("@")[-1], "kanwil": counts.kanwil,
              "units_new": counts.units_new, "units_updated": counts.units_updated}
    if json_out:
        emit_json(result)
    else:
        console.print(f"Siap: {len(gazetteer.units)} UPT, {counts.kanwil} kanwil "
                      f"({counts.units_new} baru, {counts.units_updated} diperbarui).")


@units_app.command("search")
@handle_errors
def units_search(text: str = typer.Argument(..., help="Nama atau alias UPT, mis. 'LP Cipinang'."),
                 limit: int = typer.Option(10, min=1, max=100), json_out: bool = JSON_OPTION) -> None:
    """Find units by any alias ('LP Cipinang', 'Rutan Klas IIA Balikpapan', 'Lapas 2A Samarinda')."""
    from sigap.gazetteer import load_gazetteer

    found = load_gazetteer(get_settings().units_file).search(text, limit=limit)
    if json_out:
        emit_json([u.as_dict() for u in found])
        return
    if not found:
        raise fail(f"no unit matches {text!r}", 1)
    table = Table("UPT", "Jenis", "Provinsi", "Kanwil")
    for unit in found:
        table.add_row(unit.name, unit.type, unit.province, unit.kanwil)
    console.print(table)


@items_app.command("list")
@handle_errors
def items_list(since: str = typer.Option(None, help="Only items published since (ISO 8601)."),
               source: int = typer.Option(None, "--source", help="Only items seen by this source id."),
               limit: int = typer.Option(50, min=1, max=10000), json_out: bool = JSON_OPTION) -> None:
    """Stored items, newest first."""
    from sigap.items import item_to_dict, list_items

    with session() as s:
        rows = [item_to_dict(i) for i in list_items(s, since=parse_since(since), source_id=source, limit=limit)]
    if json_out:
        emit_json(rows)
        return
    table = Table("Waktu", "Media", "Judul", "Nada")
    for row in rows:
        when = row["published"] or row["first_seen"]
        table.add_row(when.strftime("%Y-%m-%d %H:%M") if when else "", row["outlet"], row["title"][:80],
                      row["tone"] or "")
    console.print(table)


@app.command("settings")
@handle_errors
def settings_show(json_out: bool = JSON_OPTION) -> None:
    """Show every setting with its current value (secrets hidden)."""
    settings = get_settings()
    values = {k: ("***" if "secret" in k or "password" in k or "token" in k else v)
              for k, v in settings.model_dump().items()}
    if json_out:
        emit_json(values)
        return
    for key, value in values.items():
        console.print(f"SIGAP_{key.upper()} = {value}", highlight=False)


@items_app.command("correct")
@handle_errors
def items_correct(item_id: int = typer.Argument(..., help="Item id (see `sigap items list`)."),
                  tone: str = typer.Option(None, help="positif, negatif or netral."),
                  issues: str = typer.Option(None, help="Comma-separated issue codes."),
                  units: str = typer.Option(None, help="Semicolon-separated unit names ('' for none)."),
                  relevant: bool = typer.Option(None, "--relevant/--not-relevant"),
                  note: str = typer.Option("", help="Why (kept with the correction)."),
                  by: str = typer.Option("cli", help="Who corrects (recorded)."),
                  json_out: bool = JSON_OPTION) -> None:
    """Correct an item's tone, issues, units or relevance; it overrides the model and trains the next one."""
    from sigap.analyse.store import correct

    issue_list = [c.strip() for c in issues.split(",") if c.strip()] if issues is not None else None
    unit_list = [u.strip() for u in units.split(";") if u.strip()] if units is not None else None
    with session() as s:
        row = correct(s, item_id=item_id, actor=by, tone=tone, issues=issue_list, units=unit_list,
                      relevant=relevant, note=note)
        result = {"correction": row.id, "item": item_id, "tone": tone, "issues": issue_list,
                  "units": unit_list, "relevant": relevant}
    if json_out:
        emit_json(result)
    else:
        console.print(f"Koreksi #{result['correction']} untuk berita {item_id} disimpan.")
