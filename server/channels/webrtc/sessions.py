"""Who is calling: the chat page's customer session token, when the caller has one.

A browser call placed from a chat joins that chat's customer (and its queue), so the
agent sees one customer with a chat and a call. The token is the web chat's
(:func:`server.channels.webchat.sessions.find`, which also renews it); an unknown or
expired one is refused, never guessed at. A session whose visitor has not written yet
has no customer row: the call makes it by the session's chat handle, exactly as the
chat's first message would (``server.channels.intake.find_customer``), so the two meet
in one customer.
"""

from __future__ import annotations

import sqlalchemy as sa
from fastapi import HTTPException

from server.channels.webchat import sessions as chat
from server.channels.webrtc.placing import Origin
from server.core.context import ServerContext
from server.domains.conversations import tables as conv

NO_SUCH_SESSION = "unknown or expired chat session"


async def origin(ctx: ServerContext, token: str | None) -> Origin:
    """The caller's customer and queue from their chat session (404 for a bad token)."""
    if token is None:
        return Origin()
    session, _expired = await chat.find(ctx, token)
    if session is None:
        raise HTTPException(404, NO_SUCH_SESSION)
    queue_id = None
    if session.conversation_id is not None:
        cv = conv.conversations.c
        async with ctx.engine.connect() as conn:
            found = sa.select(cv.queue_id).where(cv.id == session.conversation_id)
            queue_id = (await conn.execute(found)).scalar()
    return Origin(
        customer_id=session.customer_id,
        chat_ref=session.customer_ref,
        name=session.name,
        email=session.email,
        language=session.language,
        queue_id=None if queue_id is None else int(queue_id),
        queue=session.queue or None,
    )
