"""The My day page (issue 11 part 2): today's timeline and status, the weeks ahead, the
break button, the agent's adherence and reminders; swaps and time off in their own tab
(:class:`~desktop.ui.schedule.trades.TradesPanel`).

Everything paints from the cache (shifts, presence, the policy, the last adherence
figures), so the page works offline. The clock and the zone are injected: tests run a day
in a few calls and render a DST day in any zone. A one-second tick runs only while the
page is visible (the countdown); reminders use one single-shot timer to the next one,
re-armed on every change, whether the page is visible or not.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol, runtime_checkable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, QTimeZone
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.ui.schedule.day import clock_text, day_span, local_day, monday_of
from desktop.ui.schedule.names import activity_name
from desktop.ui.schedule.reminders import Reminder, Reminders, plan
from desktop.ui.schedule.today import AgentNow, DayFigures, TodayPanel
from desktop.ui.schedule.trades import TradesPanel
from desktop.ui.schedule.weeks import WeekView
from desktop.ui.shell.actions import WindowActions
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageContext, PageLinks, PageShortcut, PageSpec, PageWidget

if TYPE_CHECKING:
    from desktop.sync.commands import CommandClient
    from protocol.kinds.workforce import ShiftData

PAGE_NAME = "schedule"
ADHERENCE_REFRESH_S = 300.0
"""Ask the server for today's adherence at most this often while the page is shown."""
MAX_REMINDER_WAIT_MS = 15 * 60 * 1000
"""The reminder timer wakes at least this often, so a laptop that slept catches up."""
TOPICS = ("shifts", "workforce_policy")
"""Topics whose every change may concern the agent's day (a shift's id says nothing of
whose it is: a shift moved away arrives as a delete)."""
OWN_TOPICS = ("presence", "adherence_days")
"""Topics keyed by agent: only the agent's own id repaints (a supervisor's cache hears
every colleague's presence)."""


@runtime_checkable
class AdherenceSource(Protocol):
    """What the page asks of the workforce client (``desktop.sync.workforce``): today's
    adherence, fetched and cached (the cache change comes back through ``on_changes``)."""

    async def adherence(self, agent_id: int, day: str) -> object: ...


