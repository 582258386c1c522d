"""Desk presence across the processes of one PostgreSQL centre (``server.core.pg_shared``).

An agent is present while a desk socket of theirs is open on any live process. Each
process publishes its own count per agent in ``desk_sockets`` when it changes between none
and some; ``desk_presence`` holds each agent's state across all processes:

* ``here``: some live process has a socket. Reaching it from ``away`` runs the back hooks,
  in the process whose socket made it so (from ``leaving`` it changes nothing: a desk that
  moved to another process within the grace);
* ``leaving`` since the last socket anywhere closed (or its process died): away at
  ``until`` unless a socket opens;
* ``away``: the away hooks ran.

Every change is decided in a transaction holding the agent's row lock (``FOR UPDATE``), so
two processes never both decide it, and the away hooks run inside that transaction: a desk
opening meanwhile waits for the row and then finds ``away`` and runs the back hooks, in
that order. The sweeper (one process, the singleton ``presence-sweep``) drops the rows of
dead processes, starts the grace of agents left without sockets and makes away those whose
grace ran out. Hooks are idempotent (they read and write under the log's write lock), so
a process dying between its decision and its hooks costs at most a rerun.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

if TYPE_CHECKING:
    from server.core.pg_shared import Hooks, PgShared

log = logging.getLogger(__name__)

NOW = "extract(epoch from clock_timestamp())::float8"
"""The database's clock: every process of a centre judges staleness by the same one."""
SWEEP_EVERY = 1.0
SIGNED_OUT_WINDOW = 15.0
"""After a sign-out, the last socket closing within this many seconds makes the agent away
at once (the session's sockets on other processes close a moment after the sign-out)."""

_LIVE_TOTAL = (
    "SELECT coalesce(sum(s.count), 0) FROM desk_sockets s "
    "LEFT JOIN cluster_processes c ON c.process_id = s.process_id "
    "WHERE s.agent_id = :a AND (s.process_id = :p OR c.seen_at > CAST(:cutoff AS float8))"
)


