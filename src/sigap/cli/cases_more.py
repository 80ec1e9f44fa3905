"""More crisis commands: `sigap case statement|link|lesson|playbook`, `sigap lessons search`, `sigap team …`,
`sigap drill start|step|score|list`. Registered by `sigap.cli.cases`.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import typer
from rich.table import Table
from sqlalchemy import Engine

from sigap.cli.app import JSON_OPTION, app, console, emit_json, handle_errors, session
from sigap.cli.cases import AS_OPTION, _load, _out, case_app, now_utc, statement_app
from sigap.errors import InvalidInput
from sigap.settings import Settings

team_app = typer.Typer(help="Tim Komunikasi Krisis (TKK) UPT, Kanwil dan Ditjen.", no_args_is_help=True)
drill_app = typer.Typer(help="Latihan krisis dengan skenario sintetis.", no_args_is_help=True)
lessons_app = typer.Typer(help="Pelajaran dari kasus, dapat dicari oleh semua UPT.", no_args_is_help=True)
app.add_typer(team_app, name="team")
app.add_typer(drill_app, name="drill")
app.add_typer(lessons_app, name="lessons")


def _body(text: str | None, body_file: Path | None) -> str | None:
    if body_file is not None:
        return body_file.read_text(encoding="utf-8")
    return text


@statement_app.command("draft")
@handle_errors
def statement_draft(case_id: int, kind: str = typer.Option(..., help="holding, klarifikasi, siaran_pers, media_sosial"),
                    text: str = typer.Option(None, help="Own text instead of the template."),
                    body_file: Path = typer.Option(None, exists=True, dir_okay=False),
                    submit: bool = typer.Option(False, help="Submit for review at once."),
                    as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Draft a statement from the template for the case's class and level, filled with its facts."""
    from sigap.cases import statements as st

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        statement = st.draft(s, case, kind=kind, actor=actor, now=now_utc(), body=_body(text, body_file))
        if submit:
            st.submit_for_review(s, case, statement, actor=actor, now=now_utc())
        data = st.statement_to_dict(statement)
    _out(data, json_out, f"Draf #{data['id']} ({data['kind']}), {len(data['disclosure_flags'])} tanda data pribadi.\n"
                         f"{data['body']}")


