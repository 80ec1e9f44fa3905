"""Shared builders for the crisis-case tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.cases import service, teams
from sigap.models import Analysis, Event, Item, ItemUnit, Kanwil, Unit, User
from sigap.models.cases import CrisisCase
from sigap.scope import SYSTEM, Actor, actor_for_user

NOW = datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
SAMARINDA = "Lapas Kelas IIA Samarinda"
CIPINANG = "Lapas Kelas I Cipinang"


def unit(s: Session, name: str = SAMARINDA) -> Unit:
    row = s.scalar(select(Unit).where(Unit.name == name))
    assert row is not None, name
    return row


def user(s: Session, username: str, role: str, *, unit_row: Unit | None = None,
         kanwil: Kanwil | None = None) -> Actor:
    account = User(username=username, password_hash="x", role=role, unit_id=unit_row.id if unit_row else None,
                   kanwil_id=(kanwil.id if kanwil else (unit_row.kanwil_id if unit_row else None)))
    s.add(account)
    s.flush()
    return actor_for_user(account)


def staff(s: Session, unit_row: Unit) -> dict[str, Any]:
    """A unit TKK and a kanwil TKK, each with a spokesperson."""
    speaker = teams.add_member(s, actor=SYSTEM, tier="upt", unit_id=unit_row.id, role="juru_bicara",
                               name="Rina Wulandari", phone="0811-5555-1234", email="rina@lapas.test")
    head = teams.add_member(s, actor=SYSTEM, tier="upt", unit_id=unit_row.id, role="ketua", name="Kalapas Samarinda")
    kanwil_speaker = teams.add_member(s, actor=SYSTEM, tier="kanwil", kanwil_id=unit_row.kanwil_id,
                                      role="juru_bicara", name="Agus Prasetyo", email="agus@kanwil.test")
    return {"speaker": speaker, "head": head, "kanwil_speaker": kanwil_speaker}


FACTS = {"kejadian": "pelarian dua warga binaan berinisial AS dan RT", "waktu": "Senin dini hari pukul 02.00 WITA",
         "tindakan": "melakukan pengejaran bersama Polresta Samarinda"}


def open_case(s: Session, *, level: int = 1, crisis_class: str = "keamanan_ketertiban",
              issues: tuple[str, ...] = ("pelarian",), now: datetime = NOW, actor: Actor = SYSTEM,
              name: str = SAMARINDA, **kwargs: Any) -> CrisisCase:
    return service.create(s, actor=actor, title="Dua WBP kabur dari Lapas Samarinda", now=now, level=level,
                          unit_ids=[unit(s, name).id], crisis_class=crisis_class, issues=list(issues),
                          facts=kwargs.pop("facts", FACTS), **kwargs)


def negative_item(s: Session, key: str, *, unit_row: Unit, at: datetime, tone: str = "negatif",
                  event_id: str | None = None, views: int | None = 1000, is_drill: bool = False) -> Item:
    if event_id and s.get(Event, event_id) is None:
        s.add(Event(id=event_id, title="peristiwa", first_published_at=at))
        s.flush()
    item = Item(url_key=key, url=f"https://berita.test/{key}", title=f"Berita {key}", text="", content_hash=key,
                published_at=at, first_seen_at=at + timedelta(minutes=1), views=views, is_drill=is_drill)
    s.add(item)
    s.flush()
    s.add(Analysis(item_id=item.id, relevant=True, tone=tone, issues=["pelarian"], event_id=event_id))
    s.add(ItemUnit(item_id=item.id, unit_id=unit_row.id))
    s.flush()
    return item
