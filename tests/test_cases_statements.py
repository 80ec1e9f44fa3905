"""Statements, disclosure check, clarification loop and SCCT playbook."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from sigap.cases import clarification, disclosure, playbook, statements, tasks
from sigap.cases.service import update
from sigap.db import session_scope
from sigap.errors import Conflict, Forbidden, InvalidInput, InvalidTransition
from sigap.models import User
from sigap.scope import SYSTEM, actor_for_user
from tests.cases_helpers import NOW, negative_item, open_case, staff, unit, user


def test_disclosure_flags_personal_data_and_spares_initials() -> None:
    text = ("Narapidana Budi Santoso (NIK 6472 0312 0588 0001) kabur. Korban berinisial AS dirawat; ia "
            "mengidap HIV. Hubungi 0812-3456-7890 atau keluarga di Jl. Merdeka No. 5. "
            "WBP berinisial RT sudah ditangkap. Juru bicara: 0811-5555-1234.")
    flags = disclosure.check(text, allowed=["0811-5555-1234"])
    kinds = {(f.kind, f.text) for f in flags}
    assert ("nama", "Budi Santoso") in kinds
    assert any(k == "nik" for k, _ in kinds) and ("kesehatan", "HIV") in kinds
    assert ("kontak", "0812-3456-7890") in kinds and any(k == "alamat" for k, _ in kinds)
    assert not any(t in ("AS", "RT") for _, t in kinds)
    assert not any("5555" in t for _, t in kinds)
    assert disclosure.check("Dua WBP berinisial AS dan RT kabur dari Lapas Kelas IIA Samarinda.") == []
    assert [f.text for f in disclosure.check("Surat untuk Hendra", protected_names=["Hendra"])] == ["Hendra"]


def test_template_statement_is_filled_with_the_case_facts(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as s:
        staff(s, unit(s))
        case = open_case(s, level=2)
        for kind in ("holding", "klarifikasi", "siaran_pers", "media_sosial"):
            draft = statements.draft(s, case, kind=kind, actor=SYSTEM, now=NOW)
            assert "pelarian dua warga binaan" in draft.body, kind
            assert "[isi:" not in draft.body and draft.disclosure_flags == [], kind
        holding = statements.list_statements(s, case.id)[0]
        assert "Agus Prasetyo" in holding.body and "Kanwil Ditjenpas Kalimantan Timur" in holding.body
        bare = open_case(s, facts={})
        assert "[isi: uraian kejadian]" in statements.draft(s, bare, kind="holding", actor=SYSTEM, now=NOW).body
        with pytest.raises(InvalidInput):
            statements.draft(s, case, kind="memo", actor=SYSTEM, now=NOW)


def test_statement_flow_approval_rights_and_disclosure_gate(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as s:
        members = staff(s, unit(s))
        speaker_user = user(s, "rina", "upt", unit_row=unit(s))
        members["speaker"].user_id = speaker_user.user_id
        other_upt = user(s, "humas.smd", "upt", unit_row=unit(s))
        case = open_case(s, level=1)
        st = statements.draft(s, case, kind="klarifikasi", actor=other_upt, now=NOW,
                              body="Klarifikasi: narapidana Budi Santoso kabur pukul 02.00, NIK 6472031205880001.")
        assert {f["kind"] for f in st.disclosure_flags} == {"nama", "nik"}
        with pytest.raises(InvalidTransition):  # must be reviewed first
            statements.approve(s, case, st, actor=speaker_user, now=NOW)
        statements.submit_for_review(s, case, st, actor=other_upt, now=NOW)
        with pytest.raises(Conflict, match="disclosure"):
            statements.approve(s, case, st, actor=speaker_user, now=NOW)
        assert st.status == "review" and st.approved_by is None
        statements.approve(s, case, st, actor=speaker_user, now=NOW, override_reason="Nama sudah diumumkan polisi")
        assert (st.status, st.approved_by, st.override_reason) == ("approved", "rina", "Nama sudah diumumkan polisi")
        update(s, case, actor=SYSTEM, now=NOW, level=3)  # Ditjen leads now: a upt officer may not approve
        kanwil_user = s.get(User, user(s, "kanwil.kt", "kanwil", kanwil=unit(s).kanwil).user_id)
        clean = statements.draft(s, case, kind="holding", actor=SYSTEM, now=NOW)
        statements.submit_for_review(s, case, clean, actor=SYSTEM, now=NOW)
        with pytest.raises(Forbidden):
            statements.approve(s, case, clean, actor=actor_for_user(kanwil_user), now=NOW)
        assert clean.status == "review"


def test_publishing_answers_the_clarification_loop(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as s:
        staff(s, unit(s))
        case = open_case(s, level=2, first_mention_at=NOW - timedelta(minutes=30))
        first = negative_item(s, "a1", unit_row=unit(s), at=NOW - timedelta(minutes=30), event_id="e-1", views=5000)
        negative_item(s, "a2", unit_row=unit(s), at=NOW - timedelta(minutes=10), event_id="e-1", views=3000)
        clarification.link(s, case, event_id="e-1", actor=SYSTEM, now=NOW)
        clarification.link(s, case, item_id=first.id, actor=SYSTEM, now=NOW)
        assert clarification.sync_links(s, case, NOW) == 1
        holding = statements.draft(s, case, kind="holding", actor=SYSTEM, now=NOW)
        statements.submit_for_review(s, case, holding, actor=SYSTEM, now=NOW)
        statements.approve(s, case, holding, actor=SYSTEM, now=NOW)
        with pytest.raises(InvalidInput):
            statements.publish(s, case, holding, url="lapas.test/rilis", actor=SYSTEM, now=NOW)
        statements.publish(s, case, holding, url="https://lapas.test/holding", actor=SYSTEM,
                           now=NOW + timedelta(minutes=20))
        assert next(t for t in tasks.list_tasks(s, case.id) if t.code == "holding_statement").status == "done"
        clar = statements.draft(s, case, kind="klarifikasi", actor=SYSTEM, now=NOW)
        statements.submit_for_review(s, case, clar, actor=SYSTEM, now=NOW)
        statements.approve(s, case, clar, actor=SYSTEM, now=NOW)
        statements.publish(s, case, clar, url="https://lapas.test/klarifikasi", actor=SYSTEM,
                           now=NOW + timedelta(hours=2), reach=4000)
        with pytest.raises(InvalidTransition):
            statements.publish(s, case, clar, url="https://lapas.test/lagi", actor=SYSTEM, now=NOW)
        m = clarification.metrics(s, case)
        assert m["minutes_to_first_response"] == 50.0 and m["minutes_to_clarification"] == 150.0
        assert (m["links"], m["links_answered"], m["original_reach"], m["response_reach"]) == (3, 3, 8000, 4000)
        assert m["reach_ratio"] == 0.5


def test_playbook_follows_cluster_history_and_reputation(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as s:
        samarinda = unit(s)
        hoax = open_case(s, crisis_class="opini_publik", issues=("lainnya",))
        rec = playbook.recommend(s, hoax)
        assert rec.effective_cluster == "korban" and [x["code"] for x in rec.strategies] == ["informasi", "deny",
                                                                                             "bolster"]
        for i in range(4):  # an unfavourable reputation before the next case
            negative_item(s, f"r{i}", unit_row=samarinda, at=NOW - timedelta(days=10 + i), event_id=f"e-r{i}")
        later = open_case(s, crisis_class="opini_publik", issues=("lainnya",), now=NOW + timedelta(days=1))
        rec = playbook.recommend(s, later)
        assert rec.prior_cases == 1 and rec.negative_events == 4 and rec.net_tone == -1.0
        assert rec.effective_cluster == "kecelakaan" and "diminish" in [x["code"] for x in rec.strategies]
        assert any("riwayat krisis" in line for line in rec.reasoning)
        escape = open_case(s, now=NOW + timedelta(days=2))
        assert [x["code"] for x in playbook.recommend(s, escape).strategies] == ["informasi", "rebuild", "bolster"]
