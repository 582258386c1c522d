"""How one inbox line is painted: customer and time, preview, then channel, queue, status.

Lines are painted, not built from widgets (a view of 100,000 rows asks only for the ones
it shows). Colours come from :mod:`desktop.ui.shell.style`.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.models.rows import ConversationRow
from desktop.ui.inbox import sla
from desktop.ui.inbox.model import DRAFT_ROLE, GONE_ROLE, QUEUE_ROLE, ROW_ROLE, SLA_ROLE
from desktop.ui.labels import channel_label, relative_time, status_label
from desktop.ui.shell import style
from desktop.widgets.plain import display_text

LINE_HEIGHT = 76
"""The least height of a row (at the desk's usual 10.5 pt); larger text gets taller rows
(:func:`row_height`)."""
PAD = 12
GONE_OPACITY = 0.45
"""A row that has left the list (resolved or reassigned elsewhere) stays, faded, until
the merge: readable, clearly not current work."""
AnyIndex = QModelIndex | QPersistentModelIndex


def row_height(font: QFont) -> int:
    """A row's height for ``font``: the padding and gaps :meth:`InboxDelegate.paint` uses
    around the name, the preview and the smaller channel line, so three lines of the
    system's text size fit (at 150 % text a fixed 76 px would clip the third)."""
    base = QFontMetrics(font).height()
    small = QFontMetrics(style.smaller(font)).height()
    return max(LINE_HEIGHT, 26 + 2 * base + small)


class InboxDelegate(QStyledItemDelegate):
    """Paints one conversation: customer and time, preview, then channel, queue, status.

    ``drawText`` never interprets markup; untrusted strings pass ``display_text`` (no bidi
    overrides or control characters) and are elided to the line.

    Open conversations (the ones waiting on the agent) get a bold name and an accent bar;
    one with a draft says "Draft" after its channel; one that has left the list and
    waits for the merge to go (``GONE_ROLE``) is faded; one owing the customer a response
    shows its countdown before the status ("4:12", "-1:03" overdue): muted while on time,
    amber in the last quarter of the target, red when overdue (``SLA_ROLE``).

    Signals: none.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        del index
        return QSize(option.rect.width() or 320, row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row = index.data(ROW_ROLE)
        rect: QRect = option.rect
        painter.save()
        try:
            self._background(painter, option, rect)
            if isinstance(row, ConversationRow):
                if index.data(GONE_ROLE):
                    painter.setOpacity(GONE_OPACITY)
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
        # The theme's fill for the channel (contrast-checked against its text in both
        # palettes); a lighter() of the text colour was near-white behind light text in dark.
        fill = style.CHANNEL_FILLS.get(channel, style.HOVER_BG)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, on=True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(color)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return x + width + 8
