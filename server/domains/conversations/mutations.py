"""The conversations domain's mutations: replies (and internal notes) and status changes.

Both refuse a conversation the sender cannot see with the same answer as a missing one,
so a desk never learns which ids exist outside its queues.
"""

from __future__ import annotations

import json
import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.entities import ConversationData
from protocol.frames import ReplyOp, SetStatusOp
from protocol.kinds.conversations import AttachmentRef
from server.core import eventlog
from server.core.eventlog import Draft
from server.core.registry import MutationCall, MutationRefusedError
from server.core.visibility import Viewer
from server.domains.conversations import tables as t
from server.domains.conversations.entities import load_conversation, message_from_row, preview

DELIVERING_CHANNELS = frozenset({"email", "chat"})
"""Channels whose public replies go through the delivery dispatcher (a phone
conversation's written lines have nowhere to go)."""


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


async def _uploads(
    conn: AsyncConnection, viewer: Viewer, conversation: ConversationData, op: ReplyOp
) -> list[AttachmentRef]:
    """The refs of the files a reply sends, in the order given; refused (before anything
    is written) on a note, on a conversation that is not email, or when an id is not this
    agent's own upload still unused (another agent's, already sent, unknown: one answer)."""
    ids = list(dict.fromkeys(op.attachment_ids))
    if not ids:
        return []
    if op.internal or conversation.channel != "email":
        raise MutationRefusedError(
            "attachments_not_allowed", "files can be sent only with a public email reply"
        )
    a = t.attachments.c
    rows = (
        await conn.execute(
            sa.select(t.attachments).where(
                a.id.in_(ids), a.uploaded_by == viewer.agent_id, a.message_id.is_(None)
            )
        )
    ).all()
    by_id = {r.id: r for r in rows}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise MutationRefusedError(
            "attachment_unknown", f"attachment {missing[0]} is not an unsent upload of yours"
        )
    return [
        AttachmentRef(
            id=r.id,
            name=r.name,
            content_type=r.content_type,
            size=r.size,
            inline=r.inline,
            content_id=r.content_id,
        )
        for r in (by_id[i] for i in ids)
    ]


async def reply(conn: AsyncConnection, call: MutationCall, op: ReplyOp) -> list[Draft]:
    """Add a reply or note to a visible conversation (taking it if nobody has). A public
    reply on a channel that delivers (email, chat) is queued for the delivery dispatcher
    (``server/channels/delivery``), due now; notes and phone lines have no delivery."""
    viewer = call.viewer
    conversation = await _visible_conversation(conn, viewer, op.conversation_id)
    refs = await _uploads(conn, viewer, conversation, op)
    now = time.time()
    delivers = not op.internal and conversation.channel in DELIVERING_CHANNELS
    inserted = await conn.execute(
        sa.insert(t.messages).values(
            conversation_id=op.conversation_id,
            direction="note" if op.internal else "out",
            author_name=call.author,
            author_agent_id=viewer.agent_id,
            body=op.body,
            created_at=now,
            client_ref=call.client_ref,
            delivery="queued" if delivers else None,
            next_attempt_at=now if delivers else None,
            attachments=json.dumps([r.model_dump() for r in refs]),
        )
    )
    message_id = eventlog.new_id(inserted)
    if refs:
        await conn.execute(
            sa.update(t.attachments)
            .where(t.attachments.c.id.in_([r.id for r in refs]))
            .values(message_id=message_id, conversation_id=op.conversation_id)
        )
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
    updated = await load_conversation(conn, op.conversation_id)
    assert updated is not None
    return [
        eventlog.upsert(message_from_row(row), queue_id=updated.queue_id),
        eventlog.upsert(updated, queue_id=updated.queue_id),
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
