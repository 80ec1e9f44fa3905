"""Statements of a case: holding statement, clarification, press release and social post from templates in
Bahasa Indonesia, filled with the case's facts; draft → review → approved (spokesperson or level lead,
after the disclosure check) → published with its URL.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined
from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.cases import disclosure
from sigap.cases.service import require_case_access
from sigap.cases.teams import case_members, spokesperson
from sigap.cases.timeline import record
from sigap.cases.workflow import STATEMENT_TRANSITIONS, StatementStatus, find
from sigap.errors import Conflict, Forbidden, InvalidInput, NotFound
from sigap.models import Kanwil, Unit
from sigap.models.cases import CrisisCase, Statement
from sigap.scope import Actor
from sigap.taxonomy import CrisisClass, Role, Tier, parse_code


class StatementKind(StrEnum):
    HOLDING = "holding"
    KLARIFIKASI = "klarifikasi"
    SIARAN_PERS = "siaran_pers"
    MEDIA_SOSIAL = "media_sosial"


KIND_LABELS = {StatementKind.HOLDING: "Holding statement", StatementKind.KLARIFIKASI: "Klarifikasi",
               StatementKind.SIARAN_PERS: "Siaran pers", StatementKind.MEDIA_SOSIAL: "Unggahan media sosial"}
KIND_TASK = {StatementKind.HOLDING: "holding_statement", StatementKind.KLARIFIKASI: "klarifikasi",
             StatementKind.SIARAN_PERS: "siaran_pers", StatementKind.MEDIA_SOSIAL: "unggahan_medsos"}
CLASS_LINES: dict[str, tuple[str, str]] = {  # (sentence for statements, short line for social posts)
    CrisisClass.KEAMANAN_KETERTIBAN: ("Situasi keamanan dan ketertiban di dalam lapas/rutan tetap terkendali, "
                                      "dan pengamanan diperketat bersama aparat terkait.",
                                      "Situasi terkendali."),
    CrisisClass.KESEHATAN: ("Kami menyampaikan duka dan empati kepada keluarga, dan layanan kesehatan bagi "
                            "warga binaan terus diberikan sesuai standar.", "Layanan kesehatan tetap berjalan."),
    CrisisClass.OPINI_PUBLIK: ("Informasi yang beredar sedang kami telusuri kebenarannya, dan kami mengajak "
                               "masyarakat untuk tidak menyebarkan informasi yang belum terverifikasi.",
                               "Mohon tidak menyebarkan informasi yang belum terverifikasi."),
    CrisisClass.TATA_KELOLA_INTEGRITAS: ("Pemasyarakatan tidak menoleransi pungutan liar, suap, maupun "
                                         "pelanggaran oleh petugas; pemeriksaan internal sedang dilakukan.",
                                         "Kami tidak menoleransi pelanggaran."),
    CrisisClass.BENCANA: ("Keselamatan warga binaan dan petugas menjadi prioritas utama, dan evakuasi serta "
                          "penanganan darurat dilakukan bersama BPBD.", "Keselamatan menjadi prioritas."),
}
MIN_LENGTH = {StatementKind.MEDIA_SOSIAL: 80}
MAX_LENGTH = {StatementKind.MEDIA_SOSIAL: 600}
PLACEHOLDER = "[isi: "


@cache
def _env() -> Environment:
    env = Environment(loader=PackageLoader("sigap.cases", "templates/statements"), autoescape=False,
                      undefined=StrictUndefined, trim_blocks=True, keep_trailing_newline=False)
    env.globals["placeholder"] = lambda what: f"{PLACEHOLDER}{what}]"
    return env


def _parse_kind(kind: str) -> StatementKind:
    return parse_code(StatementKind, kind, "statement kind", "Jenis pernyataan")


def _issuer(session: Session, case: CrisisCase) -> tuple[str, str, str]:
    """(who speaks, where from, who coordinates) for the lead tier."""
    unit = session.get(Unit, case.unit_id) if case.unit_id else None
    kanwil = session.get(Kanwil, case.kanwil_id) if case.kanwil_id else None
    city = (unit.city if unit else "") or (kanwil.province if kanwil else "") or "Jakarta"
    kanwil_name = kanwil.name if kanwil else "Kanwil Ditjenpas"
    if case.lead_tier == Tier.DITJEN or (unit is None and kanwil is None):
        return "Direktorat Jenderal Pemasyarakatan", "Jakarta", "Direktorat Jenderal Pemasyarakatan"
    if case.lead_tier == Tier.KANWIL or unit is None:
        return kanwil_name, kanwil.province if kanwil else city, "Direktorat Jenderal Pemasyarakatan"
    return unit.name, city, kanwil_name


def template_context(session: Session, case: CrisisCase, now: datetime) -> dict[str, Any]:
    facts = {k: case.facts.get(k, "") for k in ("waktu", "kejadian", "tindakan", "jumlah", "pihak_terkait")}
    unit = session.get(Unit, case.unit_id) if case.unit_id else None
    issuer, where, coordinator = _issuer(session, case)
    speaker = spokesperson(session, case.id)
    kejadian = facts["kejadian"] or f"{PLACEHOLDER}uraian kejadian]"
    lokasi = case.facts.get("lokasi") or (unit.name if unit else issuer)
    line, short = CLASS_LINES.get(case.crisis_class, CLASS_LINES[CrisisClass.OPINI_PUBLIK])
    fact_line = (f"Pada {facts['waktu'] or PLACEHOLDER + 'waktu kejadian]'} telah terjadi {kejadian} di {lokasi}"
                 + (f" ({facts['jumlah']})" if facts["jumlah"] else "") + ".")
    return {**facts, "kejadian": kejadian, "lokasi": lokasi, "issuer": issuer, "where": where,
            "coordinator": coordinator, "level": case.level, "cluster": case.cluster,
            "date": now.astimezone(ZoneInfo("Asia/Jakarta")).strftime("%d-%m-%Y"),
            "spokesperson": speaker.name if speaker else f"{PLACEHOLDER}nama juru bicara]",
            "contact": (speaker.phone or speaker.email or "") if speaker else "",
            "class_line": line, "class_short": short, "fact_line": fact_line,
            "short_fact": fact_line if len(fact_line) < 240 else fact_line[:237] + "...",
            "headline": case.title}


def render(session: Session, case: CrisisCase, kind: str, now: datetime) -> str:
    template = _env().get_template(f"{_parse_kind(kind).value}.txt.j2")
    return template.render(**template_context(session, case, now)).strip() + "\n"


def _allowed_contacts(session: Session, case: CrisisCase) -> list[str]:
    return [v for row in case_members(session, case.id) for v in (row.member.phone, row.member.email) if v]


def run_disclosure(session: Session, case: CrisisCase, text: str) -> list[dict[str, Any]]:
    names = case.facts.get("nama_dilindungi", "")
    flags = disclosure.check(text, protected_names=[n for n in str(names).split(";") if n],
                             allowed=_allowed_contacts(session, case))
    return [f.as_dict() for f in flags]


def get_statement(session: Session, case: CrisisCase, statement_id: int) -> Statement:
    statement = session.get(Statement, statement_id)
    if statement is None or statement.case_id != case.id:
        raise NotFound(f"case {case.id} has no statement {statement_id}",
                       message_id=f"Kasus {case.id} tidak memiliki pernyataan {statement_id}")
    return statement


def list_statements(session: Session, case_id: int) -> list[Statement]:
    return list(session.scalars(select(Statement).where(Statement.case_id == case_id).order_by(Statement.id)))


def draft(session: Session, case: CrisisCase, *, kind: str, actor: Actor, now: datetime,
          body: str | None = None, title: str | None = None) -> Statement:
    """A new draft: `body` as given, or the template for the kind filled with the case's facts."""
    require_case_access(session, actor, case)
    statement_kind = _parse_kind(kind)
    text = body if body is not None and body.strip() else render(session, case, statement_kind, now)
    statement = Statement(case_id=case.id, kind=statement_kind, status=StatementStatus.DRAFT,
                          title=title or f"{KIND_LABELS[statement_kind]}: {case.title}", body=text,
                          created_at=now, created_by=actor.username,
                          disclosure_flags=run_disclosure(session, case, text))
    session.add(statement)
    session.flush()
    record(session, case, actor=actor, kind="statement", at=now,
           message=f"Draf {KIND_LABELS[statement_kind]} dibuat",
           detail={"statement_id": statement.id, "kind": statement_kind, "flags": len(statement.disclosure_flags)})
    return statement


