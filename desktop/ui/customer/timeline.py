"""The customer's history: one row per contact on every channel, newest first.

Channel, when, queue, agent, wrap-up code, survey scores (CSAT, NPS, CES) if rated,
status, and the subject. A contact in a queue the agent may not see keeps its metadata and
says "Messages not visible in your queues" instead of a subject (the server never sent
one); double-clicking a visible one opens the conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.calls.format import glyph
from desktop.ui.labels import channel_label, status_label
from desktop.ui.shell import style
from desktop.widgets.plain import display_text, safe_tooltip

if TYPE_CHECKING:
    from protocol.customer360 import TimelineItem

CHANNEL, WHEN, SUBJECT, STATUS, QUEUE, AGENT, WRAPUP, RATING = range(8)
"""Columns: what the agent scans first (channel, when, what about, how it ended) leads,
so the subject stays on screen at 1024 px."""
ConversationRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def when_text(at: float) -> str:
    return QLocale().toString(
        QDateTime.fromMSecsSinceEpoch(int(at * 1000)), QLocale.FormatType.ShortFormat
    )


class TimelineModel(QAbstractTableModel):
    """The contacts of one customer (a profile's ``timeline``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[TimelineItem] = []

    def set_items(self, items: Sequence[TimelineItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 8

    def headerData(  # noqa: N802 - Qt naming
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            CHANNEL: self.tr("Channel"),
            WHEN: self.tr("When"),
            SUBJECT: self.tr("Subject"),
            STATUS: self.tr("Status"),
            QUEUE: self.tr("Queue"),
            AGENT: self.tr("Agent"),
            WRAPUP: self.tr("Wrap-up"),
            RATING: self.tr("Rating"),
        }
        return titles.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == SUBJECT
            and not item.visible
        ):
            return style.MUTED
        if role == ConversationRole:
            return item.conversation_id if item.visible else None
        return None

    def _text(self, item: TimelineItem, column: int) -> str:
        if column == SUBJECT:
            if not item.visible:
                return self.tr("Messages not visible in your queues")
            return " ".join(display_text(item.subject or item.preview or "").split())
        if column == STATUS:
            text = status_label(item.status)
            return self.tr("{0}, repeat").format(text) if item.repeat else text
        texts = {
            CHANNEL: lambda: f"{glyph(item.channel)} {channel_label(item.channel)}",
            WHEN: lambda: when_text(item.at),
            QUEUE: lambda: display_text(item.queue_name),
            AGENT: lambda: display_text(item.agent_name),
            WRAPUP: lambda: display_text(item.wrapup_code),
            RATING: lambda: self.rating(item),
        }
        return texts[column]() if column in texts else ""

    def rating(self, item: TimelineItem) -> str:
        parts = []
        if item.csat is not None:
            parts.append(self.tr("CSAT {0}/5").format(item.csat))
        if item.nps is not None:
            parts.append(self.tr("NPS {0}").format(item.nps))
        if item.ces is not None:
            parts.append(self.tr("CES {0}/7").format(item.ces))
        return "  ".join(parts)

    def _tooltip(self, item: TimelineItem) -> str:
        if not item.visible:
            return self.tr("In a queue you do not work in: when, channel, queue and outcome only")
        return safe_tooltip(" ".join((item.preview or item.subject or "").split()))


class TimelineView(QTableView):
    """The timeline table. Signals: conversationRequested(int): open this conversation
    (a double-click or Enter on a visible contact)."""

    conversationRequested = Signal(int)  # noqa: N815 - Qt naming

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerTimeline")
        self.setAccessibleName(self.tr("Contact history"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._size_columns(model)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.activated.connect(self._open)  # a double-click, or Enter

    def _size_columns(self, model: TimelineModel) -> None:
        """Widths from the texts they hold in this locale and font (a date and time, the
        longest channel and status), so nothing usual is cut at 1024 px."""
        metrics = self.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        samples = {
            CHANNEL: [f"{glyph(c)} {channel_label(c)}" for c in ("chat", "email", "phone")],
            WHEN: [when_text(1_796_000_000.0)],
            QUEUE: ["Technical"],
            AGENT: ["Agent Name"],
            WRAPUP: ["billing-issue"],
            RATING: [model.tr("CSAT {0}/5").format(5)],
            STATUS: [
                *(status_label(s) for s in ("open", "pending", "snoozed")),
                model.tr("{0}, repeat").format(status_label("resolved")),
            ],
            SUBJECT: ["x" * 34],
        }
        for column, texts in samples.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(t) for t in [*texts, title])
            self.setColumnWidth(column, width + pad)

    def _open(self, index: QModelIndex) -> None:
        conversation = index.siblingAtColumn(0).data(ConversationRole)
        if isinstance(conversation, int):
            self.conversationRequested.emit(conversation)
