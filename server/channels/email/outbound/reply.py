"""An agent's email reply: what the thread says it must carry, and the mail built from it.

A reply threads in the customer's mail client only when ``In-Reply-To`` names the mail it
answers and ``References`` carries the chain (RFC 5322 3.6.4): the customer's own
Message-IDs are the inbound side's ``mail_ids`` rows, ours are minted from the message
ids (:func:`server.channels.email.ids.message_id`), so both are merged in time order and
the newest :data:`MAX_REFERENCES` kept (long threads would otherwise grow the header
without bound). The ``Reply-To`` plus address and our Message-IDs lead the customer's
answer back into the same conversation even when a client drops headers.

A human wrote it, so it carries no ``Auto-Submitted`` (RFC 3834: that would keep the
customer's own autoresponder quiet, and the auto-reply is how an agent learns the
customer is away); the ``X-Loop`` marker is on it like on every mail we send.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from email.message import EmailMessage

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from server.channels import files
from server.channels.delivery.senders import DeliveryError, Outbound
from server.channels.email import ids
from server.channels.email.inbound.tables import mail_ids
from server.channels.email.outbound import compose
from server.core.settings import Settings
from server.core.tables import queues
from server.domains.conversations.tables import attachments, conversations, customers, messages
from server.domains.customers.tables import customer_identities

MAX_REFERENCES = 20
"""Message-IDs kept in ``References`` (the newest; RFC 5322 allows trimming the middle)."""
_ADDRESS = re.compile(r"^[^@\s<>]{1,64}@[^@\s<>]+\.[^@\s<>]+$")
"""Looks like ``local@domain.tld``: an email ref that is not one is no address to mail."""
_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|vs|antw|r)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


@dataclass(frozen=True)
class Thread:
    """What the database says about the conversation a reply goes to."""

    conversation_id: int
    subject: str
    queue_name: str
    customer_name: str
    customer_address: str | None
    chain: list[str] = field(default_factory=list)
    """Message-IDs of the thread so far, oldest first (theirs and ours)."""
    customer_latest: str | None = None
    """The customer's newest Message-ID: what this reply answers."""


@dataclass(frozen=True)
class FileToSend:
    """One attachment's stored bytes and how the customer sees it."""

    name: str
    content_type: str
    data: bytes


def reply_subject(subject: str, fallback: str) -> str:
    """``Re: <subject>`` once, whatever prefixes the thread collected (``RE: Aw: x``)."""
    bare = _REPLY_PREFIX.sub("", subject).strip()
    return f"Re: {bare}" if bare else fallback


def _bracketed(value: str) -> str:
    value = value.strip()
    return value if value.startswith("<") else f"<{value}>"


async def customer_address(conn: AsyncConnection, customer_id: int) -> tuple[str, str | None]:
    """The customer's name and email address (their profile's, else their newest email
    identity), or None when they have none."""
    row = (
        await conn.execute(
            sa.select(customers.c.name, customers.c.email).where(customers.c.id == customer_id)
        )
    ).first()
    if row is None:
        return "", None
    if row.email and _ADDRESS.match(str(row.email)):
        return str(row.name), str(row.email)
    identities = await conn.scalars(
        sa.select(customer_identities.c.value)
        .where(
            customer_identities.c.customer_id == customer_id,
            customer_identities.c.type == "email",
        )
        .order_by(customer_identities.c.id.desc())
    )
    usable = (str(value) for value in identities if _ADDRESS.match(str(value)))
    return str(row.name), next(usable, None)


