"""Survey invitations in the database: which resolved contacts get one, which are due,
and how each try ended.

Only email and phone conversations are invited here: a chat's rating is asked in the
chat page itself (server/channels/webchat). Every function runs inside the caller's
transaction (the event log's write gate); none of them talks to the network.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.conversations import MAX_DELIVERY_ERROR_CHARS
from server.channels.surveys.tables import survey_invites
from server.core import tables as house
from server.db.engine import get_meta, set_meta
from server.domains.conversations import tables as ct
from server.domains.customers import identities

INVITE_CHANNELS = ("email", "phone")
"""Channels invited by email; chat is asked in its page."""
WATERMARK_KEY = "survey_invites_since"
"""``meta`` key: conversations resolved (updated) before this time have been looked at."""
SLACK = 60.0
"""Seconds the watermark stays behind the newest look: a write that stamped its time
before we looked may commit after, and must still be seen after a restart."""
DUE_BATCH = 50


@dataclass(frozen=True)
class Due:
    """One pending invitation with what its mail needs."""

    invite_id: int
    conversation_id: int
    customer_id: int
    channel: str
    attempts: int
    subject: str
    language: str
    queue_name: str
    customer_name: str
    address: str | None
    """The customer's email address, None when there is none (or they were erased)."""


async def watermark(conn: AsyncConnection, now: float) -> float:
    """The stored watermark; made ``now`` on first use, so conversations resolved before
    invitations existed (a centre's history) are never invited."""
    value = await get_meta(conn, WATERMARK_KEY)
    if value is None:
        await set_meta(conn, WATERMARK_KEY, repr(now))
        return now
    return float(value)


def _contact_key() -> sa.ScalarSelect[int]:
    m = ct.messages.c
    return (
        sa.select(sa.func.coalesce(sa.func.max(m.id), 0))
        .where(m.conversation_id == ct.conversations.c.id, m.direction == "in")
        .scalar_subquery()
    )


async def create_for(
    conn: AsyncConnection,
    now: float,
    *,
    ids: Sequence[int] = (),
    since: float | None = None,
) -> int:
    """Make a pending invitation for each resolved email or phone conversation among
    ``ids`` (or updated at or after ``since``) that has none for its current contact;
    how many were made. With ``since``, the watermark moves to ``now - SLACK``."""
    cv = ct.conversations.c
    query = sa.select(cv.id, cv.channel, _contact_key().label("contact_key")).where(
        cv.status == "resolved", cv.channel.in_(INVITE_CHANNELS)
    )
    if since is not None:
        query = query.where(cv.updated_at >= since)
    elif ids:
        query = query.where(cv.id.in_(sorted(set(ids))))
    else:
        return 0
    found = (await conn.execute(query)).all()
    made = 0
    if found:
        s = survey_invites.c
        known = {
            (int(r[0]), int(r[1]))
            for r in await conn.execute(
                sa.select(s.conversation_id, s.contact_key).where(
                    s.conversation_id.in_([int(r[0]) for r in found])
                )
            )
        }
        rows = [
            {
                "conversation_id": int(r[0]),
                "contact_key": int(r[2]),
                "channel": str(r[1]),
                "state": "pending",
                "created_at": now,
                "next_attempt_at": now,
            }
            for r in found
            if (int(r[0]), int(r[2])) not in known
        ]
        if rows:
            await conn.execute(sa.insert(survey_invites), rows)
        made = len(rows)
    if since is not None:
        await set_meta(conn, WATERMARK_KEY, repr(max(since, now - SLACK)))
    return made


async def _address(conn: AsyncConnection, customer_id: int, email: object) -> str | None:
    if isinstance(email, str) and "@" in email:
        return email
    for kind, value in await identities.of_customer(conn, customer_id):
        if kind == "email" and "@" in value:
            return value
    return None


async def due(conn: AsyncConnection, now: float, limit: int = DUE_BATCH) -> list[Due]:
    """Pending invitations whose time has come, oldest first, with their mail's data."""
    s, cv, cu, q = survey_invites.c, ct.conversations.c, ct.customers.c, house.queues.c
    rows = (
        await conn.execute(
            sa.select(
                s.id,
                s.conversation_id,
                s.channel,
                s.attempts,
                cv.customer_id,
                cv.subject,
                cv.language,
                q.name,
                cu.name.label("customer_name"),
                cu.email,
                cu.erased_at,
            )
            .join_from(survey_invites, ct.conversations, cv.id == s.conversation_id)
            .join(ct.customers, cu.id == cv.customer_id)
            .join(house.queues, q.id == cv.queue_id)
            .where(s.state == "pending", s.next_attempt_at <= now)
            .order_by(s.next_attempt_at, s.id)
            .limit(limit)
        )
    ).all()
    out = []
    for r in rows:
        m = r._mapping
        customer_id = int(m["customer_id"])
        erased = m["erased_at"] is not None
        out.append(
            Due(
                invite_id=int(m["id"]),
                conversation_id=int(m["conversation_id"]),
                customer_id=customer_id,
                channel=str(m["channel"]),
                attempts=int(m["attempts"]),
                subject=str(m["subject"]),
                language=str(m["language"]),
                queue_name=str(m["name"]),
                customer_name=str(m["customer_name"]),
                address=None if erased else await _address(conn, customer_id, m["email"]),
            )
        )
    return out


async def record(
    conn: AsyncConnection,
    invite_id: int,
    state: str,
    *,
    error: str = "",
    attempts: int,
    next_attempt_at: float | None = None,
) -> None:
    """Store how a try ended: ``sent`` (with the time), ``failed``/``skipped`` (with the
    reason), or ``pending`` again with the next try's time."""
    now = time.time()
    await conn.execute(
        sa.update(survey_invites)
        .where(survey_invites.c.id == invite_id)
        .values(
            state=state,
            error=error[:MAX_DELIVERY_ERROR_CHARS],
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            sent_at=now if state == "sent" else None,
        )
    )


async def next_due_at(conn: AsyncConnection) -> float | None:
    """When the earliest pending invitation is due, None when none is pending."""
    s = survey_invites.c
    value = (
        await conn.execute(sa.select(sa.func.min(s.next_attempt_at)).where(s.state == "pending"))
    ).scalar()
    return None if value is None else float(value)
