"""Who is looking: the viewer of a connection or request, and the rule for what it sees.

One rule decides visibility for live events, replay, snapshots and REST reads alike, so
an agent can never learn through one path what another withholds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.core import tables as t

Row = Any  # sqlalchemy Row with named columns


SUPERVISORS_ONLY = 0
"""The scope of events only supervisors receive (an agent's presence, later KPIs of the
team): stored as queue id 0, which no queue has (ids start at 1), so the replay query's
queue rule (supervisors see every queue; agents only their own ids) already keeps it to
supervisors, and :meth:`Viewer.sees` says so explicitly for live events."""


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking: decides which events and entities a connection may see."""

    agent_id: int
    supervisor: bool
    queue_ids: frozenset[int]

    def sees(self, queue_id: int | None, agent_id: int | None) -> bool:
        """Agent-scoped events go to that agent only; queue-scoped ones to the queue's
        members and supervisors; :data:`SUPERVISORS_ONLY` ones to supervisors; unscoped ones
        to everybody."""
        if agent_id is not None:
            return agent_id == self.agent_id
        if queue_id == SUPERVISORS_ONLY:
            return self.supervisor
        if queue_id is not None:
            return self.supervisor or queue_id in self.queue_ids
        return True


async def load_viewer(conn: AsyncConnection, agent_id: int) -> tuple[Viewer, Row] | None:
    """The agent's row and visibility scope, or ``None`` if the agent is gone."""
    agent = (await conn.execute(sa.select(t.agents).where(t.agents.c.id == agent_id))).first()
    if agent is None:
        return None
    if agent.role == "supervisor":
        queue_rows = await conn.execute(sa.select(t.queues.c.id))
    else:
        queue_rows = await conn.execute(
            sa.select(t.agent_queues.c.queue_id).where(t.agent_queues.c.agent_id == agent_id)
        )
    queue_ids = frozenset(int(r[0]) for r in queue_rows)
    return Viewer(agent_id, agent.role == "supervisor", queue_ids), agent
