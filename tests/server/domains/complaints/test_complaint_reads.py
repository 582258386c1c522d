"""The reads other parts of the server use (``server/domains/complaints/reads.py``) on a
real server's database: the profile's complaints and open tasks, export, GDPR erase (its
drafts reach a fresh desk) and a customer merge."""

from __future__ import annotations

import pytest

from protocol.kinds.complaints import ComplaintEscalateOp, TaskDoneOp
from server.core.sqlite_log import append, latest_and_floor
from server.core.visibility import Viewer
from server.db.engine import create_engine
from server.domains.complaints import reads
from tests.server.domains.complaints.helpers import (
    GENERAL,
    TECH,
    connect,
    conversation,
    open_op,
    task,
    to,
)
from tests.support import db
from tests.support.server_proc import ServerFactory

pytestmark = pytest.mark.asyncio


async def test_profile_export_erase_and_merge(server_factory: ServerFactory) -> None:
    server = server_factory()
    desk = await connect(server, "agent01")
    a02 = await connect(server, "agent02")
    try:
        ref = "pia-virtanen-reads"
        conv = conversation(server, ref=ref)
        await desk.ok(
            open_op(
                conv,
                description="Ms Virtanen's parcel went to Mannerheimintie 1.",
                contact_channel="email",
                contact_value="pia.virtanen@example.fi",
            )
        )
        older = desk.complaint_on(conv)
        await desk.ok(to(older.id, "investigating"))
        await desk.ok(
            ComplaintEscalateOp(
                complaint_id=older.id, level="supervisor", reason="Pia asked for a manager."
            )
        )
        await desk.ok(to(older.id, "resolved", resolution="Resent to Pia's new address."))
        await desk.ok(open_op(conv, description="Second complaint, same conversation."))
        newer = desk.complaint_on(conv)
        await desk.ok(task(newer.id, 1, title="Call Pia back"))
        await desk.ok(task(newer.id, 2, title="Already done"))
        done = max(desk.tasks().values(), key=lambda t: t.id)
        await a02.ok(TaskDoneOp(task_id=done.id))
        # A complaint of the same customer in a queue agent01 does not see.
        customer = older.customer_id
        tech_conv = conversation(server, "Technical Support", ref=ref, channel="email")
        await a02.ok(open_op(tech_conv, description="Hidden from agent01."))
        hidden = a02.complaint_on(tech_conv)
        assert hidden.queue_id == TECH
        assert hidden.customer_id == customer
    finally:
        await desk.close()
        await a02.close()
    server.stop()
    engine = create_engine(db.async_url(server))
    try:
        async with engine.connect() as conn:
            complaints, tasks = await reads.for_customer(conn, customer)
            assert [c.id for c in complaints] == [hidden.id, newer.id, older.id]  # newest first
            assert [t.title for t in tasks] == ["Call Pia back"]  # not done only
            agent01 = Viewer(1, False, frozenset({1, 2, 3}))
            seen, _ = await reads.for_customer(conn, customer, agent01)
            assert [c.id for c in seen] == [newer.id, older.id]
            everything, all_tasks = await reads.export_customer(conn, customer)
            assert [c.id for c in everything] == [older.id, newer.id, hidden.id]
            assert {t.title for t in all_tasks} == {"Call Pia back", "Already done"}
        latest, _floor = await latest_and_floor(engine)
        async with engine.begin() as conn:
            drafts = await reads.erase_customer(conn, customer)
            await append(conn, drafts, after_seq=latest)
        # Three complaints (one event each) and two tasks (queue + assignee events each).
        assert len(drafts) == 3 + 2 * 2
        assert {(d.kind, d.queue_id) for d in drafts if d.agent_id is None} >= {
            ("complaint", GENERAL),
            ("complaint", TECH),
            ("followup_task", GENERAL),
        }
        async with engine.connect() as conn:
            erased, erased_tasks = await reads.export_customer(conn, customer)
        text = " ".join(
            [c.description + c.wanted + c.contact_value + c.resolution for c in erased]
            + [c.escalation_reason for c in erased]
            + [t.title for t in erased_tasks]
        )
        assert "Pia" not in text
        assert "Virtanen" not in text
        assert erased[0].description == "[erased]"
        assert erased[0].contact_value == "[erased]"
        assert erased[0].escalation_reason == "[erased]"
        assert erased[1].contact_value == ""  # nothing was there: nothing to hide
        assert erased[1].escalation_reason == ""
        assert {t.title for t in erased_tasks} == {"[erased]"}
        assert erased[0].state == "resolved"  # what is not personal stays
        # A merge moves the complaints and their tasks to the surviving customer.
        async with engine.begin() as conn:
            moved_ids = await reads.complaint_ids(conn, customer)
            moved = await reads.move_customer(conn, customer, 1)
            assert len(moved) == len(drafts)
            left, left_tasks = await reads.export_customer(conn, customer)
            assert (left, left_tasks) == ([], [])
            back = await reads.move_complaints(conn, moved_ids, customer)
            assert len(back) == len(drafts)
            assert [c.id for c in (await reads.export_customer(conn, customer))[0]] == moved_ids
    finally:
        await engine.dispose()
    # The erase's upserts reach a fresh desk: its newest state is the blanked one.
    server.start()
    fresh = await connect(server, "supervisor01")
    try:
        assert fresh.complaints()[older.id].description == "[erased]"
        assert fresh.complaints()[hidden.id].description == "[erased]"
        assert {t.title for t in fresh.tasks().values() if t.customer_id == customer} == {
            "[erased]"
        }
    finally:
        await fresh.close()
