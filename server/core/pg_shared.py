"""What the processes of one PostgreSQL centre share outside the event log: desk presence,
who is viewing or typing, and revoked sessions (docs/scale-out.md "What the processes
share").

One :class:`PgShared` per process, started with the first of ``ctx.agents.start(ctx)``
(the composition root) or the first desk that connects. It keeps:

* a heartbeat row in ``cluster_processes`` (every :data:`HEARTBEAT` s); a row older than
  :data:`STALE` s is a dead process, whose desk sockets then count as closed;
* a LISTEN connection of its own (asyncpg, channel :data:`CHANNEL`) for wake-ups only:
  ``a:<process>:<ids>`` (activity changed in those conversations: re-read the table) and
  ``s`` (a session was deleted: close this process's sockets of sessions that no longer
  exist). The data is always in the tables, never in the payload, so a lost connection
  loses nothing: after reconnecting (with backoff) the process re-reads everything;
* the presence sweeper (``server.core.pg_shared_presence``) as the singleton
  ``presence-sweep``: its decisions are taken under a row lock, so they stay right even
  where two processes run it for a moment.

SQLite servers never create one: their board, sockets and timers stay in memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import asyncpg  # type: ignore[import-untyped, unused-ignore]
import sqlalchemy as sa

from server.core.pg_shared_activity import SharedActivity
from server.core.pg_shared_presence import NOW, SharedPresence
from server.core.tables import sessions
from server.core.waiting import within

if TYPE_CHECKING:
    from server.core.context import ServerContext

log = logging.getLogger(__name__)

CHANNEL = "frontline_shared"
HEARTBEAT = 2.0
"""Seconds between heartbeats (and retries of what failed)."""
STALE = 10.0
"""A process not seen for this long is dead: its sockets count as closed."""
SESSION_CHECK_EVERY = 15.0
"""Seconds between checks of this process's live sessions without a wake-up (a missed
``s`` notification closes the revoked sockets this late at worst)."""
BACKOFF_MAX = 10.0
QUERY_TIMEOUT = 5.0
APP_NAME = "frontline-shared"
"""The LISTEN connection's ``application_name`` (with the process id), as operators and
the tests find it in ``pg_stat_activity``."""

Hooks = Callable[[int, bool], Awaitable[None]]
"""Run the domains' back (True) or away (False) hooks of an agent."""


def asyncpg_dsn(database_url: str) -> str:
    """The libpq-style URL asyncpg takes, from the server's SQLAlchemy URL."""
    return database_url.replace("postgresql+asyncpg://", "postgresql://", 1)


