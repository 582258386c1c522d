"""Shared canned replies from files: the work of ``POST /api/canned/import``.

Idempotent by (queue, shortcut): a reply already there with the same title and texts is
left alone (no write, no event), a changed one is updated in place (same id), a new one
created; with ``prune``, shared replies the import does not name are deleted. All or
nothing: if any reply names an unknown queue or repeats a (queue, shortcut), the answer
lists every such problem and nothing is written, so a broken file never leaves a
centre's replies half-imported (or, with ``prune``, half-deleted).
"""

from __future__ import annotations

import json
import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.rest import CannedFile, CannedImport, CannedImportResult, ImportProblem
from server.core import eventlog
from server.core import tables as house
from server.core.eventlog import Draft
from server.domains.canned import tables as t
from server.domains.canned.entities import (
    canned_delete,
    canned_event,
    canned_from_row,
    content_hash,
)

Row = Any


def item_name(queue: str | None, shortcut: str) -> str:
    """How an import names one reply in its problems: ``queue/shortcut``."""
    return f"{queue or '*'}/{shortcut}"


def _check(
    body: CannedImport, queues: dict[str, int]
) -> tuple[list[tuple[int | None, CannedFile]], list[ImportProblem]]:
    keyed: list[tuple[int | None, CannedFile]] = []
    problems: list[ImportProblem] = []
    seen: set[tuple[int | None, str]] = set()
    for item in body.replies:
        name = item_name(item.queue, item.shortcut)
        queue_id = None if item.queue is None else queues.get(item.queue.casefold())
        if item.queue is not None and queue_id is None:
            known = ", ".join(sorted(queues)) or "none"
            problems.append(
                ImportProblem(item=name, reason=f"unknown queue {item.queue!r} (known: {known})")
            )
            continue
        if (queue_id, item.shortcut) in seen:
            problems.append(ImportProblem(item=name, reason="the same shortcut twice for a queue"))
            continue
        seen.add((queue_id, item.shortcut))
        keyed.append((queue_id, item))
    return keyed, problems


async def import_replies(
    conn: AsyncConnection, body: CannedImport
) -> tuple[CannedImportResult, list[Draft]]:
    """Upsert ``body``'s shared replies (and prune); the result and the events to append."""
    queue_rows = await conn.execute(sa.select(house.queues.c.id, house.queues.c.name))
    queues = {str(r.name).casefold(): int(r.id) for r in queue_rows}
    keyed, problems = _check(body, queues)
    if problems:
        return CannedImportResult(problems=problems), []
    c = t.canned_replies
    existing: dict[tuple[int | None, str], Row] = {
        (r.queue_id, str(r.shortcut)): r
        for r in await conn.execute(sa.select(c).where(c.c.scope == "shared"))
    }
    now = time.time()
    result = CannedImportResult()
    drafts: list[Draft] = []
    for queue_id, item in keyed:
        digest = content_hash(item.title, item.variants)
        old = existing.pop((queue_id, item.shortcut), None)
        values = {
            "title": item.title,
            "variants": json.dumps(item.variants, ensure_ascii=False, sort_keys=True),
            "content_hash": digest,
            "updated_at": now,
        }
        if old is None:
            inserted = await conn.execute(
                sa.insert(c).values(
                    scope="shared",
                    queue_id=queue_id,
                    shortcut=item.shortcut,
                    created_at=now,
                    **values,
                )
            )
            reply_id = eventlog.new_id(inserted)
            result.created += 1
        elif old.content_hash == digest:
            result.unchanged += 1
            continue
        else:
            reply_id = int(old.id)
            await conn.execute(sa.update(c).where(c.c.id == reply_id).values(**values))
            result.updated += 1
        row = (await conn.execute(sa.select(c).where(c.c.id == reply_id))).one()
        drafts.append(canned_event(canned_from_row(row)))
    if body.prune:
        for old in existing.values():
            await conn.execute(sa.delete(c).where(c.c.id == old.id))
            drafts.append(canned_delete(old))
            result.removed += 1
    return result, drafts
