"""Work that ends: an accepted offer's contact is over (into after-call work, or done
for email), and after-call work that reaches its limit. Rounds run both
(:mod:`server.acd.rounds`); the agent's commands and the switch end work directly (a
wrap-up, a blind transfer). The agent's presence follows: after-call work, then the state
they asked for while working, or available."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.routing import QueueRoutingData
from server.acd import tables as t
from server.acd.entities import default_queue_routing, offer_events
from server.core.eventlog import Draft
from server.domains.calls import tables as calls_t
from server.domains.conversations import tables as conv
from server.domains.presence import states as presence


async def agent_has(conn: AsyncConnection, agent_id: int, phases: tuple[str, ...]) -> bool:
    """Whether the agent has an offer in one of ``phases``."""
    o = t.offers
    found = await conn.execute(
        sa.select(o.c.id).where(o.c.agent_id == agent_id, o.c.phase.in_(phases)).limit(1)
    )
    return found.first() is not None


async def finish_work(
    conn: AsyncConnection,
    offer: Any,
    now: float,
    rule: QueueRoutingData,
    *,
    talk: float = 0.0,
    hold: float = 0.0,
) -> list[Draft]:
    """End an accepted offer's work: after-call work for calls and chats, done for email.
    Then the agent's presence: after-call work, or back from work when nothing is left."""
    o = t.offers
    with_acw = offer.channel in ("phone", "chat")
    values: dict[str, Any] = {"ended_at": now, "talk_seconds": talk, "hold_seconds": hold}
    if with_acw:
        values["phase"] = "acw"
        values["acw_until"] = now + rule.acw_seconds if rule.acw_seconds > 0 else None
    else:
        values["phase"] = "done"
    await conn.execute(o.update().where(o.c.id == offer.id).values(values))
    drafts = await offer_events(conn, offer.id)
    if not await agent_has(conn, offer.agent_id, ("working",)):
        if with_acw:
            drafts += await presence.move(conn, offer.agent_id, "acw")
        elif not await agent_has(conn, offer.agent_id, ("acw",)):
            drafts += await presence.after_work(conn, offer.agent_id)
    return drafts


async def ended_work(
    conn: AsyncConnection, now: float, rules: dict[int, QueueRoutingData]
) -> list[Draft]:
    """Working offers whose contact is over for their agent: the call ended or was handed
    over (a transfer completed elsewhere), the chat or email left ``open`` or changed hands."""
    o, k, c = t.offers, calls_t.calls, conv.conversations
    rows = (
        await conn.execute(
            sa.select(
                o,
                k.c.state.label("call_state"),
                k.c.agent_id.label("call_agent"),
                k.c.talk_seconds.label("call_talk"),
                k.c.hold_seconds.label("call_hold"),
                k.c.ended_at.label("call_ended"),
                c.c.status.label("status"),
                c.c.assignee_id.label("assignee"),
            )
            .outerjoin(k, k.c.id == o.c.call_id)
            .join(c, c.c.id == o.c.conversation_id)
            .where(o.c.phase == "working")
        )
    ).all()
    drafts: list[Draft] = []
    for offer in rows:
        talk = hold = 0.0
        ended = now
        if offer.call_id is not None:
            talk, hold = float(offer.call_talk or 0.0), float(offer.call_hold or 0.0)
            if offer.call_state == "ended":
                over, ended = True, min(now, float(offer.call_ended or now))
            else:
                over = offer.call_state != "transferring" and offer.call_agent != offer.agent_id
        else:
            over = offer.status != "open" or offer.assignee != offer.agent_id
        if over:
            rule = rules.get(offer.queue_id) or default_queue_routing(offer.queue_id)
            drafts += await finish_work(conn, offer, ended, rule, talk=talk, hold=hold)
    return drafts


# ------------------------------------------------------------------ 3. after-call work


async def end_acw(conn: AsyncConnection, offer: Any, now: float) -> list[Draft]:
    """After-call work of ``offer`` is over: done, and the agent back from work if that
    was the last of it."""
    o = t.offers
    spent = max(0.0, now - (offer.ended_at or now))
    await conn.execute(o.update().where(o.c.id == offer.id).values(phase="done", acw_seconds=spent))
    drafts = await offer_events(conn, offer.id)
    if not await agent_has(conn, offer.agent_id, ("working", "acw")):
        drafts += await presence.after_work(conn, offer.agent_id)
    return drafts


async def acw_over(conn: AsyncConnection, now: float) -> list[Draft]:
    o = t.offers
    rows = (
        await conn.execute(
            sa.select(o).where(
                o.c.phase == "acw",
                o.c.acw_until.is_not(None),
                o.c.acw_until <= now,
                sa.or_(o.c.wrapup_required.is_(False), o.c.wrapped_at.is_not(None)),
            )
        )
    ).all()
    drafts: list[Draft] = []
    for offer in rows:
        drafts += await end_acw(conn, offer, now)
    return drafts
