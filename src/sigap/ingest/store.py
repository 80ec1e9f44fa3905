"""RawItem → stored Item, exactly once: canonical URL, content hash, idempotent upsert, sightings.

`store_items` is the one write path (feeds, pages, sitemaps, imports, submissions, demo, drills).
`store_in_batches` commits per batch, so an item reported stored survives a kill -9; the upsert makes
any rerun create no duplicate.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sigap.models import Item, ItemSighting, Source, utcnow
from sigap.models.alerts import EngagementSnapshot
from sigap.sources.base import RawItem
from sigap.urls import canonical_url, host_of, key_of_canonical

log = logging.getLogger(__name__)
ENGAGEMENT = ("likes", "shares", "comments", "views")
FUTURE_TOLERANCE = timedelta(minutes=10)
_CHUNK = 500
_WS = re.compile(r"\s+")


@dataclass
class IngestCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    new_ids: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one reason per rejected item

    def add(self, other: IngestCounts) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.rejected += other.rejected
        self.new_ids.extend(other.new_ids)
        self.errors.extend(other.errors)

    def as_dict(self) -> dict[str, Any]:
        return {"new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "rejected": self.rejected}


@dataclass
class _Prepared:
    key: str
    values: dict[str, Any]
    raw: RawItem


def content_hash(title: str, text: str) -> str:
    """sha256 of the whitespace- and case-folded title and text."""
    folded = _WS.sub(" ", f"{title}\n{text}".lower()).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _published(value: datetime | None, now: datetime) -> datetime | None:
    if value is None:
        return None
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    return now if value > now + FUTURE_TOLERANCE else value.astimezone(UTC)


def _prepare(raw: RawItem, now: datetime) -> _Prepared:
    """Normalise one RawItem into Item column values; ValueError with a plain reason if unusable."""
    try:
        url = canonical_url(raw.url or "")
    except ValueError:
        raise ValueError(f"not an absolute http(s) URL: {(raw.url or '')[:120]!r}") from None
    title, text = (raw.title or "").strip(), (raw.text or "").strip()
    if not title and not text:
        raise ValueError(f"no title and no text: {url[:120]}")
    values = {
        "url_key": key_of_canonical(url), "url": url, "outlet": (raw.outlet or host_of(url))[:200],
        "platform": (raw.platform or "news")[:30], "title": title, "text": text,
        "author": (raw.author or "")[:300], "language": (raw.language or None) and raw.language[:12],
        "published_at": _published(raw.published, now), "first_seen_at": now, "updated_at": now,
        "content_hash": content_hash(title, text), "owned": bool(raw.owned), "is_drill": bool(raw.is_drill),
        "submitted_by_unit_id": raw.submitted_by_unit_id,
        **{name: getattr(raw, name) for name in ENGAGEMENT},
    }
    return _Prepared(values["url_key"], values, raw)


def _insert_statement(session: Session, returning: bool) -> Any:
    dialect = session.get_bind().dialect.name
    module: Any = sqlite if dialect == "sqlite" else postgresql
    table = Item.__table__
    statement = module.insert(table).on_conflict_do_nothing(index_elements=["url_key"])
    return statement.returning(table.c.id, table.c.url_key) if returning else statement


def _existing(session: Session, keys: Sequence[str]) -> dict[str, Item]:
    found: dict[str, Item] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start:start + _CHUNK]
        found.update({i.url_key: i for i in session.scalars(select(Item).where(Item.url_key.in_(chunk)))})
    return found


def _insert_new(session: Session, rows: list[dict[str, Any]], now: datetime) -> dict[str, int]:
    """Insert rows whose key is not stored; rows another writer stored meanwhile are skipped.

    SQLite: INSERT … RETURNING. PostgreSQL: a plain executemany (psycopg pipelines it; a RETURNING batch
    is one huge statement psycopg re-parses each time), then our rows are those first seen at `now`."""
    ids: dict[str, int] = {}
    if not rows:
        return ids
    sqlite_path = session.get_bind().dialect.name == "sqlite"
    statement = _insert_statement(session, returning=sqlite_path)
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start:start + _CHUNK]
        if sqlite_path:
            ids.update({key: item_id for item_id, key in session.execute(statement, chunk)})
            continue
        session.execute(statement, chunk)
        query = select(Item.id, Item.url_key).where(Item.url_key.in_([r["url_key"] for r in chunk]),
                                                    Item.first_seen_at == now)
        ids.update({key: item_id for item_id, key in session.execute(query)})
    return ids


def _apply(item: Item, prepared: _Prepared) -> bool:
    """Merge a new sighting into a stored item: higher engagement, longer text, missing fields."""
    values, changed = prepared.values, False
    for name in ENGAGEMENT:
        new = values[name]
        if new is not None and (getattr(item, name) is None or new > getattr(item, name)):
            setattr(item, name, new)
            changed = True
    if len(values["text"]) > len(item.text or ""):
        item.text, changed = values["text"], True
        item.title = values["title"] or item.title
    elif values["title"] and not item.title:
        item.title, changed = values["title"], True
    for name in ("published_at", "author", "language", "submitted_by_unit_id"):
        if values[name] and not getattr(item, name):
            setattr(item, name, values[name])
            changed = True
    if values["owned"] and not item.owned:
        item.owned, changed = True, True
    if changed:
        item.content_hash = content_hash(item.title, item.text)
    return changed


def _merge_same_batch(first: _Prepared, second: _Prepared) -> _Prepared:
    """Two copies of one story in a batch: keep the fuller one, with the higher engagement."""
    keep, other = (second, first) if len(second.values["text"]) > len(first.values["text"]) else (first, second)
    for name in ENGAGEMENT:
        counts = [v for v in (keep.values[name], other.values[name]) if v is not None]
        keep.values[name] = max(counts) if counts else None
    return keep


def store_items(session: Session, raws: Iterable[RawItem], *, source: Source | None = None,
                now: datetime | None = None) -> IngestCounts:
    """Store RawItems idempotently (flush, no commit): new ones inserted, known ones merged, sightings
    recorded for `source`. Works on SQLite and PostgreSQL, and with concurrent writers."""
    now = now or utcnow()
    counts, prepared = IngestCounts(), dict[str, _Prepared]()
    for raw in raws:
        try:
            ready = _prepare(raw, now)
        except ValueError as exc:
            counts.rejected += 1
            counts.errors.append(str(exc))
            continue
        if ready.key in prepared:
            counts.unchanged += 1
            ready = _merge_same_batch(prepared[ready.key], ready)
        prepared[ready.key] = ready
    if not prepared:
        return counts
    existing = _existing(session, list(prepared))
    inserted = _insert_new(session, [p.values for k, p in prepared.items() if k not in existing], now)
    raced = [k for k in prepared if k not in existing and k not in inserted]
    if raced:  # stored by another writer between our SELECT and INSERT
        existing.update(_existing(session, raced))
    counts.new, counts.new_ids = len(inserted), list(inserted.values())
    observed = [(item_id, prepared[key].values) for key, item_id in inserted.items()]
    for key, item in existing.items():
        before = _engagement(item)
        if _apply(item, prepared[key]):
            counts.updated += 1
        else:
            counts.unchanged += 1
        if _engagement(item) != before:
            observed.append((item.id, {name: getattr(item, name) for name in ENGAGEMENT}))
    session.flush()
    _record_engagement(session, observed, now)
    if source is not None:
        ids = list(inserted.values()) + [i.id for i in existing.values()]
        _record_sightings(session, source, ids, now)
    return counts


def _engagement(item: Item) -> tuple[int | None, ...]:
    return tuple(getattr(item, name) for name in ENGAGEMENT)


def _record_engagement(session: Session, observed: list[tuple[int, dict[str, Any]]], now: datetime) -> None:
    """One snapshot per new or changed engagement count: detection measures virality from them."""
    rows = [{"item_id": item_id, "at": now, **{name: values.get(name) for name in ENGAGEMENT}}
            for item_id, values in observed if any(values.get(name) is not None for name in ENGAGEMENT)]
    module: Any = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    statement = module.insert(EngagementSnapshot.__table__).on_conflict_do_nothing(index_elements=["item_id", "at"])
    for start in range(0, len(rows), _CHUNK):
        session.execute(statement, rows[start:start + _CHUNK])


def _sighting_insert(session: Session) -> Any:
    module: Any = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    return module.insert(ItemSighting.__table__).on_conflict_do_nothing(
        index_elements=["item_id", "source_id"])


def _record_sightings(session: Session, source: Source, item_ids: list[int], now: datetime) -> None:
    """First and last seen per (item, source); a source's items_seen counts its distinct items."""
    seen: set[int] = set()
    for start in range(0, len(item_ids), _CHUNK):
        chunk = item_ids[start:start + _CHUNK]
        seen.update(session.scalars(select(ItemSighting.item_id).where(
            ItemSighting.source_id == source.id, ItemSighting.item_id.in_(chunk))))
        session.execute(update(ItemSighting).where(
            ItemSighting.source_id == source.id, ItemSighting.item_id.in_(chunk)).values(last_seen_at=now))
    fresh = [{"item_id": i, "source_id": source.id, "first_seen_at": now, "last_seen_at": now}
             for i in dict.fromkeys(item_ids) if i not in seen]
    if fresh:
        session.execute(_sighting_insert(session), fresh)
    source.items_seen = (source.items_seen or 0) + len(fresh)


def store_in_batches(session_factory: Callable[[], Any], raws: Iterable[RawItem], *, batch_size: int,
                     source_id: int | None = None,
                     on_batch: Callable[[IngestCounts], None] | None = None) -> IngestCounts:
    """Store `raws` committing every `batch_size` items; `on_batch` runs after each commit."""
    total, batch = IngestCounts(), []
    for raw in raws:
        batch.append(raw)
        if len(batch) >= batch_size:
            total.add(_commit_batch(session_factory, batch, source_id, on_batch))
            batch = []
    if batch:
        total.add(_commit_batch(session_factory, batch, source_id, on_batch))
    return total


def _commit_batch(session_factory: Callable[[], Any], batch: list[RawItem], source_id: int | None,
                  on_batch: Callable[[IngestCounts], None] | None) -> IngestCounts:
    with session_factory() as session:
        source = session.get(Source, source_id) if source_id is not None else None
        counts = store_items(session, batch, source=source)
    if on_batch is not None:
        on_batch(counts)
    return counts
