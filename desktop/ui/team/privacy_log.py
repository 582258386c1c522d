"""The Privacy tab's access log: who viewed, exported, erased or merged which customer,
and who changed or ran retention, newest first (``GET /api/audit``).

Read over REST on the asyncio loop (``Ops.run``), never on the Qt thread; an answer that
arrives after the filter changed is dropped (a generation number), so a slow page never
lands under a newer filter. "Load more" asks for the entries before the last one shown
(``before``), so paging never repeats or skips an entry however many are written
meanwhile. Names and details are shown as plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.ops import Ops
from desktop.ui.team.privacy_common import (
    PrivacyService,
    action_label,
    action_labels,
    failure_sentence,
    read_only_table,
    when_text,
    when_width,
)
from desktop.widgets.plain import PlainLabel, display_text, safe_tooltip
from protocol.text import MAX_INT

if TYPE_CHECKING:
    from protocol.customer360 import AuditEntry, AuditPage

PAGE_SIZE = 100
WHEN, WHO, ACTION, CUSTOMER, DETAIL = range(5)
WIDTHS = {WHO: 22, ACTION: 18, CUSTOMER: 10}
"""Columns in characters of the desk's font; the detail takes the rest."""


class AccessLogView(QWidget):
    """The audit log with filters by customer id and action, and "Load more".

    Signals:
        loaded(): an answer (entries or a failure sentence) is on screen.
    """

    loaded = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyLog")
        self.ops = ops
        self.service: PrivacyService | None = None
        self.entries: list[AuditEntry] = []
        self.next_before: int | None = None
        self.generation = 0
        self.busy = False

        self.customer_box = QLineEdit()
        self.customer_box.setObjectName("privacyLogCustomer")
        self.customer_box.setAccessibleName(self.tr("Customer id"))
        self.customer_box.setPlaceholderText(self.tr("Any customer"))
        self.customer_box.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,16}"), self)
        )
        self.customer_box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.customer_box.returnPressed.connect(self.reload)
        customer_label = PlainLabel(self.tr("Customer id:"))
        customer_label.setBuddy(self.customer_box)
        self.action_box = QComboBox()
        self.action_box.setObjectName("privacyLogAction")
        self.action_box.setAccessibleName(self.tr("Action"))
        self.action_box.addItem(self.tr("All actions"), None)
        for action, words in action_labels().items():
            self.action_box.addItem(words, action)
        self.action_box.currentIndexChanged.connect(self.reload)
        action_label_ = PlainLabel(self.tr("Action:"))
        action_label_.setBuddy(self.action_box)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("privacyLogShow")
        self.show_button.clicked.connect(self.reload)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (customer_label, self.customer_box, action_label_, self.action_box):
            bar.addWidget(widget)
        bar.addWidget(self.show_button)
        bar.addStretch(1)

        self.table = self._make_table()
        self.status = PlainLabel("")
        self.status.setObjectName("privacyStatus")
        self.status.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName("privacyLogMore")
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        foot = QHBoxLayout()
        foot.setContentsMargins(0, 0, 0, 0)
        foot.addWidget(self.status, 1)
        foot.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)

    def _make_table(self) -> QTableWidget:
        table = read_only_table(
            self,
            "privacyLogTable",
            self.tr("Access log"),
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Customer"),
                self.tr("Detail"),
            ],
            WIDTHS,
        )
        table.setColumnWidth(WHEN, when_width(table))
        return table

    # ------------------------------------------------------------------ reading

    def filters(self) -> tuple[int | None, str | None] | None:
        """The chosen customer id and action; None (with the reason on screen) for a
        customer id out of range."""
        text = self.customer_box.text().strip()
        customer_id: int | None = None
        if text:
            value = int(text)
            if not 1 <= value <= MAX_INT:
                self._say(self.tr("A customer id is a whole number from 1 up."), problem=True)
                return None
            customer_id = value
        action = self.action_box.currentData()
        return customer_id, action if isinstance(action, str) else None

    def reload(self) -> None:
        """The newest entries for the filters, replacing what is shown."""
        self.generation += 1
        self.entries = []
        self.next_before = None
        self.table.setRowCount(0)
        self.more_button.hide()
        self._load(None)

    def load_more(self) -> None:
        """The next older page after the last entry shown."""
        if self.next_before is not None and not self.busy:
            self._load(self.next_before)

    def _load(self, before: int | None) -> None:
        chosen = self.filters()
        if chosen is None:
            self.loaded.emit()
            return
        service = self.service
        if service is None:
            self._say(self.tr("Not connected to the server yet."), problem=True)
            self.loaded.emit()
            return
        customer_id, action = chosen
        generation = self.generation
        self.busy = True
        self.more_button.setEnabled(False)
        self._say(self.tr("Loading…"))

        def done(page: AuditPage) -> None:
            if generation != self.generation:
                return
            self.busy = False
            self._show(page)
            self.loaded.emit()

        def failed(error: BaseException) -> None:
            if generation != self.generation:
                return
            self.busy = False
            self.more_button.setEnabled(True)
            self._say(failure_sentence(error), problem=True)
            self.loaded.emit()

        self.ops.run(
            service.audit_page(
                customer_id=customer_id, action=action, before=before, limit=PAGE_SIZE
            ),
            what=self.tr("read the access log"),
            on_done=done,
            on_error=failed,
        )

    def _show(self, page: AuditPage) -> None:
        first = self.table.rowCount()
        self.entries.extend(page.items)
        self.next_before = page.next_before
        self.table.setRowCount(first + len(page.items))
        for offset, entry in enumerate(page.items):
            customer = str(entry.customer_id) if entry.customer_id is not None else ""
            values = (
                when_text(entry.at),
                display_text(entry.actor_name),
                action_label(entry.action),
                customer,
                display_text(entry.detail),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(safe_tooltip(text))
                if column == CUSTOMER:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(first + offset, column, item)
        self.more_button.setVisible(self.next_before is not None)
        self.more_button.setEnabled(True)
        count = len(self.entries)
        if not count:
            self._say(self.tr("No entries match."))
        elif self.next_before is None:
            self._say(self.tr("%n entries, the oldest reached.", "", count))
        else:
            self._say(self.tr("%n newest entries.", "", count))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
