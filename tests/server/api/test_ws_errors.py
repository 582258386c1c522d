"""Hostile and broken desks: bad frames, bad tokens, wrong versions, impossible cursors."""

from __future__ import annotations

import hashlib
import time

import pytest
from websockets.exceptions import ConnectionClosed

from protocol.frames import (
    PROTOCOL_VERSION,
    CaughtUp,
    ErrorFrame,
    Events,
    Hello,
    Pull,
    Reset,
    Snapshot,
    encode,
)
from tests.server.helpers import intake
from tests.support.client import Mirror, hello, login, open_ws, recv, recv_until
from tests.support.db import connect as db_connect
from tests.support.server_proc import ServerProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.asyncio


async def expect_fatal(ws_url: str, first: str, code: str, close_code: int) -> None:
    """Send ``first`` as the first frame; expect a fatal error then the close code."""
    async with await open_ws(ws_url) as ws:
        await ws.send(first)
        frame = await recv(ws)
        assert isinstance(frame, ErrorFrame)
        assert frame.code == code
        assert frame.fatal
        with pytest.raises(ConnectionClosed) as closed:
            await recv(ws)
        assert closed.value.rcvd is not None
        assert closed.value.rcvd.code == close_code


def hello_text(token: str, protocol: int = PROTOCOL_VERSION) -> str:
    return encode(Hello(protocol=protocol, token=token, client_id="fatal-client-001", last_seq=0))


async def test_bad_token_is_refused_and_not_logged(demo_server: ServerProcess) -> None:
    token = "not-a-real-token-" + "x" * 20
    await expect_fatal(demo_server.ws_url, hello_text(token), "auth_failed", 4401)
    log = demo_server.log_text()
    assert "sign-in refused (auth_failed)" in log
    assert token not in log


async def test_expired_token(demo_server: ServerProcess) -> None:
    token = "expired-token-for-tests-0123456789"
    with db_connect(demo_server) as db:
        db.execute(
            "INSERT INTO sessions (token_hash, agent_id, expires_at) VALUES (?, 1, ?)",
            (hashlib.sha256(token.encode()).hexdigest(), time.time() - 60),
        )
    await expect_fatal(demo_server.ws_url, hello_text(token), "token_expired", 4401)
    assert token not in demo_server.log_text()


async def test_protocol_version_and_missing_hello(demo_server: ServerProcess) -> None:
    token = login(demo_server.url, "agent01")
    await expect_fatal(demo_server.ws_url, hello_text(token, 99), "protocol_version", 4400)
    await expect_fatal(demo_server.ws_url, encode(Pull(after_seq=0)), "auth_required", 4401)
    await expect_fatal(demo_server.ws_url, "{not json", "bad_json", 4400)


async def test_bad_frames_get_errors_and_do_not_hurt_others(demo_server: ServerProcess) -> None:
    url = demo_server.url
    token = login(url, "agent01")
    async with await open_ws(demo_server.ws_url) as bad, await open_ws(demo_server.ws_url) as good:
        await hello(bad, token, "garbage-client-1")
        await hello(good, token, "innocent-client1")
        await recv_until(bad, CaughtUp, timeout=30)
        await recv_until(good, CaughtUp, timeout=30)
        cases = [
            ("{definitely not json", "bad_json"),
            ('{"type": "subscribe"}', "unknown_type"),
            ('{"type": "pull", "after_seq": "yesterday"}', "bad_frame"),
            ("[1, 2, 3]", "bad_frame"),
            ('{"type": "pull", "after_seq": 0, "pad": "' + "x" * 300_000 + '"}', "frame_too_large"),
            (hello_text(token), "hello_twice"),
        ]
        for raw, code in cases:
            await bad.send(raw)
            frame = (await recv_until(bad, ErrorFrame))[-1]
            assert isinstance(frame, ErrorFrame)
            assert (frame.code, frame.fatal) == (code, False)
        await bad.send(b"\xff\xfe binary garbage")
        frame = (await recv_until(bad, ErrorFrame))[-1]
        assert isinstance(frame, ErrorFrame)
        assert frame.code == "bad_json"
        # Both connections still work.
        conv = intake(url, queue="General", ref="garbage-bystander")["conversation_id"]
        for ws in (bad, good):
            seen: set[int] = set()
            while conv not in seen:
                got = await recv(ws)
                if isinstance(got, Events):
                    seen |= {e.id for e in got.events if e.kind == "conversation"}
    # One line per burst: the first bad frame with its reason, then a count at the end.
    wait_until(
        lambda: (
            "bad frame(s) from agent agent01 client garbage-client-1" in (demo_server.log_text())
        ),
        10,
        message="the burst's count was not logged",
    )
    log = demo_server.log_text()
    assert log.count("bad frame from agent agent01 client garbage-client-1") == 1
    assert "bad frame from agent agent01 client garbage-client-1: bad_json" in log
    assert "6 more bad frame(s) from agent agent01 client garbage-client-1" in log
    assert token not in log


async def test_seq_ahead_gets_error_then_snapshot(demo_server: ServerProcess) -> None:
    token = login(demo_server.url, "agent02")
    async with await open_ws(demo_server.ws_url) as ws:
        welcome = await hello(ws, token, "ahead-client-001", last_seq=10**9)
        first = await recv(ws)
        assert isinstance(first, ErrorFrame)
        assert first.code == "seq_ahead"
        assert not first.fatal
        reset = await recv(ws)
        assert isinstance(reset, Reset)
        assert reset.epoch == welcome.epoch
        mirror = Mirror()
        while True:
            frame = await recv(ws)
            assert isinstance(frame, Snapshot)
            mirror.apply(frame)
            if frame.done:
                break
        assert mirror.seq >= welcome.latest_seq
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, token, "fresh-client-002")
        fresh = Mirror()
        for frame in await recv_until(ws, CaughtUp, timeout=30):
            fresh.apply(frame)
    for kind in ("queue", "agent", "customer", "conversation", "message"):
        assert mirror.ids(kind) <= fresh.ids(kind)
        assert mirror.ids(kind), kind
    assert mirror.ids("conversation") == fresh.ids("conversation")


async def test_other_epoch_gets_reset(demo_server: ServerProcess) -> None:
    token = login(demo_server.url, "agent01")
    async with await open_ws(demo_server.ws_url) as ws:
        await hello(ws, token, "epoch-client-001", last_seq=3, epoch="some-other-db")
        reset = await recv(ws)
        assert isinstance(reset, Reset)
        frames = await recv_until(ws, Snapshot)
        assert isinstance(frames[-1], Snapshot)
