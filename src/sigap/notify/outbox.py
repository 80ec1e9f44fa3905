"""The delivery outbox: every notification is a row, sent when due, retried with backoff, never dropped.

- `enqueue_due` turns alerts whose level people must hear about (`Alert.notified_level` above
  `Alert.queued_level`) into one delivery per recipient and channel (idempotent by `dedup_key`).
- Quiet hours: a delivery to a user in their quiet hours (local time of their unit or Kanwil) waits
  until the hours end — except level 3, which is sent at once.
- `flush` sends due deliveries, commits after each one (a crash re-sends at most one), retries a
  failure after SIGAP_NOTIFY_BACKOFF_SECONDS doubling up to SIGAP_NOTIFY_BACKOFF_MAX_SECONDS, and after
  SIGAP_NOTIFY_MAX_ATTEMPTS marks it `failed` with its last error (listed, retryable, never deleted).
"""

from __future__ import annotations

import html
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.detect.alerts import alert_to_dict
from sigap.detect.routing import Recipient, recipients
from sigap.models import Kanwil, Unit, User
from sigap.models.alerts import Alert, Delivery, DeliveryStatus
from sigap.models.base import utcnow
from sigap.notify.channels import DeliveryError, Message, send
from sigap.settings import Settings

log = logging.getLogger(__name__)
ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}


@dataclass
class FlushReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    waiting: int = 0  # pending, not yet due (backoff or quiet hours)

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def build_message(session: Session, alert: Alert, settings: Settings, *, lang: str | None = None) -> Message:
    data = alert_to_dict(session, alert, lang=lang or settings.language)
    explanation = data["explanation"]
    subject, _, body = explanation.partition("\n")
    link = f"{settings.notify_base_url.rstrip('/')}/alerts/{alert.id}"
    text = f"{body}\n\n{link}\n"
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body.splitlines() if line)
    page = (f"<html><body><h2>{html.escape(subject)}</h2>{paragraphs}"
            f"<p><a href=\"{html.escape(link)}\">{html.escape(link)}</a></p></body></html>")
    fields = ("id", "level", "crisis_class", "issue", "status", "units", "kanwil", "events", "opened_at", "updated_at")
    alert_data = {k: data[k].isoformat() if isinstance(data[k], datetime) else data[k] for k in fields}
    payload = {"alert": alert_data | {"explanation": explanation}, "url": link}
    return Message(subject=f"Sigap {subject}", text=text, html=page, data=payload)


def user_zone(session: Session, user_id: int | None, settings: Settings) -> str:
    """The user's local time zone: their unit's or Kanwil's province, else SIGAP_TIMEZONE_DEFAULT."""
    from sigap.gazetteer import default_gazetteer

    user = session.get(User, user_id) if user_id else None
    province = None
    if user is not None and user.unit_id:
        province = session.scalar(select(Unit.province).where(Unit.id == user.unit_id))
    elif user is not None and user.kanwil_id:
        province = session.scalar(select(Kanwil.province).where(Kanwil.id == user.kanwil_id))
    info = default_gazetteer().province_of(province) if province else None
    return info.tz if info else settings.timezone_default


def quiet_until(rec: Recipient, level: int, now: datetime, zone: str) -> datetime:
    """When a delivery may go: now, or the end of the recipient's quiet hours (level 3 ignores them)."""
    start, end = rec.quiet_start_hour, rec.quiet_end_hour
    if level >= 3 or start is None or end is None or start == end:
        return now
    local = now.astimezone(ZoneInfo(zone))
    hour = local.hour
    inside = start <= hour < end if start < end else (hour >= start or hour < end)
    if not inside:
        return now
    release = local.replace(hour=end, minute=0, second=0, microsecond=0)
    if release <= local:
        release += timedelta(days=1)
    return release.astimezone(now.tzinfo)


