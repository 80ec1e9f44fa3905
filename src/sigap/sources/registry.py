"""Kinds of source and their readers, and the data-access functions for Source rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sigap.errors import Conflict, FetchError, InvalidInput, NotFound
from sigap.fetch import UnsafeURL, guard_url
from sigap.models import Source
from sigap.settings import Settings
from sigap.sources.base import SourceInfo, SourceReader
from sigap.urls import host_of

POLLED_KINDS = ("rss", "web", "sitemap")  # read by the scheduler
OTHER_KINDS = ("import", "submitted")  # written by `sigap import` and by officers' submissions
KINDS = POLLED_KINDS + OTHER_KINDS
# Feeds default to SIGAP_FEED_INTERVAL_SECONDS (the caller passes it); pages and sitemaps change slowly.
DEFAULT_INTERVAL = {"rss": Settings.model_fields["feed_interval_seconds"].default, "sitemap": 600, "web": 3600}


def reader_for(kind: str) -> SourceReader:
    """The reader of a polled kind of source."""
    from sigap.sources.rss import RssReader
    from sigap.sources.sitemap import SitemapReader
    from sigap.sources.web import WebReader

    readers: dict[str, SourceReader] = {"rss": RssReader(), "web": WebReader(), "sitemap": SitemapReader()}
    if kind not in readers:
        raise InvalidInput(f"a source of kind {kind!r} cannot be polled; kinds: {', '.join(POLLED_KINDS)}")
    return readers[kind]


def info(source: Source) -> SourceInfo:
    return SourceInfo(id=source.id, name=source.name, url=source.url, kind=source.kind,
                      platform=source.platform, owned=source.owned, unit_id=source.unit_id,
                      etag=source.etag, last_modified=source.last_modified)


def get(session: Session, *, source_id: int) -> Source:
    source = session.get(Source, source_id)
    if source is None:
        raise NotFound(f"no source with id {source_id}", message_id=f"Sumber #{source_id} tidak ada.")
    return source


def list_sources(session: Session, *, enabled: bool | None = None, kind: str | None = None) -> list[Source]:
    query = select(Source).order_by(Source.id)
    if enabled is not None:
        query = query.where(Source.enabled.is_(enabled))
    if kind is not None:
        query = query.where(Source.kind == kind)
    return list(session.scalars(query))


def create(session: Session, *, url: str, kind: str, name: str | None = None, unit_id: int | None = None,
           owned: bool = False, interval_seconds: int | None = None, platform: str = "news",
           enabled: bool = True, allow_private: bool = False) -> Source:
    """A new polled source; the URL is checked by the SSRF guard (private addresses need allow_private)."""
    if kind not in POLLED_KINDS:
        raise InvalidInput(f"unknown source kind {kind!r}; use one of {', '.join(POLLED_KINDS)}",
                           message_id=f"Jenis sumber {kind!r} tidak dikenal.")
    url = url.strip()
    try:
        guard_url(url, allow_private)
    except UnsafeURL:
        raise
    except FetchError:
        pass  # the name does not resolve now (offline machine); every fetch is guarded again
    if session.scalar(select(Source.id).where(Source.url == url, Source.kind == kind)) is not None:
        raise Conflict(f"a {kind} source with this URL already exists",
                       message_id="Sumber dengan alamat dan jenis ini sudah ada.")
    interval = interval_seconds or DEFAULT_INTERVAL[kind]
    if interval < 10:
        raise InvalidInput("the interval must be at least 10 seconds",
                           message_id="Interval minimal 10 detik.")
    source = Source(url=url, kind=kind, name=name or host_of(url), unit_id=unit_id, owned=owned,
                    interval_seconds=interval, platform=platform, enabled=enabled, items_seen=0, error_streak=0)
    session.add(source)
    session.flush()
    return source


def set_enabled(session: Session, *, source_id: int, enabled: bool) -> Source:
    source = get(session, source_id=source_id)
    source.enabled = enabled
    if enabled:
        source.next_due_at = None  # due at once
    return source


def get_or_create_internal(session: Session, *, kind: str, key: str, name: str, platform: str = "news",
                           unit_id: int | None = None, owned: bool = False) -> Source:
    """The import or submitted-links source for `key` (never polled, never SSRF-checked)."""
    url = f"{kind}:{key}"
    source = session.scalar(select(Source).where(Source.url == url, Source.kind == kind))
    if source is None:
        source = Source(url=url, kind=kind, name=name, platform=platform, unit_id=unit_id, owned=owned,
                        enabled=False, interval_seconds=0, items_seen=0, error_streak=0)
        session.add(source)
        session.flush()
    return source


def to_dict(source: Source) -> dict[str, Any]:
    return {
        "id": source.id, "name": source.name, "url": source.url, "kind": source.kind,
        "platform": source.platform, "unit_id": source.unit_id, "owned": source.owned,
        "enabled": source.enabled, "interval_seconds": source.interval_seconds,
        "last_attempt": source.last_attempt_at, "last_success": source.last_success_at,
        "last_error": source.last_error, "error_streak": source.error_streak, "items_seen": source.items_seen,
        "next_due": source.next_due_at,
    }
