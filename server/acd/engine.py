"""The routing engine: runs a round (:mod:`server.acd.rounds`) whenever the event log
moves (a contact arrived, an agent became available, a call ended) or a deadline comes (an
offer's timeout, the end of after-call work, a callback due, a waiting contact widening).

One engine per server process, started by the composition root. Rounds go through the
write gate like every write, so they are ordered with the agents' commands. A round's own
events wake the engine once more; that round finds nothing to do and writes nothing, so
the engine then sleeps.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncConnection

from server.acd.rounds import RoundResult, run_round
from server.core.context import ServerContext
from server.core.eventlog import Draft, events_since
from server.core.waiting import within

log = logging.getLogger(__name__)
IDLE_TICK = 5.0
"""Longest sleep between rounds when nothing is due (a safety net, not a schedule)."""
LOG_EVERY = 60.0
ROUTING_KINDS = frozenset(
    {"conversation", "call", "presence", "offer", "callback", "queue_routing", "routing_profile"}
)
"""Kinds whose events can change what routing would decide."""
ROUND_GAP = 0.01
"""Shortest time between two rounds: under load, the writes of 10 ms (arrivals, accepts,
replies) share one round instead of each paying for a full one."""


@dataclass
class RoutingStats:
    """What the engine has done since start (the routing benchmark reads it)."""

    rounds: int = 0
    offers: int = 0
    round_seconds: float = 0.0
    decision_seconds: float = 0.0
    failures: int = 0
    phases: dict[str, float] = field(default_factory=dict)
    logged_at: float = 0.0


class RoutingEngine:
    """Rounds on wake-ups and deadlines for one server."""

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self.started_at = time.time()
        self.stats = RoutingStats()
        self._own: range = range(0)
        """The seqs of the last round's own events (they never call for another round)."""
        self._checked = 0
        """The seq up to which the log has been looked at for events that matter."""

    def _something_changed(self) -> bool:
        """Whether the log moved, since last looked, by events that can change a routing
        decision (not the last round's own, not messages or knowledge). When the ring no
        longer covers the gap, assume it did."""
        self._checked, fresh = events_since(self.ctx.events, self._checked)
        if fresh is None:
            return True
        return any(e.kind in ROUTING_KINDS and e.seq not in self._own for e in fresh)

    async def round(self) -> RoundResult:
        """Run one round now; its result."""
        begun = time.perf_counter()
        made = 0

        async def work(conn: AsyncConnection) -> tuple[RoundResult, list[Draft]]:
            nonlocal made
            result, drafts = await run_round(conn, time.time(), self.started_at)
            made = len(drafts)
            return result, drafts

        result, last = await self.ctx.write(work)
        self._own = range(last - made + 1, last + 1) if made else range(0)
        self.stats.rounds += 1
        self.stats.offers += result.offers
        self.stats.round_seconds += time.perf_counter() - begun
        self.stats.decision_seconds += result.decisions_seconds
        for phase, spent in result.phases.items():
            self.stats.phases[phase] = self.stats.phases.get(phase, 0.0) + spent
        self._log_now_and_then()
        return result

    def _log_now_and_then(self) -> None:
        """One line a minute (when routing did anything): what rounds cost, by part."""
        stats, now = self.stats, time.monotonic()
        if now - stats.logged_at < LOG_EVERY or stats.rounds == 0:
            return
        stats.logged_at = now
        parts = ", ".join(f"{k} {v * 1000 / stats.rounds:.1f}" for k, v in stats.phases.items())
        log.info(
            "routing: %d rounds, %d offers, %.1f ms per round (%s), %.2f ms deciding per offer",
            stats.rounds,
            stats.offers,
            stats.round_seconds * 1000 / stats.rounds,
            parts,
            stats.decision_seconds * 1000 / max(1, stats.offers),
        )

    async def run(self) -> None:
        """Forever: a round, then sleep until events that matter arrive or the next
        deadline comes. A round's own events (its offers, the presence it set) do not call
        for another round; everything else that could change a decision does."""
        events = self.ctx.events
        waiter = events.subscribe()
        self._checked = events.latest_seq
        try:
            while True:
                waiter.clear()
                try:
                    result = await self.round()
                    deadline = result.next_deadline
                except Exception:
                    # A failing round must not stop routing: log it, wait a moment, retry.
                    self.stats.failures += 1
                    log.exception("routing round failed")
                    deadline = time.time() + 1.0
                while True:
                    remaining = IDLE_TICK if deadline is None else deadline - time.time()
                    if remaining <= 0:
                        break  # a deadline came
                    try:
                        await within(waiter.wait(), min(remaining, IDLE_TICK))
                    except TimeoutError:
                        break  # a deadline, or the idle tick (a safety net)
                    waiter.clear()
                    if self._something_changed():
                        break
                await asyncio.sleep(ROUND_GAP)
        finally:
            events.unsubscribe(waiter)
