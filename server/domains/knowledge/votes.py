"""Helpful votes: the knowledge domain's one mutation (one vote per agent and article)."""

from __future__ import annotations

import time

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.frames import VoteOp
from server.core import eventlog
from server.core.eventlog import Draft
from server.core.registry import MutationCall, MutationRefusedError
from server.domains.knowledge import tables as t
from server.domains.knowledge.entities import article_event, article_from_row, vote_from_row


async def vote(conn: AsyncConnection, call: MutationCall, op: VoteOp) -> list[Draft]:
    """Record the sender's vote (replacing an earlier one) and recount the article's
    totals. Refused (``unknown_article``) if the article does not exist or is not
    published."""
    agent_id = call.viewer.agent_id
    a, v = t.articles, t.votes
    status = (await conn.execute(sa.select(a.c.status).where(a.c.id == op.article_id))).scalar()
    if status != "published":
        message = f"article {op.article_id} does not exist or is not published"
        raise MutationRefusedError("unknown_article", message)
    now = time.time()
    mine = sa.and_(v.c.article_id == op.article_id, v.c.agent_id == agent_id)
    changed = await conn.execute(
        sa.update(v).where(mine).values(value=op.value, comment=op.comment, updated_at=now)
    )
    if not changed.rowcount:
        await conn.execute(
            sa.insert(v).values(
                article_id=op.article_id,
                agent_id=agent_id,
                value=op.value,
                comment=op.comment,
                updated_at=now,
            )
        )
    up = sa.func.coalesce(sa.func.sum(sa.case((v.c.value > 0, 1), else_=0)), 0)
    down = sa.func.coalesce(sa.func.sum(sa.case((v.c.value < 0, 1), else_=0)), 0)
    totals = (await conn.execute(sa.select(up, down).where(v.c.article_id == op.article_id))).one()
    await conn.execute(
        sa.update(a)
        .where(a.c.id == op.article_id)
        .values(helpful_up=int(totals[0]), helpful_down=int(totals[1]))
    )
    vote_row = (await conn.execute(sa.select(v).where(mine))).one()
    article_row = (await conn.execute(sa.select(a).where(a.c.id == op.article_id))).one()
    return [
        eventlog.upsert(vote_from_row(vote_row), agent_id=agent_id),
        article_event(article_from_row(article_row)),
    ]
