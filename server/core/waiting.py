"""Waiting with a deadline that never swallows a cancellation.

On Python 3.11, ``asyncio.wait_for`` returns the result when the awaited thing finishes
in the same loop step as the waiting task is cancelled, and the cancellation is lost. A
background loop woken often (the log's tail, NOTIFY wake-ups, routing after every event)
then goes round once more, and again, and its ``cancel()`` at shutdown never ends it:
seen as a PostgreSQL server that waited for its application shutdown until it was killed.
``asyncio.timeout`` has no such window (3.12's ``wait_for`` is built on it).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


async def within(awaitable: Awaitable[T], seconds: float | None) -> T:
    """``await awaitable``, cancelled with ``TimeoutError`` after ``seconds`` (None: no
    limit): ``asyncio.wait_for`` (same arguments) without its lost cancellations."""
    async with asyncio.timeout(seconds):
        return await awaitable
