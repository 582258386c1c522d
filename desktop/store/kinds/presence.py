"""Store declaration of the presence domain: one row per agent the desk may see (its own
agent, or everyone for a supervisor), table made by schema migration ``_v5``."""

from __future__ import annotations

from desktop.store.kinds.base import StoreKind
from protocol.entities import PresenceData

PRESENCE = StoreKind(
    model=PresenceData,
    table="presence",
    columns=(
        "id",
        "state",
        "reason",
        "since",
        "requested",
        "requested_reason",
        "before_offline",
    ),
    topic="presence",
    migration="_v5",
)

KINDS: tuple[StoreKind, ...] = (PRESENCE,)
