"""The chat's two requests besides talking: a transcript by e-mail and the rating.

The transcript is a mail the server writes by itself (``compose.automatic``: from the
queue's address, ``Auto-Submitted: auto-generated``, the thread's reply address), sent
through the relay like every other mail; without a relay it is refused clearly rather
than pretended. The rating is the contact's CSAT answer in the surveys domain, one per
contact (a second answer replaces the first).
"""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.webchat import ChatMessage
from server.channels.delivery.senders import DeliveryError
from server.channels.email.outbound import compose, mailer
from server.channels.webchat import page, sessions
from server.channels.webchat.sessions import Session
from server.core import tables as house
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.domains.conversations import tables as t
from server.domains.surveys import reads as surveys

MAX_TRANSCRIPTS = 5
"""Transcripts one open page may ask for (each is a mail to any address it names)."""
MAX_TRANSCRIPT_MESSAGES = 10_000
"""Messages one transcript mail holds at most (the oldest ones)."""


class RefusedError(Exception):
    """The request cannot be done; ``code`` is a :data:`protocol.webchat.ERROR_CODES`."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


async def transcript(ctx: ServerContext, session: Session, to: str | None) -> None:
    """Mail the conversation so far to ``to`` (default: the address given at start)."""
    address = to or session.email
    if not address:
        raise RefusedError("no_address", "no e-mail address to send the transcript to")
    if ctx.settings.smtp_relay is None or ctx.settings.mail_domain is None:
        raise RefusedError("no_mail", "this server sends no mail (no --smtp-relay/--mail-domain)")
    texts = page.strings()[page.page_language(session.language) or "en"]
    messages: list[ChatMessage] = []
    async with ctx.engine.connect() as conn:
        while len(messages) < MAX_TRANSCRIPT_MESSAGES:
            after = messages[-1].id if messages else 0
            chunk = await sessions.replay(conn, session, after)
            messages += chunk
            if len(chunk) < sessions.REPLAY_CHUNK:
                break
        queue_name = await _queue_name(conn, session)
    lines = [f"{texts['title']}", ""]
    for message in messages:
        when = time.strftime("%Y-%m-%d %H:%M", time.gmtime(message.created_at))
        who = texts["you"] if message.direction == "in" else message.author_name
        lines.append(f"[{when} UTC] {who}:")
        lines.extend(f"  {line}" for line in message.body.splitlines() or [""])
        lines.append("")
    try:
        mail = compose.automatic(
            ctx.settings,
            ctx.secret,
            to=address,
            to_name=session.name,
            subject=texts["transcript_subject"],
            text="\n".join(lines),
            queue_name=queue_name,
            conversation_id=session.conversation_id,
        )
        await mailer.send_mail(ctx.settings, mail)
    except DeliveryError as error:
        raise RefusedError("failed", error.reason) from error


async def _queue_name(conn: AsyncConnection, session: Session) -> str:
    if session.conversation_id is None:
        return session.queue or "General"
    cv = t.conversations.c
    name = (
        await conn.execute(
            sa.select(house.queues.c.name)
            .join(t.conversations, cv.queue_id == house.queues.c.id)
            .where(cv.id == session.conversation_id)
        )
    ).scalar()
    return str(name or "General")


async def rate(ctx: ServerContext, session: Session, score: int, comment: str) -> None:
    """Store the customer's CSAT for the conversation (only once the chat has ended)."""
    if session.conversation_id is None or session.customer_id is None:
        raise RefusedError("not_ended", "nothing to rate: the chat has no conversation")
    conversation_id, customer_id = session.conversation_id, session.customer_id

    async def work(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        standing = await sessions.standing(conn, session)
        if standing.status != "ended":
            raise RefusedError("not_ended", "the chat has not ended")
        await surveys.store(
            conn,
            conversation_id=conversation_id,
            customer_id=customer_id,
            kind="csat",
            score=score,
            comment=comment,
        )
        return None, []

    await ctx.write(work)


async def rated(ctx: ServerContext, session: Session) -> bool:
    """Whether the conversation already has the customer's CSAT."""
    if session.conversation_id is None:
        return False
    async with ctx.engine.connect() as conn:
        answers = await surveys.by_conversation(conn, [session.conversation_id])
    return "csat" in answers.get(session.conversation_id, {})
