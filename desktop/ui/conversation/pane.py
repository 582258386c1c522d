"""The conversation pane: who and where, the messages, and the reply box.

Everything shown comes from the cache; a reply or a status change goes to the sync engine,
which writes it to the outbox and applies it optimistically, so the pending bubble appears
at once and the network is never awaited before the agent sees their own work. Until the
desk is signed in there is no engine: the pane shows the cache and disables sending.

Each conversation has its own draft (``docs/cache.md``: ``drafts``). The reply box is bound
to the conversation it was loaded for; opening another one first keeps the box's text as
its conversation's draft, then loads the other's. A send carries the box's conversation
id and is refused unless that is the conversation in the header, so a reply can only go
to the customer whose name the agent sees.

Collision avoidance (``activity.py``): the pane tells colleagues that the agent views or
types in the open conversation, shows in its header who else is there, and a reply to a
conversation assigned to someone else asks first ("Assigned to Li Wei. Reply anyway?"),
like the language check, before anything is queued.

Canned replies: the pane gives the reply box its cache reads, whose personal replies to
list (the signed-in agent's) and what the variables are for the open conversation
(customer, agent, conversation, queue, language), and opens the save and manage dialogs
(``canned_manage.py``) the box asks for.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.knowledge.snippets import SnippetContext
from desktop.models.changes import Changes
from desktop.models.rows import ConversationRow
from desktop.store.readers.conversations import ConversationReads
from desktop.store.readers.routing import RoutingReads
from desktop.ui.conversation.activity import ActivityReporter, ColleaguesLabel
from desktop.ui.conversation.bubble_extras import ChannelMessageDelegate
from desktop.ui.conversation.canned_manage import CannedManager
from desktop.ui.conversation.canned_picker import CannedSource
from desktop.ui.conversation.channel import ChannelExtras
from desktop.ui.conversation.complaint_action import ComplaintLauncher
from desktop.ui.conversation.current import CurrentConversation
from desktop.ui.conversation.drafts import DraftKeeper, DraftStore
from desktop.ui.conversation.messages import MessageListModel
from desktop.ui.conversation.order_context import conversation_order_numbered, order_fields
from desktop.ui.conversation.reply import RECENT_CUSTOMER_TEXTS, ReplyBox, language_mismatch
from desktop.ui.conversation.sla_badge import SlaBadge
from desktop.ui.labels import STATUSES, channel_label, status_label
from desktop.ui.shell.actions import CannedActions, DeskActions
from desktop.ui.shell.ops import Ops
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.plain import PlainLabel

if TYPE_CHECKING:  # pydantic is loaded with the sync engine, after the first paint
    from protocol.entities import ConversationStatus
    from protocol.frames import ActivityUpdate

DRAFT_DEBOUNCE_MS = 300
log = logging.getLogger(__name__)


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
        draftsWritten(object): a draft write landed in the cache; carries its
            ``Changes`` (topic ``drafts``) for the inbox's "Draft" marker.
        customerRequested(int): an order number of this customer was clicked in a
            message: show the customer's page.
        customerSearchRequested(str): an order number the cached profile does not know
            was clicked: find its customer on the customer page (the server searches
            order numbers).
    """

    replyQueued = Signal(int)  # noqa: N815 - Qt naming
    statusQueued = Signal(int)  # noqa: N815 - Qt naming
    claimRequested = Signal(int)  # noqa: N815 - Qt naming
    draftsWritten = Signal(object)  # noqa: N815 - Qt naming
    customerRequested = Signal(int)  # noqa: N815 - Qt naming
    customerSearchRequested = Signal(str)  # noqa: N815 - Qt naming

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
        self._asking = ""
        """Which question the reply box is asking: "assignee", "language" or ""."""
        self._assignee_confirmed: set[tuple[int, int]] = set()
        """(conversation, assignee) pairs the agent chose to reply to anyway."""
        self.activity = ActivityReporter(ops, self._minimised, self)

        header = self._make_header()

        self.model = MessageListModel(reader, self)
        self.view, self.delegate = self._make_view()
        self.reply, self.canned = self._make_reply(reader, ops)
        self.channel = ChannelExtras(  # issue 12: retry, formatted mail, files, typing
            reader, ops, view=self.view, delegate=self.delegate, reply=self.reply, parent=self
        )
        self.drafts = DraftKeeper(reader, ops, self)
        self._draft_timer = self._make_draft_timer()

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.view, 1)
        column.addWidget(self.channel.typing)
        column.addWidget(self.reply)
        self.empty = PlainLabel(self.tr("Select a conversation in the inbox"))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)

        self._connect_reply()
        self.drafts.written.connect(self.draftsWritten)
        self.status.currentIndexChanged.connect(self._on_status_picked)
        self.model.modelReset.connect(self.view.scrollToBottom)
        self.current.switched.connect(self.on_conversation_switched)
        self.current.updated.connect(self.on_conversation_updated)
        self.set_actions(None)

    def _make_view(self) -> tuple[QListView, ChannelMessageDelegate]:
        view = QListView()
        view.setObjectName("messageList")
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setWordWrap(True)
        view.setAccessibleName(self.tr("Messages"))
        delegate = ChannelMessageDelegate(view, view)  # + delivery, email, attachments
        view.setItemDelegate(delegate)
        view.setModel(self.model)
        return view, delegate

    def _connect_reply(self) -> None:
        self.delegate.orderClicked.connect(self._on_order_clicked)
        self.reply.submitted.connect(self._on_reply_submitted)
        self.reply.confirmed.connect(self._on_confirmed)
        self.reply.edited.connect(self._draft_timer.start)
        self.reply.edited.connect(self._on_typed)

    def _make_reply(self, reader: ConversationReads, ops: Ops) -> tuple[ReplyBox, CannedManager]:
        """The reply box, with the canned replies of the cache (when the reader has
        them) and the dialogs for the agent's own."""
        self.agent_name = ""
        reply = ReplyBox()
        manager = CannedManager(ops, self)
        source = reader if isinstance(reader, CannedSource) else None
        reply.canned.source = manager.source = source
        reply.canned.context = self.snippet_context
        reply.canned.agent_id = manager.agent_id = lambda: self.activity.me
        manager.language = lambda: self.conversation.language if self.conversation else None
        reply.saveCannedRequested.connect(manager.save_as)
        reply.manageCannedRequested.connect(manager.manage)
        return reply, manager

    def _make_draft_timer(self) -> QTimer:
        """Typing keeps the draft once the agent pauses (a write per keystroke would be
        pointless); a switch, a send or closing keeps it at once."""
        timer = QTimer(self)
        timer.setObjectName("draft-debounce")
        timer.setSingleShot(True)
        timer.setInterval(DRAFT_DEBOUNCE_MS)
        timer.timeout.connect(self.keep_draft)
        return timer

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
        self.status.setAccessibleName(self.tr("Conversation status"))
        for value in STATUSES:
            self.status.addItem(status_label(value), value)
        header = QFrame()
        header.setObjectName("conversationHeader")
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.customer)
        # The response timer shares the second line with channel, queue and subject, so
        # the customer's name keeps the first line's width at 1024 px.
        self.sla = SlaBadge(self.reader)
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(self.details, 1)
        second.addWidget(self.sla)
        names.addLayout(second)
        header_row = QHBoxLayout()
        header_row.addLayout(names, 1)
        header_row.addWidget(self.claim)
        self.complaint = ComplaintLauncher(self.reader, self.ops, self._conversation_ids, self)
        self.complaint.refused.connect(
            lambda why: self.ops.failed.emit(self.tr("open a complaint"), why)
        )
        header_row.addWidget(self.complaint.button)
        header_row.addWidget(PlainLabel(self.tr("Status")))
        header_row.addWidget(self.status)
        # Colleagues in this conversation get the header's whole width, on a line of
        # their own (shown only while someone is there).
        self.colleagues = ColleaguesLabel()
        column = QVBoxLayout(header)
        column.setContentsMargins(16, 10, 16, 10)
        column.setSpacing(4)
        column.addLayout(header_row)
        column.addWidget(self.colleagues, 0, Qt.AlignmentFlag.AlignLeft)
        return header

    # ------------------------------------------------------------------ public API

    def set_actions(self, actions: DeskActions | None) -> None:
        """Give the pane the engine once signed in (None while signing in)."""
        self.desk_actions = actions
        self.activity.set_actions(actions)
        self.channel.set_actions(actions)
        canned = hasattr(actions, "save_canned_reply")
        self.canned.set_actions(cast("CannedActions", actions) if canned else None)
        self.reply.canned.mark_stale()  # whose personal replies may have changed
        self.reply.set_can_send(actions is not None, self.tr("Signing in…"))
        self.status.setEnabled(actions is not None)
        self.complaint.set_actions(actions)

    def _on_order_clicked(self, number: str) -> None:
        row = self.current.row
        if row is None:
            return
        order = conversation_order_numbered(self.reader, row.customer_id, number)
        if order:
            self.customerRequested.emit(row.customer_id)
        else:
            self.customerSearchRequested.emit(number)

    def _conversation_ids(self) -> tuple[int, int] | None:
        """The conversation on screen and its customer, for the complaint dialog."""
        row = self.current.row
        return (row.id, row.customer_id) if row is not None else None

    def set_agent(self, name: str) -> None:
        """The signed-in agent's display name, for ``{agent.name}`` (known offline too,
        from the stored session)."""
        self.agent_name = name

    def snippet_context(self) -> SnippetContext:
        """What a canned reply's variables are filled with in the open conversation."""
        row = self.conversation
        agent = getattr(self.desk_actions, "agent", None)
        name = self.agent_name or str(getattr(agent, "display_name", "") or "")
        if row is None:
            return SnippetContext(agent_name=name)
        number, status, total = order_fields(self.reader, row.id, row.customer_id)
        return SnippetContext(
            customer_name=row.customer_name,
            agent_name=name,
            conversation_id=row.id,
            conversation_subject=row.subject,
            queue_name=self.reader.queue_names().get(row.queue_id, ""),
            language=row.language or None,
            order_number=number,
            order_status=status,
            order_total=total,
        )

    def open_canned_picker(self) -> bool:
        """Open the canned-reply picker in the reply box (the keymap's shortcut)."""
        if self.current.row is None:
            return False
        return self.reply.open_canned_picker()

    def set_store(self, store: DraftStore | None) -> None:
        """The cache writer for drafts, once the cache is open (None: drafts wait in
        memory)."""
        self.drafts.set_store(store)

    def keep_draft(self) -> None:
        """Write the reply box's text as its conversation's draft now (if edited)."""
        self._draft_timer.stop()
        if self.reply.dirty and self.reply.conversation_id:
            self.reply.dirty = False
            self.drafts.put(
                self.reply.conversation_id, self.reply.text(), is_note=self.reply.is_note()
            )

    def stop(self) -> None:
        """The window is closing: the draft being typed is kept, and every write still on
        its way is queued on the writer before the event loop winds down; colleagues
        are told the agent left the conversation."""
        self.keep_draft()
        self.drafts.flush()
        self.activity.close()

    def set_online(self, online: bool) -> None:
        self.activity.online(online)
        if not online:
            self._show_colleagues()
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
        if changes.canned or changes.reset:
            self.reply.canned.mark_stale()
            self.canned.on_changes(changes)
        self.sla.on_changes(changes)
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

    def on_activity(self, update: ActivityUpdate) -> None:
        """Who is in a conversation now (the bridge's ``activity``); the header shows it
        for the open conversation only."""
        self.activity.hear(update)
        self.channel.hear(update)  # the customer typing on the chat page
        row = self.current.row
        if row is not None and row.id == update.conversation_id:
            self._show_colleagues()

    def on_conversation_switched(self, row: ConversationRow | None) -> None:
        # The box still holds the previous conversation's text: keep it as that one's
        # draft before the other's is loaded.
        self.keep_draft()
        cid = row.id if row else 0
        if cid != self.reply.conversation_id:
            text, is_note = self.drafts.get(cid) if cid else ("", False)
            self.reply.load(cid, text, is_note)
        self.stack.setCurrentIndex(1 if row else 0)
        self.delegate.forget_sizes()
        self.model.load(row.id if row else 0)
        self.activity.opened(cid)
        self.channel.switched(row)
        self.sla.show_for(cid)
        self._show_header()
        self._show_colleagues()

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

    def _agent_names(self) -> dict[int, str]:
        reader = self.reader
        return reader.agent_names() if isinstance(reader, RoutingReads) else {}

    def _show_colleagues(self) -> None:
        row = self.conversation
        found = self.activity.colleagues(row.id, self._agent_names()) if row else []
        self.colleagues.show_colleagues(found)

    def _minimised(self) -> bool:
        return bool(self.window().windowState() & Qt.WindowState.WindowMinimized)

    def _on_typed(self) -> None:
        # Typing an internal note is no answer to the customer: colleagues see "viewing".
        if self.reply.is_note():
            self.activity.stopped_typing()
        elif self.reply.text().strip():
            self.activity.typed()

    def _on_claim(self) -> None:
        row = self.conversation
        if row is not None:
            self.claimRequested.emit(row.id)

    def _at_bottom(self) -> bool:
        bar = self.view.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def _on_reply_submitted(self, conversation_id: int, body: str, internal: bool) -> None:
        self._check_and_send(conversation_id, body, internal, assignee_checked=False)

    def _check_and_send(
        self, conversation_id: int, body: str, internal: bool, *, assignee_checked: bool
    ) -> None:
        """Ask what must be asked (whose conversation it is, then the language), else
        send. A note asks nothing: it goes to colleagues, not the customer."""
        self._asking = ""
        row = self.conversation
        if row is None or row.id != conversation_id:
            # Cannot happen while switching rebinds the box; if it ever does, nothing is
            # sent rather than a reply to a customer the agent is not looking at.
            log.error("a reply for %s was refused: %s is open", conversation_id, row and row.id)
            return
        held = (conversation_id, body, internal)
        if not internal and not assignee_checked:
            question = self._assignee_question(row)
            if question:
                self._asking = "assignee"
                self.reply.ask(question, held=held, decline=self.tr("Cancel"))
                return
        if not internal:
            customer = [m.body for m in self.reader.messages(row.id) if m.direction == "in"]
            mismatch = language_mismatch(body, row.language, customer[-RECENT_CUSTOMER_TEXTS:])
            if mismatch is not None:
                self._asking = "language"
                self.reply.warn(*mismatch, held=held)
                return
        self._send(conversation_id, body, internal)

    def _assignee_question(self, row: ConversationRow) -> str:
        """The question "Assigned to Li Wei. Reply anyway?" when the conversation is
        someone else's (and the agent has not already chosen to reply to it anyway); ""
        otherwise. Until the server has said who the agent is, nobody is "someone else"."""
        me, assignee = self.activity.me, row.assignee_id
        if assignee is None or me is None or assignee == me:
            return ""
        if (row.id, assignee) in self._assignee_confirmed:
            return ""
        name = self._agent_names().get(assignee)
        if not name:
            return self.tr("Assigned to a colleague. Reply anyway?")
        return self.tr("Assigned to {0}. Reply anyway?").format(name)

    def _on_confirmed(self, conversation_id: int, body: str, internal: bool) -> None:
        """The agent chose "Send anyway": the next question, if any, else the reply goes."""
        asked, self._asking = self._asking, ""
        if asked == "assignee":
            row = self.conversation
            if row is not None and row.id == conversation_id and row.assignee_id is not None:
                self._assignee_confirmed.add((conversation_id, row.assignee_id))
            self._check_and_send(conversation_id, body, internal, assignee_checked=True)
        else:
            self._send(conversation_id, body, internal)

    def _send(self, conversation_id: int, body: str, internal: bool) -> None:
        """Queue ``body`` for ``conversation_id`` (the box's bound conversation)."""
        actions, row = self.desk_actions, self.conversation
        if actions is None or row is None or row.id != conversation_id:
            return
        self._follow_next = True
        self._draft_timer.stop()
        self.reply.sent()
        self.activity.stopped_typing()
        self.drafts.put(conversation_id, "", is_note=internal)

        def failed(error: BaseException) -> None:
            self._restore_unsent(conversation_id, body, internal)
            self.ops.failed.emit(self.tr("Queueing the reply"), str(error))

        self.ops.run(
            self.channel.reply_work(conversation_id, body, internal),  # files uploaded first
            what="queue a reply",
            on_done=self.replyQueued.emit,
            on_error=failed,
        )

    def _restore_unsent(self, conversation_id: int, body: str, internal: bool) -> None:
        """A reply that could not be queued goes back to *its* conversation's draft (in
        the box if that conversation is still open), before anything typed since."""
        if self.reply.conversation_id == conversation_id:
            since = self.reply.text()
            text = f"{body}\n\n{since}" if since.strip() else body
            self.reply.load(conversation_id, text, internal)
            self.reply.dirty = True
            self.keep_draft()
            return
        since, _note = self.drafts.get(conversation_id)
        text = f"{body}\n\n{since}" if since.strip() else body
        self.drafts.put(conversation_id, text, is_note=internal)

    def _on_status_picked(self, _index: int) -> None:
        actions, row = self.desk_actions, self.conversation
        if self._updating or actions is None or row is None:
            return
        status = str(self.status.currentData())
        if status == row.status or status not in STATUSES:
            return
        self.ops.run(
            actions.set_status(row.id, cast("ConversationStatus", status)),
            what=self.tr("change the status"),  # shown as "Could not …" in the toast
            on_done=self.statusQueued.emit,
        )
