"""Callbacks of the open conversation, in the context column: the scheduled ones (with
Cancel) and "Schedule callback…", which asks when (local time), a note and whether to
offer it to this agent first, then sends ``callback.schedule``."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.models.changes import Changes
from desktop.models.rows import ConversationRow
from desktop.store.reader import CacheReader
from desktop.ui.calls.commands import CommandRunner
from desktop.ui.calls.dialogs import CallbackDialog
from desktop.ui.conversation.current import CurrentConversation
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.plain import PlainLabel, display_text

WAITING = ("scheduled", "routing")


def when_text(at: float) -> str:
    """A due time for people: the local date and time, short."""
    then = QDateTime.fromMSecsSinceEpoch(int(at * 1000))
    return QLocale().toString(then, QLocale.FormatType.ShortFormat)


class CallbackSection(QFrame):
    """The open conversation's callbacks and the action to schedule one.

    Signals: none (toasts go through the runner's ``toastRequested``).
    """

    def __init__(
        self,
        reader: CacheReader,
        runner: CommandRunner,
        current: CurrentConversation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbacks")
        self.reader = reader
        self.runner = runner
        self.current = current
        self.dialog: CallbackDialog | None = None
        self.title = PlainLabel(self.tr("Callbacks"))
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.schedule = QPushButton(self.tr("Schedule callback…"))
        self.schedule.setObjectName("scheduleCallback")
        self.schedule.setToolTip(self.tr("Promise the customer a call back at a time"))
        self.empty = PlainLabel(self.tr("None scheduled"))
        self.empty.setObjectName("muted")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        self.row_widgets: list[QWidget] = []
        self.cancel_buttons: dict[int, QPushButton] = {}
        self._cancellable: set[int] = set()
        # The button under the list, at the right (as Insert under the suggestions): beside
        # the title it made the context column wider than it is at 150 % text.
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.schedule)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows)
        layout.addLayout(foot)
        self.schedule.clicked.connect(self.open_schedule)
        current.switched.connect(lambda _row: self.refresh())
        runner.pendingChanged.connect(lambda _pending: self._enable())
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if changes.reset or changes.callbacks:
            self.refresh()

    def refresh(self) -> None:
        for widget in self.row_widgets:
            self.rows.removeWidget(widget)
            widget.deleteLater()
        self.row_widgets.clear()
        self.cancel_buttons.clear()
        self._cancellable.clear()
        row = self.current.row
        callbacks = self.reader.callbacks_of(row.id) if row is not None else []
        waiting = [c for c in callbacks if c.state in WAITING]
        for callback in waiting:
            line = QWidget()
            box = QHBoxLayout(line)
            box.setContentsMargins(0, 0, 0, 0)
            text = when_text(callback.due_at)
            if callback.prefer_agent and callback.agent_id == self.runner.agent_id:
                text = self.tr("{0} · offered to you first").format(text)
            if callback.state == "routing":
                text = self.tr("{0} · calling now").format(text)
            label = ElidedLabel(text)
            label.setObjectName("fact")
            if callback.note:
                label.setToolTip(display_text(callback.note))
            box.addWidget(label, 1)
            cancel = QPushButton(self.tr("Cancel"))
            cancel.setObjectName("cancelCallback")
            if callback.state == "scheduled":  # one being called now cannot be taken back
                self._cancellable.add(callback.id)
            cancel.clicked.connect(lambda _checked=False, i=callback.id: self.cancel(i))
            box.addWidget(cancel)
            self.cancel_buttons[callback.id] = cancel
            self.rows.addWidget(line)
            self.row_widgets.append(line)
        self.empty.setVisible(not waiting)
        self.setEnabled(row is not None)
        self._enable()

    def open_schedule(self) -> None:
        row = self.current.row
        if row is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = CallbackDialog(row.customer_name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.scheduled.connect(
            lambda due, note, prefer: self.send_schedule(row, due, note, prefer)
        )
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def send_schedule(self, row: ConversationRow, due: float, note: str, prefer: bool) -> bool:
        return self.runner.send(
            "callback.schedule",
            {"conversation_id": row.id, "due_at": due, "note": note, "prefer_me": prefer},
            failed=self.tr("The callback was not scheduled"),
            on_done=lambda _answer: self.runner.toastRequested.emit(
                self.tr("Callback scheduled for {0}").format(when_text(due)), "info"
            ),
        )

    def cancel(self, callback_id: int) -> bool:
        return self.runner.send(
            "callback.cancel",
            {"callback_id": callback_id},
            failed=self.tr("The callback was not cancelled"),
        )

    def _forget(self, dialog: CallbackDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _enable(self) -> None:
        idle = not self.runner.pending
        self.schedule.setEnabled(idle and self.current.row is not None)
        for callback_id, button in self.cancel_buttons.items():
            button.setEnabled(idle and callback_id in self._cancellable)
