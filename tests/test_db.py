"""Migrations, portable types and full-text search on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine, select

from sigap.db import current_revision, downgrade, make_engine, migrate, session_scope, table_names
from sigap.fts import search_items
from sigap.models import Item, Unit

CORE_TABLES = {"kanwil", "unit", "source", "item", "item_sighting", "event", "analysis", "item_unit",
               "user_account", "audit_log"}


def test_migrations_up_from_empty_and_down_again(db_url: str) -> None:
    eng = make_engine(db_url)
    migrate(eng)
    assert table_names(eng) >= CORE_TABLES
    assert current_revision(eng) is not None
    migrate(eng)  # idempotent
    downgrade(eng, "base")
    assert not CORE_TABLES & table_names(eng)
    eng.dispose()


def test_units_loaded_with_kanwil(engine: Engine) -> None:
    with session_scope(engine) as s:
        unit = s.scalar(select(Unit).where(Unit.name == "Lapas Kelas IIA Samarinda"))
        assert unit is not None
        assert unit.province == "Kalimantan Timur"
        assert unit.kanwil.name == "Kanwil Ditjenpas Kalimantan Timur"
        assert "Lapas Samarinda" in unit.aliases


def _item(key: str, title: str, published: datetime | None) -> Item:
    return Item(url_key=key, url=f"https://example.test/{key}", title=title, text="", content_hash=key,
                published_at=published)


def test_datetimes_come_back_aware_utc(engine: Engine) -> None:
    wita = timezone(timedelta(hours=8))
    with session_scope(engine) as s:
        s.add(_item("a", "x", datetime(2023, 9, 6, 14, 30, tzinfo=wita)))
    with session_scope(engine) as s:
        item = s.scalar(select(Item))
        assert item is not None and item.published_at == datetime(2023, 9, 6, 6, 30, tzinfo=UTC)
        assert item.published_at.tzinfo is not None and item.first_seen_at.tzinfo is not None


def test_naive_datetime_is_refused(engine: Engine) -> None:
    with pytest.raises(Exception, match="naive datetime"), session_scope(engine) as s:
        s.add(_item("b", "x", datetime(2023, 1, 1)))
        s.flush()


def test_full_text_search_finds_words_in_title_or_text(engine: Engine) -> None:
    with session_scope(engine) as s:
        s.add(_item("1", "Petugas Lapas Sintang gagalkan penyelundupan sabu", None))
        s.add(_item("2", "Remisi Idulfitri untuk warga binaan", None))
        s.add(_item("3", "Upacara Hari Bakti Pemasyarakatan", None))
    with session_scope(engine) as s:
        assert [i.url_key for i in search_items(s, "penyelundupan sabu")] == ["1"]
        assert [i.url_key for i in search_items(s, "REMISI")] == ["2"]
        assert search_items(s, "tidakada") == []
        assert search_items(s, "  ") == []
        s.delete(s.scalar(select(Item).where(Item.url_key == "1")))
    with session_scope(engine) as s:
        assert search_items(s, "penyelundupan") == []
