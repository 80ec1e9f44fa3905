"""Users: argon2-hashed passwords, roles scoped to Ditjen / Kanwil / UPT (DESIGN §1)."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.errors import Conflict, InvalidInput, NotFound
from sigap.models import AuditLog, Kanwil, Unit, User
from sigap.taxonomy import Role

_HASHER = PasswordHasher()
MIN_PASSWORD = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,79}$")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _check_scope(role: Role, unit: Unit | None, kanwil: Kanwil | None) -> None:
    if role == Role.UPT and unit is None:
        raise InvalidInput("a upt user needs a unit", message_id="Pengguna UPT harus terikat pada satu UPT")
    if role == Role.KANWIL and kanwil is None:
        raise InvalidInput("a kanwil user needs a kanwil", message_id="Pengguna Kanwil harus terikat pada Kanwil")


def create(session: Session, *, username: str, password: str, role: str, full_name: str = "",
           email: str | None = None, unit: Unit | None = None, kanwil: Kanwil | None = None,
           actor: str = "system") -> User:
    """A new user; the password is stored only as an argon2 hash."""
    if not _USERNAME.match(username):
        raise InvalidInput("username: 3-80 characters, lower-case letters, digits, '.', '_' or '-'")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"password must have at least {MIN_PASSWORD} characters",
                           message_id=f"Kata sandi minimal {MIN_PASSWORD} karakter")
    if role not in set(Role):
        raise InvalidInput(f"unknown role {role!r}; use admin, ditjen, kanwil or upt")
    if get_by_username(session, username=username) is not None:
        raise Conflict(f"user {username!r} already exists", message_id=f"Pengguna {username!r} sudah ada")
    if unit is not None and kanwil is None:
        kanwil = unit.kanwil
    _check_scope(Role(role), unit, kanwil)
    user = User(username=username, full_name=full_name, email=email, password_hash=hash_password(password),
                role=role, unit_id=unit.id if unit else None, kanwil_id=kanwil.id if kanwil else None,
                channels=["email"] if email else [])
    session.add(user)
    session.flush()
    session.add(AuditLog(actor=actor, action="user.create", entity="user", entity_id=str(user.id),
                         detail={"username": username, "role": role}))
    return user


def get_by_username(session: Session, *, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == username))


def authenticate(session: Session, *, username: str, password: str) -> User | None:
    """The active user with these credentials, or None (same answer for unknown user and bad password)."""
    user = get_by_username(session, username=username)
    if user is None or not user.active:
        verify_password(_DUMMY_HASH, password)  # spend the same time either way
        return None
    return user if verify_password(user.password_hash, password) else None


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def set_password(session: Session, *, username: str, password: str, actor: str = "system") -> None:
    user = get_by_username(session, username=username)
    if user is None:
        raise NotFound(f"unknown user {username!r}")
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"password must have at least {MIN_PASSWORD} characters")
    user.password_hash = hash_password(password)
    session.add(AuditLog(actor=actor, action="user.password", entity="user", entity_id=str(user.id), detail={}))


_DUMMY_HASH = _HASHER.hash("sigap-timing-equaliser")
