"""Crisis cases: the case, its units, timeline, TKK teams, tasks, statements, links, lessons, drills.

Tables only; behaviour lives in `sigap.cases`. Codes (stages, levels, classes, clusters) are taxonomy codes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sigap.models.base import Base, utcnow


class CrisisCase(Base):
    """The managed response to one issue, from pra_krisis to selesai (DESIGN §3)."""

    __tablename__ = "crisis_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str] = mapped_column(String(20), index=True)  # taxonomy.Stage
    level: Mapped[int] = mapped_column(Integer)  # taxonomy.Level
    crisis_class: Mapped[str] = mapped_column(String(40))  # taxonomy.CrisisClass
    cluster: Mapped[str] = mapped_column(String(20))  # taxonomy.Cluster
    lead_tier: Mapped[str] = mapped_column(String(10))  # taxonomy.Tier: follows the level
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)  # the main unit
    kanwil_id: Mapped[int | None] = mapped_column(ForeignKey("kanwil.id"), index=True)
    alert_id: Mapped[int | None] = mapped_column(Integer, index=True)  # detect's alert, when opened from one
    issues: Mapped[list[Any]] = mapped_column(default=list)
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict)  # filled into statement templates
    is_drill: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    opened_by: Mapped[str] = mapped_column(String(80), default="system")
    first_mention_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    stage_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    recovered_at: Mapped[datetime | None]  # tone back to the unit's baseline (pasca_krisis)
    closed_at: Mapped[datetime | None]

    units: Mapped[list[CaseUnit]] = relationship(cascade="all, delete-orphan", lazy="selectin")


class CaseUnit(Base):
    __tablename__ = "case_unit"

    case_id: Mapped[int] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True, index=True)


class CaseEvent(Base):
    """One line of a case's timeline: every change, with who and when."""

    __tablename__ = "case_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(80), default="system")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    kind: Mapped[str] = mapped_column(String(30))  # opened, stage, level, owner, team, text, task, statement…
    message: Mapped[str] = mapped_column(Text, default="")  # Indonesian, for people
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class TeamMember(Base):
    """A member of a crisis communication team (TKK) of a unit, a kanwil or Ditjen."""

    __tablename__ = "tkk_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    tier: Mapped[str] = mapped_column(String(10), index=True)  # taxonomy.Tier
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    kanwil_id: Mapped[int | None] = mapped_column(ForeignKey("kanwil.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # ketua, juru_bicara, humas, analis
    name: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CaseMember(Base):
    """Who works on a case and in which role; exactly one spokesperson per case."""

    __tablename__ = "case_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("tkk_member.id"))
    role: Mapped[str] = mapped_column(String(20))
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)

    member: Mapped[TeamMember] = relationship(lazy="joined")

    __table_args__ = (
        UniqueConstraint("case_id", "member_id", "role", name="uq_case_member_case_member_role"),
        Index("uq_case_member_one_spokesperson", "case_id", unique=True,
              sqlite_where=text("role = 'juru_bicara'"), postgresql_where=text("role = 'juru_bicara'")),
    )


class CaseTask(Base):
    __tablename__ = "case_task"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    owner_tier: Mapped[str] = mapped_column(String(10))  # who must do it now (rises on escalation)
    owner_member_id: Mapped[int | None] = mapped_column(ForeignKey("tkk_member.id"))
    due_at: Mapped[datetime | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)  # open, done, cancelled
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None]
    done_by: Mapped[str | None] = mapped_column(String(80))
    escalations: Mapped[int] = mapped_column(Integer, default=0)
    escalated_at: Mapped[datetime | None]


class Statement(Base):
    """A holding statement, clarification, press release or social post of a case."""

    __tablename__ = "case_statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # holding, klarifikasi, siaran_pers, media_sosial
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80), default="system")
    reviewed_at: Mapped[datetime | None]
    reviewed_by: Mapped[str | None] = mapped_column(String(80))
    approved_at: Mapped[datetime | None]
    approved_by: Mapped[str | None] = mapped_column(String(80))
    published_at: Mapped[datetime | None]
    url: Mapped[str | None] = mapped_column(Text)
    reach: Mapped[int | None] = mapped_column(Integer)
    disclosure_flags: Mapped[list[Any]] = mapped_column(default=list)
    override_reason: Mapped[str | None] = mapped_column(Text)


class CaseLink(Base):
    """Clarification loop: a negative item or event of the case and the statement that answers it."""

    __tablename__ = "case_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), index=True)
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("case_statement.id", ondelete="SET NULL"))
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)
    answered_at: Mapped[datetime | None]

    __table_args__ = (
        UniqueConstraint("case_id", "item_id", name="uq_case_link_case_item"),
        UniqueConstraint("case_id", "event_id", name="uq_case_link_case_event"),
    )


class Lesson(Base):
    """A lesson learned, written by the team; searchable by every unit."""

    __tablename__ = "case_lesson"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="pelajaran")  # berhasil, kurang, pelajaran
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(80), default="system")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CaseNotice(Base):
    """A notice to a team (escalation of an overdue task); handed to sigap.notify when present."""

    __tablename__ = "case_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("crisis_case.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("case_task.id", ondelete="CASCADE"))
    tier: Mapped[str] = mapped_column(String(10))
    recipients: Mapped[list[Any]] = mapped_column(default=list)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_via: Mapped[str | None] = mapped_column(String(40))  # "notify" when queued there


class Drill(Base):
    """A crisis drill: a scenario replayed on an accelerated clock for one unit's TKK."""

    __tablename__ = "drill"

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario: Mapped[str] = mapped_column(String(40))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    speed: Mapped[float] = mapped_column(default=60.0)
    seed: Mapped[int] = mapped_column(Integer, default=1)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)  # wall clock
    scenario_start: Mapped[datetime] = mapped_column(default=utcnow)  # drill clock at started_at
    released: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer, default=0)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("crisis_case.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(12), default="berjalan")  # berjalan, selesai
    ended_at: Mapped[datetime | None]
    score: Mapped[dict[str, Any]] = mapped_column(default=dict)
    started_by: Mapped[str] = mapped_column(String(80), default="system")
