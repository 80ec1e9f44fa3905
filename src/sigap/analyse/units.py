"""Link the units (UPT) and provinces a headline and lead talk about, and spot non-corrections custody.

`UnitLinker(gazetteer).link(title, text)` reads every way news names a unit: the type in any form
("Lembaga Pemasyarakatan", "LP", "Lapas", "Rutan", "Karutan", "Kalapas", "LPKA", "Bapas", "LPP"…), an
optional class in any spelling ("Klas IIA", "Kelas ll B", "Kelas 2A") and subtype words (Narkotika,
Perempuan/Wanita, Terbuka, Khusus, Pemuda, Anak), then the place, matched longest first on token
boundaries. When a place names several units the class, the subtype, other mentions in the same item
and the cities/provinces the item mentions decide; a plain mention ("Lapas Palu") whose place the item
also names with a subtype ("Lapas Perempuan Palu") is that subtyped unit. A place that stands for several
units ("Lapas Nusakambangan") and anything still ambiguous link nothing (only the province). A type word
followed by a police, KPK, prosecutor or immigration marker ("Rutan Polres X", "Rutan KPK") is never
linked, nor is a facility being built ("Lapas baru di X", "membangun Lapas di X") or the generic word
"penjara" before a common word or an unknown word. "Rutan dan Lapas X" names both; an old branch
("Cabang Rutan X") is the unit now at X. When no unit is named, a type word without a place in a lead
datelined from a city with exactly one such unit ("MADIUN - … lembaga pemasyarakatan") names that unit,
unless the item speaks of a province or the whole country or comes from the capital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from sigap.analyse.unit_index import (
    ANCHORS,
    CLASS_INTRO,
    CLASS_VALUES,
    COMMON_WORDS,
    FILLERS,
    GROUP_PLACES,
    Entry,
    Head,
    UnitIndex,
    canonical,
    class_at,
    fold,
    read_head,
    tokens,
    unique_units,
)
from sigap.gazetteer import Gazetteer, Unit

MAX_CHARS = 3000  # units named past the lead are rare; long bodies only cost time
MAX_SKIP = 2  # unknown words allowed between the type and the place ("Lapas Kelas IIA Bulak Kapal, Bekasi")

# Words right after a type word that make it another institution's cell.
_FOREIGN_CUSTODY = frozenset({
    "polres", "polresta", "polrestabes", "polsek", "polsekta", "mapolres", "mapolresta", "mapolrestabes",
    "mapolsek", "mapolsekta", "polda", "mapolda", "kpk", "bareskrim", "brimob", "mabes", "polri", "polisi",
    "kejagung", "kejaksaan", "kejari", "kejati", "imigrasi", "militer", "pomdam", "denpom", "tni", "kodim",
    "kodam", "sementara", "bnn", "bnnp", "bnnk", "bea", "propam",
})
# Words that end a name: an unknown word before one of these is not part of a place.
_BREAK = frozenset({
    "yang", "dan", "ke", "dari", "untuk", "dengan", "oleh", "pada", "bagi", "dalam", "atau", "serta",
    "tidak", "tak", "akan", "telah", "sudah", "ini", "itu", "karena", "saat", "usai", "jadi", "hingga",
    "kabur", "tewas", "ricuh", "rusuh", "napi", "narapidana", "tahanan", "warga", "binaan", "wbp", "petugas",
    "sipir", "pegawai", ".",
})
# Words before a type word that make "… di <place>" the site of a facility being built, not a unit's name.
_BUILDING = frozenset({"bangun", "membangun", "dibangun", "pembangunan", "mendirikan", "didirikan"})
_BUILDING_WINDOW = 5  # "akan membangun LPKA dan LPP di Kabupaten X": the verb may sit a few words back
# The dateline that opens a lead ("TRIBUNLOMBOK.COM, MATARAM - ", "Ambon (ANTARA) - ", "MADIUN-").
_DATELINE = re.compile(r"\s*([^-–—:!?\n]{2,60}?)\s*[-–—]")
_DATELINE_WORDS = 6  # "TRIBUNLOMBOK.COM, MATARAM", "Jayapura (Antara Papua)"
_NATIONAL_DATELINES = frozenset({"jakarta"})
_AND = frozenset({"dan", "serta", "atau"})
# A word right after the type (and class) that makes it a new facility ("Lapas baru di Nusakambangan").
_NEW = frozenset({"baru"})
# Families tried for a type word: "penjara" names a lapas or a rutan; news often calls a rutan "lapas".
_FAMILIES = {"penjara": ("lapas", "rutan")}
_OTHER_FAMILY = {"lapas": "rutan", "rutan": "lapas"}
# Doc-level markers of custody outside the corrections service (police, KPK, court, immigration, abroad).
_NON_PAS = re.compile(
    r"\b(?:(?:sel|rutan|tahanan|ruang tahanan|kabur dari|jebol|tewas di|meninggal di)(?: \w+){0,2} "
    r"(?:ma)?pol(?:res|resta|restabes|sek|sekta|da)"
    r"|rutan(?: cabang)? kpk|rudenim|detensi imigrasi|deteni|tahanan polisi|sel polisi"
    r"|(?:sel|ruang tahanan|kabur dari|tahanan) (?:pengadilan|pn|kejari|kejaksaan|ruang sidang)"
    r"|(?:penjara|lapas|dipenjara|dibui|ditahan|divonis|hukuman mati|napi|wni)(?: \w+){0,4} "
    r"(?:di )?(?:malaysia|singapura|arab saudi|saudi|hong kong|taiwan|australia|amerika|tiongkok|"
    r"filipina|thailand|luar negeri))\b")


@dataclass(frozen=True)
class LinkResult:
    units: list[Unit] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    non_pas: bool = False
    mentions: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Mention:
    surface: str
    head: Head
    entries: list[Entry]
    place: str = ""
    group: bool = False
    end: int = 0


class UnitLinker:
    """Built once per gazetteer; `link` is pure and cheap (about 100 µs per item on a loaded 2-core machine)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.index = UnitIndex(gazetteer)
        self._narrowed: dict[tuple[int, frozenset[str], str | None, bool], list[Unit]] = {}

    def link(self, title: str, text: str = "") -> LinkResult:
        toks = canonical(f"{fold(title or '')} . {fold((text or '')[:MAX_CHARS])}")
        joined = " ".join(toks)
        mentions, blocked, bare = self._mentions(toks)
        places = self.index.province_mentions(toks)
        units, pairs, extra = self._resolve(mentions, places, joined) if mentions else ([], [], [])
        if not units and bare and text:
            units, pairs = self._from_dateline(text, bare, toks)
        provinces = unique_strings([u.province for u in units] + extra + [p for _, p in places])
        non_pas = not units and (blocked or bool(_NON_PAS.search(joined)))
        return LinkResult(units=units, provinces=provinces, non_pas=non_pas, mentions=pairs)

    def _mentions(self, toks: Sequence[str]) -> tuple[list[_Mention], bool, list[Head]]:
        """Every type word followed by a known place; `blocked` if a type word named another agency's cell;
        the heads of type words that name no place ("lembaga pemasyarakatan", "Rutan Kelas IIB")."""
        found: list[_Mention] = []
        bare: list[Head] = []
        blocked = False
        after = 0  # a type word inside the previous mention's head starts no mention of its own
        for i in [i for i, tok in enumerate(toks) if tok in ANCHORS]:
            if i < after:
                continue
            head = read_head(toks, i)
            after = head.start
            if not _FOREIGN_CUSTODY.isdisjoint(toks[head.start:head.start + 2]):
                blocked = True
                continue
            mention = self._read_place(toks, i, head)
            if mention is None and head.start + 1 < len(toks) and toks[head.start] in _AND:
                mention = self._shared_place(toks, i, head)
            if mention is None:
                if _is_bare(toks, i, head):
                    bare.append(head)
            elif _being_built(toks, i, mention.head.start):
                continue
            elif mention.end < len(toks) and toks[mention.end] == "cabang" and _foreign_branch(toks, mention.end):
                blocked = True  # "Rutan Salemba cabang Bareskrim": the police's branch, not Salemba
            else:
                found.append(mention)
        return found, blocked, bare

    def _from_dateline(self, text: str, bare: list[Head],
                       toks: Sequence[str]) -> tuple[list[Unit], list[tuple[str, str]]]:
        """A type word without a place in a lead datelined from a city with one such unit ("MADIUN - … lapas")
        names that unit: local news speaks of the local unit. Not when the item speaks of a province or the
        country ("lapas di Sumsel", "napi di Indonesia"), nor for the capital's national news."""
        match = _DATELINE.match(text)
        if match is None or self.index.names_region(toks):
            return [], []
        words = tokens(match.group(1))
        if len(words) > _DATELINE_WORDS:  # a dash inside the first sentence, not a dateline
            return [], []
        for start in range(len(words)):
            for _, key, by_slot in self.index.place_keys(words[start:]):
                if key not in COMMON_WORDS and key not in _NATIONAL_DATELINES:
                    found = self._sole_unit(by_slot, bare)
                    if found is not None:
                        return [found[0]], [(f"{found[1]} … {key}", found[0].name)]
        return [], []

    def _sole_unit(self, by_slot: dict[tuple[str, int], list[Entry]],
                   bare: list[Head]) -> tuple[Unit, str] | None:
        """The one unit a bare type word can mean at a place (the place's own units first, then its city's)."""
        for head in bare:
            entries = by_slot.get((head.family, 0)) or by_slot.get((head.family, 1))
            units = self._narrow(_Mention(head.family, head, entries)) if entries else []
            if len(units) == 1 and units[0].type != "cabang_rutan":  # another agency's cell is never implied
                return units[0], head.family
        return None

    def _shared_place(self, toks: Sequence[str], anchor: int, head: Head) -> _Mention | None:
        """"Rutan dan Lapas Cipinang": the first type word takes the place of the one after "dan"."""
        second = head.start + 1
        if toks[second] not in ANCHORS:
            return None
        other = self._read_place(toks, second, read_head(toks, second))
        if other is None:
            return None
        return self._read_place(toks, anchor, head._replace(start=other.head.start, place_from=other.head.start))

    def _read_place(self, toks: Sequence[str], anchor: int, head: Head) -> _Mention | None:
        """The place after a type word, allowing a few unknown words before it."""
        if head.start < len(toks) and toks[head.start] in _NEW:
            return None
        generic = toks[anchor] == "penjara"  # "penjara" is any prison: only a place right after it counts
        for skip in range(1 if generic else MAX_SKIP + 1):
            start = head.start + skip
            if start >= len(toks) or (skip and toks[start - 1] in _BREAK):
                return None
            starts = [head.place_from, start] if not skip and head.place_from < start else [start]
            if skip:  # after skipped words a class or filler may follow again ("Pondok Rajeg kelas IIA, Cibinong")
                starts = [read_head(toks, anchor, begin=start).start]
            for at in starts:
                mention = self._place_at(toks, anchor, head, at, strict=skip > 0 or generic)
                if mention is not None:
                    return mention
        return None

    def _place_at(self, toks: Sequence[str], anchor: int, head: Head, start: int, *,
                  strict: bool) -> _Mention | None:
        cabang = anchor > 0 and toks[anchor - 1] == "cabang"
        window = toks[start:start + UnitIndex.MAX_PLACE]
        keys = self.index.place_keys(["cabang", *window]) if cabang else []
        if not keys:  # an old regional branch ("Cabang Rutan Bireuen") is now the unit at its place
            if cabang and not _FOREIGN_CUSTODY.isdisjoint(window):
                return None  # "Cabang Rutan Jakarta Timur KPK" is the KPK's, not Cipinang
            cabang = False
            keys = self.index.place_keys(window)
        if not keys:
            return None
        for family in _FAMILIES.get(toks[anchor]) or (head.family, _OTHER_FAMILY.get(head.family, "")):
            for slot in ((family, 0), (family, 1)):  # gazetteer places first, then the unit's city
                size, key, entries = _longest(keys, slot)
                if not entries or (strict and (len(key) < 5 or key in COMMON_WORDS)):
                    continue
                end = start + size - cabang
                if key in COMMON_WORDS and not self._ends_name(toks, end):
                    continue
                unit_class = head.unit_class or _class_after(toks, end)
                return _Mention(" ".join(toks[anchor:end]), Head(family, head.subtypes, unit_class, start),
                                entries, key, group=key in GROUP_PLACES, end=end)
        return None

    def _narrow(self, mention: _Mention) -> list[Unit]:
        """`_narrow`, remembered per entry list, subtypes and class (a few thousand combinations at most)."""
        key = (id(mention.entries), mention.head.subtypes, mention.head.unit_class, mention.group)
        units = self._narrowed.get(key)
        if units is None:
            units = self._narrowed[key] = _narrow(mention)
        return units

    def _ends_name(self, toks: Sequence[str], end: int) -> bool:
        """A one-word place that is also a common word ("Lapas Batu") must end the name."""
        if end >= len(toks):
            return True
        nxt = toks[end]
        return (nxt in _BREAK or nxt in CLASS_INTRO or nxt in FILLERS or nxt in ANCHORS
                or self.index.match_province(toks, end)[1] is not None)

    def _resolve(self, mentions: list[_Mention], places: list[tuple[int, str]],
                 joined: str) -> tuple[list[Unit], list[tuple[str, str]], list[str]]:
        """Candidates per mention, narrowed by subtype and class, then by the item's other evidence."""
        candidates = [self._narrow(m) for m in mentions]
        if len(mentions) > 1 and any(m.head.subtypes for m in mentions):
            candidates = _absorb_plain(mentions, candidates)
        if all(len(units) == 1 for units in candidates):  # the usual case: every mention is plain
            plain = [(m.surface, units[0].name) for m, units in zip(mentions, candidates, strict=True)]
            return unique_units(units[0] for units in candidates), plain, []
        sure = {u.name for units in candidates if len(units) == 1 for u in units}
        provinces = {p for _, p in places}
        linked: list[Unit] = []
        pairs: list[tuple[str, str]] = []
        extra: list[str] = []  # provinces of mentions left ambiguous ("Lapas Gunung Sindur")
        for mention, units in zip(mentions, candidates, strict=True):
            if len(units) > 1 and not mention.group:
                units = _by_context(units, sure, provinces, joined)
            if len(units) == 1 and not mention.group:
                linked.extend(units)
                pairs.extend((mention.surface, u.name) for u in units)
            elif len({u.province for u in units}) == 1:
                extra.append(units[0].province)
        return unique_units(linked), pairs, extra


