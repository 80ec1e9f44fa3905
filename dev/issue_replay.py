"""Replay the issue decision rule over out-of-fold probabilities from `dev/issue_oof.py`.

    .venv/bin/python dev/issue_replay.py [--oof /tmp/issue_oof.pkl] [--per-code] [--errors CODE]

Uses the worktree's `ModelBundle` decision (`decide_issues`) and cue rules as they are now, so a rule
change is scored in a second. Prints pooled micro-F1 (without `lainnya`) per seed and pooled, per fold,
and optionally per code, or the misses and false alarms of one code.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

import numpy as np

from sigap.analyse import metrics
from sigap.analyse.models import ISSUE_THRESHOLD, decide_issues
from sigap.taxonomy import ISSUE_CODES


def replay(data: dict[str, Any], seed: int) -> list[list[str]]:
    run = data["seeds"][seed]
    return decide_issues(run["probs"], run["relevant"], data["docs"], data["codes"], ISSUE_THRESHOLD)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--oof", type=Path, default=Path("/tmp/issue_oof.pkl"))
    parser.add_argument("--per-code", action="store_true")
    parser.add_argument("--errors")
    args = parser.parse_args()
    with args.oof.open("rb") as handle:
        data = pickle.load(handle)
    gold_all: list[list[str]] = []
    pred_all: list[list[str]] = []
    for seed in data["seeds"]:
        pred = replay(data, seed)
        m = metrics.multilabel(data["gold"], pred, ISSUE_CODES)["micro"]
        fold = data["seeds"][seed]["fold"]
        per_fold = []
        for k in range(fold.max() + 1):
            idx = np.flatnonzero(fold == k)
            per_fold.append(metrics.multilabel([data["gold"][i] for i in idx], [pred[i] for i in idx],
                                               ISSUE_CODES)["micro"]["f1"])
        print(f"seed {seed}: F1 {m['f1']:.3f} P {m['precision']:.3f} R {m['recall']:.3f} folds "
              + " ".join(f"{f:.3f}" for f in per_fold))
        gold_all += data["gold"]
        pred_all += pred
        if args.errors and seed == next(iter(data["seeds"])):
            for i, (g, p) in enumerate(zip(data["gold"], pred, strict=True)):
                code = args.errors
                if (code in g) != (code in p):
                    kind = "MISS" if code in g else "FA  "
                    d = data["docs"][i]
                    print(f"{kind} {data['ids'][i]} gold={g} pred={p} | {d.title} | {d.body[:160]}")
    m = metrics.multilabel(gold_all, pred_all, ISSUE_CODES)
    mi = m["micro"]
    print(f"pooled: F1 {mi['f1']:.4f} P {mi['precision']:.3f} R {mi['recall']:.3f}")
    if args.per_code:
        for code in ISSUE_CODES:
            c = m[code]
            print(f"  {code:20s} P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f} n {c['support']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
