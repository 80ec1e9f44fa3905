"""Benchmark `sigap analyse` as a whole process (model load included) on headline+lead items.

    .venv/bin/python bench/bench_analyse.py [N]

Items are generated from templates (realistic length and vocabulary, many units, repeated events), so
the benchmark needs no external data. Prints items/s, model load time and the peak memory of the child.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TITLES = (
    "Petugas {u} Gagalkan Penyelundupan Sabu dalam {x}",
    "{n} Napi {u} Kabur, Polisi Lakukan Pengejaran",
    "{u} Gelar Razia Kamar Hunian, Temukan {n} HP dan Senjata Tajam",
    "Ratusan Warga Binaan {u} Terima Remisi Hari Raya",
    "Kalapas {u} Bantah Ada Pungli dalam Layanan Kunjungan",
    "Napi {u} Tewas Diduga Dianiaya Sesama Penghuni",
    "{u} Raih Predikat WBK dari Kemenpan RB",
    "Over Kapasitas {u} Capai {n}0 Persen",
    "Tahanan Sel Polres {c} Kabur Jebol Plafon",
    "Warga Binaan {u} Panen Sayur Hasil Program Ketahanan Pangan",
)
LEADS = (
    "{C}, KOMPAS.com - Sebanyak {n} narapidana {u} mengikuti kegiatan pada Senin ({n}/{m}/2024) pagi.",
    "TRIBUNNEWS.COM - Kepala {u} mengatakan petugas langsung berkoordinasi dengan aparat setempat.",
    "Petugas {u} memastikan situasi di dalam blok hunian kembali kondusif dan terkendali setelah kejadian.",
    "",
)
UNITS = ("Lapas Kelas IIA Samarinda", "Rutan Kelas I Medan", "Lapas Sukamiskin", "LP Cipinang",
         "Lapas Narkotika Kelas IIA Jakarta", "Bapas Kelas I Jambi", "LPKA Kelas I Tangerang", "Rutan Salemba",
         "Lapas Kelas IIB Sintang", "Lapas Perempuan Kelas IIA Semarang", "Lapas Kelas I Makassar")
CITIES = ("Samarinda", "Medan", "Bandung", "Sleman", "Jambi", "Palembang", "Sorong", "Kupang")


def make_items(n: int, seed: int = 7) -> list[dict[str, str]]:
    rnd = random.Random(seed)
    items = []
    for i in range(n):
        slots = {"u": rnd.choice(UNITS), "c": rnd.choice(CITIES), "C": rnd.choice(CITIES).upper(),
                 "n": str(rnd.randint(2, 60)), "m": str(rnd.randint(1, 12)), "x": rnd.choice(("Sambal", "Roti"))}
        items.append({"id": f"b-{i}", "title": rnd.choice(TITLES).format(**slots),
                      "text": rnd.choice(LEADS).format(**slots), "source": rnd.choice(("kompas", "detik")),
                      "published": f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"})
    return items


def main(n: int = 40_000) -> None:
    sigap = Path(sys.executable).with_name("sigap")
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        source.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in make_items(n)), encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([str(sigap), "analyse", "--input", str(source), "--output", str(target)], check=True)
        elapsed = time.perf_counter() - start
        lines = sum(1 for _ in target.open(encoding="utf-8"))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    load = subprocess.run([sys.executable, "-c", "import time; t = time.perf_counter(); "
                           "from sigap.analyse.pipeline import Analyser; Analyser.load(); "
                           "print(round(time.perf_counter() - t, 3))"], capture_output=True, text=True, check=True)
    print(f"{lines} items in {elapsed:.2f} s = {lines / elapsed:,.0f} items/s (whole process); "
          f"model load (imports + bundle + linker) {load.stdout.strip()} s; peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40_000)
