"""`sigap case|team|lessons` through Typer's runner on a SQLite file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sigap.db import make_engine, session_scope
from sigap.models import Unit
from sigap.models.alerts import Alert, AlertUnit
from tests.conftest import run_cli


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: CliRunner) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("SIGAP_DATABASE_URL", url)
    assert run_cli(cli, "init")[0] == 0
    return url


def _json(cli: CliRunner, *args: str) -> dict:
    code, out, err = run_cli(cli, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_case_lifecycle_from_the_command_line(cli: CliRunner, db: str, tmp_path: Path) -> None:
    _json(cli, "team", "add", "Rina Wulandari", "--role", "juru_bicara", "--unit", "Lapas Samarinda",
          "--phone", "0811-5555-1234")
    code, _, err = run_cli(cli, "team", "add", "Kedua", "--role", "juru_bicara", "--unit", "Lapas Samarinda")
    assert code == 2 and "already has a spokesperson" in err
    case = _json(cli, "case", "open", "--unit", "Lapas Samarinda", "--title", "Dua WBP kabur", "--class",
                 "keamanan_ketertiban", "--level", "1", "--fact", "kejadian=pelarian dua warga binaan",
                 "--fact", "waktu=pukul 02.00 WITA", "--fact", "tindakan=melakukan pengejaran")
    cid = str(case["id"])
    code, _, err = run_cli(cli, "case", "advance", cid, "--to", "selesai")
    assert code == 2 and "cannot go from pra_krisis to selesai" in err
    assert _json(cli, "case", "advance", cid, "--to", "krisis")["stage"] == "krisis"
    draft = _json(cli, "case", "statement", "draft", cid, "--kind", "holding", "--submit")
    sid = str(draft["id"])
    assert _json(cli, "case", "statement", "approve", cid, sid)["status"] == "approved"
    published = _json(cli, "case", "statement", "publish", cid, sid, "--url", "https://lapas.test/h")
    assert published["status"] == "published"
    shown = _json(cli, "case", "show", cid)
    assert shown["spokesperson"]["name"] == "Rina Wulandari"
    assert {"timeline", "tasks", "statements", "links", "playbook"} <= set(shown)
    task = shown["tasks"][0]["id"]
    assert _json(cli, "case", "task", "done", cid, str(task))["status"] == "done"
    code, _, err = run_cli(cli, "case", "task", "add", cid, "--title", "Rilis", "--due", "2001-01-01T00:00")
    assert code == 2 and "past" in err
    assert _json(cli, "case", "advance", cid, "--to", "pasca_krisis")["stage"] == "pasca_krisis"
    _json(cli, "case", "lesson", cid, "Jawab wartawan satu pintu sejak jam pertama")
    assert _json(cli, "case", "advance", cid, "--to", "selesai")["stage"] == "selesai"
    assert _json(cli, "lessons", "search", "satu pintu")[0]["case_id"] == case["id"]
    assert [c["id"] for c in _json(cli, "case", "list")] == [case["id"]]
    out = tmp_path / "laporan.html"
    code, _, err = run_cli(cli, "case", "report", cid, "--format", "html", "--out", str(out))
    assert code == 0, err
    assert "Laporan Evaluasi" in out.read_text()


def test_open_from_alert_and_scope_refusal(cli: CliRunner, db: str) -> None:
    engine = make_engine(db)
    with session_scope(engine) as s:
        unit = s.query(Unit).filter_by(name="Lapas Kelas IIA Samarinda").one()
        alert = Alert(key="unit:x:pelarian", level=2, crisis_class="keamanan_ketertiban", issue="pelarian")
        s.add(alert)
        s.flush()
        s.add(AlertUnit(alert_id=alert.id, unit_id=unit.id))
        alert_id = alert.id
    engine.dispose()
    case = _json(cli, "case", "open", "--from-alert", str(alert_id))
    assert (case["level"], case["lead"], case["alert_id"]) == (2, "kanwil", alert_id)
    assert _json(cli, "case", "open", "--from-alert", str(alert_id))["id"] == case["id"]  # one case per alert
    code, _, err = run_cli(cli, "users", "add", "upt.cpg", "--role", "upt", "--unit", "Lapas Cipinang",
                           "--password", "rahasia-sekali-123")
    assert code == 0, err
    code, _, err = run_cli(cli, "case", "show", str(case["id"]), "--as", "upt.cpg")
    assert code == 2 and "outside their scope" in err
    assert _json(cli, "case", "list", "--as", "upt.cpg") == []
    code, _, err = run_cli(cli, "case", "open", "--from-alert", "999")
    assert code == 2 and "no alert 999" in err
