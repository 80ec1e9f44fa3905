"""Backtest on the demo stream (ground truth as the analysis): the crisis arc, silence on ordinary days."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from sigap.db import session_scope
from sigap.demo.outlets import NATIONAL_NAMES
from sigap.demo.stream import generate_stream
from sigap.detect import backtest, detect_once
from sigap.models.alerts import Alert
from sigap.settings import Settings
from tests.conftest import run_cli
from tests.detect_support import add_burst, add_item, load_demo_truth

END = datetime(2025, 6, 1, tzinfo=UTC)
START = END - timedelta(days=60)


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    with session_scope(sqlite_engine) as s:
        load_demo_truth(s, generate_stream(2023, 60, END))
    return sqlite_engine


def _crisis_times() -> tuple[datetime, datetime, datetime]:
    items = [i for i in generate_stream(2023, 60, END) if i.scripted_crisis and i.tone == "negatif"]
    news = [i for i in items if i.platform == "news" and not i.owned]
    first = news[0].published
    second_outlet = next(i.published for i in news if i.outlet != news[0].outlet)
    national = next(i.published for i in news if i.outlet in NATIONAL_NAMES)
    return first, second_outlet, national


def test_demo_crisis_goes_1_2_3_and_ordinary_days_stay_quiet(demo_engine: Engine) -> None:
    first, second_outlet, national = _crisis_times()
    settings = Settings(detect_national_outlets=sorted(n.lower() for n in NATIONAL_NAMES))
    with session_scope(demo_engine) as s:
        firings = backtest(s, settings, START, END)
        assert s.scalar(select(func.count()).select_from(Alert)) == 0  # the replay leaves nothing behind
    assert [f.level for f in firings] == [1, 2, 3], firings
    assert len({f.alert_id for f in firings}) == 1
    assert firings[0].at == first  # level 1 on the first local report
    assert second_outlet <= firings[1].at < national  # level 2 when other outlets pick it up
    assert national <= firings[2].at <= national + timedelta(hours=3)  # level 3 at national coverage
    assert firings[0].crisis_class == "keamanan_ketertiban" and firings[0].issue == "pelarian"


def test_demo_backtest_with_default_settings_and_cli(demo_engine: Engine, cli: CliRunner,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGAP_DATABASE_URL", str(demo_engine.url))
    code, out, err = run_cli(cli, "backtest", "--from", START.isoformat(), "--to", END.isoformat(), "--json")
    assert code == 0, err
    firings = json.loads(out)
    _, _, national = _crisis_times()
    assert [f["level"] for f in firings] == [1, 2, 3]
    assert datetime.fromisoformat(firings[2]["at"]) <= national + timedelta(hours=6)
    code, _, err = run_cli(cli, "backtest", "--from", END.isoformat(), "--to", START.isoformat())
    assert code == 2 and "--to must be after --from" in err


def test_burst_of_10000_items_in_one_minute_is_one_alert(sqlite_engine: Engine) -> None:
    t0 = datetime(2025, 5, 23, 13, 40, tzinfo=UTC)
    with session_scope(sqlite_engine) as s:
        add_burst(s, count=10_000, start=t0, span=timedelta(minutes=1))
        began = time.perf_counter()
        report = detect_once(s, Settings(), t0 + timedelta(minutes=1))
        took = time.perf_counter() - began
        again = detect_once(s, Settings(), t0 + timedelta(minutes=2))
        alerts = list(s.scalars(select(Alert)))
    assert report.items == 10_000 and took < 20
    assert again.opened == 0 and again.escalated == 0
    assert len(alerts) == 1 and alerts[0].level == 3 and alerts[0].item_count == 10_000


def test_many_units_at_once_fold_into_one_storm_alert(sqlite_engine: Engine) -> None:
    from sigap.models import Unit

    t0 = datetime(2025, 5, 23, 13, 40, tzinfo=UTC)
    settings = Settings(detect_max_new_alerts=5)
    with session_scope(sqlite_engine) as s:
        names = list(s.scalars(select(Unit.name).order_by(Unit.id).limit(30)))
        for n, name in enumerate(names):
            add_item(s, at=t0, unit=name, event=f"e-{n}")
        report = detect_once(s, settings, t0 + timedelta(minutes=1))
        keys = [a.key for a in s.scalars(select(Alert))]
    assert report.opened == 5 and len(keys) == 5
    assert sum(k.startswith("storm:") for k in keys) == 1
