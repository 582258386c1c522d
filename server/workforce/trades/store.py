"""Reading and writing swap rows inside the caller's write transaction.

Shared by the commands (:mod:`~server.workforce.trades.swaps`,
:mod:`~server.workforce.trades.review`) and the expiry job: every state change goes
through :func:`move`, which appends its step to the history and returns the events.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.workforce import ShiftData, SwapData, SwapState, SwapStep
from server.core.commands import CommandRefusedError
from server.core.eventlog import Draft
from server.workforce.schedules.store import get_shift, reassign_shift
from server.workforce.trades import tables as t
from server.workforce.trades.entities import (
    dump_history,
    on_board,
    swap_events,
    swap_from_row,
)

log = logging.getLogger(__name__)
APPROVAL_PAUSE_ENV = "FRONTLINE_TEST_APPROVAL_PAUSE"
"""TEST ONLY: seconds to sleep inside an approval's transaction, between the two shift
updates, so a test can SIGKILL the server mid-approval and check that both shifts moved
or neither did. Never set it in production: it holds the write gate that long."""


async def load(conn: AsyncConnection, swap_id: int) -> SwapData:
    """The swap, or the command error ``not_found``."""
    row = (await conn.execute(sa.select(t.swaps).where(t.swaps.c.id == swap_id))).first()
    if row is None:
        raise CommandRefusedError("not_found", f"there is no swap {swap_id}")
    return swap_from_row(row)


async def own_shift(conn: AsyncConnection, shift_id: int, agent_id: int) -> ShiftData:
    """One of ``agent_id``'s shifts, or ``not_found`` (another agent's shift is as unknown
    as a missing one: its id tells a colleague nothing)."""
    shift = await get_shift(conn, shift_id)
    if shift is None or shift.agent_id != agent_id:
        raise CommandRefusedError("not_found", f"shift {shift_id} is not one of your shifts")
    return shift


async def move(
    conn: AsyncConnection,
    swap: SwapData,
    state: SwapState,
    at: float,
    by: int | None,
    **values: Any,
) -> tuple[SwapData, list[Draft]]:
    """Store ``swap`` in ``state`` (one more history step, plus other column ``values``);
    the new swap and its events (to its queues too if it leaves the board)."""
    history = [*swap.history, SwapStep(state=state, at=at, by=by)]
    await conn.execute(
        sa.update(t.swaps)
        .where(t.swaps.c.id == swap.id)
        .values(state=state, history=dump_history(history), updated_at=at, **values)
    )
    row = (await conn.execute(sa.select(t.swaps).where(t.swaps.c.id == swap.id))).one()
    moved = swap_from_row(row)
    return moved, swap_events(moved, was_on_board=on_board(swap))


async def approve(
    conn: AsyncConnection, swap: SwapData, at: float, by: int | None, comment: str = ""
) -> tuple[SwapData, list[Draft]]:
    """Reassign the traded shift(s) and mark the swap approved, all in the caller's one
    transaction: a crash anywhere in between leaves neither shift moved."""
    assert swap.accepter_id is not None
    drafts = await reassign_shift(conn, swap.shift.shift_id, swap.accepter_id)
    pause = _approval_pause()
    if pause > 0:
        log.warning("test pause: %.1f s inside the approval of swap %d", pause, swap.id)
        await asyncio.sleep(pause)
    if swap.accepter_shift is not None:
        drafts += await reassign_shift(conn, swap.accepter_shift.shift_id, swap.initiator_id)
    values: dict[str, Any] = {}
    if by is not None:
        values = {"reviewer_id": by, "review_comment": comment}
    moved, more = await move(conn, swap, "approved", at, by, **values)
    return moved, drafts + more


def _approval_pause() -> float:
    raw = os.environ.get(APPROVAL_PAUSE_ENV, "")
    try:
        return min(max(float(raw), 0.0), 60.0) if raw else 0.0
    except ValueError:
        return 0.0


async def open_swap_of(conn: AsyncConnection, shift_id: int) -> int | None:
    """The id of an open swap trading ``shift_id`` (either side), if any."""
    s = t.swaps
    row = (
        await conn.execute(
            sa.select(s.c.id)
            .where(
                sa.or_(s.c.shift_id == shift_id, s.c.accepter_shift_id == shift_id),
                s.c.state.in_(("posted", "matched", "pending_review")),
            )
            .limit(1)
        )
    ).first()
    return None if row is None else int(row.id)
