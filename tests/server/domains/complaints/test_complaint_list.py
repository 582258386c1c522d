"""``GET /api/complaints`` against a real server: the supervisors' list with age across
their queues, an agent's own queues only, the filters and their bad values; and the demo
complaints and reminders a new demo database starts with."""

from __future__ import annotations

import time
from typing import Any

import pytest

from protocol.customer360 import ComplaintList
from protocol.kinds.complaints import OPEN_STATES
from tests.server.domains.complaints.helpers import (
    BILLING,
    GENERAL,
    TECH,
    complaint_in,
    connect,
    conversation,
    open_op,
    task,
    token,
)
from tests.server.helpers import get
from tests.support.server_proc import ServerProcess

pytestmark = pytest.mark.asyncio


def listed(server: ServerProcess, user: str, status: int = 200, **params: Any) -> ComplaintList:
    response = get(server.url, "/api/complaints", token(server, user), **params)
    assert response.status_code == status, response.text
    return ComplaintList.model_validate(response.json())


async def test_the_supervisor_list_has_every_queue_oldest_first_with_age(
    demo_server: ServerProcess,
) -> None:
    a01 = await connect(demo_server, "agent01")
    a02 = await connect(demo_server, "agent02")
    try:
        first = await complaint_in(a01, demo_server, "investigating")  # General
        tech_conv = conversation(demo_server, "Technical Support")
        await a02.ok(open_op(tech_conv))
        tech = a02.complaint_on(tech_conv)
        await a01.ok(task(first.id, 1, due_in=-30))  # overdue at once
        await a01.ok(task(first.id, 5))
        done = await complaint_in(a01, demo_server, "closed")
    finally:
        await a01.close()
        await a02.close()
    before = time.time()
    boss = listed(demo_server, "supervisor01")
    assert boss.state == "open"
    ids = [row.complaint.id for row in boss.items]
    assert {first.id, tech.id} <= set(ids)
    assert done.id not in ids
    assert all(row.complaint.state in OPEN_STATES for row in boss.items)
    created = [row.complaint.created_at for row in boss.items]
    assert created == sorted(created)  # oldest first
    assert boss.total == len(boss.items)
    row = next(r for r in boss.items if r.complaint.id == first.id)
    assert 0 <= row.age_seconds <= before - first.created_at + 5
    assert row.age_seconds >= before - first.created_at - 1
    assert (row.queue_name, row.owner_name) == ("General", "Emma Wilson")
    assert row.customer_name.startswith("Test Customer")
    assert (row.open_tasks, row.overdue_tasks) == (2, 1)
    ages = [r.age_seconds for r in boss.items]
    assert ages == sorted(ages, reverse=True)
    # agent01 does not work in Technical Support: its complaints are not in their list.
    mine = listed(demo_server, "agent01")
    assert first.id in [r.complaint.id for r in mine.items]
    assert tech.id not in [r.complaint.id for r in mine.items]
    assert {r.complaint.queue_id for r in mine.items} <= {1, 2, 3}
    # Filters: one queue, one state, everything, a limit.
    tech_only = listed(demo_server, "supervisor01", queue_id=TECH)
    assert {r.complaint.queue_id for r in tech_only.items} == {TECH}
    assert tech.id in [r.complaint.id for r in tech_only.items]
    closed = listed(demo_server, "supervisor01", state="closed")
    assert done.id in [r.complaint.id for r in closed.items]
    assert {r.complaint.state for r in closed.items} == {"closed"}
    everything = listed(demo_server, "supervisor01", state="all", limit=500)
    assert everything.total == len(everything.items) >= boss.total + closed.total
    one = listed(demo_server, "supervisor01", state="all", limit=1)
    assert len(one.items) == 1
    assert one.total == everything.total


async def test_bad_filters_are_refused_with_a_sentence(demo_server: ServerProcess) -> None:
    for params in (
        {"state": "pending"},
        {"queue_id": 0},
        {"queue_id": "one"},
        {"queue_id": 2**53},
        {"limit": 0},
        {"limit": 501},
    ):
        response = get(demo_server.url, "/api/complaints", token(demo_server, "agent01"), **params)
        assert response.status_code == 422, (params, response.text)
    # A queue the agent does not work in answers like a missing one.
    for queue_id in (TECH, 999):
        response = get(
            demo_server.url, "/api/complaints", token(demo_server, "agent01"), queue_id=queue_id
        )
        assert response.status_code == 404
        assert response.json()["detail"] == "no such queue"
    assert listed(demo_server, "agent01", queue_id=BILLING).queue_id == BILLING
    response = get(demo_server.url, "/api/complaints", "not-a-token")
    assert response.status_code == 401


async def test_the_demo_has_complaints_in_every_state_and_reminders_due(
    demo_server: ServerProcess,
) -> None:
    now = time.time()
    demo = demo_server.rows(
        # The seed's complaints are the first rows: they are written at startup.
        "SELECT id, state, escalation FROM complaints ORDER BY id LIMIT 7"
    )
    states = {state for _id, state, _esc in demo}
    assert states == {"new", "investigating", "awaiting_customer", "resolved", "closed"}
    assert {esc for _id, _state, esc in demo} >= {"supervisor", "second_level"}
    desk = await connect(demo_server, "agent01")
    try:
        demo_ids = {i for i, _state, _esc in demo}
        tasks = [t for t in desk.tasks().values() if t.complaint_id in demo_ids]
        open_tasks = [t for t in tasks if t.done_at is None and t.assignee_id == 1]
        assert any(t.due_at < now for t in open_tasks)  # overdue
        assert any(now < t.due_at < now + 86_400 for t in open_tasks)  # due later today
        # One of agent01's tasks is on a Technical Support complaint, outside their queues.
        assert any(t.queue_id == TECH for t in open_tasks)
        assert all(c.queue_id != TECH for c in desk.complaints().values())
        assert {c.queue_id for c in desk.complaints().values()} <= {GENERAL, BILLING, 3}
    finally:
        await desk.close()
    boss = listed(demo_server, "supervisor01", state="all", limit=500)
    assert demo_ids <= {r.complaint.id for r in boss.items}
