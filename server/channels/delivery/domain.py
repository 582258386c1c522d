"""The delivery part's registration: the ``message.retry`` command.

An agent sends a ``failed`` message again: it goes back to ``queued``, due now, with its
attempts reset; the message event wakes the dispatcher. Anything else is refused before a
write: ``not_visible`` (a missing message, or one of a conversation the agent cannot see:
one answer, so ids outside the agent's queues are not leaked) and ``not_failed``.
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.channels import RETRY_DELIVERY, MessageAnswer, MessageRef
from protocol.command_base import CommandAnswer, CommandArgs
from protocol.entities import MessageData
from server.channels.delivery import state
from server.core.commands import CommandRefusedError
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.registry import Domain
from server.core.visibility import Viewer
from server.domains.conversations import tables as t
from server.domains.conversations.entities import message_from_row

STATES = {"queued": "it is still queued", "sent": "it was sent", "delivered": "it was delivered"}


async def retry(ctx: ServerContext, viewer: Viewer, args: CommandArgs) -> CommandAnswer:
    """Queue a failed delivery again."""
    assert isinstance(args, MessageRef)
    m = t.messages.c

    async def work(conn: AsyncConnection) -> tuple[MessageData, list[Draft]]:
        row = (
            await conn.execute(
                sa.select(m.id, m.delivery, t.conversations.c.queue_id)
                .join(t.conversations, t.conversations.c.id == m.conversation_id)
                .where(m.id == args.message_id)
            )
        ).first()
        if row is None or not viewer.sees(row.queue_id, None):
            raise CommandRefusedError(
                "not_visible", f"message {args.message_id} is not visible to you"
            )
        if row.delivery != "failed":
            said = STATES.get(row.delivery, "it is not an outbound message that delivers")
            raise CommandRefusedError("not_failed", f"only a failed message is sent again: {said}")
        await conn.execute(
            sa.update(t.messages).where(m.id == row.id).values(**state.queue_values(time.time()))
        )
        drafts = await state.message_events(conn, [row.id])
        fresh = (await conn.execute(sa.select(t.messages).where(m.id == row.id))).one()
        return message_from_row(fresh), drafts

    message, _ = await ctx.write(work)
    return MessageAnswer(message=message)


DOMAIN = Domain(name="delivery", commands={RETRY_DELIVERY.name: retry})
