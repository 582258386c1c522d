"""``within``: a deadline that never loses a cancellation (3.11's ``wait_for`` can)."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Awaitable, Callable

import pytest

from server.core.waiting import within

Waiter = Callable[[Awaitable[bool], float], Awaitable[bool]]


async def _loop_until_cancelled(wait: Waiter, wake: asyncio.Event, rounds: list[int]) -> None:
    """A background loop like routing's or the tail's: woken by an event, or a tick."""
    while True:
        rounds.append(1)
        with contextlib.suppress(TimeoutError):
            await wait(wake.wait(), 30.0)
        wake.clear()


async def _cancel_as_it_wakes(wait: Waiter) -> bool:
    """Whether the loop ended when cancelled in the same loop step as its wake-up."""
    wake = asyncio.Event()
    rounds: list[int] = []
    task = asyncio.create_task(_loop_until_cancelled(wait, wake, rounds))
    await asyncio.sleep(0)  # one loop step, not a delay: the task starts and waits
    wake.set()
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=0.5)
    if not done:
        task.cancel()  # the stand-in for SIGKILL: a second cancel
        await asyncio.gather(task, return_exceptions=True)
    return bool(done)


@pytest.mark.asyncio
async def test_a_loop_cancelled_as_it_wakes_ends() -> None:
    assert await _cancel_as_it_wakes(within)


@pytest.mark.asyncio
@pytest.mark.skipif(sys.version_info >= (3, 12), reason="3.12's wait_for keeps the cancel")
async def test_the_flaw_it_avoids_is_real_on_this_python() -> None:
    # The same loop with asyncio.wait_for goes on after its cancel(): the shutdown hang.
    assert not await _cancel_as_it_wakes(asyncio.wait_for)


@pytest.mark.asyncio
async def test_the_deadline_still_raises_and_results_pass_through() -> None:
    with pytest.raises(TimeoutError):
        await within(asyncio.Event().wait(), 0.01)
    assert await within(asyncio.sleep(0, result="done"), 1.0) == "done"
