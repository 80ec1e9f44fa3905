"""Units for the demo: read from the gazetteer CSV, chosen deterministically, described in words."""

from __future__ import annotations

import csv
import random
import re
from datetime import timedelta, timezone
from functools import lru_cache
from importlib import resources

from sigap.demo.model import DemoUnit, UnitLike

CRISIS_UNIT = "Lapas Kelas IIA Palu"

DEMO_PROVINCES: tuple[str, ...] = (
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan", "Lampung",
    "Banten", "DKI Jakarta", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Bali",
    "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Selatan", "Kalimantan Timur",
    "Sulawesi Selatan", "Sulawesi Tengah", "Maluku", "Papua",
)
_EXTRA_TYPES = ("rutan", "bapas", "lpka", "lapas_perempuan", "lapas_narkotika")
_EXTRA_WEIGHTS = (5, 3, 2, 2, 2)

_WITA = {"Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan", "Kalimantan Timur",
         "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
         "Sulawesi Selatan", "Sulawesi Tenggara"}
_WIT = {"Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
        "Papua Tengah", "Papua Pegunungan"}

_PREFIX = {
    "lapas": "Lapas", "lapas_perempuan": "Lapas Perempuan", "lapas_narkotika": "Lapas Narkotika",
    "rutan": "Rutan", "cabang_rutan": "Cabang Rutan", "bapas": "Bapas", "lpka": "LPKA",
    "lapas_terbuka": "Lapas Terbuka", "lapas_khusus": "Lapas", "rupbasan": "Rupbasan",
}
_HEAD = {
    "rutan": ("Karutan", "Kepala Rutan"), "cabang_rutan": ("Kacabrutan", "Kepala Cabang Rutan"),
    "bapas": ("Kabapas", "Kepala Bapas"), "lpka": ("Kepala LPKA", "Kepala LPKA"),
    "rupbasan": ("Karupbasan", "Kepala Rupbasan"),
}
_WBP = {
    "lpka": ("anak binaan", "Anak Binaan", "anak binaan (Andikpas)"),
    "bapas": ("klien", "Klien", "klien pemasyarakatan"),
}
_CLASS_RE = re.compile(r"Kelas\s+[IV]+[AB]?\s+(.+)$")


@lru_cache(maxsize=1)
def load_units() -> tuple[DemoUnit, ...]:
    """Every row of the gazetteer's units.csv."""
    text = resources.files("sigap.data").joinpath("units.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    return tuple(
        DemoUnit(name=r["name"], type=r["type"], city=r["city"], province=r["province"],
                 kanwil=r["kanwil"], cls=r["class"])
        for r in rows
    )


def unit_by_name(name: str) -> DemoUnit:
    for unit in load_units():
        if unit.name == name:
            return unit
    raise ValueError(f"unknown unit: {name!r}")


def _usable(unit: DemoUnit) -> bool:
    return bool(_CLASS_RE.search(unit.name)) and unit.type in _PREFIX


def select_units(seed: int = 2023, crisis_unit: str = CRISIS_UNIT) -> list[DemoUnit]:
    """One Lapas and one or two other units per demo province, plus the crisis unit."""
    rng = random.Random(f"units:{seed}")
    by_province: dict[str, list[DemoUnit]] = {}
    for unit in load_units():
        if _usable(unit):
            by_province.setdefault(unit.province, []).append(unit)
    chosen: list[DemoUnit] = []
    for province in DEMO_PROVINCES:
        pool = by_province.get(province, [])
        lapas = [u for u in pool if u.type == "lapas"]
        if lapas:
            chosen.append(rng.choice(lapas))
        wanted = rng.choices(_EXTRA_TYPES, weights=_EXTRA_WEIGHTS, k=2 if rng.random() < 0.55 else 1)
        for kind in dict.fromkeys(wanted):
            options = [u for u in pool if u.type == kind and u not in chosen]
            if options:
                chosen.append(rng.choice(options))
    crisis = unit_by_name(crisis_unit)
    if crisis not in chosen:
        chosen.append(crisis)
    return chosen


def place_of(unit: UnitLike) -> str:
    """The place a unit is named after: 'Lapas Kelas IIA Palu' -> 'Palu'."""
    match = _CLASS_RE.search(unit.name)
    if match:
        return match.group(1).strip()
    return re.sub(r"^(Kota|Kab\.|Kabupaten)\s+", "", unit.city).strip()


def short_name(unit: UnitLike) -> str:
    """How news usually shortens a unit: 'Lapas Palu', 'LPKA Martapura'."""
    return f"{_PREFIX.get(unit.type, 'Lapas')} {place_of(unit)}"


def head_titles(unit: UnitLike) -> tuple[str, str]:
    """(short, long) title of the unit's head: ('Kalapas', 'Kepala Lapas')."""
    return _HEAD.get(unit.type, ("Kalapas", "Kepala Lapas"))


def inmate_words(unit: UnitLike) -> tuple[str, str, str]:
    """(short, title-case, long) words for the people a unit holds or supervises."""
    return _WBP.get(unit.type, ("WBP", "WBP", "warga binaan pemasyarakatan (WBP)"))


def zone(province: str) -> tuple[timezone, str]:
    """The local time zone of a province and its Indonesian abbreviation."""
    if province in _WIT:
        return timezone(timedelta(hours=9)), "WIT"
    if province in _WITA:
        return timezone(timedelta(hours=8)), "WITA"
    return timezone(timedelta(hours=7)), "WIB"


@lru_cache(maxsize=1)
def _province_abbrs() -> dict[str, str]:
    text = resources.files("sigap.data").joinpath("provinces.csv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        abbrs = [a for a in row["abbreviations"].split(";") if a]
        out[row["province"]] = abbrs[0] if abbrs else row["province"]
    return out


def province_abbr(province: str) -> str:
    """Short name of a province as headlines use it: 'Sulteng', 'Jatim'."""
    return _province_abbrs().get(province, province)
