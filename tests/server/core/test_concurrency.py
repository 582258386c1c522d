"""Many desks writing at once: seq order is commit order, nothing lost, nothing doubled."""

from __future__ import annotations

import asyncio

import pytest

from protocol.entities import MessageData
from protocol.frames import Ack, CaughtUp, Events, Mutation, ReplyOp, encode
from server.core.fanout import Hub, HubEvent
from tests.server.helpers import get, intake
from tests.support.client import hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ServerFactory

DESKS = 5
REPLIES = 20


@pytest.mark.asyncio
async def test_concurrent_desks_and_intake(server_factory: ServerFactory) -> None:
    server = server_factory()
    url = server.url
    conv = intake(url, queue="General", ref="busy-conversation")["conversation_id"]
    token = login(url, "agent01")

    async def desk(n: int) -> list[int]:
        seqs: list[int] = []
        async with await open_ws(server.ws_url) as ws:
            await hello(ws, token, f"busy-desk-{n:05d}")
            await recv_until(ws, CaughtUp, timeout=30)
            for mid in range(1, REPLIES + 1):
                change = ReplyOp(conversation_id=conv, body=f"desk {n} reply {mid}")
                await ws.send(encode(Mutation(mutation_id=mid, change=change)))
            acked = 0
            while acked < REPLIES:
                frame = await recv(ws, 30)
                if isinstance(frame, Events):
                    seqs.extend(e.seq for e in frame.events)
                elif isinstance(frame, Ack):
                    acked += 1
                    assert not frame.duplicate
        return seqs

    async def customer() -> None:
        for i in range(10):
            await asyncio.to_thread(intake, url, ref="busy-conversation", body=f"ping {i}")

    desks = asyncio.gather(*(desk(n) for n in range(DESKS)))
    results, _ = await asyncio.gather(desks, customer())
    for seqs in results:
        assert seqs == sorted(seqs)
        assert len(seqs) == len(set(seqs))
    items = get(url, f"/api/conversations/{conv}/messages", token).json()["items"]
    messages = [MessageData(**m) for m in items]
    assert len(messages) == 1 + 10 + DESKS * REPLIES
    refs = {m.client_ref for m in messages if m.client_ref}
    assert len(refs) == DESKS * REPLIES


def _event(seq: int) -> HubEvent:
    return HubEvent(seq, None, None, "{}")


def test_ring_covers_only_what_it_holds() -> None:
    hub = Hub(latest_seq=100, first_retained_seq=1, capacity=10)
    assert hub.ring_after(100, 5) == []
    assert hub.ring_after(50, 5) is None  # before the ring: read the database
    hub.publish([_event(s) for s in range(101, 121)])
    assert hub.latest_seq == 120
    assert hub.ring_after(105, 5) is None  # 101..110 fell out of the 10-event ring
    got = hub.ring_after(110, 5)
    assert got is not None
    assert [e.seq for e in got] == [111, 112, 113, 114, 115]
    tail = hub.ring_after(118, 100)
    assert tail is not None
    assert [e.seq for e in tail] == [119, 120]
