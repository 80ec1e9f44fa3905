"""Training is deterministic; evaluation arithmetic is right."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy as np
import pytest

from sigap.analyse import metrics
from sigap.analyse.evaluate import evaluate_file
from sigap.analyse.models import BUNDLE_FILE
from sigap.analyse.pipeline import Analyser
from sigap.analyse.train import train_models

UNITS = ["Sorong", "Sintang", "Cipinang", "Kerobokan", "Jambi", "Tangerang"]
TEMPLATES = [
    ("Napi Lapas {u} kabur jebol tembok", "negatif", ["pelarian"], 2, True),
    ("Petugas Lapas {u} gagalkan penyelundupan sabu", "positif", ["narkoba"], 0, True),
    ("Lapas {u} gelar upacara hari bakti", "netral", ["kelembagaan"], 0, True),
    ("WBP Lapas {u} terima remisi", "positif", ["hak_wbp"], 0, True),
    ("Tahanan sel Polres {u} kabur", "netral", ["lainnya"], 0, False),
]


def _fixture(path: Path) -> Path:
    rows = [{"id": f"{k}-{u}", "title": t.format(u=u), "text": "", "tone": tone, "issues": issues,
             "severity": sev, "relevant": rel, "units": [], "event": ""}
            for k, (t, tone, issues, sev, rel) in enumerate(TEMPLATES) for u in UNITS]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_training_is_deterministic(tmp_path: Path) -> None:
    data = _fixture(tmp_path / "labelled_fixture.jsonl")
    first = train_models(tmp_path / "a", files=[data])
    second = train_models(tmp_path / "b", files=[data])
    assert first == second
    a = pickle.loads((tmp_path / "a" / BUNDLE_FILE).read_bytes())
    b = pickle.loads((tmp_path / "b" / BUNDLE_FILE).read_bytes())
    assert np.array_equal(a.tone.meta.coef, b.tone.meta.coef) and a.featurizer.title_vocab == b.featurizer.title_vocab


def test_training_takes_corrections_and_refuses_too_little(tmp_path: Path) -> None:
    data = _fixture(tmp_path / "labelled_fixture.jsonl")
    extra = [{"id": "new-1", "title": "Napi Rutan Salemba kabur", "tone": "negatif", "issues": ["pelarian"]}]
    assert train_models(tmp_path / "m", extra=extra, files=[data])["items"] == 31
    with pytest.raises(ValueError):
        train_models(tmp_path / "n", files=[])


def test_metric_arithmetic() -> None:
    tone = metrics.per_class(["positif", "negatif", "netral", "netral"], ["positif", "netral", "netral", "netral"],
                             ["negatif", "netral", "positif"])
    assert tone["netral"] == {"precision": 0.6667, "recall": 1.0, "f1": 0.8, "support": 2}
    assert tone["negatif"]["f1"] == 0.0 and tone["macro_f1"] == 0.6
    issues = metrics.multilabel([["pelarian"], ["lainnya"], ["narkoba", "hak_wbp"]],
                                [["pelarian"], ["lainnya"], ["narkoba"]], ["pelarian", "narkoba", "hak_wbp", "lainnya"])
    assert issues["micro"] == {"precision": 1.0, "recall": 0.6667, "f1": 0.8}
    assert metrics.within_one([0, 3, 2], [1, 1, 2]) == {"exact": 0.3333, "within_one": 0.6667}
    events = metrics.pairwise_events(["a", "a", "b", ""], ["x", "x", "x", "y"])
    assert events == {"precision": 0.3333, "recall": 1.0, "f1": 0.5}
    assert metrics.set_f1([["A", "B"]], [["A", "C"]]) == {"precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_evaluate_file_accepts_both_formats(tmp_path: Path) -> None:
    rows = [
        {"id": "1", "title": "Napi Lapas Kelas IIA Samarinda kabur", "tone": "negatif", "issues": ["pelarian"],
         "units": [{"name": "Lapas Kelas IIA Samarinda"}], "severity": 2, "event": "e1", "relevant": True},
        {"id": "2", "title": "2 napi lapas samarinda kabur lewat plafon", "lead": "", "tone": "negatif",
         "issues": ["pelarian"], "upt": ["Lapas Klas IIA Samarinda"], "crisis_potential": 2, "event": "e1"},
        {"id": "3", "title": "Tahanan sel Polres Cilegon kabur", "tone": "netral", "issues": ["lainnya"],
         "upt": ["sel Mapolres Cilegon"], "crisis_potential": 0, "event": "", "notes": "NOT_PAS"},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = evaluate_file(path, Analyser.load())
    assert result["items"] == 3
    assert result["tone"]["negatif"]["support"] == 2
    assert result["units"]["recall"] == 1.0
    assert set(result) >= {"tone", "issues", "units", "severity", "events", "relevance"}


def test_issue_weight_scales_only_the_issue_models() -> None:
    from sigap.analyse.train import fit_bundle, standardise

    items = [("a", "negatif", "pelarian"), ("b", "netral", "kelembagaan"), ("c", "positif", "pembinaan"),
             ("d", "negatif", "pelarian"), ("e", "netral", "kelembagaan"), ("f", "positif", "pembinaan")] * 4
    rows = [standardise({"id": str(i), "title": f"napi lapas {w} kabur", "text": "", "tone": t, "issues": [code]})
            for i, (w, t, code) in enumerate(items)]
    assert rows[0]["issue_weight"] == 1.0 and standardise({"id": "x"})["issue_weight"] == 1.0
    heavy = [{**r, "issue_weight": 5.0} if r["issues"] == ["pelarian"] else r for r in rows]
    plain, weighted = fit_bundle(rows), fit_bundle(heavy)
    assert np.allclose(plain.tone.full.coef, weighted.tone.full.coef)
    assert not np.allclose(plain.issues["pelarian"].coef, weighted.issues["pelarian"].coef)
