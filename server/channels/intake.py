"""Inbound customer messages: the one entry point for every channel and the simulator.

A message finds (or creates) its customer by the channel's handle among the customers'
identities (then by ``ref``, for rows older than identities), continues that customer's
unresolved conversation on the channel or opens a new one, and reopens a conversation
that was pending, snoozed or resolved, because a customer writing again needs an answer.

A channel that knows more than the text (email: the thread it recognised, sanitised
HTML, quoted history, files, its Message-IDs) passes :class:`Extras`, so the message and
all of that are written in the same transaction: never a message without its files.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from protocol.entities import ConversationData, MessageData
from protocol.kinds.conversations import AttachmentRef
from protocol.rest import IntakeMessage, IntakeResult
from protocol.text import normal_email, normal_phone
from server.channels.email.inbound.tables import mail_ids
from server.core import eventlog
from server.core import tables as house
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.db.engine import get_meta, set_meta
from server.domains.conversations import tables as t
from server.domains.conversations.entities import customer_from_row, preview
from server.domains.customers import identities, search_terms
from server.domains.customers import tables as customer_tables

DEFAULT_QUEUE = "General"
MAX_MERGE_HOPS = 8
"""A merged customer's survivor may itself have been merged: follow at most this many."""
_CONVERSATION_COLUMNS = tuple(
    name for name in ConversationData.model_fields if name not in ("kind", "customer_name")
)


@dataclass(frozen=True)
class StoredFile:
    """A file already in the file store (:mod:`server.channels.files`) to attach."""

    sha256: str
    size: int
    content_type: str
    name: str
    inline: bool = False
    content_id: str = ""


@dataclass(frozen=True)
class Extras:
    """What a channel adds to a message beyond its text.

    ``conversation_id`` is the thread the channel recognised by its own proof (an email's
    reply token or our Message-ID): the message joins it, reopening it, whoever the sender
    is. ``new_conversation`` opens a new conversation instead of continuing the
    customer's open one (a new email thread). ``header_ids`` are the mail's own
    Message-IDs, remembered so a follow-up that cites them finds the conversation; one
    already taken in raises :class:`DuplicateError` (checked in the write's transaction, so two
    deliveries of one mail at once still make one message)."""

    conversation_id: int | None = None
    new_conversation: bool = False
    author_name: str | None = None
    html: str = ""
    quoted: str = ""
    files: tuple[StoredFile, ...] = ()
    header_ids: tuple[str, ...] = ()


class IntakeError(Exception):
    """The message cannot be taken in; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class DuplicateError(IntakeError):
    """The message was taken in before (an email with a Message-ID we already have)."""

    def __init__(self) -> None:
        super().__init__(409, "already taken in")


async def ensure_secret(engine: AsyncEngine) -> bytes:
    """The database's secret for conversation tokens, made on first start."""
    async with engine.begin() as conn:
        value = await get_meta(conn, "intake_secret")
        if value is None:
            value = secrets.token_hex(32)
            await set_meta(conn, "intake_secret", value)
    return bytes.fromhex(value)


def conversation_token(secret: bytes, conversation_id: int, customer_id: int) -> str:
    """``<id>.<mac>``: lets the holder add to exactly this conversation of this customer.

    Stateless (an HMAC over the ids with the database's secret): nothing to store, and
    guessing one means guessing 128 bits, not a sequential id."""
    mac = hmac.new(secret, f"{conversation_id}:{customer_id}".encode(), hashlib.sha256)
    return f"{conversation_id}.{mac.hexdigest()[:32]}"


def survey_token(secret: bytes, conversation_id: int, customer_id: int) -> str:
    """``<id>.<mac>``: lets the holder answer the surveys of exactly this conversation.

    The MAC has its own purpose label, so a survey token never adds messages to the
    conversation and a conversation token never answers a survey."""
    label = f"survey:{conversation_id}:{customer_id}".encode()
    mac = hmac.new(secret, label, hashlib.sha256)
    return f"{conversation_id}.{mac.hexdigest()[:32]}"


def _token_conversation(secret: bytes, token: str, customer_id: int) -> int | None:
    head, _, _mac = token.partition(".")
    if not head.isdigit() or len(head) > 16:
        return None
    expected = conversation_token(secret, int(head), customer_id)
    return int(head) if hmac.compare_digest(expected, token) else None


def channel_ref(channel: str, ref: str) -> str:
    """The customer's handle in its normal form where the channel has one (E.164 for phone
    calls, a lower-case domain for email), so one person is one customer."""
    normal = {"phone": normal_phone, "email": normal_email}.get(channel)
    if normal is None:
        return ref
    try:
        return normal(ref)
    except ValueError:
        return ref


async def _customer(conn: AsyncConnection, msg: IntakeMessage) -> sa.Row[tuple[object, ...]]:
    data = msg.customer
    return await find_customer(
        conn,
        msg.channel,
        data.ref,
        data.name,
        email=data.email,
        phone=data.phone,
        language=data.language,
    )


