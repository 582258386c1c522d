"""The processes of one centre on one PostgreSQL database.

Placeholder of the contract commit (issue 13): the helper building it replaces this."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from server.core.cluster import LocalCluster


class PgCluster(LocalCluster):
    """Placeholder: runs every singleton here until the real one lands."""

    def __init__(self, engine: AsyncEngine, database_url: str) -> None:
        super().__init__()
        self.engine = engine
        self.database_url = database_url
