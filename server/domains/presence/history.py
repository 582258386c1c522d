"""Reading presence history (``presence_log``): the stretches an agent spent in each state.

Adherence compares them with the schedule and occupancy divides by their available and
on-contact time. A stretch still open (``end`` NULL) lasts until ``now``. Time before an
agent's first stretch is unknown and reads as offline (they had never set a state).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.domains.presence.tables import presence as presence_table
from server.domains.presence.tables import presence_log

Rows = Iterable[Any]


@dataclass(frozen=True, slots=True)
class Stretch:
    """``[start, end)`` in one presence state (UTC seconds)."""

    state: str
    start: float
    end: float


def window_query(start: float, end: float, now: float, agent_id: int | None) -> sa.Select[Any]:
    """Stretches that begin inside the window, and each agent's stretch under way at its
    start (the last one to begin before it): two index ranges, never a scan of history.
    Columns ``agent_id, state, start, finish`` (an open stretch finishes ``now``)."""
    log = presence_log.c
    inner = presence_log.alias("q")
    agents = sa.select(presence_table.c.agent_id)
    if agent_id is not None:
        agents = agents.where(presence_table.c.agent_id == agent_id)
    before = (
        sa.select(inner.c.id)
        .where(inner.c.agent_id == presence_table.c.agent_id, inner.c.start < start)
        .order_by(inner.c.start.desc(), inner.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    under_way = (
        sa.select(before).select_from(presence_table).where(presence_table.c.agent_id.in_(agents))
    )
    inside = sa.and_(log.start >= start, log.start < end)
    if agent_id is not None:
        inside = sa.and_(inside, log.agent_id == agent_id)
    return (
        sa.select(
            log.agent_id, log.state, log.start, sa.func.coalesce(log.end, now).label("finish")
        )
        .where(sa.or_(inside, log.id.in_(under_way)))
        .order_by(log.agent_id, log.start, log.id)
    )


def _clip(rows: Rows, start: float, end: float) -> dict[int, list[Stretch]]:
    out: dict[int, list[Stretch]] = {}
    for r in rows:
        low, high = max(float(r.start), start), min(float(r.finish), end)
        if high > low:
            out.setdefault(int(r.agent_id), []).append(Stretch(str(r.state), low, high))
    return out


async def stretches(
    conn: AsyncConnection, agent_id: int, start: float, end: float, now: float
) -> list[Stretch]:
    """The agent's stretches within ``[start, end)``, clipped to it, in time order."""
    query = window_query(start, end, now, agent_id)
    return _clip(await conn.execute(query), start, end).get(agent_id, [])


async def stretches_of_all(
    conn: AsyncConnection, start: float, end: float, now: float
) -> dict[int, list[Stretch]]:
    """Every agent's stretches within ``[start, end)`` (one query, for team figures)."""
    return _clip(await conn.execute(window_query(start, end, now, None)), start, end)
