"""``GET /api/complaints``: the complaints of the reader's queues with their age, oldest
first, so a supervisor sees what has waited longest (an agent gets their own queues').

A queue the reader does not work in answers 404 like a missing one, so queue ids do not
leak; a bad ``state`` or ``limit`` is FastAPI's 422 naming the parameter.
"""

from __future__ import annotations

import time
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import COMPLAINT_LIST_MAX, ComplaintFilter, ComplaintList, ComplaintRow
from protocol.kinds.complaints import OPEN_STATES
from protocol.text import MAX_INT
from server.core import tables as house
from server.core.requests import Ctx, Me
from server.domains.complaints import tables as t
from server.domains.complaints.entities import complaint_from_row
from server.domains.complaints.reads import complaints_visible

router = APIRouter()
customer_table = sa.table("customers", sa.column("id"), sa.column("name"))
"""The conversations domain's customers, named with the one column the list shows."""


@router.get("/api/complaints")
async def list_complaints(
    ctx: Ctx,
    me: Me,
    state: ComplaintFilter = "open",
    queue_id: Annotated[int | None, Query(ge=1, le=MAX_INT)] = None,
    limit: Annotated[int, Query(ge=1, le=COMPLAINT_LIST_MAX)] = 200,
) -> ComplaintList:
    """Complaints in ``state`` (``open``: not yet resolved) of the reader's queues, or of
    one of them, oldest first, each with its age and open and overdue task counts."""
    if queue_id is not None and queue_id not in me.queue_ids:
        raise HTTPException(404, "no such queue")
    c = t.complaints
    where = complaints_visible(me)
    if state == "open":
        where = sa.and_(where, c.c.state.in_(sorted(OPEN_STATES)))
    elif state != "all":
        where = sa.and_(where, c.c.state == state)
    if queue_id is not None:
        where = sa.and_(where, c.c.queue_id == queue_id)
    now = time.time()
    a, q, cu = house.agents, house.queues, customer_table
    query = (
        sa.select(
            c,
            cu.c.name.label("customer_name"),
            q.c.name.label("queue_name"),
            a.c.display_name.label("owner_name"),
        )
        .select_from(c)
        .join(cu, cu.c.id == c.c.customer_id)
        .join(q, q.c.id == c.c.queue_id)
        .outerjoin(a, a.c.id == c.c.owner_id)
        .where(where)
        .order_by(c.c.created_at, c.c.id)
        .limit(limit)
    )
    async with ctx.engine.connect() as conn:
        total = (
            await conn.execute(sa.select(sa.func.count()).select_from(c).where(where))
        ).scalar() or 0
        rows = list(await conn.execute(query))
        counts = await _task_counts(conn, [int(r.id) for r in rows], now)
    items = [
        ComplaintRow(
            complaint=complaint_from_row(r),
            age_seconds=max(0.0, now - float(r.created_at)),
            customer_name=r.customer_name or "",
            queue_name=r.queue_name or "",
            owner_name=r.owner_name or "",
            open_tasks=counts.get(int(r.id), (0, 0))[0],
            overdue_tasks=counts.get(int(r.id), (0, 0))[1],
        )
        for r in rows
    ]
    return ComplaintList(state=state, queue_id=queue_id, items=items, total=total, at=now)


async def _task_counts(
    conn: AsyncConnection, complaint_ids: list[int], now: float
) -> dict[int, tuple[int, int]]:
    """Open and overdue tasks of the listed complaints only (by the complaint index),
    not a count over every open task of the centre."""
    if not complaint_ids:
        return {}
    f = t.followup_tasks
    rows = await conn.execute(
        sa.select(
            f.c.complaint_id,
            sa.func.count().label("open_tasks"),
            sa.func.sum(sa.case((f.c.due_at < now, 1), else_=0)).label("overdue_tasks"),
        )
        .where(f.c.complaint_id.in_(complaint_ids), f.c.done_at.is_(None))
        .group_by(f.c.complaint_id)
    )
    return {int(r.complaint_id): (int(r.open_tasks), int(r.overdue_tasks or 0)) for r in rows}
