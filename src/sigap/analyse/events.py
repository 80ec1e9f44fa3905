"""Group items that report the same happening into events.

Two kinds of evidence, joined with a union-find:
- near-duplicates: MinHash signatures of each item's content words (title + lead, dateline and stop
  words removed) bucketed by LSH bands; bucket members are verified by their word overlap;
- rewritten versions by different outlets: items that share a unit, are published within the window,
  share an issue (and a grave one when both carry one) and share enough weighted content words.
Candidates come only from LSH buckets and from per-unit time-sorted neighbours, never from all pairs, so
40,000 items cluster in seconds. Word weights are inverse document frequencies of the batch (or of the
index), so "lapas", "napi" and "kabur" count for little and "lambaro" or "113" for a lot.
An event id is "e-" + a short hash of the id of the cluster's earliest member (by time, then id).
"""

from __future__ import annotations

import hashlib
import math
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from sigap.analyse.event_text import content_words

GRAVE = frozenset({"pelarian", "kerusuhan", "kematian", "kekerasan", "narkoba", "pungli_suap", "penipuan",
                   "pelanggaran_petugas", "barang_terlarang"})
NUM_HASHES, BAND_ROWS = 32, 2
_PRIME = (1 << 31) - 1
_RNG = np.random.default_rng(20240601)
_A = _RNG.integers(1, _PRIME, NUM_HASHES, dtype=np.uint64)
_B = _RNG.integers(0, _PRIME, NUM_HASHES, dtype=np.uint64)
MAX_NEIGHBOURS = 12  # comparisons per item inside one bucket or unit block
NEAR_DUP = 0.55  # weighted overlap that makes two items copies of one story, whatever their units
SAME_UNIT = 0.22  # weighted overlap enough for two items on the same unit(s) within the window
NO_UNIT = 0.40  # weighted overlap needed when the items share no unit


@dataclass(frozen=True)
class EventDoc:
    id: str
    title: str
    text: str = ""
    published: datetime | None = None
    units: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    source: str | None = None


@dataclass(frozen=True)
class _Doc:
    doc: EventDoc
    words: frozenset[str]
    stamp: float | None


def _prepare(doc: EventDoc) -> _Doc:
    stamp = doc.published.timestamp() if doc.published is not None else None
    return _Doc(doc, frozenset(content_words(doc.title, doc.text)), stamp)


def _signatures(docs: Sequence[_Doc]) -> np.ndarray:
    """MinHash signatures (docs × NUM_HASHES) of the content-word sets, computed in chunks."""
    out = np.full((len(docs), NUM_HASHES), _PRIME, dtype=np.uint64)
    for lo in range(0, len(docs), 4096):
        chunk = docs[lo:lo + 4096]
        hashes = [np.fromiter((zlib.crc32(w.encode()) for w in d.words), np.uint64, len(d.words)) for d in chunk]
        sizes = np.array([len(h) for h in hashes])
        if not sizes.sum():
            continue
        flat = np.concatenate([h for h in hashes if len(h)])
        mixed = (flat[None, :] * _A[:, None] + _B[:, None]) % _PRIME
        starts = np.concatenate(([0], np.cumsum(sizes[sizes > 0])[:-1]))
        rows = np.flatnonzero(sizes > 0) + lo
        out[rows] = np.minimum.reduceat(mixed, starts, axis=1).T
    return out


