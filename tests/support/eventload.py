"""Append many message events straight into a stopped server's database (its SQLite file,
or its PostgreSQL database when given the server).

The fastest way to give a server a long event log for catch-up tests and benchmarks. The
messages belong to conversation 1 and exist only in the log (not in the messages table):
what is measured is the replay path, not the server's tables.
"""

from __future__ import annotations

import json

from tests.support.db import Target, connect


def append_message_events(
    db_path: Target, count: int, queues: tuple[int, ...] = (1,), first_id: int = 50_000_000
) -> int:
    """Append ``count`` message upserts, cycling through ``queues``; returns the first seq.
    ``db_path``: a SQLite file, or the server (SQLite or PostgreSQL)."""
    with connect(db_path) as db:
        first = int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]) + 1
        rows = []
        for i in range(count):
            entity_id = first_id + i
            payload = json.dumps(
                {
                    "kind": "message",
                    "id": entity_id,
                    "conversation_id": 1,
                    "direction": "in",
                    "author_name": "Load",
                    "author_agent_id": None,
                    "body": f"load message {i}: tilaukseni ei ole saapunut",
                    "created_at": 1.0,
                    "client_ref": None,
                }
            )
            queue_id = queues[i % len(queues)]
            rows.append((first + i, "message", entity_id, "upsert", queue_id, payload, 1.0))
        db.executemany(
            "INSERT INTO events (seq, kind, entity_id, op, queue_id, payload, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return first
