"""Routing and call reads: the offer ringing for the agent (with what the screen pop shows
before answering), the agent's work items, a queue's routing settings and wrap-up codes,
a conversation's callbacks and calls, and the agent's live call; for a supervisor's Team
page, what every agent is on now and the queues each has a skill in.

Every string here may come from customers or colleagues: the desk shows them through
``desktop/widgets/plain.py``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

_OFFER = (
    "SELECT o.id, o.agent_id, o.conversation_id, o.queue_id, o.channel, o.call_id,"
    " o.callback_id, o.state, o.phase, o.why, o.why_level, o.why_candidates, o.why_waited,"
    " o.offered_at, o.expires_at, o.ended_at,"
    " o.acw_until, o.wrapup_required, o.wrapup_code, c.customer_id, c.customer_name,"
    " c.language, c.subject, q.name"
    " FROM offers o LEFT JOIN conversations c ON c.id = o.conversation_id"
    " LEFT JOIN queues q ON q.id = o.queue_id"
)
_CALL = (
    "SELECT id, conversation_id, queue_id, direction, caller, state, agent_id, offered_at,"
    " connected_at, ended_at, state_since, talk_seconds, hold_seconds, end_reason, muted,"
    " dtmf, transfer_target FROM calls"
)
LIVE_PHASES = ("working", "acw")


@dataclass(frozen=True)
class OfferView:
    """An offer of the agent's with the conversation facts the desk shows beside it
    (empty when the conversation is not cached yet). ``why`` is a code
    (``protocol.kinds.routing.WHY_CODES``) with its figures; ``customer_name``,
    ``subject`` and ``queue_name`` are untrusted text."""

    id: int
    agent_id: int
    conversation_id: int
    queue_id: int
    channel: str
    call_id: int | None
    callback_id: int | None
    state: str
    phase: str
    why: str
    why_level: int
    why_candidates: int
    why_waited: float
    offered_at: float
    expires_at: float
    ended_at: float | None
    acw_until: float | None
    wrapup_required: bool
    wrapup_code: str
    customer_id: int | None
    customer_name: str
    language: str
    subject: str
    queue_name: str


@dataclass(frozen=True)
class RecentContact:
    """One of a customer's conversations, for the screen pop."""

    conversation_id: int
    channel: str
    status: str
    subject: str
    last_message_at: float


@dataclass(frozen=True)
class WrapupCode:
    code: str
    label: str


@dataclass(frozen=True)
class QueueRouting:
    """What the after-call panel needs of a queue: its ACW limit (0: none), whether a
    wrap-up code is required, and the codes to choose from."""

    queue_id: int
    acw_seconds: int
    wrapup_required: bool
    wrapup_codes: tuple[WrapupCode, ...]
    offer_seconds: float
    sla_seconds: int
    next_response_seconds: int = 300


@dataclass(frozen=True)
class CallbackRow:
    """A scheduled callback (``note`` is untrusted text)."""

    id: int
    conversation_id: int
    queue_id: int
    phone: str
    due_at: float
    note: str
    agent_id: int | None
    prefer_agent: bool
    requested_by: str
    state: str


@dataclass(frozen=True)
class CallRow:
    """A phone call as the cache last heard it (``caller``, ``end_reason`` and
    ``transfer_target`` are untrusted text)."""

    id: int
    conversation_id: int
    queue_id: int
    direction: str
    caller: str
    state: str
    agent_id: int | None
    offered_at: float
    connected_at: float | None
    ended_at: float | None
    state_since: float
    talk_seconds: float
    hold_seconds: float
    end_reason: str
    muted: bool
    dtmf: str
    transfer_target: str


@dataclass(frozen=True)
class AgentWork:
    """One open offer of an agent as a supervisor's Team page shows it: ringing on their
    desk (``phase`` "ringing"), being worked ("working") or in after-call work ("acw").
    ``call_*`` are its call's state, connection time and state start for a phone
    contact whose call is cached (else ``None``)."""

    agent_id: int
    offer_id: int
    channel: str
    phase: str
    queue_id: int
    offered_at: float
    decided_at: float | None
    ended_at: float | None
    acw_until: float | None
    call_state: str | None
    call_connected_at: float | None
    call_state_since: float | None


def _opt_int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _opt_float(value: object) -> float | None:
    return None if value is None else float(str(value))


