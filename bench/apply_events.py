"""Applying synced events into the cache vs. a raw sqlite3 executemany of the same rows.

Target (issue 2): the cache's apply path reaches at least 50 % of the raw insert rate.
Both sides write the same message rows into the same schema (indexes included), in
batches of 1,000 per transaction (the replay batch size), on fresh files in one temp dir.
The event side includes everything the sync engine does per batch except JSON parsing:
de-duplication by id, upserts, pending-reply cleanup and the cursor in the same
transaction.

Both sides use the connection the desk uses: SQLCipher-encrypted, raw 256-bit key
(``desktop.store.connection.open_connection``); the ratio is measured there (issue 6). The
same pair is then run on plain files through the standard library's ``sqlite3`` with the
desk's former settings, to show what encryption costs.
"""

from __future__ import annotations

import secrets
import sqlite3
import tempfile
import time
from pathlib import Path

from desktop.store import apply
from desktop.store.connection import CIPHER_VERSION, open_connection
from desktop.store.schema import migrate
from protocol.entities import MessageData
from protocol.frames import REPLAY_BATCH, Event

N = 100_000


def make_events() -> list[Event]:
    return [
        Event(
            seq=i,
            kind="message",
            id=i,
            data=MessageData(
                id=i,
                conversation_id=1 + i // 7,
                direction="in",
                author_name="Aino Virtanen",
                body=f"Hei, tilaukseni {i} ei ole vielä saapunut. Voitteko tarkistaa?",
                created_at=1_700_000_000.0 + i,
                client_ref=None,
            ),
        )
        for i in range(1, N + 1)
    ]


KEY = secrets.token_bytes(32)


def fresh(path: Path, *, plain: bool = False) -> sqlite3.Connection:
    if plain:  # the desk's connection before encryption (issue 2's figures)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-16000")
    else:
        conn = open_connection(path, KEY)
    migrate(conn)
    return conn


def bench_apply(events: list[Event], path: Path, *, plain: bool = False) -> float:
    conn = fresh(path, plain=plain)
    start = time.perf_counter()
    for i in range(0, len(events), REPLAY_BATCH):
        batch = events[i : i + REPLAY_BATCH]
        apply.apply_events(conn, batch, batch[-1].seq)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def bench_raw(events: list[Event], path: Path, *, plain: bool = False) -> float:
    conn = fresh(path, plain=plain)
    rows = [
        (d.id, d.conversation_id, d.direction, d.author_name, None, d.body, d.created_at, None)
        for e in events
        if isinstance(d := e.data, MessageData)
    ]
    sql = (
        "INSERT INTO messages (id, conversation_id, direction, author_name, author_agent_id,"
        " body, created_at, client_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    start = time.perf_counter()
    for i in range(0, len(rows), REPLAY_BATCH):
        conn.execute("BEGIN")
        conn.executemany(sql, rows[i : i + REPLAY_BATCH])
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    events = make_events()
    print(f"events: {N:,} message events in batches of {REPLAY_BATCH}")
    for label, plain in ((f"SQLCipher {CIPHER_VERSION}", False), ("plain sqlite3", True)):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            best_apply = min(
                bench_apply(events, folder / f"a{r}.sqlite3", plain=plain) for r in range(3)
            )
            best_raw = min(
                bench_raw(events, folder / f"r{r}.sqlite3", plain=plain) for r in range(3)
            )
        print(f"-- {label}")
        print(f"cache apply : {best_apply:.3f} s  ({N / best_apply:,.0f} events/s)")
        print(f"raw insert  : {best_raw:.3f} s  ({N / best_raw:,.0f} rows/s)")
        print(f"ratio       : {best_raw / best_apply:.0%} of the raw rate (target >= 50 %)")


if __name__ == "__main__":
    main()
