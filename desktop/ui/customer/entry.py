"""Ways into the customer page from widgets other pages own, wired by the composition
root (``desktop/app.py``): a "Customer profile" action in the context menu of the
conversation search's results (no key of its own: keys live in the keymap). The page
itself is reached only through ``PageLinks.customerRequested``, so the search never knows
the page exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView

from desktop.store.reader import CacheReader
from desktop.ui.shell.pages import PageLinks


def add_customer_action(
    results: QAbstractItemView, reader: CacheReader, links: PageLinks
) -> QAction:
    """Give a list of conversation hits a "Customer profile" action: the selected hit's
    conversation's customer opens on the customer page. The list's model gives its hits
    (objects with a ``conversation_id``) through ``hits()``."""
    action = QAction(QCoreApplication.translate("CustomerEntry", "Customer profile"), results)
    action.setObjectName("searchCustomerProfile")

    def open_customer() -> None:
        index = results.currentIndex()
        hits = getattr(results.model(), "hits", None)
        if not index.isValid() or not callable(hits):
            return
        found = hits()
        if index.row() >= len(found):
            return
        row = reader.conversation(found[index.row()].conversation_id)
        if row is not None:
            links.customerRequested.emit(row.customer_id)

    action.triggered.connect(open_customer)
    results.addAction(action)
    results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
