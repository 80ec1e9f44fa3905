"""Disclosure check before a statement or report is approved: personal data of inmates and victims that
the personal-data law (UU 27/2022 PDP) protects — names, NIK numbers, health details, contacts, addresses.

Indonesian practice names inmates and victims by initials ("WBP berinisial AS"); full names are flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Flag:
    kind: str  # nik, nama, kesehatan, kontak, alamat, tanggal_lahir
    text: str
    start: int
    reason: str  # Indonesian

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


_NIK = re.compile(r"(?<!\d)(?:\d[ .-]?){15}\d(?!\d)")
_ROLE_WORDS = (r"(?:narapidana|napi|tahanan|warga binaan(?: pemasyarakatan)?|wbp|korban|almarhum|almarhumah|"
               r"alm\.|almh\.|tersangka|terpidana|pelaku|anak binaan|andikpas|klien|pasien|"
               r"bernama|atas nama|saudara|saudari|sdr\.|sdri\.|napi bernama)")
# a role word followed directly by capitalised words (a name), not initials like "AS" or "A.S."
_NAME = re.compile(rf"(?i:\b{_ROLE_WORDS})\s+((?:[A-Z][a-z]{{2,}}\b[ \t]*){{1,4}})")
_HEALTH = re.compile(
    r"\b(hiv(?:/aids)?|aids|odha|tbc|tuberkulosis|hepatitis(?: [abc])?|sifilis|kanker|diabetes|"
    r"gangguan jiwa|skizofrenia|depresi|bipolar|odgj|rekam medis|diagnosis|diagnosa|hasil visum|"
    r"hasil autopsi|positif (?:covid|narkoba|hiv)|riwayat penyakit)\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<!\d)(?:\+62|62|0)8\d{1,3}[ -]?\d{3,4}[ -]?\d{3,5}(?!\d)")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_ADDRESS = re.compile(r"\b(?:jl\.|jalan)\s+[A-Z][\w .]{2,40}?(?:no\.?\s*\d+|rt\.?\s*\d+)", re.IGNORECASE)
_RT_RW = re.compile(r"\brt\.?\s*0?\d{1,3}\s*/\s*rw\.?\s*0?\d{1,3}\b", re.IGNORECASE)
_BIRTH = re.compile(r"\b(?:tanggal lahir|tgl\.? lahir|lahir (?:di \w+,? )?pada)\b[^.\n]{0,30}", re.IGNORECASE)
# words that follow a role word but are not names
_NOT_NAMES = {"Lapas", "Rutan", "Bapas", "Lpka", "Kelas", "Petugas", "Pemasyarakatan", "Tersebut", "Yang",
              "Dan", "Dari", "Di", "Ke", "Kasus", "Kami", "Telah", "Sudah", "Masih", "Itu", "Ini", "Kabur",
              "Meninggal", "Dunia", "Berhasil", "Saat", "Dalam", "Untuk", "Dengan", "Pada", "Sedang"}


def _names(text: str) -> list[Flag]:
    flags = []
    for match in _NAME.finditer(text):
        words = []
        for word in match.group(1).split():
            if word in _NOT_NAMES:
                break
            words.append(word)
        if words:
            flags.append(Flag("nama", " ".join(words), match.start(1), "Nama lengkap WBP/korban; gunakan inisial"))
    return flags


def _simple(pattern: re.Pattern[str], kind: str, reason: str, text: str) -> list[Flag]:
    return [Flag(kind, m.group(0).strip(), m.start(), reason) for m in pattern.finditer(text)]


def check(text: str, *, protected_names: Iterable[str] = (), allowed: Iterable[str] = ()) -> list[Flag]:
    """Every piece of personal data found in `text`; `allowed` strings (e.g. the spokesperson's official
    contact) are not flagged, `protected_names` (known to the case) are flagged wherever they appear."""
    flags = [
        *_simple(_NIK, "nik", "Nomor NIK/KK (16 digit) tidak boleh dipublikasikan", text),
        *_names(text),
        *_simple(_HEALTH, "kesehatan", "Data kesehatan termasuk data pribadi spesifik", text),
        *_simple(_PHONE, "kontak", "Nomor telepon pribadi", text),
        *_simple(_EMAIL, "kontak", "Alamat surel pribadi", text),
        *_simple(_ADDRESS, "alamat", "Alamat rumah", text),
        *_simple(_RT_RW, "alamat", "Alamat rumah (RT/RW)", text),
        *_simple(_BIRTH, "tanggal_lahir", "Tanggal lahir", text),
    ]
    for name in protected_names:
        name = name.strip()
        if len(name) >= 3:
            flags += [Flag("nama", name, m.start(), "Nama yang dilindungi dalam kasus ini")
                      for m in re.finditer(re.escape(name), text, re.IGNORECASE)]
    ok = {a.strip().lower() for a in allowed if a and a.strip()}
    unique: dict[tuple[str, int], Flag] = {}
    for flag in flags:
        if flag.text.lower() not in ok and not any(flag.text.lower() in a for a in ok):
            unique.setdefault((flag.kind, flag.start), flag)
    return sorted(unique.values(), key=lambda f: f.start)
