"""The processes of one centre on one PostgreSQL database: which of them runs each
singleton job (routing, delivery, the mail listeners, the SIP adapter, expiry...).

A singleton runs in the process holding the session advisory lock
``server.db.locks.singleton_key(name)``. Every process keeps **one** dedicated asyncpg
connection (not from the engine's pool) on which it tries, about once a second with
jitter, the locks of the singletons it does not hold yet; a lock won starts its job here.
One connection for all of a process's locks rather than one per singleton: a centre of
several processes would otherwise spend ten connections per process on locks (beside each
engine's pool, the log's LISTEN connection and the shared ephemera), and the jobs have
nothing to gain from separate connections: when this one is gone the database is gone
for this process, and every job it ran must stop anyway.

The same once-a-second query is the heartbeat: when it fails (or asyncpg reports the
connection terminated) every job of this process is cancelled at once and the process
starts over (reconnect with backoff, try the locks again). A process that dies loses its
connection, PostgreSQL releases its locks, and a survivor's next try wins them. Between a
lost connection and the cancellation, a job may overlap its successor for up to a
heartbeat: harmless, because every write of every process goes through the log's write
lock (``server.db.locks.WRITE``), so two routing rounds, say, are serialised and the
second sees what the first did.

The connection's ``application_name`` is ``frontline-singletons <process id>``, so an
operator (and the tests) see in ``pg_locks``/``pg_stat_activity`` which process runs what.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from dataclasses import dataclass, field

import asyncpg  # type: ignore[import-untyped, unused-ignore]
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from server.core import line_relay
from server.core.cluster import Job, new_process_id
from server.core.line_relay import LineRelay
from server.core.waiting import within
from server.db.locks import singleton_key

log = logging.getLogger(__name__)

TRY_EVERY = 1.0
"""Seconds between tries of the locks not held (and heartbeats), give or take JITTER."""
JITTER = 0.2
QUERY_TIMEOUT = 10.0
"""A try or heartbeat slower than this counts as a lost connection (generous: a loaded
machine must not make a process drop its jobs for a slow query)."""
RETRY_FAILED = 5.0
"""Seconds a job that failed waits before this process tries its lock again (another
process may take it meanwhile)."""
BACKOFF_MAX = 10.0
SETTLE_TIMEOUT = 10.0
"""Longest a starting process waits for its singletons before it says it listens."""
APP_NAME = "frontline-singletons"


def asyncpg_dsn(database_url: str) -> str:
    """The libpq-style DSN asyncpg takes, from the server's SQLAlchemy URL."""
    return database_url.replace("postgresql+asyncpg://", "postgresql://", 1)


async def _call(job: Job) -> None:
    await job()


def _tick() -> float:
    """The wait before the next try: jittered so processes started together do not query
    in lockstep."""
    return TRY_EVERY + random.uniform(-JITTER, JITTER)  # noqa: S311 - spacing, not secrets


@dataclass(eq=False)
class _Slot:
    """One singleton registered in this process."""

    name: str
    job: Job
    key: int
    granted: asyncio.Event = field(default_factory=asyncio.Event)
    """Set while this process holds the lock (the runner starts the job)."""
    held: bool = False
    job_task: asyncio.Task[None] | None = None
    release: bool = False
    """The job failed: give the lock back (the supervisor does, on its connection)."""
    retry_at: float = 0.0
    done: bool = False
    ready: asyncio.Event | None = None
    """Set by the job once it serves (``Cluster.singleton``)."""
    tried: bool = False
    """This process asked for the lock at least once."""


