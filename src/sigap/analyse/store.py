"""The analysis stage over the database: analyse new items, attach events, apply people's corrections.

The model code (pipeline.py) knows nothing of the database; this module is the bridge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sigap.analyse.events import EventDoc, EventIndex
from sigap.analyse.pipeline import Analyser, AnalysisResult, InputItem
from sigap.errors import InvalidInput, NotFound
from sigap.models import Analysis, Correction, Event, Item, ItemUnit, Unit
from sigap.models.base import utcnow
from sigap.taxonomy import ISSUE_CODES, Tone

EVENT_WINDOW = timedelta(hours=72)


@dataclass(frozen=True)
class AnalyseCounts:
    analysed: int
    relevant: int
    events_new: int


def _when(item: Item) -> datetime:
    return item.published_at or item.first_seen_at


def pending_items(session: Session, *, limit: int) -> list[Item]:
    """Items that have no analysis yet, oldest first (so events form in reading order)."""
    query = (select(Item).outerjoin(Analysis, Analysis.item_id == Item.id).where(Analysis.item_id.is_(None))
             .order_by(func.coalesce(Item.published_at, Item.first_seen_at), Item.id).limit(limit))
    return list(session.scalars(query))


def _input(item: Item) -> InputItem:
    return InputItem(id=str(item.id), title=item.title or "", text=item.text or "", url=item.url,
                     published=_when(item).isoformat(), source=item.outlet or None)


def _doc(item: Item, result: AnalysisResult | Analysis, unit_names: Sequence[str]) -> EventDoc:
    return EventDoc(id=str(item.id), title=item.title or "", text=(item.text or "")[:600],
                    published=_when(item), units=tuple(unit_names), issues=tuple(result.issues),
                    source=item.outlet or None)


def _recent_index(session: Session, since: datetime) -> EventIndex:
    """Stored, relevant items of the last window, so a new report joins its existing event."""
    index = EventIndex()
    rows = session.execute(
        select(Item, Analysis).join(Analysis, Analysis.item_id == Item.id)
        .where(Analysis.event_id.is_not(None), Analysis.relevant.is_(True),
               func.coalesce(Item.published_at, Item.first_seen_at) >= since))
    units = _unit_names_by_item(session, since)
    for item, analysis in rows:
        index.add(_doc(item, analysis, units.get(item.id, [])), analysis.event_id or "")
    return index


def _unit_names_by_item(session: Session, since: datetime) -> dict[int, list[str]]:
    query = (select(ItemUnit.item_id, Unit.name).join(Unit, Unit.id == ItemUnit.unit_id)
             .join(Item, Item.id == ItemUnit.item_id)
             .where(func.coalesce(Item.published_at, Item.first_seen_at) >= since))
    out: dict[int, list[str]] = {}
    for item_id, name in session.execute(query):
        out.setdefault(item_id, []).append(name)
    return out


def _merge_events(items: list[Item], results: list[AnalysisResult], index: EventIndex) -> list[str | None]:
    """Map each batch event to an existing stored event when any of its members matches one."""
    mapping: dict[str, str] = {}
    for item, result in zip(items, results, strict=True):
        if not result.relevant or not result.event or result.event in mapping:
            continue
        existing = index.assign(_doc(item, result, [u.name for u in result.units]))
        if existing:
            mapping[result.event] = existing
    return [mapping.get(r.event, r.event) if r.relevant and r.event else None for r in results]


def _store_event(session: Session, event_id: str, item: Item, cache: dict[str, Event]) -> bool:
    event = cache.get(event_id) or session.get(Event, event_id)
    created = event is None
    if event is None:
        event = Event(id=event_id, title=item.title or item.text[:200], item_count=0)
        session.add(event)
    cache[event_id] = event
    when = _when(item)
    event.item_count += 1
    event.first_published_at = min(filter(None, [event.first_published_at, when]))
    event.last_published_at = max(filter(None, [event.last_published_at, when]))
    return created


def _write(session: Session, item: Item, result: AnalysisResult, event_id: str | None,
           unit_ids: dict[str, int]) -> None:
    session.add(Analysis(
        item_id=item.id, relevant=result.relevant, tone=str(result.tone),
        tone_confidence=float(result.tone_confidence), issues=list(result.issues),
        provinces=list(result.provinces), severity=int(result.severity), event_id=event_id,
        model_version=result.model_version, analysed_at=utcnow()))
    for unit in result.units:
        if unit.name in unit_ids:
            session.add(ItemUnit(item_id=item.id, unit_id=unit_ids[unit.name]))


def analyse_pending(session: Session, analyser: Analyser, *, batch_size: int = 1000,
                    on_batch: Callable[[int], None] | None = None) -> AnalyseCounts:
    """Analyse every item without an analysis, batch by batch (each batch flushed)."""
    unit_ids: dict[str, int] = {name: uid for name, uid in session.execute(select(Unit.name, Unit.id))}
    analysed = relevant = events_new = 0
    cache: dict[str, Event] = {}
    while batch := pending_items(session, limit=batch_size):
        index = _recent_index(session, min(_when(i) for i in batch) - EVENT_WINDOW)
        results = analyser.analyse([_input(i) for i in batch])
        event_ids = _merge_events(batch, results, index)
        for item, event_id in zip(batch, event_ids, strict=True):
            if event_id:
                events_new += _store_event(session, event_id, item, cache)
        session.flush()  # events before the analyses that point at them
        for item, result, event_id in zip(batch, results, event_ids, strict=True):
            _write(session, item, result, event_id, unit_ids)
            relevant += result.relevant
        session.flush()
        analysed += len(batch)
        if on_batch:
            on_batch(len(batch))
    return AnalyseCounts(analysed=analysed, relevant=relevant, events_new=events_new)


def correct(session: Session, *, item_id: int, actor: str, user_id: int | None = None,
            tone: str | None = None, issues: list[str] | None = None, units: list[str] | None = None,
            relevant: bool | None = None, note: str = "") -> Correction:
    """Record a person's correction and apply it to the item's analysis at once."""
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound(f"item {item_id} does not exist", message_id=f"Berita {item_id} tidak ditemukan")
    if tone is not None and tone not in set(Tone):
        raise InvalidInput(f"unknown tone {tone!r}; use positif, negatif or netral")
    bad = [code for code in issues or [] if code not in ISSUE_CODES]
    if bad:
        raise InvalidInput(f"unknown issue code(s): {', '.join(bad)}")
    unit_rows = _resolve_units(session, units)
    row = Correction(item_id=item_id, actor=actor, user_id=user_id, tone=tone, issues=issues,
                     units=units, relevant=relevant, note=note)
    session.add(row)
    _apply(session, item, row, unit_rows)
    session.flush()
    return row


def _resolve_units(session: Session, names: list[str] | None) -> list[Unit] | None:
    if names is None:
        return None
    rows = list(session.scalars(select(Unit).where(Unit.name.in_(names))))
    missing = sorted(set(names) - {u.name for u in rows})
    if missing:
        raise InvalidInput(f"unknown unit(s): {', '.join(missing)}")
    return rows


def _apply(session: Session, item: Item, row: Correction, units: list[Unit] | None) -> None:
    analysis = session.get(Analysis, item.id)
    if analysis is None:
        analysis = Analysis(item_id=item.id, model_version="manual")
        session.add(analysis)
    changes: dict[str, Any] = {"tone": row.tone, "issues": row.issues, "relevant": row.relevant}
    for key, value in changes.items():
        if value is not None:
            setattr(analysis, key, value)
    if row.tone is not None:
        analysis.tone_confidence = 1.0
    analysis.corrected = True
    if units is not None:
        session.execute(delete(ItemUnit).where(ItemUnit.item_id == item.id))
        session.add_all(ItemUnit(item_id=item.id, unit_id=u.id) for u in units)


def corrections_for_training(session: Session) -> list[dict[str, Any]]:
    """Corrected items in the labelled-set format (latest correction per item wins)."""
    rows: dict[int, dict[str, Any]] = {}
    query = select(Correction, Item).join(Item, Item.id == Correction.item_id).order_by(Correction.at)
    for corr, item in session.execute(query):
        record = rows.setdefault(item.id, {"id": f"corr-{item.id}", "title": item.title, "text": item.text})
        for key in ("relevant", "tone", "issues", "units"):
            value = getattr(corr, key)
            if value is not None:
                record[key] = value
    return list(rows.values())
