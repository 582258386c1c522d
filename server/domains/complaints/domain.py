"""The complaints domain's registration: the ``complaint`` and ``followup_task`` kinds,
their five mutations and the supervisors' list route."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from protocol.kinds.complaints import ComplaintData, FollowupTaskData
from server.core.registry import Domain, KindRegistration
from server.core.visibility import Viewer
from server.domains.complaints import mutations, router
from server.domains.complaints import tables as t
from server.domains.complaints.entities import complaint_from_row, task_from_row
from server.domains.complaints.reads import complaints_visible, tasks_visible


def visible_complaints(viewer: Viewer) -> sa.Select[Any]:
    """Complaints of the viewer's queues (all for supervisors): what
    :func:`~server.domains.complaints.entities.complaint_events` scopes."""
    c = t.complaints
    return sa.select(c).where(complaints_visible(viewer)).order_by(c.c.id)


def visible_tasks(viewer: Viewer) -> sa.Select[Any]:
    """Tasks of the viewer's queues or assigned to the viewer (all for supervisors): the
    two events of :func:`~server.domains.complaints.entities.task_events`."""
    f = t.followup_tasks
    return sa.select(f).where(tasks_visible(viewer)).order_by(f.c.id)


DOMAIN = Domain(
    name="complaints",
    kinds=(
        KindRegistration(
            ComplaintData, t.complaints, complaint_from_row, visible_complaints, "queue"
        ),
        # "queue" is the nearest scope: each task also has an event for its assignee.
        KindRegistration(FollowupTaskData, t.followup_tasks, task_from_row, visible_tasks, "queue"),
    ),
    mutations={
        "complaint.open": mutations.open_complaint,
        "complaint.move": mutations.move,
        "complaint.escalate": mutations.escalate,
        "task.add": mutations.add_task,
        "task.done": mutations.task_done,
    },
    routers=(router.router,),
)
