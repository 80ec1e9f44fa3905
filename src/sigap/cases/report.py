"""The post-crisis evaluation report: HTML (Jinja2, Bahasa Indonesia) and PDF (weasyprint)."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, select_autoescape
from sqlalchemy.orm import Session

from sigap.cases.evaluation import evaluate
from sigap.errors import InvalidInput
from sigap.gazetteer import default_gazetteer
from sigap.models import Unit
from sigap.models.cases import CrisisCase
from sigap.taxonomy import label

LESSON_LABELS = {"berhasil": "Berhasil", "kurang": "Kurang", "pelajaran": "Pelajaran"}


@cache
def _env() -> Environment:
    return Environment(loader=PackageLoader("sigap.cases", "templates/report"),
                       autoescape=select_autoescape(["html", "j2"]))


def _zone(session: Session, case: CrisisCase) -> tuple[str, ZoneInfo]:
    unit = session.get(Unit, case.unit_id) if case.unit_id else None
    province = default_gazetteer().province_of(unit.province) if unit else None
    if province is None:
        return "WIB", ZoneInfo("Asia/Jakarta")
    return province.zone, ZoneInfo(province.tz)


def _helpers(zone: str, tz: ZoneInfo, start: datetime | None) -> dict[str, Any]:
    def when(at: datetime | None) -> str:
        return at.astimezone(tz).strftime("%d-%m-%Y %H:%M ") + zone if at else "—"

    def since(at: datetime | None) -> str:
        if at is None or start is None:
            return "—"
        minutes = int((at - start).total_seconds() // 60)
        sign, minutes = ("-" if minutes < 0 else "+"), abs(minutes)
        return f"{sign}{minutes // 1440} h {minutes % 1440 // 60} j {minutes % 60} m"

    def minutes(value: float | None) -> str:
        return "—" if value is None else f"{value:.0f} menit"

    def verdict(value: bool | None) -> str:
        return "tidak berlaku" if value is None else ("terpenuhi" if value else "tidak terpenuhi")

    return {"when": when, "since": since, "minutes": minutes, "verdict": verdict, "label": label,
            "lesson_label": lambda kind: LESSON_LABELS.get(kind, kind), "zone": zone}


def render_html(session: Session, case: CrisisCase, now: datetime) -> str:
    data = evaluate(session, case, now)
    zone, tz = _zone(session, case)
    start = data["clarification"]["first_mention_at"]
    return _env().get_template("evaluation.html.j2").render(e=data, **_helpers(zone, tz, start))


def render_pdf(html: str) -> bytes:
    from weasyprint import HTML

    pdf: bytes = HTML(string=html).write_pdf()
    return pdf


def write_report(session: Session, case: CrisisCase, *, fmt: str, out: Path, now: datetime) -> Path:
    """Write the evaluation report of `case` to `out` as html or pdf."""
    if fmt not in ("html", "pdf"):
        raise InvalidInput(f"unknown report format {fmt!r} (use html or pdf)",
                           message_id=f"Format laporan {fmt!r} tidak dikenal (gunakan html atau pdf)")
    html = render_html(session, case, now)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        out.write_text(html, encoding="utf-8")
    else:
        out.write_bytes(render_pdf(html))
    return out
