"""Store declarations of complaints and follow-up tasks (tables made by ``_v14``).

A complaint opened or a task added while offline waits as a pending row (id
``-mutation_id``); the server's copy replaces it in the batch that brings it, found by
what the op said (a complaint by its conversation and description, a task by its
complaint, title and due time), so the tab never lists it twice. A server copy is never
pending; a snapshot keeps the desk's pending rows (``replaced``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from desktop.store.kinds.base import Row, StoreKind
from protocol.kinds.complaints import ComplaintData, FollowupTaskData

_COMPLAINT_COLUMNS = (
    "id",
    "customer_id",
    "conversation_id",
    "queue_id",
    "category",
    "severity",
    "description",
    "wanted",
    "contact_channel",
    "contact_value",
    "contact_confirmed",
    "state",
    "owner_id",
    "escalation",
    "escalated_to_id",
    "escalation_reason",
    "escalated_at",
    "resolution",
    "satisfaction",
    "created_by_id",
    "created_at",
    "updated_at",
    "state_since",
    "resolved_at",
    "closed_at",
)

_TASK_COLUMNS = (
    "id",
    "complaint_id",
    "customer_id",
    "queue_id",
    "assignee_id",
    "title",
    "due_at",
    "done_at",
    "created_by_id",
    "created_at",
)


def _complaint_row(c: ComplaintData) -> Row:
    return tuple(
        int(c.contact_confirmed) if name == "contact_confirmed" else getattr(c, name)
        for name in _COMPLAINT_COLUMNS
    )


def _replace_pending_complaints(
    conn: sqlite3.Connection, complaints: Sequence[ComplaintData]
) -> None:
    """The server's copy of a complaint opened on this desk replaces the pending one."""
    rows = [(c.conversation_id, c.description) for c in complaints]
    conn.executemany(
        "DELETE FROM complaints WHERE id < 0 AND conversation_id = ? AND description = ?", rows
    )


def _replace_pending_tasks(conn: sqlite3.Connection, tasks: Sequence[FollowupTaskData]) -> None:
    """The server's copy of a task added on this desk replaces the pending one."""
    rows = [(t.complaint_id, t.title, t.due_at) for t in tasks]
    conn.executemany(
        "DELETE FROM followup_tasks WHERE id < 0 AND complaint_id = ? AND title = ? AND due_at = ?",
        rows,
    )


COMPLAINT = StoreKind(
    model=ComplaintData,
    table="complaints",
    columns=_COMPLAINT_COLUMNS,
    fixed=(("pending", "0"),),
    row=_complaint_row,
    topic="complaints",
    migration="_v14",
    replaced="id > 0",  # complaints opened offline survive a snapshot
    before=_replace_pending_complaints,
)

FOLLOWUP_TASK = StoreKind(
    model=FollowupTaskData,
    table="followup_tasks",
    columns=_TASK_COLUMNS,
    fixed=(("pending", "0"),),
    topic="tasks",
    migration="_v14",
    replaced="id > 0",
    before=_replace_pending_tasks,
)

KINDS: tuple[StoreKind, ...] = (COMPLAINT, FOLLOWUP_TASK)
"""The domain's declarations, complaints before their tasks."""
