"""The Team page: the supervisor's view of every agent's presence and work (issue 8, part 1).

Shown only to supervisors (``roles`` in its :class:`PageSpec`): only their caches hold
colleagues' presence, offers and routing profiles. The table re-reads the cache once per
changes batch that touches them while the page is visible (a hidden page only notes that it
is out of date and reads once when shown); a one-second tick repaints the live times only
while the page is visible. A queue filter shows the agents with a skill in one queue. While the
pointer is over the table, updates keep the rows where they are (a row does not jump from
under the pointer); they are sorted again when it leaves. Mode-bar texts translate in the
``MainWindow`` context. A second tab lists the open complaints of the supervisor's queues
(``complaints.py``), oldest first; opening one shows its customer's page. A third,
"Privacy" (``privacy.py``), holds the access log, the retention setting and the merge of
duplicate customers, read over REST through the customer directory the desk gives with
:meth:`TeamPage.set_directory`. Issue 11 adds three workforce tabs after them (appended, so
a remembered tab index of an older desk still names the same tab): "Requests"
(``review.py``, swaps and time off waiting for a decision, counted in its title),
"Adherence" (``adherence.py``, the team now against today's schedule) and "Schedules"
(``schedules.py``, one agent's week: edit, remove, publish, import); their REST half comes
with :meth:`TeamPage.set_workforce`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.ui.shell.actions import WindowActions
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageContext, PageLinks, PageShortcut, PageSpec, PageWidget
from desktop.ui.team.adherence import AdherenceTab
from desktop.ui.team.complaints import OpenComplaintReads, OpenComplaintsView
from desktop.ui.team.model import (
    IN_STATE,
    NAME,
    PRESENCE,
    TICK_MS,
    WORK,
    AgentIdRole,
    TeamModel,
    TeamReads,
)
from desktop.ui.team.privacy import PrivacyTab
from desktop.ui.team.review import ReviewTab
from desktop.ui.team.schedules import SchedulesTab
from desktop.ui.team.schedules_common import WorkforceService, WorkforceTeamReads
from desktop.widgets.plain import PlainLabel, display_text

if TYPE_CHECKING:
    from desktop.ui.team.privacy_common import PrivacyService

PAGE_NAME = "team"
TOPICS = ("presence", "agents", "offers", "calls", "routing_profiles")
"""The changes topics the table is read from."""
REVIEW_TOPICS = ("swaps", "time_off", "shifts", "agents", "queues")
"""The topics the review queue (and its count in the tab title) is read from."""


class TeamPage(PageWidget):
    """Agents, their presence and time in it, what they are working on, and any state
    they asked for while on a contact; filtered by queue.

    Signals: none of its own.
    """

    def __init__(
        self,
        reader: TeamReads,
        complaints: OpenComplaintReads | None = None,
        links: PageLinks | None = None,
        ops: Ops | None = None,
        workforce: WorkforceTeamReads | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("teamPage")
        self.reader = reader
        self.complaints: OpenComplaintsView | None = None
        if complaints is not None:
            self.complaints = OpenComplaintsView(complaints, self)
            if links is not None:
                self.complaints.customerRequested.connect(links.customerRequested)
        self.privacy = PrivacyTab(ops, self) if ops is not None else None
        self._make_workforce_tabs(ops, workforce)
        self.team_model = TeamModel(reader, self)
        self.table = self._make_table()
        self.table.viewport().installEventFilter(self)

        self.queue_box = QComboBox()
        self.queue_box.setObjectName("teamQueue")
        self.queue_box.setAccessibleName(self.tr("Queue"))
        self.queue_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.queue_box.setMaximumWidth(320)
        self.queue_box.currentIndexChanged.connect(self._queue_chosen)
        queue_label = PlainLabel(self.tr("Queue:"))
        queue_label.setBuddy(self.queue_box)
        self.empty = PlainLabel(self.tr("No agent has chosen a presence yet: everyone is Offline"))
        self.empty.setObjectName("teamEmpty")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(queue_label)
        bar.addWidget(self.queue_box)
        bar.addStretch(1)
        agents = QWidget()
        column = QVBoxLayout(agents)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        self.tabs = self._make_tabs(agents)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addWidget(self.tabs)

        self.tick_timer = QTimer(self)
        self.tick_timer.setObjectName("teamTickTimer")
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.team_model.tick)
        self.stale = False
        """Changes arrived while hidden: read again when shown."""
        self.wanted_queue: int | None = None
        """The queue chosen in a previous run, until the cache holds it."""
        self.fill_queues()
        self.refresh()

    def _make_workforce_tabs(self, ops: Ops | None, workforce: WorkforceTeamReads | None) -> None:
        """Requests, Adherence and Schedules: with the op runner and the cache's
        workforce reads (a page built without them has none)."""
        self.review: ReviewTab | None = None
        self.adherence: AdherenceTab | None = None
        self.schedules: SchedulesTab | None = None
        if ops is not None and workforce is not None:
            self.review = ReviewTab(workforce, ops, self)
            self.adherence = AdherenceTab(workforce, ops, self)
            self.schedules = SchedulesTab(workforce, ops, self)

    def _make_tabs(self, agents: QWidget) -> QTabWidget:
        """Agents, then the open complaints and Privacy where the page has them."""
        tabs = QTabWidget()
        tabs.setObjectName("teamTabs")
        tabs.addTab(agents, self.tr("Agents"))
        if self.complaints is not None:
            tabs.addTab(self.complaints, self.tr("Open complaints"))
        if self.privacy is not None:
            tabs.addTab(self.privacy, self.tr("Privacy"))
        if self.review is not None:
            tabs.addTab(self.review, self.tr("Requests"))
            self.review.countChanged.connect(self._requests_counted)
        if self.adherence is not None:
            tabs.addTab(self.adherence, self.tr("Adherence"))
        if self.schedules is not None:
            tabs.addTab(self.schedules, self.tr("Schedules"))
        return tabs

    def _requests_counted(self, count: int) -> None:
        """The Requests tab says how many requests wait ("Requests (3)")."""
        if self.review is None:
            return
        index = self.tabs.indexOf(self.review)
        text = self.tr("Requests (%n)", "", count) if count else self.tr("Requests")
        if index >= 0 and self.tabs.tabText(index) != text:
            self.tabs.setTabText(index, text)

    def _make_table(self) -> QTableView:
        """The agents' table (before the queue box: its model is the page's)."""
        table = QTableView()
        table.setObjectName("teamTable")
        table.setAccessibleName(self.tr("Agents"))
        table.setModel(self.team_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setWordWrap(False)
        # Fixed, readable columns and the last one taking the rest: a supervisor scans
        # names and states, not a table spread over a wide screen. Widths and row height
        # are in characters and lines of the desk's font, so they grow with the system's
        # text size (pixels clipped "In state" at 150 %).
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        char = table.fontMetrics().averageCharWidth()
        for section, chars in ((NAME, 34), (PRESENCE, 28), (IN_STATE, 13), (WORK, 34)):
            title = self.team_model.headerData(section, Qt.Orientation.Horizontal)
            label = header.fontMetrics().horizontalAdvance(str(title or "")) + 3 * char
            table.setColumnWidth(section, max(chars * char, label))
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        return table

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the team from the cache and say so when nobody has a presence yet."""
        self.team_model.reload()
        self.empty.setVisible(not self.team_model.any_presence())
        if self.complaints is not None:
            self.complaints.refresh()

    def fill_queues(self) -> None:
        """The filter's choices: all queues, then each cached queue by name; the chosen
        queue stays chosen (or falls back to all when it is gone)."""
        chosen = self.queue_box.currentData()
        if chosen is None and self.wanted_queue is not None:
            chosen = self.wanted_queue
        names = self.reader.queue_names()
        found = -1
        self.queue_box.blockSignals(True)
        try:
            self.queue_box.clear()
            self.queue_box.addItem(self.tr("All queues"), None)
            for queue_id, name in sorted(names.items(), key=lambda q: (q[1].casefold(), q[0])):
                self.queue_box.addItem(display_text(name), queue_id)
            found = self.queue_box.findData(chosen) if chosen is not None else -1
            self.queue_box.setCurrentIndex(max(found, 0))
        finally:
            self.queue_box.blockSignals(False)
        if found >= 0 and chosen == self.wanted_queue:
            self.wanted_queue = None
            self._queue_chosen()
        elif chosen is not None and found < 0 and chosen != self.wanted_queue:
            self._queue_chosen()  # the chosen queue is gone: everyone again

    def _queue_chosen(self) -> None:
        data = self.queue_box.currentData()
        self.wanted_queue = None  # a choice now replaces the one of a previous run
        self.team_model.set_queue(data if isinstance(data, int) else None)

    def selected_agent(self) -> int | None:
        """The agent of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(AgentIdRole)
        return value if isinstance(value, int) else None

    def set_directory(self, directory: PrivacyService | None) -> None:
        """The server's customer directory for the Privacy tab (``desktop/app.py`` gives
        it once the cache is open)."""
        if self.privacy is not None:
            self.privacy.set_directory(directory)

    def set_workforce(self, client: WorkforceService | None) -> None:
        """The workforce client (``desktop.sync.workforce.WorkforceClient``): today's team
        adherence and the schedule import (``desktop/app.py`` gives it once the cache is
        open)."""
        if self.adherence is not None:
            self.adherence.set_workforce(client)
        if self.schedules is not None:
            self.schedules.set_workforce(client)

    def set_actions(self, actions: WindowActions | None) -> None:
        """The live session's command path, for the review and schedule commands."""
        for tab in (self.review, self.schedules):
            if tab is not None:
                tab.set_actions(actions)
        if actions is not None and self.review is not None and not self.review.loaded:
            self.review.refresh()  # the count in its title; pydantic is loaded by now

    def set_online(self, online: bool) -> None:
        if self.privacy is not None:
            self.privacy.set_online(online)
        for tab in (self.review, self.adherence, self.schedules):
            if tab is not None:
                tab.set_online(online)

    def on_changes(self, changes: Changes) -> None:
        self._workforce_changes(changes)
        if self.complaints is not None and (
            changes.reset or changes.complaints or changes.customers or changes.queues
        ):
            if self.isVisible():
                self.complaints.refresh()
            else:
                self.stale = True
        if not (changes.reset or changes.queues or any(getattr(changes, t) for t in TOPICS)):
            return
        if not self.isVisible():
            self.stale = True
            return
        if changes.reset or changes.queues:
            self.fill_queues()
        self.refresh()

    def _workforce_changes(self, changes: Changes) -> None:
        """The review queue is read at once (its count titles the tab, visible or not);
        the adherence and schedule tabs read when visible (or once shown)."""
        if self.review is not None and (
            changes.reset or any(getattr(changes, t) for t in REVIEW_TOPICS)
        ):
            self.review.refresh()
        if self.adherence is not None:
            self.adherence.on_changes(changes)
        if self.schedules is not None:
            self.schedules.on_changes(changes)

    # ------------------------------------------------------------------ pointer, timers

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if watched is self.table.viewport():
            if event.type() == QEvent.Type.Enter:
                self.team_model.frozen = True
            elif event.type() == QEvent.Type.Leave:
                self.team_model.frozen = False
                self.team_model.resort()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.fill_queues()
            self.refresh()
        else:
            self.team_model.tick()
        self.tick_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt naming
        super().hideEvent(event)
        self.tick_timer.stop()
        if self.team_model.frozen:  # hidden under the pointer: no Leave will come
            self.team_model.frozen = False
            self.team_model.resort()

    def focus_target(self, target: str) -> None:
        del target
        self.table.setFocus()

    def save_state(self) -> QByteArray:
        """The chosen queue (empty: all queues), then ``|`` and the open tab when it is
        not the first ("2", "2|1", "|2"; a state of an older desk is the queue alone)."""
        data = self.queue_box.currentData()
        text = str(data) if isinstance(data, int) else ""
        if self.tabs.currentIndex() > 0:
            text += f"|{self.tabs.currentIndex()}"
        return QByteArray(text.encode())

    def restore_state(self, state: QByteArray) -> None:
        """Choose the queue and the tab of a previous run; the queue now or once the
        cache holds it."""
        text = bytes(state.data()).decode(errors="replace")
        queue, _, tab = text.partition("|")
        if queue.isdigit():
            self.wanted_queue = int(queue)
            self.fill_queues()
        if tab.isdigit() and int(tab) < self.tabs.count():
            self.tabs.setCurrentIndex(int(tab))

    def stop(self) -> None:
        self.tick_timer.stop()
        if self.adherence is not None:
            self.adherence.stop()


def _build(context: PageContext) -> TeamPage:
    return TeamPage(context.reader, context.reader, context.links, context.ops, context.reader)


SPEC = PageSpec(
    name=PAGE_NAME,
    title=lambda: QCoreApplication.translate("MainWindow", "Team"),
    tooltip=lambda: QCoreApplication.translate("MainWindow", "Your agents' presence (Ctrl+T)"),
    shortcuts=(PageShortcut("page.team"),),
    settings_key="window/team",
    build=_build,
    roles=frozenset({"supervisor"}),
)
