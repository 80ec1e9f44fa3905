"""All tables (SQLAlchemy 2 typed) by domain; importing this package registers every table on Base.

Split by domain so each stage owns its tables (DESIGN §4: a module becomes a package past ~400 lines).
"""

# Domain tables added by later stages register here (one import line each):
# --- domain models ---
from sigap.models import alerts as _alerts  # noqa: F401
from sigap.models import cases as _cases  # noqa: F401
from sigap.models import ingest as _ingest  # noqa: F401
from sigap.models.analysis import Correction
from sigap.models.base import Base, UTCDateTime, utcnow
from sigap.models.core import (
    Analysis,
    AuditLog,
    Event,
    Item,
    ItemSighting,
    ItemUnit,
    Kanwil,
    Source,
    Unit,
    User,
)

__all__ = [
    "Analysis",
    "AuditLog",
    "Base",
    "Correction",
    "Event",
    "Item",
    "ItemSighting",
    "ItemUnit",
    "Kanwil",
    "Source",
    "UTCDateTime",
    "Unit",
    "User",
    "utcnow",
]
