"""The "Swap or give away a shift..." dialog: one of the agent's future shifts, swap or
giveaway, a colleague or the board, a note; the rules checked as the form changes.

Hard rules disable Send ("This cannot be sent"); soft ones only warn that a supervisor
will review. A refusal by the server (``accepted`` false) shows its violations and keeps
the form as it was, so nothing the agent typed is lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.schedule.sending import SendingDialog
from desktop.ui.schedule.swap_session import TradeSession
from desktop.ui.schedule.swap_text import span_text
from desktop.ui.schedule.swap_warnings import Footer, RuleCheck
from desktop.widgets.plain import display_text, plain_label

if TYPE_CHECKING:
    from desktop.sync.commands import CommandClient
    from protocol.workforce import SwapAnswer, SwapVerdict

MAX_NOTE = 1_000
BOARD = 0
"""The colleague combo's data for "Post to the board" (agent ids start at 1)."""


def offline_text() -> str:
    return QCoreApplication.translate(
        "SwapDialog", "You are offline: swaps can be sent once the desk is connected again."
    )


class SwapDialog(SendingDialog):
    """Offer one of the agent's shifts to a colleague or the board.

    Signals:
        sent(object): the server took it; the :class:`~protocol.kinds.workforce.SwapData`.
    """

    sent = Signal(object)

    def __init__(
        self,
        session: TradeSession,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(session, parent, name="swapDialog")
        self.setWindowTitle(self.tr("Swap or give away a shift"))
        self.now = now
        self.verdict: SwapVerdict | None = None

        self._build_layout(self._build_form())
        self.check = RuleCheck(session, self.check_args, self)
        self.check.checked.connect(self._on_checked)
        self.check.failed.connect(self._on_check_failed)
        self.finished.connect(self.check.cancel)
        self.shift.currentIndexChanged.connect(self.changed)
        self.colleague.currentIndexChanged.connect(self.changed)
        self.swap.toggled.connect(self.changed)
        self.note.textChanged.connect(self._note_changed)
        session.onlineChanged.connect(self._online_changed)
        self.changed()

    def _build_form(self) -> QFormLayout:
        self.shift = QComboBox()
        self.shift.setObjectName("swapShift")
        self.shift.setAccessibleName(self.tr("Your shift"))
        for shift in self.session.tradable_shifts(self.now()):
            self.shift.addItem(span_text(shift.start, shift.end), shift.id)
        self.swap = QRadioButton(self.tr("Swap: I want a shift in return"))
        self.swap.setObjectName("swapTypeSwap")
        self.giveaway = QRadioButton(self.tr("Give away: nothing in return"))
        self.giveaway.setObjectName("swapTypeGiveaway")
        self.swap.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.swap)
        group.addButton(self.giveaway)
        types = QVBoxLayout()
        types.setContentsMargins(0, 0, 0, 0)
        types.addWidget(self.swap)
        types.addWidget(self.giveaway)
        self.colleague = QComboBox()
        self.colleague.setObjectName("swapColleague")
        self.colleague.setAccessibleName(self.tr("Colleague"))
        self.colleague.addItem(self.tr("Post to the board"), BOARD)
        for name, agent_id in self.session.colleagues():
            self.colleague.addItem(display_text(name), agent_id)
        self.note = QPlainTextEdit()
        self.note.setObjectName("swapNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("A word for your colleague (optional)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        form = QFormLayout()
        form.addRow(plain_label(QLabel(self.tr("Shift"))), self.shift)
        form.addRow(plain_label(QLabel(self.tr("Type"))), types)
        form.addRow(plain_label(QLabel(self.tr("Offer to"))), self.colleague)
        form.addRow(plain_label(QLabel(self.tr("Note"))), self.note)
        return form

    def _build_layout(self, form: QFormLayout) -> None:
        self.empty = QLabel(self.tr("You have no published shifts ahead to trade."))
        self.empty.setObjectName("swapNoShifts")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setVisible(self.shift.count() == 0)
        self.footer = Footer(
            self,
            self.session,
            prefix="swap",
            offline_text=offline_text(),
            send_text=self.tr("Send"),
            submit=self.submit,
        )
        footer = self.footer
        self.offline, self.warnings, self.status, self.send = (
            footer.offline,
            footer.warnings,
            footer.status,
            footer.send,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        footer.add_to(layout)

    # ------------------------------------------------------------------ the form

    def shift_id(self) -> int | None:
        data = self.shift.currentData()
        return int(data) if isinstance(data, int) else None

    def target(self) -> int | None:
        data = self.colleague.currentData()
        return int(data) if isinstance(data, int) and data != BOARD else None

    def swap_type(self) -> str:
        return "giveaway" if self.giveaway.isChecked() else "swap"

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def check_args(self) -> dict[str, Any] | None:
        shift_id = self.shift_id()
        if shift_id is None:
            return None
        return {"shift_id": shift_id, "type": self.swap_type(), "target_agent_id": self.target()}

    def changed(self) -> None:
        """Any field but the note changed: the rules are checked again."""
        self.verdict = None
        self.status.setVisible(False)
        if self.shift_id() is not None and self.session.online:
            self.warnings.show_status(self.tr("Checking the rules..."))
            self.check.request()
        else:
            self.warnings.clear()
        self._update()

    def _note_changed(self) -> None:
        if len(self.note.toPlainText()) > MAX_NOTE:
            self.status.setText(
                self.tr("The note is too long: at most {0} characters.").format(MAX_NOTE)
            )
            self.status.setVisible(True)
        elif self.status.isVisible() and not self.sending:
            self.status.setVisible(False)
        self._update()

    def _online_changed(self, online: bool) -> None:
        if online:
            self.changed()
        else:
            self._update()

    def _on_checked(self, verdict: SwapVerdict) -> None:
        self.verdict = verdict
        ok = self.tr("No rule stands in the way.")
        if verdict.review and not verdict.violations:
            ok = self.tr("A supervisor will review this.")
        self.warnings.show_violations(verdict.violations, ok_text=ok)
        self._update()

    def _on_check_failed(self, text: str) -> None:
        self.verdict = None
        self.warnings.show_status(self.tr("The rules could not be checked: {0}").format(text))
        self._update()

    def can_send(self) -> bool:
        return (
            self.session.online
            and not self.sending
            and self.shift_id() is not None
            and not self.check.pending
            and not self.warnings.hard
            and len(self.note.toPlainText()) <= MAX_NOTE
        )

    def _update(self) -> None:
        self.footer.cancel.setEnabled(not self.sending)
        self.offline.setVisible(not self.session.online)
        self.send.setEnabled(self.can_send())
        if self.warnings.hard:
            self.send.setToolTip(self.tr("This cannot be sent: see the rules above."))
        elif not self.session.online:
            self.send.setToolTip(offline_text())
        else:
            self.send.setToolTip("")

    # ------------------------------------------------------------------ sending

    def submit(self) -> None:
        """Send the trade (``swap.post``); the dialog closes only when the server took it."""
        shift_id = self.shift_id()
        if shift_id is None or not self.can_send():
            return
        args = {
            "shift_id": shift_id,
            "type": self.swap_type(),
            "target_agent_id": self.target(),
            "note": self.note_text(),
        }
        self._send(
            lambda commands: _post(commands, args),
            what=self.tr("send the swap"),
            on_done=self._on_posted,
        )

    def _on_posted(self, answer: SwapAnswer) -> None:
        refused = self.tr("The server refused this trade; nothing was sent.")
        swap = self._taken(answer.accepted, answer.swap, refused, answer.violations)
        if swap is not None:
            self.sent.emit(swap)
            self.accept()


async def _post(commands: CommandClient, args: dict[str, Any]) -> SwapAnswer:
    from protocol.workforce import SWAP_POST, SwapAnswer, SwapPost

    return await commands.call(SWAP_POST, SwapPost.model_validate(args), SwapAnswer)
