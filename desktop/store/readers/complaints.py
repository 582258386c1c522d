"""Complaint and follow-up task reads: a customer's complaints (the customer page's tab),
the open complaints a supervisor's queues hold, a complaint's tasks and the signed-in
agent's open tasks by due time (the reminders).

The cache holds exactly the complaints the server lets this desk see (an agent: its
queues'; a supervisor: every queue's), so "the viewer's queues" needs no filter here.
Descriptions, reasons, resolutions, titles and contact details are untrusted text.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

_OPEN = "('new', 'investigating', 'awaiting_customer')"


@dataclass(frozen=True)
class Complaint:
    """One complaint as cached; ``pending`` while the server has not confirmed the last
    change made on this desk (the tab says "Sending…")."""

    id: int
    customer_id: int
    conversation_id: int
    queue_id: int
    category: str
    severity: str
    description: str
    wanted: str
    contact_channel: str | None
    contact_value: str
    contact_confirmed: bool
    state: str
    escalation: str
    escalated_to_id: int | None
    escalation_reason: str
    escalated_at: float | None
    resolution: str
    satisfaction: int | None
    created_at: float
    state_since: float
    pending: bool


@dataclass(frozen=True)
class OpenComplaint:
    """An open complaint in a supervisor's list: who, what and since when (``age`` is
    seconds since it was opened at ``now``); names are untrusted text."""

    id: int
    customer_id: int
    customer_name: str
    queue_name: str
    category: str
    severity: str
    state: str
    escalation: str
    escalated_to: str
    created_at: float
    age: float


@dataclass(frozen=True)
class FollowupTask:
    """A follow-up task; ``customer_name`` for the reminder's sentence."""

    id: int
    complaint_id: int
    customer_id: int
    customer_name: str
    assignee_id: int
    assignee_name: str
    title: str
    due_at: float
    done_at: float | None
    pending: bool


_COMPLAINT_SELECT = (
    "SELECT id, customer_id, conversation_id, queue_id, category, severity, description,"
    " wanted, contact_channel, contact_value, contact_confirmed, state, escalation,"
    " escalated_to_id, escalation_reason, escalated_at, resolution, satisfaction,"
    " created_at, state_since, pending FROM complaints"
)

_TASK_SELECT = (
    "SELECT t.id, t.complaint_id, t.customer_id, coalesce(c.name, ''), t.assignee_id,"
    " coalesce(nullif(a.display_name, ''), a.username, ''), t.title, t.due_at, t.done_at,"
    " t.pending FROM followup_tasks t LEFT JOIN customers c ON c.id = t.customer_id"
    " LEFT JOIN agents a ON a.id = t.assignee_id"
)


def _complaint(row: tuple[object, ...]) -> Complaint:
    return Complaint(
        id=int(str(row[0])),
        customer_id=int(str(row[1])),
        conversation_id=int(str(row[2] or 0)),
        queue_id=int(str(row[3])),
        category=str(row[4] or ""),
        severity=str(row[5] or ""),
        description=str(row[6] or ""),
        wanted=str(row[7] or ""),
        contact_channel=str(row[8]) if row[8] else None,
        contact_value=str(row[9] or ""),
        contact_confirmed=bool(row[10]),
        state=str(row[11]),
        escalation=str(row[12] or "none"),
        escalated_to_id=int(str(row[13])) if row[13] is not None else None,
        escalation_reason=str(row[14] or ""),
        escalated_at=float(str(row[15])) if row[15] is not None else None,
        resolution=str(row[16] or ""),
        satisfaction=int(str(row[17])) if row[17] is not None else None,
        created_at=float(str(row[18])),
        state_since=float(str(row[19] or row[18])),
        pending=bool(row[20]),
    )