async def read_thread(
    conn: AsyncConnection, secret: bytes, domain: str, outbound: Outbound
) -> Thread:
    """The conversation, its queue, the customer's address and the Message-ID chain."""
    conv = (
        await conn.execute(
            sa.select(conversations.c.subject, conversations.c.customer_id, queues.c.name)
            .join(queues, queues.c.id == conversations.c.queue_id)
            .where(conversations.c.id == outbound.conversation_id)
        )
    ).first()
    if conv is None:
        raise DeliveryError("the conversation no longer exists", permanent=True)
    name, address = await customer_address(conn, int(conv.customer_id))
    theirs = (
        await conn.execute(
            sa.select(mail_ids.c.header_id, mail_ids.c.created_at)
            .where(mail_ids.c.conversation_id == outbound.conversation_id)
            .order_by(mail_ids.c.created_at.desc(), mail_ids.c.id.desc())
            .limit(MAX_REFERENCES)
        )
    ).all()
    ours = (
        await conn.execute(
            sa.select(messages.c.id, messages.c.created_at)
            .where(
                messages.c.conversation_id == outbound.conversation_id,
                messages.c.direction == "out",
                messages.c.id != outbound.message_id,
                messages.c.delivery.in_(("sent", "delivered")),
            )
            .order_by(messages.c.created_at.desc(), messages.c.id.desc())
            .limit(MAX_REFERENCES)
        )
    ).all()
    timeline = sorted(
        [(float(r.created_at), 0, _bracketed(str(r.header_id))) for r in theirs]
        + [
            (float(r.created_at), 1, ids.message_id(secret, domain, outbound.conversation_id, r.id))
            for r in ours
        ]
    )
    chain: list[str] = []
    for _at, _side, header in timeline:
        if header not in chain:
            chain.append(header)
    latest = _bracketed(str(theirs[0].header_id)) if theirs else None
    return Thread(
        conversation_id=outbound.conversation_id,
        subject=str(conv.subject or ""),
        queue_name=str(conv.name),
        customer_name=name,
        customer_address=address,
        chain=chain[-MAX_REFERENCES:],
        customer_latest=latest,
    )


async def read_files(
    conn: AsyncConnection, settings: Settings, attachment_ids: tuple[int, ...]
) -> list[FileToSend]:
    """The reply's attachments from the file store (in the agent's order). A file that
    is gone, or a reply larger than the relay takes, is a permanent failure: retrying
    sends the same thing."""
    if not attachment_ids:
        return []
    rows = {
        int(r.id): r
        for r in (
            await conn.execute(
                sa.select(
                    attachments.c.id,
                    attachments.c.sha256,
                    attachments.c.name,
                    attachments.c.content_type,
                    attachments.c.size,
                ).where(attachments.c.id.in_(attachment_ids))
            )
        ).all()
    }
    missing = [str(i) for i in attachment_ids if i not in rows]
    if missing:
        raise DeliveryError(f"attachment {', '.join(missing)} no longer exists", permanent=True)
    total = sum(int(rows[i].size) for i in attachment_ids)
    if total > settings.max_mail_bytes:
        raise DeliveryError(
            f"the attachments ({total} bytes) exceed the largest mail ({settings.max_mail_bytes})",
            permanent=True,
        )
    found: list[FileToSend] = []
    for attachment_id in attachment_ids:
        row = rows[attachment_id]
        try:
            data = await asyncio.to_thread(files.read, settings, str(row.sha256))
        except (FileNotFoundError, ValueError):
            raise DeliveryError(
                f"the file of attachment {row.name!r} is missing from the store", permanent=True
            ) from None
        found.append(FileToSend(str(row.name), str(row.content_type), data))
    return found


def compose_reply(
    settings: Settings,
    secret: bytes,
    outbound: Outbound,
    thread: Thread,
    attached: list[FileToSend],
) -> EmailMessage:
    """The mail of an agent's reply (see the module's docstring for its headers)."""
    domain = compose.mail_domain(settings)
    if not thread.customer_address:
        raise DeliveryError("the customer has no email address", permanent=True)
    author = compose.one_line(outbound.author_name, 120) or thread.queue_name
    message = compose.base_message(
        settings,
        sender=compose.address(
            f"{author} ({thread.queue_name})", compose.queue_address(settings, thread.queue_name)
        ),
        to=compose.address(thread.customer_name, thread.customer_address),
        subject=reply_subject(thread.subject, f"Re: {thread.queue_name}"),
        message_id=ids.message_id(secret, domain, outbound.conversation_id, outbound.message_id),
        reply_to=ids.reply_address(secret, domain, thread.queue_name, outbound.conversation_id),
    )
    if thread.customer_latest:
        message["In-Reply-To"] = thread.customer_latest
    if thread.chain:
        message["References"] = " ".join(thread.chain)
    compose.set_body(message, outbound.body, None)
    for item in attached:
        maintype, _slash, subtype = item.content_type.partition("/")
        if not subtype or maintype in ("multipart", "message"):
            # A container type would have to be parsed, not carried: send it as bytes.
            maintype, subtype = "application", "octet-stream"
        message.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.name)
    return message
