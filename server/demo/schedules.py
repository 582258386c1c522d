"""Demo schedules (issue 11 part 1): three published weeks for every demo agent, and the
centre's policy, so My day, the team's adherence and the swap board have something real.

The current ISO week and the next two, in Europe/Helsinki, for every agent (supervisors
are not scheduled). Full-time shifts are 8.5 h from 07:00, 08:00, 09:00 or 12:00 with two
15-minute breaks and a 30-minute lunch (8 h paid); part-timers (agent05, agent10) work
6 h with one break. Weekends are mostly off. **Today** (whatever weekday) every agent has
a shift placed around now, so the desk demo is alive: most are inside it (agent01, 04,
05, 07, 08 working, agent02, 06, 10 on a break, agent03 at lunch) and agent09's starts in
an hour; it stays within today's date (near midnight it ends at midnight).

A shift's ``queue_ids`` is the agent's strongest queue (routing profile), ``min_level``
that queue's routing minimum, ``languages`` one language the agent serves.

Swap pairs in **next week** (the week after the current one; days are local), arranged
on purpose for the trades (a swap gives the first shift and takes the second):

==========================================  =====================================
agent01 Wed 08:00 <-> agent08 Thu 08:00     clean (General, en, 8 h each, rest 11.5 h)
agent03 Tue 09:00 <-> agent04 Wed 09:00     clean (Billing level 2, zh-Hans, 8 h)
agent09 Wed 09:00 <-> agent08 Thu 08:00     not_member both ways (Delivery vs General)
agent02 Mon 12:00 <-> agent06 Tue 08:00     overlap: agent06 works Mon 08:00-16:30, agent02
                                            Tue 12:00-20:30
agent02 Thu 08:00 <-> agent06 Wed 07:00     rest (soft): agent02 ends Tue 20:30, would
                                            start Wed 07:00 (10.5 h)
agent05 Thu 09:00 <-> agent01 Fri 08:00     paid_length (soft): 6 h vs 8 h
==========================================  =====================================

Deterministic given ``now``; bulk inserts and one append of events (a few hundred),
only into a database without shifts. Runs before the event log opens, like the other
demo seeds.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from protocol.kinds.workforce import Activity, ActivityType, ShiftData, WorkforcePolicyData
from server.acd import tables as acd
from server.core import tables as house
from server.core.eventlog import Draft
from server.core.sqlite_log import append, latest_and_floor
from server.workforce.schedules import local_time, store
from server.workforce.schedules.tables import shifts

log = logging.getLogger(__name__)

ZONE = "Europe/Helsinki"
HOUR = 3600.0
WEEKS = 3
FULL = "F"
PART = "P"
Day = tuple[float, str] | None
"""A day of a pattern: (local start hour, ``F`` or ``P``), or off."""

PATTERNS: dict[str, tuple[Day, ...]] = {
    #            Mon          Tue          Wed          Thu          Fri          Sat          Sun
    "agent01": ((8, FULL), (8, FULL), (8, FULL), None, (8, FULL), (9, FULL), None),
    "agent02": ((12, FULL), (12, FULL), None, (8, FULL), (8, FULL), (12, FULL), None),
    "agent03": ((9, FULL), (9, FULL), None, (9, FULL), (9, FULL), None, (9, FULL)),
    "agent04": ((9, FULL), None, (9, FULL), (9, FULL), (9, FULL), (7, FULL), None),
    "agent05": ((9, PART), (9, PART), (9, PART), (9, PART), None, None, None),
    "agent06": ((8, FULL), (8, FULL), (7, FULL), None, (8, FULL), None, (8, FULL)),
    "agent07": ((7, FULL), (7, FULL), (7, FULL), (7, FULL), (7, FULL), None, None),
    "agent08": ((12, FULL), (12, FULL), None, (8, FULL), (8, FULL), (8, FULL), None),
    "agent09": ((9, FULL), (9, FULL), (9, FULL), None, (12, FULL), (9, FULL), None),
    "agent10": ((12, PART), (12, PART), (12, PART), (12, PART), None, None, None),
}
DEFAULT_PATTERN: tuple[Day, ...] = ((9, FULL),) * 5 + (None, None)
"""For an agent the table does not name (a centre that added people)."""
TODAY_OFFSET: dict[str, float] = {
    "agent01": 1.0,
    "agent02": 2.0,
    "agent03": 4.0,
    "agent04": 3.0,
    "agent05": 1.5,
    "agent06": 6.5,
    "agent07": 0.5,
    "agent08": 5.0,
    "agent09": -1.0,
    "agent10": 3.0,
}
"""Hours between today's shift start and now (negative: starts later), which puts each
agent in a different activity now (see the shapes below)."""
LANGUAGE: dict[str, str] = {
    "agent01": "en",
    "agent02": "fi",
    "agent03": "zh-Hans",
    "agent04": "zh-Hans",
    "agent05": "en",
    "agent06": "fi",
    "agent07": "zh-Hans",
    "agent08": "en",
    "agent09": "en",
    "agent10": "fi",
}
MEETINGS: dict[tuple[str, int], tuple[ActivityType, float]] = {
    ("agent07", 1): ("meeting", 5.0),
    ("agent09", 0): ("training", 5.0),
    ("agent04", 3): ("meeting", 5.0),
}
"""(agent, weekday) -> an hour of something else than queue work, ``n`` h into the shift."""

SHAPES: dict[str, tuple[tuple[ActivityType, float], ...]] = {
    FULL: (
        ("work", 2.0),
        ("break", 0.25),
        ("work", 1.75),
        ("lunch", 0.5),
        ("work", 2.0),
        ("break", 0.25),
        ("work", 1.75),
    ),
    PART: (("work", 3.0), ("break", 0.25), ("work", 2.75)),
}
"""Activities and their hours: 8.5 h with 8 h paid; 6 h, all paid."""
SPAN = {kind: sum(hours for _t, hours in shape) for kind, shape in SHAPES.items()}


def _activities(
    start: float, kind: str, extra: tuple[ActivityType, float] | None
) -> list[Activity]:
    """The shape laid from ``start`` (UTC) in elapsed time; ``extra`` replaces an hour of
    work with a meeting or training."""
    out: list[Activity] = []
    at = start
    for activity_type, hours in SHAPES[kind]:
        out.append(Activity(type=activity_type, start=at, end=at + hours * HOUR))
        at += hours * HOUR
    if extra is None:
        return out
    kind_of, into = extra
    cut_from, cut_to = start + into * HOUR, start + (into + 1.0) * HOUR
    split: list[Activity] = []
    for a in out:
        if a.type != "work" or a.end <= cut_from or a.start >= cut_to:
            split.append(a)
            continue
        if a.start < cut_from:
            split.append(Activity(type="work", start=a.start, end=cut_from))
        split.append(Activity(type=kind_of, start=max(a.start, cut_from), end=min(a.end, cut_to)))
        if a.end > cut_to:
            split.append(Activity(type="work", start=cut_to, end=a.end))
    return split


def _utc(local: dt.datetime, zone: ZoneInfo) -> float:
    """A local start in UTC; a start in the spring-forward gap moves an hour on."""
    try:
        return local_time.to_utc(local, zone)
    except local_time.LocalTimeError:
        return local_time.to_utc(local + dt.timedelta(hours=1), zone)


def _today_start(now_local: dt.datetime, kind: str, offset: float) -> dt.datetime:
    """Today's start: ``offset`` hours before now (on a 15-minute step), kept in today."""
    floored = now_local.replace(minute=now_local.minute // 15 * 15, second=0, microsecond=0)
    start = floored - dt.timedelta(hours=offset)
    midnight = now_local.replace(hour=0, minute=0, second=0, microsecond=0)
    latest = midnight + dt.timedelta(days=1) - dt.timedelta(hours=SPAN[kind])
    return max(midnight, min(start, latest))


def build(
    now: float, agents: list[tuple[int, str]], queues: dict[int, tuple[int, int]]
) -> list[ShiftData]:
    """Every demo shift (ids from 1). ``agents``: (id, username) of the agents to
    schedule; ``queues``: agent id -> (strongest queue, its minimum level)."""
    zone = ZoneInfo(ZONE)
    now_local = dt.datetime.fromtimestamp(now, zone).replace(tzinfo=None)
    today = now_local.date()
    monday = local_time.monday_of(today)
    out: list[ShiftData] = []
    for agent_id, username in agents:
        pattern = PATTERNS.get(username, DEFAULT_PATTERN)
        queue = queues.get(agent_id)
        for index in range(WEEKS * 7):
            day = monday + dt.timedelta(days=index)
            plan = pattern[day.weekday()]
            if day == today:
                kind = plan[1] if plan else (PART if username in ("agent05", "agent10") else FULL)
                offset = TODAY_OFFSET.get(username, 1.0)
                start_local = _today_start(now_local, kind, offset)
            elif plan is None:
                continue
            else:
                hour, kind = plan
                start_local = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hour)
            start = _utc(start_local, zone)
            activities = _activities(start, kind, MEETINGS.get((username, day.weekday())))
            out.append(
                ShiftData(
                    id=len(out) + 1,
                    agent_id=agent_id,
                    start=activities[0].start,
                    end=activities[-1].end,
                    activities=activities,
                    queue_ids=[queue[0]] if queue else [],
                    min_level=queue[1] if queue else 1,
                    languages=[LANGUAGE[username]] if username in LANGUAGE else [],
                    week=local_time.monday_of(day).isoformat(),
                    timezone=ZONE,
                    published=True,
                    updated_at=now,
                )
            )
    return out


