"""Fictional outlets and accounts, their URLs and social engagement.

Every domain ends in ``-demo.id`` so that no generated item can be taken for a real outlet's.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from sigap.demo.model import UnitLike
from sigap.demo.units import province_abbr, short_name


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str
    tier: str  # national | regional | owned | social
    platform: str = "news"
    province: str | None = None


NATIONAL_OUTLETS: tuple[Outlet, ...] = tuple(
    Outlet(name, re.sub(r"[^a-z]", "", name.lower()) + "-demo.id", "national")
    for name in (
        "Kabar Nusantara", "Warta Negeri", "Harian Cakrawala", "Lintas Merdeka", "Sorot Publik",
        "Jurnal Khatulistiwa", "Media Pertiwi", "Portal Seantero", "Nusa Daily", "Detak Republik",
        "Berita Samudra", "Koran Mandala",
    )
)
NATIONAL_NAMES: frozenset[str] = frozenset(o.name for o in NATIONAL_OUTLETS)

PLATFORM_NAMES = {"x": "X", "instagram": "Instagram", "tiktok": "TikTok", "facebook": "Facebook",
                  "youtube": "YouTube", "news": "Berita"}
_REGIONAL_PATTERNS = ("Warta {}", "Gema {}", "Lensa {}", "Pena {}", "Corong {}", "{} Sepekan",
                      "Kabar {}", "Suara Warga {}", "Sorot {}", "{} Terkini", "Tribuna {}", "Obor {}")
_REGION_WORD = {"DKI Jakarta": "Jakarta", "DI Yogyakarta": "Jogja", "Sulawesi Tengah": "Sulteng"}
_SECTIONS = ("daerah", "hukum", "peristiwa", "berita", "regional", "kriminal", "sosial")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@lru_cache(maxsize=64)
def regional_outlets(province: str) -> tuple[Outlet, ...]:
    """Three fictional regional outlets for a province, always the same ones."""
    rng = random.Random(f"outlets:{province}")
    word = _REGION_WORD.get(province, province_abbr(province))
    patterns = rng.sample(_REGIONAL_PATTERNS, 3)
    return tuple(
        Outlet(p.format(word), _slug(p.format(word)).replace("-", "") + "-demo.id", "regional",
               province=province)
        for p in patterns
    )


def owned_site(unit: UnitLike) -> Outlet:
    """The unit's own website."""
    slug = _slug(short_name(unit)).replace("-", "")
    return Outlet(f"Humas {short_name(unit)}", f"{slug}-demo.id", "owned", province=unit.province)


def owned_handle(unit: UnitLike) -> str:
    """The unit's own social-media account (without '@')."""
    return "humas." + _slug(short_name(unit)).replace("-", "")


def _code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def news_url(outlet: Outlet, title: str, when: datetime, rng: random.Random) -> str:
    slug = _slug(title)[:90].strip("-")
    if outlet.tier == "owned":
        return f"https://{outlet.domain}/berita/{when:%Y/%m}/{slug}-{rng.randrange(1000, 10000)}"
    section = rng.choice(_SECTIONS)
    return f"https://www.{outlet.domain}/{section}/{when:%Y/%m/%d}/{slug}-{rng.randrange(10**5, 10**6)}"


def social_url(platform: str, handle: str, rng: random.Random) -> str:
    if platform == "x":
        return f"https://x-demo.id/{handle}/status/{rng.randrange(10**17, 10**18)}"
    if platform == "instagram":
        return f"https://instagram-demo.id/p/{_code(rng, 11)}/"
    if platform == "tiktok":
        return f"https://tiktok-demo.id/@{handle}/video/{rng.randrange(10**18, 10**19)}"
    if platform == "facebook":
        return f"https://facebook-demo.id/{handle}/posts/{rng.randrange(10**14, 10**15)}"
    return f"https://youtube-demo.id/watch?v={_code(rng, 11)}"


_SCALE = {"low": (150, 4_000), "mid": (4_000, 60_000), "viral": (120_000, 2_500_000)}


def engagement(platform: str, reach: str, rng: random.Random) -> tuple[int | None, ...]:
    """(likes, shares, comments, views) as the platform shows them; None for news."""
    if platform == "news":
        return (None, None, None, None)
    low, high = _SCALE[reach]
    views = int(low * (high / low) ** rng.random())
    likes = int(views * rng.uniform(0.02, 0.09))
    comments = int(likes * rng.uniform(0.03, 0.2))
    shares = int(likes * rng.uniform(0.02, 0.3 if reach == "viral" else 0.1))
    if platform == "instagram":
        return (likes, shares, comments, views if rng.random() < 0.5 else None)
    if platform == "facebook":
        return (likes, shares, comments, None)
    if platform == "youtube":
        return (likes, None, comments, views)
    return (likes, shares, comments, views)
