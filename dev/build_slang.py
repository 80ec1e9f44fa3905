"""Build src/sigap/analyse/data/slang_id.tsv from the IndoCollex informal→formal dictionary.

Run once when the dictionary changes: `python dev/build_slang.py [PATH_TO_TSV]`.
Single-word keys only; words that carry a meaning in this domain (e.g. `lp` = lembaga pemasyarakatan,
`pb` = pembebasan bersyarat) are never rewritten.
"""

from __future__ import annotations

import sys
from pathlib import Path

SRC = Path("/work/shared/corpora/indocollex/inforformal-formal-Indonesian-dictionary.tsv")
OUT = Path(__file__).resolve().parents[1] / "src/sigap/analyse/data/slang_id.tsv"
PROTECT = {"adha", "lp", "pb", "cb", "kk", "op", "pp", "sk", "pas", "ok", "sel", "bui", "rs", "kab",
           "kec", "jl", "dr", "ham", "pn", "lpka", "wbp", "upt", "ri", "hp",
           # place names and domain abbreviations the dictionary rewrites (Lapas Kelas III, Malang, Blang,
           # Lhokseumawe, Muaro; PK = pembimbing kemasyarakatan, TB = tuberculosis) and pairs that change
           # a standard word's meaning (katanya, se, bang, at, in, go, of, diubah)
           "iii", "malang", "blang", "lhok", "muaro", "thailand", "pk", "tb", "katanya", "se", "bang", "at",
           "in", "go", "of", "fak", "petrus", "diubah", "bukittinggi", "gunungkidul", "gunungsari"}
FIXES = {"sulteng": "sulawesi tengah"}  # the dictionary says sulawesi tenggara (that is sultra)
HEADER = """# Informal → formal Indonesian (single words), derived from IndoCollex
# Source: https://github.com/haryoa/indo-collex commit df626e812cd5924794fabf40003368a69f4e953c,
#   dict/inforformal-formal-Indonesian-dictionary.tsv
# Licence: MIT License, Copyright (c) 2021 Haryo Akbarianto Wibowo (full text in docs/MODEL-CARD.md)
# Cite: Wibowo et al., "IndoCollex: A Testbed for Morphological Transformation of Indonesian Word
#   Colloquialism", Findings of ACL-IJCNLP 2021.
# Changes: kept single-word lower-case keys, dropped identity pairs and domain words (dev/build_slang.py).
"""


def main(src: Path = SRC) -> None:
    pairs: dict[str, str] = {}
    for line in src.read_text(encoding="utf-8").splitlines()[1:]:
        informal, _, formal = line.partition("\t")
        informal, formal = informal.strip(), formal.strip().lower()
        if informal.isalpha() and informal.islower() and formal and formal != informal \
                and informal not in PROTECT:
            pairs[informal] = FIXES.get(informal, formal)
    body = "".join(f"{k}\t{v}\n" for k, v in sorted(pairs.items()))
    OUT.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(pairs)} pairs → {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SRC)