def edit(session: Session, case: CrisisCase, statement: Statement, *, body: str, actor: Actor,
         now: datetime) -> Statement:
    """New text; a reviewed or approved statement goes back to draft."""
    require_case_access(session, actor, case)
    if statement.status == StatementStatus.PUBLISHED:
        raise Conflict("a published statement cannot change; draft a new one",
                       message_id="Pernyataan yang sudah terbit tidak dapat diubah; buat draf baru")
    if statement.status != StatementStatus.DRAFT:
        find(STATEMENT_TRANSITIONS, statement.status, StatementStatus.DRAFT)
    statement.status, statement.body = StatementStatus.DRAFT, body
    statement.approved_at = statement.approved_by = statement.override_reason = None
    statement.disclosure_flags = run_disclosure(session, case, body)
    record(session, case, actor=actor, kind="statement", at=now, message=f"Teks pernyataan #{statement.id} diubah",
           detail={"statement_id": statement.id, "flags": len(statement.disclosure_flags)})
    return statement


def submit_for_review(session: Session, case: CrisisCase, statement: Statement, *, actor: Actor,
                      now: datetime) -> Statement:
    require_case_access(session, actor, case)
    find(STATEMENT_TRANSITIONS, statement.status, StatementStatus.REVIEW)
    statement.status, statement.reviewed_at, statement.reviewed_by = StatementStatus.REVIEW, now, actor.username
    record(session, case, actor=actor, kind="statement", at=now, message=f"Pernyataan #{statement.id} ditinjau",
           detail={"statement_id": statement.id, "to": StatementStatus.REVIEW})
    return statement


