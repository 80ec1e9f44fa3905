"""Training: the project's labelled files (plus user corrections) → a model bundle, deterministically.

Records use the labelled format of `sigap/analyse/data/labelled*.jsonl`
({"id","title","text","relevant","tone","issues","units","severity","event",…}); the field names of the
shared training set (`lead`, `crisis_potential`, `upt`, `notes`) are accepted too.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from sigap.analyse.features import Doc, Featurizer, make_doc
from sigap.analyse.models import DEFAULT_DIR, Linear, ModelBundle, stack_relevance
from sigap.analyse.stacking import NB_ALPHA, fit_tone_stack
from sigap.taxonomy import ISSUE_CODES

TRAP_FLAGS = ("NOT_PAS", "OFF_TOPIC")
# Bumped when features or learners change, so that analyses stored with the old bundle stay distinguishable.
MODEL_DESIGN = "relevance-threshold-slang-2026-12"
SEED = 0


def project_files() -> list[Path]:
    """The project's own labelled files shipped in the package, sorted by name."""
    folder = Path(str(resources.files("sigap.analyse.data")))
    return sorted(folder.glob("labelled*.jsonl"))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if line:
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return rows


def standardise(record: dict[str, Any]) -> dict[str, Any]:
    """One record in the labelled format, whatever the source's field names."""
    notes = str(record.get("notes") or "")
    relevant = record.get("relevant")
    if relevant is None:
        relevant = not any(flag in notes for flag in TRAP_FLAGS)
    issues = [i for i in (record.get("issues") or []) if i in ISSUE_CODES] or ["lainnya"]
    severity = record.get("severity", record.get("crisis_potential", 0))
    return {"id": str(record.get("id", "")), "title": str(record.get("title") or ""),
            "text": str(record.get("text") or record.get("lead") or ""), "relevant": bool(relevant),
            "tone": record.get("tone") if record.get("tone") in ("positif", "negatif", "netral") else "netral",
            "issues": issues, "severity": int(severity or 0), "event": str(record.get("event") or ""),
            "units": record.get("units", record.get("upt", [])) or [], "source": record.get("source"),
            "weight": float(record.get("weight") or 1.0), "issue_weight": float(record.get("issue_weight") or 1.0)}


def to_docs(records: Sequence[dict[str, Any]], linker: Any = None) -> list[Doc]:
    """Model inputs; with a UnitLinker, the has-unit and other-institution signals too."""
    docs = []
    for r in records:
        has_unit = non_pas = False
        if linker is not None:
            link = linker.link(r["title"], r["text"])
            has_unit, non_pas = bool(link.units), bool(link.non_pas)
        docs.append(make_doc(r["title"], r["text"], has_unit, non_pas))
    return docs


@dataclass(frozen=True)
class TrainOptions:
    """Regularisation of each model (chosen by grouped cross-validation on real news)."""

    c_relevance: float = 2.0
    c_tone: float = 6.0
    c_issues: float = 25.0
    c_severity: float = 1.0
    c_meta: float = 1.0
    nb_alpha: float | None = NB_ALPHA  # the tone stack's naive Bayes base model (None: without it)
    feature_weights: dict[str, float] | None = None


def _lr(c: float = 4.0, balanced: bool = True) -> LogisticRegression:
    # the dual liblinear solver: same optimum as the primal one, ~20x faster with more features than items
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None,
                              solver="liblinear", dual=True, random_state=SEED)


