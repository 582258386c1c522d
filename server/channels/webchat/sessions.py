"""Chat sessions in the database: start, find by token, post a customer message once,
replay after a cursor, and what the page should show about the chat (waiting, an agent's
name, ended).

Customer messages go in through the intake's own transaction (``intake._take_in``,
which :func:`server.channels.intake.take_in` wraps), extended by the row that maps the
page's client id to the stored message: both commit together, so a message resent after a
lost confirmation, a reconnect or a server restart is found and never stored twice.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.rest import IntakeCustomer, IntakeMessage
from protocol.webchat import ChatMessage, ChatStatus, StartChat
from server.channels import intake
from server.channels.webchat.tables import chat_client_ids, chat_sessions
from server.core import tables as house
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.domains.conversations import tables as t

SESSION_SECONDS = 24 * 3600.0
"""A session lasts a day after its last use (a resume renews it)."""
REPLAY_CHUNK = 500
"""Messages read per query of a replay; a long chat is replayed chunk after chunk."""

s = chat_sessions.c
m = t.messages.c


@dataclass
class Session:
    """One visitor's chat as the socket handler keeps it."""

    id: int
    customer_ref: str
    name: str
    email: str | None
    language: str
    queue: str
    customer_id: int | None
    conversation_id: int | None
    conversation_token: str
    ended_at: float | None

    @classmethod
    def of(cls, row: sa.Row[tuple[object, ...]]) -> Session:
        r = row._mapping
        return cls(
            id=int(str(r["id"])),
            customer_ref=str(r["customer_ref"]),
            name=str(r["name"]),
            email=None if r["email"] is None else str(r["email"]),
            language=str(r["language"]),
            queue=str(r["queue"]),
            customer_id=None if r["customer_id"] is None else int(str(r["customer_id"])),
            conversation_id=(
                None if r["conversation_id"] is None else int(str(r["conversation_id"]))
            ),
            conversation_token=str(r["conversation_token"]),
            ended_at=None if r["ended_at"] is None else float(str(r["ended_at"])),
        )


def hash_token(token: str) -> str:
    """What the database keeps of a token: its SHA-256 (hex)."""
    return hashlib.sha256(token.encode()).hexdigest()


async def queue_exists(ctx: ServerContext, name: str) -> bool:
    """Whether a queue of that name exists (a page link with a wrong ``?queue=``)."""
    async with ctx.engine.connect() as conn:
        found = await conn.execute(sa.select(house.queues.c.id).where(house.queues.c.name == name))
        return found.first() is not None


async def start(ctx: ServerContext, frame: StartChat) -> tuple[Session, str]:
    """A new session and its token (shown once, to the page)."""
    token = secrets.token_urlsafe(32)
    now = time.time()
    values = {
        "token_hash": hash_token(token),
        "customer_ref": f"webchat:{secrets.token_hex(16)}",
        "name": frame.name,
        "email": frame.email,
        "language": frame.language,
        "queue": frame.queue or "",
        "created_at": now,
        "expires_at": now + SESSION_SECONDS,
    }

    async def work(conn: AsyncConnection) -> tuple[Session, list[Draft]]:
        inserted = await conn.execute(sa.insert(chat_sessions).values(**values))
        row = (
            await conn.execute(
                sa.select(chat_sessions).where(s.id == inserted.inserted_primary_key[0])  # type: ignore[index]
            )
        ).one()
        return Session.of(row), []

    session, _seq = await ctx.write(work)
    return session, token


async def find(ctx: ServerContext, token: str) -> tuple[Session | None, bool]:
    """The session of ``token`` and whether it expired; renews an unexpired one."""
    now = time.time()

    async def work(conn: AsyncConnection) -> tuple[tuple[Session | None, bool], list[Draft]]:
        row = (
            await conn.execute(sa.select(chat_sessions).where(s.token_hash == hash_token(token)))
        ).first()
        if row is None:
            return (None, False), []
        if float(row.expires_at) <= now:
            return (None, True), []
        await conn.execute(
            sa.update(chat_sessions).where(s.id == row.id).values(expires_at=now + SESSION_SECONDS)
        )
        return (Session.of(row), False), []

    found, _seq = await ctx.write(work)
    return found


