"""The open chat pages of this server process and what reaches them.

Every open page is a :class:`Conn` with its own bounded outbox (one writer task per socket,
so frames leave in the order they were queued and a slow page never stalls the others).
Three sources feed them:

- the event log (one watcher task for all pages): new messages of their conversation, an
  agent taking the chat (their display name), the conversation resolved (the rating);
- the activity board (an observer): the agent typing;
- a refresh every :data:`QUEUE_REFRESH` seconds: the queue position and expected wait of
  pages still waiting for an agent (one query per queue, not per page).

A message reaches a page at most once: each :class:`Conn` remembers the ids it sent (a
resume's replay and the watcher may both find the same message).
"""

from __future__ import annotations

import asyncio
import json
import logging
import statistics
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from protocol.frames import ActivityUpdate
from protocol.webchat import (
    AgentJoined,
    AgentTyping,
    ChatEnded,
    ChatMessage,
    QueueInfo,
    ServerFrame,
)
from server.acd import tables as acd
from server.channels.delivery.senders import Delivered, DeliveryError, Outbound
from server.channels.webchat import sessions
from server.channels.webchat.sessions import Session
from server.core import tables as house
from server.core.context import ServerContext
from server.domains.conversations import tables as t

log = logging.getLogger(__name__)

OUTBOX_FRAMES = 2_000
"""Frames queued for one page before it counts as gone (it stopped reading)."""
QUEUE_REFRESH = 2.0
"""Seconds between queue position refreshes of waiting pages."""
WAIT_SAMPLES = 50
"""Recent answered contacts of a queue the expected wait is estimated from."""
RING_READ = 1_000


@dataclass(eq=False)
class Conn:
    """One open chat page."""

    session: Session
    outbox: asyncio.Queue[str | None] = field(default_factory=lambda: asyncio.Queue(OUTBOX_FRAMES))
    sent: set[int] = field(default_factory=set)
    status: str = "waiting"
    agent_name: str = ""
    queue_id: int | None = None
    agent_typing: bool = False
    queue_info: QueueInfo | None = None
    gone: bool = False

    def push(self, frame: ServerFrame) -> None:
        """Queue a frame; a page that stopped reading is cut off instead of growing."""
        if self.gone:
            return
        try:
            self.outbox.put_nowait(frame.model_dump_json())
        except asyncio.QueueFull:
            self.close()

    def close(self) -> None:
        """Tell the writer to stop (it closes the socket)."""
        if not self.gone:
            self.gone = True
            while not self.outbox.empty():
                self.outbox.get_nowait()
            self.outbox.put_nowait(None)

    def finish(self) -> None:
        """Tell the writer to close the socket after the frames already queued (a page
        that is cut off still reads why)."""
        if self.gone:
            return
        try:
            self.outbox.put_nowait(None)
            self.gone = True
        except asyncio.QueueFull:
            self.close()

    def message(self, message: ChatMessage) -> None:
        """Send a message unless this page already has it."""
        if message.id in self.sent:
            return
        self.sent.add(message.id)
        self.push(message)

    async def replayed(self, message: ChatMessage) -> None:
        """Like :meth:`message`, but waits for room in the outbox: a resume of a long
        chat goes at the pace the page reads instead of overflowing it."""
        if message.id in self.sent or self.gone:
            return
        self.sent.add(message.id)
        await self.outbox.put(message.model_dump_json())


