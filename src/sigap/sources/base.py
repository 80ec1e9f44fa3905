"""What every kind of source produces (RawItem) and the protocol a source reader follows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sigap.fetch import Fetcher


@dataclass
class RawItem:
    """One article or post as a source saw it, before it is stored (`sigap.ingest.store_items`)."""

    url: str
    title: str = ""
    text: str = ""
    published: datetime | None = None  # aware UTC
    author: str = ""
    outlet: str = ""
    platform: str = "news"
    likes: int | None = None
    shares: int | None = None
    comments: int | None = None
    views: int | None = None
    language: str | None = None
    owned: bool = False
    is_drill: bool = False
    submitted_by_unit_id: int | None = None


@dataclass(frozen=True)
class SourceInfo:
    """A plain copy of a Source row, safe to hand to a worker thread."""

    id: int
    name: str
    url: str
    kind: str
    platform: str = "news"
    owned: bool = False
    unit_id: int | None = None
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class ReadResult:
    """What one read of a source gave: items, entries it had to skip, and the caching validators."""

    items: list[RawItem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one plain sentence per entry that was left out
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None


class SourceReader(Protocol):
    """One kind of source (rss, web, sitemap…): read it once, raising FetchError with a plain reason."""

    kind: str

    def read(self, source: SourceInfo, fetcher: Fetcher) -> ReadResult: ...
