"""Following the PostgreSQL event log into this process's hub: the one place that
publishes, in seq order, what this process wrote and what the others committed.

Every process of a centre writes the shared ``events`` table (``server.core.pg_log``) and
keeps its own in-memory :class:`~server.core.fanout.Hub` (ring, latest seq, wake-ups of
its websocket connections). :class:`Follower` keeps that hub equal to a prefix of the
table:

* the log's writer hands it each committed batch; if other processes committed since the
  hub's latest seq, the gap is read from the table first, so the hub never sees seq 11
  before 10;
* a tail task reads ``seq > latest`` (at most :data:`TAIL_LIMIT` rows a round) whenever a
  ``NOTIFY frontline_events`` arrives on a dedicated asyncpg connection, and at least every
  :data:`POLL_EVERY` seconds. The notification is only a wake-up (its payload is never
  trusted as data): a lost notification, or a lost LISTEN connection, only delays an
  event by one poll. The connection is re-made with backoff; the polls go on meanwhile.

Both publish under one asyncio lock, and only events after the hub's latest seq, so the
two paths never reorder or duplicate anything. Reading ``seq > latest`` is safe because
every append holds ``pg_advisory_xact_lock(WRITE)`` until it commits and takes its seqs
as ``max(seq) + 1`` under it: the table's seqs become visible in commit order, so what a
reader sees is always a gap-free prefix (the trap of sequences committing out of order,
docs/architecture.md "The event log on PostgreSQL", cannot happen).

With each read the follower also learns two ``meta`` values other processes may change:
``first_retained_seq`` (raised by compaction) and ``ring_generation`` (bumped by a write
that deleted or rewrote stored events, a GDPR erase or retention run, which must empty the
ring of *every* process, since the rings may hold payloads the table no longer has).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass
from typing import Any

import asyncpg  # type: ignore[import-untyped, unused-ignore]
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from server.core import tables as t
from server.core.eventlog import event_json
from server.core.fanout import Hub, HubEvent

log = logging.getLogger(__name__)

CHANNEL = "frontline_events"
"""The NOTIFY channel every append signals (payload: its last seq, informational)."""
TAIL_LIMIT = 5000
"""Most rows one tail read takes (it reads again at once when it got that many)."""
POLL_EVERY = 1.0
"""Seconds between tail reads when no notification comes (the LISTEN fallback)."""
BACKOFF_FIRST = 0.5
BACKOFF_MAX = 10.0
"""Seconds between attempts to re-make the LISTEN connection (doubling)."""
CONNECT_TIMEOUT = 10.0
GENERATION_KEY = "ring_generation"
"""``meta`` key: bumped by every write that deleted or rewrote stored events."""
HIGH_KEY = "seq_high"
"""``meta`` key: the highest seq ever handed out, written by the writes that may delete
events; seqs never go back even if such a write deleted the newest event."""
FLOOR_KEY = "first_retained_seq"
APPLICATION_NAME = "frontline-listen"


@dataclass(frozen=True, slots=True)
class LogState:
    """What the table says besides the events: see :func:`read_state`."""

    max_seq: int
    floor: int
    generation: int
    high: int

    @property
    def latest(self) -> int:
        """The last seq handed out: never below what compaction or an erase left."""
        return max(self.max_seq, self.floor - 1, self.high)


def _meta_value(key: str) -> sa.ScalarSelect[Any]:
    from server.db.metadata import meta

    return sa.select(meta.c.value).where(meta.c.key == key).scalar_subquery()


async def read_state(conn: AsyncConnection) -> LogState:
    """``max(seq)``, the retention floor, the ring generation and the seq high-water mark,
    in one statement (one snapshot). Under the write lock it must run *after* the
    statement that took the lock: a statement's snapshot is taken when it starts."""
    row = (
        await conn.execute(
            sa.select(
                sa.select(sa.func.max(t.events.c.seq)).scalar_subquery(),
                _meta_value(FLOOR_KEY),
                _meta_value(GENERATION_KEY),
                _meta_value(HIGH_KEY),
            )
        )
    ).one()
    return LogState(
        int(row[0] or 0),
        int(row[1]) if row[1] is not None else 1,
        int(row[2] or 0),
        int(row[3] or 0),
    )