class PgShared:
    """This process's part of the shared ephemera (module doc)."""

    def __init__(self, ctx: ServerContext, local_counts: dict[int, int], hooks: Hooks) -> None:
        self.ctx = ctx
        self.process_id = ctx.cluster.process_id
        self.presence = SharedPresence(self, local_counts, hooks)
        self.activity = SharedActivity(self)
        self._tasks: list[asyncio.Task[None]] = []
        self._sweeper: asyncio.Task[None] | None = None
        self._check_sessions = asyncio.Event()
        self._listening = False

    async def execute(self, sql: str, **params: Any) -> list[sa.Row[Any]]:
        """Run one statement in its own transaction; its rows (none for a write)."""
        async with self.ctx.engine.begin() as conn:
            result = await conn.execute(sa.text(sql), params)
            return list(result.fetchall()) if result.returns_rows else []

    async def start(self) -> None:
        """Say this process is alive, start listening, beating and sweeping, and share
        the board and the live sessions. A database that cannot be reached now is
        retried by the heartbeat; the server starts anyway."""
        try:
            await self._beat()
        except Exception as exc:  # noqa: BLE001 - retried every heartbeat, said once here
            log.warning("shared presence: cannot write the heartbeat yet (%s)", exc)
        self.ctx.live.share(self.sessions_changed)
        self.ctx.activity.share(self.activity)
        self._tasks = [
            asyncio.create_task(self._listen(), name="shared-listen"),
            asyncio.create_task(self._heartbeat(), name="shared-heartbeat"),
            asyncio.create_task(self._sessions_loop(), name="shared-sessions"),
            asyncio.create_task(self.activity.flush_forever(), name="shared-activity"),
        ]
        self._sweeper = self.ctx.cluster.singleton("presence-sweep", self.presence.sweep_forever)
        log.info("shared presence and activity on (process %s)", self.process_id)

    async def stop(self) -> None:
        """Stop the tasks, then say goodbye: this process's sockets and activity rows go at
        once (its desks reconnect elsewhere; nobody waits for it to look dead)."""
        tasks = [
            *self._tasks,
            *self.presence.pending(),
            *([self._sweeper] if self._sweeper else []),
        ]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks = []
        self.ctx.live.share(None)
        self.ctx.activity.share(None)
        try:
            async with asyncio.timeout(QUERY_TIMEOUT):
                await self._goodbye()
        except Exception as exc:  # noqa: BLE001 - shutting down: the others see it stale
            log.warning("shared presence: could not remove this process's rows (%s)", exc)

    async def _goodbye(self) -> None:
        async with self.ctx.engine.begin() as conn:
            cids = (
                await conn.execute(
                    sa.text(
                        "DELETE FROM activity_states WHERE process_id = :p "
                        "RETURNING conversation_id"
                    ),
                    {"p": self.process_id},
                )
            ).scalars()
            await self.activity.notify_in(conn, set(cids))
            for table in ("desk_sockets", "cluster_processes"):
                await conn.execute(
                    sa.text(f"DELETE FROM {table} WHERE process_id = :p"), {"p": self.process_id}
                )

    def sessions_changed(self) -> None:
        """A session was deleted here: wake every process to close its sockets."""
        self.spawn(self._notify("s"), "shared-notify-sessions")

    def spawn(self, coro: Awaitable[None], name: str) -> None:
        """Run ``coro`` in the background, kept until done (failures are logged there)."""
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        task.set_name(name)
        self.presence.keep(task)

    async def _notify(self, payload: str) -> None:
        try:
            await self.execute("SELECT pg_notify(:c, :m)", c=CHANNEL, m=payload)
        except Exception as exc:  # noqa: BLE001 - the others' periodic checks catch up
            log.warning("shared presence: could not send wake-up %r (%s)", payload, exc)

    # ------------------------------------------------------------------ heartbeat

    async def _beat(self) -> bool:
        """Refresh this process's row; True when it had to be made again (first beat, or
        taken for dead / emptied by a database crash)."""
        rows = await self.execute(
            "INSERT INTO cluster_processes (process_id, pid, started_at, seen_at) "
            f"VALUES (:p, :pid, {NOW}, {NOW}) ON CONFLICT (process_id) DO UPDATE "
            "SET seen_at = excluded.seen_at RETURNING (xmax = 0) AS inserted",
            p=self.process_id,
            pid=os.getpid(),
        )
        return bool(rows[0].inserted)

    async def _heartbeat(self) -> None:
        failing = False
        while True:
            await asyncio.sleep(HEARTBEAT)
            try:
                # Made again here (never in start's first beat): taken for dead meanwhile,
                # emptied by a database restart, or start's beat failed while desks came.
                if await self._beat():
                    log.warning(
                        "shared presence: this process's heartbeat row was gone (taken for "
                        "dead, or the database restarted): publishing its sockets again"
                    )
                    self.presence.republish()
                    self.activity.republish()
                await self.presence.retry()
                if failing:
                    log.info("shared presence: the database answers again")
                failing = False
            except Exception as exc:  # noqa: BLE001 - retried next beat
                if not failing:
                    log.warning("shared presence: heartbeat failed (%s); retrying", exc)
                failing = True

    # ------------------------------------------------------------------ wake-ups

    async def _listen(self) -> None:
        """Forever: a LISTEN connection; on every (re)connect re-read what a lost
        connection may have missed."""
        backoff = 0.5
        while True:
            lost = asyncio.Event()
            conn: Any = None
            try:
                conn = await asyncpg.connect(
                    asyncpg_dsn(self.ctx.settings.database_url),
                    timeout=QUERY_TIMEOUT,
                    server_settings={"application_name": f"{APP_NAME} {self.process_id}"[:63]},
                )
                conn.add_termination_listener(lambda _c, done=lost: done.set())
                await conn.add_listener(CHANNEL, self._on_notify)
                if backoff > 0.5 or self._listening:
                    log.info("shared presence: listening again; re-reading what was missed")
                self._listening = True
                backoff = 0.5
                self.activity.reload_all()
                self._check_sessions.set()
                while not lost.is_set():
                    with contextlib.suppress(TimeoutError):
                        await within(lost.wait(), HEARTBEAT)
                    if not lost.is_set():
                        await conn.fetchval("SELECT 1", timeout=QUERY_TIMEOUT)
                log.warning("shared presence: the LISTEN connection was closed; reconnecting")
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
                log.warning(
                    "shared presence: LISTEN connection failed (%s); retry in %.1f s", exc, backoff
                )
            finally:
                if conn is not None:
                    conn.terminate()
            await asyncio.sleep(backoff)
            backoff = min(BACKOFF_MAX, backoff * 2)

    def _on_notify(self, _conn: object, _pid: int, _channel: str, payload: str) -> None:
        kind, _, rest = payload.partition(":")
        if kind == "s":
            self._check_sessions.set()
        elif kind == "a":
            sender, _, ids = rest.rpartition(":")  # process ids hold colons themselves
            if sender != self.process_id:
                self.activity.remote_changed({int(i) for i in ids.split(",") if i.isdigit()})

    # ------------------------------------------------------------------ revocation

    async def _sessions_loop(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await within(self._check_sessions.wait(), SESSION_CHECK_EVERY)
            self._check_sessions.clear()
            try:
                await self.close_revoked()
            except Exception as exc:  # noqa: BLE001 - checked again at the next wake-up
                log.warning("shared presence: could not check sessions (%s)", exc)

    async def close_revoked(self) -> int:
        """Close this process's sockets whose session row is gone (signed out through
        another process); returns how many sessions were closed."""
        live = self.ctx.live.token_hashes()
        if not live:
            return 0
        query = sa.select(sessions.c.token_hash).where(sessions.c.token_hash.in_(live))
        async with self.ctx.engine.connect() as conn:
            existing = set((await conn.execute(query)).scalars())
        gone = [h for h in live if h not in existing]
        for token_hash in gone:
            closed = self.ctx.live.revoke(token_hash, announce=False)
            log.info("session revoked elsewhere: %d open connection(s) closed here", closed)
        return len(gone)
