"""Full-text search over items: one function, an FTS5 implementation and a PostgreSQL one."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from sigap.models import Item

_PG_VECTOR = "to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(text, ''))"

_SQLITE_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS item_fts USING fts5(title, text, content='item', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS item_fts_ai AFTER INSERT ON item BEGIN "
    "INSERT INTO item_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS item_fts_ad AFTER DELETE ON item BEGIN "
    "INSERT INTO item_fts(item_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS item_fts_au AFTER UPDATE OF title, text ON item BEGIN "
    "INSERT INTO item_fts(item_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO item_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
)
_SQLITE_DROP = ("DROP TRIGGER IF EXISTS item_fts_au", "DROP TRIGGER IF EXISTS item_fts_ad",
                "DROP TRIGGER IF EXISTS item_fts_ai", "DROP TABLE IF EXISTS item_fts")


def create_fts(connection: Connection) -> None:
    """Create the search index for the connection's dialect (called by migration 0001)."""
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_DDL:
            connection.execute(text(statement))
    else:
        connection.execute(text(f"CREATE INDEX IF NOT EXISTS ix_item_fts ON item USING gin ({_PG_VECTOR})"))


def drop_fts(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for statement in _SQLITE_DROP:
            connection.execute(text(statement))
    else:
        connection.execute(text("DROP INDEX IF EXISTS ix_item_fts"))


def _words(query: str) -> list[str]:
    return re.findall(r"\w+", query.lower())


def search_items(session: Session, query: str, *, limit: int = 50) -> list[Item]:
    """Items whose title or text contains every word of `query`, best match first."""
    words = _words(query)
    if not words:
        return []
    if session.get_bind().dialect.name == "sqlite":
        match = " AND ".join(f'"{w}"' for w in words)
        ids_sql = text("SELECT rowid FROM item_fts WHERE item_fts MATCH :q ORDER BY rank LIMIT :n")
        ids = [row[0] for row in session.execute(ids_sql, {"q": match, "n": limit})]
    else:
        ids_sql = text(f"SELECT id FROM item WHERE {_PG_VECTOR} @@ plainto_tsquery('simple', :q) "
                       f"ORDER BY ts_rank({_PG_VECTOR}, plainto_tsquery('simple', :q)) DESC LIMIT :n")
        ids = [row[0] for row in session.execute(ids_sql, {"q": " ".join(words), "n": limit})]
    if not ids:
        return []
    by_id: dict[Any, Item] = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]
