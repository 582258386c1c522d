"""Store declaration of the calls domain: phone calls (table made by schema migration
``_v6``; ``muted``, ``dtmf`` and ``transfer_target`` added by ``_v7``). A call raises its
own topic, ``changes.calls``; the call panel reads the agent's live call and the
conversation's timeline its calls (indexed by conversation)."""

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
        "muted",
        "dtmf",
        "transfer_target",
    ),
    topic="calls",
    migration="_v7",
)

KINDS: tuple[StoreKind, ...] = (CALL,)
"""The domain's declarations."""
