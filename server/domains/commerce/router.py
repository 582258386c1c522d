"""The commerce routes: supervisors import orders; every signed-in agent reads any
customer's orders, as the customer profile does (issue 10: contact centres find callers
from other queues, and orders are customer data, not a queue's conversation content).
Only a customer or order that does not exist answers 404."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.rest import (
    MAX_ORDER_NUMBER_CHARS,
    ORDERS_PAGE_MAX,
    CustomerOrders,
    OrderImportResult,
    OrderView,
)
from protocol.text import MAX_INT, clean_line
from server.core.eventlog import Draft
from server.core.requests import Ctx, Me
from server.domains.commerce import customers, importer, reads
from server.domains.commerce import tables as t

log = logging.getLogger(__name__)
router = APIRouter()
NOT_FOUND = "no such customer"


@router.post("/api/commerce/orders/import", response_model=OrderImportResult)
async def import_orders(request: Request, ctx: Ctx, me: Me) -> JSONResponse:
    """Upsert orders by ``external_id`` from JSON or CSV (supervisors only); with any bad
    row, 422 listing every one and nothing written."""
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may import orders")
    raw = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        parsed = importer.parse_csv(raw) if kind == "text/csv" else importer.parse_json(raw)
    except importer.ImportFormatError as exc:
        raise HTTPException(400, str(exc)) from None
    result, _seq = await ctx.write(lambda conn: _import(conn, parsed))
    log.info(
        "order import by agent %d: %d created, %d updated, %d problem(s)",
        me.agent_id,
        result.created,
        result.updated,
        len(result.problems),
    )
    status = 422 if result.problems else 200
    return JSONResponse(result.model_dump(), status_code=status)


async def _import(
    conn: AsyncConnection, parsed: importer.Parsed
) -> tuple[OrderImportResult, list[Draft]]:
    """Orders are not a synced kind yet: the import writes rows and appends no events."""
    return await importer.import_orders(conn, parsed), []


@router.get("/api/customers/{customer_id}/orders")
async def customer_orders(
    customer_id: int,
    ctx: Ctx,
    me: Me,
    limit: Annotated[int, Query(ge=1, le=ORDERS_PAGE_MAX)] = 20,
) -> CustomerOrders:
    """The customer's newest orders with items and refunds (any signed-in agent); 404 for
    a customer that does not exist."""
    _ = me  # the sign-in check
    if not 1 <= customer_id <= MAX_INT:
        raise HTTPException(404, NOT_FOUND)
    async with ctx.engine.connect() as conn:
        if not await customers.exists(conn, customer_id):
            raise HTTPException(404, NOT_FOUND)
        orders = await reads.orders_view(conn, t.orders.c.customer_id == customer_id, limit)
    return CustomerOrders(customer_id=customer_id, orders=orders)


@router.get("/api/orders/by-number/{number}")
async def order_by_number(number: str, ctx: Ctx, me: Me) -> OrderView:
    """The newest order with this number (any signed-in agent); else 404."""
    _ = me  # the sign-in check
    number = clean_line(number)
    if not number or len(number) > MAX_ORDER_NUMBER_CHARS:
        raise HTTPException(404, "no such order")
    async with ctx.engine.connect() as conn:
        found = await reads.orders_view(conn, t.orders.c.number == number, 1)
    if not found:
        raise HTTPException(404, "no such order")
    return found[0]
