"""Units (UPT), provinces and kanwil: loaded from sigap/data, searchable by any alias.

The data are facts compiled in ../shared/gazetteer (see docs/GAZETTEER-SOURCES.md). A user may point
`SIGAP_UNITS_FILE` at their own copy; a corrupt row is reported with its line number.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from sigap.errors import ConfigError
from sigap.taxonomy import UnitType

# Province → display time zone (Indonesia's three zones).
_WITA = {
    "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan", "Kalimantan Timur",
    "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
    "Sulawesi Selatan", "Sulawesi Tenggara",
}
_WIT = {"Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan",
        "Papua Tengah", "Papua Pegunungan"}
ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}

UNIT_COLUMNS = ("name", "type", "class", "city", "province", "kanwil", "aliases", "source")
PROVINCE_COLUMNS = ("province", "kanwil", "abbreviations")


@dataclass(frozen=True)
class Province:
    name: str
    kanwil: str
    abbreviations: tuple[str, ...] = ()

    @property
    def zone(self) -> str:
        """WIB, WITA or WIT: the local time label for display."""
        if self.name in _WIT:
            return "WIT"
        return "WITA" if self.name in _WITA else "WIB"

    @property
    def tz(self) -> str:
        return ZONES[self.zone]


@dataclass(frozen=True)
class Unit:
    name: str
    type: str
    unit_class: str
    city: str
    province: str
    kanwil: str
    aliases: tuple[str, ...] = field(default=(), compare=False)

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "type": self.type, "class": self.unit_class, "city": self.city,
                "province": self.province, "kanwil": self.kanwil}


# Phrases news uses for a unit type or class, rewritten to one canonical token sequence.
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\blembaga pembinaan khusus anak\b", "lpka"),
    (r"\blembaga pemasyarakatan\b", "lapas"),
    (r"\brumah tahanan negara\b", "rutan"),
    (r"\brumah tahanan\b", "rutan"),
    (r"\bbalai pemasyarakatan\b", "bapas"),
    (r"\brumah penyimpanan benda sitaan negara\b", "rupbasan"),
    (r"\b(lp|lpas)\b", "lapas"),
    (r"\blpp\b", "lapas perempuan"),
    (r"\blpn\b", "lapas narkotika"),
    (r"\b(wanita|perempuan)\b", "perempuan"),
    (r"\bnarkoba\b", "narkotika"),
    (r"\b(klas|kls|kelas)\b", " "),
    (r"\b(ii\s?a|2\s?a)\b", "iia"),
    (r"\b(ii\s?b|2\s?b)\b", "iib"),
    (r"\b(iii|3)\b", "iii"),
    (r"\b(i\s?a|1\s?a)\b", "i"),
    (r"\b(ii|2)\b", "ii"),
    (r"\b(i|1)\b", "i"),
)
_COMPILED = tuple((re.compile(p), r) for p, r in _PHRASES)


def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return " ".join(text.split())


def normalise_name(text: str) -> str:
    """A unit name in canonical tokens: 'Lapas Klas 2A Samarinda' == 'LP Kelas II A Samarinda'."""
    text = fold(text)
    for pattern, repl in _COMPILED:
        text = pattern.sub(repl, text)
    return " ".join(text.split())


class Gazetteer:
    """All units and provinces, with lookup by name, alias and free text."""

    def __init__(self, units: Iterable[Unit], provinces: Iterable[Province]) -> None:
        self.units: tuple[Unit, ...] = tuple(units)
        self.provinces: dict[str, Province] = {p.name: p for p in provinces}
        self._by_name = {u.name: u for u in self.units}
        self._forms: dict[str, list[Unit]] = {}
        for unit in self.units:
            for form in {normalise_name(a) for a in (unit.name, *unit.aliases)}:
                self._forms.setdefault(form, []).append(unit)

    @property
    def kanwils(self) -> list[str]:
        return sorted({p.kanwil for p in self.provinces.values()})

    def get(self, name: str) -> Unit | None:
        return self._by_name.get(name)

    def by_alias(self, text: str) -> list[Unit]:
        """Units whose name or an alias normalises exactly like `text`."""
        return list(self._forms.get(normalise_name(text), []))

    def search(self, text: str, limit: int = 10) -> list[Unit]:
        """Best matches for a free-text query: exact alias first, then token overlap."""
        exact = self.by_alias(text)
        if exact:
            return exact[:limit]
        query = set(normalise_name(text).split())
        if not query:
            return []
        scored: dict[str, tuple[float, Unit]] = {}
        for form, units in self._forms.items():
            tokens = set(form.split())
            score = len(query & tokens) / len(query | tokens)
            if score >= 0.4 and query & tokens - _TYPE_TOKENS:
                for unit in units:
                    if score > scored.get(unit.name, (0.0, unit))[0]:
                        scored[unit.name] = (score, unit)
        ranked = sorted(scored.values(), key=lambda pair: (-pair[0], pair[1].name))
        return [unit for _, unit in ranked[:limit]]

    def province_of(self, name: str) -> Province | None:
        return self.provinces.get(name)

    def units_of_kanwil(self, kanwil: str) -> list[Unit]:
        return [u for u in self.units if u.kanwil == kanwil]


_TYPE_TOKENS = {"lapas", "rutan", "bapas", "lpka", "rupbasan", "cabang", "i", "ii", "iia", "iib", "iii",
                "perempuan", "narkotika", "terbuka", "khusus", "pemuda", "anak"}


def _read_csv(path: Path | None, default: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    if path is None:
        text = resources.files("sigap.data").joinpath(default).read_text(encoding="utf-8")
        where = f"sigap/data/{default}"
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read gazetteer file {path}: {exc}") from exc
        where = str(path)
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise ConfigError(f"{where}: missing columns {', '.join(missing)}")
    return [(number, row) for number, row in enumerate(reader, start=2)]


def _unit_from_row(row: dict[str, str], line: int, where: str, provinces: dict[str, Province]) -> Unit:
    name, kind = (row.get("name") or "").strip(), (row.get("type") or "").strip()
    province = (row.get("province") or "").strip()
    if not name:
        raise ConfigError(f"{where} line {line}: empty unit name")
    if kind not in set(UnitType):
        raise ConfigError(f"{where} line {line}: unknown unit type {kind!r} for {name}")
    if province not in provinces:
        raise ConfigError(f"{where} line {line}: unknown province {province!r} for {name}")
    aliases = tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip())
    return Unit(name=name, type=kind, unit_class=(row.get("class") or "").strip(),
                city=(row.get("city") or "").strip(), province=province,
                kanwil=(row.get("kanwil") or "").strip() or provinces[province].kanwil, aliases=aliases)


def load_gazetteer(units_file: Path | None = None, provinces_file: Path | None = None) -> Gazetteer:
    """Read and validate the gazetteer; raises ConfigError naming the bad line."""
    provinces: dict[str, Province] = {}
    for line, row in _read_csv(provinces_file, "provinces.csv", PROVINCE_COLUMNS):
        name = (row.get("province") or "").strip()
        if not name or not (row.get("kanwil") or "").strip():
            raise ConfigError(f"provinces file line {line}: province and kanwil are required")
        abbreviations = tuple(a.strip() for a in (row.get("abbreviations") or "").split(";") if a.strip())
        provinces[name] = Province(name, row["kanwil"].strip(), abbreviations)
    where = str(units_file) if units_file else "sigap/data/units.csv"
    units = [_unit_from_row(row, line, where, provinces)
             for line, row in _read_csv(units_file, "units.csv", UNIT_COLUMNS)]
    names = [u.name for u in units]
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise ConfigError(f"{where}: unit {dup!r} appears twice")
    return Gazetteer(units, provinces.values())


@cache
def default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return load_gazetteer()
