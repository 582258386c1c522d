"""Catch-up of 100,000 events from PostgreSQL, beside the same on SQLite, and how long a
write holds the cluster-wide write lock (issue 13).

Target: a desk with an empty cache catches up on 100,000 events in < 5 s with the server
on PostgreSQL. A demo server (``frontline server --db postgresql://...``) gets 100,000
message events appended to its log (the payloads of ``bench/catchup.py``, all visible to
agent01); a desk then syncs until idle through the real sync engine (``bench.catchup``):
the same measurement on a SQLite server follows for comparison.

Then the write lock: several :class:`~server.core.pg_log.PgEventLog` on one database (one
engine each, as processes have) write message events one at a time and in bursts; each
log notes how long each of its transactions held ``pg_advisory_xact_lock(WRITE)`` (from the
lock granted to the commit done: what every other process's writes wait).

Run: ``.venv/bin/python -m bench.pg_catchup`` (starts a throwaway PostgreSQL 15 cluster).
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from pathlib import Path

import psycopg
from sqlalchemy.ext.asyncio import AsyncConnection

from bench.catchup import COUNT, catch_up
from desktop.sync.auth import sign_in
from server.core.eventlog import Draft
from server.core.pg_log import LockTimes, PgEventLog
from server.db.engine import create_engine
from tests.cluster.support import StreamDesk
from tests.support import pg
from tests.support.eventload import append_message_events
from tests.support.server_proc import ServerProcess


def _payload(entity_id: int, i: int) -> str:
    """The message payload ``tests.support.eventload`` appends (same size and shape)."""
    return json.dumps(
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


def append_pg(url: str, count: int, first_id: int = 50_000_000) -> int:
    """Append ``count`` message upserts to a stopped server's PostgreSQL log (COPY);
    returns the first seq."""
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()
        first = int(row[0]) + 1 if row else 1
        with conn.cursor().copy(
            "COPY events (seq, kind, entity_id, op, queue_id, payload, created_at) FROM STDIN"
        ) as copy:
            for i in range(count):
                entity_id = first_id + i
                copy.write_row(
                    (first + i, "message", entity_id, "upsert", 1, _payload(entity_id, i), 1.0)
                )
    return first


Figures = tuple[float, dict[str, int], list[float]]
"""The best catch-up time, its cache counts, every time."""


async def wire_catch_up(server: ServerProcess) -> float:
    """The server's side alone: a protocol-level desk (``StreamDesk``: JSON frames read
    and counted, no validation, no cache) from seq 0 to the latest seq; the seconds."""
    session = await sign_in(server.url, "agent01", "demo")
    latest = int(server.rows("SELECT MAX(seq) FROM events")[0][0] or 0)
    desk = StreamDesk(session.token, [server.url], "wire-catchup", keep=lambda _kind: False)
    started = time.perf_counter()
    task = asyncio.create_task(desk.run())
    try:
        await desk.reach(latest, timeout=120)
        return time.perf_counter() - started
    finally:
        desk.stop()
        await asyncio.gather(task, return_exceptions=True)


def run_catchup(server: ServerProcess, directory: Path) -> Figures:
    """Three catch-ups into fresh caches: the best time, its cache counts, every time;
    then three of the server's side alone (``wire`` in the counts, best, in ms)."""
    caches = directory / "caches"
    caches.mkdir()
    runs = [asyncio.run(catch_up(server, caches / f"c{i}.sqlite3")) for i in range(3)]
    best, counts = min(runs)
    wire = min(asyncio.run(wire_catch_up(server)) for _ in range(3))
    return best, {**counts, "wire_ms": round(wire * 1000)}, [elapsed for elapsed, _ in runs]


def catchup_pg(directory: Path) -> Figures:
    """The catch-up figure with the server on PostgreSQL."""
    url = pg.new_database("catchup")
    server = ServerProcess(directory / "pg.sqlite", ["--demo"], db_url=url).start()
    server.stop()
    append_pg(url, COUNT)
    server.start()
    try:
        return run_catchup(server, directory)
    finally:
        server.stop()


def catchup_sqlite(directory: Path) -> Figures:
    """The same on a SQLite server (``bench/catchup.py``)."""
    server = ServerProcess(directory / "server.sqlite", ["--demo"], db_url="").start()
    server.stop()
    append_message_events(server.db_path, COUNT)
    server.start()
    try:
        return run_catchup(server, directory)
    finally:
        server.stop()


async def lock_holds(logs_count: int, writers: int, writes: int) -> tuple[LockTimes, float, int]:
    """``writers`` concurrent writers per log, each ``writes`` one-event writes in a row,
    over ``logs_count`` logs on one fresh database; the merged lock holds, the wall time
    and the number of events."""
    import server.app  # noqa: F401 - every domain's tables on the metadata
    from server.db.engine import ensure_epoch, run_migrations
    from server.db.metadata import metadata

    url = pg.new_database("lock").replace("postgresql://", "postgresql+asyncpg://", 1)
    await asyncio.to_thread(run_migrations, url, metadata)
    engines = [create_engine(url) for _ in range(logs_count)]
    await ensure_epoch(engines[0])
    logs = [await PgEventLog.open_pg(engine, None) for engine in engines]
    for log in logs:
        await log.start()

    async def writer(log: PgEventLog, base: int) -> None:
        for i in range(writes):
            n = base + i

            async def work(conn: AsyncConnection, n: int = n) -> tuple[None, list[Draft]]:
                return None, [Draft("message", n, "upsert", 1, None, _payload(n, n))]

            await log.write(work)

    started = time.perf_counter()
    await asyncio.gather(
        *(
            writer(log, (index * writers + w) * writes)
            for index, log in enumerate(logs)
            for w in range(writers)
        )
    )
    elapsed = time.perf_counter() - started
    merged = LockTimes()
    for log in logs:
        for held in log.lock_times.recent:
            merged.add(held)
        await log.stop()
    for engine in engines:
        await engine.dispose()
    return merged, elapsed, logs_count * writers * writes


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        (directory / "pg").mkdir()
        (directory / "sqlite").mkdir()
        pg_best, pg_counts, pg_runs = catchup_pg(directory / "pg")
        sq_best, sq_counts, sq_runs = catchup_sqlite(directory / "sqlite")
    print(f"log: demo (~5,500 events) + {COUNT:,} appended message events")
    for name, best, counts, runs in (
        ("PostgreSQL", pg_best, pg_counts, pg_runs),
        ("SQLite", sq_best, sq_counts, sq_runs),
    ):
        times = ", ".join(f"{t:.2f} s" for t in runs)
        print(f"{name}: catch-up {times} (best {best:.2f} s, {counts['cursor'] / best:,.0f} ev/s)")
        wire = counts.pop("wire_ms") / 1000
        print(f"  cache after catch-up: {counts}")
        print(f"  the server's side alone (frames read, no cache): best {wire:.2f} s")
    for logs_count, writers, writes in ((1, 1, 1000), (3, 1, 400), (3, 20, 50)):
        held, elapsed, events = asyncio.run(lock_holds(logs_count, writers, writes))
        print(
            f"write lock, {logs_count} log(s) x {writers} writer(s) x {writes} one-event writes: "
            f"{events / elapsed:,.0f} events/s; held per transaction {held.summary()}"
        )


if __name__ == "__main__":
    main()
