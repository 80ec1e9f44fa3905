"""Who is acting, and what they may see (DESIGN §1): admin and ditjen everything, kanwil its province,
upt its own unit. The CLI acts as the `system` admin unless `--as USERNAME` names a user.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.errors import Forbidden, NotFound
from sigap.models import Unit, User
from sigap.taxonomy import Role, Tier


@dataclass(frozen=True)
class Actor:
    """The person (or program) behind a change; recorded in timelines and the audit log."""

    username: str
    role: Role
    user_id: int | None = None
    unit_id: int | None = None
    kanwil_id: int | None = None

    @property
    def tier(self) -> Tier:
        """The organisational tier the actor belongs to (admin counts as Ditjen)."""
        if self.role == Role.UPT:
            return Tier.UPT
        return Tier.KANWIL if self.role == Role.KANWIL else Tier.DITJEN

    @property
    def is_national(self) -> bool:
        return self.role in (Role.ADMIN, Role.DITJEN)


SYSTEM = Actor(username="system", role=Role.ADMIN)


def actor_for_user(user: User) -> Actor:
    return Actor(username=user.username, role=Role(user.role), user_id=user.id, unit_id=user.unit_id,
                 kanwil_id=user.kanwil_id)


def actor_by_username(session: Session, username: str | None) -> Actor:
    """The actor for `username`; the system actor when none is given."""
    if not username:
        return SYSTEM
    user = session.scalar(select(User).where(User.username == username))
    if user is None or not user.active:
        raise NotFound(f"unknown or inactive user {username!r}",
                       message_id=f"Pengguna {username!r} tidak dikenal atau tidak aktif")
    return actor_for_user(user)


def _kanwil_of_units(session: Session, unit_ids: Iterable[int]) -> set[int]:
    ids = list(unit_ids)
    if not ids:
        return set()
    return set(session.scalars(select(Unit.kanwil_id).where(Unit.id.in_(ids))))


def can_see_units(session: Session, actor: Actor, *, unit_ids: Iterable[int], kanwil_id: int | None) -> bool:
    """True when the actor's scope covers any of the units (or the kanwil of a kanwil-wide record)."""
    if actor.is_national:
        return True
    ids = set(unit_ids)
    if actor.role == Role.UPT:
        return actor.unit_id is not None and actor.unit_id in ids
    if actor.kanwil_id is None:
        return False
    return kanwil_id == actor.kanwil_id or actor.kanwil_id in _kanwil_of_units(session, ids)


def require_unit_access(session: Session, actor: Actor, *, unit_ids: Iterable[int],
                        kanwil_id: int | None = None) -> None:
    if not can_see_units(session, actor, unit_ids=unit_ids, kanwil_id=kanwil_id):
        raise Forbidden(f"{actor.username} may not act outside their scope",
                        message_id=f"{actor.username} tidak berwenang di luar wilayah kerjanya")
