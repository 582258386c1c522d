"""Who an order belongs to and who may read it, without importing the conversations
domain (domains never import each other): the two tables are named here as lightweight
``sa.table`` clauses with only the columns this domain reads.

The visibility rule is the conversations domain's own for customers: an agent sees a
customer who has a conversation in one of the agent's queues; supervisors see everyone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.rest import OrderBody
from server.core.visibility import Viewer

customer_table = sa.table("customers", sa.column("id"), sa.column("email"), sa.column("phone"))
conversation_table = sa.table("conversations", sa.column("customer_id"), sa.column("queue_id"))
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


async def may_see(conn: AsyncConnection, viewer: Viewer, customer_id: int) -> bool:
    """Whether ``viewer`` may read this customer's orders (a missing customer: no)."""
    exists = sa.select(customer_table.c.id).where(customer_table.c.id == customer_id)
    if (await conn.execute(exists)).first() is None:
        return False
    if viewer.supervisor:
        return True
    if not viewer.queue_ids:
        return False
    cv = conversation_table
    shared = (
        sa.select(sa.literal(1))
        .select_from(cv)
        .where(cv.c.customer_id == customer_id, cv.c.queue_id.in_(sorted(viewer.queue_ids)))
        .limit(1)
    )
    return (await conn.execute(shared)).first() is not None
