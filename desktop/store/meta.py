"""Small key/value facts about the replica: cursor, epoch, client id, mutation counter.

The cursor (``last_seq``) is always written inside the transaction that applied the events
it covers, which makes replay after a crash or reconnect exactly-once by construction.
"""

from __future__ import annotations

import sqlite3
import uuid

LAST_SEQ = "last_seq"
EPOCH = "epoch"
CLIENT_ID = "client_id"
MUTATION_COUNTER = "mutation_counter"
AGENT_ID = "agent_id"
SERVER_URL = "server_url"
USERNAME = "username"


def get(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def put(conn: sqlite3.Connection, key: str, value: str | int) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


def get_int(conn: sqlite3.Connection, key: str) -> int:
    value = get(conn, key)
    return int(value) if value is not None else 0


def cursor(conn: sqlite3.Connection) -> int:
    return get_int(conn, LAST_SEQ)


def renew_client_id(conn: sqlite3.Connection) -> str:
    """Take a new client id (the old one is bound to another agent on the server) and
    re-address the pending replies, whose ``client_ref`` names the id. Call in a
    transaction."""
    from protocol.frames import client_ref  # lazy: the cold-start paint loads no pydantic

    value = uuid.uuid4().hex
    put(conn, CLIENT_ID, value)
    rows = conn.execute("SELECT id FROM messages WHERE id < 0").fetchall()
    conn.executemany(
        "UPDATE messages SET client_ref = ? WHERE id = ?",
        [(client_ref(value, -message_id), message_id) for (message_id,) in rows],
    )
    return value


def client_id(conn: sqlite3.Connection) -> str:
    """This cache's client id, made once: mutation ids are unique per (client id, counter)."""
    value = get(conn, CLIENT_ID)
    if value is None:
        value = uuid.uuid4().hex
        put(conn, CLIENT_ID, value)
    return value
