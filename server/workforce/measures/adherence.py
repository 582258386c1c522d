"""Adherence and conformance of one agent's local day (DOMAIN.md "Schedules, breaks,
adherence").

* **adherence** = 1 - out-of-adherence seconds / scheduled seconds, where a moment is in
  adherence when the presence state matches the scheduled activity
  (:func:`protocol.kinds.workforce.in_adherence`, the same test the desk uses live);
* **conformance** = worked on-queue seconds / scheduled on-queue seconds: time in
  :data:`~protocol.kinds.workforce.WORKED_ON_QUEUE_STATES` anywhere in the day over the
  scheduled ``work`` time, so working longer than planned passes 1.

**Grace.** A *mismatch stretch* is a maximal run of scheduled time out of adherence (it
may cross activities and states: late back from a break into work is one stretch). A
stretch shorter than ``grace_seconds`` does not count at all; one that reaches it counts
whole. Counting it whole (not only the part past the grace) is the usual WFM convention
and what a supervisor expects: an agent back 10 minutes late from a 3-minute-grace break
*was* 10 minutes out of adherence; the grace only forgives the seconds it takes to press a
button. It also keeps the figure traceable: ``out_seconds`` is exactly the sum of the
listed exceptions.

**Day and now.** The day is the local date in the request's zone, so a DST day has 23 or
25 hours (its bounds are the two local midnights, converted by ``zoneinfo``). Only the
part of the day up to ``now`` is measured: a shift not yet worked is neither in nor out
of adherence. Time before an agent's first recorded state reads as offline.

:func:`measure` is pure (schedule, stretches, window in; figures out) so the formulas are
tested on hand-written days; :func:`agent_days` reads the schedule and the history once
for a range of days.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from protocol.kinds.workforce import (
    ON_QUEUE_ACTIVITIES,
    WORKED_ON_QUEUE_STATES,
    Activity,
    ShiftData,
    in_adherence,
)
from protocol.workforce import AdherenceDay, AdherenceException
from server.domains.presence.history import Stretch, stretches
from server.workforce.schedules.store import shifts_of
from server.workforce.schedules.tables import shifts

UNKNOWN_STATE = "offline"
"""The state of time with no recorded presence (before the agent's first state)."""


@dataclass
class DayFigures:
    """What :func:`measure` finds for one window."""

    scheduled_seconds: float = 0.0
    out_seconds: float = 0.0
    onqueue_scheduled_seconds: float = 0.0
    onqueue_worked_seconds: float = 0.0
    exceptions: list[AdherenceException] = field(default_factory=list)

    @property
    def adherence(self) -> float | None:
        if self.scheduled_seconds <= 0:
            return None
        return 1.0 - self.out_seconds / self.scheduled_seconds

    @property
    def conformance(self) -> float | None:
        if self.onqueue_scheduled_seconds <= 0:
            return None
        return self.onqueue_worked_seconds / self.onqueue_scheduled_seconds


def day_bounds(day: dt.date, zone: ZoneInfo) -> tuple[float, float]:
    """The local day ``day`` in ``zone`` as ``[start, end)`` UTC seconds (23 or 25 hours
    long on a DST change)."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=zone)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    return start.timestamp(), end.timestamp()


def local_day(at: float, zone: ZoneInfo) -> dt.date:
    """The local date of a UTC moment."""
    return dt.datetime.fromtimestamp(at, zone).date()


def _state_at(history: Sequence[Stretch], at: float) -> str:
    for stretch in history:
        if stretch.start <= at < stretch.end:
            return stretch.state
    return UNKNOWN_STATE


def measure(
    activities: Sequence[Activity],
    history: Sequence[Stretch],
    start: float,
    end: float,
    grace_seconds: float,
) -> DayFigures:
    """The figures of ``[start, end)`` (see the module doc) for scheduled ``activities``
    and presence ``history`` (both may reach outside the window: they are clipped)."""
    figures = DayFigures()
    for stretch in history:
        if stretch.state in WORKED_ON_QUEUE_STATES:
            low, high = max(stretch.start, start), min(stretch.end, end)
            figures.onqueue_worked_seconds += max(0.0, high - low)
    cuts = {start, end}
    for activity in activities:
        cuts.update((activity.start, activity.end))
    for stretch in history:
        cuts.update((stretch.start, stretch.end))
    points = sorted(c for c in cuts if start <= c <= end)
    run: list[AdherenceException] = []
    run_end: float | None = None

    def close_run() -> None:
        length = sum(e.end - e.start for e in run)
        if run and length >= grace_seconds:
            figures.out_seconds += length
            figures.exceptions.extend(run)
        run.clear()

    for low, high in itertools.pairwise(points):
        if high <= low:
            continue
        middle = (low + high) / 2
        scheduled = next((a for a in activities if a.start <= middle < a.end), None)
        if scheduled is None:
            continue
        activity = scheduled
        figures.scheduled_seconds += high - low
        if activity.type in ON_QUEUE_ACTIVITIES:
            figures.onqueue_scheduled_seconds += high - low
        state = _state_at(history, middle)
        if in_adherence(activity.type, state):
            close_run()
            continue
        if run_end is not None and run_end != low:
            close_run()
        last = run[-1] if run else None
        if last is not None and last.activity == activity.type and last.state == state:
            run[-1] = AdherenceException(
                start=last.start, end=high, activity=activity.type, state=state
            )
        else:
            run.append(AdherenceException(start=low, end=high, activity=activity.type, state=state))
        run_end = high
    close_run()
    return figures


def to_day(agent_id: int, day: dt.date, figures: DayFigures) -> AdherenceDay:
    return AdherenceDay(
        agent_id=agent_id,
        day=day.isoformat(),
        scheduled_seconds=figures.scheduled_seconds,
        out_seconds=figures.out_seconds,
        adherence=figures.adherence,
        onqueue_scheduled_seconds=figures.onqueue_scheduled_seconds,
        onqueue_worked_seconds=figures.onqueue_worked_seconds,
        conformance=figures.conformance,
        exceptions=figures.exceptions,
    )


def _activities(shift_list: Sequence[ShiftData]) -> list[Activity]:
    return [a for shift in shift_list for a in shift.activities]


async def agent_figures(
    conn: AsyncConnection,
    agent_id: int,
    days: Sequence[dt.date],
    zone: ZoneInfo,
    *,
    now: float,
    grace_seconds: float,
) -> list[DayFigures]:
    """Each of ``days`` for the agent, from the published schedule as it stands now (an
    edit shows at once) and the presence history, each read once for the whole range."""
    if not days:
        return []
    bounds = [day_bounds(day, zone) for day in days]
    low, high = min(b[0] for b in bounds), max(b[1] for b in bounds)
    schedule = _activities(await shifts_of(conn, agent_id, low, high, published_only=True))
    history = await stretches(conn, agent_id, low, max(low, min(high, now)), now)
    out = []
    for start, end in bounds:
        stop = min(end, now)
        today = [h for h in history if h.start < stop and h.end > start]
        planned = [a for a in schedule if a.start < stop and a.end > start]
        out.append(measure(planned, today, start, stop, grace_seconds))
    return out


async def agent_days(
    conn: AsyncConnection,
    agent_id: int,
    days: Sequence[dt.date],
    zone: ZoneInfo,
    *,
    now: float,
    grace_seconds: float,
) -> list[AdherenceDay]:
    """:func:`agent_figures` as the REST body."""
    found = await agent_figures(conn, agent_id, days, zone, now=now, grace_seconds=grace_seconds)
    return [to_day(agent_id, day, f) for day, f in zip(days, found, strict=True)]


async def scheduled_agents(conn: AsyncConnection, start: float, end: float) -> list[int]:
    """Agents with a published shift overlapping ``[start, end)``, by id."""
    s = shifts.c
    query = (
        sa.select(s.agent_id)
        .where(s.start < end, s.start > start - 16 * 3600.0 - 1.0, s.end > start)
        .where(s.published.is_(True))
        .distinct()
        .order_by(s.agent_id)
    )
    return [int(a) for a in (await conn.execute(query)).scalars()]
