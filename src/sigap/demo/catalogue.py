"""Which kinds of happening occur on ordinary days, and how often (relative weights)."""

from __future__ import annotations

from sigap.demo import phrases_negative as neg
from sigap.demo import phrases_neutral as neu
from sigap.demo import phrases_positive as pos
from sigap.demo import phrases_service as srv
from sigap.demo.model import Kind

POSITIVE: tuple[tuple[Kind, float], ...] = (
    (pos.PRODUK, 2.8), (pos.PELATIHAN, 2.4), (pos.KEPRIBADIAN, 4.0), (pos.KUNJUNGAN, 1.5),
    (pos.KUNJUNGAN_RAMAI, 1.5), (pos.INTEGRASI, 2.0), (pos.REMISI, 1.0), (srv.WBK, 0.8), (srv.PAKTA, 0.5),
    (srv.INOVASI, 0.8), (srv.PREDIKAT, 0.3), (srv.RAZIA, 2.0), (srv.TES_URINE, 1.0),
    (srv.GAGALKAN, 1.5), (srv.KESEHATAN, 2.5),
    (srv.LPKA_SEKOLAH, 1.5), (srv.BAPAS_BIMBINGAN, 2.0),
)
NEUTRAL: tuple[tuple[Kind, float], ...] = (
    (neu.UPACARA, 3.0), (neu.ROTASI, 0.3), (neu.PELANTIKAN, 0.5), (neu.STATISTIK, 0.7),
    (neu.PEMINDAHAN, 0.6), (neu.KUNKER, 1.5), (neu.EKSEKUSI, 1.0), (neu.TITIPAN, 0.6),
)
TRAPS: tuple[tuple[Kind, float], ...] = (
    (neu.TRAP_POLISI, 2.0), (neu.TRAP_KPK, 1.0), (neu.TRAP_IMIGRASI, 1.0), (neu.TRAP_LUAR_NEGERI, 0.8),
)
NATIONAL = neu.KEBIJAKAN
# Everyday negative coverage: real, but not the grave incidents (escape, death, riot) that warrant an alert
# on their own; those appear in the scripted crisis and in the drill scenarios.
NEGATIVE: tuple[tuple[Kind, float], ...] = (
    (neg.TEMUAN_APARAT, 1.0), (neg.PUNGLI, 1.0), (neg.OVERKAP_KRITIK, 1.0),
    (neg.PETUGAS_DITANGKAP, 0.6), (neg.PENIPUAN_DALAM, 0.7), (neg.ANIAYA, 0.6),
)
FOLLOW_UP: dict[str, Kind] = {neg.KABUR.code: neg.TANGKAP_KEMBALI}
COMPLAINT = neg.KELUHAN

# Events per ordinary weekday; weekends are quieter.
RATES = {"positive": 13.5, "neutral": 4.3, "trap": 1.4, "national": 0.35, "negative": 0.55,
         "complaint": 0.35}
WEEKDAY_FACTOR = (1.0, 1.0, 1.0, 1.0, 0.95, 0.7, 0.5)

# Local-hour weights: institutions and outlets publish in working hours, people post in the evening.
WORK_HOURS = (0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 2.0, 4.0, 5.0, 5.0, 4.5, 3.5, 4.0, 4.0, 3.5, 2.8, 2.0,
              1.5, 1.5, 1.4, 1.0, 0.6, 0.3)
SOCIAL_HOURS = (0.4, 0.2, 0.1, 0.1, 0.2, 0.5, 1.0, 1.5, 2.0, 2.2, 2.2, 2.2, 2.5, 2.3, 2.0, 2.0, 2.2, 2.6,
                3.0, 3.5, 3.8, 3.6, 2.6, 1.2)
OWNED_PLATFORMS = (("instagram", 70), ("facebook", 15), ("tiktok", 8), ("youtube", 4), ("x", 3))
PUBLIC_PLATFORMS = (("x", 45), ("tiktok", 20), ("facebook", 20), ("instagram", 15))
