"""The PostgreSQL event log (``server.core.pg_log``) with several logs on one database:
each log has its own engine, as each server process would, and one writer runs in a real
subprocess. What must hold: seqs are handed out in commit order (a transaction held open
makes later writers wait instead of letting them overtake it, the trap a plain sequence
falls into, shown too), every log's hub ends with exactly the table's seqs 1..N, a killed
LISTEN connection only delays delivery, and drop_ring and compaction reach every log.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

import server.app  # noqa: F401 - every domain's tables on the metadata
from server.core import tables as t
from server.core.eventlog import Draft, Work, event_json
from server.core.pg_log import PgEventLog
from server.db.engine import create_engine, ensure_epoch, run_migrations
from server.db.metadata import metadata
from tests.support import pg
from tests.support.waiting import wait_until_async

ROOT = Path(__file__).resolve().parents[2]


def _draft(n: int) -> Draft:
    return Draft("message", n, "upsert", 1, None, json.dumps({"kind": "message", "n": n}))


async def _fresh_database() -> str:
    """A migrated database with its epoch (plain ``postgresql://`` URL)."""
    url = pg.new_database("evlog")
    await asyncio.to_thread(run_migrations, _async(url), metadata)
    engine = create_engine(_async(url))
    await ensure_epoch(engine)
    await engine.dispose()
    return url


def _async(url: str) -> str:
    return url.replace("postgresql://", "postgresql+asyncpg://", 1)


@contextlib.asynccontextmanager
async def _logs(url: str, count: int) -> AsyncIterator[list[PgEventLog]]:
    """``count`` started logs, each on an engine of its own (one per server process)."""
    engines: list[AsyncEngine] = [create_engine(_async(url)) for _ in range(count)]
    logs = [await PgEventLog.open_pg(engine, None) for engine in engines]
    try:
        for log in logs:
            await log.start()
        yield logs
    finally:
        for log in logs:
            await log.stop()
        for engine in engines:
            await engine.dispose()


class Follow:
    """A reader of one log's hub the way routing reads it: woken by every publish, takes
    the ring after what it has; notes every seq in the order it saw them."""

    def __init__(self, log: PgEventLog) -> None:
        self.log = log
        self.seqs: list[int] = []
        self.texts: list[str] = []
        self.waiter = log.subscribe()
        self.task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        seen = self.log.latest_seq
        while True:
            await self.waiter.wait()
            self.waiter.clear()
            events = self.log.ring_after(seen, self.log.latest_seq - seen)
            assert events is not None, f"the ring lost events after {seen}"
            for event in events:
                self.seqs.append(event.seq)
                self.texts.append(event.json)
                seen = event.seq

    async def close(self) -> None:
        self.log.unsubscribe(self.waiter)
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)
        if self.task.done() and not self.task.cancelled() and self.task.exception():
            raise self.task.exception()  # type: ignore[misc]


