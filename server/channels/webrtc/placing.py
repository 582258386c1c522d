"""Where a browser call goes and how its provider events are recorded.

A browser call is a phone call to the state machine (provider ``webrtc``): it belongs to
the caller's conversation on the ``phone`` channel, so routing rings it like any call. A
caller who has a chat session is that session's customer (their calls and chats are one
customer 360); a caller without one is a new customer named "Web visitor", one per call,
because nothing tells two anonymous visitors apart and merging them would mix strangers.
Events are recorded through the same function the CTI route uses
(:func:`server.domains.calls.record.record_event`), with event ids ``<call id>:<n>``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.calls import CallData, CallEventType, CtiEvent
from server.channels.cti import CHANNEL, join_phone_conversation
from server.channels.intake import DEFAULT_QUEUE, find_customer
from server.core import tables as house
from server.core.context import ServerContext
from server.domains.calls import tables as calls_t
from server.domains.calls.entities import call_from_row
from server.domains.calls.record import (
    CallRefusedError,
    JoinConversation,
    Placement,
    record_event,
)
from server.domains.conversations import tables as conv

PROVIDER = "webrtc"
ANONYMOUS = "web visitor"
"""The caller of a call placed without a chat session (the brief's wording, shown on desks)."""


@dataclass(frozen=True)
class Origin:
    """Who is calling: a chat session's customer (and that chat's queue), or nobody known.

    ``customer_id`` is set once the chat has a customer; before that, ``chat_ref`` (the
    session's chat handle), ``name``, ``email`` and ``language`` make or find them."""

    customer_id: int | None = None
    chat_ref: str | None = None
    name: str = "Web visitor"
    email: str | None = None
    language: str = "en"
    queue_id: int | None = None
    queue: str | None = None


def joiner(origin: Origin, call_ref: str) -> JoinConversation:
    """The conversation of a new browser call: the customer's unresolved phone conversation
    (reopened), or a new one in the chat's queue, the asked queue or General."""

    async def join(conn: AsyncConnection, event: CtiEvent) -> Placement:
        c = conv.customers
        customer = None
        if origin.customer_id is not None:
            customer = (
                await conn.execute(sa.select(c).where(c.c.id == origin.customer_id))
            ).first()
        if customer is None and origin.chat_ref is not None:
            customer = await find_customer(
                conn,
                "chat",
                origin.chat_ref,
                origin.name,
                email=origin.email,
                language=origin.language,
            )
        if customer is None:
            customer = await find_customer(conn, CHANNEL, f"webrtc:{call_ref}", origin.name)
            caller = ANONYMOUS
        else:
            caller = str(customer.ref)
        return await join_phone_conversation(
            conn,
            customer,
            caller=caller[:320],
            subject=f"Browser call from {customer.name}",
            queue=origin.queue_id or origin.queue or event.queue or DEFAULT_QUEUE,
        )

    return join


async def _no_new_call(_conn: AsyncConnection, event: CtiEvent) -> Placement:
    raise CallRefusedError(404, f"no browser call {event.provider_call_id!r}")


async def report(
    ctx: ServerContext,
    call_ref: str,
    event_id: str,
    event_type: CallEventType,
    *,
    join: JoinConversation = _no_new_call,
    caller: str | None = None,
    queue: str | None = None,
    agent: str | None = None,
    reason: str | None = None,
    digits: str | None = None,
) -> CallData:
    """Record one event of browser call ``call_ref``; the call after it. Raises
    :class:`CallRefusedError` (409 when the machine refuses, 404 for an unknown call)."""
    event = CtiEvent(
        provider=PROVIDER,
        provider_call_id=call_ref,
        event_id=event_id,
        type=event_type,
        at=time.time(),
        caller=caller,
        queue=queue,
        agent=agent,
        reason=reason,
        digits=digits,
    )
    answer, _seq = await ctx.write(lambda conn: record_event(conn, event, join))
    return answer.call


async def agent_username(ctx: ServerContext, agent_id: int | None) -> str | None:
    """The username CTI events name an agent by (``None`` for no or an unknown agent)."""
    if agent_id is None:
        return None
    a = house.agents
    async with ctx.engine.connect() as conn:
        found = (await conn.execute(sa.select(a.c.username).where(a.c.id == agent_id))).scalar()
    return None if found is None else str(found)


async def live_calls(ctx: ServerContext) -> list[CallData]:
    """Browser calls the database still thinks are going on."""
    k = calls_t.calls
    async with ctx.engine.connect() as conn:
        rows = (
            await conn.execute(sa.select(k).where(k.c.provider == PROVIDER, k.c.state != "ended"))
        ).all()
    return [call_from_row(row) for row in rows]
