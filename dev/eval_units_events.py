"""Measure unit linking, province detection and event clustering on the shared labelled news.

    .venv/bin/python dev/eval_units_events.py [--data PATH] [--show-errors N]

Gold units: the `upt` field holds units as written; each written name is mapped to gazetteer names with
the linker itself (the item's gold province as context). Names of other institutions (police cells,
Rutan KPK, Rudenim…) map to no unit. Written names that look like a corrections unit but map to nothing
are reported and, in the "strict" figures, counted as missed units ("units_strict_placed" counts only
those that carry a place word: "Lapas Natuna" is a miss, "Lembaga Pemasyarakatan" names no unit).
Predictions read title + lead only.
Events: the items go through the analyser as `sigap analyse` receives them (title, text = lead, url = the
source page, `published` as labelled, full, month, year or empty) and are clustered from what it gives the
clustering: its units, and its predicted issues (also scored with the gold issues and with none). Gold:
`event` ids; items without one are singletons. Pairwise precision/recall/F1 over all pairs of items, and
over pairs of items with full labelled dates no more than `--window-days` apart.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

from sigap.analyse.events import EventDoc, cluster_events
from sigap.analyse.pipeline import Analyser, InputItem
from sigap.analyse.unit_index import ANCHORS, CLASS_INTRO, CLASS_VALUES, FILLERS, SUBTYPES, tokens
from sigap.analyse.units import UnitLinker
from sigap.gazetteer import default_gazetteer

DEFAULT_DATA = Path("/work/shared/training/news_labelled.jsonl")
# Written names that are not a unit at all ("Kanwil …", "Ditjenpas", "(unnamed)") are ignored by gold.
_GENERIC = {*ANCHORS, *SUBTYPES, *CLASS_INTRO, *CLASS_VALUES, *FILLERS}
_NOT_A_UNIT = ("kanwil", "kantor wilayah", "direktorat", "ditjen", "kemenkumham", "unnamed", "upt ")


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0, 3)}


def _place_words(written: str) -> list[str]:
    return [t for t in tokens(written) if t not in _GENERIC and not t.isdigit() and len(t) > 2]


def _visible(written: str, row: dict[str, object]) -> bool:
    """Whether the written name's place words all occur in title + lead (the gold may come from the body)."""
    seen = set(tokens(f"{row.get('title') or ''} {row.get('lead') or ''}"))
    return all(t in seen for t in _place_words(written))


def gold_units(linker: UnitLinker, row: dict[str, object], *,
               visible_only: bool = False) -> tuple[set[str], list[str]]:
    """Gazetteer names of the written units, and the written names that could not be mapped."""
    names: set[str] = set()
    unresolved: list[str] = []
    context = str(row.get("province") or "").replace(";", " ")
    for value in _strings(row.get("upt")):
        written = str(value)
        if visible_only and not _visible(written, row):
            continue
        result = linker.link(written, context)
        names.update(u.name for u in result.units)
        looks_like_unit = any(t in ANCHORS for t in tokens(written))
        lowered = written.lower()
        if not result.units and looks_like_unit and not result.non_pas and not any(
                marker in lowered for marker in _NOT_A_UNIT):
            unresolved.append(written)
    return names, unresolved


def eval_visible(rows: list[dict[str, object]], linker: UnitLinker, show: int) -> dict[str, float]:
    """Units against the gold names whose place words are visible in title + lead."""
    tp = fp = fn = 0
    shown = 0
    for row in rows:
        gold, _ = gold_units(linker, row, visible_only=True)
        pred = {u.name for u in linker.link(str(row.get("title") or ""), str(row.get("lead") or "")).units}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
        if gold != pred and shown < show:
            shown += 1
            print(f"VISIBLE {row['id']} gold={sorted(gold)} pred={sorted(pred)}", file=sys.stderr)
    return prf(tp, fp, fn)


def eval_units(rows: list[dict[str, object]], linker: UnitLinker, show: int) -> dict[str, object]:
    tp = fp = fn = unresolved_n = placed_n = 0
    ptp = pfp = pfn = 0
    errors: list[str] = []
    unresolved_all: list[str] = []
    for row in rows:
        gold, unresolved = gold_units(linker, row)
        unresolved_n += len(unresolved)
        placed_n += sum(1 for u in unresolved if _place_words(u))
        unresolved_all.extend(f"{row['id']}: {u}" for u in unresolved)
        result = linker.link(str(row.get("title") or ""), str(row.get("lead") or ""))
        pred = {u.name for u in result.units}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
        gold_p = {p.strip() for p in str(row.get("province") or "").split(";") if p.strip()}
        pred_p = set(result.provinces)
        ptp, pfp, pfn = ptp + len(gold_p & pred_p), pfp + len(pred_p - gold_p), pfn + len(gold_p - pred_p)
        if gold != pred and len(errors) < show:
            errors.append(f"{row['id']} gold={sorted(gold)} pred={sorted(pred)} mentions={result.mentions}")
    for line in [*errors, "-- unresolved written names --", *unresolved_all[:show]]:
        print(line, file=sys.stderr)
    return {"units": prf(tp, fp, fn), "units_visible_in_title_lead": eval_visible(rows, linker, show),
            "units_strict": prf(tp, fp, fn + unresolved_n), "units_strict_placed": prf(tp, fp, fn + placed_n),
            "unresolved_written_names": unresolved_n, "unresolved_with_place": placed_n,
            "provinces": prf(ptp, pfp, pfn),
            "non_pas": eval_non_pas(rows, linker)}


