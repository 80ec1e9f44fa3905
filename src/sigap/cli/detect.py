"""Detection and notification commands: detect, alerts list/ack/snooze, backtest, notify flush."""

from __future__ import annotations

import typer
from rich.table import Table

from sigap.cli.app import JSON_OPTION, app, console, emit_json, get_settings, handle_errors, parse_time, session
from sigap.errors import InvalidInput

alerts_app = typer.Typer(help="Peringatan dini: daftar, konfirmasi, tunda.", no_args_is_help=True)
notify_app = typer.Typer(help="Antrean notifikasi: kirim yang jatuh tempo.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")
app.add_typer(notify_app, name="notify")

LANG_OPTION = typer.Option(None, "--lang", help="Language of explanations: id (default) or en.")


@app.command()
@handle_errors
def detect(json_out: bool = JSON_OPTION,
           send: bool = typer.Option(True, "--send/--no-send", help="Queue and send notifications after.")) -> None:
    """Compute signals and raise or update alerts once; then queue and send the notifications."""
    from sigap.detect import detect_once
    from sigap.notify import outbox

    settings = get_settings()
    with session(settings) as s:
        report = detect_once(s, settings)
        queued = outbox.enqueue_due(s, settings)
        s.commit()
        sent = outbox.flush(s, settings) if send else None
    result = report.as_dict() | {"deliveries_queued": queued, "deliveries": sent.as_dict() if sent else None}
    if json_out:
        emit_json(result)
        return
    console.print(f"{report.items} berita negatif, {report.episodes} episode: {report.opened} peringatan baru, "
                  f"{report.escalated} naik level, {report.updated} diperbarui, {report.resolved} selesai; "
                  f"{queued} notifikasi diantrekan.", highlight=False)


@alerts_app.command("list")
@handle_errors
def alerts_list(json_out: bool = JSON_OPTION, open_only: bool = typer.Option(False, "--open", help="Only open."),
                unit: str = typer.Option(None, "--unit", help="Only alerts of this unit (name or alias)."),
                kanwil: str = typer.Option(None, "--kanwil", help="Only alerts of this kanwil or province."),
                limit: int = typer.Option(200, min=1, max=5000), lang: str = LANG_OPTION) -> None:
    """Alerts, newest first."""
    from sigap.detect.alerts import alert_to_dict, list_alerts
    from sigap.gazetteer import load_gazetteer
    from sigap.units import get_kanwil_by_name, resolve

    settings = get_settings()
    with session(settings) as s:
        unit_id = resolve(s, text=unit, gazetteer=load_gazetteer(settings.units_file)).id if unit else None
        kanwil_id = get_kanwil_by_name(s, name=kanwil).id if kanwil else None
        found = list_alerts(s, open_only=open_only, unit_id=unit_id, kanwil_id=kanwil_id, limit=limit)
        rows = [alert_to_dict(s, a, lang=lang or settings.language) for a in found]
    if json_out:
        emit_json(rows)
        return
    table = Table("ID", "Level", "Status", "UPT", "Diperbarui", "Ringkasan")
    for row in rows:
        table.add_row(str(row["id"]), str(row["level"]), row["status"], ", ".join(row["units"])[:40],
                      row["updated_at"].strftime("%Y-%m-%d %H:%M"), row["explanation"].splitlines()[0][:70])
    console.print(table)


@alerts_app.command("ack")
@handle_errors
def alerts_ack(alert_id: int = typer.Argument(..., help="Alert id."), json_out: bool = JSON_OPTION) -> None:
    """Acknowledge an alert: it keeps updating; a higher level still notifies."""
    from sigap.detect import alerts

    with session() as s:
        alert = alerts.ack(s, alert=alerts.get(s, alert_id=alert_id), actor="cli")
        result = {"id": alert.id, "status": alert.status, "acked_at": alert.acked_at}
    if json_out:
        emit_json(result)
    else:
        console.print(f"Peringatan {alert_id} dikonfirmasi.")


@alerts_app.command("snooze")
@handle_errors
def alerts_snooze(alert_id: int = typer.Argument(..., help="Alert id."),
                  hours: float = typer.Option(..., "--hours", help="Hours without re-notification (level 3 excepted)."),
                  json_out: bool = JSON_OPTION) -> None:
    """Hold re-notification of an alert for N hours."""
    from sigap.detect import alerts

    with session() as s:
        alert = alerts.snooze(s, alert=alerts.get(s, alert_id=alert_id), hours=hours, actor="cli")
        result = {"id": alert.id, "snoozed_until": alert.snoozed_until}
    if json_out:
        emit_json(result)
    else:
        console.print(f"Peringatan {alert_id} ditunda sampai {result['snoozed_until']:%Y-%m-%d %H:%M} UTC.")


@app.command()
@handle_errors
def backtest(start: str = typer.Option(..., "--from", help="Start (ISO 8601)."),
             end: str = typer.Option(..., "--to", help="End (ISO 8601)."), json_out: bool = JSON_OPTION) -> None:
    """Replay stored items in time order through detection: which alerts would have fired, when."""
    from sigap.detect import backtest as run_backtest

    begin, finish = parse_time(start, "--from"), parse_time(end, "--to")
    if finish <= begin:
        raise InvalidInput("--to must be after --from")
    settings = get_settings()
    with session(settings) as s:
        firings = run_backtest(s, settings, begin, finish)
    if json_out:
        emit_json([f.as_dict() for f in firings])
        return
    table = Table("Waktu (UTC)", "Aksi", "Level", "Peringatan")
    for f in firings:
        table.add_row(f.at.strftime("%Y-%m-%d %H:%M"), f.action, str(f.level), f.explanation[:80])
    console.print(table)
    console.print(f"{len(firings)} notifikasi akan terkirim.")


@notify_app.command("flush")
@handle_errors
def notify_flush(json_out: bool = JSON_OPTION,
                 retry_failed: bool = typer.Option(False, "--retry-failed", help="Requeue failed deliveries first.")
                 ) -> None:
    """Queue notifications of new or escalated alerts and send every delivery that is due."""
    from sigap.notify import outbox

    settings = get_settings()
    with session(settings) as s:
        requeued = outbox.retry_failed(s) if retry_failed else 0
        queued = outbox.enqueue_due(s, settings)
        s.commit()
        report = outbox.flush(s, settings)
    result = report.as_dict() | {"queued": queued, "requeued": requeued}
    if json_out:
        emit_json(result)
    else:
        console.print(f"{report.sent} terkirim, {report.retrying} dicoba lagi nanti, {report.failed} gagal, "
                      f"{report.waiting} menunggu.", highlight=False)
