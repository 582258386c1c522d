"""The complaint and task mutations: ``complaint.open``, ``complaint.move``,
``complaint.escalate``, ``task.add`` and ``task.done``.

Values are normal when a handler runs (the op models in ``protocol.kinds.complaints``
refuse what they cannot normalise, and the desk checks with the same models); what only
the server knows is refused here, before any write, with a sentence the desk shows.

Who may act: an agent on complaints of their queues, a supervisor on all. A complaint
or conversation the sender may not see is refused exactly like a missing one, so ids
outside one's queues never leak. A task may also be ticked off by its assignee wherever
they work (a task can be given to somebody outside the queue), and by the complaint's
owner; other members of the queue may add tasks but not tick off somebody else's.
"""

from __future__ import annotations

import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.complaints import (
    MAX_COMPLAINTS_PER_CONVERSATION,
    MAX_TASK_AHEAD_SECONDS,
    MAX_TASKS_PER_COMPLAINT,
    TASK_PAST_GRACE_SECONDS,
    ComplaintEscalateOp,
    ComplaintMoveOp,
    ComplaintOpenOp,
    TaskAddOp,
    TaskDoneOp,
)
from protocol.kinds.customers import normal_handle
from server.core import eventlog
from server.core import tables as house
from server.core.eventlog import Draft
from server.core.registry import MutationCall, MutationRefusedError
from server.core.visibility import Viewer
from server.domains.complaints import machine
from server.domains.complaints import tables as t
from server.domains.complaints.entities import (
    complaint_events,
    complaint_from_row,
    task_events,
    task_from_row,
)

Row = Any

conversation_table = sa.table(
    "conversations", sa.column("id"), sa.column("queue_id"), sa.column("customer_id")
)
"""The conversations domain's table, named here with the columns this domain reads
(domains never import each other)."""


async def visible_complaint(conn: AsyncConnection, viewer: Viewer, complaint_id: int) -> Row:
    """The complaint's row if ``viewer`` may act on it; refused like a missing one."""
    c = t.complaints
    row = (await conn.execute(sa.select(c).where(c.c.id == complaint_id))).first()
    if row is None or not viewer.sees(row.queue_id, None):
        raise MutationRefusedError("not_visible", f"no such complaint {complaint_id}")
    return row


async def _agent(conn: AsyncConnection, agent_id: int) -> Row:
    a = house.agents
    row = (await conn.execute(sa.select(a.c.id, a.c.role).where(a.c.id == agent_id))).first()
    if row is None:
        raise MutationRefusedError("no_agent", f"no such agent {agent_id}")
    return row


async def _complaint_drafts(conn: AsyncConnection, complaint_id: int) -> list[Draft]:
    c = t.complaints
    row = (await conn.execute(sa.select(c).where(c.c.id == complaint_id))).one()
    return complaint_events(complaint_from_row(row))


async def _task_drafts(conn: AsyncConnection, task_id: int) -> list[Draft]:
    f = t.followup_tasks
    row = (await conn.execute(sa.select(f).where(f.c.id == task_id))).one()
    return task_events(task_from_row(row))


def _contact(op: ComplaintOpenOp) -> str:
    """The confirmed contact in its normal form (E.164, a lower-cased e-mail domain)."""
    if op.contact_value and op.contact_channel is None:
        raise MutationRefusedError(
            "bad_value", "a contact value needs its channel (email, phone or chat)"
        )
    if op.contact_confirmed and not op.contact_value:
        raise MutationRefusedError("bad_value", "only a contact value can be confirmed")
    if not op.contact_value or op.contact_channel is None:
        return ""
    try:
        return normal_handle(op.contact_channel, op.contact_value)
    except ValueError as exc:
        raise MutationRefusedError("bad_value", f"contact {op.contact_channel}: {exc}") from None


async def open_complaint(
    conn: AsyncConnection, call: MutationCall, op: ComplaintOpenOp
) -> list[Draft]:
    """Open a complaint on a conversation the sender can see; the sender owns it."""
    viewer = call.viewer
    cv = conversation_table
    conversation = (await conn.execute(sa.select(cv).where(cv.c.id == op.conversation_id))).first()
    if conversation is None or not viewer.sees(conversation.queue_id, None):
        raise MutationRefusedError("not_visible", "no such conversation")
    contact = _contact(op)
    c = t.complaints
    count = (
        await conn.execute(
            sa.select(sa.func.count()).where(c.c.conversation_id == op.conversation_id)
        )
    ).scalar() or 0
    if count >= MAX_COMPLAINTS_PER_CONVERSATION:
        raise MutationRefusedError(
            "too_many",
            f"this conversation has {MAX_COMPLAINTS_PER_CONVERSATION} complaints, the most "
            "one conversation may have",
        )
    now = time.time()
    inserted = await conn.execute(
        sa.insert(c).values(
            customer_id=conversation.customer_id,
            conversation_id=op.conversation_id,
            queue_id=conversation.queue_id,
            category=op.category,
            severity=op.severity,
            description=op.description,
            wanted=op.wanted,
            contact_channel=op.contact_channel,
            contact_value=contact,
            contact_confirmed=op.contact_confirmed,
            state="new",
            owner_id=viewer.agent_id,
            created_by_id=viewer.agent_id,
            created_at=now,
            updated_at=now,
            state_since=now,
        )
    )
    return await _complaint_drafts(conn, eventlog.new_id(inserted))


