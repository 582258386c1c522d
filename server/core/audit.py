"""The audit log: who read, exported, erased or merged which customer, and who changed or
ran retention (issue 10 part 7).

A house service, not a domain: the customer 360, the customers domain and the privacy
routes all record here, and only supervisors read it (``GET /api/audit``). ``detail``
holds ids and counts only, never a personal field: an erased customer's trail must stay
readable without bringing back what was erased. The actor's name is copied at the time
of the action so the trail survives renamed or removed agents.
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import AUDIT_ACTIONS, AUDIT_PAGE_MAX, AuditEntry, AuditPage
from server.core import tables as t

MAX_DETAIL_CHARS = 500


async def record(
    conn: AsyncConnection,
    actor_id: int | None,
    action: str,
    customer_id: int | None,
    detail: str = "",
) -> int:
    """Append one entry in ``conn``'s transaction (so it commits with what it records);
    its id. ``action`` is one of ``protocol.customer360.AUDIT_ACTIONS``; ``actor_id``
    ``None`` is the server itself (the daily retention run)."""
    if action not in AUDIT_ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    name = "server"
    if actor_id is not None:
        found = (
            await conn.execute(sa.select(t.agents.c.display_name).where(t.agents.c.id == actor_id))
        ).scalar()
        name = str(found) if found is not None else ""
    result = await conn.execute(
        sa.insert(t.audit_log).values(
            at=time.time(),
            actor_id=actor_id,
            actor_name=name,
            action=action,
            customer_id=customer_id,
            detail=detail[:MAX_DETAIL_CHARS],
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


async def page(
    conn: AsyncConnection,
    *,
    customer_id: int | None = None,
    action: str | None = None,
    before: int | None = None,
    limit: int = 100,
) -> AuditPage:
    """Entries newest first, filtered by customer and action, with ids below ``before``;
    ``next_before`` continues the listing (``None`` at the end)."""
    a = t.audit_log.c
    query = sa.select(t.audit_log).order_by(a.id.desc()).limit(min(limit, AUDIT_PAGE_MAX) + 1)
    if customer_id is not None:
        query = query.where(a.customer_id == customer_id)
    if action is not None:
        query = query.where(a.action == action)
    if before is not None:
        query = query.where(a.id < before)
    rows = (await conn.execute(query)).all()
    size = min(limit, AUDIT_PAGE_MAX)
    items = [
        AuditEntry(
            id=r.id,
            at=r.at,
            actor_id=r.actor_id,
            actor_name=r.actor_name,
            action=r.action,
            customer_id=r.customer_id,
            detail=r.detail,
        )
        for r in rows[:size]
    ]
    next_before = items[-1].id if len(rows) > size and items else None
    return AuditPage(items=items, next_before=next_before)
