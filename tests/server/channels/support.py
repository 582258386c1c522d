"""Reading and writing a test server's database from the channel tests, on SQLite and
PostgreSQL alike.

:meth:`ServerProcess.rows` reads tuples from either database; the channel tests also need
rows by column name (``records``) and a few direct writes that set a scene the server then
reads (``execute``/``executemany``: committed at once, like an operator's SQL session).
SQL uses SQLite's ``?`` placeholders on both.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from tests.support.server_proc import ServerProcess


def _pg_sql(sql: str) -> str:
    return sql.replace("?", "%s")


def records(server: ServerProcess, sql: str, *args: object) -> list[dict[str, Any]]:
    """Rows of ``sql`` as dicts keyed by column name."""
    if server.db_url:
        import psycopg
        from psycopg.rows import dict_row

        with psycopg.connect(server.db_url, autocommit=True, row_factory=dict_row) as conn:
            return list(conn.execute(_pg_sql(sql), args).fetchall())
    with contextlib.closing(sqlite3.connect(server.db_path, timeout=30)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, args).fetchall()]


def record(server: ServerProcess, sql: str, *args: object) -> dict[str, Any] | None:
    """The first row of ``sql`` as a dict, or None."""
    found = records(server, sql, *args)
    return found[0] if found else None


def scalar(server: ServerProcess, sql: str, *args: object) -> Any:
    """The first column of the first row of ``sql`` (which must return one)."""
    found = server.rows(sql, *args)
    assert found, f"no row for {sql!r}"
    return found[0][0]


def execute(server: ServerProcess, sql: str, *args: object) -> None:
    """Run one write statement and commit it."""
    executemany(server, sql, [args])


def executemany(server: ServerProcess, sql: str, params: Iterable[Sequence[object]]) -> None:
    """Run one write statement once per parameter row, committed together."""
    if server.db_url:
        import psycopg

        with psycopg.connect(server.db_url) as pg_conn, pg_conn.cursor() as cursor:
            cursor.executemany(_pg_sql(sql), list(params))
        return
    with contextlib.closing(sqlite3.connect(server.db_path, timeout=30)) as conn, conn:
        conn.executemany(sql, params)
