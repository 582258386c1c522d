"""Contact facts: every handled contact of a period with what each KPI counts it as, read
in one SQL statement (docs/kpi.md gives each definition; this is its only implementation).

A **handled contact** is an ``offers`` row the agent accepted (``state = 'accepted'``)
whose work and after-call work are over (``phase = 'done'``); it belongs to the period in
which its work ended (``ended_at``). Per contact:

* **handle seconds** = ``talk_seconds + hold_seconds + acw_seconds``;
* **transferred** (by this agent): a call the agent handed on while working it, i.e. a
  ``routing_contacts`` row for the same call made between accepting and the end of the
  work, either a blind ``transfer`` or a ``consult`` that a colleague accepted and that
  left the call with someone else (the call's final agent is not this one);
* **first-contact resolved**: the conversation is resolved now, this was its only
  accepted handling (no second contact, no colleague consulted) and it was not
  transferred;
* **repeat**: the contact's conversation is a repeat, i.e. the same customer opened
  another conversation in the 7 days before this one was opened (a conversation is one
  contact from the customer's side, whatever the channel; transfers and consults inside
  it are not repeats);
* **survey scores**: the answers of the conversation (``survey_responses``) given after
  this contact ended and before the next handled contact of the conversation ended, i.e.
  the customer rated the contact they had just had.

Read with ``sqlite3``-friendly SQL (correlated subqueries over indexed columns: revision
0016's ``offers`` indexes by agent and end, by call, by conversation,
``routing_contacts`` by call and ``conversations`` by customer and creation), so a
period costs one pass over its contacts. The same text runs on PostgreSQL: no SQLite-only
``IS NOT`` (``offers.agent_id`` is never NULL, so ``IS NULL OR <>`` says the same), and
the flags (``transferred``, ``fcr``, ``repeat``) are booleans there, 0/1 in SQLite: sum
them as ``CASE WHEN flag THEN 1 ELSE 0 END``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

REPEAT_WINDOW_SECONDS = 7 * 86_400.0

_SURVEY = """(SELECT s.score FROM survey_responses s WHERE s.conversation_id = b.conversation_id
     AND s.kind = '{kind}' AND s.answered_at >= b.ended_at
     AND NOT EXISTS (SELECT 1 FROM offers x WHERE x.conversation_id = b.conversation_id
       AND x.state = 'accepted' AND x.phase = 'done'
       AND x.ended_at > b.ended_at AND x.ended_at <= s.answered_at))"""

_FACTS = (
    """
WITH b AS MATERIALIZED (
  SELECT o.id, o.agent_id, o.conversation_id, o.channel, o.queue_id, c.customer_id,
    o.ended_at, o.talk_seconds, o.hold_seconds, o.acw_seconds, o.wrapup_code,
    c.status AS status,
    (o.call_id IS NOT NULL AND EXISTS (
       SELECT 1 FROM routing_contacts rc
       WHERE rc.call_id = o.call_id
         AND rc.waiting_since >= o.decided_at AND rc.waiting_since <= o.ended_at
         AND (rc.purpose = 'transfer'
              OR (rc.purpose = 'consult' AND (k.agent_id IS NULL OR k.agent_id <> o.agent_id)
                  AND EXISTS (SELECT 1 FROM offers t WHERE t.contact_id = rc.id
                              AND t.state = 'accepted' AND t.agent_id != o.agent_id))))
    ) AS transferred,
    (SELECT COUNT(*) FROM offers x WHERE x.conversation_id = o.conversation_id
       AND x.state = 'accepted') AS handlings,
    EXISTS (
       SELECT 1 FROM conversations c2
       WHERE c2.customer_id = c.customer_id
         AND c2.created_at >= c.created_at - :repeat AND c2.created_at < c.created_at
    ) AS repeat
  FROM offers o
  JOIN conversations c ON c.id = o.conversation_id
  LEFT JOIN calls k ON k.id = o.call_id
  WHERE o.ended_at >= :start AND o.ended_at < :end
    AND o.state = 'accepted' AND o.phase = 'done' {agent}
),
f AS MATERIALIZED (
  SELECT b.*,
    (b.status = 'resolved' AND b.handlings = 1 AND NOT b.transferred) AS fcr,
    b.talk_seconds + b.hold_seconds + b.acw_seconds AS handle,
    CSAT AS csat, NPS AS nps, CES AS ces
  FROM b
)
""".replace("CSAT", _SURVEY.format(kind="csat"))
    .replace("NPS", _SURVEY.format(kind="nps"))
    .replace("CES", _SURVEY.format(kind="ces"))
)
"""The contact facts as the common table ``f`` (see the module doc); both ``MATERIALIZED``
so SQLite evaluates each subquery once per contact instead of once per use."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One handled contact and what it counts as (see the module doc)."""

    offer_id: int
    agent_id: int
    conversation_id: int
    channel: str
    queue_id: int
    customer_id: int | None
    at: float
    talk: float
    hold: float
    acw: float
    wrapup_code: str
    transferred: bool
    first_contact_resolved: bool
    repeat: bool
    csat: int | None
    nps: int | None
    ces: int | None

    @property
    def handle(self) -> float:
        return self.talk + self.hold + self.acw


