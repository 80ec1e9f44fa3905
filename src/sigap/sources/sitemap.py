"""News sitemaps and plain sitemaps (gzip too), following sitemap indexes to the newest child sitemaps.

A Google News sitemap gives title, date, outlet and language; a plain sitemap only the URL and lastmod,
so the title is taken from the URL's slug. Only the newest `sitemap_max_urls` URLs are kept.
"""

from __future__ import annotations

import gzip
import zlib
from datetime import UTC, datetime
from typing import Any

from lxml import etree

from sigap.dates import parse_date
from sigap.errors import FetchError
from sigap.fetch import Fetcher, FetchResult
from sigap.sources._html import title_from_url
from sigap.sources.base import RawItem, ReadResult, SourceInfo

ACCEPT = "application/xml, text/xml;q=0.9, */*;q=0.5"
MAX_CHILD_SITEMAPS = 5
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(node: Any, *names: str) -> str:
    """Text of the first descendant whose local name follows the path `names`."""
    current = [node]
    for name in names:
        current = [c for parent in current for c in parent if _local(c.tag) == name]
        if not current:
            return ""
    return (current[0].text or "").strip()


def _xml_root(result: FetchResult, cap: int) -> Any:
    content = result.content
    if content[:2] == b"\x1f\x8b":
        try:
            content = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(content, cap)
        except (OSError, zlib.error, gzip.BadGzipFile) as exc:
            raise FetchError(f"the gzip sitemap is damaged ({exc})",
                             message_id="Berkas sitemap gzip rusak.") from None
    if content.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        raise FetchError("the address returned an HTML web page, not a sitemap",
                         message_id="Alamat ini berisi halaman web (HTML), bukan sitemap.")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"the sitemap is not valid XML ({exc})",
                         message_id="Sitemap tidak dapat dibaca: XML rusak.") from None


def _entry(node: Any, source: SourceInfo) -> RawItem | None:
    loc = _child_text(node, "loc")
    if not loc:
        return None
    title = _child_text(node, "news", "title")
    date_text = _child_text(node, "news", "publication_date") or _child_text(node, "lastmod")
    return RawItem(
        url=loc, title=title or title_from_url(loc), published=parse_date(date_text) if date_text else None,
        outlet=_child_text(node, "news", "publication", "name") or source.name, platform=source.platform,
        language=_child_text(node, "news", "publication", "language") or None, owned=source.owned)


def parse_sitemap(result: FetchResult, source: SourceInfo, max_urls: int, cap: int) -> tuple[str, list[Any]]:
    """('urlset', [RawItem…]) or ('sitemapindex', [(lastmod, url)…])."""
    root = _xml_root(result, cap)
    kind = _local(root.tag)
    if kind == "sitemapindex":
        children = [(_child_text(n, "lastmod"), _child_text(n, "loc")) for n in root if _local(n.tag) == "sitemap"]
        return kind, [c for c in children if c[1]]
    if kind != "urlset":
        raise FetchError(f"the XML is not a sitemap (root element <{kind}>)",
                         message_id="XML ini bukan sitemap.")
    items = [item for node in root if _local(node.tag) == "url" and (item := _entry(node, source))]
    items.sort(key=lambda i: i.published or _EPOCH, reverse=True)
    return kind, items[:max_urls]


class SitemapReader:
    kind = "sitemap"

    def read(self, source: SourceInfo, fetcher: Fetcher) -> ReadResult:
        settings = fetcher.settings
        result = fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified, accept=ACCEPT)
        if result.not_modified:
            return ReadResult(not_modified=True, etag=source.etag, last_modified=source.last_modified)
        out = ReadResult(etag=result.etag, last_modified=result.last_modified)
        kind, found = parse_sitemap(result, source, settings.sitemap_max_urls, settings.http_max_bytes)
        if kind == "urlset":
            out.items = found
            return out
        newest = sorted(found, key=lambda c: parse_date(c[0]) or _EPOCH, reverse=True)[:MAX_CHILD_SITEMAPS]
        for _, child_url in newest:
            try:
                child_kind, items = parse_sitemap(fetcher.get(child_url, accept=ACCEPT), source,
                                                  settings.sitemap_max_urls, settings.http_max_bytes)
            except FetchError as exc:
                out.skipped.append(f"child sitemap {child_url[:120]}: {exc.detail}")
                continue
            if child_kind == "urlset":
                out.items.extend(items)
            else:
                out.skipped.append(f"child sitemap {child_url[:120]} is another index (not followed)")
        if newest and not out.items and len(out.skipped) == len(newest):
            raise FetchError(f"no child sitemap could be read; first: {out.skipped[0]}")
        return out
