"""Delivery state changes of outbound messages, each one write with its events.

Every change re-upserts the message entity (scoped to its conversation's queue), so a desk
sees queued -> sent -> delivered | failed as it happens. The state machine:

- ``queued`` -> ``sent`` | ``delivered`` (a sender took it), ``queued`` again with one
  more attempt and a later ``next_attempt_at`` (a temporary failure), ``failed`` (a
  permanent failure, or the last attempt);
- ``sent`` -> ``delivered`` (the channel confirmed it: :func:`mark_delivered`);
- ``failed`` -> ``queued`` (an agent's ``message.retry``).

A confirmation may overtake the dispatcher's own record of "sent" (the chat page can
acknowledge before the sender's call returns), so :func:`mark_delivered` also accepts a
``queued`` message and the dispatcher never moves a message that is no longer ``queued``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.conversations import MAX_DELIVERY_ERROR_CHARS
from server.core import eventlog
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.domains.conversations import tables as t
from server.domains.conversations.entities import message_from_row

MAX_MARK = 500
"""Most message ids one :func:`mark_delivered` call looks at (a page acknowledges a few)."""

m = t.messages.c


async def message_events(conn: AsyncConnection, message_ids: Sequence[int]) -> list[Draft]:
    """The upsert events of these messages, each scoped to its conversation's queue."""
    if not message_ids:
        return []
    rows = (
        await conn.execute(
            sa.select(*t.messages.c, t.conversations.c.queue_id.label("queue_id"))
            .join(t.conversations, t.conversations.c.id == m.conversation_id)
            .where(m.id.in_(list(message_ids)))
            .order_by(m.id)
        )
    ).all()
    return [eventlog.upsert(message_from_row(r), queue_id=r.queue_id) for r in rows]


async def mark_delivered(ctx: ServerContext, message_ids: Sequence[int]) -> None:
    """The channel confirms the customer has these messages: ``sent`` (or still
    ``queued``, when the confirmation overtook the dispatcher) becomes ``delivered``, with
    events. Ids of other states, unknown ids and repeats change nothing."""
    ids = sorted({int(i) for i in message_ids})[:MAX_MARK]
    if not ids:
        return

    async def work(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        changed = (
            await conn.execute(
                sa.update(t.messages)
                .where(m.id.in_(ids), m.delivery.in_(("queued", "sent")))
                .values(
                    delivery="delivered",
                    next_attempt_at=None,
                    delivery_error="",
                    # Overtaken while queued: the try that delivered it counts.
                    delivery_attempts=sa.case(
                        (m.delivery == "queued", m.delivery_attempts + 1),
                        else_=m.delivery_attempts,
                    ),
                )
                .returning(m.id)
            )
        ).all()
        return None, await message_events(conn, [r.id for r in changed])

    await ctx.write(work)


def clip_error(reason: str) -> str:
    """A channel's error text as stored: one line, at most the column's length."""
    text = " ".join(reason.split()) or "delivery failed"
    return text[:MAX_DELIVERY_ERROR_CHARS]


async def record_sent(ctx: ServerContext, message_id: int, state: str) -> None:
    """A sender took the message (``sent`` or ``delivered``); no change unless it is
    still ``queued``."""

    async def work(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        changed = (
            await conn.execute(
                sa.update(t.messages)
                .where(m.id == message_id, m.delivery == "queued")
                .values(
                    delivery=state,
                    delivery_error="",
                    delivery_attempts=m.delivery_attempts + 1,
                    next_attempt_at=None,
                )
                .returning(m.id)
            )
        ).all()
        return None, await message_events(conn, [r.id for r in changed])

    await ctx.write(work)


async def record_failure(
    ctx: ServerContext, message_id: int, reason: str, *, permanent: bool
) -> None:
    """A try failed: ``failed`` when permanent or the attempts are used up, else stay
    ``queued`` with the next try after ``delivery_retry_base * 2**(attempts-1)`` seconds."""
    settings = ctx.settings

    async def work(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        row = (
            await conn.execute(
                sa.select(m.delivery_attempts).where(m.id == message_id, m.delivery == "queued")
            )
        ).first()
        if row is None:
            return None, []
        attempts = row.delivery_attempts + 1
        values: dict[str, object] = {
            "delivery_attempts": attempts,
            "delivery_error": clip_error(reason),
        }
        if permanent or attempts >= settings.delivery_max_attempts:
            values |= {"delivery": "failed", "next_attempt_at": None}
        else:
            delay = settings.delivery_retry_base * 2 ** (attempts - 1)
            values["next_attempt_at"] = time.time() + delay
        await conn.execute(sa.update(t.messages).where(m.id == message_id).values(**values))
        return None, await message_events(conn, [message_id])

    await ctx.write(work)


def queue_values(now: float) -> dict[str, object]:
    """The columns of a message (re)entering the queue: due now, no attempts, no error."""
    return {
        "delivery": "queued",
        "delivery_error": "",
        "delivery_attempts": 0,
        "next_attempt_at": now,
    }
