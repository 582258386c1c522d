"""The conversation pane: who and where, the messages, and the reply box.

Everything shown comes from the cache; a reply or a status change goes to the sync engine,
which writes it to the outbox and applies it optimistically, so the pending bubble appears
at once and the network is never awaited before the agent sees their own work. Until the
desk is signed in there is no engine: the pane shows the cache and disables sending.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.models.rows import ConversationRow
from desktop.store.readers.conversations import ConversationReads
from desktop.ui.conversation.current import CurrentConversation
from desktop.ui.conversation.messages import MessageDelegate, MessageListModel
from desktop.ui.labels import STATUSES, channel_label, status_label
from desktop.ui.shell.actions import DeskActions
from desktop.ui.shell.ops import Ops
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.plain import PlainLabel

if TYPE_CHECKING:  # pydantic is loaded with the sync engine, after the first paint
    from protocol.entities import ConversationStatus

EDITOR_HEIGHT = 92


class ReplyBox(QWidget):
    """A plain-text editor with an "Internal note" toggle; Ctrl+Enter sends.

    Signals:
        submitted(str, bool): the agent sent a text; the flag says internal note.
    """

    submitted = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyBox")
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("replyEditor")
        self.editor.setAccessibleName(self.tr("Reply"))
        self.editor.setPlaceholderText(self.tr("Write a reply…  (Ctrl+Enter sends)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.editor.setFixedHeight(EDITOR_HEIGHT)
        self.internal = QCheckBox(self.tr("Internal note"))
        self.internal.setObjectName("internalNote")
        self.internal.setToolTip(self.tr("Only colleagues see internal notes"))
        self.send = QPushButton(self.tr("Send"))
        self.send.setObjectName("primary")
        self.hint = PlainLabel()
        self.hint.setObjectName("muted")
        row = QHBoxLayout()
        row.addWidget(self.internal)
        row.addWidget(self.hint, 1)
        row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self.editor.installEventFilter(self)
        self.send.clicked.connect(self.on_send)
        self.internal.toggled.connect(self._on_internal_toggled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Ctrl+Enter sends. A filter rather than a QShortcut: it works the same whether
        or not the window is active, and plain Enter still makes a new line."""
        if (
            watched is self.editor
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.on_send()
            return True
        return False

    def set_can_send(self, can: bool, why: str = "") -> None:
        self.send.setEnabled(can)
        self.hint.setText("" if can else why)

    def insert_text(self, text: str) -> None:
        """Insert ``text`` at the cursor as its own paragraph and focus the editor, so the
        agent can edit it before sending (knowledge snippets, links)."""
        cursor = self.editor.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        if before.strip():
            text = "\n" + text
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_send(self) -> None:
        body = self.editor.toPlainText().strip()
        if not body or not self.send.isEnabled():
            return
        internal = self.internal.isChecked()
        self.editor.clear()
        self.submitted.emit(body, internal)

    def _on_internal_toggled(self, on: bool) -> None:
        self.editor.setProperty("note", on)
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)
        self.send.setText(self.tr("Add note") if on else self.tr("Send"))


