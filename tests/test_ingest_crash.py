"""kill -9 of `sigap import` / `sigap ingest` mid-run loses no item reported stored and the rerun
creates no duplicate (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from sigap.db import session_scope
from sigap.models import Item, ItemSighting
from sigap.sources import registry

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ingest"))
from ingest_server import TestServer, slow_body

SIGAP = str(Path(sys.executable).parent / "sigap")
ROWS = 2_000
PER_FEED = 200


def _env(db_url: str, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGAP_")}
    env.update({"SIGAP_DATABASE_URL": db_url, "SIGAP_HOME": str(tmp_path / "home"), "SIGAP_ENV": "test",
                "SIGAP_INGEST_BATCH_SIZE": "50", "SIGAP_ALLOW_PRIVATE_SOURCES": "1",
                "SIGAP_HTTP_PER_HOST_DELAY_SECONDS": "0", "SIGAP_CONFIG": str(tmp_path / "none.toml")})
    return env


def _kill_after(args: list[str], env: dict[str, str], pattern: str, wanted: int) -> list[str]:
    """Start `sigap ARGS`, read stdout until `wanted` lines match, kill -9; the lines it had reported."""
    proc = subprocess.Popen([SIGAP, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    reported: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        if re.search(pattern, line):
            reported.append(line.strip())
            if len(reported) >= wanted:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL, "the process finished before it could be killed"
    return reported


def _counts(engine: Engine) -> tuple[int, int]:
    with session_scope(engine) as s:
        total = s.scalar(select(func.count()).select_from(Item)) or 0
        distinct = s.scalar(select(func.count(func.distinct(Item.url_key)))) or 0
    return total, distinct


def test_kill_9_during_import(engine: Engine, db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "ekspor.jsonl"
    with path.open("w") as handle:
        for n in range(ROWS):
            handle.write(json.dumps({"platform": "x", "url": f"https://x.com/demo/status/{10**15 + n}",
                                     "text": f"Unggahan ke-{n} tentang Lapas Contoh", "likes": n % 50}) + "\n")
    env = _env(db_url, tmp_path)
    reported = _kill_after(["import", str(path)], env, r"^Tersimpan \d+ baris", 3)
    promised = int(re.findall(r"\d+", reported[-1])[0])
    stored, distinct = _counts(engine)
    assert promised <= stored < ROWS and stored == distinct
    done = subprocess.run([SIGAP, "import", str(path), "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["new"] == ROWS - stored and result["unchanged"] == stored
    assert _counts(engine) == (ROWS, ROWS)
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


@pytest.fixture
def feeds() -> Iterator[TestServer]:
    with TestServer() as server:
        for feed in range(4):
            items = "".join(
                f"<item><title>Berita {feed}-{n} tentang Rutan Contoh</title>"
                f"<link>https://kabar{feed}-demo.id/baca/{n}/berita-{feed}-{n}</link>"
                f"<description>Isi berita {n}</description><pubDate>Rabu, 6 September 2023 14:30 WIB</pubDate>"
                "</item>" for n in range(PER_FEED))
            body = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar {feed}</title>{items}'
                    "</channel></rss>")
            if feed == 3:
                server.routes[f"/feed{feed}"] = slow_body(body.encode(), 1.5)  # killed while fetching this one
            else:
                server.add(f"/feed{feed}", body)
        yield server


def test_kill_9_during_ingest(sqlite_engine: Engine, tmp_path: Path, feeds: TestServer) -> None:
    """Same store path as the import test (which runs on both databases); here the per-source report."""
    engine, db_url = sqlite_engine, str(sqlite_engine.url)
    with session_scope(engine) as s:
        ids = [registry.create(s, url=feeds.url(f"/feed{n}"), kind="rss", name=f"Kabar {n}", allow_private=True).id
               for n in range(4)]
    env = _env(db_url, tmp_path)
    reported = _kill_after(["ingest"], env, rf"^#\d+ .*: {PER_FEED} baru", 1)
    done_id = int(reported[0][1:].split()[0])
    with session_scope(engine) as s:
        seen = s.scalar(select(func.count()).select_from(ItemSighting).where(ItemSighting.source_id == done_id))
    assert seen == PER_FEED  # every item of the reported source survived the kill
    start = time.monotonic()
    rerun = subprocess.run([SIGAP, "ingest", "--json"], env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    results = {r["source_id"]: r for r in json.loads(rerun.stdout)}
    assert set(results) == set(ids) and not any(r["failed"] for r in results.values())
    assert results[done_id]["new"] == 0 and results[done_id]["unchanged"] == PER_FEED
    assert _counts(engine) == (4 * PER_FEED, 4 * PER_FEED)
    assert time.monotonic() - start < 60
