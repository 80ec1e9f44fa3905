"""Event smoothing: relevant members of a shared event move toward its mean; everything else stays."""

from __future__ import annotations

import numpy as np

from sigap.analyse.consistency import Smoothing, smooth_scores
from sigap.analyse.models import Scores
from sigap.analyse.pipeline import Analyser, InputItem


def _scores(tone: list[list[float]], relevant: list[bool]) -> Scores:
    n = len(tone)
    return Scores(np.ones(n), np.array(relevant), np.array(tone), np.zeros((n, 2)), ["a", "b"],
                  np.array([[1.0, 0.0, 0.0]] * n))


def test_members_of_one_event_move_toward_its_mean() -> None:
    scores = _scores([[0.8, 0.1, 0.1], [0.2, 0.2, 0.6], [0.1, 0.8, 0.1], [0.0, 0.0, 1.0]], [True] * 4)
    out = smooth_scores(scores, ["e1", "e1", "e2", None], Smoothing(tone=0.5))
    np.testing.assert_allclose(out.tone[0], [0.65, 0.125, 0.225])
    np.testing.assert_allclose(out.tone[1], [0.35, 0.175, 0.475])
    np.testing.assert_allclose(out.tone[2:], scores.tone[2:])  # singletons, with or without an event id
    np.testing.assert_allclose(out.severity, scores.severity)  # severity not asked for


def test_not_relevant_members_neither_move_nor_pull() -> None:
    scores = _scores([[0.8, 0.1, 0.1], [0.0, 1.0, 0.0], [0.2, 0.2, 0.6]], [True, False, True])
    out = smooth_scores(scores, ["e", "e", "e"], Smoothing(tone=1.0))
    np.testing.assert_allclose(out.tone[0], [0.5, 0.15, 0.35])
    np.testing.assert_allclose(out.tone[1], [0.0, 1.0, 0.0])


def test_no_smoothing_returns_the_same_scores() -> None:
    scores = _scores([[0.8, 0.1, 0.1], [0.2, 0.2, 0.6]], [True, True])
    assert smooth_scores(scores, ["e", "e"], Smoothing()) is scores


def test_analyser_smooths_only_shared_events() -> None:
    analyser = Analyser.load()
    items = [InputItem(id="1", title="Dua napi Lapas Kelas IIB Sorong kabur jebol atap", published="2024-03-01"),
             InputItem(id="2", title="Dua napi Lapas Kelas IIB Sorong kabur, polisi buru", published="2024-03-01"),
             InputItem(id="3", title="Lapas Sukamiskin gelar upacara Hari Bakti", published="2024-05-01")]
    plain = Analyser(analyser.bundle, analyser.gazetteer, Smoothing()).analyse(items)
    smoothed = analyser.analyse(items)
    assert [r.event for r in plain] == [r.event for r in smoothed]
    assert smoothed[0].event == smoothed[1].event != smoothed[2].event
    assert smoothed[2].as_contract_dict() == plain[2].as_contract_dict()
    assert smoothed[0].severity == smoothed[1].severity  # severity follows the event's mean


def test_tone_is_decided_again_from_the_event_mean() -> None:
    analyser = Analyser.load()
    items = [InputItem(id="1", title="Tiga napi Lapas Kelas IIA Ambon kabur jebol tembok", published="2024-03-01"),
             InputItem(id="2", title="Tiga napi Lapas Kelas IIA Ambon kabur, polisi masih memburu",
                       published="2024-03-01"),
             InputItem(id="3", title="Petugas Lapas Kelas IIA Ambon tangkap lagi satu napi yang kabur",
                       published="2024-03-02")]
    scores = analyser.bundle.scores([analyser.prepare(item).doc for item in items])
    results = Analyser(analyser.bundle, analyser.gazetteer, Smoothing(tone=0.75)).analyse(items)
    assert len({r.event for r in results}) == 1 and all(r.relevant for r in results)
    mean = scores.tone.mean(0)
    for k, result in enumerate(results):
        expected = 0.25 * scores.tone[k] + 0.75 * mean  # the worker's probabilities moved toward the event
        assert result.tone == analyser.bundle.tone.classes_[int(expected.argmax())]
        assert abs(result.tone_confidence - float(expected.max())) < 1e-6
