"""Inbound customer messages: the one entry point for every channel and the simulator.

A message finds (or creates) its customer by ``ref``, continues that customer's unresolved
conversation on the channel or opens a new one, and reopens a conversation that was
pending, snoozed or resolved, because a customer writing again needs an answer.
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.entities import ConversationData, MessageData
from protocol.rest import IntakeMessage, IntakeResult
from server import eventlog
from server.context import ServerContext
from server.db import tables as t
from server.eventlog import Draft
from server.views import customer_from_row

DEFAULT_QUEUE = "General"
PREVIEW_CHARS = 120
_CONVERSATION_COLUMNS = tuple(
    name for name in ConversationData.model_fields if name not in ("kind", "customer_name")
)


class IntakeError(Exception):
    """The message cannot be taken in; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def preview(body: str) -> str:
    """The one-line inbox preview of a message body."""
    return " ".join(body.split())[:PREVIEW_CHARS]


async def _customer(conn: AsyncConnection, msg: IntakeMessage) -> sa.Row[tuple[object, ...]]:
    c = t.customers
    row = (await conn.execute(sa.select(c).where(c.c.ref == msg.customer.ref))).first()
    if row is None:
        data = msg.customer
        await conn.execute(
            sa.insert(c).values(
                ref=data.ref,
                name=data.name,
                email=data.email,
                phone=data.phone,
                language=data.language,
            )
        )
        row = (await conn.execute(sa.select(c).where(c.c.ref == data.ref))).one()
    return row


async def _queue_id(conn: AsyncConnection, name: str) -> int:
    queue_id = (
        await conn.execute(sa.select(t.queues.c.id).where(t.queues.c.name == name))
    ).scalar()
    if queue_id is None:
        raise IntakeError(422, f"unknown queue {name!r}")
    return int(queue_id)


async def _take_in(conn: AsyncConnection, msg: IntakeMessage) -> tuple[IntakeResult, list[Draft]]:
    now = time.time()
    customer = await _customer(conn, msg)
    cv = t.conversations
    created = False
    if msg.conversation_id is not None:
        row = (await conn.execute(sa.select(cv).where(cv.c.id == msg.conversation_id))).first()
        if row is None or row.customer_id != customer.id:
            raise IntakeError(404, "no such conversation for this customer")
        conversation_id = int(row.id)
    else:
        conversation_id_or_none = (
            await conn.execute(
                sa.select(cv.c.id)
                .where(
                    cv.c.customer_id == customer.id,
                    cv.c.channel == msg.channel,
                    cv.c.status != "resolved",
                )
                .order_by(cv.c.id.desc())
                .limit(1)
            )
        ).scalar()
        if conversation_id_or_none is None:
            queue_id = await _queue_id(conn, msg.queue or DEFAULT_QUEUE)
            created_row = await conn.execute(
                sa.insert(cv).values(
                    queue_id=queue_id,
                    customer_id=customer.id,
                    channel=msg.channel,
                    status="open",
                    subject=msg.subject or preview(msg.body)[:80],
                    language=customer.language,
                    created_at=now,
                    updated_at=now,
                    last_message_at=now,
                    last_message_preview="",
                    message_count=0,
                )
            )
            conversation_id = eventlog.new_id(created_row)
            created = True
        else:
            conversation_id = int(conversation_id_or_none)
    message = {
        "conversation_id": conversation_id,
        "direction": "in",
        "author_name": customer.name,
        "body": msg.body,
        "created_at": now,
    }
    inserted = await conn.execute(sa.insert(t.messages).values(**message))
    message_id = eventlog.new_id(inserted)
    # RETURNING spares a read-back: this path runs for every customer message.
    updated = (
        await conn.execute(
            sa.update(cv)
            .where(cv.c.id == conversation_id)
            .values(
                status="open",
                updated_at=now,
                last_message_at=now,
                last_message_preview=preview(msg.body),
                message_count=cv.c.message_count + 1,
            )
            .returning(*cv.c)
        )
    ).one()
    conversation = ConversationData(
        **{c: getattr(updated, c) for c in _CONVERSATION_COLUMNS}, customer_name=customer.name
    )
    message_data = MessageData(id=message_id, author_agent_id=None, client_ref=None, **message)
    queue_id = conversation.queue_id
    drafts: list[Draft] = []
    if created:
        drafts.append(eventlog.upsert(customer_from_row(customer), queue_id=queue_id))
    drafts.append(eventlog.upsert(message_data, queue_id=queue_id))
    drafts.append(eventlog.upsert(conversation, queue_id=queue_id))
    result = IntakeResult(
        conversation_id=conversation_id, message_id=message_id, customer_id=customer.id, seq=0
    )
    return result, drafts


async def take_in(ctx: ServerContext, msg: IntakeMessage) -> IntakeResult:
    """Record one inbound message and its events. Raises :class:`IntakeError`."""
    result, seq = await ctx.write(lambda conn: _take_in(conn, msg))
    return result.model_copy(update={"seq": seq})