@statement_app.command("edit")
@handle_errors
def statement_edit(case_id: int, statement_id: int, text: str = typer.Option(None),
                   body_file: Path = typer.Option(None, exists=True, dir_okay=False),
                   as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Replace a statement's text (it goes back to draft)."""
    from sigap.cases import statements as st

    body = _body(text, body_file)
    if not body:
        raise InvalidInput("give --text or --body-file", message_id="Isi --text atau --body-file")
    with session() as s:
        case, actor = _load(s, case_id, as_user)
        statement = st.edit(s, case, st.get_statement(s, case, statement_id), body=body, actor=actor, now=now_utc())
        data = st.statement_to_dict(statement)
    _out(data, json_out, f"Pernyataan #{statement_id} diubah; {len(data['disclosure_flags'])} tanda data pribadi.")


@statement_app.command("review")
@handle_errors
def statement_review(case_id: int, statement_id: int, as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Submit a draft for review."""
    from sigap.cases import statements as st

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        data = st.statement_to_dict(st.submit_for_review(s, case, st.get_statement(s, case, statement_id),
                                                         actor=actor, now=now_utc()))
    _out(data, json_out, f"Pernyataan #{statement_id} diajukan untuk ditinjau.")


@statement_app.command("approve")
@handle_errors
def statement_approve(case_id: int, statement_id: int,
                      override: str = typer.Option(None, help="Approve despite disclosure flags, with this reason."),
                      as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Approve a reviewed statement (spokesperson or the level's lead), after the disclosure check."""
    from sigap.cases import statements as st

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        statement = st.get_statement(s, case, statement_id)
        data = st.statement_to_dict(st.approve(s, case, statement, actor=actor, now=now_utc(),
                                               override_reason=override))
    _out(data, json_out, f"Pernyataan #{statement_id} disetujui.")


@statement_app.command("publish")
@handle_errors
def statement_publish(case_id: int, statement_id: int, url: str = typer.Option(...),
                      reach: int = typer.Option(None, min=0, help="Known reach (views) of the publication."),
                      as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Mark an approved statement published at URL."""
    from sigap.cases import statements as st

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        statement = st.get_statement(s, case, statement_id)
        data = st.statement_to_dict(st.publish(s, case, statement, url=url, actor=actor, now=now_utc(), reach=reach))
    _out(data, json_out, f"Pernyataan #{statement_id} terbit: {url}")


@case_app.command("link")
@handle_errors
def case_link(case_id: int, item: int = typer.Option(None), event: str = typer.Option(None),
              as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Link a negative item or event to the case (clarification loop)."""
    from sigap.cases.clarification import link

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        row = link(s, case, item_id=item, event_id=event, actor=actor, now=now_utc())
        data = {"id": row.id, "item_id": row.item_id, "event_id": row.event_id}
    _out(data, json_out, f"Tautan #{data['id']} dibuat.")


@case_app.command("lesson")
@handle_errors
def case_lesson(case_id: int, text: str, kind: str = typer.Option("pelajaran", help="berhasil, kurang, pelajaran"),
                as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Write a lesson learned (what worked, what did not)."""
    from sigap.cases.evaluation import add_lesson, lesson_to_dict

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        data = lesson_to_dict(add_lesson(s, case, text=text, kind=kind, actor=actor, now=now_utc()))
    _out(data, json_out, f"Pelajaran #{data['id']} dicatat.")


@case_app.command("playbook")
@handle_errors
def case_playbook(case_id: int, as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Recommended SCCT strategies with the reasoning."""
    from sigap.cases.playbook import recommend

    with session() as s:
        case, _ = _load(s, case_id, as_user)
        data = recommend(s, case).as_dict()
    lines = [*data["reasoning"], "Strategi:", *[f"- {x['label']}: {x['why']}" for x in data["strategies"]],
             *[f"Hindari: {x}" for x in data["avoid"]]]
    _out(data, json_out, "\n".join(lines))


@lessons_app.command("search")
@handle_errors
def lessons_search(text: str, json_out: bool = JSON_OPTION) -> None:
    """Search lessons of every unit."""
    from sigap.cases.evaluation import search_lessons

    with session() as s:
        rows = search_lessons(s, text)
    if json_out:
        emit_json(rows)
        return
    for row in rows:
        console.print(f"#{row['case_id']} {row['case_title']} ({row['unit'] or '-'}): {row['text']}", highlight=False)


@team_app.command("add")
@handle_errors
def team_add(name: str, role: str = typer.Option(..., help="ketua, juru_bicara, humas, analis"),
             unit: str = typer.Option(None), kanwil: str = typer.Option(None),
             ditjen: bool = typer.Option(False, "--ditjen", help="A member of the Ditjen team."),
             user: str = typer.Option(None, help="Link to this user account."), email: str = typer.Option(None),
             phone: str = typer.Option(None), as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Add a member to a unit's, a kanwil's or Ditjen's TKK (one spokesperson per team)."""
    from sigap.auth import get_by_username
    from sigap.cases.teams import add_member, member_to_dict
    from sigap.gazetteer import default_gazetteer
    from sigap.scope import actor_by_username
    from sigap.taxonomy import Tier
    from sigap.units import get_kanwil_by_name, resolve

    with session() as s:
        actor = actor_by_username(s, as_user)
        unit_id = resolve(s, text=unit, gazetteer=default_gazetteer()).id if unit else None
        kanwil_id = get_kanwil_by_name(s, name=kanwil).id if kanwil else None
        tier = Tier.DITJEN if ditjen else (Tier.UPT if unit_id else Tier.KANWIL)
        account = get_by_username(s, username=user) if user else None
        if user and account is None:
            raise InvalidInput(f"unknown user {user!r}", message_id=f"Pengguna {user!r} tidak dikenal")
        member = add_member(s, actor=actor, tier=tier, role=role, name=name, unit_id=unit_id, kanwil_id=kanwil_id,
                            user_id=account.id if account else None, email=email, phone=phone)
        data = member_to_dict(member)
    _out(data, json_out, f"Anggota TKK #{data['id']} ditambahkan: {name} ({role}).")


@team_app.command("list")
@handle_errors
def team_list(unit: str = typer.Option(None), kanwil: str = typer.Option(None),
              ditjen: bool = typer.Option(False, "--ditjen"), json_out: bool = JSON_OPTION) -> None:
    """Members of one TKK."""
    from sigap.cases.teams import list_team, member_to_dict
    from sigap.gazetteer import default_gazetteer
    from sigap.taxonomy import Tier
    from sigap.units import get_kanwil_by_name, resolve

    with session() as s:
        unit_id = resolve(s, text=unit, gazetteer=default_gazetteer()).id if unit else None
        kanwil_id = get_kanwil_by_name(s, name=kanwil).id if kanwil else None
        tier = Tier.DITJEN if ditjen else (Tier.UPT if unit_id else Tier.KANWIL)
        rows = [member_to_dict(m) for m in list_team(s, tier=tier, unit_id=unit_id, kanwil_id=kanwil_id)]
    if json_out:
        emit_json(rows)
        return
    table = Table("#", "Nama", "Peran", "Surel", "Telepon")
    for r in rows:
        table.add_row(str(r["id"]), r["name"], r["role"], r["email"] or "", r["phone"] or "")
    console.print(table)


@team_app.command("remove")
@handle_errors
def team_remove(member_id: int, as_user: str = AS_OPTION) -> None:
    """Deactivate a TKK member."""
    from sigap.cases.teams import deactivate_member
    from sigap.scope import actor_by_username

    with session() as s:
        deactivate_member(s, actor=actor_by_username(s, as_user), member_id=member_id)
    console.print(f"Anggota TKK #{member_id} dinonaktifkan.")


@drill_app.command("start")
@handle_errors
def drill_start(scenario: str, unit: str = typer.Option(...), speed: float = typer.Option(60.0, min=0.001),
                seed: int = typer.Option(1),
                detach: bool = typer.Option(False, help="Start only; release with `drill step`."),
                as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Replay a scenario through the real pipeline on an accelerated clock, with a drill case."""
    from sigap.cases import drills
    from sigap.cli.app import get_settings, open_engine
    from sigap.gazetteer import default_gazetteer
    from sigap.scope import actor_by_username
    from sigap.units import resolve

    with session() as s:
        actor = actor_by_username(s, as_user)
        unit_row = resolve(s, text=unit, gazetteer=default_gazetteer())
        drill = drills.start(s, scenario=scenario, unit_id=unit_row.id, actor=actor, now=now_utc(), speed=speed,
                             seed=seed)
        drill_id, case_id = drill.id, drill.case_id
    if not json_out:
        console.print(f"Latihan #{drill_id} dimulai; kasus latihan #{case_id}.", highlight=False)
    result = {"drill_id": drill_id, "case_id": case_id, "released": 0}
    if not detach:
        settings = get_settings()
        result = _replay(drill_id, open_engine(settings), settings, json_out) | {"case_id": case_id}
    if json_out:
        emit_json(result)


def _replay(drill_id: int, engine: Engine, settings: Settings, quiet: bool) -> dict[str, Any]:
    from sigap.cases import drills
    from sigap.db import session_scope
    from sigap.pipeline import Pipeline

    pipeline = Pipeline(engine, settings)
    while True:
        report = drills.step(engine, drill_id, now_utc(), after_ingest=lambda now: pipeline.after_ingest(now))
        if not quiet:
            console.print(f"  {report['released']}/{report['total']} item dirilis", highlight=False)
        with session_scope(engine) as s:
            upcoming = drills.next_release(s, drills.get(s, drill_id))
        if upcoming is None:
            return report
        time.sleep(min(max(0.0, (upcoming - now_utc()).total_seconds()), 30.0))


@drill_app.command("step")
@handle_errors
def drill_step(drill_id: int, json_out: bool = JSON_OPTION) -> None:
    """Release the drill items due now and run the pipeline on them."""
    from sigap.cases import drills
    from sigap.cli.app import get_settings, open_engine
    from sigap.pipeline import Pipeline

    engine = open_engine(get_settings())
    pipeline = Pipeline(engine, get_settings())
    report = drills.step(engine, drill_id, now_utc(), after_ingest=lambda now: pipeline.after_ingest(now))
    _out(report, json_out, f"{report['released']}/{report['total']} item dirilis.")


@drill_app.command("score")
@handle_errors
def drill_score(drill_id: int, json_out: bool = JSON_OPTION) -> None:
    """Score a drill (and end it): time to respond, tasks done, statement quality checks."""
    from sigap.cases import drills

    with session() as s:
        data = drills.score(s, drills.get(s, drill_id), now_utc())
    _out(data, json_out, f"Skor latihan #{drill_id}: {data['score']}/100 — respons {data['drill_minutes_to_respond']} "
                         f"menit (jam latihan), tugas {data['tasks_done']}/{data['tasks_total']}, "
                         f"mutu {data['quality_passed']}/{data['quality_possible']}.")


@drill_app.command("list")
@handle_errors
def drill_list(json_out: bool = JSON_OPTION) -> None:
    """Drills, newest first."""
    from sigap.cases import drills

    with session() as s:
        rows = [drills.drill_to_dict(d) for d in drills.list_drills(s)]
    if json_out:
        emit_json(rows)
        return
    for r in rows:
        console.print(f"#{r['id']} {r['scenario']} kasus #{r['case_id']} {r['status']} "
                      f"{r['released']}/{r['total']} skor {r['score'].get('score', '-')}", highlight=False)
