"""Complaint and follow-up task work through the outbox (ops of
``protocol/kinds/complaints.py``), applied optimistically like the rest of the outbox.

A complaint opened or a task added shows at once as a pending row (id ``-mutation_id``)
until the server's copy replaces it (``desktop/store/kinds/complaints.py``); a move, an
escalation or a task marked done changes the cached row in place and marks it pending.
Each keeps the row it changed in ``undo``: a refusal puts it back, unless the server has
sent a newer copy since (the row is no longer pending), and the tab shows the server's
reason. A move the cache already knows to be illegal (``COMPLAINT_MOVES``) is refused
here with ``ValueError`` before anything is queued.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable
from typing import Any

import sqlite_utils

from desktop.models.changes import Changes
from protocol.kinds.complaints import (
    COMPLAINT_MOVES,
    ComplaintEscalateOp,
    ComplaintMoveOp,
    ComplaintOpenOp,
    TaskAddOp,
    TaskDoneOp,
)

Insert = Callable[[sqlite3.Connection, Any, dict[str, object]], int]
"""``outbox._insert``: writes the op and its undo, returns the mutation id."""

COMPLAINT_OPS = frozenset(
    {"complaint.open", "complaint.move", "complaint.escalate", "task.add", "task.done"}
)
_INSERTS = {"complaint.open": "complaints", "task.add": "followup_tasks"}
_TOPIC = {"complaints": "complaints", "followup_tasks": "tasks"}


def _row(conn: sqlite3.Connection, table: str, row_id: int) -> dict[str, object] | None:
    cursor = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
    found = cursor.fetchone()
    if found is None:
        return None
    names = [d[0] for d in cursor.description]
    return dict(zip(names, found, strict=True))


def _complaint(conn: sqlite3.Connection, complaint_id: int) -> dict[str, object]:
    row = _row(conn, "complaints", complaint_id)
    if row is None:
        raise ValueError(f"complaint {complaint_id} is not in the cache")
    if complaint_id < 0:
        raise ValueError("the server has not confirmed this complaint yet")
    return row


ComplaintOp = ComplaintOpenOp | ComplaintMoveOp | ComplaintEscalateOp | TaskAddOp | TaskDoneOp


def queue(
    conn: sqlite3.Connection, insert: Insert, change: ComplaintOp, agent_id: int | None
) -> tuple[int, Changes]:
    """Queue any complaint or task op (``outbox.queue_complaint_change`` calls this)."""
    if isinstance(change, ComplaintOpenOp):
        return queue_open(conn, insert, change, agent_id)
    if isinstance(change, ComplaintMoveOp):
        return queue_move(conn, insert, change)
    if isinstance(change, ComplaintEscalateOp):
        return queue_escalate(conn, insert, change)
    if isinstance(change, TaskAddOp):
        return queue_task_add(conn, insert, change, agent_id)
    return queue_task_done(conn, insert, change)


def queue_open(
    conn: sqlite3.Connection, insert: Insert, change: ComplaintOpenOp, agent_id: int | None
) -> tuple[int, Changes]:
    """Queue opening a complaint from a cached conversation; it shows at once."""
    conv = conn.execute(
        "SELECT customer_id, queue_id FROM conversations WHERE id = ?", (change.conversation_id,)
    ).fetchone()
    if conv is None:
        raise ValueError(f"conversation {change.conversation_id} is not in the cache")
    now = time.time()
    with sqlite_utils.Database(conn).atomic():
        mutation_id = insert(conn, change, {"table": "complaints", "id": None})
        conn.execute(
            "INSERT INTO complaints (id, customer_id, conversation_id, queue_id, category,"
            " severity, description, wanted, contact_channel, contact_value,"
            " contact_confirmed, state, escalation, escalation_reason, resolution,"
            " created_by_id, created_at, updated_at, state_since, pending)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', 'none', '', '', ?, ?, ?, ?, 1)",
            (
                -mutation_id,
                conv[0],
                change.conversation_id,
                conv[1],
                change.category,
                change.severity,
                change.description,
                change.wanted,
                change.contact_channel,
                change.contact_value,
                int(change.contact_confirmed),
                agent_id,
                now,
                now,
                now,
            ),
        )
    return mutation_id, Changes(complaints={-mutation_id}, outbox=True)


def queue_move(
    conn: sqlite3.Connection, insert: Insert, change: ComplaintMoveOp
) -> tuple[int, Changes]:
    """Queue a state move; refused at once when the cached state has no such move."""
    previous = _complaint(conn, change.complaint_id)
    if change.to not in COMPLAINT_MOVES.get(str(previous["state"]), frozenset()):
        raise ValueError(f"a complaint cannot move from {previous['state']} to {change.to}")
    now = time.time()
    sets: dict[str, object] = {"state": change.to, "state_since": now, "updated_at": now}
    if change.to == "resolved":
        sets["resolution"] = change.resolution
        sets["resolved_at"] = now
    if change.to == "closed":
        sets["closed_at"] = now
    if change.satisfaction is not None:
        sets["satisfaction"] = change.satisfaction
    return _update(
        conn,
        insert,
        change,
        table="complaints",
        row_id=change.complaint_id,
        previous=previous,
        sets=sets,
    )


def queue_escalate(
    conn: sqlite3.Connection, insert: Insert, change: ComplaintEscalateOp
) -> tuple[int, Changes]:
    """Queue an escalation; the badge shows at once (pending)."""
    previous = _complaint(conn, change.complaint_id)
    if previous["state"] == "closed":
        raise ValueError("a closed complaint cannot be escalated")
    now = time.time()
    sets: dict[str, object] = {
        "escalation": change.level,
        "escalated_to_id": change.to_agent_id,
        "escalation_reason": change.reason,
        "escalated_at": now,
        "updated_at": now,
    }
    return _update(
        conn,
        insert,
        change,
        table="complaints",
        row_id=change.complaint_id,
        previous=previous,
        sets=sets,
    )


def queue_task_add(
    conn: sqlite3.Connection, insert: Insert, change: TaskAddOp, agent_id: int | None
) -> tuple[int, Changes]:
    """Queue a follow-up task on a confirmed complaint; it shows at once (pending)."""
    complaint = _complaint(conn, change.complaint_id)
    with sqlite_utils.Database(conn).atomic():
        mutation_id = insert(conn, change, {"table": "followup_tasks", "id": None})
        conn.execute(
            "INSERT INTO followup_tasks (id, complaint_id, customer_id, queue_id, assignee_id,"
            " title, due_at, created_by_id, created_at, pending)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (
                -mutation_id,
                change.complaint_id,
                complaint["customer_id"],
                complaint["queue_id"],
                change.assignee_id,
                change.title,
                change.due_at,
                agent_id,
                time.time(),
            ),
        )
    return mutation_id, Changes(tasks={-mutation_id}, complaints={change.complaint_id}, outbox=True)


def queue_task_done(
    conn: sqlite3.Connection, insert: Insert, change: TaskDoneOp
) -> tuple[int, Changes]:
    """Queue marking a task done (or not done again); it shows at once (pending)."""
    previous = _row(conn, "followup_tasks", change.task_id)
    if previous is None:
        raise ValueError(f"task {change.task_id} is not in the cache")
    if change.task_id < 0:
        raise ValueError("the server has not confirmed this task yet")
    sets: dict[str, object] = {"done_at": time.time() if change.done else None}
    return _update(
        conn,
        insert,
        change,
        table="followup_tasks",
        row_id=change.task_id,
        previous=previous,
        sets=sets,
    )


def _update(
    conn: sqlite3.Connection,
    insert: Insert,
    change: object,
    *,
    table: str,
    row_id: int,
    previous: dict[str, object],
    sets: dict[str, object],
) -> tuple[int, Changes]:
    columns = ", ".join(f"{name} = ?" for name in sets)
    with sqlite_utils.Database(conn).atomic():
        mutation_id = insert(conn, change, {"table": table, "id": row_id, "previous": previous})
        conn.execute(
            f"UPDATE {table} SET {columns}, pending = 1 WHERE id = ?", (*sets.values(), row_id)
        )
    touched = {_TOPIC[table]: {row_id}}
    if table == "followup_tasks":
        touched["complaints"] = {int(str(previous["complaint_id"]))}
    return mutation_id, Changes.of_topics(touched, outbox=True)


def acknowledged(conn: sqlite3.Connection, mutation_id: int, op: str) -> Changes:
    """The server applied a complaint op: a pending new row still here goes (its server
    copy came before the ack and replaced it, or comes next); a changed row whose copy has
    not come keeps the optimistic values and stops saying "Sending…"."""
    table = _INSERTS.get(op)
    if table is not None:
        gone = conn.execute(f"DELETE FROM {table} WHERE id = ?", (-mutation_id,))
        return Changes.of_topics({_TOPIC[table]: {-mutation_id}} if gone.rowcount else {})
    row = conn.execute("SELECT undo FROM outbox WHERE mutation_id = ?", (mutation_id,)).fetchone()
    undo = json.loads(row[0] or "{}") if row else {}
    table, row_id = str(undo.get("table", "")), undo.get("id")
    if table in _TOPIC and isinstance(row_id, int):
        conn.execute(f"UPDATE {table} SET pending = 0 WHERE id = ?", (row_id,))
        return Changes.of_topics({_TOPIC[table]: {row_id}})
    return Changes()


def rejected(conn: sqlite3.Connection, mutation_id: int, undo: dict[str, object]) -> Changes:
    """The server refused a complaint op: drop the pending new row or put the changed
    row back (unless the server has sent a newer copy since); the outbox says why."""
    table = str(undo.get("table", ""))
    if table not in _TOPIC:
        return Changes(outbox=True)
    row_id = undo.get("id")
    previous = undo.get("previous")
    touched: set[int] = set()
    if row_id is None:
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (-mutation_id,))
        touched.add(-mutation_id)
    elif isinstance(row_id, int) and isinstance(previous, dict):
        current = _row(conn, table, row_id)
        if current is not None and current["pending"]:
            names = list(previous)
            conn.execute(
                f"INSERT OR REPLACE INTO {table} ({', '.join(names)})"
                f" VALUES ({', '.join('?' for _ in names)})",
                tuple(previous[n] for n in names),
            )
        touched.add(row_id)
    return Changes.of_topics({_TOPIC[table]: touched}, outbox=True)
