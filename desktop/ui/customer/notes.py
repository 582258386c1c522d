"""Notes about the customer (not one conversation) and the promises made to them.

Notes list with author and time, newest first; one written on this desk says "Sending…"
until the server has it (the outbox sends it, offline too). Promises are the customer's
open follow-up tasks and scheduled callbacks by due time; an overdue one stands out in
the theme's warning colour (``customerPromise[overdue="true"]`` in desk.qss).
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.store.readers.customers import CustomerNote
from desktop.ui.customer.merge import Promise
from desktop.widgets.plain import PlainLabel, display_text, safe_tooltip

NOTE_MAX_CHARS = 5_000


def _when(at: float) -> str:
    return QLocale().toString(
        QDateTime.fromMSecsSinceEpoch(int(at * 1000)), QLocale.FormatType.ShortFormat
    )


class NotesPanel(QWidget):
    """The customer's notes and the box to add one.

    Signals:
        addRequested(str): the agent asked to add this note (already stripped, not empty).
    """

    addRequested = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerNotesPanel")
        self.list = QListWidget()
        self.list.setObjectName("customerNotes")
        self.list.setAccessibleName(self.tr("Notes about the customer"))
        self.list.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("customerNoteEdit")
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setPlaceholderText(
            self.tr("A note about this customer, for every colleague (not the customer)")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setObjectName("primary")
        self.add_button.setEnabled(False)
        self.error = PlainLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.empty = PlainLabel(
            self.tr("No notes about this customer yet. Colleagues see what you write here.")
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self.editor.textChanged.connect(self._edited)
        self.add_button.clicked.connect(self._add)

    def show_notes(self, notes: Sequence[CustomerNote]) -> None:
        self.list.clear()
        for note in notes:
            author = " ".join(display_text(note.author_name).split()) or self.tr("Someone")
            head = self.tr("{0}, {1}").format(author, _when(note.created_at))
            if note.pending:
                head = self.tr("{0} — Sending…").format(head)
            item = QListWidgetItem(f"{head}\n{display_text(note.body)}")
            item.setToolTip(safe_tooltip(note.body))
            self.list.addItem(item)
        self.empty.setVisible(not notes)
        self.list.setVisible(bool(notes))  # not an empty box above the editor

    def set_enabled_for(self, customer_known: bool) -> None:
        self.editor.setEnabled(customer_known)
        self._edited()

    def clear_editor(self) -> None:
        self.editor.clear()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _edited(self) -> None:
        text = self.editor.toPlainText().strip()
        too_long = len(text) > NOTE_MAX_CHARS
        self.add_button.setEnabled(self.editor.isEnabled() and bool(text) and not too_long)
        self.show_error(
            self.tr("A note has at most {0} characters.").format(NOTE_MAX_CHARS) if too_long else ""
        )

    def _add(self) -> None:
        text = self.editor.toPlainText().strip()
        if text and len(text) <= NOTE_MAX_CHARS:
            self.addRequested.emit(text)


class PromisesPanel(QScrollArea):
    """Open follow-up tasks and scheduled callbacks, soonest first; overdue in warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPromises")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("customerPromisesBody")
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(12, 10, 12, 10)
        self.column.setSpacing(6)
        self.column.addStretch(1)
        self.setWidget(body)
        self.labels: list[QLabel] = []

    def show_promises(self, promises: Sequence[Promise], now: float | None = None) -> None:
        now = time.time() if now is None else now
        for label in self.labels:
            self.column.removeWidget(label)
            label.deleteLater()
        self.labels = []
        if not promises:
            self._add(self.tr("Nothing promised to this customer is open."), overdue=False)
            return
        for promise in promises:
            what = (
                self.tr("Follow-up: {0}") if promise.kind == "task" else self.tr("Callback: {0}")
            ).format(" ".join(display_text(promise.title).split()) or self.tr("(no note)"))
            when = _when(promise.due_at)
            overdue = promise.due_at < now
            text = (
                self.tr("Overdue since {0} — {1}") if overdue else self.tr("Due {0} — {1}")
            ).format(when, what)
            self._add(text, overdue=overdue)

    def _add(self, text: str, *, overdue: bool) -> None:
        label = PlainLabel(text)
        label.setObjectName("customerPromise")
        label.setProperty("overdue", overdue)
        label.setWordWrap(True)
        self.column.insertWidget(self.column.count() - 1, label)
        self.labels.append(label)
