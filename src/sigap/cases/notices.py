"""Notices to a TKK (escalated tasks): recorded on the case and queued in the notification outbox.

The outbox (`delivery` table, flushed by `sigap.notify`) sends them; this module never sends anything.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.cases.teams import list_team
from sigap.models import User
from sigap.models.cases import CaseNotice, CaseTask, CrisisCase, TeamMember
from sigap.taxonomy import Tier, label


def _addresses(session: Session, member: TeamMember) -> list[tuple[str, str, int | None]]:
    """(channel, address, user id) for one member: email, and Telegram when their account has it."""
    found: list[tuple[str, str, int | None]] = []
    user = session.get(User, member.user_id) if member.user_id else None
    email = member.email or (user.email if user else None)
    if email:
        found.append(("email", email, member.user_id))
    if user is not None and user.telegram_chat_id:
        found.append(("telegram", user.telegram_chat_id, user.id))
    return found


def _text(case: CrisisCase, task: CaseTask | None, tier: Tier) -> tuple[str, str]:
    drill = "[LATIHAN] " if case.is_drill else ""
    subject = f"{drill}Eskalasi kasus #{case.id}: {task.title if task else case.title}"
    lines = [f"Kasus #{case.id}: {case.title}",
             f"Tingkat: {label(case.level)} · Tahap: {label(case.stage)}",
             f"Tugas yang terlambat dialihkan ke tim {tier.upper()}: {task.title if task else '-'}",
             "Mohon segera ditindaklanjuti melalui Sigap."]
    return subject, drill + "\n".join(lines)


def _queue(session: Session, notice: CaseNotice, targets: list[tuple[str, str, int | None]],
           level: int) -> bool:
    """Put one delivery per address in the outbox, when the outbox table exists."""
    try:
        from sigap.models.alerts import Delivery
    except ImportError:  # notification stage not installed: the notice stays on the case
        return False
    for channel, address, user_id in targets:
        key = f"case-notice:{notice.id}:{channel}:{address}"
        if session.scalar(select(Delivery.id).where(Delivery.dedup_key == key)) is None:
            session.add(Delivery(dedup_key=key, channel=channel, recipient=address, user_id=user_id,
                                 level=level, subject=notice.subject, body_text=notice.body,
                                 payload={"case_id": notice.case_id, "task_id": notice.task_id,
                                          "kind": "case_escalation"}))
    return bool(targets)


def notify_team(session: Session, case: CrisisCase, *, tier: Tier, task: CaseTask | None,
                now: datetime) -> CaseNotice:
    """Record a notice to `tier`'s TKK for this case and queue it for delivery."""
    members = list_team(session, tier=tier, unit_id=case.unit_id, kanwil_id=case.kanwil_id)
    targets = [a for m in members for a in _addresses(session, m)]
    subject, body = _text(case, task, tier)
    notice = CaseNotice(case_id=case.id, task_id=task.id if task else None, tier=tier, subject=subject,
                        body=body, created_at=now,
                        recipients=[{"member_id": m.id, "name": m.name, "role": m.role} for m in members])
    session.add(notice)
    session.flush()
    if _queue(session, notice, targets, case.level):
        notice.delivered_via = "outbox"
    return notice


def list_notices(session: Session, case_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(select(CaseNotice).where(CaseNotice.case_id == case_id).order_by(CaseNotice.id))
    return [{"id": n.id, "task_id": n.task_id, "tier": n.tier, "subject": n.subject,
             "recipients": n.recipients, "created_at": n.created_at, "delivered_via": n.delivered_via}
            for n in rows]
