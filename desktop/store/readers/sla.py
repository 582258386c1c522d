"""SLA reads: when each open conversation's next response is due.

A conversation owes the customer a response when its last message is theirs: the oldest
customer message newer than the agents' last reply starts the clock, with the queue's
first-response target (``queue_routing.sla_seconds``) if no agent has replied yet and its
next-response target (``next_response_seconds``) otherwise. Nothing is due when the last
message is ours (a reply, queued or delivered) or an internal note, nor while the
conversation is pending or snoozed (waiting on the customer) or resolved: only ``open``
conversations have a timer.

The due times are absolute (server seconds), so they are read once per change and the
countdown is arithmetic against a clock the caller owns (:meth:`SlaTimer.left`); the
reads that depend on time take ``now`` as an argument, so tests use a fake clock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

FIRST_RESPONSE_SECONDS = 60
NEXT_RESPONSE_SECONDS = 300
"""A queue's targets before the server has sent its settings (the protocol's defaults:
``QueueRoutingData.sla_seconds`` and ``next_response_seconds``; a test keeps them equal)."""
AT_RISK_SHARE = 0.25
"""A timer is at risk (amber) in the last quarter of its target, and red once overdue."""

SlaLevel = Literal["ok", "at_risk", "overdue"]

_CHUNK = 500
_SLA_SQL = f"""
SELECT t.id,
       (SELECT min(m.created_at) FROM messages m
         WHERE m.conversation_id = t.id AND m.direction = 'in'
           AND m.created_at > coalesce(t.last_out, -1e300)) AS since,
       t.last_out IS NULL AS first,
       coalesce(q.sla_seconds, {FIRST_RESPONSE_SECONDS}),
       coalesce(q.next_response_seconds, {NEXT_RESPONSE_SECONDS})
FROM (
    SELECT c.id, c.queue_id,
           (SELECT max(m.created_at) FROM messages m
             WHERE m.conversation_id = c.id AND m.direction = 'out') AS last_out,
           (SELECT m.direction FROM messages m WHERE m.conversation_id = c.id
             ORDER BY m.created_at DESC, m.id DESC LIMIT 1) AS last_dir
    FROM conversations c
    WHERE c.status = 'open' {{ids}}
) t
LEFT JOIN queue_routing q ON q.id = t.queue_id
WHERE t.last_dir = 'in'
"""


@dataclass(frozen=True, slots=True)
class SlaTimer:
    """One conversation's response timer: due at ``due_at`` (``since`` + ``target``);
    ``first`` when no agent has replied yet (the first-response target)."""

    conversation_id: int
    since: float
    target: int
    first: bool

    @property
    def due_at(self) -> float:
        return self.since + self.target

    def left(self, now: float) -> float:
        """Seconds until due at ``now``; negative once overdue."""
        return self.due_at - now

    def level(self, now: float) -> SlaLevel:
        """``overdue`` past due, ``at_risk`` in the last quarter of the target, else ``ok``."""
        left = self.left(now)
        if left < 0:
            return "overdue"
        return "at_risk" if left <= self.target * AT_RISK_SHARE else "ok"


class SlaReads:
    """SLA reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection

    def sla_timers(self, ids: Iterable[int] | None = None) -> dict[int, SlaTimer]:
        """The running timers of every open conversation (of ``ids`` only, when given),
        in one query per 500 ids (one in all without ``ids``); conversations owing no
        response are absent."""
        if ids is None:
            return self._timers("", [])
        chosen = sorted(set(ids))
        found: dict[int, SlaTimer] = {}
        for start in range(0, len(chosen), _CHUNK):
            chunk = chosen[start : start + _CHUNK]
            marks = ",".join("?" for _ in chunk)
            found.update(self._timers(f"AND c.id IN ({marks})", chunk))
        return found

    def sla_at_risk(self, now: float) -> set[int]:
        """Open conversations whose response is at risk or overdue at ``now``."""
        return {cid for cid, timer in self.sla_timers().items() if timer.level(now) != "ok"}

    def _timers(self, ids_clause: str, args: list[int]) -> dict[int, SlaTimer]:
        found: dict[int, SlaTimer] = {}
        for cid, since, first, first_target, next_target in self.conn.execute(
            _SLA_SQL.format(ids=ids_clause), args
        ):
            if since is None:  # defensive: the last message is the customer's
                continue
            target = int(first_target if first else next_target)
            found[int(cid)] = SlaTimer(int(cid), float(since), max(target, 1), bool(first))
        return found
