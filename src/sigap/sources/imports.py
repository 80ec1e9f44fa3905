"""Import files (JSON Lines and CSV) from social-media listening exports or manual collection.

Schema (docs/INGEST.md): platform, url, author, text, title, published, likes, shares, comments, views,
plus optional outlet and language. Common export spellings are accepted (link, content, created_at,
like_count…). Files are read as a stream; each row becomes a RawItem or a RowError with its line number.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

import sigap.fetch  # noqa: F401  (registers the "sigap-cp1252" decoding error handler)
from sigap.dates import parse_date
from sigap.errors import InvalidInput
from sigap.sources.base import RawItem
from sigap.urls import canonical_url, host_of

FIELDS = ("platform", "url", "author", "text", "title", "published", "likes", "shares", "comments", "views",
          "outlet", "language")
ALIASES = {
    "link": "url", "permalink": "url", "post_url": "url", "tautan": "url",
    "content": "text", "message": "text", "caption": "text", "body": "text", "full_text": "text",
    "isi": "text", "teks": "text", "judul": "title",
    "date": "published", "created_at": "published", "timestamp": "published", "post_date": "published",
    "time": "published", "tanggal": "published", "waktu": "published",
    "username": "author", "account": "author", "screen_name": "author", "user": "author", "akun": "author",
    "penulis": "author",
    "like_count": "likes", "favorite_count": "likes", "reactions": "likes", "suka": "likes",
    "share_count": "shares", "retweet_count": "shares", "retweets": "shares", "reposts": "shares",
    "bagikan": "shares", "comment_count": "comments", "reply_count": "comments", "replies": "comments",
    "komentar": "comments", "view_count": "views", "impressions": "views", "plays": "views",
    "tayangan": "views", "source": "platform", "network": "platform", "channel": "platform",
    "media": "outlet", "site": "outlet", "lang": "language", "bahasa": "language",
}
PLATFORMS = {"twitter": "x", "x": "x", "instagram": "instagram", "ig": "instagram", "tiktok": "tiktok",
             "facebook": "facebook", "fb": "facebook", "youtube": "youtube", "yt": "youtube",
             "news": "news", "berita": "news", "online": "news", "web": "news"}
_COUNT = re.compile(r"^(\d+(?:[.,]\d+)*)\s*(k|rb|ribu|m|jt|juta|b|miliar)?$", re.IGNORECASE)
_MULTIPLIER = {"k": 1_000, "rb": 1_000, "ribu": 1_000, "m": 1_000_000, "jt": 1_000_000, "juta": 1_000_000,
               "b": 1_000_000_000, "miliar": 1_000_000_000}


@dataclass
class RowError:
    line: int
    reason: str


@dataclass
class ImportReader:
    """Reads one file; `warnings` collects file-level notes (e.g. unknown columns ignored)."""

    path: Path
    format: str | None = None
    platform: str | None = None
    warnings: list[str] = field(default_factory=list)

    def rows(self) -> Iterator[tuple[int, RawItem | RowError]]:
        fmt = self.format or detect_format(self.path)
        with self.path.open(encoding="utf-8-sig", errors="sigap-cp1252", newline="") as handle:
            if fmt == "jsonl":
                yield from self._jsonl(handle)
            elif fmt == "csv":
                yield from self._csv(handle)
            else:
                raise InvalidInput(f"unknown import format {fmt!r}; use jsonl or csv",
                                   message_id=f"Format impor {fmt!r} tidak dikenal; gunakan jsonl atau csv.")

    def _jsonl(self, handle: TextIO) -> Iterator[tuple[int, RawItem | RowError]]:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, RowError(number, f"not valid JSON ({exc.msg})")
                continue
            if not isinstance(data, dict):
                yield number, RowError(number, "not a JSON object")
                continue
            yield number, self._to_item(number, _normalise_keys(data))

    def _csv(self, handle: TextIO) -> Iterator[tuple[int, RawItem | RowError]]:
        reader = csv.reader(handle, dialect=_sniff(handle))
        header = next(reader, None)
        if not header:
            raise InvalidInput("the CSV file is empty (no header row)",
                               message_id="Berkas CSV kosong (tidak ada baris judul kolom).")
        names = [_column(h) for h in header]
        self._check_columns(header, names)
        for row in reader:
            number = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(names):
                yield number, RowError(number, f"the row has {len(row)} fields but the header has {len(names)}")
                continue
            values = {n: v for n, v in zip(names, row, strict=False) if n in FIELDS}
            yield number, self._to_item(number, values)

    def _check_columns(self, header: list[str], names: list[str]) -> None:
        if "url" not in names:
            raise InvalidInput("the CSV has no 'url' column (required)",
                               message_id="Kolom wajib 'url' tidak ada di berkas CSV.")
        if "text" not in names and "title" not in names:
            raise InvalidInput("the CSV needs a 'text' or a 'title' column",
                               message_id="Berkas CSV memerlukan kolom 'text' atau 'title'.")
        unknown = [h for h, n in zip(header, names, strict=True) if n not in FIELDS]
        if unknown:
            self.warnings.append(f"unknown columns ignored: {', '.join(unknown)}")

    def _to_item(self, number: int, data: dict[str, Any]) -> RawItem | RowError:
        try:
            return row_to_item(data, self.platform)
        except ValueError as exc:
            return RowError(number, str(exc))


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    with path.open("rb") as handle:
        head = handle.read(512).lstrip(b"\xef\xbb\xbf \r\n\t")
    return "jsonl" if head.startswith(b"{") else "csv"


def _sniff(handle: TextIO) -> type[csv.Dialect]:
    first = handle.readline()
    handle.seek(0)
    delimiter = max((",", ";", "\t"), key=first.count)

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


@lru_cache(maxsize=1024)
def _column(name: str) -> str:
    key = re.sub(r"[\s-]+", "_", name.strip().lower())
    return ALIASES.get(key, key)


def _normalise_keys(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = _column(str(key))
        if name in FIELDS and (name not in out or out[name] in (None, "")):
            out[name] = value
    return out


def parse_count(value: Any, name: str) -> int | None:
    """'1.234' → 1234, '1,5 rb' → 1500, '2K' → 2000, '' → None; ValueError when it is not a count."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{name} is not a number: {value!r}")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError(f"{name} is negative: {value}")
        return int(value)
    match = _COUNT.match(str(value).strip().replace(" ", ""))
    if not match:
        raise ValueError(f"{name} is not a number: {str(value)[:40]!r}")
    digits, unit = match.groups()
    if unit:
        return int(float(digits.replace(",", ".")) * _MULTIPLIER[unit.lower()])
    return int(re.sub(r"[.,]", "", digits))


