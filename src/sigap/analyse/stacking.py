"""Tone by stacking: two linear models read the item differently, a small linear meta-model weighs them.

- `full`: the multinomial logistic regression over every feature (word n-grams, stems, cues, flags) plus
  the relevance probability — the model the bundle used alone before;
- `char`: a multinomial logistic regression over character 2–5-grams of the title (word-bounded, as
  scikit-learn's `char_wb`), which catches spelling variants, slug titles and affixes the word model misses;
- `nb`: a complement naive Bayes over the word blocks (title and lead 1–2-grams, stems; TF-IDF as the
  featurizer weighs them) — a differently biased reader of the same words that is strong on short,
  sparse items; held as a linear model (its log-probabilities are a linear function of the features);
- `meta`: a multinomial logistic regression over the log-probabilities of all three, the cue block (categories,
  crossings, flags) and the relevance probability, trained on **out-of-fold** probabilities (grouped
  4-fold inner split by event) so it learns how far each base model can be trusted on unseen items.

Everything is held as NumPy arrays and dicts (no scikit-learn object); prediction is three small matrix
products. Chosen by grouped cross-validation on the training part of the real news (docs/MODEL-CARD.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from sigap.analyse.features import tfidf
from sigap.analyse.models import Linear

CHAR_RANGE = (2, 5)
INNER_FOLDS = 4
CACHE_WORDS = 200_000
NB_ALPHA = 0.3  # additive smoothing of the naive Bayes base model (grouped CV: 0.1 / 0.3 / 1.0)


def char_grams(text: str, low: int = CHAR_RANGE[0], high: int = CHAR_RANGE[1]) -> list[str]:
    """Word-bounded character n-grams (each word padded with one space), as scikit-learn's `char_wb`."""
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if n >= size:
                grams.append(padded)  # a short word counts once, whole
                break
            grams.extend(padded[i:i + n] for i in range(size - n + 1))
    return grams


@dataclass
class CharNgrams:
    """Sublinear TF-IDF of title character n-grams over a fixed vocabulary (smoothed IDF, rows L2-normalised)."""

    vocab: dict[str, int]
    idf: np.ndarray

    def __getstate__(self) -> dict[str, Any]:
        return {"vocab": self.vocab, "idf": self.idf}  # never pickle the word cache

    @classmethod
    def fit(cls, texts: Sequence[str], min_df: int = 2) -> CharNgrams:
        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(char_grams(text)))
        terms = sorted(g for g, n in df.items() if n >= min_df) or ["<none>"]
        vocab = {g: j for j, g in enumerate(terms)}
        idf = np.log((1 + len(texts)) / (1 + np.array([df[g] for g in terms], dtype=np.float64))) + 1
        return cls(vocab, idf.astype(np.float32))

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        indptr: list[int] = [0]
        indices: list[int] = []
        data: list[int] = []
        cache = self.__dict__.setdefault("_cache", {})  # word → its n-gram columns (titles repeat words)
        if len(cache) > CACHE_WORDS:
            cache.clear()
        get = self.vocab.get
        for text in texts:
            row: Counter[int] = Counter()
            for word in text.split():
                columns = cache.get(word)
                if columns is None:
                    columns = cache[word] = tuple(j for j in map(get, char_grams(word)) if j is not None)
                row.update(columns)
            indices.extend(row)
            data.extend(row.values())
            indptr.append(len(indices))
        counts = sp.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32),
                                np.array(indptr, dtype=np.int64)), shape=(len(texts), len(self.vocab)))
        return tfidf(counts, self.idf, 1.0)


def _log(p: np.ndarray) -> np.ndarray:
    return np.log(np.clip(p, 1e-6, 1.0))


def meta_input(probs: Sequence[np.ndarray], cues: np.ndarray, relevance: np.ndarray) -> np.ndarray:
    return np.hstack([*map(_log, probs), cues, relevance.reshape(-1, 1)]).astype(np.float32)


