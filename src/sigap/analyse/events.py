"""Group items that report the same happening into events.

Three kinds of evidence, joined into connected groups:
- near-duplicates: MinHash signatures of each item's content words (title + lead, dateline and stop
  words removed) bucketed by LSH bands; bucket members are verified by their word overlap;
- rewritten versions by different outlets: items that share a unit, are published within the window,
  share an issue (and a grave one when both carry one) and share enough weighted content words; items
  that do not both name a unit need more overlap, or less when they share two distinctive words;
- long-running stories: reports of one unit (or of none) up to LONG_RUN apart that share three
  distinctive words (rare in the batch and the background, not the unit's name: people, agencies, case numbers).
Candidates come only from LSH buckets, per-unit, per-page and rare-word time-sorted neighbours, never from
all pairs; pairs beyond the follow-up horizon come only from blocks of distinctive words.
`cluster_events` builds the candidates and applies the pair rule to all of them at once with numpy and
scipy sparse rows, then takes connected components, so 40,000 items cluster in about 3 s; `EventIndex`
applies the same rule (`same_event`) one pair at a time. Word weights are inverse document frequencies of
the batch (or of the index) plus a background table (data/event_df.tsv: the project's own labelled items and
openly licensed general news, counted as BACKGROUND_DOCS documents), so "lapas", "napi" and "kabur" count for
little and "lambaro" or "113" for a lot even in a batch of 20 items, and the distinctive-word rules work there.
An event id is "e-" + a short hash of the id of the cluster's earliest member (by time, then id).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources
from itertools import chain, count
from urllib.parse import urlsplit

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix, diags
from scipy.sparse.csgraph import connected_components

from sigap.analyse.event_text import band_keys, content_words, signatures, word_hashes

GRAVE = frozenset({"pelarian", "kerusuhan", "kematian", "kekerasan", "narkoba", "pungli_suap", "penipuan",
                   "pelanggaran_petugas", "barang_terlarang"})
MAX_NEIGHBOURS = 12  # comparisons per item inside one bucket or unit block
FOLLOW_UP = 5  # follow-ups on the same unit and grave issue join within this many windows
NEAR_DUP = 0.5  # weighted Jaccard that makes two items copies of one story
SAME_UNIT = 0.2  # weighted containment enough for two items on the same unit within the window
FOLLOW_UP_MIN = 0.15  # ... and for a follow-up on the same unit and grave issue
NO_UNIT = 0.4  # weighted containment needed when the items share no unit
NO_UNIT_NAMED, NO_UNIT_SHARED = 0.3, 2  # ... or this much when they share 2 distinctive words (names, numbers)
MAX_DF, COMMON_SHARE = 20, 0.01  # words in more documents than this do not seed LSH buckets
DISAGREE_UNIT = 0.5  # weighted containment for the same unit within the window when the issues disagree
RARE_WORD = 4  # a word in 2..RARE_WORD documents of the batch makes its documents candidates
# A long-running story (an inquiry, a case reported over months) is followed up to LONG_RUN apart when two
# reports of one unit (or two reports naming no unit) share LONG_SHARED distinctive words and weighted
# containment ≥ LONG_MIN. Distinctive: in at most DISTINCT_DF documents of the batch and at most DISTINCT_SHARE
# of the batch and the background together (see below), and no word of the units' names: the names of people
# and agencies, case numbers; never "kabur" or "lapas", nor the unit name every report repeats.
LONG_RUN = 120 * 86400.0
DISTINCT_DF, DISTINCT_SHARE, LONG_SHARED, LONG_MIN = 10, 0.01, 3, 0.5
# Background document frequencies (data/event_df.tsv, dev/build_event_df.py): the share of documents of the
# project's own labelled items ("domain") and of general news headlines and sentences ("general") with each
# word, mixed DOMAIN_SHARE : 1 - DOMAIN_SHARE, count as BACKGROUND_DOCS documents added to every batch. So a
# batch of 50 already knows that "lapas" is common and a person's name rare; a batch of 40,000 barely moves.
BACKGROUND_DOCS, DOMAIN_SHARE = 1000.0, 0.7
NO_ISSUE = frozenset({"lainnya"})
_NOT_THE_PAGE = ("page=", "utm_", "amp", "output=", "fbclid=")  # query parameters that leave the page the same
_PAIR_CHUNK = 200_000  # candidate pairs compared at once (bounds the temporary sparse rows)


@dataclass(frozen=True)
class EventDoc:
    id: str
    title: str
    text: str = ""
    published: datetime | None = None
    units: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    source: str | None = None
    latest: datetime | None = None  # end of the published period when only a month or a year is known
    url: str | None = None  # the page the item was read from


@dataclass(frozen=True)
class _Doc:
    doc: EventDoc
    words: frozenset[str]
    stamp: float | None
    until: float | None  # latest possible publication time; equal to `stamp` for an exact date
    names: frozenset[str] = frozenset()  # content words of the names of the doc's units


def _span(doc: EventDoc) -> tuple[float, float]:
    """(earliest, latest) publication time in seconds; NaN for an undated doc."""
    if doc.published is None:
        return math.nan, math.nan
    start = doc.published.timestamp()
    return start, max(start, doc.latest.timestamp()) if doc.latest is not None else start


def _prepare(doc: EventDoc) -> _Doc:
    start, end = _span(doc)
    dated = not math.isnan(start)
    names = frozenset(chain.from_iterable(map(content_words, doc.units)))
    return _Doc(doc, frozenset(content_words(doc.title, doc.text)), start if dated else None,
                end if dated else None, names)


@cache
def background() -> dict[str, float]:
    """Word → background share of documents with it (loaded once; words missing from the table count 0)."""
    raw = resources.files("sigap.analyse.data").joinpath("event_df.tsv").read_text(encoding="utf-8")
    fields = raw[raw.index("\ndocs\t") + 1:].split()  # "docs", then word, domain count, general count per line
    domain, general = np.array(fields[1::3], dtype=float), np.array(fields[2::3], dtype=float)
    shares = (domain[1:] * (DOMAIN_SHARE / max(domain[0], 1.0))
              + general[1:] * ((1 - DOMAIN_SHARE) / max(general[0], 1.0)))
    return dict(zip(fields[3::3], shares.tolist(), strict=True))


def background_docs(words: Sequence[str]) -> np.ndarray:
    """How many of the BACKGROUND_DOCS pseudo-documents have each word."""
    shares = background()
    return BACKGROUND_DOCS * np.fromiter(map(shares.get, words, [0.0] * len(words)), float, len(words))


def idf(df: np.ndarray, prior: np.ndarray, n: int) -> np.ndarray:
    """Inverse document frequency over the batch's `n` documents plus the background's."""
    return np.log((n + BACKGROUND_DOCS + 1) / (df + prior + 1)) + 1.0


def distinctive(df: np.ndarray, prior: np.ndarray, n: int) -> np.ndarray:
    """Words rare in the batch (≤ DISTINCT_DF documents) and in batch + background (≤ DISTINCT_SHARE of them)."""
    return (df <= DISTINCT_DF) & (df + prior <= DISTINCT_SHARE * (n + BACKGROUND_DOCS))


class _Weights:
    """Inverse document frequencies of content words, kept up to date as documents are added."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0
        self._idf: dict[str, float] = {}
        self._totals: dict[frozenset[str], float] = {}
        self._cached_n = 0
        self._background = background()

    def add(self, words: Iterable[str]) -> None:
        self.df.update(words)
        self.n += 1
        if self.n > 1.1 * self._cached_n + 10:  # weights drift slowly: refresh the caches now and then
            self._idf.clear()
            self._totals.clear()
            self._cached_n = self.n

    def prior(self, word: str) -> float:
        return BACKGROUND_DOCS * self._background.get(word, 0.0)

    def idf(self, word: str) -> float:
        value = self._idf.get(word)
        if value is None:
            df = self.df.get(word, 0) + self.prior(word)  # as `idf`, one word at a time
            value = self._idf[word] = math.log((self.n + BACKGROUND_DOCS + 1) / (df + 1)) + 1.0
        return value

    def distinctive(self, word: str) -> bool:
        df = self.df.get(word, 0)
        return df <= DISTINCT_DF and df + self.prior(word) <= DISTINCT_SHARE * (self.n + BACKGROUND_DOCS)

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
    """Seconds between the publication periods of two docs (0 when they overlap), None when a date is unknown."""
    if a.stamp is None or b.stamp is None or a.until is None or b.until is None:
        return None
    return max(0.0, b.stamp - a.until, a.stamp - b.until)


