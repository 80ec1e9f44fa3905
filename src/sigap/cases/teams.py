"""Crisis communication teams (TKK) of units, kanwil and Ditjen, and who works on each case.

"One door": a team has one official spokesperson, and a case has exactly one spokesperson — the
spokesperson of the team that leads it (the lead follows the level).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.cases.timeline import record
from sigap.errors import Conflict, InvalidInput, NotFound
from sigap.models import AuditLog
from sigap.models.cases import CaseMember, CrisisCase, TeamMember
from sigap.scope import Actor, require_unit_access
from sigap.taxonomy import Tier, parse_code


class TeamRole(StrEnum):
    KETUA = "ketua"
    JURU_BICARA = "juru_bicara"
    HUMAS = "humas"
    ANALIS = "analis"


ROLE_LABELS: dict[TeamRole, tuple[str, str]] = {
    TeamRole.KETUA: ("Ketua TKK", "Team head"),
    TeamRole.JURU_BICARA: ("Juru bicara", "Spokesperson"),
    TeamRole.HUMAS: ("Petugas humas", "PR officer"),
    TeamRole.ANALIS: ("Analis", "Analyst"),
}


def _parse_role(role: str) -> TeamRole:
    return parse_code(TeamRole, role, "team role", "Peran")


def _team_filter(tier: Tier, unit_id: int | None, kanwil_id: int | None) -> list[Any]:
    clauses: list[Any] = [TeamMember.tier == tier, TeamMember.active.is_(True)]
    if tier == Tier.UPT:
        clauses.append(TeamMember.unit_id == unit_id)
    elif tier == Tier.KANWIL:
        clauses.append(TeamMember.kanwil_id == kanwil_id)
    return clauses


def list_team(session: Session, *, tier: Tier, unit_id: int | None = None,
              kanwil_id: int | None = None) -> list[TeamMember]:
    query = select(TeamMember).where(*_team_filter(tier, unit_id, kanwil_id)).order_by(TeamMember.role,
                                                                                        TeamMember.id)
    return list(session.scalars(query))


def _check_owner(tier: Tier, unit_id: int | None, kanwil_id: int | None) -> None:
    if tier == Tier.UPT and unit_id is None:
        raise InvalidInput("a unit team needs --unit", message_id="Tim UPT memerlukan --unit")
    if tier == Tier.KANWIL and kanwil_id is None:
        raise InvalidInput("a kanwil team needs --kanwil", message_id="Tim Kanwil memerlukan --kanwil")


def add_member(session: Session, *, actor: Actor, tier: Tier, role: str, name: str,
               unit_id: int | None = None, kanwil_id: int | None = None, user_id: int | None = None,
               email: str | None = None, phone: str | None = None) -> TeamMember:
    """Add a TKK member; a team keeps one active spokesperson."""
    team_role = _parse_role(role)
    _check_owner(tier, unit_id, kanwil_id)
    if not name.strip():
        raise InvalidInput("a member needs a name", message_id="Anggota tim memerlukan nama")
    require_unit_access(session, actor, unit_ids=[unit_id] if unit_id else [], kanwil_id=kanwil_id)
    if team_role == TeamRole.JURU_BICARA and any(
            m.role == TeamRole.JURU_BICARA for m in list_team(session, tier=tier, unit_id=unit_id,
                                                              kanwil_id=kanwil_id)):
        raise Conflict("this team already has a spokesperson; remove them first",
                       message_id="Tim ini sudah memiliki juru bicara; nonaktifkan yang lama lebih dulu")
    member = TeamMember(tier=tier, unit_id=unit_id if tier == Tier.UPT else None,
                        kanwil_id=kanwil_id if tier == Tier.KANWIL else None, role=team_role,
                        name=name.strip(), user_id=user_id, email=email, phone=phone)
    session.add(member)
    session.flush()
    session.add(AuditLog(user_id=actor.user_id, actor=actor.username, action="tkk.add", entity="tkk_member",
                         entity_id=str(member.id), detail=member_to_dict(member)))
    return member


def deactivate_member(session: Session, *, actor: Actor, member_id: int) -> TeamMember:
    member = session.get(TeamMember, member_id)
    if member is None:
        raise NotFound(f"no team member {member_id}", message_id=f"Anggota tim {member_id} tidak ada")
    require_unit_access(session, actor, unit_ids=[member.unit_id] if member.unit_id else [],
                        kanwil_id=member.kanwil_id)
    member.active = False
    session.add(AuditLog(user_id=actor.user_id, actor=actor.username, action="tkk.remove", entity="tkk_member",
                         entity_id=str(member.id), detail={"name": member.name, "role": member.role}))
    return member


def case_members(session: Session, case_id: int) -> list[CaseMember]:
    query = select(CaseMember).where(CaseMember.case_id == case_id).order_by(CaseMember.id)
    return list(session.scalars(query))


def spokesperson(session: Session, case_id: int) -> TeamMember | None:
    for row in case_members(session, case_id):
        if row.role == TeamRole.JURU_BICARA:
            return row.member
    return None


def assign(session: Session, case: CrisisCase, *, member_id: int, role: str, actor: Actor,
           now: datetime) -> CaseMember:
    """Put a TKK member on the case; a second spokesperson is refused (use replace_spokesperson)."""
    team_role = _parse_role(role)
    member = session.get(TeamMember, member_id)
    if member is None or not member.active:
        raise NotFound(f"no active team member {member_id}", message_id=f"Anggota tim {member_id} tidak ada")
    current = case_members(session, case.id)
    if team_role == TeamRole.JURU_BICARA and any(r.role == TeamRole.JURU_BICARA for r in current):
        raise Conflict(f"case {case.id} already has a spokesperson (one door); replace them instead",
                       message_id=f"Kasus {case.id} sudah memiliki juru bicara (satu pintu)")
    if any(r.member_id == member_id and r.role == team_role for r in current):
        raise Conflict("this member already has that role on the case",
                       message_id="Anggota ini sudah memegang peran tersebut")
    row = CaseMember(case_id=case.id, member_id=member_id, role=team_role, assigned_at=now)
    session.add(row)
    record(session, case, actor=actor, kind="team", at=now,
           message=f"{ROLE_LABELS[team_role][0]}: {member.name}",
           detail={"member_id": member_id, "role": team_role, "name": member.name})
    return row


def replace_spokesperson(session: Session, case: CrisisCase, *, member_id: int, actor: Actor,
                         now: datetime) -> CaseMember:
    """Hand the single spokesperson role to another member (as one change)."""
    for row in case_members(session, case.id):
        if row.role == TeamRole.JURU_BICARA:
            if row.member_id == member_id:
                return row
            session.delete(row)
            session.flush()
    return assign(session, case, member_id=member_id, role=TeamRole.JURU_BICARA, actor=actor, now=now)


def lead_team(session: Session, case: CrisisCase) -> list[TeamMember]:
    tier = Tier(case.lead_tier)
    return list_team(session, tier=tier, unit_id=case.unit_id, kanwil_id=case.kanwil_id)


def staff_case(session: Session, case: CrisisCase, *, actor: Actor, now: datetime) -> None:
    """Assign the lead tier's TKK to the case; its spokesperson becomes the case's one spokesperson."""
    on_case = {(r.member_id, r.role) for r in case_members(session, case.id)}
    for member in lead_team(session, case):
        if member.role == TeamRole.JURU_BICARA:
            replace_spokesperson(session, case, member_id=member.id, actor=actor, now=now)
        elif (member.id, member.role) not in on_case:
            assign(session, case, member_id=member.id, role=member.role, actor=actor, now=now)
    if spokesperson(session, case.id) is None:
        fallback = _nearest_spokesperson(session, case)
        if fallback is not None:
            assign(session, case, member_id=fallback.id, role=TeamRole.JURU_BICARA, actor=actor, now=now)


def _nearest_spokesperson(session: Session, case: CrisisCase) -> TeamMember | None:
    """When the lead tier has no spokesperson yet, the unit's (then the kanwil's) speaks for the case."""
    for tier in (Tier.UPT, Tier.KANWIL, Tier.DITJEN):
        for member in list_team(session, tier=tier, unit_id=case.unit_id, kanwil_id=case.kanwil_id):
            if member.role == TeamRole.JURU_BICARA:
                return member
    return None


def member_to_dict(member: TeamMember) -> dict[str, Any]:
    return {"id": member.id, "tier": member.tier, "unit_id": member.unit_id, "kanwil_id": member.kanwil_id,
            "role": member.role, "name": member.name, "user_id": member.user_id, "email": member.email,
            "phone": member.phone, "active": member.active}