class PgCluster:
    """Singleton jobs over session advisory locks on one connection (module doc)."""

    def __init__(self, engine: AsyncEngine, database_url: str) -> None:
        self.engine = engine
        self.database_url = database_url
        self._id = new_process_id()
        self._slots: dict[str, _Slot] = {}
        self._runners: set[asyncio.Task[None]] = set()
        self._supervisor: asyncio.Task[None] | None = None
        self._poke = asyncio.Event()
        self._conn: asyncpg.Connection | None = None
        self.relay = LineRelay(engine, self._id)
        """Line commands to and from the other processes (``server.core.line_relay``)."""
        self._relay_task: asyncio.Task[None] | None = None
        self._unheld: list[int] = []
        """Keys of forgotten singletons still locked on the connection."""

    @property
    def process_id(self) -> str:
        """This process's name."""
        return self._id

    @property
    def tag(self) -> str:
        """The random tail of :attr:`process_id` (short; unique among live processes)."""
        return self._id.rsplit(":", 1)[-1]

    async def live_processes(self) -> set[str]:
        """The process ids of the centre's processes connected now (their lock
        connections' ``application_name``; the tail of an id whose host name is long)."""
        async with self.engine.connect() as conn:
            names = (
                await conn.execute(
                    sa.text(
                        "SELECT application_name FROM pg_stat_activity"
                        " WHERE datname = current_database() AND application_name LIKE :like"
                    ),
                    {"like": f"{APP_NAME} %"},
                )
            ).scalars()
            return {str(name).removeprefix(f"{APP_NAME} ") for name in names}

    @property
    def application_name(self) -> str:
        """``frontline-singletons <process id>`` for the lock connection; PostgreSQL keeps
        63 bytes of it, so a long host name loses its start, never the pid and tag."""
        room = 63 - len(APP_NAME) - 1
        return f"{APP_NAME} {self._id[-room:]}"

    def holds(self, name: str) -> bool:
        """Whether this process runs singleton ``name`` now."""
        slot = self._slots.get(name)
        return slot is not None and slot.held

    async def start(self) -> None:
        """Start trying the locks (the jobs are registered later, by the lifespan)."""
        if self._supervisor is None:
            self._supervisor = asyncio.create_task(self._supervise(), name="cluster-locks")
            self._relay_task = asyncio.create_task(self.relay.serve(), name="line-relay")

    async def stop(self) -> None:
        """Cancel every job and the supervisor; closing the connection releases the locks."""
        tasks = [*self._runners]
        if self._supervisor is not None:
            tasks.append(self._supervisor)
        if self._relay_task is not None:
            tasks.append(self._relay_task)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._supervisor = self._relay_task = None
        self._runners.clear()
        await self._close()

    async def settle(self, timeout: float = SETTLE_TIMEOUT) -> None:
        """Wait (at most ``timeout``) until every registered singleton's lock has been
        tried once and the ones won here are ready (see ``Cluster.settle``); past the
        deadline the server starts anyway (the jobs keep trying)."""

        def settled() -> bool:
            return all(
                slot.tried and (not slot.held or slot.ready is None or slot.ready.is_set())
                for slot in self._slots.values()
            )

        deadline = time.monotonic() + timeout
        # A poll: the condition spans the supervisor's tries and the jobs' own events.
        while not settled() and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.02)
        if not settled():
            log.warning("cluster: singletons not settled in %.0f s; starting anyway", timeout)

    def singleton(
        self, name: str, job: Job, ready: asyncio.Event | None = None
    ) -> asyncio.Task[None]:
        """Run ``job`` whenever this process holds ``name``'s lock; the task returned
        runs until :meth:`stop` or cancellation."""
        if name in self._slots:
            raise ValueError(f"singleton {name!r} registered twice")
        slot = _Slot(name, job, singleton_key(name), ready=ready)
        self._slots[name] = slot
        task = asyncio.create_task(self._run(slot), name=f"singleton-{name}")
        self._runners.add(task)
        task.add_done_callback(self._runners.discard)
        self._poke.set()  # try its lock now, not at the next tick
        return task

    # ------------------------------------------------------------------ one job

    async def _run(self, slot: _Slot) -> None:
        """Run the job each time the lock is granted; a job cancelled because the lock was
        lost waits for the next grant, a failed one gives the lock back for a while."""
        try:
            while True:
                await slot.granted.wait()
                log.info("this process (%s) now runs %s", self._id, slot.name)
                slot.job_task = asyncio.create_task(_call(slot.job), name=slot.name)
                await asyncio.wait({slot.job_task})  # does not cancel the job with us
                task, slot.job_task = slot.job_task, None
                if task.cancelled() or not slot.granted.is_set():
                    continue  # lost the lock: the supervisor cleared ``granted``
                failure = task.exception()
                if failure is None:
                    slot.done = True  # done for good: keep the lock, nobody reruns it
                    log.info("singleton %s finished", slot.name)
                    return
                log.error(
                    "singleton %s failed; giving its lock back for %.0f s",
                    slot.name,
                    RETRY_FAILED,
                    exc_info=failure,
                )
                slot.granted.clear()
                slot.retry_at = time.monotonic() + RETRY_FAILED
                slot.release = True
                self._poke.set()
        finally:
            if slot.job_task is not None:
                slot.job_task.cancel()
                await asyncio.gather(slot.job_task, return_exceptions=True)
            if not slot.done:
                # Cancelled (the server stops, or the app dropped the job): forget it and
                # let the supervisor give its lock back (one user of the connection).
                self._slots.pop(slot.name, None)
                if slot.held:
                    self._unheld.append(slot.key)
                    self._poke.set()

    # ------------------------------------------------------------------ the locks

    async def _supervise(self) -> None:
        """Forever: connect, then try the locks not held every second; on a lost
        connection cancel every job of this process and start over after a backoff."""
        backoff = 0.5
        while True:
            try:
                self._conn = await asyncpg.connect(
                    asyncpg_dsn(self.database_url),
                    timeout=QUERY_TIMEOUT,
                    server_settings={"application_name": self.application_name},
                )
            except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
                log.warning(
                    "cluster: cannot reach the database (%s); retry in %.1f s", exc, backoff
                )
                await asyncio.sleep(backoff)
                backoff = min(BACKOFF_MAX, backoff * 2)
                continue
            backoff = 0.5
            self._conn.add_termination_listener(lambda _conn: self._poke.set())
            try:
                await self._conn.add_listener(line_relay.CHANNEL, self.relay.wake)
                self.relay.wake()  # requests made while this connection was down
                await self._hold(self._conn)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
                held = [s.name for s in self._slots.values() if s.held]
                log.warning(
                    "cluster: lost the lock connection (%s): stopping %s here; reconnecting",
                    exc,
                    ", ".join(held) or "no job",
                )
            finally:
                self._unheld.clear()  # released with the connection
                await self._drop_all()
                await self._close()
            await asyncio.sleep(backoff * _tick() / TRY_EVERY)

    async def _hold(self, conn: asyncpg.Connection) -> None:
        """Try, release and heartbeat on ``conn`` until it fails (raises)."""
        while True:
            self._poke.clear()
            if conn.is_closed():
                raise asyncpg.InterfaceError("connection closed")
            now = time.monotonic()
            tried = False
            while self._unheld:
                await conn.fetchval(
                    "SELECT pg_advisory_unlock($1)", self._unheld[-1], timeout=QUERY_TIMEOUT
                )
                self._unheld.pop()
                tried = True
            for slot in list(self._slots.values()):
                if slot.release and slot.held:
                    await self._unlock(slot)
                    tried = True
                if slot.held or slot.done or now < slot.retry_at:
                    continue
                slot.release = False
                tried = True
                won = await conn.fetchval(
                    "SELECT pg_try_advisory_lock($1)", slot.key, timeout=QUERY_TIMEOUT
                )
                slot.tried = True
                if won and self._slots.get(slot.name) is slot:
                    slot.held = True
                    slot.granted.set()
                elif won:
                    self._unheld.append(slot.key)  # forgotten while we asked
            if not tried:
                await conn.fetchval("SELECT 1", timeout=QUERY_TIMEOUT)  # the heartbeat
            with contextlib.suppress(TimeoutError):
                await within(self._poke.wait(), _tick())

    async def _unlock(self, slot: _Slot) -> None:
        slot.held = False
        slot.release = False
        if self._conn is not None and not self._conn.is_closed():
            await self._conn.fetchval(
                "SELECT pg_advisory_unlock($1)", slot.key, timeout=QUERY_TIMEOUT
            )

    async def _drop_all(self) -> None:
        """The locks are gone with the connection: cancel every job running here."""
        running: list[asyncio.Task[None]] = []
        for slot in self._slots.values():
            slot.granted.clear()
            slot.held = False
            slot.release = False
            if slot.job_task is not None:
                slot.job_task.cancel()
                running.append(slot.job_task)
        await asyncio.gather(*running, return_exceptions=True)

    async def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None and not conn.is_closed():
            try:
                await within(conn.close(), QUERY_TIMEOUT)
            except Exception:  # noqa: BLE001 - closing a broken connection: drop it hard
                conn.terminate()
