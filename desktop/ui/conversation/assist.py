"""Agent assist beside the conversation: the top three articles and scripts for what the
customer is saying, in the conversation's language first.

Suggestions are recomputed when ``Changes`` says the open conversation's messages changed,
after a short named debounce timer so a burst of messages costs one run. The work stays on
the UI thread on purpose: it is two searches over the reader's own WAL connection (about
10 ms typical; the target is < 50 ms, see docs/benchmarks.md), the reader's connection is
thread-bound, and a worker would need a second connection and index copy only to hand the
result back within the same frame. If it ever grows past that, it moves to
``asyncio.to_thread`` with its own ``CacheReader``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.knowledge.assist import Assistant, Message, Suggestion
from desktop.knowledge.scripts import Script, ScriptError, parse_script
from desktop.models.changes import Changes
from desktop.models.rows import ConversationRow
from desktop.store.reader import CacheReader
from desktop.ui.conversation.current import CurrentConversation
from desktop.ui.knowledge.models import LANG_NAMES, HitDelegate, HtmlRole, Index
from desktop.widgets.plain import PlainLabel, display_text, escape

ASSIST_DEBOUNCE_MS = 80
RECENT_CUSTOMER_MESSAGES = 3


class SuggestionModel(QAbstractListModel):
    """The current suggestions. Signals: none besides QAbstractItemModel's."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[Suggestion] = []

    def set_items(self, items: list[Suggestion]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return display_text(item.title)
        if role == HtmlRole:
            kind = self.tr("Script") if item.kind == "script" else self.tr("Article")
            lang = escape(LANG_NAMES.get(item.lang, item.lang))
            return (  # rich text we author: every untrusted piece is escaped
                f'<div><span class="kind">{escape(kind)}</span> · {escape(item.title)}'
                f' <span class="muted">· {lang}</span></div>'
            )
        return None


class AssistPanel(QFrame):
    """Suggestions for the open conversation.

    Signals:
        suggestionsChanged(int): suggestions were recomputed; carries how many.
        articleRequested(str): the agent opened a suggested article (its slug).
        scriptRequested(str): the agent started a suggested script (its slug).
        insertRequested(str): text for the reply box (a suggested article's link/snippet).
    """

    suggestionsChanged = Signal(int)  # noqa: N815 - Qt naming
    articleRequested = Signal(str)  # noqa: N815 - Qt naming
    scriptRequested = Signal(str)  # noqa: N815 - Qt naming
    insertRequested = Signal(str)  # noqa: N815 - Qt naming

    def __init__(
        self, reader: CacheReader, current: CurrentConversation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assistPanel")
        self.reader = reader
        self.conversation: ConversationRow | None = None
        self.assistant = Assistant(reader.search_index(), self._scripts())
        title = PlainLabel(self.tr("Suggested for this conversation"))
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)  # a narrow column at large text wraps it, never clips it
        self.model = SuggestionModel(self)
        self.view = QListView()
        self.view.setObjectName("assistList")
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAccessibleName(self.tr("Suggestions"))
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.viewport().installEventFilter(self)
        self._fitted_width = 0
        self.empty = PlainLabel(self.tr("No suggestions yet"))
        self.empty.setObjectName("muted")
        self.insert = QPushButton(self.tr("Insert"))
        self.insert.setToolTip(self.tr("Insert the selected article's summary and link"))
        row = QHBoxLayout()
        row.addWidget(self.empty, 1)
        row.addWidget(self.insert)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 4)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setObjectName("assist-debounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(ASSIST_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.view.clicked.connect(self._on_clicked)
        self.view.activated.connect(self._on_clicked)
        self.insert.clicked.connect(self.on_insert)
        self.show_conversation(current.row)
        current.switched.connect(self.show_conversation)
        current.updated.connect(self.on_conversation_updated)

    # ------------------------------------------------------------------ public API

    def show_conversation(self, row: ConversationRow | None) -> None:
        """Another conversation: its suggestions now."""
        self.conversation = row
        self.setEnabled(row is not None)
        self.refresh()

    def on_conversation_updated(self, row: ConversationRow) -> None:
        """The same conversation, re-read: keep the fresh row; :meth:`on_changes` decides
        whether its messages call for new suggestions (debounced). A panel that shows no
        conversation (or was stopped) stays so."""
        if self.conversation is not None and self.conversation.id == row.id:
            self.conversation = row

    def on_changes(self, changes: Changes) -> None:
        if changes.scripts or changes.reset:
            self.assistant.set_scripts(self._scripts())
        row = self.conversation
        if row is not None and (
            changes.reset or row.id in changes.messages_of or changes.scripts or changes.articles
        ):
            self._timer.start()

    def stop(self) -> None:
        """No more updates (the window is closing; the reader goes next)."""
        self._timer.stop()
        self.conversation = None

    def refresh(self) -> None:
        """Recompute the suggestions now."""
        self._timer.stop()
        row = self.conversation
        suggestions: list[Suggestion] = []
        if row is not None:
            incoming = [m for m in self.reader.messages(row.id) if m.direction == "in"]
            messages = [
                Message(m.body, row.language or None) for m in incoming[-RECENT_CUSTOMER_MESSAGES:]
            ]
            if messages:
                suggestions = self.assistant.suggest(messages, row.language or None)
        self.model.set_items(suggestions)
        self._fit_height()
        self.empty.setText("" if suggestions else self.tr("No suggestions yet"))
        self.insert.setEnabled(any(s.kind == "article" for s in suggestions))
        self.suggestionsChanged.emit(len(suggestions))

    def insert_text(self, suggestion: Suggestion) -> str:
        article = self.reader.article_by_slug(suggestion.id)
        title = article.title if article else suggestion.title
        snippet = suggestion.snippet.strip().strip("…").strip()
        link = self.tr("(knowledge base: {0})").format(suggestion.id)
        return f"{title}: {snippet} {link}" if snippet else f"{title} {link}"

    # ------------------------------------------------------------------ slots

    def on_insert(self) -> None:
        index = self.view.currentIndex()
        items = self.model.items
        chosen = items[index.row()] if index.isValid() and index.row() < len(items) else None
        if chosen is None or chosen.kind != "article":
            chosen = next((s for s in items if s.kind == "article"), None)
        if chosen is not None:
            self.insertRequested.emit(self.insert_text(chosen))

    def _on_clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= len(self.model.items):
            return
        suggestion = self.model.items[index.row()]
        if suggestion.kind == "script":
            self.scriptRequested.emit(suggestion.id)
        else:
            self.articleRequested.emit(suggestion.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A new width wraps the suggestions differently: lay the rows out again and fit
        the list to them (a new height alone changes nothing, and is what fitting does)."""
        if (
            watched is self.view.viewport()
            and event.type() == QEvent.Type.Resize
            and self.view.viewport().width() != self._fitted_width
        ):
            self.view.doItemsLayout()
            self._fit_height()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ internals

    def _fit_height(self) -> None:
        """As tall as the suggestions (at most three rows) at the list's current width,
        no inner scrolling."""
        self._fitted_width = self.view.viewport().width()
        rows = sum(max(0, self.view.sizeHintForRow(r)) for r in range(self.model.rowCount()))
        self.view.setFixedHeight(max(rows, 36) + 2 * self.view.frameWidth())

    def _scripts(self) -> list[Script]:
        scripts: list[Script] = []
        for row in self.reader.scripts():
            try:
                scripts.append(parse_script(row.source, row.slug))
            except ScriptError:
                continue  # reported when the agent picks it; assist simply skips it
        return scripts
