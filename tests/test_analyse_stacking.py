"""Tone stacking: char n-grams as scikit-learn counts them, out-of-fold meta-model, old bundles still load."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from sigap.analyse.models import Linear
from sigap.analyse.stacking import CharNgrams, ToneStack, char_grams, fit_tone_stack
from sigap.analyse.train import _tone_lr

TITLES = ["napi lapas sorong kabur", "petugas gagalkan sabu", "lapas gelar upacara", "wbp terima remisi",
          "napi rutan kabur lagi", "petugas lapas gagalkan hp", "rutan ikuti upacara", "wbp dapat remisi",
          "tahanan kabur jebol tembok", "sipir gagalkan penyelundupan", "kanwil gelar rapat", "napi terima remisi"]
TONES = np.array(["negatif", "positif", "netral", "positif"] * 3)


def test_char_grams_match_scikit_learn_char_wb() -> None:
    text = "napi a kabur dari lapasku"
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=False).build_analyzer()
    assert sorted(char_grams(text)) == sorted(analyzer(text))


def test_char_ngrams_tfidf_rows_are_unit_length_and_unknown_text_is_empty() -> None:
    chars = CharNgrams.fit(TITLES)
    x = chars.transform(["napi kabur", "", "zzzz qqqq"])
    norms = np.sqrt(np.asarray(x.multiply(x).sum(1)).ravel())
    assert abs(norms[0] - 1.0) < 1e-5 and norms[1] == 0 and norms[2] == 0


def test_tone_stack_fits_on_out_of_fold_probabilities_and_predicts_every_row() -> None:
    x = sp.csr_matrix(np.random.default_rng(0).random((len(TITLES), 6)).astype(np.float32))
    relevance = np.full(len(TITLES), 0.9)
    x_full = sp.hstack([x, sp.csr_matrix(relevance.reshape(-1, 1))], format="csr")
    groups = np.arange(len(TITLES)) % 5
    stack = fit_tone_stack(x_full, TITLES, TONES, groups, relevance, 2, _tone_lr, 6.0)
    assert isinstance(stack, ToneStack) and isinstance(stack.meta, Linear)
    p = stack.predict_proba(x_full, TITLES, relevance)
    assert p.shape == (len(TITLES), 3) and np.allclose(p.sum(1), 1.0)
    assert list(stack.classes_) == ["negatif", "netral", "positif"]
    assert (stack.classes_[p.argmax(1)] == TONES).mean() >= 0.75  # learns its own training set
