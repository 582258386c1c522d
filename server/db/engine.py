"""The async engine and the startup steps: migrate, then make sure the epoch exists.

Alembic runs synchronously on its own short-lived engine before the async engine opens:
migrations are a one-off startup step and Alembic's sync API is the well-trodden path.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from server.db import tables as t

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def sync_url(async_url: str) -> str:
    """The synchronous twin of an async URL (for Alembic)."""
    return async_url.replace("+aiosqlite", "").replace("+asyncpg", "+psycopg")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets readers (catch-up, snapshots) run beside the single writer; NORMAL sync is
    # durable across process crashes, which is what the tests kill us with.
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def run_migrations(async_url: str) -> None:
    """Bring the schema to the newest revision (blocking; call from a thread)."""
    engine = sa.create_engine(sync_url(async_url))
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def create_engine(async_url: str) -> AsyncEngine:
    """The process-wide async engine (one per server instance)."""
    engine = create_async_engine(async_url)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


async def get_meta(conn: AsyncConnection, key: str) -> str | None:
    """One value of the ``meta`` table."""
    row = (await conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == key))).first()
    return None if row is None else str(row[0])


async def set_meta(conn: AsyncConnection, key: str, value: str) -> None:
    """Insert or replace one value of the ``meta`` table (portable: delete + insert)."""
    await conn.execute(sa.delete(t.meta).where(t.meta.c.key == key))
    await conn.execute(sa.insert(t.meta).values(key=key, value=value))


async def ensure_epoch(engine: AsyncEngine) -> str:
    """The database's epoch, created on first start. A new database means a new epoch, so
    a desk whose cursor belongs to another database rebuilds from a snapshot."""
    async with engine.begin() as conn:
        epoch = await get_meta(conn, "epoch")
        if epoch is None:
            epoch = secrets.token_hex(8)
            await set_meta(conn, "epoch", epoch)
            await set_meta(conn, "first_retained_seq", "1")
        return epoch
