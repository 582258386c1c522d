"""SQL that SQLite and PostgreSQL spell differently, as SQLAlchemy constructs, so domain code
writes it once and each dialect gets its own spelling (docs/architecture.md, "PostgreSQL").

* :class:`greatest` / :class:`least` - the larger / smaller of several values: SQLite's
  multi-argument ``max()``/``min()``, PostgreSQL's ``GREATEST``/``LEAST`` (PostgreSQL's
  ``max`` is only the aggregate).
* :func:`claim_ids` - after inserting rows with explicit ids, move PostgreSQL's sequence
  past them (SQLite's rowid counter follows by itself).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class greatest(GenericFunction[Any]):  # noqa: N801 - reads like the SQL function it is
    """The largest of the arguments (NULL if any is NULL on SQLite; PostgreSQL skips
    NULLs: never pass a nullable value where that difference matters)."""

    inherit_cache = True
    name = "greatest"


class least(GenericFunction[Any]):  # noqa: N801
    """The smallest of the arguments (see :class:`greatest` about NULLs)."""

    inherit_cache = True
    name = "least"


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: sa.sql.compiler.SQLCompiler, **kw: Any) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(least, "sqlite")
def _least_sqlite(element: least, compiler: sa.sql.compiler.SQLCompiler, **kw: Any) -> str:
    return f"min({compiler.process(element.clauses, **kw)})"


async def claim_ids(conn: AsyncConnection, table: sa.Table, last_id: int) -> None:
    """Tell ``table``'s id counter that ids up to ``last_id`` are taken (rows inserted with
    explicit ids after one plain insert, in one write transaction). SQLite's counter
    follows explicit ids by itself; a PostgreSQL sequence does not, so the next plain
    insert would collide. Call inside the write gate (no other writer takes ids)."""
    if conn.dialect.name != "postgresql":
        return
    await conn.execute(
        sa.text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
        {"table": table.name, "last": last_id},
    )
