"""Alert latency: an item appears in a feed served on loopback → ingest → analyse → detect → e-mail.

Measures, for N fresh crises on N different units, the time from the moment the item is published in
the feed to the moment the alert e-mail reaches a local SMTP server (aiosmtpd), with the pipeline
running the real scheduler (`sigap run`) with default settings. Items appear at random moments of the
polling interval. Prints p50/p95.

    .venv/bin/python bench/bench_alert_latency.py [--runs 10]
"""

from __future__ import annotations

import argparse
import random
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


def _setup(home: Path, feed_url: str, smtp_port: int) -> tuple[Any, Any]:
    """A fresh SIGAP_HOME with default settings, except where the SMTP server and the feed live."""
    from sigap.db import engine_from_settings, migrate, session_scope
    from sigap.gazetteer import default_gazetteer
    from sigap.models import Source, Unit, User
    from sigap.settings import load_settings
    from sigap.units import sync_from_gazetteer

    settings = load_settings(home=home, smtp_port=smtp_port, allow_private_sources=True)
    engine = engine_from_settings(settings)
    migrate(engine)
    with session_scope(engine) as s:
        sync_from_gazetteer(s, default_gazetteer())
        s.add(Source(name="Warta Bench", url=feed_url, kind="rss", interval_seconds=settings.feed_interval_seconds))
        for name in UNITS:
            unit = s.query(Unit).filter(Unit.name == name).one()
            s.add(User(username=f"humas{unit.id}", email=f"humas{unit.id}@example.id", password_hash="x",
                       role="upt", unit_id=unit.id, channels=["email"]))
    return engine, settings


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=180.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    from sigap.ingest import run_scheduler

    feed, inbox, rng = Feed(), Inbox(), random.Random(args.seed)
    smtp_port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    engine, settings = _setup(Path(tempfile.mkdtemp()), _serve(feed), smtp_port)
    stop = threading.Event()
    scheduler = threading.Thread(target=run_scheduler, args=(engine, settings), kwargs={"stop": stop}, daemon=True)
    scheduler.start()  # `sigap run` with default settings: the feed is polled every feed_interval_seconds
    latencies: list[float] = []
    for n in range(min(args.runs, len(UNITS))):
        time.sleep(rng.uniform(0, settings.feed_interval_seconds))  # items appear at any moment of the interval
        seen = len(inbox.received)
        published = feed.publish(n, UNITS[n])
        while len(inbox.received) == seen and time.monotonic() - published < args.timeout:
            time.sleep(0.2)
        if len(inbox.received) == seen:
            print(f"run {n}: no e-mail within {args.timeout:.0f} s", flush=True)
            continue
        latencies.append(inbox.received[-1][0] - published)
        print(f"run {n}: {latencies[-1]:.2f} s ({UNITS[n]})", flush=True)
    stop.set()
    scheduler.join(timeout=30)
    controller.stop()
    if latencies:
        print(f"alert latency over {len(latencies)} of {args.runs} runs (feed interval "
              f"{settings.feed_interval_seconds} s): p50 {statistics.median(latencies):.1f} s, "
              f"p95 {_percentile(latencies, 0.95):.1f} s, max {max(latencies):.1f} s (target p95 < 60 s)")


if __name__ == "__main__":
    main()
