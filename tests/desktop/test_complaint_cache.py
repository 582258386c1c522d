"""Complaints and follow-up tasks in the cache without a server: events land in their
tables and raise the ``complaints`` / ``tasks`` topics, ops show at once as pending and
yield to the server's copy, illegal moves are refused before anything is queued, a
reject puts back exactly what the change replaced, and the reads the tab, the reminders
and a supervisor's list use come back in their order."""

from __future__ import annotations

import pytest

from desktop.store import apply, outbox
from desktop.store.reader import CacheReader
from desktop.store.writer import CacheWriter
from protocol.entities import AgentData, ConversationData, CustomerData, QueueData
from protocol.frames import Event
from protocol.kinds.base import EntityBase
from protocol.kinds.complaints import (
    ComplaintData,
    ComplaintEscalateOp,
    ComplaintMoveOp,
    ComplaintOpenOp,
    FollowupTaskData,
    TaskAddOp,
    TaskDoneOp,
)

_seq = iter(range(1, 10_000))


def event(data: EntityBase) -> Event:
    return Event(seq=next(_seq), kind=data.kind, id=data.id, data=data)


def complaint(cid: int, **fields: object) -> ComplaintData:
    values: dict[str, object] = {
        "id": cid,
        "customer_id": 7,
        "conversation_id": 70,
        "queue_id": 1,
        "category": "delivery",
        "severity": "high",
        "description": "Parcel never came",
        "created_at": 1000.0 + cid,
        "updated_at": 1000.0 + cid,
        "state_since": 1000.0 + cid,
    }
    values.update(fields)
    return ComplaintData.model_validate(values)


def task(tid: int, due: float, **fields: object) -> FollowupTaskData:
    values: dict[str, object] = {
        "id": tid,
        "complaint_id": 1,
        "customer_id": 7,
        "queue_id": 1,
        "assignee_id": 3,
        "title": f"Call back {tid}",
        "due_at": due,
        "created_at": 900.0,
    }
    values.update(fields)
    return FollowupTaskData.model_validate(values)


@pytest.fixture
def seeded(writer: CacheWriter) -> CacheWriter:
    base = [
        QueueData(id=1, name="Billing"),
        AgentData(id=3, username="aino", display_name="Aino"),
        AgentData(id=4, username="sup", display_name="Sanna", role="supervisor"),
        CustomerData(id=7, name="Mei Lin", email="mei@example.com"),
        ConversationData(
            id=70,
            queue_id=1,
            customer_id=7,
            customer_name="Mei Lin",
            channel="chat",
            status="open",
            created_at=1.0,
            updated_at=1.0,
            last_message_at=1.0,
        ),
    ]
    batch = [event(d) for d in base]
    writer.call(lambda c: apply.apply_events(c, batch, upto=batch[-1].seq))
    return writer


def apply_one(writer: CacheWriter, data: EntityBase) -> object:
    e = event(data)
    return writer.call(lambda c: apply.apply_events(c, [e], upto=e.seq))


def test_events_land_and_read_newest_first_with_tasks_by_due(
    seeded: CacheWriter, reader: CacheReader
) -> None:
    changes = apply_one(seeded, complaint(1))
    assert changes.complaints == {1}  # type: ignore[attr-defined]
    apply_one(seeded, complaint(2, escalation="supervisor", escalated_to_id=4))
    apply_one(seeded, complaint(3, state="closed"))
    assert [c.id for c in reader.customer_complaints(7)] == [3, 2, 1]
    assert reader.customer_complaints(8) == []
    changes = apply_one(seeded, task(11, due=2000.0))
    assert changes.tasks == {11}  # type: ignore[attr-defined]
    apply_one(seeded, task(12, due=1500.0))
    apply_one(seeded, task(13, due=1200.0, done_at=1100.0))
    apply_one(seeded, task(14, due=100.0, assignee_id=4))
    assert [t.id for t in reader.complaint_tasks(1)] == [14, 13, 12, 11]
    mine = reader.open_tasks_of(3)
    assert [t.id for t in mine] == [12, 11]
    assert mine[0].customer_name == "Mei Lin"
    assert reader.overdue_task_count(3, now=1600.0) == 1
    assert reader.overdue_task_count(3, now=1000.0) == 0
    opened = reader.open_complaints(now=5000.0)
    assert [c.id for c in opened] == [1, 2]  # oldest first, the closed one left out
    assert opened[1].escalated_to == "Sanna"
    assert opened[0].age == pytest.approx(5000.0 - 1001.0)
    assert opened[0].customer_name == "Mei Lin"
    assert opened[0].queue_name == "Billing"


