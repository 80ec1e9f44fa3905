"""Ingest tables: one row per read of a source (the health history behind the Source health columns)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sigap.models.base import Base, utcnow
from sigap.models.core import ItemSighting, Source


class IngestRun(Base):
    """One read of one source: when, what it gave, and the error in plain words if it failed."""

    __tablename__ = "ingest_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default="running")  # ok, not_modified, failed, running
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_ingest_run_source_started", "source_id", "started_at"),)


# Lookups the ingest path makes often: sightings by source (items list --source), due enabled sources.
Index("ix_item_sighting_source_id", ItemSighting.source_id)
Index("ix_source_enabled_next_due", Source.enabled, Source.next_due_at)
