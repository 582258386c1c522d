"""The Team page's "Open complaints" tab: every open complaint of the supervisor's
queues (the cache holds exactly those), oldest first, with customer, queue, category,
severity, state, age and to whom it was escalated. A double-click (or Enter) asks for the
customer's page. Names are untrusted text: table items show plain text only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.readers.complaints import OpenComplaint
from desktop.ui.customer.columns import FIT_ROWS, ColumnFit, text_width, title_width
from desktop.ui.customer.complaint_labels import (
    category_label,
    escalation_label,
    severity_label,
    state_label,
)
from desktop.ui.shell import style
from desktop.widgets.plain import PlainLabel, display_text, safe_tooltip

_CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER, QUEUE, CATEGORY, SEVERITY, STATE, AGE, ESCALATED = range(7)
SEVERITY_TONES = {"critical": style.FAILED, "high": style.PENDING}
"""Critical complaints in the failure red, high ones in amber: what to take first."""
CUSTOMER_MIN_CHARS = 14
CUSTOMER_MAX_CHARS = 36
CAPS = {QUEUE: 20, CATEGORY: 18, SEVERITY: 10, STATE: 24, AGE: 11, ESCALATED: 20}
"""The most characters a column asks for: the customer's name stretches and elides, the
others are as wide as the texts shown (the states and queues of the demo fit whole)."""


class OpenComplaintReads(Protocol):
    def open_complaints(self, now: float, limit: int = 500) -> list[OpenComplaint]: ...


def age_text(seconds: float) -> str:
    """ "3 d 4 h", "5 h 10 min", "12 min": how long a complaint has been open."""
    minutes = int(seconds // 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("Complaints", "{0} d {1} h").format(days, hours)
    if hours:
        return QCoreApplication.translate("Complaints", "{0} h {1} min").format(hours, mins)
    return QCoreApplication.translate("Complaints", "{0} min").format(mins)


class OpenComplaintsView(QWidget):
    """Open complaints, oldest first.

    Signals:
        customerRequested(int): the supervisor opened a row: show that customer.
    """

    customerRequested = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        reader: OpenComplaintReads,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openComplaints")
        self.reader = reader
        self.clock = clock
        self.rows: list[OpenComplaint] = []
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("openComplaintsTable")
        self.table.setAccessibleName(self.tr("Open complaints"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Queue"),
                self.tr("Category"),
                self.tr("Severity"),
                self.tr("State"),
                self.tr("Age"),
                self.tr("Escalated to"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        char = self.table.fontMetrics().averageCharWidth()
        self.fit = ColumnFit(
            self.table, CUSTOMER, CUSTOMER_MIN_CHARS * char, CUSTOMER_MAX_CHARS * char
        )
        self.table.cellActivated.connect(self._open)
        self.table.cellDoubleClicked.connect(self._open)
        self.empty = PlainLabel(self.tr("No open complaints in your queues."), self)
        self.empty.setObjectName("teamEmpty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        """Read the open complaints again (ages as of now)."""
        self.rows = self.reader.open_complaints(self.clock())
        self.table.setRowCount(len(self.rows))
        for row, c in enumerate(self.rows):
            escalated = c.escalated_to or escalation_label(c.escalation)
            values = (
                display_text(c.customer_name),
                display_text(c.queue_name),
                category_label(c.category),
                severity_label(c.severity),
                state_label(c.state),
                age_text(c.age),
                display_text(escalated),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(_CUSTOMER_ROLE, c.customer_id)
                item.setToolTip(safe_tooltip(text))
                if column == SEVERITY and c.severity in SEVERITY_TONES:
                    item.setForeground(QColor(SEVERITY_TONES[c.severity]))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not self.rows)
        self._fit()

    def _fit(self) -> None:
        """Each column as wide as its title and texts (the usual states and severities
        measured too, so the widths do not jump as complaints come and go)."""
        samples = {
            STATE: [state_label(s) for s in ("new", "investigating", "awaiting_customer")],
            SEVERITY: [severity_label(s) for s in ("low", "medium", "high", "critical")],
            AGE: [age_text(3 * 86_400 + 23 * 3600)],
        }
        desired: dict[int, int] = {}
        minimum: dict[int, int] = {}
        for column, cap in CAPS.items():
            texts = [*samples.get(column, [])]
            for row in range(min(self.table.rowCount(), FIT_ROWS)):
                item = self.table.item(row, column)
                texts.append(item.text() if item is not None else "")
            title = title_width(self.table, column)
            desired[column] = max(title, text_width(self.table, texts, cap_chars=cap))
            minimum[column] = title
        self.fit.set_widths(desired, minimum)

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.customerRequested.emit(self.rows[row].customer_id)
