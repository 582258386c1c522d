"""The live fan-out: an in-memory ring of the newest events and a wake-up per connection.

Writers publish under the write gate right after commit, so the ring's order is the commit
order and seqs in it are contiguous. Connection writers read from the ring while it still
covers their position and fall back to the database otherwise; a slow desk therefore
never holds memory hostage and a fast one never touches the disk.

This is the in-process half of :class:`server.core.sqlite_log.SqliteEventLog`; a
multi-process log (PostgreSQL, LISTEN/NOTIFY) would wake its connections the same way.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from server.core.visibility import SUPERVISORS_ONLY, Viewer

RING_CAPACITY = 20_000


@dataclass(frozen=True, slots=True)
class HubEvent:
    """A committed event, its visibility scope and its prebuilt ``Event`` JSON text."""

    seq: int
    queue_id: int | None
    agent_id: int | None
    json: str
    kind: str = ""
    """The entity kind, for in-process readers that care about some kinds only (routing)."""


class Hub:
    """Latest seq, retention floor, the ring and the waiters of one server instance."""

    def __init__(
        self, latest_seq: int, first_retained_seq: int, capacity: int = RING_CAPACITY
    ) -> None:
        self.write_gate = asyncio.Lock()
        """Serialises every write transaction so seq order equals commit order."""
        self.latest_seq = latest_seq
        self.first_retained_seq = first_retained_seq
        self._ring: deque[HubEvent] = deque(maxlen=capacity)
        self._drop_pending = False
        """Empty the ring after the next publish (:meth:`drop_ring`)."""
        self._waiters: dict[asyncio.Event, Viewer | None] = {}
        self._everything: set[asyncio.Event] = set()
        """Waiters woken by every publish (no viewer: routing)."""
        self._everyone: set[asyncio.Event] = set()
        """Waiters of every viewer (woken by unscoped events)."""
        self._supervisors: set[asyncio.Event] = set()
        self._by_agent: dict[int, set[asyncio.Event]] = {}
        self._by_queue: dict[int, set[asyncio.Event]] = {}

    def publish(self, events: Iterable[HubEvent]) -> None:
        """Append committed events (call under the write gate) and wake the connections
        that may see at least one of them (``Viewer.sees``), and every viewer-less waiter.
        A connection not woken catches up on its next wake or heartbeat from the ring."""
        last = self.latest_seq
        wake: set[asyncio.Event] = set()
        for event in events:
            self._ring.append(event)
            last = event.seq
            wake |= self._audience(event)
        if self._drop_pending:
            self._ring.clear()
            self._drop_pending = False
        if last != self.latest_seq:
            self.latest_seq = last
            for waiter in wake | self._everything:
                waiter.set()

    def _audience(self, event: HubEvent) -> set[asyncio.Event]:
        """The waiters whose viewer sees ``event`` (mirrors :meth:`Viewer.sees`)."""
        if event.agent_id is not None:
            return self._by_agent.get(event.agent_id, set())
        if event.queue_id == SUPERVISORS_ONLY:
            return self._supervisors
        if event.queue_id is not None:
            return self._supervisors | self._by_queue.get(event.queue_id, set())
        return self._everyone

    def subscribe(self, viewer: Viewer | None = None) -> asyncio.Event:
        """A wake-up flag set when a publish holds an event ``viewer`` may see (every
        publish without a viewer); the caller clears it."""
        waiter = asyncio.Event()
        self._waiters[waiter] = viewer
        if viewer is None:
            self._everything.add(waiter)
            return waiter
        self._everyone.add(waiter)
        self._by_agent.setdefault(viewer.agent_id, set()).add(waiter)
        if viewer.supervisor:
            self._supervisors.add(waiter)
        for queue_id in viewer.queue_ids:
            self._by_queue.setdefault(queue_id, set()).add(waiter)
        return waiter

    def unsubscribe(self, waiter: asyncio.Event) -> None:
        """Forget a connection's wake-up flag."""
        viewer = self._waiters.pop(waiter, None)
        self._everything.discard(waiter)
        self._everyone.discard(waiter)
        self._supervisors.discard(waiter)
        if viewer is None:
            return
        _forget(self._by_agent, viewer.agent_id, waiter)
        for queue_id in viewer.queue_ids:
            _forget(self._by_queue, queue_id, waiter)

    def drop_ring(self) -> None:
        """Forget every event held in memory (call under the write gate, inside the write
        that rewrites the log: GDPR erase, retention): the ring may hold payloads the
        database no longer has. It is emptied now and again right after the next publish,
        because writes group-committed with the rewrite publish their events (which the
        rewrite may have deleted from the database) after it. Readers fall back to the
        database until later publishes refill the ring."""
        self._ring.clear()
        self._drop_pending = True

    def ring_after(self, after_seq: int, limit: int) -> list[HubEvent] | None:
        """Up to ``limit`` events after ``after_seq`` from memory, or ``None`` when the ring
        no longer (or not yet) covers that position and the caller must read the database."""
        if after_seq >= self.latest_seq:
            return []
        if not self._ring or self._ring[0].seq > after_seq + 1:
            return None
        start = after_seq + 1 - self._ring[0].seq
        end = min(start + limit, len(self._ring))
        return [self._ring[i] for i in range(start, end)]


def _forget(index: dict[int, set[asyncio.Event]], key: int, waiter: asyncio.Event) -> None:
    found = index.get(key)
    if found is not None:
        found.discard(waiter)
        if not found:
            del index[key]
