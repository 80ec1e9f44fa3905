"""Grouped cross-validation of event smoothing: does pulling items toward their event's mean help?

    .venv/bin/python dev/cv_events.py [--seeds 7 13] [--gold-events]

Folds as `dev/cv_all.py` (grouped by event, so a test fold holds whole events). Each test fold is
clustered with the real clustering code, as `sigap analyse` does (title, lead, url = source, published,
predicted units and issues), then every smoothing variant of a small grid is decided from the same
out-of-fold probabilities. `--gold-events` uses the gold event ids instead (the upper bound).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

from sigap.analyse.consistency import Smoothing, smooth_scores
from sigap.analyse.pipeline import Analyser, InputItem
from sigap.analyse.train import default_linker, fit_bundle, project_files, read_jsonl, standardise, to_docs

sys.path.insert(0, str(Path(__file__).parent))
from cv_all import score
from train_from_shared import SHARED, SHARED_ISSUE_WEIGHT, groups_of

TONE_ALPHAS = (0.0, 0.25, 0.5, 0.75, 1.0)
ISSUE_ALPHAS = (0.0, 0.25)
SEVERITY_ALPHAS = (0.0, 1.0)
GRID = [Smoothing(t, i, s) for t, i, s in itertools.product(TONE_ALPHAS, ISSUE_ALPHAS, SEVERITY_ALPHAS)]


def fold_events(analyser: Analyser, raw: list[dict[str, Any]]) -> list[str | None]:
    items = [InputItem(id=str(r["id"]), title=str(r.get("title") or ""), text=str(r.get("lead") or ""),
                       url=r.get("source"), published=r.get("published") or None) for r in raw]
    return [res.event for res in analyser.analyse(items)]


def run_seed(shared: list[dict[str, Any]], raw: list[dict[str, Any]], project: list[dict[str, Any]],
             groups: np.ndarray, linker: Any, seed: int, gold_events: bool) -> dict[Smoothing, list[dict[str, Any]]]:
    folds = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=seed)
    preds: dict[Smoothing, list[dict[str, Any]]] = defaultdict(lambda: [{} for _ in shared])
    analyser: Analyser | None = None
    for train, test in folds.split(np.zeros(len(shared)), [r["tone"] for r in shared], groups):
        bundle = fit_bundle(project + [shared[i] for i in train], linker)
        if analyser is None:
            analyser = Analyser(bundle)
        analyser.bundle = bundle
        rows = [raw[i] for i in test]
        events = ([str(r.get("event") or "") or None for r in rows] if gold_events
                  else fold_events(analyser, rows))
        docs = to_docs([shared[i] for i in test], linker)
        scores = bundle.scores(docs)
        for variant in GRID:
            pred = bundle.decide(docs, smooth_scores(scores, events, variant))
            for k, i in enumerate(test):
                preds[variant][i] = {"tone": pred.tone[k], "issues": pred.issues[k],
                                     "severity": int(pred.severity[k])}
    return preds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 13])
    parser.add_argument("--gold-events", action="store_true")
    args = parser.parse_args()
    raw = read_jsonl(SHARED)
    shared = [{**standardise(r), "issue_weight": SHARED_ISSUE_WEIGHT} for r in raw]
    project = [standardise(r) for p in project_files() for r in read_jsonl(p)]
    linker = default_linker()
    groups = groups_of(raw)
    pooled: dict[Smoothing, list[dict[str, Any]]] = defaultdict(list)
    per_seed: dict[Smoothing, list[str]] = defaultdict(list)
    for seed in args.seeds:
        for variant, pred in run_seed(shared, raw, project, groups, linker, seed, args.gold_events).items():
            pooled[variant] += pred
            m = score(shared, pred)
            per_seed[variant].append(f"{m['tone']['macro_f1']:.3f}/{m['issues']['micro']['f1']:.3f}/"
                                     f"{m['severity']['within_one']:.3f}")
    gold = shared * len(args.seeds)
    print("tone_a issue_a sev_a | tone (neg net pos) | issues (P R) | sev±1 | per seed tone/issues/sev")
    for variant in GRID:
        m = score(gold, pooled[variant])
        t, i = m["tone"], m["issues"]["micro"]
        print(f"{variant.tone:.2f} {variant.issues:.2f} {variant.severity:.2f} | {t['macro_f1']:.4f} "
              f"({t['negatif']['f1']:.3f} {t['netral']['f1']:.3f} {t['positif']['f1']:.3f}) | {i['f1']:.4f} "
              f"({i['precision']:.3f} {i['recall']:.3f}) | {m['severity']['within_one']:.4f} | "
              + " ".join(per_seed[variant]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
