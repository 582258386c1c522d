"""The desk's main window: a mode bar over the pages, the status bar, and notices.

The pages come from the registry (``desktop/ui/pages.py``: Inbox, Knowledge, Team): the window
builds the stack and the mode bar from their declarations, binds every keyboard action of
the keymap (``desktop/ui/shell/keymap.py``: the pages name theirs in their specs) and
fans everything out to them through the ``PageWidget`` methods, never reaching into a
page. It only wires pages to the bridge: changes go to every page, connection states to
the status bar and the pages, notices and failed operations become toasts. Between the
mode bar and the pages, on every page, the work strip (``desktop/ui/calls/strip.py``)
shows the ringing offer, the live call and after-call work. The window
knows nothing of how it was started; the composition root (``desktop/app.py``) gives it
the reader, the bridge and the op runner, and later the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes, Notice
from desktop.models.connection import ConnectionState, Link
from desktop.store.reader import CacheReader
from desktop.ui.calls.strip import WorkStrip
from desktop.ui.conversation.assist import AssistPanel
from desktop.ui.conversation.details import DetailsPanel
from desktop.ui.conversation.pane import ConversationPane
from desktop.ui.conversation.scripts import ScriptPanel
from desktop.ui.inbox.model import InboxModel
from desktop.ui.inbox.page import InboxPage
from desktop.ui.inbox.view import InboxPanel
from desktop.ui.knowledge.view import KnowledgeView
from desktop.ui.pages import DESK_PAGES, INBOX_PAGE, KNOWLEDGE_PAGE, TEAM_PAGE
from desktop.ui.settings.dialog import SettingsDialog
from desktop.ui.shell.actions import KnowledgeStore, WindowActions
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.keymap import Keymap
from desktop.ui.shell.language import LanguageMenu
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageContext, PageLinks, PageSpec, PageWidget
from desktop.ui.shell.presence import SETTABLE, PresenceControl
from desktop.ui.shell.shortcuts_sheet import ShortcutsSheet
from desktop.ui.shell.status_bar import DeskStatusBar
from desktop.widgets.toast import Toast

__all__ = ["INBOX_PAGE", "KNOWLEDGE_PAGE", "TEAM_PAGE", "MainWindow", "WindowActions"]

AnyPage = TypeVar("AnyPage", bound=PageWidget)


class MainWindow(QMainWindow):
    """The agent's desk.

    ``pages`` (the stack) holds one widget per registered page, in mode-bar order;
    ``page(name)`` finds one. ``inbox_model``, ``inbox``, ``conversation``, ``details``,
    ``assist``, ``scripts`` and ``knowledge`` are the pages' public parts, for the
    composition root and tests.

    Signals:
        closed(): the window was closed; the application shuts down its services.
        inboxPainted(): the inbox list painted for the first time (start-up figures,
            screenshots).
        signInRequested(): the agent asked to sign in again (from the status bar).
        signOutRequested(): the agent asked to sign out (button or Ctrl+Shift+L).
        settingsApplied(): the settings dialog wrote its values (OK/Apply); the keymap
            reads the agent's keys again.
        keyActionTriggered(str): the agent pressed the keys of this keymap action (after
            whatever the window connected to it ran); actions other parts of the desk
            carry out connect here.

    ``keymap`` holds the keyboard actions and the agent's keys. Quit (Ctrl+Q, the
    platform's Quit) closes the window like its close button: ``closed`` then shuts the
    desk down.
    """

    closed = Signal()
    inboxPainted = Signal()  # noqa: N815 - Qt naming
    signInRequested = Signal()  # noqa: N815 - Qt naming
    signOutRequested = Signal()  # noqa: N815 - Qt naming
    settingsApplied = Signal()  # noqa: N815 - Qt naming
    keyActionTriggered = Signal(str)  # noqa: N815 - Qt naming

    def __init__(
        self,
        reader: CacheReader,
        bridge: SyncBridge,
        ops: Ops,
        *,
        settings: QSettings | None = None,
        page_specs: Sequence[PageSpec] = DESK_PAGES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("desk")
        self.setWindowTitle(self.tr("Frontline"))
        self.reader = reader
        self.bridge = bridge
        self.ops = ops
        self.settings = settings
        self.page_specs = tuple(page_specs)
        self.links = PageLinks(self)
        self._actions: WindowActions | None = None
        self.keymap = Keymap(settings, parent=self)
        self.shortcuts_sheet: ShortcutsSheet | None = None

        self.pages = QStackedWidget()
        self.pages.setObjectName("deskPages")
        context = PageContext(reader, ops, self.links)
        self._page_widgets = [spec.build(context) for spec in self.page_specs]
        for widget in self._page_widgets:
            self.pages.addWidget(widget)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._make_mode_bar())
        self.work = WorkStrip(reader, ops)
        column.addWidget(self.work)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.status = DeskStatusBar()
        self.setStatusBar(self.status)
        self.presence = PresenceControl(reader, ops)
        self.status.insertWidget(0, self.presence)
        self.language = self._add_language_menu(settings)
        # The toast floats over the central widget, not inside the page stack: the stack
        # raises the page it shows, which left a toast behind the Inbox view. It sits at
        # the top right of the pages (over the context column's heading): at the bottom
        # it covered the reply box's Send button.
        self.toast = Toast(central, anchor=self.pages)
        self.resize(1400, 860)
        self.links.current_page = self.page_specs[0].name

        bridge.changes.connect(self.on_changes)
        bridge.stateChanged.connect(self.on_state)
        bridge.notice.connect(self.on_notice)
        ops.failed.connect(self.on_failed)
        self.links.pageRequested.connect(self.show_page)
        self.links.toastRequested.connect(self.toast.show_message)
        self.links.noticeRequested.connect(self._show_toast)
        self.work.toastRequested.connect(self._show_toast)
        self.work.conversationRequested.connect(self.links.conversationRequested)
        self.presence.toastRequested.connect(self._show_toast)
        self.status.signInRequested.connect(self.signInRequested)
        for widget in self._page_widgets:
            if isinstance(widget, InboxPage):
                widget.inboxPainted.connect(self.inboxPainted)
        self._connect_keys()
        self._show_pages_for_role()
        self._restore()

    # ------------------------------------------------------------------ the pages

    def page(self, name: str) -> PageWidget:
        """The page registered as ``name``."""
        for spec, widget in zip(self.page_specs, self._page_widgets, strict=True):
            if spec.name == name:
                return widget
        raise LookupError(name)

    def _page_of(self, kind: type[AnyPage]) -> AnyPage:
        return next(w for w in self._page_widgets if isinstance(w, kind))

    @property
    def inbox_page(self) -> InboxPage:
        return self._page_of(InboxPage)

    @property
    def knowledge(self) -> KnowledgeView:
        return self._page_of(KnowledgeView)

    @property
    def inbox_model(self) -> InboxModel:
        return self.inbox_page.inbox_model

    @property
    def inbox(self) -> InboxPanel:
        return self.inbox_page.inbox

    @property
    def conversation(self) -> ConversationPane:
        return self.inbox_page.conversation

    @property
    def details(self) -> DetailsPanel:
        return self.inbox_page.details

    @property
    def assist(self) -> AssistPanel:
        return self.inbox_page.assist

    @property
    def scripts(self) -> ScriptPanel:
        return self.inbox_page.scripts

    # ------------------------------------------------------------------ public API

    def set_actions(self, actions: WindowActions | None) -> None:
        self._actions = actions
        self._show_pages_for_role()
        self.presence.set_actions(actions)
        self.work.set_actions(actions)
        for widget in self._page_widgets:
            widget.set_actions(actions)

    def set_store(self, store: KnowledgeStore | None) -> None:
        """The cache writer, for desk-only data (favourites, recently viewed)."""
        for widget in self._page_widgets:
            widget.set_store(store)

    def set_agent(self, name: str) -> None:
        self.status.set_agent(name)
        for widget in self._page_widgets:
            widget.set_agent(name)

    def set_signed_in(self, signed_in: bool) -> None:
        """Sign out is offered only while a session is running."""
        self.sign_out.setEnabled(signed_in)

    def show_page(self, page: int | str) -> None:
        """Switch to a page, by its place (``INBOX_PAGE``, ``KNOWLEDGE_PAGE``) or name."""
        index = page if isinstance(page, int) else self._index_of(page)
        if not self.page_specs[index].shown_to(self.role()):
            return  # not this agent's page (a supervisor's, say)
        self.pages.setCurrentIndex(index)
        self.links.current_page = self.page_specs[index].name
        button = self.mode_buttons.button(index)
        if button is not None:
            button.setChecked(True)

    def on_changes(self, changes: Changes) -> None:
        self.presence.on_changes(changes)
        self.work.on_changes(changes)
        for widget in self._page_widgets:
            widget.on_changes(changes)

    def on_state(self, state: ConnectionState) -> None:
        self.status.set_state(state)
        self._show_pages_for_role()  # the server says who signed in once it welcomes us
        online = state.link in (Link.ONLINE, Link.SYNCING)
        self.work.set_online(online)
        for widget in self._page_widgets:
            widget.set_online(online)

    def _show_toast(self, text: str, level: str) -> None:
        self.toast.show_message(text, level=level)

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
        if notice.kind == "canned_rejected":
            return self.tr("Your canned reply was not saved: {0}").format(notice.reason)
        if notice.kind == "vote_rejected":
            return self.tr("Your vote was not counted: {0}").format(notice.reason)
        return self.tr("The server refused a change: {0}").format(notice.reason)

    # ------------------------------------------------------------------ Qt overrides

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._save()
        self.work.stop()
        for widget in self._page_widgets:
            widget.stop()
        event.accept()
        self.closed.emit()

    # ------------------------------------------------------------------ internals

    def role(self) -> str | None:
        """The signed-in agent's role, once the server has welcomed this session."""
        actions = self._actions
        agent = actions.agent if actions is not None else None
        return agent.role if agent is not None else None

    def _show_pages_for_role(self) -> None:
        """Hide the buttons and shortcuts of pages the signed-in agent may not see
        (``PageSpec.roles``), and leave such a page if it is on screen."""
        role = self.role()
        for index, spec in enumerate(self.page_specs):
            shown = spec.shown_to(role)
            button = self.mode_buttons.button(index)
            if button is not None:
                button.setVisible(shown)
            for page_shortcut in spec.shortcuts:
                self.keymap.set_enabled(page_shortcut.action, shown)
            if not shown and self.pages.currentIndex() == index:
                self.show_page(0)

    def _index_of(self, name: str) -> int:
        return next(i for i, spec in enumerate(self.page_specs) if spec.name == name)

    def _make_mode_bar(self) -> QFrame:
        """One checkable button per registered page, then Sign out at the far end."""
        bar = QFrame()
        bar.setObjectName("modeBar")
        bar.setAccessibleName(self.tr("Pages"))
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(4)
        self.mode_buttons = QButtonGroup(self)
        self.mode_buttons.setExclusive(True)
        for index, spec in enumerate(self.page_specs):
            button = QToolButton()
            button.setObjectName("modeButton")
            button.setText(spec.title())
            button.setToolTip(spec.tooltip())
            button.setCheckable(True)
            button.setChecked(index == 0)
            # Reached by Tab, not taken by a click: a clicked page button kept the focus
            # ring while the agent worked on the page it opened.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.mode_buttons.addButton(button, index)
            row.addWidget(button)
        row.addStretch(1)
        self.sign_out = QToolButton()
        self.sign_out.setObjectName("signOutButton")
        self.sign_out.setText(self.tr("Sign out"))
        self.sign_out.setEnabled(False)
        self.sign_out.clicked.connect(self._on_sign_out)
        row.addWidget(self.sign_out)
        self.mode_buttons.idClicked.connect(self.show_page)
        return bar

    def _add_language_menu(self, settings: QSettings | None) -> LanguageMenu:
        """The desk's language, under the agent's own (presence) menu: stored in desk.ini,
        used from the next start; the settings dialog's entry below it."""
        menu = LanguageMenu(settings, self.presence)
        self.presence.menu().addSeparator()
        self.presence.menu().addMenu(menu)
        menu.toastRequested.connect(self._show_toast)
        self._add_settings_action()
        return menu

    def _add_settings_action(self) -> None:
        """ "Settings…" under the agent's own menu (its keys come from the keymap)."""
        self.settings_action = self.presence.menu().addAction(self.tr("Settings…"))
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.triggered.connect(self.open_settings)

    def open_settings(self) -> SettingsDialog | None:
        """The settings dialog (modal to the window); ``settingsApplied`` after OK/Apply.
        Without a settings store (some tests) there is nothing to edit."""
        if self.settings is None:
            return None
        dialog = SettingsDialog(self.settings, parent=self)
        dialog.applied.connect(self.settingsApplied)
        dialog.open()
        return dialog

    def _on_sign_out(self) -> None:
        if self.sign_out.isEnabled():
            self.signOutRequested.emit()

    def _connect_keys(self) -> None:
        """Keyboard-first: what each keymap action does here, then its shortcuts on this
        window. Pages: show the page and focus its target; the work strip's offer and
        call keys; presence; the open conversation's status and note toggle; F1 the
        sheet; F5 reconnect now; sign out; Quit: the same close as the window's, so the
        desk shuts down gracefully (outbox kept, embedded server stopped). Actions no
        part of the window carries out yet only emit ``keyActionTriggered``."""
        keys = self.keymap
        for index, spec in enumerate(self.page_specs):
            for page_shortcut in spec.shortcuts:
                keys.connect_action(
                    page_shortcut.action,
                    partial(self._on_page_shortcut, index, page_shortcut.target),
                )
        slots: tuple[tuple[str, Callable[[], object]], ...] = (
            ("offer.accept", self.work.accept_offer),
            ("offer.decline", self.work.decline_offer),
            ("call.hold", self.work.hold),
            ("call.mute", self.work.mute),
            ("call.keypad", self.work.keypad),
            ("call.transfer", self.work.transfer),
            ("call.hangup", self.work.hang_up),
            ("inbox.next", lambda: self._in_inbox(self.inbox_page.next_conversation)),
            ("inbox.previous", lambda: self._in_inbox(self.inbox_page.previous_conversation)),
            ("inbox.merge_new", lambda: self._in_inbox(self.inbox_page.merge_pending)),
            ("inbox.search", lambda: self._in_inbox(self.inbox_page.open_search)),
            ("inbox.take_next", lambda: self._in_inbox(self.inbox_page.take_next)),
            ("reply.canned", lambda: self._in_inbox(self.conversation.reply.open_canned_picker)),
            ("conversation.resolve", lambda: self._set_status("resolved")),
            ("conversation.pending", lambda: self._set_status("pending")),
            ("conversation.snooze", lambda: self._set_status("snoozed")),
            ("conversation.reopen", lambda: self._set_status("open")),
            (
                "conversation.complaint",
                lambda: self._in_inbox(self.conversation.complaint.open_dialog),
            ),
            ("reply.note_toggle", self._toggle_note),
            ("help.shortcuts", self.show_shortcuts),
            ("app.settings", self.open_settings),
            ("sync.retry", self.status.retryRequested.emit),
            ("app.sign_out", self._on_sign_out),
            ("app.quit", self.close),
        )
        for action_id, slot in slots:
            keys.connect_action(action_id, slot)
        for state in SETTABLE:
            keys.connect_action(f"presence.{state}", partial(self.presence.choose, state))
        keys.triggered.connect(self.keyActionTriggered)
        keys.changed.connect(self._show_keys)
        self.settingsApplied.connect(keys.reload)
        keys.bind(self)
        self._show_keys()

    def _show_keys(self) -> None:
        """Menus and tooltips name the keys the agent has now."""
        keys = self.keymap
        self.presence.set_key_texts({s: keys.text(f"presence.{s}") for s in SETTABLE})
        # Keys some widgets take themselves (``own_keys``): where the focus must be theirs.
        self.conversation.reply.set_send_keys(
            partial(keys.matches, "reply.send"), keys.text("reply.send")
        )
        self.inbox.set_list_keys(keys.keys("inbox.list_next"), keys.keys("inbox.list_previous"))
        self.inbox.set_take_next_keys(keys.text("inbox.take_next"))
        settings_keys = keys.text("app.settings")
        # The keys after a tab show in the menu's shortcut column; the keymap's shortcut
        # is the one that fires (an action's own would clash with it: "ambiguous").
        self.settings_action.setText(
            self.tr("Settings…") + (f"\t{settings_keys}" if settings_keys else "")
        )
        self.sign_out.setToolTip(
            self.tr("Sign out ({0}): queued replies stay and are sent after sign-in").format(
                keys.text("app.sign_out")
            )
        )
        for index, spec in enumerate(self.page_specs):
            button = self.mode_buttons.button(index)
            ids = [s.action for s in spec.shortcuts]
            if button is None or all(keys.on_defaults(i) for i in ids):
                continue  # the page's own tooltip names its default keys
            page_keys = ", ".join(text for text in map(keys.text, ids) if text)
            button.setToolTip(
                self.tr("{0} ({1})").format(spec.title(), page_keys) if page_keys else spec.title()
            )

    def show_shortcuts(self) -> ShortcutsSheet:
        """The shortcuts sheet (F1, "?"), made once and refreshed each time it opens."""
        if self.shortcuts_sheet is None:
            self.shortcuts_sheet = ShortcutsSheet(self.keymap, self._action_shown, self)
        self.shortcuts_sheet.present()
        return self.shortcuts_sheet

    def _action_shown(self, action_id: str) -> bool:
        """Whether this agent has the action (a page's keys only if they see the page)."""
        role = self.role()
        return all(
            spec.shown_to(role)
            for spec in self.page_specs
            if any(s.action == action_id for s in spec.shortcuts)
        )

    def _in_inbox(self, slot: Callable[[], object]) -> None:
        """An inbox action from any page: show the inbox, then act there."""
        self.show_page(INBOX_PAGE)
        slot()

    def _set_status(self, status: str) -> None:
        """The open conversation's status, as if picked in its header (nothing when no
        conversation is open or the header's status cannot be changed now)."""
        pane = self.conversation
        if pane.conversation is None or not pane.status.isEnabled():
            return
        index = pane.status.findData(status)
        if index >= 0:
            self.show_page(INBOX_PAGE)
            pane.status.setCurrentIndex(index)

    def _toggle_note(self) -> None:
        """Reply or internal note, in the open conversation's reply box."""
        pane = self.conversation
        if pane.conversation is None or not pane.reply.internal.isEnabled():
            return
        self.show_page(INBOX_PAGE)
        pane.reply.internal.toggle()
        pane.focus_reply()

    def _on_page_shortcut(self, index: int, target: str) -> None:
        self.show_page(index)
        self._page_widgets[index].focus_target(target)

    def _restore(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for spec, widget in zip(self.page_specs, self._page_widgets, strict=True):
            state = self.settings.value(spec.settings_key)
            if isinstance(state, QByteArray):
                widget.restore_state(state)

    def _save(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        for spec, widget in zip(self.page_specs, self._page_widgets, strict=True):
            self.settings.setValue(spec.settings_key, widget.save_state())
        self.settings.sync()
