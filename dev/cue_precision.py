"""Precision of the issue cue rules on the project's own labelled set and on the shared real news.

    .venv/bin/python dev/cue_precision.py [--code CODE] [--show]

For each code, how often `rule_issues` names it on relevant items and how often the gold labels agree,
on both sets; `--show` lists the wrong hits of `--code`. A cue rule is kept only with precision ≥ 0.85 on
the project's set (the shared set's figure is optimistic when a cue was read off its misses).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from sigap.analyse.rules import rule_issues
from sigap.analyse.train import project_files, read_jsonl, standardise, to_docs
from sigap.taxonomy import ISSUE_CODES

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from train_from_shared import SHARED


def tally(records: list[dict[str, Any]], show: str | None, name: str) -> dict[str, tuple[int, int]]:
    docs = to_docs(records)
    hits: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for rec, doc in zip(records, docs, strict=True):
        if not rec["relevant"]:
            continue
        for code in rule_issues(doc):
            hits[code] += 1
            right[code] += code in rec["issues"]
            if show == code and code not in rec["issues"]:
                print(f"  [{name}] wrong {rec['id']} gold={rec['issues']} | {doc.title} | {doc.body[:140]}")
    return {c: (right[c], hits[c]) for c in hits}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    project = [standardise(r) for p in project_files() for r in read_jsonl(p)]
    shared = [standardise(r) for r in read_jsonl(SHARED)]
    show = args.code if args.show else None
    own, real = tally(project, show, "project"), tally(shared, show, "shared")
    for code in ISSUE_CODES:
        if args.code and code != args.code:
            continue
        a, b = own.get(code, (0, 0)), real.get(code, (0, 0))
        print(f"{code:20s} project {a[0]}/{a[1]} = {a[0] / max(a[1], 1):.3f}   "
              f"shared {b[0]}/{b[1]} = {b[0] / max(b[1], 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
