"""Which agents have a desk connected, and the hooks domains run when one comes or goes.

An agent is *present* while at least one of their websockets is open. When the last one
closes, a grace period (``Settings.presence_grace``) starts: a desk that reconnects within
it (a network blip, a restart) changes nothing; one that stays away makes the agent
*away*, and every domain's ``on_agent_away`` hook runs (presence turns them offline for
routing). Signing out makes them away at once. When an agent who was away connects again,
every ``on_agent_back`` hook runs (presence restores the state before). Domains never see
sockets, only agent ids; the timers live here so several servers in one process never
share them.

On PostgreSQL (several processes, ``ctx.settings.on_postgres``) presence is decided across
all of them: an agent is present while a desk socket is open on any live process, the
grace starts when the last one anywhere closes (or its process dies), and the hooks run
once, in one process (``server.core.pg_shared_presence``). This object then only counts
this process's sockets and hands the decisions over; :meth:`AgentConnections.start`
(called by the composition root, else by the first desk) starts the shared part.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from server.core import cluster_tables as _cluster_tables

if TYPE_CHECKING:
    from server.core.context import ServerContext

log = logging.getLogger(__name__)
_ = _cluster_tables  # the shared presence tables join the metadata with the core


class AgentConnections:
    """Open websockets per agent and the grace timers of agents who just left."""

    def __init__(self) -> None:
        self._open: dict[int, int] = {}
        self._grace: dict[int, asyncio.Task[None]] = {}
        self._away: set[int] = set()
        """Agents made away (signed out, grace passed) whose back hooks have not run."""
        self._shared: Any = None
        """``server.core.pg_shared.PgShared`` on PostgreSQL once started, else None."""

    @property
    def shared(self) -> Any:
        """The shared ephemera of this process (PostgreSQL), or None."""
        return self._shared

    async def start(self, ctx: ServerContext) -> None:
        """On PostgreSQL, join the other processes' presence, activity and revocations
        (idempotent; nothing on SQLite). Before any desk is served, ideally: a process
        with no desk still shares its web chat customers' typing and hears sign-outs."""
        # getattr: unit tests drive this with a bare settings stand-in (SQLite behaviour).
        if self._shared is not None or not getattr(ctx.settings, "on_postgres", False):
            return
        from server.core.pg_shared import PgShared

        async def hooks(agent_id: int, back: bool) -> None:
            await _run(ctx, agent_id, back=back)

        self._shared = PgShared(ctx, self._open, hooks)
        await self._shared.start()

    def is_present(self, agent_id: int) -> bool:
        """Whether the agent has an open websocket now (in this process)."""
        return self._open.get(agent_id, 0) > 0

    async def opened(self, ctx: ServerContext, agent_id: int) -> None:
        """A websocket of the agent was accepted. The first one cancels a pending grace
        (nothing changed) or, when none was pending, runs the domains' back hooks."""
        await self.start(ctx)
        self._open[agent_id] = self._open.get(agent_id, 0) + 1
        if self._shared is not None:
            if self._open[agent_id] == 1:
                await self._shared.presence.sync(agent_id)
            return
        if self._open[agent_id] > 1:
            return
        pending = self._grace.pop(agent_id, None)
        if pending is not None:
            pending.cancel()
            return
        # Also on the first connection since this server started: presence kept from
        # before a restart is restored the same way.
        self._away.discard(agent_id)
        await _run(ctx, agent_id, back=True)

    def closed(self, ctx: ServerContext, agent_id: int) -> None:
        """A websocket of the agent closed; the last one starts the grace period."""
        left = self._open.get(agent_id, 0) - 1
        if left > 0:
            self._open[agent_id] = left
            return
        self._open.pop(agent_id, None)
        if self._shared is not None:
            self._shared.presence.schedule(agent_id)
            return
        # Signed out already (the sign-out closes the sockets after making them away).
        if agent_id not in self._grace and agent_id not in self._away:
            self._grace[agent_id] = asyncio.create_task(
                self._away_after_grace(ctx, agent_id), name=f"presence-grace-{agent_id}"
            )

    async def signed_out(self, ctx: ServerContext, agent_id: int, closing: int = 0) -> None:
        """The agent signed out of one session whose ``closing`` websockets are being
        closed: away at once (a pending grace is no longer needed), unless another of their
        desks is still connected (signing out of the laptop keeps the desktop's presence)."""
        await self.start(ctx)
        if self._shared is not None:
            self._shared.sessions_changed()
            await self._shared.presence.signed_out(agent_id, closing)
            return
        if self._open.get(agent_id, 0) - closing > 0:
            return
        pending = self._grace.pop(agent_id, None)
        if pending is not None:
            pending.cancel()
        self._away.add(agent_id)
        await _run(ctx, agent_id, back=False)

    async def stop(self) -> None:
        """Cancel every grace timer (server shutdown: the next start sees who connects);
        on PostgreSQL leave the other processes (this one's sockets count as closed)."""
        shared, self._shared = self._shared, None
        if shared is not None:
            await shared.stop()
        tasks = list(self._grace.values())
        self._grace.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _away_after_grace(self, ctx: ServerContext, agent_id: int) -> None:
        await asyncio.sleep(ctx.settings.presence_grace)
        self._grace.pop(agent_id, None)
        self._away.add(agent_id)
        await _run(ctx, agent_id, back=False)


async def _run(ctx: ServerContext, agent_id: int, *, back: bool) -> None:
    hooks = ctx.registry.agent_back if back else ctx.registry.agent_away
    for hook in hooks:
        try:
            await hook(ctx, agent_id)
        except Exception:
            # One domain's failure must not stop the others' hooks or the connection: it is
            # logged with its traceback; the agent keeps working, and that domain's state
            # (e.g. presence) stays as it was until the next connect or disconnect.
            log.exception("agent %s hook failed for agent %d", "back" if back else "away", agent_id)