class ConversationPane(QWidget):
    """Header, messages and reply box for the selected conversation.

    It shows the row of a :class:`CurrentConversation`: the one the page shares with the
    context column, or, built without one (a pane on its own, as in tests), its own, which
    it then selects and refreshes itself from :meth:`show_conversation` and
    :meth:`on_changes`.

    Signals:
        replyQueued(int): a reply went into the outbox; carries its mutation id.
        statusQueued(int): a status change went into the outbox; its mutation id.
        claimRequested(int): the agent asked to take this unassigned email from its
            queue (``routing.claim``; the page sends it).
    """

    replyQueued = Signal(int)  # noqa: N815 - Qt naming
    statusQueued = Signal(int)  # noqa: N815 - Qt naming
    claimRequested = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self,
        reader: ConversationReads,
        ops: Ops,
        current: CurrentConversation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conversation")
        self.reader = reader
        self.ops = ops
        self.desk_actions: DeskActions | None = None
        self._owns_current = current is None
        self.current = CurrentConversation(reader, self) if current is None else current
        self._updating = False
        self._follow_next = False

        header = self._make_header()

        self.model = MessageListModel(reader, self)
        self.view = QListView()
        self.view.setObjectName("messageList")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Messages"))
        self.delegate = MessageDelegate(self.view, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        self.reply = ReplyBox()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.view, 1)
        column.addWidget(self.reply)
        self.empty = PlainLabel(self.tr("Select a conversation in the inbox"))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)

        self.reply.submitted.connect(self._on_reply_submitted)
        self.status.currentIndexChanged.connect(self._on_status_picked)
        self.model.modelReset.connect(self.view.scrollToBottom)
        self.current.switched.connect(self.on_conversation_switched)
        self.current.updated.connect(self.on_conversation_updated)
        self.set_actions(None)

    def _make_header(self) -> QFrame:
        # Customer name and subject come from the customer: plain text, elided (a
        # 10,000-character name must not widen the pane), whole in the tooltip.
        self.customer = ElidedLabel()
        self.customer.setObjectName("customerName")
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = ElidedLabel()
        self.details.setObjectName("muted")
        self.claim = QPushButton(self.tr("Claim"))
        self.claim.setObjectName("claimConversation")
        self.claim.setToolTip(self.tr("Take this waiting email: it becomes yours"))
        self.claim.hide()
        self.claim.clicked.connect(self._on_claim)
        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        for value in STATUSES:
            self.status.addItem(status_label(value), value)
        header = QFrame()
        header.setObjectName("conversationHeader")
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.customer)
        names.addWidget(self.details)
        header_row = QHBoxLayout(header)
        header_row.setContentsMargins(16, 10, 16, 10)
        header_row.addLayout(names, 1)
        header_row.addWidget(self.claim)
        header_row.addWidget(PlainLabel(self.tr("Status")))
        header_row.addWidget(self.status)
        return header

    # ------------------------------------------------------------------ public API

    def set_actions(self, actions: DeskActions | None) -> None:
        """Give the pane the engine once signed in (None while signing in)."""
        self.desk_actions = actions
        self.reply.set_can_send(actions is not None, self.tr("Signing in…"))
        self.status.setEnabled(actions is not None)

    def set_online(self, online: bool) -> None:
        if self.delegate.online != online:
            self.delegate.online = online
            self.view.viewport().update()

    @property
    def conversation(self) -> ConversationRow | None:
        """The open conversation's row (the shared current conversation's)."""
        return self.current.row

    def show_conversation(self, conversation_id: int) -> None:
        """Open ``conversation_id`` (0: none), for every pane sharing the conversation."""
        self.current.select(conversation_id)

    def insert_into_reply(self, text: str) -> ConversationRow | None:
        """Put ``text`` into the reply box (knowledge snippets, links); returns the open
        conversation it went to, or None (nothing inserted) when none is open."""
        row = self.current.row
        if row is not None:
            self.reply.insert_text(text)
        return row

    def focus_reply(self) -> None:
        self.reply.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def on_changes(self, changes: Changes) -> None:
        if self._owns_current:
            self.current.on_changes(changes)
        current = self.current.row
        if current is None:
            return
        if changes.reset:
            self.model.load(current.id)
        elif current.id in changes.messages_of or changes.calls:
            # Follow new messages only if the agent was already reading the end (or just
            # sent one); someone scrolled up to read history is left where they are.
            follow = self._at_bottom() or self._follow_next
            self._follow_next = False
            self.model.refresh()
            if follow:
                self.view.scrollToBottom()

    def on_conversation_switched(self, row: ConversationRow | None) -> None:
        self.stack.setCurrentIndex(1 if row else 0)
        self.delegate.forget_sizes()
        self.model.load(row.id if row else 0)
        self._show_header()

    def on_conversation_updated(self, _row: ConversationRow) -> None:
        self._show_header()

    # ------------------------------------------------------------------ internals

    def _show_header(self) -> None:
        row = self.conversation
        if row is None:
            return
        queue = self.reader.queue_names().get(row.queue_id, "")
        self.customer.set_full_text(row.customer_name)
        parts = [channel_label(row.channel), queue, " ".join(row.subject.split())]
        self.details.set_full_text("  ·  ".join(p for p in parts if p))
        self.claim.setVisible(
            row.channel == "email" and row.assignee_id is None and row.status != "resolved"
        )
        self._updating = True
        try:
            self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        finally:
            self._updating = False

    def _on_claim(self) -> None:
        row = self.conversation
        if row is not None:
            self.claimRequested.emit(row.id)

    def _at_bottom(self) -> bool:
        bar = self.view.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _on_reply_submitted(self, body: str, internal: bool) -> None:
        actions, row = self.desk_actions, self.conversation
        if actions is None or row is None:
            return
        self._follow_next = True

        def failed(error: BaseException) -> None:
            self.reply.editor.setPlainText(body)  # keep the agent's words
            self.ops.failed.emit(self.tr("Queueing the reply"), str(error))

        self.ops.run(
            actions.send_reply(row.id, body, internal=internal),
            what="queue a reply",
            on_done=self.replyQueued.emit,
            on_error=failed,
        )

    def _on_status_picked(self, _index: int) -> None:
        actions, row = self.desk_actions, self.conversation
        if self._updating or actions is None or row is None:
            return
        status = str(self.status.currentData())
        if status == row.status or status not in STATUSES:
            return
        self.ops.run(
            actions.set_status(row.id, cast("ConversationStatus", status)),
            what="change the status",
            on_done=self.statusQueued.emit,
        )
