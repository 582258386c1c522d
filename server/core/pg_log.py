"""The event log of several server processes sharing one PostgreSQL database.

Placeholder of the contract commit (issue 13): the helper building it replaces this."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from server.core.sqlite_log import SqliteEventLog


class PgEventLog(SqliteEventLog):
    """Placeholder: behaves like the single-process log until the real one lands."""

    @classmethod
    async def open_pg(cls, engine: AsyncEngine, retain_events: int | None) -> SqliteEventLog:
        """The log as stored."""
        return await SqliteEventLog.open(engine, retain_events)
