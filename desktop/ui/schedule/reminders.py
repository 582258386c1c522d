"""When to remind the agent of a break or of the end of their shift, without Qt.

The page arms one single-shot timer to :meth:`Reminders.next_wake` and, when it fires or
anything changes, asks :meth:`Reminders.due` what to say now. A reminder is never given
during a contact (presence ``busy`` or ``acw``): it waits until the contact ends, and is
dropped if by then the moment it announces has passed. Each reminder is given once, keyed
by what it announces, so re-planning after a schedule change does not repeat it. The clock
is injected so tests run the day in a few calls.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from desktop.ui.schedule.day import BREAK_TYPES, runs

if TYPE_CHECKING:
    from protocol.kinds.workforce import ShiftData

ON_A_CONTACT = frozenset({"busy", "acw"})
"""Presence states in which a reminder waits (the agent is talking or wrapping up)."""

ReminderKind = Literal["break", "shift_end"]


@dataclass(frozen=True)
class Reminder:
    """Remind at ``at`` that ``activity`` (a break or lunch, or the shift's end) comes at
    ``event_at``."""

    kind: ReminderKind
    at: float
    event_at: float
    activity: str = ""

    @property
    def key(self) -> tuple[str, float]:
        return (self.kind, self.event_at)


def plan(shifts: Sequence[ShiftData], break_minutes: float, end_minutes: float) -> list[Reminder]:
    """Every reminder of ``shifts``: ``break_minutes`` before each break or lunch and
    ``end_minutes`` before each shift's end (0 minutes: that reminder is off), by time."""
    found: list[Reminder] = []
    for shift in shifts:
        if break_minutes > 0:
            for run in runs(shift.activities):
                if run.type in BREAK_TYPES and run.start > shift.start:
                    found.append(
                        Reminder("break", run.start - break_minutes * 60, run.start, run.type)
                    )
        if end_minutes > 0:
            found.append(Reminder("shift_end", shift.end - end_minutes * 60, shift.end))
    return sorted(found, key=lambda r: (r.at, r.event_at))


class Reminders:
    """The planned reminders and those already given (or dropped)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.planned: list[Reminder] = []
        self.given: set[tuple[str, float]] = set()

    def set_plan(self, reminders: Sequence[Reminder]) -> None:
        """Replace the plan (the schedule or the policy changed); given ones stay given."""
        self.planned = list(reminders)

    def due(self, presence_state: str) -> list[Reminder]:
        """The reminders to give now, each once; none while on a contact. One whose
        moment has passed is dropped without a word."""
        if presence_state in ON_A_CONTACT:
            return []
        now = self.clock()
        found: list[Reminder] = []
        for reminder in self.planned:
            if reminder.key in self.given or reminder.at > now:
                continue
            self.given.add(reminder.key)
            if reminder.event_at > now:
                found.append(reminder)
        return found

    def next_wake(self, presence_state: str) -> float | None:
        """When to look again: the next reminder's time (now if one is already due);
        ``None`` while on a contact (the end of the contact wakes the page) or when
        nothing is left."""
        if presence_state in ON_A_CONTACT:
            return None
        waiting = [r.at for r in self.planned if r.key not in self.given]
        if not waiting:
            return None
        return max(min(waiting), self.clock())
