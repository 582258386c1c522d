"""Merge duplicate customers, and undo a merge (supervisors).

``POST /api/customers/{id}/merge {"into": target}`` folds customer ``id`` (the source)
into ``target``: every row of every table with a ``customer_id`` column moves (found in
the schema's metadata, so tables that later domains add move too without an edit here):
conversations, identities, notes, orders, callbacks, surveys, complaints and their tasks.
The ids moved are kept per table in ``customer_merges.moved``; ``POST
/api/customers/merges/{merge_id}/undo`` moves exactly those rows back (not whatever the
survivor gained since). The source keeps its row with ``merged_into`` set, so old links
resolve to the survivor. The audit log is never moved: it is a record of what happened
to each id.

Refused (422 with a sentence): a merge into itself, from or into an erased or merged
customer, one that would give the survivor more than
:data:`~protocol.kinds.customers.MAX_IDENTITIES` handles, and an undo of a merge already
undone or whose customers were erased or merged again since. Unknown ids: 404. Agents:
403.

``GET /api/customers/merges?limit=`` (:func:`recent`) lists the newest merges with both
customers' names, who merged and whether the merge was undone or still can be.

Events: each moved conversation again with its new customer, both customers (the source
to the queues it had conversations in before, so those desks learn it was merged), moved
notes and callbacks, and the complaints' and tasks' own events.
"""

from __future__ import annotations

import json
import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import MERGE_LIST_MAX, MergeList, MergeResult, MergeRow
from protocol.kinds.customers import MAX_IDENTITIES
from protocol.kinds.routing import CallbackData
from server.core import eventlog
from server.core import tables as house
from server.core.eventlog import Draft
from server.customer360.customer_ops import load_customer
from server.customer360.profile import callback_table
from server.db.metadata import metadata
from server.domains.complaints import reads as complaints
from server.domains.conversations import tables as ct
from server.domains.conversations.entities import customer_from_row, load_conversation
from server.domains.customers import identities, search_terms
from server.domains.customers import tables as cu
from server.domains.customers.entities import customer_queues, note_from_row

NOT_MOVED = frozenset({"audit_log", "customers", "customer_search", "complaints", "followup_tasks"})
"""Tables a merge does not move row by row: the audit log (a record per id), the search
terms (rewritten), and complaints with their tasks (moved by the complaints domain's own
function, which also makes their events)."""


