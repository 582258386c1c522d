"""A desk far behind catches up through many replay batches, in order, nothing lost.

The events are written straight into the stopped server's SQLite file (the fastest way to
get a long log); the figure printed is informational, see ``bench/`` for benchmarks.
"""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from protocol.frames import REPLAY_BATCH, CaughtUp, ErrorFrame, Events, Pull, Reset, encode
from tests.support.client import hello, login, open_ws, recv, recv_until
from tests.support.server_proc import ServerFactory

COUNT = 50_000


def append_events(db_path: str, count: int) -> int:
    """Append ``count`` message events (half in a queue agent01 cannot see); first seq."""
    with sqlite3.connect(db_path) as db:
        first = int(db.execute("SELECT MAX(seq) FROM events").fetchone()[0]) + 1
        rows = []
        for i in range(count):
            queue_id = 1 if i % 2 == 0 else 4
            entity_id = 50_000_000 + i
            payload = json.dumps(
                {
                    "kind": "message",
                    "id": entity_id,
                    "conversation_id": 1,
                    "direction": "in",
                    "author_name": "Load",
                    "author_agent_id": None,
                    "body": f"load message {i}",
                    "created_at": 1.0,
                    "client_ref": None,
                }
            )
            rows.append((first + i, "message", entity_id, "upsert", queue_id, payload, 1.0))
        db.executemany(
            "INSERT INTO events (seq, kind, entity_id, op, queue_id, payload, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return first


@pytest.mark.slow
@pytest.mark.asyncio
async def test_catch_up_of_50000_events(server_factory: ServerFactory) -> None:
    server = server_factory()
    server.stop()
    first = append_events(str(server.db_path), COUNT)
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
