"""Feeds, pages and sitemaps read from a real HTTP server on 127.0.0.1, good and bad."""

from __future__ import annotations

import gzip
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from sigap.db import session_scope
from sigap.errors import FetchError
from sigap.fetch import Fetcher
from sigap.ingest import ingest_source
from sigap.models import Item, Source
from sigap.settings import Settings, load_settings
from sigap.sources import registry

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ingest"))
from ingest_server import (
    FIXTURES,
    TestServer,
    conditional,
    flaky,
    huge_stream,
    never_answers,
    redirect,
)


@pytest.fixture
def server() -> Iterator[TestServer]:
    with TestServer() as srv:
        yield srv


@pytest.fixture
def fast(tmp_path: Path) -> Settings:
    return load_settings(allow_private_sources=True, http_per_host_delay_seconds=0, http_retries=0,
                         http_timeout_seconds=2, http_backoff_seconds=0.05)


def _add(engine: Engine, url: str, kind: str = "rss", name: str = "Warta Nusantara Demo") -> int:
    with session_scope(engine) as s:
        return registry.create(s, url=url, kind=kind, name=name, allow_private=True).id


def _items(engine: Engine) -> dict[str, Item]:
    with session_scope(engine) as s:
        return {i.url: i for i in s.scalars(select(Item))}


def _source(engine: Engine, source_id: int) -> Source:
    with session_scope(engine) as s:
        return registry.get(s, source_id=source_id)


def test_rss_feed_end_to_end_on_both_databases(engine: Engine, server: TestServer, fast: Settings) -> None:
    source_id = _add(engine, server.add_file("/hukum/feed", "feed_basic.xml"))
    result = ingest_source(engine, fast, source_id)
    assert not result.failed and (result.new, result.rejected) == (4, 1)
    assert "no link" in result.skipped[0]
    items = _items(engine)
    kabur = items["https://wartanusantara-demo.id/hukum/2023/09/06/dua-narapidana-kabur"]
    assert kabur.published_at.isoformat() == "2023-09-06T07:30:00+00:00"  # "Rabu, 6 September 2023 14:30 WIB"
    assert items["https://wartanusantara-demo.id/hukum/2023/09/05/razia-kamar-hunian"].published_at.hour == 12
    assert items[server.url("/hukum/2023/08/17/remisi-kemerdekaan")].published_at is None  # relative link
    sabu = items["https://wartanusantara-demo.id/hukum/2023/09/06/petugas-lapas-gagalkan-penyelundupan-sabu"]
    assert sabu.author == "Rina Wulandari" and "<b>" not in sabu.text and sabu.outlet == "Warta Nusantara Demo"
    again = ingest_source(engine, fast, source_id)
    assert (again.new, again.unchanged) == (0, 4) and len(_items(engine)) == 4
    source = _source(engine, source_id)
    assert source.last_success_at and source.last_error is None and source.items_seen == 4


def test_conditional_get_and_atom(sqlite_engine: Engine, server: TestServer, fast: Settings) -> None:
    server.routes["/atom"] = conditional((FIXTURES / "feed_atom.xml").read_bytes(), '"v1"')
    source_id = _add(sqlite_engine, server.url("/atom"))
    assert ingest_source(sqlite_engine, fast, source_id).new == 1
    second = ingest_source(sqlite_engine, fast, source_id)
    assert second.not_modified and not second.failed
    assert server.request_headers[-1].get("If-None-Match") == '"v1"'
    assert "SigapBot" in server.request_headers[-1]["User-Agent"]


@pytest.mark.parametrize(("fixture", "content_type", "reason"), [
    ("feed_broken.xml", "application/rss+xml", "not valid RSS/Atom XML"),
    ("page_not_feed.html", "text/html; charset=utf-8", "HTML web page, not an RSS or Atom feed"),
])
def test_bad_feeds_fail_with_a_plain_reason(sqlite_engine: Engine, server: TestServer, fast: Settings,
                                            fixture: str, content_type: str, reason: str) -> None:
    source_id = _add(sqlite_engine, server.add_file("/feed", fixture, content_type))
    result = ingest_source(sqlite_engine, fast, source_id)
    assert result.failed and reason in (result.error or "")
    source = _source(sqlite_engine, source_id)
    assert source.error_streak == 1 and reason in (source.last_error or "") and source.enabled


