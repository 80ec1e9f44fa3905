"""Routing rules are data an admin edits on the command line; every change is audited."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from sigap.db import make_engine, session_scope
from sigap.models import AuditLog
from tests.conftest import run_cli


@pytest.fixture
def home_db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SIGAP_DATABASE_URL", db_url)
    return db_url


def test_default_rules_then_add_disable_and_audit(cli: CliRunner, home_db: str) -> None:
    code, out, _ = run_cli(cli, "routing", "list", "--json")
    assert code == 0
    tiers = {(r["min_level"], r["tier"]) for r in json.loads(out) if r["crisis_class"] is None}
    assert {(1, "upt"), (2, "kanwil"), (3, "ditjen")} <= tiers

    code, out, _ = run_cli(cli, "routing", "add", "--min-level", "3", "--channel", "webhook",
                           "--address", "https://wa-gateway.example/hook", "--description", "grup WA pimpinan",
                           "--json")
    assert code == 0
    rule = json.loads(out)
    assert rule["channel"] == "webhook" and rule["enabled"] is True
    code, _, _ = run_cli(cli, "routing", "disable", str(rule["id"]))
    assert code == 0
    code, out, _ = run_cli(cli, "routing", "list", "--json")
    assert [r["enabled"] for r in json.loads(out) if r["id"] == rule["id"]] == [False]

    engine = make_engine(home_db)
    with session_scope(engine) as s:
        actions = list(s.scalars(select(AuditLog.action).where(AuditLog.entity == "routing_rule")))
    engine.dispose()
    assert actions == ["routing.create", "routing.disable"]


@pytest.mark.parametrize(("args", "fragment"), [
    (["--min-level", "4", "--tier", "upt"], "min_level"),
    (["--min-level", "1", "--tier", "presiden"], "unknown tier"),
    (["--min-level", "1", "--channel", "email"], "either a tier or a channel"),
    (["--min-level", "2", "--tier", "kanwil", "--class", "gempa"], "unknown crisis class"),
])
def test_bad_rules_are_refused(cli: CliRunner, home_db: str, args: list[str], fragment: str) -> None:
    code, _, err = run_cli(cli, "routing", "add", *args)
    assert code == 2 and fragment in err
    code, _, err = run_cli(cli, "routing", "disable", "9999")
    assert code == 2 and "not found" in err
