"""The customers domain's rows as protocol entities, and who may see them.

A customer's notes follow the customer's visibility rule (the conversations domain's):
an agent sees the notes of customers with a conversation in one of the agent's queues,
supervisors every note. The ``conversations`` table is named as a ``sa.table`` clause
(domains never import each other).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.customers import CustomerNoteData
from server.core.visibility import Viewer
from server.domains.customers import tables as t

Row = Any
conversation_table = sa.table(
    "conversations", sa.column("id"), sa.column("customer_id"), sa.column("queue_id")
)


def note_from_row(r: Row) -> CustomerNoteData:
    """A note from a ``customer_notes`` row."""
    return CustomerNoteData(
        id=r.id,
        customer_id=r.customer_id,
        author_id=r.author_id,
        author_name=r.author_name,
        body=r.body,
        created_at=r.created_at,
    )


def visible_customer_ids(viewer: Viewer) -> sa.Select[Any]:
    """Ids of the customers ``viewer`` works with (a conversation in one of its queues)."""
    cv = conversation_table
    query = sa.select(cv.c.customer_id)
    if not viewer.supervisor:
        query = query.where(cv.c.queue_id.in_(sorted(viewer.queue_ids)))
    return query


def visible_notes(viewer: Viewer) -> sa.Select[Any]:
    """The notes whose events ``viewer`` receives, in id order."""
    n = t.customer_notes
    query = sa.select(n)
    if not viewer.supervisor:
        query = query.where(n.c.customer_id.in_(visible_customer_ids(viewer)))
    return query.order_by(n.c.id)


async def customer_queues(conn: AsyncConnection, customer_id: int) -> list[int]:
    """The distinct queues the customer has a conversation in: a customer's events (and
    its notes') go to each, one upsert per queue."""
    cv = conversation_table
    rows = await conn.execute(
        sa.select(cv.c.queue_id).where(cv.c.customer_id == customer_id).distinct()
    )
    return sorted(int(r.queue_id) for r in rows)


async def notes_of(conn: AsyncConnection, customer_id: int) -> list[CustomerNoteData]:
    """The customer's notes, newest first."""
    n = t.customer_notes
    rows = await conn.execute(
        sa.select(n).where(n.c.customer_id == customer_id).order_by(n.c.id.desc())
    )
    return [note_from_row(r) for r in rows]
