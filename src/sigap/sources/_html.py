"""Small text helpers shared by the source readers."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote, urlsplit

_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_BLOCK = re.compile(r"<\s*(br|/p|/div|/li|/h\d)\b[^>]*>", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(value: str | None) -> str:
    """Plain text of an HTML fragment (feed summaries): tags dropped, entities decoded, spaces folded."""
    if not value:
        return ""
    text = _TAG.sub(" ", _BLOCK.sub("\n", value))
    text = html.unescape(text)
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def title_from_url(url: str) -> str:
    """A readable title from a URL slug ('petugas-gagalkan-penyelundupan' → 'Petugas gagalkan …')."""
    path = unquote(urlsplit(url).path).rstrip("/")
    segments = [s for s in path.split("/") if s]
    slug = max(segments, key=lambda s: s.count("-"), default="")
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug) if w and not re.fullmatch(r"\d{5,}|[a-z]?\d+[a-z]?", w)]
    return " ".join(words).capitalize() if len(words) >= 2 else ""
