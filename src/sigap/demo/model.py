"""Data types of the demo generator: the generated item, a unit, a kind of happening."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class DemoItem:
    """One synthetic article or post, with the ground truth used by tests and evaluation."""

    external_id: str
    url: str
    outlet: str
    platform: str
    owned: bool
    title: str
    text: str
    author: str
    published: datetime
    likes: int | None
    shares: int | None
    comments: int | None
    views: int | None
    tone: str
    issues: tuple[str, ...]
    unit: str | None
    province: str | None
    event_key: str | None
    severity: int
    relevant: bool
    scripted_crisis: bool = False


class UnitLike(Protocol):
    """What the generator needs to know about a unit (a gazetteer row fits)."""

    @property
    def name(self) -> str: ...

    @property
    def city(self) -> str: ...

    @property
    def province(self) -> str: ...

    @property
    def type(self) -> str: ...


@dataclass(frozen=True)
class DemoUnit:
    name: str
    type: str
    city: str
    province: str
    kanwil: str = ""
    cls: str = ""


@dataclass(frozen=True)
class Kind:
    """A kind of happening and the words outlets and accounts use for it.

    Templates use ``{slot}`` placeholders filled from the context built in ``text.py``
    plus the kind's own ``facts`` (slot name -> options, one chosen per event).
    """

    code: str
    tone: str
    issues: tuple[str, ...]
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    bodies: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()
    owned_posts: tuple[str, ...] = ()
    severity: int = 0
    relevant: bool = True
    types: tuple[str, ...] = ()
    facts: dict[str, tuple[str, ...]] = field(default_factory=dict)
