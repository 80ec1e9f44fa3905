"""Token-level index of the gazetteer for fast unit and place matching in news text.

`tokens(text)` turns a headline or lead into canonical tokens (type phrases collapsed to `lapas`,
`rutan`, `bapas`, `lpka`, `rupbasan`; `LP`, `LPP`, `LPN`, `Lapastik` expanded; `wanita`/`narkoba`
unified). `UnitIndex` maps (unit family, place) to gazetteer entries, built once from the aliases:
every alias is parsed like news text, so the place key is whatever follows the type, class and
subtype words ("Lapas Klas IIA Samarinda" → family `lapas`, place `samarinda`, class `iia`). Place keys
are stored with their spaces removed so "Nusa Kambangan" and "Nusakambangan" meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sigap.gazetteer import Gazetteer, Unit

# Multi-word phrases news uses for a unit type, rewritten to one token (typos seen in news kept).
_PHRASES = {
    "lembaga pemasyarakatan": "lapas", "lembaga permasyarakatan": "lapas", "lembaga pemasyarakat": "lapas",
    "lembaga pemasyrakatan": "lapas", "lembaga pemasarakatan": "lapas",
    "lembaga pembinaan khusus anak": "lpka", "lapas pembinaan khusus anak": "lpka",
    "rumah tahanan negara": "rutan", "rumah tahanan negera": "rutan", "rumah tahanan": "rutan",
    "rumah tahanam": "rutan",
    "balai pemasyarakatan": "bapas", "balai permasyarakatan": "bapas",
    "rumah penyimpanan benda sitaan negara": "rupbasan", "rumah detensi imigrasi": "rudenim",
    "kepala lapas": "kalapas", "kepala rutan": "karutan", "kepala bapas": "kabapas",
    "lapas anak": "lpka", "lp anak": "lpka", "lapas anak pria": "lpka", "lapas anak wanita": "lpka",
    # the high-security lapas are the "Lapas Khusus" ("Lapas High Risk Gunung Sindur")
    "high risk": "khusus", "super maximum security": "khusus", "maximum security": "khusus",
}


def _by_first_word(phrases: dict[str, str]) -> dict[str, list[tuple[list[str], str]]]:
    """First word → (phrase words, replacement), longest phrase first."""
    starts: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, token in sorted(phrases.items(), key=lambda item: -len(item[0])):
        starts.setdefault(phrase.split()[0], []).append((phrase.split(), token))
    return starts


_PHRASE_STARTS = _by_first_word(_PHRASES)
# Byte table: ASCII letters lower-cased, digits kept, every other byte a space.
_FOLD_TABLE = bytes(c + 32 if 65 <= c <= 90 else c if chr(c).isalnum() and c < 128 else 32 for c in range(256))

# Single tokens rewritten to canonical token sequences.
_TOKEN_MAP: dict[str, tuple[str, ...]] = {
    "lp": ("lapas",), "lpas": ("lapas",), "lapastik": ("lapas", "narkotika"), "lpn": ("lapas", "narkotika"),
    "lkn": ("lapas", "narkotika"), "lpp": ("lapas", "perempuan"), "wanita": ("perempuan",),
    "narkoba": ("narkotika",), "kalapastik": ("kalapas", "narkotika"),
}

# Anchor tokens → family of units they name.
ANCHORS: dict[str, str] = {
    "lapas": "lapas", "kalapas": "lapas", "penjara": "lapas",
    "rutan": "rutan", "karutan": "rutan", "bapas": "bapas", "kabapas": "bapas",
    "lpka": "lpka", "kalpka": "lpka", "rupbasan": "rupbasan", "karupbasan": "rupbasan",
}
SUBTYPES = frozenset({"narkotika", "perempuan", "terbuka", "khusus", "pemuda", "anak", "pria"})
CLASS_INTRO = frozenset({"kelas", "klas", "kls", "klass", "kela"})
CLASS_VALUES = {"i": "i", "1": "i", "ia": "i", "1a": "i", "l": "i", "ii": "ii", "2": "ii", "ll": "ii",
                "iia": "iia", "2a": "iia", "lla": "iia", "iib": "iib", "2b": "iib", "llb": "iib",
                "iii": "iii", "3": "iii", "lll": "iii"}
BARE_CLASS = frozenset({"ii", "iia", "iib", "iii", "lla", "llb", "lll", "ia"})
# Words between the type and the place that are not part of the name ("Rutan cabang Idi": an old branch).
FILLERS = frozenset({"di", "kota", "kabupaten", "kab", "kec", "kecamatan", "daerah", "wilayah", "cabang"})
_FAMILY_OF_TYPE = {"lapas": "lapas", "lapas_narkotika": "lapas", "lapas_perempuan": "lapas",
                   "lapas_terbuka": "lapas", "lapas_khusus": "lapas", "rutan": "rutan", "bapas": "bapas",
                   "lpka": "lpka", "rupbasan": "rupbasan", "cabang_rutan": "rutan", "other": "other"}
# Places that stand for several units at once ("Lapas Nusakambangan").
GROUP_PLACES = frozenset({"nusakambangan"})
# Place keys that are also ordinary words: read as a place only when the name ends there.
COMMON_WORDS = frozenset({"baru", "batu", "negara", "tanjung", "kota", "raya", "besar", "timur", "barat",
                          "utara", "selatan", "tengah", "kelas", "lama", "pusat", "anak", "air"})
_COUNTRY = frozenset({"indonesia", "nusantara"})
# Province abbreviations too short or too common to read as a province on their own.
_WEAK_ABBREVIATIONS = frozenset({"pb", "jakarta", "papua"})
# City names that are ordinary words ("serang": attack) or name several places; read only with "Kota"/"Kabupaten".
_WEAK_CITIES = frozenset({"batu", "negara", "tanjung", "banjar", "bone", "agam", "buru", "karo", "toba",
                          "siak", "muna", "metro", "tual", "bima", "paser", "poso", "ende", "alor", "belu",
                          "pati", "kudus", "solok", "landak", "lingga", "buol", "sikka", "barru",
                          "sambas", "bungo", "tebo", "kapuas", "pidie", "gowa", "wajo", "dairi", "serang"})


def fold(text: str) -> str:
    """ASCII lower case with every run of non-alphanumerics as one space."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.encode().translate(_FOLD_TABLE).decode().split())


