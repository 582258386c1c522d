"""Snapshots: every entity an agent may see, read consistently, sent in chunks.

The read runs in one read transaction (SQLite WAL: a snapshot of the database as of its
first read; on PostgreSQL the same is a REPEATABLE READ read-only transaction), and the
seq it stands at is the newest event *in that same view*. It never holds the write gate,
so a desk asking for a snapshot (or a flood of pulls) never stalls anybody's writes.
Frames are cut by encoded size as well as by count (:func:`server.core.eventlog.chunks`),
so entities of any size allowed still sync.

What a snapshot holds is not written here: each registered kind
(:class:`server.core.registry.KindRegistration`) says which of its rows a viewer may see
and how a row becomes its entity, and the kinds are read in ``protocol.entities.
ENTITY_MODELS`` order (parents before children).
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.frames import TARGET_FRAME_BYTES
from server.core import tables as t
from server.core.context import ServerContext
from server.core.eventlog import chunks
from server.core.registry import KindRegistration, Row
from server.core.visibility import Viewer
from server.db.engine import get_meta

CHUNK = 1000


async def read(ctx: ServerContext, viewer: Viewer) -> tuple[list[str], int]:
    """All visible entities as JSON texts, and the seq the snapshot stands at."""
    fetched: list[tuple[KindRegistration, list[Row]]] = []
    async with ctx.engine.connect() as conn:
        await begin_read(conn)
        seq = await _view_seq(conn)
        for registration in ctx.registry.kinds:
            fetched.append(
                (registration, list(await conn.execute(registration.visible_rows(viewer))))
            )
    # Rows become JSON after the read transaction ends: it stays as short as the reads.
    out: list[str] = []
    for registration, rows in fetched:
        out.extend(registration.to_entity(r).model_dump_json() for r in rows)
    return out, seq


async def begin_read(conn: AsyncConnection) -> None:
    """Make every following read of ``conn`` see one consistent state of the database.

    SQLite's Python driver opens transactions only before writes, so without this each
    SELECT would see whatever had committed by then."""
    if conn.dialect.name == "sqlite":
        await conn.exec_driver_sql("BEGIN")
    else:
        await conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")


async def _view_seq(conn: AsyncConnection) -> int:
    """The seq of the newest event this transaction sees (the log's floor - 1 if empty)."""
    latest = (await conn.execute(sa.select(sa.func.max(t.events.c.seq)))).scalar()
    if latest is not None:
        return int(latest)
    floor = await get_meta(conn, "first_retained_seq")
    return int(floor) - 1 if floor is not None else 0


def frames(
    entities: list[str], seq: int, chunk: int = CHUNK, max_bytes: int = TARGET_FRAME_BYTES
) -> Iterator[str]:
    """``snapshot`` frame texts of up to ``chunk`` entities and about ``max_bytes``; the
    last has ``done=true`` (an empty snapshot is still one frame, so the desk always learns
    the seq)."""
    parts = list(chunks(entities, chunk, max_bytes)) or [[]]
    for index, part in enumerate(parts):
        flag = "true" if index == len(parts) - 1 else "false"
        yield f'{{"type":"snapshot","entities":[{",".join(part)}],"done":{flag},"seq":{seq}}}'
