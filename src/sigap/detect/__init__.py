"""Detection: baselines, signals, levels, noise control and routing → alerts (DESIGN §4: detect).

The pipeline calls `detect_once(session, settings)` after each ingest/analyse pass; ingest calls
`record_engagement(session, item)` whenever it (re)imports an item with engagement counts.
"""

from sigap.detect.engagement import record_engagement
from sigap.detect.run import DetectReport, Firing, backtest, detect_once

__all__ = ["DetectReport", "Firing", "backtest", "detect_once", "record_engagement"]
