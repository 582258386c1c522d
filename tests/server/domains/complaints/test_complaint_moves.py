"""Complaints over a real websocket: opening one from a conversation the agent can see,
who receives it, every illegal move refused, the legal path, reopening, escalation."""

from __future__ import annotations

import json

import pytest

from protocol.frames import ErrorFrame
from protocol.kinds.complaints import (
    COMPLAINT_MOVES,
    COMPLAINT_STATES,
    MAX_COMPLAINTS_PER_CONVERSATION,
    ComplaintEscalateOp,
)
from tests.server.domains.complaints.helpers import (
    DELIVERY,
    GENERAL,
    PATH,
    SUPERVISOR,
    Live,
    complaint_in,
    connect,
    conversation,
    open_op,
    to,
)
from tests.support.client import recv_until
from tests.support.server_proc import ServerProcess

pytestmark = pytest.mark.asyncio

ILLEGAL = [
    (a, b) for a in COMPLAINT_STATES for b in COMPLAINT_STATES if b not in COMPLAINT_MOVES[a]
]


async def test_open_records_the_conversation_and_reaches_its_queue(
    demo_server: ServerProcess,
) -> None:
    a01 = await connect(demo_server, "agent01")  # General, Billing, Delivery
    a05 = await connect(demo_server, "agent05")  # General, Delivery
    a03 = await connect(demo_server, "agent03")  # Billing, TS: not General
    boss = await connect(demo_server, "supervisor01")
    try:
        conv = conversation(demo_server, "General")
        await a01.ok(
            open_op(
                conv,
                category="billing",
                severity="high",
                contact_channel="phone",
                contact_value="+358 40 123 4567",
                contact_confirmed=True,
            )
        )
        mine = a01.complaint_on(conv)
        assert (mine.queue_id, mine.state, mine.owner_id, mine.created_by_id) == (
            GENERAL,
            "new",
            1,
            1,
        )
        assert (mine.category, mine.severity, mine.escalation) == ("billing", "high", "none")
        assert mine.contact_value == "+358401234567"  # stored in its normal form (E.164)
        assert mine.contact_confirmed
        assert mine.customer_id > 0
        assert mine.created_at == mine.state_since == mine.updated_at
        assert mine.resolved_at is None
        assert mine.closed_at is None
        # The queue's other member and the supervisor hear it live; agent03 never does.
        assert (await a05.wait_for("complaint", mine.id)).description == mine.description
        await boss.wait_for("complaint", mine.id)
        await a03.refused(to(mine.id, "investigating"), "not_visible", f"complaint {mine.id}")
        assert mine.id not in a03.complaints()
    finally:
        for desk in (a01, a05, a03, boss):
            await desk.close()
    # Replay and snapshot select the same: agent03 still has nothing, agent05 has it.
    replay = await connect(demo_server, "agent03")
    snap = await connect(demo_server, "agent05", last_seq=1, epoch="other")
    try:
        assert mine.id not in replay.complaints()
        assert snap.mirror.resets == 1
        assert snap.complaints()[mine.id].contact_value == "+358401234567"
    finally:
        await replay.close()
        await snap.close()


async def test_an_agent_cannot_open_a_complaint_on_a_conversation_it_cannot_see(
    demo_server: ServerProcess,
) -> None:
    a05 = await connect(demo_server, "agent05")  # General, Delivery: not Billing
    try:
        billing = conversation(demo_server, "Billing")
        await a05.refused(open_op(billing), "not_visible", "no such conversation")
        await a05.refused(open_op(9_999_999), "not_visible", "no such conversation")
        assert not [c for c in a05.complaints().values() if c.conversation_id == billing]
        # The same agent may open one on a conversation of its own queue.
        delivery = conversation(demo_server, "Delivery")
        await a05.ok(open_op(delivery))
        assert a05.complaint_on(delivery).queue_id == DELIVERY
    finally:
        await a05.close()


@pytest.mark.parametrize(("state", "target"), ILLEGAL)
async def test_every_illegal_move_is_refused(
    demo_server: ServerProcess, state: str, target: str
) -> None:
    desk = await connect(demo_server, "agent01")
    try:
        complaint = await complaint_in(desk, demo_server, state)
        await desk.refused(
            to(complaint.id, target), "illegal_move", f"cannot go from {state} to {target}"
        )
        after = desk.complaints()[complaint.id]
        assert after.state == state
        assert after.updated_at == complaint.updated_at  # nothing written
    finally:
        await desk.close()


