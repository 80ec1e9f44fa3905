"""The vocabulary of DESIGN §3, defined once: codes, Indonesian and English labels.

Every other module imports codes from here; no list of tones, issues, levels or stages lives elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import TypeVar

from sigap.errors import InvalidInput

E = TypeVar("E", bound=StrEnum)


class Tone(StrEnum):
    POSITIF = "positif"
    NEGATIF = "negatif"
    NETRAL = "netral"


TONE_LABELS: dict[Tone, tuple[str, str]] = {
    Tone.POSITIF: ("Positif", "Positive"),
    Tone.NEGATIF: ("Negatif", "Negative"),
    Tone.NETRAL: ("Netral", "Neutral"),
}


class CrisisClass(StrEnum):
    KEAMANAN_KETERTIBAN = "keamanan_ketertiban"
    KESEHATAN = "kesehatan"
    OPINI_PUBLIK = "opini_publik"
    TATA_KELOLA_INTEGRITAS = "tata_kelola_integritas"
    BENCANA = "bencana"


CRISIS_CLASS_LABELS: dict[CrisisClass, tuple[str, str]] = {
    CrisisClass.KEAMANAN_KETERTIBAN: ("Keamanan dan ketertiban", "Security and order"),
    CrisisClass.KESEHATAN: ("Kesehatan", "Health"),
    CrisisClass.OPINI_PUBLIK: ("Opini publik", "Public opinion"),
    CrisisClass.TATA_KELOLA_INTEGRITAS: ("Tata kelola dan integritas", "Governance and integrity"),
    CrisisClass.BENCANA: ("Bencana", "Disaster"),
}


@dataclass(frozen=True)
class IssueInfo:
    code: str
    label: str
    label_en: str
    covers: str
    crisis_class: CrisisClass
    weight: float  # crisis weight used by severity and detection: grave issues weigh more


class Issue(StrEnum):
    PELARIAN = "pelarian"
    KERUSUHAN = "kerusuhan"
    NARKOBA = "narkoba"
    PUNGLI_SUAP = "pungli_suap"
    KEKERASAN = "kekerasan"
    KEMATIAN = "kematian"
    KESEHATAN = "kesehatan"
    OVERKAPASITAS = "overkapasitas"
    BARANG_TERLARANG = "barang_terlarang"
    PENIPUAN = "penipuan"
    PELANGGARAN_PETUGAS = "pelanggaran_petugas"
    HAK_WBP = "hak_wbp"
    PEMBINAAN = "pembinaan"
    LAYANAN_PUBLIK = "layanan_publik"
    KELEMBAGAAN = "kelembagaan"
    LAINNYA = "lainnya"


_K = CrisisClass
ISSUES: dict[Issue, IssueInfo] = {
    info.code: info  # type: ignore[misc]
    for info in (
        IssueInfo("pelarian", "Pelarian", "Escape", "escapes, attempted escapes, recaptures",
                  _K.KEAMANAN_KETERTIBAN, 3.0),
        IssueInfo("kerusuhan", "Kerusuhan", "Riot", "riots, fights, arson, unrest, hostage-taking",
                  _K.KEAMANAN_KETERTIBAN, 3.0),
        IssueInfo("narkoba", "Narkoba", "Drugs",
                  "drugs inside, smuggling attempts, drug networks run from inside", _K.KEAMANAN_KETERTIBAN, 2.0),
        IssueInfo("pungli_suap", "Pungli & suap", "Extortion & bribery",
                  "extortion, bribery, corruption, paid privileges, luxury cells",
                  _K.TATA_KELOLA_INTEGRITAS, 2.0),
        IssueInfo("kekerasan", "Kekerasan", "Violence",
                  "violence, abuse, torture, bullying (by officers or inmates)", _K.TATA_KELOLA_INTEGRITAS, 2.5),
        IssueInfo("kematian", "Kematian", "Death in custody", "deaths in custody, suicides",
                  _K.KESEHATAN, 3.0),
        IssueInfo("kesehatan", "Kesehatan", "Health", "health services, outbreaks, medical referrals",
                  _K.KESEHATAN, 1.5),
        IssueInfo("overkapasitas", "Overkapasitas", "Overcrowding",
                  "overcrowding, transfers to relieve capacity", _K.OPINI_PUBLIK, 1.0),
        IssueInfo("barang_terlarang", "Barang terlarang", "Contraband",
                  "phones, weapons, other contraband; searches that find them", _K.KEAMANAN_KETERTIBAN, 1.5),
        IssueInfo("penipuan", "Kejahatan dari dalam", "Crime run from inside",
                  "fraud or other crime run from inside", _K.TATA_KELOLA_INTEGRITAS, 2.0),
        IssueInfo("pelanggaran_petugas", "Pelanggaran petugas", "Officer misconduct",
                  "officer misconduct, officers arrested or sanctioned", _K.TATA_KELOLA_INTEGRITAS, 2.0),
        IssueInfo("hak_wbp", "Hak WBP", "Inmates' rights",
                  "remission, parole, assimilation, visits, inmates' rights", _K.OPINI_PUBLIK, 1.0),
        IssueInfo("pembinaan", "Pembinaan", "Rehabilitation",
                  "rehabilitation, skills training, religious programmes, inmates' products", _K.OPINI_PUBLIK, 0.5),
        IssueInfo("layanan_publik", "Layanan publik", "Public service",
                  "public services, innovation, integrity zones (WBK/WBBM), awards", _K.OPINI_PUBLIK, 0.5),
        IssueInfo("kelembagaan", "Kelembagaan", "Institutional",
                  "leadership, policy, coordination, ceremonies, budgets", _K.OPINI_PUBLIK, 0.5),
        IssueInfo("lainnya", "Lainnya", "Other", "none of the above", _K.OPINI_PUBLIK, 0.5),
    )
}

ISSUE_CODES: tuple[str, ...] = tuple(i.value for i in Issue)


def default_crisis_class(issues: list[str] | tuple[str, ...]) -> CrisisClass:
    """The class of the heaviest issue; public opinion when nothing weighs."""
    known = [ISSUES[Issue(code)] for code in issues if code in ISSUE_CODES]
    if not known:
        return CrisisClass.OPINI_PUBLIK
    return max(known, key=lambda info: info.weight).crisis_class


class Level(IntEnum):
    NORMAL = 0
    WASPADA = 1
    SIAGA = 2
    AWAS = 3


LEVEL_LABELS: dict[Level, tuple[str, str]] = {
    Level.NORMAL: ("Normal", "Normal"),
    Level.WASPADA: ("Waspada", "Watch"),
    Level.SIAGA: ("Siaga", "Alert"),
    Level.AWAS: ("Awas", "Warning"),
}


class Tier(StrEnum):
    """Who leads a response: the organisational tier."""

    UPT = "upt"
    KANWIL = "kanwil"
    DITJEN = "ditjen"


LEVEL_LEAD: dict[Level, Tier | None] = {
    Level.NORMAL: None,
    Level.WASPADA: Tier.UPT,
    Level.SIAGA: Tier.KANWIL,
    Level.AWAS: Tier.DITJEN,
}


class Stage(StrEnum):
    PRA_KRISIS = "pra_krisis"
    KRISIS = "krisis"
    PASCA_KRISIS = "pasca_krisis"
    SELESAI = "selesai"
    DIBATALKAN = "dibatalkan"


STAGE_LABELS: dict[Stage, tuple[str, str]] = {
    Stage.PRA_KRISIS: ("Pra-krisis", "Pre-crisis"),
    Stage.KRISIS: ("Krisis", "Crisis"),
    Stage.PASCA_KRISIS: ("Pasca-krisis", "Post-crisis"),
    Stage.SELESAI: ("Selesai", "Closed"),
    Stage.DIBATALKAN: ("Dibatalkan", "Cancelled"),
}


class Cluster(StrEnum):
    """SCCT crisis clusters: how much responsibility the public attributes."""

    KORBAN = "korban"
    KECELAKAAN = "kecelakaan"
    DAPAT_DICEGAH = "dapat_dicegah"


CLUSTER_LABELS: dict[Cluster, tuple[str, str]] = {
    Cluster.KORBAN: ("Korban", "Victim"),
    Cluster.KECELAKAAN: ("Kecelakaan", "Accidental"),
    Cluster.DAPAT_DICEGAH: ("Dapat dicegah", "Preventable"),
}


class Role(StrEnum):
    ADMIN = "admin"
    DITJEN = "ditjen"
    KANWIL = "kanwil"
    UPT = "upt"


class UnitType(StrEnum):
    LAPAS = "lapas"
    LAPAS_NARKOTIKA = "lapas_narkotika"
    LAPAS_PEREMPUAN = "lapas_perempuan"
    LAPAS_TERBUKA = "lapas_terbuka"
    LAPAS_KHUSUS = "lapas_khusus"
    RUTAN = "rutan"
    CABANG_RUTAN = "cabang_rutan"
    BAPAS = "bapas"
    LPKA = "lpka"
    RUPBASAN = "rupbasan"
    OTHER = "other"


def label(code: object, lang: str = "id") -> str:
    """The display label of any taxonomy code, Indonesian by default."""
    tables: list[dict] = [TONE_LABELS, CRISIS_CLASS_LABELS, LEVEL_LABELS, STAGE_LABELS, CLUSTER_LABELS]
    for table in tables:
        if code in table:
            ind, eng = table[code]
            return eng if lang == "en" else ind
    if isinstance(code, str) and code in ISSUE_CODES:
        info = ISSUES[Issue(code)]
        return info.label_en if lang == "en" else info.label
    return str(code)


def parse_code(enum: type[E], value: str, what: str, what_id: str) -> E:
    """The member of a code list named by `value`, or InvalidInput listing the valid codes."""
    try:
        return enum(value)
    except ValueError:
        codes = ", ".join(member.value for member in enum)
        raise InvalidInput(f"unknown {what} {value!r} (use {codes})",
                           message_id=f"{what_id} {value!r} tidak dikenal (gunakan {codes})") from None
