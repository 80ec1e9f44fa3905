"""All tables (SQLAlchemy 2 typed) by domain; importing this package registers every table on Base.

Split by domain so each stage owns its tables (DESIGN §4: a module becomes a package past ~400 lines).
"""

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

# Domain tables added by later stages register here (one import line each):
# --- domain models ---
from sigap.models import alerts as _alerts  # noqa: E402, F401
from sigap.models import cases as _cases  # noqa: E402, F401
from sigap.models.analysis import Correction  # noqa: E402

__all__ = [
    "Analysis",
    "AuditLog",
    "Correction",
    "Base",
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
