"""What the My day page shows, worked out without Qt: the local day's span and hour ticks
(a 23 h or 25 h day when the clocks change), the activity now and the next break, the
live adherence, and the weeks.

Times stay UTC seconds everywhere; only the day boundaries and the hour ticks are taken in
the agent's zone, by asking the zone for each local midnight and each whole local hour, so
a DST day is neither squeezed nor stretched: the timeline maps real seconds to pixels and
an hour that happens twice is two ticks with the same label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from protocol.kinds.workforce import Activity, ShiftData

BREAK_TYPES = frozenset({"break", "lunch"})
"""Activities the agent takes as a break (the next-break countdown, the reminders)."""


def local_day(at: float, zone: ZoneInfo) -> date:
    """The calendar date in ``zone`` at the instant ``at``."""
    return datetime.fromtimestamp(at, zone).date()


def day_span(day: date, zone: ZoneInfo) -> tuple[float, float]:
    """``[start, end)`` of ``day`` in ``zone`` as UTC seconds: local midnight to the next
    local midnight (23 h, 24 h or 25 h)."""
    start = datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()
    after = day + timedelta(days=1)
    end = datetime(after.year, after.month, after.day, tzinfo=zone).timestamp()
    return start, end


def hour_ticks(start: float, end: float, zone: ZoneInfo) -> list[tuple[float, int]]:
    """Each whole local hour in ``[start, end)``: (its instant, its local hour). Whole
    hours are found in UTC (every zone in use today is offset by whole or half hours from
    it; a half-hour zone's hours are found by their local minute)."""
    ticks: list[tuple[float, int]] = []
    first = datetime.fromtimestamp(start, zone)
    into_hour = first.minute * 60 + first.second + first.microsecond / 1e6
    at = start if into_hour == 0 else start + 3600.0 - into_hour
    while at < end:
        ticks.append((at, datetime.fromtimestamp(at, zone).hour))
        at += 3600.0
    return ticks


def monday_of(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def week_days(monday: date, zone: ZoneInfo) -> list[tuple[date, float, float]]:
    """The seven days from ``monday``: (date, start, end) each, DST-aware."""
    return [(day, *day_span(day, zone)) for day in (monday + timedelta(days=i) for i in range(7))]


def clock_text(at: float, zone: ZoneInfo) -> str:
    """``HH:MM`` of ``at`` in ``zone`` (24-hour, as schedules are written)."""
    return datetime.fromtimestamp(at, zone).strftime("%H:%M")


def duration_text(seconds: float) -> str:
    """A countdown: ``1:05:09`` or ``5:09`` (never negative)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class Run:
    """Consecutive activities of one type within a shift, as the agent lives them
    ("Work until 11:30" even when the planner cut the work into two rows)."""

    type: str
    start: float
    end: float


def runs(activities: Sequence[Activity]) -> list[Run]:
    """``activities`` (sorted, contiguous) with neighbours of the same type merged."""
    merged: list[Run] = []
    for activity in activities:
        last = merged[-1] if merged else None
        if last is not None and last.type == activity.type and last.end == activity.start:
            merged[-1] = Run(last.type, last.start, activity.end)
        else:
            merged.append(Run(activity.type, activity.start, activity.end))
    return merged


@dataclass(frozen=True)
class NowStatus:
    """Where the agent is in today's schedule at ``now``.

    ``current``: the run now (``None`` outside a shift). ``shift``: the shift now, else the
    next one today (``None``: no more work today). ``next_break``: the next break or lunch
    starting after now in that shift. ``shift_end``: that shift's end."""

    current: Run | None
    shift: ShiftData | None
    next_break: Run | None
    shift_end: float | None


def now_status(shifts: Sequence[ShiftData], now: float) -> NowStatus:
    """The agent's place in ``shifts`` (one day's, by start) at ``now``."""
    shift = next((s for s in shifts if s.start <= now < s.end), None)
    if shift is None:
        shift = next((s for s in shifts if s.start > now), None)
    if shift is None:
        return NowStatus(None, None, None, None)
    parts = runs(shift.activities)
    current = next((r for r in parts if r.start <= now < r.end), None)
    upcoming = (r for r in parts if r.start > now and r.type in BREAK_TYPES)
    return NowStatus(current, shift, next(upcoming, None), shift.end)


@dataclass(frozen=True)
class LiveAdherence:
    """The agent's adherence now: ``ok``, or the scheduled run they are not in (and since
    when it is scheduled)."""

    ok: bool
    scheduled: Run | None = None


def live_adherence(
    shifts: Sequence[ShiftData],
    state: str,
    state_since: float,
    now: float,
    grace_seconds: float,
) -> LiveAdherence:
    """In adherence unless the presence ``state`` does not match the scheduled activity
    (:func:`protocol.kinds.workforce.in_adherence`) and has not for longer than the
    policy's grace: a mismatch starts when the later of the run and the state began."""
    from protocol.kinds.workforce import in_adherence

    status = now_status(shifts, now)
    run = status.current
    if run is None or in_adherence(run.type, state):
        return LiveAdherence(True)
    if now - max(run.start, state_since) < grace_seconds:
        return LiveAdherence(True)
    return LiveAdherence(False, run)


def paid_hours(shifts: Sequence[ShiftData], start: float, end: float) -> float:
    """Paid hours of the shifts starting in ``[start, end)`` (a week's)."""
    return sum(s.paid_seconds for s in shifts if start <= s.start < end) / 3600.0
