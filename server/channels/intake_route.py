"""``POST /api/intake/messages``: customer messages from channel adapters (and the
simulator), behind per-channel intake keys."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException

from protocol.rest import IntakeMessage, IntakeResult
from server.channels import intake
from server.core.requests import Ctx

router = APIRouter(prefix="/api")


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
    already size-limited (``server.core.limits``) and normalised (``protocol.text``)."""
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
