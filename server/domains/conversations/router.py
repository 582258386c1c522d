"""The conversations domain's REST reads: paged conversations and one conversation's
messages.

Reads apply the same visibility as the websocket (:mod:`.entities`), so an agent can never
fetch through REST what its event stream would withhold.
"""

from __future__ import annotations

from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Path, Query

from protocol.rest import ConversationPage, MessageList
from protocol.text import MAX_INT
from server.core.requests import Ctx, Me
from server.domains.conversations import tables as t
from server.domains.conversations.entities import (
    conversation_from_row,
    conversation_select,
    conversation_visibility,
    load_conversation,
    message_from_row,
)

router = APIRouter(prefix="/api")


@router.get("/conversations")
async def conversations(
    ctx: Ctx,
    me: Me,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    cursor: Annotated[str | None, Query(max_length=16, pattern=r"^[0-9]*$")] = None,
) -> ConversationPage:
    """Visible conversations, newest id first; ``next_cursor`` pages on."""
    cv = t.conversations
    query = conversation_select.where(conversation_visibility(me))
    if cursor:
        query = query.where(cv.c.id < min(int(cursor), MAX_INT))
    query = query.order_by(cv.c.id.desc()).limit(limit + 1)
    async with ctx.engine.connect() as conn:
        rows = (await conn.execute(query)).all()
    items = [conversation_from_row(r) for r in rows[:limit]]
    next_cursor = str(items[-1].id) if len(rows) > limit else None
    return ConversationPage(items=items, next_cursor=next_cursor)


@router.get("/conversations/{conversation_id}/messages")
async def messages(
    conversation_id: Annotated[int, Path(ge=1, le=MAX_INT)], ctx: Ctx, me: Me
) -> MessageList:
    """The messages of one visible conversation, oldest first."""
    async with ctx.engine.connect() as conn:
        conversation = await load_conversation(conn, conversation_id)
        if conversation is None or not me.sees(conversation.queue_id, None):
            raise HTTPException(404, "no such conversation")
        rows = (
            await conn.execute(
                sa.select(t.messages)
                .where(t.messages.c.conversation_id == conversation_id)
                .order_by(t.messages.c.id)
            )
        ).all()
    return MessageList(items=[message_from_row(r) for r in rows])
