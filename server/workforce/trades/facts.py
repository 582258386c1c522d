"""Gather what the pure rules (:mod:`server.workforce.trades.rules`) need, from the store.

Everything reads through the caller's connection, inside its write transaction, so a
check and the change it allows see the same schedule (two accepts of one post are
decided one after the other under the write gate).
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.workforce import ShiftData, ShiftSummary
from server.acd import tables as acd
from server.core import tables as house
from server.workforce.schedules.store import get_policy, shifts_of
from server.workforce.trades import tables as t
from server.workforce.trades.rules import WINDOW, Facts, Receiver


async def receiver(conn: AsyncConnection, agent_id: int, around: list[ShiftData]) -> Receiver:
    """``agent_id``'s memberships, skills, languages, and their published shifts and
    approved time off within :data:`~server.workforce.trades.rules.WINDOW` of ``around``."""
    members = await conn.execute(
        sa.select(house.agent_queues.c.queue_id).where(house.agent_queues.c.agent_id == agent_id)
    )
    queue_ids = frozenset(int(r[0]) for r in members)
    profile = (
        await conn.execute(
            sa.select(acd.routing_profiles).where(acd.routing_profiles.c.agent_id == agent_id)
        )
    ).first()
    levels: dict[int, int] = {}
    languages: frozenset[str] = frozenset()
    if profile is not None:
        for skill in json.loads(profile.skills):
            levels[int(skill["queue_id"])] = int(skill["level"])
        languages = frozenset(str(x) for x in json.loads(profile.languages))
    start = min(s.start for s in around) - WINDOW
    end = max(s.end for s in around) + WINDOW
    shifts = tuple(await shifts_of(conn, agent_id, start, end))
    off = t.time_off
    rows = await conn.execute(
        sa.select(off.c.id, off.c.start, off.c.end).where(
            off.c.agent_id == agent_id,
            off.c.state == "approved",
            off.c.start < end,
            off.c.end > start,
        )
    )
    time_off = tuple((int(r.id), float(r.start), float(r.end)) for r in rows)
    return Receiver(agent_id, queue_ids, levels, languages, shifts, time_off)


async def centre(conn: AsyncConnection, now: float) -> Facts:
    """The policy, ``now`` and every queue's name."""
    policy = await get_policy(conn)
    names = {int(r.id): str(r.name) for r in await conn.execute(sa.select(house.queues))}
    return Facts(policy, now, names)


def summary(shift: ShiftData) -> ShiftSummary:
    """What a swap shows of a shift."""
    return ShiftSummary(
        shift_id=shift.id,
        agent_id=shift.agent_id,
        start=shift.start,
        end=shift.end,
        paid_seconds=shift.paid_seconds,
        queue_ids=list(shift.queue_ids),
        languages=list(shift.languages),
        activities=list(shift.activities),
    )
