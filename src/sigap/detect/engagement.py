"""Engagement snapshots and velocity: how fast a post gathers likes, shares and comments.

Ingest calls `record_engagement` every time it (re)imports an item that carries engagement counts;
virality is the growth between snapshots, per hour.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from itertools import pairwise

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.models import Item
from sigap.models.alerts import EngagementSnapshot
from sigap.models.base import utcnow

MIN_HOURS = 0.25  # a growth measured over less than 15 minutes is not trusted as a rate


def interactions(likes: int | None, shares: int | None, comments: int | None) -> int:
    return (likes or 0) + (shares or 0) + (comments or 0)


def record_engagement(session: Session, item: Item, at: datetime | None = None) -> EngagementSnapshot | None:
    """Store the item's current engagement counts as seen at `at` (default now).

    Does nothing for items without any count (news articles) or when the counts equal the last snapshot.
    """
    if item.likes is None and item.shares is None and item.comments is None and item.views is None:
        return None
    at = at or utcnow()
    last = session.scalar(select(EngagementSnapshot).where(EngagementSnapshot.item_id == item.id)
                          .order_by(EngagementSnapshot.at.desc()).limit(1))
    counts = (item.likes, item.shares, item.comments, item.views)
    if last is not None and (last.likes, last.shares, last.comments, last.views) == counts:
        return None
    if last is not None and last.at >= at:
        return None
    snap = EngagementSnapshot(item_id=item.id, at=at, likes=item.likes, shares=item.shares,
                              comments=item.comments, views=item.views)
    session.add(snap)
    return snap


Series = list[tuple[datetime, int]]


def load_series(session: Session, item_ids: Iterable[int]) -> dict[int, Series]:
    """Snapshots per item as (time, interactions), oldest first."""
    ids = list(item_ids)
    series: dict[int, Series] = defaultdict(list)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(EngagementSnapshot.item_id, EngagementSnapshot.at, EngagementSnapshot.likes,
                   EngagementSnapshot.shares, EngagementSnapshot.comments)
            .where(EngagementSnapshot.item_id.in_(ids[start:start + 500]))
            .order_by(EngagementSnapshot.item_id, EngagementSnapshot.at))
        for item_id, at, likes, shares, comments in rows:
            series[item_id].append((at, interactions(likes, shares, comments)))
    return series


def velocity(series: Series, posted_at: datetime, now: datetime) -> float:
    """Interactions per hour: the fastest growth between snapshots seen by `now`.

    With one snapshot, the growth since the post was published.
    """
    seen = [(at, n) for at, n in series if at <= now]
    if not seen:
        return 0.0
    points = [(posted_at, 0), *seen] if seen[0][0] > posted_at else seen
    if len(points) == 1:
        return 0.0
    best = 0.0
    for (t0, n0), (t1, n1) in pairwise(points):
        hours = max((t1 - t0).total_seconds() / 3600, MIN_HOURS)
        best = max(best, (n1 - n0) / hours)
    return best
