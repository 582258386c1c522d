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

RING_CAPACITY = 20_000


@dataclass(frozen=True, slots=True)
class HubEvent:
    """A committed event, its visibility scope and its prebuilt ``Event`` JSON text."""

    seq: int
    queue_id: int | None
    agent_id: int | None
    json: str


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
        self._waiters: set[asyncio.Event] = set()

    def publish(self, events: Iterable[HubEvent]) -> None:
        """Append committed events (call under the write gate) and wake every connection."""
        last = self.latest_seq
        for event in events:
            self._ring.append(event)
            last = event.seq
        if last != self.latest_seq:
            self.latest_seq = last
            for waiter in self._waiters:
                waiter.set()

    def subscribe(self) -> asyncio.Event:
        """A wake-up flag set on every publish; the caller clears it."""
        waiter = asyncio.Event()
        self._waiters.add(waiter)
        return waiter

    def unsubscribe(self, waiter: asyncio.Event) -> None:
        """Forget a connection's wake-up flag."""
        self._waiters.discard(waiter)

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