class SharedPresence:
    """This process's side of presence across processes (module doc)."""

    def __init__(self, shared: PgShared, local_counts: dict[int, int], hooks: Hooks) -> None:
        self.shared = shared
        self._counts = local_counts
        self._hooks = hooks
        self._locks: dict[int, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._dirty: set[int] = set()
        """Agents whose last sync failed (the database was away): retried each heartbeat."""

    def keep(self, task: asyncio.Task[None]) -> None:
        """Hold a background task until it is done (cancelled at stop)."""
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def pending(self) -> list[asyncio.Task[None]]:
        """The background tasks still running (the owner cancels them at stop)."""
        return list(self._tasks)

    def schedule(self, agent_id: int) -> None:
        """Sync the agent in the background (a socket closed; the caller cannot wait)."""
        self.keep(asyncio.create_task(self.sync(agent_id), name=f"presence-sync-{agent_id}"))

    def republish(self) -> None:
        """Publish every agent with sockets here again (this process's rows were lost)."""
        for agent_id in list(self._counts):
            self.schedule(agent_id)

    async def retry(self) -> None:
        """Sync again the agents whose last sync failed."""
        for agent_id in list(self._dirty):
            await self.sync(agent_id)

    def _params(self, agent_id: int) -> dict[str, Any]:
        from server.core.pg_shared import STALE

        return {"a": agent_id, "p": self.shared.process_id, "stale": STALE}

    async def sync(self, agent_id: int) -> None:
        """Publish this process's socket count of the agent (read when the transaction
        runs, so syncs may run in any order) and apply what it changes; the back hooks
        run here when this made the agent present again."""
        lock = self._locks.setdefault(agent_id, asyncio.Lock())
        async with lock:
            try:
                back = await self._sync(agent_id)
            except Exception as exc:  # noqa: BLE001 - retried by the heartbeat
                log.warning("presence of agent %d not published (%s); retrying", agent_id, exc)
                self._dirty.add(agent_id)
                return
            self._dirty.discard(agent_id)
            if back:
                log.info("agent %d: a desk again after being away: back", agent_id)
                await self._hooks(agent_id, True)

    async def _sync(self, agent_id: int) -> bool:
        count = self._counts.get(agent_id, 0)
        params = self._params(agent_id)
        async with self.shared.ctx.engine.begin() as conn:
            if count:
                await conn.execute(
                    sa.text(
                        "INSERT INTO desk_sockets (process_id, agent_id, count) "
                        "VALUES (:p, :a, :n) ON CONFLICT (process_id, agent_id) "
                        "DO UPDATE SET count = excluded.count"
                    ),
                    {**params, "n": count},
                )
            else:
                await conn.execute(
                    sa.text("DELETE FROM desk_sockets WHERE process_id = :p AND agent_id = :a"),
                    params,
                )
            row = await _lock_row(conn, params, "away")
            total = await _total(conn, params, row.now)
            if total > 0:
                if row.state == "here":
                    return False
                await _set(conn, agent_id, "here", None)
                if row.state == "away":
                    # A new start: an old sign-out no longer speeds up the next away.
                    await conn.execute(
                        sa.text(
                            "UPDATE desk_presence SET signed_out_at = NULL WHERE agent_id = :a"
                        ),
                        params,
                    )
                return bool(row.state == "away")
            if row.state == "here":
                await self._leave(conn, agent_id, row)
            return False

    async def _leave(self, conn: AsyncConnection, agent_id: int, row: Any) -> None:
        """No socket left anywhere: away now after a recent sign-out, else the grace."""
        if row.signed_out_at is not None and row.now - row.signed_out_at < SIGNED_OUT_WINDOW:
            await self._away(conn, agent_id)
            return
        grace = self.shared.ctx.settings.presence_grace
        await _set(conn, agent_id, "leaving", row.now + grace)

    async def _away(self, conn: AsyncConnection, agent_id: int) -> None:
        await _set(conn, agent_id, "away", None)
        await self._hooks(agent_id, False)

    async def signed_out(self, agent_id: int, closing: int) -> None:
        """The agent signed out of a session whose ``closing`` sockets here are closing:
        away at once unless a desk of theirs stays open somewhere; else the last of them
        to close makes them away at once (:data:`SIGNED_OUT_WINDOW`)."""
        try:
            await self._signed_out(agent_id, closing)
        except Exception as exc:  # noqa: BLE001 - the sign-out itself is done
            # The session is gone already; its sockets still close, and the last one
            # starts the grace instead (the heartbeat re-syncs the agent).
            log.warning("sign-out of agent %d not shared (%s); the grace applies", agent_id, exc)
            self._dirty.add(agent_id)

    async def _signed_out(self, agent_id: int, closing: int) -> None:
        params = self._params(agent_id)
        lock = self._locks.setdefault(agent_id, asyncio.Lock())
        async with lock, self.shared.ctx.engine.begin() as conn:
            row = await _lock_row(conn, params, "here")
            await conn.execute(
                sa.text(f"UPDATE desk_presence SET signed_out_at = {NOW} WHERE agent_id = :a"),
                params,
            )
            total = await _total(conn, params, row.now) - closing
            if total <= 0 and row.state != "away":
                await self._away(conn, agent_id)

    # ------------------------------------------------------------------ the sweeper

    async def sweep_forever(self) -> None:
        """The singleton ``presence-sweep``: once a second, forever."""
        while True:
            try:
                await self.sweep()
            except Exception as exc:  # noqa: BLE001 - the next round tries again
                log.warning("presence sweep failed (%s)", exc)
            await asyncio.sleep(SWEEP_EVERY)

    async def sweep(self) -> None:
        """Forget dead processes, start the grace of agents without sockets, make away
        the agents whose grace ran out."""
        from server.core.pg_shared import STALE

        async with self.shared.ctx.engine.begin() as conn:
            dead = (
                await conn.execute(
                    sa.text(
                        "DELETE FROM cluster_processes "
                        f"WHERE seen_at < {NOW} - CAST(:stale AS float8) RETURNING process_id"
                    ),
                    {"stale": STALE},
                )
            ).scalars()
            for process_id in dead:
                log.warning("process %s stopped: its desk sockets count as closed", process_id)
            alive = "SELECT process_id FROM cluster_processes"
            await conn.execute(
                sa.text(f"DELETE FROM desk_sockets WHERE process_id NOT IN ({alive})")
            )
            cids = (
                await conn.execute(
                    sa.text(
                        f"DELETE FROM activity_states WHERE process_id NOT IN ({alive}) "
                        "RETURNING conversation_id"
                    )
                )
            ).scalars()
            await self.shared.activity.notify_in(conn, set(cids))
            due = (
                await conn.execute(
                    sa.text(
                        "SELECT agent_id FROM desk_presence p WHERE (state = 'here' AND NOT "
                        "EXISTS (SELECT 1 FROM desk_sockets s WHERE s.agent_id = p.agent_id)) "
                        f"OR (state = 'leaving' AND until <= {NOW})"
                    )
                )
            ).scalars()
            agents = list(due)
        for agent_id in agents:
            await self._settle(agent_id)

    async def _settle(self, agent_id: int) -> None:
        """Decide one agent the sweeper found without sockets or past their grace."""
        params = self._params(agent_id)
        async with self.shared.ctx.engine.begin() as conn:
            row = (
                await conn.execute(
                    sa.text(
                        f"SELECT state, until, signed_out_at, {NOW} AS now FROM desk_presence "
                        "WHERE agent_id = :a FOR UPDATE SKIP LOCKED"
                    ),
                    params,
                )
            ).first()
            if row is None:
                return  # being decided by a sync right now
            if await _total(conn, params, row.now) > 0:
                if row.state == "leaving":
                    await _set(conn, agent_id, "here", None)
                return
            if row.state == "here":
                await self._leave(conn, agent_id, row)
            elif row.state == "leaving" and row.until is not None and row.until <= row.now:
                log.info("agent %d: no desk anywhere for the grace period: away", agent_id)
                await self._away(conn, agent_id)


async def _lock_row(conn: AsyncConnection, params: dict[str, Any], initial: str) -> Any:
    """The agent's presence row, locked (made with state ``initial`` when missing)."""
    await conn.execute(
        sa.text(
            "INSERT INTO desk_presence (agent_id, state) VALUES (:a, :s) "
            "ON CONFLICT (agent_id) DO NOTHING"
        ),
        {**params, "s": initial},
    )
    return (
        await conn.execute(
            sa.text(
                f"SELECT state, until, signed_out_at, {NOW} AS now FROM desk_presence "
                "WHERE agent_id = :a FOR UPDATE"
            ),
            params,
        )
    ).one()


async def _total(conn: AsyncConnection, params: dict[str, Any], now: float) -> int:
    """Open sockets of the agent on live processes (this one always counts as live)."""
    query = sa.text(_LIVE_TOTAL)
    cutoff = now - params["stale"]
    return int(
        (await conn.execute(query, {"a": params["a"], "p": params["p"], "cutoff": cutoff})).scalar()
        or 0
    )


async def _set(conn: AsyncConnection, agent_id: int, state: str, until: float | None) -> None:
    await conn.execute(
        sa.text("UPDATE desk_presence SET state = :s, until = :u WHERE agent_id = :a"),
        {"a": agent_id, "s": state, "u": until},
    )
