"""The Team page's "Adherence" tab: the team now, against today's schedule.

One row per agent scheduled today (local day in the supervisor's zone): what the schedule
says now, their presence, in or out of adherence and since when, and today's adherence %
and conformance % so far. "Now" comes from the cache alone (shifts, presence and the
centre's grace from the policy), so it works offline and agrees with the agents' own My day
(:func:`protocol.kinds.workforce.in_adherence`): a mismatch counts only once it has lasted
the grace; before that the row says it is within the grace. The percentages come from the
server (``team_adherence`` over REST) while online and stay on screen, dated, offline.

The cache is read again on changes that touch it while the tab is visible; a one-second
tick only recomputes the times from what was read (no query), and only while visible.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.ui.shell import style
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.presence import state_name
from desktop.ui.team.schedules_common import (
    WorkforceService,
    WorkforceTab,
    WorkforceTeamReads,
    activity_name,
    day_start,
    failure_text,
    list_table,
    local,
    time_text,
)
from desktop.widgets.plain import PlainLabel, display_text

if TYPE_CHECKING:
    from protocol.kinds.workforce import Activity, ShiftData
    from protocol.workforce import AdherenceDay, TeamAdherence

AGENT, SCHEDULED, PRESENCE, STATUS, SINCE, ADHERENCE, CONFORMANCE = range(7)
TICK_MS = 1000
DAILY_MS = 120_000
"""Today's percentages are asked again every two minutes while the tab is visible."""
TOPICS = ("presence", "agents", "shifts", "workforce_policy", "time_off")
IN, GRACE, OUT, OFF = "in", "grace", "out", "off"


@dataclass(frozen=True)
class AgentNow:
    """One scheduled agent at ``now``: the activity (``None`` outside the shift), the
    adherence state (``in``, ``grace``, ``out`` or ``off`` when not scheduled now) and
    since when the mismatch lasts."""

    agent_id: int
    name: str
    activity: Activity | None
    next_start: float | None
    shift_end: float
    presence: str
    state: str
    since: float | None


def mismatch_since(
    activities: list[Activity], presence: str, presence_since: float, now: float
) -> float | None:
    """Since when the presence does not match the schedule (``None``: it matches now).
    Walks back over the earlier activities the same presence also missed, so a mismatch
    that began in the previous activity keeps its start."""
    from protocol.kinds.workforce import in_adherence

    past = [a for a in activities if a.start <= now]
    if not past or past[-1].end <= now or in_adherence(past[-1].type, presence):
        return None
    since = max(past[-1].start, presence_since)
    for activity in reversed(past[:-1]):
        if activity.end <= presence_since or in_adherence(activity.type, presence):
            break
        since = max(activity.start, presence_since)
    return since


def agent_now(
    agent_id: int,
    name: str,
    shifts: list[ShiftData],
    *,
    presence: str,
    presence_since: float,
    now: float,
    grace: float,
) -> AgentNow:
    """Where ``agent_id`` stands against today's ``shifts`` (sorted) at ``now``."""
    current = next((s for s in shifts if s.start <= now < s.end), None)
    if current is None:
        upcoming = [s.start for s in shifts if s.start > now]
        last_end = max((s.end for s in shifts), default=now)
        return AgentNow(
            agent_id, name, None, min(upcoming, default=None), last_end, presence, OFF, None
        )
    activities = list(current.activities)
    activity = next(a for a in activities if a.start <= now < a.end)
    since = mismatch_since(activities, presence, presence_since, now)
    state = IN if since is None else OUT if now - since >= grace else GRACE
    return AgentNow(agent_id, name, activity, None, current.end, presence, state, since)


def percent_text(value: float | None) -> str:
    if value is None:
        return "–"
    return QCoreApplication.translate("TeamAdherence", "{0} %").format(round(value * 100))


