"""Ingest benchmark: 100,000 items (feeds served on 127.0.0.1 + an import file) into SQLite and PostgreSQL.

    .venv/bin/python bench/bench_ingest.py [--items 100000] [--pg postgresql+psycopg://postgres@127.0.0.1/test]

Each scenario runs in its own process so that its peak memory (ru_maxrss) is its own. Prints a Markdown
table (items/s, peak MB) and the poll-to-stored latency of one fresh entry in a 50-entry feed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

FEED_ITEMS = 1000


def _feed(feed: int, count: int, extra: int = 0) -> bytes:
    items = "".join(
        f"<item><title>Berita {feed}-{n}: petugas Lapas Contoh gagalkan penyelundupan</title>"
        f"<link>https://kabar{feed}-demo.id/baca/2023/09/06/{n}/berita-{feed}-{n}</link>"
        f"<description>Isi berita nomor {n} dari media {feed} tentang Rutan Contoh dan warga binaan.</description>"
        f"<pubDate>Wed, 06 Sep 2023 07:{n % 60:02d}:00 +0000</pubDate></item>" for n in range(count + extra))
    head = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar {feed}</title>'
    return f"{head}{items}</channel></rss>".encode()


class _Feeds(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    bodies: ClassVar[dict[str, bytes]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = self.bodies.get(self.path, b"")
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _serve(feeds: int, count: int) -> ThreadingHTTPServer:
    _Feeds.bodies = {f"/feed{n}": _feed(n, count) for n in range(feeds)}
    _Feeds.bodies["/latency"] = _feed(9999, 50)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feeds)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _engine(url: str):  # type: ignore[no-untyped-def]
    from sigap.db import make_engine, migrate

    engine = make_engine(url)
    migrate(engine)
    return engine


def scenario_feeds(url: str, feeds: int) -> dict[str, float]:
    from sigap.db import session_scope
    from sigap.ingest import ingest_all, ingest_source
    from sigap.settings import load_settings
    from sigap.sources import registry

    settings = load_settings(allow_private_sources=True, http_per_host_delay_seconds=0, ingest_batch_size=1000,
                             http_per_host_concurrency=4)
    server = _serve(feeds, FEED_ITEMS)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    engine = _engine(url)
    with session_scope(engine) as s:
        for n in range(feeds):
            registry.create(s, url=f"{base}/feed{n}", kind="rss", name=f"Kabar {n}", allow_private=True)
        latency_id = registry.create(s, url=f"{base}/latency", kind="rss", name="Latency", allow_private=True).id
    start = time.monotonic()
    results = ingest_all(engine, settings, only=[r for r in range(1, feeds + 1)])
    seconds = time.monotonic() - start
    stored = sum(r.new for r in results)
    ingest_source(engine, settings, latency_id)
    _Feeds.bodies["/latency"] = _feed(9999, 50, extra=1)  # one fresh entry appears
    poll = time.monotonic()
    fresh = ingest_source(engine, settings, latency_id)
    latency = time.monotonic() - poll
    assert fresh.new == 1
    server.shutdown()
    return {"items": stored, "seconds": seconds, "latency_s": latency}


def scenario_import(url: str, path: str) -> dict[str, float]:
    from sigap.ingest import import_file
    from sigap.settings import load_settings

    engine = _engine(url)
    settings = load_settings(ingest_batch_size=1000)
    start = time.monotonic()
    result = import_file(engine, settings, Path(path))
    seconds = time.monotonic() - start
    start = time.monotonic()
    again = import_file(engine, settings, Path(path))
    return {"items": result.counts.new, "seconds": seconds, "reimport_s": time.monotonic() - start,
            "reimport_unchanged": again.counts.unchanged}


def _write_import(path: Path, rows: int) -> None:
    with path.open("w") as handle:
        for n in range(rows):
            handle.write(json.dumps({
                "platform": "x", "url": f"https://x.com/akun{n % 997}_demo/status/{10**15 + n}",
                "author": f"akun{n % 997}_demo", "text": f"Unggahan {n}: antrean kunjungan di Lapas Contoh hari ini",
                "published": "2023-09-06T10:00:00+07:00", "likes": n % 500, "shares": n % 40,
                "comments": n % 30, "views": n * 3}) + "\n")


def _child(args: list[str]) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _pg_url(base: str) -> tuple[str, str]:
    from sqlalchemy import create_engine, text

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with create_engine(base).begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    return f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}", schema


def _drop_pg(base: str, schema: str) -> None:
    from sqlalchemy import create_engine, text

    with create_engine(base).begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--pg", default=os.environ.get("SIGAP_TEST_DATABASE_URL", ""))
    parser.add_argument("--child", nargs="*")
    args = parser.parse_args()
    if args.child:
        kind, url, extra = args.child
        data = scenario_feeds(url, int(extra)) if kind == "feeds" else scenario_import(url, extra)
        data["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(data))
        return
    feeds = args.items // 2 // FEED_ITEMS
    rows = args.items - feeds * FEED_ITEMS
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ekspor.jsonl"
        _write_import(path, rows)
        backends = [("SQLite", f"sqlite:///{tmp}/bench-feeds.db", f"sqlite:///{tmp}/bench-import.db", None)]
        if args.pg:
            (feed_url, s1), (import_url, s2) = _pg_url(args.pg), _pg_url(args.pg)
            backends.append(("PostgreSQL", feed_url, import_url, (s1, s2)))
        print("| database | source | items | seconds | items/s | peak MB | notes |\n|---|---|---|---|---|---|---|")
        for name, feed_url, import_url, schemas in backends:
            try:
                f = _child(["feeds", feed_url, str(feeds)])
                print(f"| {name} | {feeds} feeds × {FEED_ITEMS} on 127.0.0.1 | {f['items']:.0f} | {f['seconds']:.1f} | "
                      f"{f['items'] / f['seconds']:.0f} | {f['peak_mb']:.0f} | fresh entry stored "
                      f"{f['latency_s']:.2f} s after the poll started |", flush=True)
                i = _child(["import", import_url, str(path)])
                print(f"| {name} | JSONL import | {i['items']:.0f} | {i['seconds']:.1f} | "
                      f"{i['items'] / i['seconds']:.0f} | {i['peak_mb']:.0f} | re-import (all unchanged) "
                      f"{i['reimport_s']:.1f} s |", flush=True)
            finally:
                for schema in schemas or ():
                    _drop_pg(args.pg, schema)


if __name__ == "__main__":
    main()