def _narrow(mention: _Mention) -> list[Unit]:
    entries = mention.entries
    if mention.group:
        return unique_units(e.unit for e in entries)
    wanted = mention.head.subtypes - {"pria"}
    exact = [e for e in entries if e.subtypes == wanted]
    if not exact and wanted:
        exact = [e for e in entries if e.subtypes & wanted]
    units = unique_units(e.unit for e in (exact or entries))
    unit_class = mention.head.unit_class
    if unit_class and len(units) > 1:
        same = [u for u in units if _class_fits(unit_class, u.unit_class)]
        units = same or units
    return units


def _foreign_branch(toks: Sequence[str], end: int) -> bool:
    return not _FOREIGN_CUSTODY.isdisjoint(toks[end + 1:end + 3])


def _is_bare(toks: Sequence[str], anchor: int, head: Head) -> bool:
    """A type word naming no place, not "penjara" (any prison) and not a facility being built."""
    return (toks[anchor] != "penjara" and (head.start >= len(toks) or toks[head.start] not in _NEW)
            and _BUILDING.isdisjoint(toks[max(0, anchor - _BUILDING_WINDOW):anchor]))


def _being_built(toks: Sequence[str], anchor: int, place: int) -> bool:
    """A place after "di" with a building verb just before the type word: a site, not a unit's name."""
    if place <= anchor + 1 or "di" not in toks[anchor + 1:place]:
        return False
    return not _BUILDING.isdisjoint(toks[max(0, anchor - _BUILDING_WINDOW):anchor])


