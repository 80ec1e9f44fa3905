"""Local display time: UTC stored, WIB/WITA/WIT shown by province."""

from __future__ import annotations

from datetime import UTC, datetime

from sigap.display import local_time, zone_of


def test_local_time_by_province() -> None:
    at = datetime(2025, 5, 23, 21, 40, tzinfo=UTC)
    assert local_time(at, "Sulawesi Tengah") == "2025-05-24 05:40 WITA"
    assert local_time(at, "DKI Jakarta") == "2025-05-24 04:40 WIB"
    assert local_time(at, "Papua") == "2025-05-24 06:40 WIT"


def test_unknown_province_reads_as_wib_and_none_is_blank() -> None:
    assert zone_of("Atlantis") == "WIB" and zone_of(None) == "WIB"
    assert local_time(None, "Bali") == ""