def _band_keys(signature: np.ndarray) -> list[bytes]:
    return [bytes([band]) + signature[band * BAND_ROWS:(band + 1) * BAND_ROWS].tobytes()
            for band in range(NUM_HASHES // BAND_ROWS)]


class _Weights:
    """Inverse document frequencies of content words, kept up to date as documents are added."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0

    def add(self, words: Iterable[str]) -> None:
        self.df.update(words)
        self.n += 1

    def idf(self, word: str) -> float:
        return math.log((self.n + 1) / (self.df.get(word, 0) + 1)) + 1.0

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Weighted Jaccard of two word sets."""
        shared = sum(self.idf(w) for w in a & b)
        if not shared:
            return 0.0
        return shared / sum(self.idf(w) for w in a | b)


def _close(a: _Doc, b: _Doc, window: float) -> bool | None:
    """True/False when both are dated, None when either date is unknown."""
    if a.stamp is None or b.stamp is None:
        return None
    return abs(a.stamp - b.stamp) <= window


def _issues_agree(a: EventDoc, b: EventDoc) -> bool:
    if not a.issues or not b.issues:
        return True
    grave_a, grave_b = GRAVE & set(a.issues), GRAVE & set(b.issues)
    if grave_a and grave_b:
        return bool(grave_a & grave_b)
    return bool(set(a.issues) & set(b.issues)) or not (grave_a or grave_b)


def same_event(a: _Doc, b: _Doc, weights: _Weights, window: float) -> bool:
    """The pair decision shared by batch clustering and the incremental index."""
    close = _close(a, b, window)
    if close is False and not _close(a, b, window * 4):
        return False
    score = weights.overlap(a.words, b.words)
    if score >= NEAR_DUP and close is not False:
        return True
    if close is not True or not _issues_agree(a.doc, b.doc):
        return False
    shared_unit = bool(set(a.doc.units) & set(b.doc.units))
    if a.doc.units and b.doc.units and not shared_unit:
        return False
    return score >= (SAME_UNIT if shared_unit else NO_UNIT)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _order_key(doc: _Doc) -> tuple[float, str]:
    return (doc.stamp if doc.stamp is not None else math.inf, doc.doc.id)


def _candidates(docs: Sequence[_Doc], signatures: np.ndarray) -> Iterable[tuple[int, int]]:
    """Pairs worth checking: neighbours inside LSH buckets and inside per-unit blocks, in time order."""
    blocks: dict[object, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        if doc.words:
            for key in _band_keys(signatures[i]):
                blocks[key].append(i)
        for unit in doc.doc.units:
            blocks[unit].append(i)
    for members in blocks.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: _order_key(docs[i]))
        for pos, i in enumerate(members):
            for j in members[max(0, pos - MAX_NEIGHBOURS):pos]:
                yield j, i


def event_id(doc_id: str) -> str:
    return "e-" + hashlib.blake2b(doc_id.encode(), digest_size=5).hexdigest()


def cluster_events(docs: Sequence[EventDoc], *, window_hours: float = 72) -> list[str]:
    """One event id per doc, equal for docs that report the same happening."""
    prepared = [_prepare(d) for d in docs]
    weights = _Weights()
    for doc in prepared:
        weights.add(doc.words)
    window = window_hours * 3600
    groups = _UnionFind(len(prepared))
    checked: set[tuple[int, int]] = set()
    for i, j in _candidates(prepared, _signatures(prepared)):
        pair = (min(i, j), max(i, j))
        if pair in checked or groups.find(i) == groups.find(j):
            continue
        checked.add(pair)
        if same_event(prepared[i], prepared[j], weights, window):
            groups.union(i, j)
    earliest: dict[int, _Doc] = {}
    for i, doc in enumerate(prepared):
        root = groups.find(i)
        if root not in earliest or _order_key(doc) < _order_key(earliest[root]):
            earliest[root] = doc
    return [event_id(earliest[groups.find(i)].doc.id) for i in range(len(prepared))]


class EventIndex:
    """Stored items of the last days with their event ids; `assign` finds the event a new item joins."""

    def __init__(self, *, window_hours: float = 72) -> None:
        self.window = window_hours * 3600
        self.weights = _Weights()
        self._docs: list[_Doc] = []
        self._events: list[str] = []
        self._blocks: dict[object, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self._docs)

    def add(self, doc: EventDoc, event: str) -> None:
        prepared = _prepare(doc)
        index = len(self._docs)
        self._docs.append(prepared)
        self._events.append(event)
        self.weights.add(prepared.words)
        for key in self._keys(prepared):
            self._blocks[key].append(index)

    def assign(self, doc: EventDoc) -> str | None:
        """The event id of the best-matching stored item, or None when the doc starts a new event."""
        prepared = _prepare(doc)
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        for key in self._keys(prepared):
            for index in self._blocks.get(key, [])[-4 * MAX_NEIGHBOURS:]:
                if index in seen:
                    continue
                seen.add(index)
                other = self._docs[index]
                if same_event(prepared, other, self.weights, self.window):
                    score = self.weights.overlap(prepared.words, other.words)
                    if best is None or score > best[0]:
                        best = (score, index)
        return None if best is None else self._events[best[1]]

    @staticmethod
    def _keys(doc: _Doc) -> list[object]:
        keys: list[object] = list(doc.doc.units)
        if doc.words:
            keys.extend(_band_keys(_signatures([doc])[0]))
        return keys
