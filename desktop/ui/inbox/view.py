"""The inbox panel: filters above a one-column view whose delegate paints each line.

Lines are painted, not built from widgets. The view is a ``QTableView`` with hidden headers
and fixed row heights rather than a ``QListView``: a list view walks every row on each
relayout (100,000 Python ``rowCount`` calls per resize), while a table view with fixed
sections only asks for the rows it shows. Only visible rows are read from the cache.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.rows import ConversationRow
from desktop.store.readers.conversations import InboxFilter
from desktop.ui.inbox import sla
from desktop.ui.inbox.model import (
    DRAFT_ROLE,
    ID_ROLE,
    QUEUE_ROLE,
    ROW_ROLE,
    SLA_ROLE,
    InboxModel,
)
from desktop.ui.labels import CHANNELS, channel_label, relative_time, status_label
from desktop.ui.shell import style
from desktop.widgets.plain import PlainLabel, display_text

LINE_HEIGHT = 76
TAKE_NEXT_KEYS = "Ctrl+Shift+N"
SLA_AT_RISK = "sla_at_risk"  # the status filter's "SLA at risk" entry
SLA_TICK_MS = 1000
PAD = 12
AnyIndex = QModelIndex | QPersistentModelIndex


class InboxDelegate(QStyledItemDelegate):
    """Paints one conversation: customer and time, preview, then channel, queue, status.

    ``drawText`` never interprets markup; untrusted strings pass ``display_text`` (no bidi
    overrides or control characters) and are elided to the line.

    Open conversations (the ones waiting on the agent) get a bold name and an accent bar;
    one with a draft says "Draft" after its channel; one owing the customer a response
    shows its countdown before the status ("4:12", "-1:03" overdue): muted while on time,
    amber in the last quarter of the target, red when overdue (``SLA_ROLE``).

    Signals: none.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        del index
        return QSize(option.rect.width() or 320, LINE_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row = index.data(ROW_ROLE)
        rect: QRect = option.rect
        painter.save()
        try:
            self._background(painter, option, rect)
            if isinstance(row, ConversationRow):
                queue = str(index.data(QUEUE_ROLE) or "")
                draft = bool(index.data(DRAFT_ROLE))
                shown = index.data(SLA_ROLE)
                timer = shown if isinstance(shown, sla.SlaShown) else None
                self._content(painter, option, rect, row, queue, draft=draft, timer=timer)
        finally:
            painter.restore()

    @staticmethod
    def _background(painter: QPainter, option: QStyleOptionViewItem, rect: QRect) -> None:
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, style.SELECTED_BG)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, style.HOVER_BG)
        painter.setPen(QPen(style.DIVIDER, 1))
        painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())

    def _content(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        row: ConversationRow,
        queue: str,
        *,
        draft: bool = False,
        timer: sla.SlaShown | None = None,
    ) -> None:
        base = QFont(option.font)
        is_open = row.status == "open"
        if is_open:
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height() - 1), style.ACCENT)
        left, right = rect.left() + PAD + 2, rect.right() - PAD
        top = rect.top() + 8

        # line 1: customer name ............ relative time
        small = style.smaller(base)
        when = relative_time(row.last_message_at, time.time())
        painter.setFont(small)
        small_fm = QFontMetrics(small)
        when_width = small_fm.horizontalAdvance(when)
        painter.setPen(style.MUTED)
        painter.drawText(
            QRect(right - when_width, top, when_width, small_fm.height() + 4),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        name_font = QFont(base)
        name_font.setWeight(QFont.Weight.DemiBold if is_open else QFont.Weight.Normal)
        name_fm = QFontMetrics(name_font)
        painter.setFont(name_font)
        painter.setPen(style.TEXT)
        name_width = right - when_width - 8 - left
        name = name_fm.elidedText(
            display_text(row.customer_name), Qt.TextElideMode.ElideRight, name_width
        )
        painter.drawText(
            QRect(left, top, name_width, name_fm.height() + 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )

        # line 2: subject or last message
        top += name_fm.height() + 4
        text = row.last_message_preview or row.subject
        text = " ".join(display_text(text).split())
        base_fm = QFontMetrics(base)
        painter.setFont(base)
        painter.setPen(style.TEXT if is_open else style.MUTED)
        painter.drawText(
            QRect(left, top, right - left, base_fm.height() + 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            base_fm.elidedText(text, Qt.TextElideMode.ElideRight, right - left),
        )

        # line 3: channel badge, queue, status
        top += base_fm.height() + 6
        painter.setFont(small)
        x = self._badge(painter, small_fm, left, top, channel=row.channel)
        if draft:
            x = self._draft_marker(painter, small, x, top)
        status = status_label(row.status)
        status_color = style.STATUS_COLORS.get(row.status, style.MUTED)
        status_w = small_fm.horizontalAdvance(status)
        painter.setPen(status_color)
        painter.drawText(
            QRect(right - status_w, top, status_w, small_fm.height() + 2),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            status,
        )
        end = right - status_w - 8
        if timer is not None:
            end = self._countdown(painter, small, end, top, timer) - 8
        painter.setPen(style.MUTED)
        queue_w = end - x
        painter.drawText(
            QRect(x, top, max(queue_w, 0), small_fm.height() + 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_fm.elidedText(display_text(queue), Qt.TextElideMode.ElideRight, max(queue_w, 0)),
        )

    def _draft_marker(self, painter: QPainter, small: QFont, x: int, top: int) -> int:
        """The agent's unsent text waits here: "Draft", in the pending colour."""
        font = QFont(small)
        font.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(font)
        text = self.tr("Draft")
        width = fm.horizontalAdvance(text)
        painter.setFont(font)
        painter.setPen(style.PENDING)
        painter.drawText(
            QRect(x, top, width, fm.height() + 2),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.setFont(small)
        return x + width + 8

    @staticmethod
    def _countdown(painter: QPainter, small: QFont, end: int, top: int, timer: sla.SlaShown) -> int:
        """The response countdown, right-aligned at ``end``; returns its left edge. At risk
        or overdue it is bold on a tint of its colour, so it reads without the colour too."""
        font = QFont(small)
        tint = sla.tint(timer.level)
        if tint is not None:
            font.setWeight(QFont.Weight.DemiBold)
        fm = QFontMetrics(font)
        text = sla.countdown(timer.left)
        width = fm.horizontalAdvance(text) + (10 if tint is not None else 0)
        box = QRect(end - width, top, width, fm.height() + 2)
        if tint is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRoundedRect(box, 4, 4)
        painter.setFont(font)
        painter.setPen(sla.color(timer.level))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(small)
        return box.left()

    @staticmethod
    def _badge(painter: QPainter, fm: QFontMetrics, x: int, top: int, *, channel: str) -> int:
        text = channel_label(channel)
        color = style.CHANNEL_COLORS.get(channel, style.MUTED)
        width = fm.horizontalAdvance(text) + 12
        box = QRect(x, top, width, fm.height() + 2)
        fill = color.lighter(185)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(color.darker(115))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return x + width + 8


class InboxPanel(QWidget):
    """Filters plus the conversation list.

    Signals:
        conversationSelected(int): the agent opened a conversation.
        takeNextRequested(): the agent asked for the next waiting email
            (``routing.take_next``; the page sends it).
    """

    conversationSelected = Signal(int)  # noqa: N815 - Qt naming
    takeNextRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, model: InboxModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox")
        self.model = model
        self.title = PlainLabel(self.tr("Inbox"))
        self.title.setObjectName("panelTitle")
        self.count = PlainLabel()
        self.count.setObjectName("muted")
        self.take_next = QPushButton(self.tr("Take next email"))
        self.take_next.setObjectName("takeNextEmail")
        self.take_next.setToolTip(
            self.tr("Take the oldest waiting email of your queues ({0})").format(TAKE_NEXT_KEYS)
        )
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All"), "")
        self.status_filter.addItem(self.tr("Open"), "open")
        self.status_filter.addItem(self.tr("Pending"), "pending")
        self.status_filter.addItem(self.tr("Resolved"), "resolved")
        self.status_filter.addItem(self.tr("SLA at risk"), SLA_AT_RISK)
        self.status_filter.setItemData(
            self.status_filter.count() - 1,
            self.tr("Open conversations whose response is nearly or already overdue"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channelFilter")
        self.channel_filter.addItem(self.tr("All channels"), "")
        for channel in CHANNELS:
            self.channel_filter.addItem(channel_label(channel), channel)

        self.view = self._make_view(model)
        self._lay_out()

        self._clock = QTimer(self)
        self._clock.setObjectName("inbox-relative-times")
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock)
        self._clock.start()
        # The SLA countdowns move once a second, only while the list is on screen.
        self._sla_clock = QTimer(self)
        self._sla_clock.setObjectName("inbox-sla-countdown")
        self._sla_clock.setInterval(SLA_TICK_MS)
        self._sla_clock.timeout.connect(self.tick)

        self.status_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.take_next.clicked.connect(self.takeNextRequested)
        self.channel_filter.currentIndexChanged.connect(self._on_filter_changed)
        model.countChanged.connect(self._on_count_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._on_count_changed(model.rowCount())

    def _make_view(self, model: InboxModel) -> QTableView:
        view = QTableView()
        view.setObjectName("inboxList")
        view.setAccessibleName(self.tr("Conversations"))
        view.horizontalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(LINE_HEIGHT)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setMouseTracking(True)
        view.setItemDelegate(InboxDelegate(view))
        view.setModel(model)
        return view

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.setContentsMargins(12, 10, 12, 6)
        header.addWidget(self.title)
        header.addWidget(self.count)
        header.addStretch(1)
        header.addWidget(self.take_next)
        filters = QHBoxLayout()
        filters.setContentsMargins(12, 0, 12, 8)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.channel_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def selected_id(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else 0

    def select_id(self, conversation_id: int) -> bool:
        row = self.model.row_of(conversation_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def _on_filter_changed(self, _index: int) -> None:
        status = str(self.status_filter.currentData() or "")
        channel = str(self.channel_filter.currentData() or "")
        at_risk = status == SLA_AT_RISK
        self.model.set_filter(
            InboxFilter(
                statuses=frozenset({status}) if status and not at_risk else frozenset(),
                channel=channel or None,
                sla_at_risk=at_risk,
            )
        )

    def _on_count_changed(self, count: int) -> None:
        self.count.setText(QLocale().toString(count))

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # A row that leaves the list (filtered out after a status change, say) drops the
        # selection; the open conversation stays open until the agent picks another.
        selected = self.selected_id()
        if selected:
            self.conversationSelected.emit(selected)

    def _on_clock(self) -> None:
        self.view.viewport().update()

    def tick(self) -> None:
        """A second passed: list rows newly at risk (with that filter) and repaint the
        visible rows' countdowns; nothing is re-read or re-sorted."""
        if not self.isVisible() or self.window().isMinimized():
            return
        self.model.tick()
        if self.model.has_timers():
            self.view.viewport().update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._sla_clock.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt naming
        self._sla_clock.stop()
        super().hideEvent(event)
