"""``POST /api/intake/survey``: a customer's survey answer, sent by the channel that
handed out the survey token (a chat page, an email link's landing page).

Behind the same intake keys as the messages (:func:`server.channels.intake_route.
intake_caller`): the token is the customer's permission for one conversation, the key is
the channel's. A forged token, one for a missing conversation and a customer's token for
another conversation all answer the same 404, so nothing about other contacts leaks; so
does the token of an erased customer (an answer would attach new words to them).
"""

from __future__ import annotations

import hmac
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.customer360 import SURVEY_SCALES, SurveyAnswer, SurveyResult
from server.channels.intake import survey_token
from server.channels.intake_route import intake_caller
from server.core.eventlog import Draft
from server.core.requests import Ctx
from server.domains.conversations import tables as ct
from server.domains.surveys import reads

router = APIRouter(prefix="/api")
NO_SUCH = "no such conversation for this survey token"


def _scale_problem(kind: str, score: int) -> str | None:
    low, high = SURVEY_SCALES[kind]
    if low <= score <= high:
        return None
    return f"a {kind} score is a whole number from {low} to {high}"


async def survey_owner(conn: AsyncConnection, secret: bytes, token: str) -> tuple[int, int]:
    """The conversation and customer a survey token answers for; the same 404 for
    every bad token (also used by the survey page, server/channels/surveys)."""
    head, _, _mac = token.partition(".")
    if not head.isdigit() or len(head) > 16:
        raise HTTPException(404, NO_SUCH)
    conversation_id = int(head)
    cv, cu = ct.conversations.c, ct.customers.c
    row = (
        await conn.execute(
            sa.select(cv.customer_id)
            .join_from(ct.conversations, ct.customers, cu.id == cv.customer_id)
            .where(cv.id == conversation_id, cu.erased_at.is_(None))
        )
    ).first()
    # Compare against a token even when the conversation is missing: same work, same 404.
    customer_id = int(row[0]) if row is not None else 0
    expected = survey_token(secret, conversation_id, customer_id)
    if row is None or not hmac.compare_digest(expected, token):
        raise HTTPException(404, NO_SUCH)
    return conversation_id, customer_id


async def _answer(
    conn: AsyncConnection, secret: bytes, body: SurveyAnswer
) -> tuple[SurveyResult, list[Draft]]:
    conversation_id, customer_id = await survey_owner(conn, secret, body.token)
    answer_id = await reads.store(
        conn,
        conversation_id=conversation_id,
        customer_id=customer_id,
        kind=body.kind,
        score=body.score,
        comment=body.comment,
    )
    result = SurveyResult(
        id=answer_id, conversation_id=conversation_id, kind=body.kind, score=body.score
    )
    return result, []


@router.post("/intake/survey")
async def intake_survey(
    body: SurveyAnswer,
    ctx: Ctx,
    _key: Annotated[str | None, Depends(intake_caller)],
) -> SurveyResult:
    """Store one answer (a second of the same kind replaces the first); 422 when the
    score is outside the kind's scale (CSAT 1-5, NPS 0-10, CES 1-7), 404 for a bad token."""
    problem = _scale_problem(body.kind, body.score)
    if problem is not None:
        raise HTTPException(422, problem)
    secret = ctx.secret
    result, _seq = await ctx.write(lambda conn: _answer(conn, secret, body))
    return result
