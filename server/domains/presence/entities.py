"""Presence rows as ``presence`` entities, and the events one change makes.

Who sees an agent's presence: the agent, and every supervisor, so one change is two
events: one scoped to the agent, and one to the house's supervisors-only scope
(:data:`server.core.visibility.SUPERVISORS_ONLY`). Colleagues never learn each other's
presence (a centre that wants agents to see their team's availability would scope the
second event to the agent's queues instead).
"""

from __future__ import annotations

from typing import Any

from protocol.kinds.presence import PresenceData
from server.core import eventlog
from server.core.eventlog import Draft
from server.core.visibility import SUPERVISORS_ONLY

Row = Any  # sqlalchemy Row of server.domains.presence.tables.presence


def presence_from_row(r: Row) -> PresenceData:
    """A presence from a ``presence`` row (``id`` is the agent's id)."""
    return PresenceData(
        id=r.agent_id,
        state=r.state,
        reason=r.reason,
        since=r.since,
        requested=r.requested,
        requested_reason=r.requested_reason,
        before_offline=r.before_offline,
    )


def presence_events(presence: PresenceData) -> list[Draft]:
    """The agent's own event and the supervisors' one."""
    return [
        eventlog.upsert(presence, agent_id=presence.id),
        eventlog.upsert(presence, queue_id=SUPERVISORS_ONLY),
    ]
