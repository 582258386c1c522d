"""Snapshots: every entity an agent may see, read consistently, sent in chunks.

The read runs in one read transaction (SQLite WAL: a snapshot of the database as of its
first read; on PostgreSQL the same is a REPEATABLE READ read-only transaction), and the
seq it stands at is the newest event *in that same view*. It never holds the write gate,
so a desk asking for a snapshot (or a flood of pulls) never stalls anybody's writes.
Frames are cut by encoded size as well as by count (:func:`server.eventlog.chunks`), so
entities of any size allowed still sync.
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.frames import TARGET_FRAME_BYTES
from server import knowledge
from server.context import ServerContext
from server.db import tables as t
from server.db.engine import get_meta
from server.eventlog import chunks
from server.hub import Viewer
from server.views import (
    agent_from_row,
    conversation_from_row,
    conversation_select,
    conversation_visibility,
    customer_from_row,
    message_from_row,
    queue_from_row,
)

CHUNK = 1000


async def read(ctx: ServerContext, viewer: Viewer) -> tuple[list[str], int]:
    """All visible entities as JSON texts, and the seq the snapshot stands at."""
    visible = conversation_visibility(viewer)
    cv = t.conversations
    async with ctx.engine.connect() as conn:
        await begin_read(conn)
        seq = await _view_seq(conn)
        queues = (await conn.execute(sa.select(t.queues).order_by(t.queues.c.id))).all()
        agents = (await conn.execute(sa.select(t.agents).order_by(t.agents.c.id))).all()
        customers = (
            await conn.execute(
                sa.select(t.customers)
                .where(t.customers.c.id.in_(sa.select(cv.c.customer_id).where(visible)))
                .order_by(t.customers.c.id)
            )
        ).all()
        conversations = (
            await conn.execute(conversation_select.where(visible).order_by(cv.c.id))
        ).all()
        messages = (
            await conn.execute(
                sa.select(t.messages)
                .join(cv, cv.c.id == t.messages.c.conversation_id)
                .where(visible)
                .order_by(t.messages.c.id)
            )
        ).all()
        shared = await knowledge.snapshot_rows(conn, viewer.agent_id)
    out: list[str] = []
    out.extend(queue_from_row(r).model_dump_json() for r in queues)
    out.extend(agent_from_row(r).model_dump_json() for r in agents)
    out.extend(customer_from_row(r).model_dump_json() for r in customers)
    out.extend(conversation_from_row(r).model_dump_json() for r in conversations)
    out.extend(message_from_row(r).model_dump_json() for r in messages)
    out.extend(shared)
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
