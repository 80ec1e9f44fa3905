"""Pure functions of ingest: canonical URLs, dates, charset decoding, the SSRF guard, import counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sigap.dates import parse_date, parse_date_detail
from sigap.fetch import UnsafeURL, decode_body, guard_url
from sigap.sources._html import html_to_text, title_from_url
from sigap.sources.imports import parse_count
from sigap.urls import canonical_url, is_shortener, url_key

NOW = datetime(2023, 9, 6, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("variant", [
    "https://www.kabarkota-demo.id/read/2023/09/06/napi-kabur",
    "http://kabarkota-demo.id/read/2023/09/06/napi-kabur/",
    "https://KabarKota-Demo.ID/read/2023/09/06/napi-kabur?utm_source=fb&utm_campaign=x&fbclid=abc#komentar",
    "https://m.kabarkota-demo.id/read/2023/09/06/napi-kabur?gclid=1",
    "https://amp.kabarkota-demo.id/read/2023/09/06/napi-kabur",
    "https://www.kabarkota-demo.id/read/2023/09/06/napi-kabur/amp",
    "https://www.kabarkota-demo.id/amp/read/2023/09/06/napi-kabur",
    "https://www.kabarkota-demo.id/read/2023/09/06/napi-kabur?amp=1",
    "https://www.google.com/amp/s/www.kabarkota-demo.id/read/2023/09/06/napi-kabur",
    "https://www.google.com/url?q=https://kabarkota-demo.id/read/2023/09/06/napi-kabur&sa=D",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fkabarkota-demo.id%2Fread%2F2023%2F09%2F06%2Fnapi-kabur%3Futm_source%3Dfb",
])
def test_variants_of_one_story_share_one_key(variant: str) -> None:
    assert url_key(variant) == url_key("https://kabarkota-demo.id/read/2023/09/06/napi-kabur")


def test_canonical_url_keeps_what_identifies_the_content() -> None:
    assert canonical_url("https://example-demo.id/?p=123&utm_medium=x") == "https://example-demo.id/?p=123"
    assert canonical_url("https://www.youtube.com/watch?v=abc&t=42s&si=z") == "https://www.youtube.com/watch?v=abc"
    assert canonical_url("https://twitter.com/a/status/1?s=20") == "https://x.com/a/status/1"
    assert canonical_url("https://example-demo.id/b?z=1&a=2") == "https://example-demo.id/b?a=2&z=1"
    assert url_key("https://example-demo.id/a?page=2") != url_key("https://example-demo.id/a?page=3")
    assert is_shortener("https://bit.ly/3abc") and not is_shortener("https://example-demo.id/a")
    with pytest.raises(ValueError):
        canonical_url("javascript:alert(1)")
    with pytest.raises(ValueError):
        canonical_url("/relative/path")


@pytest.mark.parametrize(("text", "expected"), [
    ("Rabu, 6 September 2023 14:30 WIB", datetime(2023, 9, 6, 7, 30, tzinfo=UTC)),
    ("6 Sep 2023, 14:30 WITA", datetime(2023, 9, 6, 6, 30, tzinfo=UTC)),
    ("Rabu, 6 September 2023 | 14.30 WIT", datetime(2023, 9, 6, 5, 30, tzinfo=UTC)),
    ("Selasa, 05/09/2023 20:15 WIB", datetime(2023, 9, 5, 13, 15, tzinfo=UTC)),
    ("Kamis (31/8/2023)", datetime(2023, 8, 30, 17, 0, tzinfo=UTC)),
    ("2023-09-06T14:30:00+07:00", datetime(2023, 9, 6, 7, 30, tzinfo=UTC)),
    ("2023-09-06 14:30", datetime(2023, 9, 6, 7, 30, tzinfo=UTC)),  # no zone: WIB
    ("2023-09-06T07:30:00Z", datetime(2023, 9, 6, 7, 30, tzinfo=UTC)),
    ("Wed, 06 Sep 2023 07:30:00 GMT", datetime(2023, 9, 6, 7, 30, tzinfo=UTC)),
    ("2 jam yang lalu", NOW - timedelta(hours=2)),
    ("30 menit lalu", NOW - timedelta(minutes=30)),
    ("sehari yang lalu", NOW - timedelta(days=1)),
    ("3 hours ago", NOW - timedelta(hours=3)),
])
def test_dates_in_indonesian_and_standard_forms(text: str, expected: datetime) -> None:
    assert parse_date(text, now=NOW) == expected


def test_partial_future_and_unusable_dates() -> None:
    partial = parse_date_detail("2023-09", now=NOW)
    assert partial is not None and partial.partial and partial.value == datetime(2023, 8, 31, 17, tzinfo=UTC)
    future = parse_date_detail("Sabtu, 16 Desember 2023 09:12 WIB", now=NOW)
    assert future is not None and future.clamped and future.value == NOW
    assert parse_date("", now=NOW) is None
    assert parse_date("bukan tanggal", now=NOW) is None
    assert parse_date("1970-01-01T00:00:00Z", now=NOW) is None
    assert parse_date("Rabu, 6 Agustus 2023 9:05 WIB", now=NOW) == datetime(2023, 8, 6, 2, 5, tzinfo=UTC)


def test_decode_windows_1252_and_broken_utf8() -> None:
    text = "“Kafe” warga binaan — Café"
    assert decode_body(text.encode("cp1252"), "text/html")[0] == text
    assert decode_body(text.encode("cp1252"), "text/html; charset=utf-8")[0] == text
    mixed = "Kafe — ".encode() + "Café".encode("cp1252")
    assert decode_body(mixed, "text/xml")[0] == "Kafe — Café"
    assert decode_body(text.encode("utf-8"), "text/html; charset=iso-8859-1")[0] == text  # misdeclared
    assert decode_body(b'<?xml version="1.0" encoding="windows-1252"?><a>\x93x\x94</a>')[0].endswith("“x”</a>")
    assert decode_body("Selamat".encode("utf-8-sig"))[0] == "Selamat"


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:8000/feed", "http://localhost/feed", "http://10.0.0.5/rss", "http://192.168.1.1/",
    "http://172.16.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/",
    "http://metadata.google.internal/computeMetadata/v1/", "http://100.100.100.200/", "http://[fd00::1]/",
    "http://[::ffff:127.0.0.1]/",
])
def test_guard_refuses_private_loopback_and_metadata(url: str) -> None:
    with pytest.raises(UnsafeURL):
        guard_url(url, allow_private=False)


def test_guard_refuses_other_schemes_even_when_private_allowed() -> None:
    guard_url("http://127.0.0.1:8000/feed", allow_private=True)
    for url in ("file:///etc/passwd", "ftp://example-demo.id/x", "gopher://127.0.0.1/"):
        with pytest.raises(UnsafeURL):
            guard_url(url, allow_private=True)


def test_counts_and_text_helpers() -> None:
    assert parse_count("1.234", "likes") == 1234
    assert parse_count("1,2 rb", "likes") == 1200
    assert parse_count("2,5K", "likes") == 2500
    assert parse_count("3 jt", "views") == 3_000_000
    assert parse_count("", "likes") is None and parse_count(7, "likes") == 7
    for bad in ("banyak", -1, True):
        with pytest.raises(ValueError):
            parse_count(bad, "likes")
    assert html_to_text("<p>Satu &amp; dua</p><script>x()</script><p>tiga</p>") == "Satu & dua\ntiga"
    assert title_from_url("https://a-demo.id/read/2023/09/06/123456/petugas-gagalkan-penyelundupan.html") \
        == "Petugas gagalkan penyelundupan"
