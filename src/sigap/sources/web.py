"""Web pages: fetch one URL (robots.txt respected) and extract title, main text, author, date, language.

Main text comes from trafilatura. The date comes from the page's own metadata first (article:published_time,
itemprop=datePublished, JSON-LD, <time datetime>), then trafilatura's, never from dates in scripts.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from sigap.dates import parse_date
from sigap.errors import FetchError
from sigap.fetch import Fetcher, FetchResult
from sigap.sources._html import html_to_text, title_from_url
from sigap.sources.base import RawItem, ReadResult, SourceInfo
from sigap.urls import host_of

_WORD = re.compile(r"[^\W\d_]{2,}")
ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
DATE_META = (
    "//meta[@property='article:published_time']/@content", "//meta[@property='og:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content", "//meta[@name='publishdate']/@content",
    "//meta[@name='pubdate']/@content", "//meta[@name='publish-date']/@content",
    "//meta[@name='dtk:publishdate']/@content", "//meta[@name='content_PublishedDate']/@content",
    "//meta[@name='dc.date.issued']/@content", "//meta[@name='DC.date.issued']/@content",
    "//meta[@name='date']/@content",
)
TIME_XPATH = ("//time[@itemprop='datePublished']/@datetime", "//article//time/@datetime", "//time/@datetime")
AUTHOR_META = ("//meta[@name='author']/@content", "//meta[@property='article:author']/@content",
               "//meta[@name='dtk:author']/@content")


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for block in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                found.append(node)
                stack.extend(node.get("@graph", []) if isinstance(node.get("@graph"), list) else [])
            elif isinstance(node, list):
                stack.extend(node)
    return found


def _first(tree: Any, paths: tuple[str, ...]) -> str:
    for path in paths:
        for value in tree.xpath(path):
            if str(value).strip():
                return str(value).strip()
    return ""


def metadata_date(tree: Any) -> datetime | None:
    """The page's own published date: meta tags, then JSON-LD, then <time datetime>."""
    candidates = [_first(tree, DATE_META)]
    candidates += [str(n.get("datePublished") or "") for n in _json_ld(tree)]
    candidates.append(_first(tree, TIME_XPATH))
    for candidate in candidates:
        found = parse_date(candidate) if candidate else None
        if found:
            return found
    return None


def _ld_author(tree: Any) -> str:
    for node in _json_ld(tree):
        author = node.get("author")
        if isinstance(author, list) and author:
            author = author[0]
        if isinstance(author, dict) and author.get("name"):
            return str(author["name"])
        if isinstance(author, str) and author:
            return author
    return ""


def _parse_tree(text: str) -> Any:
    try:
        tree = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise FetchError(f"the page could not be read as HTML ({exc})",
                         message_id="Halaman tidak dapat dibaca sebagai HTML.") from None
    return tree


def extract_page(result: FetchResult, source: SourceInfo) -> RawItem:
    """One RawItem from a fetched page; FetchError when it is not HTML or holds no readable text."""
    kind = result.content_type.split(";")[0].strip().lower()
    if kind and "html" not in kind and "xml" not in kind and not kind.startswith("text/"):
        raise FetchError(f"the address is not a web page but {kind}",
                         message_id=f"Alamat ini bukan halaman web ({kind}).")
    import trafilatura

    tree = _parse_tree(result.text)
    doc = trafilatura.bare_extraction(result.text, url=result.url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    page_title = _first(tree, ("//meta[@property='og:title']/@content", "//title/text()", "//h1//text()"))
    title = html_to_text(data.get("title") or page_title)
    text = (data.get("text") or "").strip()
    text = text if _WORD.search(text) else ""
    title = title if _WORD.search(title) else ""
    if not title and not text:
        raise FetchError("the page holds no readable title or text",
                         message_id="Halaman tidak berisi judul atau teks yang dapat dibaca.")
    published = metadata_date(tree) or (parse_date(data["date"]) if data.get("date") else None)
    author = _first(tree, AUTHOR_META) or _ld_author(tree) or str(data.get("author") or "")
    language = (tree.get("lang") or data.get("language") or "").split("-")[0].lower() or None
    site = _first(tree, ("//meta[@property='og:site_name']/@content",))
    return RawItem(url=result.url, title=title or title_from_url(result.url), text=text, published=published,
                   author=html_to_text(author)[:300], outlet=site or source.name or host_of(result.url),
                   platform=source.platform, language=language, owned=source.owned)


class WebReader:
    kind = "web"

    def read(self, source: SourceInfo, fetcher: Fetcher) -> ReadResult:
        result = fetcher.get(source.url, etag=source.etag, last_modified=source.last_modified, robots=True,
                             accept=ACCEPT)
        if result.not_modified:
            return ReadResult(not_modified=True, etag=source.etag, last_modified=source.last_modified)
        item = extract_page(result, source)
        return ReadResult(items=[item], etag=result.etag, last_modified=result.last_modified)
