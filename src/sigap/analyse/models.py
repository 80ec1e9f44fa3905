"""The trained models as one bundle: featurizer, relevance, tone, issues, severity; save and load.

Every model is a scikit-learn linear model over the same features, so prediction is a handful of sparse
matrix products. The bundle holds plain arrays only (no scikit-learn objects), pickled in `sigap/analyse/models/` with
a JSON card beside it, so loading it imports nothing heavier than NumPy and SciPy.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from sigap.analyse.features import Doc, Features, Featurizer
from sigap.analyse.rules import colabel_issues, own_prevention, rule_issues, rule_severity
from sigap.taxonomy import ISSUE_CODES

if TYPE_CHECKING:
    from sigap.analyse.stacking import ToneStack

BUNDLE_FILE = "sigap-analyse.pkl"
CARD_FILE = "sigap-analyse.json"
TONES = ("negatif", "netral", "positif")
DEFAULT_DIR = Path(__file__).parent / "models"
ISSUE_THRESHOLD = 0.7
# The relevance model is trained class-balanced, so its probabilities for the (common) relevant class run
# low; grouped CV on real news peaks at 0.2–0.25 (not-relevant F1 0.78 → 0.86, tone and issues up).
RELEVANCE_THRESHOLD = 0.25


@dataclass
class Linear:
    """A fitted logistic regression as arrays: sigmoid for a binary model, softmax otherwise."""

    coef: np.ndarray  # (n_features, n_outputs)
    intercept: np.ndarray
    classes_: np.ndarray

    @classmethod
    def from_sklearn(cls, model: Any) -> Linear:
        return cls(np.asarray(model.coef_.T, dtype=np.float32), np.asarray(model.intercept_, dtype=np.float32),
                   np.asarray(model.classes_))

    def predict_proba(self, x: sp.csr_matrix) -> np.ndarray:
        scores = np.asarray(x @ self.coef) + self.intercept
        if scores.shape[1] == 1:
            p = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1 - p, p])
        scores -= scores.max(1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(1, keepdims=True)

    def predict(self, x: sp.csr_matrix) -> np.ndarray:
        return self.classes_[self.predict_proba(x).argmax(1)]


@dataclass
class Scores:
    """The models' probabilities for a batch, before any decision: what event smoothing mixes."""

    relevance: np.ndarray  # probability
    relevant: np.ndarray  # bool, after the trap and empty-item rules
    tone: np.ndarray  # (n, 3) in the tone model's class order
    issues: np.ndarray  # (n, len(issue_codes))
    issue_codes: list[str]
    severity: np.ndarray  # (n, levels) in the severity model's class order


@dataclass
class Prediction:
    relevant: np.ndarray  # bool
    relevance: np.ndarray  # probability
    tone: list[str]
    tone_confidence: np.ndarray
    issues: list[list[str]]
    severity: np.ndarray  # int
    scores: Scores | None = None


