"""Grouped cross-validation over all the shared real news: the estimate for news Sigap has not seen.

    .venv/bin/python dev/cv_all.py [--seeds 7 13] [--dump oof.jsonl] [--shared PATH]

Each fold trains on the project's labelled data + the other folds of the shared set (grouped by event,
source page and near-duplicate text, as `dev/train_from_shared.py` groups them) and predicts its own
fold. Figures are pooled over all out-of-fold predictions (one per item and seed), which is steadier than
the single held-out fold. `--dump` writes every out-of-fold prediction next to its gold labels.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

from sigap.analyse import metrics
from sigap.analyse.models import TONES
from sigap.analyse.train import default_linker, fit_bundle, project_files, read_jsonl, standardise, to_docs
from sigap.taxonomy import ISSUE_CODES

sys.path.insert(0, str(Path(__file__).parent))
from train_from_shared import SHARED, SHARED_ISSUE_WEIGHT, groups_of

GRID: list[float] = []
REAL_FRACTION = [1.0]


def out_of_fold(shared: list[dict[str, Any]], project: list[dict[str, Any]], groups: np.ndarray,
                linker: Any, seed: int) -> list[dict[str, Any]]:
    """One prediction per shared item, each from a model that did not see the item's group."""
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=seed)
    preds: list[dict[str, Any]] = [{} for _ in shared]
    for train, test in folds.split(np.zeros(len(shared)), [r["tone"] for r in shared], groups):
        if REAL_FRACTION[0] < 1.0:  # learning curve: train on a part of the other folds' groups only
            kept = np.random.default_rng(seed).permutation(np.unique(groups[train]))
            kept = set(kept[: round(len(kept) * REAL_FRACTION[0])].tolist())
            train = np.array([i for i in train if groups[i] in kept])
        bundle = fit_bundle(project + [shared[i] for i in train], linker)
        test_rows = [shared[i] for i in test]
        pred = bundle.predict(to_docs(test_rows, linker))
        for k, i in enumerate(test):
            preds[i] = {"id": shared[i]["id"], "relevant": bool(pred.relevant[k]), "tone": pred.tone[k],
                        "issues": pred.issues[k], "severity": int(pred.severity[k])}
        for t in GRID:
            bundle.thresholds["relevance"] = t
            alt = bundle.predict(to_docs(test_rows, linker))
            for k, i in enumerate(test):
                preds[i][f"rel{t}"] = {"relevant": bool(alt.relevant[k]), "tone": alt.tone[k],
                                       "issues": alt.issues[k], "severity": int(alt.severity[k])}
    return preds


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "tone": metrics.per_class([g["tone"] for g in gold], [p["tone"] for p in pred], TONES),
        "issues": metrics.multilabel([g["issues"] for g in gold], [p["issues"] for p in pred], ISSUE_CODES),
        "severity": metrics.within_one([g["severity"] for g in gold], [p["severity"] for p in pred]),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 13])
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--relevance-grid", type=float, nargs="*", default=[])
    parser.add_argument("--real-fraction", type=float, default=1.0,
                        help="learning curve: each fold trains on this share of the other folds' groups")
    args = parser.parse_args()
    REAL_FRACTION[0] = args.real_fraction
    GRID.extend(args.relevance_grid)
    raw = read_jsonl(args.shared)
    shared = [{**standardise(r), "issue_weight": SHARED_ISSUE_WEIGHT} for r in raw]
    project = [standardise(r) for p in project_files() for r in read_jsonl(p)]
    linker = default_linker()
    groups = groups_of(raw)
    gold_all: list[dict[str, Any]] = []
    pred_all: list[dict[str, Any]] = []
    for seed in args.seeds:
        pred = out_of_fold(shared, project, groups, linker, seed)
        m = score(shared, pred)
        print(f"seed {seed}: tone {m['tone']['macro_f1']:.3f} issues {m['issues']['micro']['f1']:.3f} "
              f"severity±1 {m['severity']['within_one']:.3f}")
        gold_all += shared
        pred_all += [{**p, "seed": seed} for p in pred]
    for t in GRID:
        m = score(gold_all, [p[f"rel{t}"] for p in pred_all])
        print(f"relevance ≥ {t}: tone {m['tone']['macro_f1']:.3f} issues {m['issues']['micro']['f1']:.3f} "
              f"(P {m['issues']['micro']['precision']:.3f} R {m['issues']['micro']['recall']:.3f}) "
              f"severity±1 {m['severity']['within_one']:.3f}")
    m = score(gold_all, pred_all)
    t, i = m["tone"], m["issues"]["micro"]
    print(f"pooled: tone macroF1 {t['macro_f1']:.3f} (neg {t['negatif']['f1']:.3f} net {t['netral']['f1']:.3f} "
          f"pos {t['positif']['f1']:.3f}) issues microF1 {i['f1']:.3f} (P {i['precision']:.3f} "
          f"R {i['recall']:.3f}) severity±1 {m['severity']['within_one']:.3f}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for g, p in zip(gold_all, pred_all, strict=True):
                row = {"id": g["id"], "title": g["title"], "text": g["text"], "gold_tone": g["tone"],
                       "gold_issues": g["issues"], "gold_severity": g["severity"],
                       **{f"pred_{k}": v for k, v in p.items()}}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