async def seed_schedules_if_empty(engine: AsyncEngine, now: float | None = None) -> bool:
    """Publish the current and the next two weeks for every demo agent, and store the
    default policy (with its event, so every desk has it), unless shifts exist."""
    now = time.time() if now is None else now
    async with engine.connect() as conn:
        if (await conn.execute(sa.select(sa.func.count()).select_from(shifts))).scalar():
            return False
        agents = [
            (int(r.id), str(r.username))
            for r in await conn.execute(
                sa.select(house.agents.c.id, house.agents.c.username)
                .where(house.agents.c.role == "agent")
                .order_by(house.agents.c.id)
            )
        ]
        minimum = {
            int(r.queue_id): int(r.min_level)
            for r in await conn.execute(
                sa.select(acd.routing_queues.c.queue_id, acd.routing_queues.c.min_level)
            )
        }
        queues: dict[int, tuple[int, int]] = {}
        for r in await conn.execute(sa.select(acd.routing_profiles)):
            skills = json.loads(r.skills)
            if skills:
                best = max(skills, key=lambda s: int(s["level"]))
                queue_id = int(best["queue_id"])
                queues[int(r.agent_id)] = (queue_id, minimum.get(queue_id, 1))
    planned = build(now, agents, queues)
    latest, _floor = await latest_and_floor(engine)
    drafts: list[Draft] = []
    async with engine.begin() as conn:
        if planned:
            await conn.execute(sa.insert(shifts), [store.shift_row(s) for s in planned])
        for shift in planned:
            drafts += store.shift_events(shift)
        drafts += await store.put_policy(conn, WorkforcePolicyData())
        await append(conn, drafts, after_seq=latest)
    log.info("seeded %d demo shifts", len(planned))
    return bool(planned)
