"""The composition root's bundle: settings, engine, event log, registry and epoch of one
server instance.

Passed explicitly to every handler (through ``app.state``) instead of living in globals,
so tests and the embedded desk can run more than one server per process.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine

from server.core.activity import ActivityBoard
from server.core.cluster import Cluster, LocalCluster
from server.core.connections import AgentConnections
from server.core.eventlog import EventLog, Work
from server.core.lines import LineControl
from server.core.live_sessions import LiveSessions
from server.core.registry import Registry
from server.core.settings import Settings

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class ServerContext:
    """Everything a request handler needs; built once by :func:`server.app.start_context`."""

    settings: Settings
    engine: AsyncEngine
    events: EventLog
    """Seq allocation, the write gate, live fan-out, catch-up and compaction."""
    epoch: str
    registry: Registry
    """The domains' kinds, mutation and command handlers and routers."""
    live: LiveSessions = field(default_factory=LiveSessions)
    agents: AgentConnections = field(default_factory=AgentConnections)
    """Who has a desk connected; runs the domains' back/away hooks (presence)."""
    activity: ActivityBoard = field(default_factory=ActivityBoard)
    """Who is viewing or typing where (ephemeral, in memory; ``server.core.activity``)."""
    lines: dict[str, LineControl] = field(default_factory=dict)
    """Telephony adapters with line control, by provider name (``server.core.lines``)."""
    cluster: Cluster = field(default_factory=LocalCluster)
    """The other processes on the same database: singleton jobs and shared ephemera
    (``server.core.cluster``)."""
    secret: bytes = b""
    """This database's secret (made on first start, kept in ``meta``): signs the
    conversation tokens the intake API hands to customers' channels."""

    async def write(self, work: Work[T]) -> tuple[T, int]:
        """Run ``work`` in one transaction with the events it returns, under the write gate
        (group-committed with concurrent writes); its result and the seq of its last event.
        See :meth:`server.core.eventlog.EventLog.write`."""
        return await self.events.write(work)

    async def compact(self) -> int:
        """Apply ``retain_events`` now; returns how many events were deleted."""
        return await self.events.compact()
