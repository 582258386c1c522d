"""The agent's KPIs (DOMAIN.md "KPI formulas"), computed on request from the real rows:
handled contacts (:mod:`.facts`), presence history (occupancy) and the schedule
(adherence, :mod:`.adherence`). docs/kpi.md lists every formula and its source columns.

Every figure is a :class:`~protocol.workforce.KpiValue` with its numerator and
denominator, and ``GET /api/kpi/contacts`` lists exactly the contacts behind them, so
a number on the desk can always be traced to the contacts it counted.

Speed: the sums per day come from :mod:`.slots` (per agent and 15-minute slot, kept up
to date incrementally; callers run :func:`.slots.refresh` first), bucketed by local day
in SQL with a ``CASE`` over the day edges, so Python sees one row per agent and day
(``team_days``: 1,000 agents x 30 days, docs/benchmarks.md). The contacts behind a
figure are read live (:func:`.facts.facts`) by the same SQL that fills the slots.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.workforce import KpiName
from protocol.workforce import HistogramBin, KpiContact, KpiContacts, KpiPeriod, KpiReport, KpiValue
from server.workforce.measures import adherence, slots
from server.workforce.measures.facts import Fact, Totals, facts
from server.workforce.schedules.store import get_policy

TREND_DAYS = 30
HISTOGRAM_STEP = 60.0
HISTOGRAM_TOP = 1_200.0
"""Handle times in one-minute bins up to 20 minutes, then one bin for the rest."""
SURVEY_KPIS = {"csat": "csat", "nps": "nps", "ces": "ces"}
CONTACT_KPIS = frozenset(
    {"aht", "fcr", "transfer_rate", "repeat_rate", "csat", "nps", "ces", "occupancy", "handled"}
)
"""KPIs counted from contacts (adherence and conformance come from the schedule)."""


Figure = tuple[str, float, float, int, float]
"""One KPI's ``(name, numerator, denominator, count, scale)``: value = scale x num / den."""


def figures(
    totals: Totals, occupied_seconds: float, days: Sequence[adherence.DayFigures] = ()
) -> list[Figure]:
    """Every KPI of one period from its sums (docs/kpi.md): the one place the formulas
    are written; :func:`values` (the report) and :func:`ratios` (the recompute) read it."""
    n = totals.handled
    scheduled = sum(d.scheduled_seconds for d in days)
    out_seconds = sum(d.out_seconds for d in days)
    onqueue = sum(d.onqueue_scheduled_seconds for d in days)
    worked = sum(d.onqueue_worked_seconds for d in days)
    return [
        ("handled", n, 0.0, n, 1.0),
        ("aht", totals.handle, n, n, 1.0),
        ("fcr", totals.fcr, n, n, 1.0),
        ("transfer_rate", totals.transferred, n, n, 1.0),
        ("repeat_rate", totals.repeats, n, n, 1.0),
        ("csat", totals.csat_good, totals.csat_n, totals.csat_n, 1.0),
        ("nps", totals.nps_net, totals.nps_n, totals.nps_n, 100.0),
        ("ces", totals.ces_sum, totals.ces_n, totals.ces_n, 1.0),
        ("occupancy", totals.handle, occupied_seconds, n, 1.0),
        ("adherence", scheduled - out_seconds, scheduled, 0, 1.0),
        ("conformance", worked, onqueue, 0, 1.0),
    ]


def _value(name: str, num: float, den: float, scale: float) -> float | None:
    if name == "handled":
        return float(num)
    return None if den <= 0 else scale * num / den


def values(
    totals: Totals, occupied_seconds: float, days: Sequence[adherence.DayFigures] = ()
) -> list[KpiValue]:
    """Every KPI of one period as the report's values."""
    return [
        KpiValue.model_validate(
            {
                "kpi": name,
                "value": _value(name, num, den, scale),
                "numerator": num,
                "denominator": den,
                "count": count,
            }
        )
        for name, num, den, count, scale in figures(totals, occupied_seconds, days)
    ]


def ratios(totals: Totals, occupied_seconds: float) -> dict[str, float | None]:
    """Every contact KPI's value of one period (the recompute: no models)."""
    return {
        name: _value(name, num, den, scale)
        for name, num, den, _count, scale in figures(totals, occupied_seconds)
    }


def _bounds(days: Sequence[dt.date], zone: ZoneInfo) -> list[float]:
    edges = [adherence.day_bounds(day, zone)[0] for day in days]
    edges.append(adherence.day_bounds(days[-1], zone)[1])
    return edges


