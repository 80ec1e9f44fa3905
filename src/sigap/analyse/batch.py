"""`sigap analyse` without a database: JSON Lines in, DESIGN §5 analyses out, in input order.

Lines are read as bytes (undecodable bytes are replaced, never fatal), validated one by one and analysed
in chunks. Event ids must agree across the whole input, so the compact per-item results are kept until
the end, the events are clustered once, and then every line is written. A line that is not JSON, is not
an object, lacks `id`, or has neither a title nor a text is reported with its number and skipped.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from sigap.analyse.events import EventDoc, cluster_events
from sigap.analyse.normalise import to_text
from sigap.analyse.pipeline import Analyser, AnalysisResult, InputItem

CHUNK = 2000
EXIT_DATAERR = 65
MAX_LINE = 4_000_000  # a line longer than this is cut before parsing (an item's text is read in part)


@dataclass
class BatchReport:
    read: int = 0
    written: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return EXIT_DATAERR if self.errors else 0


def _optional(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return None if value is None else to_text(value)


def parse_line(raw: bytes | str) -> InputItem | str:
    """An InputItem, or the reason the line is invalid."""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    try:
        record = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        return f"not valid JSON ({exc.msg if isinstance(exc, json.JSONDecodeError) else 'too deep'})"
    if not isinstance(record, dict):
        return "not a JSON object"
    item_id = record.get("id")
    if item_id is None or isinstance(item_id, dict | list | bool) or to_text(item_id).strip() == "":
        return "missing `id`"
    title, body = to_text(record.get("title")), to_text(record.get("text"))
    if not title.strip() and not body.strip():
        return "neither `title` nor `text`"
    return InputItem(id=to_text(item_id), title=title, text=body, url=_optional(record, "url"),
                     published=_optional(record, "published"), source=_optional(record, "source"))


def _numbered(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            yield number, raw[:MAX_LINE]


def _chunks(lines: Iterable[bytes], report: BatchReport, on_error: Callable[[int, str], None] | None,
            size: int) -> Iterator[list[InputItem]]:
    pending: list[InputItem] = []
    for number, raw in _numbered(lines):
        report.read += 1
        parsed = parse_line(raw)
        if isinstance(parsed, str):
            report.errors.append((number, parsed))
            if on_error:
                on_error(number, parsed)
            continue
        pending.append(parsed)
        if len(pending) >= size:
            yield pending
            pending = []
    if pending:
        yield pending


_WORKER: Analyser | None = None


def _work(items: list[InputItem]) -> tuple[list[AnalysisResult], list[EventDoc]]:
    assert _WORKER is not None
    return _WORKER.analyse_chunk(items)


def _analysed(chunks: Iterator[list[InputItem]], analyser: Analyser,
              workers: int) -> Iterator[tuple[list[AnalysisResult], list[EventDoc]]]:
    """Chunks analysed in order; on several cores by forked workers that share the loaded models."""
    global _WORKER
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (analyser.analyse_chunk(c) for c in chunks)
        return
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if second is None:  # one chunk: not worth starting processes
        yield analyser.analyse_chunk(first)
        return
    _WORKER = analyser
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        yield from pool.imap(_work, _prepend([first, second], chunks))
    _WORKER = None


def _prepend(head: list[list[InputItem]], rest: Iterator[list[InputItem]]) -> Iterator[list[InputItem]]:
    yield from head
    yield from rest


def default_workers() -> int:
    return max(1, min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1))


def run_batch(lines: Iterable[bytes], out: IO[str], analyser: Analyser, *,
              on_error: Callable[[int, str], None] | None = None,
              on_progress: Callable[[int], None] | None = None, chunk: int = CHUNK,
              workers: int | None = None) -> BatchReport:
    """Analyse every valid line and write one JSON line per item to `out`, in input order."""
    report = BatchReport()
    results: list[AnalysisResult] = []
    docs: list[EventDoc] = []
    chunks = _chunks(lines, report, on_error, chunk)
    for chunk_results, chunk_docs in _analysed(chunks, analyser, workers or default_workers()):
        results.extend(chunk_results)
        docs.extend(chunk_docs)
        if on_progress:
            on_progress(len(chunk_results))
    if docs:
        analyser.apply_events(results, cluster_events(docs))
    _write(results, out)
    report.written = len(results)
    return report


def _write(results: list[AnalysisResult], out: IO[str]) -> None:
    buffer: list[str] = []
    for result in results:
        buffer.append(json.dumps(result.as_contract_dict(), ensure_ascii=False))
        if len(buffer) >= CHUNK:
            out.write("\n".join(buffer) + "\n")
            buffer.clear()
    if buffer:
        out.write("\n".join(buffer) + "\n")
    out.flush()
