"""Websocket sync: hello/welcome, replay, caught_up, live events, isolation, pull, heartbeats."""

from __future__ import annotations

import pytest

from protocol.entities import ConversationData, MessageData
from protocol.frames import CaughtUp, Events, Heartbeat, Pull, encode
from tests.server.helpers import TECH, health, intake
from tests.support.client import Mirror, hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ServerFactory, ServerProcess

pytestmark = pytest.mark.asyncio


async def test_replay_from_zero_then_caught_up(demo_server: ServerProcess) -> None:
    token = login(demo_server.url, "agent01")
    async with await open_ws(demo_server.ws_url) as ws:
        welcome = await hello(ws, token, "replay-client-01")
        assert welcome.agent.username == "agent01"
        assert welcome.last_mutation_id == 0
        frames = await recv_until(ws, CaughtUp, timeout=30)
    mirror = Mirror()
    for frame in frames:
        mirror.apply(frame)
    assert all(isinstance(f, Events) and f.replay for f in frames[:-1])
    assert mirror.seq >= welcome.latest_seq
    assert mirror.ids("queue") == {1, 2, 3, 4}
    assert len(mirror.ids("agent")) == 11
    conversations = [e for e in mirror.entities.values() if isinstance(e, ConversationData)]
    assert len(conversations) > 300
    assert {c.queue_id for c in conversations} <= {1, 2, 3}


async def test_live_events_and_isolation(demo_server: ServerProcess) -> None:
    url = demo_server.url
    agent, boss = login(url, "agent01"), login(url, "supervisor01")
    async with await open_ws(demo_server.ws_url) as ws, await open_ws(demo_server.ws_url) as sv:
        await hello(ws, agent, "live-agent-0001")
        await hello(sv, boss, "live-boss-00001")
        await recv_until(ws, CaughtUp, timeout=30)
        await recv_until(sv, CaughtUp, timeout=30)
        hidden = intake(url, queue=TECH, ref="live-hidden")
        shown = intake(url, queue="Billing", ref="live-shown")
        got: list[int] = []
        while shown["conversation_id"] not in got:
            frame = await recv(ws)
            if isinstance(frame, Events):
                assert not frame.replay
                for event in frame.events:
                    if event.kind == "conversation":
                        got.append(event.id)
                    assert event.kind != "conversation" or event.id != hidden["conversation_id"]
                    if isinstance(event.data, MessageData):
                        assert event.data.conversation_id != hidden["conversation_id"]
        assert hidden["conversation_id"] not in got
        boss_seen: set[int] = set()
        while shown["conversation_id"] not in boss_seen:
            frame = await recv(sv)
            if isinstance(frame, Events):
                boss_seen |= {e.id for e in frame.events if e.kind == "conversation"}
        assert hidden["conversation_id"] in boss_seen


async def test_resume_replays_only_the_gap(demo_server: ServerProcess) -> None:
    url = demo_server.url
    token = login(url, "agent01")
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, token, "resume-client-01")
        mirror = Mirror()
        for frame in await recv_until(ws, CaughtUp, timeout=30):
            mirror.apply(frame)
    missed = intake(url, queue="Delivery", ref="resume-gap")
    async with await open_ws(demo_server.ws_url) as ws:
        welcome = await hello(ws, token, "resume-client-01", mirror.seq, health(url)["epoch"])
        frames = await recv_until(ws, CaughtUp)
    events = [e for f in frames if isinstance(f, Events) for e in f.events]
    assert all(e.seq > mirror.seq for e in events)
    assert ("conversation", missed["conversation_id"]) in {(e.kind, e.id) for e in events}
    caught = frames[-1]
    assert isinstance(caught, CaughtUp)
    assert caught.seq >= welcome.latest_seq


async def test_pull_restreams_then_caught_up(demo_server: ServerProcess) -> None:
    token = login(demo_server.url, "agent01")
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, token, "pull-client-0001")
        end = await recv_until(ws, CaughtUp, timeout=30)
        caught = end[-1]
        assert isinstance(caught, CaughtUp)
        await ws.send(encode(Pull(after_seq=caught.seq - 50)))
        frames = await recv_until(ws, CaughtUp)
    replayed = [e for f in frames if isinstance(f, Events) for e in f.events]
    assert replayed
    assert all(caught.seq - 50 < e.seq <= caught.seq for e in replayed)
    assert all(f.replay for f in frames if isinstance(f, Events))


async def test_heartbeat_carries_latest_and_delivered(server_factory: ServerFactory) -> None:
    server = server_factory("--heartbeat", "0.2")
    token = login(server.url, "agent01")
    async with await open_ws(server.ws_url) as ws:
        await hello(ws, token, "heartbeat-client")
        caught = (await recv_until(ws, CaughtUp, timeout=30))[-1]
        assert isinstance(caught, CaughtUp)
        intake(server.url, queue=TECH, ref="hb-invisible")  # nothing agent01 may see
        while True:
            frames = await recv_until(ws, Heartbeat)
            beat = frames[-1]
            assert isinstance(beat, Heartbeat)
            if beat.seq > caught.seq:
                break
        # The invisible events still moved this desk's cursor (an empty events frame).
        assert beat.delivered == beat.seq
        moves = [f for f in frames if isinstance(f, Events)]
        assert moves
        assert moves[-1].upto == beat.seq
        assert not moves[-1].events