def complement_nb(x: sp.csr_matrix, y: np.ndarray, weight: np.ndarray, columns: int, alpha: float) -> Linear:
    """Complement naive Bayes over the first `columns` features, as a Linear over all of them (zero
    weights elsewhere): its class log-likelihoods are x @ log-weights, which softmax normalises."""
    from sklearn.naive_bayes import ComplementNB

    model = ComplementNB(alpha=alpha).fit(x[:, :columns], y, sample_weight=weight)
    coef = np.zeros((x.shape[1], len(model.classes_)), dtype=np.float32)
    coef[:columns] = model.feature_log_prob_.T
    return Linear(coef, np.zeros(len(model.classes_), dtype=np.float32), np.asarray(model.classes_))


@dataclass
class ToneStack:
    full: Linear
    char: Linear
    meta: Linear
    chars: CharNgrams
    cue_columns: int  # the trailing columns of the feature matrix that the meta-model reads
    nb: Linear | None = None  # absent from bundles trained before the naive Bayes base model

    @property
    def classes_(self) -> np.ndarray:
        return self.meta.classes_

    def predict_proba(self, x_full: sp.csr_matrix, titles: Sequence[str], relevance: np.ndarray) -> np.ndarray:
        """`x_full`: features with the relevance column appended (its last column)."""
        probs = [self.full.predict_proba(x_full), self.char.predict_proba(self.chars.transform(titles))]
        if self.nb is not None:
            probs.append(self.nb.predict_proba(x_full))
        cues = x_full[:, -self.cue_columns - 1:-1].toarray()
        return self.meta.predict_proba(sp.csr_matrix(meta_input(probs, cues, relevance)))


def fit_tone_stack(x_full: sp.csr_matrix, titles: Sequence[str], y: np.ndarray, groups: np.ndarray,
                   relevance: np.ndarray, cue_columns: int, make_lr: Any, c_tone: float, c_meta: float = 1.0,
                   weight: np.ndarray | None = None, nb_alpha: float | None = NB_ALPHA,
                   nb_columns: int | None = None) -> ToneStack:
    """Base models on all rows; the meta-model on their out-of-fold probabilities (grouped inner folds).

    `x_full` ends with the cue block and the relevance column; the naive Bayes model reads the first
    `nb_columns` (the sparse word counts; dense word-vector columns can be negative, which it cannot take;
    default: every column before the cue block). `nb_alpha` None leaves it out.
    """
    from sklearn.model_selection import GroupKFold

    chars = CharNgrams.fit(titles)
    x_char = chars.transform(titles)
    classes = np.unique(y)
    w = np.ones(len(y)) if weight is None else weight
    word_columns = nb_columns if nb_columns is not None else x_full.shape[1] - cue_columns - 1
    fits: list[tuple[sp.csr_matrix, Any]] = [(x_full, lambda x, yy, ww: make_lr(c_tone).fit(x, yy, sample_weight=ww)),
                                             (x_char, lambda x, yy, ww: make_lr(c_tone).fit(x, yy, sample_weight=ww))]
    if nb_alpha is not None:
        fits.append((x_full, lambda x, yy, ww: complement_nb(x, yy, ww, word_columns, nb_alpha)))
    oofs = [np.full((len(y), len(classes)), 1 / len(classes)) for _ in fits]
    for a, b in GroupKFold(n_splits=min(INNER_FOLDS, len(set(groups)))).split(x_full, y, groups):
        if len(np.unique(y[a])) < 2:
            continue
        for (x, fit), oof in zip(fits, oofs, strict=True):
            model = fit(x[a], y[a], w[a])
            oof[b] = 1e-6  # a class missing from the inner training part gets (almost) no probability
            oof[np.ix_(b, np.searchsorted(classes, model.classes_))] = model.predict_proba(x[b])
    full, char, *nb = (_linear(fit(x, y, w)) for x, fit in fits)
    cues = x_full[:, -cue_columns - 1:-1].toarray()
    meta = make_lr(c_meta).fit(meta_input(oofs, cues, relevance), y, sample_weight=w)
    return ToneStack(full, char, Linear.from_sklearn(meta), chars, cue_columns, nb[0] if nb else None)


def _linear(model: Any) -> Linear:
    return model if isinstance(model, Linear) else Linear.from_sklearn(model)
