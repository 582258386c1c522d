"""Demo schedules (issue 11 part 1): filled by the schedules work."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine


async def seed_schedules_if_empty(engine: AsyncEngine, now: float | None = None) -> bool:
    """Publish the current and the next two weeks for every demo agent."""
    del engine, now
    return False
