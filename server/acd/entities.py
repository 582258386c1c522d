"""The ACD's rows as protocol entities, and the events each change makes.

Scopes: an offer and a routing profile are the agent's own, and every supervisor's (two
events, as presence does); a queue's routing settings and its callbacks go to the
queue's members.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.routing import (
    DEFAULT_CAPACITY,
    CallbackData,
    OfferData,
    QueueRoutingData,
    RoutingProfileData,
    Skill,
    WrapupChoice,
)
from server.acd import tables as t
from server.core import eventlog
from server.core.eventlog import Draft
from server.core.visibility import SUPERVISORS_ONLY

Row = Any  # sqlalchemy Row with named columns


def offer_from_row(r: Row) -> OfferData:
    """An offer from an ``offers`` row."""
    return OfferData(
        id=r.id,
        agent_id=r.agent_id,
        conversation_id=r.conversation_id,
        queue_id=r.queue_id,
        channel=r.channel,
        call_id=r.call_id,
        callback_id=r.callback_id,
        state=r.state,
        phase=r.phase,
        why=r.why,
        why_level=r.why_level,
        why_candidates=r.why_candidates,
        why_waited=r.why_waited,
        offered_at=r.offered_at,
        expires_at=r.expires_at,
        decided_at=r.decided_at,
        decline_reason=r.decline_reason,
        ended_at=r.ended_at,
        acw_until=r.acw_until,
        wrapup_required=bool(r.wrapup_required),
        wrapup_code=r.wrapup_code,
        wrapup_note=r.wrapup_note,
        wrapped_at=r.wrapped_at,
        talk_seconds=r.talk_seconds,
        hold_seconds=r.hold_seconds,
        acw_seconds=r.acw_seconds,
    )


def profile_from_row(r: Row) -> RoutingProfileData:
    """A routing profile from a ``routing_profiles`` row."""
    return RoutingProfileData(
        id=r.agent_id,
        skills=[Skill(**s) for s in json.loads(r.skills)],
        languages=list(json.loads(r.languages)),
        capacity={"phone": r.cap_phone, "chat": r.cap_chat, "email": r.cap_email},
    )


def queue_routing_from_row(r: Row) -> QueueRoutingData:
    """A queue's routing settings from a ``routing_queues`` row."""
    return QueueRoutingData(
        id=r.queue_id,
        priority=r.priority,
        sla_seconds=r.sla_seconds,
        next_response_seconds=r.next_response_seconds,
        widen_after_seconds=r.widen_after_seconds,
        min_level=r.min_level,
        acw_seconds=r.acw_seconds,
        wrapup_required=bool(r.wrapup_required),
        wrapup_codes=[WrapupChoice(**c) for c in json.loads(r.wrapup_codes)],
        offer_seconds=r.offer_seconds,
    )


def default_queue_routing(queue_id: int) -> QueueRoutingData:
    """The settings of a queue that has no ``routing_queues`` row."""
    return QueueRoutingData(id=queue_id)


def default_capacity(channel: str) -> int:
    """Capacity of an agent without a profile."""
    return DEFAULT_CAPACITY.get(channel, 1)


def callback_from_row(r: Row) -> CallbackData:
    """A callback from a ``callbacks`` row."""
    return CallbackData(
        id=r.id,
        conversation_id=r.conversation_id,
        customer_id=r.customer_id,
        queue_id=r.queue_id,
        phone=r.phone,
        due_at=r.due_at,
        note=r.note,
        agent_id=r.agent_id,
        prefer_agent=bool(r.prefer_agent),
        requested_by=r.requested_by,
        state=r.state,
        created_at=r.created_at,
    )


def agent_events(entity: OfferData | RoutingProfileData, agent_id: int) -> list[Draft]:
    """The agent's own event and the supervisors' one."""
    return [
        eventlog.upsert(entity, agent_id=agent_id),
        eventlog.upsert(entity, queue_id=SUPERVISORS_ONLY),
    ]


async def load_offer(conn: AsyncConnection, offer_id: int) -> OfferData | None:
    """One offer by id."""
    row = (await conn.execute(sa.select(t.offers).where(t.offers.c.id == offer_id))).first()
    return None if row is None else offer_from_row(row)


async def offer_events(conn: AsyncConnection, offer_id: int) -> list[Draft]:
    """The events of an offer as it is now (after a write)."""
    offer = await load_offer(conn, offer_id)
    assert offer is not None
    return agent_events(offer, offer.agent_id)


async def load_callback(conn: AsyncConnection, callback_id: int) -> CallbackData | None:
    """One callback by id."""
    query = sa.select(t.callbacks).where(t.callbacks.c.id == callback_id)
    row = (await conn.execute(query)).first()
    return None if row is None else callback_from_row(row)


async def callback_events(conn: AsyncConnection, callback_id: int) -> list[Draft]:
    """The event of a callback as it is now (its queue's members see it)."""
    callback = await load_callback(conn, callback_id)
    assert callback is not None
    return [eventlog.upsert(callback, queue_id=callback.queue_id)]
