"""``/chat/ws``: one customer's chat page. Never the agent protocol.

The page first says ``start`` (a new session: the token comes back once) or ``resume``
(token and cursor: the messages after the cursor are replayed). Everything else needs a
session. Hostile input is answered, never obeyed: a frame over
:data:`protocol.webchat.MAX_FRAME_CHARS`, a frame that is not one of the page's, too many
frames too fast, a bad token or one session too many each get a :class:`ChatError`; the
fatal ones close the socket with a clear reason. Nothing half-written is left behind: a
customer message and its client id commit together or not at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from fastapi import WebSocket, WebSocketDisconnect
from pydantic import ValidationError

from protocol.text import excerpt
from protocol.webchat import (
    MAX_FRAME_CHARS,
    PAGE_FRAME,
    Ack,
    ChatEnded,
    ChatError,
    Done,
    EndChat,
    Rate,
    Replayed,
    RequestTranscript,
    ResumeChat,
    SendMessage,
    SessionReady,
    StartChat,
    Typing,
)
from server.channels.intake import IntakeError
from server.channels.webchat import extras, sessions
from server.channels.webchat.hub import Conn, Hub
from server.core.context import ServerContext

log = logging.getLogger(__name__)

RATE = 10.0
"""Frames per second a page may send on average..."""
BURST = 40.0
"""...and at once (a resume resends its unconfirmed messages together)."""
STRIKES = 200
"""Frames refused for speed before the socket is closed."""
HELLO_SECONDS = 10.0
"""A new socket must say ``start`` or ``resume`` within this."""
REPLAY_SECONDS = 60.0
"""A resume's replay must be read within this (a page that stops reading is closed)."""
CLOSE_POLICY = 1008
CLOSE_BUSY = 1013


