"""The trace under a KPI: the contacts a number came from, so an agent can see why their
FCR is 60 % today (and open the conversations that were not resolved).

The rows are the server's :class:`~protocol.workforce.KpiContact` values; the table shows
when, the channel, the handle time (talk + hold + after-contact work, m:ss), the wrap-up
code, whether it was transferred, whether it was resolved on first contact, and the
customer's rating for the KPI in view. A double-click or Enter opens the conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.kpi import format as fmt
from desktop.widgets.plain import display_text

if TYPE_CHECKING:
    from protocol.workforce import KpiContact

WHEN, CHANNEL, HANDLE, WRAPUP, TRANSFERRED, FCR, RATING = range(7)
ConversationRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def handle_seconds(contact: KpiContact) -> float:
    """Talk + hold + after-contact work: what AHT averages."""
    return contact.talk_seconds + contact.hold_seconds + contact.acw_seconds


class TraceModel(QAbstractTableModel):
    """The contacts behind one KPI over one period, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts: list[KpiContact] = []
        self.kpi = ""

    def show(self, kpi: str, contacts: Sequence[KpiContact]) -> None:
        self.beginResetModel()
        self.kpi = kpi
        self.contacts = list(contacts)
        self.endResetModel()

    def clear(self) -> None:
        self.show(self.kpi, [])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt
        return 0 if parent.isValid() else len(self.contacts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802 - Qt naming
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("When"),
            self.tr("Channel"),
            self.tr("Handle time"),
            self.tr("Wrap-up"),
            self.tr("Transferred"),
            self.tr("Resolved first time"),
            self.tr("Rating"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.contacts):
            return None
        contact = self.contacts[index.row()]
        if role == ConversationRole:
            return contact.conversation_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == HANDLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(contact, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == HANDLE:
            return self.tr("Talk {0}, hold {1}, after-contact work {2}").format(
                fmt.duration(contact.talk_seconds),
                fmt.duration(contact.hold_seconds),
                fmt.duration(contact.acw_seconds),
            )
        return None

    def _text(self, contact: KpiContact, column: int) -> str:
        yes, no = self.tr("Yes"), self.tr("No")
        if column == WHEN:
            return when(contact.at)
        texts = {
            CHANNEL: lambda: channel_name(contact.channel),
            HANDLE: lambda: fmt.duration(handle_seconds(contact)),
            WRAPUP: lambda: display_text(contact.wrapup_code) or "–",
            TRANSFERRED: lambda: yes if contact.transferred else no,
            FCR: lambda: yes if contact.first_contact_resolved else no,
            RATING: lambda: self._rating(contact),
        }
        text = texts.get(column)
        return text() if text is not None else ""

    def _rating(self, contact: KpiContact) -> str:
        """The customer's answer for the KPI in view (CSAT otherwise), with its scale."""
        if self.kpi == "nps" and contact.nps is not None:
            return self.tr("{0} / 10").format(contact.nps)
        if self.kpi == "ces" and contact.ces is not None:
            return self.tr("{0} / 7").format(contact.ces)
        if contact.csat is not None:
            return self.tr("{0} / 5").format(contact.csat)
        return "–"


def when(at: float) -> str:
    """The contact's time: the hour today ("13:15"), else the short date and hour."""
    moment = QDateTime.fromSecsSinceEpoch(int(at))
    if moment.date() == QDateTime.currentDateTime().date():
        return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def channel_name(channel: str) -> str:
    names = {
        "chat": QCoreApplication.translate("KpiTrace", "Chat"),
        "email": QCoreApplication.translate("KpiTrace", "Email"),
        "phone": QCoreApplication.translate("KpiTrace", "Phone"),
    }
    return names.get(channel) or display_text(channel)


class TraceTable(QTableView):
    """The trace's view. Signals: ``conversationRequested(int)``: a double-click or
    Enter on a row (the page forwards it to the links)."""

    conversationRequested = Signal(int)  # noqa: N815 - Qt naming

    def __init__(self, model: TraceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTrace")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.doubleClicked.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        conversation = index.siblingAtColumn(0).data(ConversationRole)
        if isinstance(conversation, int):
            self.conversationRequested.emit(conversation)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
