"""Writing demo items as an import file (JSON Lines), without the ground-truth fields."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sigap.demo.model import DemoItem

IMPORT_KEYS = ("platform", "url", "author", "title", "text", "published", "likes", "shares", "comments",
               "views", "outlet")


def import_record(item: DemoItem) -> dict[str, Any]:
    """The import-file object for one item: public fields only, time in ISO 8601 with offset."""
    record: dict[str, Any] = {key: getattr(item, key) for key in IMPORT_KEYS}
    record["published"] = item.published.isoformat()
    return record


def write_jsonl(items: Iterable[DemoItem], path: str | Path) -> int:
    """Write one JSON object per line; returns the number of lines written."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(import_record(item), ensure_ascii=False) + "\n")
            count += 1
    return count