def tokens(text: str) -> list[str]:
    """Canonical tokens of a text (see module doc)."""
    return canonical(fold(text))


def canonical(folded: str) -> list[str]:
    """Canonical tokens of already folded text (a "." token, which fold never makes, is kept)."""
    split = folded.split()
    if may_have_phrase(folded):
        split = _collapse(split)
    if not may_need_mapping(folded):
        return split
    out: list[str] = []
    for token in split:
        mapped = _TOKEN_MAP.get(token)
        if mapped is None:
            out.append(token)
        else:
            out.extend(mapped)
    return out


def may_have_phrase(folded: str) -> bool:
    """False only when no phrase of _PHRASES can occur (a cheap test before looking at tokens)."""
    return ("anak" in folded or "kepala " in folded or "rumah " in folded or "lembaga " in folded
            or "balai " in folded or "high " in folded or "maximum " in folded)


def may_need_mapping(folded: str) -> bool:
    """False only when no token of _TOKEN_MAP can occur."""
    return "lp" in folded or "wanita" in folded or "narkoba" in folded or "pastik" in folded or "lkn" in folded


def _collapse(split: list[str]) -> list[str]:
    """Each type phrase (see _PHRASES) as its one token, left to right, longest phrase first."""
    out: list[str] = []
    done = 0
    for start in [i for i, tok in enumerate(split) if tok in _PHRASE_STARTS]:
        if start < done:
            continue
        for words, token in _PHRASE_STARTS[split[start]]:
            if split[start:start + len(words)] == words:
                out.extend(split[done:start])
                out.append(token)
                done = start + len(words)
                break
    if not done:
        return split
    out.extend(split[done:])
    return out


@dataclass(frozen=True)
class Entry:
    """One way of naming a unit: the subtype words and class the alias carries."""

    unit: Unit
    subtypes: frozenset[str]


class Head(NamedTuple):
    """What precedes a place in a mention: family, subtype words, class and where the place starts."""

    family: str
    subtypes: frozenset[str]
    unit_class: str | None
    start: int
    place_from: int = -1  # where fillers directly before the place begin ("kota" in "Lapas Kota Baru")