async def team_days(
    conn: AsyncConnection, days: Sequence[dt.date], zone: ZoneInfo, now: float
) -> dict[tuple[int, dt.date], dict[str, float | None]]:
    """Every agent's contact KPIs and occupancy for each of ``days`` (consecutive local
    days): the recompute docs/benchmarks.md times."""
    bounds = _bounds(days, zone)
    sums, busy = await slots.sums(conn, bounds, now)
    keys = set(sums) | set(busy)
    return {
        (agent, days[index]): ratios(
            sums.get((agent, index), Totals()), busy.get((agent, index), 0.0)
        )
        for agent, index in keys
    }


async def _histogram(
    conn: AsyncConnection, agent_id: int, start: float, end: float
) -> list[HistogramBin]:
    handled = await facts(conn, start, end, agent_id)
    edges = [n * HISTOGRAM_STEP for n in range(int(HISTOGRAM_TOP / HISTOGRAM_STEP) + 1)]
    top = max([HISTOGRAM_TOP + HISTOGRAM_STEP, *(f.handle for f in handled)])
    counts = [0] * len(edges)
    for fact in handled:
        index = min(int(fact.handle // HISTOGRAM_STEP), len(edges) - 1)
        counts[index] += 1
    highs = [*edges[1:], top]
    return [
        HistogramBin(low=lo, high=hi, count=c)
        for lo, hi, c in zip(edges, highs, counts, strict=True)
    ]


@dataclass(frozen=True)
class _Agent:
    """One agent's sums per day of the report's range, to add up into periods."""

    agent_id: int
    bounds: list[float]
    sums: dict[tuple[int, int], Totals]
    busy: dict[tuple[int, int], float]
    days: list[adherence.DayFigures]

    def period(self, label: str, index: Sequence[int]) -> KpiPeriod:
        total = Totals()
        seconds = 0.0
        for i in index:
            total = total + self.sums.get((self.agent_id, i), Totals())
            seconds += self.busy.get((self.agent_id, i), 0.0)
        figures = [self.days[i] for i in index]
        start, end = self.bounds[index[0]], self.bounds[index[-1] + 1]
        return KpiPeriod(label=label, start=start, end=end, values=values(total, seconds, figures))


async def report(conn: AsyncConnection, agent_id: int, zone: ZoneInfo, now: float) -> KpiReport:
    """``GET /api/kpi``: today, this ISO week (Monday to today), the 30-day trend (one
    period per local day, today last), the handle times of those 30 days, and targets."""
    today = adherence.local_day(now, zone)
    days = [today - dt.timedelta(days=n) for n in range(TREND_DAYS - 1, -1, -1)]
    bounds = _bounds(days, zone)
    policy = await get_policy(conn)
    totals, busy = await slots.sums(conn, bounds, now, agent_id)
    agent = _Agent(
        agent_id=agent_id,
        bounds=bounds,
        sums=totals,
        busy=busy,
        days=await adherence.agent_figures(
            conn, agent_id, days, zone, now=now, grace_seconds=policy.grace_seconds
        ),
    )
    monday = today - dt.timedelta(days=today.weekday())
    return KpiReport(
        agent_id=agent_id,
        generated_at=now,
        timezone=zone.key,
        today=agent.period("today", [len(days) - 1]),
        week=agent.period("week", [i for i, day in enumerate(days) if day >= monday]),
        trend=[agent.period(day.isoformat(), [i]) for i, day in enumerate(days)],
        handle_times=await _histogram(conn, agent_id, bounds[0], bounds[-1]),
        targets=list(policy.targets),
    )


def _counted(kpi: str, fact: Fact) -> bool:
    survey = SURVEY_KPIS.get(kpi)
    return survey is None or getattr(fact, survey) is not None


def _contact(fact: Fact) -> KpiContact:
    return KpiContact(
        offer_id=fact.offer_id,
        conversation_id=fact.conversation_id,
        channel=fact.channel,
        queue_id=fact.queue_id,
        customer_id=fact.customer_id,
        at=fact.at,
        talk_seconds=fact.talk,
        hold_seconds=fact.hold,
        acw_seconds=fact.acw,
        wrapup_code=fact.wrapup_code,
        transferred=fact.transferred,
        first_contact_resolved=fact.first_contact_resolved,
        repeat=fact.repeat,
        csat=fact.csat,
        nps=fact.nps,
        ces=fact.ces,
    )


async def contacts(
    conn: AsyncConnection, agent_id: int, kpi: KpiName, *, start: float, end: float, limit: int
) -> KpiContacts:
    """``GET /api/kpi/contacts``: the contacts ``kpi`` counted over ``[start, end)``, the
    newest first: every handled contact, or for a survey KPI those with that answer. Their
    numbers add up to the KPI's numerator and denominator over the same period."""
    counted = [f for f in await facts(conn, start, end, agent_id) if _counted(kpi, f)]
    return KpiContacts(
        agent_id=agent_id,
        kpi=kpi,
        start=start,
        end=end,
        total=len(counted),
        contacts=[_contact(f) for f in counted[:limit]],
    )
