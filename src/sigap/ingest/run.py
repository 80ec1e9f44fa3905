"""Drivers: read sources (in parallel), store what they gave (commit per batch), keep source health,
import files, and the scheduler loop behind `sigap run`."""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, or_, select, update
from sqlalchemy.orm import Session

from sigap.db import session_scope
from sigap.errors import InvalidInput, SigapError
from sigap.fetch import Fetcher
from sigap.ingest.store import IngestCounts, store_in_batches
from sigap.models import Source, utcnow
from sigap.models.ingest import IngestRun
from sigap.settings import Settings
from sigap.sources import registry
from sigap.sources.base import RawItem, ReadResult, SourceInfo
from sigap.sources.imports import ImportReader, RowError

log = logging.getLogger(__name__)
HOOK_MIN_INTERVAL = 60.0  # seconds between two after-ingest hooks when nothing was polled


@dataclass
class SourceResult:
    source_id: int
    name: str
    kind: str
    url: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    failed: bool = False
    error: str | None = None
    not_modified: bool = False
    skipped: list[str] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"source_id": self.source_id, "name": self.name, "kind": self.kind, "url": self.url,
                "new": self.new, "updated": self.updated, "unchanged": self.unchanged,
                "rejected": self.rejected, "failed": self.failed, "error": self.error,
                "not_modified": self.not_modified, "skipped": self.skipped[:20],
                "seconds": round(self.seconds, 3)}


def _begin(engine: Engine, source_id: int, now: datetime) -> tuple[SourceInfo, int]:
    """Mark the attempt and open a run row; runs a kill -9 left open are marked interrupted."""
    with session_scope(engine) as session:
        source = registry.get(session, source_id=source_id)
        source.last_attempt_at = now
        session.execute(update(IngestRun).where(IngestRun.source_id == source_id, IngestRun.status == "running")
                        .values(status="interrupted", finished_at=now))
        run = IngestRun(source_id=source_id, started_at=now, status="running")
        session.add(run)
        session.flush()
        return registry.info(source), run.id


def _read(info: SourceInfo, fetcher: Fetcher) -> tuple[ReadResult | str, float]:
    """The source's items, or the reason it could not be read (one sentence)."""
    start = time.monotonic()
    try:
        return registry.reader_for(info.kind).read(info, fetcher), time.monotonic() - start
    except SigapError as exc:
        return exc.detail, time.monotonic() - start
    except Exception as exc:  # a parser bug must not stop the other sources
        log.exception("reading source %s failed", info.id)
        return f"internal error while reading the source ({type(exc).__name__}: {exc})", time.monotonic() - start


def _backoff(source: Source, settings: Settings) -> timedelta:
    interval = max(source.interval_seconds or settings.feed_interval_seconds, 10)
    streak = min(source.error_streak or 1, 16)
    return timedelta(seconds=min(interval * 2 ** (streak - 1), max(settings.source_max_backoff_seconds, interval)))


def _finish(engine: Engine, settings: Settings, run_id: int, result: SourceResult,
            read: ReadResult | None) -> None:
    """Source health and the run row: success resets the streak; failure backs off, never disables."""
    now = utcnow()
    with session_scope(engine) as session:
        source = registry.get(session, source_id=result.source_id)
        if result.failed:
            source.error_streak = (source.error_streak or 0) + 1
            source.last_error = result.error
            source.next_due_at = now + _backoff(source, settings)
        else:
            source.error_streak, source.last_error, source.last_success_at = 0, None, now
            source.next_due_at = now + timedelta(seconds=source.interval_seconds or settings.feed_interval_seconds)
            if read is not None and (read.etag or read.last_modified or not read.not_modified):
                source.etag, source.last_modified = read.etag, read.last_modified
        run = session.get(IngestRun, run_id)
        if run is not None:
            run.finished_at = now
            run.status = "failed" if result.failed else ("not_modified" if result.not_modified else "ok")
            run.new, run.updated, run.unchanged = result.new, result.updated, result.unchanged
            run.rejected, run.error = result.rejected, result.error


def _store(engine: Engine, settings: Settings, info: SourceInfo, run_id: int, read: ReadResult | str,
           seconds: float) -> SourceResult:
    result = SourceResult(info.id, info.name, info.kind, info.url)
    start = time.monotonic()
    if isinstance(read, str):
        result.failed, result.error = True, read
        _finish(engine, settings, run_id, result, None)
        return result
    result.not_modified, result.skipped = read.not_modified, read.skipped
    counts = store_in_batches(lambda: session_scope(engine), read.items, batch_size=settings.ingest_batch_size,
                              source_id=info.id)
    result.new, result.updated, result.unchanged = counts.new, counts.updated, counts.unchanged
    result.rejected, result.new_ids = counts.rejected + len(read.skipped), counts.new_ids
    result.skipped = read.skipped + counts.errors
    _finish(engine, settings, run_id, result, read)
    result.seconds = seconds + time.monotonic() - start
    return result


def _polled_ids(engine: Engine, only: Iterable[int] | None) -> list[int]:
    if only is not None:
        return list(dict.fromkeys(only))
    with session_scope(engine) as session:
        return [s.id for s in registry.list_sources(session, enabled=True) if s.kind in registry.POLLED_KINDS]


