"""Store the synthetic demo stream through the real ingest path (as an import source would)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.demo.model import DemoItem
from sigap.ingest import IngestCounts, store_items
from sigap.models import Source
from sigap.sources.base import RawItem

DEMO_SOURCE_URL = "demo://sigap/stream"


def to_raw(item: DemoItem, *, is_drill: bool = False) -> RawItem:
    """A DemoItem as ingest sees any other item: no ground truth attached."""
    return RawItem(url=item.url, title=item.title, text=item.text, published=item.published,
                   author=item.author, outlet=item.outlet, platform=item.platform, likes=item.likes,
                   shares=item.shares, comments=item.comments, views=item.views, language="id",
                   owned=item.owned, is_drill=is_drill)


def demo_source(session: Session) -> Source:
    """The import source that owns the demo items (created once)."""
    source = session.scalar(select(Source).where(Source.url == DEMO_SOURCE_URL))
    if source is None:
        source = Source(name="Demo: aliran berita sintetis", url=DEMO_SOURCE_URL, kind="import",
                        platform="mixed", enabled=False)
        session.add(source)
        session.flush()
    return source


def load_demo(session: Session, items: Iterable[DemoItem]) -> IngestCounts:
    return store_items(session, (to_raw(i) for i in items), source=demo_source(session))


def stream_end(items: Iterable[DemoItem]) -> datetime:
    return max(i.published for i in items)
