"""Calls from telephony: a CTI event applied to its call, and a new call's conversation.

An inbound (or outbound) call belongs to the customer's conversation on the phone
channel, found exactly as :mod:`server.channels.intake` finds a customer
(:func:`~server.channels.intake.find_customer`): the holder of the caller's number in
its normal form (E.164 when it parses) among the customers' identities, else by ``ref``,
so ``+358 40 123 4567`` and ``+358401234567`` are one customer, and a caller whose
number is on a chat customer's profile is that customer. The customer's unresolved
phone conversation is joined (and reopened), or a new one opened in the event's queue.
The call itself is the calls domain's (:func:`server.domains.calls.record.record_event`).
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.calls import CtiAnswer, CtiEvent
from protocol.text import normal_phone
from server.channels.intake import (
    DEFAULT_QUEUE,
    channel_ref,
    find_customer,
    insert_conversation,
    unresolved_conversation,
)
from server.core import eventlog
from server.core import tables as house
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.domains.calls.record import CallRefusedError, Placement, record_event
from server.domains.conversations import tables as conv
from server.domains.conversations.entities import customer_from_row, load_conversation

CHANNEL = "phone"


def _phone_or_none(number: str) -> str | None:
    try:
        return normal_phone(number)
    except ValueError:
        return None


async def _queue_id(conn: AsyncConnection, name: str) -> int:
    found = (
        await conn.execute(sa.select(house.queues.c.id).where(house.queues.c.name == name))
    ).scalar()
    if found is None:
        raise CallRefusedError(422, f"unknown queue {name!r}")
    return int(found)


async def join_phone_conversation(
    conn: AsyncConnection,
    customer: sa.Row[tuple[object, ...]],
    *,
    caller: str,
    subject: str,
    queue: int | str,
) -> Placement:
    """A call's placement: ``customer``'s unresolved phone conversation (reopened if
    pending or snoozed), or a new one with ``subject`` in ``queue`` (an id, or a name looked
    up only then: 422 if unknown). Shared by CTI and browser calls so both join alike."""
    now = time.time()
    existing = await unresolved_conversation(conn, int(customer.id), CHANNEL)
    drafts: list[Draft] = []
    if existing is None:
        queue_id = queue if isinstance(queue, int) else await _queue_id(conn, queue)
        conversation_id = await insert_conversation(
            conn, customer, CHANNEL, queue_id=queue_id, subject=subject[:500], now=now
        )
        drafts.append(eventlog.upsert(customer_from_row(customer), queue_id=queue_id))
    else:
        conversation_id = existing
        cv = conv.conversations
        await conn.execute(
            sa.update(cv).where(cv.c.id == conversation_id).values(status="open", updated_at=now)
        )
    conversation = await load_conversation(conn, conversation_id)
    assert conversation is not None
    drafts.append(eventlog.upsert(conversation, queue_id=conversation.queue_id))
    return Placement(conversation_id, conversation.queue_id, caller, drafts)


async def join_conversation(conn: AsyncConnection, event: CtiEvent) -> Placement:
    """The caller's open phone conversation (reopened if pending or snoozed), or a new one
    in ``event.queue`` (default General); the customer is made on first contact."""
    assert event.caller is not None  # record_event refuses an offer without one
    ref = channel_ref(CHANNEL, event.caller)
    customer = await find_customer(
        conn, CHANNEL, event.caller, ref[:200], phone=_phone_or_none(event.caller)
    )
    return await join_phone_conversation(
        conn,
        customer,
        caller=ref,
        subject=f"Call from {ref}",
        queue=event.queue or DEFAULT_QUEUE,
    )


async def take_event(ctx: ServerContext, event: CtiEvent) -> CtiAnswer:
    """Apply one CTI event with its events. Raises
    :class:`~server.domains.calls.record.CallRefusedError`."""
    answer, seq = await ctx.write(lambda conn: record_event(conn, event, join_conversation))
    return answer.model_copy(update={"seq": seq})
