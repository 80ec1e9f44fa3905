"""The default catalogue of Indonesian sources (sigap/data/sources_catalogue.csv), installed disabled.

Machines here have no internet, so an admin enables the entries wanted (`sigap sources enable ID`).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.models import Source


@dataclass(frozen=True)
class CatalogueEntry:
    name: str
    url: str
    kind: str
    platform: str
    tier: str  # national, regional, search, official
    interval_seconds: int
    note: str


def load_catalogue() -> list[CatalogueEntry]:
    text = (resources.files("sigap") / "data" / "sources_catalogue.csv").read_text(encoding="utf-8")
    return [CatalogueEntry(row["name"], row["url"], row["kind"], row["platform"] or "news", row["tier"],
                           int(row["interval_seconds"] or 300), row.get("note") or "")
            for row in csv.DictReader(text.splitlines())]


def install_catalogue(session: Session) -> tuple[int, int]:
    """Add catalogue entries that are not sources yet, disabled. Returns (added, already present)."""
    present = {(url, kind) for url, kind in session.execute(select(Source.url, Source.kind))}
    added = 0
    entries = load_catalogue()
    for entry in entries:
        if (entry.url, entry.kind) in present:
            continue
        session.add(Source(name=entry.name, url=entry.url, kind=entry.kind, platform=entry.platform,
                           enabled=False, interval_seconds=entry.interval_seconds, items_seen=0, error_streak=0))
        added += 1
    session.flush()
    return added, len(entries) - added
