"""The privacy routes (issue 10 part 7), supervisors only: the audit log, a customer's
GDPR export and erase, and retention. Agents get 403 on every one: these are the
routes that reach past queue visibility to everything stored about a person."""

from __future__ import annotations

import logging
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Body, HTTPException, Query
from fastapi.responses import Response
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import (
    AUDIT_PAGE_MAX,
    AuditAction,
    AuditPage,
    EraseRequest,
    EraseResult,
    RetentionRun,
    RetentionSettings,
)
from protocol.text import MAX_INT
from server.core import audit
from server.core import tables as house
from server.core.eventlog import Draft
from server.core.requests import Ctx, Me
from server.core.visibility import Viewer
from server.customer360 import erase as eraser
from server.customer360 import export as exporter
from server.customer360 import retention

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api")
NOT_FOUND = "no such customer"
Position = Annotated[int, Query(ge=1, le=MAX_INT)]


def _supervisor(me: Viewer, what: str) -> None:
    if not me.supervisor:
        raise HTTPException(403, f"only supervisors may {what}")


def _customer_id(customer_id: int) -> int:
    if not 1 <= customer_id <= MAX_INT:
        raise HTTPException(404, NOT_FOUND)
    return customer_id


@router.get("/audit")
async def audit_page(
    ctx: Ctx,
    me: Me,
    *,
    customer_id: Position | None = None,
    action: AuditAction | None = None,
    before: Position | None = None,
    limit: Annotated[int, Query(ge=1, le=AUDIT_PAGE_MAX)] = 100,
) -> AuditPage:
    """The audit log newest first; ``next_before`` continues it."""
    _supervisor(me, "read the audit log")
    async with ctx.engine.connect() as conn:
        return await audit.page(
            conn, customer_id=customer_id, action=action, before=before, limit=limit
        )


@router.get("/customers/{customer_id}/export")
async def export_customer(customer_id: int, ctx: Ctx, me: Me) -> Response:
    """Everything stored about the customer as a JSON attachment; audited."""
    _supervisor(me, "export a customer's data")
    wanted = _customer_id(customer_id)
    async with ctx.engine.connect() as conn:
        name = await _name(conn, me.agent_id)
    document = await exporter.export(ctx, wanted, name)
    if document is None:
        raise HTTPException(404, NOT_FOUND)

    async def record(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        detail = (
            f"conversations={len(document.conversations)} orders={len(document.orders)} "
            f"notes={len(document.notes)}"
        )
        await audit.record(conn, me.agent_id, "profile.export", wanted, detail)
        return None, []

    await ctx.write(record)
    log.info("customer %d exported by agent %d", wanted, me.agent_id)
    return Response(
        document.model_dump_json(),
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="customer-{wanted}.json"'},
    )


@router.post("/customers/{customer_id}/erase")
async def erase_customer(
    customer_id: int,
    ctx: Ctx,
    me: Me,
    body: Annotated[EraseRequest | None, Body()] = None,
) -> EraseResult:
    """Anonymise the customer and redact their conversations everywhere, the event log
    included; 409 when already erased."""
    _supervisor(me, "erase a customer")
    wanted = _customer_id(customer_id)
    reason = (body or EraseRequest()).reason
    try:
        result = await eraser.erase(ctx, me.agent_id, wanted, reason)
    except eraser.EraseError as exc:
        raise HTTPException(exc.status, exc.detail) from None
    log.info(
        "customer %d erased by agent %d: %d conversation(s), %d event(s) rewritten",
        wanted,
        me.agent_id,
        result.conversations,
        result.events_rewritten,
    )
    return result


@router.get("/privacy/retention")
async def get_retention(ctx: Ctx, me: Me) -> RetentionSettings:
    """How long resolved conversations keep their messages."""
    _supervisor(me, "read the retention setting")
    async with ctx.engine.connect() as conn:
        return await retention.read_settings(conn)


@router.put("/privacy/retention")
async def put_retention(body: RetentionSettings, ctx: Ctx, me: Me) -> RetentionSettings:
    """Change the retention setting (``null`` keeps forever); audited."""
    _supervisor(me, "change the retention setting")
    return await retention.change(ctx, me.agent_id, body)


@router.post("/privacy/retention/run")
async def run_retention(ctx: Ctx, me: Me) -> RetentionRun:
    """Apply the retention setting now (the server also does it daily); audited."""
    _supervisor(me, "run retention")
    return await retention.run(ctx, me.agent_id)


async def _name(conn: AsyncConnection, agent_id: int) -> str:
    found = (
        await conn.execute(
            sa.select(house.agents.c.display_name).where(house.agents.c.id == agent_id)
        )
    ).scalar()
    return str(found or "")