async def move(conn: AsyncConnection, call: MutationCall, op: ComplaintMoveOp) -> list[Draft]:
    """Move a visible complaint along :data:`~protocol.kinds.complaints.COMPLAINT_MOVES`."""
    row = await visible_complaint(conn, call.viewer, op.complaint_id)
    values = machine.move_values(row.state, op, time.time())
    c = t.complaints
    await conn.execute(sa.update(c).where(c.c.id == row.id).values(**values))
    return await _complaint_drafts(conn, row.id)


async def escalate(
    conn: AsyncConnection, call: MutationCall, op: ComplaintEscalateOp
) -> list[Draft]:
    """Escalate a visible, unfinished complaint to a supervisor or second level."""
    row = await visible_complaint(conn, call.viewer, op.complaint_id)
    machine.check_escalation(row.state, row.escalation, op.level)
    if op.to_agent_id is not None:
        target = await _agent(conn, op.to_agent_id)
        if op.level == "supervisor" and target.role != "supervisor":
            raise MutationRefusedError("bad_value", f"agent {op.to_agent_id} is not a supervisor")
    now = time.time()
    c = t.complaints
    await conn.execute(
        sa.update(c)
        .where(c.c.id == row.id)
        .values(
            escalation=op.level,
            escalated_to_id=op.to_agent_id,
            escalation_reason=op.reason,
            escalated_at=now,
            escalated_by_id=call.viewer.agent_id,
            updated_at=now,
        )
    )
    return await _complaint_drafts(conn, row.id)


async def add_task(conn: AsyncConnection, call: MutationCall, op: TaskAddOp) -> list[Draft]:
    """Add a follow-up task to a visible complaint that is not closed."""
    row = await visible_complaint(conn, call.viewer, op.complaint_id)
    if row.state == "closed":
        raise MutationRefusedError("illegal_move", "a closed complaint takes no new tasks")
    await _agent(conn, op.assignee_id)
    now = time.time()
    if op.due_at < now - TASK_PAST_GRACE_SECONDS:
        raise MutationRefusedError("bad_value", "the due time has already passed")
    if op.due_at > now + MAX_TASK_AHEAD_SECONDS:
        raise MutationRefusedError("bad_value", "the due time is more than two years ahead")
    f = t.followup_tasks
    count = (
        await conn.execute(sa.select(sa.func.count()).where(f.c.complaint_id == row.id))
    ).scalar() or 0
    if count >= MAX_TASKS_PER_COMPLAINT:
        raise MutationRefusedError(
            "too_many",
            f"this complaint has {MAX_TASKS_PER_COMPLAINT} tasks, the most one complaint may have",
        )
    inserted = await conn.execute(
        sa.insert(f).values(
            complaint_id=row.id,
            customer_id=row.customer_id,
            queue_id=row.queue_id,
            assignee_id=op.assignee_id,
            title=op.title,
            due_at=op.due_at,
            created_by_id=call.viewer.agent_id,
            created_at=now,
        )
    )
    return await _task_drafts(conn, eventlog.new_id(inserted))


async def task_done(conn: AsyncConnection, call: MutationCall, op: TaskDoneOp) -> list[Draft]:
    """Tick a task off (or on again): its assignee, its complaint's owner or a supervisor."""
    viewer = call.viewer
    f, c = t.followup_tasks, t.complaints
    row = (
        await conn.execute(
            sa.select(f, c.c.owner_id.label("owner_id"))
            .join(c, c.c.id == f.c.complaint_id)
            .where(f.c.id == op.task_id)
        )
    ).first()
    mine = row is not None and row.assignee_id == viewer.agent_id
    if row is None or not (mine or viewer.sees(row.queue_id, None)):
        raise MutationRefusedError("not_visible", f"no such task {op.task_id}")
    if not (mine or viewer.supervisor or row.owner_id == viewer.agent_id):
        raise MutationRefusedError(
            "not_allowed",
            "only the task's assignee, the complaint's owner or a supervisor may tick it off",
        )
    if (row.done_at is not None) == op.done:
        return []  # already so (a resend): nothing changes, no event
    done_at, done_by = (time.time(), viewer.agent_id) if op.done else (None, None)
    await conn.execute(
        sa.update(f).where(f.c.id == row.id).values(done_at=done_at, done_by_id=done_by)
    )
    return await _task_drafts(conn, row.id)