class MergeError(Exception):
    """A refused merge or undo; ``status`` is the HTTP status (404 or 422)."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def movable_tables() -> list[sa.Table]:
    """Every table with a ``customer_id`` column and an ``id`` key, but :data:`NOT_MOVED`."""
    return [
        table
        for table in metadata.sorted_tables
        if table.name not in NOT_MOVED
        and "customer_id" in table.c
        and [c.name for c in table.primary_key.columns] == ["id"]
    ]


async def _usable(conn: AsyncConnection, customer_id: int, role: str) -> Any:
    row = await load_customer(conn, customer_id)
    if row is None:
        raise MergeError(404, f"no such customer ({role})")
    if row.erased_at is not None:
        raise MergeError(422, f"the {role} customer {customer_id} was erased")
    if row.merged_into is not None:
        raise MergeError(
            422, f"the {role} customer {customer_id} was already merged into {row.merged_into}"
        )
    return row


async def _move(
    conn: AsyncConnection, moved: dict[str, list[int]], to_id: int, *, only_from: int | None
) -> None:
    for table in movable_tables():
        ids = moved.get(table.name, [])
        for start in range(0, len(ids), 500):
            where: sa.ColumnElement[bool] = table.c.id.in_(ids[start : start + 500])
            if only_from is not None:
                where = sa.and_(where, table.c.customer_id == only_from)
            await conn.execute(sa.update(table).where(where).values(customer_id=to_id))


async def _drafts(
    conn: AsyncConnection, moved: dict[str, list[int]], customers: dict[int, list[int]]
) -> list[Draft]:
    """Events after rows moved: the conversations, notes and callbacks that moved, and each
    customer in ``customers`` to the queues listed for it."""
    drafts: list[Draft] = []
    for conversation_id in moved.get("conversations", []):
        conversation = await load_conversation(conn, conversation_id)
        if conversation is not None:
            drafts.append(eventlog.upsert(conversation, queue_id=conversation.queue_id))
    n = cu.customer_notes
    note_ids = moved.get("customer_notes", [])
    for row in await conn.execute(sa.select(n).where(n.c.id.in_(note_ids))) if note_ids else []:
        for queue_id in await customer_queues(conn, int(row.customer_id)):
            drafts.append(eventlog.upsert(note_from_row(row), queue_id=queue_id))
    b = callback_table
    callback_ids = moved.get("callbacks", [])
    if callback_ids:
        for row in await conn.execute(sa.select(b).where(b.c.id.in_(callback_ids))):
            callback = CallbackData.model_validate(dict(row._mapping))
            drafts.append(eventlog.upsert(callback, queue_id=callback.queue_id))
    for customer_id, queues in customers.items():
        found = await load_customer(conn, customer_id)
        if found is not None:
            entity = customer_from_row(found)
            drafts.extend(eventlog.upsert(entity, queue_id=q) for q in sorted(set(queues)))
    return drafts


async def _refresh(conn: AsyncConnection, *customer_ids: int) -> None:
    for customer_id in customer_ids:
        await identities.write_mirror(conn, customer_id)
        await search_terms.reindex(conn, customer_id)


async def merge(
    conn: AsyncConnection, agent_id: int, source_id: int, target_id: int
) -> tuple[MergeResult, list[Draft]]:
    """Fold ``source_id`` into ``target_id`` (see the module doc); raises MergeError."""
    if source_id == target_id:
        raise MergeError(422, "a customer cannot be merged into itself")
    await _usable(conn, source_id, "source")
    await _usable(conn, target_id, "target")
    i = cu.customer_identities
    count = (
        await conn.execute(
            sa.select(sa.func.count()).where(i.c.customer_id.in_([source_id, target_id]))
        )
    ).scalar() or 0
    if count > MAX_IDENTITIES:
        raise MergeError(
            422,
            f"together the two customers have {count} handles; a customer has at most "
            f"{MAX_IDENTITIES} (remove some first)",
        )
    source_queues = await customer_queues(conn, source_id)
    moved: dict[str, list[int]] = {}
    for table in movable_tables():
        rows = await conn.execute(sa.select(table.c.id).where(table.c.customer_id == source_id))
        ids = sorted(int(r.id) for r in rows)
        if ids:
            moved[table.name] = ids
    await _move(conn, moved, target_id, only_from=None)
    complaint_ids = await complaints.complaint_ids(conn, source_id)
    drafts = await complaints.move_complaints(conn, complaint_ids, target_id)
    if complaint_ids:
        moved["complaints"] = complaint_ids
    now = time.time()
    c = ct.customers
    await conn.execute(
        sa.update(c).where(c.c.id == source_id).values(merged_into=target_id, updated_at=now)
    )
    await conn.execute(sa.update(c).where(c.c.id == target_id).values(updated_at=now))
    await _refresh(conn, source_id, target_id)
    inserted = await conn.execute(
        sa.insert(cu.customer_merges).values(
            source_id=source_id,
            target_id=target_id,
            by_agent_id=agent_id,
            at=now,
            moved=json.dumps(moved),
        )
    )
    target_queues = await customer_queues(conn, target_id)
    drafts += await _drafts(
        conn, moved, {source_id: source_queues + target_queues, target_id: target_queues}
    )
    result = MergeResult(
        merge_id=eventlog.new_id(inserted),
        source_id=source_id,
        target_id=target_id,
        moved={name: len(ids) for name, ids in moved.items()},
    )
    return result, drafts


async def undo(conn: AsyncConnection, merge_id: int) -> tuple[MergeResult, list[Draft]]:
    """Move back exactly what merge ``merge_id`` moved; raises MergeError."""
    m = cu.customer_merges
    record = (await conn.execute(sa.select(m).where(m.c.id == merge_id))).first()
    if record is None:
        raise MergeError(404, "no such merge")
    if record.undone_at is not None:
        raise MergeError(422, f"merge {merge_id} was already undone")
    source_id, target_id = int(record.source_id), int(record.target_id)
    source = await load_customer(conn, source_id)
    if source is None or source.erased_at is not None or source.merged_into != target_id:
        raise MergeError(422, f"customer {source_id} was changed since the merge (erased?)")
    await _usable(conn, target_id, "target")
    moved: dict[str, list[int]] = json.loads(record.moved)
    target_queues_before = await customer_queues(conn, target_id)
    await _move(conn, moved, source_id, only_from=target_id)
    drafts = await complaints.move_complaints(conn, moved.get("complaints", []), source_id)
    now = time.time()
    c = ct.customers
    await conn.execute(
        sa.update(c).where(c.c.id == source_id).values(merged_into=None, updated_at=now)
    )
    await conn.execute(sa.update(c).where(c.c.id == target_id).values(updated_at=now))
    await conn.execute(sa.update(m).where(m.c.id == merge_id).values(undone_at=now))
    await _refresh(conn, source_id, target_id)
    drafts += await _drafts(
        conn,
        moved,
        {
            source_id: await customer_queues(conn, source_id),
            target_id: target_queues_before,
        },
    )
    result = MergeResult(
        merge_id=merge_id,
        source_id=source_id,
        target_id=target_id,
        moved={name: len(ids) for name, ids in moved.items()},
        undone=True,
    )
    return result, drafts


async def recent(conn: AsyncConnection, limit: int) -> MergeList:
    """The newest ``limit`` merges (at most :data:`MERGE_LIST_MAX`), newest first, with
    both customers' current names and the merging agent's. One query: the merge log is
    small (a supervisor's action) and keyed by id, which is also its order."""
    m, c, a = cu.customer_merges, ct.customers, house.agents
    source, target = c.alias("source"), c.alias("target")
    query = (
        sa.select(
            m,
            source.c.name.label("source_name"),
            source.c.merged_into.label("source_merged_into"),
            source.c.erased_at.label("source_erased_at"),
            target.c.name.label("target_name"),
            target.c.merged_into.label("target_merged_into"),
            target.c.erased_at.label("target_erased_at"),
            a.c.display_name.label("by_name"),
        )
        .join(source, source.c.id == m.c.source_id)
        .join(target, target.c.id == m.c.target_id)
        .outerjoin(a, a.c.id == m.c.by_agent_id)
        .order_by(m.c.id.desc())
        .limit(max(1, min(limit, MERGE_LIST_MAX)))
    )
    items: list[MergeRow] = []
    for r in await conn.execute(query):
        undone = r.undone_at is not None
        undoable = (
            not undone
            and r.source_merged_into == r.target_id
            and r.source_erased_at is None
            and r.target_erased_at is None
            and r.target_merged_into is None
        )
        moved: dict[str, list[int]] = json.loads(r.moved or "{}")
        items.append(
            MergeRow(
                merge_id=r.id,
                source_id=r.source_id,
                source_name=r.source_name or "",
                target_id=r.target_id,
                target_name=r.target_name or "",
                at=r.at,
                by_agent_id=r.by_agent_id,
                by_name=r.by_name or "",
                moved={name: len(ids) for name, ids in moved.items()},
                undone=undone,
                undone_at=r.undone_at,
                undoable=undoable,
            )
        )
    return MergeList(items=items)