async def read_events(
    conn: AsyncConnection, after: int, upto: int | None, limit: int
) -> list[HubEvent]:
    """Stored events ``after < seq <= upto`` (no upper bound for ``None``), oldest first,
    built like the writer builds them (every scope: the hub filters per connection)."""
    e = t.events.c
    query = sa.select(e.seq, e.kind, e.entity_id, e.op, e.queue_id, e.agent_id, e.payload).where(
        e.seq > after
    )
    if upto is not None:
        query = query.where(e.seq <= upto)
    rows = (await conn.execute(query.order_by(e.seq).limit(limit))).all()
    return [
        HubEvent(r[0], r[4], r[5], event_json(r[0], r[1], r[2], r[3], r[6]), r[1]) for r in rows
    ]


def listen_dsn(engine: AsyncEngine) -> str:
    """The engine's database as a plain ``postgresql://`` DSN (what asyncpg takes)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


class Follower:
    """Publishes the shared log into ``hub`` in seq order; see the module doc."""

    def __init__(self, engine: AsyncEngine, hub: Hub, generation: int) -> None:
        self.engine = engine
        self.hub = hub
        self.generation = generation
        """The ring generation this hub's ring belongs to."""
        self.lock = asyncio.Lock()
        """Orders every publish of this process (writer and tail task)."""
        self.reconnects = 0
        """How many times the LISTEN connection was re-made (for tests and operators)."""
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._listener: Any = None
        self._stopping = False
        self._dsn = listen_dsn(engine)

    # -- publishing (callers hold ``self.lock``) --------------------------------------

    def note(self, generation: int, floor: int) -> None:
        """Take in the log's ring generation and retention floor (as read from the table):
        a new generation empties the ring (now and after the next publish)."""
        if generation != self.generation:
            self.hub.drop_ring()
            self.generation = generation
        self.hub.first_retained_seq = max(self.hub.first_retained_seq, floor)

    def publish(self, events: list[HubEvent]) -> None:
        """Publish the events after the hub's latest seq. Seqs missing in the table (a
        compacted or erased stretch) leave a hole the ring's index arithmetic cannot hold,
        so such a publish also empties the ring: readers then use the table."""
        latest = self.hub.latest_seq
        fresh = [event for event in events if event.seq > latest]
        if not fresh:
            self.hub.publish([])  # still ends a pending drop_ring, like an empty batch
            return
        if fresh[0].seq != latest + 1 or fresh[-1].seq - fresh[0].seq != len(fresh) - 1:
            self.hub.drop_ring()
        self.hub.publish(fresh)

    async def fill(self, upto: int) -> None:
        """Read and publish what the table holds up to ``upto`` after the hub's latest."""
        while self.hub.latest_seq < upto:
            async with self.engine.connect() as conn:
                events = await read_events(conn, self.hub.latest_seq, upto, TAIL_LIMIT)
            if not events:
                # Nothing stored up to there (compacted or erased): the hub still moves on.
                self.hub.drop_ring()
                self.hub.latest_seq = max(self.hub.latest_seq, upto)
                return
            self.publish(events)

    async def publish_committed(
        self, events: list[HubEvent], last: int, generation: int, floor: int
    ) -> None:
        """After a commit of this process: publish its ``events`` (seqs up to ``last``), and
        first whatever other processes committed before them. Never raises for a
        database error (the batch is committed: its callers must not run it again):
        reading the gap is retried until the hub reaches ``last``."""
        backoff = BACKOFF_FIRST
        while True:
            try:
                async with self.lock:
                    self.note(generation, floor)
                    first = events[0].seq if events else last + 1
                    if self.hub.latest_seq < first - 1:
                        await self.fill(first - 1)
                    self.publish(events)
                    return
            except Exception as exc:  # noqa: BLE001 - raising would re-run committed works
                log.warning(
                    "could not read the log up to seq %d after a commit (%s); retrying in %.1f s",
                    last,
                    exc,
                    backoff,
                )
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX)

    # -- tailing ----------------------------------------------------------------------

    async def tail_once(self) -> int:
        """Publish everything committed after the hub's latest seq; how many events."""
        total = 0
        while True:
            async with self.engine.connect() as conn:
                events = await read_events(conn, self.hub.latest_seq, None, TAIL_LIMIT)
                # After the events: a generation read later is at least as new as they are,
                # so a rewrite among them always empties the ring before they enter it.
                state = await read_state(conn)
            async with self.lock:
                self.note(state.generation, state.floor)
                before = self.hub.latest_seq
                self.publish(events)
                total += self.hub.latest_seq - before
            if len(events) < TAIL_LIMIT:
                return total

    async def start(self) -> None:
        """Start the tail task (it makes the LISTEN connection itself, with retries)."""
        if self._task is None:
            self._stopping = False
            self._task = asyncio.create_task(self._run(), name="event-log-tail")

    async def stop(self) -> None:
        """Stop tailing and close the LISTEN connection."""
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        await self._close_listener()

    @property
    def listening(self) -> bool:
        """Whether the LISTEN connection is up."""
        return self._listener is not None and not self._listener.is_closed()

    @property
    def listen_pid(self) -> int | None:
        """The server process id of the LISTEN connection (operators, tests), if up."""
        return int(self._listener.get_server_pid()) if self.listening else None

    async def _listen(self) -> None:
        conn = await asyncpg.connect(
            self._dsn,
            timeout=CONNECT_TIMEOUT,
            server_settings={"application_name": APPLICATION_NAME},
        )
        try:
            await conn.add_listener(CHANNEL, self._notified)
            conn.add_termination_listener(self._terminated)
        except BaseException:
            conn.terminate()
            raise
        self._listener = conn

    def _notified(self, *_args: object) -> None:
        self._wake.set()  # bursts coalesce: one read takes everything committed so far

    def _terminated(self, *_args: object) -> None:
        self._wake.set()

    async def _close_listener(self) -> None:
        conn, self._listener = self._listener, None
        if conn is not None and not conn.is_closed():
            with contextlib.suppress(Exception):
                async with asyncio.timeout(2.0):
                    await conn.close()
            if not conn.is_closed():
                conn.terminate()

    async def _run(self) -> None:
        link = _Outage("the log's LISTEN connection", "listening for new events again")
        reads = _Outage("reading the event log", "reading the event log again")
        backoff = BACKOFF_FIRST
        next_try = 0.0
        ever_listened = False
        while not self._stopping:
            if not self.listening and time.monotonic() >= next_try:
                if self._listener is not None:
                    self._listener = None
                    link.failed(f"lost; re-making it, polling every {POLL_EVERY:.0f} s meanwhile")
                try:
                    await self._listen()
                except Exception as exc:  # noqa: BLE001 - any failure: retry with backoff
                    next_try = time.monotonic() + backoff
                    backoff = min(backoff * 2, BACKOFF_MAX)
                    link.failed(f"failed ({exc}); polling every {POLL_EVERY:.0f} s meanwhile")
                else:
                    backoff = BACKOFF_FIRST
                    if ever_listened:
                        self.reconnects += 1
                    ever_listened = True
                    link.recovered()
            self._wake.clear()
            try:
                await self.tail_once()
            except Exception as exc:  # noqa: BLE001 - a dead database: say so, poll on
                reads.failed(f"failed ({exc}); trying again every {POLL_EVERY:.0f} s")
            else:
                reads.recovered()
            # asyncio.timeout, not wait_for: on 3.11 wait_for drops a cancellation that
            # arrives as the wake-up does, and stop() would wait forever.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(POLL_EVERY):
                    await self._wake.wait()


class _Outage:
    """Logs a failing thing once per outage (a warning) and its recovery (info)."""

    def __init__(self, what: str, back: str) -> None:
        self.what = what
        self.back = back
        self.down = False

    def failed(self, how: str) -> None:
        if not self.down:
            log.warning("%s: %s", self.what, how)
            self.down = True

    def recovered(self) -> None:
        if self.down:
            log.info(self.back)
            self.down = False