def _offer(row: Sequence[object]) -> OfferView:
    return OfferView(
        id=int(str(row[0])),
        agent_id=int(str(row[1])),
        conversation_id=int(str(row[2])),
        queue_id=int(str(row[3])),
        channel=str(row[4] or ""),
        call_id=_opt_int(row[5]),
        callback_id=_opt_int(row[6]),
        state=str(row[7]),
        phase=str(row[8]),
        why=str(row[9] or ""),
        why_level=int(str(row[10] or 0)),
        why_candidates=int(str(row[11] or 0)),
        why_waited=float(str(row[12] or 0.0)),
        offered_at=float(str(row[13] or 0.0)),
        expires_at=float(str(row[14])),
        ended_at=_opt_float(row[15]),
        acw_until=_opt_float(row[16]),
        wrapup_required=bool(row[17]),
        wrapup_code=str(row[18] or ""),
        customer_id=_opt_int(row[19]),
        customer_name=str(row[20] or ""),
        language=str(row[21] or ""),
        subject=str(row[22] or ""),
        queue_name=str(row[23] or ""),
    )


def _call(row: Sequence[object]) -> CallRow:
    return CallRow(
        id=int(str(row[0])),
        conversation_id=int(str(row[1])),
        queue_id=int(str(row[2])),
        direction=str(row[3] or "inbound"),
        caller=str(row[4] or ""),
        state=str(row[5]),
        agent_id=_opt_int(row[6]),
        offered_at=float(str(row[7])),
        connected_at=_opt_float(row[8]),
        ended_at=_opt_float(row[9]),
        state_since=float(str(row[10])),
        talk_seconds=float(str(row[11] or 0.0)),
        hold_seconds=float(str(row[12] or 0.0)),
        end_reason=str(row[13] or ""),
        muted=bool(row[14]),
        dtmf=str(row[15] or ""),
        transfer_target=str(row[16] or ""),
    )


