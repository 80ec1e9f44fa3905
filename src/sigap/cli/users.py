"""`sigap users …`: accounts for Ditjen, Kanwil and UPT staff."""

from __future__ import annotations

import typer
from rich.table import Table

from sigap.cli.app import JSON_OPTION, app, console, emit_json, handle_errors, session

users_app = typer.Typer(help="Pengguna: Ditjen, Kanwil, UPT.", no_args_is_help=True)
app.add_typer(users_app, name="users")


@users_app.command("add")
@handle_errors
def users_add(username: str, role: str = typer.Option(..., help="admin, ditjen, kanwil or upt"),
              unit: str = typer.Option(None, help="Unit name or alias (role upt)."),
              kanwil: str = typer.Option(None, help="Kanwil or province name (role kanwil)."),
              email: str = typer.Option(None), full_name: str = typer.Option("", "--name"),
              password: str = typer.Option(..., prompt=True, hide_input=True, confirmation_prompt=True),
              json_out: bool = JSON_OPTION) -> None:
    """Create a user (the password is stored as an argon2 hash)."""
    from sigap.auth import create
    from sigap.gazetteer import default_gazetteer
    from sigap.units import get_kanwil_by_name, resolve

    with session() as s:
        unit_row = resolve(s, text=unit, gazetteer=default_gazetteer()) if unit else None
        kanwil_row = get_kanwil_by_name(s, name=kanwil) if kanwil else None
        user = create(s, username=username, password=password, role=role, full_name=full_name, email=email,
                      unit=unit_row, kanwil=kanwil_row)
        scope_kanwil = kanwil_row or (unit_row.kanwil if unit_row else None)
        result = {"id": user.id, "username": user.username, "role": user.role,
                  "unit": unit_row.name if unit_row else None,
                  "kanwil": scope_kanwil.name if scope_kanwil else None}
    if json_out:
        emit_json(result)
    else:
        console.print(f"Pengguna {result['username']} ({result['role']}) dibuat, id {result['id']}.")


@users_app.command("list")
@handle_errors
def users_list(json_out: bool = JSON_OPTION) -> None:
    """All users with their role and scope."""
    from sigap.auth import list_users

    with session() as s:
        rows = [{"id": u.id, "username": u.username, "role": u.role, "unit_id": u.unit_id,
                 "kanwil_id": u.kanwil_id, "email": u.email, "active": u.active} for u in list_users(s)]
    if json_out:
        emit_json(rows)
        return
    table = Table("id", "username", "role", "unit", "kanwil", "email")
    for r in rows:
        table.add_row(*(str(r[key] or "") for key in ("id", "username", "role", "unit_id", "kanwil_id", "email")))
    console.print(table)
