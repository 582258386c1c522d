"""Orders as agents read them: a customer's newest first, or one by its number, each
with its items and refunds (three queries however many orders, never one per order)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.rest import OrderItemView, OrderView, RefundView
from server.domains.commerce import tables as t

Row = Any


async def orders_view(
    conn: AsyncConnection, where: sa.ColumnElement[bool], limit: int
) -> list[OrderView]:
    """Orders matching ``where``, newest first (ties by id), at most ``limit``."""
    o = t.orders
    rows = list(
        await conn.execute(
            sa.select(o).where(where).order_by(o.c.placed_at.desc(), o.c.id.desc()).limit(limit)
        )
    )
    ids = [int(r.id) for r in rows]
    items: dict[int, list[OrderItemView]] = defaultdict(list)
    refunds: dict[int, list[RefundView]] = defaultdict(list)
    if ids:
        i = t.order_items
        for item in await conn.execute(
            sa.select(i).where(i.c.order_id.in_(ids)).order_by(i.c.order_id, i.c.line)
        ):
            items[int(item.order_id)].append(
                OrderItemView(
                    line=item.line,
                    sku=item.sku,
                    title=item.title,
                    quantity=item.quantity,
                    unit_minor=item.unit_minor,
                )
            )
        r = t.refunds
        for refund in await conn.execute(
            sa.select(r).where(r.c.order_id.in_(ids)).order_by(r.c.refunded_at, r.c.id)
        ):
            refunds[int(refund.order_id)].append(
                RefundView(
                    external_id=refund.external_id,
                    amount_minor=refund.amount_minor,
                    reason=refund.reason,
                    refunded_at=refund.refunded_at,
                )
            )
    return [_view(row, items[int(row.id)], refunds[int(row.id)]) for row in rows]


def _view(row: Row, items: list[OrderItemView], refunds: list[RefundView]) -> OrderView:
    return OrderView(
        id=row.id,
        external_id=row.external_id,
        number=row.number,
        customer_id=row.customer_id,
        currency=row.currency,
        total_minor=row.total_minor,
        refunded_minor=sum(r.amount_minor for r in refunds),
        status=row.status,
        placed_at=row.placed_at,
        updated_at=row.updated_at,
        carrier=row.carrier,
        tracking_code=row.tracking_code,
        tracking_url=row.tracking_url,
        items=items,
        refunds=refunds,
    )
