"""Outbox: routing by level, quiet hours, retries with backoff, failures recorded — and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from sigap.db import session_scope
from sigap.detect import detect_once
from sigap.detect.routing import create_rule, recipients
from sigap.errors import Forbidden, InvalidInput
from sigap.models.alerts import Alert, Delivery
from sigap.notify import outbox
from sigap.settings import Settings
from tests.conftest import run_cli
from tests.detect_support import add_item, add_user
from tests.test_notify_channels import free_port, smtp  # noqa: F401

T0 = datetime(2025, 5, 23, 13, 40, tzinfo=UTC)  # 21:40 WITA in Palu
PALU = "Lapas Kelas IIA Palu"


def _people(s) -> None:  # type: ignore[no-untyped-def]
    add_user(s, username="humas_palu", role="upt", unit=PALU)
    add_user(s, username="kalapas_palu", role="upt", unit=PALU, quiet=(21, 6))
    add_user(s, username="humas_samarinda", role="upt", unit="Lapas Kelas IIA Samarinda")
    add_user(s, username="kanwil_sulteng", role="kanwil", unit=PALU)
    add_user(s, username="ditjen", role="ditjen", channels=["email", "telegram"], telegram="-100")


def test_routing_quiet_hours_retry_and_delivery(engine: Engine, smtp) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    inbox, port = smtp
    settings = Settings(smtp_port=9, notify_timeout_seconds=1, notify_backoff_seconds=60, notify_max_attempts=2)
    with session_scope(engine) as s:
        _people(s)
        add_item(s, at=T0, event="e-1", title="Puluhan napi Lapas Palu kabur")
        detect_once(s, settings, T0)
        assert outbox.enqueue_due(s, settings, T0) == 2 and outbox.enqueue_due(s, settings, T0) == 0
        by_user = {d.recipient.split("@")[0]: d for d in s.scalars(select(Delivery))}
        assert set(by_user) == {"humas_palu", "kalapas_palu"}  # level 1: the unit only
        assert by_user["kalapas_palu"].next_attempt_at == datetime(2025, 5, 23, 22, 0, tzinfo=UTC)  # 06:00 WITA
        first = outbox.flush(s, settings, T0)  # SMTP down: queued for retry, nothing lost
        assert (first.sent, first.retrying, first.waiting) == (0, 1, 2)
        second = outbox.flush(s, settings, T0 + timedelta(minutes=2))
        assert (second.failed, by_user["humas_palu"].status) == (1, "failed")
        assert "SMTP" in (by_user["humas_palu"].last_error or "")
        assert outbox.retry_failed(s, now=T0 + timedelta(minutes=3)) == 1
        up = Settings(smtp_port=port)
        assert outbox.flush(s, up, T0 + timedelta(minutes=3)).sent == 1
        assert outbox.flush(s, up, T0 + timedelta(hours=9)).sent == 1  # after the quiet hours
        for n, outlet in enumerate(("Kompas", "Detik", "Tempo")):
            add_item(s, at=T0 + timedelta(hours=1, minutes=n), event="e-1", outlet=outlet)
        detect_once(s, up, T0 + timedelta(hours=1, minutes=5))
        outbox.enqueue_due(s, up, T0 + timedelta(hours=1, minutes=5))
        level3 = list(s.scalars(select(Delivery).where(Delivery.level == 3)))
        assert {d.recipient for d in level3} == {"humas_palu@example.id", "kalapas_palu@example.id",
                                                 "kanwil_sulteng@example.id", "ditjen@example.id", "-100"}
        assert all(d.next_attempt_at == T0 + timedelta(hours=1, minutes=5) for d in level3)  # level 3: no quiet hours
    subjects = [m["Subject"] for m in inbox.messages]
    assert len(subjects) == 2 and all("Waspada" in x for x in subjects)


def test_routing_rules_are_data_with_class_overrides(sqlite_engine: Engine) -> None:
    with session_scope(sqlite_engine) as s:
        _people(s)
        add_item(s, at=T0, event="e-1")
        detect_once(s, Settings(), T0)
        alert = s.scalars(select(Alert)).one()
        assert {r.address.split("@")[0] for r in recipients(s, alert)} == {"humas_palu", "kalapas_palu"}
        create_rule(s, min_level=1, crisis_class="keamanan_ketertiban", tier="kanwil",
                    description="escapes: the Kanwil from level 1")
        create_rule(s, min_level=1, channel="webhook", address="https://wa-gateway.example.id/hook")
        found = {r.address for r in recipients(s, alert)}
        assert "kanwil_sulteng@example.id" in found and "https://wa-gateway.example.id/hook" in found
        with pytest.raises(InvalidInput):
            create_rule(s, min_level=4, tier="upt")
        upt = s.scalar(select(Alert.id))
        assert upt is not None
        from sigap.models import User

        humas = s.scalar(select(User).where(User.username == "humas_palu"))
        with pytest.raises(Forbidden):
            create_rule(s, min_level=1, tier="upt", actor=humas)


def test_cli_detect_alerts_list_ack_snooze_and_flush(sqlite_engine: Engine, cli: CliRunner,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGAP_DATABASE_URL", str(sqlite_engine.url))
    monkeypatch.setenv("SIGAP_SMTP_PORT", str(free_port()))
    now = datetime.now(UTC)
    with session_scope(sqlite_engine) as s:
        add_user(s, username="humas_palu", role="upt", unit=PALU)
        add_item(s, at=now - timedelta(minutes=5), event="e-cli", title="Napi kabur")
        add_item(s, at=now - timedelta(minutes=4), event="e-cli", outlet="Lensa Sulteng")
    code, out, err = run_cli(cli, "detect", "--json")
    assert code == 0, err
    assert json.loads(out)["opened"] == 1 and json.loads(out)["deliveries"]["retrying"] == 1
    code, out, _ = run_cli(cli, "alerts", "list", "--json", "--open", "--unit", "LP Palu")
    (row,) = json.loads(out)
    assert {"id", "level", "crisis_class", "status", "units", "kanwil", "events", "opened_at", "updated_at",
            "explanation", "deliveries"} <= set(row)
    assert row["level"] == 2 and row["units"] == [PALU] and row["deliveries"][0]["status"] == "pending"
    assert json.loads(run_cli(cli, "alerts", "list", "--json", "--kanwil", "Jawa Timur")[1]) == []
    assert "Why:" in json.loads(run_cli(cli, "alerts", "list", "--json", "--lang", "en")[1])[0]["explanation"]
    code, out, _ = run_cli(cli, "alerts", "snooze", str(row["id"]), "--hours", "2", "--json")
    assert code == 0 and json.loads(out)["snoozed_until"]
    code, out, _ = run_cli(cli, "alerts", "ack", str(row["id"]), "--json")
    assert code == 0 and json.loads(out)["status"] == "acknowledged"
    code, _, err = run_cli(cli, "alerts", "ack", "999")
    assert code == 2 and "not found" in err
    code, out, _ = run_cli(cli, "notify", "flush", "--json")
    assert code == 0 and json.loads(out)["waiting"] == 1  # still queued for its retry, never dropped
