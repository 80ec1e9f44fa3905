"""Features shared by every model: word n-grams of the title and the lead, stems, domain cues, linker signals.

A `Featurizer` is fitted on the training texts (vocabularies and IDF weights from scikit-learn) and then
holds only plain dicts and arrays, so loading it needs no scikit-learn. Transforming counts the title and
lead 1–2-grams once; the TF-IDF blocks and the domain cue hits are both derived from those counts.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import scipy.sparse as sp

from sigap.analyse import domain
from sigap.analyse.normalise import clean, normalise, stems

LEAD_CHARS = 400
CLUSTERS = 256
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


@dataclass(frozen=True)
class Doc:
    """What the models read of one item."""

    title: str  # normalised
    body: str  # normalised lead
    has_unit: bool = False
    non_pas: bool = False


@dataclass
class Features:
    matrix: sp.csr_matrix
    title_hits: np.ndarray
    body_hits: np.ndarray

    @property
    def trap(self) -> np.ndarray:
        return domain.trap_mask(self.title_hits, self.body_hits)


def lead_of(text: str, cleaned: bool = False) -> str:
    """The first sentence or two of a text (at most LEAD_CHARS), where the stance is stated."""
    text = text[: LEAD_CHARS + 200] if cleaned else clean(text[:4000])[: LEAD_CHARS + 200]
    if len(text) <= LEAD_CHARS:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, LEAD_CHARS) if m.end() >= 120]
    return text[: ends[-1]] if ends else text[:LEAD_CHARS]


def make_doc(title: str, text: str, has_unit: bool = False, non_pas: bool = False) -> Doc:
    """A Doc from raw title and text."""
    return Doc(normalise(clean(title, 500)), normalise(lead_of(text)), has_unit, non_pas)


def count_matrix(texts: Sequence[str], vocab: dict[str, int], bigrams: bool, binary: bool = False) -> sp.csr_matrix:
    """Token (and bigram) counts over a fixed vocabulary; texts are already space-separated tokens."""
    indptr: list[int] = [0]
    indices: list[int] = []
    data: list[float] = []
    get = vocab.get
    for text in texts:
        tokens = text.split()
        grams = tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)] if bigrams else tokens
        row: dict[int, float] = {}
        for gram in grams:
            j = get(gram)
            if j is not None:
                row[j] = 1.0 if binary else row.get(j, 0.0) + 1.0
        indices.extend(row)
        data.extend(row.values())
        indptr.append(len(indices))
    return sp.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32),
                          np.array(indptr, dtype=np.int64)), shape=(len(texts), len(vocab)))


def tfidf(counts: sp.csr_matrix, idf: np.ndarray, weight: float) -> sp.csr_matrix:
    """Sublinear TF × IDF, rows L2-normalised, times the block weight (as sklearn's TfidfTransformer)."""
    out = counts.copy()
    out.data = (1.0 + np.log(out.data)) * idf[out.indices]
    norms = np.sqrt(np.asarray(out.multiply(out).sum(1)).ravel())
    norms[norms == 0] = 1.0
    out.data *= np.repeat(weight / norms, np.diff(out.indptr)).astype(np.float32)
    return out


@cache
def word_vectors() -> tuple[dict[str, int], np.ndarray]:
    """The shipped PPMI-SVD word vectors (dev/build_wordvec.py; attribution in data/wordvec_id.txt)."""
    data = resources.files("sigap.analyse.data")
    words = [w for w in data.joinpath("wordvec_id.txt").read_text(encoding="utf-8").splitlines()
             if w and not w.startswith("#")]
    with data.joinpath("wordvec_id.npy").open("rb") as handle:
        vectors = np.load(handle, allow_pickle=False)  # float16: half the size in the pickled bundle
    return {w: j for j, w in enumerate(words)}, vectors


def mean_vectors(counts: sp.csr_matrix, vectors: np.ndarray, weight: float) -> np.ndarray:
    """Each text's word vectors summed and L2-normalised: a dense view in which synonyms meet."""
    dense = np.asarray(counts @ vectors, dtype=np.float32)
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return dense * (weight / norms)


def word_clusters(vectors: np.ndarray, k: int) -> sp.csr_matrix:
    """Words → k-means cluster of their vectors (one-hot, words × k): a bag of clusters generalises a bag of words."""
    from scipy.cluster.vq import kmeans2

    _, labels = kmeans2(vectors.astype(np.float64), k, seed=0, minit="++")
    return sp.csr_matrix((np.ones(len(labels), np.float32), (np.arange(len(labels)), labels)),
                         shape=(len(labels), k))


def _fit_vocab(texts: Sequence[str], bigrams: bool, min_df: int, extra: Sequence[str] = ()) -> dict[str, int]:
    from sklearn.feature_extraction.text import CountVectorizer

    vec = CountVectorizer(lowercase=False, token_pattern=r"[^ ]+", ngram_range=(1, 2 if bigrams else 1),
                          min_df=min_df)
    try:
        vocab = {term: int(j) for term, j in vec.fit(texts).vocabulary_.items()}
    except ValueError:  # no term occurs often enough (e.g. every lead empty)
        vocab = {}
    for phrase in extra:
        vocab.setdefault(phrase, len(vocab))
    return vocab or {"<none>": 0}


def _idf(counts: sp.csr_matrix) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfTransformer

    return TfidfTransformer(sublinear_tf=True).fit(counts).idf_.astype(np.float32)


class Featurizer:
    """Fitted vocabularies and weights for the title, lead and stem fields."""

    def __init__(self, min_df: int = 2, weights: dict[str, float] | None = None) -> None:
        self.min_df = min_df
        self.weights = {"title": 1.0, "body": 0.7, "stem": 0.7, "cues": 0.5, "embed": 0.5, "clusters": 0.5,
                        **(weights or {})}

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}  # never pickle caches

    def fit(self, docs: Sequence[Doc]) -> Featurizer:
        cues = [p for p in domain.cue_vocabulary() if len(p.split()) <= 2]
        titles, bodies, stemmed = [d.title for d in docs], [d.body for d in docs], _stem_texts(docs)
        self.title_vocab = _fit_vocab(titles, True, self.min_df, cues)
        self.body_vocab = _fit_vocab(bodies, True, self.min_df, cues)
        self.stem_vocab = _fit_vocab(stemmed, False, self.min_df)
        self.title_idf = _idf(count_matrix(titles, self.title_vocab, True))
        self.body_idf = _idf(count_matrix(bodies, self.body_vocab, True))
        self.stem_idf = _idf(count_matrix(stemmed, self.stem_vocab, False, binary=True))
        self.title_map = domain.category_matrix(self.title_vocab)
        self.body_map = domain.category_matrix(self.body_vocab)
        use = self.weights["embed"] or self.weights["clusters"]
        self.embed_vocab: dict[str, int] = {}
        self.embed: np.ndarray = np.zeros((0, 0), dtype=np.float16)
        if use:
            self.embed_vocab, self.embed = word_vectors()
        self.clusters = word_clusters(self.embed, CLUSTERS) if self.weights["clusters"] and use else None
        return self

    @property
    def word_columns(self) -> int:
        """The sparse word blocks (title, lead, stems) at the start: counts, never negative."""
        return len(self.title_vocab) + len(self.body_vocab) + len(self.stem_vocab)

    @property
    def text_columns(self) -> int:
        """Columns before the cue block: the word blocks the meta-model does not read."""
        dense = 2 * self.embed.shape[1] if getattr(self, "embed_vocab", None) and self.weights["embed"] else 0
        dense += 2 * CLUSTERS if getattr(self, "clusters", None) is not None else 0
        return len(self.title_vocab) + len(self.body_vocab) + len(self.stem_vocab) + dense

    def _extend(self, vocab: dict[str, int]) -> tuple[dict[str, int], sp.csr_matrix]:
        """The field's vocabulary plus the vector words it lacks (appended), and its columns → vector rows.

        Counting over the extended vocabulary reads each token once for both the TF-IDF block (the
        field's own columns) and the word vectors (all columns), so the vectors cost no extra pass."""
        extended = dict(vocab)
        for word in self.embed_vocab:
            extended.setdefault(word, len(extended))
        pairs = [(j, self.embed_vocab[w]) for w, j in extended.items() if w in self.embed_vocab]
        rows, cols = zip(*pairs, strict=True) if pairs else ((), ())
        to_rows = sp.csr_matrix((np.ones(len(rows), np.float32), (rows, cols)),
                                shape=(len(extended), len(self.embed_vocab)))
        return extended, to_rows

    def _counts(self, texts: list[str], field: str) -> tuple[sp.csr_matrix, sp.csr_matrix | None]:
        """Word 1–2-gram counts over the field's vocabulary, and its vector-word hits (binary) if any."""
        vocab: dict[str, int] = getattr(self, f"{field}_vocab")
        extended = self.__dict__.get(f"_{field}_extended")
        if extended is None:
            if not getattr(self, "embed_vocab", None):  # off, or a featurizer pickled before word vectors
                return count_matrix(texts, vocab, True), None
            extended = self.__dict__[f"_{field}_extended"] = self._extend(vocab)
        counts = count_matrix(texts, extended[0], True)
        words = counts.sign() @ extended[1]
        return counts[:, :len(vocab)], words

    def _dense(self, words: list[sp.csr_matrix]) -> list[sp.csr_matrix]:
        """Mean word vectors (and optionally word-cluster bags) of the title and the lead."""
        blocks: list[sp.csr_matrix] = []
        w = self.weights
        if not words:
            return blocks
        if w["embed"]:
            if "_embed32" not in self.__dict__:
                self.__dict__["_embed32"] = self.embed.astype(np.float32)
            blocks += [sp.csr_matrix(mean_vectors(t, self.__dict__["_embed32"], w["embed"])) for t in words]
        if getattr(self, "clusters", None) is not None:
            blocks += [tfidf(sp.csr_matrix(t @ self.clusters), np.ones(CLUSTERS, np.float32), w["clusters"])
                       for t in words]
        return blocks

    def transform(self, docs: Sequence[Doc]) -> Features:
        title_counts, title_words = self._counts([d.title for d in docs], "title")
        body_counts, body_words = self._counts([d.body for d in docs], "body")
        stem_counts = count_matrix(_stem_texts(docs), self.stem_vocab, False, binary=True)
        words = [title_words, body_words] if title_words is not None and body_words is not None else []
        title_hits = domain.category_hits(title_counts, self.title_map)
        body_hits = domain.category_hits(body_counts, self.body_map)
        cues = domain.cue_features(title_hits, body_hits)
        flags = np.array([[d.has_unit, d.non_pas, not d.title, not d.body] for d in docs], dtype=np.float32)
        w = self.weights
        blocks = [tfidf(title_counts, self.title_idf, w["title"]), tfidf(body_counts, self.body_idf, w["body"]),
                  tfidf(stem_counts, self.stem_idf, w["stem"]), *self._dense(words),
                  sp.csr_matrix(w["cues"] * cues), sp.csr_matrix(flags.reshape(len(docs), 4))]
        return Features(sp.hstack(blocks, format="csr", dtype=np.float32), title_hits, body_hits)


def _stem_texts(docs: Sequence[Doc]) -> list[str]:
    return [stems(f"{d.title} {d.body}") for d in docs]
