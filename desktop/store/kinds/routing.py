"""Store declarations of the routing domain (tables made by schema migration ``_v7``).

- ``offer``: the agent's own offers: the one ringing, and once accepted the work item
  (working, after-call work, done). Topic ``offers``.
- ``routing_profile``: what routing knows of an agent (skills, languages, capacity).
  Topic ``routing_profiles``.
- ``queue_routing``: a queue's routing settings and wrap-up codes (the after-call panel
  reads them) and its first- and next-response targets (the inbox's SLA timers;
  ``next_response_seconds`` added by ``_v9``). Topic ``queue_routing``.
- ``callback``: scheduled callbacks of the queues' conversations. Topic ``callbacks``.

Lists and maps (skills, languages, capacity, wrap-up codes) are stored as JSON text.
"""

from __future__ import annotations

import json

from desktop.store.kinds.base import Row, StoreKind
from protocol.kinds.routing import CallbackData, OfferData, QueueRoutingData, RoutingProfileData


def _profile_row(p: RoutingProfileData) -> Row:
    return (
        p.id,
        json.dumps([s.model_dump() for s in p.skills]),
        json.dumps(p.languages, ensure_ascii=False),
        json.dumps(p.capacity, ensure_ascii=False),
    )


def _queue_routing_row(q: QueueRoutingData) -> Row:
    return (
        q.id,
        q.priority,
        q.sla_seconds,
        q.widen_after_seconds,
        q.min_level,
        q.acw_seconds,
        q.wrapup_required,
        json.dumps([c.model_dump() for c in q.wrapup_codes], ensure_ascii=False),
        q.offer_seconds,
        q.next_response_seconds,
    )


OFFER = StoreKind(
    model=OfferData,
    table="offers",
    columns=(
        "id",
        "agent_id",
        "conversation_id",
        "queue_id",
        "channel",
        "call_id",
        "callback_id",
        "state",
        "phase",
        "why",
        "why_level",
        "why_candidates",
        "why_waited",
        "offered_at",
        "expires_at",
        "decided_at",
        "decline_reason",
        "ended_at",
        "acw_until",
        "wrapup_required",
        "wrapup_code",
        "wrapup_note",
        "wrapped_at",
        "talk_seconds",
        "hold_seconds",
        "acw_seconds",
    ),
    topic="offers",
    migration="_v7",
)
ROUTING_PROFILE = StoreKind(
    model=RoutingProfileData,
    table="routing_profiles",
    columns=("id", "skills", "languages", "capacity"),
    row=_profile_row,
    topic="routing_profiles",
    migration="_v7",
)
QUEUE_ROUTING = StoreKind(
    model=QueueRoutingData,
    table="queue_routing",
    columns=(
        "id",
        "priority",
        "sla_seconds",
        "widen_after_seconds",
        "min_level",
        "acw_seconds",
        "wrapup_required",
        "wrapup_codes",
        "offer_seconds",
        "next_response_seconds",
    ),
    row=_queue_routing_row,
    topic="queue_routing",
    migration="_v9",
)
CALLBACK = StoreKind(
    model=CallbackData,
    table="callbacks",
    columns=(
        "id",
        "conversation_id",
        "customer_id",
        "queue_id",
        "phone",
        "due_at",
        "note",
        "agent_id",
        "prefer_agent",
        "requested_by",
        "state",
        "created_at",
    ),
    topic="callbacks",
    migration="_v7",
)

KINDS: tuple[StoreKind, ...] = (QUEUE_ROUTING, ROUTING_PROFILE, OFFER, CALLBACK)
"""The domain's declarations, in the protocol's snapshot order."""
