"""What the end-to-end latency benches share: the desk that times bench messages, and
the percentile lines they print.

Each bench (``sync_latency``, ``email_latency``, ``chat_latency``) sends customer
messages whose bodies start with :data:`MARK` and their wall-clock send time, and runs a
real desk sync engine whose cache notes when each one committed; one copy here keeps the
three measuring the same thing the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path

from desktop.models.changes import Changes
from desktop.store.cache import Cache
from desktop.sync.auth import sign_in
from desktop.sync.engine import SyncEngine
from protocol.entities import MessageData
from protocol.frames import Event

MARK = "bench-sent-at:"
"""A bench message's body starts with this and its send time (``time.time()``)."""


def marked(text: str) -> str:
    """``text`` stamped with the send time now (the latency starts here)."""
    return f"{MARK}{time.time():.6f} {text}"


class TimedCache(Cache):
    """A cache that notes when each bench message's transaction committed."""

    def __init__(self, path: Path, expected: int) -> None:
        super().__init__(path)
        self.latencies: list[float] = []
        self.expected = expected
        self.all_in = asyncio.Event()

    async def apply_events(self, events: Sequence[Event], upto: int) -> Changes:
        changes = await super().apply_events(events, upto)
        now = time.time()
        for event in events:
            data = event.data
            if isinstance(data, MessageData) and data.body.startswith(MARK):
                sent = float(data.body[len(MARK) :].split(" ", 1)[0])
                self.latencies.append(now - sent)
        if len(self.latencies) >= self.expected:
            self.all_in.set()
        return changes


@contextlib.asynccontextmanager
async def timed_desk(url: str, cache_file: Path, expected: int) -> AsyncIterator[TimedCache]:
    """agent01's desk syncing into a :class:`TimedCache`, caught up before it is yielded
    (so earlier events are not timed), stopped and closed after."""
    session = await sign_in(url, "agent01", "demo")
    cache = TimedCache(cache_file, expected)
    cache.open()
    engine = SyncEngine(cache, session.ws_url, session.token)
    task = asyncio.create_task(engine.run())
    try:
        await engine.wait_idle()
        yield cache
    finally:
        engine.stop()
        await asyncio.gather(task, return_exceptions=True)
        cache.close()


async def wait_all_in(cache: TimedCache, timeout: float) -> None:
    """Wait until every expected message came in, or ``timeout`` s (then report what did)."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(cache.all_in.wait(), timeout)


def percentiles(samples: Sequence[float], points: Sequence[int]) -> str:
    """``p50 1.2  p99 3.4`` for ``points`` of ``samples`` (at least two samples)."""
    q = statistics.quantiles(sorted(samples), n=100)
    return "  ".join(f"p{p} {q[p - 1]:.1f}" for p in points)


def latency_line(latencies: Sequence[float], points: Sequence[int]) -> str:
    """The report line of ``latencies`` (seconds) in ms, with ``points`` and the max."""
    ms = sorted(x * 1000 for x in latencies)
    return f"latency ms: {percentiles(ms, points)}  max {ms[-1]:.1f}"
