"""No loss, no duplicates: 5,000 customer messages flow while the desk's connection is cut
at least 20 times and the server is killed (SIGKILL) and restarted twice. At the end the
desk's cache holds exactly the server's messages for that agent."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from desktop.models.connection import Link
from tests.support.netcut import NetCut
from tests.support.server_proc import ServerFactory
from tests.support.waiting import wait_until_async
from tests.sync.helpers import intake_body, latest_seq, running_desk, server_messages

MESSAGES = 5_000
CUT_EVERY = 200  # messages between two cuts: 25 cuts
KILL_AT = (1_700, 3_400)
QUEUES = ("General", "Billing", "Delivery", "Technical Support")  # agent01 is not in the last


@pytest.mark.slow
@pytest.mark.asyncio
async def test_no_loss_no_duplicates_through_cuts_and_server_crashes(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory("--heartbeat", "0.5")
    proxy = NetCut(int(urlsplit(server.url).port or 0))
    await proxy.start()
    ws_url = proxy.url.replace("http://", "ws://") + "/ws"
    rng = random.Random(20261124)
    sent = 0
    kills = 0
    up = asyncio.Event()
    up.set()

    async def deliver(client: httpx.AsyncClient, n: int) -> None:
        """One customer message; retried until the server (maybe restarting) takes it."""
        body = intake_body(n, queue=QUEUES[n % 4], channel=("chat", "email", "phone")[n % 3])
        while True:
            await up.wait()
            try:
                reply = await client.post(f"{server.url}/api/intake/messages", json=body)
                if reply.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await wait_until_async(up.is_set, 60)

    async def crash_and_restart() -> None:
        nonlocal kills
        up.clear()
        await asyncio.to_thread(server.kill)
        kills += 1
        await asyncio.to_thread(server.start)
        proxy.upstream_port = int(urlsplit(server.url).port or 0)
        up.set()

    async with (
        running_desk(server.url, tmp_path / "cache.sqlite3", ws_url=ws_url) as desk,
        httpx.AsyncClient(timeout=10) as client,
    ):
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        for start in range(0, MESSAGES, 50):
            await asyncio.gather(*(deliver(client, n) for n in range(start, start + 50)))
            sent = start + 50
            if (sent % CUT_EVERY == 0 and rng.random() < 0.9) or sent % 1000 == 0:
                proxy.cut()
            if sent in KILL_AT:
                await crash_and_restart()
        assert sent == MESSAGES
        assert proxy.cuts >= 20
        assert kills == 2

        # Let the desk settle: connected, and its cursor at the server's latest seq.
        final = await latest_seq(server.url)

        def settled() -> bool:
            return desk.engine.state.link is Link.ONLINE and desk.reader.counts()["cursor"] >= final

        await wait_until_async(settled, 120, message="desk did not catch up")
        expected = await server_messages(server.url)
        cached = desk.reader.message_ids()
        assert len(expected) >= MESSAGES * 3 // 4  # three queues of four are agent01's
        assert cached - expected == set(), "the desk holds messages the server does not"
        assert expected - cached == set(), "the desk lost messages"
        duplicates = desk.reader.conn.execute(
            "SELECT count(*) - count(DISTINCT id) FROM messages"
        ).fetchone()[0]
        assert duplicates == 0
    await proxy.close()
