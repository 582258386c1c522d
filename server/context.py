"""The composition root's bundle: settings, engine, hub and epoch of one server instance.

Passed explicitly to every handler (through ``app.state``) instead of living in globals,
so tests and the embedded desk can run more than one server per process.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from server import eventlog
from server.config import Settings
from server.eventlog import Draft
from server.hub import Hub, HubEvent
from server.live_sessions import LiveSessions

T = TypeVar("T")
log = logging.getLogger(__name__)

GROUP_LIMIT = 64
"""Most writes that share one group-commit transaction."""

Work = Callable[[AsyncConnection], Awaitable[tuple[T, list[Draft]]]]


@dataclass
class ServerContext:
    """Everything a request handler needs; built once by :func:`server.app.create_app`."""

    settings: Settings
    engine: AsyncEngine
    hub: Hub
    epoch: str
    live: LiveSessions = field(default_factory=LiveSessions)
    secret: bytes = b""
    """This database's secret (made on first start, kept in ``meta``): signs the
    conversation tokens the intake API hands to customers' channels."""

    _queue: list[tuple[Work[Any], asyncio.Future[tuple[Any, int]]]] = field(default_factory=list)
    _drainer: asyncio.Task[None] | None = None

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
            while self._queue:
                batch = self._queue[:GROUP_LIMIT]
                del self._queue[:GROUP_LIMIT]
                try:
                    outcomes = await self._commit(batch)
                except Exception:  # noqa: BLE001 - isolate the failing write below
                    outcomes = []
                    for item in batch:
                        try:
                            outcomes += await self._commit([item])
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
                await self._compact_locked(eager=False)

    async def _commit(
        self, batch: list[tuple[Work[Any], asyncio.Future[tuple[Any, int]]]]
    ) -> list[tuple[asyncio.Future[tuple[Any, int]], BaseException | None, tuple[Any, int] | None]]:
        """One transaction for ``batch``; publishes its events after the commit."""
        done: list[tuple[asyncio.Future[tuple[Any, int]], Any, int]] = []
        published: list[HubEvent] = []
        last = self.hub.latest_seq
        async with self.engine.begin() as conn:
            for work, future in batch:
                result, drafts = await work(conn)
                events = await eventlog.append(conn, self.hub, drafts, after_seq=last)
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
