"""Detection and notification tables: alerts and their links, routing rules, deliveries, engagement."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sigap.models.base import Base, utcnow


class AlertStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class Alert(Base):
    """A signal judged worth a person's attention: one per event or issue-unit episode."""

    __tablename__ = "alert"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(120), index=True)  # episode key, e.g. "event:e-12" or "unit:4:narkoba"
    run_id: Mapped[str] = mapped_column(String(40), default="", index=True)  # "" live, else a backtest run
    level: Mapped[int] = mapped_column(Integer, default=1)  # peak level, never lowered
    notified_level: Mapped[int] = mapped_column(Integer, default=0)  # level people must be told about
    queued_level: Mapped[int] = mapped_column(Integer, default=0)  # level whose deliveries are queued
    crisis_class: Mapped[str] = mapped_column(String(30))
    issue: Mapped[str] = mapped_column(String(30), default="lainnya")
    status: Mapped[str] = mapped_column(String(20), default=AlertStatus.OPEN, index=True)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_item_at: Mapped[datetime] = mapped_column(default=utcnow)
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the signals behind the level
    acked_at: Mapped[datetime | None]
    acked_by: Mapped[str | None] = mapped_column(String(80))
    snoozed_until: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(80))


class AlertUnit(Base):
    __tablename__ = "alert_unit"

    alert_id: Mapped[int] = mapped_column(ForeignKey("alert.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True, index=True)


class AlertKanwil(Base):
    __tablename__ = "alert_kanwil"

    alert_id: Mapped[int] = mapped_column(ForeignKey("alert.id", ondelete="CASCADE"), primary_key=True)
    kanwil_id: Mapped[int] = mapped_column(ForeignKey("kanwil.id"), primary_key=True, index=True)


class AlertEvent(Base):
    __tablename__ = "alert_event"

    alert_id: Mapped[int] = mapped_column(ForeignKey("alert.id", ondelete="CASCADE"), primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), primary_key=True, index=True)


class AlertItem(Base):
    __tablename__ = "alert_item"

    alert_id: Mapped[int] = mapped_column(ForeignKey("alert.id", ondelete="CASCADE"), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), primary_key=True, index=True)


class AlertLog(Base):
    """Every change of an alert: opened, escalated, updated, acknowledged, snoozed, resolved."""

    __tablename__ = "alert_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("alert.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(20))
    level: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(80), default="system")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class RoutingRule(Base):
    """Who receives an alert: a tier of users (upt/kanwil/ditjen) or a fixed channel address.

    A rule applies from `min_level` up. Rules with a `crisis_class` replace the generic rules
    (crisis_class NULL) of the same tier for alerts of that class.
    """

    __tablename__ = "routing_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    min_level: Mapped[int] = mapped_column(Integer)
    crisis_class: Mapped[str | None] = mapped_column(String(30))
    tier: Mapped[str | None] = mapped_column(String(20))  # upt | kanwil | ditjen
    channel: Mapped[str | None] = mapped_column(String(20))  # fixed destination: email|telegram|webhook
    address: Mapped[str | None] = mapped_column(Text)
    enabled: Mapped[bool] = mapped_column(default=True)
    description: Mapped[str] = mapped_column(Text, default="")


class Delivery(Base):
    """One notification to one recipient on one channel: the outbox, never deleted."""

    __tablename__ = "delivery"

    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("alert.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    dedup_key: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(Text)
    level: Mapped[int] = mapped_column(Integer, default=0)
    subject: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(20), default=DeliveryStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class EngagementSnapshot(Base):
    """Likes, shares, comments and views of an item as seen at one import: the base of virality."""

    __tablename__ = "engagement_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"))
    at: Mapped[datetime]
    likes: Mapped[int | None] = mapped_column(Integer)
    shares: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[int | None] = mapped_column(Integer)
    views: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("item_id", "at", name="uq_engagement_snapshot_item_at"),)


Index("ix_delivery_status_next", Delivery.status, Delivery.next_attempt_at)
Index("ix_alert_run_status", Alert.run_id, Alert.status)
