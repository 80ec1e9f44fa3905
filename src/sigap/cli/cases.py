"""`sigap case …`: open, list, show, advance and run crisis cases (tasks, statements, links, report).

Every command acts as `--as USERNAME` (scoped by role and unit) or, without it, as the system admin.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from sigap.cli.app import JSON_OPTION, app, console, emit_json, handle_errors, parse_time, session
from sigap.errors import InvalidInput

case_app = typer.Typer(help="Kasus krisis: dari pra-krisis sampai evaluasi.", no_args_is_help=True)
task_app = typer.Typer(help="Tugas kasus.", no_args_is_help=True)
statement_app = typer.Typer(help="Pernyataan: draf, tinjau, setujui, terbitkan.", no_args_is_help=True)
app.add_typer(case_app, name="case")
case_app.add_typer(task_app, name="task")
case_app.add_typer(statement_app, name="statement")

AS_OPTION = typer.Option(None, "--as", help="Act as this user (role and unit scope); default: system admin.")
FACT_OPTION = typer.Option(None, "--fact", help="Case fact KEY=VALUE (waktu, lokasi, kejadian, tindakan, …).")


def now_utc() -> datetime:
    return datetime.now(UTC)


def parse_facts(pairs: list[str] | None) -> dict[str, str]:
    facts = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep:
            raise InvalidInput(f"--fact {pair!r} is not KEY=VALUE", message_id=f"--fact {pair!r} bukan KUNCI=NILAI")
        facts[key.strip()] = value.strip()
    return facts


def _out(data: Any, json_out: bool, text: str) -> None:
    if json_out:
        emit_json(data)
    else:
        console.print(text, highlight=False)


def _load(s: Any, case_id: int, as_user: str | None) -> tuple[Any, Any]:
    from sigap.cases.service import get
    from sigap.scope import actor_by_username

    actor = actor_by_username(s, as_user)
    return get(s, case_id=case_id, actor=actor), actor


@case_app.command("open")
@handle_errors
def case_open(from_alert: int = typer.Option(None, "--from-alert", help="Open from this alert id."),
              unit: list[str] = typer.Option(None, "--unit", help="Unit name or alias (repeatable)."),
              kanwil: str = typer.Option(None, help="Kanwil (for a kanwil-wide case)."),
              title: str = typer.Option(None), crisis_class: str = typer.Option(None, "--class"),
              level: int = typer.Option(1, min=1, max=3), cluster: str = typer.Option(None),
              issue: list[str] = typer.Option(None, "--issue"), summary: str = typer.Option(""),
              fact: list[str] = FACT_OPTION, as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Open a case from an alert, or directly for a unit that reports an incident first."""
    from sigap.cases import service
    from sigap.cases.views import case_summary
    from sigap.gazetteer import default_gazetteer
    from sigap.scope import actor_by_username
    from sigap.taxonomy import default_crisis_class
    from sigap.units import get_kanwil_by_name, resolve

    with session() as s:
        actor = actor_by_username(s, as_user)
        if from_alert is not None:
            case = service.open_from_alert(s, alert_id=from_alert, actor=actor, now=now_utc())
        else:
            if not title or not (unit or kanwil):
                raise InvalidInput("give --from-alert ID, or --unit NAME and --title TEXT",
                                   message_id="Isi --from-alert ID, atau --unit NAMA dan --title TEKS")
            unit_ids = [resolve(s, text=u, gazetteer=default_gazetteer()).id for u in unit or []]
            kanwil_id = get_kanwil_by_name(s, name=kanwil).id if kanwil else None
            case = service.create(s, actor=actor, title=title, now=now_utc(), level=level, unit_ids=unit_ids,
                                  kanwil_id=kanwil_id, crisis_class=crisis_class or default_crisis_class(issue or []),
                                  cluster=cluster, issues=list(issue or []), summary=summary, facts=parse_facts(fact))
        data = case_summary(s, case)
    _out(data, json_out, f"Kasus #{data['id']} dibuka: {data['title']} (tingkat {data['level_label']}, "
                         f"dipimpin {data['lead'].upper()}).")


