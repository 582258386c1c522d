"""The demo centre's routing: queue priorities, service levels (first and next response),
after-call work limits and wrap-up codes, and each demo agent's skills, languages and
capacity.

Agents speak the languages of their names (Emma English and Finnish, Wang Fang
Simplified Chinese...), so a contact in a language nobody online speaks shows the queue
widening after its threshold. Pure data: :func:`rows` gives the table rows and entities.
"""

from __future__ import annotations

import json
from typing import Any

from protocol.kinds.routing import QueueRoutingData, RoutingProfileData, Skill, WrapupChoice

COMMON_CODES = (
    ("resolved", "Resolved on first contact"),
    ("follow_up", "Follow-up promised"),
    ("escalated", "Escalated to second line"),
    ("info", "Information given"),
)
QUEUE_SETTINGS: dict[str, dict[str, Any]] = {
    "General": {
        "priority": 0,
        "sla_seconds": 60,
        "next_response_seconds": 300,
        "acw_seconds": 60,
        "min_level": 1,
    },
    "Billing": {
        "priority": 1,
        "sla_seconds": 45,
        "next_response_seconds": 240,
        "acw_seconds": 90,
        "min_level": 2,
    },
    "Delivery": {
        "priority": 0,
        "sla_seconds": 60,
        "next_response_seconds": 300,
        "acw_seconds": 60,
        "min_level": 1,
    },
    "Technical Support": {
        "priority": 2,
        "sla_seconds": 30,
        "next_response_seconds": 180,
        "acw_seconds": 120,
        "min_level": 2,
    },
}
"""``sla_seconds`` is both the answer target of an offer and a conversation's
first-response target; ``next_response_seconds`` the target for each later customer
message (the inbox's SLA countdown)."""
EXTRA_CODES: dict[str, tuple[tuple[str, str], ...]] = {
    "Billing": (("refund", "Refund issued"), ("invoice", "Invoice corrected")),
    "Delivery": (("reshipped", "Parcel reshipped"), ("tracking", "Tracking given")),
    "Technical Support": (("reset", "Password reset"), ("outage", "Known outage")),
}
AGENT_LANGUAGES: tuple[tuple[str, ...], ...] = (
    ("en", "fi"),
    ("fi", "en"),
    ("zh-Hans", "en"),
    ("zh-Hant", "zh-Hans"),
    ("en",),
    ("fi", "en"),
    ("zh-Hans",),
    ("zh-Hant", "en"),
    ("en",),
    ("fi",),
)


def rows(
    queue_rows: list[dict[str, Any]], members: dict[int, list[int]], agent_count: int
) -> tuple[
    list[dict[str, Any]], list[dict[str, Any]], list[QueueRoutingData], list[RoutingProfileData]
]:
    """Routing rows for the demo's queues and its first ``agent_count`` agents (the
    supervisor has no profile: supervisors are not routed to)."""
    queue_out: list[dict[str, Any]] = []
    queue_entities: list[QueueRoutingData] = []
    for q in queue_rows:
        name = str(q["name"])
        codes = [
            WrapupChoice(code=c, label=lbl) for c, lbl in COMMON_CODES + EXTRA_CODES.get(name, ())
        ]
        entity = QueueRoutingData(
            id=int(q["id"]), wrapup_codes=codes, **QUEUE_SETTINGS.get(name, {})
        )
        queue_entities.append(entity)
        queue_out.append(
            {
                "queue_id": entity.id,
                "priority": entity.priority,
                "sla_seconds": entity.sla_seconds,
                "next_response_seconds": entity.next_response_seconds,
                "widen_after_seconds": entity.widen_after_seconds,
                "min_level": entity.min_level,
                "acw_seconds": entity.acw_seconds,
                "wrapup_required": entity.wrapup_required,
                "offer_seconds": entity.offer_seconds,
                "wrapup_codes": json.dumps([c.model_dump() for c in codes]),
            }
        )
    profile_out: list[dict[str, Any]] = []
    profile_entities: list[RoutingProfileData] = []
    for agent_id in range(1, agent_count + 1):
        queues = members.get(agent_id, [])
        # Levels from 3 (first queue) down: every agent is strongest in their first queue.
        skills = [Skill(queue_id=q, level=max(1, 3 - i)) for i, q in enumerate(queues)]
        languages = list(AGENT_LANGUAGES[(agent_id - 1) % len(AGENT_LANGUAGES)])
        profile = RoutingProfileData(id=agent_id, skills=skills, languages=languages)
        profile_entities.append(profile)
        profile_out.append(
            {
                "agent_id": agent_id,
                "skills": json.dumps([s.model_dump() for s in skills]),
                "languages": json.dumps(languages),
                "cap_phone": profile.capacity["phone"],
                "cap_chat": profile.capacity["chat"],
                "cap_email": profile.capacity["email"],
            }
        )
    return queue_out, profile_out, queue_entities, profile_entities
