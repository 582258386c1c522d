"""The composition root's bundle: settings, engine, hub and epoch of one server instance.

Passed explicitly to every handler (through ``app.state``) instead of living in globals,
so tests and the embedded desk can run more than one server per process.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from server import eventlog
from server.config import Settings
from server.eventlog import Draft
from server.hub import Hub

T = TypeVar("T")
log = logging.getLogger(__name__)

Work = Callable[[AsyncConnection], Awaitable[tuple[T, list[Draft]]]]


@dataclass
class ServerContext:
    """Everything a request handler needs; built once by :func:`server.app.create_app`."""

    settings: Settings
    engine: AsyncEngine
    hub: Hub
    epoch: str

    async def write(self, work: Work[T]) -> tuple[T, int]:
        """Run ``work`` in one transaction under the write gate, append the events it
        returns in that same transaction, then publish them to live connections.

        Holding the gate across commit and publish is what makes seq order equal commit
        order: a desk can never see seq 11 before seq 10 exists. Returns the work's result
        and the seq of its last event (the current latest seq if it appended none).
        """
        async with self.hub.write_gate:
            async with self.engine.begin() as conn:
                result, drafts = await work(conn)
                published = await eventlog.append(conn, self.hub, drafts)
            self.hub.publish(published)
            last_seq = published[-1].seq if published else self.hub.latest_seq
            await self._compact_locked(eager=False)
        return result, last_seq

    async def compact(self) -> int:
        """Apply ``retain_events`` now; returns how many events were deleted."""
        async with self.hub.write_gate:
            return await self._compact_locked(eager=True)

    async def _compact_locked(self, *, eager: bool) -> int:
        retain = self.settings.retain_events
        if retain is None:
            return 0
        # Batch deletions: compact once the log has grown by a tenth beyond the limit.
        slack = 0 if eager else max(1, retain // 10)
        if self.hub.latest_seq - retain < self.hub.first_retained_seq + slack - 1:
            return 0
        deleted = await eventlog.compact(self.engine, self.hub, retain)
        if deleted:
            log.info(
                "compacted %d events; first retained seq is now %d",
                deleted,
                self.hub.first_retained_seq,
            )
        return deleted
