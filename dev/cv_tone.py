"""Grouped cross-validation of tone-stack variants only (base learners, meta-model, per-source weights).

    .venv/bin/python dev/cv_tone.py [--seeds 7 13] [--variants base sgd ...]

Folds as `dev/cv_all.py`. Per fold the featurizer, relevance model and tone stack are fitted as
`train.fit_bundle` fits them (issues and severity are skipped: they do not touch tone), the base models'
out-of-fold probabilities are cached by (base, weighting), and every variant's meta-model reads the ones
it names. Variant `base` reproduces the shipped stack. Tone is decided with the own-prevention rule and
the relevance gate, as `ModelBundle.decide` does.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.model_selection import GroupKFold, StratifiedGroupKFold

from sigap.analyse import metrics
from sigap.analyse.features import Featurizer
from sigap.analyse.models import TONES, Linear, stack_relevance
from sigap.analyse.rules import own_prevention
from sigap.analyse.stacking import INNER_FOLDS, CharNgrams
from sigap.analyse.train import (
    TrainOptions,
    _lr,
    default_linker,
    project_files,
    read_jsonl,
    standardise,
    to_docs,
)

sys.path.insert(0, str(Path(__file__).parent))
from train_from_shared import SHARED, groups_of


@dataclass(frozen=True)
class Variant:
    bases: tuple[str, ...] = ("full", "char")
    c_meta: float = 1.0
    project_weight: float = 1.0  # tone-model weight of project items
    drop_part: str = ""  # a project file whose items get tone weight 0
    meta_balanced: bool = True


def _lr_c(c: float, balanced: bool = True) -> Callable[[], Any]:
    from sklearn.linear_model import LogisticRegression
    return lambda: LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None,
                                      solver="lbfgs", random_state=0)


def _sgd() -> Any:
    from sklearn.linear_model import SGDClassifier
    return SGDClassifier(loss="modified_huber", alpha=1e-4, class_weight="balanced", max_iter=50, tol=None,
                         random_state=0)


def _ridge() -> Any:
    from sklearn.linear_model import RidgeClassifier
    return RidgeClassifier(alpha=1.0, class_weight="balanced")


def _cnb(alpha: float = 0.3) -> Callable[[], Any]:
    from sklearn.naive_bayes import ComplementNB
    return lambda: ComplementNB(alpha=alpha)


# base name → (input block, model factory, output kind: "proba" = log-probabilities, "margin" = decision values)
BASES: dict[str, tuple[str, Callable[[], Any], str]] = {
    "full": ("full", _lr_c(6.0), "proba"),
    "char": ("char", _lr_c(6.0), "proba"),
    "char_c2": ("char", _lr_c(2.0), "proba"),
    "char_c20": ("char", _lr_c(20.0), "proba"),
    "full_c2": ("full", _lr_c(2.0), "proba"),
    "full_unbal": ("full", _lr_c(6.0, False), "proba"),
    "sgd_full": ("full", _sgd, "margin"),
    "ridge_full": ("full", _ridge, "margin"),
    "ridge_char": ("char", _ridge, "margin"),
    "cnb_words": ("words", _cnb(), "proba"),
    "cnb_a1": ("words", _cnb(1.0), "proba"),
    "cnb_a01": ("words", _cnb(0.1), "proba"),
    "char13": ("char13", _lr_c(6.0), "proba"),
}
VARIANTS: dict[str, Variant] = {
    "base": Variant(),
    "meta_c03": Variant(c_meta=0.3),
    "meta_c3": Variant(c_meta=3.0),
    "meta_unbal": Variant(meta_balanced=False),
    "char_c2": Variant(bases=("full", "char_c2")),
    "char_c20": Variant(bases=("full", "char_c20")),
    "full_c2": Variant(bases=("full_c2", "char")),
    "full_unbal": Variant(bases=("full_unbal", "char")),
    "sgd": Variant(bases=("full", "char", "sgd_full")),
    "ridge": Variant(bases=("full", "char", "ridge_full")),
    "ridge_char": Variant(bases=("full", "char", "ridge_char")),
    "cnb": Variant(bases=("full", "char", "cnb_words")),
    "cnb_a1": Variant(bases=("full", "char", "cnb_a1")),
    "cnb_a01": Variant(bases=("full", "char", "cnb_a01")),
    "cnb_ridge": Variant(bases=("full", "char", "cnb_words", "ridge_full")),
    "char13": Variant(bases=("full", "char13")),
    "pw03": Variant(project_weight=0.3),
    "pw05": Variant(project_weight=0.5),
    "pw07": Variant(project_weight=0.7),
    "drop1": Variant(drop_part="labelled_part1"),
    "drop2": Variant(drop_part="labelled_part2"),
    "drop3": Variant(drop_part="labelled_part3"),
    "drop4": Variant(drop_part="labelled_part4"),
}


@dataclass
class FoldData:
    """Everything of one outer fold that does not depend on the variant."""

    inputs: dict[str, tuple[sp.csr_matrix, sp.csr_matrix]]  # block → (train rows, test rows)
    y: np.ndarray
    groups: np.ndarray
    rel_train: np.ndarray
    rel_test: np.ndarray
    relevant_test: np.ndarray
    cues: tuple[np.ndarray, np.ndarray]
    own_prev: np.ndarray
    parts: np.ndarray  # source of each training row ("shared" or the project file's stem)
    cache: dict[tuple[str, float, str], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)


def prepare(train: list[dict[str, Any]], test: list[dict[str, Any]], linker: Any) -> FoldData:
    opt = TrainOptions()
    docs, test_docs = to_docs(train, linker), to_docs(test, linker)
    featurizer = Featurizer(weights=opt.feature_weights).fit(docs)
    feats, test_feats = featurizer.transform(docs), featurizer.transform(test_docs)
    weight = np.array([float(r.get("weight", 1.0)) for r in train])
    relevance = Linear.from_sklearn(_lr(opt.c_relevance).fit(feats.matrix, [r["relevant"] for r in train],
                                                             sample_weight=weight))
    rel_p, rel_t = (relevance.predict_proba(f.matrix)[:, 1] for f in (feats, test_feats))
    trap = test_feats.trap & ~np.array([d.has_unit for d in test_docs], dtype=bool)
    relevant = (rel_t >= 0.5) & ~trap & np.array([bool(d.title or d.body) for d in test_docs])
    x_full, x_full_t = stack_relevance(feats, rel_p), stack_relevance(test_feats, rel_t)
    text_columns = len(featurizer.title_vocab) + len(featurizer.body_vocab) + len(featurizer.stem_vocab)
    cue_columns = feats.matrix.shape[1] - text_columns
    titles, titles_t = [d.title for d in docs], [d.title for d in test_docs]
    chars = CharNgrams.fit(titles)
    inputs = {"full": (x_full, x_full_t), "char": (chars.transform(titles), chars.transform(titles_t)),
              "words": (feats.matrix[:, :text_columns], test_feats.matrix[:, :text_columns])}
    inputs["char13"] = (sp.hstack([inputs["char"][0], x_full], format="csr"),
                        sp.hstack([inputs["char"][1], x_full_t], format="csr"))
    groups = np.array([f"e:{r['event']}" if r.get("event") else f"i:{k}" for k, r in enumerate(train)])
    return FoldData(inputs, np.array([r["tone"] for r in train]), groups, rel_p, rel_t, relevant,
                    (x_full[:, -cue_columns - 1:-1].toarray(), x_full_t[:, -cue_columns - 1:-1].toarray()),
                    np.array([own_prevention(d) for d in test_docs]), np.array([r["part"] for r in train]))


def _outputs(model: Any, x: sp.csr_matrix, kind: str, classes: np.ndarray) -> np.ndarray:
    if kind == "margin":
        return np.asarray(model.decision_function(x))
    out = np.full((x.shape[0], len(classes)), 1e-6)
    out[:, np.searchsorted(classes, model.classes_)] = model.predict_proba(x)
    return np.log(np.clip(out, 1e-6, 1.0))


def base_outputs(fold: FoldData, name: str, weight: np.ndarray, key: str) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold outputs on the training rows (grouped inner folds) and outputs on the test rows."""
    cached = fold.cache.get((name, 0.0, key))
    if cached is not None:
        return cached
    block, make, kind = BASES[name]
    x, x_t = fold.inputs[block]
    y, classes = fold.y, np.unique(fold.y)
    oof = np.zeros((len(y), len(classes)))
    for a, b in GroupKFold(n_splits=INNER_FOLDS).split(x, y, fold.groups):
        oof[b] = _outputs(make().fit(x[a], y[a], sample_weight=weight[a]), x[b], kind, classes)
    result = (oof, _outputs(make().fit(x, y, sample_weight=weight), x_t, kind, classes))
    fold.cache[(name, 0.0, key)] = result
    return result


