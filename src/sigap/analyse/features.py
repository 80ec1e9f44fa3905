"""Features shared by every model: word n-grams of the title and the lead, domain cues, linker signals.

One `Featurizer` is fitted on the training texts and stored with the models. It counts the word 1–2-grams
of the title and of the lead once; the TF-IDF blocks and the domain cue hits are both derived from those
counts, so the text is tokenised a single time per field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from sigap.analyse import domain
from sigap.analyse.normalise import clean, normalise, stems

LEAD_CHARS = 400
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


def lead_of(text: str) -> str:
    """The first sentence or two of a text (at most LEAD_CHARS), where the stance is stated."""
    text = clean(text)[: LEAD_CHARS + 200]
    if len(text) <= LEAD_CHARS:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, LEAD_CHARS) if m.end() >= 120]
    return text[: ends[-1]] if ends else text[:LEAD_CHARS]


def make_doc(title: str, text: str, has_unit: bool = False, non_pas: bool = False) -> Doc:
    return Doc(normalise(clean(title, 500)), normalise(lead_of(text)), has_unit, non_pas)


def _vectorizer(vocabulary: dict[str, int] | None = None, min_df: int = 1) -> CountVectorizer:
    return CountVectorizer(lowercase=False, token_pattern=r"[^ ]+", ngram_range=(1, 2),
                           min_df=min_df, vocabulary=vocabulary, dtype=np.float32)


def _with_cues(fitted: CountVectorizer) -> dict[str, int]:
    vocab = dict(fitted.vocabulary_)
    for phrase in domain.cue_vocabulary():
        if len(phrase.split()) <= 2 and phrase not in vocab:
            vocab[phrase] = len(vocab)
    return vocab


class Featurizer:
    """Fitted vocabulary and weights for the title and lead fields."""

    def __init__(self, min_df: int = 2, weights: dict[str, float] | None = None) -> None:
        self.min_df = min_df
        self.weights = {"title": 1.0, "body": 0.7, "stem": 0.7, "cues": 0.5, **(weights or {})}

    def fit(self, docs: Sequence[Doc]) -> Featurizer:
        titles, bodies = [d.title for d in docs], [d.body for d in docs]
        self.title_vec = _vectorizer(_with_cues(_vectorizer(min_df=self.min_df).fit(titles)))
        self.body_vec = _vectorizer(_with_cues(_vectorizer(min_df=self.min_df).fit(bodies)))
        title_counts, body_counts = self.title_vec.transform(titles), self.body_vec.transform(bodies)
        self.title_tfidf = TfidfTransformer(sublinear_tf=True).fit(title_counts)
        self.body_tfidf = TfidfTransformer(sublinear_tf=True).fit(body_counts)
        self.stem_vec = CountVectorizer(lowercase=False, token_pattern=r"[^ ]+", min_df=self.min_df,
                                        dtype=np.float32, binary=True).fit(_stem_texts(docs))
        self.stem_tfidf = TfidfTransformer(sublinear_tf=True).fit(self.stem_vec.transform(_stem_texts(docs)))
        self.title_map = domain.category_matrix(self.title_vec.vocabulary_)
        self.body_map = domain.category_matrix(self.body_vec.vocabulary_)
        return self

    def transform(self, docs: Sequence[Doc]) -> Features:
        title_counts = self.title_vec.transform([d.title for d in docs])
        body_counts = self.body_vec.transform([d.body for d in docs])
        title_hits = domain.category_hits(title_counts, self.title_map)
        body_hits = domain.category_hits(body_counts, self.body_map)
        cues = domain.cue_features(title_hits, body_hits)
        flags = np.array([[d.has_unit, d.non_pas, not d.title, not d.body] for d in docs], dtype=np.float32)
        w = self.weights
        stem_block = self.stem_tfidf.transform(self.stem_vec.transform(_stem_texts(docs)))
        blocks = [w["title"] * self.title_tfidf.transform(title_counts),
                  w["body"] * self.body_tfidf.transform(body_counts), w["stem"] * stem_block,
                  sp.csr_matrix(w["cues"] * cues), sp.csr_matrix(flags.reshape(len(docs), 4))]
        return Features(sp.hstack(blocks, format="csr", dtype=np.float32), title_hits, body_hits)


def _stem_texts(docs: Sequence[Doc]) -> list[str]:
    return [stems(f"{d.title} {d.body}") for d in docs]