class AdherenceTab(WorkforceTab):
    """The team now against the schedule, and today's adherence so far."""

    def __init__(
        self,
        reader: WorkforceTeamReads,
        ops: Ops,
        parent: QWidget | None = None,
        zone: tzinfo | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(reader, ops, parent, zone, name="teamAdherence")
        self.clock = clock
        self.service: WorkforceService | None = None
        self.stale = True
        self.fetching = False
        self.day = ""
        self.shifts: dict[int, list[ShiftData]] = {}
        self.presence: dict[int, tuple[str, float]] = {}
        self.names: dict[int, str] = {}
        self.grace = 180.0
        self.daily: dict[int, AdherenceDay] = {}
        self.daily_day = ""
        self.rows: list[AgentNow] = []
        self.dirty = True
        """Names or today's figures changed since the rows were last drawn."""
        self.table = self._make_table()
        self.empty = PlainLabel(self.tr("Nobody is scheduled today."))
        self.empty.setObjectName("adherenceEmpty")
        self.note = PlainLabel()
        self.note.setObjectName("adherenceNote")
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.note)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        self.tick_timer = QTimer(self)
        self.tick_timer.setObjectName("adherenceTick")
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.daily_timer = QTimer(self)
        self.daily_timer.setInterval(DAILY_MS)
        self.daily_timer.timeout.connect(self.fetch_daily)
        style.notifier.changed.connect(self._restyle)

    def _restyle(self) -> None:
        """The theme changed: draw the rows again in its colours."""
        self.dirty = True
        if self.isVisible():
            self.tick()

    def _make_table(self) -> QTableWidget:
        labels = [
            self.tr("Agent"),
            self.tr("Scheduled now"),
            self.tr("Presence"),
            self.tr("Adherence now"),
            self.tr("Since"),
            self.tr("Today"),
            self.tr("Conformance"),
        ]
        table = list_table(labels, "adherenceTable", self.tr("Team adherence now"), wrap=False)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        char = table.fontMetrics().averageCharWidth()
        widths = {AGENT: 26, SCHEDULED: 26, PRESENCE: 18, STATUS: 26, SINCE: 9, ADHERENCE: 9}
        for section, chars in widths.items():
            table.setColumnWidth(section, chars * char)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        return table

    # ------------------------------------------------------------------ reading

    def today(self) -> date:
        return local(self.clock(), self.zone).date()

    def reload(self) -> None:
        """Read today's shifts, the team's presence and the grace from the cache."""
        self.stale = False
        day = self.today()
        start = day_start(day, self.zone)
        end = day_start(day + timedelta(days=1), self.zone)
        shifts: dict[int, list[ShiftData]] = {}
        for shift in self.reader.all_shifts(start - 86_400.0, end):
            if shift.end > start and shift.start < end and shift.published:
                shifts.setdefault(shift.agent_id, []).append(shift)
        for agent_shifts in shifts.values():
            agent_shifts.sort(key=lambda s: s.start)
        self.shifts = shifts
        self.names = {}
        self.presence = {}
        for member in self.reader.team():
            self.names[member.agent_id] = display_text(member.name)
            self.presence[member.agent_id] = (member.state, member.since or 0.0)
        self.grace = self.reader.workforce_policy().grace_seconds
        self.dirty = True
        if day.isoformat() != self.day:
            self.day = day.isoformat()
            if self.isVisible():
                self.fetch_daily()
        self.tick()

    def tick(self) -> None:
        """Recompute every row at the clock's now and show it (no cache read)."""
        if self.today().isoformat() != self.day:
            self.reload()
            return
        now = self.clock()
        rows = [
            agent_now(
                agent,
                self.names.get(agent, display_text(str(agent))),
                shifts,
                presence=self.presence.get(agent, ("offline", 0.0))[0],
                presence_since=self.presence.get(agent, ("offline", 0.0))[1],
                now=now,
                grace=self.grace,
            )
            for agent, shifts in self.shifts.items()
        ]
        order = {OUT: 0, GRACE: 1, IN: 2, OFF: 3}
        rows.sort(key=lambda r: (order[r.state], r.name.casefold(), r.agent_id))
        if rows == self.rows and not self.dirty:
            return  # nothing on screen counts seconds: an unchanged team is not redrawn
        self.rows = rows
        self.dirty = False
        self._show(now)

    def row_texts(self, row: AgentNow, now: float) -> list[str]:
        zone = self.zone
        if row.activity is not None:
            scheduled = self.tr("{0} until {1}").format(
                activity_name(row.activity.type), time_text(row.activity.end, zone)
            )
        elif row.next_start is not None:
            scheduled = self.tr("Off shift (starts {0})").format(time_text(row.next_start, zone))
        else:
            scheduled = self.tr("Shift ended {0}").format(time_text(row.shift_end, zone))
        status = {
            IN: self.tr("In adherence"),
            GRACE: self.tr("Not matching (within the grace)"),
            OUT: self.tr("Out of adherence"),
            OFF: self.tr("Not scheduled now"),
        }[row.state]
        since = time_text(row.since, zone) if row.since is not None else ""
        daily = self.daily.get(row.agent_id) if self.daily_day == self.day else None
        del now
        return [
            row.name,
            scheduled,
            state_name(row.presence),
            status,
            since,
            percent_text(daily.adherence) if daily else "–",
            percent_text(daily.conformance) if daily else "–",
        ]

    def _show(self, now: float) -> None:
        table = self.table
        if table.rowCount() != len(self.rows):
            table.setRowCount(len(self.rows))
        tones = {OUT: QColor(style.FAILED), GRACE: QColor(style.PENDING)}
        plain = table.palette().text().color()
        for index, row in enumerate(self.rows):
            colour = tones.get(row.state, plain)
            for column, text in enumerate(self.row_texts(row, now)):
                cell = table.item(index, column)
                if cell is None:
                    cell = QTableWidgetItem()
                    table.setItem(index, column, cell)
                if cell.text() != text:
                    cell.setText(text)
                if cell.foreground().color() != colour:
                    cell.setForeground(colour)
                if cell.data(Qt.ItemDataRole.UserRole) != row.agent_id:
                    cell.setData(Qt.ItemDataRole.UserRole, row.agent_id)
        self.empty.setVisible(not self.rows)
        table.setVisible(bool(self.rows))

    def row_of(self, agent_id: int) -> AgentNow | None:
        return next((r for r in self.rows if r.agent_id == agent_id), None)

    # ------------------------------------------------------------------ today's figures

    def set_workforce(self, service: WorkforceService | None) -> None:
        self.service = service
        if service is not None and self.isVisible():
            self.fetch_daily()

    def set_online(self, online: bool) -> None:
        was = self.online
        self.online = online
        if online and not was and self.isVisible():
            self.fetch_daily()

    def fetch_daily(self) -> None:
        """Ask the server for today's adherence of the team (kept on screen offline)."""
        service = self.service
        if service is None or not self.online or self.fetching:
            return
        self.fetching = True
        day = self.day or self.today().isoformat()
        self.ops.run(
            service.team_adherence(day),
            what=self.tr("read the team's adherence"),
            on_done=self._got_daily,
            on_error=self._daily_failed,
        )

    def _got_daily(self, team: TeamAdherence) -> None:
        self.fetching = False
        self.daily = {a.agent_id: a for a in team.agents}
        self.daily_day = team.day
        self.dirty = True
        self.note.setText(
            self.tr("Today's adherence and conformance as of {0}.").format(
                time_text(self.clock(), self.zone)
            )
        )
        self.tick()

    def _daily_failed(self, error: BaseException) -> None:
        self.fetching = False
        kept = (
            self.tr("The figures shown are from earlier.")
            if self.daily
            else self.tr("No figures yet.")
        )
        self.note.setText(
            self.tr("Today's adherence could not be read: {0} {1}").format(
                failure_text(error), kept
            )
        )

    # ------------------------------------------------------------------ changes, timers

    def on_changes(self, changes: Changes) -> None:
        if not (changes.reset or any(getattr(changes, t) for t in TOPICS)):
            return
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if self.stale:
            self.reload()
        else:
            self.tick()
        self.tick_timer.start()
        self.daily_timer.start()
        self.fetch_daily()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt naming
        super().hideEvent(event)
        self.tick_timer.stop()
        self.daily_timer.stop()

    def stop(self) -> None:
        self.tick_timer.stop()
        self.daily_timer.stop()
