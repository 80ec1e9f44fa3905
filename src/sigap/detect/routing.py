"""Routing: who receives an alert, from rules kept as data (table `routing_rule`, editable by an admin).

Defaults (seeded by migration 0004): level 1 → the unit's PR officers and head (role `upt` of the
alert's units); level 2 → also the Kanwil (role `kanwil` of the alert's kanwil); level 3 → also Ditjen.
A rule with a crisis class replaces the generic rules of the same tier for alerts of that class.
An alert without unit or kanwil (a national surge) goes to Ditjen from level 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from sigap.errors import Forbidden, InvalidInput, NotFound
from sigap.models import User
from sigap.models.alerts import Alert, AlertKanwil, AlertUnit, RoutingRule
from sigap.taxonomy import CrisisClass, Role, Tier

CHANNELS = ("email", "telegram", "webhook", "whatsapp")


@dataclass(frozen=True)
class Recipient:
    channel: str
    address: str
    tier: str
    user_id: int | None = None
    name: str = ""
    quiet_start_hour: int | None = None
    quiet_end_hour: int | None = None


def _require_admin(actor: User | None) -> None:
    if actor is not None and actor.role != Role.ADMIN:
        raise Forbidden("only an admin may change routing rules", message_id="Hanya admin yang dapat mengubah aturan")


def list_rules(session: Session) -> list[RoutingRule]:
    return list(session.scalars(select(RoutingRule).order_by(RoutingRule.min_level, RoutingRule.id)))


def _validate(values: dict[str, Any]) -> None:
    if not 1 <= int(values.get("min_level", 1)) <= 3:
        raise InvalidInput("min_level must be 1, 2 or 3", message_id="Level harus 1, 2 atau 3")
    klass = values.get("crisis_class")
    if klass is not None and klass not in {c.value for c in CrisisClass}:
        raise InvalidInput(f"unknown crisis class {klass!r}", message_id=f"Kelas krisis {klass!r} tidak dikenal")
    tier, channel = values.get("tier"), values.get("channel")
    if tier is not None and tier not in {t.value for t in Tier}:
        raise InvalidInput(f"unknown tier {tier!r}", message_id=f"Tingkat {tier!r} tidak dikenal")
    if channel is not None and channel not in CHANNELS:
        raise InvalidInput(f"unknown channel {channel!r}", message_id=f"Saluran {channel!r} tidak dikenal")
    if (tier is None) == (channel is None) or (channel is not None and not values.get("address")):
        raise InvalidInput("a rule names either a tier or a channel with an address",
                           message_id="Aturan berisi tingkat, atau saluran beserta alamat")


def create_rule(session: Session, *, actor: User | None = None, **values: Any) -> RoutingRule:
    _require_admin(actor)
    _validate(values)
    rule = RoutingRule(**values)
    session.add(rule)
    session.flush()
    return rule


def update_rule(session: Session, *, rule_id: int, actor: User | None = None, **changes: Any) -> RoutingRule:
    _require_admin(actor)
    rule = session.get(RoutingRule, rule_id)
    if rule is None:
        raise NotFound(f"routing rule {rule_id} not found", message_id=f"Aturan {rule_id} tidak ditemukan")
    merged = {c: getattr(rule, c) for c in ("min_level", "crisis_class", "tier", "channel", "address")} | changes
    _validate(merged)
    for key, value in changes.items():
        setattr(rule, key, value)
    return rule


def delete_rule(session: Session, *, rule_id: int, actor: User | None = None) -> None:
    _require_admin(actor)
    rule = session.get(RoutingRule, rule_id)
    if rule is None:
        raise NotFound(f"routing rule {rule_id} not found", message_id=f"Aturan {rule_id} tidak ditemukan")
    session.delete(rule)


def applicable_rules(rules: list[RoutingRule], *, level: int, crisis_class: str) -> list[RoutingRule]:
    """Enabled rules for this level and class; class rules override generic ones of the same tier."""
    active = [r for r in rules if r.enabled]
    overridden = {r.tier for r in active if r.crisis_class == crisis_class and r.tier}
    chosen = []
    for rule in active:
        if rule.crisis_class not in (None, crisis_class) or rule.min_level > level:
            continue
        if rule.crisis_class is None and rule.tier in overridden:
            continue
        chosen.append(rule)
    return chosen


def _tier_users(session: Session, alert: Alert, tier: str) -> list[User]:
    query = select(User).where(User.active.is_(True))
    if tier == Tier.UPT:
        query = query.where(User.role == Role.UPT, exists().where(
            AlertUnit.alert_id == alert.id, AlertUnit.unit_id == User.unit_id))
    elif tier == Tier.KANWIL:
        query = query.where(User.role == Role.KANWIL, exists().where(
            AlertKanwil.alert_id == alert.id, AlertKanwil.kanwil_id == User.kanwil_id))
    else:
        query = query.where(User.role == Role.DITJEN)
    return list(session.scalars(query.order_by(User.id)))


def user_recipients(user: User, tier: str) -> list[Recipient]:
    """The user's chosen channels (e-mail by default) with an address for each."""
    addresses = {"email": user.email, "telegram": user.telegram_chat_id, "whatsapp": user.phone}
    channels = [c for c in (user.channels or ["email"]) if c in addresses]
    return [Recipient(channel=c, address=str(addresses[c]), tier=tier, user_id=user.id,
                      name=user.full_name or user.username, quiet_start_hour=user.quiet_start_hour,
                      quiet_end_hour=user.quiet_end_hour)
            for c in channels if addresses[c]]


def _is_national(session: Session, alert: Alert) -> bool:
    return not session.scalar(select(exists().where(AlertUnit.alert_id == alert.id))) and not session.scalar(
        select(exists().where(AlertKanwil.alert_id == alert.id)))


def recipients(session: Session, alert: Alert, *, level: int | None = None) -> list[Recipient]:
    """Everyone who must hear of `alert` at `level` (default its level), each channel once."""
    level = alert.level if level is None else level
    rules = applicable_rules(list_rules(session), level=level, crisis_class=alert.crisis_class)
    tiers = {r.tier for r in rules if r.tier}
    if _is_national(session, alert):
        tiers.add(Tier.DITJEN)
    found: dict[tuple[str, str], Recipient] = {}
    for rule in rules:
        if rule.channel and rule.address:
            found.setdefault((rule.channel, rule.address), Recipient(rule.channel, rule.address, tier="rule"))
    for tier in sorted(tiers):
        for user in _tier_users(session, alert, tier):
            for rec in user_recipients(user, tier):
                found.setdefault((rec.channel, rec.address), rec)
    return list(found.values())