async def find_customer(
    conn: AsyncConnection,
    channel: str,
    raw_ref: str,
    name: str,
    *,
    email: str | None = None,
    phone: str | None = None,
    language: str = "en",
) -> sa.Row[tuple[object, ...]]:
    """The customer a contact on ``channel`` from ``raw_ref`` is: the holder of the
    channel's handle among the identities (a merged customer's survivor), else the
    customer with that ``ref`` (rows older than identities), else a new customer holding
    the handle and, where nobody else holds them, the e-mail and phone the channel gave.
    CTI finds callers through it too."""
    c = t.customers
    ref = channel_ref(channel, raw_ref)
    kind = identities.CHANNEL_IDENTITY[channel]
    handle = identities.normal_or_none(kind, ref)
    row = None
    if handle is not None:  # the holder's row in one statement: this runs per message
        i = customer_tables.customer_identities
        holder = sa.select(i.c.customer_id).where(i.c.type == kind, i.c.value == handle)
        row = (await conn.execute(sa.select(c).where(c.c.id == holder.scalar_subquery()))).first()
    if row is None:
        row = (await conn.execute(sa.select(c).where(c.c.ref == ref))).first()
    for _hop in range(MAX_MERGE_HOPS):
        if row is None or row.merged_into is None:
            break
        row = (await conn.execute(sa.select(c).where(c.c.id == row.merged_into))).first()
    if row is None:
        created = await conn.execute(
            sa.insert(c).values(
                ref=ref,
                name=name,
                email=email,
                phone=phone,
                language=language,
                updated_at=time.time(),
            )
        )
        customer_id = eventlog.new_id(created)
        handles = [(kind, handle)] if handle is not None else []
        for other, value in (("email", email), ("phone", phone)):
            normal = identities.normal_or_none(other, value)
            if normal is not None:
                handles.append((other, normal))
        await identities.claim(conn, customer_id, handles)
        await identities.write_mirror(conn, customer_id)
        await search_terms.reindex(conn, customer_id)
        row = (await conn.execute(sa.select(c).where(c.c.id == customer_id))).one()
    return row


async def _queue_id(conn: AsyncConnection, name: str) -> int:
    queue_id = (
        await conn.execute(sa.select(house.queues.c.id).where(house.queues.c.name == name))
    ).scalar()
    if queue_id is None:
        raise IntakeError(422, f"unknown queue {name!r}")
    return int(queue_id)


async def unresolved_conversation(
    conn: AsyncConnection, customer_id: int, channel: str
) -> int | None:
    """The customer's newest unresolved conversation on ``channel`` (``None`` if none):
    a customer's next contact on a channel joins it, here and for calls (:mod:`.cti`)."""
    cv = t.conversations
    found = (
        await conn.execute(
            sa.select(cv.c.id)
            .where(
                cv.c.customer_id == customer_id,
                cv.c.channel == channel,
                cv.c.status != "resolved",
            )
            .order_by(cv.c.id.desc())
            .limit(1)
        )
    ).scalar()
    return None if found is None else int(found)


async def insert_conversation(
    conn: AsyncConnection,
    customer: sa.Row[tuple[object, ...]],
    channel: str,
    *,
    queue_id: int,
    subject: str,
    now: float,
) -> int:
    """A new open, empty conversation of ``customer`` (its id); one place so messages and
    calls start conversations with the same columns."""
    created = await conn.execute(
        sa.insert(t.conversations).values(
            queue_id=queue_id,
            customer_id=customer.id,
            channel=channel,
            status="open",
            subject=subject,
            language=customer.language,
            created_at=now,
            updated_at=now,
            last_message_at=now,
            last_message_preview="",
            message_count=0,
        )
    )
    return eventlog.new_id(created)


async def _threaded(
    conn: AsyncConnection, msg: IntakeMessage, extras: Extras | None
) -> tuple[sa.Row[tuple[object, ...]], int] | None:
    """The conversation the channel recognised and its customer, if it exists on this
    channel."""
    if extras is None or extras.conversation_id is None:
        return None
    cv = t.conversations
    row = (await conn.execute(sa.select(cv).where(cv.c.id == extras.conversation_id))).first()
    if row is None or row.channel != msg.channel:
        return None
    c = t.customers
    customer = (await conn.execute(sa.select(c).where(c.c.id == row.customer_id))).first()
    return None if customer is None else (customer, int(row.id))


