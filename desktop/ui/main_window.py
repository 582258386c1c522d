"""The desk's main window: inbox | conversation | details, the status bar, and notices.

It only wires views to the bridge: changes refresh the inbox and the open conversation,
connection states go to the status bar, notices and failed operations become toasts. The
window knows nothing of how it was started; the composition root (``desktop/app.py``)
gives it the reader, the bridge and the op runner, and later the engine.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop.models.changes import Changes, Notice
from desktop.models.connection import ConnectionState, Link
from desktop.store.reader import CacheReader
from desktop.ui.bridge import SyncBridge
from desktop.ui.conversation import ConversationPane, DeskActions
from desktop.ui.details import DetailsPanel
from desktop.ui.inbox_model import InboxModel
from desktop.ui.inbox_view import InboxPanel
from desktop.ui.ops import Ops
from desktop.ui.status_bar import DeskStatusBar
from desktop.widgets.toast import Toast


class MainWindow(QMainWindow):
    """The agent's desk.

    Signals:
        closed(): the window was closed; the application shuts down its services.
        inboxPainted(): the inbox list painted for the first time (start-up figures,
            screenshots).
        signInRequested(): the agent asked to sign in again (from the status bar).
    """

    closed = Signal()
    inboxPainted = Signal()  # noqa: N815 - Qt naming
    signInRequested = Signal()  # noqa: N815 - Qt naming

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
        self.details = DetailsPanel(reader)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("deskSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.inbox)
        self.splitter.addWidget(self.conversation)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([380, 720, 300])
        self.inbox.setMinimumWidth(300)
        self.conversation.setMinimumWidth(380)
        self.details.setMinimumWidth(200)
        self.setCentralWidget(self.splitter)
        self.status = DeskStatusBar()
        self.setStatusBar(self.status)
        self.toast = Toast(self.splitter)
        self.resize(1400, 860)

        bridge.changes.connect(self.on_changes)
        bridge.stateChanged.connect(self.on_state)
        bridge.notice.connect(self.on_notice)
        ops.failed.connect(self.on_failed)
        self.inbox.conversationSelected.connect(self._on_conversation_selected)
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

    def set_actions(self, actions: DeskActions | None) -> None:
        self.conversation.set_actions(actions)

    def on_changes(self, changes: Changes) -> None:
        self.inbox_model.on_changes(changes)
        self.conversation.on_changes(changes)
        self.details.on_changes(changes)

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
        event.accept()
        self.closed.emit()

    # ------------------------------------------------------------------ internals

    def _on_conversation_selected(self, conversation_id: int) -> None:
        self.conversation.show_conversation(conversation_id)
        self.details.show_conversation(conversation_id)

    def _add_shortcuts(self) -> None:
        """Keyboard-first: Ctrl+1 the inbox, Ctrl+2 the reply box, F5 reconnect now."""
        for keys, slot in (
            ("Ctrl+1", self._on_focus_inbox),
            ("Ctrl+2", self._on_focus_reply),
            ("F5", self.status.retryRequested.emit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    def _on_focus_inbox(self) -> None:
        self.inbox.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_focus_reply(self) -> None:
        self.conversation.reply.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _restore(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _save(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
