"""Clarification loop: every negative item or event of a case links to the statement that answers it, so
time to first response, time to clarification and the reach of the answer against the original are measured.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.cases.timeline import record
from sigap.errors import Conflict, InvalidInput, NotFound
from sigap.models import Analysis, Event, Item
from sigap.models.cases import CaseLink, CrisisCase, Statement
from sigap.scope import SYSTEM, Actor

ANSWERING_KINDS = ("klarifikasi", "siaran_pers", "media_sosial")


def item_time(item: Item) -> datetime:
    return item.published_at or item.first_seen_at


def item_reach(item: Item) -> int:
    """Views when known, else engagement (likes + shares + comments), else 0."""
    if item.views:
        return int(item.views)
    return int((item.likes or 0) + (item.shares or 0) + (item.comments or 0))


def list_links(session: Session, case_id: int) -> list[CaseLink]:
    return list(session.scalars(select(CaseLink).where(CaseLink.case_id == case_id).order_by(CaseLink.id)))


def link(session: Session, case: CrisisCase, *, actor: Actor, now: datetime, item_id: int | None = None,
         event_id: str | None = None) -> CaseLink:
    """Link one negative item or event to the case (idempotent per item/event)."""
    if (item_id is None) == (event_id is None):
        raise InvalidInput("link exactly one item or one event", message_id="Tautkan satu berita atau satu peristiwa")
    if item_id is not None and session.get(Item, item_id) is None:
        raise NotFound(f"no item {item_id}", message_id=f"Berita {item_id} tidak ditemukan")
    if event_id is not None and session.get(Event, event_id) is None:
        raise NotFound(f"no event {event_id}", message_id=f"Peristiwa {event_id} tidak ditemukan")
    for row in list_links(session, case.id):
        if (item_id is not None and row.item_id == item_id) or (event_id is not None and row.event_id == event_id):
            return row
    row = CaseLink(case_id=case.id, item_id=item_id, event_id=event_id, linked_at=now)
    session.add(row)
    session.flush()
    record(session, case, actor=actor, kind="link", at=now,
           message=f"Ditautkan: {'berita #' + str(item_id) if item_id else 'peristiwa ' + str(event_id)}",
           detail={"link_id": row.id, "item_id": item_id, "event_id": event_id})
    return row


def _negative_items_of_events(session: Session, event_ids: list[str], is_drill: bool) -> list[int]:
    if not event_ids:
        return []
    query = (select(Analysis.item_id).join(Item, Item.id == Analysis.item_id)
             .where(Analysis.event_id.in_(event_ids), Analysis.tone == "negatif", Item.is_drill.is_(is_drill)))
    return list(session.scalars(query))


def link_alert_material(session: Session, case: CrisisCase, *, event_ids: list[str], item_ids: list[int],
                        actor: Actor, now: datetime) -> int:
    """Link an alert's events and their negative items (plus the alert's own items) to the case."""
    for event_id in event_ids:
        link(session, case, event_id=event_id, actor=actor, now=now)
    wanted = dict.fromkeys([*item_ids, *_negative_items_of_events(session, event_ids, case.is_drill)])
    for item_id in wanted:
        link(session, case, item_id=item_id, actor=actor, now=now)
    return len(event_ids) + len(wanted)


def sync_links(session: Session, case: CrisisCase, now: datetime) -> int:
    """Link new negative items of the case's events (they keep arriving); run by the scheduler."""
    links = list_links(session, case.id)
    events = [row.event_id for row in links if row.event_id]
    have = {row.item_id for row in links if row.item_id}
    new = [i for i in _negative_items_of_events(session, events, case.is_drill) if i not in have]
    for item_id in new:
        link(session, case, item_id=item_id, actor=SYSTEM, now=now)
    return len(new)


def answer(session: Session, case: CrisisCase, *, link_id: int, statement: Statement, actor: Actor,
           now: datetime) -> CaseLink:
    row = session.get(CaseLink, link_id)
    if row is None or row.case_id != case.id:
        raise NotFound(f"case {case.id} has no link {link_id}", message_id=f"Tautan {link_id} tidak ditemukan")
    if statement.published_at is None:
        raise Conflict("only a published statement can answer", message_id="Hanya pernyataan terbit yang menjawab")
    row.statement_id, row.answered_at = statement.id, now
    record(session, case, actor=actor, kind="link", at=now,
           message=f"Tautan #{row.id} dijawab oleh pernyataan #{statement.id}",
           detail={"link_id": row.id, "statement_id": statement.id})
    return row


def answer_open_links(session: Session, case: CrisisCase, statement: Statement, *, actor: Actor,
                      now: datetime) -> int:
    """A published clarification answers every link still open."""
    open_links = [row for row in list_links(session, case.id) if row.statement_id is None]
    for row in open_links:
        row.statement_id, row.answered_at = statement.id, now
    if open_links:
        record(session, case, actor=actor, kind="link", at=now,
               message=f"{len(open_links)} tautan dijawab oleh pernyataan #{statement.id}",
               detail={"statement_id": statement.id, "links": [r.id for r in open_links]})
    return len(open_links)


def linked_items(session: Session, case_id: int) -> list[Item]:
    ids = [row.item_id for row in list_links(session, case_id) if row.item_id]
    return list(session.scalars(select(Item).where(Item.id.in_(ids)))) if ids else []


def _response_reach(session: Session, statement: Statement) -> int:
    if statement.reach is not None:
        return statement.reach
    item = session.scalar(select(Item).where(Item.url == statement.url)) if statement.url else None
    return item_reach(item) if item else 0


def _minutes(start: datetime | None, end: datetime | None) -> float | None:
    return None if start is None or end is None else round((end - start).total_seconds() / 60, 1)


def metrics(session: Session, case: CrisisCase) -> dict[str, Any]:
    """First mention, first response, clarification: times (minutes) and reach of answer vs original."""
    items = linked_items(session, case.id)
    published = list(session.scalars(select(Statement).where(Statement.case_id == case.id,
                                                             Statement.published_at.is_not(None))
                                     .order_by(Statement.published_at)))
    first_mention = min([item_time(i) for i in items] + ([case.first_mention_at] if case.first_mention_at else []),
                        default=case.opened_at)
    first_response = published[0].published_at if published else None
    clarifications = [s for s in published if s.kind in ANSWERING_KINDS]
    clarified = clarifications[0].published_at if clarifications else None
    links = list_links(session, case.id)
    original = sum(item_reach(i) for i in items)
    response = sum(_response_reach(session, s) for s in published)
    return {"first_mention_at": first_mention, "first_response_at": first_response, "clarified_at": clarified,
            "minutes_to_first_response": _minutes(first_mention, first_response),
            "minutes_to_clarification": _minutes(first_mention, clarified),
            "links": len(links), "links_answered": sum(1 for r in links if r.statement_id),
            "negative_items": len(items), "original_reach": original, "response_reach": response,
            "reach_ratio": round(response / original, 3) if original else None}


def links_to_dicts(session: Session, case_id: int) -> list[dict[str, Any]]:
    rows = list_links(session, case_id)
    titles = {i.id: (i.title, i.url) for i in linked_items(session, case_id)}
    return [{"id": r.id, "item_id": r.item_id, "event_id": r.event_id, "statement_id": r.statement_id,
             "title": titles.get(r.item_id or -1, ("", ""))[0], "url": titles.get(r.item_id or -1, ("", ""))[1],
             "linked_at": r.linked_at, "answered_at": r.answered_at} for r in rows]
