"""The desk's main window: a mode bar over the pages, the status bar, and notices.

The pages come from the registry (``desktop/ui/pages.py``: Inbox, Knowledge, Team): the window
builds the stack, the mode bar and the keyboard shortcuts from their declarations and
fans everything out to them through the ``PageWidget`` methods, never reaching into a
page. It only wires pages to the bridge: changes go to every page, connection states to
the status bar and the pages, notices and failed operations become toasts. Between the
mode bar and the pages, on every page, the work strip (``desktop/ui/calls/strip.py``)
shows the ringing offer, the live call and after-call work. The window
knows nothing of how it was started; the composition root (``desktop/app.py``) gives it
the reader, the bridge and the op runner, and later the engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
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
from desktop.ui.shell.language import LanguageMenu
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageContext, PageLinks, PageSpec, PageWidget
from desktop.ui.shell.presence import PresenceControl
from desktop.ui.shell.status_bar import DeskStatusBar
from desktop.widgets.toast import Toast

__all__ = ["INBOX_PAGE", "KNOWLEDGE_PAGE", "TEAM_PAGE", "MainWindow", "WindowActions"]

AnyPage = TypeVar("AnyPage", bound=PageWidget)


def quit_keys() -> list[QKeySequence]:
    """The platform's Quit keys (``QKeySequence.Quit``), and Ctrl+Q where the platform has
    none (Windows, and the offscreen platform of tests and screenshots)."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    ctrl_q = QKeySequence("Ctrl+Q")
    return keys if ctrl_q in keys else [*keys, ctrl_q]


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

    Ctrl+Q (``QKeySequence.Quit``) closes the window like its close button: ``closed``
    then shuts the desk down.
    """

    closed = Signal()
    inboxPainted = Signal()  # noqa: N815 - Qt naming
    signInRequested = Signal()  # noqa: N815 - Qt naming
    signOutRequested = Signal()  # noqa: N815 - Qt naming
    settingsApplied = Signal()  # noqa: N815 - Qt naming

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
        self._page_shortcuts: list[list[QShortcut]] = [[] for _ in self.page_specs]

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
        # raises the page it shows, which left a toast behind the Inbox view.
        self.toast = Toast(central)
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
        self.work.install_shortcuts(self)
        self.presence.toastRequested.connect(self._show_toast)
        self.status.signInRequested.connect(self.signInRequested)
        for widget in self._page_widgets:
            if isinstance(widget, InboxPage):
                widget.inboxPainted.connect(self.inboxPainted)
        self._add_shortcuts()
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
            for shortcut in self._page_shortcuts[index]:
                shortcut.setEnabled(shown)
            if not shown and self.pages.currentIndex() == index:
                self.show_page(0)

    def _index_of(self, name: str) -> int:
        return next(i for i, spec in enumerate(self.page_specs) if spec.name == name)

    def _make_mode_bar(self) -> QFrame:
        """One checkable button per registered page, then Sign out at the far end."""
        bar = QFrame()
        bar.setObjectName("modeBar")
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
            self.mode_buttons.addButton(button, index)
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
        """ "Settings…" under the agent's own menu, and Ctrl+, anywhere in the window."""
        keys = QKeySequence(QKeySequence.StandardKey.Preferences)
        if keys.isEmpty():
            keys = QKeySequence("Ctrl+,")
        # The keys after a tab show in the menu's shortcut column; the QShortcut below is
        # the one that fires (an action's own would clash with it: "ambiguous").
        native = keys.toString(QKeySequence.SequenceFormat.NativeText)
        action = self.presence.menu().addAction(self.tr("Settings…") + "\t" + native)
        action.setObjectName("settingsAction")
        action.triggered.connect(self.open_settings)
        shortcut = QShortcut(keys, self)
        shortcut.setObjectName("settingsShortcut")
        shortcut.activated.connect(self.open_settings)

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

    def _add_shortcuts(self) -> None:
        """Keyboard-first: each page's shortcuts (Ctrl+1 the inbox, Ctrl+2 the reply box,
        Ctrl+3 / Ctrl+K the knowledge search), then F5 reconnect now, Ctrl+Shift+L sign
        out and the platform's Quit (Ctrl+Q): the same close as the window's, so the desk
        shuts down gracefully (outbox kept, embedded server stopped)."""
        for index, spec in enumerate(self.page_specs):
            for page_shortcut in spec.shortcuts:
                shortcut = QShortcut(QKeySequence(page_shortcut.keys), self)
                self._page_shortcuts[index].append(shortcut)
                shortcut.activated.connect(
                    lambda index=index, target=page_shortcut.target: self._on_page_shortcut(
                        index, target
                    )
                )
        for keys, slot in (
            ("F5", self.status.retryRequested.emit),
            ("Ctrl+Shift+L", self._on_sign_out),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        for quit_sequence in quit_keys():
            shortcut = QShortcut(quit_sequence, self)
            shortcut.setObjectName("quitShortcut")
            shortcut.activated.connect(self.close)

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
