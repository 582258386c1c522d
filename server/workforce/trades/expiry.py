"""Open swaps expire when their notice deadline passes or a traded shift starts.

:func:`expire_due` does it for a given ``now`` (tests pass a fake clock). :func:`run`,
started by the app's lifespan, sleeps until the next deadline (one timer), re-armed by
:func:`poke` after every trade command that may have moved it, and wakes at least every
:data:`SAFETY_SECONDS` anyway (a clock jump, a shift edited under a swap).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.workforce import OPEN_SWAP_STATES
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.waiting import within
from server.workforce.schedules.tables import shifts as t_shifts
from server.workforce.trades import tables as t
from server.workforce.trades.entities import swap_from_row
from server.workforce.trades.store import move

log = logging.getLogger(__name__)
SAFETY_SECONDS = 60.0
_OPEN = sorted(OPEN_SWAP_STATES)
_wakers: dict[int, asyncio.Event] = {}
"""The running job's wake-up flag per context (by ``id``: contexts are not hashable)."""


def _due(now: float) -> sa.ColumnElement[bool]:
    """Open, and past its deadline or a traded shift's start: the stored one, or the live
    one (a supervisor may have moved the shift since; the safety check finds that)."""
    s, shifts = t.swaps, t_shifts
    started = (
        sa.select(shifts.c.id)
        .where(
            sa.or_(shifts.c.id == s.c.shift_id, shifts.c.id == s.c.accepter_shift_id),
            shifts.c.start <= now,
        )
        .exists()
    )
    # A planner's re-import or a supervisor's removal lets go of the shift (the column is
    # cleared; the swap keeps its copy): the trade is void, so it expires at once.
    removed = sa.or_(
        s.c.shift_id.is_(None),
        sa.and_(s.c.accepter_shift.is_not(None), s.c.accepter_shift_id.is_(None)),
    )
    return sa.and_(
        s.c.state.in_(_OPEN),
        sa.or_(s.c.expires_at <= now, s.c.starts_at <= now, started, removed),
    )


async def expire_in(conn: AsyncConnection, now: float) -> tuple[list[int], list[Draft]]:
    """Expire every open swap due at ``now`` in the caller's transaction: their ids and
    events (to both agents, supervisors, and the board's queues for a post)."""
    rows = await conn.execute(sa.select(t.swaps).where(_due(now)).order_by(t.swaps.c.id))
    ids: list[int] = []
    drafts: list[Draft] = []
    for row in rows.all():
        _swap, events = await move(conn, swap_from_row(row), "expired", now, None)
        ids.append(int(row.id))
        drafts += events
    return ids, drafts


async def expire_due(ctx: ServerContext, now: float) -> list[int]:
    """Expire what is due at ``now``; the expired swaps' ids. A read first, so the
    periodic check costs no write when nothing is due."""
    async with ctx.engine.connect() as conn:
        found = (await conn.execute(sa.select(t.swaps.c.id).where(_due(now)).limit(1))).first()
    if found is None:
        return []

    async def work(conn: AsyncConnection) -> tuple[list[int], list[Draft]]:
        return await expire_in(conn, now)

    ids, _seq = await ctx.write(work)
    if ids:
        log.info("expired %d swap(s)", len(ids))
    return ids


async def next_deadline(ctx: ServerContext) -> float | None:
    """The earliest moment an open swap falls due, or ``None`` with none open."""
    s = t.swaps
    query = sa.select(sa.func.min(s.c.expires_at), sa.func.min(s.c.starts_at)).where(
        s.c.state.in_(_OPEN)
    )
    async with ctx.engine.connect() as conn:
        row = (await conn.execute(query)).one()
    values = [float(v) for v in row if v is not None]
    return min(values) if values else None


def poke(ctx: ServerContext) -> None:
    """Re-arm the job's timer (a swap was posted, accepted or closed): cheap, no I/O."""
    waker = _wakers.get(id(ctx))
    if waker is not None:
        waker.set()


async def run(ctx: ServerContext) -> None:
    """The expiry job: expire what is due, sleep to the next deadline or a poke."""
    waker = asyncio.Event()
    _wakers[id(ctx)] = waker
    try:
        while True:
            waker.clear()
            delay = SAFETY_SECONDS
            try:
                await expire_due(ctx, time.time())
                deadline = await next_deadline(ctx)
                if deadline is not None:
                    delay = min(max(deadline - time.time(), 0.05), SAFETY_SECONDS)
            except Exception:
                # the loop: a failed round is retried at the next wake-up or safety check.
                log.exception("swap expiry failed")
            with contextlib.suppress(TimeoutError):
                await within(waker.wait(), delay)
    finally:
        _wakers.pop(id(ctx), None)
