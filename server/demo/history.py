"""Demo contact history for the KPIs (issue 11 part 6): filled by the measures work."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine


async def seed_history_if_empty(engine: AsyncEngine, now: float | None = None) -> bool:
    """Handled contacts and presence history of the past weeks, so KPIs have a trend."""
    del engine, now
    return False