def enqueue_due(session: Session, settings: Settings, now: datetime | None = None) -> int:
    """Queue deliveries for every live alert whose notified level is not yet queued; returns how many."""
    now = now or utcnow()
    if not settings.notify_enabled:
        return 0
    due = session.scalars(select(Alert).where(Alert.run_id == "", Alert.notified_level > Alert.queued_level))
    created = 0
    for alert in due:
        created += _enqueue_alert(session, alert, settings, now)
        alert.queued_level = alert.notified_level
    session.flush()
    return created


def _enqueue_alert(session: Session, alert: Alert, settings: Settings, now: datetime) -> int:
    level = alert.notified_level
    message = build_message(session, alert, settings)
    created = 0
    for rec in recipients(session, alert, level=level):
        key = f"a{alert.id}:l{level}:{rec.channel}:{rec.address}"[:200]
        if session.scalar(select(Delivery.id).where(Delivery.dedup_key == key)) is not None:
            continue
        zone = user_zone(session, rec.user_id, settings)
        session.add(Delivery(alert_id=alert.id, user_id=rec.user_id, dedup_key=key, channel=rec.channel,
                             recipient=rec.address, level=level, subject=message.subject, body_text=message.text,
                             body_html=message.html, payload=message.data, status=DeliveryStatus.PENDING,
                             next_attempt_at=quiet_until(rec, level, now, zone), created_at=now))
        created += 1
    return created


def backoff(settings: Settings, attempts: int) -> timedelta:
    seconds = settings.notify_backoff_seconds * 2 ** max(0, attempts - 1)
    return timedelta(seconds=min(seconds, settings.notify_backoff_max_seconds))


def flush(session: Session, settings: Settings, now: datetime | None = None, *, limit: int = 500) -> FlushReport:
    """Send every pending delivery that is due; retry or fail the ones that cannot go."""
    now = now or utcnow()
    report = FlushReport()
    due = list(session.scalars(select(Delivery).where(Delivery.status == DeliveryStatus.PENDING,
                                                      Delivery.next_attempt_at <= now)
                               .order_by(Delivery.level.desc(), Delivery.id).limit(limit)))
    for delivery in due:
        _attempt(delivery, settings, now, report)
        session.commit()
    report.waiting = len(list(session.scalars(select(Delivery.id).where(
        Delivery.status == DeliveryStatus.PENDING, Delivery.next_attempt_at > now))))
    return report


def _attempt(delivery: Delivery, settings: Settings, now: datetime, report: FlushReport) -> None:
    message = Message(subject=delivery.subject, text=delivery.body_text, html=delivery.body_html,
                      data=delivery.payload)
    delivery.attempts += 1
    try:
        send(delivery.channel, delivery.recipient, message, settings=settings)
    except DeliveryError as exc:
        delivery.last_error = exc.detail[:1000]
        if delivery.attempts >= settings.notify_max_attempts:
            delivery.status = DeliveryStatus.FAILED
            report.failed += 1
            log.error("delivery %s to %s via %s failed after %s attempts: %s", delivery.id, delivery.recipient,
                      delivery.channel, delivery.attempts, delivery.last_error)
        else:
            delivery.next_attempt_at = now + backoff(settings, delivery.attempts)
            report.retrying += 1
        return
    delivery.status, delivery.sent_at, delivery.last_error = DeliveryStatus.SENT, now, None
    report.sent += 1


def retry_failed(session: Session, *, now: datetime | None = None) -> int:
    """Put failed deliveries back in the queue (after fixing a server or an address)."""
    failed = list(session.scalars(select(Delivery).where(Delivery.status == DeliveryStatus.FAILED)))
    for delivery in failed:
        delivery.status, delivery.attempts, delivery.next_attempt_at = DeliveryStatus.PENDING, 0, now or utcnow()
    return len(failed)


def list_deliveries(session: Session, *, status: str | None = None, limit: int = 200) -> list[Delivery]:
    query = select(Delivery).order_by(Delivery.id.desc()).limit(limit)
    if status:
        query = query.where(Delivery.status == status)
    return list(session.scalars(query))
