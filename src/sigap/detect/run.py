"""One detection pass, and the backtest that replays stored items through it in time order.

`detect_once` reads relevant negative items (ingest + analyse wrote them), measures signals per
episode, judges a level, applies noise control and writes alerts. It sends nothing: it marks alerts
whose people must be told (`Alert.notified_level`), and `sigap.notify.outbox.enqueue_due` queues the
deliveries — the pipeline calls both, in that order, then `flush`.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.detect import alerts, noise
from sigap.detect.feed import DbFeed, Feed, MemoryFeed, Obs
from sigap.detect.levels import Judgement, judge
from sigap.detect.signals import Episode, Signals, group_episodes, measure, volume_surges
from sigap.models import Unit
from sigap.models.alerts import Alert
from sigap.models.base import utcnow
from sigap.settings import Settings
from sigap.taxonomy import Level

RATE_LOOKBACK = timedelta(days=15)  # day vs the 14 days before it


@dataclass
class Change:
    """What a pass did to one alert."""

    alert_id: int
    action: str
    level: int
    notify: bool
    key: str
    at: datetime
    reason: str = ""


@dataclass
class DetectReport:
    at: datetime
    items: int = 0
    episodes: int = 0
    opened: int = 0
    escalated: int = 0
    updated: int = 0
    resolved: int = 0
    changes: list[Change] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _candidates(feed: Feed, settings: Settings, now: datetime) -> tuple[list[Obs], list[Episode]]:
    recent = feed.negatives(now - RATE_LOOKBACK, now)
    start = now - timedelta(hours=settings.detect_window_hours)
    window = [o for o in recent if o.at >= start]
    return window, group_episodes(window) + volume_surges(recent, settings, now)


def detect_once(session: Session, settings: Settings, now: datetime | None = None, *,
                feed: Feed | None = None, run_id: str = "") -> DetectReport:
    """Compute signals and raise or update alerts once, as of `now` (default: the current time)."""
    now = now or utcnow()
    feed = feed or DbFeed(session)
    report = DetectReport(at=now)
    for alert in noise.expire(session, now=now, settings=settings, run_id=run_id):
        report.resolved += 1
        report.changes.append(Change(alert.id, "resolve", alert.level, False, alert.key, now, "quiet"))
    window, episodes = _candidates(feed, settings, now)
    report.items, report.episodes = len(window), len(episodes)
    velocities = feed.velocities(window, now)
    judged = [(sig, judge(sig, settings))
              for sig in (measure(ep, window, feed, settings, now, velocities) for ep in episodes)]
    judged.sort(key=lambda sj: (sj[0].kind == "volume", -int(sj[1].level), -len(sj[0].item_ids)))
    overflow: list[Signals] = []
    for sig, judgement in judged:
        existing = noise.find_episode(session, sig, now=now, settings=settings, run_id=run_id)
        decision = noise.decide(existing, judgement.level, now=now)
        if decision.action == noise.Action.OPEN and report.opened >= settings.detect_max_new_alerts - 1:
            overflow.append(sig)
            continue
        _apply(session, decision, sig, judgement, now, run_id, report)
    if overflow:
        _storm(session, overflow, settings, now, run_id, report)
    session.flush()
    return report


def _apply(session: Session, decision: noise.Decision, sig: Signals, judgement: Judgement, now: datetime,
           run_id: str, report: DetectReport) -> Alert | None:
    action = decision.action
    if action == noise.Action.IGNORE:
        return None
    alert: Alert | None
    if action == noise.Action.OPEN:
        alert = alerts.create(session, sig=sig, judgement=judgement, now=now, run_id=run_id)
        report.opened += 1
    else:
        alert = decision.alert
        if alert is None:
            return None
        if action == noise.Action.REOPEN:
            alerts.reopen(session, alert=alert, now=now)
        rose = alerts.attach(session, alert=alert, sig=sig, judgement=judgement, now=now)
        if rose:
            alerts.log(session, alert, "escalated", now=now, detail={"reasons": judgement.reasons})
        if decision.notify:
            report.escalated += 1
        else:
            report.updated += 1
    if decision.notify:
        alert.notified_level = alert.level
    report.changes.append(Change(alert.id, str(action), alert.level, decision.notify, alert.key, now,
                                 decision.reason))
    return alert


def _storm(session: Session, overflow: list[Signals], settings: Settings, now: datetime, run_id: str,
           report: DetectReport) -> None:
    """Fold the episodes past SIGAP_DETECT_MAX_NEW_ALERTS into one alert instead of a storm."""
    merged = Signals(**{**overflow[0].__dict__})
    merged.key = f"storm:{now:%Y%m%d%H}"
    merged.kind = "storm"
    for sig in overflow[1:]:
        merged.item_ids += sig.item_ids
        merged.event_ids = sorted(set(merged.event_ids) | set(sig.event_ids))
        merged.unit_ids = sorted(set(merged.unit_ids) | set(sig.unit_ids))
        merged.kanwil_ids = sorted(set(merged.kanwil_ids) | set(sig.kanwil_ids))
        merged.outlets = sorted(set(merged.outlets) | set(sig.outlets))
        merged.max_severity = max(merged.max_severity, sig.max_severity)
        merged.last_at = max(merged.last_at, sig.last_at)
    judgement = Judgement(Level.SIAGA, [{"code": "storm", "value": len(overflow), "threshold":
                                         settings.detect_max_new_alerts}])
    existing = noise.find_episode(session, merged, now=now, settings=settings, run_id=run_id)
    _apply(session, noise.decide(existing, judgement.level, now=now), merged, judgement, now, run_id, report)


@dataclass(frozen=True)
class Firing:
    """A notification the backtest would have sent: when, which alert, at which level."""

    at: datetime
    alert_id: int
    action: str
    level: int
    key: str
    crisis_class: str
    issue: str
    unit_ids: list[int]
    explanation: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def backtest(session: Session, settings: Settings, start: datetime, end: datetime, *,
             keep: bool = False, live: bool = False) -> list[Firing]:
    """Replay the negative items of [start, end] in time order; return every notification that would fire.

    Runs a detection pass at each item's time (and at `end`) against a preloaded feed. Alerts are
    written under a private run id and deleted afterwards unless `keep`; live alerts are never touched.
    With `live` the replay writes live alerts, as if Sigap had watched the stream as it arrived (the
    demo uses it to fill a fresh database with its history).
    """
    run_id = "" if live else f"bt-{uuid.uuid4().hex[:12]}"
    keep = keep or live
    history = start - timedelta(days=settings.detect_baseline_days) - timedelta(hours=settings.detect_window_hours)
    feed = MemoryFeed(session, history, end)
    times = sorted({o.at for o in feed.obs if start <= o.at <= end} | {end})
    firings: list[Firing] = []
    for now in times:
        report = detect_once(session, settings, now, feed=feed, run_id=run_id)
        firings += [_firing(session, change) for change in report.changes if change.notify]
    if not keep:
        alerts.delete_run(session, run_id=run_id)
        session.flush()
    return firings


def _firing(session: Session, change: Change) -> Firing:
    from sigap.detect.explain import explain

    alert = session.get(Alert, change.alert_id)
    assert alert is not None
    unit_ids = list((alert.metrics.get("signals") or {}).get("unit_ids", []))
    names = list(session.scalars(select(Unit.name).where(Unit.id.in_(unit_ids)))) if unit_ids else []
    return Firing(at=change.at, alert_id=alert.id, action=change.action, level=change.level, key=alert.key,
                  crisis_class=alert.crisis_class, issue=alert.issue, unit_ids=unit_ids,
                  explanation=explain(alert, units=names, lang="id").splitlines()[0])
