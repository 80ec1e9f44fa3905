"""Units and kanwil in the database: loaded from the gazetteer, looked up by name or alias."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.errors import NotFound
from sigap.gazetteer import Gazetteer
from sigap.models import Kanwil, Unit


@dataclass(frozen=True)
class SyncCounts:
    kanwil: int
    units_new: int
    units_updated: int


def sync_from_gazetteer(session: Session, gazetteer: Gazetteer) -> SyncCounts:
    """Insert or update every kanwil and unit of the gazetteer (idempotent, one transaction)."""
    kanwils = {k.name: k for k in session.scalars(select(Kanwil))}
    for province in gazetteer.provinces.values():
        if province.kanwil not in kanwils:
            home = province.kanwil.removeprefix("Kanwil Ditjenpas ")
            kanwils[province.kanwil] = Kanwil(name=province.kanwil, province=home)
            session.add(kanwils[province.kanwil])
    session.flush()
    existing = {u.name: u for u in session.scalars(select(Unit))}
    new = updated = 0
    for g in gazetteer.units:
        values = {"type": g.type, "unit_class": g.unit_class, "city": g.city, "province": g.province,
                  "kanwil_id": kanwils[g.kanwil].id, "aliases": list(g.aliases)}
        row = existing.get(g.name)
        if row is None:
            session.add(Unit(name=g.name, **values))
            new += 1
        elif any(getattr(row, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            updated += 1
    session.flush()
    return SyncCounts(kanwil=len(kanwils), units_new=new, units_updated=updated)


def get_by_name(session: Session, *, name: str) -> Unit | None:
    return session.scalar(select(Unit).where(Unit.name == name))


def resolve(session: Session, *, text: str, gazetteer: Gazetteer) -> Unit:
    """The one unit that `text` names (name or alias); NotFound with suggestions otherwise."""
    unit = get_by_name(session, name=text)
    if unit:
        return unit
    matches = gazetteer.search(text, limit=5)
    if len(matches) == 1 or (matches and gazetteer.by_alias(text)):
        found = get_by_name(session, name=matches[0].name)
        if found:
            return found
    hint = f"; did you mean: {', '.join(m.name for m in matches)}" if matches else ""
    raise NotFound(f"unknown unit {text!r}{hint}", message_id=f"UPT {text!r} tidak dikenal{hint}")


def get_kanwil_by_name(session: Session, *, name: str) -> Kanwil:
    """A kanwil by its name, its province or a short form ('Kaltim', 'Kanwil Jawa Timur')."""
    wanted = name.lower().removeprefix("kanwil ").removeprefix("ditjenpas ").strip()
    for kanwil in session.scalars(select(Kanwil)):
        if wanted in {kanwil.name.lower(), kanwil.province.lower()}:
            return kanwil
    raise NotFound(f"unknown kanwil {name!r}", message_id=f"Kanwil {name!r} tidak dikenal")


def list_units(session: Session, *, kanwil_id: int | None = None) -> list[Unit]:
    query = select(Unit).order_by(Unit.province, Unit.name)
    if kanwil_id is not None:
        query = query.where(Unit.kanwil_id == kanwil_id)
    return list(session.scalars(query))