def _known_issues(issues: Iterable[str]) -> set[str]:
    """Issues that say what happened; "lainnya" (nothing recognised) is no evidence either way."""
    return set(issues) - NO_ISSUE


def _issues_agree(a: EventDoc, b: EventDoc) -> bool:
    issues_a, issues_b = _known_issues(a.issues), _known_issues(b.issues)
    if not issues_a or not issues_b:
        return True
    grave_a, grave_b = GRAVE & issues_a, GRAVE & issues_b
    if grave_a and grave_b:
        return bool(grave_a & grave_b)
    return bool(issues_a & issues_b) or not (grave_a or grave_b)


def page_key(url: str | None) -> str:
    """The page a URL points to: no scheme, "www.", fragment, paging or tracking parameters; "" for no URL."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    query = "&".join(sorted(q for q in parts.query.split("&") if q and not q.lower().startswith(_NOT_THE_PAGE)))
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{query}" if query else "")


def _quoted(a: EventDoc, b: EventDoc) -> bool:
    """A headline-less item read from the same page as another is a post quoted by (or beside) that story."""
    return (not a.title.strip() or not b.title.strip()) and page_key(a.url) != "" and page_key(a.url) == page_key(b.url)


def _long_run(a: _Doc, b: _Doc, weights: _Weights, gap: float | None, containment: float) -> bool:
    """Two reports of one long-running story: same unit (or none), strong overlap in distinctive words."""
    if gap is None or gap > LONG_RUN or containment < LONG_MIN:
        return False
    if (a.doc.units or b.doc.units) and not set(a.doc.units) & set(b.doc.units):
        return False
    return _distinct_shared(a, b, weights) >= LONG_SHARED


def _distinct_shared(a: _Doc, b: _Doc, weights: _Weights) -> int:
    """How many distinctive words (rare in the batch and the background, not in the units' names) two docs share."""
    names = a.names | b.names
    return sum(w not in names and weights.distinctive(w) for w in a.words & b.words)


def same_event(a: _Doc, b: _Doc, weights: _Weights, window: float) -> bool:
    """The pair decision shared by batch clustering and the incremental index."""
    if _quoted(a.doc, b.doc):
        return True
    gap = _gap(a, b)
    jaccard, containment = weights.overlap(a.words, b.words)
    if _long_run(a, b, weights, gap, containment):
        return True
    if gap is not None and gap > window * FOLLOW_UP:
        return False
    if a.doc.units and b.doc.units and not set(a.doc.units) & set(b.doc.units):
        return False  # one template, two units (press releases, bench copies): two happenings
    if jaccard >= NEAR_DUP:
        return True
    in_window = gap is not None and gap <= window
    if not _issues_agree(a.doc, b.doc):  # predicted issues err: only a close report of one unit overrides them
        return in_window and bool(set(a.doc.units) & set(b.doc.units)) and containment >= DISAGREE_UNIT
    if set(a.doc.units) & set(b.doc.units):
        grave = bool(GRAVE & set(a.doc.issues) & set(b.doc.issues))
        if in_window:
            return containment >= SAME_UNIT
        if gap is None:  # no time anchor: follow-ups at one unit span years, only near-duplicates join
            return False
        return grave and containment >= FOLLOW_UP_MIN
    if a.doc.units and b.doc.units:
        return False
    return in_window and (containment >= NO_UNIT or (
        containment >= NO_UNIT_NAMED and _distinct_shared(a, b, weights) >= NO_UNIT_SHARED))


class _Batch:
    """The documents of one `cluster_events` call as arrays: words, units and issues as sparse rows."""

    def __init__(self, docs: Sequence[EventDoc]) -> None:
        self.n = len(docs)
        vocab: defaultdict[str, int] = defaultdict(count().__next__)  # word → column, numbered on first sight
        word_ids = [list(map(vocab.__getitem__, content_words(d.title, d.text))) for d in docs]
        self.words = _rows(word_ids, len(vocab))
        df = np.bincount(self.words.indices, minlength=self.words.shape[1])  # ≥ 1 column even with no words
        prior = np.zeros(len(df))
        prior[:len(vocab)] = background_docs(list(vocab))
        self.idf = idf(df, prior, self.n)
        self.total = self.words @ self.idf
        self.rare = df <= max(MAX_DF, COMMON_SHARE * self.n)  # words allowed to seed LSH buckets
        self.df = df
        self.hashes = word_hashes(list(vocab))
        spans = np.array([_span(d) for d in docs], dtype=float).reshape(self.n, 2)
        self.stamp, self.until = spans[:, 0], spans[:, 1]  # earliest and latest publication time, NaN if undated
        stamps = np.where(np.isnan(self.stamp), np.inf, self.stamp).tolist()
        order = sorted(range(self.n), key=lambda k: (stamps[k], docs[k].id))
        self.rank = np.empty(self.n, dtype=np.int64)
        self.rank[order] = np.arange(self.n)
        unit_codes: defaultdict[str, int] = defaultdict(count().__next__)
        self.units = _rows([list(map(unit_codes.__getitem__, d.units)) for d in docs], len(unit_codes))
        # distinctive words: rare in the batch and not part of the name of a unit the document is linked to
        name_words = _rows([[vocab[w] for w in content_words(name) if w in vocab] for name in unit_codes],
                           self.words.shape[1])
        rare_words = _columns(self.words, distinctive(df, prior, self.n))
        named = rare_words.multiply(self.units @ name_words) if rare_words.nnz and name_words.nnz else None
        self.distinctive = rare_words if named is None else _rows_of(rare_words - (named > 0))
        self.untitled = np.array([not d.title.strip() for d in docs], dtype=bool)
        # pages matter only to headline-less items; most batches have none, so skip parsing every URL then
        urls = [d.url for d in docs] if self.untitled.any() else [None] * self.n
        self.pages = _coded([[key] if (key := page_key(url)) else [] for url in urls])
        self.issues = _coded([_known_issues(d.issues) for d in docs])
        self.grave = _coded([[i for i in d.issues if i in GRAVE] for d in docs])

    def blocks(self) -> tuple[np.ndarray, np.ndarray]:
        """(block, doc) memberships: one block per LSH band bucket of rare words, one per unit, one per page,
        one per word in 2..RARE_WORD documents."""
        kept = self.rare[self.words.indices]
        row_of = np.repeat(np.arange(self.n), np.diff(self.words.indptr))
        sizes = np.bincount(row_of[kept], minlength=self.n)
        keys = band_keys(signatures(self.hashes[self.words.indices[kept]], sizes))[sizes > 0]
        docs = np.flatnonzero(sizes > 0)
        block_parts, doc_parts, offset = [], [], 0
        for band in range(keys.shape[1]):
            _, inverse = np.unique(keys[:, band], return_inverse=True)
            block_parts.append(inverse + offset)
            doc_parts.append(docs)
            offset += len(docs)
        rare_words = _columns(self.words, (self.df >= 2) & (self.df <= RARE_WORD))
        for labels in (self.units, self.pages, rare_words):
            rows = labels.tocoo()
            block_parts.append(rows.col.astype(np.int64) + offset)
            doc_parts.append(rows.row.astype(np.int64))
            offset += labels.shape[1]
        return np.concatenate(block_parts), np.concatenate(doc_parts)

    def candidates(self, horizon: float) -> tuple[np.ndarray, np.ndarray]:
        """Pairs of up to MAX_NEIGHBOURS time-ordered neighbours inside every block, at most `horizon` apart;
        pairs further apart, up to LONG_RUN, only from blocks of distinctive words (the long-run rule needs them)."""
        near = self._neighbours(*self.blocks(), horizon)
        far = self._neighbours(*_memberships(self.distinctive), LONG_RUN)
        far = far[self._gap(far // max(self.n, 1), far % max(self.n, 1)) > horizon]
        if len(far):
            near = np.concatenate((near, far))
            near.sort()
            near = near[np.concatenate(([True], near[1:] != near[:-1]))]
        return near // max(self.n, 1), near % max(self.n, 1)

    def _gap(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Seconds between the publication periods of pairs (0 when they overlap), NaN when a date is unknown."""
        return np.maximum(0.0, np.maximum(self.stamp[b] - self.until[a], self.stamp[a] - self.until[b]))

    def _neighbours(self, block: np.ndarray, doc: np.ndarray, horizon: float) -> np.ndarray:
        """Pair keys (min * n + max) of up to MAX_NEIGHBOURS time-ordered neighbours inside every block."""
        order = np.lexsort((self.rank[doc], block))
        block, doc = block[order], doc[order]
        keys = [np.zeros(0, dtype=np.int64)]
        for back in range(1, MAX_NEIGHBOURS + 1):
            a, b = doc[:-back], doc[back:]
            near = (block[:-back] == block[back:]) & ~(self.stamp[b] - self.until[a] > horizon)
            keys.append(np.minimum(a, b)[near] * self.n + np.maximum(a, b)[near])
        pairs = np.concatenate(keys)
        pairs.sort()
        return pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs

    def decide(self, a: np.ndarray, b: np.ndarray, window: float) -> np.ndarray:
        """`same_event` for many pairs at once (same rules, vectorised)."""
        gap = self._gap(a, b)
        dated = ~np.isnan(gap)
        shared = _shared(self.words, a, b, self.idf)
        total_a, total_b = self.total[a], self.total[b]
        with np.errstate(divide="ignore", invalid="ignore"):
            jaccard = np.where(shared > 0, shared / (total_a + total_b - shared), 0.0)
            containment = np.where(shared > 0, shared / np.minimum(total_a, total_b), 0.0)
        has_a, has_b = _count(self.issues, a) > 0, _count(self.issues, b) > 0
        grave_a, grave_b = _count(self.grave, a) > 0, _count(self.grave, b) > 0
        grave_shared = _shared(self.grave, a, b) > 0
        agree = ~has_a | ~has_b | np.where(grave_a & grave_b, grave_shared,
                                            (_shared(self.issues, a, b) > 0) | ~(grave_a | grave_b))
        same_unit = _shared(self.units, a, b) > 0
        in_window = dated & (gap <= window)
        follow = dated & grave_shared & (containment >= FOLLOW_UP_MIN)
        units_a, units_b = _count(self.units, a) > 0, _count(self.units, b) > 0
        distinct = _shared(self.distinctive, a, b)
        by_unit = np.where(same_unit, np.where(in_window, containment >= SAME_UNIT, follow),
                           ~(units_a & units_b) & in_window & ((containment >= NO_UNIT) | (
                               (containment >= NO_UNIT_NAMED) & (distinct >= NO_UNIT_SHARED))))
        other_units = units_a & units_b & ~same_unit  # one template, two units: two happenings
        quoted = (self.untitled[a] | self.untitled[b]) & (_shared(self.pages, a, b) > 0)
        overridden = ~agree & same_unit & in_window & (containment >= DISAGREE_UNIT)
        long_run = (same_unit | ~(units_a | units_b)) & dated & (gap <= LONG_RUN) & (containment >= LONG_MIN) & (
            distinct >= LONG_SHARED)
        return quoted | long_run | ~(dated & (gap > window * FOLLOW_UP)) & ~other_units & (
            (jaccard >= NEAR_DUP) | (agree & by_unit) | overridden)


def _coded(values: Sequence[Iterable[str]]) -> csr_matrix:
    """Rows of labels (units, issues) as a binary sparse matrix, one column per distinct label."""
    codes: defaultdict[str, int] = defaultdict(count().__next__)
    return _rows([list(map(codes.__getitem__, row)) for row in values], len(codes))


def _rows(ids: Sequence[Sequence[int]], width: int) -> csr_matrix:
    """A binary sparse matrix with one row per document (repeated ids count once)."""
    sizes = np.fromiter(map(len, ids), np.int64, len(ids))
    columns = np.fromiter(chain.from_iterable(ids), np.int64, int(sizes.sum()))
    rows = np.repeat(np.arange(len(ids)), sizes)
    matrix = coo_matrix((np.ones(len(columns)), (rows, columns)), shape=(len(ids), max(width, 1))).tocsr()
    matrix.data[:] = 1.0  # duplicates were summed
    return matrix


def _columns(rows: csr_matrix, keep: np.ndarray) -> csr_matrix:
    """The rows with only the columns where `keep` is true (the others emptied, shape unchanged)."""
    return _rows_of(rows @ diags(keep.astype(float)))


def _rows_of(matrix: object) -> csr_matrix:
    """A sparse result as csr rows without stored zeros."""
    out = csr_matrix(matrix)
    out.eliminate_zeros()
    return out


def _memberships(rows: csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """(block, doc) pairs of a sparse doc × label matrix: one block per label."""
    coo = rows.tocoo()
    return coo.col.astype(np.int64), coo.row.astype(np.int64)


def _count(rows: csr_matrix, docs: np.ndarray) -> np.ndarray:
    return np.diff(rows.indptr)[docs]


def _shared(rows: csr_matrix, a: np.ndarray, b: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    """Per pair, the (weighted) number of columns both rows have, in chunks to bound memory."""
    out = np.zeros(len(a))
    for lo in range(0, len(a), _PAIR_CHUNK):
        part = slice(lo, lo + _PAIR_CHUNK)
        both = rows[a[part]].multiply(rows[b[part]])
        out[part] = both @ weights if weights is not None else both.sum(axis=1).A1
    return out


def event_id(doc_id: str) -> str:
    return "e-" + hashlib.blake2b(doc_id.encode(), digest_size=5).hexdigest()


def cluster_events(docs: Sequence[EventDoc], *, window_hours: float = 72) -> list[str]:
    """One event id per doc, equal for docs that report the same happening."""
    if not docs:
        return []
    batch = _Batch(docs)
    window = window_hours * 3600
    a, b = batch.candidates(window * FOLLOW_UP)
    keep = batch.decide(a, b, window)
    graph = coo_matrix((np.ones(int(keep.sum())), (a[keep], b[keep])), shape=(batch.n, batch.n))
    count, labels = connected_components(graph, directed=False)
    first = np.full(count, batch.n, dtype=np.int64)
    np.minimum.at(first, labels, batch.rank)
    by_rank = np.argsort(batch.rank)
    ids = [event_id(docs[int(doc)].id) for doc in by_rank[first]]
    return [ids[label] for label in labels.tolist()]


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
        if page := page_key(doc.doc.url):
            keys.append(("page", page))
        words = self.weights.informative(doc.words)
        if words:
            signature = signatures(word_hashes(words), np.array([len(words)]))
            keys.extend(enumerate(band_keys(signature)[0].tolist()))
        return keys
