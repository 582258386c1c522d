"""The presence domain's registration: the ``presence`` kind (the agent's own row, every
row for a supervisor), the ``presence.set`` command, and the away/back hooks the
connection tracker (``server.core.connections``) runs."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from protocol.commands import SET_PRESENCE
from protocol.kinds.presence import PresenceData
from server.core.registry import Domain, KindRegistration
from server.core.visibility import Viewer
from server.domains.presence import states
from server.domains.presence.entities import presence_from_row
from server.domains.presence.tables import presence as table


def _visible(viewer: Viewer) -> sa.Select[Any]:
    """Supervisors see everyone's presence; an agent sees their own (see entities.py)."""
    query = sa.select(table).order_by(table.c.agent_id)
    if viewer.supervisor:
        return query
    return query.where(table.c.agent_id == viewer.agent_id)


DOMAIN = Domain(
    name="presence",
    kinds=(KindRegistration(PresenceData, table, presence_from_row, _visible, "agent"),),
    commands={SET_PRESENCE.name: states.set_presence},
    on_agent_back=states.agent_back,
    on_agent_away=states.agent_away,
)
