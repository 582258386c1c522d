"""The event log of several server processes sharing one PostgreSQL database.

The same promise as :class:`server.core.sqlite_log.SqliteEventLog` (group commit of up to
``GROUP_LIMIT`` writes per transaction, a failing write isolated and re-run alone, seq
order equal to commit order, the ring, compaction), kept across processes:

* every write transaction takes ``pg_advisory_xact_lock(locks.WRITE)`` as its **first**
  statement, so the writes of all processes are serialised exactly like SQLite's single
  writer, and every domain's read-modify-write stays correct unchanged;
* seqs are allocated under that lock as ``max(seq) + 1`` (read by the statement after the
  lock: a statement's snapshot is taken when it starts), so they are dense and become
  visible in commit order: a reader of ``seq > latest`` can never skip one;
* each append ends with ``pg_notify('frontline_events', last seq)`` in its transaction: a
  wake-up for the other processes, which tail the table into their own hub
  (:mod:`server.core.pg_tail`); this process publishes its own batch right after the
  commit, after whatever others committed before it.

``drop_ring`` (GDPR erase, retention) must empty every process's ring: the write that calls
it also bumps the ``ring_generation`` meta value, and each process's follower empties its
ring when it sees a new generation. Compaction runs under the same lock in a transaction
of its own; another process learns the new retention floor with its next read.

Why a lock and not the ``xid8`` transaction-ordered cursor: docs/architecture.md, "The
event log on PostgreSQL" (short version: the desk's dense seqs and every domain's
read-modify-write stay exactly as on SQLite, at the price of one writer at a time, which
group commit makes cheap).
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import time
from collections import deque
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from server.core import tables as t
from server.core.eventlog import Draft, Work
from server.core.fanout import Hub, HubEvent
from server.core.pg_tail import (
    CHANNEL,
    FLOOR_KEY,
    GENERATION_KEY,
    HIGH_KEY,
    Follower,
    read_state,
)
from server.core.sqlite_log import append, commit_in_groups, latest_and_floor, read_after
from server.core.visibility import Viewer
from server.db import locks
from server.db.engine import get_meta, set_meta

T = TypeVar("T")
log = logging.getLogger(__name__)

_LOCK = sa.text("SELECT pg_advisory_xact_lock(:key)")
_NOTIFY = sa.text(f"SELECT pg_notify('{CHANNEL}', :payload)")

_Pending = tuple[Work[Any], "asyncio.Future[tuple[Any, int]]"]
_Outcome = tuple["asyncio.Future[tuple[Any, int]]", BaseException | None, tuple[Any, int] | None]


class LockTimes:
    """How long this process held the cluster-wide write lock, per transaction (from the
    lock granted to the commit done): the price every other process's writes wait."""

    def __init__(self, keep: int = 10_000) -> None:
        self.recent: deque[float] = deque(maxlen=keep)
        self.count = 0

    def add(self, seconds: float) -> None:
        """Note one transaction's hold."""
        self.recent.append(seconds)
        self.count += 1

    def summary(self) -> str:
        """``n=…, p50=… ms, p99=… ms, max=… ms`` over the recent holds."""
        if not self.recent:
            return "n=0"
        values = sorted(self.recent)
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))]
        return (
            f"n={self.count}, p50={statistics.median(values) * 1000:.2f} ms, "
            f"p99={p99 * 1000:.2f} ms, max={values[-1] * 1000:.2f} ms"
        )


