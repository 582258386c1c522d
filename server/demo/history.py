"""Demo contact history for the KPIs (issue 11 part 6): the handled contacts behind the
demo's resolved conversations, and the agents' presence history around them, so the My
KPIs page shows a real 30-day trend and today from the same rows a live centre has.

Every resolved demo conversation (about a thousand over the past 30 days, each assigned)
becomes one handled contact of its assignee: a closed ``routing_contacts`` row and an
``offers`` row accepted and done, its work ending at the conversation's last message
(so the demo's survey answers, given 10 minutes later, rate this contact), with talk,
hold (calls) and after-call work (calls and chats) drawn per channel and a wrap-up code of
the queue. One phone conversation in 40 was transferred: a colleague took the call first
and handed it on blind (a ``calls`` row, the colleague's offer, and the assignee's offer
reached through a ``transfer`` contact, ``why`` transfer). Presence history follows the
contacts: available from half an hour before an agent's first contact of the day, busy
and after-call work around each, available between (offline across gaps over two hours),
offline after the last; none of it reaches past now and none stays open, so the live
presence of the demo (no row until an agent acts) is untouched.

No events: handled offers and calls of the past are rows a snapshot reads, not news.
Deterministic given ``now``; a few bulk inserts (well under a tenth of a second), only
into a database without offers.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from collections import defaultdict
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from protocol.kinds.workforce import Activity
from server.acd import tables as acd
from server.domains.calls import tables as calls_t
from server.domains.conversations import tables as conv
from server.domains.presence.tables import presence_log
from server.workforce.schedules.tables import shifts

ZONE = ZoneInfo("Europe/Helsinki")
DAYS = 30
TRANSFER_EVERY = 40
WORK = {"phone": (120.0, 600.0), "chat": (180.0, 900.0), "email": (120.0, 480.0)}
GAP_OFFLINE = 2 * 3600.0
Row = dict[str, Any]


def _codes(raw: str) -> list[str]:
    return [str(c["code"]) for c in json.loads(raw or "[]")] or [""]


class _Plan:
    """The rows being built (ids allocated here: the tables are empty of offers)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.contacts: list[Row] = []
        self.offers: list[Row] = []
        self.calls: list[Row] = []
        self.busy: dict[int, list[tuple[float, float, float]]] = defaultdict(list)

    def contact(self, r: Any, purpose: str, call_id: int | None, at: float) -> int:
        contact_id = len(self.contacts) + 1
        self.contacts.append(
            {
                "id": contact_id,
                "conversation_id": int(r.id),
                "call_id": call_id,
                "callback_id": None,
                "purpose": purpose,
                "queue_id": int(r.queue_id),
                "channel": str(r.channel),
                "language": str(r.language),
                "waiting_since": at,
                "state": "closed",
                "target_agent_id": None,
                "target_until": None,
                "closed_at": at + 5.0,
            }
        )
        return contact_id

    def offer(
        self,
        r: Any,
        agent_id: int,
        contact_id: int,
        call_id: int | None,
        *,
        why: str,
        decided: float,
        talk: float,
        hold: float,
        acw: float,
        code: str,
    ) -> None:
        ended = decided + talk + hold
        self.offers.append(
            {
                "contact_id": contact_id,
                "agent_id": agent_id,
                "conversation_id": int(r.id),
                "queue_id": int(r.queue_id),
                "channel": str(r.channel),
                "call_id": call_id,
                "callback_id": None,
                "state": "accepted",
                "phase": "done",
                "why": why,
                "offered_at": decided - 4.0,
                "expires_at": decided + 16.0,
                "decided_at": decided,
                "ended_at": ended,
                "acw_until": ended + 60.0 if acw else None,
                "wrapup_required": bool(acw),
                "wrapup_code": code,
                "wrapped_at": ended + acw,
                "talk_seconds": talk,
                "hold_seconds": hold,
                "acw_seconds": acw,
            }
        )
        self.busy[agent_id].append((decided, ended, ended + acw))

    def durations(self, channel: str) -> tuple[float, float, float]:
        low, high = WORK.get(channel, WORK["chat"])
        talk = round(self.rng.uniform(low, high), 1)
        hold = round(self.rng.uniform(0.0, 90.0), 1) if channel == "phone" else 0.0
        acw = round(self.rng.uniform(10.0, 90.0), 1) if channel != "email" else 0.0
        return talk, hold, acw


LATE_FROM_BREAK = 240.0
"""Today, even-numbered agents come back 4 minutes late from their first break: past the
3-minute grace, so today's adherence shows a real exception."""
EXPECTED_STATE = {
    "break": "break",
    "lunch": "lunch",
    "meeting": "meeting",
    "training": "training",
    "offqueue": "meeting",
    "time_off": "offline",
}


