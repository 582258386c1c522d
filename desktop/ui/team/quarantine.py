"""The Team page's "Mail quarantine" tab (supervisors, issue 12).

Mail the server accepted over SMTP but could not take into a conversation (an
auto-reply, a bounce, a loop, an unparseable mail, a sender that cannot become a
customer) waits in a quarantine, never lost. This tab lists it (newest first), and for
the selected mail: "Release" takes it in again (a conversation when it now can be),
"Delete" removes it after asking, "Save raw…" writes its original bytes to a file the
supervisor picks. Everything is the server's, over REST on the loop
(``desktop.sync.files.MailQuarantine``); nothing is cached. The list is read when the
tab is first shown and on "Refresh"; every failure is said in the tab's status line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.conversation.attachments import transfer_reason
from desktop.ui.conversation.bubble_extras import size_text
from desktop.ui.shell.ops import Ops
from desktop.ui.team.privacy_common import read_only_table, when_text, when_width
from desktop.widgets.plain import PlainLabel, display_text, safe_tooltip

if TYPE_CHECKING:  # httpx and pydantic load with the sync engine
    from desktop.sync.files import MailQuarantine
    from protocol.mail import QuarantineItem, QuarantineList, QuarantineRelease

WHEN, SENDER, RECIPIENT, SUBJECT, REASON, SIZE = range(6)
WIDTHS = {SENDER: 26, RECIPIENT: 22, SUBJECT: 30, REASON: 14}


def reason_label(reason: str) -> str:
    """Why a mail is quarantined, in the desk's language."""
    labels = {
        "auto-reply": QCoreApplication.translate("Quarantine", "Auto-reply"),
        "bounce": QCoreApplication.translate("Quarantine", "Bounce"),
        "loop": QCoreApplication.translate("Quarantine", "Mail loop"),
        "unparseable": QCoreApplication.translate("Quarantine", "Unreadable"),
        "no-customer": QCoreApplication.translate("Quarantine", "No sender address"),
        "error": QCoreApplication.translate("Quarantine", "Failed to take in"),
    }
    return labels.get(reason, display_text(reason))


