"""The delivery dispatcher: hands due ``queued`` messages to their channel's sender and
records how it went (:mod:`server.channels.delivery.state`).

The queue is the ``messages`` table itself (``delivery = 'queued'``, ``next_attempt_at``),
so a restart loses nothing: the first pass after start picks up whatever was queued or in
flight when the server stopped (a message in flight during a crash is tried again: at
least once, never silently dropped). The dispatcher wakes on the event log, like the
routing engine: a reply or a retry writes a message event, which sets its wake-up flag at
once, and it sleeps otherwise until the next retry is due.

A sender's call runs outside any write transaction (an SMTP exchange takes a while and
must not hold the write gate); up to :data:`CONCURRENCY` messages are in flight at once,
never two of one conversation, and never a message while an earlier one of its
conversation is still queued, so a customer reads the replies in the order written.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from typing import Any

import sqlalchemy as sa

from server.channels.delivery import state
from server.channels.delivery.senders import DeliveryError, Outbound, Senders
from server.core.context import ServerContext
from server.core.eventlog import events_since
from server.core.waiting import within
from server.domains.conversations import tables as t

log = logging.getLogger(__name__)

CONCURRENCY = 8
"""Messages handed to senders at once."""
SEND_TIMEOUT = 120.0
"""Longest one try may take; a sender stuck longer counts as a temporary failure."""
IDLE_TICK = 30.0
"""Longest sleep when nothing is due (a safety net, not a schedule)."""
ERROR_PAUSE = 1.0
"""Pause after a pass that failed (a database error), before trying again."""

QUEUED = re.compile(r'"delivery"\s*:\s*"queued"')
"""In an event's JSON: a message that is (again) waiting for the dispatcher."""
NO_SENDER = {
    "email": "no email relay is configured (start the server with --smtp-relay)",
    "chat": "the web chat channel is not running on this server",
}
"""What a message of a channel without a sender fails with (permanently: retry it once
the server runs with the channel)."""

m = t.messages.c
c = t.conversations.c


def _due_query() -> sa.Select[Any]:
    """Due queued messages (``:now``), oldest first, at most ``:limit``, without those an
    earlier queued message of their conversation holds back. Built once: a pass runs it
    with parameters, so SQLAlchemy compiles it once (the conversations in flight are
    skipped in Python, never in a statement that would change every pass)."""
    earlier = sa.alias(t.messages, "earlier")
    blocked = sa.exists().where(
        earlier.c.conversation_id == m.conversation_id,
        earlier.c.delivery == "queued",
        earlier.c.id < m.id,
    )
    return (
        sa.select(
            m.id,
            m.conversation_id,
            m.body,
            m.author_name,
            m.author_agent_id,
            m.attachments,
            m.delivery_attempts,
            c.channel,
        )
        .join(t.conversations, c.id == m.conversation_id)
        .where(m.delivery == "queued", m.next_attempt_at <= sa.bindparam("now"), ~blocked)
        .order_by(m.next_attempt_at, m.id)
        .limit(sa.bindparam("limit", type_=sa.Integer))
    )


DUE = _due_query()
NEXT_DUE = sa.select(sa.func.min(m.next_attempt_at)).where(
    m.delivery == "queued", m.next_attempt_at > sa.bindparam("now")
)
"""When the next queued message falls due (a retry's time)."""


def _outbound(row: Any) -> Outbound:
    refs = json.loads(row.attachments or "[]")
    return Outbound(
        message_id=row.id,
        conversation_id=row.conversation_id,
        channel=row.channel,
        body=row.body,
        author_name=row.author_name,
        author_agent_id=row.author_agent_id,
        attachment_ids=tuple(int(a["id"]) for a in refs),
        attempt=row.delivery_attempts + 1,
    )


