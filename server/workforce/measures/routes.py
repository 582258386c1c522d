"""The measures' REST routes: adherence per day, the team's adherence, the KPI report and
the contacts behind a KPI. Everything is computed on request from the rows as they are
(the published schedule now, the presence history, the handled contacts), so a schedule
edit or a late survey answer shows at the next request.

Who may read: an agent their own figures (403 for anyone else's); supervisors anyone's.
Bounds: a known IANA zone (422 otherwise), a contact range of at most 92 days, at most
1,000 contacts listed.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from typing import Annotated
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from fastapi import APIRouter, HTTPException, Query
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.customers import normal_timezone
from protocol.kinds.workforce import KpiName
from protocol.text import MAX_INT
from protocol.workforce import AdherenceDay, KpiContacts, KpiReport, TeamAdherence
from server.core import tables as house
from server.core.eventlog import Draft, Work
from server.core.requests import Ctx, Me
from server.core.visibility import Viewer
from server.workforce.measures import adherence, kpi, slots
from server.workforce.schedules.store import get_policy

router = APIRouter()
MAX_RANGE_DAYS = 92
MAX_CONTACTS = 1_000
AgentId = Annotated[int | None, Query(ge=1, le=MAX_INT)]
DayParam = Annotated[str, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", max_length=10)]
TzParam = Annotated[str, Query(max_length=256)]


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(normal_timezone(tz))
    except ValueError:
        raise HTTPException(422, "tz is not a time zone name such as Europe/Helsinki") from None


def _day(day: str) -> dt.date:
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        raise HTTPException(422, "day is not a calendar date (YYYY-MM-DD)") from None


async def _whose(conn: AsyncConnection, me: Viewer, agent_id: int | None) -> int:
    """The agent asked about: oneself by default; another only for a supervisor."""
    if agent_id is None or agent_id == me.agent_id:
        return me.agent_id
    if not me.supervisor:
        raise HTTPException(403, "agents may only read their own figures")
    a = house.agents
    if (await conn.execute(sa.select(a.c.id).where(a.c.id == agent_id))).first() is None:
        raise HTTPException(404, "no such agent")
    return agent_id


def refresher(agent_id: int) -> Work[int]:
    """Bring the agent's KPI slots up to date under the write gate (no events: the slots
    are not synced)."""

    async def work(conn: AsyncConnection) -> tuple[int, list[Draft]]:
        return await slots.refresh(conn, agent_id), []

    return work


@router.get("/api/workforce/adherence")
async def adherence_day(
    ctx: Ctx, me: Me, day: DayParam, tz: TzParam = "UTC", agent_id: AgentId = None
) -> AdherenceDay:
    """One agent's adherence and conformance over the local ``day`` in ``tz``."""
    zone, date = _zone(tz), _day(day)
    async with ctx.engine.connect() as conn:
        whose = await _whose(conn, me, agent_id)
        policy = await get_policy(conn)
        (found,) = await adherence.agent_days(
            conn, whose, [date], zone, now=time.time(), grace_seconds=policy.grace_seconds
        )
    return found


@router.get("/api/workforce/team-adherence")
async def team_adherence(ctx: Ctx, me: Me, day: DayParam, tz: TzParam = "UTC") -> TeamAdherence:
    """Every agent with a published shift that local day (supervisors only)."""
    if not me.supervisor:
        raise HTTPException(403, "only supervisors may read the team's adherence")
    zone, date = _zone(tz), _day(day)
    now = time.time()
    async with ctx.engine.connect() as conn:
        policy = await get_policy(conn)
        start, end = adherence.day_bounds(date, zone)
        agents = []
        for whose in await adherence.scheduled_agents(conn, start, end):
            agents += await adherence.agent_days(
                conn, whose, [date], zone, now=now, grace_seconds=policy.grace_seconds
            )
    return TeamAdherence(day=date.isoformat(), agents=agents)


@router.get("/api/kpi")
async def kpi_report(ctx: Ctx, me: Me, tz: TzParam = "UTC", agent_id: AgentId = None) -> KpiReport:
    """Today, this week, the 30-day trend and the handle-time histogram, with targets."""
    zone = _zone(tz)
    async with ctx.engine.connect() as conn:
        whose = await _whose(conn, me, agent_id)
    await ctx.write(refresher(whose))
    async with ctx.engine.connect() as conn:
        return await kpi.report(conn, whose, zone, time.time())


@router.get("/api/kpi/contacts")
async def kpi_contacts(  # noqa: PLR0917 - the query parameters of the route
    ctx: Ctx,
    me: Me,
    kpi_name: Annotated[KpiName, Query(alias="kpi")],
    start: Annotated[float, Query(ge=0, le=4_102_444_800.0)],
    end: Annotated[float, Query(ge=0, le=4_102_444_800.0)],
    agent_id: AgentId = None,
    limit: Annotated[int, Query(ge=1, le=MAX_CONTACTS)] = 200,
) -> KpiContacts:
    """The contacts ``kpi`` counted over ``[start, end)`` (UTC seconds), newest first."""
    if kpi_name not in kpi.CONTACT_KPIS:
        raise HTTPException(422, f"{kpi_name} is measured from the schedule, not from contacts")
    if not (math.isfinite(start) and math.isfinite(end)) or end <= start:
        raise HTTPException(422, "end must come after start")
    if end - start > MAX_RANGE_DAYS * 86_400:
        raise HTTPException(422, f"at most {MAX_RANGE_DAYS} days at a time")
    async with ctx.engine.connect() as conn:
        whose = await _whose(conn, me, agent_id)
        return await kpi.contacts(conn, whose, kpi_name, start=start, end=end, limit=limit)
