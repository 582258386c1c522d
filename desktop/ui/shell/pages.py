"""The page registry's vocabulary: how a page is declared and what the shell asks of it.

A page is one screen of the desk behind a mode-bar button (Inbox, Knowledge; later
Customer, Schedule, KPI, Calls). It is declared once as a :class:`PageSpec` (its name, its
mode-bar text and tooltip, the ids of its keyboard actions, the settings key its layout is
kept under, and a factory), and ``desktop/ui/pages.py`` lists the desk's specs in mode-bar
order. The main window builds the stack, the mode bar and the shortcuts from that list
and fans changes, connection state, the signed-in agent and the engine out to every page
through the :class:`PageWidget` methods, so adding a page never edits the window.

Pages never hold each other: what crosses pages (open an article, put text in the reply
box, show a page, tell the agent something) goes through the one :class:`PageLinks`
object every factory receives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.ui.shell.actions import KnowledgeStore, WindowActions
from desktop.ui.shell.ops import Ops


class PageLinks(QObject):
    """The requests that cross pages; the window and the pages connect to it.

    Signals:
        pageRequested(str): show the page of this name (the window switches to it).
        articleRequested(str): open the knowledge article with this slug.
        insertRequested(str): put this text into the open conversation's reply box.
        toastRequested(str): tell the agent this short sentence (the window's toast).
        noticeRequested(str, str): the same with a level, ``info`` or ``error``.
        conversationRequested(int): open this conversation (an accepted offer, an email
            taken from the queue); the inbox page shows it.
        customerRequested(int): show this customer's profile on the customer page (the
            conversation details' "Open profile", a ringing call's screen pop, a search
            hit); the customer page shows itself.
        customerSearchRequested(str): open the customer page's "Find customer" box with
            this text (a caller's number the cache does not know).
    """

    pageRequested = Signal(str)  # noqa: N815 - Qt naming
    articleRequested = Signal(str)  # noqa: N815 - Qt naming
    insertRequested = Signal(str)  # noqa: N815 - Qt naming
    toastRequested = Signal(str)  # noqa: N815 - Qt naming
    noticeRequested = Signal(str, str)  # noqa: N815 - Qt naming
    conversationRequested = Signal(int)  # noqa: N815 - Qt naming
    customerRequested = Signal(int)  # noqa: N815 - Qt naming
    customerSearchRequested = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current_page = ""  # the name of the page on screen; the window keeps it


@dataclass(frozen=True)
class PageContext:
    """What a page factory receives from the window (itself given by the composition
    root): the cache reader, the op runner and the cross-page links."""

    reader: CacheReader
    ops: Ops
    links: PageLinks


class PageWidget(QWidget):
    """A page of the desk: the shell calls these on every page; the defaults do nothing,
    so a page overrides only what concerns it. Signals: none of its own (cross-page
    requests go through :class:`PageLinks`)."""

    def on_changes(self, changes: Changes) -> None:
        """The cache changed (one ``Changes`` per applied batch)."""

    def set_actions(self, actions: WindowActions | None) -> None:
        """The sync engine once signed in; None while signing in or signed out."""

    def set_store(self, store: KnowledgeStore | None) -> None:
        """The cache writer for desk-only data, once the cache is open."""

    def set_agent(self, name: str) -> None:
        """The signed-in agent's display name ("" when signed out)."""

    def set_online(self, online: bool) -> None:
        """Whether the server is reachable (online or syncing)."""

    def focus_target(self, target: str) -> None:
        """Put the keyboard focus on ``target`` ("" is the page's main control)."""

    def save_state(self) -> QByteArray:
        """The layout to keep between runs (splitter sizes); empty keeps nothing."""
        return QByteArray()

    def restore_state(self, state: QByteArray) -> None:
        """Restore what :meth:`save_state` gave."""

    def stop(self) -> None:
        """The window is closing: stop timers before the reader closes."""


@dataclass(frozen=True)
class PageShortcut:
    """A keyboard action that shows the page and focuses one of its targets.

    ``action`` is its id in the keymap (``desktop/ui/shell/keymap.py``), which holds its
    title and default keys and where the agent may remap them: a page names its actions,
    it never picks keys, so every key of the desk is checked in one table.
    """

    action: str
    target: str = ""


@dataclass(frozen=True)
class PageSpec:
    """One page of the desk, declared once.

    ``title`` and ``tooltip`` are called when the mode bar is built; they translate in the
    bar's own context (``QCoreApplication.translate("MainWindow", ...)``). ``settings_key``
    names the ``QSettings`` value :meth:`PageWidget.save_state` is kept under. ``roles``
    limits the page to signed-in agents of those roles (``None``: everyone); until the
    server has said who signed in, such a page's button and shortcuts stay hidden.
    """

    name: str
    title: Callable[[], str]
    tooltip: Callable[[], str]
    shortcuts: Sequence[PageShortcut]
    settings_key: str
    build: Callable[[PageContext], PageWidget]
    roles: frozenset[str] | None = None

    def shown_to(self, role: str | None) -> bool:
        """Whether an agent of ``role`` (``None``: not known yet) sees this page."""
        return self.roles is None or role in self.roles
