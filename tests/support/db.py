"""Read and change a test server's database directly, SQLite file or PostgreSQL alike.

Tests set up situations the API cannot make (a queue's timers, presence rows removed, an
expiry in the past) by writing the tables. :func:`execute` runs one statement with
SQLite-style ``?`` placeholders and commits it, on the server's SQLite file or on its
PostgreSQL database (``ServerProcess.db_url``); a bare path means a SQLite file. Write
SQL both understand: no ``IS NOT`` between values (``IS DISTINCT FROM`` is PostgreSQL's;
``IS NOT NULL`` is fine), booleans compared as ``true``/``false`` not ``1``/``0``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tests.support import pg
from tests.support.server_proc import ServerProcess

Target = ServerProcess | Path | str
"""A running (or stopped) test server, or the path of a SQLite database file."""


def url_of(target: Target) -> str:
    """The PostgreSQL URL of ``target`` ("" for a SQLite file)."""
    return target.db_url if isinstance(target, ServerProcess) else ""


def path_of(target: Target) -> Path:
    """The SQLite file of ``target`` (meaningless when :func:`url_of` is set)."""
    return target.db_path if isinstance(target, ServerProcess) else Path(target)


def _pg_sql(sql: str, params: Sequence[object] | None) -> str:
    """SQLite-style ``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return sql if not params else sql.replace("%", "%%").replace("?", "%s")


class PgConnection:
    """A psycopg connection that takes SQL written for ``sqlite3`` (``?`` placeholders):
    ``execute``/``executemany`` return a cursor (``fetchone``, ``fetchall``,
    ``rowcount``); ``with`` commits (rolls back on an error) and closes."""

    def __init__(self, url: str) -> None:
        import psycopg

        self._conn = psycopg.connect(url)

    def execute(self, sql: str, params: Sequence[object] = ()) -> Any:
        return self._conn.execute(_pg_sql(sql, params), tuple(params) or None)

    def executemany(self, sql: str, seq: Iterable[Sequence[object]]) -> Any:
        cursor = self._conn.cursor()
        cursor.executemany(sql.replace("%", "%%").replace("?", "%s"), list(seq))
        return cursor

    def commit(self) -> None:
        self._conn.commit()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        try:
            if kind is None:
                self._conn.commit()
            else:
                self._conn.rollback()
        finally:
            self._conn.close()


def connect(target: Target) -> Any:
    """A DB-API connection to ``target``'s database taking ``sqlite3``-style SQL: the
    ``sqlite3`` connection itself for a SQLite file (busy timeout 30 s), else a
    :class:`PgConnection`. ``with connect(server) as conn:`` commits at the end."""
    url = url_of(target)
    if url:
        return PgConnection(url)
    conn = sqlite3.connect(path_of(target), timeout=30)
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def execute(target: Target, sql: str, *args: object) -> list[tuple[Any, ...]]:
    """Run one statement (``?`` placeholders) and commit; its rows, if it returns any."""
    return executemany(target, [(sql, args)])[0]


def executemany(
    target: Target, statements: list[tuple[str, tuple[object, ...]]]
) -> list[list[tuple[Any, ...]]]:
    """Run ``(sql, args)`` statements in one transaction and commit; rows of each."""
    conn = connect(target)
    try:
        with conn:
            out = []
            for sql, args in statements:
                cursor = conn.execute(sql, args)
                out.append(list(cursor.fetchall()) if cursor.description else [])
            return out
    finally:
        conn.close()


def rows(target: Target, sql: str, *args: object) -> list[tuple[Any, ...]]:
    """Rows of a query (``?`` placeholders)."""
    return execute(target, sql, *args)


def value(target: Target, sql: str, *args: object) -> Any:
    """The first column of the first row of a query."""
    return rows(target, sql, *args)[0][0]


def settings_db_kwargs(db_path: Path) -> dict[str, Any]:
    """``Settings`` keyword arguments for an in-process server (``start_context``) on a
    fresh database: the SQLite file ``db_path``, or on PostgreSQL
    (``FRONTLINE_TEST_DB=postgres``) a new database of the test cluster (``db_path`` then
    anchors the attachments directory)."""
    if not pg.on_postgres():
        return {"db_path": db_path}
    from server.db.url import postgres_url

    return {"db_path": db_path, "db_url": postgres_url(pg.new_database())}


def server_settings_kwargs(server: ServerProcess) -> dict[str, Any]:
    """``Settings`` keyword arguments for an in-process context on ``server``'s database
    (the same SQLite file or PostgreSQL database and attachments directory)."""
    if not server.db_url:
        return {"db_path": server.db_path}
    from server.db.url import postgres_url

    files = server.db_path.with_name(server.db_path.stem + "-files")
    return {"db_path": server.db_path, "db_url": postgres_url(server.db_url), "files_path": files}


def async_url(server: ServerProcess) -> str:
    """The server's database as the URL of an async SQLAlchemy engine (aiosqlite or
    asyncpg), for tests that read it through the server's own code."""
    if not server.db_url:
        return f"sqlite+aiosqlite:///{server.db_path}"
    from server.db.url import postgres_url

    return postgres_url(server.db_url)


def dump(target: Target) -> str:
    """Every value of every table of the server's database as one text (SQLite file, WAL
    included, or PostgreSQL): for "this string is stored nowhere" checks."""
    listing = (
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        if url_of(target)
        else "SELECT name FROM sqlite_master WHERE type = 'table'"
    )
    conn = connect(target)
    try:
        parts: list[str] = []
        for (name,) in conn.execute(listing).fetchall():
            for row in conn.execute(f'SELECT * FROM "{name}"').fetchall():
                parts.append(" ".join(str(v) for v in row))
        return "\n".join(parts)
    finally:
        conn.close()
