"""Corrections: a person's judgement of an item, which overrides the model and trains the next one."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sigap.models.base import Base, utcnow


class Correction(Base):
    __tablename__ = "correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    actor: Mapped[str] = mapped_column(String(80), default="system")
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    relevant: Mapped[bool | None] = mapped_column(Boolean)
    tone: Mapped[str | None] = mapped_column(String(10))
    issues: Mapped[list[Any] | None] = mapped_column()
    units: Mapped[list[Any] | None] = mapped_column()  # unit names
    note: Mapped[str] = mapped_column(Text, default="")
