"""Swap and time-off rows as ``swap`` / ``time_off`` entities, and who gets their events.

No scope says "these agents, these queues and supervisors", so one change is several
events (``docs/architecture.md``, step 3):

- a swap: one to :data:`~server.core.visibility.SUPERVISORS_ONLY`, one to each named
  agent (initiator, direct target, accepter), and, while it is on the board (posted with
  no target) or the change takes it off the board, one per queue of its shift, so the
  queue's members see the post come and go;
- a time-off request: one to its agent, one to supervisors.

:func:`visible_swaps` / :func:`visible_time_off` select the same rows for a snapshot
(a board post that has left the board is no longer in a colleague's snapshot; the event
that took it off told their desk already).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from pydantic import TypeAdapter

from protocol.kinds.workforce import (
    ShiftSummary,
    SwapData,
    SwapStep,
    TimeOffData,
    Violation,
)
from server.core import eventlog
from server.core.eventlog import Draft
from server.core.visibility import SUPERVISORS_ONLY, Viewer
from server.workforce.trades import tables as t

Row = Any  # sqlalchemy Row of server.workforce.trades.tables

VIOLATIONS = TypeAdapter(list[Violation])
HISTORY = TypeAdapter(list[SwapStep])


def dump_violations(violations: list[Violation]) -> str:
    """The ``violations`` column's text."""
    return VIOLATIONS.dump_json(violations).decode()


def dump_history(history: list[SwapStep]) -> str:
    """The ``history`` column's text."""
    return HISTORY.dump_json(history).decode()


def swap_from_row(r: Row) -> SwapData:
    """A swap from a ``swaps`` row."""
    accepter_shift = (
        None if r.accepter_shift is None else ShiftSummary.model_validate_json(r.accepter_shift)
    )
    return SwapData(
        id=r.id,
        type=r.type,
        initiator_id=r.initiator_id,
        shift=ShiftSummary.model_validate_json(r.shift),
        target_agent_id=r.target_agent_id,
        accepter_id=r.accepter_id,
        accepter_shift=accepter_shift,
        state=r.state,
        note=r.note,
        review_comment=r.review_comment,
        reviewer_id=r.reviewer_id,
        violations=VIOLATIONS.validate_json(r.violations),
        history=HISTORY.validate_json(r.history),
        created_at=r.created_at,
        updated_at=r.updated_at,
        expires_at=r.expires_at,
    )


def time_off_from_row(r: Row) -> TimeOffData:
    """A time-off request from a ``time_off`` row."""
    return TimeOffData(
        id=r.id,
        agent_id=r.agent_id,
        type=r.type,
        start=r.start,
        end=r.end,
        state=r.state,
        note=r.note,
        review_comment=r.review_comment,
        reviewer_id=r.reviewer_id,
        violations=VIOLATIONS.validate_json(r.violations),
        created_at=r.created_at,
        updated_at=r.updated_at,
    )


def on_board(swap: SwapData) -> bool:
    """Posted to the queues' board (not offered to one colleague)."""
    return swap.state == "posted" and swap.target_agent_id is None


def swap_events(swap: SwapData, was_on_board: bool = False) -> list[Draft]:
    """The upserts of a swap: named agents, supervisors, and its queues while it is on
    the board or leaves it (``was_on_board``)."""
    drafts = [eventlog.upsert(swap, queue_id=SUPERVISORS_ONLY)]
    named = [swap.initiator_id, swap.target_agent_id, swap.accepter_id]
    for agent_id in dict.fromkeys(a for a in named if a is not None):
        drafts.append(eventlog.upsert(swap, agent_id=agent_id))
    if swap.target_agent_id is None and (was_on_board or on_board(swap)):
        for queue_id in swap.shift.queue_ids:
            drafts.append(eventlog.upsert(swap, queue_id=queue_id))
    return drafts


def time_off_events(request: TimeOffData) -> list[Draft]:
    """The agent's event and the supervisors' one."""
    return [
        eventlog.upsert(request, agent_id=request.agent_id),
        eventlog.upsert(request, queue_id=SUPERVISORS_ONLY),
    ]


def visible_swaps(viewer: Viewer) -> sa.Select[Any]:
    """Every swap for a supervisor; an agent's own (initiated, offered to them, accepted
    by them) and the board posts of their queues."""
    s = t.swaps
    query = sa.select(s).order_by(s.c.id)
    if viewer.supervisor:
        return query
    me = viewer.agent_id
    board = sa.and_(
        s.c.state == "posted",
        s.c.target_agent_id.is_(None),
        s.c.id.in_(
            sa.select(t.swap_queues.c.swap_id).where(
                t.swap_queues.c.queue_id.in_(sorted(viewer.queue_ids))
            )
        ),
    )
    return query.where(
        sa.or_(s.c.initiator_id == me, s.c.target_agent_id == me, s.c.accepter_id == me, board)
    )


def visible_time_off(viewer: Viewer) -> sa.Select[Any]:
    """Every request for a supervisor; the agent's own otherwise."""
    o = t.time_off
    query = sa.select(o).order_by(o.c.id)
    if viewer.supervisor:
        return query
    return query.where(o.c.agent_id == viewer.agent_id)
