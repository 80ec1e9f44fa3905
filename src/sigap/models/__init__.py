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

__all__ = [
    "Analysis",
    "AuditLog",
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
