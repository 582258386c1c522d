"""Personal canned replies: the ``canned.save`` and ``canned.delete`` mutations.

Values (shortcut, title, languages, lengths) are already normal when a handler runs: the
frame's model refuses what it cannot normalise (``protocol.kinds.canned``), and the desk
checks with the same model before it queues anything. What only the server can know is
refused here, before any write, with a reason the desk shows: somebody else's or a
shared reply (the same answer as a missing one, so ids outside one's own are not
leaked), a shortcut the agent already uses on another reply, and more than
:data:`~protocol.kinds.canned.MAX_PERSONAL_REPLIES` replies.

An agent's personal replies are keyed by shortcut: a save without ``id`` whose shortcut
the agent already has changes that reply, so a desk that saved a reply offline and sends
it again never makes two.
"""

from __future__ import annotations

import json
import time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.frames import CannedDeleteOp, CannedSaveOp
from protocol.kinds.canned import MAX_PERSONAL_REPLIES
from server.core import eventlog
from server.core.eventlog import Draft
from server.core.registry import MutationCall, MutationRefusedError
from server.domains.canned import tables as t
from server.domains.canned.entities import (
    canned_delete,
    canned_event,
    canned_from_row,
    content_hash,
)

Row = Any


async def _own(conn: AsyncConnection, agent_id: int, reply_id: int) -> Row:
    c = t.canned_replies
    row = (await conn.execute(sa.select(c).where(c.c.id == reply_id))).first()
    if row is None or row.scope != "personal" or row.owner_id != agent_id:
        raise MutationRefusedError(
            "not_yours", f"canned reply {reply_id} is not one of your personal replies"
        )
    return row


async def save(conn: AsyncConnection, call: MutationCall, op: CannedSaveOp) -> list[Draft]:
    """Create or change one of the sender's personal replies."""
    agent_id = call.viewer.agent_id
    c = t.canned_replies
    mine = sa.and_(c.c.scope == "personal", c.c.owner_id == agent_id)
    same_shortcut = (
        await conn.execute(sa.select(c.c.id).where(mine, c.c.shortcut == op.shortcut))
    ).scalar()
    if op.id is not None:
        await _own(conn, agent_id, op.id)
        if same_shortcut is not None and same_shortcut != op.id:
            raise MutationRefusedError(
                "duplicate_shortcut",
                f"you already have a personal reply with the shortcut /{op.shortcut}",
            )
        target: int | None = op.id
    else:
        target = None if same_shortcut is None else int(same_shortcut)
    now = time.time()
    values = {
        "shortcut": op.shortcut,
        "title": op.title,
        "variants": json.dumps(op.variants, ensure_ascii=False, sort_keys=True),
        "content_hash": content_hash(op.title, op.variants),
        "updated_at": now,
    }
    if target is None:
        count = (await conn.execute(sa.select(sa.func.count()).where(mine))).scalar() or 0
        if count >= MAX_PERSONAL_REPLIES:
            raise MutationRefusedError(
                "too_many",
                f"you have {MAX_PERSONAL_REPLIES} personal replies, the most one agent may "
                "keep; delete one first",
            )
        inserted = await conn.execute(
            sa.insert(c).values(scope="personal", owner_id=agent_id, created_at=now, **values)
        )
        target = eventlog.new_id(inserted)
    else:
        await conn.execute(sa.update(c).where(c.c.id == target).values(**values))
    row = (await conn.execute(sa.select(c).where(c.c.id == target))).one()
    return [canned_event(canned_from_row(row))]


async def delete(conn: AsyncConnection, call: MutationCall, op: CannedDeleteOp) -> list[Draft]:
    """Delete one of the sender's personal replies (never a shared one)."""
    row = await _own(conn, call.viewer.agent_id, op.id)
    c = t.canned_replies
    await conn.execute(sa.delete(c).where(c.c.id == op.id))
    return [canned_delete(row)]
