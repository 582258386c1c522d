"""The desk's main window: a mode bar (Inbox | Knowledge) over two pages, the status bar,
and notices. The Inbox page is inbox | conversation | context column (facts, agent assist,
call scripts); the Knowledge page searches, browses and reads the knowledge base.

It only wires views to the bridge: changes refresh the inbox and the open conversation,
connection states go to the status bar, notices and failed operations become toasts. The
window knows nothing of how it was started; the composition root (``desktop/app.py``)
gives it the reader, the bridge and the op runner, and later the engine.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes, Notice
from desktop.models.connection import ConnectionState, Link
from desktop.store.reader import CacheReader
from desktop.ui.conversation.assist import AssistPanel
from desktop.ui.conversation.details import DetailsPanel
from desktop.ui.conversation.pane import ConversationPane, DeskActions
from desktop.ui.conversation.scripts import ScriptPanel
from desktop.ui.inbox.model import InboxModel
from desktop.ui.inbox.view import InboxPanel
from desktop.ui.knowledge.reader_pane import KnowledgeActions
from desktop.ui.knowledge.view import KnowledgeStore, KnowledgeView
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.status_bar import DeskStatusBar
from desktop.widgets.toast import Toast

INBOX_PAGE, KNOWLEDGE_PAGE = 0, 1


class WindowActions(DeskActions, KnowledgeActions, Protocol):
    """Everything the window asks of the sync engine (``SyncEngine`` satisfies it)."""


class MainWindow(QMainWindow):
    """The agent's desk.

    Signals:
        closed(): the window was closed; the application shuts down its services.
        inboxPainted(): the inbox list painted for the first time (start-up figures,
            screenshots).
        signInRequested(): the agent asked to sign in again (from the status bar).
        signOutRequested(): the agent asked to sign out (button or Ctrl+Shift+L).
    """

    closed = Signal()
    inboxPainted = Signal()  # noqa: N815 - Qt naming
    signInRequested = Signal()  # noqa: N815 - Qt naming
    signOutRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(
        self,
        reader: CacheReader,
        bridge: SyncBridge,
        ops: Ops,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("desk")
        self.setWindowTitle(self.tr("Frontline"))
        self.reader = reader
        self.bridge = bridge
        self.ops = ops
        self.settings = settings
        self._painted = False

        self.inbox_model = InboxModel(reader, self)
        self.inbox = InboxPanel(self.inbox_model)
        self.conversation = ConversationPane(reader, ops)
        self._make_pages(reader, ops)
        self.status = DeskStatusBar()
        self.setStatusBar(self.status)
        self.toast = Toast(self.pages)
        self.resize(1400, 860)

        bridge.changes.connect(self.on_changes)
        bridge.stateChanged.connect(self.on_state)
        bridge.notice.connect(self.on_notice)
        ops.failed.connect(self.on_failed)
        self.inbox.conversationSelected.connect(self._on_conversation_selected)
        self.knowledge.insertRequested.connect(self.on_insert_into_reply)
        self.assist.insertRequested.connect(self.on_insert_into_reply)
        self.assist.articleRequested.connect(self._on_assist_article)
        self.assist.scriptRequested.connect(self._on_assist_script)
        self.status.signInRequested.connect(self.signInRequested)
        self._painted_timer = QTimer(self)
        self._painted_timer.setObjectName("window-first-paint")
        self._painted_timer.setSingleShot(True)
        self._painted_timer.setInterval(0)
        self._painted_timer.timeout.connect(self.inboxPainted)
        self.inbox.view.viewport().installEventFilter(self)
        self._add_shortcuts()
        self._restore()

    # ------------------------------------------------------------------ public API

    def set_actions(self, actions: WindowActions | None) -> None:
        self.conversation.set_actions(actions)
        self.scripts.set_actions(actions)
        self.knowledge.set_actions(actions)

    def set_store(self, store: KnowledgeStore | None) -> None:
        """The cache writer, for desk-only knowledge data (favourites, recently viewed)."""
        self.knowledge.set_store(store)

    def set_agent(self, name: str) -> None:
        self.status.set_agent(name)
        self.scripts.set_agent(name)

    def set_signed_in(self, signed_in: bool) -> None:
        """Sign out is offered only while a session is running."""
        self.sign_out.setEnabled(signed_in)

    def show_page(self, page: int) -> None:
        """Switch between the Inbox (0) and Knowledge (1) pages."""
        self.pages.setCurrentIndex(page)
        button = self.mode_buttons.button(page)
        if button is not None:
            button.setChecked(True)

    def on_insert_into_reply(self, text: str) -> None:
        """Put knowledge text into the open conversation's reply box."""
        row = self.conversation.conversation
        if row is None:
            self.toast.show_message(self.tr("Open a conversation first, then insert the text"))
            return
        self.conversation.reply.insert_text(text)
        if self.pages.currentIndex() != INBOX_PAGE:
            self.toast.show_message(
                self.tr("Inserted into the reply to {0}").format(row.customer_name)
            )

    def on_changes(self, changes: Changes) -> None:
        self.inbox_model.on_changes(changes)
        self.conversation.on_changes(changes)
        self.details.on_changes(changes)
        self.assist.on_changes(changes)
        self.knowledge.on_changes(changes)
        if changes.scripts or changes.reset:
            self.scripts.reload_scripts()

    def on_state(self, state: ConnectionState) -> None:
        self.status.set_state(state)
        self.conversation.set_online(state.link in (Link.ONLINE, Link.SYNCING))

    def on_notice(self, notice: Notice) -> None:
        self.toast.show_message(self.notice_text(notice), level="error", timeout_ms=12_000)

    def on_failed(self, what: str, error: str) -> None:
        text = self.tr("Could not {0}: {1}").format(what, error) if what else error
        self.toast.show_message(text, level="error")

    def notice_text(self, notice: Notice) -> str:
        """A translated sentence for a notice from the engine."""
        if notice.kind == "reply_rejected":
            return self.tr("Your reply was not sent and has been removed: {0}").format(
                notice.reason
            )
        if notice.kind == "status_rejected":
            return self.tr("The status change was undone: {0}").format(notice.reason)
        return self.tr("The server refused a change: {0}").format(notice.reason)

    # ------------------------------------------------------------------ Qt overrides

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # getattr: Qt may still deliver events while the Python side is being torn down.
        if (
            not getattr(self, "_painted", True)
            and event.type() == QEvent.Type.Paint
            and watched is self.inbox.view.viewport()
        ):
            self._painted = True
            self._painted_timer.start()  # emit once the paint itself has finished
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save()
        self.assist.stop()
        self.knowledge.stop()
        event.accept()
        self.closed.emit()

    # ------------------------------------------------------------------ internals

    def _make_pages(self, reader: CacheReader, ops: Ops) -> None:
        """The Inbox page (inbox | conversation | context column) and the Knowledge page."""
        self.details = DetailsPanel(reader)
        self.assist = AssistPanel(reader)
        self.scripts = ScriptPanel(reader, ops)
        self.details.add_section(self.assist)
        self.details.add_section(self.scripts)
        self.context_column = QScrollArea()
        self.context_column.setObjectName("contextColumn")
        self.context_column.setWidgetResizable(True)
        self.context_column.setFrameShape(QFrame.Shape.NoFrame)
        self.context_column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.context_column.setWidget(self.details)
        self.knowledge = KnowledgeView(reader, ops)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("deskSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.inbox)
        self.splitter.addWidget(self.conversation)
        self.splitter.addWidget(self.context_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([360, 680, 360])
        self.inbox.setMinimumWidth(300)
        self.conversation.setMinimumWidth(380)
        self.context_column.setMinimumWidth(260)
        self.pages = QStackedWidget()
        self.pages.setObjectName("deskPages")
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.knowledge)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._make_mode_bar())
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _make_mode_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("modeBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(4)
        self.mode_buttons = QButtonGroup(self)
        self.mode_buttons.setExclusive(True)
        for page, text, tip in (
            (INBOX_PAGE, self.tr("Inbox"), self.tr("Conversations (Ctrl+1)")),
            (KNOWLEDGE_PAGE, self.tr("Knowledge"), self.tr("Knowledge base (Ctrl+3 or Ctrl+K)")),
        ):
            button = QToolButton()
            button.setObjectName("modeButton")
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setChecked(page == INBOX_PAGE)
            self.mode_buttons.addButton(button, page)
            row.addWidget(button)
        row.addStretch(1)
        self.sign_out = QToolButton()
        self.sign_out.setObjectName("signOutButton")
        self.sign_out.setText(self.tr("Sign out"))
        self.sign_out.setToolTip(
            self.tr("Sign out (Ctrl+Shift+L): queued replies stay and are sent after sign-in")
        )
        self.sign_out.setEnabled(False)
        self.sign_out.clicked.connect(self._on_sign_out)
        row.addWidget(self.sign_out)
        self.mode_buttons.idClicked.connect(self.show_page)
        return bar

    def _on_sign_out(self) -> None:
        if self.sign_out.isEnabled():
            self.signOutRequested.emit()

    def _on_conversation_selected(self, conversation_id: int) -> None:
        self.conversation.show_conversation(conversation_id)
        self.details.show_conversation(conversation_id)
        row = self.conversation.conversation
        self.assist.show_conversation(row)
        self.scripts.show_conversation(row)

    def _on_assist_article(self, slug: str) -> None:
        self.show_page(KNOWLEDGE_PAGE)
        self.knowledge.open_slug(slug)

    def _on_assist_script(self, slug: str) -> None:
        self.scripts.start_script(slug)
        self.context_column.ensureWidgetVisible(self.scripts)

    def _add_shortcuts(self) -> None:
        """Keyboard-first: Ctrl+1 the inbox, Ctrl+2 the reply box, Ctrl+3 / Ctrl+K the
        knowledge search, F5 reconnect now, Ctrl+Shift+L sign out."""
        for keys, slot in (
            ("Ctrl+1", self._on_focus_inbox),
            ("Ctrl+2", self._on_focus_reply),
            ("Ctrl+3", self._on_focus_knowledge),
            ("Ctrl+K", self._on_focus_knowledge),
            ("F5", self.status.retryRequested.emit),
            ("Ctrl+Shift+L", self._on_sign_out),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    def _on_focus_inbox(self) -> None:
        self.show_page(INBOX_PAGE)
        self.inbox.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_focus_reply(self) -> None:
        self.show_page(INBOX_PAGE)
        self.conversation.reply.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_focus_knowledge(self) -> None:
        self.show_page(KNOWLEDGE_PAGE)
        self.knowledge.focus_search()

    def _restore(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        kb_splitter = self.settings.value("window/kbSplitter")
        if isinstance(kb_splitter, QByteArray):
            self.knowledge.splitter.restoreState(kb_splitter)

    def _save(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/kbSplitter", self.knowledge.splitter.saveState())
        self.settings.sync()