async def _attach(
    conn: AsyncConnection, extras: Extras, conversation_id: int, message_id: int, now: float
) -> list[AttachmentRef]:
    refs: list[AttachmentRef] = []
    for f in extras.files:
        inserted = await conn.execute(
            sa.insert(t.attachments).values(
                sha256=f.sha256,
                size=f.size,
                content_type=f.content_type,
                name=f.name,
                inline=f.inline,
                content_id=f.content_id,
                message_id=message_id,
                conversation_id=conversation_id,
                uploaded_by=None,
                created_at=now,
            )
        )
        refs.append(
            AttachmentRef(
                id=eventlog.new_id(inserted),
                name=f.name,
                content_type=f.content_type,
                size=f.size,
                inline=f.inline,
                content_id=f.content_id,
            )
        )
    if refs:
        await conn.execute(
            sa.update(t.messages)
            .where(t.messages.c.id == message_id)
            .values(attachments=json.dumps([r.model_dump() for r in refs]))
        )
    for header_id in extras.header_ids:
        await conn.execute(
            sa.insert(mail_ids).values(
                header_id=header_id,
                conversation_id=conversation_id,
                message_id=message_id,
                created_at=now,
            )
        )
    return refs


async def _take_in(
    conn: AsyncConnection, msg: IntakeMessage, secret: bytes, extras: Extras | None = None
) -> tuple[IntakeResult, list[Draft]]:
    now = time.time()
    if extras is not None and extras.header_ids:
        seen = await conn.execute(
            sa.select(mail_ids.c.id)
            .where(mail_ids.c.header_id.in_(extras.header_ids), mail_ids.c.message_id.is_not(None))
            .limit(1)
        )
        if seen.first() is not None:
            raise DuplicateError
    threaded = await _threaded(conn, msg, extras)
    customer = threaded[0] if threaded is not None else await _customer(conn, msg)
    cv = t.conversations
    created = False
    if threaded is not None:
        conversation_id = threaded[1]
    elif msg.conversation_token is not None:
        # Same answer for a forged token and another customer's: nothing is revealed.
        wanted = _token_conversation(secret, msg.conversation_token, int(customer.id))
        row = None
        if wanted is not None:
            row = (await conn.execute(sa.select(cv).where(cv.c.id == wanted))).first()
        if row is None or row.customer_id != customer.id or row.channel != msg.channel:
            raise IntakeError(404, "no such conversation for this customer")
        conversation_id = int(row.id)
    else:
        conversation_id_or_none = (
            None
            if extras is not None and extras.new_conversation
            else await unresolved_conversation(conn, int(customer.id), msg.channel)
        )
        if conversation_id_or_none is None:
            queue_id = await _queue_id(conn, msg.queue or DEFAULT_QUEUE)
            subject = msg.subject or preview(msg.body)[:80]
            conversation_id = await insert_conversation(
                conn, customer, msg.channel, queue_id=queue_id, subject=subject, now=now
            )
            created = True
        else:
            conversation_id = conversation_id_or_none
    message: dict[str, object] = {
        "conversation_id": conversation_id,
        "direction": "in",
        "author_name": (extras.author_name if extras else None) or customer.name,
        "body": msg.body,
        "created_at": now,
    }
    if extras is not None:
        message.update(html=extras.html, quoted=extras.quoted)
    inserted = await conn.execute(sa.insert(t.messages).values(**message))
    message_id = eventlog.new_id(inserted)
    refs = [] if extras is None else await _attach(conn, extras, conversation_id, message_id, now)
    # RETURNING spares a read-back: this path runs for every customer message.
    updated = (
        await conn.execute(
            sa.update(cv)
            .where(cv.c.id == conversation_id)
            .values(
                status="open",
                updated_at=now,
                last_message_at=now,
                last_message_preview=preview(msg.body),
                message_count=cv.c.message_count + 1,
            )
            .returning(*cv.c)
        )
    ).one()
    conversation = ConversationData(
        **{c: getattr(updated, c) for c in _CONVERSATION_COLUMNS}, customer_name=customer.name
    )
    message_data = MessageData(
        id=message_id, author_agent_id=None, client_ref=None, attachments=refs, **message
    )
    queue_id = conversation.queue_id
    drafts: list[Draft] = []
    if created:
        drafts.append(eventlog.upsert(customer_from_row(customer), queue_id=queue_id))
    drafts.append(eventlog.upsert(message_data, queue_id=queue_id))
    drafts.append(eventlog.upsert(conversation, queue_id=queue_id))
    result = IntakeResult(
        conversation_id=conversation_id,
        message_id=message_id,
        customer_id=customer.id,
        seq=0,
        conversation_token=conversation_token(secret, conversation_id, int(customer.id)),
        survey_token=survey_token(secret, conversation_id, int(customer.id)),
    )
    return result, drafts


async def take_in(
    ctx: ServerContext, msg: IntakeMessage, extras: Extras | None = None
) -> IntakeResult:
    """Record one inbound message and its events. Raises :class:`IntakeError`."""
    result, seq = await ctx.write(lambda conn: _take_in(conn, msg, ctx.secret, extras))
    return result.model_copy(update={"seq": seq})