def ingest_all(engine: Engine, settings: Settings, only: Iterable[int] | None = None, *,
               on_result: Callable[[SourceResult], None] | None = None) -> list[SourceResult]:
    """Read every enabled polled source (or the ids in `only`) now: fetches run in parallel threads,
    stores run one after the other; `on_result` is called after each source's last commit."""
    ids = _polled_ids(engine, only)
    if not ids:
        return []
    started = [_begin(engine, source_id, utcnow()) for source_id in ids]
    results: list[SourceResult] = []
    with Fetcher(settings, allow_private=settings.allow_private_sources) as fetcher, \
            ThreadPoolExecutor(max_workers=min(settings.ingest_workers, len(started))) as pool:
        futures = {pool.submit(_read, info, fetcher): (info, run_id) for info, run_id in started}
        for future in as_completed(futures):
            info, run_id = futures[future]
            read, seconds = future.result()
            result = _store(engine, settings, info, run_id, read, seconds)
            results.append(result)
            if on_result is not None:
                on_result(result)
    return sorted(results, key=lambda r: r.source_id)


def ingest_source(engine: Engine, settings: Settings, source_id: int) -> SourceResult:
    """Read one source now (even when disabled)."""
    return ingest_all(engine, settings, only=[source_id])[0]


def due_sources(session: Session, now: datetime | None = None) -> list[Source]:
    """Enabled polled sources whose next poll time has come (never polled ones first)."""
    now = now or utcnow()
    query = select(Source).where(Source.enabled.is_(True), Source.kind.in_(registry.POLLED_KINDS),
                                 or_(Source.next_due_at.is_(None), Source.next_due_at <= now))
    return sorted(session.scalars(query), key=lambda s: (s.next_due_at is not None, s.next_due_at or now, s.id))


def ingest_due(engine: Engine, settings: Settings, *,
               on_result: Callable[[SourceResult], None] | None = None) -> list[SourceResult]:
    with session_scope(engine) as session:
        ids = [s.id for s in due_sources(session)]
    return ingest_all(engine, settings, only=ids, on_result=on_result) if ids else []


def _after_ingest_hook() -> Callable[[Engine, Settings], Any] | None:
    """`sigap.pipeline.after_ingest(engine, settings)` when that module and function exist."""
    try:
        module = importlib.import_module("sigap.pipeline")
    except ImportError:
        return None
    hook = getattr(module, "after_ingest", None)
    return hook if callable(hook) else None


def run_scheduler(engine: Engine, settings: Settings, *, stop: threading.Event | None = None,
                  max_cycles: int | None = None,
                  on_cycle: Callable[[list[SourceResult], Any], None] | None = None) -> int:
    """Poll due sources every `scheduler_tick_seconds` until `stop` is set; after each cycle that polled
    something (and at least every minute) call the pipeline's after-ingest hook. Returns cycles run."""
    stop = stop or threading.Event()
    hook, last_hook, cycles = _after_ingest_hook(), 0.0, 0
    while not stop.is_set():
        results = ingest_due(engine, settings)
        report = None
        if hook is not None and (results or time.monotonic() - last_hook >= HOOK_MIN_INTERVAL):
            last_hook = time.monotonic()
            try:
                report = hook(engine, settings)
            except Exception:  # the analysis stage failing must not stop ingest
                log.exception("the after-ingest hook failed")
        if on_cycle is not None:
            on_cycle(results, report)
        cycles += 1
        if max_cycles is not None and cycles >= max_cycles:
            break
        stop.wait(settings.scheduler_tick_seconds)
    return cycles


@dataclass
class ImportResult:
    source_id: int
    counts: IngestCounts
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"source_id": self.source_id, **self.counts.as_dict(), "warnings": self.warnings,
                "errors": [{"line": e.line, "reason": e.reason} for e in self.errors[:1000]]}


def _valid_rows(reader: ImportReader, errors: list[RowError]) -> Iterator[RawItem]:
    for _, row in reader.rows():
        if isinstance(row, RowError):
            errors.append(row)
        else:
            yield row


def import_file(engine: Engine, settings: Settings, path: Path, *, format: str | None = None,
                platform: str | None = None,
                on_batch: Callable[[IngestCounts], None] | None = None) -> ImportResult:
    """Import a JSONL or CSV file: valid rows stored (commit per batch), invalid rows reported by line."""
    if not path.is_file():
        raise InvalidInput(f"the file {path} does not exist", message_id=f"Berkas {path} tidak ditemukan.")
    reader = ImportReader(path, format, platform)
    key = (platform or "berkas").lower()
    with session_scope(engine) as session:
        source_id = registry.get_or_create_internal(session, kind="import", key=key, name=f"Impor {key}",
                                                    platform=platform or "news").id
    result = ImportResult(source_id, IngestCounts())
    result.counts = store_in_batches(lambda: session_scope(engine), _valid_rows(reader, result.errors),
                                     batch_size=settings.ingest_batch_size, source_id=source_id,
                                     on_batch=on_batch)
    result.counts.rejected += len(result.errors)
    result.warnings = reader.warnings
    with session_scope(engine) as session:
        source = registry.get(session, source_id=source_id)
        source.last_attempt_at = source.last_success_at = utcnow()
    return result
