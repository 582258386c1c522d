"""The daily retention job's schedule, without waiting a day or sleeping: the job runs in
this process on a real server context and a real SQLite file, with a ``sleep`` the test
releases itself. It runs once at start, then asks to wait exactly a day, runs again only
when that wait ends, and a failed run (an unreadable setting) is logged and followed by
the next one as usual. (That the server starts the job at all is tested against the
real server in ``test_privacy_retention.py``.)"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
import sqlalchemy as sa

from protocol.customer360 import RetentionSettings
from server.app import start_context
from server.core import tables as house
from server.core.context import ServerContext
from server.core.settings import Settings
from server.customer360 import redact, retention
from server.db.engine import set_meta
from server.domains.conversations import tables as ct
from tests.support import db

DAY = 86_400.0
WAIT = 30.0
"""How long the test waits for the job to reach its next sleep (it takes milliseconds)."""


class Clock:
    """The job's ``sleep``: each call is queued with a future the test completes to end
    that wait, so the test decides when "a day" has passed."""

    def __init__(self) -> None:
        self.waits: asyncio.Queue[tuple[float, asyncio.Future[None]]] = asyncio.Queue()

    async def sleep(self, seconds: float) -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.waits.put_nowait((seconds, done))
        await done

    async def next_wait(self) -> tuple[float, asyncio.Future[None]]:
        """The job's next wait (it has finished a run when it asks)."""
        return await asyncio.wait_for(self.waits.get(), WAIT)


@pytest_asyncio.fixture
async def ctx(tmp_path: Path) -> AsyncIterator[ServerContext]:
    context = await start_context(
        Settings(**db.settings_db_kwargs(tmp_path / "retention.sqlite"), demo=True)
    )
    yield context
    await context.engine.dispose()


async def _conversations(ctx: ServerContext, count: int) -> list[int]:
    """``count`` demo conversations with messages, made open (nothing due yet)."""
    m, cv = ct.messages.c, ct.conversations
    async with ctx.engine.begin() as conn:
        ids = [
            int(r[0])
            for r in await conn.execute(
                sa.select(m.conversation_id).distinct().order_by(m.conversation_id).limit(count)
            )
        ]
        await conn.execute(sa.update(cv).where(cv.c.id.in_(ids)).values(status="open"))
    assert len(ids) == count
    return ids


async def _age(ctx: ServerContext, conversation_id: int) -> None:
    """Resolve the conversation 40 days ago (due under a 30-day setting)."""
    cv = ct.conversations
    async with ctx.engine.begin() as conn:
        await conn.execute(
            sa.update(cv)
            .where(cv.c.id == conversation_id)
            .values(status="resolved", updated_at=time.time() - 40 * DAY)
        )


async def _redacted(ctx: ServerContext, conversation_id: int) -> bool:
    m = ct.messages.c
    async with ctx.engine.connect() as conn:
        bodies = {
            str(r[0])
            for r in await conn.execute(
                sa.select(m.body).where(m.conversation_id == conversation_id)
            )
        }
    assert bodies, conversation_id
    return bodies == {redact.ERASED_TEXT}


async def _server_runs(ctx: ServerContext) -> int:
    """How many retention runs the server itself (no actor) has audited."""
    a = house.audit_log.c
    async with ctx.engine.connect() as conn:
        found = await conn.execute(
            sa.select(sa.func.count()).where(a.action == "retention.run", a.actor_id.is_(None))
        )
        return int(found.scalar() or 0)


@pytest.mark.asyncio
async def test_the_job_runs_at_start_then_once_per_day_and_survives_a_failed_run(
    ctx: ServerContext, caplog: pytest.LogCaptureFixture
) -> None:
    first, second, third = await _conversations(ctx, 3)
    async with ctx.engine.connect() as conn:
        boss = (
            await conn.execute(
                sa.select(house.agents.c.id).where(house.agents.c.username == "supervisor01")
            )
        ).scalar_one()
    await retention.change(ctx, boss, RetentionSettings(closed_conversation_days=30))
    await _age(ctx, first)
    clock = Clock()
    job = asyncio.create_task(retention.run_daily(ctx, sleep=clock.sleep))
    try:
        seconds, day_one = await clock.next_wait()
        assert seconds == DAY == retention.RUN_EVERY
        assert await _redacted(ctx, first)  # the run at start
        assert await _server_runs(ctx) == 1

        await _age(ctx, second)
        assert not await _redacted(ctx, second)  # nothing runs while the day lasts
        assert await _server_runs(ctx) == 1
        day_one.set_result(None)
        seconds, day_two = await clock.next_wait()
        assert seconds == DAY
        assert await _redacted(ctx, second)
        assert await _server_runs(ctx) == 2

        async with ctx.engine.begin() as conn:  # a setting the run cannot read
            await set_meta(conn, retention.META_KEY, "thirty")
        await _age(ctx, third)
        with caplog.at_level(logging.ERROR, logger=retention.__name__):
            day_two.set_result(None)
            seconds, day_three = await clock.next_wait()
        assert seconds == DAY  # the job goes on after a failure
        assert "retention run failed" in caplog.text
        assert not await _redacted(ctx, third)
        assert await _server_runs(ctx) == 2  # a failed run writes nothing, not even its audit

        async with ctx.engine.begin() as conn:
            await set_meta(conn, retention.META_KEY, "30")
        day_three.set_result(None)
        await clock.next_wait()
        assert await _redacted(ctx, third)
        assert await _server_runs(ctx) == 3
        assert not job.done()
    finally:
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job


@pytest.mark.asyncio
async def test_the_job_waits_the_interval_it_is_given(ctx: ServerContext) -> None:
    clock = Clock()
    job = asyncio.create_task(retention.run_daily(ctx, every=3_600.0, sleep=clock.sleep))
    try:
        seconds, _wait = await clock.next_wait()
        assert seconds == 3_600.0
    finally:
        job.cancel()
        with pytest.raises(asyncio.CancelledError):
            await job