def system_zone() -> ZoneInfo:
    """The desk's zone as Qt reads it from the system (Windows included); UTC when it
    names no zone this machine knows."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError, OSError):
        return ZoneInfo("UTC")


class SchedulePage(PageWidget):
    """Today, the weeks ahead, breaks and adherence; swaps and time off in a tab.

    Reminders and break answers reach the agent through ``links.noticeRequested``.
    """

    def __init__(
        self,
        reader: CacheReader,
        links: PageLinks,
        ops: Ops | None = None,
        *,
        zone: ZoneInfo | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.setObjectName("schedulePage")
        self.reader = reader
        self.links = links
        self.ops = ops if ops is not None else Ops(self)
        self.zone = zone if zone is not None else system_zone()
        self.clock = clock
        self.actions_: WindowActions | None = None
        self.online = False
        self.workforce: AdherenceSource | None = None
        self.agent_id: int | None = None
        self.agent = AgentNow()
        self.shifts: list[ShiftData] = []
        self.day: date | None = None
        self.grace_seconds = 180.0
        self.fetched_at = 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("scheduleTabs")
        self.today = TodayPanel(self)
        self.weeks = WeekView(self)
        self._trades: TradesPanel | None = None
        self.trades_tab = QWidget(self)
        self.trades_tab.setObjectName("scheduleTradesTab")
        QVBoxLayout(self.trades_tab).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.today, self.tr("Today"))
        self.tabs.addTab(self.weeks, self.tr("Weeks"))
        self.tabs.addTab(self.trades_tab, self.tr("Swaps and time off"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs)
        self.today.breakRequested.connect(self.request_presence)
        self.weeks.moved.connect(lambda _offset: self.refresh_week())
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.on_tick)
        self.reminders = Reminders(clock)
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setSingleShot(True)
        self.reminder_timer.timeout.connect(self._reminder_time)
        self.refresh()

    # ------------------------------------------------------------------ shell calls

    def on_changes(self, changes: Changes) -> None:
        own = self.agent_id
        if (
            changes.reset
            or any(getattr(changes, topic) for topic in TOPICS)
            or any(own in getattr(changes, topic) for topic in OWN_TOPICS)
        ):
            self.refresh()
        if self._trades is not None or changes.swaps or changes.time_off:
            self.trades.on_changes(changes)

    def set_actions(self, actions: WindowActions | None) -> None:
        self.actions_ = actions
        if actions is not None and actions.agent is not None:
            self.agent_id = actions.agent.id
        self.refresh()
        self.trades.set_actions(actions)  # signed in: its notices of trades start
        self._fetch_adherence()

    def set_online(self, online: bool) -> None:
        self.online = online
        self._show_break_button()
        if self._trades is not None:
            self._trades.set_online(online)
        self._fetch_adherence()

    def set_workforce(self, client: object | None) -> None:
        """The workforce client (``desktop.sync.workforce.WorkforceClient``) for today's
        adherence figures; ``None`` without one."""
        self.workforce = client if isinstance(client, AdherenceSource) else None
        self._fetch_adherence()

    def save_state(self) -> QByteArray:
        """The agent whose day this is, so the next start paints it before sign-in."""
        if self.agent_id is None:
            return QByteArray()
        return QByteArray(f"agent={self.agent_id}".encode())

    def restore_state(self, state: QByteArray) -> None:
        text = bytes(state.data()).decode("ascii", "replace")
        if self.agent_id is None and text.startswith("agent=") and text[6:].isdigit():
            self.agent_id = int(text[6:])
            self.refresh()

    def stop(self) -> None:
        self.tick.stop()
        self.reminder_timer.stop()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.on_tick()
        self.tick.start()
        self._fetch_adherence()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.tick.stop()

    @property
    def trades(self) -> TradesPanel:
        """The swaps and time-off panel, built the first time it is wanted (signed in, a
        trade changed, its tab shown), so building and painting the page before sign-in
        does not wait for a tab the agent may not open."""
        if self._trades is None:
            panel = TradesPanel(self.reader, self.links, self.trades_tab, now=self.clock)
            layout = self.trades_tab.layout()
            assert layout is not None
            layout.addWidget(panel)
            panel.set_actions(self.actions_)
            panel.set_online(self.online)
            self._trades = panel
        return self._trades

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.trades_tab:
            self.trades.show()

    # ------------------------------------------------------------------ reading

    def _own_agent(self) -> int | None:
        if self.actions_ is not None and self.actions_.agent is not None:
            self.agent_id = self.actions_.agent.id
        return self.agent_id

    def refresh(self) -> None:
        """Read everything again (the cache changed, the agent or the day did)."""
        agent_id = self._own_agent()
        now = self.clock()
        self.day = local_day(now, self.zone)
        start, end = day_span(self.day, self.zone)
        self.shifts = self.reader.shifts(agent_id, start, end) if agent_id is not None else []
        policy = self.reader.workforce_policy()
        self.grace_seconds = policy.grace_seconds
        presence = self.reader.presence(agent_id) if agent_id is not None else None
        self.agent = (
            AgentNow(presence.state, presence.since, presence.requested)
            if presence is not None
            else AgentNow()
        )
        self.today.show_day(start, end, self.zone, self.shifts)
        self.today.show_now(now, self.shifts, self.agent, self.grace_seconds)
        self.today.show_figures(self._figures(agent_id))
        self._show_break_button()
        self.refresh_week()
        # Reminders look a day ahead, so a night shift's end is planned before midnight.
        ahead = (
            self.reader.shifts(agent_id, now - 86_400, now + 2 * 86_400)
            if agent_id is not None
            else []
        )
        self.reminders.set_plan(
            plan(ahead, policy.break_reminder_minutes, policy.shift_end_reminder_minutes)
        )
        self.give_reminders()

    def refresh_week(self) -> None:
        """The Weeks tab for its current offset."""
        agent_id = self.agent_id
        today = local_day(self.clock(), self.zone)
        monday = monday_of(today) + timedelta(weeks=self.weeks.offset)
        start = day_span(monday, self.zone)[0]
        end = day_span(monday + timedelta(days=7), self.zone)[0]
        shifts = self.reader.shifts(agent_id, start, end) if agent_id is not None else []
        self.weeks.show_week(monday, self.zone, shifts, today)

    def _figures(self, agent_id: int | None) -> DayFigures | None:
        if agent_id is None or self.day is None:
            return None
        found = self.reader.adherence_day_json(agent_id, self.day.isoformat())
        if found is None:
            return None
        from pydantic import ValidationError

        from protocol.workforce import AdherenceDay

        try:
            day = AdherenceDay.model_validate_json(found[1])
        except ValidationError:  # written by another version of the desk: fetch again
            return None
        return DayFigures(day.adherence, day.conformance, found[0])

    def on_tick(self) -> None:
        """Every second while visible: a new day reads again, else the countdown moves."""
        now = self.clock()
        if local_day(now, self.zone) != self.day:
            self.refresh()
            return
        self.today.show_now(now, self.shifts, self.agent, self.grace_seconds)

    # ------------------------------------------------------------------ breaks

    def _show_break_button(self) -> None:
        commands_online = self.actions_ is not None and self.online
        self.today.show_break_button(self.agent, commands_online)

    def request_presence(self, state: str) -> None:
        """Send ``presence.set`` (``break`` or ``available``); the page follows the
        presence event the server sends back."""
        actions = self.actions_
        if actions is None or not self.online:
            self.links.noticeRequested.emit(
                self.tr("Not connected: breaks start when you are online"), "error"
            )
            return
        self.today.break_button.setEnabled(False)
        self.ops.run(
            _send_presence(actions.commands, state),
            what=self.tr("change presence"),
            on_done=self._on_presence_sent,
            on_error=self._on_presence_failed,
        )

    def _on_presence_sent(self, deferred: bool) -> None:
        if deferred:
            self.links.noticeRequested.emit(
                self.tr("Your break starts when this contact ends"), "info"
            )
        self.refresh()

    def _on_presence_failed(self, error: BaseException) -> None:
        from desktop.sync.commands import CommandError, CommandOfflineError

        if isinstance(error, CommandOfflineError):
            text = self.tr("Not connected: breaks start when you are online")
        elif isinstance(error, CommandError):
            text = self.tr("Presence not changed: {0}").format(error.message[:200])
        else:
            text = self.tr("Presence not changed: {0}").format(str(error)[:200])
        self.links.noticeRequested.emit(text, "error")
        self._show_break_button()

    # ------------------------------------------------------------------ reminders

    def give_reminders(self) -> None:
        """Say the reminders due now (none during a contact), then arm the timer to the
        next one."""
        for reminder in self.reminders.due(self.agent.state):
            self.links.noticeRequested.emit(self.reminder_text(reminder), "info")
        wake = self.reminders.next_wake(self.agent.state)
        if wake is None:
            self.reminder_timer.stop()
            return
        wait = int(max(0.0, wake - self.clock()) * 1000)
        self.reminder_timer.start(min(MAX_REMINDER_WAIT_MS, max(wait, 200)))

    def _reminder_time(self) -> None:
        """The reminder timer fired: a new day plans again (the page may be hidden all
        day, with no tick to notice midnight), else say what is due."""
        if local_day(self.clock(), self.zone) != self.day:
            self.refresh()
        else:
            self.give_reminders()

    def reminder_text(self, reminder: Reminder) -> str:
        at = clock_text(reminder.event_at, self.zone)
        minutes = max(1, round((reminder.event_at - self.clock()) / 60))
        if reminder.kind == "break":
            return self.tr("{0} at {1}: in %n minute(s)", "", minutes).format(
                activity_name(reminder.activity), at
            )
        return self.tr("Your shift ends at {0}: in %n minute(s)", "", minutes).format(at)

    # ------------------------------------------------------------------ adherence

    def _fetch_adherence(self) -> None:
        """Ask for today's adherence when shown, online and not asked lately."""
        client, agent_id = self.workforce, self._own_agent()
        if client is None or agent_id is None or not self.online or not self.isVisible():
            return
        now = self.clock()
        if now - self.fetched_at < ADHERENCE_REFRESH_S:
            return
        self.fetched_at = now
        day = local_day(now, self.zone).isoformat()
        self.ops.run(
            client.adherence(agent_id, day),
            what=self.tr("read today's adherence"),
            on_done=lambda _found: None,  # the cache change repaints the figures
            on_error=lambda _error: None,  # the last figures stay, with their time
        )


async def _send_presence(commands: CommandClient, state: str) -> bool:
    from protocol.commands import SET_PRESENCE, PresenceAnswer, SetPresence

    args = SetPresence.model_validate({"state": state, "reason": ""})
    answer = await commands.call(SET_PRESENCE, args, PresenceAnswer)
    return answer.deferred


def _build(context: PageContext) -> SchedulePage:
    return SchedulePage(context.reader, context.links, context.ops)


SPEC = PageSpec(
    name=PAGE_NAME,
    title=lambda: QCoreApplication.translate("MainWindow", "My day"),
    tooltip=lambda: QCoreApplication.translate(
        "MainWindow", "Your schedule, breaks, swaps and time off (Ctrl+5)"
    ),
    shortcuts=(PageShortcut("page.schedule"),),
    settings_key="window/schedule",
    build=_build,
)
