"""store_items on SQLite and PostgreSQL: one item per story, sightings, engagement, idempotence."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select

from sigap.db import session_scope
from sigap.ingest import store_items
from sigap.items import list_items
from sigap.models import Item, ItemSighting, Source
from sigap.sources import registry
from sigap.sources.base import RawItem

URL = "https://kabarkota-demo.id/read/2023/09/06/napi-kabur-dari-rutan-contoh"
WHEN = datetime(2023, 9, 6, 7, 30, tzinfo=UTC)


def _raw(url: str = URL, **fields: object) -> RawItem:
    values: dict[str, object] = {"title": "Napi Kabur dari Rutan Contoh", "text": "Dua napi kabur.",
                                 "published": WHEN, "outlet": "Kabar Kota Demo"}
    values.update(fields)
    return RawItem(url=url, **values)  # type: ignore[arg-type]


def _source(session: object, name: str, url: str) -> Source:
    return registry.create(session, url=url, kind="rss", name=name, allow_private=True)  # type: ignore[arg-type]


def test_same_story_through_variants_and_two_feeds_is_one_item(engine: Engine) -> None:
    with session_scope(engine) as s:
        a, b = _source(s, "A", "http://127.0.0.1:1/a"), _source(s, "B", "http://127.0.0.1:1/b")
        first = store_items(s, [_raw(), _raw(URL + "?utm_source=twitter#top")], source=a)
        second = store_items(s, [_raw("https://m.kabarkota-demo.id/read/2023/09/06/napi-kabur-dari-rutan-contoh/amp")],
                             source=b)
        again = store_items(s, [_raw()], source=a)
    assert (first.new, first.unchanged, len(first.new_ids)) == (1, 1, 1)
    assert (second.new, second.unchanged, again.unchanged, again.new) == (0, 1, 1, 0)
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 1
        item = s.scalars(select(Item)).one()
        assert item.url == URL and item.published_at == WHEN and item.first_seen_at is not None
        sightings = s.scalars(select(ItemSighting).where(ItemSighting.item_id == item.id)).all()
        assert len(sightings) == 2
        assert {src.items_seen for src in s.scalars(select(Source))} == {1}
        assert [i.id for i in list_items(s, source_id=sightings[0].source_id)] == [item.id]


def test_engagement_rises_and_text_grows_but_never_shrinks(engine: Engine) -> None:
    post = "https://x.com/wargabiasa_demo/status/1700000000000000001"
    with session_scope(engine) as s:
        store_items(s, [_raw(post, title="", text="Napi kabur?", platform="x", likes=10, views=100)])
    with session_scope(engine) as s:
        same = store_items(s, [_raw(post, title="", text="Napi kabur?", platform="x", likes=10, views=100)])
        newer = store_items(s, [_raw(post + "?s=20", title="", text="Napi kabur?", platform="x", likes=50,
                                     shares=3, views=90)])
        shorter = store_items(s, [_raw(post, title="", text="Napi", platform="x")])
        fuller = store_items(s, [_raw(post, title="", text="Napi kabur? Ada yang tahu kabar resminya?")])
    assert (same.unchanged, newer.updated, shorter.unchanged, fuller.updated) == (1, 1, 1, 1)
    with session_scope(engine) as s:
        item = s.scalars(select(Item)).one()
        assert (item.likes, item.shares, item.views) == (50, 3, 100)
        assert item.text == "Napi kabur? Ada yang tahu kabar resminya?"


def test_rejects_unusable_items_and_keeps_the_rest(engine: Engine) -> None:
    future = datetime.now(UTC) + timedelta(days=30)
    with session_scope(engine) as s:
        counts = store_items(s, [_raw("not a url"), _raw(title="", text=""), _raw("ftp://x-demo.id/a"),
                                 _raw(published=future), _raw(URL + "-2", published=None, is_drill=True, owned=True)])
    assert (counts.new, counts.rejected, len(counts.errors)) == (2, 3, 3)
    with session_scope(engine) as s:
        items = {i.url: i for i in s.scalars(select(Item))}
        assert items[URL].published_at <= datetime.now(UTC)  # a future date is clamped to now
        drill = items[URL + "-2"]
        assert drill.is_drill and drill.owned and drill.published_at is None


def test_concurrent_writers_create_no_duplicate(engine: Engine) -> None:
    raws = [_raw(f"https://kabarkota-demo.id/read/{n}/berita-ke-{n}") for n in range(300)]
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with session_scope(engine) as s:
                store_items(s, raws)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with session_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 300


def test_engagement_snapshots_follow_new_and_changed_counts(engine: Engine) -> None:
    """Detection measures virality from snapshots: one per import that shows new counts."""
    from sigap.models.alerts import EngagementSnapshot

    t0 = datetime(2025, 5, 1, 8, tzinfo=UTC)

    def post(views: int) -> RawItem:
        return RawItem(url="https://x.example/status/1", title="", text="napi kabur lagi?", platform="x",
                       outlet="X", published=t0, views=views, likes=views // 10)

    with session_scope(engine) as s:
        store_items(s, [post(1_000)], now=t0 + timedelta(hours=1))
    with session_scope(engine) as s:
        store_items(s, [post(1_000)], now=t0 + timedelta(hours=2))  # same counts: no new snapshot
        store_items(s, [post(50_000)], now=t0 + timedelta(hours=3))
    with session_scope(engine) as s:
        snaps = list(s.scalars(select(EngagementSnapshot).order_by(EngagementSnapshot.at)))
        assert [(snap.views, snap.at) for snap in snaps] == [
            (1_000, t0 + timedelta(hours=1)), (50_000, t0 + timedelta(hours=3))]
