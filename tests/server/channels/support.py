"""What the channel tests add to :mod:`tests.support.db` (which reads and writes a test
server's database, SQLite file or PostgreSQL, with ``?`` placeholders): rows by column name,
one statement run for many parameter rows, and waiting for a channel's listening port.

``wait_for_port``: a channel listener (the SMTP listener) is a singleton job that starts
once its process holds the job's lock, after the server already says it is listening (on
PostgreSQL another process may hold it), so a test waits for the port before using it.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterable, Sequence
from typing import Any

from tests.support.db import connect
from tests.support.server_proc import ServerProcess
from tests.support.waiting import wait_until


def records(server: ServerProcess, sql: str, *args: object) -> list[dict[str, Any]]:
    """Rows of ``sql`` as dicts keyed by column name."""
    with contextlib.closing(connect(server)) as conn:
        cursor = conn.execute(sql, args)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def record(server: ServerProcess, sql: str, *args: object) -> dict[str, Any] | None:
    """The first row of ``sql`` as a dict, or None."""
    found = records(server, sql, *args)
    return found[0] if found else None


def executemany(server: ServerProcess, sql: str, params: Iterable[Sequence[object]]) -> None:
    """Run one write statement once per parameter row, committed together."""
    with contextlib.closing(connect(server)) as conn, conn:
        conn.executemany(sql, params)


def wait_for_port(port: int, timeout: float = 60.0, host: str = "127.0.0.1") -> None:
    """Wait until something accepts TCP connections on ``host:port``."""

    def accepts() -> bool:
        with socket.socket() as probe:
            probe.settimeout(2)
            return probe.connect_ex((host, port)) == 0

    wait_until(accepts, timeout, interval=0.05, message=f"nothing listens on {host}:{port}")
