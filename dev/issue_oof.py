"""Out-of-fold issue probabilities over all shared news, for replaying issue decision rules quickly.

    .venv/bin/python dev/issue_oof.py [--seeds 7 13] [--out /tmp/issue_oof.pkl]

Same folds and training data as `dev/cv_all.py`, but only the featurizer, relevance and issue models are
fitted (no tone stack), so a run takes a fraction of the full one. The pickle holds, per seed, each item's
issue-model probabilities, relevance decision, normalised Doc and gold issues; `dev/issue_replay.py`
replays decision rules over it.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.model_selection import StratifiedGroupKFold

import sigap.analyse.train as train
from sigap.analyse.models import RELEVANCE_THRESHOLD
from sigap.analyse.train import default_linker, fit_bundle, project_files, read_jsonl, standardise, to_docs
from sigap.taxonomy import ISSUE_CODES

sys.path.insert(0, str(Path(__file__).parent))
from train_from_shared import SHARED, SHARED_ISSUE_WEIGHT, groups_of

CODES = [c for c in ISSUE_CODES if c != "lainnya"]


def _no_tone(*_args: Any, **_kwargs: Any) -> None:
    """Stand-in for the tone stack: issue experiments do not need it and it dominates fitting time."""
    return None


def issue_probs(bundle: Any, docs: list[Any]) -> tuple[np.ndarray, np.ndarray]:
    """Per-code issue probabilities and the relevance decision, as `ModelBundle.predict` computes them."""
    feats = bundle.featurizer.transform(docs)
    relevance = bundle.relevance.predict_proba(feats.matrix)[:, 1]
    trap = feats.trap & ~np.array([d.has_unit for d in docs], dtype=bool)
    readable = np.array([bool(d.title or d.body) for d in docs], dtype=bool)
    relevant = (relevance >= RELEVANCE_THRESHOLD) & ~trap & readable
    coef = np.hstack([bundle.issues[c].coef for c in CODES])
    intercept = np.hstack([bundle.issues[c].intercept for c in CODES])
    probs = 1.0 / (1.0 + np.exp(-(np.asarray(feats.matrix @ coef) + intercept)))
    return probs, relevant


def refit_issues(bundle: Any, records: list[dict[str, Any]], docs: list[Any], variant: dict[str, float]) -> None:
    """Refit the issue models under an experimental weighting: project negatives of a code weigh
    `neg_project` (project labels omit secondary codes that real news carries by convention)."""
    feats = bundle.featurizer.transform(docs).matrix
    base = np.array([float(r.get("weight", 1.0)) * float(r.get("issue_weight", 1.0)) for r in records])
    real = np.array([r["id"].startswith("TR-") for r in records])
    fz = bundle.featurizer
    n_title, n_text = len(fz.title_vocab), len(fz.title_vocab) + len(fz.body_vocab) + len(fz.stem_vocab)
    keep = np.ones(feats.shape[1])
    keep[n_title:n_text] = 0.0  # title words + cue block + flags only
    title_feats = feats @ sp.diags(keep)
    for code in CODES:
        y = np.array([code in r["issues"] for r in records])
        w = np.where(~real & ~y, base * variant.get("neg_project", 1.0), base)
        w = np.where(real & y, w * variant.get("pos_real", 1.0), w)
        model = train._lr(variant.get("c", 25.0))
        if variant.get("unbalanced"):
            model.set_params(class_weight=None)
        fitted = train.Linear.from_sklearn(model.fit(feats, y, sample_weight=w))
        blend = variant.get("real_blend", 0.0)
        if blend and 0 < y[real].sum() < real.sum():
            # a second model on real news only, averaged in the logit space (so it folds into one Linear)
            alone = train.Linear.from_sklearn(train._lr(variant.get("c_real", 25.0)).fit(feats[real], y[real]))
            fitted.coef = (1 - blend) * fitted.coef + blend * alone.coef
            fitted.intercept = (1 - blend) * fitted.intercept + blend * alone.intercept
        tblend = variant.get("title_blend", 0.0)
        if tblend:
            # a headline model (title words and cues only), averaged in the logit space
            head_lr = train._lr(variant.get("c_title", 25.0))
            head = train.Linear.from_sklearn(head_lr.fit(title_feats, y, sample_weight=w))
            fitted.coef = (1 - tblend) * fitted.coef + tblend * head.coef
            fitted.intercept = (1 - tblend) * fitted.intercept + tblend * head.intercept
        bundle.issues[code] = fitted


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 13])
    parser.add_argument("--out", type=Path, default=Path("/tmp/issue_oof.pkl"))
    parser.add_argument("--variant", default="", help="e.g. neg_project=0.3,c=25")
    args = parser.parse_args()
    train.fit_tone_stack = _no_tone  # type: ignore[assignment]
    variant = {k: float(v) for k, v in (kv.split("=") for kv in args.variant.split(",") if kv)}
    raw = read_jsonl(SHARED)
    shared = [{**standardise(r), "issue_weight": SHARED_ISSUE_WEIGHT} for r in raw]
    project = [standardise(r) for p in project_files() for r in read_jsonl(p)]
    linker = default_linker()
    groups = groups_of(raw)
    docs = to_docs(shared, linker)
    out: dict[str, Any] = {"codes": CODES, "gold": [r["issues"] for r in shared], "docs": docs,
                           "tone": [r["tone"] for r in shared], "ids": [r["id"] for r in shared], "seeds": {}}
    for seed in args.seeds:
        probs = np.zeros((len(shared), len(CODES)))
        relevant = np.zeros(len(shared), dtype=bool)
        fold = np.zeros(len(shared), dtype=int)
        folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=seed)
        for k, (tr, te) in enumerate(folds.split(np.zeros(len(shared)), [r["tone"] for r in shared], groups)):
            records = project + [shared[i] for i in tr]
            bundle = fit_bundle(records, linker)
            if variant:
                refit_issues(bundle, records, to_docs(records, linker), variant)
            p, rel = issue_probs(bundle, [docs[i] for i in te])
            probs[te], relevant[te], fold[te] = p, rel, k
            print(f"seed {seed} fold {k} done", flush=True)
        out["seeds"][seed] = {"probs": probs, "relevant": relevant, "fold": fold}
    with args.out.open("wb") as handle:
        pickle.dump(out, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
