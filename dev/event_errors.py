"""List the event clustering errors on the labelled news, grouped, with what the pair rule saw.

    .venv/bin/python dev/event_errors.py [--data PATH] [--issues predicted|gold|none] [--max N]

Missed pairs (FN) are grouped by gold event: for each gold event split into several predicted clusters,
the clusters and, for the closest cross pair, the time gap, shared units, issues, weighted Jaccard and
containment, and the rarest shared words. False merges (FP) are grouped by predicted cluster: the gold
events (or singletons) a cluster joined. Use it to read what the rules miss; nothing here is tuned per item.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from eval_units_events import DEFAULT_DATA, event_docs, load, pairs_of, prf

from sigap.analyse.events import _gap, _prepare, _Weights, cluster_events
from sigap.analyse.pipeline import Analyser


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--issues", default="none", choices=("predicted", "gold", "none"))
    parser.add_argument("--max", type=int, default=200, help="groups listed per kind")
    args = parser.parse_args(argv)
    rows = load(args.data)
    docs = event_docs(rows, Analyser.load(), issues=args.issues)
    predicted = cluster_events(docs)
    gold = [str(r.get("event") or "") or f"single-{i}" for i, r in enumerate(rows)]
    prepared = [_prepare(d) for d in docs]
    weights = _Weights()
    for p in prepared:
        weights.add(p.words)

    def describe(a: int, b: int) -> str:
        gap = _gap(prepared[a], prepared[b])
        jac, con = weights.overlap(prepared[a].words, prepared[b].words)
        shared = sorted(prepared[a].words & prepared[b].words, key=weights.idf, reverse=True)[:8]
        units = sorted(set(docs[a].units) & set(docs[b].units))
        return (f"gap={'?' if gap is None else f'{gap / 86400:.0f}d'} units={units or '-'} "
                f"[{','.join(docs[a].units) or '-'}|{','.join(docs[b].units) or '-'}] "
                f"iss={'/'.join(docs[a].issues)}|{'/'.join(docs[b].issues)} jac={jac:.2f} con={con:.2f} "
                f"shared={shared}")

    def line(k: int) -> str:
        r = rows[k]
        return f"    {r['id']} {r.get('published') or '?':10} {str(r.get('title') or '')[:90]!r}"

    gold_pairs, pred_pairs = pairs_of(enumerate(gold)), pairs_of(enumerate(predicted))
    fn, fp = gold_pairs - pred_pairs, pred_pairs - gold_pairs
    print(prf(len(gold_pairs & pred_pairs), len(fp), len(fn)))
    by_gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, b in fn:
        by_gold[gold[a]].append((a, b))
    print(f"== missed pairs: {len(fn)} in {len(by_gold)} gold events ==")
    for event, pairs in sorted(by_gold.items(), key=lambda kv: -len(kv[1]))[:args.max]:
        members = [k for k, g in enumerate(gold) if g == event]
        clusters: dict[str, list[int]] = defaultdict(list)
        for k in members:
            clusters[predicted[k]].append(k)
        print(f"-- {event}: {len(pairs)} missed pairs, {len(members)} items in {len(clusters)} clusters")
        for ks in clusters.values():
            print("  cluster:")
            for k in ks:
                print(line(k))
        a, b = max(pairs, key=lambda p: weights.overlap(prepared[p[0]].words, prepared[p[1]].words)[1])
        print(f"  closest {rows[a]['id']}~{rows[b]['id']}: {describe(a, b)}")
    by_pred: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for a, b in fp:
        by_pred[predicted[a]].append((a, b))
    print(f"== false pairs: {len(fp)} in {len(by_pred)} predicted clusters ==")
    for _, pairs in sorted(by_pred.items(), key=lambda kv: -len(kv[1]))[:args.max]:
        members = sorted({k for p in pairs for k in p})
        print(f"-- {len(pairs)} false pairs")
        for k in members:
            print(f"{line(k)} gold={gold[k]}")
        for a, b in pairs[:3]:
            print(f"  {rows[a]['id']}~{rows[b]['id']}: {describe(a, b)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
