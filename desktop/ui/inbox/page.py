"""The Inbox page: inbox | conversation | context column (facts, agent assist, call scripts).

The page owns the one :class:`CurrentConversation` the three columns share: picking a
conversation in the inbox selects it there, and every pane follows its signals. What the
page needs from other pages (open a suggested article) and offers them (text into the
reply box) goes through the shell's :class:`PageLinks`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.ui.calls.callbacks import CallbackSection
from desktop.ui.calls.commands import CommandRunner
from desktop.ui.conversation.assist import AssistPanel
from desktop.ui.conversation.current import CurrentConversation
from desktop.ui.conversation.details import DetailsPanel
from desktop.ui.conversation.drafts import DraftStore
from desktop.ui.conversation.pane import ConversationPane
from desktop.ui.conversation.scripts import ScriptPanel
from desktop.ui.inbox.model import InboxModel
from desktop.ui.inbox.search import ConversationSearch
from desktop.ui.inbox.state import InboxAgent, InboxChoice, dump_states, load_states
from desktop.ui.inbox.view import InboxPanel
from desktop.ui.shell.actions import KnowledgeStore, WindowActions
from desktop.ui.shell.pages import PageContext, PageShortcut, PageSpec, PageWidget

NAME = "inbox"
REPLY_TARGET = "reply"  # focus target of Ctrl+2: the reply box
MAX_SAVED_AGENTS = 20
"""Inbox choices kept for this many agents who signed in on this desk (newest kept)."""


class InboxPage(PageWidget):
    """The agent's working page.

    Public parts the composition root and tests use: ``inbox_model``, ``inbox`` (the
    list), ``conversation`` (the pane), ``details``, ``assist``, ``scripts``,
    ``callbacks`` (the context column), ``current`` (the shared open conversation),
    ``runner`` (its routing commands: take next, claim, callbacks).

    The inbox's view, filters and sort are kept per agent (the username) in
    :meth:`save_state` beside the splitter; the page tells the model who is signed in
    (:meth:`update_agent`: Mine, Mentions, and the queues they work).

    Links: emits ``articleRequested`` (a suggested article), ``toastRequested`` and
    ``noticeRequested``; serves ``insertRequested`` (puts the text into the open
    conversation's reply box) and ``conversationRequested`` (shows the page and opens
    the conversation).

    Signals:
        inboxPainted(): the inbox list painted for the first time (start-up figures,
            screenshots).
    """

    inboxPainted = Signal()  # noqa: N815 - Qt naming

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        reader, ops, self.links = context.reader, context.ops, context.links
        self._painted = False
        self._choices: dict[str, InboxChoice] = {}
        self._agent_name = ""  # the username whose choice the inbox shows
        self.current = CurrentConversation(reader, self)
        self.inbox_model = InboxModel(reader, self)
        self.inbox = InboxPanel(self.inbox_model)
        self.search = ConversationSearch(reader)
        self.conversation = ConversationPane(reader, ops, self.current)
        self.details = DetailsPanel(reader, self.current)
        self.assist = AssistPanel(reader, self.current)
        self.scripts = ScriptPanel(reader, ops, self.current)
        self.runner = CommandRunner(ops, self)
        self.callbacks = CallbackSection(reader, self.runner, self.current)
        self.details.add_section(self.callbacks)
        self.details.add_section(self.assist)
        self.details.add_section(self.scripts)
        self._lay_out()

        self.inbox.conversationSelected.connect(self.current.select)
        self.inbox.choiceChanged.connect(self._on_choice_changed)
        self.conversation.draftsWritten.connect(self.inbox_model.on_changes)
        self.assist.insertRequested.connect(self.links.insertRequested)
        self.assist.articleRequested.connect(self.links.articleRequested)
        self.assist.scriptRequested.connect(self._on_assist_script)
        self.links.insertRequested.connect(self.on_insert_into_reply)
        self.search.openMessage.connect(self.open_search_hit)
        self.search.closeRequested.connect(self.close_search)
        self._connect_routing()
        self._painted_timer = QTimer(self)
        self._painted_timer.setObjectName("window-first-paint")
        self._painted_timer.setSingleShot(True)
        self._painted_timer.setInterval(0)
        self._painted_timer.timeout.connect(self.inboxPainted)
        self.inbox.view.viewport().installEventFilter(self)

    def _lay_out(self) -> None:
        """Inbox | conversation | context column, in a splitter the agent can drag."""
        self.context_column = QScrollArea()
        self.context_column.setObjectName("contextColumn")
        self.context_column.setAccessibleName(self.tr("Customer and conversation details"))
        self.context_column.setWidgetResizable(True)
        self.context_column.setFrameShape(QFrame.Shape.NoFrame)
        self.context_column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.context_column.setWidget(self.details)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("deskSplitter")
        self.splitter.setChildrenCollapsible(False)
        # The left column is the list or, after Ctrl+F, the search over every
        # conversation in its place (Esc in the empty field brings the list back).
        self.left_column = QStackedWidget()
        self.left_column.setObjectName("inboxColumn")
        self.left_column.addWidget(self.inbox)
        self.left_column.addWidget(self.search)
        self.splitter.addWidget(self.left_column)
        self.splitter.addWidget(self.conversation)
        self.splitter.addWidget(self.context_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([360, 680, 360])
        self.left_column.setMinimumWidth(300)
        self.conversation.setMinimumWidth(380)
        self.context_column.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _connect_routing(self) -> None:
        """Take next, claim and opening an accepted offer's conversation."""
        self.links.conversationRequested.connect(self.open_conversation)
        self.runner.toastRequested.connect(self.links.noticeRequested)
        self.inbox.takeNextRequested.connect(self.take_next)
        self.conversation.claimRequested.connect(self.claim)
        self.conversation.customerRequested.connect(self.links.customerRequested)
        self.conversation.customerSearchRequested.connect(self.links.customerSearchRequested)

    # ------------------------------------------------------------------ the shell's calls

    def on_changes(self, changes: Changes) -> None:
        if changes.routing_profiles or changes.reset:
            self.update_agent()  # the queues the agent works may have changed
        self.inbox_model.on_changes(changes)
        self.current.on_changes(changes)  # first: the panes below see the fresh row
        self.conversation.on_changes(changes)
        self.assist.on_changes(changes)
        self.callbacks.on_changes(changes)
        self.search.on_changes(changes)
        if changes.scripts or changes.reset:
            self.scripts.reload_scripts()

    def set_actions(self, actions: WindowActions | None) -> None:
        self.conversation.set_actions(actions)
        self.scripts.set_actions(actions)
        self.runner.set_actions(actions)
        self.update_agent()

    def set_store(self, store: KnowledgeStore | None) -> None:
        # The window hands every page the cache; drafts need its ``put_draft``.
        self.conversation.set_store(store if isinstance(store, DraftStore) else None)

    def set_agent(self, name: str) -> None:
        self.scripts.set_agent(name)
        self.conversation.set_agent(name)  # {agent.name} in canned replies, offline too
        self.update_agent()

    def set_online(self, online: bool) -> None:
        self.conversation.set_online(online)
        self.update_agent()

    def focus_target(self, target: str) -> None:
        if target == REPLY_TARGET:
            self.conversation.focus_reply()
        else:
            self.inbox.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_state(self) -> QByteArray:
        if self._agent_name:
            self._choices[self._agent_name] = self.inbox.choice
        kept = dict(list(self._choices.items())[-MAX_SAVED_AGENTS:])
        splitter = bytes(self.splitter.saveState().data())
        return QByteArray(dump_states(kept, splitter, self._agent_name))

    def restore_state(self, state: QByteArray) -> None:
        choices, splitter, last = load_states(bytes(state.data()))
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))
        self._choices = choices
        if last and not self._agent_name:
            # Before the server says who signed in, show the last agent's choice.
            self._agent_name = last
            self.inbox.set_choice(choices.get(last, InboxChoice()))

    # ------------------------------------------------------------------ the inbox

    def update_agent(self) -> None:
        """Tell the inbox who is signed in (once the server has welcomed us): the id for
        Mine, the names for Mentions, the queues of their routing profile for
        Unassigned and All (every queue for a supervisor or an agent without skills), and
        switch to that agent's saved view, filters and sort."""
        actions = self.runner.actions
        agent = actions.agent if actions is not None else None
        if agent is None:
            return
        queues: frozenset[int] | None = None
        if agent.role != "supervisor":
            queues = self.inbox_model.reader.skill_queues().get(agent.id) or None
        self.inbox_model.set_agent(InboxAgent(agent.id, agent.username, agent.display_name, queues))
        if agent.username != self._agent_name:
            if self._agent_name:
                self._choices[self._agent_name] = self.inbox.choice
            self._agent_name = agent.username
            self.inbox.set_choice(self._choices.get(agent.username, InboxChoice()))

    def next_conversation(self) -> None:
        """Open the next conversation of the list (the keymap binds this)."""
        self.inbox.next_conversation()

    def previous_conversation(self) -> None:
        """Open the previous conversation of the list (the keymap binds this)."""
        self.inbox.previous_conversation()

    def set_view(self, name: str) -> None:
        """Show the inbox's ``mine``, ``unassigned``, ``all`` or ``mentions`` view."""
        self.inbox.set_view(name)

    def merge_pending(self) -> None:
        """Put the new and changed conversations in their place now ("3 new")."""
        self.inbox.merge_pending()

    def _on_choice_changed(self, choice: InboxChoice) -> None:
        if self._agent_name:
            self._choices[self._agent_name] = choice

    def open_search(self) -> None:
        """Ctrl+F: the search in the list's place, its field focused and selected."""
        self.left_column.setCurrentWidget(self.search)
        self.search.focus_search()

    def close_search(self) -> None:
        """Back to the list, the keyboard in it."""
        self.left_column.setCurrentWidget(self.inbox)
        self.inbox.view.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def searching(self) -> bool:
        return self.left_column.currentWidget() is self.search

    def open_search_hit(self, conversation_id: int, message_id: int) -> None:
        """Open a search hit's conversation and, for a message hit, scroll to that
        message and outline it (the message list loads with the conversation)."""
        self.open_conversation(conversation_id)
        if message_id:
            self.conversation.delegate.show_message(message_id)

    def stop(self) -> None:
        self.search.stop()
        self.inbox.stop()
        self.conversation.stop()  # keeps the draft being typed
        self.assist.stop()

    # ------------------------------------------------------------------ slots

    def open_conversation(self, conversation_id: int) -> None:
        """Show this page with ``conversation_id`` open (selected in the list when the
        filter shows it)."""
        self.links.pageRequested.emit(NAME)
        if (
            not self.inbox.select_id(conversation_id)
            or self.current.row is None
            or (self.current.row.id != conversation_id)
        ):
            self.current.select(conversation_id)

    def take_next(self) -> None:
        """Pull the oldest waiting email of the agent's queues and open it."""
        if self.runner.pending:
            return

        def taken(answer: Any) -> None:
            offer = getattr(answer, "offer", None)
            if offer is None:
                self.links.noticeRequested.emit(self.tr("No email is waiting"), "info")
            else:
                self.open_conversation(int(offer.conversation_id))

        self.runner.send(
            "routing.take_next", {}, failed=self.tr("No email was taken"), on_done=taken
        )

    def claim(self, conversation_id: int) -> None:
        """Take this waiting email from its queue."""
        self.runner.send(
            "routing.claim",
            {"conversation_id": conversation_id},
            failed=self.tr("The email was not claimed"),
            on_done=lambda _answer: self.links.noticeRequested.emit(
                self.tr("The email is yours"), "info"
            ),
        )

    def on_insert_into_reply(self, text: str) -> None:
        """Put knowledge text into the open conversation's reply box; say so when it
        happened out of sight (from another page), or why nothing happened. The sentences
        are the window's toasts and keep its translation context."""
        row = self.conversation.insert_into_reply(text)
        if row is None:
            self.links.toastRequested.emit(
                QCoreApplication.translate(
                    "MainWindow", "Open a conversation first, then insert the text"
                )
            )
        elif self.links.current_page != NAME:
            self.links.toastRequested.emit(
                QCoreApplication.translate("MainWindow", "Inserted into the reply to {0}").format(
                    row.customer_name
                )
            )

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

    def _on_assist_script(self, slug: str) -> None:
        self.scripts.start_script(slug)
        self.context_column.ensureWidgetVisible(self.scripts)


SPEC = PageSpec(
    name=NAME,
    title=lambda: QCoreApplication.translate("MainWindow", "Inbox"),
    tooltip=lambda: QCoreApplication.translate("MainWindow", "Conversations (Ctrl+1)"),
    shortcuts=(PageShortcut("page.inbox"), PageShortcut("reply.focus", REPLY_TARGET)),
    settings_key="window/splitter",
    build=InboxPage,
)