class QuarantineTab(QWidget):
    """The quarantined mails with release, delete and save raw.

    ``confirm`` asks before a delete (tests replace it); ``items`` is what is listed.

    Signals:
        loaded(): an answer (the list, a result or a failure sentence) is on screen.
    """

    loaded = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quarantineTab")
        self.ops = ops
        self.client: MailQuarantine | None = None
        self.items: list[QuarantineItem] = []
        self.read_once = False
        self.confirm: Callable[[str], bool] = self._ask
        titles = [
            self.tr("Received"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Subject"),
            self.tr("Reason"),
            self.tr("Size"),
        ]
        self.table = read_only_table(
            self, "quarantineTable", self.tr("Quarantined mail"), titles, WIDTHS
        )
        self.table.setColumnWidth(WHEN, when_width(self.table))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh_button = self._button(self.tr("Refresh"), "quarantineRefresh", self.refresh)
        self.release_button = self._button(self.tr("Release"), "quarantineRelease", self.release)
        self.release_button.setToolTip(self.tr("Take this mail in again as a conversation"))
        self.delete_button = self._button(self.tr("Delete"), "quarantineDelete", self.delete)
        self.save_button = self._button(self.tr("Save raw…"), "quarantineSave", self.pick_file)
        self.status = PlainLabel()
        self.status.setObjectName("quarantineStatus")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.refresh_button, self.release_button, self.delete_button):
            bar.addWidget(button)
        bar.addWidget(self.save_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def set_client(self, client: MailQuarantine | None) -> None:
        self.client = client
        self.read_once = False
        if client is not None and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self.read_once and self.client is not None:
            self.refresh()

    def selected(self) -> QuarantineItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.items):
            return None
        return self.items[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.release_button, self.delete_button, self.save_button):
            button.setEnabled(chosen)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.loaded.emit()

    def _failed(self, what: str) -> Callable[[BaseException], None]:
        def show(error: BaseException) -> None:
            self._say(self.tr("{0}: {1}").format(what, transfer_reason(error)))

        return show

    # ------------------------------------------------------------------ actions

    def refresh(self) -> bool:
        client = self.client
        if client is None:
            self._say(self.tr("Not signed in yet."))
            return False
        self.read_once = True
        self.ops.run(
            client.items(),
            what="read the mail quarantine",
            on_done=self._show,
            on_error=self._failed(self.tr("Could not read the quarantine")),
        )
        return True

    def _show(self, listed: QuarantineList) -> None:
        self.items = list(listed.items)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = {
                WHEN: when_text(item.received_at),
                SENDER: display_text(item.sender),
                RECIPIENT: display_text(item.recipient),
                SUBJECT: display_text(" ".join(item.subject.split())),
                REASON: reason_label(item.reason),
                SIZE: size_text(item.size),
            }
            for column, text in values.items():
                cell = QTableWidgetItem(text)
                if column == REASON and item.detail:
                    cell.setToolTip(safe_tooltip(display_text(item.detail)))
                elif column in (SENDER, SUBJECT):
                    cell.setToolTip(safe_tooltip(text))
                if column == SIZE:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        if self.items and len(self.items) < listed.total:
            text = self.tr("Showing the newest {0} of {1} quarantined mails")
            self.status.setText(text.format(len(self.items), listed.total))
        else:
            self.status.setText("" if self.items else self.tr("No mail is in quarantine."))
        self._update_buttons()
        self.loaded.emit()

    def release(self) -> bool:
        item, client = self.selected(), self.client
        if item is None or client is None:
            return False

        def done(result: QuarantineRelease) -> None:
            if result.conversation_id is not None:
                text = self.tr("Released into conversation {0}.").format(result.conversation_id)
            else:
                text = self.tr("Released; it opened no conversation.")
            self.status.setText(text)
            self.refresh()

        self.ops.run(
            client.release(item.id),
            what="release a quarantined mail",
            on_done=done,
            on_error=self._failed(self.tr("Could not release it")),
        )
        return True

    def delete(self) -> bool:
        item, client = self.selected(), self.client
        if item is None or client is None:
            return False
        sender = display_text(item.sender)
        if not self.confirm(self.tr("Delete the quarantined mail from {0}?").format(sender)):
            return False

        def done(_none: None) -> None:
            self.status.setText(self.tr("Deleted."))
            self.refresh()

        self.ops.run(
            client.delete(item.id),
            what="delete a quarantined mail",
            on_done=done,
            on_error=self._failed(self.tr("Could not delete it")),
        )
        return True

    def pick_file(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = QFileDialog(self, self.tr("Save the raw mail"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f"quarantine-{item.id}.eml")
        dialog.fileSelected.connect(lambda name: self.save_raw(item.id, Path(name)))
        dialog.open()

    def save_raw(self, item_id: int, path: Path) -> bool:
        """Write mail ``item_id``'s original bytes to ``path``."""
        client = self.client
        if client is None:
            return False

        async def work() -> int:
            from desktop.sync.files import save_bytes

            data = await client.raw(item_id)
            await save_bytes(path, data)
            return len(data)

        def done(size: int) -> None:
            self._say(self.tr("Saved {0} to {1}.").format(size_text(size), str(path)))

        self.ops.run(
            work(),
            what="save a quarantined mail",
            on_done=done,
            on_error=self._failed(self.tr("Could not save it")),
        )
        return True

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Mail quarantine"), question)
        return answer == QMessageBox.StandardButton.Yes


def add_quarantine_tab(window: Any, ops: Ops, client: MailQuarantine) -> QuarantineTab | None:
    """Add the tab to the Team page of ``window`` (``desktop/app.py``), when the window
    has one (the Team page is built for supervisors only)."""
    from desktop.ui.team.page import TeamPage

    try:
        team = window.page("team")
    except LookupError:
        return None
    if not isinstance(team, TeamPage):
        return None
    tab = QuarantineTab(ops, team.tabs)
    tab.set_client(client)
    team.tabs.addTab(tab, QCoreApplication.translate("Quarantine", "Mail quarantine"))
    return tab