def _tone_lr(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced", solver="lbfgs", random_state=SEED)


def fit_bundle(records: Sequence[dict[str, Any]], linker: Any = None, version: str = "", *,
               docs: Sequence[Doc] | None = None, options: TrainOptions | None = None) -> ModelBundle:
    """Fit every model on the records (already standardised); a record's `weight` scales its loss.

    A record's `issue_weight` (default 1) further scales its loss in the issue models only: real news is
    weighted up there (`dev/train_from_shared.py`), since its issue conventions are what the models meet.
    """
    opt = options or TrainOptions()
    docs = list(docs) if docs is not None else to_docs(records, linker)
    featurizer = Featurizer(weights=opt.feature_weights).fit(docs)
    feats = featurizer.transform(docs)
    weight = np.array([float(r.get("weight", 1.0)) for r in records])
    relevant = np.array([r["relevant"] for r in records])
    relevance = _fit_or_constant(_lr(opt.c_relevance), feats.matrix, relevant, weight)
    rel_p = relevance.predict_proba(feats.matrix)[:, 1]
    groups = np.array([f"e:{r['event']}" if r.get("event") else f"i:{k}" for k, r in enumerate(records)])
    text_columns = featurizer.text_columns
    tone = fit_tone_stack(stack_relevance(feats, rel_p), [d.title for d in docs],
                          np.array([r["tone"] for r in records]), groups, rel_p,
                          feats.matrix.shape[1] - text_columns, _tone_lr, opt.c_tone, opt.c_meta, weight,
                          opt.nb_alpha, featurizer.word_columns)
    issues = {}
    issue_weight = weight * np.array([float(r.get("issue_weight", 1.0)) for r in records])
    for code in ISSUE_CODES:
        y = np.array([code in r["issues"] for r in records])
        if 0 < y.sum() < len(y):
            issues[code] = Linear.from_sklearn(_lr(opt.c_issues).fit(feats.matrix, y, sample_weight=issue_weight))
    negative = np.flatnonzero([r["tone"] == "negatif" and r["severity"] > 0 for r in records])
    levels = np.array([min(3, max(1, records[int(i)]["severity"])) for i in negative])
    severity = _fit_or_constant(LogisticRegression(C=opt.c_severity, max_iter=3000, random_state=SEED),
                                feats.matrix[negative], levels if len(levels) else np.array([2]), weight[negative])
    return ModelBundle(featurizer, relevance, tone, issues, severity,
                       version or _version(records))


def _fit_or_constant(model: LogisticRegression, x: Any, y: np.ndarray, weight: np.ndarray | None = None) -> Linear:
    """The fitted model, or a constant one when the data hold a single class."""
    classes = np.unique(y)
    if len(classes) >= 2:
        return Linear.from_sklearn(model.fit(x, y, sample_weight=weight))
    return Linear(np.zeros((x.shape[1], 2), dtype=np.float32), np.array([1.0, 0.0], dtype=np.float32),
                  np.array([classes[0], classes[0]]))


def _version(records: Sequence[dict[str, Any]]) -> str:
    """Changes with the training items, their labels and the model design (MODEL_DESIGN)."""
    labelled = [[r["id"], r["tone"], r["issues"], r["severity"], r["relevant"]] for r in records]
    digest = hashlib.sha256(json.dumps([MODEL_DESIGN, labelled]).encode()).hexdigest()[:8]
    return f"sigap-analyse-{digest}"


def default_linker() -> Any:
    """The unit linker when it is available (it gives the has-unit / other-institution signals)."""
    try:
        from sigap.analyse.units import UnitLinker
        from sigap.gazetteer import default_gazetteer
    except ImportError:
        return None
    return UnitLinker(default_gazetteer())


def dedupe(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Later records win: a user correction replaces the labelled item with the same id."""
    by_id: dict[str, dict[str, Any]] = {}
    for number, record in enumerate(records):
        by_id[record["id"] or f"_{number}"] = record
    return list(by_id.values())


def train_models(out_dir: Path | None = None, extra: Sequence[dict[str, Any]] = (),
                 files: Sequence[Path] | None = None) -> dict[str, Any]:
    """Rebuild the bundle from the project's labelled files plus `extra` (corrections); return metrics."""
    rows = [standardise(r) for path in (files if files is not None else project_files()) for r in read_jsonl(path)]
    records = dedupe([*rows, *(standardise(r) for r in extra)])
    if len(records) < 20 or len({r["tone"] for r in records}) < 3:
        raise ValueError(f"need at least 20 labelled items with all three tones, got {len(records)}")
    bundle = fit_bundle(records, default_linker())
    metrics = {"items": len(records), "tone": dict(Counter(r["tone"] for r in records)),
               "relevant": sum(r["relevant"] for r in records), "version": bundle.version}
    card = {"version": bundle.version, "trained": datetime.now(UTC).date().isoformat(), "metrics": metrics}
    bundle.save(out_dir or DEFAULT_DIR, card)
    return metrics