class PgEventLog:
    """The shared log of the processes on one PostgreSQL database; see the module doc."""

    def __init__(
        self, engine: AsyncEngine, hub: Hub, retain_events: int | None, generation: int = 0
    ) -> None:
        self.engine = engine
        self.hub = hub
        self.retain_events = retain_events
        """How many of the newest events compaction keeps (``None`` keeps all)."""
        self.follower = Follower(engine, hub, generation)
        self.lock_times = LockTimes()
        self._queue: list[_Pending] = []
        self._drainer: asyncio.Task[None] | None = None
        self._rewrites = False
        """Set by :meth:`drop_ring` during a batch: its transaction bumps the generation."""

    @classmethod
    async def open_pg(cls, engine: AsyncEngine, retain_events: int | None) -> PgEventLog:
        """The log as stored: latest seq, retention floor and ring generation at startup."""
        latest, floor = await latest_and_floor(engine)
        async with engine.connect() as conn:
            generation = int(await get_meta(conn, GENERATION_KEY) or 0)
            high = int(await get_meta(conn, HIGH_KEY) or 0)
        return cls(engine, Hub(max(latest, high), floor), retain_events, generation)

    async def start(self) -> None:
        """Follow what the other processes commit (LISTEN and poll)."""
        await self.follower.start()

    async def stop(self) -> None:
        """Stop following; log how long this process held the write lock."""
        await self.follower.stop()
        if self.lock_times.count:
            log.info("write lock held per transaction: %s", self.lock_times.summary())

    async def refresh(self) -> int:
        """Publish now whatever other processes committed (without waiting for the next
        wake-up); the latest seq after. For a caller that was told of a seq this process
        has not published yet, e.g. a desk that reconnects here from another process with a
        cursor a few milliseconds ahead of this hub."""
        await self.follower.tail_once()
        return self.hub.latest_seq

    @property
    def latest_seq(self) -> int:
        """The newest seq published in this process (every earlier one is too)."""
        return self.hub.latest_seq

    @property
    def first_retained_seq(self) -> int:
        """The oldest seq still stored (as last read: compaction may run elsewhere)."""
        return self.hub.first_retained_seq

    def ring_after(self, after_seq: int, limit: int) -> list[HubEvent] | None:
        """Recent events from memory (see :meth:`server.core.fanout.Hub.ring_after`)."""
        return self.hub.ring_after(after_seq, limit)

    def drop_ring(self) -> None:
        """Forget the in-memory events here now, and in every process once this write
        commits (the write bumps ``ring_generation``). Call it inside that write."""
        self.hub.drop_ring()
        self._rewrites = True

    def subscribe(self, viewer: Viewer | None = None) -> asyncio.Event:
        """A wake-up flag set when a publish holds an event ``viewer`` sees (every publish
        without a viewer); the caller clears it."""
        return self.hub.subscribe(viewer)

    def unsubscribe(self, waiter: asyncio.Event) -> None:
        """Forget a wake-up flag."""
        self.hub.unsubscribe(waiter)

    async def read_after(
        self, viewer: Viewer, after_seq: int, upto: int, limit: int
    ) -> list[tuple[int, str]]:
        """Up to ``limit`` visible stored events in ``(after_seq, upto]``."""
        return await read_after(self.engine, viewer, after_seq, upto, limit)

    async def write(self, work: Work[T]) -> tuple[T, int]:
        """Run ``work`` in a transaction under the cluster-wide write lock with its events,
        group-committed with this process's concurrent writes; returns its result and the
        seq of its last event (the log's latest if it made none) once this process's hub
        has published everything up to that seq."""
        future: asyncio.Future[tuple[Any, int]] = asyncio.get_running_loop().create_future()
        self._queue.append((work, future))
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.create_task(self._drain(), name="write-drainer")
        result, seq = await future
        return result, seq

    async def _drain(self) -> None:
        async with self.hub.write_gate:  # one batch of this process at a time
            await commit_in_groups(self._queue, self._commit, self._compact_after_write)

    async def _compact_after_write(self) -> None:
        """Compaction when due, after a batch. The writes are committed and answered by
        now, so a failure here (the database away, a lock timeout) must not reach their
        callers: it is logged and the next batch, or the periodic job, tries again."""
        try:
            await self._compact_if_due()
        except Exception:
            log.exception("compaction after a write failed")

    async def _commit(self, batch: list[_Pending]) -> list[_Outcome]:
        """One transaction for ``batch`` under the write lock; publishes after the commit."""
        self._rewrites = False
        results: list[tuple[asyncio.Future[tuple[Any, int]], Any, int]] = []
        async with self.engine.begin() as conn:
            await conn.execute(_LOCK, {"key": locks.WRITE})
            locked = time.perf_counter()
            state = await read_state(conn)
            # Taken before the works run: a work that deletes the newest event (an erase)
            # must not make its seq be handed out twice.
            base = state.latest
            drafts: list[Draft] = []
            for work, future in batch:
                result, made = await work(conn)
                drafts += made
                results.append((future, result, base + len(drafts)))
            events = await append(conn, drafts, after_seq=base)
            last = base + len(drafts)
            generation = state.generation
            if self._rewrites:
                generation += 1
                await set_meta(conn, GENERATION_KEY, str(generation))
                await set_meta(conn, HIGH_KEY, str(last))
            if events or generation != state.generation:
                await conn.execute(_NOTIFY, {"payload": str(last)})
        self.lock_times.add(time.perf_counter() - locked)
        await self.follower.publish_committed(events, last, generation, state.floor)
        return [(future, None, (result, seq)) for future, result, seq in results]

    async def compact(self) -> int:
        """Apply ``retain_events`` now; returns how many events were deleted."""
        async with self.hub.write_gate:
            return await self._compact()

    async def _compact_if_due(self) -> None:
        retain = self.retain_events
        if retain is None:
            return
        # Batch deletions: compact once the log has grown by a tenth beyond the limit.
        if self.hub.latest_seq - retain >= self.hub.first_retained_seq + max(1, retain // 10) - 1:
            await self._compact()

    async def _compact(self) -> int:
        """Delete events older than the newest ``retain_events`` and raise the floor, under
        the write lock in a transaction of its own: two processes compacting at once are
        serialised, and the second finds nothing left to delete."""
        retain = self.retain_events
        if retain is None:
            return 0
        async with self.engine.begin() as conn:
            await conn.execute(_LOCK, {"key": locks.WRITE})
            deleted, floor = await _compact_locked(conn, retain)
        self.hub.first_retained_seq = max(self.hub.first_retained_seq, floor)
        if deleted:
            log.info("compacted %d events; first retained seq is now %d", deleted, floor)
        return deleted


async def _compact_locked(conn: AsyncConnection, retain: int) -> tuple[int, int]:
    """Delete up to the cutoff in ``conn`` (which holds the write lock); ``(deleted, floor)``."""
    state = await read_state(conn)
    cutoff = state.latest - retain
    if cutoff < state.floor:
        return 0, state.floor
    result = await conn.execute(sa.delete(t.events).where(t.events.c.seq <= cutoff))
    await set_meta(conn, FLOOR_KEY, str(cutoff + 1))
    await conn.execute(_NOTIFY, {"payload": str(state.latest)})
    return int(result.rowcount or 0), cutoff + 1
