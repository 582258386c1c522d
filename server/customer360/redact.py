"""What erase and retention share: redacting a conversation's messages, and rewriting
the event log so that what was redacted is gone from it too.

Tables are the truth for snapshots, but the event log keeps every earlier state of an
entity in its payloads: a desk replaying from seq 0 would see the name, email and message
text that were just erased. :func:`rewrite_events` therefore deletes every stored event of
the touched entities and appends one fresh event per audience (queue / agent scope) that
had received them: an upsert with the redacted state, or a delete when the row is gone.
The new events have new seqs, so desks that cached the old state replace it on their next
sync; the in-memory ring, which still holds old payloads, is dropped
(:meth:`server.core.eventlog.EventLog.drop_ring`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.entities import ENTITY_KINDS, EntityBase
from server.core import tables as house
from server.core.eventlog import Draft
from server.core.registry import KindRegistration, Registry
from server.core.visibility import Viewer
from server.domains.conversations import tables as ct

ERASED_TEXT = "[erased]"
"""What a redacted message's body (and an erased customer's inbound author name) says."""
CHUNK = 500

Where = Callable[[sa.Table], sa.ColumnElement[bool]]


async def everyone_viewer(conn: AsyncConnection) -> Viewer:
    """A supervisor's view of every queue: erase and export see all rows."""
    queue_ids = frozenset(int(r[0]) for r in await conn.execute(sa.select(house.queues.c.id)))
    return Viewer(0, True, queue_ids)


def registration(registry: Registry, kind: str) -> KindRegistration | None:
    """The kind's registration, or ``None`` while its domain is not part of this server."""
    for found in registry.kinds:
        if found.kind == kind:
            return found
    return None


async def entities(
    conn: AsyncConnection, registry: Registry, viewer: Viewer, kind: str, where: Where
) -> list[EntityBase]:
    """The rows of ``kind`` matching ``where`` as entities (empty for a kind not
    registered), through the kind's own visible-rows query and row-to-entity function."""
    found = registration(registry, kind)
    if found is None:
        return []
    rows = await conn.execute(found.visible_rows(viewer).where(where(found.table)))
    return [found.to_entity(r) for r in rows]


async def redact_conversations(
    conn: AsyncConnection, conversation_ids: list[int], *, author_too: bool
) -> int:
    """Messages of these conversations get the body ``[erased]`` (and with ``author_too``
    the inbound ones the author name too); the conversations lose subject and preview.
    How many messages were not redacted before."""
    m = ct.messages.c
    redacted = 0
    for start in range(0, len(conversation_ids), CHUNK):
        part = conversation_ids[start : start + CHUNK]
        result = await conn.execute(
            sa.update(ct.messages)
            .where(m.conversation_id.in_(part), m.body != ERASED_TEXT)
            .values(body=ERASED_TEXT)
        )
        redacted += int(result.rowcount or 0)
        if author_too:
            await conn.execute(
                sa.update(ct.messages)
                .where(m.conversation_id.in_(part), m.direction == "in")
                .values(author_name=ERASED_TEXT)
            )
        await conn.execute(
            sa.update(ct.conversations)
            .where(ct.conversations.c.id.in_(part))
            .values(subject="", last_message_preview="")
        )
    return redacted


async def message_ids(conn: AsyncConnection, conversation_ids: list[int]) -> set[int]:
    """The ids of every message of these conversations."""
    out: set[int] = set()
    for start in range(0, len(conversation_ids), CHUNK):
        part = conversation_ids[start : start + CHUNK]
        rows = await conn.execute(
            sa.select(ct.messages.c.id).where(ct.messages.c.conversation_id.in_(part))
        )
        out.update(int(r[0]) for r in rows)
    return out


async def rewrite_events(
    conn: AsyncConnection, registry: Registry, keys: dict[str, set[int]]
) -> tuple[int, list[Draft]]:
    """Delete every stored event of these entities (kind -> ids) and make the fresh ones
    that replace them: per entity and per audience it had, its current state (or a delete
    when its row is gone). Returns how many events were deleted, and the new drafts in
    ``ENTITY_KINDS`` order (parents before children). The caller's write appends them and
    must call ``drop_ring`` on the log."""
    viewer = await everyone_viewer(conn)
    e = house.events.c
    deleted = 0
    drafts: list[Draft] = []
    for kind in sorted(keys, key=_kind_order):
        ids = sorted(keys[kind])
        scopes: dict[int, dict[tuple[int | None, int | None], int]] = {}
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            where = sa.and_(e.kind == kind, e.entity_id.in_(part))
            rows = await conn.execute(
                sa.select(e.seq, e.entity_id, e.queue_id, e.agent_id).where(where)
            )
            for seq, entity_id, queue_id, agent_id in rows:
                per = scopes.setdefault(int(entity_id), {})
                per[(queue_id, agent_id)] = max(int(seq), per.get((queue_id, agent_id), 0))
            deleted += int((await conn.execute(sa.delete(house.events).where(where))).rowcount or 0)
        current = await _current(conn, registry, viewer, kind, sorted(scopes))
        for entity_id in sorted(scopes):
            entity = current.get(entity_id)
            payload = entity.model_dump_json() if entity is not None else None
            op = "upsert" if entity is not None else "delete"
            ordered = sorted(scopes[entity_id].items(), key=lambda item: item[1])
            for (queue_id, agent_id), _seq in ordered:
                drafts.append(Draft(kind, entity_id, op, queue_id, agent_id, payload))
    return deleted, drafts


async def _current(
    conn: AsyncConnection, registry: Registry, viewer: Viewer, kind: str, ids: list[int]
) -> dict[int, EntityBase]:
    out: dict[int, EntityBase] = {}
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        found = await entities(conn, registry, viewer, kind, _id_in(part))
        out.update({x.id: x for x in found})
    return out


def _id_in(ids: Iterable[int]) -> Where:
    wanted = list(ids)

    def where(table: sa.Table) -> sa.ColumnElement[bool]:
        return table.c.id.in_(wanted)

    return where


def _kind_order(kind: str) -> int:
    return ENTITY_KINDS.index(kind) if kind in ENTITY_KINDS else len(ENTITY_KINDS)
