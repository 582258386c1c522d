"""What a bubble shows of the real channels (issue 12), under the message's text.

- An outbound message's delivery, quietly, as the bubble's last line: "◷ Queued",
  "✓ Sent", "✓✓ Delivered", or "Not delivered: <the channel's reason>" in the error colour
  with a "Retry" link. A failed delivery stays on its bubble until it is retried; the
  tooltip says how many attempts were made. Inbound messages, notes and phone lines have
  no delivery and show none.
- An email's folded quoted history behind "Show quoted text" (per message, kept while
  the pane lives) and "View formatted" when the mail had an HTML part.
- Attachments as chips (name and size); a click asks for the file (the pane fetches and
  opens it).

Everything is drawn by the delegate as plain text (never markup), like the body; the
links and chips are hit-tested like the order links of :mod:`messages`. From the
keyboard the same actions are in the message list's context menu (the Menu key).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from desktop.models.rows import AttachmentRow, MessageRow
from desktop.ui.conversation.messages import (
    GAP,
    INNER,
    MESSAGE_ROLE,
    OUTER,
    TEXT_FLAGS,
    MessageDelegate,
    bubble_text,
)
from desktop.ui.shell import style
from desktop.widgets.plain import display_text

AnyIndex = QModelIndex | QPersistentModelIndex
QUOTED_SHOWN = 4000
"""The longest quoted history a bubble unfolds (the rest is cut with "…"): a long thread
quoted whole would make one bubble taller than any screen."""
EXTRA_GAP = 6
CHIP_PAD = 8
LINK_SPACE = 16
CLICKABLE = frozenset({"toggle", "formatted", "chip", "retry"})


@dataclass(frozen=True)
class Part:
    """One drawn piece under a bubble's text: ``kind`` is ``quoted`` (the unfolded
    history), ``toggle`` / ``formatted`` / ``retry`` (links), ``chip`` (an attachment,
    ``attachment`` set) or ``status`` (the delivery line). ``rect`` is relative to the
    extras' top-left corner; ``right`` parts are placed from the right edge."""

    kind: str
    rect: QRect
    text: str
    attachment: AttachmentRow | None = None
    right: bool = False


@dataclass(frozen=True)
class Extras:
    parts: tuple[Part, ...]
    width: int
    height: int


