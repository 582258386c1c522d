"""A conversation's messages as a list model, and the delegate that draws them as bubbles.

Inbound messages sit on the left, the agent's replies on the right, internal notes are
tinted (they never reach the customer) and replies still in the outbox say so: "Sending…"
while connected, "Queued" while offline. The conversation's phone calls sit between the
messages at the time they began, as one centred line each: direction, time, talk and
hold. New messages are appended as rows (the view keeps its scroll position); a pending
reply swapped for the server's copy resets the small list.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.knowledge.orders import OrderMention, find_orders
from desktop.models.rows import MessageRow
from desktop.store.readers.conversations import ConversationReads
from desktop.store.readers.routing import CallRow, RoutingReads
from desktop.ui.labels import clock_time
from desktop.ui.shell import style
from desktop.widgets.plain import display_text


def bubble_text(body: str) -> str:
    """A message body as a bubble shows it: untrusted text made displayable, with an
    invisible break opportunity every 12 characters inside tokens of 24 or more (so a
    long URL wraps instead of running out of the bubble, while words wrap whole)."""

    def breakable(match: re.Match[str]) -> str:
        token = match.group(0)
        parts = [token[i : i + BREAK_EVERY] for i in range(0, len(token), BREAK_EVERY)]
        return "\u200b".join(parts)

    return LONG_TOKEN.sub(breakable, display_text(body))


def order_spans(body: str) -> tuple[str, list[OrderMention]]:
    """The bubble's text and the order numbers in it, as places in that text (links)."""
    text = bubble_text(body)
    return text, find_orders(text)


def _link_layout(text: str, spans: list[OrderMention], font: QFont, width: int) -> QTextLayout:
    """The body laid out line by line with its order numbers underlined in the accent
    colour: a layout, not rich text, so the untrusted body is never parsed as markup."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    formats = []
    for span in spans:
        fmt = QTextCharFormat()
        fmt.setForeground(style.ACCENT_TEXT)
        fmt.setFontUnderline(True)
        link = QTextLayout.FormatRange()
        link.start, link.length, link.format = span.start, span.end - span.start, fmt
        formats.append(link)
    layout.setFormats(formats)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 10
AnyIndex = QModelIndex | QPersistentModelIndex
TEXT_FLAGS = int(Qt.TextFlag.TextWordWrap)
"""Wrap between words (Chinese between characters): never "origi nal". A token too long
for any bubble (a URL, a tracking code) gets break points instead (:func:`bubble_text`)."""
LONG_TOKEN = re.compile(r"\S{24,}")
BREAK_EVERY = 12
BUBBLE_SHARE = 0.74
OUTER = 14  # gap between the bubble and the view's edge
INNER = 10  # padding inside the bubble
GAP = 8  # between bubbles
CALL_ID_BASE = -(10**15)
"""A call's line in the timeline has id ``CALL_ID_BASE - call id``: below every pending
reply's ``-mutation_id``, so the two never meet."""


def _minutes(seconds: float) -> str:
    total = max(0, int(seconds))
    return f"{total // 60}:{total % 60:02d}"


def call_line(call: CallRow) -> str:
    """What the timeline says of a call."""
    inbound = call.direction == "inbound"
    if call.state != "ended":
        text = (
            QCoreApplication.translate("Messages", "Inbound call in progress")
            if inbound
            else QCoreApplication.translate("Messages", "Outbound call in progress")
        )
    elif call.connected_at is None:
        text = (
            QCoreApplication.translate("Messages", "Missed inbound call")
            if inbound
            else QCoreApplication.translate("Messages", "Unanswered outbound call")
        )
    else:
        text = (
            QCoreApplication.translate("Messages", "Inbound call · talk {0}")
            if inbound
            else QCoreApplication.translate("Messages", "Outbound call · talk {0}")
        ).format(_minutes(call.talk_seconds))
        if call.hold_seconds >= 1:
            text += " · " + QCoreApplication.translate("Messages", "hold {0}").format(
                _minutes(call.hold_seconds)
            )
    # "at 14:32": a time of day, never to be read as one more duration beside talk and hold
    at = QCoreApplication.translate("Messages", "at {0}").format(
        clock_time(call.connected_at or call.offered_at)
    )
    return f"☎ {text} · {at}"


def _call_row(call: CallRow) -> MessageRow:
    return MessageRow(
        id=CALL_ID_BASE - call.id,
        conversation_id=call.conversation_id,
        direction="call",
        author_name="",
        body=call_line(call),
        created_at=call.connected_at or call.offered_at,
        pending=False,
    )


