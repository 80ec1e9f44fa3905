"""From signals to a level (DESIGN §3): severity, issue weight, spread and virality.

The **impact** of an episode is its highest item severity (0-3) × issue weight (0.5-3, taxonomy.py):
an escape or a death at severity 3 scores 9, extortion at severity 2 scores 4. Impact gates; reach
decides the level:

| level | triggers (any one; thresholds in settings) |
|---|---|
| 1 Waspada | impact ≥ SIGAP_DETECT_LEVEL1_MIN_IMPACT and an unusual negative count on the unit (Poisson tail) |
| 2 Siaga | that impact and ≥ SIGAP_DETECT_LEVEL2_OUTLETS news outlets; or fast social spread; or a volume surge |
| 3 Awas | national coverage (many or named national outlets), a viral post, or several units |

National coverage, virality and multi-unit spread need only SIGAP_DETECT_SPREAD_MIN_IMPACT, so a
serious story that goes national alerts even when its first report did not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sigap.detect.signals import Signals
from sigap.settings import Settings
from sigap.taxonomy import Level

Reason = dict[str, Any]


@dataclass
class Judgement:
    level: Level
    reasons: list[Reason] = field(default_factory=list)  # {code, value, threshold}, worded by explain.py


def _r(code: str, value: float, threshold: float) -> Reason:
    return {"code": code, "value": value, "threshold": threshold}


def _level3(sig: Signals, s: Settings) -> list[Reason]:
    if sig.impact < s.detect_spread_min_impact:
        return []
    reasons: list[Reason] = []
    if len(sig.outlets) >= s.detect_level3_outlets:
        reasons.append(_r("outlets3", len(sig.outlets), s.detect_level3_outlets))
    if len(sig.national_outlets) >= s.detect_level3_national_outlets:
        reasons.append(_r("national", len(sig.national_outlets), s.detect_level3_national_outlets))
    if sig.velocity >= s.detect_level3_velocity:
        reasons.append(_r("viral3", round(sig.velocity), s.detect_level3_velocity))
    if len(sig.unit_ids) >= s.detect_level3_units:
        reasons.append(_r("units3", len(sig.unit_ids), s.detect_level3_units))
    return reasons


def _level2(sig: Signals, s: Settings) -> list[Reason]:
    reasons: list[Reason] = []
    if sig.impact >= s.detect_level1_min_impact and len(sig.outlets) >= s.detect_level2_outlets:
        reasons.append(_r("outlets2", len(sig.outlets), s.detect_level2_outlets))
    if sig.impact >= s.detect_spread_min_impact and sig.velocity >= s.detect_level2_velocity:
        reasons.append(_r("viral2", round(sig.velocity), s.detect_level2_velocity))
    if sig.volume is not None:
        reasons.append(_r("volume", sig.volume.get("recent", 0), s.detect_rate_min_count))
    return reasons


def judge(sig: Signals, settings: Settings) -> Judgement:
    """The level of an episode and the reasons for it."""
    reasons3 = _level3(sig, settings)
    if reasons3:
        return Judgement(Level.AWAS, reasons3)
    reasons2 = _level2(sig, settings)
    if reasons2:
        return Judgement(Level.SIAGA, reasons2)
    if sig.impact >= settings.detect_level1_min_impact and sig.unit_ids and sig.unit_p <= settings.detect_poisson_p:
        return Judgement(Level.WASPADA, [_r("unusual_unit", sig.unit_count, settings.detect_poisson_p)])
    return Judgement(Level.NORMAL, [])
