"""Event clustering by batch size: random batches of the labelled news, pairwise P/R/F1 pooled over draws.

    .venv/bin/python dev/eval_event_batches.py [--data PATH] [--sizes 50,100,200,400,0] [--draws 40]
                                                [--issues predicted|gold|none] [--index]

Every item goes through the analyser once, as `sigap analyse` receives it (see eval_units_events.py);
units and issues are per item, so a batch is the analyser's documents of the sampled items. Each size
(0 = all items) is drawn several times, `--draws` for 200 items and proportionally more for smaller batches
(one draw for all items), with seeded random samples, so code versions are compared on the same batches.
Scores count pairs inside each batch: true, false and missed same-event pairs are summed over the draws of
a size. Small batches keep few same-event pairs (few gold events have two members in a sample of 50), so
compare versions per size, not sizes with each other. "all_items_clustered" scores the same pairs as
clustered with all items at once: the gap to it is mostly pairs that the full set joins only through a
third report the batch lacks, which no weighting can recover.
With `--index`, each batch is also fed one item at a time in time order through `EventIndex` (assign,
then add under the assigned or a new id), as the database path sees items arriving.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

from eval_units_events import DEFAULT_DATA, event_docs, load, pairs_of, prf

from sigap.analyse.events import EventDoc, EventIndex, cluster_events, event_id
from sigap.analyse.pipeline import Analyser


def index_events(docs: list[EventDoc]) -> list[str]:
    """Event ids from feeding the docs one at a time, oldest first, through an EventIndex."""
    order = sorted(range(len(docs)), key=lambda k: (docs[k].published is None, docs[k].published or 0, docs[k].id))
    index, out = EventIndex(), [""] * len(docs)
    for k in order:
        out[k] = index.assign(docs[k]) or event_id(docs[k].id)
        index.add(docs[k], out[k])
    return out


def score(batches: list[list[int]], docs: list[EventDoc], gold: list[str], *, incremental: bool = False,
          full: list[str] | None = None) -> dict[str, object]:
    tp = fp = fn = gold_n = 0
    for batch in batches:
        chosen = [docs[k] for k in batch]
        if full is not None:
            predicted = [full[k] for k in batch]
        else:
            predicted = index_events(chosen) if incremental else cluster_events(chosen)
        gold_pairs = pairs_of(enumerate(gold[k] for k in batch))
        pred_pairs = pairs_of(enumerate(predicted))
        tp, fp = tp + len(gold_pairs & pred_pairs), fp + len(pred_pairs - gold_pairs)
        fn, gold_n = fn + len(gold_pairs - pred_pairs), gold_n + len(gold_pairs)
    return {**prf(tp, fp, fn), "gold_pairs": gold_n}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sizes", default="50,100,200,400,0")
    parser.add_argument("--draws", type=int, default=40, help="draws of 200 items; 50 items get 4x as many")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--issues", default="predicted", choices=("predicted", "gold", "none"))
    parser.add_argument("--index", action="store_true", help="also score the incremental EventIndex path")
    args = parser.parse_args(argv)
    rows = load(args.data)
    docs = event_docs(rows, Analyser.load(), issues=args.issues)
    gold = [str(r.get("event") or "") or f"single-{i}" for i, r in enumerate(rows)]
    report: dict[str, object] = {"items": len(rows), "draws": args.draws, "seed": args.seed}
    started = time.perf_counter()
    full = cluster_events(docs)
    for size in (int(s) for s in args.sizes.split(",")):
        size = size if 0 < size < len(rows) else len(rows)
        rng = random.Random(f"{args.seed}-{size}")
        draws = 1 if size == len(rows) else max(5, round(args.draws * 200 / size))
        batches = [sorted(rng.sample(range(len(rows)), size)) for _ in range(draws)]
        entry: dict[str, object] = {"draws": draws, "batch": score(batches, docs, gold),
                                    "all_items_clustered": score(batches, docs, gold, full=full)}
        if args.index:
            entry["index"] = score(batches, docs, gold, incremental=True)
        report[str(size)] = entry
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
