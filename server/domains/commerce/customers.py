"""Who an order belongs to, without importing the conversations domain (domains never
import each other): the customers table is named here as a lightweight ``sa.table``
clause with only the columns this domain reads.

Every signed-in agent may read every customer's orders (as the customer profile), so the
only question a read asks here is whether the customer exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.rest import OrderBody

customer_table = sa.table("customers", sa.column("id"), sa.column("email"), sa.column("phone"))
CHUNK = 500


def _e164_column() -> sa.ColumnElement[str]:
    """Stored phones may carry spaces (the demo's, older intake rows): compare without."""
    return sa.func.replace(customer_table.c.phone, " ", "")


async def _lookup(
    conn: AsyncConnection, column: sa.ColumnElement[Any], values: set[str]
) -> dict[str, int]:
    found: dict[str, int] = {}
    ordered = sorted(values)
    for start in range(0, len(ordered), CHUNK):
        rows = await conn.execute(
            sa.select(column.label("key"), customer_table.c.id)
            .where(column.in_(ordered[start : start + CHUNK]))
            .order_by(customer_table.c.id.desc())
        )
        found.update({str(r.key): int(r.id) for r in rows})  # lowest id wins
    return found


async def match(conn: AsyncConnection, orders: Sequence[OrderBody]) -> list[int | None]:
    """Each order's customer id: by ``customer_id`` if given (it must exist), else by
    e-mail (case-insensitive), else by phone (E.164); ``None`` if nobody matches."""
    ids = await _lookup(
        conn,
        sa.cast(customer_table.c.id, sa.String),
        {str(o.customer_id) for o in orders if o.customer_id is not None},
    )
    emails = await _lookup(
        conn,
        sa.func.lower(customer_table.c.email),
        {o.customer_email.lower() for o in orders if o.customer_email},
    )
    phones = await _lookup(
        conn, _e164_column(), {o.customer_phone for o in orders if o.customer_phone}
    )
    matched: list[int | None] = []
    for order in orders:
        if order.customer_id is not None:
            matched.append(ids.get(str(order.customer_id)))
        elif order.customer_email or order.customer_phone:
            by_email = emails.get((order.customer_email or "").lower())
            matched.append(by_email or phones.get(order.customer_phone or ""))
        else:
            matched.append(None)
    return matched


def unknown_reason(order: OrderBody) -> str:
    """Why :func:`match` found nobody for ``order``."""
    if order.customer_id is not None:
        return f"unknown customer id {order.customer_id}"
    if order.customer_email or order.customer_phone:
        return "no customer with that e-mail or phone"
    return "no customer: give customer_id, customer_email or customer_phone"


async def exists(conn: AsyncConnection, customer_id: int) -> bool:
    """Whether the customer exists (any signed-in agent may read its orders)."""
    found = sa.select(customer_table.c.id).where(customer_table.c.id == customer_id)
    return (await conn.execute(found)).first() is not None
