"""Metric arithmetic for `sigap model evaluate` and the dev scripts: plain Python, no model needed."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import Any


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def per_class(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Per-class precision/recall/F1 (+support), macro-F1 and accuracy of single-label predictions."""
    out: dict[str, Any] = {}
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        out[label] = {**prf(tp, fp, fn), "support": tp + fn}
    out["macro_f1"] = round(sum(out[x]["f1"] for x in labels) / len(labels), 4) if labels else 0.0
    out["accuracy"] = round(sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold), 4) if gold else 0.0
    return out


def multilabel(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]], labels: Sequence[str],
               exclude: Sequence[str] = ("lainnya",)) -> dict[str, Any]:
    """Per-label PRF and micro-F1 over the labels not in `exclude`."""
    out: dict[str, Any] = {}
    total = [0, 0, 0]
    for label in labels:
        tp = sum(label in g and label in p for g, p in zip(gold, pred, strict=True))
        fp = sum(label not in g and label in p for g, p in zip(gold, pred, strict=True))
        fn = sum(label in g and label not in p for g, p in zip(gold, pred, strict=True))
        out[label] = {**prf(tp, fp, fn), "support": tp + fn}
        if label not in exclude:
            total = [total[0] + tp, total[1] + fp, total[2] + fn]
    out["micro"] = prf(*total)
    return out


def set_f1(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, float]:
    """Micro precision/recall/F1 of predicted sets (e.g. linked units) against gold sets."""
    tp = sum(len(set(g) & set(p)) for g, p in zip(gold, pred, strict=True))
    fp = sum(len(set(p) - set(g)) for g, p in zip(gold, pred, strict=True))
    fn = sum(len(set(g) - set(p)) for g, p in zip(gold, pred, strict=True))
    return prf(tp, fp, fn)


def within_one(gold: Sequence[int], pred: Sequence[int]) -> dict[str, float]:
    if not gold:
        return {"exact": 0.0, "within_one": 0.0}
    exact = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    near = sum(abs(g - p) <= 1 for g, p in zip(gold, pred, strict=True)) / len(gold)
    return {"exact": round(exact, 4), "within_one": round(near, 4)}


def pairwise_events(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    """Pairwise clustering F1: a pair is positive when both items share an event.

    Empty gold events are singletons (they pair with nothing).
    """
    tp = fp = fn = 0
    for i, j in combinations(range(len(gold)), 2):
        same_gold = bool(gold[i]) and gold[i] == gold[j]
        same_pred = bool(pred[i]) and pred[i] == pred[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return prf(tp, fp, fn)