def test_empty_feed_is_a_success_with_nothing(sqlite_engine: Engine, server: TestServer, fast: Settings) -> None:
    result = ingest_source(sqlite_engine, fast, _add(sqlite_engine, server.add_file("/e", "feed_empty.xml")))
    assert not result.failed and result.new == 0


@pytest.mark.parametrize("fixture", ["feed_cp1252_as_utf8.xml", "feed_broken_utf8.xml"])
def test_wrong_encodings_are_repaired(sqlite_engine: Engine, server: TestServer, fast: Settings,
                                      fixture: str) -> None:
    ingest_source(sqlite_engine, fast, _add(sqlite_engine, server.add_file("/f", fixture)))
    (item,) = _items(sqlite_engine).values()
    assert item.title == "“Kafe” Warga Binaan di Lapas Contoh Laris — Menu Café Latte"


def test_http_errors_back_off_and_recover(sqlite_engine: Engine, server: TestServer, fast: Settings) -> None:
    source_id = _add(sqlite_engine, server.add("/gone", "x", "text/plain", status=404))
    first = ingest_source(sqlite_engine, fast, source_id)
    ingest_source(sqlite_engine, fast, source_id)
    source = _source(sqlite_engine, source_id)
    assert first.failed and "HTTP 404" in (first.error or "")
    assert source.error_streak == 2 and source.enabled and source.next_due_at and source.last_attempt_at
    assert (source.next_due_at - source.last_attempt_at).total_seconds() >= 2 * source.interval_seconds - 5
    server.add_file("/gone", "feed_atom.xml")
    assert not ingest_source(sqlite_engine, fast, source_id).failed
    assert _source(sqlite_engine, source_id).error_streak == 0


def test_server_errors_are_retried_with_backoff(server: TestServer, fast: Settings) -> None:
    settings = fast.model_copy(update={"http_retries": 2})
    server.routes["/busy"] = flaky(server, 2, (200, {"Content-Type": "text/plain"}, b"ok"))
    with Fetcher(settings, allow_private=True) as fetcher:
        assert fetcher.get(server.url("/busy")).text == "ok"
    assert server.hits["/busy"] == 3
    server.add("/down", "x", "text/plain", status=500)
    with Fetcher(settings, allow_private=True) as fetcher, pytest.raises(FetchError, match="HTTP 500"):
        fetcher.get(server.url("/down"))


def test_a_server_that_never_answers_times_out(server: TestServer, fast: Settings) -> None:
    server.routes["/hang"] = never_answers(server)
    settings = fast.model_copy(update={"http_timeout_seconds": 0.5})
    start = time.monotonic()
    with Fetcher(settings, allow_private=True) as fetcher, pytest.raises(FetchError, match="did not answer"):
        fetcher.get(server.url("/hang"))
    assert time.monotonic() - start < 3


