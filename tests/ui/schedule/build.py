"""Shifts for the My day tests and bench: a realistic day (work, a break, lunch, a break,
work), written into a real cache through the apply path the engine uses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from protocol.entities import EntityBase
from protocol.frames import Event
from protocol.kinds.workforce import Activity, ShiftData

DAY_PLAN: tuple[tuple[str, int], ...] = (
    ("work", 120),
    ("break", 15),
    ("work", 105),
    ("lunch", 30),
    ("work", 90),
    ("break", 15),
    ("work", 165),
)
"""A nine-hour day: (activity, minutes), 8.5 paid hours."""


def shift_at(
    shift_id: int,
    agent_id: int,
    start: float,
    plan: Sequence[tuple[str, int]] = DAY_PLAN,
    *,
    timezone: str = "UTC",
) -> ShiftData:
    """A shift starting at ``start`` (UTC seconds) made of ``plan``."""
    activities: list[Activity] = []
    at = start
    for kind, minutes in plan:
        activities.append(
            Activity.model_validate({"type": kind, "start": at, "end": at + minutes * 60})
        )
        at += minutes * 60
    week = datetime.fromtimestamp(start, ZoneInfo(timezone)).date()
    monday = date.fromordinal(week.toordinal() - week.weekday())
    return ShiftData(
        id=shift_id,
        agent_id=agent_id,
        start=start,
        end=at,
        activities=activities,
        week=monday.isoformat(),
        timezone=timezone,
    )


def local(zone: str, day: date, hour: int, minute: int = 0) -> float:
    """UTC seconds of a wall-clock time on ``day`` in ``zone``."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone)).timestamp()


class Writer:
    """Applies entities to a real cache as events, counting the sequence."""

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        self.seq = 0

    def apply(self, *entities: EntityBase) -> Changes:
        batch = [
            Event(seq=self.seq + 1 + i, kind=e.kind, id=e.id, data=e)
            for i, e in enumerate(entities)
        ]
        self.seq += len(batch)
        upto = self.seq
        return self.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
