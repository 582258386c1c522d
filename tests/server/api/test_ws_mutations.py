"""Mutations over the websocket: effects before acks, exactly-once, rejections."""

from __future__ import annotations

import httpx
import pytest

from protocol.entities import ConversationData, MessageData
from protocol.frames import (
    Ack,
    CaughtUp,
    Events,
    Mutation,
    Reject,
    ReplyOp,
    SetStatusOp,
    client_ref,
    encode,
)
from tests.server.helpers import TECH, auth, get, intake
from tests.support.client import hello, login, open_ws, recv_until
from tests.support.server_proc import ServerProcess

pytestmark = pytest.mark.asyncio


def messages(url: str, token: str, conversation_id: int) -> list[dict[str, object]]:
    response = httpx.get(f"{url}/api/conversations/{conversation_id}/messages", headers=auth(token))
    response.raise_for_status()
    items: list[dict[str, object]] = response.json()["items"]
    return items


async def test_reply_is_applied_once_and_effects_precede_ack(
    demo_server: ServerProcess,
) -> None:
    url = demo_server.url
    token = login(url, "agent01")
    conv = intake(url, queue="Billing", ref="mutation-once")["conversation_id"]
    reply = Mutation(mutation_id=1, change=ReplyOp(conversation_id=conv, body="Refund started."))
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, token, "mutation-client-1")
        await recv_until(ws, CaughtUp, timeout=30)
        await ws.send(encode(reply))
        frames = await recv_until(ws, Ack)
        ack = frames[-1]
        assert isinstance(ack, Ack)
        assert ack.mutation_id == 1
        assert not ack.duplicate
        events = [e for f in frames if isinstance(f, Events) for e in f.events]
        mine = [e.data for e in events if isinstance(e.data, MessageData)]
        # The ref names the mutation without revealing the client id to colleagues.
        assert [m.client_ref for m in mine] == [client_ref("mutation-client-1", 1)]
        assert "mutation-client-1" not in (mine[0].client_ref or "")
        conv_events = [e.data for e in events if isinstance(e.data, ConversationData)]
        assert conv_events[-1].id == conv
        assert conv_events[-1].assignee_id == 1
        # The ack got lost: the desk resends the same mutation.
        await ws.send(encode(reply))
        again = (await recv_until(ws, Ack))[-1]
        assert isinstance(again, Ack)
        assert again.duplicate
    bodies = [m["body"] for m in messages(url, token, conv)]
    assert bodies.count("Refund started.") == 1
    # Reconnecting tells the desk which mutations are done.
    async with await open_ws(demo_server.ws_url) as ws:
        welcome = await hello(ws, token, "mutation-client-1")
        assert welcome.last_mutation_id == 1


async def test_set_status_and_reopen_by_customer(demo_server: ServerProcess) -> None:
    url = demo_server.url
    token = login(url, "agent01")
    conv = intake(url, queue="Delivery", ref="mutation-status")["conversation_id"]
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, token, "status-client-01")
        await recv_until(ws, CaughtUp, timeout=30)
        change = SetStatusOp(conversation_id=conv, status="pending")
        await ws.send(encode(Mutation(mutation_id=5, change=change)))
        frames = await recv_until(ws, Ack)
        statuses = [
            e.data.status
            for f in frames
            if isinstance(f, Events)
            for e in f.events
            if isinstance(e.data, ConversationData) and e.id == conv
        ]
        assert statuses[-1] == "pending"
    again = intake(url, ref="mutation-status", body="Still waiting!")
    assert again["conversation_id"] == conv
    page = get(url, "/api/conversations", token, limit=5)
    mine = [c for c in page.json()["items"] if c["id"] == conv]
    assert mine[0]["status"] == "open"


async def test_reject_invisible_conversation_advances_id(demo_server: ServerProcess) -> None:
    url = demo_server.url
    token = login(url, "agent01")
    hidden = intake(url, queue=TECH, ref="mutation-hidden")["conversation_id"]
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, token, "reject-client-01")
        await recv_until(ws, CaughtUp, timeout=30)
        change = ReplyOp(conversation_id=hidden, body="I should not be able to say this")
        await ws.send(encode(Mutation(mutation_id=7, change=change)))
        reject = (await recv_until(ws, Reject))[-1]
        assert isinstance(reject, Reject)
        assert reject.mutation_id == 7
        assert reject.code == "not_visible"
        await ws.send(encode(Mutation(mutation_id=7, change=change)))
        dup = (await recv_until(ws, Ack))[-1]
        assert isinstance(dup, Ack)
        assert dup.duplicate
    async with await open_ws(demo_server.ws_url) as ws:
        welcome = await hello(ws, token, "reject-client-01")
        assert welcome.last_mutation_id == 7
    boss = login(url, "supervisor01")
    assert len(messages(url, boss, hidden)) == 1
