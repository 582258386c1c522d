"""Desk mutations: applied exactly once per ``(client_id, mutation_id)``.

The client's last mutation id is recorded in the same transaction as the mutation's effects
and events, so a desk that lost an ack and resends gets ``duplicate`` instead of a second
reply. A refused mutation also uses up its id: the desk's outbox moves on and rolls back.
"""

from __future__ import annotations

import logging
import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.frames import Ack, Mutation, Reject, ReplyOp, SetStatusOp, VoteOp, client_ref
from server import eventlog, knowledge
from server.context import ServerContext
from server.db import tables as t
from server.eventlog import Draft
from server.hub import Viewer
from server.intake import preview
from server.views import load_conversation, message_from_row

log = logging.getLogger(__name__)


async def last_mutation_id(conn: AsyncConnection, agent_id: int, client_id: str) -> int:
    """The last mutation id recorded for ``agent_id``'s ``client_id`` (0 for a new one).

    Counters live per (agent, client id): no agent can read or move another's."""
    cs = t.client_state
    value = (
        await conn.execute(
            sa.select(cs.c.last_mutation_id).where(
                cs.c.agent_id == agent_id, cs.c.client_id == client_id
            )
        )
    ).scalar()
    return int(value or 0)


async def client_owner(conn: AsyncConnection, client_id: str) -> int | None:
    """The agent a client id was first used by (None for a new id)."""
    cs = t.client_state
    value = (
        await conn.execute(
            sa.select(cs.c.agent_id)
            .where(cs.c.client_id == client_id)
            .order_by(cs.c.agent_id)
            .limit(1)
        )
    ).scalar()
    return None if value is None else int(value)


async def _record(conn: AsyncConnection, client_id: str, agent_id: int, mutation_id: int) -> None:
    cs = t.client_state
    updated = await conn.execute(
        sa.update(cs)
        .where(cs.c.agent_id == agent_id, cs.c.client_id == client_id)
        .values(last_mutation_id=mutation_id)
    )
    if not updated.rowcount:
        await conn.execute(
            sa.insert(cs).values(
                client_id=client_id, agent_id=agent_id, last_mutation_id=mutation_id
            )
        )


async def _reply(
    conn: AsyncConnection, op: ReplyOp, viewer: Viewer, author: str, client_ref: str
) -> list[Draft]:
    now = time.time()
    inserted = await conn.execute(
        sa.insert(t.messages).values(
            conversation_id=op.conversation_id,
            direction="note" if op.internal else "out",
            author_name=author,
            author_agent_id=viewer.agent_id,
            body=op.body,
            created_at=now,
            client_ref=client_ref,
        )
    )
    message_id = eventlog.new_id(inserted)
    cv = t.conversations
    changes: dict[str, object] = {
        "updated_at": now,
        "message_count": cv.c.message_count + 1,
        "assignee_id": sa.func.coalesce(cv.c.assignee_id, viewer.agent_id),
    }
    if not op.internal:
        # A note is for colleagues: it never becomes the inbox preview or the last activity
        # a customer-facing view would show.
        changes |= {"last_message_at": now, "last_message_preview": preview(op.body)}
    await conn.execute(sa.update(cv).where(cv.c.id == op.conversation_id).values(**changes))
    row = (await conn.execute(sa.select(t.messages).where(t.messages.c.id == message_id))).one()
    conversation = await load_conversation(conn, op.conversation_id)
    assert conversation is not None
    return [
        eventlog.upsert(message_from_row(row), queue_id=conversation.queue_id),
        eventlog.upsert(conversation, queue_id=conversation.queue_id),
    ]


async def _set_status(conn: AsyncConnection, op: SetStatusOp) -> list[Draft]:
    cv = t.conversations
    await conn.execute(
        sa.update(cv)
        .where(cv.c.id == op.conversation_id)
        .values(status=op.status, updated_at=time.time())
    )
    conversation = await load_conversation(conn, op.conversation_id)
    assert conversation is not None
    return [eventlog.upsert(conversation, queue_id=conversation.queue_id)]


async def apply(
    ctx: ServerContext, viewer: Viewer, author: str, client_id: str, mutation: Mutation
) -> Ack | Reject:
    """Apply ``mutation`` for ``client_id`` once; the answer to send back."""
    mid = mutation.mutation_id

    async def work(conn: AsyncConnection) -> tuple[Ack | Reject, list[Draft]]:
        if mid <= await last_mutation_id(conn, viewer.agent_id, client_id):
            return Ack(mutation_id=mid, duplicate=True), []
        await _record(conn, client_id, viewer.agent_id, mid)
        change = mutation.change
        if isinstance(change, VoteOp):
            voted = await knowledge.vote(conn, viewer.agent_id, change)
            if voted is None:
                message = f"article {change.article_id} does not exist or is not published"
                return Reject(mutation_id=mid, code="unknown_article", message=message), []
            return Ack(mutation_id=mid), voted
        conversation = await load_conversation(conn, change.conversation_id)
        if conversation is None or not viewer.sees(conversation.queue_id, None):
            # Same answer for "missing" and "not yours": existence is not leaked.
            return (
                Reject(
                    mutation_id=mid,
                    code="not_visible",
                    message=f"conversation {change.conversation_id} is not visible to you",
                ),
                [],
            )
        if isinstance(change, ReplyOp):
            drafts = await _reply(conn, change, viewer, author, client_ref(client_id, mid))
        else:
            drafts = await _set_status(conn, change)
        return Ack(mutation_id=mid), drafts

    answer, _seq = await ctx.write(work)
    if isinstance(answer, Reject):
        log.info("mutation %s:%d rejected: %s", client_id, mid, answer.code)
    return answer
