"""Swaps, giveaways and time off on the My day page (issue 11 part 4): filled by the
trades work. The page embeds :class:`TradesPanel` and forwards the shell's calls to it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.ui.shell.actions import WindowActions
from desktop.ui.shell.pages import PageLinks


class TradesPanel(QWidget):
    """The agent's trades and requests, the board, and the dialogs that make them."""

    def __init__(
        self, reader: CacheReader, links: PageLinks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self.links = links
        QVBoxLayout(self)

    def on_changes(self, changes: Changes) -> None:
        """The cache changed."""

    def set_actions(self, actions: WindowActions | None) -> None:
        """The sync engine (commands) once signed in; None while signed out."""

    def set_online(self, online: bool) -> None:
        """Whether commands can reach the server."""