def read_head(toks: Sequence[str], anchor: int, begin: int | None = None) -> Head:
    """Skip class, subtype, filler and repeated type words after the anchor token at `anchor`
    (or from `begin`, for words further on)."""
    family = ANCHORS[toks[anchor]]
    subtypes: set[str] = set()
    unit_class: str | None = None
    i = anchor + 1 if begin is None else begin
    fillers_from = -1
    while i < len(toks):
        tok = toks[i]
        if tok in FILLERS:
            fillers_from = i if fillers_from < 0 else fillers_from
            i += 1
            continue
        if tok in SUBTYPES:
            subtypes.add(tok)
        elif tok in CLASS_INTRO and i + 1 < len(toks) and toks[i + 1] in CLASS_VALUES:
            unit_class, used = class_at(toks, i + 1)
            i += used
        elif tok in BARE_CLASS:
            unit_class = CLASS_VALUES[tok]
        elif tok in CLASS_INTRO or ANCHORS.get(tok) == family:
            pass
        else:
            break
        fillers_from = -1
        i += 1
    if "anak" in subtypes and family == "lapas":
        family = "lpka"
    return Head(family, frozenset(subtypes), unit_class, i, fillers_from if fillers_from >= 0 else i)


def class_at(toks: Sequence[str], i: int) -> tuple[str, int]:
    """The class written at toks[i] ("ii", "ii a", "ll b", "2a"…) and how many tokens it takes."""
    value = CLASS_VALUES[toks[i]]
    suffix = toks[i + 1] if i + 1 < len(toks) else ""
    if suffix in ("a", "b") and value in ("i", "ii"):
        return ("i" if value == "i" else "ii" + suffix), 2
    return value, 1