def _absorb_plain(mentions: list[_Mention], candidates: list[list[Unit]]) -> list[list[Unit]]:
    """A mention without subtype is the subtyped unit the item names at the same place, if the class fits
    (a headline's "Lapas Palu" over a lead's "Lapas Perempuan Kelas III Palu")."""
    typed = {(m.head.family, m.place): units for m, units in zip(mentions, candidates, strict=True)
             if len(units) == 1 and m.head.subtypes - {"pria"} and not m.group}
    if not typed:
        return candidates
    out = []
    for mention, units in zip(mentions, candidates, strict=True):
        same = typed.get((mention.head.family, mention.place))
        plain = not mention.head.subtypes - {"pria"}
        if plain and same and (not mention.head.unit_class or _class_fits(mention.head.unit_class, same[0].unit_class)):
            units = same
        out.append(units)
    return out


def _longest(keys: list[tuple[int, str, dict[tuple[str, int], list[Entry]]]],
             slot: tuple[str, int]) -> tuple[int, str, list[Entry]]:
    """The longest of the matched place keys that names units of this family in this table."""
    for size, key, by_slot in keys:
        entries = by_slot.get(slot)
        if entries:
            return size, key, entries
    return 0, "", []


def _class_after(toks: Sequence[str], end: int) -> str | None:
    """A class written after the place ("Lapas Tangerang Kelas IIA")."""
    if end + 1 < len(toks) and toks[end] in CLASS_INTRO and toks[end + 1] in CLASS_VALUES:
        return class_at(toks, end + 1)[0]
    return None


def _class_fits(written: str, actual: str) -> bool:
    actual = actual.lower()
    return written == actual or (written == "ii" and actual.startswith("ii") and actual != "iii")


def _by_context(units: list[Unit], sure: set[str], provinces: set[str], joined: str) -> list[Unit]:
    """Keep the candidates the item itself points to: named elsewhere, by city, or by province."""
    known = [u for u in units if u.name in sure]
    if known:
        return known
    if len({u.city for u in units}) > 1:
        padded = f" {joined} "
        in_city = [u for u in units if f" {_bare_city(u.city)} " in padded]
        if in_city:
            return in_city
    in_province = [u for u in units if u.province in provinces]
    if in_province and len({u.province for u in units}) > 1:
        return in_province
    return units


@cache
def _bare_city(city: str) -> str:
    return " ".join(tokens(re.sub(r"^(Kota|Kab\.)\s+", "", city)))


def unique_strings(values: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
