"""Alert latency: an item appears in a feed served on loopback → ingest → analyse → detect → e-mail.

Measures, for N fresh crises on N different units, the time from the moment the item is published in
the feed to the moment the alert e-mail reaches a local SMTP server (aiosmtpd), with the pipeline
polling the feed every SIGAP_FEED_INTERVAL_SECONDS (default settings otherwise). Prints p50/p95.

    .venv/bin/python bench/bench_alert_latency.py [--runs 10] [--poll 5]

Needs the pipeline stages: sigap.ingest.ingest_all and sigap.pipeline.run_once.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

UNITS = ["Lapas Kelas IIA Palu", "Lapas Kelas IIA Samarinda", "Lapas Kelas I Malang", "Rutan Kelas I Medan",
         "Lapas Kelas IIA Serang", "Lapas Kelas IIB Tabanan", "Lapas Kelas IIA Pontianak", "Lapas Kelas IIA Abepura",
         "Lapas Kelas IIA Banjarmasin", "Lapas Kelas IIA Balikpapan", "Lapas Kelas IIA Kediri", "Lapas Kelas IIB Tual"]


class Feed:
    def __init__(self) -> None:
        self.entries: list[str] = []

    def rss(self) -> bytes:
        items = "".join(self.entries)
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Warta Bench</title>'
                f"<link>http://127.0.0.1/</link><description>bench</description>{items}</channel></rss>").encode()

    def publish(self, n: int, unit: str) -> float:
        short = unit.split("Kelas")[-1].split(maxsplit=1)[-1]
        title = f"Puluhan Napi {unit} Kabur Massal Dini Hari, Dua Petugas Tewas"
        text = (f"{short.upper()} – Puluhan narapidana {unit} melarikan diri secara massal dini hari tadi setelah "
                "menjebol pintu blok hunian. Dua petugas tewas; polisi masih memburu para napi.")
        now = datetime.now(UTC)
        link = f"http://127.0.0.1/berita/{n}"
        self.entries.insert(0, f"<item><title>{title}</title><link>{link}</link><description>{text}</description>"
                               f"<pubDate>{format_datetime(now)}</pubDate></item>")
        return time.monotonic()


class Inbox:
    def __init__(self) -> None:
        self.received: list[tuple[float, str]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append((time.monotonic(), envelope.content.decode(errors="replace")))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve(feed: Feed) -> str:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = feed.rss()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/rss"


def _setup(home: Path, feed_url: str, smtp_port: int, poll: int) -> tuple[Any, Any]:
    from sigap.db import engine_from_settings, migrate, session_scope
    from sigap.gazetteer import default_gazetteer
    from sigap.models import Source, Unit, User
    from sigap.settings import load_settings
    from sigap.units import sync_from_gazetteer

    settings = load_settings(home=home, smtp_port=smtp_port, allow_private_sources=True, feed_interval_seconds=max(
        poll, 10))
    engine = engine_from_settings(settings)
    migrate(engine)
    with session_scope(engine) as s:
        sync_from_gazetteer(s, default_gazetteer())
        s.add(Source(name="Warta Bench", url=feed_url, kind="rss", interval_seconds=max(poll, 10)))
        for name in UNITS:
            unit = s.query(Unit).filter(Unit.name == name).one()
            s.add(User(username=f"humas{unit.id}", email=f"humas{unit.id}@example.id", password_hash="x",
                       role="upt", unit_id=unit.id, channels=["email"]))
    return engine, settings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--poll", type=float, default=5.0, help="Seconds between pipeline passes.")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    from sigap.pipeline import run_once

    feed, inbox = Feed(), Inbox()
    smtp_port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    engine, settings = _setup(Path(tempfile.mkdtemp()), _serve(feed), smtp_port, int(args.poll))
    run_once(engine, settings)  # warm up: load the analyser, read the empty feed
    latencies: list[float] = []
    for n in range(min(args.runs, len(UNITS))):
        seen = len(inbox.received)
        published = feed.publish(n, UNITS[n])
        while len(inbox.received) == seen and time.monotonic() - published < args.timeout:
            from sqlalchemy import update

            from sigap.models import Source

            with engine.begin() as conn:  # the feed is due at once (a poll interval of args.poll)
                conn.execute(update(Source).values(next_due_at=None))
            run_once(engine, settings)
        if len(inbox.received) == seen:
            print(f"run {n}: no e-mail within {args.timeout:.0f} s")
            continue
        latencies.append(inbox.received[-1][0] - published)
        print(f"run {n}: {latencies[-1]:.2f} s ({UNITS[n]})")
    controller.stop()
    if latencies:
        ordered = sorted(latencies)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        print(f"alert latency over {len(latencies)} runs: p50 {statistics.median(latencies):.2f} s, "
              f"p95 {p95:.2f} s, max {max(latencies):.2f} s (target p95 < 60 s)")


if __name__ == "__main__":
    main()
