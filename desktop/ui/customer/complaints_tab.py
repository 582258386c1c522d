"""The customer page's Complaints tab (first version: the interface the page hosts).

The page (``desktop/ui/customer/page.py``) builds one :class:`ComplaintsTab`, tells it
which customer is shown and passes every applied batch of changes on; the tab reads the
cache itself, so the page knows nothing about complaints.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.models.changes import Changes
from desktop.ui.shell.pages import PageContext


class ComplaintsTab(QWidget):
    """The complaints of the customer on the page. Signals: none."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsTab")
        self._context = context
        self._customer_id: int | None = None
        layout = QVBoxLayout(self)
        self._empty = QLabel(self.tr("No complaints."), self)
        layout.addWidget(self._empty)

    def show_customer(self, customer_id: int | None) -> None:
        """Show the complaints of ``customer_id`` (None: nobody)."""
        self._customer_id = customer_id

    def on_changes(self, changes: Changes) -> None:
        """The cache changed: refresh when complaints or tasks did."""
        _ = changes
