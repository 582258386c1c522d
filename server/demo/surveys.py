"""Demo survey answers: about a third of the resolved demo conversations got a CSAT
answer, half of those an NPS too and some a CES, so the customer page's survey strip and
averages, and the timeline's scores, have something to show at once.

Deterministic (scores and comments follow from the conversation id), written only into
a database without answers. Comments are few and short, in English: the demo customers'
own words live in their messages, and a survey comment is optional anyway. No events:
surveys are not a synced kind, they travel inside the profile.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from server.domains.conversations import tables as ct
from server.domains.surveys.tables import survey_responses

log = logging.getLogger(__name__)

CSAT_SCORES = (5, 4, 5, 3, 4, 5, 2, 5, 4, 1)
"""Mostly satisfied, a few not: averages land around 3.8, like a real desk's."""
COMMENTS = {
    1: "Nobody answered my actual question.",
    2: "It took far too long.",
    5: "Quick and friendly, thank you!",
}
ANSWERED_AFTER = 600.0
"""Seconds after the conversation's last update that the answer arrives."""


async def seed_surveys_if_empty(engine: AsyncEngine) -> int:
    """Add the demo answers unless any exist; how many rows were written."""
    async with engine.begin() as conn:
        if (await conn.execute(sa.select(sa.func.count()).select_from(survey_responses))).scalar():
            return 0
        cv = ct.conversations.c
        rows = (
            await conn.execute(
                sa.select(cv.id, cv.customer_id, cv.updated_at)
                .where(cv.status == "resolved")
                .order_by(cv.id)
            )
        ).all()
        answers: list[dict[str, object]] = []
        for conversation_id, customer_id, updated_at in rows:
            if conversation_id % 3:
                continue
            step = conversation_id // 3
            csat = CSAT_SCORES[step % len(CSAT_SCORES)]
            at = float(updated_at) + ANSWERED_AFTER
            base = {"conversation_id": conversation_id, "customer_id": customer_id}
            comment = COMMENTS.get(csat, "") if step % 4 == 0 else ""
            answers.append(
                {**base, "kind": "csat", "score": csat, "comment": comment, "answered_at": at}
            )
            if step % 2 == 0:
                nps = min(10, max(0, csat * 2 - step % 3))
                answers.append({**base, "kind": "nps", "score": nps, "answered_at": at + 30})
            if step % 5 == 0:
                ces = min(7, max(1, 8 - csat - step % 2))
                answers.append({**base, "kind": "ces", "score": ces, "answered_at": at + 60})
        for row in answers:
            row.setdefault("comment", "")
        if answers:
            await conn.execute(sa.insert(survey_responses), answers)
    log.info("seeded %d demo survey answers", len(answers))
    return len(answers)
