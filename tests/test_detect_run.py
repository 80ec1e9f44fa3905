"""detect_once on SQLite and PostgreSQL: levels, one alert per episode, noise control, bad input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Engine, func, select

from sigap.db import session_scope
from sigap.detect import alerts as alerts_api
from sigap.detect import detect_once, record_engagement
from sigap.detect.alerts import alert_to_dict, list_alerts
from sigap.models.alerts import Alert, EngagementSnapshot
from sigap.settings import Settings
from tests.detect_support import add_item

T0 = datetime(2025, 5, 23, 13, 40, tzinfo=UTC)
EVENT = "e-palu-kabur"


def _only_alert(s) -> Alert:  # type: ignore[no-untyped-def]
    found = list(s.scalars(select(Alert)))
    assert len(found) == 1, [(a.key, a.level) for a in found]
    return found[0]


def test_crisis_grows_from_level_1_to_3_in_one_alert(engine: Engine) -> None:
    settings = Settings()
    with session_scope(engine) as s:
        add_item(s, at=T0, event=EVENT, outlet="Corong Sulteng", title="Puluhan napi Lapas Palu kabur")
        r1 = detect_once(s, settings, T0 + timedelta(minutes=1))
        assert (r1.opened, _only_alert(s).level) == (1, 1)
        add_item(s, at=T0 + timedelta(hours=2), event=EVENT, outlet="Warta Sulsel")
        r2 = detect_once(s, settings, T0 + timedelta(hours=2, minutes=1))
        alert = _only_alert(s)
        assert (r2.escalated, alert.level, alert.notified_level) == (1, 2, 2)
        r_same = detect_once(s, settings, T0 + timedelta(hours=2, minutes=2))
        assert r_same.escalated == 0 and r_same.opened == 0  # no re-notification at the same level
        for n, outlet in enumerate(("Kompas", "Detik", "Tempo")):
            add_item(s, at=T0 + timedelta(hours=5 + n), event=EVENT, outlet=outlet)
        r3 = detect_once(s, settings, T0 + timedelta(hours=8))
        alert = _only_alert(s)
        assert (r3.escalated, alert.level, alert.crisis_class) == (1, 3, "keamanan_ketertiban")
        data = alert_to_dict(s, alert)
        assert data["units"] == ["Lapas Kelas IIA Palu"] and data["events"] == [EVENT]
        assert data["kanwil"] and "Awas" in data["explanation"] and "media nasional" in data["explanation"]
        assert "Puluhan napi Lapas Palu kabur" in data["explanation"]
        english = alert_to_dict(s, alert, lang="en")["explanation"]
        assert "national outlets" in english and "[Warning]" in english


def test_ordinary_negative_item_raises_nothing(engine: Engine) -> None:
    with session_scope(engine) as s:
        add_item(s, at=T0, issues=("pungli_suap",), severity=2, event="e-pungli")
        add_item(s, at=T0 + timedelta(hours=1), issues=("pungli_suap",), severity=2, event="e-pungli",
                 outlet="Lensa Sulteng")
        add_item(s, at=T0, tone="positif", severity=0, issues=("pembinaan",))
        report = detect_once(s, Settings(), T0 + timedelta(hours=2))
        assert report.items == 2 and report.opened == 0


def test_busy_unit_needs_more_than_one_item(engine: Engine) -> None:
    settings = Settings()
    with session_scope(engine) as s:
        for day in range(1, 120, 2):  # a negative item every other day for four months
            add_item(s, at=T0 - timedelta(days=day), issues=("overkapasitas",), severity=1)
        add_item(s, at=T0, event="e-new")
        report = detect_once(s, settings, T0 + timedelta(minutes=5))
        assert report.opened == 0


def test_snooze_holds_level_2_but_not_level_3_and_ack_keeps_updating(engine: Engine) -> None:
    settings = Settings()
    with session_scope(engine) as s:
        add_item(s, at=T0, event=EVENT)
        detect_once(s, settings, T0)
        alert = _only_alert(s)
        alerts_api.snooze(s, alert=alert, hours=4, now=T0)
        add_item(s, at=T0 + timedelta(hours=1), event=EVENT, outlet="Lensa Sulteng")
        report = detect_once(s, settings, T0 + timedelta(hours=1))
        assert report.escalated == 0 and alert.level == 2 and alert.notified_level == 1
        later = detect_once(s, settings, T0 + timedelta(hours=5))  # snooze over: the held rise is told
        assert later.escalated == 1 and alert.notified_level == 2
        alerts_api.ack(s, alert=alert, actor="kalapas", now=T0 + timedelta(hours=5))
        for n in range(8):
            add_item(s, at=T0 + timedelta(hours=6), event=EVENT, outlet=f"Media {n}")
        final = detect_once(s, settings, T0 + timedelta(hours=6))
        assert final.escalated == 1 and alert.level == 3 and alert.status == "acknowledged"


def test_auto_resolve_then_cool_down_then_new_episode(engine: Engine) -> None:
    settings = Settings(detect_auto_resolve_hours=24, detect_cooldown_hours=24, detect_window_hours=72)
    with session_scope(engine) as s:
        add_item(s, at=T0, event=EVENT)
        detect_once(s, settings, T0)
        report = detect_once(s, settings, T0 + timedelta(hours=25))
        alert = _only_alert(s)
        assert report.resolved == 1 and alert.status == "resolved"
        add_item(s, at=T0 + timedelta(hours=26), event=EVENT)
        quiet = detect_once(s, settings, T0 + timedelta(hours=26))
        assert quiet.opened == 0 and quiet.escalated == 0 and alert.item_count == 2  # cool-down: silent update
        add_item(s, at=T0 + timedelta(hours=27), event=EVENT, outlet="Lensa Sulteng")
        risen = detect_once(s, settings, T0 + timedelta(hours=27))  # above its old level: reopen and tell
        assert risen.escalated == 1 and alert.status == "open" and alert.level == 2
        for outlet in ("Warta Sulteng", "Lensa Sulteng"):  # same event key after the cool-down: a new alert
            add_item(s, at=T0 + timedelta(days=10), event=EVENT, outlet=outlet)
        fresh = detect_once(s, settings, T0 + timedelta(days=10))
        assert fresh.opened == 1 and fresh.resolved == 1
        assert s.scalar(select(func.count()).select_from(Alert)) == 2


def test_items_without_dates_future_dates_and_local_clocks(engine: Engine) -> None:
    settings = Settings()
    wita = timezone(timedelta(hours=8))
    wit = timezone(timedelta(hours=9))
    with session_scope(engine) as s:
        add_item(s, at=None, first_seen=T0, event=EVENT)  # no date: first seen decides
        add_item(s, at=T0 + timedelta(days=30), first_seen=T0 + timedelta(minutes=10), event=EVENT,
                 outlet="Lensa Sulteng")  # a future date counts as first seen
        add_item(s, at=(T0 + timedelta(minutes=20)).astimezone(wita), event=EVENT, outlet="Pena Sulteng")
        add_item(s, at=(T0 + timedelta(minutes=30)).astimezone(wit), event=EVENT, outlet="Obor Sulteng")
        report = detect_once(s, settings, T0 + timedelta(hours=1))
        alert = _only_alert(s)
        assert report.items == 4 and alert.level == 2 and alert.item_count == 4
        assert alert.last_item_at == T0 + timedelta(minutes=30)
        signals = alert.metrics["signals"]
        assert signals["first_at"] == T0.isoformat()


def test_engagement_velocity_from_snapshots_makes_level_3(engine: Engine) -> None:
    settings = Settings()
    with session_scope(engine) as s:
        post = add_item(s, at=T0, event=EVENT, outlet="TikTok", platform="tiktok", likes=100, shares=10,
                        comments=5)
        assert record_engagement(s, post, T0 + timedelta(minutes=10)) is not None
        assert record_engagement(s, post, T0 + timedelta(minutes=20)) is None  # unchanged counts
        post.likes, post.shares, post.comments = 60_000, 9_000, 4_000
        record_engagement(s, post, T0 + timedelta(hours=1, minutes=10))
        assert s.scalar(select(func.count()).select_from(EngagementSnapshot)) == 2
        detect_once(s, settings, T0 + timedelta(hours=1, minutes=15))
        alert = _only_alert(s)
        assert alert.level == 3 and alert.metrics["reasons"][0]["code"] == "viral3"


def test_new_event_on_same_issue_and_unit_joins_the_open_alert(engine: Engine) -> None:
    with session_scope(engine) as s:
        add_item(s, at=T0, event="e-1")
        add_item(s, at=T0 + timedelta(hours=1), event="e-2", outlet="Lensa Sulteng")
        detect_once(s, Settings(), T0 + timedelta(hours=2))
        alert = _only_alert(s)
        assert sorted(alert_to_dict(s, alert)["events"]) == ["e-1", "e-2"]
        assert list_alerts(s, open_only=True) == [alert]
