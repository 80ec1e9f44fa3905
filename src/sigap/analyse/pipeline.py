"""The analyser: items in, DESIGN §5 analyses out (relevance, tone, issues, units, severity, event).

    analyser = Analyser.load()
    results = analyser.analyse([InputItem(id="1", title="Napi Lapas Sorong kabur")])

Relevance rule (documented in docs/MODEL-CARD.md): an item is relevant when the relevance model says so,
unless it names another institution's custody (police or KPK cell, immigration detention, court,
foreign prison) and no corrections unit is linked; an item with nothing readable is not relevant. A
not-relevant item is always `netral`, issue `lainnya`, severity 0.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from sigap.analyse.consistency import EVENT_SMOOTHING, Smoothing, smooth_scores
from sigap.analyse.events import EventDoc, cluster_events
from sigap.analyse.features import Doc, lead_of
from sigap.analyse.models import ModelBundle, Scores
from sigap.analyse.normalise import clean, is_readable, normalise, to_text
from sigap.analyse.rules import own_prevention, rule_severity
from sigap.analyse.units import MAX_CHARS as UNIT_CHARS
from sigap.analyse.units import UnitLinker
from sigap.gazetteer import Gazetteer, Unit, default_gazetteer

LINK_CHARS = UNIT_CHARS  # units are read from the title and the start of the text, as far as the linker reads
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
# A date in a URL path, as many outlets write it: /2023/02/04/slug, /read/2023/02/04/..., /2019/06/slug.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(?:([0-3]?\d)/)?")


@dataclass(frozen=True)
class InputItem:
    id: str
    title: str = ""
    text: str = ""
    url: str | None = None
    published: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Basis:
    """What deciding an item again needs, kept until events are known. It crosses from the worker
    processes to the parent with every result, so it holds only small tuples: the severity and tone
    probabilities, the rule's floor for a negatif reading (floors apply to negatif items only, so it holds
    whatever tone the item ends with) and whether the own-prevention rule fired; the model input and
    the issue probabilities only when issues are smoothed too (pickling them cost ~70 µs/item)."""

    severity: tuple[float, ...]
    floor: int | None
    tone: tuple[float, ...] | None = None
    own: bool = False
    doc: Doc | None = None
    issues: np.ndarray | None = None


@dataclass
class AnalysisResult:
    id: str
    relevant: bool
    tone: str
    tone_confidence: float
    issues: list[str]
    units: list[Unit] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)
    severity: int = 0
    event: str | None = None
    model_version: str = ""
    basis: Basis | None = field(default=None, repr=False, compare=False)  # not part of the output

    def as_contract_dict(self) -> dict[str, Any]:
        """The output line of `sigap analyse`, keys in DESIGN §5 order."""
        return {"id": self.id, "relevant": self.relevant, "tone": self.tone,
                "tone_confidence": round(float(self.tone_confidence), 4), "issues": list(self.issues),
                "units": [{"name": u.name, "type": u.type, "province": u.province, "kanwil": u.kanwil}
                          for u in self.units],
                "provinces": list(self.provinces), "severity": int(self.severity), "event": self.event}


def parse_published(value: str | None) -> datetime | None:
    """ISO 8601 or a partial date (2023, 2023-09, 2023-09-06) as an aware UTC datetime; None if unreadable."""
    if not value:
        return None
    text = str(value).strip()
    match = _PARTIAL.match(text)
    try:
        if match:
            year, month, day = (int(g) if g else 1 for g in match.groups())
            return datetime(year, month, day, tzinfo=UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def published_span(value: str | None, url: str | None = None) -> tuple[datetime | None, datetime | None]:
    """Earliest and latest publication time: a month or a year alone spans the whole month or year.

    Without a readable `published`, a date in the URL path is used; (None, None) when neither gives one.
    """
    start = parse_published(value)
    if start is not None:
        text = str(value).strip()
        if len(text) <= 7 and (match := _PARTIAL.match(text)):  # "2013-07" or "2008": the whole period
            return start, _next_period(start, by_month=bool(match.group(2)))
        return start, start
    match = _URL_DATE.search(url or "")
    if match is None:
        return None, None
    year, month, day = (int(g) if g else 0 for g in match.groups())
    try:
        start = datetime(year, month, day or 1, tzinfo=UTC)
    except ValueError:
        return None, None
    return start, start if day else _next_period(start, by_month=True)


def _next_period(start: datetime, *, by_month: bool) -> datetime:
    if not by_month:
        return start.replace(year=start.year + 1)
    return start.replace(year=start.year + start.month // 12, month=start.month % 12 + 1)


@dataclass(frozen=True)
class _Prepared:
    item: InputItem
    title: str
    text: str
    doc: Doc
    units: list[Unit]
    provinces: list[str]
    readable: bool


class Analyser:
    """Trained models + unit linker + event clustering, loaded once and reused for every batch."""

    def __init__(self, bundle: ModelBundle, gazetteer: Gazetteer | None = None,
                 smoothing: Smoothing = EVENT_SMOOTHING) -> None:
        self.bundle = bundle
        self.gazetteer = gazetteer or default_gazetteer()
        self.linker = UnitLinker(self.gazetteer)
        self.smoothing = smoothing

    @classmethod
    def load(cls, path: Path | None = None) -> Analyser:
        return cls(ModelBundle.load(path))

    @property
    def model_version(self) -> str:
        return self.bundle.version

    def prepare(self, item: InputItem) -> _Prepared:
        title, text = clean(to_text(item.title), 500), clean(to_text(item.text), LINK_CHARS)
        link = self.linker.link(title, text)
        doc = Doc(normalise(title), normalise(lead_of(text, cleaned=True)), bool(link.units), bool(link.non_pas))
        readable = is_readable(f"{doc.title} {doc.body}")
        return _Prepared(item, title, text, doc, list(link.units), list(link.provinces), readable)

    def analyse(self, items: Sequence[InputItem], *, events: bool = True) -> list[AnalysisResult]:
        """Analyse a batch; with `events`, items of the batch that report one happening share an id."""
        results, docs = self.analyse_chunk(items)
        if events and results:
            self.apply_events(results, cluster_events(docs))
        return results

    def apply_events(self, results: Sequence[AnalysisResult], events: Sequence[str]) -> None:
        """Set each result's event; then decide the relevant members of shared events again from
        probabilities pulled toward their event's mean (`consistency.py`). Singletons are untouched."""
        for result, event in zip(results, events, strict=True):
            result.event = event
        if not self.smoothing.active:
            return
        shared = Counter(r.event for r in results if r.relevant and r.basis is not None)
        picked = [r for r in results if r.relevant and r.basis is not None and shared[r.event] >= 2]
        if not picked:
            return
        bases = [r.basis for r in picked if r.basis is not None]
        members = [r.event for r in picked]
        if self.smoothing.issues:
            self._decide_again(picked, bases, members)
            return
        ones = np.ones(len(picked), dtype=bool)
        tone_p = np.array([b.tone for b in bases]) if self.smoothing.tone else np.zeros((len(picked), 0))
        severity_p = np.array([b.severity for b in bases])
        scores = smooth_scores(Scores(ones.astype(float), ones, tone_p, np.zeros((len(picked), 0)),
                                      self.bundle.issue_codes, severity_p), members, self.smoothing)
        if self.smoothing.tone:
            self._retone(picked, bases, scores.tone)
        # issues stand, so the floors computed in the workers hold
        levels = self.bundle.levels(scores.severity, [r.tone for r in picked], [b.floor for b in bases])
        for result, level in zip(picked, levels.tolist(), strict=True):
            result.severity = int(level)

    def _retone(self, picked: list[AnalysisResult], bases: list[Basis], tone_p: np.ndarray) -> None:
        """Tone decided again from smoothed probabilities, as `ModelBundle.decide` does for relevant items."""
        classes = self.bundle.tone.classes_
        for result, basis, row in zip(picked, bases, tone_p, strict=True):
            result.tone = "positif" if basis.own else str(classes[int(row.argmax())])
            result.tone_confidence = float(row.max())

    def _decide_again(self, picked: list[AnalysisResult], bases: list[Basis], members: list[str | None]) -> None:
        """Tone, issues and severity decided again from smoothed probabilities (needs the full bases)."""
        ones = np.ones(len(picked), dtype=bool)
        tone = np.array([b.tone for b in bases if b.tone is not None])
        issues = np.vstack([b.issues for b in bases if b.issues is not None])
        scores = smooth_scores(Scores(ones.astype(float), ones, tone, issues, self.bundle.issue_codes,
                                      np.array([b.severity for b in bases])), members, self.smoothing)
        docs = [b.doc for b in bases if b.doc is not None]
        pred = self.bundle.decide(docs, scores)
        for k, result in enumerate(picked):
            result.tone, result.tone_confidence = pred.tone[k], float(pred.tone_confidence[k])
            result.issues, result.severity = pred.issues[k], int(pred.severity[k])

    def analyse_chunk(self, items: Sequence[InputItem]) -> tuple[list[AnalysisResult], list[EventDoc]]:
        """Results without events, and the compact documents that event clustering needs later."""
        if not items:
            return [], []
        prepared = [self.prepare(item) for item in items]
        results = self._predict(prepared)
        return results, [self.event_doc(p, r) for p, r in zip(prepared, results, strict=True)]

    def _predict(self, prepared: list[_Prepared]) -> list[AnalysisResult]:
        pred = self.bundle.predict([p.doc for p in prepared])
        results = []
        scores = pred.scores
        for k, p in enumerate(prepared):
            relevant = bool(pred.relevant[k]) and p.readable
            basis = self._basis(p.doc, scores, k, pred.issues[k]) \
                if relevant and scores is not None and self.smoothing.active else None
            results.append(AnalysisResult(
                id=p.item.id, relevant=relevant, tone=pred.tone[k] if relevant else "netral",
                tone_confidence=float(pred.tone_confidence[k]) if p.readable else 1.0,
                issues=pred.issues[k] if relevant else ["lainnya"],
                units=p.units if relevant else [], provinces=_provinces(p) if relevant else [],
                severity=int(pred.severity[k]) if relevant else 0, model_version=self.bundle.version,
                basis=basis))
        return results

    def _basis(self, doc: Doc, scores: Scores, k: int, issues: list[str]) -> Basis:
        tone_p = tuple(scores.tone[k].tolist()) if self.smoothing.tone or self.smoothing.issues else None
        full = bool(self.smoothing.issues)
        own = tone_p is not None and own_prevention(doc)
        return Basis(tuple(scores.severity[k].tolist()), rule_severity(doc, issues, "negatif"), tone_p, own,
                     doc if full else None, scores.issues[k] if full else None)

    @staticmethod
    def event_doc(p: _Prepared, result: AnalysisResult) -> EventDoc:
        earliest, latest = published_span(p.item.published, _page_url(p.item))
        return EventDoc(id=p.item.id, title=p.title, text=p.text[:600], published=earliest, latest=latest,
                        units=tuple(u.name for u in p.units), issues=tuple(result.issues), source=p.item.source,
                        url=_page_url(p.item))


def _page_url(item: InputItem) -> str | None:
    """The item's URL; a `source` that is a web address counts too (labelled sets put the page there)."""
    if item.url:
        return item.url
    return item.source if item.source and item.source.startswith(("http://", "https://")) else None


def _provinces(p: _Prepared) -> list[str]:
    seen = list(dict.fromkeys([*(u.province for u in p.units), *p.provinces]))
    return [name for name in seen if name]
