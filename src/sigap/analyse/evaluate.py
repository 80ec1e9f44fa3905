"""`sigap model evaluate`: the analyser against a labelled JSON Lines file.

Each line carries the item (`id`, `title`, `text` or `lead`, `published`, `source`) and its gold labels in
the analyse-output format (`relevant`, `tone`, `issues`, `units`, `severity`, `event`); the shared
training set's names are accepted too (`crisis_potential` for severity, `upt` for units, NOT_PAS /
OFF_TOPIC in `notes` for relevance). Units may be strings (as written in the news, resolved through the
unit linker) or {"name": …} objects.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sigap.analyse import metrics
from sigap.analyse.models import TONES
from sigap.analyse.pipeline import Analyser, InputItem
from sigap.analyse.train import standardise
from sigap.analyse.unit_index import ANCHORS, tokens
from sigap.analyse.units import UnitLinker
from sigap.errors import InvalidInput
from sigap.gazetteer import Gazetteer
from sigap.taxonomy import ISSUE_CODES


def read_labelled(path: Path) -> list[dict[str, Any]]:
    """Labelled records; a line that is not a JSON object with an id is an error naming the line."""
    rows = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8", "replace"))
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"{path} line {number}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict) or record.get("id") is None:
                raise InvalidInput(f"{path} line {number}: not an object with an `id`")
            rows.append(record)
    return rows


# Written names that are not a unit ("Kanwil …", "Ditjenpas", "Kemenkumham …") are not gold units.
_NOT_A_UNIT = ("kanwil", "kantor wilayah", "direktorat", "ditjen", "kemenkumham", "kemenimipas", "unnamed", "upt ")


def gold_units(values: Sequence[Any], linker: UnitLinker, gazetteer: Gazetteer, context: str = "") -> list[str]:
    """Gazetteer names for gold units written as names, aliases or {"name": …} objects.

    A written name goes through the linker with the item's provinces as context, as in
    `dev/eval_units_events.py`; other institutions' cells and names that are not a unit at all are dropped;
    a corrections unit the gazetteer cannot map is kept as written, so it counts as missed.
    """
    names: list[str] = []
    for value in values or []:
        text = str(value.get("name", "")) if isinstance(value, dict) else str(value)
        if not text:
            continue
        if gazetteer.get(text):
            names.append(text)
            continue
        link = linker.link(text, context)
        if link.units:
            names.extend(u.name for u in link.units)
        elif not link.non_pas and _looks_like_unit(text):
            names.append(text)
    return list(dict.fromkeys(names))


def _looks_like_unit(text: str) -> bool:
    lowered = text.lower()
    return any(t in ANCHORS for t in tokens(text)) and not any(m in lowered for m in _NOT_A_UNIT)


def _context(row: dict[str, Any]) -> str:
    """The gold provinces of a labelled row, as linker context (`province` "A; B" or `provinces` list)."""
    value = row.get("provinces", row.get("province", ""))
    parts = value if isinstance(value, list) else str(value or "").split(";")
    return " ".join(str(p).strip() for p in parts if str(p).strip())


def evaluate_records(analyser: Analyser, rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Every metric of the model card, from raw labelled rows."""
    gold = [standardise(r) for r in rows]
    items = [InputItem(id=g["id"], title=g["title"], text=g["text"], url=_opt(r.get("url")),
                       published=_opt(r.get("published")),
                       source=_opt(r.get("source"))) for g, r in zip(gold, rows, strict=True)]
    pred = analyser.analyse(items)
    units_gold = [gold_units(r.get("units", r.get("upt", [])), analyser.linker, analyser.gazetteer, _context(r))
                  for r in rows]
    return {
        "items": len(rows),
        "relevance": metrics.per_class([str(g["relevant"]).lower() for g in gold],
                                       [str(p.relevant).lower() for p in pred], ["true", "false"]),
        "tone": metrics.per_class([g["tone"] for g in gold], [p.tone for p in pred], TONES),
        "issues": metrics.multilabel([g["issues"] for g in gold], [p.issues for p in pred], ISSUE_CODES),
        "units": metrics.set_f1(units_gold, [[u.name for u in p.units] for p in pred]),
        "severity": metrics.within_one([g["severity"] for g in gold], [p.severity for p in pred]),
        "events": metrics.pairwise_events([g["event"] for g in gold], [p.event or "" for p in pred]),
        "model_version": analyser.model_version,
    }


def _opt(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def evaluate_file(path: Path, analyser: Analyser | None = None) -> dict[str, Any]:
    rows = read_labelled(path)
    if not rows:
        raise InvalidInput(f"{path} holds no labelled items")
    return evaluate_records(analyser or Analyser.load(), rows)
