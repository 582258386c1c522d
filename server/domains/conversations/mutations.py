"""The conversations domain's mutations: replies (and internal notes) and status changes.

Both refuse a conversation the sender cannot see with the same answer as a missing one,
so a desk never learns which ids exist outside its queues.
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.entities import ConversationData
from protocol.frames import ReplyOp, SetStatusOp
from server.core import eventlog
from server.core.eventlog import Draft
from server.core.registry import MutationCall, MutationRefusedError
from server.core.visibility import Viewer
from server.domains.conversations import tables as t
from server.domains.conversations.entities import load_conversation, message_from_row, preview


async def _visible_conversation(
    conn: AsyncConnection, viewer: Viewer, conversation_id: int
) -> ConversationData:
    conversation = await load_conversation(conn, conversation_id)
    if conversation is None or not viewer.sees(conversation.queue_id, None):
        # Same answer for "missing" and "not yours": existence is not leaked.
        raise MutationRefusedError(
            "not_visible", f"conversation {conversation_id} is not visible to you"
        )
    return conversation


async def reply(conn: AsyncConnection, call: MutationCall, op: ReplyOp) -> list[Draft]:
    """Add a reply or note to a visible conversation (taking it if nobody has)."""
    viewer = call.viewer
    await _visible_conversation(conn, viewer, op.conversation_id)
    now = time.time()
    inserted = await conn.execute(
        sa.insert(t.messages).values(
            conversation_id=op.conversation_id,
            direction="note" if op.internal else "out",
            author_name=call.author,
            author_agent_id=viewer.agent_id,
            body=op.body,
            created_at=now,
            client_ref=call.client_ref,
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


async def set_status(conn: AsyncConnection, call: MutationCall, op: SetStatusOp) -> list[Draft]:
    """Move a visible conversation to another status."""
    await _visible_conversation(conn, call.viewer, op.conversation_id)
    cv = t.conversations
    await conn.execute(
        sa.update(cv)
        .where(cv.c.id == op.conversation_id)
        .values(status=op.status, updated_at=time.time())
    )
    conversation = await load_conversation(conn, op.conversation_id)
    assert conversation is not None
    return [eventlog.upsert(conversation, queue_id=conversation.queue_id)]
