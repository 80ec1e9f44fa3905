"""RSS and Atom feeds (feedparser): outlets' feeds, search feeds, units' WordPress sites."""

from __future__ import annotations

import calendar
import re
import warnings
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from sigap.dates import parse_date
from sigap.errors import FetchError
from sigap.fetch import Fetcher, FetchResult
from sigap.sources._html import html_to_text
from sigap.sources.base import RawItem, ReadResult, SourceInfo

ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html)", re.IGNORECASE | re.DOTALL)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


def _published(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        with warnings.catch_warnings():  # feedparser warns about its updated → published fallback
            warnings.simplefilter("ignore", DeprecationWarning)
            parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    for key in ("published", "updated", "created", "dc_date", "pubdate"):
        if entry.get(key):
            found = parse_date(entry[key])
            if found:
                return found
    return None


def _entry_link(entry: Any, base: str) -> str:
    link = entry.get("link") or ""
    if not link:
        guid = entry.get("id") or ""
        link = guid if guid.startswith(("http://", "https://")) else ""
    return urljoin(base, link.strip()) if link else ""


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    if contents and contents[0].get("value"):
        return html_to_text(contents[0]["value"])
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def parse_feed(result: FetchResult, source: SourceInfo) -> ReadResult:
    """Parse fetched feed bytes into RawItems; entries without a link are skipped with a reason."""
    text = result.text
    if _HTML_START.match(text[:4096]):
        raise FetchError("the address returned an HTML web page, not an RSS or Atom feed",
                         message_id="Alamat ini berisi halaman web (HTML), bukan feed RSS/Atom.")
    parsed = feedparser.parse(_XML_DECL.sub("", text, count=1))
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = str(parsed.get("bozo_exception") or "no <rss>, <feed> or <rdf> element").splitlines()[0]
        raise FetchError(f"the feed could not be read: it is not valid RSS/Atom XML ({reason[:150]})",
                         message_id="Feed tidak dapat dibaca: XML rusak atau bukan RSS/Atom.")
    feed = parsed.get("feed", {})
    outlet = source.name or html_to_text(feed.get("title", ""))
    out = ReadResult(etag=result.etag, last_modified=result.last_modified)
    for number, entry in enumerate(parsed.entries, 1):
        link = _entry_link(entry, result.url)
        title = html_to_text(entry.get("title", ""))
        if not link:
            out.skipped.append(f"entry {number} ({title[:60] or 'no title'}) has no link")
            continue
        origin = entry.get("source") or {}
        out.items.append(RawItem(
            url=link, title=title, text=_entry_text(entry), published=_published(entry),
            author=html_to_text(entry.get("author", ""))[:300],
            outlet=html_to_text(origin.get("title", "")) or outlet, platform=source.platform,
            language=(feed.get("language") or None), owned=source.owned))
    return out


class RssReader:
    kind = "rss"

    def read(self, source: SourceInfo, fetcher: Fetcher) -> ReadResult:
        result = fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified, accept=ACCEPT)
        if result.not_modified:
            return ReadResult(not_modified=True, etag=source.etag, last_modified=source.last_modified)
        return parse_feed(result, source)
