"""Post-crisis evaluation, report (HTML and PDF), recovery tracking, lessons search and drills."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from sigap.cases import drills, evaluation, report, service, statements
from sigap.cases.workflow import transition
from sigap.db import session_scope
from sigap.errors import InvalidInput
from sigap.models import Analysis, Item, ItemUnit
from sigap.scope import SYSTEM
from tests.cases_helpers import CIPINANG, NOW, negative_item, open_case, staff, unit


def _publish(s, case, kind: str, at: datetime) -> None:
    st = statements.draft(s, case, kind=kind, actor=SYSTEM, now=at)
    statements.submit_for_review(s, case, st, actor=SYSTEM, now=at)
    statements.approve(s, case, st, actor=SYSTEM, now=at)
    statements.publish(s, case, st, url=f"https://lapas.test/{kind}", actor=SYSTEM, now=at)


def _crisis(s) -> object:
    samarinda = unit(s)
    staff(s, samarinda)
    for day in range(1, 40, 4):  # a calm, mostly positive baseline
        negative_item(s, f"b{day}", unit_row=samarinda, at=NOW - timedelta(days=day), tone="positif")
    case = open_case(s, level=2, first_mention_at=NOW - timedelta(minutes=20))
    for i in range(6):
        negative_item(s, f"n{i}", unit_row=samarinda, at=NOW + timedelta(minutes=10 * i), event_id="e-x")
    _publish(s, case, "holding", NOW + timedelta(minutes=40))
    _publish(s, case, "klarifikasi", NOW + timedelta(hours=3))
    transition(s, case, "krisis", actor=SYSTEM, now=NOW + timedelta(minutes=5))
    transition(s, case, "pasca_krisis", actor=SYSTEM, now=NOW + timedelta(days=2))
    evaluation.add_lesson(s, case, kind="berhasil", text="Koordinasi cepat dengan Polresta mempercepat penangkapan",
                          actor=SYSTEM, now=NOW + timedelta(days=3))
    return case


def test_evaluation_timeline_sla_and_volumes(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as s:
        case = _crisis(s)
        e = evaluation.evaluate(s, case, NOW + timedelta(days=5))
        at = {m["label"]: m["at"] for m in e["milestones"]}
        assert at["Penyebutan pertama"] == NOW - timedelta(minutes=20)
        assert at["Holding statement"] == NOW + timedelta(minutes=40)
        assert at["Puncak pemberitaan negatif"] == NOW
        assert at["Kembali ke baseline"] is not None
        assert e["sla"]["holding_within_hour"] is True
        assert e["during"]["negatif"] == 6 and e["baseline"]["positif"] == 10
        assert e["lessons"][0]["kind"] == "berhasil"


def test_report_renders_html_and_pdf(sqlite_engine: Engine, tmp_path: Path) -> None:
    with session_scope(sqlite_engine) as s:
        case = _crisis(s)
        html = report.write_report(s, case, fmt="html", out=tmp_path / "r.html", now=NOW + timedelta(days=5))
        text = html.read_text()
        assert "Laporan Evaluasi Pasca-Krisis" in text and "Kronologi" in text and "WITA" in text
        assert "terpenuhi" in text and "Koordinasi cepat" in text
        pdf = report.write_report(s, case, fmt="pdf", out=tmp_path / "r.pdf", now=NOW + timedelta(days=5))
        assert pdf.read_bytes().startswith(b"%PDF")
        with pytest.raises(InvalidInput):
            report.write_report(s, case, fmt="docx", out=tmp_path / "r.docx", now=NOW)
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Kepatuhan SLA" in out and "Lapas Kelas IIA Samarinda" in out


def test_recovery_tracked_until_tone_is_back_to_baseline(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as s:
        case = _crisis(s)
        post = NOW + timedelta(days=2)
        assert evaluation.track_recovery_all(s, post + timedelta(hours=2)) == 0  # too early
        assert evaluation.track_recovery_all(s, post + timedelta(days=2)) == 0  # crisis week still negative
        for i in range(5):
            negative_item(s, f"p{i}", unit_row=unit(s), at=NOW + timedelta(days=12 + i), tone="positif")
        assert evaluation.track_recovery_all(s, NOW + timedelta(days=17)) == 1
        assert case.recovered_at == NOW + timedelta(days=17)


def test_lessons_are_searchable_by_every_unit(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as s:
        _crisis(s)
        other = open_case(s, name=CIPINANG, crisis_class="tata_kelola_integritas", issues=("pungli_suap",))
        evaluation.add_lesson(s, other, text="Tanggapi video pungli dalam 1 jam", actor=SYSTEM, now=NOW)
        found = evaluation.search_lessons(s, "koordinasi polresta")
        assert [r["unit"] for r in found] == ["Lapas Kelas IIA Samarinda"]
        assert [r["case_id"] for r in evaluation.search_lessons(s, "PUNGLI")] == [other.id]
        assert evaluation.search_lessons(s, "tidakada") == []


def _fake_analysis(engine: Engine, unit_id: int):
    def run(now: datetime) -> None:
        with session_scope(engine) as s:
            done = select(Analysis.item_id)
            for item in s.scalars(select(Item).where(Item.is_drill.is_(True), Item.id.not_in(done))):
                s.add(Analysis(item_id=item.id, relevant=True, tone="negatif", issues=["pelarian"]))
                s.add(ItemUnit(item_id=item.id, unit_id=unit_id))
    return run


def test_drill_replays_a_scenario_apart_from_real_counts(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as s:
        samarinda = unit(s)
        staff(s, samarinda)
        drill = drills.start(s, scenario="pelarian", unit_id=samarinda.id, actor=SYSTEM, now=NOW, speed=600)
        drill_id, case_id, total = drill.id, drill.case_id, drill.total
        with pytest.raises(InvalidInput):
            drills.start(s, scenario="banjir_bandang", unit_id=samarinda.id, actor=SYSTEM, now=NOW)
    assert total > 3
    first = drills.step(sqlite_engine, drill_id, NOW, after_ingest=_fake_analysis(sqlite_engine, samarinda.id))
    assert 1 <= first["released"] < total
    last = drills.step(sqlite_engine, drill_id, NOW + timedelta(days=1),
                       after_ingest=_fake_analysis(sqlite_engine, samarinda.id))
    assert last["released"] == total and last["linked"] >= 1
    with session_scope(sqlite_engine) as s:
        assert s.scalar(select(func.count()).select_from(Item).where(Item.is_drill.is_(False))) == 0
        case = service.get(s, case_id=case_id)
        assert case.is_drill and service.list_cases(s) == []
        assert [c.id for c in service.list_cases(s, drill_only=True)] == [case_id]
        service.update(s, case, actor=SYSTEM, now=NOW + timedelta(minutes=1), level=2)
        _publish(s, case, "holding", NOW + timedelta(minutes=3))
        result = drills.score(s, drills.get(s, drill_id), NOW + timedelta(minutes=10))
        assert result["drill_minutes_to_respond"] is not None and result["statements_published"] == 1
        assert result["quality_checks"][0]["facts_filled"] is False  # the drill case has no facts yet
        assert 0 < result["score"] < 100 and drills.get(s, drill_id).status == "selesai"
