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
FOLLOW_UP = 5  # follow-ups on the same unit and grave issue join within this many windows
NEAR_DUP = 0.5  # weighted Jaccard that makes two items copies of one story
SAME_UNIT = 0.2  # weighted containment enough for two items on the same unit within the window
FOLLOW_UP_MIN = 0.15  # ... and for a follow-up on the same unit and grave issue
NO_UNIT = 0.4  # weighted containment needed when the items share no unit
MAX_DF, COMMON_SHARE = 20, 0.01  # words in more documents than this do not seed LSH buckets
UNDATED = 0.35  # weighted containment for same unit and grave issue when a date is unknown


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


def _signatures(word_lists: Sequence[list[str]]) -> np.ndarray:
    """MinHash signatures (docs × NUM_HASHES) of word sets, computed in chunks; all-empty rows stay _PRIME."""
    out = np.full((len(word_lists), NUM_HASHES), _PRIME, dtype=np.uint64)
    for lo in range(0, len(word_lists), 4096):
        chunk = word_lists[lo:lo + 4096]
        hashes = [np.fromiter((zlib.crc32(w.encode()) for w in words), np.uint64, len(words)) for words in chunk]
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
        self._idf: dict[str, float] = {}
        self._totals: dict[frozenset[str], float] = {}
        self._cached_n = 0

    def add(self, words: Iterable[str]) -> None:
        self.df.update(words)
        self.n += 1
        if self.n > 1.1 * self._cached_n + 10:  # weights drift slowly: refresh the caches now and then
            self._idf.clear()
            self._totals.clear()
            self._cached_n = self.n

    def idf(self, word: str) -> float:
        value = self._idf.get(word)
        if value is None:
            value = self._idf[word] = math.log((self.n + 1) / (self.df.get(word, 0) + 1)) + 1.0
        return value

    def total(self, words: frozenset[str]) -> float:
        value = self._totals.get(words)
        if value is None:
            value = self._totals[words] = sum(map(self.idf, words))
        return value

    def informative(self, words: Iterable[str]) -> list[str]:
        """Words rare enough to seed LSH buckets (common ones make every bucket huge)."""
        limit = max(MAX_DF, COMMON_SHARE * self.n)
        return [w for w in words if self.df.get(w, 0) <= limit]

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
        """Weighted Jaccard and weighted containment (shared weight over the smaller set's) of two sets."""
        common = a & b
        if not common:
            return 0.0, 0.0
        shared = sum(map(self.idf, common))
        weight_a, weight_b = self.total(a), self.total(b)
        return shared / (weight_a + weight_b - shared), shared / min(weight_a, weight_b)


def _gap(a: _Doc, b: _Doc) -> float | None:
    """Seconds between two docs, None when either date is unknown."""
    if a.stamp is None or b.stamp is None:
        return None
    return abs(a.stamp - b.stamp)


def _issues_agree(a: EventDoc, b: EventDoc) -> bool:
    if not a.issues or not b.issues:
        return True
    grave_a, grave_b = GRAVE & set(a.issues), GRAVE & set(b.issues)
    if grave_a and grave_b:
        return bool(grave_a & grave_b)
    return bool(set(a.issues) & set(b.issues)) or not (grave_a or grave_b)


def same_event(a: _Doc, b: _Doc, weights: _Weights, window: float) -> bool:
    """The pair decision shared by batch clustering and the incremental index."""
    gap = _gap(a, b)
    if gap is not None and gap > window * FOLLOW_UP:
        return False
    jaccard, containment = weights.overlap(a.words, b.words)
    if jaccard >= NEAR_DUP:
        return True
    if not _issues_agree(a.doc, b.doc):
        return False
    if set(a.doc.units) & set(b.doc.units):
        grave = bool(GRAVE & set(a.doc.issues) & set(b.doc.issues))
        if gap is not None and gap <= window:
            return containment >= SAME_UNIT
        return grave and containment >= (FOLLOW_UP_MIN if gap is not None else UNDATED)
    if a.doc.units and b.doc.units:
        return False
    return gap is not None and gap <= window and containment >= NO_UNIT


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


def _candidates(docs: Sequence[_Doc], signatures: np.ndarray,
                horizon: float) -> Iterable[tuple[int, int]]:
    """Pairs worth checking: neighbours inside LSH buckets and inside per-unit blocks, in time order."""
    blocks: dict[object, list[int]] = defaultdict(list)
    for i, doc in enumerate(docs):
        if signatures[i, 0] != _PRIME:
            for key in _band_keys(signatures[i]):
                blocks[key].append(i)
        for unit in doc.doc.units:
            blocks[unit].append(i)
    for members in blocks.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: _order_key(docs[i]))
        for pos, i in enumerate(members):
            stamp = docs[i].stamp
            for j in reversed(members[max(0, pos - MAX_NEIGHBOURS):pos]):
                other = docs[j].stamp
                if stamp is not None and other is not None and stamp - other > horizon:
                    break
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
    signatures = _signatures([weights.informative(d.words) for d in prepared])
    for i, j in _candidates(prepared, signatures, window * FOLLOW_UP):
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
                    score = self.weights.overlap(prepared.words, other.words)[1]
                    if best is None or score > best[0]:
                        best = (score, index)
        return None if best is None else self._events[best[1]]

    def _keys(self, doc: _Doc) -> list[object]:
        keys: list[object] = list(doc.doc.units)
        signature = _signatures([self.weights.informative(doc.words)])[0]
        if signature[0] != _PRIME:
            keys.extend(_band_keys(signature))
        return keys