async def test_the_legal_path_records_its_times_and_the_satisfaction(
    demo_server: ServerProcess,
) -> None:
    desk = await connect(demo_server, "agent01")
    try:
        complaint = await complaint_in(desk, demo_server, "new")
        seen = [complaint]
        await desk.ok(to(complaint.id, "investigating"))
        seen.append(desk.complaints()[complaint.id])
        await desk.ok(to(complaint.id, "awaiting_customer"))
        seen.append(desk.complaints()[complaint.id])
        await desk.ok(to(complaint.id, "resolved", resolution="Refunded 20 €.", satisfaction=4))
        resolved = desk.complaints()[complaint.id]
        seen.append(resolved)
        assert (resolved.resolution, resolved.satisfaction) == ("Refunded 20 €.", 4)
        assert resolved.resolved_at == resolved.state_since
        await desk.ok(to(complaint.id, "closed"))
        closed = desk.complaints()[complaint.id]
        seen.append(closed)
        assert [c.state for c in seen] == ["new", *PATH]
        assert [c.state_since for c in seen] == sorted(c.state_since for c in seen)
        assert closed.closed_at == closed.state_since
        assert closed.resolved_at == resolved.resolved_at
        assert closed.satisfaction == 4  # kept from the resolution
        assert closed.created_at == complaint.created_at
    finally:
        await desk.close()


async def test_a_resolved_complaint_reopens_and_resolves_again(
    demo_server: ServerProcess,
) -> None:
    desk = await connect(demo_server, "agent01")
    try:
        complaint = await complaint_in(desk, demo_server, "resolved")
        await desk.ok(to(complaint.id, "investigating"))
        reopened = desk.complaints()[complaint.id]
        assert reopened.state == "investigating"
        assert reopened.resolved_at is None
        assert reopened.satisfaction is None
        assert reopened.resolution == "Refunded in full."  # what was tried stays readable
        # Resolution and satisfaction only where they belong.
        await desk.refused(
            to(complaint.id, "awaiting_customer", resolution="x"), "bad_value", "resolution"
        )
        await desk.refused(
            to(complaint.id, "awaiting_customer", satisfaction=2), "bad_value", "satisfaction"
        )
        await desk.ok(to(complaint.id, "resolved", resolution="Replaced the item.", satisfaction=5))
        again = desk.complaints()[complaint.id]
        assert (again.resolution, again.satisfaction) == ("Replaced the item.", 5)
        assert again.resolved_at is not None
        await desk.ok(to(complaint.id, "closed", satisfaction=3))
        assert desk.complaints()[complaint.id].satisfaction == 3
    finally:
        await desk.close()


async def test_escalation_is_recorded_and_refused_where_it_makes_no_sense(
    demo_server: ServerProcess,
) -> None:
    desk = await connect(demo_server, "agent01")
    boss = await connect(demo_server, "supervisor01")
    a03 = await connect(demo_server, "agent03")  # not in General
    try:
        complaint = await complaint_in(desk, demo_server, "investigating")
        up = ComplaintEscalateOp(
            complaint_id=complaint.id,
            level="supervisor",
            reason="Customer threatens to go to the press.",
            to_agent_id=SUPERVISOR,
        )
        await desk.ok(up)
        escalated = desk.complaints()[complaint.id]
        assert escalated.escalation == "supervisor"
        assert escalated.escalated_to_id == SUPERVISOR
        assert escalated.escalated_by_id == 1
        assert escalated.escalation_reason == "Customer threatens to go to the press."
        assert escalated.escalated_at is not None
        assert escalated.state == "investigating"  # escalation keeps the state
        await boss.wait_for("complaint", complaint.id, escalation="supervisor")
        # Twice to the same level: refused, nothing changes.
        await desk.refused(up, "already_escalated", "already escalated to a supervisor")
        # To somebody who is not a supervisor, or nobody at all.
        other = await complaint_in(desk, demo_server, "new")
        not_boss = up.model_copy(update={"complaint_id": other.id, "to_agent_id": 2})
        await desk.refused(not_boss, "bad_value", "agent 2 is not a supervisor")
        ghost = up.model_copy(update={"complaint_id": other.id, "to_agent_id": 9_999})
        await desk.refused(ghost, "no_agent", "no such agent 9999")
        assert desk.complaints()[other.id].escalation == "none"
        # Second level (anyone), after the supervisor level: allowed, and recorded.
        level2 = ComplaintEscalateOp(
            complaint_id=complaint.id, level="second_level", reason="Needs the carrier team."
        )
        await desk.ok(level2)
        assert desk.complaints()[complaint.id].escalation == "second_level"
        assert desk.complaints()[complaint.id].escalated_to_id is None
        await desk.refused(level2, "already_escalated", "second level")
        # An agent of another queue: refused like a missing complaint.
        await a03.refused(
            up.model_copy(update={"level": "second_level"}), "not_visible", "no such complaint"
        )
        # Finished complaints are not escalated.
        done = await complaint_in(desk, demo_server, "closed")
        finished = up.model_copy(update={"complaint_id": done.id})
        await desk.refused(finished, "illegal_move", "a closed complaint cannot be escalated")
    finally:
        for live in (desk, boss, a03):
            await live.close()


