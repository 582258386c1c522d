"""The merge routes (supervisors): merge a customer into another, undo a merge, list the
recent merges. Merge and undo are recorded in the audit log (``customer.merge`` /
``customer.unmerge``, ids and counts); the list is not (it names no one new: both
customers' names are what the merge already showed the supervisor)."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import MERGE_LIST_MAX, MergeList, MergeRequest, MergeResult
from protocol.text import MAX_INT
from server.core import audit
from server.core.eventlog import Draft
from server.core.requests import Ctx, Me
from server.core.visibility import Viewer
from server.customer360 import merge

log = logging.getLogger(__name__)
router = APIRouter()


def _supervisor(me: Viewer) -> None:
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may merge customers")


def _detail(result: MergeResult) -> str:
    moved = " ".join(f"{name}={count}" for name, count in sorted(result.moved.items()))
    return f"merge={result.merge_id} source={result.source_id} target={result.target_id} {moved}"


@router.get("/api/customers/merges")
async def recent_merges(
    ctx: Ctx, me: Me, limit: Annotated[int, Query(ge=1, le=MERGE_LIST_MAX)] = 50
) -> MergeList:
    """The newest merges first, undone or not, with both customers' names."""
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may list merges")
    async with ctx.engine.connect() as conn:
        return await merge.recent(conn, limit)


@router.post("/api/customers/{customer_id}/merge")
async def merge_customer(customer_id: int, body: MergeRequest, ctx: Ctx, me: Me) -> MergeResult:
    """Fold customer ``customer_id`` into ``body.into``; undoable."""
    _supervisor(me)
    if not 1 <= customer_id <= MAX_INT:
        raise HTTPException(404, "no such customer (source)")

    async def work(conn: AsyncConnection) -> tuple[MergeResult, list[Draft]]:
        result, drafts = await merge.merge(conn, me.agent_id, customer_id, body.into)
        await audit.record(conn, me.agent_id, "customer.merge", body.into, _detail(result))
        return result, drafts

    try:
        result, _seq = await ctx.write(work)
    except merge.MergeError as exc:
        raise HTTPException(exc.status, exc.detail) from None
    log.info("customer %d merged into %d by agent %d", customer_id, body.into, me.agent_id)
    return result


@router.post("/api/customers/merges/{merge_id}/undo")
async def undo_merge(merge_id: int, ctx: Ctx, me: Me) -> MergeResult:
    """Move back exactly the rows merge ``merge_id`` moved."""
    _supervisor(me)
    if not 1 <= merge_id <= MAX_INT:
        raise HTTPException(404, "no such merge")

    async def work(conn: AsyncConnection) -> tuple[MergeResult, list[Draft]]:
        result, drafts = await merge.undo(conn, merge_id)
        await audit.record(conn, me.agent_id, "customer.unmerge", result.target_id, _detail(result))
        return result, drafts

    try:
        result, _seq = await ctx.write(work)
    except merge.MergeError as exc:
        raise HTTPException(exc.status, exc.detail) from None
    log.info("merge %d undone by agent %d", merge_id, me.agent_id)
    return result
