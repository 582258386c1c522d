"""``GET /api/customers/{id}/profile``: any signed-in agent; 404 for an unknown id; every
read is recorded in the audit log (``profile.view``: who, when, which customer)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, HTTPException
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import CustomerProfile
from protocol.text import MAX_INT
from server.core import audit
from server.core.eventlog import Draft
from server.core.requests import Ctx, Me
from server.customer360 import profile

log = logging.getLogger(__name__)
router = APIRouter()
NOT_FOUND = "no such customer"


@router.get("/api/customers/{customer_id}/profile")
async def customer_profile(customer_id: int, ctx: Ctx, me: Me) -> CustomerProfile:
    """The customer's profile as the reader may see it (a merged customer's survivor)."""
    if not 1 <= customer_id <= MAX_INT:
        raise HTTPException(404, NOT_FOUND)
    async with ctx.engine.connect() as conn:
        found = await profile.read(conn, me, customer_id)
    if found is None:
        raise HTTPException(404, NOT_FOUND)
    shown = found.customer.id

    async def record(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        detail = f"timeline={found.timeline_total} orders={found.orders_total}"
        if shown != customer_id:
            detail += f" asked={customer_id}"
        await audit.record(conn, me.agent_id, "profile.view", shown, detail)
        return None, []

    await ctx.write(record)
    return found