def _published(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d{10}(\d{3})?", text):
        return datetime.fromtimestamp(int(text[:10]), UTC)
    found = parse_date(text)
    if found is None:
        raise ValueError(f"published is not a date: {text[:40]!r}")
    return found


def row_to_item(data: dict[str, Any], default_platform: str | None = None) -> RawItem:
    """One import row as a RawItem; ValueError with a plain reason when the row is unusable."""
    url = str(data.get("url") or "").strip()
    if not url:
        raise ValueError("url is missing")
    try:
        canonical_url(url)
    except ValueError:
        raise ValueError(f"url is not an absolute http(s) address: {url[:80]!r}") from None
    title, text = str(data.get("title") or "").strip(), str(data.get("text") or "").strip()
    if not title and not text:
        raise ValueError("both title and text are empty")
    platform_name = str(data.get("platform") or default_platform or "").strip().lower()
    platform = PLATFORMS.get(platform_name, platform_name or "news")
    return RawItem(
        url=url, title=title, text=text, published=_published(data.get("published")),
        author=str(data.get("author") or "").strip()[:300],
        outlet=str(data.get("outlet") or "").strip() or host_of(url), platform=platform[:30],
        likes=parse_count(data.get("likes"), "likes"), shares=parse_count(data.get("shares"), "shares"),
        comments=parse_count(data.get("comments"), "comments"), views=parse_count(data.get("views"), "views"),
        language=(str(data.get("language") or "").strip().lower()[:12] or None))
