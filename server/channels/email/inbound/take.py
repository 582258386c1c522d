"""An accepted mail into a conversation, or into the quarantine: never lost.

The order follows Chatwoot and Zammad: duplicates first (an MTA that timed out waiting
for our 250 sends again: the same Message-ID is taken once), automatic mail next (an
auto-reply, a bounce or a loop never opens a conversation nor triggers an answer; it is
kept in the quarantine with its reason), then the thread: our reply token in the
recipient, then our Message-IDs in ``In-Reply-To``/``References``, then a customer's own
Message-IDs we stored, else a new conversation in the recipient's queue. Whatever fails
after SMTP said 250 goes to the quarantine with a log line.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

import sqlalchemy as sa
from pydantic import ValidationError

from protocol.mail import QuarantineReason
from protocol.rest import IntakeCustomer, IntakeMessage
from protocol.text import excerpt
from server.channels import files, intake
from server.channels.email import ids
from server.channels.email.inbound import bounce
from server.channels.email.inbound.parse import ParsedMail, parse
from server.channels.email.inbound.tables import mail_ids, mail_quarantine
from server.core import tables as house
from server.core.context import ServerContext
from server.domains.conversations import tables as t
from server.domains.customers import identities
from server.domains.customers import tables as customer_tables

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Taken:
    """Where a mail went: a message, a known duplicate, or the quarantine."""

    conversation_id: int | None = None
    message_id: int | None = None
    quarantine_id: int | None = None
    duplicate: bool = False


async def queue_of(ctx: ServerContext, local: str) -> str | None:
    """The name of the queue whose address local part is ``local``, if any."""
    async with ctx.engine.connect() as conn:
        names = (await conn.execute(sa.select(house.queues.c.name))).scalars().all()
    return next((str(n) for n in names if ids.queue_local(str(n)) == local), None)


async def check_recipient(ctx: ServerContext, address: str) -> str | None:
    """The SMTP refusal for a recipient, or None when we take mail for it."""
    domain = ctx.settings.mail_domain or ""
    split = ids.split_recipient(address, domain)
    if split is None:
        return "550 5.7.1 relaying denied"
    local, token = split
    if token is not None and ids.conversation_of_token(ctx.secret, token) is not None:
        return None
    if token is None and await queue_of(ctx, local) is not None:
        return None
    return "550 5.1.1 no such queue here"


async def _thread(ctx: ServerContext, recipient: str, mail: ParsedMail) -> int | None:
    split = ids.split_recipient(recipient, ctx.settings.mail_domain or "")
    if split is not None and split[1] is not None:
        found = ids.conversation_of_token(ctx.secret, split[1])
        if found is not None:
            return found
    for header_id in mail.thread_ids:
        found = ids.conversation_of_message_id(ctx.secret, header_id)
        if found is not None:
            return found
    if not mail.thread_ids or mail.address is None:
        return None
    # A customer's own Message-ID is weaker proof than our MAC'd ids (everyone who got a
    # copy of the mail knows it), so it threads only mail from that same customer.
    m, cv, i = mail_ids.c, t.conversations.c, customer_tables.customer_identities.c
    handle = identities.normal_or_none("email", mail.address) or mail.address
    async with ctx.engine.connect() as conn:
        stored = (
            await conn.execute(
                sa.select(m.conversation_id)
                .join(t.conversations, cv.id == m.conversation_id)
                .join(
                    customer_tables.customer_identities,
                    (i.customer_id == cv.customer_id) & (i.type == "email"),
                )
                .where(m.header_id.in_(mail.thread_ids), i.value == handle)
                .order_by(m.id.desc())
                .limit(1)
            )
        ).scalar()
    return None if stored is None else int(stored)


async def _is_duplicate(ctx: ServerContext, mail: ParsedMail) -> bool:
    if not mail.message_id:
        return False
    async with ctx.engine.connect() as conn:
        found = await conn.execute(
            sa.select(mail_ids.c.id)
            .where(mail_ids.c.header_id == mail.message_id, mail_ids.c.message_id.is_not(None))
            .limit(1)
        )
        return found.first() is not None


def _body(mail: ParsedMail) -> str:
    """The message text; a mail with none still says what it brought."""
    if mail.body.strip():
        text = mail.body
    elif mail.parts:
        text = "[" + ", ".join(p.name for p in mail.parts[:10]) + "]"
    else:
        text = mail.subject or "(no text)"
    if mail.dropped:
        text += "\n\n[not kept (too large or too many): " + ", ".join(mail.dropped[:10]) + "]"
    return text


async def quarantine(
    ctx: ServerContext,
    raw: bytes,
    *,
    sender: str,
    recipient: str,
    subject: str,
    reason: QuarantineReason,
    detail: str = "",
) -> int:
    """Keep a mail we accepted but do not take in; its id (logged)."""
    sha = await asyncio.to_thread(files.store, ctx.settings, raw)
    async with ctx.engine.begin() as conn:
        inserted = await conn.execute(
            sa.insert(mail_quarantine).values(
                received_at=time.time(),
                sender=sender[:998],
                recipient=recipient[:998],
                subject=subject[:998],
                reason=reason,
                detail=detail[:500],
                size=len(raw),
                sha256=sha,
            )
        )
        key = inserted.inserted_primary_key
        quarantine_id = int(key[0]) if key is not None else 0
    log.warning(
        "mail from %s to %s quarantined as %s (#%d): %s",
        excerpt(sender),
        excerpt(recipient),
        reason,
        quarantine_id,
        excerpt(detail, 200),
    )
    return quarantine_id


async def receive(
    ctx: ServerContext,
    raw: bytes,
    envelope_from: str | None,
    recipient: str,
    *,
    force: bool = False,
) -> Taken:
    """Take one accepted mail for ``recipient`` (already checked); ``envelope_from`` is
    the SMTP ``MAIL FROM`` (``""`` for the null sender of bounces; None when the mail did
    not come over SMTP); ``force`` takes an automatic one in anyway (a supervisor
    released it)."""
    settings = ctx.settings
    keep = {"sender": envelope_from or "", "recipient": recipient, "subject": ""}
    try:
        mail = await asyncio.to_thread(
            parse,
            raw,
            domain=settings.mail_domain or "",
            envelope_from=envelope_from,
            max_attachment_bytes=settings.max_attachment_bytes,
        )
    except Exception as exc:  # kept, logged, answered 250: never lost
        log.exception("mail from %s could not be parsed", excerpt(envelope_from or ""))
        qid = await quarantine(ctx, raw, **keep, reason="unparseable", detail=repr(exc))
        return Taken(quarantine_id=qid)
    keep.update(sender=mail.address or envelope_from or "", subject=mail.subject)
    if await _is_duplicate(ctx, mail):
        log.info("mail %s taken in before: ignored", excerpt(mail.message_id))
        return Taken(duplicate=True)
    if mail.automatic is not None and not force:
        reason: QuarantineReason = "bounce" if mail.automatic == "bounce" else "auto-reply"
        if mail.automatic == "loop":
            reason = "loop"
        detail = "automatic mail"
        if reason == "bounce":
            failed = await bounce.mark_bounced(ctx, raw)
            if failed is not None:
                detail = f"bounce of message {failed}: marked failed"
        qid = await quarantine(ctx, raw, **keep, reason=reason, detail=detail)
        return Taken(quarantine_id=qid)
    if mail.address is None:
        qid = await quarantine(
            ctx, raw, **keep, reason="no-customer", detail="no usable sender address"
        )
        return Taken(quarantine_id=qid)
    return await _take(ctx, raw, mail, recipient, keep)


async def _take(
    ctx: ServerContext, raw: bytes, mail: ParsedMail, recipient: str, keep: dict[str, str]
) -> Taken:
    assert mail.address is not None
    split = ids.split_recipient(recipient, ctx.settings.mail_domain or "")
    queue = await queue_of(ctx, split[0]) if split is not None else None
    thread = await _thread(ctx, recipient, mail)
    stored: list[intake.StoredFile] = []
    for part in mail.parts:
        sha = await asyncio.to_thread(files.store, ctx.settings, part.data)
        stored.append(
            intake.StoredFile(
                sha, len(part.data), part.content_type, part.name, part.inline, part.content_id
            )
        )
    name = mail.name or mail.address.partition("@")[0] or mail.address
    try:
        message = IntakeMessage(
            channel="email",
            customer=IntakeCustomer(
                ref=mail.address, name=name, email=mail.address, language=mail.language
            ),
            body=_body(mail),
            subject=mail.subject,
            queue=queue or intake.DEFAULT_QUEUE,
        )
        extras = intake.Extras(
            conversation_id=thread,
            new_conversation=True,
            author_name=name,
            html=mail.html,
            quoted=mail.quoted,
            files=tuple(stored),
            header_ids=(mail.message_id,) if mail.message_id else (),
        )
        result = await intake.take_in(ctx, message, extras)
    except intake.DuplicateError:
        return Taken(duplicate=True)
    except (ValidationError, intake.IntakeError, ValueError) as exc:
        detail = str(exc)
        qid = await quarantine(ctx, raw, **keep, reason="error", detail=detail)
        return Taken(quarantine_id=qid)
    return Taken(conversation_id=result.conversation_id, message_id=result.message_id)


async def count_messages(ctx: ServerContext, conversation_id: int) -> int:
    """How many messages a conversation has (for logs and tests)."""
    async with ctx.engine.connect() as conn:
        found = await conn.execute(
            sa.select(sa.func.count())
            .select_from(t.messages)
            .where(t.messages.c.conversation_id == conversation_id)
        )
        return int(found.scalar() or 0)
