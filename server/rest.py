"""The HTTP API: sign-in, health, paged reads for the desk, and customer intake.

Reads apply the same visibility as the websocket (``server.views``), so an agent can never
fetch through REST what its event stream would withhold.
"""

from __future__ import annotations

import logging
import secrets
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request

from protocol.rest import (
    ConversationPage,
    IntakeMessage,
    IntakeResult,
    MessageList,
)
from protocol.text import MAX_INT
from server import auth, intake
from server.context import ServerContext
from server.db import tables as t
from server.hub import Viewer
from server.views import (
    conversation_from_row,
    conversation_select,
    conversation_visibility,
    load_conversation,
    load_viewer,
    message_from_row,
)

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api")


async def get_ctx(request: Request) -> ServerContext:
    """The server context the app was built with."""
    ctx: ServerContext = request.app.state.ctx
    return ctx


Ctx = Annotated[ServerContext, Depends(get_ctx)]


async def current_viewer(ctx: Ctx, authorization: Annotated[str | None, Header()] = None) -> Viewer:
    """The signed-in agent of a request (``Authorization: Bearer <token>``)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(401, "missing bearer token", {"WWW-Authenticate": "Bearer"})
    check = await auth.check_token(ctx, token.strip())
    if check.agent_id is None:
        detail = "session expired" if check.problem == "token_expired" else "invalid token"
        raise HTTPException(401, detail, {"WWW-Authenticate": "Bearer"})
    async with ctx.engine.connect() as conn:
        loaded = await load_viewer(conn, check.agent_id)
    if loaded is None:
        raise HTTPException(401, "invalid token", {"WWW-Authenticate": "Bearer"})
    return loaded[0]


Me = Annotated[Viewer, Depends(current_viewer)]


@router.get("/health")
async def health(ctx: Ctx) -> dict[str, object]:
    """Liveness plus the latest seq and epoch (handy for desks and load balancers)."""
    return {"status": "ok", "latest_seq": ctx.hub.latest_seq, "epoch": ctx.epoch}


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


async def intake_caller(
    ctx: Ctx, x_intake_key: Annotated[str | None, Header(max_length=200)] = None
) -> str | None:
    """The presented intake key, refused (before the body is even validated) when it is
    none of the server's keys: strangers learn nothing about what a valid body is."""
    keys = [key for _channel, key in ctx.settings.intake_keys]
    if not keys:
        if ctx.settings.demo:
            return None
        raise HTTPException(401, "intake is closed: the server has no intake key")
    given = (x_intake_key or "").encode()
    if not any(secrets.compare_digest(given, key.encode()) for key in keys):
        raise HTTPException(401, "missing or wrong X-Intake-Key")
    return x_intake_key


@router.post("/intake/messages")
async def intake_message(
    body: IntakeMessage,
    ctx: Ctx,
    x_intake_key: Annotated[str | None, Depends(intake_caller)],
) -> IntakeResult:
    """A customer message from a channel adapter (or the simulator).

    Outside demo mode (and in demo mode once any key is given) every channel needs its
    key (``frontline server --intake-key``); a channel without one is closed. The body was
    already size-limited (``server.limits``) and normalised (``protocol.text``)."""
    expected = ctx.settings.intake_key(body.channel)
    if expected is None and (ctx.settings.intake_keys or not ctx.settings.demo):
        raise HTTPException(401, f"intake for {body.channel} is closed: the server has no key")
    if expected is not None and not secrets.compare_digest(
        (x_intake_key or "").encode(), expected.encode()
    ):
        raise HTTPException(401, "missing or wrong X-Intake-Key")
    try:
        return await intake.take_in(ctx, body)
    except intake.IntakeError as exc:
        raise HTTPException(exc.status, exc.detail) from None
