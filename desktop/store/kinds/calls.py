"""Store declaration of the calls domain: phone calls (table made by schema migration
``_v6``). A call raises its own topic, ``changes.calls``; a conversation's header or a
call panel reads the calls of the conversation it shows (indexed by conversation)."""

from __future__ import annotations

from desktop.store.kinds.base import StoreKind
from protocol.kinds.calls import CallData

CALL = StoreKind(
    model=CallData,
    table="calls",
    columns=(
        "id",
        "conversation_id",
        "queue_id",
        "direction",
        "caller",
        "state",
        "provider",
        "provider_call_id",
        "agent_id",
        "offered_at",
        "connected_at",
        "ended_at",
        "state_since",
        "talk_seconds",
        "hold_seconds",
        "end_reason",
    ),
    topic="calls",
    migration="_v6",
)

KINDS: tuple[StoreKind, ...] = (CALL,)
"""The domain's declarations."""
