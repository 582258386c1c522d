"""Retention: a desk older than the retained log rebuilds from a snapshot, others replay."""

from __future__ import annotations

import pytest

from protocol.frames import CaughtUp, Events, Reset, Snapshot
from tests.server.helpers import health, intake
from tests.support.client import Mirror, hello, login, open_ws, recv
from tests.support.server_proc import ServerFactory, ServerProcess

pytestmark = pytest.mark.asyncio


async def sync(server: ServerProcess, token: str, client_id: str, mirror: Mirror) -> list[object]:
    """Connect with the mirror's cursor, apply everything until caught up or snapshot done."""
    epoch = health(server.url)["epoch"] if mirror.seq else None
    async with await open_ws(server.ws_url) as ws:
        await hello(ws, token, client_id, mirror.seq, epoch)
        frames: list[object] = []
        while True:
            frame = await recv(ws, 30)
            frames.append(frame)
            mirror.apply(frame)
            if isinstance(frame, CaughtUp) or (isinstance(frame, Snapshot) and frame.done):
                return frames


async def test_old_desk_resets_and_ends_with_the_right_entities(
    server_factory: ServerFactory,
) -> None:
    server = server_factory("--retain-events", "20")
    url = server.url
    token = login(url, "agent01")
    old = Mirror()
    frames = await sync(server, token, "old-desk-000001", old)
    assert isinstance(frames[0], Reset)  # seq 0 is long gone: the demo seed was compacted
    before = old.seq
    created = [
        intake(url, queue="Billing", ref=f"retention-{i}")["conversation_id"] for i in range(10)
    ]
    # A desk one write behind is still inside the window and just replays.
    recent = Mirror()
    await sync(server, token, "recent-desk-0001", recent)
    intake(url, queue="Billing", ref="retention-tail")
    frames = await sync(server, token, "recent-desk-0001", recent)
    assert not any(isinstance(f, Reset) for f in frames)
    assert any(isinstance(f, Events) and f.events for f in frames)
    # The old desk is 30+ events behind with 20 retained: reset + snapshot.
    frames = await sync(server, token, "old-desk-000001", old)
    assert isinstance(frames[0], Reset)
    assert old.seq > before
    assert set(created) <= old.ids("conversation")
    assert old.entities == recent.entities
    assert old.resets == 2
