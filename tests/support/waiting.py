"""Wait for a condition with a deadline instead of sleeping a guessed time.

Both helpers poll ``predicate`` until it returns something truthy and return that value,
or raise :class:`TimeoutError` with ``message`` when the deadline passes. The short pause
between polls is a scheduling courtesy, never an assertion that "enough time passed".
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(
    predicate: Callable[[], T], timeout: float = 10.0, interval: float = 0.01, message: str = ""
) -> T:
    """Poll ``predicate`` (blocking) until truthy; returns its value."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()  # never set: its wait() is an interruptible poll pause
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(message or f"condition not met within {timeout} s")
        pause.wait(interval)


async def wait_until_async(
    predicate: Callable[[], T | Awaitable[T]],
    timeout: float = 10.0,
    interval: float = 0.01,
    message: str = "",
) -> T:
    """Poll ``predicate`` (plain or async) on the event loop until truthy."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if isinstance(value, Awaitable):
            value = await value
        if value:
            return value
        if time.monotonic() >= deadline:
            raise TimeoutError(message or f"condition not met within {timeout} s")
        await asyncio.sleep(interval)