def test_fifty_megabytes_are_capped_while_streaming(server: TestServer, fast: Settings) -> None:
    server.routes["/huge"] = huge_stream(50)
    settings = fast.model_copy(update={"http_max_bytes": 2_000_000})
    tracemalloc.start()
    with Fetcher(settings, allow_private=True) as fetcher, pytest.raises(FetchError, match="2 MB limit"):
        fetcher.get(server.url("/huge"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 12_000_000  # never the 50 MB
    server.add("/declared", b"x" * 3_000_000, "text/plain")
    with Fetcher(settings, allow_private=True) as fetcher, pytest.raises(FetchError, match="limit"):
        fetcher.get(server.url("/declared"))


def test_redirects_loops_and_limits(server: TestServer, fast: Settings) -> None:
    server.routes["/a"], server.routes["/b"] = redirect("/b"), redirect("/a")
    server.routes["/old"] = redirect("/new", 301)
    server.add("/new", "baru", "text/plain")
    for n in range(8):
        server.routes[f"/hop{n}"] = redirect(f"/hop{n + 1}")
    with Fetcher(fast, allow_private=True) as fetcher:
        assert fetcher.get(server.url("/old")).url == server.url("/new")
        with pytest.raises(FetchError, match="loop"):
            fetcher.get(server.url("/a"))
        with pytest.raises(FetchError, match="more than 5"):
            fetcher.get(server.url("/hop0"))


def test_without_allow_private_loopback_and_metadata_are_never_fetched(server: TestServer,
                                                                       fast: Settings) -> None:
    server.add("/feed", "x", "text/plain")
    with Fetcher(fast, allow_private=False) as fetcher:
        for url in (server.url("/feed"), "http://169.254.169.254/latest/meta-data/"):
            with pytest.raises(FetchError, match="private or internal"):
                fetcher.get(url)
    assert server.hits == {}


def test_web_page_metadata_date_wins_over_script_dates(sqlite_engine: Engine, server: TestServer,
                                                       fast: Settings) -> None:
    source_id = _add(sqlite_engine, server.add_file("/read/ponsel", "article.html", "text/html; charset=utf-8"),
                     "web", "Halaman")
    result = ingest_source(sqlite_engine, fast, source_id)
    assert not result.failed and result.new == 1
    (item,) = _items(sqlite_engine).values()
    assert item.title == "Petugas Rutan Contoh Gagalkan Penyelundupan Ponsel"
    assert item.published_at.isoformat() == "2023-09-06T07:30:00+00:00"
    assert item.author == "Bayu Saputra" and item.language == "id" and item.outlet == "Warta Nusantara Demo"
    assert "tiga unit telepon genggam" in item.text and "Beranda" not in item.text


def test_web_pages_respect_robots_and_reject_junk(sqlite_engine: Engine, server: TestServer,
                                                  fast: Settings) -> None:
    server.add("/robots.txt", "User-agent: SigapBot\nDisallow: /private/\n", "text/plain")
    blocked = _add(sqlite_engine, server.add_file("/private/a", "article.html", "text/html"), "web")
    junk = _add(sqlite_engine, server.add("/junk", b"<html><body><<<>>></body", "text/html"), "web")
    pdf = _add(sqlite_engine, server.add("/doc.pdf", b"%PDF-1.4", "application/pdf"), "web")
    broken = _add(sqlite_engine, server.add("/rusak", "<html><head><title>Judul Berita Rusak</title><body><p>Isi "
                                            "berita <b>tanpa penutup <div", "text/html"), "web")
    assert not ingest_source(sqlite_engine, fast, broken).failed  # malformed HTML is read leniently
    assert "robots.txt" in (ingest_source(sqlite_engine, fast, blocked).error or "")
    assert "no readable title or text" in (ingest_source(sqlite_engine, fast, junk).error or "")
    assert "not a web page" in (ingest_source(sqlite_engine, fast, pdf).error or "")


def test_news_sitemap_index_with_gzip_child(sqlite_engine: Engine, server: TestServer, fast: Settings) -> None:
    index = (FIXTURES / "sitemap_index.xml").read_text().replace("{base}", server.base)
    server.add("/sitemap.xml", index, "application/xml")
    server.add_file("/sitemap-news.xml", "sitemap_news.xml", "application/xml")
    server.add("/sitemap-posts.xml.gz", gzip.compress((FIXTURES / "sitemap_posts.xml").read_bytes()),
               "application/x-gzip")
    result = ingest_source(sqlite_engine, fast, _add(sqlite_engine, server.url("/sitemap.xml"), "sitemap"))
    assert not result.failed and result.new == 3
    items = _items(sqlite_engine)
    riot = items["https://kabarkota-demo.id/read/2023/09/06/kericuhan-di-lapas-contoh"]
    assert riot.title == "Kericuhan di Lapas Contoh Berhasil Diredam Petugas" and riot.outlet == "Kabar Kota Demo"
    assert riot.published_at.isoformat() == "2023-09-06T04:00:00+00:00" and riot.language == "id"
    slug = items["https://kabarkota-demo.id/read/2023/09/05/warga-binaan-panen-sayur-hidroponik"]
    assert slug.title == "Warga binaan panen sayur hidroponik"


def test_broken_sitemap(sqlite_engine: Engine, server: TestServer, fast: Settings) -> None:
    source_id = _add(sqlite_engine, server.add_file("/s.xml", "sitemap_broken.xml", "application/xml"), "sitemap")
    assert "not valid XML" in (ingest_source(sqlite_engine, fast, source_id).error or "")
