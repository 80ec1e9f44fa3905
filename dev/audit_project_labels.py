"""Audit the project's own labelled set against the labelling conventions of the shared real news.

    .venv/bin/python dev/audit_project_labels.py [--only NAME] [--show] [--shared-show]

Each convention of GUIDELINES §3.2–3.4 (tone, issues, crisis_potential = severity) is written as a text
pattern (regular expressions over the lower-cased title and lead) and the label the convention asks for.
For every convention the script counts, on relevant items of both sets, how many items match the pattern
and how many carry the expected label, so a convention the project set breaks shows up as a low project
agreement next to a high shared one. `--show` lists the project items that match but disagree (ids kept
for relabelling); `--shared-show` lists the disagreeing shared items too (to check the pattern itself).
Shared text is only printed to the terminal, never written anywhere.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sigap.analyse.train import project_files, read_jsonl, standardise

sys.path.insert(0, str(Path(__file__).parent))
from train_from_shared import SHARED

Check = Callable[[dict[str, Any]], bool]


@dataclass(frozen=True)
class Convention:
    name: str
    section: str
    pattern: str  # must match (title + lead, or title only)
    expect: Check
    expect_text: str
    title_only: bool = False
    also: str = ""  # must match too (title + lead)
    unless: str = ""  # must not match (title + lead)
    unless_title: str = ""  # must not match in the title
    scope: Check = field(default=lambda r: True)  # further condition on labels (e.g. tone)


def tone_is(*tones: str) -> Check:
    return lambda r: r["tone"] in tones


def has(code: str) -> Check:
    return lambda r: code in r["issues"]


def severity_is(*levels: int) -> Check:
    return lambda r: r["severity"] in levels


INCIDENT = (r"kabur|melarikan diri|rusuh|ricuh|kerusuhan|tewas|meninggal|dianiaya|penganiayaan|penyiksaan|"
            r"pungli|suap|narkoba|sabu|ganja|diamankan|ditangkap|pesta|video viral|viral|bobol|jebol|kecolongan")
LEADERSHIP_ACTION = (r"dicopot|copot|dinonaktifkan|nonaktif|dimutasi|diperiksa inspektorat|tim (?:khusus )?"
                     r"(?:di)?turunkan|turunkan tim|terjunkan tim|evaluasi|dibebastugaskan|sanksi|dipecat|"
                     r"pencopotan|penonaktifan|inspeksi mendadak|sidak")
NEW_BUILDING = (r"pembangunan (?:lapas|rutan|lpka|blok|gedung|kantor)|bangun (?:lapas|rutan|lpka|blok|gedung)|"
                r"lapas baru|rutan baru|gedung baru|blok hunian baru|relokasi|"
                r"dipindah(?:kan)? ke (?:gedung|lokasi) baru|"
                r"peletakan batu pertama|groundbreaking|lahan (?:untuk )?(?:pembangunan|lapas|rutan)")
EVALUATIVE_TITLE = (r"bangga|berprestasi|prestasi|sukses|berhasil|apresiasi|dedikasi|inspiratif|luar biasa|"
                    r"komitmen|terbaik|juara|penghargaan|unik|hebat|keren|kagum|teladan|diperkuat|optimalkan|"
                    r"tingkatkan|wujudkan|dukung|bermanfaat|raih")

CONVENTIONS: list[Convention] = [
    # ---- §3.2 tone -------------------------------------------------------------------------------------
    Convention("internship/study visit/courtesy visit → netral unless headline evaluates", "3.2",
               r"magang|praktik kerja lapangan|\bpkl\b|kunjungan (?:studi|belajar|edukasi|mahasiswa|siswa)|"
               r"studi tiru|kunjungan kerja|kunjungan kehormatan|silaturahmi|audiensi|field trip|"
               r"mahasiswa .*berkunjung|siswa .*berkunjung",
               tone_is("netral"), "tone netral", title_only=True, unless_title=EVALUATIVE_TITLE,
               unless=r"kabur|rusuh|pungli|narkoba|tewas|remisi|pembebasan bersyarat|layanan kunjungan|"
                      r"kunjungan keluarga|besuk|jenguk"),
    Convention("officer portrait / curhat → netral unless headline evaluates", "3.2",
               r"kisah (?:petugas|sipir|pegawai)|curahan hati|curhat (?:petugas|sipir)|suka duka|"
               r"cerita (?:petugas|sipir)|profil (?:petugas|sipir|kalapas|karutan)|sosok (?:petugas|sipir)",
               tone_is("netral"), "tone netral", title_only=True, unless_title=EVALUATIVE_TITLE),
    Convention("ceremony / meeting / attendance → netral unless headline evaluates", "3.2",
               r"upacara|apel (?:pagi|siaga|kesiapsiagaan)|\brapat\b|hadiri|mengikuti|ikuti|halal bihalal|"
               r"serah terima jabatan|sertijab|pelantikan|dilantik|rakor|rapat koordinasi",
               tone_is("netral"), "tone netral", title_only=True, unless_title=EVALUATIVE_TITLE + r"|remisi",
               unless=r"kabur|rusuh|pungli|narkoba|tewas|pernikahan|nikah|remisi|pembebasan bersyarat"),
    Convention("remission proposal → positif", "3.2",
               r"diusulkan (?:dapat |mendapat |menerima )?remisi|usulan remisi|usulkan remisi|"
               r"diusulkan (?:mendapat |menerima )?(?:pembebasan bersyarat|cuti bersyarat)",
               tone_is("positif"), "tone positif"),
    Convention("proactive capacity transfer → positif", "3.2",
               r"pindahkan|dipindahkan|pemindahan|mutasi (?:napi|narapidana|wbp|tahanan)",
               tone_is("positif"), "tone positif", also=r"kapasitas|kelebihan penghuni|padat|daya tampung",
               unless=r"rusuh|ricuh|kerusuhan|kabur|tewas|pungli|bandar|risiko tinggi|high risk|nusakambangan"),
    Convention("recapture by police / surrender / still at large → negatif", "3.2",
               r"(?:polisi|polres|polsek|polda|satreskrim|resmob|tim gabungan).{0,40}(?:tangkap|bekuk|ringkus|"
               r"menangkap|membekuk|meringkus)|menyerahkan diri|masih buron|masih diburu|dpo",
               tone_is("negatif"), "tone negatif", also=r"kabur|melarikan diri|buron|pelarian"),
    Convention("recapture by own officers (headline) → positif", "3.2",
               r"(?:petugas|sipir|lapas|rutan|lpka|tim).{0,30}(?:tangkap|bekuk|temukan|amankan|kembali menangkap)"
               r"|berhasil (?:ditangkap|diamankan) petugas (?:lapas|rutan)",
               tone_is("positif"), "tone positif", title_only=True, also=r"kabur|melarikan diri|buron",
               unless_title=r"polisi|polres|polsek|polda|warga"),
    Convention("denial / clarification of an allegation → negatif", "3.2",
               r"\bbantah|membantah|dibantah|klarifikasi|mengklarifikasi",
               tone_is("negatif"), "tone negatif", title_only=True,
               unless_title=r"hoaks|hoax|tidak benar|tak benar|tak ada|tidak ada|bukan|palsu"),
    Convention("debunk (claim checked and found untrue / hoax) → netral", "3.2",
               r"hoaks|hoax|tidak benar|tak benar|tegaskan (?:tak|tidak) ada|cek fakta|berita bohong|"
               r"informasi palsu|video lama",
               tone_is("netral"), "tone netral", title_only=True),
    Convention("back to normal / situation under control → netral", "3.2",
               r"kembali normal|kembali kondusif|sudah normal|situasi (?:aman|kondusif|terkendali)|"
               r"kondisi (?:aman|kondusif|terkendali)|terkendali|berangsur normal|aman terkendali",
               tone_is("netral"), "tone netral", title_only=True),
    Convention("inmate statistics / capacity figure without blame → netral", "3.2",
               r"jumlah (?:napi|narapidana|warga binaan|wbp|tahanan|penghuni)|(?:capai|mencapai) \d+ persen|"
               r"\d+ persen|kelebihan penghuni|over ?kapasitas|overcrowd|melebihi kapasitas|dihuni \d+",
               tone_is("netral"), "tone netral", title_only=True,
               unless_title=r"kabur|rusuh|pungli|narkoba|tewas|remisi|bebas|pembebasan|asimilasi|pindahkan|"
                            r"dipindahkan|berdayakan|vaksin|program|pelatihan|persoalan|masalah|solusi|atasi|"
                            r"kritik|darurat|krisis|memprihatinkan|parah|sesak|tidur"),
    Convention("inmate wedding → positif (right facilitated) or netral (factual/curiosity), never negatif",
               "3.2", r"nikah|pernikahan|akad|ijab kabul", tone_is("positif", "netral"), "tone positif/netral",
               unless=r"kabur|pungli|narkoba|tewas|cerai"),
    Convention("rehabilitation programme delivered → positif", "3.2",
               r"rehabilitasi", tone_is("positif"), "tone positif", title_only=True,
               unless_title=r"tewas|kabur|pungli|gagal|kritik|tidak|belum|minim"),
    Convention("own razia / phone destruction → positif", "3.2",
               r"razia|penggeledahan|geledah|pemusnahan|musnahkan|dimusnahkan|dibakar|bakar",
               tone_is("positif"), "tone positif", title_only=True,
               unless_title=r"bnn|polisi|polres|polda|kpk|ombudsman|viral|kabur|rusuh|tewas|pungli|sidak menteri"),
    Convention("contraband found by an outside agency (BNN/police razia) → negatif", "3.2",
               r"(?:bnn|polisi|polres|polda|tni|brimob).{0,40}(?:razia|geledah|temukan|sidak)",
               tone_is("negatif"), "tone negatif", title_only=True, unless_title=r"gabungan|bersama|sinergi"),
    Convention("officers foil smuggling → positif", "3.2",
               r"gagalkan|digagalkan|menggagalkan|penggagalan",
               tone_is("positif"), "tone positif", title_only=True, unless_title=r"polisi|polres|bnn|bea cukai"),
    # ---- §3.3 issues ------------------------------------------------------------------------------------
    Convention("incident + leadership action → + kelembagaan", "3.3 (real data)",
               LEADERSHIP_ACTION, has("kelembagaan"), "has kelembagaan", also=INCIDENT,
               scope=lambda r: r["tone"] == "negatif"),
    Convention("new lapas / housing block / relocation → kelembagaan", "3.3 (real data)",
               NEW_BUILDING, has("kelembagaan"), "has kelembagaan"),
    Convention("new lapas / housing block / relocation → overkapasitas", "3.3 table",
               NEW_BUILDING, has("overkapasitas"), "has overkapasitas", also=r"kapasitas|padat|penghuni|daya tampung"),
    Convention("escape attempt foiled at the gate → pelarian", "3.3 table",
               r"percobaan (?:kabur|melarikan diri)|(?:coba|mencoba|berusaha) (?:kabur|melarikan diri)|"
               r"gagalkan .*(?:kabur|pelarian)|upaya (?:kabur|pelarian|melarikan diri)",
               has("pelarian"), "has pelarian"),
    Convention("riot triggered by a death → + kematian", "3.3 table",
               r"rusuh|ricuh|kerusuhan|kericuhan|mengamuk", has("kematian"), "has kematian",
               also=r"tewas|meninggal|kematian|jenazah", title_only=True),
    Convention("officer as drug courier → + pelanggaran_petugas", "3.3 table",
               r"(?:petugas|sipir|pegawai|oknum)\b.{0,40}(?:narkoba|sabu|ganja|narkotika)|"
               r"(?:narkoba|sabu|ganja|narkotika).{0,40}(?:oknum|sipir|petugas lapas|pegawai lapas|pegawai rutan)",
               has("pelanggaran_petugas"), "has pelanggaran_petugas", title_only=True,
               also=r"ditangkap|tertangkap|selundupkan|kurir|terlibat|diamankan|pemasok|menyelundupkan|"
                    r"tersangka|dipecat|bawa|membawa",
               unless_title=r"gagalkan|tes urine|tes urin|sosialisasi|penyuluhan"),
    Convention("any death in custody → kematian", "3.3 table",
               r"tewas|meninggal|gantung diri|bunuh diri|wafat|jenazah", has("kematian"), "has kematian",
               title_only=True, unless_title=r"takziah|santunan|keluarga petugas|pegawai meninggal"),
    Convention("escape from hospital → pelarian + kesehatan", "3.3 table",
               r"kabur|melarikan diri", has("kesehatan"), "has kesehatan",
               also=r"rumah sakit|\brs\b|rsud|dirawat|berobat|puskesmas"),
    Convention("fraud by inmates → + barang_terlarang (phones)", "3.3 table",
               r"penipuan|menipu|scam|penipu", has("barang_terlarang"), "has barang_terlarang",
               also=r"\bhp\b|handphone|ponsel|telepon|gawai|media sosial|whatsapp|facebook"),
    Convention("visit service → hak_wbp + layanan_publik", "3.3 table",
               r"layanan kunjungan|kunjungan (?:keluarga|tatap muka)|video call|panggilan video|"
               r"besuk|membesuk|pembesuk|jenguk|menjenguk|titipan", has("layanan_publik"), "has layanan_publik",
               unless=r"pungli|suap|rusuh|kabur|narkoba|sabu|ganja|tewas|ricuh|selundup|kericuhan|antre|antrean|"
                      r"ribet|keluh"),
    Convention("visit → hak_wbp", "3.3 table",
               r"layanan kunjungan|kunjungan (?:keluarga|tatap muka)|video call|panggilan video|"
               r"besuk|membesuk|pembesuk|jenguk|menjenguk", has("hak_wbp"), "has hak_wbp", title_only=True,
               unless=r"pungli|suap|rusuh|kabur|narkoba|sabu|ganja|tewas|selundup|kericuhan"),
    Convention("inmate wedding → hak_wbp", "3.3 further", r"nikah|pernikahan|ijab kabul",
               has("hak_wbp"), "has hak_wbp"),
    Convention("rehabilitation programme → pembinaan", "3.3 further", r"rehabilitasi",
               has("pembinaan"), "has pembinaan", title_only=True),
    Convention("internship / study visit / portrait → kelembagaan or pembinaan", "3.3 further",
               r"magang|praktik kerja lapangan|\bpkl\b|kunjungan (?:studi|belajar|edukasi|mahasiswa|siswa)|"
               r"studi tiru|kisah (?:petugas|sipir)|curahan hati|profil (?:petugas|sipir)",
               lambda r: "kelembagaan" in r["issues"] or "pembinaan" in r["issues"], "has kelembagaan/pembinaan",
               title_only=True, unless=r"kabur|rusuh|pungli|narkoba|tewas"),
    Convention("Bapas client reporting (apel / wajib lapor) → hak_wbp", "3.3 further",
               r"wajib lapor|apel (?:klien|wajib)|klien pemasyarakatan .*lapor|lapor diri", has("hak_wbp"),
               "has hak_wbp"),
    Convention("transfer of high-risk inmates → kelembagaan", "3.3 table",
               r"risiko tinggi|high risk|bandar|nusakambangan", has("kelembagaan"), "has kelembagaan",
               also=r"pindahkan|dipindahkan|pemindahan|dipindah|digeser|mutasi", title_only=True),
    Convention("razia / destruction of contraband → barang_terlarang", "3.3 table",
               r"razia|penggeledahan|geledah|pemusnahan .*(?:hp|barang)|musnahkan .*(?:hp|barang)",
               has("barang_terlarang"), "has barang_terlarang", title_only=True),
    Convention("leadership / rotation / meeting / ceremony → kelembagaan", "3.3 table",
               r"serah terima jabatan|sertijab|pelantikan|dilantik|\brapat\b|rakor|upacara|kalapas baru|"
               r"karutan baru|rotasi|mutasi pejabat", has("kelembagaan"), "has kelembagaan", title_only=True,
               unless=r"kabur|rusuh|pungli|narkoba|tewas|remisi"),
    # ---- §3.4 severity -------------------------------------------------------------------------------------
    Convention("positif items → severity 0", "3.4", r".", severity_is(0), "severity 0",
               scope=lambda r: r["tone"] == "positif"),
    Convention("negatif items → severity ≥ 1", "3.4", r".", severity_is(1, 2, 3), "severity ≥ 1",
               scope=lambda r: r["tone"] == "negatif"),
    Convention("netral items → severity 0 (except crowding figures, debunks, deaths, follow-ups)", "3.4",
               r".", severity_is(0), "severity 0", scope=lambda r: r["tone"] == "netral",
               unless=r"kapasitas|penghuni|hoaks|hoax|tidak benar|tewas|meninggal|normal|kondusif|terkendali|"
                      r"bantah|klarifikasi|kabur|rusuh|overcrowd|padat|kematian"),
    Convention("back to normal follow-up → severity ≥ 1 (one level below the event)", "3.4",
               r"kembali normal|kembali kondusif|sudah normal|situasi (?:aman|kondusif|terkendali)|terkendali",
               severity_is(1, 2), "severity 1–2", title_only=True, scope=lambda r: bool(r["event"])),
]


def matches(conv: Convention, rec: dict[str, Any]) -> bool:
    title = rec["title"].lower()
    both = f"{title} {rec['text'][:400].lower()}"
    if not re.search(conv.pattern, title if conv.title_only else both):
        return False
    if conv.also and not re.search(conv.also, both):
        return False
    if conv.unless and re.search(conv.unless, both):
        return False
    if conv.unless_title and re.search(conv.unless_title, title):
        return False
    return conv.scope(rec)


def label(rec: dict[str, Any]) -> str:
    return f"{rec['tone']}/{','.join(rec['issues'])}/{rec['severity']}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="substring of a convention's name")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--shared-show", action="store_true")
    args = parser.parse_args()
    project = [standardise(r) for p in project_files() for r in read_jsonl(p)]
    shared = [standardise(r) for r in read_jsonl(SHARED)]
    for conv in CONVENTIONS:
        if args.only and args.only not in conv.name:
            continue
        rows = []
        for name, data in (("project", project), ("shared", shared)):
            hit = [r for r in data if r["relevant"] and matches(conv, r)]
            good = [r for r in hit if conv.expect(r)]
            tones = Counter(r["tone"] for r in hit)
            rows.append((name, hit, good, tones))
        print(f"[§{conv.section}] {conv.name}  (expects {conv.expect_text})")
        for name, hit, good, tones in rows:
            share = len(good) / max(len(hit), 1)
            print(f"    {name:8s} {len(good):4d}/{len(hit):<4d} = {share:.2f}   tones {dict(tones)}")
        for name, hit, good, _ in rows:
            if (name == "project" and args.show) or (name == "shared" and args.shared_show):
                for r in hit:
                    if r not in good:
                        print(f"      {name} {r['id']} {label(r)} | {r['title'][:90]} | {r['text'][:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