class Hub:
    """The open pages by conversation, the watcher, the typing observer, the sender."""

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self.conns: set[Conn] = set()
        self.by_conversation: dict[int, set[Conn]] = {}
        self._names: dict[int, str] = {}
        self.sockets = 0
        """Open chat sockets, with or without a session yet (``max_chat_sessions``)."""

    # ------------------------------------------------------------------ membership

    def add(self, conn: Conn) -> None:
        self.conns.add(conn)
        self.attach(conn)

    def attach(self, conn: Conn) -> None:
        """Listen to the session's conversation (once its first message made one)."""
        cid = conn.session.conversation_id
        if cid is not None and conn in self.conns:
            self.by_conversation.setdefault(cid, set()).add(conn)

    def remove(self, conn: Conn) -> None:
        self.conns.discard(conn)
        cid = conn.session.conversation_id
        if cid is not None:
            group = self.by_conversation.get(cid)
            if group is not None:
                group.discard(conn)
                if not group:
                    del self.by_conversation[cid]

    def deliver(self, conversation_id: int, message: ChatMessage) -> int:
        """Hand a message to the conversation's open pages; how many there are."""
        group = self.by_conversation.get(conversation_id, set())
        for conn in group:
            conn.message(message)
        return len(group)

    # ------------------------------------------------------------------ the sender

    async def send(self, message: Outbound) -> Delivered:
        """The ``chat`` sender: write an agent's reply to the open pages; ``sent`` either
        way when a chat page holds the conversation (a closed page gets it on resume and
        its ``ack`` makes it ``delivered``); a conversation no page ever held (one that
        came in through the intake API) cannot be reached: a permanent failure, except
        on a ``--demo`` server, where the built-in simulator plays those customers and
        the demo desk's replies should read as they would in a centre (``sent``)."""
        async with self.ctx.engine.connect() as conn:
            row = (
                await conn.execute(
                    sa.select(t.messages).where(t.messages.c.id == message.message_id)
                )
            ).first()
            held = (
                await conn.execute(
                    sa.select(sessions.s.id)
                    .where(sessions.s.conversation_id == message.conversation_id)
                    .limit(1)
                )
            ).first()
        if held is None and self.ctx.settings.demo:
            return "sent"
        if held is None:
            raise DeliveryError("no chat page holds this conversation", permanent=True)
        if row is not None:
            self.deliver(message.conversation_id, sessions.chat_message(row))
        return "sent"

    # ------------------------------------------------------------------ the event log

    async def watch(self) -> None:
        """Follow the event log for the open pages' conversations (one task)."""
        events = self.ctx.events
        waiter = events.subscribe()
        last = events.latest_seq
        try:
            while True:
                await waiter.wait()
                waiter.clear()
                while True:
                    batch = events.ring_after(last, RING_READ)
                    if batch is None:
                        last = events.latest_seq
                        await self.resync()
                        break
                    if not batch:
                        break
                    last = batch[-1].seq
                    await self._apply(batch)
        finally:
            events.unsubscribe(waiter)

    async def _apply(self, batch: list[Any]) -> None:
        for event in batch:
            if event.kind not in ("message", "conversation") or not self.by_conversation:
                continue
            frame = json.loads(event.json)
            data = frame.get("data")
            if not isinstance(data, dict):
                continue
            if event.kind == "message":
                self._message(data)
            else:
                await self._conversation(data)

    def _message(self, data: dict[str, Any]) -> None:
        cid = data.get("conversation_id")
        if cid not in self.by_conversation or data.get("direction") not in ("in", "out"):
            return
        message = ChatMessage(
            id=int(data["id"]),
            direction=data["direction"],
            author_name=str(data["author_name"]),
            body=str(data["body"]),
            created_at=float(data["created_at"]),
        )
        self.deliver(int(cid), message)

    async def _conversation(self, data: dict[str, Any]) -> None:
        cid = data.get("id")
        group = self.by_conversation.get(cid) if isinstance(cid, int) else None
        if not group:
            return
        assignee = data.get("assignee_id")
        name = await self.agent_name(assignee) if isinstance(assignee, int) else ""
        for conn in list(group):
            conn.queue_id = int(data["queue_id"])
            if data.get("status") == "resolved":
                if conn.status != "ended":
                    conn.status = "ended"
                    conn.push(ChatEnded())
                continue
            if conn.status == "ended" and conn.session.ended_at is None:
                conn.status = "joined" if conn.agent_name else "waiting"  # reopened
            if name != conn.agent_name:
                conn.agent_name = name
                conn.status = "joined" if name else "waiting"
                conn.queue_info = None
                conn.push(AgentJoined(name=name))

    async def agent_name(self, agent_id: int) -> str:
        """An agent's display name (cached: names rarely change mid-chat)."""
        name = self._names.get(agent_id)
        if name is None:
            async with self.ctx.engine.connect() as conn:
                found = (
                    await conn.execute(
                        sa.select(house.agents.c.display_name).where(house.agents.c.id == agent_id)
                    )
                ).scalar()
            name = str(found or "")
            self._names[agent_id] = name
        return name

    async def resync(self) -> None:
        """The watcher fell behind the ring: read each open conversation's new messages
        from the database instead (rare: a burst of more events than the ring holds)."""
        for group in list(self.by_conversation.values()):
            for conn in list(group):
                cursor = max(conn.sent, default=0)
                async with self.ctx.engine.connect() as db:
                    for message in await sessions.replay(db, conn.session, cursor):
                        conn.message(message)

    # ------------------------------------------------------------------ typing

    def on_activity(self, update: ActivityUpdate) -> None:
        """The activity board changed: tell the conversation's pages whether an agent
        types (never who else views it)."""
        group = self.by_conversation.get(update.conversation_id)
        if not group:
            return
        typing = any(a.state == "typing" for a in update.agents)
        for conn in group:
            if conn.agent_typing != typing:
                conn.agent_typing = typing
                conn.push(AgentTyping(typing=typing))

    # ------------------------------------------------------------------ the queue

    async def refresh_queues(self) -> None:
        """Every :data:`QUEUE_REFRESH` seconds, the waiting pages' place in their queue."""
        while True:
            await asyncio.sleep(QUEUE_REFRESH)
            try:
                await self.queue_positions()
            except Exception:
                # The loop: a failed refresh is retried at the next tick; pages keep the last.
                log.exception("chat queue refresh failed")

    async def queue_positions(self) -> None:
        """Recompute and push changed queue positions (one query per queue)."""
        waiting: dict[int, list[Conn]] = {}
        for conn in self.conns:
            if conn.status == "waiting" and conn.queue_id is not None:
                waiting.setdefault(conn.queue_id, []).append(conn)
        rc = acd.routing_contacts.c
        o = acd.offers.c
        for queue_id, conns in waiting.items():
            async with self.ctx.engine.connect() as db:
                order = (
                    await db.execute(
                        sa.select(rc.conversation_id)
                        .where(
                            rc.queue_id == queue_id,
                            rc.state.in_(("waiting", "offered")),
                            rc.closed_at.is_(None),
                        )
                        .order_by(rc.waiting_since, rc.id)
                    )
                ).all()
                waited = (
                    await db.execute(
                        sa.select(o.why_waited)
                        .where(o.queue_id == queue_id, o.state == "accepted")
                        .order_by(o.id.desc())
                        .limit(WAIT_SAMPLES)
                    )
                ).all()
            places = {int(r.conversation_id): i + 1 for i, r in enumerate(order)}
            typical = statistics.median([float(r.why_waited) for r in waited]) if waited else None
            for conn in conns:
                place = places.get(conn.session.conversation_id or -1)
                if place is None:
                    continue
                info = QueueInfo(
                    position=place,
                    expected_wait=None if typical is None else round(typical * place, 1),
                )
                if info != conn.queue_info:
                    conn.queue_info = info
                    conn.push(info)
