"""Opening cache connections: WAL so readers never block the writer."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def open_connection(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection for the calling thread only (sqlite connections are thread-bound).

    The writer's connection runs in autocommit mode (``isolation_level=None``) and opens
    its transactions explicitly, so a batch of events and the cursor commit together.
    """
    if readonly:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=5000")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA cache_size=-16000")
    return conn