@dataclass
class ModelBundle:
    featurizer: Featurizer
    relevance: Linear
    tone: Linear | ToneStack  # a ToneStack since the stacking revision; a plain Linear in older bundles
    issues: dict[str, Linear]
    severity: Linear
    version: str
    thresholds: dict[str, float] = field(default_factory=dict)

    def predict(self, docs: Sequence[Doc]) -> Prediction:
        return self.decide(docs, self.scores(docs))

    @property
    def issue_codes(self) -> list[str]:
        """The codes the issue models score, in taxonomy order (`lainnya` is the fallback, never scored)."""
        return [c for c in ISSUE_CODES if c in self.issues and c != "lainnya"]

    def scores(self, docs: Sequence[Doc]) -> Scores:
        """Every model's probabilities for the docs (no rule applied yet beyond relevance)."""
        feats = self.featurizer.transform(docs)
        relevance = self.relevance.predict_proba(feats.matrix)[:, 1]
        trap = feats.trap & ~np.array([d.has_unit for d in docs], dtype=bool)
        relevant = (relevance >= self.thresholds.get("relevance", RELEVANCE_THRESHOLD)) & ~trap
        relevant &= np.array([bool(d.title or d.body) for d in docs], dtype=bool)
        x_tone = stack_relevance(feats, relevance)
        if isinstance(self.tone, Linear):
            tone_p = self.tone.predict_proba(x_tone)
        else:
            tone_p = self.tone.predict_proba(x_tone, [d.title for d in docs], relevance)
        codes = self.issue_codes
        coef = np.hstack([self.issues[c].coef for c in codes])
        intercept = np.hstack([self.issues[c].intercept for c in codes])
        issue_p = 1.0 / (1.0 + np.exp(-(np.asarray(feats.matrix @ coef) + intercept)))
        return Scores(relevance, relevant, tone_p, issue_p, codes, self.severity.predict_proba(feats.matrix))

    def decide(self, docs: Sequence[Doc], scores: Scores) -> Prediction:
        """Labels from the probabilities and the rules (own prevention, issue cues, severity floor)."""
        relevant, relevance, tone_p = scores.relevant, scores.relevance, scores.tone
        tone_idx = tone_p.argmax(1)
        tones = [str(self.tone.classes_[i]) if ok else "netral" for i, ok in zip(tone_idx, relevant, strict=True)]
        tones = ["positif" if ok and own_prevention(doc) else tone
                 for tone, ok, doc in zip(tones, relevant, docs, strict=True)]
        conf = np.where(relevant, tone_p.max(1), np.maximum(1 - relevance, tone_p[:, _col(self.tone, "netral")]))
        issues = self._issues(scores, docs)
        severity = self.decide_severity(docs, scores.severity, tones, issues)
        return Prediction(relevant, relevance, tones, conf, issues, severity, scores)

    def decide_severity(self, docs: Sequence[Doc], severity_p: np.ndarray, tones: Sequence[str],
                        issues: Sequence[list[str]]) -> np.ndarray:
        """Levels from the severity probabilities: 0 unless negatif, then at least 1 and the rule's floor."""
        floors = [rule_severity(doc, codes, tone) for doc, codes, tone in zip(docs, issues, tones, strict=True)]
        return self.levels(severity_p, tones, floors)

    def levels(self, severity_p: np.ndarray, tones: Sequence[str], floors: Sequence[int | None]) -> np.ndarray:
        """`decide_severity` with the rule floors already known (they depend on the text, tone and issues)."""
        severity = self._severity(severity_p, tones)
        for k in np.flatnonzero(severity).tolist():
            if floors[k] is not None:
                severity[k] = max(int(severity[k]), int(floors[k]))  # type: ignore[arg-type]
        return severity

    def _issues(self, scores: Scores, docs: Sequence[Doc]) -> list[list[str]]:
        return decide_issues(scores.issues, scores.relevant, docs, scores.issue_codes,
                             self.thresholds.get("issues", ISSUE_THRESHOLD))

    def _severity(self, severity_p: np.ndarray, tones: Sequence[str]) -> np.ndarray:
        level = self.severity.classes_[severity_p.argmax(1)].astype(int)
        negative = np.array([t == "negatif" for t in tones], dtype=bool)
        return np.where(negative, np.maximum(level, 1), 0)

    def save(self, out_dir: Path, card: dict[str, Any]) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        with (out_dir / BUNDLE_FILE).open("wb") as handle:
            pickle.dump(self, handle, protocol=pickle.HIGHEST_PROTOCOL)
        (out_dir / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @staticmethod
    def load(path: Path | None = None) -> ModelBundle:
        path = path or DEFAULT_DIR
        with (path / BUNDLE_FILE if path.is_dir() else path).open("rb") as handle:
            bundle = pickle.load(handle)  # the packaged bundle, or one the user trained
        if not isinstance(bundle, ModelBundle):
            raise TypeError(f"{path} does not hold a Sigap model bundle")
        return bundle


def decide_issues(probs: np.ndarray, relevant: np.ndarray, docs: Sequence[Doc], codes: Sequence[str],
                  threshold: float = ISSUE_THRESHOLD) -> list[list[str]]:
    """Issue codes per item: the models' codes at `threshold`, united with the cue rules; when neither
    names one, the best code at half the threshold; then the codes that conventions attach to those chosen
    (`colabel_issues`); `lainnya` for nothing or a non-relevant item."""
    result: list[list[str]] = []
    for row, ok, doc in zip(probs, relevant, docs, strict=True):
        chosen = [codes[int(j)] for j in np.flatnonzero(row >= threshold)] if ok else []
        if ok:
            ruled = rule_issues(doc)
            if not chosen and not ruled and row.max() >= threshold / 2:
                chosen = [codes[int(row.argmax())]]
            chosen += [code for code in ruled if code not in chosen]
            chosen = colabel_issues(doc, chosen)
        result.append(chosen or ["lainnya"])
    return result


def _col(model: Linear | ToneStack, label: str) -> int:
    return int(np.flatnonzero(model.classes_ == label)[0])


def stack_relevance(feats: Features, relevance: np.ndarray) -> sp.csr_matrix:
    """Features plus the relevance probability: the tone model sees how sure relevance is."""
    return sp.hstack([feats.matrix, sp.csr_matrix(relevance.reshape(-1, 1).astype(np.float32))], format="csr")
