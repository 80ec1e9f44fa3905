"""Build the word-vector table src/sigap/analyse/data/wordvec_id.{txt,npy} from openly licensed corpora.

    PYTHONPATH=src python dev/build_wordvec.py [CORPORA_DIR]

Unsupervised PPMI-SVD vectors (Levy, Goldberg & Dagan 2015): co-occurrence counts in a ±4-token window
(weighted 1/distance) over normalised text, positive PMI with context-distribution smoothing (α = 0.75),
truncated SVD, rows = U·√S, L2-normalised, float16. Words that share contexts get close vectors, so a
synonym of a cue word that the labelled news never used ('menggagalkan' ~ 'menggerebek', 'keluhkan' ~
'protes') still lands near it. Deterministic: fixed SVD start vector, sign-fixed components, sorted words.

Sources (redistributable derived data only; attribution in the table header and docs/MODEL-CARD.md):
CLICK-ID headlines (CC BY 4.0), idner-news-2k (MIT), the Indonesian texts of MinangNLP sentiment (MIT),
NERGrit (MIT) and the project's own labelled files. CC BY-SA sets (NusaX, SmSA/EmoT/NERP per NusaCrowd)
are left out so the table carries no ShareAlike condition.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import svds

from sigap.analyse.normalise import clean, normalise

CORPORA = Path("/work/shared/corpora")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/sigap/analyse/data/wordvec_id"
DIM = 64
WINDOW = 4
MIN_COUNT = 3
MAX_WORDS = 20_000
HEADER = """# Indonesian word vectors (PPMI-SVD, 64 dimensions, float16 rows in wordvec_id.npy, one word a line here)
# Built by dev/build_wordvec.py from:
#   CLICK-ID headlines, William & Sari, Data in Brief 32 (2020) 106231, doi:10.17632/k42j7x2kpn.1,
#     CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); changed: normalised, reduced to word vectors;
#   idner-news-2k, Khairunnisa, Imankulova & Komachi (AACL-IJCNLP 2020 SRW), MIT, (c) 2020 khairunnisaor;
#   MinangNLP sentiment (Indonesian texts), Koto & Koto (PACLIC 2020), MIT, (c) 2020 fajri91;
#   NERGrit via IndoNLU (Wilie et al. 2020), MIT per NusaCrowd / Apache-2.0 per the IndoNLU repository;
#   the project's own labelled files. Full licence texts: docs/MODEL-CARD.md.
"""


def _csv_column(path: Path, column: str) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle) if row.get(column)]


def _conll_sentences(path: Path, sep: str | None) -> list[str]:
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line:
            if words:
                sentences.append(" ".join(words))
            words = []
        else:
            words.append(line.split(sep)[0])
    if words:
        sentences.append(" ".join(words))
    return sentences


def texts(corpora: Path) -> list[str]:
    """Every text, in a fixed order."""
    out = _csv_column(corpora / "click-id/articles_meta.csv", "title")
    out += _csv_column(corpora / "click-id/headlines_annotated.csv", "title")
    out += _csv_column(corpora / "minangnlp-senti-id/all_data.csv", "text_id")
    for split in ("train", "dev", "test"):
        out += _conll_sentences(corpora / f"idner-news-2k/{split}.txt", " ")
    for split in ("train", "valid", "test"):
        out += _conll_sentences(corpora / f"indonlu/nergrit/{split}_preprocess.txt", "\t")
    for path in sorted((ROOT / "src/sigap/analyse/data").glob("labelled*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                out += [str(record.get("title") or ""), str(record.get("text") or "")[:2000]]
    return [t for t in out if t]


def cooccurrence(docs: list[list[str]], vocab: dict[str, int]) -> sp.csr_matrix:
    counts: Counter[tuple[int, int]] = Counter()
    for tokens in docs:
        ids = [vocab.get(t, -1) for t in tokens]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for d in range(1, WINDOW + 1):
                if i + d < len(ids) and ids[i + d] >= 0:
                    counts[(a, ids[i + d])] += 1.0 / d
                    counts[(ids[i + d], a)] += 1.0 / d
    keys = sorted(counts)
    rows = np.array([k[0] for k in keys])
    cols = np.array([k[1] for k in keys])
    data = np.array([counts[k] for k in keys])
    return sp.csr_matrix((data, (rows, cols)), shape=(len(vocab), len(vocab)))


def ppmi(matrix: sp.csr_matrix, alpha: float = 0.75) -> sp.csr_matrix:
    row = np.asarray(matrix.sum(1)).ravel()
    col = np.asarray(matrix.sum(0)).ravel() ** alpha
    coo = matrix.tocoo()
    # log P(w,c) / (P(w) P_a(c)), with P_a the context distribution raised to alpha
    pmi = np.log(coo.data * col.sum() / (row[coo.row] * col[coo.col]))
    keep = pmi > 0
    return sp.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)


def vectors(matrix: sp.csr_matrix) -> np.ndarray:
    v0 = np.ones(min(matrix.shape)) / np.sqrt(min(matrix.shape))
    u, s, _ = svds(matrix.astype(np.float64), k=DIM, v0=v0, random_state=0)
    order = np.argsort(-s)
    u, s = u[:, order], s[order]
    signs = np.sign(u[np.abs(u).argmax(0), np.arange(DIM)])  # fix each component's sign
    emb = u * signs * np.sqrt(s)
    norms = np.linalg.norm(emb, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (emb / norms).astype(np.float16)


def main(corpora: Path = CORPORA) -> None:
    docs = [normalise(clean(t)).split() for t in texts(corpora)]
    freq = Counter(t for d in docs for t in d if t.isalpha() and len(t) > 1)
    words = sorted(w for w, n in freq.most_common(MAX_WORDS) if n >= MIN_COUNT)
    vocab = {w: j for j, w in enumerate(words)}
    emb = vectors(ppmi(cooccurrence(docs, vocab)))
    OUT.with_suffix(".txt").write_text(HEADER + "".join(f"{w}\n" for w in words), encoding="utf-8")
    np.save(OUT.with_suffix(".npy"), emb, allow_pickle=False)
    print(f"{len(docs)} texts, {len(words)} words x {DIM} → {OUT}.{{txt,npy}}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPORA)
