"""GDPR export (issue 10 part 7): everything stored about one customer as one JSON
document, read in one consistent transaction.

Each kind is read through its own registration (the same row-to-entity code the desks'
snapshots use), so the export holds exactly what the desk would show, and a kind added
later (complaints, notes) appears here once its domain registers it.

A merge moves every row that points at the customer to the survivor, but the merged-away
customer rows stay (``merged_into`` set) with their own name, e-mail and phone: the
survivor's export lists them under ``merged_customers``, as erase anonymises them too.
"""

from __future__ import annotations

import time
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import CustomerExport
from protocol.kinds.base import EntityBase
from protocol.kinds.calls import CallData
from protocol.kinds.conversations import MessageData
from protocol.kinds.customers import CustomerData, CustomerNoteData
from protocol.kinds.routing import CallbackData
from server.core.context import ServerContext
from server.core.snapshot import begin_read
from server.customer360 import redact
from server.domains.commerce import reads as orders
from server.domains.commerce import tables as commerce_t
from server.domains.complaints import reads as complaints
from server.domains.conversations import tables as ct
from server.domains.conversations.entities import customer_from_row
from server.domains.surveys import reads as surveys

E = TypeVar("E", bound=EntityBase)
MAX_EXPORT_ORDERS = 100_000
MAX_MERGE_DEPTH = 1_000
"""A guard only: merge refuses an already merged source or target, so chains are short
and never cycle; a broken database must not make the export loop forever."""


def _only(model: type[E], found: list[EntityBase]) -> list[E]:
    return [x for x in found if isinstance(x, model)]


async def export(ctx: ServerContext, customer_id: int, exported_by: str) -> CustomerExport | None:
    """The customer's export, or ``None`` when there is no such customer."""
    async with ctx.engine.connect() as conn:
        await begin_read(conn)
        return await _read(ctx, conn, customer_id, exported_by)


async def _read(
    ctx: ServerContext, conn: AsyncConnection, customer_id: int, exported_by: str
) -> CustomerExport | None:
    c = ct.customers
    row = (await conn.execute(sa.select(c).where(c.c.id == customer_id))).first()
    if row is None:
        return None
    viewer = await redact.everyone_viewer(conn)
    registry = ctx.registry

    def of_customer(table: sa.Table) -> sa.ColumnElement[bool]:
        return table.c.customer_id == customer_id

    conversations = await redact.entities(conn, registry, viewer, "conversation", of_customer)
    ids = [x.id for x in conversations]

    def of_conversations(table: sa.Table) -> sa.ColumnElement[bool]:
        return table.c.conversation_id.in_(ids)

    messages = _only(
        MessageData, await redact.entities(conn, registry, viewer, "message", of_conversations)
    )
    by_conversation: dict[int, list[dict[str, Any]]] = {}
    for message in messages:
        by_conversation.setdefault(message.conversation_id, []).append(message.model_dump())
    conversation_docs = [
        {**x.model_dump(), "messages": by_conversation.get(x.id, [])} for x in conversations
    ]
    answers = await surveys.for_export(conn, customer_id)
    complaint_list, task_list = await complaints.export_customer(conn, customer_id)
    return CustomerExport(
        exported_at=time.time(),
        exported_by=exported_by,
        customer=customer_from_row(row),
        notes=_only(
            CustomerNoteData,
            await redact.entities(conn, registry, viewer, "customer_note", of_customer),
        ),
        conversations=conversation_docs,
        calls=_only(
            CallData, await redact.entities(conn, registry, viewer, "call", of_conversations)
        ),
        callbacks=_only(
            CallbackData, await redact.entities(conn, registry, viewer, "callback", of_customer)
        ),
        orders=await orders.orders_view(
            conn, commerce_t.orders.c.customer_id == customer_id, MAX_EXPORT_ORDERS
        ),
        complaints=complaint_list,
        tasks=task_list,
        surveys=answers,
        merged_customers=await merged_customers(conn, customer_id),
    )


async def merged_customers(conn: AsyncConnection, customer_id: int) -> list[CustomerData]:
    """The customers merged into this one, directly or through another merge (a chain
    C -> B -> A when B was merged into A after C into B), by id."""
    c = ct.customers
    found: dict[int, CustomerData] = {}
    frontier = [customer_id]
    for _ in range(MAX_MERGE_DEPTH):
        if not frontier:
            break
        rows = await conn.execute(sa.select(c).where(c.c.merged_into.in_(frontier)))
        fresh = [r for r in rows if r.id != customer_id and r.id not in found]
        found.update({int(r.id): customer_from_row(r) for r in fresh})
        frontier = [int(r.id) for r in fresh]
    return [found[i] for i in sorted(found)]
