"""Noise control, one named step: which alert an episode belongs to, and whether anyone is told.

Rules (an alert storm is a bug):
- one alert per event or issue-unit episode; a new event on the same issue and unit joins an
  unresolved alert opened within SIGAP_DETECT_MERGE_HOURS; a volume surge whose items mostly belong to
  one alert folds into it;
- an alert grows with its episode; its level never falls; people are re-notified only when the level
  rises above the level they were last told about;
- a snoozed alert updates silently until the snooze ends, except a rise to level 3;
- acknowledging an alert keeps it updating; a later rise still notifies;
- an alert without new items for SIGAP_DETECT_AUTO_RESOLVE_HOURS is resolved; for
  SIGAP_DETECT_COOLDOWN_HOURS after resolution its episode updates it silently and reopens it only
  when the level goes above the level it had.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.detect import alerts
from sigap.detect.signals import Signals
from sigap.models.alerts import Alert, AlertItem, AlertStatus
from sigap.settings import Settings
from sigap.taxonomy import Level


class Action(StrEnum):
    OPEN = "open"
    ESCALATE = "escalate"
    REOPEN = "reopen"
    UPDATE = "update"
    IGNORE = "ignore"


@dataclass(frozen=True)
class Decision:
    action: Action
    alert: Alert | None
    notify: bool
    reason: str


def find_episode(session: Session, sig: Signals, *, now: datetime, settings: Settings,
                 run_id: str = "") -> Alert | None:
    """The alert this episode belongs to, if any (open, acknowledged, or resolved within the cool-down)."""
    if sig.kind == "volume":
        return _fold_target(session, sig, run_id)
    since = now - timedelta(hours=settings.detect_cooldown_hours)
    found = alerts.find_live(session, run_id=run_id, keys=[sig.key], event_ids=sig.event_ids, since=since)
    if sig.kind == "storm":
        found = [a for a in found if a.key == sig.key]
    unresolved = [a for a in found if a.status != AlertStatus.RESOLVED]
    if unresolved or found:
        return (unresolved or found)[0]
    if sig.kind == "storm":
        return None
    merge_since = now - timedelta(hours=settings.detect_merge_hours)
    return alerts.find_merge(session, run_id=run_id, issue=sig.main_issue, unit_ids=sig.unit_ids, since=merge_since)


def _fold_target(session: Session, sig: Signals, run_id: str) -> Alert | None:
    """The alert holding most of a volume surge's items, when it holds at least half; else its own key."""
    ids = sig.item_ids[:2000]
    holders = Counter(session.scalars(
        select(AlertItem.alert_id).join(Alert, Alert.id == AlertItem.alert_id)
        .where(AlertItem.item_id.in_(ids), Alert.run_id == run_id, Alert.status != AlertStatus.RESOLVED)))
    if holders:
        alert_id, held = holders.most_common(1)[0]
        if held * 2 >= len(ids):
            return session.get(Alert, alert_id)
    own = alerts.find_live(session, run_id=run_id, keys=[sig.key], event_ids=[], since=datetime.min.replace(
        tzinfo=sig.last_at.tzinfo))
    return next((a for a in own if a.status != AlertStatus.RESOLVED), None)


def decide(existing: Alert | None, level: Level, *, now: datetime) -> Decision:
    """Open, escalate, reopen, update silently or ignore — and whether to notify."""
    if existing is None:
        if level < Level.WASPADA:
            return Decision(Action.IGNORE, None, False, "below level 1")
        return Decision(Action.OPEN, None, True, "new episode")
    if existing.status == AlertStatus.RESOLVED:
        if level > existing.level:
            return Decision(Action.REOPEN, existing, True, "level rose during the cool-down")
        return Decision(Action.UPDATE, existing, False, "cool-down after resolution")
    peak = max(int(level), existing.level)  # a rise held back by a snooze is told when the snooze ends
    if peak <= existing.notified_level:
        return Decision(Action.UPDATE, existing, False, "level not above the notified level")
    snoozed = existing.snoozed_until is not None and existing.snoozed_until > now
    if snoozed and peak < Level.AWAS:
        return Decision(Action.UPDATE, existing, False, "snoozed")
    return Decision(Action.ESCALATE, existing, True, "level rose")


def expire(session: Session, *, now: datetime, settings: Settings, run_id: str = "") -> list[Alert]:
    """Resolve alerts whose episode has been quiet for SIGAP_DETECT_AUTO_RESOLVE_HOURS."""
    quiet_since = now - timedelta(hours=settings.detect_auto_resolve_hours)
    stale = list(session.scalars(select(Alert).where(Alert.run_id == run_id, Alert.status != AlertStatus.RESOLVED,
                                                     Alert.last_item_at < quiet_since)))
    for alert in stale:  # resolved as of the moment it went quiet, so the cool-down runs from then
        went_quiet = alert.last_item_at + timedelta(hours=settings.detect_auto_resolve_hours)
        alerts.resolve(session, alert=alert, actor="system", now=min(now, went_quiet))
    return stale
