"""``POST /api/cti/events``: call events from a telephony adapter (and the simulator),
behind the phone channel's intake key (``docs/cti.md``)."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException

from protocol.kinds.calls import CtiAnswer, CtiEvent
from server.channels import cti
from server.core.requests import Ctx
from server.domains.calls.record import CallRefusedError

router = APIRouter(prefix="/api")


async def cti_caller(
    ctx: Ctx, x_intake_key: Annotated[str | None, Header(max_length=200)] = None
) -> None:
    """Refuses (before the body is validated) a caller without the phone channel's key.

    The key is the intake key of channel ``phone`` (``--intake-key phone=KEY``, or a
    ``*`` key): a telephony adapter is the phone channel's intake. As with intake, a demo
    server with no keys at all is open, and any server with keys but none for the phone
    channel is closed to calls."""
    expected = ctx.settings.intake_key(cti.CHANNEL)
    if expected is None:
        if ctx.settings.demo and not ctx.settings.intake_keys:
            return
        raise HTTPException(401, "the CTI API is closed: the server has no key for phone")
    if not secrets.compare_digest((x_intake_key or "").encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong X-Intake-Key")


@router.post("/cti/events", dependencies=[Depends(cti_caller)])
async def cti_event(body: CtiEvent, ctx: Ctx) -> CtiAnswer:
    """One provider event of a call: 200 with the call (``duplicate`` for a repeated event
    id), 404 for an event of an unknown call, 409 for an illegal transition (with the
    state, the event and what is allowed), 422 for bad input."""
    try:
        return await cti.take_event(ctx, body)
    except CallRefusedError as exc:
        raise HTTPException(exc.status, exc.detail) from None