class Dispatcher:
    """One per server: the loop in :meth:`run`, the tries in :meth:`_deliver`."""

    def __init__(self, ctx: ServerContext, senders: Senders) -> None:
        self.ctx = ctx
        self.senders = senders
        self._busy: dict[int, int] = {}
        """In flight: conversation id -> message id."""
        self._tasks: set[asyncio.Task[None]] = set()
        self._wake = asyncio.Event()
        self._checked = 0
        """The seq up to which the log has been looked at for message events."""
        self.tries = 0
        """Tries handed to senders since start (logs, benchmarks)."""

    async def _pass(self) -> float | None:
        """Start every due message there is room for; when the next one falls due (a
        retry's time, or ``None`` when nothing else is queued)."""
        room = CONCURRENCY - len(self._tasks)
        now = time.time()
        limit = 0
        async with self.ctx.engine.connect() as conn:
            rows = []
            if room > 0:
                # Rows of conversations in flight come back too (skipped below): ask for
                # enough that those never crowd out a free conversation's message.
                limit = room + len(self._busy)
                rows = list((await conn.execute(DUE, {"now": now, "limit": limit})).all())
            next_due: float | None = (await conn.execute(NEXT_DUE, {"now": now})).scalar()
        started = 0
        for row in rows:
            if row.conversation_id in self._busy or started == room:
                continue  # in flight: its conversation's next message waits for it
            self._busy[row.conversation_id] = row.id
            task = asyncio.create_task(self._deliver(_outbound(row)))
            self._tasks.add(task)
            task.add_done_callback(self._finished)
            started += 1
        if rows and len(rows) == limit:
            # Every slot is taken now (each row is a different conversation's first
            # queued message): more may be due, looked for when a slot frees.
            return now
        return next_due

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        self._wake.set()

    async def _deliver(self, message: Outbound) -> None:
        """One try of one message, then its outcome written with events."""
        try:
            sender = self.senders.get(message.channel)
            if sender is None:
                reason = NO_SENDER.get(message.channel, f"{message.channel} cannot deliver")
                await state.record_failure(self.ctx, message.message_id, reason, permanent=True)
                return
            self.tries += 1
            try:
                outcome = await within(sender.send(message), SEND_TIMEOUT)
            except DeliveryError as e:
                await state.record_failure(
                    self.ctx, message.message_id, e.reason, permanent=e.permanent
                )
                return
            except TimeoutError:
                reason = f"the {message.channel} channel did not answer in {SEND_TIMEOUT:.0f} s"
                await state.record_failure(self.ctx, message.message_id, reason, permanent=False)
                return
            except Exception as e:  # a sender's bug must not lose the message
                log.exception("delivery of message %d: sender failed", message.message_id)
                reason = f"internal error in the {message.channel} channel: {type(e).__name__}"
                await state.record_failure(self.ctx, message.message_id, reason, permanent=False)
                return
            took = "delivered" if outcome == "delivered" else "sent"
            await state.record_sent(self.ctx, message.message_id, took)
        except Exception:
            # Writing the outcome failed (the database): the message stays queued and is
            # tried again on a later pass.
            log.exception("delivery of message %d: recording failed", message.message_id)
        finally:
            self._busy.pop(message.conversation_id, None)

    def _messages_moved(self) -> bool:
        """Whether a message became queued since last looked (a reply, a retry): other
        events (a customer's message, an outcome, presence, routing) never make one due,
        and under 500 chats they are most of the log. When the ring no longer covers the
        gap, assume one did."""
        self._checked, fresh = events_since(self.ctx.events, self._checked)
        return fresh is None or any(
            e.kind == "message" and QUEUED.search(e.json) is not None for e in fresh
        )

    async def run(self) -> None:
        """Forever: a pass, then sleep until a message event, a finished try or the next
        due retry."""
        events = self.ctx.events
        waiter = events.subscribe()
        self._checked = events.latest_seq
        try:
            while True:
                waiter.clear()
                self._wake.clear()
                try:
                    next_due = await self._pass()
                except Exception:
                    log.exception("delivery pass failed")
                    next_due = time.time() + ERROR_PAUSE
                if len(self._tasks) >= CONCURRENCY:
                    remaining = IDLE_TICK  # full: a finished try sets the flag
                else:
                    remaining = IDLE_TICK if next_due is None else next_due - time.time()
                    if remaining <= 0:
                        continue
                deadline = time.time() + min(remaining, IDLE_TICK)
                while not await _first_of(waiter, self._wake, deadline - time.time()):
                    if self._wake.is_set() or self._messages_moved():
                        break  # something to look at
                    waiter.clear()  # other kinds' events: sleep on
        finally:
            events.unsubscribe(waiter)
            for task in list(self._tasks):
                task.cancel()


async def _first_of(a: asyncio.Event, b: asyncio.Event, timeout: float) -> bool:
    """Wait until either flag is set (``False``) or ``timeout`` passes (``True``)."""
    if a.is_set() or b.is_set():
        return False
    waits = [asyncio.create_task(a.wait()), asyncio.create_task(b.wait())]
    try:
        done, _ = await asyncio.wait(
            waits, timeout=max(0.0, timeout), return_when=asyncio.FIRST_COMPLETED
        )
    finally:
        for w in waits:
            w.cancel()
    return not done
