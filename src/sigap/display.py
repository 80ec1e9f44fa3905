"""Local time for people: stored times are UTC; each province reads WIB, WITA or WIT."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sigap.gazetteer import ZONES, default_gazetteer


def zone_of(province: str | None) -> str:
    """WIB, WITA or WIT for a province name; WIB when unknown (Jakarta, where Ditjen sits)."""
    info = default_gazetteer().provinces.get(province or "")
    return info.zone if info else "WIB"


def local_time(when: datetime | None, province: str | None = None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """'2025-05-24 05:40 WITA' for an aware UTC time in the province's zone."""
    if when is None:
        return ""
    zone = zone_of(province)
    return f"{when.astimezone(ZoneInfo(ZONES[zone])).strftime(fmt)} {zone}"