class UnitIndex:
    """Place keys per family (strong: from aliases; weak: from the unit's city) and province mentions."""

    MAX_PLACE = 5

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.places: dict[tuple[str, str], list[Entry]] = {}
        self.cities: dict[tuple[str, str], list[Entry]] = {}
        for unit in gazetteer.units:
            self._add_unit(unit)
        self.place_starts = frozenset(
            start for table in (self.places, self.cities) for _, key in table for start in _prefixes(key))
        # key → {(family, 0 for places / 1 for cities): entries}, to match every family and table in one walk
        self.keyed: dict[str, dict[tuple[str, int], list[Entry]]] = {}
        for number, table in enumerate((self.places, self.cities)):
            for (family, key), entries in table.items():
                self.keyed.setdefault(key, {})[(family, number)] = entries
        self.province_words = self._province_words(gazetteer)
        # Names and abbreviations of provinces (not cities): an item that names one speaks of a region.
        self.region_keys = frozenset(fold(form).replace(" ", "") for p in gazetteer.provinces.values()
                                     for form in (p.name, *p.abbreviations))
        self.province_starts = frozenset(
            start for key, _ in self.province_words.items() for start in _prefixes(key))

    def _add_unit(self, unit: Unit) -> None:
        family = _FAMILY_OF_TYPE.get(unit.type, "other")
        for alias in {unit.name, *unit.aliases}:
            toks = tokens(alias)
            anchor = next((i for i, t in enumerate(toks) if t in ANCHORS), None)
            if anchor is None or (unit.type == "cabang_rutan" and "cabang" not in toks):
                continue  # a KPK or police cell is linked only when named as a branch rutan
            head = read_head(toks, anchor)
            if head.family != family:
                continue
            prefix = ["cabang"] if anchor > 0 and toks[anchor - 1] == "cabang" else []
            rest = [t for t in toks[head.start:] if t not in CLASS_INTRO and t not in BARE_CLASS]
            kept = toks[head.place_from:head.start]  # "Lapas Kota Baru": the filler is part of the name
            for place in (prefix + kept + rest, prefix + rest):
                key = "".join(place)
                if key and (key not in COMMON_WORDS or not kept):
                    _put(self.places, (family, key), Entry(unit, head.subtypes))
        city = fold(re.sub(r"^(Kota|Kab\.)\s+", "", unit.city))
        if city and unit.type != "cabang_rutan":
            _put(self.cities, (family, city.replace(" ", "")), Entry(unit, _subtypes_of(unit)))
        for group in GROUP_PLACES:
            if any(group in fold(a).replace(" ", "") for a in (unit.name, *unit.aliases)):
                _put(self.places, (family, group), Entry(unit, frozenset({"group"})))

    @staticmethod
    def _province_words(gazetteer: Gazetteer) -> dict[str, str]:
        """Joined token strings → province: names, abbreviations, 'kota X', 'kabupaten X', distinctive cities."""
        words: dict[str, str] = {}
        city_provinces: dict[str, set[str]] = {}
        for unit in gazetteer.units:
            if unit.city:
                bare = fold(re.sub(r"^(Kota|Kab\.)\s+", "", unit.city))
                city_provinces.setdefault(bare, set()).add(unit.province)
        for city, provinces in city_provinces.items():
            if len(provinces) == 1:
                only = next(iter(provinces))
                for prefix in ("kota ", "kabupaten ", "kab "):
                    words[(prefix + city).replace(" ", "")] = only
                if city not in _WEAK_CITIES and len(city) > 3:
                    words.setdefault(city.replace(" ", ""), only)
        for province in gazetteer.provinces.values():
            for form in (province.name, *province.abbreviations):
                key = fold(form).replace(" ", "")
                if key not in _WEAK_ABBREVIATIONS or key == fold(province.name).replace(" ", ""):
                    words[key] = province.name
        return words

    def match_place(self, table: dict[tuple[str, str], list[Entry]], family: str,
                    toks: Sequence[str], start: int) -> tuple[int, list[Entry]]:
        """Longest place key of `family` starting at `start`: (tokens used, entries) or (0, [])."""
        found: tuple[int, list[Entry]] = (0, [])
        end = min(start + self.MAX_PLACE, len(toks))
        key = ""
        for at in range(start, end):  # grow the key while it is still the prefix of some place key
            key += toks[at]
            if key not in self.place_starts:
                break
            entries = table.get((family, key))
            if entries:
                found = (at - start + 1, entries)
        return found

    def place_keys(self, toks: Sequence[str]) -> list[tuple[int, str, dict[tuple[str, int], list[Entry]]]]:
        """Every place key the first tokens spell, longest first: (tokens used, key, entries by family/table)."""
        found: list[tuple[int, str, dict[tuple[str, int], list[Entry]]]] = []
        key = ""
        for size, tok in enumerate(toks[:self.MAX_PLACE], 1):
            key += tok
            if key not in self.place_starts:
                break
            entries = self.keyed.get(key)
            if entries:
                found.append((size, key, entries))
        return found[::-1]

    def match_province(self, toks: Sequence[str], start: int) -> tuple[int, str | None]:
        found: tuple[int, str | None] = (0, None)
        key = ""
        for at in range(start, min(start + 4, len(toks))):
            key += toks[at]
            if key not in self.province_starts:
                break
            province = self.province_words.get(key)
            if province:
                found = (at - start + 1, province)
        return found

    def names_region(self, toks: Sequence[str]) -> bool:
        """Whether the text names a province or the whole country (longest match, so "Banda Aceh" is a city)."""
        for i, tok in enumerate(toks):
            if tok in _COUNTRY:
                return True
            if tok in self.province_starts:
                size, _ = self.match_province(toks, i)
                if size and "".join(toks[i:i + size]) in self.region_keys:
                    return True
        return False

    def province_mentions(self, toks: Sequence[str]) -> list[tuple[int, str]]:
        """(position, province) of every province, province abbreviation or distinctive city, left to right."""
        found: list[tuple[int, str]] = []
        starts, words = self.province_starts, self.province_words
        after = 0
        for i in [i for i, tok in enumerate(toks) if tok in starts]:
            if i < after:
                continue
            key, province = "", None
            for at in range(i, min(i + 4, len(toks))):  # match_province, inlined: this runs on every item
                key += toks[at]
                if key not in starts:
                    break
                if key in words:
                    province, after = words[key], at + 1
            if province:
                found.append((i, province))
        return found


def _prefixes(key: str) -> list[str]:
    """Every first token a joined key can start with ("kalimantantimur" → "kalimantan", …, itself)."""
    return [key[:i] for i in range(1, len(key) + 1)]


def _put(table: dict[tuple[str, str], list[Entry]], key: tuple[str, str], entry: Entry) -> None:
    bucket = table.setdefault(key, [])
    if all(e.unit.name != entry.unit.name or e.subtypes != entry.subtypes for e in bucket):
        bucket.append(entry)


def _subtypes_of(unit: Unit) -> frozenset[str]:
    words = set(tokens(unit.name)) & SUBTYPES
    return frozenset(words)


def unique_units(units: Iterable[Unit]) -> list[Unit]:
    seen: dict[str, Unit] = {}
    for unit in units:
        seen.setdefault(unit.name, unit)
    return list(seen.values())
