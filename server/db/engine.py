"""The async engine and the startup steps: migrate, then make sure the epoch exists.

Alembic runs synchronously on its own short-lived engine before the async engine opens:
migrations are a one-off startup step and Alembic's sync API is the well-trodden path.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import stat
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from server.db import locks
from server.db.metadata import meta

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
"""Where the Alembic env and revisions live (``server/migrations``, ids unchanged)."""
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
"""Files beside the database: SQLite's WAL, shared memory and rollback journal, and the
server's own single-instance lock (:func:`server.runner.lock_database`)."""

log = logging.getLogger(__name__)


def _private_dirs(directory: Path) -> None:
    """Create ``directory`` and any missing parents 0700; warn about an existing one that
    other users can enter (left alone: it may be shared on purpose)."""
    missing: list[Path] = []
    current = directory
    while not current.exists():
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # created meanwhile by somebody else: treat it as existing
        os.chmod(path, PRIVATE_DIR)  # mkdir's mode passes through the umask
    if not missing:
        mode = stat.S_IMODE(directory.stat().st_mode)
        if mode & 0o077:
            log.warning(
                "database directory %s is accessible to other users (mode %03o)",
                directory,
                mode,
            )


def _tighten(path: Path) -> None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if mode & 0o077:
        try:
            os.chmod(path, PRIVATE_FILE)
        except OSError as exc:
            log.warning("%s is readable by other users (mode %03o): %s", path, mode, exc)
        else:
            log.warning("%s was accessible to other users (mode %03o): now 600", path, mode)


def prepare_sqlite_file(db_path: Path) -> None:
    """Make sure the database file exists with mode 0600 (in a 0700 directory if this
    creates the directory) before SQLite opens it.

    SQLite creates the WAL, shared-memory and journal files with the database file's mode,
    so creating the database 0600 first keeps all of them private. Existing files beside it
    that other users can read are tightened to 0600 (with a warning).
    """
    _private_dirs(db_path.parent)
    fd = os.open(db_path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)
    _tighten(db_path)
    for suffix in SIDE_SUFFIXES:
        _tighten(db_path.with_name(db_path.name + suffix))


def sqlite_path(async_url: str) -> Path | None:
    """The database file of a SQLite URL (``None`` for other databases and memory)."""
    url = sa.engine.make_url(async_url)
    database = url.database
    if url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    if database.startswith("file:"):
        return None  # a URI filename: its owner chose how to open it
    return Path(database)


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


def run_migrations(async_url: str, metadata: sa.MetaData) -> None:
    """Bring the schema to the newest revision (blocking; call from a thread).

    ``metadata`` is the whole schema (the composition root passes it once every domain's
    tables are imported); the Alembic env gets it from here, so it never has to know the
    domains. A SQLite file is created 0600 first (see :func:`prepare_sqlite_file`)."""
    path = sqlite_path(async_url)
    if path is not None:
        prepare_sqlite_file(path)
    engine = sa.create_engine(sync_url(async_url))
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            cfg.attributes["metadata"] = metadata
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


_SYNC_SEQUENCES = """
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT d.objid::regclass AS seq, d.refobjid::regclass AS tbl, a.attname AS col
    FROM pg_depend d
    JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
    JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
    WHERE d.deptype IN ('a', 'i') AND d.classid = 'pg_class'::regclass
  LOOP
    EXECUTE format(
      'SELECT setval(%L, m) FROM (SELECT max(%I) AS m FROM %s) t'
      ' WHERE m > (SELECT last_value FROM %s) OR (m IS NOT NULL AND NOT'
      ' (SELECT is_called FROM %s))',
      r.seq, r.col, r.tbl, r.seq, r.seq);
  END LOOP;
END $$
"""
"""Move every serial column's sequence past the largest id already in its table (never
back): the demo seed and imports write explicit ids, which PostgreSQL's sequences (unlike
SQLite's rowids) do not see, so the next plain insert would collide."""


@contextlib.asynccontextmanager
async def setup_lock(async_url: str) -> AsyncIterator[None]:
    """Held while a process migrates and seeds: on PostgreSQL several processes may start
    at once against one empty database, and only one may create the schema (Alembic's
    version table included), the epoch and the demo data. SQLite has one process: nothing
    to hold.

    On PostgreSQL a session advisory lock (``server.db.locks.SETUP``) is taken on a
    connection of its own, in autocommit so it holds no transaction open while others
    wait; it is released when the body ends (or with the connection if this process dies).
    Before release the sequences are moved past ids the body wrote explicitly."""
    if sa.engine.make_url(async_url).get_backend_name() != "postgresql":
        yield
        return
    engine = create_async_engine(async_url, poolclass=sa.pool.NullPool)
    try:
        async with engine.connect() as conn:
            auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
            log.info("waiting for the setup lock")
            await auto.execute(sa.select(sa.func.pg_advisory_lock(locks.SETUP)))
            try:
                yield
                await auto.exec_driver_sql(_SYNC_SEQUENCES)
            finally:
                await auto.execute(sa.select(sa.func.pg_advisory_unlock(locks.SETUP)))
    finally:
        await engine.dispose()


def create_engine(async_url: str) -> AsyncEngine:
    """The process-wide async engine (one per server instance)."""
    engine = create_async_engine(async_url)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


async def get_meta(conn: AsyncConnection, key: str) -> str | None:
    """One value of the ``meta`` table."""
    row = (await conn.execute(sa.select(meta.c.value).where(meta.c.key == key))).first()
    return None if row is None else str(row[0])


async def set_meta(conn: AsyncConnection, key: str, value: str) -> None:
    """Insert or replace one value of the ``meta`` table (portable: delete + insert)."""
    await conn.execute(sa.delete(meta).where(meta.c.key == key))
    await conn.execute(sa.insert(meta).values(key=key, value=value))


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
