"""The conversation's "Complaint…" action: opens the open-complaint dialog for the
conversation on screen, its contact details prefilled from the customer's synced row
(email first, else phone), and queues the complaint through the outbox, so it works
offline and shows at once on the customer page's Complaints tab.

The pane puts :attr:`ComplaintLauncher.button` in its header and gives the launcher the
engine (:meth:`set_actions`); the window binds the keymap action
``conversation.complaint`` to :meth:`open_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from desktop.ui.customer import complaint_actions
from desktop.ui.shell.ops import Ops


class ComplaintLauncher(QObject):
    """Opens complaints from the conversation on screen.

    Signals:
        queued(int): a complaint went into the outbox; carries its mutation id.
        refused(str): it could not be queued (not signed in, the cache refused); why.
    """

    queued = Signal(int)
    refused = Signal(str)

    def __init__(
        self,
        reader: object,
        ops: Ops,
        conversation: Callable[[], tuple[int, int] | None],
        parent: QWidget,
    ) -> None:
        """``conversation`` gives the (conversation id, customer id) on screen, or None."""
        super().__init__(parent)
        self._reader = reader
        self._ops = ops
        self._conversation = conversation
        self._parent = parent
        self._actions: object | None = None
        self.dialog: QDialog | None = None
        """The dialog while it is open (tests fill it in)."""
        self.button = QPushButton(self.tr("Complaint…"), parent)
        self.button.setObjectName("openComplaint")
        self.button.setToolTip(self.tr("Open a complaint for this customer"))
        self.button.clicked.connect(self.open_dialog)

    def set_actions(self, actions: object | None) -> None:
        self._actions = actions
        self.button.setEnabled(actions is not None)

    def set_shown(self, shown: bool) -> None:
        self.button.setVisible(shown)

    def _contact(self, customer_id: int) -> tuple[str, str]:
        facts = getattr(self._reader, "customer_facts", None)
        row = facts(customer_id) if facts is not None else None
        return (str(getattr(row, "email", "") or ""), str(getattr(row, "phone", "") or ""))

    def open_dialog(self) -> bool:
        """Open the dialog for the conversation on screen (False: none, or one is open
        already). It is modeless: the agent can read the conversation while writing."""
        found = self._conversation()
        if found is None or self.dialog is not None:
            return False
        from desktop.ui.customer.complaint_dialogs import OpenComplaintDialog

        conversation_id, customer_id = found
        email, phone = self._contact(customer_id)
        dialog = OpenComplaintDialog(conversation_id, email=email, phone=phone, parent=self._parent)
        dialog.accepted.connect(lambda: self._send(dialog))
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()
        return True

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _send(self, dialog: QDialog) -> None:
        from desktop.ui.customer.complaint_dialogs import OpenComplaintDialog

        if not isinstance(dialog, OpenComplaintDialog):
            return
        complaint_actions.send(
            self._actions,
            self._ops,
            dialog.op(),
            on_error=self.refused.emit,
            on_done=self.queued.emit,
        )
