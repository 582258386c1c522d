"""The event log of one server process on one database (SQLite now; any SQL database
with a single writer process): the write gate with group commit, seqs allocated in
memory, append, publish to the in-memory ring, catch-up reads and compaction.

This one class is what :class:`server.core.eventlog.EventLog` promises; several server
processes on PostgreSQL need a shared allocator (a sequence) and LISTEN/NOTIFY instead,
and that version replaces this module only.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from server.core import tables as t
from server.core.eventlog import Draft, Work, event_json
from server.core.fanout import Hub, HubEvent
from server.core.visibility import Viewer
from server.db.engine import set_meta
from server.db.metadata import meta

T = TypeVar("T")
log = logging.getLogger(__name__)

GROUP_LIMIT = 64
"""Most writes that share one group-commit transaction."""

_Pending = tuple[Work[Any], "asyncio.Future[tuple[Any, int]]"]
_Outcome = tuple["asyncio.Future[tuple[Any, int]]", BaseException | None, tuple[Any, int] | None]
"""A queued write's future, and its error or its (result, last seq)."""


async def commit_in_groups(
    queue: list[_Pending],
    commit: Callable[[list[_Pending]], Awaitable[list[_Outcome]]],
    after_batch: Callable[[], Awaitable[object]],
) -> None:
    """Group commit, for both logs (called under their write gate): up to
    :data:`GROUP_LIMIT` queued writes in one transaction; if it fails, each is run again
    alone so a failing write costs only its caller; every caller gets its outcome (one
    who went away is skipped); then ``after_batch`` (compaction) after each batch."""
    while queue:
        batch = queue[:GROUP_LIMIT]
        del queue[:GROUP_LIMIT]
        try:
            outcomes = await commit(batch)
        except Exception:  # noqa: BLE001 - isolate the failing write below
            outcomes = []
            for item in batch:
                try:
                    outcomes += await commit([item])
                except Exception as exc:  # noqa: BLE001 - goes to its caller
                    outcomes.append((item[1], exc, None))
        for future, error, value in outcomes:
            if future.done():
                continue  # the caller went away
            if error is not None:
                future.set_exception(error)
            else:
                assert value is not None
                future.set_result(value)
        await after_batch()


