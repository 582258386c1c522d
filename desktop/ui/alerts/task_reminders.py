"""Reminders of follow-up tasks: when a task assigned to the signed-in agent becomes
due, say so once ("Follow-up due: <title> (<customer>)"), and keep the number of overdue
tasks known.

No polling: one single-shot timer waits for the next due time among the agent's open
tasks and is set again whenever ``changes.tasks`` says they changed (a task added, moved
or done, here or on another desk). Each task is announced once per desk session; a task
already overdue when the desk starts is announced at the first check. The decisions are
the pure functions :func:`due_now` and :func:`next_due`; the clock is injectable
(``clock``, ``ms_per_second``) so tests drive time instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.models.changes import Changes
from desktop.store.readers.complaints import ComplaintReads, FollowupTask

MAX_WAIT_SECONDS = 6 * 3600
"""The timer never waits longer than this (a suspended laptop's timer is not trusted
over days; a wake-up with nothing due simply sets it again)."""


def due_now(tasks: Iterable[FollowupTask], now: float, reminded: set[int]) -> list[FollowupTask]:
    """The open tasks due at ``now`` that have not been announced yet, soonest first."""
    return sorted(
        (t for t in tasks if t.done_at is None and t.due_at <= now and t.id not in reminded),
        key=lambda t: (t.due_at, t.id),
    )


def next_due(tasks: Iterable[FollowupTask], now: float) -> float | None:
    """When the next open task falls due after ``now`` (None: none will)."""
    later = [t.due_at for t in tasks if t.done_at is None and t.due_at > now]
    return min(later) if later else None


def reminder_text(task: FollowupTask) -> str:
    """The notification's sentence (the title and name are untrusted: shown as text)."""
    who = task.customer_name or QCoreApplication.translate("Alerts", "a customer")
    return QCoreApplication.translate("Alerts", "Follow-up due: {0} ({1})").format(task.title, who)


class TaskReminders(QObject):
    """Watches the signed-in agent's open tasks.

    Signals:
        reminded(object): a ``FollowupTask`` just became due (once per task).
        dueNow(object): the list of tasks that became due in one check (the service
            shows one notification for them: a desk signing in with five overdue tasks
            says so once, not five times).
        overdueChanged(int): how many of the agent's open tasks are overdue now.
    """

    reminded = Signal(object)
    dueNow = Signal(object)  # noqa: N815 - Qt naming
    overdueChanged = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        reader: ComplaintReads,
        agent_id: Callable[[], int | None],
        *,
        clock: Callable[[], float] = time.time,
        ms_per_second: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.agent_id = agent_id
        self.clock = clock
        self.ms_per_second = ms_per_second
        self.reminded_ids: set[int] = set()
        self.overdue = 0
        self.wake_at: float | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("task-reminders")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def on_changes(self, changes: Changes) -> None:
        """Tasks changed (or the whole replica did): look again and set the timer."""
        if changes.tasks or changes.reset:
            self.check()

    def check(self) -> None:
        """Announce what is due, count what is overdue, wait for the next one."""
        me = self.agent_id()
        tasks = self.reader.open_tasks_of(me) if me is not None else []
        now = self.clock()
        due = [t for t in due_now(tasks, now, self.reminded_ids) if t.id > 0]
        for task in due:  # a pending copy gets its real id soon: that one is announced
            self.reminded_ids.add(task.id)
            self.reminded.emit(task)
        if due:
            self.dueNow.emit(due)
        overdue = sum(1 for t in tasks if t.due_at <= now)
        if overdue != self.overdue:
            self.overdue = overdue
            self.overdueChanged.emit(overdue)
        self._schedule(next_due(tasks, now), now)

    def stop(self) -> None:
        self.timer.stop()
        self.wake_at = None

    def _schedule(self, due: float | None, now: float) -> None:
        self.timer.stop()
        self.wake_at = due
        if due is None:
            return
        wait = min(max(0.0, due - now), MAX_WAIT_SECONDS)
        # a few milliseconds late rather than early: the check at wake-up must see it due
        self.timer.start(int(wait * self.ms_per_second) + 1)
