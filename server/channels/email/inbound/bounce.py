"""A bounce of one of our replies marks that reply ``failed`` with the receiving
system's words, so an agent sees "550 5.1.1 user unknown" on the bubble instead of
silence (the relay said 250 and the delivery state was already ``sent``).

The bounced message is found by our Message-ID inside the report (the returned headers
of a DSN, or a non-standard bounce quoting them): its MAC proves it is ours, so a forged
"bounce" cannot fail a message of someone else's choosing without holding an id we sent.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.channels.delivery.state import clip_error, message_events
from server.channels.email import ids
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.domains.conversations import tables as t

_OUR_ID_HEADER = re.compile(
    rb"^Message-ID:\s*<(frontline\.([0-9]{1,15})\.([0-9]{1,15})\.([0-9a-fA-F]{16})@[^>\s]+)>",
    re.I | re.M,
)
_OUR_ID = re.compile(rb"frontline\.([0-9]{1,15})\.([0-9]{1,15})\.([0-9a-fA-F]{16})@[^>\s]+")
_DIAGNOSTIC = re.compile(rb"^Diagnostic-Code:\s*(?:[a-z]+;\s*)?(.+)$", re.I | re.M)
_STATUS = re.compile(rb"^Status:\s*([245]\.[0-9]{1,3}\.[0-9]{1,3})", re.I | re.M)
MAX_SCAN = 256 * 1024
"""Bytes of a bounce searched for our ids (the returned headers come early)."""


def bounced_message(secret: bytes, raw: bytes) -> tuple[int, int] | None:
    """``(conversation id, message id)`` of the reply of ours a bounce reports, if any:
    the returned ``Message-ID:`` header first (a reply's ``References`` name its earlier
    siblings, which did not bounce), else the first id of ours anywhere."""
    head = raw[:MAX_SCAN]
    candidates = [(f[1], f[2], f[3]) for f in _OUR_ID_HEADER.finditer(head)]
    candidates += [(f[0], f[1], f[2]) for f in _OUR_ID.finditer(head)]
    for whole, conv, msg in candidates:
        text = whole.decode("ascii", "replace")
        conversation = ids.conversation_of_message_id(secret, f"<{text}>")
        if conversation is not None and conversation == int(conv):
            return conversation, int(msg)
    return None


def reason_of(raw: bytes) -> str:
    """The receiving system's words: the DSN's ``Diagnostic-Code``, else its ``Status``."""
    head = raw[:MAX_SCAN]
    for pattern in (_DIAGNOSTIC, _STATUS):
        found = pattern.search(head)
        if found is not None:
            return "bounced: " + found[1].decode("utf-8", "replace").strip()
    return "bounced by the receiving mail system"


async def mark_bounced(ctx: ServerContext, raw: bytes) -> int | None:
    """Mark the reply a bounce reports ``failed``; its id, or None when the bounce names
    no outbound email message of ours that is still ``queued`` or ``sent``."""
    found = bounced_message(ctx.secret, raw)
    if found is None:
        return None
    conversation_id, message_id = found
    error = clip_error(reason_of(raw))
    m = t.messages.c

    async def work(conn: AsyncConnection) -> tuple[int | None, list[Draft]]:
        changed = (
            await conn.execute(
                sa.update(t.messages)
                .where(
                    m.id == message_id,
                    m.conversation_id == conversation_id,
                    m.direction == "out",
                    m.delivery.in_(("queued", "sent")),
                )
                .values(delivery="failed", delivery_error=error, next_attempt_at=None)
                .returning(m.id)
            )
        ).all()
        if not changed:
            return None, []
        return message_id, await message_events(conn, [message_id])

    result, _seq = await ctx.write(work)
    return result
