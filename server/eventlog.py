"""The event log: append in the writer's transaction, read back for catch-up, compact.

Each row stores the entity's JSON exactly as it travels (``protocol.entities``), so replay
builds ``events`` frames by string concatenation instead of re-validating 100,000 models.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from server.db import tables as t
from server.db.engine import set_meta
from server.hub import Hub, HubEvent, Viewer


class _Entity(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def id(self) -> int: ...

    def model_dump_json(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Draft:
    """An event about to be appended (its seq is assigned at append time)."""

    kind: str
    entity_id: int
    op: str
    queue_id: int | None
    agent_id: int | None
    payload: str | None


def upsert(entity: _Entity, queue_id: int | None = None, agent_id: int | None = None) -> Draft:
    """A full-state upsert of ``entity`` with the given visibility scope."""
    return Draft(entity.kind, entity.id, "upsert", queue_id, agent_id, entity.model_dump_json())


def event_json(seq: int, kind: str, entity_id: int, op: str, payload: str | None) -> str:
    """The JSON text of a ``protocol.frames.Event`` from its stored parts."""
    data = "null" if payload is None else payload
    return f'{{"seq":{seq},"op":"{op}","kind":"{kind}","id":{entity_id},"data":{data}}}'


def chunks(texts: list[str], count: int, max_bytes: int) -> Iterator[list[str]]:
    """``texts`` in order, cut into lists of at most ``count`` items and about ``max_bytes``
    of UTF-8: a list is closed before the item that would take it past ``max_bytes``, so
    only a single item larger than that makes a larger list (alone)."""
    part: list[str] = []
    size = 0
    for text in texts:
        # len() of str is a cheap lower bound; encode only when it might matter.
        length = len(text) if text.isascii() else len(text.encode())
        if part and (len(part) >= count or size + length > max_bytes):
            yield part
            part, size = [], 0
        part.append(text)
        size += length + 1
    if part:
        yield part


def events_frames(
    events: list[tuple[int, str]], upto: int, replay: bool, max_bytes: int
) -> Iterator[tuple[str, int]]:
    """``events`` frames of about ``max_bytes`` each, with the seq each brings the desk to:
    the last seq of its own events, and ``upto`` for the last frame."""
    texts = [text for _seq, text in events]
    seqs = iter(events)
    parts = list(chunks(texts, len(texts) or 1, max_bytes))
    for index, part in enumerate(parts):
        last_seq = 0
        for _ in part:
            last_seq = next(seqs)[0]
        reach = upto if index == len(parts) - 1 else last_seq
        yield events_frame(part, reach, replay), reach


def events_frame(jsons: list[str], upto: int, replay: bool) -> str:
    """The JSON text of a ``protocol.frames.Events`` frame from prebuilt event texts."""
    flag = "true" if replay else "false"
    return f'{{"type":"events","events":[{",".join(jsons)}],"upto":{upto},"replay":{flag}}}'


async def append(
    conn: AsyncConnection, hub: Hub, drafts: list[Draft], after_seq: int | None = None
) -> list[HubEvent]:
    """Insert ``drafts`` with consecutive seqs after ``after_seq`` (default
    ``hub.latest_seq``; a group commit passes the last seq of its earlier writes). The
    caller holds the write gate, so nobody else allocates. Returns them ready to publish."""
    if not drafts:
        return []
    now = time.time()
    seq = hub.latest_seq if after_seq is None else after_seq
    rows: list[dict[str, object]] = []
    out: list[HubEvent] = []
    for d in drafts:
        seq += 1
        rows.append(
            {
                "seq": seq,
                "kind": d.kind,
                "entity_id": d.entity_id,
                "op": d.op,
                "queue_id": d.queue_id,
                "agent_id": d.agent_id,
                "payload": d.payload,
                "created_at": now,
            }
        )
        out.append(
            HubEvent(
                seq, d.queue_id, d.agent_id, event_json(seq, d.kind, d.entity_id, d.op, d.payload)
            )
        )
    await conn.execute(sa.insert(t.events), rows)
    return out


def new_id(result: sa.CursorResult[Any]) -> int:
    """The primary key an ``INSERT`` just created."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _visible(viewer: Viewer) -> sa.ColumnElement[bool]:
    e = t.events.c
    scoped: sa.ColumnElement[bool]
    if viewer.supervisor:
        scoped = e.agent_id.is_(None)
    else:
        scoped = sa.and_(
            e.agent_id.is_(None),
            sa.or_(e.queue_id.is_(None), e.queue_id.in_(sorted(viewer.queue_ids))),
        )
    return sa.or_(scoped, e.agent_id == viewer.agent_id)


async def read_after(
    engine: AsyncEngine, viewer: Viewer, after_seq: int, upto: int, limit: int
) -> list[tuple[int, str]]:
    """Up to ``limit`` visible events in ``(after_seq, upto]`` as ``(seq, event_json)``."""
    e = t.events.c
    query = (
        sa.select(e.seq, e.kind, e.entity_id, e.op, e.payload)
        .where(e.seq > after_seq, e.seq <= upto, _visible(viewer))
        .order_by(e.seq)
        .limit(limit)
    )
    async with engine.connect() as conn:
        rows = (await conn.execute(query)).all()
    return [(r[0], event_json(r[0], r[1], r[2], r[3], r[4])) for r in rows]


async def latest_and_floor(engine: AsyncEngine) -> tuple[int, int]:
    """``(latest_seq, first_retained_seq)`` as stored, for the hub at startup."""
    async with engine.connect() as conn:
        latest = (await conn.execute(sa.select(sa.func.max(t.events.c.seq)))).scalar()
        floor_text = (
            await conn.execute(
                sa.select(t.meta.c.value).where(t.meta.c.key == "first_retained_seq")
            )
        ).scalar()
    floor = int(floor_text) if floor_text is not None else 1
    return max(int(latest or 0), floor - 1), floor


async def compact(engine: AsyncEngine, hub: Hub, retain: int) -> int:
    """Delete events older than the newest ``retain`` and raise the retention floor.

    Call with the write gate held (or from :meth:`server.context.ServerContext.compact`).
    Desks whose cursor falls below the floor get ``reset`` and a snapshot. Returns the
    number of events deleted.
    """
    cutoff = hub.latest_seq - retain
    if cutoff < hub.first_retained_seq:
        return 0
    async with engine.begin() as conn:
        result = await conn.execute(sa.delete(t.events).where(t.events.c.seq <= cutoff))
        await set_meta(conn, "first_retained_seq", str(cutoff + 1))
    hub.first_retained_seq = cutoff + 1
    return int(result.rowcount or 0)