class NaiveReader:
    """Polls ``seq > cursor`` straight from the table and moves its cursor to the highest
    seq it saw: the reader that skips events forever if seqs commit out of order."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.seen: list[int] = []
        self.task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        cursor = 0
        while True:
            async with self.engine.connect() as conn:
                rows = await conn.execute(
                    sa.select(t.events.c.seq).where(t.events.c.seq > cursor).order_by("seq")
                )
                for (seq,) in rows:
                    self.seen.append(int(seq))
                    cursor = int(seq)
            await asyncio.sleep(0.002)  # a poll's pause, not a wait for anything

    async def close(self) -> None:
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)


def _lock_waiters(url: str) -> int:
    rows = pg.query(
        url,
        "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database"
        " WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()",
    )
    value = rows[0][0]
    assert isinstance(value, int)
    return value


def _table(url: str) -> list[tuple[int, str]]:
    rows = pg.query(url, "SELECT seq, kind, entity_id, op, payload FROM events ORDER BY seq")
    out: list[tuple[int, str]] = []
    for seq, kind, entity_id, op, payload in rows:
        assert isinstance(seq, int)
        assert isinstance(entity_id, int)
        text = None if payload is None else str(payload)
        out.append((seq, event_json(seq, str(kind), entity_id, str(op), text)))
    return out


def test_a_plain_sequence_lets_a_naive_reader_skip() -> None:
    """The trap is real on this PostgreSQL: A takes seq 1, B takes 2 and commits first;
    a reader that moves its cursor to 2 never sees 1."""
    url = pg.new_database("trap")
    with (
        psycopg.connect(url, autocommit=True) as admin,
        psycopg.connect(url) as a,
        psycopg.connect(url) as b,
    ):
        admin.execute("CREATE TABLE scratch (seq bigserial PRIMARY KEY, v text)")
        first = a.execute("INSERT INTO scratch (v) VALUES ('a') RETURNING seq").fetchone()
        second = b.execute("INSERT INTO scratch (v) VALUES ('b') RETURNING seq").fetchone()
        assert first is not None
        assert second is not None
        assert first[0] < second[0]
        b.commit()
        seen = [r[0] for r in admin.execute("SELECT seq FROM scratch WHERE seq > 0 ORDER BY seq")]
        cursor = max(seen)
        a.commit()
        seen += [r[0] for r in admin.execute("SELECT seq FROM scratch WHERE seq > %s", (cursor,))]
        stored = [r[0] for r in admin.execute("SELECT seq FROM scratch ORDER BY seq")]
    assert stored == [first[0], second[0]]
    assert seen == [second[0]], "the naive reader skipped the first writer's row"


@pytest.mark.asyncio
async def test_a_transaction_held_open_makes_the_next_writer_wait() -> None:
    url = await _fresh_database()
    async with _logs(url, 3) as (one, two, three):
        follow = Follow(three)
        naive = NaiveReader(three.engine)
        inside, release = asyncio.Event(), asyncio.Event()

        async def slow(conn: AsyncConnection) -> tuple[str, list[Draft]]:
            inside.set()
            await release.wait()  # holds the transaction (and the write lock) open
            return "slow", [_draft(1)]

        async def quick(conn: AsyncConnection) -> tuple[str, list[Draft]]:
            return "quick", [_draft(2)]

        first = asyncio.create_task(one.write(slow))
        await asyncio.wait_for(inside.wait(), 10)
        second = asyncio.create_task(two.write(quick))

        # The second writer must be waiting in PostgreSQL for the write lock.
        await wait_until_async(lambda: _lock_waiters(url) > 0, message="nobody waits for it")
        assert not second.done()
        assert three.latest_seq == 0
        assert naive.seen == []
        assert follow.seqs == []
        release.set()
        (_, seq1), (_, seq2) = await asyncio.wait_for(asyncio.gather(first, second), 30)
        assert (seq1, seq2) == (1, 2)
        await wait_until_async(lambda: follow.seqs == [1, 2] and naive.seen == [1, 2])
        await follow.close()
        await naive.close()
    assert [seq for seq, _ in _table(url)] == [1, 2]


_SUBPROCESS_WRITER = """
import asyncio, json, sys
from server.core.eventlog import Draft
from server.core.pg_log import PgEventLog
from server.db.engine import create_engine

async def main(url, count):
    engine = create_engine(url)
    log = await PgEventLog.open_pg(engine, None)
    await log.start()
    print("ready", flush=True)
    sys.stdin.readline()

    async def one(i):
        async def work(conn):
            n = 1 + i % 3
            return n, [Draft("message", 900000 + i * 10 + k, "upsert", 2, None, "{}")
                       for k in range(n)]
        made, seq = await log.write(work)
        assert log.latest_seq >= seq
        return made

    made = sum(await asyncio.gather(*(one(i) for i in range(count))))
    await log.stop()
    await engine.dispose()
    print(json.dumps({"events": made}), flush=True)