class RoutingReads:
    """Routing and call reads; needs ``self.conn`` (the reader's connection)."""

    conn: sqlite3.Connection

    # ------------------------------------------------------------------ offers

    def ringing_offer(self, agent_id: int) -> OfferView | None:
        """The agent's offer that is ringing now (the one ending first if, unusually,
        several are), or ``None``."""
        row = self.conn.execute(
            f"{_OFFER} WHERE o.agent_id = ? AND o.state = 'ringing' AND o.phase = 'ringing'"
            " ORDER BY o.expires_at, o.id LIMIT 1",
            (agent_id,),
        ).fetchone()
        return _offer(row) if row is not None else None

    def offer(self, offer_id: int) -> OfferView | None:
        row = self.conn.execute(f"{_OFFER} WHERE o.id = ?", (offer_id,)).fetchone()
        return _offer(row) if row is not None else None

    def work_items(self, agent_id: int) -> list[OfferView]:
        """The agent's accepted offers still in work or after-call work, oldest first."""
        rows = self.conn.execute(
            f"{_OFFER} WHERE o.agent_id = ? AND o.phase IN ('working', 'acw')"
            " ORDER BY o.offered_at, o.id",
            (agent_id,),
        ).fetchall()
        return [_offer(r) for r in rows]

    def recent_contacts(
        self, customer_id: int, *, exclude: int = 0, limit: int = 4
    ) -> list[RecentContact]:
        """The customer's most recent conversations (not ``exclude``), newest first."""
        rows = self.conn.execute(
            "SELECT id, channel, status, subject, last_message_at FROM conversations"
            " WHERE customer_id = ? AND id != ? ORDER BY last_message_at DESC LIMIT ?",
            (customer_id, exclude, limit),
        ).fetchall()
        return [
            RecentContact(int(r[0]), str(r[1] or ""), str(r[2] or ""), str(r[3] or ""), float(r[4]))
            for r in rows
        ]

    # ------------------------------------------------------------------ queues, agents

    def queue_routing(self, queue_id: int) -> QueueRouting | None:
        """A queue's routing settings, or ``None`` before the server has sent them."""
        row = self.conn.execute(
            "SELECT id, acw_seconds, wrapup_required, wrapup_codes, offer_seconds, sla_seconds,"
            " next_response_seconds FROM queue_routing WHERE id = ?",
            (queue_id,),
        ).fetchone()
        if row is None:
            return None
        try:
            raw = json.loads(str(row[3] or "[]"))
        except ValueError:
            raw = []
        codes = tuple(
            WrapupCode(str(c.get("code", "")), str(c.get("label", "") or c.get("code", "")))
            for c in raw
            if isinstance(c, dict) and c.get("code")
        )
        return QueueRouting(
            queue_id=int(row[0]),
            acw_seconds=int(row[1] or 0),
            wrapup_required=bool(row[2]),
            wrapup_codes=codes,
            offer_seconds=float(row[4] or 0.0),
            sla_seconds=int(row[5] or 0),
            next_response_seconds=int(row[6] or 0),
        )

    def agent_names(self) -> dict[int, str]:
        """Every cached agent by id: display name, or username when it has none."""
        return {
            int(i): str(d or u or "")
            for i, d, u in self.conn.execute("SELECT id, display_name, username FROM agents")
        }

    # ------------------------------------------------------------------ callbacks

    def callbacks_of(self, conversation_id: int) -> list[CallbackRow]:
        """A conversation's callbacks: the waiting ones first (soonest first), then the
        finished ones, newest first."""
        rows = self.conn.execute(
            "SELECT id, conversation_id, queue_id, phone, due_at, note, agent_id, prefer_agent,"
            " requested_by, state FROM callbacks WHERE conversation_id = ?"
            " ORDER BY state NOT IN ('scheduled', 'routing'),"
            " CASE WHEN state IN ('scheduled', 'routing') THEN due_at ELSE -due_at END, id",
            (conversation_id,),
        ).fetchall()
        return [
            CallbackRow(
                id=int(r[0]),
                conversation_id=int(r[1]),
                queue_id=int(r[2] or 0),
                phone=str(r[3] or ""),
                due_at=float(r[4]),
                note=str(r[5] or ""),
                agent_id=_opt_int(r[6]),
                prefer_agent=bool(r[7]),
                requested_by=str(r[8] or "agent"),
                state=str(r[9]),
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ calls

    def live_call(self, agent_id: int) -> CallRow | None:
        """The agent's call that has not ended (the newest, should there be two).

        A call the agent handed on is no longer theirs although the switch still names
        them until someone answers it: after a blind transfer their work item for it is in
        after-call work. So a call routed to the agent (it has their offer) is live only
        while one of their offers for it is being worked; a call without offers (answered
        for the agent by an adapter) is live while it names them."""
        row = self.conn.execute(
            f"{_CALL} c WHERE c.agent_id = ? AND c.state != 'ended'"
            " AND (NOT EXISTS (SELECT 1 FROM offers o WHERE o.call_id = c.id AND o.agent_id = ?)"
            " OR EXISTS (SELECT 1 FROM offers o WHERE o.call_id = c.id AND o.agent_id = ?"
            " AND o.phase = 'working'))"
            " ORDER BY c.offered_at DESC, c.id DESC LIMIT 1",
            (agent_id, agent_id, agent_id),
        ).fetchone()
        return _call(row) if row is not None else None

    def call(self, call_id: int) -> CallRow | None:
        row = self.conn.execute(f"{_CALL} WHERE id = ?", (call_id,)).fetchone()
        return _call(row) if row is not None else None

    def calls_of(self, conversation_id: int) -> list[CallRow]:
        """A conversation's calls, oldest first (its timeline shows them)."""
        rows = self.conn.execute(
            f"{_CALL} WHERE conversation_id = ? ORDER BY offered_at, id", (conversation_id,)
        ).fetchall()
        return [_call(r) for r in rows]

    # ------------------------------------------------------------------ the team

    def team_work(self) -> list[AgentWork]:
        """Every cached agent's open offers (ringing, working, after-call work) with their
        calls, by agent then oldest first. A supervisor's cache holds every agent's offers:
        ``CROSS JOIN`` keeps the agents the outer loop, so each agent's open offers come
        from ``offer_by_agent_phase`` and the offers' history is never scanned (1 ms for
        100 agents over 100,000 offers, against 7 ms for the planner's own choice)."""
        rows = self.conn.execute(
            "SELECT o.agent_id, o.id, o.channel, o.phase, o.queue_id, o.offered_at,"
            " o.decided_at, o.ended_at, o.acw_until, c.state, c.connected_at, c.state_since"
            " FROM agents a CROSS JOIN offers o ON o.agent_id = a.id"
            " AND o.phase IN ('ringing', 'working', 'acw')"
            " LEFT JOIN calls c ON c.id = o.call_id"
            " WHERE o.phase != 'ringing' OR o.state = 'ringing'"
            " ORDER BY o.agent_id, o.offered_at, o.id"
        ).fetchall()
        return [
            AgentWork(
                agent_id=int(r[0]),
                offer_id=int(r[1]),
                channel=str(r[2] or ""),
                phase=str(r[3]),
                queue_id=int(r[4] or 0),
                offered_at=float(r[5] or 0.0),
                decided_at=_opt_float(r[6]),
                ended_at=_opt_float(r[7]),
                acw_until=_opt_float(r[8]),
                call_state=str(r[9]) if r[9] is not None else None,
                call_connected_at=_opt_float(r[10]),
                call_state_since=_opt_float(r[11]),
            )
            for r in rows
        ]

    def skill_queues(self) -> dict[int, frozenset[int]]:
        """Each agent with a routing profile: the queues they have a skill in (the
        profile's ``skills[].queue_id``). Agents without a profile are absent."""
        found: dict[int, frozenset[int]] = {}
        for agent_id, skills in self.conn.execute("SELECT id, skills FROM routing_profiles"):
            try:
                raw = json.loads(str(skills or "[]"))
            except ValueError:
                raw = []
            found[int(agent_id)] = frozenset(
                int(s["queue_id"])
                for s in (raw if isinstance(raw, list) else [])
                if isinstance(s, dict) and isinstance(s.get("queue_id"), int)
            )
        return found
