"""Survey reads for the customer profile and the timeline, and the one write (an answer).

Surveys are not a synced kind: they travel inside the profile (``GET
/api/customers/{id}/profile``), which the customer 360 composes from :func:`for_customer`
and :func:`by_conversation`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import SURVEY_KINDS, SurveyAverages, SurveyView
from server.domains.surveys.tables import survey_responses

MAX_SURVEYS_PER_PROFILE = 500


def _view(r: sa.Row[tuple[object, ...]]) -> SurveyView:
    m = r._mapping
    return SurveyView(
        id=int(str(m["id"])),
        conversation_id=int(str(m["conversation_id"])),
        kind=str(m["kind"]),
        score=int(str(m["score"])),
        comment=str(m["comment"]),
        answered_at=float(str(m["answered_at"])),
    )


async def store(
    conn: AsyncConnection,
    *,
    conversation_id: int,
    customer_id: int,
    kind: str,
    score: int,
    comment: str,
) -> int:
    """Record an answer, replacing an earlier one of the same kind for the conversation;
    the answer's id (the same row's when replaced)."""
    s = survey_responses.c
    now = time.time()
    existing = (
        await conn.execute(
            sa.select(s.id).where(s.conversation_id == conversation_id, s.kind == kind)
        )
    ).scalar()
    if existing is not None:
        await conn.execute(
            sa.update(survey_responses)
            .where(s.id == existing)
            .values(customer_id=customer_id, score=score, comment=comment, answered_at=now)
        )
        return int(existing)
    result = await conn.execute(
        sa.insert(survey_responses).values(
            conversation_id=conversation_id,
            customer_id=customer_id,
            kind=kind,
            score=score,
            comment=comment,
            answered_at=now,
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


async def for_customer(
    conn: AsyncConnection, customer_id: int
) -> tuple[list[SurveyView], SurveyAverages]:
    """The customer's newest answers (at most :data:`MAX_SURVEYS_PER_PROFILE`) and the
    averages over all of them, per kind."""
    s = survey_responses.c
    rows = (
        await conn.execute(
            sa.select(survey_responses)
            .where(s.customer_id == customer_id)
            .order_by(s.answered_at.desc(), s.id.desc())
            .limit(MAX_SURVEYS_PER_PROFILE)
        )
    ).all()
    totals = (
        await conn.execute(
            sa.select(s.kind, sa.func.avg(s.score), sa.func.count())
            .where(s.customer_id == customer_id)
            .group_by(s.kind)
        )
    ).all()
    averages: dict[str, float | int | None] = {}
    for kind, average, count in totals:
        if kind in SURVEY_KINDS:
            averages[str(kind)] = round(float(average), 2)
            averages[f"{kind}_count"] = int(count)
    return [_view(r) for r in rows], SurveyAverages.model_validate(averages)


async def by_conversation(conn: AsyncConnection, ids: Iterable[int]) -> dict[int, dict[str, int]]:
    """Scores by conversation id and survey kind, for the timeline's ``csat``/``nps``/``ces``."""
    wanted = sorted(set(ids))
    out: dict[int, dict[str, int]] = {}
    s = survey_responses.c
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        rows = await conn.execute(
            sa.select(s.conversation_id, s.kind, s.score).where(s.conversation_id.in_(part))
        )
        for conversation_id, kind, score in rows:
            out.setdefault(int(conversation_id), {})[str(kind)] = int(score)
    return out


async def for_export(conn: AsyncConnection, customer_id: int) -> list[SurveyView]:
    """Every answer of the customer, oldest first (GDPR export)."""
    s = survey_responses.c
    rows = await conn.execute(
        sa.select(survey_responses).where(s.customer_id == customer_id).order_by(s.id)
    )
    return [_view(r) for r in rows]


async def blank_comments(conn: AsyncConnection, customer_id: int) -> int:
    """Erase: the customer's free-text comments go, the scores stay (they are not personal
    once the customer is anonymised, and the KPIs need them); how many rows changed."""
    s = survey_responses.c
    result = await conn.execute(
        sa.update(survey_responses)
        .where(s.customer_id == customer_id, s.comment != "")
        .values(comment="")
    )
    return int(result.rowcount or 0)