asyncio.run(main(sys.argv[1], int(sys.argv[2])))
"""


@pytest.mark.asyncio
async def test_concurrent_writers_in_three_logs_and_a_process_agree_on_one_order() -> None:
    url = await _fresh_database()
    writes, sub_writes = 200, 100
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _SUBPROCESS_WRITER,
        _async(url),
        str(sub_writes),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    try:
        async with _logs(url, 3) as logs:
            follows = [Follow(log) for log in logs]
            naive = NaiveReader(logs[0].engine)
            line = await asyncio.wait_for(child.stdout.readline(), 60)
            assert line.strip() == b"ready"
            rng = random.Random(13)

            async def one(log: PgEventLog, i: int) -> int:
                n = rng.randint(1, 3)

                async def work(conn: AsyncConnection) -> tuple[int, list[Draft]]:
                    if i % 7 == 0:  # some work that reads the database under the lock
                        await conn.execute(sa.select(sa.func.count()).select_from(t.events))
                    return n, [_draft(i * 10 + k) for k in range(n)]

                made, seq = await log.write(work)
                assert log.latest_seq >= seq, "write() returned before its hub published"
                return made

            child.stdin.write(b"go\n")
            made = await asyncio.gather(
                *(one(log, i) for i in range(writes) for log in logs),
                child.stdout.readline(),
            )
            ours = sum(m for m in made if isinstance(m, int))
            theirs = json.loads(made[-1])["events"]  # type: ignore[arg-type]
            total = ours + theirs
            await wait_until_async(
                lambda: all(f.seqs[-1:] == [total] for f in follows) and naive.seen[-1:] == [total],
                timeout=30,
                message="not every reader reached the last seq",
            )
            table = _table(url)
            assert [seq for seq, _ in table] == list(range(1, total + 1))
            for follow in follows:
                assert follow.seqs == list(range(1, total + 1)), "a gap or a duplicate in a hub"
                assert follow.texts == [text for _, text in table]
                await follow.close()
            assert naive.seen == list(range(1, total + 1)), "the naive reader skipped"
            await naive.close()
        assert await asyncio.wait_for(child.wait(), 30) == 0
    finally:
        if child.returncode is None:
            child.kill()
            await child.wait()


@pytest.mark.asyncio
async def test_a_failing_write_costs_only_its_caller() -> None:
    url = await _fresh_database()
    async with _logs(url, 1) as (log,):

        async def work(i: int) -> tuple[int, int]:
            async def run(conn: AsyncConnection) -> tuple[int, list[Draft]]:
                if i == 3:
                    await conn.execute(sa.text("SELECT 1 / 0"))
                return i, [_draft(i)]

            return await log.write(run)

        results = await asyncio.gather(*(work(i) for i in range(10)), return_exceptions=True)
    failed = [r for r in results if isinstance(r, BaseException)]
    assert len(failed) == 1
    assert "division by zero" in str(failed[0])
    seqs = sorted(r[1] for r in results if not isinstance(r, BaseException))
    assert seqs == list(range(1, 10))
    assert [seq for seq, _ in _table(url)] == list(range(1, 10))


@pytest.mark.asyncio
async def test_a_killed_listen_connection_still_delivers() -> None:
    url = await _fresh_database()
    async with _logs(url, 2) as (writer, reader):
        pid = await wait_until_async(lambda: reader.follower.listen_pid, message="not listening")
        pg.query(url, "SELECT pg_terminate_backend(?)", pid)
        _, seq = await writer.write(_nothing_but(1))
        await wait_until_async(lambda: reader.latest_seq == seq, message="lost the event")
        _, seq = await writer.write(_nothing_but(3))
        assert await reader.refresh() == seq  # at once, whatever the tail task does
        await wait_until_async(
            lambda: (
                reader.follower.reconnects >= 1 and reader.follower.listen_pid not in (None, pid)
            ),
            message="the LISTEN connection was not re-made",
        )
        listeners = pg.query(
            url,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND application_name = 'frontline-listen'",
        )
        assert listeners[0][0] == 2
        _, seq = await writer.write(_nothing_but(2))
        await wait_until_async(lambda: reader.latest_seq == seq, message="lost the next event")


def _nothing_but(*numbers: int) -> Work[None]:
    """A write that only appends events (``message`` upserts numbered ``numbers``)."""

    async def work(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        return None, [_draft(n) for n in numbers]

    return work


@pytest.mark.asyncio
async def test_drop_ring_and_compaction_reach_every_log() -> None:
    url = await _fresh_database()
    async with _logs(url, 2) as (one, two):
        _, seq = await one.write(_nothing_but(*range(30)))
        assert seq == 30
        await wait_until_async(lambda: two.latest_seq == 30)
        assert two.ring_after(0, 30) is not None

        # A GDPR erase: deletes stored events (here the newest), rewrites, drops the ring.
        async def erase(conn: AsyncConnection) -> tuple[None, list[Draft]]:
            await conn.execute(sa.delete(t.events).where(t.events.c.seq >= 29))
            one.drop_ring()
            return None, []

        _, seq = await one.write(erase)
        assert seq == 30
        assert one.ring_after(0, 1) is None
        await wait_until_async(lambda: two.ring_after(0, 1) is None, message="ring kept")
        # Seqs never go back, although the newest stored event is now 28.
        _, seq = await two.write(_nothing_but(31))
        assert seq == 31
        await wait_until_async(lambda: one.latest_seq == 31)
        for log in (one, two):
            ring = log.ring_after(30, 5)
            assert ring is not None
            assert [e.seq for e in ring] == [31]

        # Compaction in two logs at once: serialised by the lock, each event deleted once.
        one.retain_events = two.retain_events = 10
        deleted = await asyncio.gather(one.compact(), two.compact())
        assert sorted(deleted) == [0, 21]  # 1..28 and 31 stored: cut at 31 - 10
        await wait_until_async(lambda: one.first_retained_seq == two.first_retained_seq == 22)
        two.retain_events = None
        # A log that did not compact learns the floor from its reads too.
        async with _logs(url, 1) as (three,):
            assert three.first_retained_seq == 22
            assert three.latest_seq == 31
            one.retain_events = 5
            await one.compact()
            await wait_until_async(lambda: three.first_retained_seq == 27, message="floor")
    assert [seq for seq, _ in _table(url)] == [27, 28, 31]
