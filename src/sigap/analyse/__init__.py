"""Reading items: normalisation, relevance, tone, issues, units, severity and events.

The entry point is `Analyser` (pipeline.py): `Analyser.load().analyse(items)`. Imported lazily so that
`sigap.analyse.normalise` and friends stay cheap to import.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Analyser", "AnalysisResult", "InputItem"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from sigap.analyse import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