def _task(row: tuple[object, ...]) -> FollowupTask:
    return FollowupTask(
        id=int(str(row[0])),
        complaint_id=int(str(row[1])),
        customer_id=int(str(row[2] or 0)),
        customer_name=str(row[3] or ""),
        assignee_id=int(str(row[4])),
        assignee_name=str(row[5] or ""),
        title=str(row[6]),
        due_at=float(str(row[7])),
        done_at=float(str(row[8])) if row[8] is not None else None,
        pending=bool(row[9]),
    )


class ComplaintReads:
    """Complaint reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection

    def customer_complaints(self, customer_id: int, limit: int = 200) -> list[Complaint]:
        """The customer's complaints, newest first (pending ones among them)."""
        rows = self.conn.execute(
            f"{_COMPLAINT_SELECT} WHERE customer_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
            (customer_id, limit),
        ).fetchall()
        return [_complaint(r) for r in rows]

    def complaint(self, complaint_id: int) -> Complaint | None:
        row = self.conn.execute(f"{_COMPLAINT_SELECT} WHERE id = ?", (complaint_id,)).fetchone()
        return None if row is None else _complaint(row)

    def open_complaints(self, now: float, limit: int = 500) -> list[OpenComplaint]:
        """Open complaints of every queue this desk sees, oldest first, with their age
        at ``now`` (a supervisor's cache holds their queues')."""
        rows = self.conn.execute(
            "SELECT k.id, k.customer_id, coalesce(c.name, ''), coalesce(q.name, ''),"
            " k.category, k.severity, k.state, k.escalation,"
            " coalesce(nullif(a.display_name, ''), a.username, ''), k.created_at"
            " FROM complaints k LEFT JOIN customers c ON c.id = k.customer_id"
            " LEFT JOIN queues q ON q.id = k.queue_id"
            " LEFT JOIN agents a ON a.id = k.escalated_to_id"
            f" WHERE k.state IN {_OPEN} ORDER BY k.created_at, k.id LIMIT ?",
            (limit,),
        ).fetchall()
        return [
            OpenComplaint(
                id=int(r[0]),
                customer_id=int(r[1]),
                customer_name=str(r[2]),
                queue_name=str(r[3]),
                category=str(r[4]),
                severity=str(r[5]),
                state=str(r[6]),
                escalation=str(r[7] or "none"),
                escalated_to=str(r[8] or ""),
                created_at=float(r[9]),
                age=max(0.0, now - float(r[9])),
            )
            for r in rows
        ]

    def complaint_tasks(self, complaint_id: int) -> list[FollowupTask]:
        """A complaint's tasks by due time (done ones too)."""
        rows = self.conn.execute(
            f"{_TASK_SELECT} WHERE t.complaint_id = ? ORDER BY t.due_at, t.id", (complaint_id,)
        ).fetchall()
        return [_task(r) for r in rows]

    def open_tasks_of(self, assignee_id: int, limit: int = 200) -> list[FollowupTask]:
        """The agent's tasks not done yet, soonest due first."""
        rows = self.conn.execute(
            f"{_TASK_SELECT} WHERE t.assignee_id = ? AND t.done_at IS NULL"
            " ORDER BY t.due_at, t.id LIMIT ?",
            (assignee_id, limit),
        ).fetchall()
        return [_task(r) for r in rows]

    def overdue_task_count(self, assignee_id: int, now: float) -> int:
        """How many of the agent's open tasks were due before ``now``."""
        row = self.conn.execute(
            "SELECT count(*) FROM followup_tasks"
            " WHERE assignee_id = ? AND done_at IS NULL AND due_at <= ?",
            (assignee_id, now),
        ).fetchone()
        return int(row[0])

    def complaint_agents(self) -> list[tuple[int, str]]:
        """Cached agents for an assignee or escalation choice, by name."""
        rows = self.conn.execute(
            "SELECT id, coalesce(nullif(display_name, ''), username, '') AS n FROM agents"
            " ORDER BY n COLLATE NOCASE, id"
        ).fetchall()
        return [(int(i), str(n)) for i, n in rows]
