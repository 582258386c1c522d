"""The "/" picker of the reply box: canned replies searched as the agent types.

Typing "/" at the start of the reply or after a space opens a list under the caret (above
it when the window has no room below, as at the bottom of the conversation pane); what
follows the "/" is the query (:mod:`desktop.knowledge.canned_search`). Up and Down choose,
Enter or Tab inserts, Esc closes and leaves the typed text as it is. The editor keeps the
keyboard focus the whole time: the picker is a child of the window that never takes focus,
and the reply box hands it the few keys it answers (:meth:`CannedController.handle_key`),
so an input method composing Chinese keeps working.

Inserting replaces "/query" with the reply in the conversation's language, its variables
filled (:mod:`desktop.knowledge.snippets`), and selects the first ``{{fill:...}}``; the
reply box then moves between fill-ins with Tab and Shift+Tab (``reply.select_fill_in``).
Everything is read from the cache, so the picker works offline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.knowledge.canned_search import CannedSearch
from desktop.knowledge.snippets import (
    Expansion,
    SnippetContext,
    expand_variants,
    preview,
    same_language,
)
from desktop.models.canned import CannedReply
from desktop.ui.shell import style
from desktop.widgets.plain import PlainLabel, display_text

QUERY_CHARS_MAX = 80
"""A "/" followed by more than this is prose (a path, a fraction): the picker closes."""
VISIBLE_ROWS = 6
RESULTS_MAX = 50
PICKER_WIDTH = 560
PICKER_MIN_WIDTH = 360
MARGIN = 8
ReplyRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


@runtime_checkable
class CannedSource(Protocol):
    """The cache's canned-reply reads (``CacheReader`` satisfies it through
    ``desktop.store.readers.canned.CannedReads``)."""

    def canned_replies(self, agent_id: int | None) -> list[CannedReply]: ...

    def canned_reply(self, reply_id: int) -> CannedReply | None: ...


@dataclass(frozen=True)
class PickerEntry:
    """One row: the reply, one line of it in the language chosen for the conversation,
    that language, and whether it is not the customer's (the reply lacks theirs)."""

    reply: CannedReply
    preview: str
    language: str
    fallback: bool = False


def scope_label(reply: CannedReply) -> str:
    """ "Personal" or "Shared", in the desk's language (the picker and the manager)."""
    if reply.scope == "personal":
        return QCoreApplication.translate("CannedPicker", "Personal")
    return QCoreApplication.translate("CannedPicker", "Shared")


class PickerModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[PickerEntry] = []

    def set_entries(self, entries: list[PickerEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == ReplyRole:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_text(
                f"{entry.reply.title}, /{entry.reply.shortcut}, {scope_label(entry.reply)}: "
                f"{entry.preview}"
            )
        return None


class PickerDelegate(QStyledItemDelegate):
    """Two lines per reply: the title with "/shortcut", the language and a Shared or
    Personal marker on the right; below, the reply's first words, muted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def row_height(self, font: QFont) -> int:
        metrics = QFontMetrics(font)
        small = QFontMetrics(style.smaller(font))
        return metrics.height() + small.height() + 14

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), self.row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        entry = index.data(ReplyRole)
        if not isinstance(entry, PickerEntry):
            return
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, style.SELECTED_BG)
        font = QFont(option.font)
        small = style.smaller(font)
        metrics, small_metrics = QFontMetrics(font), QFontMetrics(small)
        inner = rect.adjusted(12, 6, -12, -6)
        # Right: the marker chip, then the language and the shortcut before it.
        marker = scope_label(entry.reply)
        chip_width = small_metrics.horizontalAdvance(marker) + 12
        chip = QRect(
            inner.right() - chip_width + 1, inner.top() + 1, chip_width, small_metrics.height()
        )
        personal = entry.reply.scope == "personal"
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.BUBBLE_NOTE if personal else style.BUBBLE_IN)
        painter.drawRoundedRect(chip, 6, 6)
        painter.setFont(small)
        painter.setPen(style.PENDING if personal else style.MUTED)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, marker)
        right = chip.left() - 8
        if entry.fallback:
            # Not the customer's language: say which one it is, in amber.
            language = display_text(entry.language)[:16]
            width = small_metrics.horizontalAdvance(language) + 2
            painter.setPen(style.PENDING)
            painter.drawText(
                QRect(right - width, inner.top(), width, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                language,
            )
            right -= width + 8
        meta = display_text(f"/{entry.reply.shortcut}")
        meta_width = min(small_metrics.horizontalAdvance(meta) + 2, inner.width() // 3)
        meta_rect = QRect(right - meta_width, inner.top(), meta_width, metrics.height())
        painter.setPen(style.ACCENT)
        painter.drawText(
            meta_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, meta_width),
        )
        # Left: the title (bold), elided before the shortcut.
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        title_rect = QRect(
            inner.left(),
            inner.top(),
            max(0, meta_rect.left() - 10 - inner.left()),
            metrics.height(),
        )
        painter.setFont(bold)
        painter.setPen(style.TEXT)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(
                display_text(entry.reply.title), Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        # Below: one line of the text in the conversation's language.
        preview_rect = QRect(
            inner.left(), inner.top() + metrics.height() + 2, inner.width(), small_metrics.height()
        )
        painter.setFont(small)
        painter.setPen(style.MUTED)
        painter.drawText(
            preview_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(entry.preview, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()


class CannedPicker(QFrame):
    """The list of matching replies, floating over the window; it never takes focus.

    Signals:
        chosen(object): the agent clicked a reply (a :class:`CannedReply`).
    """

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cannedPicker")
        self.setAccessibleName(self.tr("Canned replies"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._styled_for = -1  # the theme generation the frame's sheet was made for
        self.model = PickerModel(self)
        self.delegate = PickerDelegate(self)
        self.view = QListView()
        self.view.setObjectName("cannedList")
        self.view.setAccessibleName(self.tr("Matching canned replies"))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setUniformItemSizes(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        self.view.clicked.connect(self._on_clicked)
        self.empty = PlainLabel()
        self.empty.setObjectName("muted")
        self.empty.setContentsMargins(12, 8, 12, 8)
        self.footer = PlainLabel(self.tr("↑↓ choose · Enter inserts · Esc closes"))
        self.footer.setObjectName("muted")
        self.footer.setFont(style.smaller(self.footer.font()))
        self.footer.setContentsMargins(12, 4, 12, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 4, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.footer)
        self.hide()

    def restyle(self) -> None:
        """The frame in the theme's colours (again after a switch between light and dark:
        a style sheet does not follow the live colours by itself)."""
        if self._styled_for == style.generation():
            return
        self._styled_for = style.generation()
        self.setStyleSheet(
            f"QFrame#cannedPicker {{ background: {style.BASE.name()};"
            f" border: 1px solid {style.FAINT.name()}; border-radius: 6px; }}"
        )

    def show_entries(self, entries: list[PickerEntry]) -> None:
        """Show ``entries``, the first selected (or why none, when there are none)."""
        self.restyle()
        self.model.set_entries(entries)
        self.view.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.empty.setText("" if entries else self.tr("No canned reply matches"))
        if entries:
            self.view.setCurrentIndex(self.model.index(0, 0))
        rows = min(max(len(entries), 1), VISIBLE_ROWS)
        self.view.setFixedHeight(rows * self.delegate.row_height(self.view.font()) + 2)

    def step(self, delta: int) -> None:
        """Move the choice ``delta`` rows, stopping at the ends."""
        count = self.model.rowCount()
        if not count:
            return
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        row = max(0, min(count - 1, row + delta))
        self.view.setCurrentIndex(self.model.index(row, 0))

    def current_reply(self) -> CannedReply | None:
        entry = self.view.currentIndex().data(ReplyRole)
        return entry.reply if isinstance(entry, PickerEntry) else None

    def place(self, caret: QRect, editor: QRect) -> None:
        """Sit under ``caret``, or above the ``editor`` when the window has no room below
        (both in the parent's coordinates); aligned with the editor and as wide, between
        :data:`PICKER_MIN_WIDTH` and :data:`PICKER_WIDTH`, inside the window."""
        parent = self.parentWidget()
        if parent is None:
            return
        area = parent.rect()
        width = max(PICKER_MIN_WIDTH, min(PICKER_WIDTH, editor.width()))
        width = min(width, area.width() - 2 * MARGIN)
        self.setFixedWidth(width)
        self.adjustSize()
        height = self.sizeHint().height()
        self.resize(width, height)
        x = max(MARGIN, min(editor.left(), area.right() - MARGIN - width))
        below = caret.bottom() + 4
        # Decided on the tallest the list can get, so it does not jump from below the
        # caret to above the editor as the matches thin out while the agent types.
        tallest = height + self.delegate.row_height(self.view.font()) * (
            VISIBLE_ROWS - min(max(self.model.rowCount(), 1), VISIBLE_ROWS)
        )
        if below + tallest <= area.bottom() - MARGIN or editor.top() - height - 4 < MARGIN:
            y = min(below, max(MARGIN, area.bottom() - MARGIN - height))
        else:
            y = editor.top() - height - 4
        self.move(QPoint(x, y))
        self.raise_()

    def _on_clicked(self, index: QModelIndex) -> None:
        entry = index.data(ReplyRole)
        if isinstance(entry, PickerEntry):
            self.chosen.emit(entry.reply)


class CannedController(QObject):
    """Connects a reply editor with the picker: notices "/", searches, inserts.

    ``source`` (the cache's reads; None: no picker), ``context`` (what the variables are
    filled with) and ``agent_id`` (whose personal replies) are set by the reply box's
    owner. The index is rebuilt only when the picker opens after :meth:`mark_stale`.

    Signals:
        inserted(object, int): a reply went into the editor; carries its
            :class:`Expansion` and where it starts (a Qt position): the reply box selects
            its first fill-in and reports variables left unfilled.
    """

    inserted = Signal(object, int)

    def __init__(self, editor: QPlainTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.source: CannedSource | None = None
        self.context: Callable[[], SnippetContext] = SnippetContext
        self.agent_id: Callable[[], int | None] = lambda: None
        self.quiet = False  # the owner is loading text: a "/" in a draft opens nothing
        self.search: CannedSearch[CannedReply] = CannedSearch()
        self._stale = True
        self._built_for: int | None = None  # whose personal replies the index holds
        self._anchor = -1  # where the "/" is while the picker is open
        self._slash_added = False  # open_picker() typed the "/" itself
        self.picker: CannedPicker | None = None
        editor.document().contentsChange.connect(self._on_contents_change)
        editor.cursorPositionChanged.connect(self._on_cursor_moved)

    # ------------------------------------------------------------------ public API

    @property
    def is_open(self) -> bool:
        return self._anchor >= 0

    def mark_stale(self) -> None:
        """The canned replies changed (topic ``canned``): rebuild before the next search,
        or now when the picker is showing."""
        self._stale = True
        if self.is_open:
            self._refresh()

    def open_picker(self) -> bool:
        """Open the picker at the caret (a keyboard shortcut): types the "/" it needs,
        with a space before it when the caret follows a word. False when there is no
        source of replies or the editor is read-only."""
        if self.source is None or self.editor.isReadOnly():
            return False
        if self.is_open:
            return True
        cursor = self.editor.textCursor()
        cursor.clearSelection()
        position = cursor.position()
        before = self.editor.document().characterAt(position - 1) if position else " "
        self.quiet = True
        try:
            if not before.isspace():
                cursor.insertText(" ")
            cursor.insertText("/")
        finally:
            self.quiet = False
        self.editor.setTextCursor(cursor)
        self._open(cursor.position() - 1, slash_added=True)
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def close(self) -> None:
        self._anchor = -1
        self._slash_added = False
        if self.picker is not None:
            self.picker.hide()

    def query(self) -> str:
        """What follows the "/" up to the caret ("" when closed)."""
        if not self.is_open:
            return ""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._anchor + 1)
        cursor.setPosition(
            max(self._anchor + 1, self.editor.textCursor().position()),
            QTextCursor.MoveMode.KeepAnchor,
        )
        return cursor.selectedText()

    def handle_key(self, event: QKeyEvent) -> bool:
        """The reply box's key filter asks first while the picker is open; True when the
        key was the picker's (Up, Down, Page Up/Down, Enter, Tab, Esc)."""
        if not self.is_open or self.picker is None:
            return False
        key, mods = event.key(), event.modifiers()
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.close()  # Ctrl+Enter sends, shortcuts act: the picker steps aside
            return False
        steps = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -VISIBLE_ROWS,
            Qt.Key.Key_PageDown: VISIBLE_ROWS,
        }
        handled = True
        if key in steps:
            self.picker.step(steps[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            reply = self.picker.current_reply()
            if reply is None:
                self.close()
                handled = key == Qt.Key.Key_Tab  # Enter without a choice is a new line
            else:
                self.insert(reply)
        elif key == Qt.Key.Key_Escape:
            self._escape()
        else:
            handled = False
        return handled

    def insert(self, reply: CannedReply) -> Expansion:
        """Replace "/query" (or insert at the caret when the picker is closed) with
        ``reply`` for this conversation."""
        expansion = expand_variants(reply.variants, self.context())
        cursor = self.editor.textCursor()
        if self.is_open:
            end = max(cursor.position(), self._anchor + 1)
            cursor.setPosition(self._anchor)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        start = min(cursor.position(), cursor.anchor())
        self.close()
        self.quiet = True
        try:
            cursor.insertText(expansion.text)
        finally:
            self.quiet = False
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.inserted.emit(expansion, start)
        return expansion

    # ------------------------------------------------------------------ internals

    def _open(self, anchor: int, *, slash_added: bool = False) -> None:
        window = self.editor.window()
        if self.picker is None or self.picker.parentWidget() is not window:
            if self.picker is not None:
                self.picker.deleteLater()
            self.picker = CannedPicker(window)
            self.picker.chosen.connect(self.insert)
        self._anchor = anchor
        self._slash_added = slash_added
        self._refresh()

    def _escape(self) -> None:
        """Esc closes and leaves what was typed, except a "/" the shortcut typed that
        nothing followed (the agent changed their mind)."""
        anchor, added = self._anchor, self._slash_added
        empty = not self.query()
        self.close()
        if added and empty:
            cursor = self.editor.textCursor()
            cursor.setPosition(anchor)
            cursor.setPosition(anchor + 1, QTextCursor.MoveMode.KeepAnchor)
            if cursor.selectedText() == "/":
                self.quiet = True
                try:
                    cursor.removeSelectedText()
                finally:
                    self.quiet = False

    def _entries(self, query: str) -> list[PickerEntry]:
        if self.source is None:
            return []
        agent_id = self.agent_id()
        if self._stale or agent_id != self._built_for:
            # Also when the server has just said who signed in: their personal replies.
            self.search.rebuild(self.source.canned_replies(agent_id))
            self._stale, self._built_for = False, agent_id
        context = self.context()
        entries: list[PickerEntry] = []
        for reply in self.search.search(query, RESULTS_MAX):
            expansion = expand_variants(reply.variants, context)
            fallback = not same_language(expansion.language, context.language or "en")
            line = display_text(preview(expansion.text))
            entries.append(PickerEntry(reply, line, expansion.language, fallback))
        return entries

    def _still_valid(self) -> bool:
        document = self.editor.document()
        anchor = self._anchor
        if anchor < 0 or anchor >= document.characterCount() - 1:
            return False
        if document.characterAt(anchor) != "/":
            return False
        if self.editor.textCursor().position() <= anchor:
            return False
        query = self.query()
        return "\u2029" not in query and len(query) <= QUERY_CHARS_MAX

    def _refresh(self) -> None:
        if not self._still_valid():
            self.close()
            return
        query = self.query()
        entries = self._entries(query)
        if not entries and query[-1:].isspace():
            self.close()  # "/ " or "1/2 of " : the agent is writing, not looking
            return
        picker = self.picker
        window = picker.parentWidget() if picker is not None else None
        if picker is None or window is None:
            return
        picker.show_entries(entries)
        caret = self.editor.cursorRect(self._anchor_cursor())
        top_left = self.editor.viewport().mapTo(window, caret.topLeft())
        editor = QRect(self.editor.mapTo(window, QPoint(0, 0)), self.editor.size())
        picker.place(QRect(top_left, caret.size()), editor)
        picker.show()

    def _anchor_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._anchor)
        return cursor

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self.quiet:
            return
        if self.is_open:
            self._refresh()
            return
        if self.source is None or added != 1 or removed != 0:
            return
        document = self.editor.document()
        if document.characterAt(position) != "/":
            return
        if position == 0 or document.characterAt(position - 1).isspace():
            self._open(position)

    def _on_cursor_moved(self) -> None:
        if self.is_open and not self.quiet and not self._still_valid():
            self.close()