class SqliteEventLog:
    """Replication state of one server instance over ``engine``; see the module doc."""

    def __init__(self, engine: AsyncEngine, hub: Hub, retain_events: int | None) -> None:
        self.engine = engine
        self.hub = hub
        self.retain_events = retain_events
        """How many of the newest events compaction keeps (``None`` keeps all)."""
        self._queue: list[_Pending] = []
        self._drainer: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, engine: AsyncEngine, retain_events: int | None) -> SqliteEventLog:
        """The log as stored: its latest seq and retention floor read at startup."""
        latest, floor = await latest_and_floor(engine)
        return cls(engine, Hub(latest, floor), retain_events)

    async def start(self) -> None:
        """Nothing to follow: this process is the log's only writer."""

    async def stop(self) -> None:
        """Nothing to release."""

    async def refresh(self) -> int:
        """Every seq is made and published here: the latest one."""
        return self.hub.latest_seq

    @property
    def latest_seq(self) -> int:
        """The newest committed (and published) seq."""
        return self.hub.latest_seq

    @property
    def first_retained_seq(self) -> int:
        """The oldest seq still stored."""
        return self.hub.first_retained_seq

    def ring_after(self, after_seq: int, limit: int) -> list[HubEvent] | None:
        """Recent events from memory (see :meth:`server.core.fanout.Hub.ring_after`)."""
        return self.hub.ring_after(after_seq, limit)

    def drop_ring(self) -> None:
        """Forget the in-memory events (see :meth:`server.core.fanout.Hub.drop_ring`)."""
        self.hub.drop_ring()

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
        """Run ``work`` in a transaction under the write gate, append the events it returns
        in that same transaction, then publish them to live connections.

        Holding the gate across commit and publish is what makes seq order equal commit
        order: a desk can never see seq 11 before seq 10 exists. Returns the work's result
        and the seq of its last event (the current latest seq if it appended none).

        Writes that arrive while another is running are *group-committed*: up to
        ``GROUP_LIMIT`` of them share one transaction, which is what lets one SQLite file
        take hundreds of customer messages a second. If any of them fails, the batch is
        rolled back and each is re-run alone, so a failure only ever costs its own caller.
        """
        future: asyncio.Future[tuple[Any, int]] = asyncio.get_running_loop().create_future()
        self._queue.append((work, future))
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.create_task(self._drain(), name="write-drainer")
        result, seq = await future
        return result, seq

    async def _drain(self) -> None:
        async with self.hub.write_gate:
            await commit_in_groups(
                self._queue, self._commit, lambda: self._compact_locked(eager=False)
            )

    async def _commit(
        self, batch: list[_Pending]
    ) -> list[tuple[asyncio.Future[tuple[Any, int]], BaseException | None, tuple[Any, int] | None]]:
        """One transaction for ``batch``; publishes its events after the commit."""
        done: list[tuple[asyncio.Future[tuple[Any, int]], Any, int]] = []
        published: list[HubEvent] = []
        last = self.hub.latest_seq
        async with self.engine.begin() as conn:
            for work, future in batch:
                result, drafts = await work(conn)
                events = await append(conn, drafts, after_seq=last)
                last = events[-1].seq if events else last
                published += events
                done.append((future, result, last))
        self.hub.publish(published)
        return [(future, None, (result, seq)) for future, result, seq in done]

    async def compact(self) -> int:
        """Apply ``retain_events`` now; returns how many events were deleted."""
        async with self.hub.write_gate:
            return await self._compact_locked(eager=True)

    async def _compact_locked(self, *, eager: bool) -> int:
        retain = self.retain_events
        if retain is None:
            return 0
        # Batch deletions: compact once the log has grown by a tenth beyond the limit.
        slack = 0 if eager else max(1, retain // 10)
        if self.hub.latest_seq - retain < self.hub.first_retained_seq + slack - 1:
            return 0
        deleted = await compact(self.engine, self.hub, retain)
        if deleted:
            log.info(
                "compacted %d events; first retained seq is now %d",
                deleted,
                self.hub.first_retained_seq,
            )
        return deleted


async def append(conn: AsyncConnection, drafts: list[Draft], after_seq: int) -> list[HubEvent]:
    """Insert ``drafts`` with consecutive seqs after ``after_seq`` (a group commit passes
    the last seq of its earlier writes; the demo seed the stored latest). The caller holds
    the write gate, or nothing else writes yet, so nobody else allocates. Returns them
    ready to publish."""
    if not drafts:
        return []
    now = time.time()
    seq = after_seq
    rows: list[dict[str, object]] = []
    out: list[HubEvent] = []
    for d in drafts:
        seq += 1
        rows.append(
            {
                "seq": seq,
                "kind": d.kind,
                "entity_id": d.entity_id,
                "op": d.op,
                "queue_id": d.queue_id,
                "agent_id": d.agent_id,
                "payload": d.payload,
                "created_at": now,
            }
        )
        out.append(
            HubEvent(
                seq,
                d.queue_id,
                d.agent_id,
                event_json(seq, d.kind, d.entity_id, d.op, d.payload),
                d.kind,
            )
        )
    await conn.execute(sa.insert(t.events), rows)
    return out


def _visible(viewer: Viewer) -> sa.ColumnElement[bool]:
    e = t.events.c
    scoped: sa.ColumnElement[bool]
    if viewer.supervisor:
        scoped = e.agent_id.is_(None)
    else:
        scoped = sa.and_(
            e.agent_id.is_(None),
            sa.or_(e.queue_id.is_(None), e.queue_id.in_(sorted(viewer.queue_ids))),
        )
    return sa.or_(scoped, e.agent_id == viewer.agent_id)


async def read_after(
    engine: AsyncEngine, viewer: Viewer, after_seq: int, upto: int, limit: int
) -> list[tuple[int, str]]:
    """Up to ``limit`` visible events in ``(after_seq, upto]`` as ``(seq, event_json)``."""
    e = t.events.c
    query = (
        sa.select(e.seq, e.kind, e.entity_id, e.op, e.payload)
        .where(e.seq > after_seq, e.seq <= upto, _visible(viewer))
        .order_by(e.seq)
        .limit(limit)
    )
    async with engine.connect() as conn:
        rows = (await conn.execute(query)).all()
    return [(r[0], event_json(r[0], r[1], r[2], r[3], r[4])) for r in rows]


async def latest_and_floor(engine: AsyncEngine) -> tuple[int, int]:
    """``(latest_seq, first_retained_seq)`` as stored, for the hub at startup."""
    async with engine.connect() as conn:
        latest = (await conn.execute(sa.select(sa.func.max(t.events.c.seq)))).scalar()
        floor_text = (
            await conn.execute(sa.select(meta.c.value).where(meta.c.key == "first_retained_seq"))
        ).scalar()
    floor = int(floor_text) if floor_text is not None else 1
    return max(int(latest or 0), floor - 1), floor


async def compact(engine: AsyncEngine, hub: Hub, retain: int) -> int:
    """Delete events older than the newest ``retain`` and raise the retention floor.

    Call with the write gate held (or from :meth:`SqliteEventLog.compact`).
    Desks whose cursor falls below the floor get ``reset`` and a snapshot. Returns the
    number of events deleted.
    """
    cutoff = hub.latest_seq - retain
    if cutoff < hub.first_retained_seq:
        return 0
    async with engine.begin() as conn:
        result = await conn.execute(sa.delete(t.events).where(t.events.c.seq <= cutoff))
        await set_meta(conn, "first_retained_seq", str(cutoff + 1))
    hub.first_retained_seq = cutoff + 1
    return int(result.rowcount or 0)