def scheduled_day(  # noqa: PLR0917 - the day's inputs
    plan: _Plan,
    agent_id: int,
    activities: list[Activity],
    waiting: list[Any],
    codes: dict[int, list[str]],
    now: float,
) -> list[tuple[str, float, float]]:
    """A day with a published shift for one agent: presence following the shift up to now
    (late once from a break when their id is even), and ``waiting`` (that day's resolved
    conversations; today also their open ones, waiting on the customer since) handled
    one after another in on-queue time, as many as fit. The stretches, in order."""
    out: list[tuple[str, float, float]] = []
    late = agent_id % 2 == 0
    after_break = False
    for activity in activities:
        start, end = activity.start, min(activity.end, now)
        if start >= end:
            break
        if activity.type != "work":
            out.append((EXPECTED_STATE.get(activity.type, "offline"), start, end))
            after_break = activity.type == "break"
            continue
        cursor = start
        if after_break and late:
            cursor = min(end, start + LATE_FROM_BREAK)
            out.append(("break", start, cursor))
            late = False
        after_break = False
        while waiting:
            talk, hold, acw = plan.durations(str(waiting[0].channel))
            decided = cursor + 120.0
            done = decided + talk + hold + acw
            if done > end - 60.0:
                break
            r = waiting.pop(0)
            contact_id = plan.contact(r, "new", None, decided - 30.0)
            code = plan.rng.choice(codes.get(int(r.queue_id), [""]))
            plan.offer(
                r, agent_id, contact_id, None, why="longest_idle", decided=decided,
                talk=talk, hold=hold, acw=acw, code=code,
            )  # fmt: skip
            out.append(("available", cursor, decided))
            out.append(("busy", decided, decided + talk + hold))
            if acw:
                out.append(("acw", decided + talk + hold, done))
            cursor = done
        if end > cursor:
            out.append(("available", cursor, end))
    return out


def _presence(busy: list[tuple[float, float, float]], now: float) -> list[tuple[str, float, float]]:
    """An agent's stretches around their contacts (see the module doc), none past now."""
    out: list[tuple[str, float, float]] = []
    cursor: float | None = None
    for begin, end, wrapped in sorted(busy):
        if cursor is None or begin - cursor > GAP_OFFLINE:
            if cursor is not None:
                out.append(("offline", cursor, begin - 1800.0))
            cursor = begin - 1800.0
        start = max(begin, cursor)
        ended, done = max(end, start), max(wrapped, end, start)
        if start > cursor:
            out.append(("available", cursor, start))
        out.append(("busy", start, ended))
        if done > ended:
            out.append(("acw", ended, done))
        cursor = done
    if cursor is not None:
        out.append(("offline", cursor, now))
    clipped = [(s, a, min(b, now)) for s, a, b in out if a < now]
    return [(s, a, b) for s, a, b in clipped if b > a]


def build(now: float, conversations: list[Any], codes: dict[int, list[str]]) -> _Plan:
    """The history rows for the demo's resolved conversations of the past 30 days."""
    plan = _Plan(random.Random(1111))  # noqa: S311 - demo data, not secrets
    since = now - DAYS * 86_400.0
    phone = 0
    for r in conversations:
        end = min(float(r.last_message_at), now - 120.0)
        if end < since or r.assignee_id is None:
            continue
        talk, hold, acw = plan.durations(str(r.channel))
        decided = max(float(r.created_at) + 5.0, end - talk - hold)
        talk = end - decided - hold
        code = plan.rng.choice(codes.get(int(r.queue_id), [""]))
        agent_id = int(r.assignee_id)
        if r.channel == "phone":
            phone += 1
        if r.channel == "phone" and phone % TRANSFER_EVERY == 0 and talk > 120:
            call_id = len(plan.calls) + 1
            colleague = agent_id % 10 + 1
            handover = decided + 60.0
            plan.calls.append(_call(call_id, r, agent_id, (decided, end, talk, hold)))
            first = plan.contact(r, "new", call_id, decided - 20.0)
            plan.offer(
                r,
                colleague,
                first,
                call_id,
                why="longest_idle",
                decided=decided,
                talk=50.0,
                hold=10.0,
                acw=20.0,
                code="",
            )
            second = plan.contact(r, "transfer", call_id, handover)
            decided = handover + 15.0
            plan.offer(
                r,
                agent_id,
                second,
                call_id,
                why="transfer",
                decided=decided,
                talk=max(30.0, end - decided - hold),
                hold=hold,
                acw=acw,
                code=code,
            )
            continue
        contact_id = plan.contact(r, "new", None, decided - plan.rng.uniform(5.0, 60.0))
        plan.offer(
            r,
            agent_id,
            contact_id,
            None,
            why="longest_idle",
            decided=decided,
            talk=talk,
            hold=hold,
            acw=acw,
            code=code,
        )
    return plan


def _outside(
    stretch: tuple[str, float, float], spans: list[tuple[float, float]]
) -> list[tuple[str, float, float]]:
    """The parts of a stretch outside every span (a scheduled day's presence wins)."""
    pieces = [stretch]
    for low, high in spans:
        cut = []
        for state, start, end in pieces:
            if end <= low or start >= high:
                cut.append((state, start, end))
                continue
            if start < low:
                cut.append((state, start, low))
            if end > high:
                cut.append((state, high, end))
        pieces = cut
    return pieces


