"""Search over every cached conversation and message: a search field, a compact row of
filters and a list of hits with the matched words highlighted.

The query runs on the UI thread after a short named debounce timer (``conversation-
search-debounce``): the reader's ``search_conversations`` is a bounded FTS5 read of its
own WAL connection (FTS5 returns at most a few hundred rowids whatever the query), and
bench/conversation_search.py measures keystroke -> updated list, model reset included,
at 9 ms of CPU at p95 with 100,000 conversations and 500,000 messages cached
(docs/benchmarks.md); a worker thread would cost a copy of the hits and a second
connection and win nothing while a core is free.

Keys: typing searches (the last word is a prefix), Down moves into the results, Enter
opens the current hit (the first one from the field), Esc clears the field, or, when it
is already empty, asks to close (:attr:`ConversationSearch.closeRequested`).
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.store.readers.search import ConversationHit
from desktop.ui.labels import CHANNELS, STATUSES, channel_label, relative_time, status_label
from desktop.ui.shell import style
from desktop.widgets.plain import display_text

AnyIndex = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 30
DEBOUNCE_MS = 40
RESULT_LIMIT = 50
LANGUAGES = {"en": "English", "fi": "Suomi", "zh-Hans": "简体中文", "zh-Hant": "繁體中文"}
PADDING = 8


class SearchReader(Protocol):
    """What the widget reads: the search, and the queue names for the queue filter."""

    def search_conversations(
        self,
        query: str,
        *,
        channel: str | None = None,
        status: str | None = None,
        queue_id: int | None = None,
        language: str | None = None,
        limit: int = 50,
    ) -> list[ConversationHit]: ...

    def queue_names(self) -> dict[int, str]: ...


class SearchResultsModel(QAbstractListModel):
    """The hits of the last search, as frozen values; ``DisplayRole`` is what a screen
    reader says of a row, :data:`HIT_ROLE` the hit itself.

    Signals: none beyond QAbstractItemModel's.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[ConversationHit] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_text(f"{hit.title} · {hit.snippet}")
        return None

    def set_hits(self, hits: list[ConversationHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[ConversationHit]:
        return list(self._hits)


def shown(text: str) -> str:
    """Untrusted text made safe to lay out *without moving a character*, so highlight
    offsets stay valid: what :func:`desktop.widgets.plain.display_text` would remove
    (bidi overrides and isolates, control characters, lone surrogates) becomes an
    invisible zero-width space, line breaks and tabs become spaces."""
    if not text:
        return ""
    return "".join(
        " " if ch in "\n\t" else ch if display_text(ch) == ch else "\u200b" for ch in text
    )


def _details(hit: ConversationHit) -> str:
    parts = [channel_label(hit.channel), status_label(hit.status), relative_time(hit.time)]
    if hit.internal:
        parts.insert(0, QCoreApplication.translate("ConversationSearch", "Internal note"))
    if hit.matches > 1:
        parts.append(
            QCoreApplication.translate("ConversationSearch", "{0} messages").format(hit.matches)
        )
    return " · ".join(parts)


class SearchHitDelegate(QStyledItemDelegate):
    """Paints a hit in two lines: who and what (with channel, status, time), then the
    snippet with the matched words on the theme's highlight colour.

    The snippet is laid out with a ``QTextLayout`` and format ranges over the hit's
    highlight spans: no HTML, so message text can never become markup.

    Signals: none.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        del index
        line = QFontMetrics(option.font).height()
        return QSize(200, 2 * line + 2 * PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, ConversationHit):
            return
        painter.save()
        try:
            self._paint(painter, option, hit)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, hit: ConversationHit) -> None:
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, style.SELECTED_BG)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, style.HOVER_BG)
        painter.setPen(style.DIVIDER)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        small = style.smaller(font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        inner = rect.adjusted(PADDING + 4, PADDING, -PADDING - 4, -PADDING)
        details = _details(hit)
        small_metrics = QFontMetrics(small)
        details_width = min(small_metrics.horizontalAdvance(details) + 4, inner.width() // 2)
        painter.setFont(small)
        painter.setPen(style.MUTED)
        painter.drawText(
            QRect(inner.right() - details_width, inner.top(), details_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(details, Qt.TextElideMode.ElideLeft, details_width),
        )
        title_width = inner.width() - details_width - 8
        top = inner.top()
        title_box = QRect(inner.left(), top, title_width, line)
        snippet_box = QRect(inner.left(), top + line + 2, inner.width(), line)
        self._paint_line(
            painter, bold, hit.title, hit.title_highlights, colour=style.TEXT, box=title_box
        )
        self._paint_line(
            painter, font, hit.snippet, hit.highlights, colour=style.SECONDARY, box=snippet_box
        )

    @staticmethod
    def _paint_line(
        painter: QPainter,
        font: QFont,
        text: str,
        spans: tuple[tuple[int, int], ...],
        *,
        colour: QColor,
        box: QRect,
    ) -> None:
        """One line of text, clipped to ``box``, the ``spans`` on the highlight colour."""
        safe = shown(text)
        layout = QTextLayout(safe, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        marked = QTextCharFormat()
        marked.setBackground(style.MARK)
        marked.setFontWeight(QFont.Weight.DemiBold)
        ranges = []
        for start, end in spans:
            if 0 <= start < end <= len(safe):
                fmt = QTextLayout.FormatRange()
                fmt.start, fmt.length, fmt.format = start, end - start, marked
                ranges.append(fmt)
        layout.setFormats(ranges)
        layout.beginLayout()
        text_line = layout.createLine()
        if text_line.isValid():
            text_line.setLineWidth(100_000)
        layout.endLayout()
        painter.save()
        painter.setPen(colour)
        clip = QRect(box)
        if text_line.isValid() and text_line.naturalTextWidth() > box.width():
            # Cut: an ellipsis at the edge instead of half a character.
            painter.setFont(font)
            dots = QFontMetrics(font).horizontalAdvance("…")
            clip.setRight(box.right() - dots)
            painter.drawText(
                QRect(clip.right(), box.top(), dots + 1, box.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                "…",
            )
        painter.setClipRect(clip)
        layout.draw(painter, box.topLeft())
        painter.restore()


class ConversationSearch(QWidget):
    """One search box over every cached conversation, with filters and results.

    Signals: ``openMessage(conversation_id, message_id)`` when the agent opens a hit
    (``message_id`` 0 for a header match: the customer, subject, email or phone);
    ``closeRequested()`` when Esc is pressed in an empty field.
    """

    openMessage = Signal(int, int)  # noqa: N815 - Qt signal naming
    closeRequested = Signal()  # noqa: N815

    def __init__(self, reader: SearchReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conversationSearch")
        self.reader = reader
        self.field = QLineEdit()
        self.field.setObjectName("conversationSearchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Search conversations and messages"))
        self.field.setAccessibleName(self.tr("Search conversations"))
        self.channel = self._combo("conversationSearchChannel", self.tr("Channel filter"))
        self.channel.addItem(self.tr("All channels"), "")
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.status = self._combo("conversationSearchStatus", self.tr("Status filter"))
        self.status.addItem(self.tr("Any status"), "")
        for status in STATUSES:
            self.status.addItem(status_label(status), status)
        self.queue = self._combo("conversationSearchQueue", self.tr("Queue filter"))
        self.language = self._combo("conversationSearchLanguage", self.tr("Language filter"))
        self.language.addItem(self.tr("All languages"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.reload_queues()

        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setObjectName("conversationSearchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setMouseTracking(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._open)
        self.results.installEventFilter(self)
        self.field.installEventFilter(self)

        self._timer = QTimer(self)
        self._timer.setObjectName("conversation-search-debounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._on_text)
        for combo in (self.channel, self.status, self.queue, self.language):
            combo.currentIndexChanged.connect(self._on_filter)

        # Two by two: four side by side were cut to "All char…" in the 300 px column.
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(6)
        for place, combo in enumerate((self.channel, self.status, self.queue, self.language)):
            filters.addWidget(combo, place // 2, place % 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(6)
        column.addWidget(self.field)
        column.addLayout(filters)
        column.addWidget(self.results, 1)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        return combo

    # ------------------------------------------------------------------ public API

    def focus_search(self) -> None:
        """Put the cursor in the field with its text selected (Ctrl+F)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def reload_queues(self) -> None:
        """Refill the queue filter from the cache (keeps the chosen queue)."""
        chosen = self.queue.currentData()
        self.queue.blockSignals(True)
        self.queue.clear()
        self.queue.addItem(self.tr("All queues"), -1)
        for queue_id, name in sorted(self.reader.queue_names().items(), key=lambda q: q[1]):
            self.queue.addItem(display_text(name), queue_id)
        self.queue.setCurrentIndex(max(0, self.queue.findData(chosen)))
        self.queue.blockSignals(False)

    def on_changes(self, changes: Changes) -> None:
        """Synced changes: re-run the search so hits follow the cache."""
        if changes.reset or changes.queues:
            self.reload_queues()
        if self.field.text().strip() and (
            changes.reset or changes.messages_of or changes.conversations
        ):
            self._timer.start()

    def stop(self) -> None:
        """No more searches (the window is closing; the reader goes next)."""
        self._timer.stop()

    def run_search(self) -> None:
        self._timer.stop()
        queue_id = self.queue.currentData()
        hits = self.reader.search_conversations(
            self.field.text(),
            channel=str(self.channel.currentData() or "") or None,
            status=str(self.status.currentData() or "") or None,
            queue_id=int(queue_id) if isinstance(queue_id, int) and queue_id >= 0 else None,
            language=str(self.language.currentData() or "") or None,
            limit=RESULT_LIMIT,
        )
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    # ------------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self._escape()
                return True
            if watched is self.field and key == Qt.Key.Key_Down and self.model.rowCount():
                if self._timer.isActive():
                    self.run_search()
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if watched is self.field and self._timer.isActive():
                    self.run_search()
                self._open(self.results.currentIndex())
                return True
            if (
                watched is self.results
                and key == Qt.Key.Key_Up
                and self.results.currentIndex().row() <= 0
            ):
                self.field.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _on_text(self, text: str) -> None:
        del text
        self._timer.start()

    def _on_filter(self, index: int) -> None:
        del index
        self.run_search()

    def _escape(self) -> None:
        if self.field.text():
            self.field.clear()
            self._timer.stop()
            self.model.set_hits([])
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.closeRequested.emit()

    def _open(self, index: AnyIndex) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if not isinstance(hit, ConversationHit) and self.model.rowCount():
            hit = self.model.index(0).data(HIT_ROLE)
        if isinstance(hit, ConversationHit):
            self.openMessage.emit(hit.conversation_id, hit.message_id or 0)