def test_an_opened_complaint_is_pending_until_the_servers_copy_replaces_it(
    seeded: CacheWriter, reader: CacheReader
) -> None:
    op = ComplaintOpenOp(
        conversation_id=70,
        category="delivery",
        severity="high",
        description="Parcel never came",
        contact_channel="email",
        contact_value="mei@example.com",
        contact_confirmed=True,
    )
    mutation_id, changes = seeded.call(lambda c: outbox.queue_complaint_change(c, op, 3))
    assert changes.complaints == {-mutation_id}
    assert changes.outbox
    (shown,) = reader.customer_complaints(7)
    assert shown.pending
    assert shown.id == -mutation_id
    assert shown.contact_confirmed
    apply_one(seeded, complaint(1, description="Parcel never came"))
    (server,) = reader.customer_complaints(7)
    assert server.id == 1
    assert not server.pending
    seeded.call(lambda c: outbox.acknowledge(c, mutation_id, only=mutation_id))
    assert [c.id for c in reader.customer_complaints(7)] == [1]


def test_a_pending_complaint_survives_a_snapshot(seeded: CacheWriter, reader: CacheReader) -> None:
    op = ComplaintOpenOp(
        conversation_id=70, category="billing", severity="low", description="Charged twice"
    )
    mutation_id, _ = seeded.call(lambda c: outbox.queue_complaint_change(c, op, 3))
    entities = [complaint(5)]
    seeded.call(lambda c: apply.apply_snapshot(c, entities, 99, "epoch-2"))
    assert {c.id for c in reader.customer_complaints(7)} == {5, -mutation_id}


def test_unknown_conversation_and_illegal_moves_are_refused_before_queueing(
    seeded: CacheWriter, reader: CacheReader
) -> None:
    apply_one(seeded, complaint(1))
    bad_open = ComplaintOpenOp(
        conversation_id=999, category="other", severity="low", description="x"
    )
    with pytest.raises(ValueError, match="not in the cache"):
        seeded.call(lambda c: outbox.queue_complaint_change(c, bad_open, 3))
    skip = ComplaintMoveOp(complaint_id=1, to="closed")
    with pytest.raises(ValueError, match="cannot move from new to closed"):
        seeded.call(lambda c: outbox.queue_complaint_change(c, skip, 3))
    with pytest.raises(ValueError, match="resolution"):
        ComplaintMoveOp(complaint_id=1, to="resolved")  # protocol: a resolution needs text
    with pytest.raises(ValueError, match="empty"):
        TaskAddOp(complaint_id=1, assignee_id=3, title="  ", due_at=1.0)
    assert reader.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0


def test_a_refused_move_and_escalation_put_the_row_back_and_say_why(
    seeded: CacheWriter, reader: CacheReader
) -> None:
    apply_one(seeded, complaint(1))
    move = ComplaintMoveOp(complaint_id=1, to="investigating")
    mid, _ = seeded.call(lambda c: outbox.queue_complaint_change(c, move, 3))
    shown = reader.complaint(1)
    assert shown is not None
    assert shown.state == "investigating"
    assert shown.pending
    changes = seeded.call(lambda c: outbox.reject(c, mid, "the complaint moved on"))
    assert changes.complaints == {1}
    assert changes.notices[0].kind == "complaint_rejected"
    assert changes.notices[0].reason == "the complaint moved on"
    back = reader.complaint(1)
    assert back is not None
    assert back.state == "new"
    assert not back.pending
    up = ComplaintEscalateOp(complaint_id=1, level="supervisor", reason="Angry", to_agent_id=4)
    mid, _ = seeded.call(lambda c: outbox.queue_complaint_change(c, up, 3))
    shown = reader.complaint(1)
    assert shown is not None
    assert shown.escalation == "supervisor"
    assert shown.pending
    # the server's copy came first: the refusal no longer overwrites it
    apply_one(seeded, complaint(1, escalation="second_level", escalation_reason="Legal"))
    seeded.call(lambda c: outbox.reject(c, mid, "no"))
    kept = reader.complaint(1)
    assert kept is not None
    assert kept.escalation == "second_level"


def test_tasks_added_and_done_show_at_once(seeded: CacheWriter, reader: CacheReader) -> None:
    apply_one(seeded, complaint(1))
    add = TaskAddOp(complaint_id=1, assignee_id=3, title="Call Mei", due_at=3000.0)
    mid, changes = seeded.call(lambda c: outbox.queue_complaint_change(c, add, 3))
    assert changes.tasks == {-mid}
    assert changes.complaints == {1}
    (pending,) = reader.open_tasks_of(3)
    assert pending.pending
    assert pending.title == "Call Mei"
    apply_one(seeded, task(21, due=3000.0, title="Call Mei"))
    (server,) = reader.open_tasks_of(3)
    assert server.id == 21
    assert not server.pending
    done = TaskDoneOp(task_id=21)
    mid, _ = seeded.call(lambda c: outbox.queue_complaint_change(c, done, 3))
    assert reader.open_tasks_of(3) == []
    seeded.call(lambda c: outbox.reject(c, mid, "task gone"))
    assert [t.id for t in reader.open_tasks_of(3)] == [21]
    # a task on a complaint the server has not confirmed cannot be queued yet
    with pytest.raises(ValueError, match="not in the cache"):
        seeded.call(
            lambda c: outbox.queue_complaint_change(
                c, TaskAddOp(complaint_id=99, assignee_id=3, title="x", due_at=1.0), 3
            )
        )
