"""Retention (issue 10 part 7): the content of conversations resolved more than N days ago
is redacted, with the same redaction and event-log rewrite as an erase, while the
customer and the conversations' metadata (when, channel, queue, outcome, counts, survey
scores) stay for the KPIs.

What a run redacts of each such conversation: its messages (bodies ``[erased]``, subject
and preview blank), the customer's survey comments on it (not a synced kind: they live
only in the profile, so the table is enough), and the notes of its callbacks that are
done or cancelled (a synced kind: their events are rewritten like the messages'). A
callback still scheduled or routing keeps its note, because an agent still has to act
on it; once it is done, the next run takes the note.

The setting lives in the ``meta`` key/value table (one value needs no table of its own);
no value means keep forever. A run is idempotent: conversations with nothing left to
redact are not counted again. The server runs it once a day (:func:`run_daily`) and
supervisors can run it now (``POST /api/privacy/retention/run``); every change and run
is audited.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import RetentionRun, RetentionSettings
from server.core import audit
from server.core.context import ServerContext
from server.core.eventlog import Draft
from server.customer360 import redact
from server.customer360.profile import callback_table
from server.db.engine import get_meta, set_meta
from server.db.metadata import meta
from server.domains.conversations import tables as ct
from server.domains.surveys.tables import survey_responses

log = logging.getLogger(__name__)
META_KEY = "retention_closed_days"
DAY = 86_400.0
RUN_EVERY = DAY
MAX_CONVERSATIONS_PER_RUN = 5_000
"""One run's bound, so one write transaction stays short; the next run takes the rest."""
FINISHED_CALLBACKS = ("done", "cancelled")
"""Callback states whose note retention may redact (scheduled and routing are still work)."""
callbacks = callback_table  # the ACD's table: a sibling layer, not importable


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
    cv = ct.conversations.c
    ids = [
        int(r[0])
        for r in await conn.execute(
            sa.select(cv.id)
            .where(cv.status == "resolved", cv.updated_at < cutoff, cv.id.in_(_unredacted()))
            .order_by(cv.id)
            .limit(MAX_CONVERSATIONS_PER_RUN)
        )
    ]
    if not ids:
        await audit.record(conn, actor_id, "retention.run", None, f"days={days} conversations=0")
        return RetentionRun(conversations=0, messages_redacted=0), []
    keys = {"conversation": set(ids), "message": await redact.message_ids(conn, ids)}
    redacted = await redact.redact_conversations(conn, ids, author_too=False)
    comments = await _blank_survey_comments(conn, ids)
    keys["callback"] = await _blank_callback_notes(conn, ids)
    rewritten, drafts = await redact.rewrite_events(conn, ctx.registry, keys)
    ctx.events.drop_ring()
    detail = (
        f"days={days} conversations={len(ids)} messages={redacted} comments={comments} "
        f"callbacks={len(keys['callback'])} events={rewritten}"
    )
    await audit.record(conn, actor_id, "retention.run", None, detail)
    return RetentionRun(conversations=len(ids), messages_redacted=redacted), drafts


def _unredacted() -> sa.CompoundSelect[tuple[int]]:
    """Ids of conversations that still hold something a run redacts: a message body, a
    survey comment, or the note of a finished callback."""
    m, s, b = ct.messages.c, survey_responses.c, callbacks.c
    return sa.union(
        sa.select(m.conversation_id).where(m.body != redact.ERASED_TEXT),
        sa.select(s.conversation_id).where(s.comment != ""),
        sa.select(b.conversation_id).where(b.state.in_(FINISHED_CALLBACKS), b.note != ""),
    )


async def _blank_survey_comments(conn: AsyncConnection, conversation_ids: list[int]) -> int:
    """The survey comments on these conversations become empty (scores stay); how many."""
    s = survey_responses.c
    changed = 0
    for start in range(0, len(conversation_ids), redact.CHUNK):
        part = conversation_ids[start : start + redact.CHUNK]
        result = await conn.execute(
            sa.update(survey_responses)
            .where(s.conversation_id.in_(part), s.comment != "")
            .values(comment="")
        )
        changed += int(result.rowcount or 0)
    return changed


async def _blank_callback_notes(conn: AsyncConnection, conversation_ids: list[int]) -> set[int]:
    """The notes of these conversations' finished callbacks become empty; the ids of the
    callbacks changed (their events are rewritten: the old upserts carry the note)."""
    b = callbacks.c
    changed: set[int] = set()
    for start in range(0, len(conversation_ids), redact.CHUNK):
        part = conversation_ids[start : start + redact.CHUNK]
        where = sa.and_(b.conversation_id.in_(part), b.state.in_(FINISHED_CALLBACKS), b.note != "")
        changed.update(int(r[0]) for r in await conn.execute(sa.select(b.id).where(where)))
        await conn.execute(sa.update(callbacks).where(where).values(note=""))
    return changed


Sleep = Callable[[float], Awaitable[None]]


async def run_daily(
    ctx: ServerContext, *, every: float = RUN_EVERY, sleep: Sleep = asyncio.sleep
) -> None:
    """The background job: a run now and then one every ``every`` seconds (a failed run
    is logged and tried again at the next one; nobody waits on it). ``sleep`` is how it
    waits: tests pass one they release themselves, to see the schedule without a day's
    wait or a real sleep."""
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
        await sleep(every)
