"""``POST /api/intake/callbacks``: a customer asks to be called back.

A channel adapter (the web chat page's "call me back", an IVR option) posts the
customer's conversation token and a time; the callback is scheduled in the
conversation's queue and routed like a call when due (``server.acd``). The token is what
proves the customer's right to the conversation, as for intake messages; an id alone is
never enough.
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.rest import IntakeCallback, IntakeCallbackResult
from server.acd import tables as acd
from server.acd.entities import callback_events
from server.acd.work import MAX_CALLBACK_DAYS
from server.channels.intake import conversation_token
from server.channels.intake_route import intake_caller
from server.core.eventlog import Draft, new_id
from server.core.requests import Ctx
from server.domains.conversations import tables as conv

router = APIRouter(prefix="/api")


async def _schedule(
    conn: AsyncConnection, secret: bytes, body: IntakeCallback
) -> tuple[IntakeCallbackResult, list[Draft]]:
    now = time.time()
    if body.due_at > now + MAX_CALLBACK_DAYS * 86400:
        raise HTTPException(422, f"a callback can be at most {MAX_CALLBACK_DAYS} days ahead")
    head = body.conversation_token.partition(".")[0]
    c, cu = conv.conversations, conv.customers
    found = None
    if len(head) <= 16:
        found = (
            await conn.execute(
                sa.select(c.c.id, c.c.customer_id, c.c.queue_id, cu.c.phone)
                .join(cu, cu.c.id == c.c.customer_id)
                .where(c.c.id == int(head))
            )
        ).first()
    if found is None or conversation_token(secret, found.id, found.customer_id) != (
        body.conversation_token
    ):
        raise HTTPException(404, "no conversation for this token")
    phone = body.phone or found.phone
    if not phone:
        raise HTTPException(422, "no phone number to call back: give one")
    inserted = await conn.execute(
        acd.callbacks.insert().values(
            conversation_id=found.id,
            customer_id=found.customer_id,
            queue_id=found.queue_id,
            phone=phone,
            due_at=max(body.due_at, now),
            note=body.note,
            requested_by="customer",
            state="scheduled",
            created_at=now,
        )
    )
    callback_id = new_id(inserted)
    result = IntakeCallbackResult(
        callback_id=callback_id, due_at=max(body.due_at, now), phone=phone, seq=0
    )
    return result, await callback_events(conn, callback_id)


@router.post("/intake/callbacks", dependencies=[Depends(intake_caller)])
async def intake_callback(body: IntakeCallback, ctx: Ctx) -> IntakeCallbackResult:
    """Schedule a callback the customer asked for: 200 with its id, 404 for a token that
    names no conversation, 422 for a time too far ahead or no phone number."""
    result, seq = await ctx.write(lambda conn: _schedule(conn, ctx.secret, body))
    return result.model_copy(update={"seq": seq})
