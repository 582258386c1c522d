"""A desk 50,000 events behind catches up through the real engine, nothing lost."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.support.eventload import append_message_events
from tests.support.server_proc import ServerFactory
from tests.sync.helpers import latest_seq, running_desk

COUNT = 50_000


@pytest.mark.slow
@pytest.mark.asyncio
async def test_desk_50000_events_behind_catches_up(
    server_factory: ServerFactory, tmp_path: Path
) -> None:
    server = server_factory()
    cache_file = tmp_path / "cache.sqlite3"
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 60)
        before = desk.reader.message_ids()
    await asyncio.to_thread(server.stop)
    # Every other event is in a queue agent01 is not in (4 = Technical Support).
    first = append_message_events(server.db_path, COUNT, queues=(1, 4))
    await asyncio.to_thread(server.start)
    async with running_desk(server.url, cache_file) as desk:
        await asyncio.wait_for(desk.engine.wait_idle(), 120)
        after = desk.reader.message_ids()
        assert desk.reader.counts()["cursor"] == await latest_seq(server.url)
    loaded = after - before
    assert loaded == {50_000_000 + i for i in range(0, COUNT, 2)}
    assert first > 1