def eval_non_pas(rows: list[dict[str, object]], linker: UnitLinker) -> dict[str, float]:
    tp = fp = fn = 0
    for row in rows:
        gold = "NOT_PAS" in str(row.get("notes") or "")
        pred = linker.link(str(row.get("title") or ""), str(row.get("lead") or "")).non_pas
        tp, fp, fn = tp + (gold and pred), fp + (pred and not gold), fn + (gold and not pred)
    return prf(tp, fp, fn)


def event_docs(rows: list[dict[str, object]], analyser: Analyser, *, issues: str) -> list[EventDoc]:
    """What `sigap analyse` gives event clustering for these items, fed as its contract allows.

    Title, text = lead, url = the source page, `published` as labelled (full, month, year or empty); units
    and issues are the analyser's own. `issues` "gold" swaps in the labelled issues, "none" drops them.
    """
    items = [InputItem(id=str(row["id"]), title=str(row.get("title") or ""), text=str(row.get("lead") or ""),
                       url=str(row.get("source") or "") or None, published=str(row.get("published") or "") or None)
             for row in rows]
    _, docs = analyser.analyse_chunk(items)
    if issues == "predicted":
        return docs
    return [replace(doc, issues=tuple(_strings(row.get("issues"))) if issues == "gold" else ())
            for doc, row in zip(docs, rows, strict=True)]


def _full_date(value: object) -> datetime | None:
    """A labelled full date (YYYY-MM-DD); month-only, year-only and empty dates give None."""
    text = str(value or "")
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC) if len(text) == 10 else None
    except ValueError:
        return None


def pairs_of(labels: Iterable[tuple[int, str]]) -> set[tuple[int, int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, label in labels:
        groups[label].append(index)
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


def eval_events(rows: list[dict[str, object]], analyser: Analyser, *, issues: str,
                window_days: float, show: int) -> dict[str, object]:
    docs = event_docs(rows, analyser, issues=issues)
    started = time.perf_counter()
    predicted = cluster_events(docs)
    seconds = time.perf_counter() - started
    gold = [str(r.get("event") or "") or f"single-{i}" for i, r in enumerate(rows)]
    gold_pairs, pred_pairs = pairs_of(enumerate(gold)), pairs_of(enumerate(predicted))
    dates = [_full_date(row.get("published")) for row in rows]

    def near(pair: tuple[int, int]) -> bool:
        a, b = dates[pair[0]], dates[pair[1]]
        return a is not None and b is not None and abs((a - b).total_seconds()) <= window_days * 86400

    wrong = sorted(pred_pairs - gold_pairs)[:show] + sorted(gold_pairs - pred_pairs)[:show]
    for a, b in wrong:
        kind = "FP" if (a, b) in pred_pairs else "FN"
        print(f"{kind} {rows[a]['id']}~{rows[b]['id']} gold={gold[a]}|{gold[b]}", file=sys.stderr)
    all_pairs = prf(len(gold_pairs & pred_pairs), len(pred_pairs - gold_pairs), len(gold_pairs - pred_pairs))
    g_near, p_near = {p for p in gold_pairs if near(p)}, {p for p in pred_pairs if near(p)}
    windowed = prf(len(g_near & p_near), len(p_near - g_near), len(g_near - p_near))
    return {"all_pairs": all_pairs, f"dated_pairs_within_{window_days:g}d": windowed,
            "gold_pairs": len(gold_pairs), "seconds": round(seconds, 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument("--window-days", type=float, default=30)
    parser.add_argument("--model", type=Path, default=None, help="model bundle (default: the packaged one)")
    args = parser.parse_args(argv)
    rows = load(args.data)
    linker = UnitLinker(default_gazetteer())
    analyser = Analyser.load(args.model)
    report: dict[str, object] = {"items": len(rows), **eval_units(rows, linker, args.show_errors)}
    for issues in ("predicted", "gold", "none"):
        report[f"events_{issues}_issues"] = eval_events(rows, analyser, issues=issues, window_days=args.window_days,
                                                        show=args.show_errors if issues == "predicted" else 0)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
