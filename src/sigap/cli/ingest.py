"""Ingest commands: sources add|list|enable|disable|catalogue|submit, ingest, import, run."""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from sigap.cli.app import (
    JSON_OPTION,
    app,
    console,
    emit_json,
    err_console,
    get_settings,
    handle_errors,
    open_engine,
    session,
)

sources_app = typer.Typer(help="Sumber berita: feed RSS/Atom, halaman web, sitemap.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")


def _say(line: str) -> None:
    """One progress line on stdout, flushed at once (a line printed is a promise kept: it was committed)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


@sources_app.command("add")
@handle_errors
def sources_add(url: str = typer.Argument(..., help="Alamat feed, halaman atau sitemap."),
                kind: str = typer.Option(..., "--kind", help="rss, web atau sitemap."),
                name: str = typer.Option(None, "--name", help="Nama sumber (bawaan: nama host)."),
                unit: str = typer.Option(None, "--unit", help="UPT pemilik sumber, mis. 'Lapas Cipinang'."),
                owned: bool = typer.Option(False, "--owned", help="Media milik sendiri (situs/akun UPT)."),
                interval: int = typer.Option(None, "--interval", help="Selang polling dalam detik."),
                json_out: bool = JSON_OPTION) -> None:
    """Add a source; prints its id. Private or loopback addresses need SIGAP_ALLOW_PRIVATE_SOURCES=1."""
    from sigap.gazetteer import load_gazetteer
    from sigap.sources import registry
    from sigap.units import resolve

    settings = get_settings()
    with session(settings) as s:
        unit_id = resolve(s, text=unit, gazetteer=load_gazetteer(settings.units_file)).id if unit else None
        default = settings.feed_interval_seconds if kind == "rss" else None
        source = registry.create(s, url=url, kind=kind, name=name, unit_id=unit_id, owned=owned,
                                 interval_seconds=interval or default, allow_private=settings.allow_private_sources)
        data = registry.to_dict(source)
    if json_out:
        emit_json(data)
    else:
        _say(str(data["id"]))


@sources_app.command("list")
@handle_errors
def sources_list(json_out: bool = JSON_OPTION) -> None:
    """Every source with its health: last success, last error, items seen."""
    from sigap.sources import registry

    with session() as s:
        rows = [registry.to_dict(src) for src in registry.list_sources(s)]
    if json_out:
        emit_json(rows)
        return
    table = Table("ID", "Nama", "Jenis", "Aktif", "Terakhir berhasil", "Item", "Galat terakhir")
    for row in rows:
        last = row["last_success"].strftime("%Y-%m-%d %H:%M") if row["last_success"] else "-"
        table.add_row(str(row["id"]), row["name"][:40], row["kind"], "ya" if row["enabled"] else "tidak", last,
                      str(row["items_seen"]), (row["last_error"] or "")[:60])
    console.print(table)


def _set_enabled(source_id: int, enabled: bool, json_out: bool) -> None:
    from sigap.sources import registry

    with session() as s:
        data = registry.to_dict(registry.set_enabled(s, source_id=source_id, enabled=enabled))
    if json_out:
        emit_json(data)
    else:
        _say(f"Sumber #{source_id} {'diaktifkan' if enabled else 'dinonaktifkan'}.")


@sources_app.command("enable")
@handle_errors
def sources_enable(source_id: int = typer.Argument(...), json_out: bool = JSON_OPTION) -> None:
    """Enable a source (it is polled at once)."""
    _set_enabled(source_id, True, json_out)


@sources_app.command("disable")
@handle_errors
def sources_disable(source_id: int = typer.Argument(...), json_out: bool = JSON_OPTION) -> None:
    """Disable a source (its items stay)."""
    _set_enabled(source_id, False, json_out)


@sources_app.command("catalogue")
@handle_errors
def sources_catalogue(install: bool = typer.Option(False, "--install", help="Tambahkan ke sumber (nonaktif)."),
                      json_out: bool = JSON_OPTION) -> None:
    """Show the default catalogue of Indonesian sources; --install adds them, disabled."""
    from sigap.sources.catalogue import install_catalogue, load_catalogue

    result: dict[str, Any] = {"entries": [e.__dict__ for e in load_catalogue()]}
    if install:
        with session() as s:
            result["added"], result["present"] = install_catalogue(s)
    if json_out:
        emit_json(result)
        return
    for entry in result["entries"]:
        console.print(f"{entry['kind']:8} {entry['name'][:36]:36} {entry['url']}", highlight=False)
    if install:
        _say(f"{result['added']} sumber ditambahkan (nonaktif), {result['present']} sudah ada.")


@sources_app.command("submit")
@handle_errors
def sources_submit(url: str = typer.Argument(..., help="Tautan berita atau unggahan."),
                   unit: str = typer.Option(..., "--unit", help="UPT yang mengirim tautan."),
                   json_out: bool = JSON_OPTION) -> None:
    """Store a link submitted by a unit (fetched and read like a web page)."""
    from sigap.gazetteer import load_gazetteer
    from sigap.ingest.submit import submit_link
    from sigap.units import resolve

    settings = get_settings()
    with session(settings) as s:
        unit_id = resolve(s, text=unit, gazetteer=load_gazetteer(settings.units_file)).id
    engine = open_engine(settings)
    try:
        result = submit_link(engine, settings, url=url, unit_id=unit_id,
                             allow_private=settings.allow_private_sources)
    finally:
        engine.dispose()
    if json_out:
        emit_json(result.__dict__)
        return
    _say(f"Tautan tersimpan sebagai item #{result.item_id}{' (baru)' if result.new else ''}.")
    if result.error:
        err_console.print(f"catatan: halaman tidak dapat dibaca ({result.error})", highlight=False)


def _source_line(result: Any) -> str:
    if result.failed:
        return f"#{result.source_id} {result.name}: GAGAL — {result.error}"
    if result.not_modified:
        return f"#{result.source_id} {result.name}: tidak berubah sejak pengambilan terakhir"
    return (f"#{result.source_id} {result.name}: {result.new} baru, {result.updated} diperbarui, "
            f"{result.unchanged} tetap, {result.rejected} ditolak")


@app.command("ingest")
@handle_errors
def ingest(source: list[int] = typer.Option(None, "--source", help="Hanya sumber dengan id ini (boleh diulang)."),
           json_out: bool = JSON_OPTION) -> None:
    """Read every enabled source once, now. Exit 0 even when some sources fail (see their errors)."""
    from sigap.ingest import ingest_all

    settings = get_settings()
    engine = open_engine(settings)
    try:
        results = ingest_all(engine, settings, only=source or None,
                             on_result=None if json_out else lambda r: _say(_source_line(r)))
    finally:
        engine.dispose()
    if json_out:
        emit_json([r.as_dict() for r in results])
    elif not results:
        _say("Tidak ada sumber aktif.")


@app.command("import")
@handle_errors
def import_cmd(file: Path = typer.Argument(..., help="Berkas JSON Lines atau CSV."),
               format: str = typer.Option(None, "--format", help="jsonl atau csv (bawaan: dari nama berkas)."),
               platform: str = typer.Option(None, "--platform", help="Platform bila baris tidak menyebutnya."),
               json_out: bool = JSON_OPTION) -> None:
    """Import items from a listening export; invalid rows are reported by line and skipped (exit 65)."""
    from sigap.ingest import import_file

    settings = get_settings()
    engine = open_engine(settings)
    stored = [0, 0, 0]

    def on_batch(counts: Any) -> None:
        stored[0] += counts.new + counts.updated + counts.unchanged
        stored[1] += counts.new
        stored[2] += counts.updated
        if not json_out:
            _say(f"Tersimpan {stored[0]} baris ({stored[1]} baru, {stored[2]} diperbarui)")

    try:
        result = import_file(engine, settings, file, format=format, platform=platform, on_batch=on_batch)
    finally:
        engine.dispose()
    _report_import(result, json_out)
    if result.errors:
        raise typer.Exit(65)


def _report_import(result: Any, json_out: bool) -> None:
    if json_out:
        emit_json(result.as_dict())
        return
    for warning in result.warnings:
        err_console.print(f"peringatan: {warning}", highlight=False)
    for error in result.errors[:50]:
        err_console.print(f"baris {error.line}: {error.reason}", highlight=False)
    if len(result.errors) > 50:
        err_console.print(f"… dan {len(result.errors) - 50} baris lain ditolak", highlight=False)
    counts = result.counts
    _say(f"Selesai: {counts.new} baru, {counts.updated} diperbarui, {counts.unchanged} tetap, "
         f"{counts.rejected} ditolak.")


@app.command("run")
@handle_errors
def run(cycles: int = typer.Option(None, "--cycles", min=1, help="Berhenti setelah N putaran (uji)."),
        json_out: bool = JSON_OPTION) -> None:
    """Poll due sources in a loop (and run analysis and detection after each poll) until stopped."""
    from sigap.ingest import run_scheduler

    settings = get_settings()
    engine = open_engine(settings)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    def on_cycle(results: list[Any], report: Any) -> None:
        if json_out and results:
            emit_json([r.as_dict() for r in results])
        for result in [] if json_out else results:
            _say(_source_line(result))

    try:
        run_scheduler(engine, settings, stop=stop, max_cycles=cycles, on_cycle=on_cycle)
    except KeyboardInterrupt:
        err_console.print("dihentikan.")
    finally:
        engine.dispose()