def _fact(r: Any) -> Fact:
    return Fact(
        offer_id=int(r.id),
        agent_id=int(r.agent_id),
        conversation_id=int(r.conversation_id),
        channel=str(r.channel),
        queue_id=int(r.queue_id),
        customer_id=None if r.customer_id is None else int(r.customer_id),
        at=float(r.ended_at),
        talk=float(r.talk_seconds),
        hold=float(r.hold_seconds),
        acw=float(r.acw_seconds),
        wrapup_code=str(r.wrapup_code),
        transferred=bool(r.transferred),
        first_contact_resolved=bool(r.fcr),
        repeat=bool(r.repeat),
        csat=None if r.csat is None else int(r.csat),
        nps=None if r.nps is None else int(r.nps),
        ces=None if r.ces is None else int(r.ces),
    )


async def facts(
    conn: AsyncConnection, start: float, end: float, agent_id: int | None = None
) -> list[Fact]:
    """Handled contacts that ended in ``[start, end)`` (one agent's, or everyone's),
    newest first."""
    sql, params = facts_sql(start, end, agent_id)
    rows = await conn.execute(
        sa.text(sql + " SELECT * FROM f ORDER BY ended_at DESC, id DESC"), params
    )
    return [_fact(r) for r in rows]


def facts_sql(start: float, end: float, agent_id: int | None) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {"start": start, "end": end, "repeat": REPEAT_WINDOW_SECONDS}
    agent = ""
    if agent_id is not None:
        agent = "AND o.agent_id = :agent_id"
        params["agent_id"] = agent_id
    return _FACTS.format(agent=agent), params


def bucket_sql(column: str, bounds: Sequence[float]) -> str:
    """A SQL expression numbering the window of ``bounds`` (ascending edges) that
    ``column`` falls in: 0 for ``[bounds[0], bounds[1])`` ..., -1 before, ``len - 1``
    after. Edges are floats this module made, never user text."""
    whens = " ".join(
        f"WHEN {column} < {edge!r} THEN {index - 1}" for index, edge in enumerate(bounds)
    )
    return f"(CASE {whens} ELSE {len(bounds) - 1} END)"


@dataclass(frozen=True, slots=True)
class Totals:
    """Sums of one agent's contacts over one window (see ``_GROUPED``)."""

    handled: int = 0
    handle: float = 0.0
    transferred: int = 0
    fcr: int = 0
    repeats: int = 0
    csat_n: int = 0
    csat_good: int = 0
    nps_n: int = 0
    nps_net: int = 0
    ces_n: int = 0
    ces_sum: int = 0

    def __add__(self, other: Totals) -> Totals:
        return Totals(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))