def predict(fold: FoldData, variant: Variant) -> list[str]:
    weight = np.ones(len(fold.y))
    weight[fold.parts != "shared"] = variant.project_weight
    weight[fold.parts == variant.drop_part] = 0.0
    keep = weight > 0
    key = f"{variant.project_weight}:{variant.drop_part}"
    outs = [base_outputs(fold, name, weight, key) for name in variant.bases]
    train_in = np.hstack([o[0] for o in outs] + [fold.cues[0], fold.rel_train[:, None]])
    test_in = np.hstack([o[1] for o in outs] + [fold.cues[1], fold.rel_test[:, None]])
    meta = _lr_c(variant.c_meta, variant.meta_balanced)().fit(train_in[keep], fold.y[keep],
                                                                sample_weight=weight[keep])
    tones = meta.classes_[meta.predict_proba(test_in).argmax(1)]
    return ["netral" if not ok else "positif" if prev else str(t)
            for t, ok, prev in zip(tones, fold.relevant_test, fold.own_prev, strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 13])
    parser.add_argument("--variants", nargs="+", default=list(VARIANTS))
    args = parser.parse_args()
    raw = read_jsonl(SHARED)
    shared = [{**standardise(r), "part": "shared"} for r in raw]
    project = [{**standardise(r), "part": p.stem} for p in project_files() for r in read_jsonl(p)]
    linker, groups = default_linker(), groups_of(raw)
    pooled: dict[str, list[str]] = defaultdict(list)
    per_seed: dict[str, list[float]] = defaultdict(list)
    per_fold: dict[str, list[float]] = defaultdict(list)
    for seed in args.seeds:
        preds: dict[str, list[str]] = {v: [""] * len(shared) for v in args.variants}
        folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=seed)
        for train, test in folds.split(np.zeros(len(shared)), [r["tone"] for r in shared], groups):
            fold = prepare(project + [shared[i] for i in train], [shared[i] for i in test], linker)
            gold = [shared[i]["tone"] for i in test]
            print(f"seed {seed} fold of {len(test)} prepared", file=sys.stderr, flush=True)
            for name in args.variants:
                tones = predict(fold, VARIANTS[name])
                per_fold[name].append(metrics.per_class(gold, tones, TONES)["macro_f1"])
                for k, i in enumerate(test):
                    preds[name][i] = tones[k]
        for name in args.variants:
            pooled[name] += preds[name]
            per_seed[name].append(metrics.per_class([r["tone"] for r in shared], preds[name], TONES)["macro_f1"])
    gold_all = [r["tone"] for r in shared] * len(args.seeds)
    base_folds = np.array(per_fold.get("base", []))
    for name in args.variants:
        m = metrics.per_class(gold_all, pooled[name], TONES)
        wins = f" folds up {int((np.array(per_fold[name]) > base_folds).sum())}/{len(base_folds)}" \
            if len(base_folds) else ""
        print(f"{name:12s} tone {m['macro_f1']:.4f} (neg {m['negatif']['f1']:.3f} net {m['netral']['f1']:.3f} "
              f"pos {m['positif']['f1']:.3f}) seeds " + " ".join(f"{s:.4f}" for s in per_seed[name]) + wins,
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
