"""A test desk for the complaint tests: sends ops over a real websocket, waits for their
ack or refusal, and mirrors the complaints and tasks it receives."""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass
from typing import Any

from websockets.asyncio.client import ClientConnection

from protocol.frames import Ack, CaughtUp, Mutation, MutationOp, Reject, Snapshot, encode
from protocol.kinds.complaints import (
    ComplaintData,
    ComplaintMoveOp,
    ComplaintOpenOp,
    FollowupTaskData,
    TaskAddOp,
)
from tests.server.helpers import intake
from tests.support.client import Mirror, hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ServerProcess

_clients = itertools.count(1)
_tokens: dict[tuple[str, str], str] = {}

# Demo memberships (server/demo/seed.py): agent01 General+Billing+Delivery, agent02
# General+TS, agent03 Billing+TS, agent05 General+Delivery; supervisor01 is agent 11.
GENERAL, BILLING, DELIVERY, TECH = 1, 2, 3, 4
SUPERVISOR = 11


def token(server: ServerProcess, user: str) -> str:
    """One sign-in per user and server (the tests open many sockets)."""
    key = (server.url, user)
    if key not in _tokens:
        _tokens[key] = login(server.url, user)
    return _tokens[key]


@dataclass
class Live:
    """A connected test desk: its socket, mirror and next mutation id."""

    ws: ClientConnection
    mirror: Mirror
    next_id: int = 1

    async def send(self, change: MutationOp) -> Ack | Reject:
        mutation_id = self.next_id
        self.next_id += 1
        await self.ws.send(encode(Mutation(mutation_id=mutation_id, change=change)))
        while True:
            frames = await recv_until(self.ws, (Ack, Reject), timeout=20)  # type: ignore[arg-type]
            for frame in frames:
                self.mirror.apply(frame)
            last = frames[-1]
            assert isinstance(last, Ack | Reject)
            if last.mutation_id == mutation_id:
                return last

    async def ok(self, change: MutationOp) -> None:
        answer = await self.send(change)
        assert isinstance(answer, Ack), answer

    async def refused(self, change: MutationOp, code: str, *words: str) -> Reject:
        answer = await self.send(change)
        assert isinstance(answer, Reject), answer
        assert answer.code == code, answer
        for word in words:
            assert word in answer.message, answer.message
        return answer

    def complaints(self) -> dict[int, ComplaintData]:
        return {e.id: e for e in self.mirror.entities.values() if isinstance(e, ComplaintData)}

    def tasks(self) -> dict[int, FollowupTaskData]:
        return {e.id: e for e in self.mirror.entities.values() if isinstance(e, FollowupTaskData)}

    def complaint_on(self, conversation_id: int) -> ComplaintData:
        found = [c for c in self.complaints().values() if c.conversation_id == conversation_id]
        assert found, f"no complaint on conversation {conversation_id}"
        return max(found, key=lambda c: c.id)

    async def wait_for(self, kind: str, entity_id: int, **expected: Any) -> Any:
        """Read frames until the entity has the expected fields (a deadline, not a sleep)."""
        async with asyncio.timeout(20):
            while True:
                data = self.mirror.entities.get((kind, entity_id))
                if data is not None and all(getattr(data, k) == v for k, v in expected.items()):
                    return data
                self.mirror.apply(await recv(self.ws, 20))

    async def close(self) -> None:
        await self.ws.close()


async def connect(
    server: ServerProcess, user: str, last_seq: int = 0, epoch: str | None = None
) -> Live:
    """A desk of ``user`` caught up (replay from ``last_seq``, or a snapshot)."""
    ws = await open_ws(server.ws_url)
    client_id = f"complaints-{user}-{next(_clients)}-{int(time.time() * 1000) % 10**9}"
    await hello(ws, token(server, user), client_id, last_seq=last_seq, epoch=epoch)
    mirror = Mirror()
    async with asyncio.timeout(60):
        while True:
            frame = await recv(ws)
            mirror.apply(frame)
            if isinstance(frame, CaughtUp) or (isinstance(frame, Snapshot) and frame.done):
                return Live(ws, mirror)


def conversation(
    server: ServerProcess, queue: str = "General", ref: str | None = None, channel: str = "chat"
) -> int:
    """A new conversation in ``queue`` (through the intake, like a customer's message);
    the same ``ref`` on another channel is the same customer's next conversation."""
    return int(intake(server.url, queue=queue, ref=ref, channel=channel)["conversation_id"])


def open_op(conversation_id: int, **fields: Any) -> ComplaintOpenOp:
    values: dict[str, Any] = {
        "conversation_id": conversation_id,
        "category": "delivery",
        "severity": "medium",
        "description": "The parcel never arrived.",
        "wanted": "A refund.",
    }
    return ComplaintOpenOp(**(values | fields))


PATH = ("investigating", "awaiting_customer", "resolved", "closed")


def to(complaint_id: int, state: str, **fields: Any) -> ComplaintMoveOp:
    if state == "resolved":
        fields.setdefault("resolution", "Refunded in full.")
    return ComplaintMoveOp(complaint_id=complaint_id, to=state, **fields)


async def complaint_in(desk: Live, server: ServerProcess, state: str) -> ComplaintData:
    """A new complaint of ``desk``'s agent (on a new General conversation) moved to
    ``state`` along the legal path."""
    conv = conversation(server)
    await desk.ok(open_op(conv))
    complaint = desk.complaint_on(conv)
    for step in PATH[: PATH.index(state) + 1] if state != "new" else ():
        await desk.ok(to(complaint.id, step))
    complaint = desk.complaints()[complaint.id]
    assert complaint.state == state
    return complaint


def task(
    complaint_id: int, assignee_id: int, due_in: float = 3600.0, title: str = "Call back"
) -> TaskAddOp:
    return TaskAddOp(
        complaint_id=complaint_id, assignee_id=assignee_id, title=title, due_at=time.time() + due_in
    )
