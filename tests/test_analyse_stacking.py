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


def test_complement_nb_as_linear_matches_scikit_learn() -> None:
    from sklearn.naive_bayes import ComplementNB

    from sigap.analyse.stacking import complement_nb

    x = sp.csr_matrix(np.random.default_rng(1).random((len(TITLES), 6)).astype(np.float32))
    weight = np.linspace(0.5, 1.5, len(TITLES))
    linear = complement_nb(x, TONES, weight, 4, 0.3)
    expected = ComplementNB(alpha=0.3).fit(x[:, :4], TONES, sample_weight=weight).predict_proba(x[:, :4])
    assert linear.coef.shape == (6, 3) and not linear.coef[4:].any()  # the trailing columns are not read
    assert np.allclose(linear.predict_proba(x), expected, atol=1e-5)


def test_tone_stack_without_naive_bayes_still_predicts() -> None:
    x = sp.csr_matrix(np.random.default_rng(0).random((len(TITLES), 6)).astype(np.float32))
    relevance = np.full(len(TITLES), 0.9)
    x_full = sp.hstack([x, sp.csr_matrix(relevance.reshape(-1, 1))], format="csr")
    stack = fit_tone_stack(x_full, TITLES, TONES, np.arange(len(TITLES)) % 5, relevance, 2, _tone_lr, 6.0,
                           nb_alpha=None)
    assert stack.nb is None and stack.predict_proba(x_full, TITLES, relevance).shape == (len(TITLES), 3)
