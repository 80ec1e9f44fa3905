"""Test helpers for detection: write Item + Analysis + ItemUnit + Event rows directly, as analysis would.

`add_item` makes one analysed item; `load_demo_truth` stores the demo stream with its ground-truth
labels as the analysis (until the real analyser is wired in), with engagement snapshots.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from sigap.demo.model import DemoItem
from sigap.models import Analysis, Event, Item, ItemUnit, Unit, User
from sigap.models.alerts import EngagementSnapshot

_counter = itertools.count(1)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def unit_id(session: Session, name: str) -> int:
    found = session.scalar(select(Unit.id).where(Unit.name == name))
    assert found is not None, name
    return found


def ensure_event(session: Session, key: str, at: datetime) -> str:
    if session.get(Event, key) is None:
        session.add(Event(id=key, title=key, first_published_at=at, last_published_at=at, item_count=0))
        session.flush()
    return key


def add_item(session: Session, *, at: datetime | None, unit: str | None = "Lapas Kelas IIA Palu",
             tone: str = "negatif", issues: tuple[str, ...] = ("pelarian",), severity: int = 3,
             event: str | None = None, outlet: str = "Warta Sulteng", platform: str = "news",
             owned: bool = False, first_seen: datetime | None = None, title: str = "",
             likes: int | None = None, shares: int | None = None, comments: int | None = None,
             relevant: bool = True) -> Item:
    """One analysed item; `at` None means the source gave no date (first_seen decides)."""
    n = next(_counter)
    url = f"https://{outlet.lower().replace(' ', '')}.example.id/berita/{n}"
    seen = first_seen or at
    assert seen is not None
    item = Item(url_key=_sha(url), url=url, outlet=outlet, platform=platform, title=title or f"Berita {n}",
                text="", published_at=at, first_seen_at=seen, updated_at=seen, content_hash=_sha(url + title),
                owned=owned, likes=likes, shares=shares, comments=comments)
    session.add(item)
    session.flush()
    if event:
        ensure_event(session, event, at or seen)
    session.add(Analysis(item_id=item.id, relevant=relevant, tone=tone, issues=list(issues), severity=severity,
                         event_id=event, provinces=[], analysed_at=seen))
    if unit:
        session.add(ItemUnit(item_id=item.id, unit_id=unit_id(session, unit)))
    session.flush()
    return item


def load_demo_truth(session: Session, items: Iterable[DemoItem], *,
                    seen_after: timedelta = timedelta(minutes=2)) -> int:
    """Store demo items with their ground truth as the analysis; social posts get two snapshots.

    Engagement is seen at +30 min (a fifth of the final counts) and at +2 h (the final counts).
    """
    units = {name: uid for name, uid in session.execute(select(Unit.name, Unit.id))}
    demos = list({d.url: d for d in reversed(list(items))}.values())[::-1]  # ingest stores a URL once
    rows = [Item(url_key=_sha(d.url), url=d.url, outlet=d.outlet, platform=d.platform, title=d.title, text=d.text,
                 author=d.author, published_at=d.published, first_seen_at=d.published + seen_after,
                 updated_at=d.published + seen_after, content_hash=_sha(d.url + d.title), owned=d.owned,
                 likes=d.likes, shares=d.shares, comments=d.comments, views=d.views)
            for d in demos]
    session.add_all(rows)
    events = {d.event_key: d.published for d in reversed(demos) if d.event_key}
    session.add_all(Event(id=key, title=key, first_published_at=at, last_published_at=at) for key, at in events.items())
    session.flush()
    for item, d in zip(rows, demos, strict=True):
        session.add(Analysis(item_id=item.id, relevant=d.relevant, tone=d.tone, issues=list(d.issues),
                             severity=d.severity, event_id=d.event_key, provinces=[d.province] if d.province else [],
                             analysed_at=item.first_seen_at))
        if d.unit and d.unit in units:
            session.add(ItemUnit(item_id=item.id, unit_id=units[d.unit]))
        if d.platform != "news":
            session.add_all(_snapshots(item.id, d))
    session.flush()
    return len(rows)


def _snapshots(item_id: int, d: DemoItem) -> list[EngagementSnapshot]:
    def part(value: int | None, fraction: float) -> int | None:
        return None if value is None else int(value * fraction)

    return [EngagementSnapshot(item_id=item_id, at=d.published + delay, likes=part(d.likes, f),
                               shares=part(d.shares, f), comments=part(d.comments, f), views=part(d.views, f))
            for f, delay in ((0.2, timedelta(minutes=30)), (1.0, timedelta(hours=2)))]


def add_user(session: Session, *, username: str, role: str, unit: str | None = None, kanwil_id: int | None = None,
             email: str | None = None, channels: list[str] | None = None, telegram: str | None = None,
             quiet: tuple[int, int] | None = None) -> User:
    uid = unit_id(session, unit) if unit else None
    if unit and kanwil_id is None and role == "kanwil":
        kanwil_id = session.get(Unit, uid).kanwil_id  # type: ignore[union-attr]
    user = User(username=username, full_name=username.title(), email=email or f"{username}@example.id",
                password_hash="x", role=role, unit_id=uid if role == "upt" else None, kanwil_id=kanwil_id,
                channels=channels or ["email"], telegram_chat_id=telegram,
                quiet_start_hour=quiet[0] if quiet else None, quiet_end_hour=quiet[1] if quiet else None)
    session.add(user)
    session.flush()
    return user


def add_burst(session: Session, *, count: int, start: datetime, span: timedelta, unit: str = "Lapas Kelas IIA Palu",
              issues: tuple[str, ...] = ("kerusuhan",), severity: int = 3) -> None:
    """`count` analysed negative items without an event spread over `span`, inserted in bulk (Core)."""
    uid = unit_id(session, unit)
    prefix = f"https://burst.example.id/{start:%Y%m%d%H%M}/"
    rows = []
    for n in range(count):
        at = start + span * (n / count)
        rows.append({"url_key": _sha(f"{prefix}{n}"), "url": f"{prefix}{n}", "outlet": f"Akun {n % 40}",
                     "platform": "x" if n % 2 else "news", "title": f"Ricuh {n}", "text": "", "author": "",
                     "published_at": at, "first_seen_at": at, "updated_at": at, "content_hash": _sha(f"{prefix}{n}"),
                     "owned": False, "is_drill": False})
    session.execute(insert(Item), rows)
    ids = list(session.execute(select(Item.id, Item.first_seen_at).where(Item.url.like(prefix + "%"))))
    session.execute(insert(Analysis), [
        {"item_id": i, "relevant": True, "tone": "negatif", "tone_confidence": 1.0, "issues": list(issues),
         "provinces": [], "severity": severity, "model_version": "test", "analysed_at": at, "corrected": False}
        for i, at in ids])
    session.execute(insert(ItemUnit), [{"item_id": i, "unit_id": uid} for i, _ in ids])
