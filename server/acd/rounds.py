"""One routing round: everything routing decides, in one write transaction.

A round is idempotent and reads only the database, so running it too often is harmless
and running it after a crash resumes exactly where routing stood. In order:

1. **Ringing offers** past their expiry time out: the contact goes back to waiting and
   the agent becomes *not responding*. An offer that expired while the server was down
   (before this process started) is withdrawn instead: nobody's desk was ringing.
   Offers whose contact went away (the caller hung up, a colleague took the chat), or
   whose agent is no longer routable (signed out, went on a break), are withdrawn and
   the contact offered again; waiting contacts that went away are closed.
2. **Work that ended** (the call ended or was handed over, the chat or email left open or
   changed hands) moves its offer to after-call work (calls and chats; the queue's limit)
   or done (email), with the call's talk and hold times.
3. **After-call work** past its limit ends, unless a required wrap-up code is missing.
   An agent left with no work returns to the state they asked for, or available.
4. **Callbacks** that came due become contacts (reserved for their promiser if asked).
5. **New contacts**: open unassigned chats and emails, calls ringing in a queue.
6. **Offers**: waiting contacts by queue priority then waiting time, each to the agent
   :func:`server.acd.choose.choose` picks among the routable ones.

Every change is an event (offers, presence, conversations), so desks and supervisors see
each decision and a restart loses none.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.routing import OfferData, QueueRoutingData
from server.acd import choose
from server.acd import tables as t
from server.acd.endings import acw_over, ended_work
from server.acd.entities import (
    agent_events,
    callback_events,
    default_capacity,
    default_queue_routing,
    offer_events,
    queue_routing_from_row,
)
from server.core import eventlog
from server.core import tables as house
from server.core.eventlog import Draft
from server.domains.calls import tables as calls_t
from server.domains.conversations import tables as conv
from server.domains.presence import states as presence
from server.domains.presence.tables import presence as presence_t

DECLINE_COOLDOWN = 60.0
"""An agent who declined a contact is not offered it again for this long."""
CALLBACK_RESERVE = 120.0
"""A callback asked for by its promiser waits this long for them before anyone may take it."""
ROUTABLE_PRESENCE = ("available", "busy")
MAX_CONTACTS_PER_ROUND = 1000
ACTIVE = ("waiting", "offered", "assigned")


@dataclass
class RoundResult:
    """What a round did, and when the next one is due even if nothing happens."""

    offers: int = 0
    decisions_seconds: float = 0.0
    next_deadline: float | None = None
    drafts: list[Draft] = field(default_factory=list)
    phases: dict[str, float] = field(default_factory=dict)
    """Seconds spent per part of the round (the engine's log sums them)."""


async def queue_rules(conn: AsyncConnection) -> dict[int, QueueRoutingData]:
    """Every queue's routing settings (defaults for queues without a row)."""
    q, r = house.queues, t.routing_queues
    rows = (
        await conn.execute(sa.select(q.c.id.label("id"), r).outerjoin(r, r.c.queue_id == q.c.id))
    ).all()
    return {
        int(row.id): queue_routing_from_row(row)
        if row.queue_id is not None
        else default_queue_routing(int(row.id))
        for row in rows
    }


async def run_round(
    conn: AsyncConnection, now: float, started_at: float
) -> tuple[RoundResult, list[Draft]]:
    """One round (see the module doc); its result and events."""
    result = RoundResult()
    clock = time.perf_counter()

    def lap(phase: str) -> None:
        nonlocal clock
        moment = time.perf_counter()
        result.phases[phase] = moment - clock
        clock = moment

    rules = await queue_rules(conn)
    drafts: list[Draft] = []
    drafts += await _ringing(conn, now, started_at)
    drafts += await _close_gone_contacts(conn, now)
    lap("ringing")
    drafts += await ended_work(conn, now, rules)
    drafts += await acw_over(conn, now)
    lap("work")
    drafts += await _callbacks_due(conn, now)
    await discover(conn, now)
    lap("discover")
    offered, waiting = await _offer(conn, now, rules, result)
    drafts += offered
    lap("offer")
    result.next_deadline = await _next_deadline(conn, now, rules, waiting)
    lap("deadline")
    return result, drafts


# ------------------------------------------------------------------------ 1. ringing


def alive_clause() -> sa.ColumnElement[bool]:
    """SQL: whether the ``routing_contacts`` row still needs an agent (the caller still
    rings, the chat is still open and unassigned, the callback still due), as one
    expression so a round checks every contact in one query."""
    rc, cb, k, c = t.routing_contacts, t.callbacks, calls_t.calls, conv.conversations
    callback_due = (
        sa.select(cb.c.id).where(cb.c.id == rc.c.callback_id, cb.c.state == "routing").exists()
    )
    transferring = (
        sa.select(k.c.id).where(k.c.id == rc.c.call_id, k.c.state == "transferring").exists()
    )
    ringing = (
        sa.select(k.c.id)
        .where(k.c.id == rc.c.call_id, k.c.state == "offered", k.c.agent_id.is_(None))
        .exists()
    )
    waiting = (
        sa.select(c.c.id)
        .where(c.c.id == rc.c.conversation_id, c.c.status == "open", c.c.assignee_id.is_(None))
        .exists()
    )
    return sa.case(
        (rc.c.purpose == "callback", callback_due),
        (rc.c.purpose.in_(("transfer", "consult")), transferring),
        (rc.c.channel == "phone", ringing),
        else_=waiting,
    )


def _answering_clause() -> sa.ColumnElement[bool]:
    """SQL: whether the offer's new call has already been answered by the line *for the
    offer's own agent* (not ended). ``offer.accept`` asks a line with call control to
    answer first and writes the acceptance after; a round that runs between the two,
    in this process or another, must not take the call for gone."""
    o, rc, k = t.offers, t.routing_contacts, calls_t.calls
    return (
        sa.select(k.c.id)
        .where(
            k.c.id == rc.c.call_id,
            rc.c.purpose == "new",
            k.c.agent_id == o.c.agent_id,
            k.c.state != "ended",
        )
        .exists()
    )


async def _ringing(conn: AsyncConnection, now: float, started_at: float) -> list[Draft]:
    o, rc, p = t.offers, t.routing_contacts, presence_t
    rows = (
        await conn.execute(
            sa.select(
                o.c.id,
                o.c.agent_id,
                o.c.expires_at,
                o.c.contact_id,
                alive_clause().label("alive"),
                _answering_clause().label("answering"),
                p.c.state.label("presence"),
            )
            .join(rc, rc.c.id == o.c.contact_id)
            .outerjoin(p, p.c.agent_id == o.c.agent_id)
            .where(o.c.phase == "ringing")
        )
    ).all()
    drafts: list[Draft] = []
    for offer in rows:
        alive = bool(offer.alive)
        present = offer.presence in ROUTABLE_PRESENCE
        if alive and present and offer.expires_at > now:
            continue
        if offer.answering and offer.expires_at > now:
            continue  # the line answered for this agent; the acceptance is on its way
        if not alive:
            state, reason = "withdrawn", "the customer is no longer waiting"
        elif not present:
            state, reason = "withdrawn", "you were no longer available"
        elif offer.expires_at < started_at:
            state, reason = "withdrawn", "the server restarted while it rang"
        else:
            state, reason = "timed_out", ""
        await conn.execute(
            o.update()
            .where(o.c.id == offer.id)
            .values(state=state, phase="closed", decided_at=now, decline_reason=reason)
        )
        drafts += await offer_events(conn, offer.id)
        await conn.execute(
            rc.update()
            .where(rc.c.id == offer.contact_id)
            .values(state="waiting" if alive else "closed", closed_at=None if alive else now)
        )
        if state == "timed_out":
            drafts += await presence.move(conn, offer.agent_id, "not_responding")
    return drafts


async def _close_gone_contacts(conn: AsyncConnection, now: float) -> list[Draft]:
    rc, cb = t.routing_contacts, t.callbacks
    gone = (
        await conn.execute(
            sa.select(rc.c.id, rc.c.purpose, rc.c.callback_id).where(
                rc.c.state == "waiting", ~alive_clause()
            )
        )
    ).all()
    for contact in gone:
        await conn.execute(
            rc.update().where(rc.c.id == contact.id).values(state="closed", closed_at=now)
        )
        if contact.purpose == "callback":
            await conn.execute(
                cb.update()
                .where(cb.c.id == contact.callback_id, cb.c.state == "routing")
                .values(state="cancelled")
            )
    return []


# ------------------------------------------------------------------------ 4. callbacks


async def _callbacks_due(conn: AsyncConnection, now: float) -> list[Draft]:
    cb = t.callbacks
    rows = (
        await conn.execute(sa.select(cb).where(cb.c.state == "scheduled", cb.c.due_at <= now))
    ).all()
    drafts: list[Draft] = []
    for callback in rows:
        await conn.execute(cb.update().where(cb.c.id == callback.id).values(state="routing"))
        language = (
            await conn.execute(
                sa.select(conv.conversations.c.language).where(
                    conv.conversations.c.id == callback.conversation_id
                )
            )
        ).scalar()
        reserved = callback.agent_id if callback.prefer_agent else None
        await conn.execute(
            t.routing_contacts.insert().values(
                conversation_id=callback.conversation_id,
                callback_id=callback.id,
                purpose="callback",
                queue_id=callback.queue_id,
                channel="phone",
                language=language or "en",
                waiting_since=callback.due_at,
                state="waiting",
                target_agent_id=reserved,
                target_until=now + CALLBACK_RESERVE if reserved else None,
            )
        )
        drafts += await callback_events(conn, callback.id)
    return drafts


# --------------------------------------------------------------------- 5. discovery


async def discover(conn: AsyncConnection, now: float) -> None:
    """Make a contact of every open unassigned chat or email and every call ringing in a
    queue that routing does not know yet."""
    rc, c, k = t.routing_contacts, conv.conversations, calls_t.calls
    known = (
        sa.select(rc.c.id).where(rc.c.conversation_id == c.c.id, rc.c.state.in_(ACTIVE)).exists()
    )
    chats = (
        await conn.execute(
            sa.select(c.c.id, c.c.queue_id, c.c.channel, c.c.language, c.c.last_message_at).where(
                c.c.status == "open",
                c.c.assignee_id.is_(None),
                c.c.channel.in_(("chat", "email")),
                ~known,
            )
        )
    ).all()
    rows: list[dict[str, Any]] = [
        {
            "conversation_id": r.id,
            "call_id": None,
            "queue_id": r.queue_id,
            "channel": r.channel,
            "language": r.language,
            "waiting_since": min(now, r.last_message_at),
            "state": "waiting",
        }
        for r in chats
    ]
    call_known = sa.select(rc.c.id).where(rc.c.call_id == k.c.id, rc.c.state.in_(ACTIVE)).exists()
    calls = (
        await conn.execute(
            sa.select(k.c.id, k.c.conversation_id, k.c.queue_id, k.c.offered_at, c.c.language)
            .join(c, c.c.id == k.c.conversation_id)
            .where(
                k.c.state == "offered",
                k.c.agent_id.is_(None),
                k.c.direction == "inbound",
                ~call_known,
            )
        )
    ).all()
    rows += [
        {
            "conversation_id": r.conversation_id,
            "call_id": r.id,
            "queue_id": r.queue_id,
            "channel": "phone",
            "language": r.language,
            "waiting_since": min(now, r.offered_at),
            "state": "waiting",
        }
        for r in calls
    ]
    if rows:
        await conn.execute(rc.insert(), rows)


# ------------------------------------------------------------------------- 6. offers


@dataclass
class _AgentLoad:
    phone: int = 0
    chat: int = 0
    email: int = 0
    ringing: bool = False
    acw: bool = False
    last_offer: float = 0.0

    def used(self, channel: str) -> int:
        return int(getattr(self, channel))


async def routable_agents(conn: AsyncConnection) -> list[choose.Agent]:
    """Every agent routing may offer work to now, with their skills and free slots."""
    p = presence_t
    present = (
        await conn.execute(
            sa.select(p.c.agent_id, p.c.since).where(p.c.state.in_(ROUTABLE_PRESENCE))
        )
    ).all()
    if not present:
        return []
    ids = [int(r.agent_id) for r in present]
    profiles = {
        int(r.agent_id): r
        for r in (
            await conn.execute(
                sa.select(t.routing_profiles).where(t.routing_profiles.c.agent_id.in_(ids))
            )
        ).all()
    }
    members: dict[int, dict[int, int]] = defaultdict(dict)
    aq = house.agent_queues
    for r in (await conn.execute(sa.select(aq).where(aq.c.agent_id.in_(ids)))).all():
        members[int(r.agent_id)][int(r.queue_id)] = 1
    loads: dict[int, _AgentLoad] = defaultdict(_AgentLoad)
    o = t.offers
    rows = await conn.execute(
        sa.select(
            o.c.agent_id, o.c.channel, o.c.phase, sa.func.count(), sa.func.max(o.c.offered_at)
        )
        .where(o.c.agent_id.in_(ids), o.c.phase.in_(("ringing", "working", "acw")))
        .group_by(o.c.agent_id, o.c.channel, o.c.phase)
    )
    for agent_id, channel, phase, count, last in rows.all():
        load = loads[int(agent_id)]
        if phase == "acw":
            load.acw = True
            continue
        setattr(load, channel, load.used(channel) + int(count))
        load.ringing = load.ringing or phase == "ringing"
        load.last_offer = max(load.last_offer, float(last or 0.0))
    lasts = await conn.execute(
        sa.select(o.c.agent_id, sa.func.max(o.c.offered_at))
        .where(o.c.agent_id.in_(ids))
        .group_by(o.c.agent_id)
    )
    for agent_id, last in lasts.all():
        loads[int(agent_id)].last_offer = max(loads[int(agent_id)].last_offer, float(last or 0))
    agents: list[choose.Agent] = []
    for r in present:
        aid = int(r.agent_id)
        load = loads[aid]
        if load.ringing or load.acw or load.phone > 0:
            continue
        profile = profiles.get(aid)
        if profile is not None:
            levels = {int(s["queue_id"]): int(s["level"]) for s in json.loads(profile.skills)}
            languages = frozenset(json.loads(profile.languages))
            capacity = {
                "phone": profile.cap_phone,
                "chat": profile.cap_chat,
                "email": profile.cap_email,
            }
        else:
            levels = members[aid]
            languages = frozenset()
            capacity = {ch: default_capacity(ch) for ch in ("phone", "chat", "email")}
        free = {ch: capacity[ch] - load.used(ch) for ch in capacity}
        if load.chat or load.email:
            free["phone"] = 0  # a call needs the agent's whole attention
        idle = max(float(r.since), load.last_offer)
        agents.append(choose.Agent(aid, levels, languages, free, idle))
    return agents


async def _declined_recently(
    conn: AsyncConnection, contact_ids: list[int], now: float
) -> dict[int, frozenset[int]]:
    o = t.offers
    rows = await conn.execute(
        sa.select(o.c.contact_id, o.c.agent_id).where(
            o.c.contact_id.in_(contact_ids),
            o.c.state == "declined",
            o.c.decided_at > now - DECLINE_COOLDOWN,
        )
    )
    out: dict[int, set[int]] = defaultdict(set)
    for contact_id, agent_id in rows.all():
        out[int(contact_id)].add(int(agent_id))
    return {k: frozenset(v) for k, v in out.items()}


async def make_offer(
    conn: AsyncConnection,
    contact: Any,
    choice: choose.Choice,
    rule: QueueRoutingData,
    now: float,
    *,
    accepted: bool = False,
) -> tuple[int, list[Draft]]:
    """Write an offer of ``contact`` to the chosen agent (already accepted for pulled and
    claimed email); the offer's id and events."""
    o, rc = t.offers, t.routing_contacts
    values: dict[str, Any] = {
        "contact_id": contact.id,
        "agent_id": choice.agent_id,
        "conversation_id": contact.conversation_id,
        "queue_id": contact.queue_id,
        "channel": contact.channel,
        "call_id": contact.call_id,
        "callback_id": contact.callback_id,
        "state": "accepted" if accepted else "ringing",
        "phase": "working" if accepted else "ringing",
        "why": choice.why,
        "why_level": choice.level,
        "why_candidates": choice.candidates,
        "why_waited": round(choice.waited, 1),
        "offered_at": now,
        "expires_at": now + rule.offer_seconds,
        "decided_at": now if accepted else None,
        "wrapup_required": rule.wrapup_required and contact.channel != "email",
    }
    offer_id = eventlog.new_id(await conn.execute(o.insert().values(values)))
    await conn.execute(
        rc.update().where(rc.c.id == contact.id).values(state="assigned" if accepted else "offered")
    )
    # The entity from what was just written (no read back: rounds place many offers).
    fields = {k: v for k, v in values.items() if k != "contact_id"}
    offer = OfferData(id=offer_id, **fields)
    return offer_id, agent_events(offer, offer.agent_id)


async def _offer(
    conn: AsyncConnection, now: float, rules: dict[int, QueueRoutingData], result: RoundResult
) -> tuple[list[Draft], list[Any]]:
    """Offer waiting contacts to routable agents; the events and the contacts left waiting."""
    rc = t.routing_contacts
    waiting = (
        await conn.execute(
            sa.select(rc)
            .where(rc.c.state == "waiting")
            .order_by(rc.c.waiting_since, rc.c.id)
            .limit(MAX_CONTACTS_PER_ROUND)
        )
    ).all()
    if not waiting:
        return [], []
    agents = {a.agent_id: a for a in await routable_agents(conn)}
    if not agents:
        return [], list(waiting)
    ordered = sorted(
        waiting,
        key=lambda c: (
            -(rules.get(c.queue_id) or default_queue_routing(c.queue_id)).priority,
            c.waiting_since,
            c.id,
        ),
    )
    passed = await _declined_recently(conn, [int(c.id) for c in ordered], now)
    drafts: list[Draft] = []
    left: list[Any] = []
    for contact in ordered:
        if not agents:
            left.append(contact)
            continue
        rule = rules.get(contact.queue_id) or default_queue_routing(contact.queue_id)
        started = time.perf_counter()
        choice = choose.choose(
            choose.Contact(
                contact_id=contact.id,
                queue_id=contact.queue_id,
                channel=contact.channel,
                language=contact.language,
                waiting_since=contact.waiting_since,
                reserved_for=contact.target_agent_id,
                reserved_until=contact.target_until,
                passed_by=passed.get(int(contact.id), frozenset()),
            ),
            agents.values(),
            choose.Rule(min_level=rule.min_level, widen_after=rule.widen_after_seconds),
            now,
        )
        result.decisions_seconds += time.perf_counter() - started
        if choice is None:
            left.append(contact)
            continue
        if contact.purpose == "transfer" and choice.why != "reserved":
            choice = choose.Choice(
                choice.agent_id, "transfer", choice.level, choice.candidates, choice.waited
            )
        _offer_id, made = await make_offer(conn, contact, choice, rule, now)
        drafts += made
        result.offers += 1
        del agents[choice.agent_id]  # one ringing offer per desk at a time
    return drafts, left


# ------------------------------------------------------------------------- deadlines


async def _next_deadline(
    conn: AsyncConnection, now: float, rules: dict[int, QueueRoutingData], waiting: list[Any]
) -> float | None:
    """The next moment a round has something to do with nothing else happening: an offer's
    expiry, the end of after-call work, a callback due, a waiting contact widening or its
    reservation lapsing (``waiting``: the contacts this round left waiting)."""
    o, cb = t.offers, t.callbacks
    ringing = sa.select(sa.func.min(o.c.expires_at)).where(o.c.phase == "ringing")
    acw = sa.select(sa.func.min(o.c.acw_until)).where(
        o.c.phase == "acw",
        o.c.acw_until.is_not(None),
        # ACW waiting for a required code ends with the agent's command, not a clock.
        sa.or_(o.c.wrapup_required.is_(False), o.c.wrapped_at.is_not(None)),
    )
    due = sa.select(sa.func.min(cb.c.due_at)).where(cb.c.state == "scheduled")
    row = (
        await conn.execute(
            sa.select(ringing.scalar_subquery(), acw.scalar_subquery(), due.scalar_subquery())
        )
    ).one()
    times = [float(x) for x in row if x is not None]
    for w in waiting:
        rule = rules.get(w.queue_id) or default_queue_routing(w.queue_id)
        widen = w.waiting_since + rule.widen_after_seconds
        if widen > now:
            times.append(widen)
        if w.target_until is not None and w.target_until > now:
            times.append(float(w.target_until))
    # Only future moments: anything due now was handled by this round, and a deadline in
    # the past that a round cannot act on must never turn the engine into a busy loop.
    future = [moment for moment in times if moment > now]
    return min(future) if future else None
