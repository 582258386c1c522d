"""The customer's history: one row per contact on every channel, newest first.

Channel, when, queue, agent, wrap-up code, survey scores (CSAT, NPS, CES) if rated,
status, and the subject. A contact in a queue the agent may not see keeps its metadata and
says "Messages not visible in your queues" instead of a subject (the server never sent
one); double-clicking a visible one opens the conversation.
"""

from __future__ import annotations

import re
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
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop.ui.calls.format import glyph
from desktop.ui.customer.columns import ColumnFit, paint_empty, text_width, title_width
from desktop.ui.labels import channel_label, status_label
from desktop.ui.shell import style
from desktop.widgets.plain import display_text, safe_tooltip

if TYPE_CHECKING:
    from protocol.customer360 import TimelineItem

CHANNEL, WHEN, SUBJECT, STATUS, QUEUE, AGENT, WRAPUP, RATING = range(8)
"""Columns: what the agent scans first (channel, when, what about, how it ended) leads;
the subject stretches and elides, so every column stays on screen at 1024 px."""
FIT_ROWS = 25
ELIDING = frozenset({QUEUE, AGENT, WRAPUP, RATING})
"""Short columns that may elide: their tooltip is the cell's whole text."""
"""Column widths come from the newest this many contacts (a 500-contact profile opens
without formatting every row twice)."""
SUBJECT_MIN_CHARS = 20
EMPTY_COLUMN_CHARS = 6
CAPS = {CHANNEL: 12, WHEN: 20, STATUS: 20, QUEUE: 18, AGENT: 20, WRAPUP: 18, RATING: 26}
"""The most characters a short column asks for; longer texts elide (the row's tooltip
has the subject, the cell's the whole text)."""
ConversationRole = Qt.ItemDataRole.UserRole + 1
_YEAR = re.compile(r"[^dMy]*y+[^dMy]*")
"""The year and its separator in a locale's date format ("dd/MM/yyyy" -> "dd/MM")."""
Index = QModelIndex | QPersistentModelIndex


def when_text(at: float) -> str:
    """The date and time in the locale's short format."""
    return QLocale().toString(
        QDateTime.fromMSecsSinceEpoch(int(at * 1000)), QLocale.FormatType.ShortFormat
    )


def when_short(at: float, now: float | None = None) -> str:
    """:func:`when_text` without the year for a contact of this year ("02/12 04:30"):
    the column is scanned many times a day and the year is noise most of the time (the
    cell's tooltip has the full date)."""
    locale = QLocale()
    moment = QDateTime.fromMSecsSinceEpoch(int(at * 1000))
    today = QDateTime.currentDateTime() if now is None else QDateTime.fromSecsSinceEpoch(int(now))
    if moment.date().year() != today.date().year():
        return when_text(at)
    date_format = _YEAR.sub("", locale.dateFormat(QLocale.FormatType.ShortFormat)).strip()
    if not date_format or "d" not in date_format or "M" not in date_format:
        return when_text(at)
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(moment, f"{date_format} {time_format}")


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
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # a cut title's whole
        if orientation != Qt.Orientation.Horizontal or role not in shown:
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
            return self.text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            column = index.column()
            cell = self.text(item, column) if column in ELIDING else ""
            if column == WHEN:
                cell = when_text(item.at)
            return safe_tooltip(cell) if cell else self._tooltip(item)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == SUBJECT
            and not item.visible
        ):
            return style.MUTED
        if role == ConversationRole:
            return item.conversation_id if item.visible else None
        return None

    def text(self, item: TimelineItem, column: int) -> str:
        if column == SUBJECT:
            if not item.visible:
                return self.tr("Messages not visible in your queues")
            return " ".join(display_text(item.subject or item.preview or "").split())
        if column == STATUS:
            text = status_label(item.status)
            return self.tr("{0}, repeat").format(text) if item.repeat else text
        texts = {
            CHANNEL: lambda: f"{glyph(item.channel)} {channel_label(item.channel)}",
            WHEN: lambda: when_short(item.at),
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
        char = self.fontMetrics().averageCharWidth()
        self.fit = ColumnFit(self, SUBJECT, SUBJECT_MIN_CHARS * char)
        self.timeline_model = model
        self.empty_text = ""
        """Painted when there are no rows (the page says why)."""
        self.fit_columns()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.activated.connect(self._open)  # a double-click, or Enter
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """Every column but the subject as wide as its texts in this locale and font (the
        usual ones, and those of the newest :data:`FIT_ROWS` contacts), at most
        :data:`CAPS` characters; the subject takes the rest and elides."""
        model = self.timeline_model
        char = self.fontMetrics().averageCharWidth()
        samples: dict[int, list[str]] = {
            CHANNEL: [f"{glyph(c)} {channel_label(c)}" for c in ("chat", "email", "phone")],
            STATUS: [status_label(s) for s in ("open", "pending", "resolved")],
        }
        rows = model.items[:FIT_ROWS]
        desired: dict[int, int] = {}
        minimum: dict[int, int] = {}
        empty: list[int] = []
        for column in (CHANNEL, WHEN, STATUS, QUEUE, AGENT, WRAPUP, RATING):
            texts = [*samples.get(column, []), *(model.text(item, column) for item in rows)]
            title = title_width(self, column)
            desired[column] = max(title, text_width(self, texts, cap_chars=CAPS[column]))
            if column in (CHANNEL, WHEN, STATUS):
                minimum[column] = desired[column]
            elif any(texts):
                minimum[column] = title
            else:  # nothing in it (no wrap-up codes, say): narrowed first, title elides
                minimum[column] = min(title, EMPTY_COLUMN_CHARS * char)
                empty.append(column)
        self.fit.set_widths(desired, minimum, empty)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt naming
        super().paintEvent(event)
        if not self.timeline_model.items:
            paint_empty(self, self.empty_text)

    def _open(self, index: QModelIndex) -> None:
        conversation = index.siblingAtColumn(0).data(ConversationRole)
        if isinstance(conversation, int):
            self.conversationRequested.emit(conversation)
