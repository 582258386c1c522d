"""A desk far behind catches up through many replay batches, in order, nothing lost.

The events are written straight into the stopped server's SQLite file (the fastest way to
get a long log); the figure printed is informational, see ``bench/`` for benchmarks.
"""

from __future__ import annotations

import time

import pytest

from protocol.frames import REPLAY_BATCH, CaughtUp, ErrorFrame, Events, Pull, Reset, encode
from tests.support.client import hello, login, open_ws, recv, recv_until
from tests.support.eventload import append_message_events
from tests.support.server_proc import ServerFactory

COUNT = 50_000


@pytest.mark.slow
@pytest.mark.asyncio
async def test_catch_up_of_50000_events(server_factory: ServerFactory) -> None:
    server = server_factory()
    server.stop()
    first = append_message_events(server, COUNT, queues=(1, 4))
    server.start()
    token = login(server.url, "agent01")
    started = time.perf_counter()
    async with await open_ws(server.ws_url) as ws:
        welcome = await hello(ws, token, "far-behind-desk1", last_seq=first - 1)
        frames = await recv_until(ws, CaughtUp, timeout=60)
        # A pull beyond the server's latest seq is refused and answered with a snapshot.
        await ws.send(encode(Pull(after_seq=welcome.latest_seq + 10)))
        error = await recv(ws)
        assert isinstance(error, ErrorFrame)
        assert error.code == "seq_ahead"
        assert isinstance(await recv(ws), Reset)
    elapsed = time.perf_counter() - started
    batches = [f for f in frames if isinstance(f, Events)]
    seqs = [e.seq for f in batches for e in f.events]
    assert len(seqs) == COUNT // 2  # only the General half is visible to agent01
    assert seqs == sorted(seqs)
    assert all(len(f.events) <= REPLAY_BATCH for f in batches)
    assert all(f.replay for f in batches)
    caught = frames[-1]
    assert isinstance(caught, CaughtUp)
    assert caught.seq == welcome.latest_seq == first + COUNT - 1
    print(f"caught up {len(seqs)} of {COUNT} events in {elapsed:.2f} s")
