"""Foundation CLI commands through Typer's runner: init, units search, items list, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import run_cli


@pytest.fixture
def home_db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SIGAP_DATABASE_URL", db_url)
    return db_url


def test_init_loads_units_idempotently(cli: CliRunner, home_db: str) -> None:
    code, out, _ = run_cli(cli, "init", "--json")
    assert code == 0
    first = json.loads(out)
    assert first["units_new"] >= 600 and first["kanwil"] == 33
    code, out, _ = run_cli(cli, "init", "--json")
    assert code == 0 and json.loads(out)["units_new"] == 0


def test_init_creates_home_with_sqlite_by_default(cli: CliRunner, tmp_path: Path) -> None:
    code, _, _ = run_cli(cli, "init")
    assert code == 0
    assert (tmp_path / "home" / "sigap.db").is_file()


def test_units_search_json(cli: CliRunner) -> None:
    code, out, _ = run_cli(cli, "units", "search", "Lapas Klas 2A Samarinda", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows[0] == {"name": "Lapas Kelas IIA Samarinda", "type": "lapas", "class": "IIA",
                       "city": "Kota Samarinda", "province": "Kalimantan Timur",
                       "kanwil": "Kanwil Ditjenpas Kalimantan Timur"}


def test_units_search_human_and_no_match(cli: CliRunner) -> None:
    code, out, _ = run_cli(cli, "units", "search", "LP Cipinang")
    assert code == 0 and "Cipinang" in out
    code, _, err = run_cli(cli, "units", "search", "Toko Roti Enak")
    assert code == 1 and "no unit matches" in err


def test_items_list_empty_then_filtered(cli: CliRunner, home_db: str) -> None:
    code, out, _ = run_cli(cli, "items", "list", "--json")
    assert code == 0 and json.loads(out) == []
    code, _, err = run_cli(cli, "items", "list", "--since", "kemarin")
    assert code == 2 and "ISO 8601" in err


def test_unreachable_database_is_one_line_exit_2(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGAP_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:9/none")
    code, _, err = run_cli(cli, "init")
    assert code == 2
    assert "cannot connect to the database" in err and len(err.strip().splitlines()) == 1


def test_unwritable_home_is_named(cli: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SIGAP_HOME", str(blocker / "home"))
    code, _, err = run_cli(cli, "init")
    assert code == 2 and "SIGAP_HOME" in err and "not writable" in err


def test_bad_setting_exit_2(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGAP_PORT", "http")
    code, _, err = run_cli(cli, "init")
    assert code == 2 and "SIGAP_PORT" in err


def test_corrupt_gazetteer_writes_nothing(cli: CliRunner, monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    bad = tmp_path / "units.csv"
    bad.write_text("name,type,class,city,province,kanwil,aliases,source\n"
                   "Lapas Kelas I Rusak,lapas,I,Kota X,Narnia,Kanwil X,,t\n")
    monkeypatch.setenv("SIGAP_UNITS_FILE", str(bad))
    code, _, err = run_cli(cli, "init")
    assert code == 2 and "line 2" in err and "Narnia" in err
    assert not (tmp_path / "home" / "sigap.db").exists()


def test_settings_hide_secrets(cli: CliRunner) -> None:
    code, out, _ = run_cli(cli, "settings", "--json")
    assert code == 0
    values = json.loads(out)
    assert values["secret_key"] == "***" and values["port"] == 8000
