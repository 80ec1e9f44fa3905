"""Turning a filled template into a DemoItem: news articles and social posts."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sigap.demo.model import DemoItem, Kind
from sigap.demo.names import person
from sigap.demo.outlets import PLATFORM_NAMES, Outlet, engagement, news_url, social_url
from sigap.demo.text import headline_case, news_text, pick_distinct, render, social_text

OWNED_TAGS = ("#Pemasyarakatan", "#PemasyarakatanPastiBermanfaat", "#Ditjenpas", "#Kemenimipas",
              "#SahabatPemasyarakatan", "#WBP")
PUBLIC_TAGS = ("#lapas", "#napi", "#viral", "#fyp", "#infoterkini", "#beritaterkini")


@dataclass(frozen=True)
class Truth:
    tone: str
    issues: tuple[str, ...]
    unit: str | None
    province: str | None
    event_key: str | None
    severity: int
    relevant: bool = True
    scripted: bool = False

    @classmethod
    def of(cls, kind: Kind, unit: str | None, province: str | None, key: str | None,
           scripted: bool = False) -> Truth:
        return cls(kind.tone, kind.issues, unit, province, key, kind.severity, kind.relevant, scripted)


def _ext_id(url: str) -> str:
    return "demo-" + hashlib.sha1(url.encode()).hexdigest()[:14]


def _item(url: str, outlet: str, platform: str, owned: bool, title: str, text: str, author: str,
          when: datetime, counts: tuple[int | None, ...], truth: Truth) -> DemoItem:
    likes, shares, comments, views = counts
    when = when.replace(microsecond=0)
    return DemoItem(
        external_id=_ext_id(url), url=url, outlet=outlet, platform=platform, owned=owned, title=title,
        text=text, author=author, published=when, likes=likes, shares=shares, comments=comments,
        views=views, tone=truth.tone, issues=truth.issues, unit=truth.unit, province=truth.province,
        event_key=truth.event_key, severity=truth.severity, relevant=truth.relevant,
        scripted_crisis=truth.scripted,
    )


def _title(kind: Kind, ctx: Mapping[str, str], used: set[str], rng: random.Random,
           seen: set[str] | None) -> str:
    """A headline from a template the event has not used, avoiding headlines other events used."""
    title = headline_case(render(pick_distinct(kind.titles, used, rng), ctx))
    tries = len(kind.titles)
    while seen is not None and title in seen and tries > 0:
        title = headline_case(render(pick_distinct(kind.titles, used, rng), ctx))
        tries -= 1
    if seen is not None:
        seen.add(title)
    return title


def news_item(kind: Kind, ctx: Mapping[str, str], outlet: Outlet, when: datetime, rng: random.Random,
              used: set[str], truth: Truth, seen: set[str] | None = None) -> DemoItem:
    """One article; ``used`` holds the templates already used by the same event, ``seen`` the
    headlines of earlier events (to keep headlines from repeating across events)."""
    title = _title(kind, ctx, used, rng, seen)
    lead = pick_distinct(kind.leads, used, rng)
    text = news_text(kind, ctx, outlet, rng, lead=lead)
    url = news_url(outlet, title, when, rng)
    if outlet.tier == "owned":
        author = f"Humas {ctx['short']}"
    else:
        author = person(rng) if rng.random() < 0.8 else f"Redaksi {outlet.name}"
    return _item(url, outlet.name, "news", outlet.tier == "owned", title, text, author, when,
                 (None, None, None, None), truth)


def social_item(template: str, ctx: Mapping[str, str], platform: str, handle: str, owned: bool,
                when: datetime, rng: random.Random, reach: str, truth: Truth) -> DemoItem:
    """One post by ``handle`` (without '@') on ``platform``."""
    text = social_text(template, ctx, rng, (*OWNED_TAGS, ctx["tag"]) if owned else PUBLIC_TAGS, official=owned)
    url = social_url(platform, handle, rng)
    return _item(url, PLATFORM_NAMES[platform], platform, owned, "", text, "@" + handle, when,
                 engagement(platform, reach, rng), truth)