class Bucket:
    """A token bucket: :data:`RATE` frames a second, :data:`BURST` at once."""

    def __init__(self) -> None:
        self.tokens = BURST
        self.at = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(BURST, self.tokens + (now - self.at) * RATE)
        self.at = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class Page:
    """One socket's conversation with its page."""

    def __init__(self, ctx: ServerContext, hub: Hub, ws: WebSocket) -> None:
        self.ctx = ctx
        self.hub = hub
        self.ws = ws
        self.conn: Conn | None = None
        self.writer: asyncio.Task[None] | None = None
        self.tasks: set[asyncio.Task[None]] = set()
        self.transcripts = 0
        self.typing = False
        self.close_reason = "the page stopped reading"

    async def say(self, frame: ChatError | SessionReady) -> None:
        """A frame before the session's outbox exists, or through it after."""
        if self.conn is not None:
            self.conn.push(frame)
        else:
            await self.ws.send_text(frame.model_dump_json())

    async def refuse(self, code: str, detail: str = "", *, fatal: bool = False) -> None:
        await self.say(ChatError(code=code, detail=detail, fatal=fatal))

    async def write(self, conn: Conn) -> None:
        """The socket's one writer: the outbox in order; ``None`` closes."""
        while True:
            text = await conn.outbox.get()
            if text is None:
                with contextlib.suppress(Exception):
                    await self.ws.close(CLOSE_POLICY, self.close_reason)
                return
            await self.ws.send_text(text)

    async def cut_off(self, reason: str) -> None:
        """Close with ``reason`` after the frames already queued: closing the socket
        directly would race the writer, and the page would never read why."""
        if self.conn is None or self.writer is None:
            await self.ws.close(CLOSE_POLICY, reason)
            return
        self.close_reason = reason
        self.conn.finish()
        with contextlib.suppress(Exception):
            async with asyncio.timeout(REPLAY_SECONDS):
                await asyncio.shield(self.writer)

    async def run(self) -> None:
        bucket = Bucket()
        strikes = 0
        opened = time.monotonic()
        while True:
            if self.conn is None:
                # A socket counts against max_chat_sessions: one that never says start or
                # resume is closed instead of holding a place.
                left = opened + HELLO_SECONDS - time.monotonic()
                try:
                    async with asyncio.timeout(max(left, 0.0)):
                        message = await self.ws.receive()
                except TimeoutError:
                    await self.ws.close(CLOSE_POLICY, "no start or resume in time")
                    return
            else:
                message = await self.ws.receive()
            if message["type"] == "websocket.disconnect":
                return
            text = message.get("text")
            if not bucket.take():
                strikes += 1
                if strikes == 1 or strikes % 50 == 0:
                    await self.refuse("too_fast", "too many frames; slow down")
                if strikes >= STRIKES:
                    await self.cut_off("too many frames")
                    return
                continue
            if text is None:
                await self.refuse("bad_frame", "frames are JSON text")
                continue
            if len(text) > MAX_FRAME_CHARS:
                await self.refuse("too_large", f"a frame holds at most {MAX_FRAME_CHARS} chars")
                continue
            try:
                frame = PAGE_FRAME.validate_json(text)
            except ValidationError as error:
                first = error.errors()[0] if error.errors() else {"msg": "invalid"}
                where = ".".join(str(p) for p in first.get("loc", ()))
                said = f"{where}: {first['msg']}" if where else str(first["msg"])
                await self.refuse("bad_frame", excerpt(said, 200))
                continue
            if not await self.handle(frame):
                return

    async def handle(self, frame: object) -> bool:  # noqa: PLR0912
        """Do one frame; ``False`` when the socket must close."""
        if isinstance(frame, StartChat | ResumeChat):
            if self.conn is not None:
                await self.refuse("bad_frame", "this socket already has a session")
                return True
            if isinstance(frame, StartChat):
                return await self.start(frame)
            return await self.resume(frame)
        conn = self.conn
        if conn is None:
            await self.refuse("no_session", "say start or resume first")
            return True
        session = conn.session
        if isinstance(frame, SendMessage):
            await self.post(conn, frame)
        elif isinstance(frame, Typing):
            self.customer_typing(conn, frame.typing)
        elif isinstance(frame, Ack):
            await self.ack(conn, frame)
        elif isinstance(frame, RequestTranscript):
            if self.transcripts >= extras.MAX_TRANSCRIPTS:
                await self.refuse("too_fast", "too many transcripts")
                return True
            self.transcripts += 1
            task = asyncio.create_task(self.transcript(conn, frame.email))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        elif isinstance(frame, Rate):
            try:
                await extras.rate(self.ctx, session, frame.score, frame.comment)
            except extras.RefusedError as refused:
                await self.refuse(refused.code, refused.detail)
            else:
                conn.push(Done(what="rate"))
        elif isinstance(frame, EndChat):
            await sessions.end(self.ctx, session)
            self.customer_typing(conn, False)
            conn.status = "ended"
            conn.push(ChatEnded())
        return True

    async def start(self, frame: StartChat) -> bool:
        if frame.queue and not await sessions.queue_exists(self.ctx, frame.queue):
            await self.refuse("no_queue", f"no queue {excerpt(frame.queue)}")
            return True
        session, token = await sessions.start(self.ctx, frame)
        self.open(Conn(session))
        assert self.conn is not None
        self.conn.push(
            SessionReady(
                token=token,
                name=session.name,
                language=session.language,
                status="waiting",
                has_email=session.email is not None,
            )
        )
        return True

    async def resume(self, frame: ResumeChat) -> bool:
        session, expired = await sessions.find(self.ctx, frame.token)
        if session is None:
            code = "expired" if expired else "bad_token"
            await self.refuse(code, "no such chat session", fatal=True)
            await self.ws.close(CLOSE_POLICY, "no such chat session")
            return False
        conn = Conn(session)
        async with self.ctx.engine.connect() as db:
            standing = await sessions.standing(db, session)
        conn.status = standing.status
        conn.agent_name = standing.agent_name
        conn.queue_id = standing.queue_id
        rated = await extras.rated(self.ctx, session)
        self.open(conn)  # listening before the replay: nothing committed between is missed
        conn.push(
            SessionReady(
                name=session.name,
                language=session.language,
                status=standing.status,
                agent_name=standing.agent_name,
                has_email=session.email is not None,
                rated=rated,
            )
        )
        cursor = frame.cursor
        try:
            async with asyncio.timeout(REPLAY_SECONDS):
                while True:
                    async with self.ctx.engine.connect() as db:
                        chunk = await sessions.replay(db, session, cursor)
                    for message in chunk:
                        await conn.replayed(message)
                    cursor = chunk[-1].id if chunk else cursor
                    if len(chunk) < sessions.REPLAY_CHUNK:
                        break
        except TimeoutError:
            await self.ws.close(CLOSE_POLICY, "the page stopped reading")
            return False
        conn.push(Replayed(cursor=cursor))
        return True

    def open(self, conn: Conn) -> None:
        self.conn = conn
        self.hub.add(conn)
        self.writer = asyncio.create_task(self.write(conn))

    async def post(self, conn: Conn, frame: SendMessage) -> None:
        first = conn.session.conversation_id is None
        try:
            message = await sessions.post(self.ctx, conn.session, frame.client_id, frame.body)
        except IntakeError as error:
            await self.refuse("failed", error.detail)
            return
        if first or conn.queue_id is None:
            async with self.ctx.engine.connect() as db:
                standing = await sessions.standing(db, conn.session)
            conn.queue_id = standing.queue_id
            conn.status = standing.status
            self.hub.attach(conn)
        if conn.status == "ended":
            conn.status = "waiting"
        self.typing = False
        conn.sent.add(message.id)
        conn.push(message)  # always: this copy carries the client id the page waits for

    def customer_typing(self, conn: Conn, typing: bool) -> None:
        cid, queue_id = conn.session.conversation_id, conn.queue_id
        if cid is None or queue_id is None or (not typing and not self.typing):
            return
        self.typing = typing
        self.ctx.activity.customer_typing(cid, queue_id, typing)

    async def ack(self, conn: Conn, frame: Ack) -> None:
        async with self.ctx.engine.connect() as db:
            ids = await sessions.own_replies(db, conn.session, list(frame.message_ids))
        if not ids:
            return
        try:
            from server.channels.delivery import state
        except ImportError:  # the delivery dispatcher is not part of this build
            return
        await state.mark_delivered(self.ctx, ids)

    async def transcript(self, conn: Conn, email: str | None) -> None:
        try:
            await extras.transcript(self.ctx, conn.session, email)
        except extras.RefusedError as refused:
            conn.push(ChatError(code=refused.code, detail=refused.detail))
        except Exception:
            # A task of its own: a mail problem must not end the chat; the page is told.
            log.exception("chat transcript failed")
            conn.push(ChatError(code="failed", detail="the transcript could not be sent"))
        else:
            conn.push(Done(what="transcript"))

    async def close(self) -> None:
        conn = self.conn
        if conn is not None:
            self.customer_typing(conn, False)
            self.hub.remove(conn)
        for task in [*self.tasks, *([self.writer] if self.writer else [])]:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        if self.writer is not None:
            await asyncio.gather(self.writer, return_exceptions=True)


async def endpoint(ws: WebSocket) -> None:
    """The chat socket: refuse one session too many, then serve the page until it goes."""
    ctx: ServerContext = ws.app.state.ctx
    hub = HUBS.get(id(ctx))
    await ws.accept()
    if hub is None:
        await ws.close(CLOSE_BUSY, "the chat is not running")
        return
    if hub.sockets >= ctx.settings.max_chat_sessions:
        await ws.send_text(
            ChatError(code="busy", detail="too many chat sessions", fatal=True).model_dump_json()
        )
        await ws.close(CLOSE_BUSY, "too many chat sessions")
        return
    hub.sockets += 1
    page = Page(ctx, hub, ws)
    try:
        await page.run()
    except WebSocketDisconnect:
        pass
    except Exception:
        # One page's failure closes that page only; the server and the other chats go on.
        log.exception("chat socket failed")
        with contextlib.suppress(Exception):
            await ws.close(1011, "server error")
    finally:
        hub.sockets -= 1
        await page.close()


HUBS: dict[int, Hub] = {}
"""The running hub of each server context (by ``id``: a context is not hashable)."""