def may_approve(session: Session, case: CrisisCase, actor: Actor) -> bool:
    """The case's spokesperson, a user of the lead tier within scope, or an admin."""
    if actor.role == Role.ADMIN:
        return True
    speaker = spokesperson(session, case.id)
    if speaker is not None and actor.user_id is not None and speaker.user_id == actor.user_id:
        return True
    return actor.tier == case.lead_tier


def approve(session: Session, case: CrisisCase, statement: Statement, *, actor: Actor, now: datetime,
            override_reason: str | None = None) -> Statement:
    """Approve after the disclosure check; standing flags need an explicit override with a reason."""
    require_case_access(session, actor, case)
    if not may_approve(session, case, actor):
        raise Forbidden("only the case's spokesperson or the level's lead may approve",
                        message_id="Hanya juru bicara kasus atau pimpinan tingkat ini yang dapat menyetujui")
    find(STATEMENT_TRANSITIONS, statement.status, StatementStatus.APPROVED)
    flags = run_disclosure(session, case, statement.body)
    if flags and not (override_reason or "").strip():
        kinds = ", ".join(sorted({f["kind"] for f in flags}))
        raise Conflict(f"the disclosure check flags personal data ({kinds}); remove it or override with a reason",
                       message_id=f"Pemeriksaan data pribadi menemukan: {kinds}. Hapus atau beri alasan pengecualian")
    statement.disclosure_flags = flags
    statement.status, statement.approved_at, statement.approved_by = StatementStatus.APPROVED, now, actor.username
    statement.override_reason = override_reason.strip() if flags and override_reason else None
    record(session, case, actor=actor, kind="statement", at=now, message=f"Pernyataan #{statement.id} disetujui",
           detail={"statement_id": statement.id, "override": statement.override_reason, "flags": len(flags)})
    return statement


def publish(session: Session, case: CrisisCase, statement: Statement, *, url: str, actor: Actor,
            now: datetime, reach: int | None = None) -> Statement:
    """Mark published at `url`; completes its task and answers the open links of the clarification loop."""
    from sigap.cases.clarification import answer_open_links
    from sigap.cases.tasks import complete_by_code

    require_case_access(session, actor, case)
    if not url.startswith(("http://", "https://")):
        raise InvalidInput("the published URL must start with http:// or https://",
                           message_id="URL terbit harus diawali http:// atau https://")
    find(STATEMENT_TRANSITIONS, statement.status, StatementStatus.PUBLISHED)
    statement.status, statement.published_at, statement.url = StatementStatus.PUBLISHED, now, url
    statement.reach = reach
    record(session, case, actor=actor, kind="statement", at=now, message=f"Pernyataan #{statement.id} terbit: {url}",
           detail={"statement_id": statement.id, "url": url, "kind": statement.kind})
    complete_by_code(session, case, KIND_TASK[StatementKind(statement.kind)], actor=actor, now=now)
    if statement.kind != StatementKind.HOLDING:
        answer_open_links(session, case, statement, actor=actor, now=now)
    return statement


def quality(session: Session, case: CrisisCase, statement: Statement) -> dict[str, bool]:
    """Checks a drill scores and a reviewer reads: filled, clean, the right length, the one door named."""
    speaker = spokesperson(session, case.id)
    kind = StatementKind(statement.kind)
    length = len(statement.body)
    return {"facts_filled": PLACEHOLDER not in statement.body,
            "disclosure_clean": not run_disclosure(session, case, statement.body),
            "length_ok": MIN_LENGTH.get(kind, 200) <= length <= MAX_LENGTH.get(kind, 6000),
            "spokesperson_named": speaker is not None and speaker.name in statement.body,
            "approved_properly": statement.approved_by is not None and not statement.override_reason}


def statement_to_dict(statement: Statement) -> dict[str, Any]:
    return {"id": statement.id, "kind": statement.kind, "status": statement.status, "title": statement.title,
            "body": statement.body, "created_at": statement.created_at, "created_by": statement.created_by,
            "reviewed_by": statement.reviewed_by, "approved_at": statement.approved_at,
            "approved_by": statement.approved_by, "published_at": statement.published_at, "url": statement.url,
            "reach": statement.reach, "disclosure_flags": statement.disclosure_flags,
            "override_reason": statement.override_reason}