async def test_bad_values_are_refused_with_a_reason(demo_server: ServerProcess) -> None:
    desk = await connect(demo_server, "agent01")
    try:
        conv = conversation(demo_server)
        await desk.refused(
            open_op(conv, contact_channel="phone", contact_value="call me maybe"),
            "bad_value",
            "contact phone",
        )
        await desk.refused(
            open_op(conv, contact_channel="email", contact_value="not-an-email"),
            "bad_value",
            "contact email",
        )
        await desk.refused(open_op(conv, contact_value="+358401234567"), "bad_value", "channel")
        await desk.refused(open_op(conv, contact_confirmed=True), "bad_value", "confirmed")
        assert not [c for c in desk.complaints().values() if c.conversation_id == conv]
        # What the protocol refuses never reaches a handler: a non-fatal bad_frame each.
        opened: dict[str, object] = {
            "op": "complaint.open",
            "conversation_id": conv,
            "category": "other",
            "severity": "low",
            "description": "Broken.",
        }
        bad_opens: Cases = (
            ({"category": "weather"}, "category"),
            ({"severity": "apocalyptic"}, "severity"),
            ({"description": "   "}, "cannot be empty"),
            ({"description": "x" * 5001}, "5000"),
            ({"wanted": "x" * 1001}, "1000"),
            ({"contact_channel": "fax"}, "contact_channel"),
            ({"contact_value": "x" * 321}, "320"),
            ({"conversation_id": 0}, "conversation_id"),
            ({"conversation_id": 2**53}, "conversation_id"),
            ({"owner_id": 5}, "owner_id"),  # not the desk's to say
        )
        await _bad_frames(demo_server, opened, bad_opens)
        moved: dict[str, object] = {
            "op": "complaint.move",
            "complaint_id": 1,
            "to": "resolved",
            "resolution": "ok",
        }
        await _bad_frames(
            demo_server,
            moved,
            (
                ({"to": "archived"}, "to"),
                ({"resolution": ""}, "resolution needs a text"),
                ({"resolution": "x" * 5001}, "5000"),
                ({"satisfaction": 6}, "satisfaction"),
                ({"satisfaction": 0}, "satisfaction"),
            ),
        )
        escalated: dict[str, object] = {
            "op": "complaint.escalate",
            "complaint_id": 1,
            "level": "supervisor",
        }
        await _bad_frames(
            demo_server,
            escalated,
            (
                ({"reason": "  "}, "cannot be empty"),
                ({"reason": "x" * 1001}, "1000"),
                ({"reason": "why", "level": "none"}, "level"),
                ({"reason": "why", "to_agent_id": -1}, "to_agent_id"),
            ),
        )
        added: dict[str, object] = {
            "op": "task.add",
            "complaint_id": 1,
            "assignee_id": 1,
            "due_at": 1.0,
        }
        await _bad_frames(
            demo_server,
            added,
            (
                ({"title": ""}, "cannot be empty"),
                ({"title": "x" * 201}, "200"),
                ({"title": "Call", "due_at": -5}, "due_at"),
                ({"title": "Call", "due_at": "tomorrow"}, "due_at"),
                ({"title": "Call", "assignee_id": 0}, "assignee_id"),
            ),
        )
        done: dict[str, object] = {"op": "task.done", "task_id": 1}
        await _bad_frames(
            demo_server, done, (({"task_id": 0}, "task_id"), ({"done": "maybe"}, "done"))
        )
    finally:
        await desk.close()


async def test_a_conversation_takes_at_most_twenty_complaints(demo_server: ServerProcess) -> None:
    desk = await connect(demo_server, "agent01")
    try:
        conv = conversation(demo_server)
        for n in range(MAX_COMPLAINTS_PER_CONVERSATION):
            await desk.ok(open_op(conv, description=f"Complaint {n}"))
        await desk.refused(open_op(conv), "too_many", str(MAX_COMPLAINTS_PER_CONVERSATION))
    finally:
        await desk.close()


Cases = tuple[tuple[dict[str, object], str], ...]


async def _bad_frames(server: ServerProcess, base: dict[str, object], cases: Cases) -> None:
    """Each case's fields over ``base``, refused with a bad_frame naming its word, on a
    desk of its own (a connection may send at most 20 bad frames a minute)."""
    desk = await connect(server, "agent01")
    try:
        for fields, word in cases:
            await _bad_frame(desk, base | fields, word)
    finally:
        await desk.close()


async def _bad_frame(desk: Live, change: dict[str, object], word: str) -> None:
    """Send a raw mutation the protocol refuses; expect a non-fatal bad_frame naming
    ``word``."""
    raw = json.dumps({"type": "mutation", "mutation_id": desk.next_id, "change": change})
    desk.next_id += 1
    await desk.ws.send(raw)
    error = (await recv_until(desk.ws, ErrorFrame))[-1]
    assert isinstance(error, ErrorFrame)
    assert error.code == "bad_frame", (change, error)
    assert word in error.message, (change, error.message)
    assert not error.fatal
