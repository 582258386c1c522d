"""The customer page's Complaints tab: the customer's complaints and, for the selected
one, its details, its follow-up tasks and the actions its state allows.

The page (``desktop/ui/customer/page.py``) builds one :class:`ComplaintsTab`, tells it
which customer is shown (:meth:`show_customer`), passes every applied batch on
(:meth:`on_changes`) and the sync engine once signed in (:meth:`set_actions`); the tab
reads the cache itself, so the page knows nothing about complaints. Only the moves
``COMPLAINT_MOVES`` allows are enabled; everything goes through the outbox (pending work
says "Sending…") and a refusal, the cache's or the server's, is shown under the buttons.
Descriptions, reasons and titles are untrusted text: plain labels only.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.store.readers.complaints import Complaint, FollowupTask
from desktop.ui.customer import complaint_actions
from desktop.ui.customer.complaint_labels import (
    MOVE_TARGETS,
    category_label,
    escalation_label,
    legal,
    move_label,
    severity_label,
    state_label,
)
from desktop.ui.customer.timeline import when_short
from desktop.ui.labels import clock_time, relative_time
from desktop.ui.shell.pages import PageContext
from desktop.widgets.plain import PlainLabel, display_text, safe_tooltip

_ROLE_ID = Qt.ItemDataRole.UserRole
_OPEN_STATES = frozenset({"new", "investigating", "awaiting_customer"})


class ComplaintsTab(QWidget):
    """The complaints of the customer on the page.

    Signals:
        refused(str): an op was refused (by the cache at once or later by the server);
            the text is also shown under the buttons.
    """

    refused = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsTab")
        self._context = context
        self._actions: object | None = None
        self._customer_id: int | None = None
        self.now: Callable[[], float] = time.time  # injectable clock (tests)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        layout.addWidget(splitter)
        self.list = QListWidget(splitter)
        self.list.setObjectName("complaintList")
        self.list.setAccessibleName(self.tr("Complaints"))
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.empty = PlainLabel(
            self.tr(
                "No complaints from this customer. To record one, open their conversation "
                "and use Complaint… in its header."
            ),
            self,
        )
        self.empty.setObjectName("complaintEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        details = QWidget(splitter)
        self._build_details(details)
        # Narrow enough that this tab never squeezes the page's find column at 1024 px;
        # rows elide instead of scrolling sideways (the tooltip has the description).
        self.list.setMinimumWidth(180)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(self.empty)
        self._show_selected()

    # ------------------------------------------------------------------ building

    def _build_details(self, box: QWidget) -> None:
        outer = QVBoxLayout(box)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        form = QFormLayout(inner)
        self.fields: dict[str, PlainLabel] = {}
        for key, title in (
            ("summary", self.tr("Complaint")),
            ("state", self.tr("State")),
            ("escalation", self.tr("Escalation")),
            ("description", self.tr("Description")),
            ("wanted", self.tr("Customer wants")),
            ("contact", self.tr("Contact")),
            ("resolution", self.tr("Resolution")),
            ("satisfaction", self.tr("Satisfaction")),
        ):
            label = PlainLabel("", inner)
            label.setObjectName("complaintField")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(PlainLabel(title, inner), label)
            self.fields[key] = label
        self.escalation_badge = self.fields["escalation"]
        self.escalation_badge.setObjectName("complaintEscalation")
        self.tasks_box = QVBoxLayout()
        form.addRow(PlainLabel(self.tr("Tasks"), inner), self.tasks_box)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.move_buttons: dict[str, QPushButton] = {}
        for to in MOVE_TARGETS:
            button = QPushButton(self)
            button.setObjectName(f"complaintMove_{to}")
            button.clicked.connect(lambda _=False, target=to: self._move(target))
            buttons.addWidget(button)
            self.move_buttons[to] = button
        self.escalate_button = QPushButton(self.tr("Escalate…"), self)
        self.escalate_button.clicked.connect(self._escalate)
        self.task_button = QPushButton(self.tr("Add task…"), self)
        self.task_button.clicked.connect(self._add_task)
        buttons.addWidget(self.escalate_button)
        buttons.addWidget(self.task_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.problem = PlainLabel("", self)
        self.problem.setObjectName("complaintProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        outer.addWidget(self.problem)

    # ------------------------------------------------------------------ the page's calls

    def set_actions(self, actions: object | None) -> None:
        """The sync engine once signed in (``queue_change``), None when signed out."""
        self._actions = actions

    def show_customer(self, customer_id: int | None) -> None:
        """Show the complaints of ``customer_id`` (None: nobody)."""
        self._customer_id = customer_id
        self.problem.hide()
        self._reload(keep=None)

    def on_changes(self, changes: Changes) -> None:
        """The cache changed: refresh when complaints or tasks did; show a refusal."""
        for notice in changes.notices:
            if notice.kind == "complaint_rejected":
                self._refused(self.tr("The server refused: {0}").format(notice.reason))
        if changes.reset or changes.complaints or changes.tasks or changes.customers:
            self._reload(keep=self.selected_id())

    # ------------------------------------------------------------------ reading

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(_ROLE_ID)) if item is not None else None

    def selected(self) -> Complaint | None:
        cid = self.selected_id()
        return self._context.reader.complaint(cid) if cid is not None else None

    def select(self, complaint_id: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_ROLE_ID) == complaint_id:
                self.list.setCurrentRow(row)
                return

    def _reload(self, keep: int | None) -> None:
        reader = self._context.reader
        items = (
            reader.customer_complaints(self._customer_id) if self._customer_id is not None else []
        )
        self.list.blockSignals(True)
        self.list.clear()
        now = self.now()
        for c in items:
            parts = [
                category_label(c.category),
                severity_label(c.severity),
                state_label(c.state),
                relative_time(c.created_at, now),
            ]
            if c.pending:
                parts.append(self.tr("Sending…"))
            text = " · ".join(parts)
            if c.escalation != "none":  # first, so a narrow list still shows it
                text = "⚑ " + text
            item = QListWidgetItem(text)
            item.setData(_ROLE_ID, c.id)
            item.setToolTip(safe_tooltip(c.description[:300]))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not items)
        self.splitter.setVisible(bool(items))  # no empty list beside empty details
        if items:
            self.select(keep if keep is not None else items[0].id)
            if self.list.currentItem() is None:
                self.list.setCurrentRow(0)
        self._show_selected()

    def _show_selected(self) -> None:
        complaint = self.selected()
        for label in self.fields.values():
            label.setText("")
        self._clear_tasks()
        for button in (*self.move_buttons.values(), self.escalate_button, self.task_button):
            button.setEnabled(False)
        for to, button in self.move_buttons.items():
            button.setText(move_label(complaint.state if complaint else "new", to))
            button.setVisible(complaint is not None and legal(complaint.state, to))
        if complaint is None:
            return
        self._fill(complaint)
        confirmed = complaint.id > 0
        for to, button in self.move_buttons.items():
            button.setEnabled(confirmed and legal(complaint.state, to))
        # The server escalates open complaints only (a resolved one is reopened first).
        self.escalate_button.setEnabled(confirmed and complaint.state in _OPEN_STATES)
        self.task_button.setEnabled(confirmed and complaint.state != "closed")
        if confirmed:
            for task in self._context.reader.complaint_tasks(complaint.id):
                self._add_task_row(task)

    def _fill(self, c: Complaint) -> None:
        f = self.fields
        f["summary"].setText(f"{category_label(c.category)} · {severity_label(c.severity)}")
        # A moment, not an age: "since 5 min" reads wrong in every language.
        state = self.tr("{0}, since {1}").format(
            state_label(c.state), when_short(c.state_since, self.now())
        )
        f["state"].setText(state + (" · " + self.tr("Sending…") if c.pending else ""))
        escalation = escalation_label(c.escalation)
        if escalation and c.escalation_reason:
            escalation += ": " + c.escalation_reason
        f["escalation"].setText(escalation or self.tr("Not escalated"))
        f["escalation"].setProperty("escalated", c.escalation != "none")
        f["escalation"].style().polish(f["escalation"])
        f["description"].setText(c.description)
        f["wanted"].setText(c.wanted)
        contact = c.contact_value or self.tr("none")
        if c.contact_value:
            contact += " · " + (
                self.tr("confirmed with the customer")
                if c.contact_confirmed
                else self.tr("not confirmed")
            )
        f["contact"].setText(contact)
        f["resolution"].setText(c.resolution)
        f["satisfaction"].setText(f"{c.satisfaction}/5" if c.satisfaction else "")

    def _clear_tasks(self) -> None:
        while self.tasks_box.count():
            item = self.tasks_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now, not when the event loop gets to deleting it
                widget.deleteLater()

    def _add_task_row(self, task: FollowupTask) -> None:
        row = QWidget(self)
        row.setObjectName("complaintTaskRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        overdue = task.done_at is None and task.due_at <= self.now()
        text = f"{task.title} · {task.assignee_name} · {clock_time(task.due_at)}"
        if task.done_at is not None:
            text += " · " + self.tr("done")
        elif overdue:
            text += " · " + self.tr("overdue")
        if task.pending:
            text += " · " + self.tr("Sending…")
        label = PlainLabel(text, row)
        label.setObjectName("complaintTask")
        label.setProperty("overdue", overdue)
        label.setWordWrap(True)
        line.addWidget(label, 1)
        done = QPushButton(self.tr("Not done") if task.done_at else self.tr("Done"), row)
        done.setObjectName("complaintTaskDone")
        done.setAccessibleName(self.tr("Mark task done: {0}").format(display_text(task.title)))
        done.setEnabled(task.id > 0)
        done.clicked.connect(
            lambda _=False, t=task.id, d=task.done_at is None: self._task_done(t, d)
        )
        line.addWidget(done)
        self.tasks_box.addWidget(row)

    # ------------------------------------------------------------------ acting

    def engine(self) -> object | None:
        """The engine: given by :meth:`set_actions`, else the hosting page's
        (``window_actions``, as the customer page keeps it)."""
        if self._actions is not None:
            return self._actions
        parent = self.parentWidget()
        while parent is not None:
            found: object | None = getattr(parent, "window_actions", None)
            if found is not None:
                return found
            parent = parent.parentWidget()
        return None

    def _send(self, change: object) -> None:
        self.problem.hide()
        complaint_actions.send(
            self.engine(),
            self._context.ops,
            change,  # type: ignore[arg-type]
            on_error=self._refused,
        )

    def _refused(self, reason: str) -> None:
        self.problem.setText(reason)
        self.problem.show()
        self.refused.emit(reason)

    def _move(self, to: str) -> None:
        complaint = self.selected()
        if complaint is None:
            return
        if to == "resolved":
            from desktop.ui.customer.complaint_dialogs import ResolveDialog

            dialog = ResolveDialog(complaint.id, self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._send(dialog.op())
            return
        from protocol.kinds.complaints import ComplaintMoveOp

        self._send(ComplaintMoveOp.model_validate({"complaint_id": complaint.id, "to": to}))

    def _escalate(self) -> None:
        complaint = self.selected()
        if complaint is None:
            return
        from desktop.ui.customer.complaint_dialogs import EscalateDialog

        dialog = EscalateDialog(complaint.id, self._context.reader.complaint_agents(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._send(dialog.op())

    def _add_task(self) -> None:
        complaint = self.selected()
        if complaint is None:
            return
        from desktop.ui.customer.complaint_dialogs import TaskDialog

        me = complaint_actions.agent_id(self.engine())
        dialog = TaskDialog(complaint.id, self._context.reader.complaint_agents(), me, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._send(dialog.op())

    def _task_done(self, task_id: int, done: bool) -> None:
        from protocol.kinds.complaints import TaskDoneOp

        self._send(TaskDoneOp(task_id=task_id, done=done))
