"""The only orchestrator: ingest → analyse → detect → notify → case escalation, once or in a loop.

Each stage is a plain function of its own module; this module only decides the order and the timing.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from sigap.db import session_scope
from sigap.models.base import utcnow
from sigap.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class RunReport:
    started_at: datetime
    sources: list[Any] = field(default_factory=list)
    analysed: int = 0
    relevant: int = 0
    events_new: int = 0
    alerts: Any = None
    deliveries: Any = None
    cases: Any = None
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at.isoformat(), "seconds": round(self.seconds, 3),
            "sources": [getattr(s, "as_dict", lambda s=s: s)() for s in self.sources],
            "analysed": self.analysed, "relevant": self.relevant, "events_new": self.events_new,
            "alerts": getattr(self.alerts, "as_dict", lambda: self.alerts)(),
            "deliveries": getattr(self.deliveries, "as_dict", lambda: self.deliveries)(),
            "cases": getattr(self.cases, "as_dict", lambda: self.cases)(),
        }


class Pipeline:
    """Holds what is costly to build (the analyser) across runs of one process."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings
        self._analyser: Any = None

    @property
    def analyser(self) -> Any:
        if self._analyser is None:
            from sigap.analyse.pipeline import Analyser

            self._analyser = Analyser.load()
        return self._analyser

    def analyse(self, on_batch: Callable[[int], None] | None = None) -> Any:
        from sigap.analyse.store import analyse_pending

        with session_scope(self.engine) as session:
            return analyse_pending(session, self.analyser, on_batch=on_batch)

    def detect(self, now: datetime | None = None) -> Any:
        from sigap.detect.run import detect_once

        with session_scope(self.engine) as session:
            return detect_once(session, self.settings, now=now)

    def notify(self, now: datetime | None = None) -> Any:
        from sigap.notify.outbox import enqueue_due, flush

        with session_scope(self.engine) as session:
            enqueue_due(session, self.settings, now)
        with session_scope(self.engine) as session:
            return flush(session, self.settings, now)

    def cases(self, now: datetime | None = None) -> Any:
        from sigap.cases.scheduler import tick

        with session_scope(self.engine) as session:
            return tick(session, now or utcnow())

    def after_ingest(self, now: datetime | None = None) -> RunReport:
        """Everything downstream of ingest: the work `sigap run` does after each poll."""
        report = RunReport(started_at=utcnow())
        counts = self.analyse()
        report.analysed, report.relevant, report.events_new = counts.analysed, counts.relevant, counts.events_new
        report.alerts = self.detect(now)
        report.deliveries = self.notify(now)
        report.cases = self.cases(now)
        return report

    def run_once(self, *, ingest: bool = True) -> RunReport:
        """One full pass: poll due sources, then analyse, detect, notify and escalate."""
        start = time.monotonic()
        sources: list[Any] = []
        if ingest:
            from sigap.ingest import ingest_due

            sources = ingest_due(self.engine, self.settings)
        report = self.after_ingest()
        report.sources = sources
        report.seconds = time.monotonic() - start
        return report


def run_once(engine: Engine, settings: Settings) -> RunReport:
    return Pipeline(engine, settings).run_once()


_PIPELINES: dict[int, Pipeline] = {}


def after_ingest(engine: Engine, settings: Settings) -> RunReport:
    """Hook for the scheduler loop (`sigap run`): reuses one Pipeline per engine."""
    pipeline = _PIPELINES.setdefault(id(engine), Pipeline(engine, settings))
    return pipeline.after_ingest()
