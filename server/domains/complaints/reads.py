"""What other parts of the server read or change about a customer's complaints: the
profile (``server/customer360``), GDPR export and erase, and a customer merge.

They live here so the customer 360 never names these tables; each takes the caller's
connection (inside its transaction for the writes) and returns entities or drafts.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.complaints import ComplaintData, FollowupTaskData
from server.core.eventlog import Draft
from server.core.visibility import Viewer
from server.domains.complaints import tables as t
from server.domains.complaints.entities import (
    complaint_events,
    complaint_from_row,
    task_events,
    task_from_row,
)

ERASED = "[erased]"
PROFILE_COMPLAINTS_MAX = 200


def _ids_of(customer_id: int) -> sa.Select[tuple[int]]:
    """The customer's complaint ids: tasks are found through them (the complaint index),
    a task's ``customer_id`` being its complaint's."""
    c = t.complaints
    return sa.select(c.c.id).where(c.c.customer_id == customer_id)


def complaints_visible(viewer: Viewer) -> sa.ColumnElement[bool]:
    """Complaints of the viewer's queues (every queue for a supervisor)."""
    if viewer.supervisor:
        return sa.true()
    return t.complaints.c.queue_id.in_(sorted(viewer.queue_ids))


def tasks_visible(viewer: Viewer) -> sa.ColumnElement[bool]:
    """Tasks of the viewer's queues, and those assigned to the viewer wherever they are."""
    f = t.followup_tasks
    if viewer.supervisor:
        return sa.true()
    return sa.or_(f.c.queue_id.in_(sorted(viewer.queue_ids)), f.c.assignee_id == viewer.agent_id)


async def for_customer(
    conn: AsyncConnection,
    customer_id: int,
    viewer: Viewer | None = None,
    limit: int = PROFILE_COMPLAINTS_MAX,
) -> tuple[list[ComplaintData], list[FollowupTaskData]]:
    """The customer's complaints, newest first (at most ``limit``), and their tasks not
    done yet, soonest due first. With ``viewer``, only what that viewer's desk receives
    (complaints of their queues; tasks of their queues or assigned to them)."""
    c, f = t.complaints, t.followup_tasks
    where = c.c.customer_id == customer_id
    task_where = sa.and_(f.c.complaint_id.in_(_ids_of(customer_id)), f.c.done_at.is_(None))
    if viewer is not None:
        where = sa.and_(where, complaints_visible(viewer))
        task_where = sa.and_(task_where, tasks_visible(viewer))
    rows = await conn.execute(
        sa.select(c).where(where).order_by(c.c.created_at.desc(), c.c.id.desc()).limit(limit)
    )
    tasks = await conn.execute(
        sa.select(f).where(task_where).order_by(f.c.due_at, f.c.id).limit(limit)
    )
    return [complaint_from_row(r) for r in rows], [task_from_row(r) for r in tasks]


async def export_customer(
    conn: AsyncConnection, customer_id: int
) -> tuple[list[ComplaintData], list[FollowupTaskData]]:
    """Every complaint and every task of the customer (done or not), oldest first."""
    c, f = t.complaints, t.followup_tasks
    rows = await conn.execute(sa.select(c).where(c.c.customer_id == customer_id).order_by(c.c.id))
    tasks = await conn.execute(
        sa.select(f).where(f.c.complaint_id.in_(_ids_of(customer_id))).order_by(f.c.id)
    )
    return [complaint_from_row(r) for r in rows], [task_from_row(r) for r in tasks]


def _blank(column: sa.ColumnElement[str]) -> sa.ColumnElement[str]:
    """``[erased]`` where the text had something; empty stays empty (nothing to hide)."""
    return sa.case((column == "", ""), else_=ERASED)


async def erase_customer(conn: AsyncConnection, customer_id: int) -> list[Draft]:
    """Blank the free text of the customer's complaints and tasks (description, what they
    wanted, the contact, the resolution, the escalation reason, task titles) to
    ``[erased]``; the upserts that carry it to every desk holding them. The rest (states,
    times, categories, who worked on it) is not personal and stays for reporting."""
    c, f = t.complaints, t.followup_tasks
    await conn.execute(
        sa.update(c)
        .where(c.c.customer_id == customer_id)
        .values(
            description=_blank(c.c.description),
            wanted=_blank(c.c.wanted),
            contact_value=_blank(c.c.contact_value),
            resolution=_blank(c.c.resolution),
            escalation_reason=_blank(c.c.escalation_reason),
        )
    )
    await conn.execute(
        sa.update(f)
        .where(f.c.complaint_id.in_(_ids_of(customer_id)))
        .values(title=_blank(f.c.title))
    )
    return await _upserts(conn, customer_id)


async def move_customer(conn: AsyncConnection, source_id: int, target_id: int) -> list[Draft]:
    """A merge: every complaint (and its tasks) of customer ``source_id`` now belongs to
    ``target_id``; the upserts of what moved. To make the merge undoable, keep
    :func:`complaint_ids` of the source first and undo with :func:`move_complaints`."""
    return await move_complaints(conn, await complaint_ids(conn, source_id), target_id)


async def complaint_ids(conn: AsyncConnection, customer_id: int) -> list[int]:
    """The ids of the customer's complaints (a merge records them to be undoable)."""
    c = t.complaints
    rows = await conn.execute(sa.select(c.c.id).where(c.c.customer_id == customer_id))
    return sorted(int(r.id) for r in rows)


async def move_complaints(conn: AsyncConnection, ids: list[int], target_id: int) -> list[Draft]:
    """Give exactly these complaints (and their tasks) to customer ``target_id``: undoing a
    merge moves back what the merge moved, not everything the survivor has."""
    if not ids:
        return []
    c, f = t.complaints, t.followup_tasks
    await conn.execute(sa.update(c).where(c.c.id.in_(ids)).values(customer_id=target_id))
    await conn.execute(sa.update(f).where(f.c.complaint_id.in_(ids)).values(customer_id=target_id))
    rows = await conn.execute(sa.select(c).where(c.c.id.in_(ids)).order_by(c.c.id))
    tasks = await conn.execute(sa.select(f).where(f.c.complaint_id.in_(ids)).order_by(f.c.id))
    drafts = [d for r in rows for d in complaint_events(complaint_from_row(r))]
    return drafts + [d for r in tasks for d in task_events(task_from_row(r))]


async def _upserts(conn: AsyncConnection, customer_id: int) -> list[Draft]:
    complaints, tasks = await export_customer(conn, customer_id)
    drafts = [d for complaint in complaints for d in complaint_events(complaint)]
    return drafts + [d for task in tasks for d in task_events(task)]
