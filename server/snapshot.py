"""Snapshots: every entity an agent may see, read consistently, sent in chunks.

The read runs under the write gate, so no write commits in between and the snapshot stands
exactly at ``hub.latest_seq``; rows are turned into JSON only after the gate is released.
Reading a supervisor's full demo set takes a few tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa

from server import knowledge
from server.context import ServerContext
from server.db import tables as t
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
    async with ctx.hub.write_gate:
        seq = ctx.hub.latest_seq
        async with ctx.engine.connect() as conn:
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


def frames(entities: list[str], seq: int, chunk: int = CHUNK) -> Iterator[str]:
    """``snapshot`` frame texts of up to ``chunk`` entities; the last has ``done=true``
    (an empty snapshot is still one frame, so the desk always learns the seq)."""
    total = len(entities)
    start = 0
    while True:
        part = entities[start : start + chunk]
        start += chunk
        done = start >= total
        flag = "true" if done else "false"
        yield f'{{"type":"snapshot","entities":[{",".join(part)}],"done":{flag},"seq":{seq}}}'
        if done:
            return
