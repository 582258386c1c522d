"""The Privacy tab's duplicate merge: choose the duplicate and the customer to keep,
"Merge <A> into <B>" after a confirmation naming both, and the recent merges with an
Undo for each one that can still be undone (``GET /api/customers/merges``).

A merge moves everything of the duplicate (conversations, handles, notes, orders,
complaints, surveys) to the kept customer on the server, and the events reach every
desk; the undo moves exactly those rows back. Both are audited by the server. The list
says why a merge cannot be undone any more (undone already, or a customer was erased or
merged again since), rather than offering a button the server would refuse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.ops import Ops
from desktop.ui.team.privacy_common import (
    PrivacyService,
    failure_sentence,
    read_only_table,
    when_text,
    when_width,
)
from desktop.ui.team.privacy_picker import CustomerPicker
from desktop.widgets.plain import PlainLabel, display_text, safe_tooltip

if TYPE_CHECKING:
    from protocol.customer360 import MergeList, MergeResult, MergeRow

NAME_CHARS = 32
"""A name in the merge button is cut to this many characters (the full one is in the
confirmation)."""
RECENT = 50
WHEN, SOURCE, TARGET, BY, STATE = range(5)
WIDTHS = {SOURCE: 22, TARGET: 22, BY: 14}
FIT_CHARS = 40


def short(name: str) -> str:
    """A name for a button: plain, at most :data:`NAME_CHARS`, "&" not a mnemonic."""
    text = display_text(name).replace("\n", " ")
    if len(text) > NAME_CHARS:
        text = text[: NAME_CHARS - 1] + "…"
    return text.replace("&", "&&")


class MergeView(QWidget):
    """Two pickers, the merge button, its result, and the recent merges.

    Signals:
        merged(): a merge was answered (done or refused).
        undone(): an undo was answered.
        mergesLoaded(): the recent merges (or why not) are on screen.
    """

    merged = Signal()
    undone = Signal()
    mergesLoaded = Signal()  # noqa: N815 - Qt naming

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyMerge")
        self.ops = ops
        self._service: PrivacyService | None = None
        self.rows: list[MergeRow] = []
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QAbstractButton | None = None
        self.undo_buttons: dict[int, QPushButton] = {}

        self.source = CustomerPicker(
            ops, self.tr("Duplicate (merged away)"), self.tr("Find the duplicate customer")
        )
        self.target = CustomerPicker(
            ops, self.tr("Customer to keep"), self.tr("Find the customer to keep")
        )
        for picker in (self.source, self.target):
            picker.chosenChanged.connect(self._update_button)
        pickers = QHBoxLayout()
        pickers.setContentsMargins(0, 0, 0, 0)
        pickers.setSpacing(16)
        pickers.addWidget(self.source, 1)
        pickers.addWidget(self.target, 1)

        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("privacyMergeButton")
        self.merge_button.clicked.connect(self.confirm_merge)
        self.status = PlainLabel("")
        self.status.setObjectName("privacyStatus")
        self.status.setWordWrap(True)
        action = QHBoxLayout()
        action.setContentsMargins(0, 0, 0, 0)
        action.addWidget(self.merge_button)
        action.addWidget(self.status, 1)

        recent_title = PlainLabel(self.tr("Recent merges"))
        recent_title.setObjectName("sectionTitle")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("privacyMergesRefresh")
        self.refresh_button.clicked.connect(self.load_merges)
        recent_bar = QHBoxLayout()
        recent_bar.setContentsMargins(0, 0, 0, 0)
        recent_bar.addWidget(recent_title, 1)
        recent_bar.addWidget(self.refresh_button)
        self.table = self._make_table()
        self.recent_note = PlainLabel("")
        self.recent_note.setObjectName("privacyPickerNote")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(pickers, 1)
        layout.addLayout(action)
        layout.addLayout(recent_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.recent_note)
        self._update_button()

    def _make_table(self) -> QTableWidget:
        table = read_only_table(
            self,
            "privacyMergesTable",
            self.tr("Recent merges"),
            [
                self.tr("When"),
                self.tr("Duplicate"),
                self.tr("Kept"),
                self.tr("By"),
                self.tr("State"),
            ],
            WIDTHS,
        )
        table.setColumnWidth(WHEN, when_width(table))
        # Rows tall enough for the Undo buttons the state column holds.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 16)
        return table

    @property
    def service(self) -> PrivacyService | None:
        return self._service

    @service.setter
    def service(self, service: PrivacyService | None) -> None:
        self._service = service
        self.source.service = service
        self.target.service = service

    # ------------------------------------------------------------------ merge

    def _update_button(self) -> None:
        a, b = self.source.chosen, self.target.chosen
        if a is None or b is None:
            self.merge_button.setText(self.tr("Merge"))
            self.merge_button.setEnabled(False)
            return
        self.merge_button.setText(self.tr("Merge {0} into {1}").format(short(a[1]), short(b[1])))
        same = a[0] == b[0]
        self.merge_button.setEnabled(not same)
        if same:
            self._say(self.tr("Choose two different customers."), problem=True)
        else:
            self._say("")

    def confirm_merge(self) -> None:
        """Ask, naming both customers, before merging."""
        a, b = self.source.chosen, self.target.chosen
        if a is None or b is None or a[0] == b[0]:
            return
        text = self.tr(
            "Merge “{0}” (customer {1}) into “{2}” (customer {3})?\n\n"
            "Every conversation, handle, note, order, complaint and survey of “{0}” moves "
            "to “{2}”, on the server and on every desk. You can undo it under Recent merges."
        ).format(display_text(a[1]), a[0], display_text(b[1]), b[0])
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge customers"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("privacyMergeConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_button = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.buttonClicked.connect(self._confirmed)
        self.confirm_box = box
        box.open()

    def _confirmed(self, button: QAbstractButton) -> None:
        box, self.confirm_box = self.confirm_box, None
        if box is not None:
            box.deleteLater()
        if button is self.confirm_button:
            self.merge()
        self.confirm_button = None

    def merge(self) -> None:
        """Merge the chosen duplicate into the chosen survivor (already confirmed)."""
        a, b, service = self.source.chosen, self.target.chosen, self.service
        if a is None or b is None:
            return
        if service is None:
            self._say(self.tr("Not connected to the server yet."), problem=True)
            self.merged.emit()
            return
        self.merge_button.setEnabled(False)
        self._say(self.tr("Merging…"))

        def done(result: MergeResult) -> None:
            moved = sum(result.moved.values())
            said = self.tr("Merged {0} into {1}.").format(display_text(a[1]), display_text(b[1]))
            counted = self.tr("%n record(s) moved.", "", moved)
            self._say(f"{said} {counted}")
            self.source.clear_choice()
            self.merged.emit()
            self.load_merges()

        def failed(error: BaseException) -> None:
            self._update_button()
            self._say(failure_sentence(error), problem=True)
            self.merged.emit()

        self.ops.run(
            service.merge(a[0], b[0]),
            what=self.tr("merge customers"),
            on_done=done,
            on_error=failed,
        )

    # ------------------------------------------------------------------ recent merges

    def load_merges(self) -> None:
        """Read the recent merges from the server."""
        service = self.service
        if service is None:
            self.recent_note.setText(self.tr("Not connected to the server yet."))
            self.mergesLoaded.emit()
            return

        def done(answer: MergeList) -> None:
            self._show_merges(answer.items)
            self.mergesLoaded.emit()

        def failed(error: BaseException) -> None:
            self.recent_note.setText(failure_sentence(error))
            self.mergesLoaded.emit()

        self.ops.run(
            service.merges(RECENT),
            what=self.tr("read the recent merges"),
            on_done=done,
            on_error=failed,
        )

    def _show_merges(self, rows: list[MergeRow]) -> None:
        self.rows = rows
        self.undo_buttons = {}
        self.table.clearContents()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = {
                WHEN: when_text(row.at),
                SOURCE: self.tr("{0} (customer {1})").format(
                    display_text(row.source_name), row.source_id
                ),
                TARGET: self.tr("{0} (customer {1})").format(
                    display_text(row.target_name), row.target_id
                ),
                BY: display_text(row.by_name),
                STATE: self._state_text(row),
            }
            for column, text in values.items():
                item = QTableWidgetItem(text)
                item.setToolTip(safe_tooltip(text))
                self.table.setItem(r, column, item)
            if row.undoable:
                self.table.setCellWidget(r, STATE, self._undo_button(row))
        self.recent_note.setText("" if rows else self.tr("No customers have been merged yet."))
        self._fit()

    def _fit(self) -> None:
        """Names and who merged as wide as their texts (at most :data:`FIT_CHARS`), at
        least their column's usual width; the state takes the rest."""
        char = self.table.fontMetrics().averageCharWidth()
        for column, chars in WIDTHS.items():
            self.table.resizeColumnToContents(column)
            wanted = self.table.columnWidth(column)
            self.table.setColumnWidth(column, max(chars * char, min(wanted, FIT_CHARS * char)))

    def _state_text(self, row: MergeRow) -> str:
        if row.undone:
            return self.tr("Undone {0}").format(when_text(row.undone_at or row.at))
        if row.undoable:
            return ""
        return self.tr("Cannot be undone: a customer changed since")

    def _undo_button(self, row: MergeRow) -> QWidget:
        button = QPushButton(self.tr("Undo"))
        button.setObjectName("privacyUndo")
        button.setAccessibleName(
            self.tr("Undo merge of {0} into {1}").format(
                display_text(row.source_name), display_text(row.target_name)
            )
        )
        merge_id = row.merge_id
        button.clicked.connect(lambda _checked=False: self.undo(merge_id))
        self.undo_buttons[row.merge_id] = button
        cell = QWidget()
        cell.setObjectName("privacyUndoCell")
        box = QHBoxLayout(cell)
        box.setContentsMargins(2, 1, 2, 1)
        box.addWidget(button)
        box.addStretch(1)
        return cell

    def undo(self, merge_id: int) -> None:
        """Undo merge ``merge_id`` and read the list again."""
        service = self.service
        if service is None:
            self._say(self.tr("Not connected to the server yet."), problem=True)
            self.undone.emit()
            return
        button = self.undo_buttons.get(merge_id)
        if button is not None:
            button.setEnabled(False)
        self._say(self.tr("Undoing…"))

        def done(result: MergeResult) -> None:
            self._say(
                self.tr("Undone: customer {0} is separate from customer {1} again.").format(
                    result.source_id, result.target_id
                )
            )
            self.undone.emit()
            self.load_merges()

        def failed(error: BaseException) -> None:
            if button is not None:
                button.setEnabled(True)
            self._say(failure_sentence(error), problem=True)
            self.undone.emit()

        self.ops.run(
            service.undo_merge(merge_id),
            what=self.tr("undo a merge"),
            on_done=done,
            on_error=failed,
        )

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
