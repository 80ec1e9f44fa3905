"""Synthetic demo data: an ordinary stream of coverage with one scripted crisis, and crisis drills."""

from __future__ import annotations

from sigap.demo.crisis import CRISIS_UNIT, crisis_window
from sigap.demo.export import write_jsonl
from sigap.demo.model import DemoItem
from sigap.demo.scenarios import SCENARIOS, scenario_items
from sigap.demo.stream import generate_stream

__all__ = ["CRISIS_UNIT", "SCENARIOS", "DemoItem", "crisis_window", "generate_stream", "scenario_items",
           "write_jsonl"]
