"""`sigap routing …`: who receives alerts, per level and crisis class (rules are data; admins edit them)."""

from __future__ import annotations

from typing import Any

import typer
from rich.table import Table

from sigap.cli.app import JSON_OPTION, app, console, emit_json, handle_errors, session

routing_app = typer.Typer(help="Aturan penerima peringatan per level dan kelas krisis.", no_args_is_help=True)
app.add_typer(routing_app, name="routing")


def _rule_dict(rule: Any) -> dict[str, Any]:
    return {"id": rule.id, "min_level": rule.min_level, "crisis_class": rule.crisis_class, "tier": rule.tier,
            "channel": rule.channel, "address": rule.address, "enabled": rule.enabled,
            "description": rule.description}


def _audit(s: Any, action: str, rule: Any) -> None:
    from sigap.models import AuditLog

    s.add(AuditLog(actor="cli", action=action, entity="routing_rule", entity_id=str(rule.id),
                   detail=_rule_dict(rule)))


@routing_app.command("list")
@handle_errors
def routing_list(json_out: bool = JSON_OPTION) -> None:
    """Every routing rule, lowest level first."""
    from sigap.detect.routing import list_rules

    with session() as s:
        rows = [_rule_dict(r) for r in list_rules(s)]
    if json_out:
        emit_json(rows)
        return
    table = Table("id", "dari level", "kelas krisis", "tingkat", "saluran", "alamat", "aktif", "keterangan")
    for r in rows:
        table.add_row(*(str(r[k] if r[k] is not None else "") for k in
                        ("id", "min_level", "crisis_class", "tier", "channel", "address", "enabled", "description")))
    console.print(table)


@routing_app.command("add")
@handle_errors
def routing_add(min_level: int = typer.Option(..., "--min-level", help="1 Waspada, 2 Siaga, 3 Awas."),
                tier: str = typer.Option(None, help="upt, kanwil or ditjen: that tier's users receive it."),
                channel: str = typer.Option(None, help="A fixed destination instead: email, telegram, webhook…"),
                address: str = typer.Option(None, help="Address for --channel (e-mail, chat id, URL)."),
                crisis_class: str = typer.Option(None, "--class", help="Only alerts of this crisis class."),
                description: str = typer.Option("", help="Why this rule exists."),
                json_out: bool = JSON_OPTION) -> None:
    """Add a rule (one of --tier, or --channel with --address)."""
    from sigap.detect.routing import create_rule

    with session() as s:
        rule = create_rule(s, min_level=min_level, tier=tier, channel=channel, address=address,
                           crisis_class=crisis_class, description=description)
        _audit(s, "routing.create", rule)
        data = _rule_dict(rule)
    if json_out:
        emit_json(data)
    else:
        console.print(f"Aturan #{data['id']} ditambahkan.")


def _set_enabled(rule_id: int, enabled: bool) -> None:
    from sigap.detect.routing import update_rule

    with session() as s:
        rule = update_rule(s, rule_id=rule_id, enabled=enabled)
        _audit(s, "routing.enable" if enabled else "routing.disable", rule)
    console.print(f"Aturan #{rule_id} {'aktif' if enabled else 'nonaktif'}.")


@routing_app.command("enable")
@handle_errors
def routing_enable(rule_id: int) -> None:
    """Turn a rule on."""
    _set_enabled(rule_id, True)


@routing_app.command("disable")
@handle_errors
def routing_disable(rule_id: int) -> None:
    """Turn a rule off (kept, so it can be turned on again)."""
    _set_enabled(rule_id, False)
