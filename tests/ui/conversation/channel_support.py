"""What the real-channel desk tests share: a free port, a demo server started with a
patient deadline (the suite runs beside others on two cores, where a demo seed can take
longer than the default 30 s), and the email conversation agent01 can answer."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.server_proc import ServerProcess

START_TIMEOUT_S = 120.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def demo_server(directory: Path, *flags: str) -> Iterator[ServerProcess]:
    """A ``--demo`` server with ``flags`` in ``directory``, stopped afterwards."""
    server = ServerProcess(directory / "server.sqlite", ["--demo", *flags], START_TIMEOUT_S)
    try:
        yield server.start()
    finally:
        server.stop()


def email_conversation(db: Path) -> int:
    """An open English email of agent01's queue nobody has, with a customer address."""
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT c.id FROM conversations c JOIN customers u ON u.id = c.customer_id"
            " WHERE c.channel = 'email' AND c.status = 'open' AND c.language LIKE 'en%'"
            " AND c.assignee_id IS NULL AND u.email IS NOT NULL"
            " AND c.queue_id IN (SELECT queue_id FROM agent_queues WHERE agent_id = 1)"
            " ORDER BY c.id LIMIT 1"
        ).fetchone()
    return int(row[0])
