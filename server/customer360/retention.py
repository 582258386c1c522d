"""Retention (issue 10 part 7): messages of conversations resolved more than N days ago
are redacted, with the same redaction and event-log rewrite as an erase, while the
customer and the conversations' metadata (when, channel, queue, outcome, counts) stay
for the KPIs.

The setting lives in the ``meta`` key/value table (one value needs no table of its own);
no value means keep forever. A run is idempotent: conversations already redacted are not
counted again. The server runs it once a day (:func:`run_daily`) and supervisors can run
it now (``POST /api/privacy/retention/run``); every change and run is audited.
"""

from __future__ import annotations

import asyncio
import logging
import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import RetentionRun, RetentionSettings
from server.core import audit
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.customer360 import redact
from server.db.engine import get_meta, set_meta
from server.db.metadata import meta
from server.domains.conversations import tables as ct

log = logging.getLogger(__name__)
META_KEY = "retention_closed_days"
DAY = 86_400.0
RUN_EVERY = DAY
MAX_CONVERSATIONS_PER_RUN = 5_000
"""One run's bound, so one write transaction stays short; the next run takes the rest."""


async def read_settings(conn: AsyncConnection) -> RetentionSettings:
    """The stored setting (keep forever when none)."""
    value = await get_meta(conn, META_KEY)
    days = int(value) if value else None
    return RetentionSettings(closed_conversation_days=days)


async def change(ctx: ServerContext, actor_id: int, wanted: RetentionSettings) -> RetentionSettings:
    """Store the setting and audit the change."""

    async def work(conn: AsyncConnection) -> tuple[RetentionSettings, list[Draft]]:
        days = wanted.closed_conversation_days
        if days is None:
            await conn.execute(sa.delete(meta).where(meta.c.key == META_KEY))
        else:
            await set_meta(conn, META_KEY, str(days))
        await audit.record(conn, actor_id, "retention.change", None, f"days={days}")
        return wanted, []

    result, _seq = await ctx.write(work)
    return result


async def run(ctx: ServerContext, actor_id: int | None, now: float | None = None) -> RetentionRun:
    """Redact what the setting says is too old (nothing when it keeps forever)."""
    at = time.time() if now is None else now

    async def work(conn: AsyncConnection) -> tuple[RetentionRun, list[Draft]]:
        return await _run(ctx, conn, actor_id, at)

    result, _seq = await ctx.write(work)
    return result


async def _run(
    ctx: ServerContext, conn: AsyncConnection, actor_id: int | None, now: float
) -> tuple[RetentionRun, list[Draft]]:
    settings = await read_settings(conn)
    days = settings.closed_conversation_days
    if days is None:
        if actor_id is not None:  # a supervisor's run is recorded; the idle daily one not
            await audit.record(conn, actor_id, "retention.run", None, "days=None conversations=0")
        return RetentionRun(conversations=0, messages_redacted=0), []
    cutoff = now - days * DAY
    cv, m = ct.conversations.c, ct.messages.c
    unredacted = sa.select(m.conversation_id).where(m.body != redact.ERASED_TEXT)
    ids = [
        int(r[0])
        for r in await conn.execute(
            sa.select(cv.id)
            .where(cv.status == "resolved", cv.updated_at < cutoff, cv.id.in_(unredacted))
            .order_by(cv.id)
            .limit(MAX_CONVERSATIONS_PER_RUN)
        )
    ]
    if not ids:
        await audit.record(conn, actor_id, "retention.run", None, f"days={days} conversations=0")
        return RetentionRun(conversations=0, messages_redacted=0), []
    keys = {"conversation": set(ids), "message": await redact.message_ids(conn, ids)}
    redacted = await redact.redact_conversations(conn, ids, author_too=False)
    rewritten, drafts = await redact.rewrite_events(conn, ctx.registry, keys)
    ctx.events.drop_ring()
    detail = f"days={days} conversations={len(ids)} messages={redacted} events={rewritten}"
    await audit.record(conn, actor_id, "retention.run", None, detail)
    return RetentionRun(conversations=len(ids), messages_redacted=redacted), drafts


async def run_daily(ctx: ServerContext) -> None:
    """The background job: a run now and then once a day (a failed run is logged and
    tried again the next day; nobody waits on it)."""
    while True:
        try:
            result = await run(ctx, None)
            if result.conversations:
                log.info(
                    "retention redacted %d message(s) of %d conversation(s)",
                    result.messages_redacted,
                    result.conversations,
                )
        except Exception:
            log.exception("retention run failed")
        await asyncio.sleep(RUN_EVERY)