@case_app.command("list")
@handle_errors
def case_list(stage: str = typer.Option(None), drill: bool = typer.Option(False, "--drill", help="Drill cases only."),
              as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Cases you may see, newest first (drills only with --drill)."""
    from sigap.cases.service import list_cases
    from sigap.cases.views import case_summary
    from sigap.scope import actor_by_username

    with session() as s:
        actor = actor_by_username(s, as_user)
        rows = [case_summary(s, c) for c in list_cases(s, actor=actor, stage=stage, drill_only=drill)]
    if json_out:
        emit_json(rows)
        return
    table = Table("#", "Judul", "Tahap", "Tingkat", "Pimpinan", "UPT")
    for r in rows:
        table.add_row(str(r["id"]), r["title"][:60], r["stage_label"], r["level_label"], r["lead"],
                      ", ".join(r["units"])[:50])
    console.print(table)


@case_app.command("show")
@handle_errors
def case_show(case_id: int, as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """A case with its timeline, team, tasks, statements, links and playbook."""
    from sigap.cases.views import case_detail

    with session() as s:
        case, _ = _load(s, case_id, as_user)
        data = case_detail(s, case, now_utc())
    if json_out:
        emit_json(data)
        return
    console.print(f"[bold]#{data['id']} {data['title']}[/] — {data['stage_label']}, {data['level_label']}, "
                  f"pimpinan {data['lead'].upper()}", highlight=False)
    speaker = data["spokesperson"]
    console.print(f"Juru bicara: {speaker['name'] if speaker else '-'}", highlight=False)
    for task in data["tasks"]:
        console.print(f"  [{task['status']}] #{task['id']} {task['title']} (tenggat {task['due_at']:%Y-%m-%d %H:%M})",
                      highlight=False)
    for event in data["timeline"]:
        console.print(f"  {event['at']:%Y-%m-%d %H:%M} {event['actor']}: {event['message']}", highlight=False)


@case_app.command("advance")
@handle_errors
def case_advance(case_id: int, to: str = typer.Option(..., "--to", help="Target stage."),
                 note: str = typer.Option(None), as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Move a case to its next stage (pra_krisis → krisis → pasca_krisis → selesai, or dibatalkan)."""
    from sigap.cases.service import require_case_access
    from sigap.cases.views import case_summary
    from sigap.cases.workflow import transition

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        require_case_access(s, actor, case)
        transition(s, case, to, actor=actor, now=now_utc(), note=note)
        data = case_summary(s, case)
    _out(data, json_out, f"Kasus #{case_id} kini {data['stage_label']}.")


@case_app.command("update")
@handle_errors
def case_update(case_id: int, level: int = typer.Option(None, min=1, max=3), title: str = typer.Option(None),
                summary: str = typer.Option(None), crisis_class: str = typer.Option(None, "--class"),
                cluster: str = typer.Option(None), fact: list[str] = FACT_OPTION, as_user: str = AS_OPTION,
                json_out: bool = JSON_OPTION) -> None:
    """Change level (the lead follows), text, class, cluster or facts."""
    from sigap.cases.service import update
    from sigap.cases.views import case_summary

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        update(s, case, actor=actor, now=now_utc(), level=level, facts=parse_facts(fact), title=title,
               summary=summary, crisis_class=crisis_class, cluster=cluster)
        data = case_summary(s, case)
    _out(data, json_out, f"Kasus #{case_id} diperbarui.")


@task_app.command("done")
@handle_errors
def task_done(case_id: int, task_id: int, as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Mark a task done."""
    from sigap.cases.service import require_case_access
    from sigap.cases.tasks import complete, task_to_dict

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        require_case_access(s, actor, case)
        data = task_to_dict(complete(s, case, task_id, actor=actor, now=now_utc()))
    _out(data, json_out, f"Tugas #{task_id} selesai.")


@task_app.command("add")
@handle_errors
def task_add(case_id: int, title: str = typer.Option(...), due: str = typer.Option(None, help="ISO 8601 deadline."),
             as_user: str = AS_OPTION, json_out: bool = JSON_OPTION) -> None:
    """Add a task with an optional deadline (never in the past)."""
    from sigap.cases.service import require_case_access
    from sigap.cases.tasks import add_task, task_to_dict

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        require_case_access(s, actor, case)
        due_at = parse_time(due, "--due") if due else None
        task = add_task(s, case, title=title, due_at=due_at, actor=actor, now=now_utc())
        data = task_to_dict(task)
    _out(data, json_out, f"Tugas #{data['id']} ditambahkan.")


@task_app.command("deadline")
@handle_errors
def task_deadline(case_id: int, task_id: int, due: str = typer.Option(...), as_user: str = AS_OPTION,
                  json_out: bool = JSON_OPTION) -> None:
    """Change a task's deadline (never in the past)."""
    from sigap.cases.service import require_case_access
    from sigap.cases.tasks import set_deadline, task_to_dict

    with session() as s:
        case, actor = _load(s, case_id, as_user)
        require_case_access(s, actor, case)
        data = task_to_dict(set_deadline(s, case, task_id, due_at=parse_time(due, "--due"), actor=actor, now=now_utc()))
    _out(data, json_out, f"Tenggat tugas #{task_id} diubah.")


@case_app.command("escalate")
@handle_errors
def case_escalate(json_out: bool = JSON_OPTION) -> None:
    """Escalate every overdue task to the next tier now (the scheduler does this each pass)."""
    from sigap.cases.evaluation import track_recovery_all
    from sigap.cases.tasks import escalate_overdue

    with session() as s:
        done = escalate_overdue(s, now_utc())
        recovered = track_recovery_all(s, now_utc())
    _out({"escalations": done, "recovered": recovered}, json_out,
         f"{len(done)} tugas dieskalasi, {recovered} kasus pulih.")


@case_app.command("report")
@handle_errors
def case_report(case_id: int, fmt: str = typer.Option("pdf", "--format", help="pdf or html"),
                out: Path = typer.Option(..., "--out"), as_user: str = AS_OPTION) -> None:
    """Write the post-crisis evaluation report."""
    from sigap.cases.report import write_report

    with session() as s:
        case, _ = _load(s, case_id, as_user)
        write_report(s, case, fmt=fmt, out=out, now=now_utc())
    console.print(f"Laporan ditulis: {out}", highlight=False)


from sigap.cli import cases_more as _more  # noqa: E402, F401  (statements, links, lessons, teams, drills)