async def post(ctx: ServerContext, session: Session, client_id: str, body: str) -> ChatMessage:
    """Store the customer's message once per ``client_id``; the stored message (the
    earlier one when this is a resend). Raises :class:`intake.IntakeError`."""

    async def work(conn: AsyncConnection) -> tuple[ChatMessage, list[Draft]]:
        known = (
            await conn.execute(
                sa.select(t.messages)
                .join(chat_client_ids, chat_client_ids.c.message_id == m.id)
                .where(
                    chat_client_ids.c.session_id == session.id,
                    chat_client_ids.c.client_id == client_id,
                )
            )
        ).first()
        if known is not None:
            return chat_message(known, client_id), []
        msg = IntakeMessage(
            channel="chat",
            customer=IntakeCustomer(
                ref=session.customer_ref,
                name=session.name,
                email=session.email,
                language=session.language,
            ),
            body=body,
            queue=session.queue or None,
            conversation_token=session.conversation_token or None,
        )
        result, drafts = await intake._take_in(conn, msg, ctx.secret)
        await conn.execute(
            sa.insert(chat_client_ids).values(
                session_id=session.id, client_id=client_id, message_id=result.message_id
            )
        )
        if session.conversation_id != result.conversation_id:
            await conn.execute(
                sa.update(chat_sessions)
                .where(s.id == session.id)
                .values(
                    customer_id=result.customer_id,
                    conversation_id=result.conversation_id,
                    conversation_token=result.conversation_token,
                )
            )
        if session.ended_at is not None:
            await conn.execute(
                sa.update(chat_sessions).where(s.id == session.id).values(ended_at=None)
            )
        row = (await conn.execute(sa.select(t.messages).where(m.id == result.message_id))).one()
        session.customer_id = result.customer_id
        session.conversation_id = result.conversation_id
        session.conversation_token = result.conversation_token
        session.ended_at = None
        return chat_message(row, client_id), drafts

    message, _seq = await ctx.write(work)
    return message


def chat_message(row: sa.Row[tuple[object, ...]], client_id: str = "") -> ChatMessage:
    r = row._mapping
    return ChatMessage(
        id=int(str(r["id"])),
        direction="in" if r["direction"] == "in" else "out",
        author_name=str(r["author_name"]),
        body=str(r["body"]),
        created_at=float(str(r["created_at"])),
        client_id=client_id,
    )


def visible() -> sa.ColumnElement[bool]:
    """The messages a customer sees: theirs and the agents' replies, never notes."""
    return m.direction.in_(("in", "out"))


async def replay(
    conn: AsyncConnection, session: Session, cursor: int, limit: int = REPLAY_CHUNK
) -> list[ChatMessage]:
    """Up to ``limit`` of the session's messages after ``cursor`` (in order), with the
    page's client ids; ask again after the last one for more."""
    if session.conversation_id is None:
        return []
    rows = (
        await conn.execute(
            sa.select(t.messages, chat_client_ids.c.client_id)
            .outerjoin(
                chat_client_ids,
                sa.and_(
                    chat_client_ids.c.message_id == m.id,
                    chat_client_ids.c.session_id == session.id,
                ),
            )
            .where(m.conversation_id == session.conversation_id, m.id > cursor, visible())
            .order_by(m.id)
            .limit(limit)
        )
    ).all()
    return [chat_message(r, r.client_id or "") for r in rows]


async def own_replies(conn: AsyncConnection, session: Session, ids: list[int]) -> list[int]:
    """Which of ``ids`` are agents' replies in this session's conversation (an ``ack``
    may only confirm those)."""
    if session.conversation_id is None or not ids:
        return []
    rows = await conn.execute(
        sa.select(m.id).where(
            m.id.in_(ids), m.conversation_id == session.conversation_id, m.direction == "out"
        )
    )
    return [int(r.id) for r in rows]


@dataclass(frozen=True)
class Standing:
    """What the page shows about the chat besides its messages."""

    status: ChatStatus
    agent_name: str
    queue_id: int | None


async def standing(conn: AsyncConnection, session: Session) -> Standing:
    """Waiting, joined (with the agent's display name) or ended."""
    if session.conversation_id is None:
        return Standing("ended" if session.ended_at else "waiting", "", None)
    cv = t.conversations.c
    row = (
        await conn.execute(
            sa.select(cv.status, cv.queue_id, house.agents.c.display_name)
            .select_from(
                t.conversations.outerjoin(house.agents, house.agents.c.id == cv.assignee_id)
            )
            .where(cv.id == session.conversation_id)
        )
    ).one()
    if row.status == "resolved" or session.ended_at is not None:
        return Standing("ended", row.display_name or "", int(row.queue_id))
    if row.display_name:
        return Standing("joined", str(row.display_name), int(row.queue_id))
    return Standing("waiting", "", int(row.queue_id))


async def end(ctx: ServerContext, session: Session) -> None:
    """The customer closed the chat."""
    now = time.time()

    async def work(conn: AsyncConnection) -> tuple[None, list[Draft]]:
        await conn.execute(sa.update(chat_sessions).where(s.id == session.id).values(ended_at=now))
        return None, []

    await ctx.write(work)
    session.ended_at = now