def _day(at: float) -> dt.date:
    return dt.datetime.fromtimestamp(at, ZONE).date()


def _call(call_id: int, r: Any, agent_id: int, span: tuple[float, float, float, float]) -> Row:
    start, end, talk, hold = span
    return {
        "id": call_id,
        "conversation_id": int(r.id),
        "queue_id": int(r.queue_id),
        "direction": "inbound",
        "caller": "+358401000000",
        "state": "ended",
        "provider": "demo-history",
        "provider_call_id": f"history-{int(r.id)}",
        "agent_id": agent_id,
        "offered_at": start - 20.0,
        "connected_at": start,
        "ended_at": end,
        "state_since": end,
        "talk_seconds": talk,
        "hold_seconds": hold,
        "end_reason": "customer hung up",
        "transfer_target": "queue",
    }


async def _insert(conn: AsyncConnection, table: sa.Table, rows: list[Row]) -> None:
    """Bulk insert through the driver: compiling a statement per row would cost most of
    the seed (a few thousand rows, paid by every test that starts a demo server). The
    placeholders are the driver's own (SQLite ``?``, asyncpg ``$n``)."""
    if not rows:
        return
    names = list(rows[0])
    columns = ", ".join(f'"{n}"' for n in names)
    if conn.dialect.paramstyle == "qmark":
        marks = ", ".join("?" for _ in names)
    else:  # asyncpg's numeric_dollar
        marks = ", ".join(f"${i}" for i in range(1, len(names) + 1))
    sql = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})'
    await conn.exec_driver_sql(sql, [tuple(row[n] for n in names) for row in rows])


async def seed_history_if_empty(engine: AsyncEngine, now: float | None = None) -> bool:
    """Handled contacts and presence history of the past 30 days, unless offers exist."""
    now = time.time() if now is None else now
    c = conv.conversations.c
    async with engine.connect() as conn:
        if (await conn.execute(sa.select(sa.func.count()).select_from(acd.offers))).scalar():
            return False
        conversations = list(
            await conn.execute(
                sa.select(
                    c.id,
                    c.queue_id,
                    c.channel,
                    c.language,
                    c.assignee_id,
                    c.created_at,
                    c.last_message_at,
                )
                .where(c.status == "resolved")
                .order_by(c.created_at, c.id)
            )
        )
        rq = acd.routing_queues.c
        codes = {
            int(r.queue_id): _codes(r.wrapup_codes)
            for r in await conn.execute(sa.select(rq.queue_id, rq.wrapup_codes))
        }
        waiting: dict[tuple[int, dt.date], list[Any]] = defaultdict(list)
        today = dt.datetime.fromtimestamp(now, ZONE).date()
        for r in await conn.execute(
            sa.select(c.id, c.queue_id, c.channel, c.language, c.assignee_id)
            .where(c.status.in_(("open", "pending")), c.assignee_id.is_not(None))
            .order_by(c.id)
        ):
            waiting[(int(r.assignee_id), today)].append(r)
        planned: dict[int, list[tuple[dt.date, list[Activity]]]] = defaultdict(list)
        for sh in await conn.execute(
            sa.select(shifts.c.agent_id, shifts.c.start, shifts.c.activities)
            .where(
                shifts.c.published.is_(True),
                shifts.c.start >= now - DAYS * 86_400.0,
                shifts.c.start < now,
            )
            .order_by(shifts.c.agent_id, shifts.c.start)
        ):
            activities = [Activity.model_validate(a) for a in json.loads(sh.activities)]
            planned[int(sh.agent_id)].append((_day(float(sh.start)), activities))
    scheduled = {(agent, day) for agent, days in planned.items() for day, _ in days}
    unscheduled = []
    for row in conversations:
        key = (int(row.assignee_id), _day(float(row.last_message_at)))
        if key in scheduled:
            waiting[key].append(row)
        else:
            unscheduled.append(row)
    plan = build(now, unscheduled, codes)
    log: list[Row] = []
    for agent in sorted(set(plan.busy) | set(planned)):
        past = list(plan.busy.get(agent, []))
        worked = [
            stretch
            for day, activities in planned.get(agent, [])
            for stretch in scheduled_day(plan, agent, activities, waiting[(agent, day)], codes, now)
        ]
        spans = [(a[0].start, min(a[-1].end, now)) for _, a in planned.get(agent, []) if a]
        rest = [piece for stretch in _presence(past, now) for piece in _outside(stretch, spans)]
        for state, start, end in sorted([*rest, *worked], key=lambda x: x[1]):
            log.append({"agent_id": agent, "state": state, "start": start, "end": end})
    async with engine.begin() as conn:
        for table, rows in (
            (calls_t.calls, plan.calls),
            (acd.routing_contacts, plan.contacts),
            (acd.offers, plan.offers),
            (presence_log, log),
        ):
            await _insert(conn, table, rows)
    return bool(plan.offers)
