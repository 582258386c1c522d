"""The Team page's "Schedules" tab: one agent's week of shifts, and the planner's tools.

Pick an agent and a week (Monday to Sunday in the supervisor's zone): the shifts are rows
(day, hours, paid length, activities, draft or published), read from the cache (a
supervisor's holds every shift, drafts too). "Edit…" opens :class:`ShiftEditDialog` and
sends ``shift.edit``; "Remove" asks first, then sends ``shift.edit`` with ``remove``;
"Publish week" sends ``schedule.publish`` for the shown week's drafts. "Import…" sends a
CSV or JSON file from the planner's WFM tool to the server (``import_schedule``) and shows
its report: shifts created, replaced and published, or the rows that stopped it (nothing is
stored then). Every change arrives back as events, so the table follows the cache.
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.ui.shell.ops import Ops
from desktop.ui.team.schedules_common import (
    WorkforceService,
    WorkforceTab,
    WorkforceTeamReads,
    activities_text,
    day_start,
    day_text,
    failure_text,
    hours_text,
    list_table,
    local,
    monday_of,
    run_command,
    select_item,
    selected_item,
    time_text,
)
from desktop.ui.team.schedules_edit import ShiftEditDialog
from desktop.widgets.plain import PlainLabel, display_text

if TYPE_CHECKING:
    from protocol.kinds.workforce import ShiftData
    from protocol.workforce import ImportReport, PublishAnswer, ShiftAnswer

DAY, HOURS, PAID, ACTIVITIES, STATUS = range(5)
MAX_IMPORT_BYTES = 16 * 1024 * 1024
"""The server's import body limit (``server.workforce.schedules.router``): a bigger file
is refused here, before uploading."""
MAX_PROBLEMS_SHOWN = 200
TOPICS = ("shifts", "agents")


class SchedulesTab(WorkforceTab):
    """One agent's week of shifts with edit, remove, publish and import."""

    def __init__(
        self,
        reader: WorkforceTeamReads,
        ops: Ops,
        parent: QWidget | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        super().__init__(reader, ops, parent, zone, name="teamSchedules")
        self.service: WorkforceService | None = None
        self.stale = True
        self.busy = False
        self.week = monday_of(local(self._now(), self.zone).date())
        self.shifts: list[ShiftData] = []
        self.dialog: ShiftEditDialog | None = None
        self.import_kind = "text/csv"

        bar = self._make_bar()
        self.table = self._make_table()
        self.empty = PlainLabel(self.tr("No shift this week."))
        self.empty.setObjectName("schedulesEmpty")
        actions = self._make_actions()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.empty)
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        column.addWidget(self.status)
        column.addWidget(self.report)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._show_week_label()
        self._update_buttons()

    def _make_bar(self) -> QHBoxLayout:
        """Agent, week and the planner's buttons."""
        self.agent_box = QComboBox()
        self.agent_box.setObjectName("schedulesAgent")
        self.agent_box.setAccessibleName(self.tr("Agent"))
        self.agent_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.agent_box.currentIndexChanged.connect(self.refresh)
        agent_label = PlainLabel(self.tr("Agent:"))
        agent_label.setBuddy(self.agent_box)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.previous_button.setToolTip(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.week - timedelta(7)))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.next_button.setToolTip(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.show_week(self.week + timedelta(7)))
        self.week_label = PlainLabel()
        self.week_label.setObjectName("schedulesWeek")
        self.publish_button = QPushButton(self.tr("Publish week"))
        self.publish_button.setObjectName("schedulesPublish")
        self.publish_button.clicked.connect(self.publish)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("schedulesImport")
        self.import_button.clicked.connect(self.import_file)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (agent_label, self.agent_box, self.previous_button):
            bar.addWidget(widget)
        bar.addWidget(self.week_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.publish_button)
        bar.addWidget(self.import_button)
        return bar

    def _make_actions(self) -> QHBoxLayout:
        """Edit and Remove for the selected shift, the week's paid total, the status
        line and the import report."""
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("schedulesEdit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("schedulesRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.total = PlainLabel()
        self.total.setObjectName("schedulesTotal")
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.total)
        self.status = PlainLabel()
        self.status.setObjectName("schedulesStatus")
        self.status.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setObjectName("schedulesReport")
        self.report.setAccessibleName(self.tr("Import report"))
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(self.fontMetrics().height() * 7)
        self.report.hide()
        return actions

    @staticmethod
    def _now() -> float:
        import time

        return time.time()

    def _make_table(self) -> QTableWidget:
        labels = [
            self.tr("Day"),
            self.tr("Hours"),
            self.tr("Paid"),
            self.tr("Activities"),
            self.tr("Status"),
        ]
        table = list_table(labels, "schedulesTable", self.tr("Shifts of the week"), wrap=True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(ACTIVITIES, QHeaderView.ResizeMode.Stretch)
        char = table.fontMetrics().averageCharWidth()
        for section, chars in ((DAY, 19), (HOURS, 16), (PAID, 8), (STATUS, 12)):
            table.setColumnWidth(section, chars * char)
        return table

    # ------------------------------------------------------------------ reading

    def fill_agents(self) -> None:
        """The agents to choose from (by name); the chosen one stays chosen."""
        chosen = self.agent_box.currentData()
        members = [m for m in self.reader.team() if m.role == "agent"]
        members.sort(key=lambda m: (m.name.casefold(), m.agent_id))
        self.agent_box.blockSignals(True)
        try:
            self.agent_box.clear()
            for member in members:
                self.agent_box.addItem(display_text(member.name), member.agent_id)
            found = self.agent_box.findData(chosen) if chosen is not None else -1
            self.agent_box.setCurrentIndex(max(found, 0) if members else -1)
        finally:
            self.agent_box.blockSignals(False)

    def agent(self) -> int | None:
        data = self.agent_box.currentData()
        return data if isinstance(data, int) else None

    def choose_agent(self, agent_id: int) -> bool:
        index = self.agent_box.findData(agent_id)
        if index >= 0:
            self.agent_box.setCurrentIndex(index)
        return index >= 0

    def show_week(self, monday: date) -> None:
        self.week = monday_of(monday)
        self._show_week_label()
        self.refresh()

    def _show_week_label(self) -> None:
        sunday = self.week + timedelta(days=6)
        self.week_label.setText(
            self.tr("Week of {0} to {1}").format(day_text(self.week), day_text(sunday))
        )

    def refresh(self) -> None:
        """Read the chosen agent's shifts of the shown week from the cache."""
        self.stale = False
        agent = self.agent()
        chosen = self.selected()
        start = day_start(self.week, self.zone)
        end = day_start(self.week + timedelta(days=7), self.zone)
        shifts = self.reader.shifts(agent, start, end) if agent is not None else []
        self.shifts = [s for s in shifts if start <= s.start < end]
        table = self.table
        table.setRowCount(len(self.shifts))
        paid = 0.0
        for row, shift in enumerate(self.shifts):
            paid += shift.paid_seconds
            first = local(shift.start, self.zone)
            texts = (
                day_text(first.date()),
                f"{time_text(shift.start, self.zone)}–{time_text(shift.end, self.zone)}",
                hours_text(shift.paid_seconds),
                activities_text(list(shift.activities), self.zone),
                self.tr("Published") if shift.published else self.tr("Draft"),
            )
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setData(Qt.ItemDataRole.UserRole, shift.id)
                table.setItem(row, column, cell)
        table.resizeRowsToContents()
        self.empty.setVisible(not self.shifts)
        self.total.setText(self.tr("Paid this week: {0}").format(hours_text(paid)))
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()

    def selected(self) -> ShiftData | None:
        return selected_item(self.table, self.shifts)

    def select(self, shift_id: int) -> bool:
        return select_item(self.table, self.shifts, lambda shift: shift.id == shift_id)

    # ------------------------------------------------------------------ state

    def set_workforce(self, service: WorkforceService | None) -> None:
        self.service = service
        self._update_buttons()

    def _update_buttons(self) -> None:
        can_send = self.online and self.actions_ is not None and not self.busy
        chosen = self.selected() is not None
        offline = (
            "" if self.online else self.tr("Changing schedules needs the server: you are offline")
        )
        for button, ready in (
            (self.edit_button, chosen),
            (self.remove_button, chosen),
            (self.publish_button, True),
        ):
            button.setEnabled(can_send and ready)
            button.setToolTip(offline)
        self.import_button.setEnabled(self.online and self.service is not None and not self.busy)
        self.import_button.setToolTip(offline)

    def _say(self, text: str, failed: bool = False) -> None:
        from desktop.ui.shell import style

        self.status.setText(text)
        self.status.setStyleSheet(f"color: {style.FAILED.name()}" if failed else "")

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self._say(failure_text(error), failed=True)
        self._update_buttons()

    # ------------------------------------------------------------------ edits

    def edit_selected(self) -> None:
        """Open the edit dialog for the selected shift; it is sent when accepted."""
        shift = self.selected()
        if shift is None or self.busy:
            return
        dialog = ShiftEditDialog(shift, self.agent_box.currentText(), self.zone, self)
        dialog.accepted.connect(lambda: self._send_edit(shift, dialog.activities()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _send_edit(self, shift: ShiftData, activities: list[dict[str, object]]) -> None:
        from protocol.workforce import SHIFT_EDIT, ShiftAnswer

        self.dialog = None
        self._start(self.tr("Saving the shift…"))
        run_command(
            self.ops,
            self.actions_,
            SHIFT_EDIT,
            {"shift_id": shift.id, "activities": activities},
            ShiftAnswer,
            what=self.tr("edit a shift"),
            on_done=self._edited,
            on_error=self._failed,
        )

    def _edited(self, answer: ShiftAnswer) -> None:
        self.busy = False
        if answer.shift is None:
            self._say(self.tr("Shift removed."))
        else:
            self._say(
                self.tr("Shift saved: {0}–{1}.").format(
                    time_text(answer.shift.start, self.zone), time_text(answer.shift.end, self.zone)
                )
            )
        self.refresh()

    def confirm(self, text: str) -> bool:
        """Ask before a change that cannot be undone here."""
        answer = QMessageBox.question(
            self,
            self.tr("Remove shift"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> None:
        from protocol.workforce import SHIFT_EDIT, ShiftAnswer

        shift = self.selected()
        if shift is None or self.busy:
            return
        what = f"{day_text(local(shift.start, self.zone).date())} " + (
            f"{time_text(shift.start, self.zone)}–{time_text(shift.end, self.zone)}"
        )
        if not self.confirm(
            self.tr("Remove the shift of {0} on {1}? The agent is told.").format(
                self.agent_box.currentText(), what
            )
        ):
            return
        self._start(self.tr("Removing the shift…"))
        run_command(
            self.ops,
            self.actions_,
            SHIFT_EDIT,
            {"shift_id": shift.id, "remove": True},
            ShiftAnswer,
            what=self.tr("remove a shift"),
            on_done=self._edited,
            on_error=self._failed,
        )

    def publish(self) -> None:
        from protocol.workforce import SCHEDULE_PUBLISH, PublishAnswer

        if self.busy:
            return
        self._start(self.tr("Publishing the week…"))
        run_command(
            self.ops,
            self.actions_,
            SCHEDULE_PUBLISH,
            {"week": self.week.isoformat()},
            PublishAnswer,
            what=self.tr("publish a week"),
            on_done=self._published,
            on_error=self._failed,
        )

    def _published(self, answer: PublishAnswer) -> None:
        self.busy = False
        self._say(self.tr("Published %n shift(s) of the week.", "", answer.published))
        self.refresh()

    def _start(self, text: str) -> None:
        self.busy = True
        self._say(text)
        self._update_buttons()

    # ------------------------------------------------------------------ import

    def choose_file(self) -> str:
        """The file to import ("" when the planner cancels)."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import schedules"),
            "",
            self.tr("Schedules (*.csv *.json);;All files (*)"),
        )
        return path

    def import_file(self, path: str | None = None) -> None:
        """Send a CSV or JSON schedule file and show the server's report."""
        service = self.service
        if service is None or self.busy:
            return
        chosen = path if path else self.choose_file()
        if not chosen:
            return
        file = Path(chosen)
        try:
            size = file.stat().st_size
            if size > MAX_IMPORT_BYTES:
                self._say(
                    self.tr("{0} is too big to import (at most 16 MB): split it by week.").format(
                        display_text(file.name)
                    ),
                    failed=True,
                )
                return
            data = file.read_bytes()
        except OSError as exc:
            self._say(
                self.tr("{0} could not be read: {1}").format(
                    display_text(file.name), display_text(exc.strerror or str(exc))
                ),
                failed=True,
            )
            return
        kind = "application/json" if file.suffix.lower() == ".json" else "text/csv"
        self.import_kind = kind
        self._start(self.tr("Importing {0}…").format(display_text(file.name)))
        self.ops.run(
            service.import_schedule(data, kind),
            what=self.tr("import schedules"),
            on_done=self._imported,
            on_error=self._failed,
        )

    def report_text(self, report: ImportReport) -> str:
        """An import's outcome for the planner: what it did, or every row that stopped it."""
        if report.problems:
            lines = [self.tr("Nothing was imported: fix these rows and import the file again.")]
            for problem in report.problems[:MAX_PROBLEMS_SHOWN]:
                # CSV problems name the file's line; JSON's the shift's 0-based index.
                message = display_text(problem.message)
                lines.append(
                    self.tr("Shift {0}: {1}").format(problem.row + 1, message)
                    if self.import_kind == "application/json"
                    else self.tr("Row {0}: {1}").format(problem.row, message)
                )
            hidden = len(report.problems) - MAX_PROBLEMS_SHOWN
            if hidden > 0:
                lines.append(self.tr("…and %n more problem(s).", "", hidden))
            return "\n".join(lines)
        text = self.tr("Imported: {0} created, {1} replaced, {2} published.").format(
            report.created, report.replaced, report.published
        )
        if report.weeks:
            text += "\n" + self.tr("Weeks: {0}").format(
                ", ".join(display_text(w) for w in report.weeks)
            )
        return text

    def _imported(self, report: ImportReport) -> None:
        self.busy = False
        self._say(
            self.tr("The import was refused.") if report.problems else self.tr("Import done."),
            failed=bool(report.problems),
        )
        self.report.setPlainText(self.report_text(report))
        self.report.show()
        self._update_buttons()

    # ------------------------------------------------------------------ changes

    def on_changes(self, changes: Changes) -> None:
        if not (changes.reset or any(getattr(changes, t) for t in TOPICS)):
            return
        if not self.isVisible():
            self.stale = True
            return
        if changes.reset or changes.agents:
            self.fill_agents()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if self.stale:
            self.fill_agents()
            self.refresh()
