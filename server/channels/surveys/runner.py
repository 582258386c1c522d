"""The invitation loop: follow the event log for conversations that become resolved,
record one invitation per contact, and mail the due ones.

Why the log and a watermark: the log's ring tells within milliseconds which
conversations were just resolved (no polling of the whole table), and the watermark in
``meta`` covers what the ring cannot: a restart (whatever was resolved but not yet looked
at is found again by its ``updated_at``) and a ring that overflowed under load. The state
of each invitation lives in ``survey_invites``, so a restart never mails twice and never
forgets a pending one.

Tries: a temporary failure (the relay down, a 4xx) is tried again with the delivery
backoff (``delivery_retry_base`` doubling) up to ``delivery_max_attempts``; a permanent
one (a 5xx, no relay configured, no mail domain) is recorded as failed at once. Nothing
is retried forever and nothing here can stop the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time

from sqlalchemy.ext.asyncio import AsyncConnection

from server.channels.delivery.senders import DeliveryError
from server.channels.email.outbound.mailer import send_mail
from server.channels.surveys import invites
from server.channels.surveys.mail import invitation
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.core.fanout import HubEvent
from server.core.waiting import within

log = logging.getLogger(__name__)

IDLE_TICK = 30.0
"""Longest sleep without a wake-up (a safety net for a missed one)."""
SCAN_EVERY = 600.0
"""Seconds between watermark scans when the ring had everything (a second safety net)."""
NO_ADDRESS = "the customer has no email address"


def resolved_ids(fresh: list[HubEvent]) -> list[int]:
    """Conversations that some of ``fresh`` show resolved (a cheap text test first: most
    events are messages and presence)."""
    found: list[int] = []
    for event in fresh:
        if event.kind != "conversation" or '"status":"resolved"' not in event.json:
            continue
        try:
            found.append(int(json.loads(event.json)["id"]))
        except (ValueError, KeyError, TypeError):
            continue
    return found


class Invitations:
    """One server's invitation loop (:meth:`run`) and its steps, callable on their own."""

    def __init__(self, ctx: ServerContext) -> None:
        self.ctx = ctx
        self.mailed = 0
        self.failed = 0

    async def scan(self) -> int:
        """Invite every resolved contact since the watermark; how many were made."""

        async def work(conn: AsyncConnection) -> tuple[int, list[Draft]]:
            now = time.time()
            since = await invites.watermark(conn, now)
            return await invites.create_for(conn, now, since=since), []

        made, _ = await self.ctx.write(work)
        return made

    async def invite(self, conversation_ids: list[int]) -> int:
        """Invite these conversations' current contacts when they are resolved."""

        async def work(conn: AsyncConnection) -> tuple[int, list[Draft]]:
            return await invites.create_for(conn, time.time(), ids=conversation_ids), []

        made, _ = await self.ctx.write(work)
        return made

    async def send_due(self) -> float | None:
        """Mail every due invitation (a batch at a time); when the next one is due."""
        while True:
            async with self.ctx.engine.connect() as conn:
                batch = await invites.due(conn, time.time())
            for due in batch:
                await self._send(due)
            if len(batch) < invites.DUE_BATCH:
                break
        async with self.ctx.engine.connect() as conn:
            return await invites.next_due_at(conn)

    async def _send(self, due: invites.Due) -> None:
        settings = self.ctx.settings
        attempts = due.attempts + 1
        state, error, retry_at = "sent", "", None
        if due.address is None:
            state, error = "skipped", NO_ADDRESS
        else:
            try:
                await send_mail(settings, invitation(settings, self.ctx.secret, due))
            except DeliveryError as failure:
                state, error = "failed", failure.reason
                if not failure.permanent and attempts < settings.delivery_max_attempts:
                    state = "pending"
                    retry_at = time.time() + settings.delivery_retry_base * 2 ** (attempts - 1)
                elif not failure.permanent:
                    error = f"gave up after {attempts} tries: {failure.reason}"
            except Exception as bad:
                # A bug or an odd value must not stop the loop or retry forever.
                log.exception("survey invitation %d could not be sent", due.invite_id)
                state, error = "failed", f"could not be sent: {type(bad).__name__}"
        self.mailed += state == "sent"
        self.failed += state == "failed"

        async def work(conn: AsyncConnection) -> tuple[None, list[Draft]]:
            await invites.record(
                conn, due.invite_id, state, error=error, attempts=attempts, next_attempt_at=retry_at
            )
            return None, []

        await self.ctx.write(work)

    async def run(self) -> None:
        """Forever: invite what was resolved, mail what is due, sleep until the log moves
        or the next try is due. A failing round is logged and retried a second later."""
        events = self.ctx.events
        waiter = events.subscribe()
        checked = events.latest_seq
        scanned_at: float | None = None  # the first round scans: what a restart left
        next_due: float | None = 0.0  # look at what a restart left pending
        try:
            while True:
                waiter.clear()
                try:
                    latest = events.latest_seq
                    fresh = events.ring_after(checked, latest - checked) if latest > checked else []
                    checked = latest
                    made = 0
                    now = time.monotonic()
                    if fresh is None or scanned_at is None or now - scanned_at > SCAN_EVERY:
                        made = await self.scan()
                        scanned_at = now
                    elif ids := resolved_ids(fresh):
                        made = await self.invite(ids)
                    if made or (next_due is not None and next_due <= time.time()):
                        next_due = await self.send_due()
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("survey invitation round failed")
                    next_due = time.time() + 1.0
                wait = IDLE_TICK if next_due is None else next_due - time.time()
                if wait > 0:
                    with contextlib.suppress(TimeoutError):
                        await within(waiter.wait(), min(wait, IDLE_TICK))
        finally:
            events.unsubscribe(waiter)
