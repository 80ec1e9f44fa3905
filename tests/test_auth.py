"""Users and passwords: argon2 hashes, roles bound to their scope, clear refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.auth import authenticate, create, set_password
from sigap.errors import Conflict, InvalidInput
from sigap.models import AuditLog, Kanwil, Unit


def _unit(db: Session, name: str = "Lapas Kelas IIA Samarinda") -> Unit:
    unit = db.scalar(select(Unit).where(Unit.name == name))
    assert unit is not None
    return unit


def test_password_is_hashed_with_argon2_and_verifies(db: Session) -> None:
    user = create(db, username="humas.smd", password="rahasia-panjang-1", role="upt", unit=_unit(db))
    assert user.password_hash.startswith("$argon2")
    assert "rahasia" not in user.password_hash
    assert user.kanwil_id == _unit(db).kanwil_id
    assert authenticate(db, username="humas.smd", password="rahasia-panjang-1") is not None
    assert authenticate(db, username="humas.smd", password="salah-sandi-123") is None
    assert authenticate(db, username="tidak.ada", password="rahasia-panjang-1") is None
    assert db.scalar(select(AuditLog).where(AuditLog.action == "user.create")) is not None


def test_password_change_takes_effect(db: Session) -> None:
    create(db, username="ditjen.a", password="sandi-lama-12345", role="ditjen")
    set_password(db, username="ditjen.a", password="sandi-baru-12345")
    assert authenticate(db, username="ditjen.a", password="sandi-lama-12345") is None
    assert authenticate(db, username="ditjen.a", password="sandi-baru-12345") is not None


@pytest.mark.parametrize(("kwargs", "error", "fragment"), [
    ({"username": "x", "password": "panjang-sekali-1", "role": "admin"}, InvalidInput, "username"),
    ({"username": "pendek", "password": "123", "role": "admin"}, InvalidInput, "at least"),
    ({"username": "dewa", "password": "panjang-sekali-1", "role": "superuser"}, InvalidInput, "unknown role"),
    ({"username": "upt.tanpa.unit", "password": "panjang-sekali-1", "role": "upt"}, InvalidInput, "unit"),
    ({"username": "kanwil.kosong", "password": "panjang-sekali-1", "role": "kanwil"}, InvalidInput, "kanwil"),
])
def test_invalid_users_are_refused(db: Session, kwargs: dict, error: type, fragment: str) -> None:
    with pytest.raises(error, match=fragment):
        create(db, **kwargs)


def test_duplicate_username_is_a_conflict(db: Session) -> None:
    kanwil = db.scalar(select(Kanwil).where(Kanwil.name == "Kanwil Ditjenpas Jawa Timur"))
    create(db, username="kanwil.jatim", password="panjang-sekali-1", role="kanwil", kanwil=kanwil)
    with pytest.raises(Conflict):
        create(db, username="kanwil.jatim", password="panjang-sekali-2", role="kanwil", kanwil=kanwil)
