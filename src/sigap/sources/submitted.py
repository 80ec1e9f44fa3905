"""Links submitted by officers: fetched and read like any web page, marked with the submitting unit.

The URL comes from a person, so it always passes the SSRF guard. When the page cannot be fetched, the
link is still read from its URL alone (title from the slug) so that nothing an officer sent is lost.
"""

from __future__ import annotations

from sigap.errors import FetchError
from sigap.fetch import Fetcher, guard_url
from sigap.sources._html import title_from_url
from sigap.sources.base import RawItem, SourceInfo
from sigap.sources.web import ACCEPT, extract_page
from sigap.urls import host_of


def read_link(url: str, *, unit_id: int | None, fetcher: Fetcher, source: SourceInfo) -> tuple[RawItem, str | None]:
    """(the item, None) or (an item from the URL alone, the reason the page could not be read)."""
    guard_url(url, fetcher.allow_private)
    error: str | None = None
    try:
        item = extract_page(fetcher.get(url, robots=True, accept=ACCEPT), source)
    except FetchError as exc:
        error = exc.detail
        item = RawItem(url=url, title=title_from_url(url) or url[:300], outlet=host_of(url))
    item.submitted_by_unit_id = unit_id
    return item, error
