"""Read access to stored items: the one place that lists them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sigap.models import Item, ItemSighting


def list_items(session: Session, *, since: datetime | None = None, source_id: int | None = None,
               limit: int = 50, include_drill: bool = False) -> list[Item]:
    """Items newest first (by published time, or first seen when the date is unknown)."""
    when = func.coalesce(Item.published_at, Item.first_seen_at)
    query = select(Item).order_by(when.desc(), Item.id.desc()).limit(limit)
    if since is not None:
        query = query.where(when >= since)
    if source_id is not None:
        query = query.join(ItemSighting, ItemSighting.item_id == Item.id).where(
            ItemSighting.source_id == source_id)
    if not include_drill:
        query = query.where(Item.is_drill.is_(False))
    return list(session.scalars(query))


def item_to_dict(item: Item) -> dict[str, Any]:
    analysis = item.analysis
    return {
        "id": item.id, "url": item.url, "outlet": item.outlet, "platform": item.platform,
        "title": item.title, "text": item.text[:500], "author": item.author,
        "published": item.published_at, "first_seen": item.first_seen_at,
        "likes": item.likes, "shares": item.shares, "comments": item.comments, "views": item.views,
        "owned": item.owned, "tone": analysis.tone if analysis else None,
        "issues": analysis.issues if analysis else [], "event": analysis.event_id if analysis else None,
    }


def count_items(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Item)) or 0