class MessageListModel(QAbstractListModel):
    """Messages of one conversation, oldest first, pending replies last.

    Signals: none beyond QAbstractItemModel's.
    """

    def __init__(self, reader: ConversationReads, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.conversation_id = 0
        self._rows: list[MessageRow] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == MESSAGE_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(row.body)
        return None

    def rows(self) -> list[MessageRow]:
        return list(self._rows)

    def load(self, conversation_id: int) -> None:
        self.beginResetModel()
        self.conversation_id = conversation_id
        self._rows = self._read(conversation_id) if conversation_id else []
        self.endResetModel()

    def _read(self, conversation_id: int) -> list[MessageRow]:
        """The messages, with the conversation's calls placed at their time (pending
        replies stay last)."""
        rows = self.reader.messages(conversation_id)
        if not isinstance(self.reader, RoutingReads):
            return rows
        calls = self.reader.calls_of(conversation_id)
        if not calls:
            return rows
        sent = [r for r in rows if not r.pending]
        pending = [r for r in rows if r.pending]
        timeline = sorted([*sent, *map(_call_row, calls)], key=lambda r: r.created_at)
        return [*timeline, *pending]

    def refresh(self) -> None:
        """Re-read the conversation; append when the old list is a prefix of the new."""
        if not self.conversation_id:
            return
        fresh = self._read(self.conversation_id)
        old_ids = [m.id for m in self._rows]
        new_ids = [m.id for m in fresh]
        if new_ids[: len(old_ids)] == old_ids:
            if len(new_ids) > len(old_ids):
                self.beginInsertRows(QModelIndex(), len(old_ids), len(new_ids) - 1)
                self._rows = fresh
                self.endInsertRows()
            elif fresh != self._rows:
                self._rows = fresh
                self.dataChanged.emit(self.index(0), self.index(len(fresh) - 1))
            return
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()


class MessageDelegate(QStyledItemDelegate):
    """Draws a message as a bubble sized to its text.

    ``drawText`` never interprets markup; body and author pass ``display_text`` (no bidi
    overrides or control characters) before they are measured and drawn.

    ``online`` decides what a pending reply says ("Sending…" or "Queued").

    Order numbers in a body (``desktop/knowledge/orders.py``) are drawn underlined in the
    accent colour through a ``QTextLayout`` (still plain text, never markup) and are
    links: a click on one is announced, the pane decides where it leads. From the
    keyboard, Enter on a selected bubble opens its first order number.

    Signals:
        orderClicked(str): the agent clicked this order number in a bubble (or pressed
            Enter on the bubble).
    """

    orderClicked = Signal(str)  # noqa: N815 - Qt naming
    FLASH_MS = 1600

    def __init__(self, view: QListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        view.viewport().setMouseTracking(True)  # a hand over order links
        view.activated.connect(self._activated)
        self.online = False
        self._sizes: dict[tuple[int, int, bool, int], QSize] = {}
        self._width = 0
        self.flashing = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setObjectName("message-flash")
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(self.FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)

    def show_message(self, message_id: int) -> bool:
        """Scroll the message list to a message's bubble, select it and outline it for a
        moment (a search hit being opened); False if the list does not hold it."""
        model = self.view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            msg = index.data(MESSAGE_ROLE)
            if isinstance(msg, MessageRow) and msg.id == message_id:
                self.view.scrollTo(index, QListView.ScrollHint.PositionAtCenter)
                self.view.setCurrentIndex(index)
                self.flashing = message_id
                self._flash_timer.start()
                self.view.viewport().update()
                return True
        return False

    def _end_flash(self) -> None:
        self.flashing = 0
        self.view.viewport().update()

    def forget_sizes(self) -> None:
        self._sizes.clear()

    def _bubble_width(self) -> int:
        return max(160, int(self.view.viewport().width() * BUBBLE_SHARE))

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        body = QFont(option.font)
        meta = style.smaller(body)
        return body, meta

    def _layout(
        self, option: QStyleOptionViewItem, msg: MessageRow
    ) -> tuple[QRect, QRect, int, int]:
        """Body rect (relative, before placing), bubble size, meta line height."""
        body_font, meta_font = self._fonts(option)
        inner = self._bubble_width() - 2 * INNER
        text, spans = order_spans(msg.body)
        if spans:
            rect = _link_layout(text, spans, body_font, inner).boundingRect()
            body_rect = QRect(0, 0, min(inner, int(rect.width()) + 1), int(rect.height()) + 1)
        else:
            body_rect = QFontMetrics(body_font).boundingRect(
                QRect(0, 0, inner, 100_000), TEXT_FLAGS, text
            )
        meta_h = QFontMetrics(meta_font).height()
        lines = 2 if msg.pending else 1
        # A bubble never grows past its share of the view: a very long author name is
        # elided on the meta line instead of widening the bubble past its text.
        width = min(max(body_rect.width(), self._meta_width(meta_font, msg)), inner) + 2 * INNER
        height = body_rect.height() + lines * (meta_h + 2) + 2 * INNER
        return body_rect, QRect(0, 0, width, height), meta_h, lines

    @staticmethod
    def _meta_text(msg: MessageRow) -> str:
        author = display_text(msg.author_name)
        if msg.direction == "note":
            author = QCoreApplication.translate("Messages", "Internal note · %1").replace(
                "%1", author
            )
        return f"{author} · {clock_time(msg.created_at)}" if author else clock_time(msg.created_at)

    def _meta_width(self, font: QFont, msg: MessageRow) -> int:
        return QFontMetrics(font).horizontalAdvance(self._meta_text(msg))

    def _pending_text(self) -> str:
        if self.online:
            return QCoreApplication.translate("Messages", "Sending…")
        return QCoreApplication.translate("Messages", "Queued — will send when online")

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        msg = index.data(MESSAGE_ROLE)
        if not isinstance(msg, MessageRow):
            return QSize(0, 0)
        width = self.view.viewport().width()
        if width != self._width:  # a resize: old sizes are of no use any more
            self._sizes.clear()
            self._width = width
        key = (msg.id, width, msg.pending, len(msg.body))
        size = self._sizes.get(key)
        if size is None and msg.direction == "call":
            _body_font, meta_font = self._fonts(option)
            size = QSize(width, QFontMetrics(meta_font).height() + 2 * INNER)
            self._sizes[key] = size
        if size is None:
            _body, bubble, _meta_h, _lines = self._layout(option, msg)
            size = QSize(self.view.viewport().width(), bubble.height() + GAP)
            self._sizes[key] = size
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        msg = index.data(MESSAGE_ROLE)
        if not isinstance(msg, MessageRow):
            return
        painter.save()
        try:
            self._paint(painter, option, msg)
        finally:
            painter.restore()

    def _body_layout(
        self, option: QStyleOptionViewItem, msg: MessageRow
    ) -> tuple[QTextLayout, list[OrderMention], QPointF] | None:
        """The laid-out body of a bubble with links, its links and its top-left corner."""
        if msg.direction == "call":
            return None
        text, spans = order_spans(msg.body)
        if not spans:
            return None
        body_font, _meta_font = self._fonts(option)
        _body_rect, bubble, meta_h, _lines = self._layout(option, msg)
        rect: QRect = option.rect
        x = rect.left() + OUTER if msg.direction == "in" else rect.right() - OUTER - bubble.width()
        origin = QPointF(x + INNER, rect.top() + GAP // 2 + INNER + meta_h + 2)
        layout = _link_layout(text, spans, body_font, self._bubble_width() - 2 * INNER)
        return layout, spans, origin

    def link_point(
        self, option: QStyleOptionViewItem, msg: MessageRow, number: str
    ) -> QPoint | None:
        """Where the link of order ``number`` is drawn in ``msg``'s bubble (its first
        character's middle, view coordinates); None if it is not a link there."""
        found = self._body_layout(option, msg)
        if found is None:
            return None
        layout, spans, origin = found
        span = next((s for s in spans if s.number == number), None)
        if span is None:
            return None
        line = layout.lineForTextPosition(span.start)
        found_x = line.cursorToX(span.start)  # (x, position) in PySide6
        x = float(str(found_x[0] if isinstance(found_x, tuple) else found_x)) + 3
        return (origin + QPointF(x, line.y() + line.height() / 2)).toPoint()

    def order_at(self, option: QStyleOptionViewItem, msg: MessageRow, pos: QPoint) -> str | None:
        """The order number under ``pos`` (view coordinates) in ``msg``'s bubble."""
        found = self._body_layout(option, msg)
        if found is None:
            return None
        layout, spans, origin = found
        local = QPointF(pos) - origin
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            if line.y() <= local.y() < line.y() + line.height():
                if not 0 <= local.x() <= line.naturalTextWidth():
                    return None
                at = line.xToCursor(local.x(), QTextLine.CursorPosition.CursorOnCharacter)
                return next((s.number for s in spans if s.start <= at < s.end), None)
        return None

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Enter on a bubble: its first order number, as a click on it would. A double
        click also activates; only the keyboard's activation counts here (a mouse has
        the link itself to click)."""
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        msg = index.data(MESSAGE_ROLE)
        if isinstance(msg, MessageRow):
            spans = order_spans(msg.body)[1]
            if spans:
                self.orderClicked.emit(spans[0].number)

    def editorEvent(  # noqa: N802 - Qt override
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        """A left click on an order number announces it; the pointer is a hand over one."""
        if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            msg = index.data(MESSAGE_ROLE)
            over = isinstance(msg, MessageRow) and (
                self.order_at(option, msg, event.position().toPoint()) is not None
            )
            viewport = self.view.viewport()
            if over:
                viewport.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                viewport.unsetCursor()
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            msg = index.data(MESSAGE_ROLE)
            if isinstance(msg, MessageRow):
                number = self.order_at(option, msg, event.position().toPoint())
                if number is not None:
                    self.orderClicked.emit(number)
                    return True
        return super().editorEvent(event, model, option, index)

    def _paint_call(self, painter: QPainter, option: QStyleOptionViewItem, msg: MessageRow) -> None:
        """A call: one centred, muted line in a light pill."""
        _body_font, meta_font = self._fonts(option)
        metrics = QFontMetrics(meta_font)
        rect: QRect = option.rect
        room = max(0, rect.width() - 2 * OUTER - 2 * INNER)
        text = metrics.elidedText(display_text(msg.body), Qt.TextElideMode.ElideRight, room)
        width = metrics.horizontalAdvance(text) + 2 * INNER
        height = metrics.height() + INNER
        pill = QRect(rect.center().x() - width // 2, rect.top() + GAP // 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=True)
        painter.setPen(QPen(style.DIVIDER, 1))
        painter.setBrush(style.HOVER_BG)
        painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), height // 2, height // 2)
        painter.setFont(meta_font)
        painter.setPen(style.MUTED)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, msg: MessageRow) -> None:
        if msg.direction == "call":
            self._paint_call(painter, option, msg)
            return
        body_font, meta_font = self._fonts(option)
        body_rect, bubble, meta_h, _lines = self._layout(option, msg)
        rect: QRect = option.rect
        inbound = msg.direction == "in"
        x = rect.left() + OUTER if inbound else rect.right() - OUTER - bubble.width()
        bubble.moveTo(x, rect.top() + GAP // 2)
        fill = {"in": style.BUBBLE_IN, "note": style.BUBBLE_NOTE}.get(
            msg.direction, style.BUBBLE_OUT
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=True)
        edge = style.BUBBLE_NOTE_EDGE if msg.direction == "note" else fill.darker(106)
        painter.setPen(
            QPen(edge, 1, Qt.PenStyle.DashLine if msg.pending else Qt.PenStyle.SolidLine)
        )
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble.adjusted(0, 0, -1, -1), 10, 10)
        if msg.id == self.flashing and msg.id:
            painter.setPen(QPen(style.ACCENT, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(bubble.adjusted(-2, -2, 1, 1), 12, 12)

        left = bubble.left() + INNER
        top = bubble.top() + INNER
        painter.setFont(meta_font)
        painter.setPen(style.MUTED)
        painter.drawText(
            QRect(left, top, bubble.width() - 2 * INNER, meta_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(meta_font).elidedText(
                self._meta_text(msg), Qt.TextElideMode.ElideMiddle, bubble.width() - 2 * INNER
            ),
        )
        top += meta_h + 2
        painter.setFont(body_font)
        painter.setPen(style.TEXT)
        text, spans = order_spans(msg.body)
        if spans:
            layout = _link_layout(text, spans, body_font, self._bubble_width() - 2 * INNER)
            layout.draw(painter, QPointF(left, top))
        else:
            painter.drawText(
                QRect(left, top, bubble.width() - 2 * INNER, body_rect.height()),
                TEXT_FLAGS,
                text,
            )
        if msg.pending:
            top += body_rect.height() + 2
            painter.setFont(meta_font)
            painter.setPen(style.PENDING)
            painter.drawText(
                QRect(left, top, bubble.width() - 2 * INNER, meta_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self._pending_text(),
            )
