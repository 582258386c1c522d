"""Follow-up tasks over a real websocket: an assignee outside the complaint's queue still
receives the task (live, replay and snapshot) but not the complaint; who may tick a task
off; the refusals (assignee, due time, closed complaint, 50 per complaint)."""

from __future__ import annotations

import time

import pytest

from protocol.kinds.complaints import MAX_TASKS_PER_COMPLAINT, TaskDoneOp
from tests.server.domains.complaints.helpers import (
    SUPERVISOR,
    TECH,
    complaint_in,
    connect,
    conversation,
    open_op,
    task,
)
from tests.support.server_proc import ServerProcess

pytestmark = pytest.mark.asyncio


async def test_an_assignee_outside_the_queue_receives_the_task_but_not_the_complaint(
    demo_server: ServerProcess,
) -> None:
    a02 = await connect(demo_server, "agent02")  # General + Technical Support
    a01 = await connect(demo_server, "agent01")  # not Technical Support
    a05 = await connect(demo_server, "agent05")  # neither the queue nor the assignee
    try:
        conv = conversation(demo_server, "Technical Support")
        await a02.ok(open_op(conv, category="service"))
        complaint = a02.complaint_on(conv)
        assert complaint.queue_id == TECH
        await a02.ok(task(complaint.id, 1, title="Confirm the refund"))
        created = next(t for t in a02.tasks().values() if t.complaint_id == complaint.id)
        assert (created.assignee_id, created.queue_id, created.created_by_id) == (1, TECH, 2)
        assert created.customer_id == complaint.customer_id
        assert created.done_at is None
        got = await a01.wait_for("followup_task", created.id)
        assert got.title == "Confirm the refund"
        assert complaint.id not in a01.complaints()
        # The assignee ticks it off from outside the queue; the queue hears it.
        await a01.ok(TaskDoneOp(task_id=created.id))
        done = await a02.wait_for("followup_task", created.id, done_by_id=1)
        assert done.done_at is not None
        # agent05 works in neither place: the task is not there, and not theirs to touch.
        await a05.refused(TaskDoneOp(task_id=created.id, done=False), "not_visible", "no such task")
        assert created.id not in a05.tasks()
    finally:
        for desk in (a01, a02, a05):
            await desk.close()
    replay = await connect(demo_server, "agent01")
    snap = await connect(demo_server, "agent01", last_seq=1, epoch="other")
    other = await connect(demo_server, "agent05", last_seq=1, epoch="other")
    try:
        for desk in (replay, snap):
            assert desk.tasks()[created.id].done_at is not None
            assert complaint.id not in desk.complaints()
        assert created.id not in other.tasks()
    finally:
        for desk in (replay, snap, other):
            await desk.close()


async def test_who_may_tick_a_task_off(demo_server: ServerProcess) -> None:
    owner = await connect(demo_server, "agent01")  # owns complaints in General
    a05 = await connect(
        demo_server, "agent05"
    )  # General: sees the task, neither owner nor assignee
    a02 = await connect(demo_server, "agent02")  # General, the assignee
    boss = await connect(demo_server, "supervisor01")
    try:
        complaint = await complaint_in(owner, demo_server, "investigating")
        await owner.ok(task(complaint.id, 2))
        first = max(owner.tasks().values(), key=lambda t: t.id)
        await a05.refused(TaskDoneOp(task_id=first.id), "not_allowed", "assignee")
        assert owner.tasks()[first.id].done_at is None
        await a02.ok(TaskDoneOp(task_id=first.id))
        await owner.wait_for("followup_task", first.id, done_by_id=2)
        # Ticking it off again (a resend) changes nothing and is still acked.
        await a02.ok(TaskDoneOp(task_id=first.id))
        # The owner may open it again, and a supervisor may tick it off.
        await owner.ok(TaskDoneOp(task_id=first.id, done=False))
        reopened = owner.tasks()[first.id]
        assert reopened.done_at is None
        assert reopened.done_by_id is None
        await boss.ok(TaskDoneOp(task_id=first.id))
        await owner.wait_for("followup_task", first.id, done_by_id=SUPERVISOR)
        await owner.refused(TaskDoneOp(task_id=9_999_999), "not_visible", "no such task")
    finally:
        for desk in (owner, a05, a02, boss):
            await desk.close()


async def test_task_refusals(demo_server: ServerProcess) -> None:
    desk = await connect(demo_server, "agent01")
    a03 = await connect(demo_server, "agent03")  # not in General
    try:
        complaint = await complaint_in(desk, demo_server, "new")
        await desk.refused(task(complaint.id, 9_999), "no_agent", "no such agent 9999")
        await desk.refused(task(complaint.id, 1, due_in=-120), "bad_value", "already passed")
        await desk.refused(
            task(complaint.id, 1, due_in=3 * 366 * 86_400.0), "bad_value", "two years"
        )
        await a03.refused(task(complaint.id, 3), "not_visible", "no such complaint")
        # A little in the past (a slow send) is fine, and immediately overdue.
        await desk.ok(task(complaint.id, 1, due_in=-30))
        assert any(t.due_at < time.time() for t in desk.tasks().values())
        closed = await complaint_in(desk, demo_server, "closed")
        await desk.refused(task(closed.id, 1), "illegal_move", "closed complaint")
        assert not [t for t in desk.tasks().values() if t.complaint_id == closed.id]
    finally:
        await desk.close()
        await a03.close()


async def test_a_complaint_takes_at_most_fifty_tasks(demo_server: ServerProcess) -> None:
    desk = await connect(demo_server, "agent01")
    try:
        complaint = await complaint_in(desk, demo_server, "investigating")
        for n in range(MAX_TASKS_PER_COMPLAINT):
            await desk.ok(task(complaint.id, 1 + n % 10, title=f"Task {n}"))
        await desk.refused(task(complaint.id, 1), "too_many", "50 tasks")
        mine = [t for t in desk.tasks().values() if t.complaint_id == complaint.id]
        assert len(mine) == MAX_TASKS_PER_COMPLAINT
    finally:
        await desk.close()
