"""No single entity can block sync: the largest message intake accepts, a thousand times.

Before frames were cut by encoded size, a replay batch of 1,000 such messages was a
~250 MB frame that every desk refused (over its 16 MiB limit), reconnected, and refused
again, forever. Now live streaming, replay from the database and snapshots all deliver
them in frames a desk accepts.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from protocol.entities import MessageData
from protocol.frames import (
    MAX_SERVER_FRAME_BYTES,
    TARGET_FRAME_BYTES,
    parse_server_frame,
)
from protocol.text import MAX_BODY_CHARS
from server.core.limits import limit_for
from tests.support.client import Mirror, hello, login, open_ws
from tests.support.server_proc import ServerFactory

COUNT = 1000


def largest_body() -> str:
    """The body that makes the largest event: 3-byte characters up to the request limit."""
    chars = min(MAX_BODY_CHARS, (limit_for("/api/intake/messages") - 1024) // 3)
    return "界" * chars


def post_all(url: str, body: str) -> int:
    """Post ``COUNT`` messages with ``body`` (one keep-alive client); the last seq."""
    seq = 0
    with httpx.Client(base_url=url, timeout=60) as client:
        for i in range(COUNT):
            response = client.post(
                "/api/intake/messages",
                json={
                    "channel": "chat",
                    "customer": {"ref": f"max-{i % 10}", "name": "Max Size"},
                    "body": body,
                    "queue": "General",
                },
            )
            response.raise_for_status()
            seq = int(response.json()["seq"])
    return seq


async def mirror_until(
    ws_url: str,
    token: str,
    client_id: str,
    seq: int,
    *,
    last_seq: int = 0,
    epoch: str | None = None,
) -> tuple[Mirror, int]:
    """Sync a mirror until it stands at ``seq``; also the largest frame it received."""
    mirror = Mirror()
    largest = 0
    async with await open_ws(ws_url) as ws:
        await hello(ws, token, client_id, last_seq=last_seq, epoch=epoch)
        async with asyncio.timeout(240):
            while mirror.seq < seq or mirror.in_snapshot:
                raw = await ws.recv()
                largest = max(largest, len(raw))
                mirror.apply(parse_server_frame(raw))
    return mirror, largest


@pytest.mark.slow
@pytest.mark.asyncio
async def test_a_thousand_largest_messages_sync_live_by_replay_and_by_snapshot(
    server_factory: ServerFactory,
) -> None:
    server = server_factory()
    token = login(server.url, "supervisor01")
    body = largest_body()
    live_ws = await open_ws(server.ws_url)
    await hello(live_ws, token, "max-live-client1")
    live = Mirror()
    live_largest = 0
    target: int | None = None
    reached = asyncio.Event()

    async def follow() -> None:
        nonlocal live_largest
        while True:
            raw = await live_ws.recv()
            live_largest = max(live_largest, len(raw))
            live.apply(parse_server_frame(raw))
            if target is not None and live.seq >= target:
                reached.set()

    follower = asyncio.create_task(follow())
    seq = await asyncio.to_thread(post_all, server.url, body)
    target = seq
    try:
        if live.seq < seq:
            await asyncio.wait_for(reached.wait(), 240)
    finally:
        follower.cancel()
        await live_ws.close()
    replayed, replay_largest = await mirror_until(server.ws_url, token, "max-replay-clnt1", seq)
    snap, snap_largest = await mirror_until(
        server.ws_url, token, "max-snapshot-cl1", seq, last_seq=1, epoch="another-epoch"
    )
    assert snap.resets == 1
    for mirror in (live, replayed, snap):
        bodies = [
            m.body
            for m in mirror.entities.values()
            if isinstance(m, MessageData) and m.author_name == "Max Size"
        ]
        assert len(bodies) == COUNT
        assert all(b == body for b in bodies)
    for largest in (live_largest, replay_largest, snap_largest):
        assert largest < MAX_SERVER_FRAME_BYTES
        assert largest < TARGET_FRAME_BYTES + 2 * len(body.encode())
