"""Python's cyclic garbage collector, run only on the Qt thread."""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

GC_INTERVAL_MS = 10_000
"""How often the Qt thread collects young reference cycles."""
SLOW_GC_MS = 30.0
FULL_GC_EVERY = 6


def collect_on_the_ui_thread(app: QObject, interval_ms: int = GC_INTERVAL_MS) -> QTimer:
    """Run Python's cyclic garbage collector only here, on the Qt thread.

    Left automatic, it runs on whichever thread allocates when a threshold is crossed,
    often the cache writer or a worker of ``asyncio.to_thread``; a Qt object in a reference
    cycle then dies on that thread and the process crashes (seen in the test suite as a
    segfault "Garbage-collecting" in the writer thread). Anki does the same for the same
    reason. Reference counting still frees everything else at once."""
    ticks = 0

    def collect() -> None:
        # Young generations every tick (a few ms); everything once a minute. Start-up
        # objects are frozen after the first full pass, so full passes skip them.
        nonlocal ticks
        ticks += 1
        full = ticks % FULL_GC_EVERY == 1
        started = time.perf_counter()
        found = gc.collect() if full else gc.collect(1)
        if ticks == 1:
            gc.freeze()
        took = (time.perf_counter() - started) * 1000
        if took > SLOW_GC_MS:
            log.info("garbage collection took %.0f ms (%d objects)", took, found)

    gc.disable()
    timer = QTimer(app)
    timer.setObjectName("gcTimer")
    timer.setInterval(interval_ms)
    timer.timeout.connect(collect)
    timer.start()
    return timer
