"""Core tables: kanwil, unit, source, item, sightings, event, analysis, user, audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sigap.models.base import Base, utcnow


class Kanwil(Base):
    __tablename__ = "kanwil"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    province: Mapped[str] = mapped_column(String(80))

    units: Mapped[list[Unit]] = relationship(back_populates="kanwil")


class Unit(Base):
    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    type: Mapped[str] = mapped_column(String(30), index=True)
    unit_class: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    province: Mapped[str] = mapped_column(String(80), index=True)
    kanwil_id: Mapped[int] = mapped_column(ForeignKey("kanwil.id"), index=True)
    aliases: Mapped[list[Any]] = mapped_column(default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    kanwil: Mapped[Kanwil] = relationship(back_populates="units")


class Source(Base):
    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), index=True)  # rss, web, sitemap, import, submitted, social
    platform: Mapped[str] = mapped_column(String(30), default="news")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    owned: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    interval_seconds: Mapped[int] = mapped_column(Integer, default=300)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # health
    last_attempt_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    error_streak: Mapped[int] = mapped_column(Integer, default=0)
    items_seen: Mapped[int] = mapped_column(Integer, default=0)
    next_due_at: Mapped[datetime | None] = mapped_column(index=True)
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (UniqueConstraint("url", "kind", name="uq_source_url_kind"),)


class Item(Base):
    """One article or post, stored once by canonical URL."""

    __tablename__ = "item"

    id: Mapped[int] = mapped_column(primary_key=True)
    url_key: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the canonical URL
    url: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str] = mapped_column(String(200), default="", index=True)
    platform: Mapped[str] = mapped_column(String(30), default="news")
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str | None] = mapped_column(String(12))
    published_at: Mapped[datetime | None] = mapped_column(index=True)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    likes: Mapped[int | None] = mapped_column(Integer)
    shares: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[int | None] = mapped_column(Integer)
    views: Mapped[int | None] = mapped_column(Integer)
    owned: Mapped[bool] = mapped_column(Boolean, default=False)
    submitted_by_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    is_drill: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    analysis: Mapped[Analysis | None] = relationship(back_populates="item", uselist=False)


class ItemSighting(Base):
    """Which source saw which item, and when first and last."""

    __tablename__ = "item_sighting"

    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"), primary_key=True)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class Event(Base):
    """A cluster of items that report the same happening."""

    __tablename__ = "event"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    first_published_at: Mapped[datetime | None] = mapped_column(index=True)
    last_published_at: Mapped[datetime | None]
    item_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Analysis(Base):
    """What Sigap read in an item; one current row per item (corrections override it)."""

    __tablename__ = "analysis"

    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), primary_key=True)
    relevant: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    tone: Mapped[str] = mapped_column(String(10), default="netral", index=True)
    tone_confidence: Mapped[float] = mapped_column(default=0.0)
    issues: Mapped[list[Any]] = mapped_column(default=list)
    provinces: Mapped[list[Any]] = mapped_column(default=list)
    severity: Mapped[int] = mapped_column(Integer, default=0)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("event.id"), index=True)
    model_version: Mapped[str] = mapped_column(String(40), default="")
    analysed_at: Mapped[datetime] = mapped_column(default=utcnow)
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)

    item: Mapped[Item] = relationship(back_populates="analysis")


class ItemUnit(Base):
    """Units an item concerns: the join that scopes every query by unit and kanwil."""

    __tablename__ = "item_unit"

    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True, index=True)


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))  # taxonomy.Role
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    kanwil_id: Mapped[int | None] = mapped_column(ForeignKey("kanwil.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # notification preferences
    telegram_chat_id: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    channels: Mapped[list[Any]] = mapped_column(default=list)  # e.g. ["email", "telegram"]
    quiet_start_hour: Mapped[int | None] = mapped_column(Integer)  # local hour, 0-23
    quiet_end_hour: Mapped[int | None] = mapped_column(Integer)


class AuditLog(Base):
    """Every change to a case (and other sensitive records): who, when, what."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor: Mapped[str] = mapped_column(String(80), default="system")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40), index=True)
    entity_id: Mapped[str] = mapped_column(String(40), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


Index("ix_item_published_first_seen", Item.published_at, Item.first_seen_at)