def size_text(size: int) -> str:
    """A file size for people ("12 KB", "3.4 MB"), in the desk's locale."""
    digits = 0 if size >= 10 * 1024 * 1024 or size < 1024 else 1
    return QLocale().formattedDataSize(
        size, digits, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


def delivery_text(msg: MessageRow) -> str:
    """The delivery line of an outbound message ("" when it has none)."""
    if msg.direction != "out" or msg.pending or msg.delivery is None:
        return ""
    if msg.delivery == "failed":
        reason = " ".join(display_text(msg.delivery_error).split()) or QCoreApplication.translate(
            "Delivery", "the channel gave no reason"
        )
        return QCoreApplication.translate("Delivery", "Not delivered: {0}").format(reason)
    return {
        "queued": "◷ " + QCoreApplication.translate("Delivery", "Queued"),
        "sent": "✓ " + QCoreApplication.translate("Delivery", "Sent"),
        "delivered": "✓✓ " + QCoreApplication.translate("Delivery", "Delivered"),
    }.get(msg.delivery, "")


def delivery_tooltip(msg: MessageRow) -> str:
    """The delivery line's tooltip: the attempts made, and the whole reason. "Attempts: 3"
    rather than "3 attempts": lupdate does not see the plural of a module-level
    ``translate`` call, and a count after a colon reads right in every language."""
    attempts = QCoreApplication.translate("Delivery", "Attempts: {0}").format(msg.delivery_attempts)
    if msg.delivery == "failed":
        return QCoreApplication.translate("Delivery", "Not delivered. {0}. {1}").format(
            attempts, display_text(msg.delivery_error)
        )
    if msg.delivery_error:
        return QCoreApplication.translate("Delivery", "{0}. Last error: {1}").format(
            attempts, display_text(msg.delivery_error)
        )
    return attempts if msg.delivery_attempts else ""


def chips_of(msg: MessageRow) -> list[AttachmentRow]:
    """The attachments shown as chips: inline images stay in the formatted view when
    the mail has one, everything else is a chip."""
    return [a for a in msg.attachments if not (a.inline and msg.html)]


def has_extras(msg: MessageRow) -> bool:
    return bool(msg.quoted or msg.html or msg.attachments or delivery_text(msg))


def chip_text(attachment: AttachmentRow, metrics: QFontMetrics, room: int) -> str:
    """A chip's label, the name elided in the middle (the extension stays) to fit."""
    size = f" · {size_text(attachment.size)}"
    name = display_text(attachment.name) or QCoreApplication.translate("Delivery", "attachment")
    fit = metrics.elidedText(
        name, Qt.TextElideMode.ElideMiddle, max(40, room - metrics.horizontalAdvance(size))
    )
    return fit + size


def layout_extras(
    msg: MessageRow, unfolded: bool, body_font: QFont, meta_font: QFont, inner: int
) -> Extras | None:
    """Where each extra piece of ``msg``'s bubble goes within ``inner`` pixels."""
    if msg.direction == "call" or not has_extras(msg):
        return None
    meta = QFontMetrics(meta_font)
    line = meta.height()
    parts: list[Part] = []
    width = y = 0
    if msg.quoted and unfolded:
        text = bubble_text(
            msg.quoted[:QUOTED_SHOWN] + ("…" if len(msg.quoted) > QUOTED_SHOWN else "")
        )
        box = QFontMetrics(body_font).boundingRect(
            QRect(0, 0, inner - 8, 100_000), TEXT_FLAGS, text
        )
        parts.append(Part("quoted", QRect(8, y, box.width(), box.height()), text))
        width, y = max(width, box.width() + 8), y + box.height() + EXTRA_GAP
    links = []
    if msg.quoted:
        links.append(
            (
                "toggle",
                QCoreApplication.translate("Delivery", "Hide quoted text")
                if unfolded
                else QCoreApplication.translate("Delivery", "Show quoted text"),
            )
        )
    if msg.html:
        links.append(("formatted", QCoreApplication.translate("Delivery", "View formatted")))
    x = 0
    for kind, text in links:
        advance = meta.horizontalAdvance(text)
        parts.append(Part(kind, QRect(x, y, advance, line), text))
        x += advance + LINK_SPACE
    if links:
        width, y = max(width, x - LINK_SPACE), y + line + EXTRA_GAP
    x, chip_h = 0, line + 6
    for attachment in chips_of(msg):
        text = chip_text(attachment, meta, inner - 2 * CHIP_PAD)
        chip_w = min(inner, meta.horizontalAdvance(text) + 2 * CHIP_PAD)
        if x and x + chip_w > inner:
            x, y = 0, y + chip_h + 4
        parts.append(Part("chip", QRect(x, y, chip_w, chip_h), text, attachment))
        x += chip_w + 6
        width = max(width, x - 6)
    if x:
        y += chip_h + EXTRA_GAP
    status = _status_parts(msg, meta, inner, y)
    if status:
        parts.extend(status)
        width = max(width, sum(p.rect.width() for p in status) + LINK_SPACE * (len(status) - 1))
        y += line
    else:
        y = max(0, y - EXTRA_GAP)
    return Extras(tuple(parts), width, y)


def _status_parts(msg: MessageRow, meta: QFontMetrics, inner: int, y: int) -> list[Part]:
    """The delivery line at ``y``: the status (right-aligned), or a failure's reason
    and its "Retry" link (against the right edge)."""
    status = delivery_text(msg)
    if not status:
        return []
    line = meta.height()
    retry = QCoreApplication.translate("Delivery", "Retry") if msg.delivery == "failed" else ""
    retry_w = meta.horizontalAdvance(retry) if retry else 0
    room = inner - (retry_w + LINK_SPACE if retry else 0)
    shown = meta.elidedText(status, Qt.TextElideMode.ElideRight, room)
    status_w = meta.horizontalAdvance(shown)
    if not retry:
        return [Part("status", QRect(0, y, status_w, line), shown, right=True)]
    return [
        Part("status", QRect(0, y, status_w, line), shown),
        Part("retry", QRect(0, y, retry_w, line), retry, right=True),
    ]


def placed(extras: Extras, origin: QPoint, avail: int) -> list[Part]:
    """The parts in view coordinates, ``right`` ones against the right edge."""
    found = []
    for part in extras.parts:
        rect = QRect(part.rect)
        if part.right:
            rect.moveLeft(avail - rect.width())
        found.append(replace(part, rect=rect.translated(origin)))
    return found


class ChannelMessageDelegate(MessageDelegate):
    """The message delegate with the channel's extras under each bubble's text.

    ``unfolded`` holds the messages whose quoted history is shown (kept while the pane
    lives; a toggle relays the list out).

    Signals:
        retryRequested(int): "Retry" on a failed delivery; the message id.
        formattedRequested(int): "View formatted" on an email; the message id.
        attachmentRequested(int, int): an attachment chip; message and attachment ids.
    """

    retryRequested = Signal(int)  # noqa: N815 - Qt naming
    formattedRequested = Signal(int)  # noqa: N815 - Qt naming
    attachmentRequested = Signal(int, int)  # noqa: N815 - Qt naming

    def __init__(self, view: QListView, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        self.unfolded: set[int] = set()
        self._extra_sizes: dict[tuple[object, ...], QSize] = {}
        self._extra_width = 0

    def extras(self, option: QStyleOptionViewItem, msg: MessageRow) -> Extras | None:
        body_font, meta_font = self._fonts(option)
        inner = self._bubble_width() - 2 * INNER
        return layout_extras(msg, msg.id in self.unfolded, body_font, meta_font, inner)

    def forget_sizes(self) -> None:
        super().forget_sizes()
        self._extra_sizes.clear()

    def _layout(
        self, option: QStyleOptionViewItem, msg: MessageRow
    ) -> tuple[QRect, QRect, int, int]:
        body_rect, bubble, meta_h, lines = super()._layout(option, msg)
        extras = self.extras(option, msg)
        if extras is not None:
            inner = self._bubble_width() - 2 * INNER
            bubble.setWidth(max(bubble.width(), min(extras.width, inner) + 2 * INNER))
            bubble.setHeight(bubble.height() + extras.height + EXTRA_GAP)
        return body_rect, bubble, meta_h, lines

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        msg = index.data(MESSAGE_ROLE)
        if not isinstance(msg, MessageRow) or not has_extras(msg) or msg.direction == "call":
            return super().sizeHint(option, index)
        width = self.view.viewport().width()
        if width != self._extra_width:
            self._extra_sizes.clear()
            self._extra_width = width
        key: tuple[object, ...] = (msg.id, width, msg.pending, len(msg.body), msg.delivery)
        key += (msg.delivery_error, msg.id in self.unfolded, msg.attachments)
        key += (len(msg.html), len(msg.quoted))
        size = self._extra_sizes.get(key)
        if size is None:
            _body, bubble, _meta_h, _lines = self._layout(option, msg)
            size = self._extra_sizes[key] = QSize(width, bubble.height() + GAP)
        return size

    def parts(self, option: QStyleOptionViewItem, msg: MessageRow) -> list[Part]:
        """The extras of ``msg``'s bubble where they are drawn (view coordinates)."""
        extras = self.extras(option, msg)
        if extras is None:
            return []
        body_rect, bubble, meta_h, _lines = self._layout(option, msg)
        rect: QRect = option.rect
        x = rect.left() + OUTER if msg.direction == "in" else rect.right() - OUTER - bubble.width()
        top = rect.top() + GAP // 2 + INNER + meta_h + 2 + body_rect.height() + EXTRA_GAP
        if msg.pending:
            top += meta_h + 2
        return placed(extras, QPoint(x + INNER, top), bubble.width() - 2 * INNER)

    def part_at(self, option: QStyleOptionViewItem, msg: MessageRow, pos: QPoint) -> Part | None:
        return next((p for p in self.parts(option, msg) if p.rect.contains(pos)), None)

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, msg: MessageRow) -> None:
        super()._paint(painter, option, msg)
        found = self.parts(option, msg)
        if not found:
            return
        body_font, meta_font = self._fonts(option)
        for part in found:
            if part.kind == "quoted":
                painter.setPen(QPen(style.DIVIDER, 2))
                painter.drawLine(
                    part.rect.left() - 6, part.rect.top(), part.rect.left() - 6, part.rect.bottom()
                )
                painter.setFont(body_font)
                painter.setPen(style.MUTED)
                painter.drawText(part.rect.adjusted(0, 0, 2, 0), TEXT_FLAGS, part.text)
                continue
            painter.setFont(meta_font)
            if part.kind == "chip":
                painter.setPen(QPen(style.DIVIDER, 1))
                painter.setBrush(style.BASE)
                painter.drawRoundedRect(part.rect.adjusted(0, 0, -1, -1), 6, 6)
                painter.setPen(style.TEXT)
                painter.drawText(part.rect, Qt.AlignmentFlag.AlignCenter, part.text)
                continue
            if part.kind == "status":
                failed = msg.delivery == "failed"
                painter.setPen(style.FAILED if failed else style.MUTED)
                painter.drawText(part.rect, Qt.AlignmentFlag.AlignVCenter, part.text)
                continue
            link_font = QFont(meta_font)
            link_font.setUnderline(True)
            painter.setFont(link_font)
            painter.setPen(style.FAILED if part.kind == "retry" else style.ACCENT_TEXT)
            painter.drawText(part.rect, Qt.AlignmentFlag.AlignVCenter, part.text)

    def toggle_quoted(self, message_id: int) -> None:
        """Fold or unfold a message's quoted history (its bubble is laid out again)."""
        self.unfolded ^= {message_id}
        model = self.view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            msg = index.data(MESSAGE_ROLE)
            if isinstance(msg, MessageRow) and msg.id == message_id:
                self.sizeHintChanged.emit(index)
                break
        self.view.viewport().update()

    def activate(self, msg: MessageRow, part: Part) -> None:
        """Do what clicking ``part`` of ``msg``'s bubble does."""
        if part.kind == "toggle":
            self.toggle_quoted(msg.id)
        elif part.kind == "formatted":
            self.formattedRequested.emit(msg.id)
        elif part.kind == "retry":
            self.retryRequested.emit(msg.id)
        elif part.kind == "chip" and part.attachment is not None:
            self.attachmentRequested.emit(msg.id, part.attachment.id)

    def editorEvent(  # noqa: N802 - Qt override
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        """A click on a link or chip does its action; the pointer is a hand over one."""
        msg = index.data(MESSAGE_ROLE)
        part = None
        if isinstance(event, QMouseEvent) and isinstance(msg, MessageRow):
            part = self.part_at(option, msg, event.position().toPoint())
        clickable = part is not None and part.kind in CLICKABLE
        if event.type() == QEvent.Type.MouseMove and clickable:
            self.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            return False
        # A second click soon after the first arrives as a double click, whose release
        # never reaches the delegate: it counts as the click it is.
        if (
            event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)
            and clickable
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and isinstance(msg, MessageRow)
            and part is not None
        ):
            self.activate(msg, part)
            return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(  # noqa: N802 - Qt override
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        """Tooltips: a delivery's attempts and whole reason, a chip's name and type."""
        msg = index.data(MESSAGE_ROLE)
        part = self.part_at(option, msg, event.pos()) if isinstance(msg, MessageRow) else None
        text = ""
        if isinstance(msg, MessageRow) and part is not None:
            if part.kind in ("status", "retry"):
                text = delivery_tooltip(msg)
            elif part.kind == "chip" and part.attachment is not None:
                a = part.attachment
                text = (
                    f"{display_text(a.name)}\n{display_text(a.content_type)} · {size_text(a.size)}"
                )
        if text:
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)
