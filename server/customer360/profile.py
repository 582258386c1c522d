"""One customer's profile (``GET /api/customers/{id}/profile``): who they are, their
notes, every contact, orders, complaints and open tasks, promised callbacks and surveys.

Any signed-in agent may read any customer's profile: a contact centre recognises callers
from other queues. What stays the queues' own is conversation content: the timeline
hides the subject and preview of conversations outside the reader's queues (see
:mod:`.timeline`), survey comments, callback notes and the tones keyed on calls of
those conversations are blanked, and complaints and tasks come as the reader's desk
would receive them (:func:`server.domains.complaints.reads.for_customer` with the
viewer).

A merged customer answers with its survivor's profile (``customer.id`` is then not the
id asked for): the history moved there, so that is the profile the agent wants.
"""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import PROFILE_ORDERS_MAX, CustomerProfile
from protocol.kinds.routing import CallbackData
from server.core.visibility import Viewer
from server.customer360 import timeline
from server.customer360.customer_ops import load_customer
from server.domains.commerce import reads as orders
from server.domains.commerce import tables as commerce
from server.domains.complaints import reads as complaints
from server.domains.conversations.entities import customer_from_row
from server.domains.customers.entities import notes_of
from server.domains.surveys import reads as surveys

MAX_MERGE_HOPS = 8
CALLBACKS_MAX = 100
callback_table = sa.table(
    "callbacks",
    *(sa.column(name) for name in CallbackData.model_fields if name != "kind"),
)


async def survivor(conn: AsyncConnection, customer_id: int) -> Any:
    """The customer's row, or its survivor's if it was merged; ``None`` if unknown."""
    row = await load_customer(conn, customer_id)
    for _hop in range(MAX_MERGE_HOPS):
        if row is None or row.merged_into is None:
            break
        row = await load_customer(conn, int(row.merged_into))
    return row


async def _callbacks(
    conn: AsyncConnection, customer_id: int, visible: set[int]
) -> list[CallbackData]:
    """Scheduled callbacks, soonest due first; notes of hidden conversations blanked."""
    b = callback_table
    rows = await conn.execute(
        sa.select(b)
        .where(b.c.customer_id == customer_id, b.c.state == "scheduled")
        .order_by(b.c.due_at)
        .limit(CALLBACKS_MAX)
    )
    found = []
    for r in rows:
        data = CallbackData.model_validate(dict(r._mapping))
        if data.conversation_id not in visible:
            data = data.model_copy(update={"note": ""})
        found.append(data)
    return found


async def read(conn: AsyncConnection, viewer: Viewer, customer_id: int) -> CustomerProfile | None:
    """The profile as ``viewer`` may read it, or ``None`` for an unknown customer."""
    row = await survivor(conn, customer_id)
    if row is None:
        return None
    cid = int(row.id)
    history = await timeline.read(conn, viewer, cid)
    where = commerce.orders.c.customer_id == cid
    orders_total = (
        await conn.execute(sa.select(sa.func.count()).select_from(commerce.orders).where(where))
    ).scalar() or 0
    complaint_list, tasks = await complaints.for_customer(conn, cid, viewer)
    survey_list, averages = await surveys.for_customer(conn, cid)
    survey_list = [
        s
        if s.conversation_id in history.visible_conversations
        else s.model_copy(update={"comment": ""})
        for s in survey_list
    ]
    items = history.items
    return CustomerProfile(
        customer=customer_from_row(row),
        notes=await notes_of(conn, cid),
        timeline=items,
        timeline_total=history.total,
        orders=await orders.orders_view(conn, where, PROFILE_ORDERS_MAX),
        orders_total=int(orders_total),
        complaints=complaint_list,
        tasks=tasks,
        callbacks=await _callbacks(conn, cid, history.visible_conversations),
        calls=history.calls,
        surveys=survey_list,
        averages=averages,
        repeat_contact=bool(items and items[0].repeat),
        fetched_at=time.time(),
    )
