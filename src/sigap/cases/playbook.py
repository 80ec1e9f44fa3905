"""SCCT playbook: the crisis cluster, the unit's crisis history and prior reputation (from Sigap's own
data) decide the recommended response strategies, with the reasoning shown (Coombs 2007).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from sigap.models import Analysis, Item, ItemUnit
from sigap.models.cases import CaseUnit, CrisisCase
from sigap.taxonomy import Cluster, CrisisClass, label

# Default attribution of responsibility per issue (the team can change the case's cluster).
ISSUE_CLUSTER: dict[str, Cluster] = {
    "pelarian": Cluster.DAPAT_DICEGAH, "narkoba": Cluster.DAPAT_DICEGAH, "pungli_suap": Cluster.DAPAT_DICEGAH,
    "kekerasan": Cluster.DAPAT_DICEGAH, "barang_terlarang": Cluster.DAPAT_DICEGAH,
    "penipuan": Cluster.DAPAT_DICEGAH, "pelanggaran_petugas": Cluster.DAPAT_DICEGAH,
    "kerusuhan": Cluster.KECELAKAAN, "kematian": Cluster.KECELAKAAN, "kesehatan": Cluster.KECELAKAAN,
    "overkapasitas": Cluster.KECELAKAAN,
}
CLASS_CLUSTER: dict[str, Cluster] = {
    CrisisClass.BENCANA: Cluster.KORBAN, CrisisClass.OPINI_PUBLIK: Cluster.KORBAN,
    CrisisClass.KESEHATAN: Cluster.KECELAKAAN, CrisisClass.KEAMANAN_KETERTIBAN: Cluster.KECELAKAAN,
    CrisisClass.TATA_KELOLA_INTEGRITAS: Cluster.DAPAT_DICEGAH,
}
_ORDER = [Cluster.KORBAN, Cluster.KECELAKAAN, Cluster.DAPAT_DICEGAH]

# Strategy postures (SCCT) and what each means in a Pemasyarakatan statement.
STRATEGIES: dict[str, tuple[str, str]] = {
    "informasi": ("Informasi instruktif dan penyesuaian",
                  "Sampaikan fakta, langkah pengamanan dan empati; dasar setiap respons."),
    "deny": ("Menyangkal (deny)", "Bantah klaim yang keliru dengan bukti; tunjukkan sumber hoaks."),
    "diminish": ("Mengurangi (diminish)",
                 "Jelaskan keadaan di luar kendali dan bahwa dampaknya terbatas, tanpa menyalahkan korban."),
    "rebuild": ("Membangun kembali (rebuild)",
                "Akui, minta maaf, jelaskan sanksi dan perbaikan sistem, beri pemulihan bagi yang dirugikan."),
    "bolster": ("Memperkuat (bolster)",
                "Ingatkan capaian dan pembinaan yang baik; pelengkap, bukan pengganti strategi utama."),
}
HISTORY_YEARS = 3
REPUTATION_DAYS = 90
NEGATIVE_REPUTATION = -0.2  # net tone below this counts as an unfavourable prior reputation


def default_cluster(issues: list[str], crisis_class: str) -> str:
    """The most responsible cluster among the issues; the class decides when no issue does."""
    found = [ISSUE_CLUSTER[i] for i in issues if i in ISSUE_CLUSTER]
    if found:
        return max(found, key=_ORDER.index).value
    return CLASS_CLUSTER.get(crisis_class, Cluster.KORBAN).value


@dataclass
class Recommendation:
    cluster: str
    effective_cluster: str
    prior_cases: int
    negative_events: int
    net_tone: float | None
    items_counted: int
    strategies: list[dict[str, str]] = field(default_factory=list)
    avoid: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def crisis_history(session: Session, case: CrisisCase, since: datetime) -> tuple[int, int]:
    """(earlier cases of the case's units, negative events about them) since `since`."""
    ids = [u.unit_id for u in case.units]
    if not ids:
        return 0, 0
    cases = session.scalar(
        select(func.count(distinct(CrisisCase.id))).join(CaseUnit, CaseUnit.case_id == CrisisCase.id)
        .where(CaseUnit.unit_id.in_(ids), CrisisCase.id != case.id, CrisisCase.is_drill.is_(False),
               CrisisCase.stage != "dibatalkan", CrisisCase.opened_at >= since,
               CrisisCase.opened_at < case.opened_at)) or 0
    events = session.scalar(
        select(func.count(distinct(Analysis.event_id))).join(ItemUnit, ItemUnit.item_id == Analysis.item_id)
        .join(Item, Item.id == Analysis.item_id)
        .where(ItemUnit.unit_id.in_(ids), Analysis.tone == "negatif", Analysis.relevant.is_(True),
               Item.is_drill.is_(False), Item.first_seen_at >= since,
               Item.first_seen_at < (case.first_mention_at or case.opened_at))) or 0
    return int(cases), int(events)


def prior_reputation(session: Session, case: CrisisCase, *, start: datetime, end: datetime
                     ) -> tuple[float | None, int]:
    """Net tone (positive − negative) / relevant items about the case's units in [start, end)."""
    ids = [u.unit_id for u in case.units]
    if not ids:
        return None, 0
    rows = session.execute(
        select(Analysis.tone, func.count()).join(ItemUnit, ItemUnit.item_id == Analysis.item_id)
        .join(Item, Item.id == Analysis.item_id)
        .where(ItemUnit.unit_id.in_(ids), Analysis.relevant.is_(True), Item.is_drill.is_(case.is_drill),
               func.coalesce(Item.published_at, Item.first_seen_at) >= start,
               func.coalesce(Item.published_at, Item.first_seen_at) < end)
        .group_by(Analysis.tone)).all()
    counts = {tone: n for tone, n in rows}
    total = sum(counts.values())
    if not total:
        return None, 0
    return (counts.get("positif", 0) - counts.get("negatif", 0)) / total, total


def _effective(cluster: str, history: bool, bad_reputation: bool) -> str:
    """SCCT: history or an unfavourable reputation moves a case one cluster up."""
    if (history or bad_reputation) and cluster != Cluster.DAPAT_DICEGAH:
        return _ORDER[_ORDER.index(Cluster(cluster)) + 1].value
    return cluster


def recommend(session: Session, case: CrisisCase) -> Recommendation:
    start = case.first_mention_at or case.opened_at
    cases, events = crisis_history(session, case, start - timedelta(days=365 * HISTORY_YEARS))
    net, counted = prior_reputation(session, case, start=start - timedelta(days=REPUTATION_DAYS), end=start)
    history = cases > 0 or events >= 2
    bad = net is not None and net < NEGATIVE_REPUTATION
    effective = _effective(case.cluster, history, bad)
    rec = Recommendation(cluster=case.cluster, effective_cluster=effective, prior_cases=cases,
                         negative_events=events, net_tone=None if net is None else round(net, 3),
                         items_counted=counted)
    rec.reasoning.append(f"Klaster SCCT kasus: {label(Cluster(case.cluster))}.")
    rec.reasoning.append(_history_text(cases, events, history))
    rec.reasoning.append(_reputation_text(net, counted, bad))
    if effective != case.cluster:
        rec.reasoning.append(f"Karena itu kasus diperlakukan sebagai klaster {label(Cluster(effective))}.")
    codes, avoid = _strategies(effective, case.crisis_class)
    rec.strategies = [{"code": c, "label": STRATEGIES[c][0], "why": STRATEGIES[c][1]} for c in codes]
    rec.avoid = avoid
    return rec


def _history_text(cases: int, events: int, history: bool) -> str:
    base = (f"Riwayat krisis UPT dalam {HISTORY_YEARS} tahun: {cases} kasus sebelumnya dan {events} "
            "peristiwa negatif dalam data Sigap")
    return base + (" — ada riwayat krisis." if history else " — tidak ada riwayat berarti.")


def _reputation_text(net: float | None, counted: int, bad: bool) -> str:
    if net is None:
        return f"Reputasi awal: belum ada data {REPUTATION_DAYS} hari sebelum kasus (dianggap netral)."
    verdict = "tidak menguntungkan" if bad else "netral atau baik"
    return (f"Reputasi awal: nada bersih {net:+.2f} dari {counted} berita/unggahan {REPUTATION_DAYS} hari "
            f"sebelum kasus — {verdict}.")


def _strategies(effective: str, crisis_class: str) -> tuple[list[str], list[str]]:
    """Primary posture per effective cluster; deny only for rumours (public opinion, victim cluster)."""
    if effective == Cluster.KORBAN:
        primary = ["deny"] if crisis_class == CrisisClass.OPINI_PUBLIK else []
        return ["informasi", *primary, "bolster"], ["Jangan mengakui kesalahan yang tidak terjadi."]
    if effective == Cluster.KECELAKAAN:
        return ["informasi", "diminish", "bolster"], ["Jangan menyangkal fakta yang sudah terverifikasi."]
    return ["informasi", "rebuild", "bolster"], [
        "Jangan menyangkal atau mengecilkan: klaster dapat dicegah menuntut pengakuan dan perbaikan.",
        "Jangan mencampur strategi menyangkal dengan membangun kembali."]
