"""Store a link an officer submitted (the web app and the CLI call `submit_link`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, select

from sigap.db import session_scope
from sigap.fetch import Fetcher
from sigap.ingest.store import store_items
from sigap.models import Item, Unit
from sigap.settings import Settings
from sigap.sources import registry
from sigap.sources.submitted import read_link
from sigap.urls import url_key


@dataclass(frozen=True)
class SubmitResult:
    item_id: int
    new: bool
    error: str | None  # why the page could not be read (the link is stored anyway)


def submit_link(engine: Engine, settings: Settings, *, url: str, unit_id: int | None,
                allow_private: bool = False) -> SubmitResult:
    """Fetch and store `url` as submitted by `unit_id`; UnsafeURL for private or internal addresses."""
    with session_scope(engine) as session:
        unit = session.get(Unit, unit_id) if unit_id is not None else None
        name = f"Kiriman {unit.name}" if unit else "Kiriman petugas"
        source = registry.get_or_create_internal(session, kind="submitted", key=f"unit:{unit_id or 0}",
                                                 name=name, unit_id=unit_id)
        info = registry.info(source)
    with Fetcher(settings, allow_private=allow_private) as fetcher:
        raw, error = read_link(url, unit_id=unit_id, fetcher=fetcher, source=info)
    with session_scope(engine) as session:
        counts = store_items(session, [raw], source=registry.get(session, source_id=info.id))
        item_id = session.scalar(select(Item.id).where(Item.url_key == url_key(raw.url)))
    return SubmitResult(item_id=int(item_id or 0), new=counts.new == 1, error=error)
