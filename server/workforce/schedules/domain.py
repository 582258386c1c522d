"""The schedules part of workforce management registering with the house: the ``shift``
kind (an agent's own published shifts; every shift, drafts too, for supervisors), the
``workforce_policy`` kind (every desk), the supervisors' ``shift.edit`` and
``schedule.publish`` commands and the import and policy endpoints."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from protocol.kinds.workforce import ShiftData, WorkforcePolicyData
from protocol.workforce import SCHEDULE_PUBLISH, SHIFT_EDIT
from server.core.registry import Domain, KindRegistration
from server.core.visibility import Viewer
from server.workforce.schedules import commands, router
from server.workforce.schedules.store import policy_from_row, shift_from_row
from server.workforce.schedules.tables import shifts, workforce_policy


def visible_shifts(viewer: Viewer) -> sa.Select[Any]:
    """Supervisors see every shift; an agent their own published ones: exactly what
    :func:`~server.workforce.schedules.store.shift_events` scopes."""
    query = sa.select(shifts).order_by(shifts.c.id)
    if viewer.supervisor:
        return query
    return query.where(shifts.c.agent_id == viewer.agent_id, shifts.c.published.is_(True))


def _policy(_viewer: Viewer) -> sa.Select[Any]:
    return sa.select(workforce_policy).order_by(workforce_policy.c.id)


DOMAIN = Domain(
    name="schedules",
    kinds=(
        # "agent": the agent's own events; the supervisors' copy is SUPERVISORS_ONLY-scoped.
        KindRegistration(ShiftData, shifts, shift_from_row, visible_shifts, "agent"),
        KindRegistration(
            WorkforcePolicyData, workforce_policy, policy_from_row, _policy, "everyone"
        ),
    ),
    commands={SHIFT_EDIT.name: commands.edit_shift, SCHEDULE_PUBLISH.name: commands.publish_week},
    routers=(router.router,),
)
"""Shifts, their activities and the centre's workforce policy
(issue 11 part 1: server/workforce/schedules)."""
