"""Accepting a trade: a giveaway picked up from the board, a swap answered with one of
the agent's own shifts, or a direct offer. The rules are checked for the shift chosen in
return (``swap.check`` with ``swap_id``); hard ones disable Accept, soft ones say a
supervisor will review. A refusal keeps the dialog open with its reasons."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.schedule.sending import SendingDialog
from desktop.ui.schedule.swap_session import TradeSession
from desktop.ui.schedule.swap_text import person, shift_text, span_text
from desktop.ui.schedule.swap_warnings import Footer, RuleCheck
from desktop.widgets.plain import display_text, plain_label

if TYPE_CHECKING:
    from desktop.sync.commands import CommandClient
    from protocol.kinds.workforce import SwapData
    from protocol.workforce import SwapAnswer, SwapVerdict


def offline_text() -> str:
    return QCoreApplication.translate(
        "SwapAccept", "You are offline: trades can be accepted once the desk is connected again."
    )


class AcceptDialog(SendingDialog):
    """Take a colleague's shift (giveaway) or trade one of the agent's for it (swap).

    Signals:
        accepted_swap(object): the server took it; the new
            :class:`~protocol.kinds.workforce.SwapData` (approved or waiting for review).
    """

    accepted_swap = Signal(object)

    def __init__(
        self,
        session: TradeSession,
        swap: SwapData,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(session, parent, name="acceptDialog")
        self.swap = swap
        if swap.type == "giveaway":
            self.setWindowTitle(self.tr("Pick up a shift"))
        else:
            self.setWindowTitle(self.tr("Offer a shift in return"))

        summary, note = self._summary()

        self.mine = QComboBox()
        self.mine.setObjectName("acceptShift")
        self.mine.setAccessibleName(self.tr("Your shift in return"))
        for shift in session.tradable_shifts(now()):
            self.mine.addItem(span_text(shift.start, shift.end), shift.id)
        form = QFormLayout()
        if swap.type == "swap":
            form.addRow(plain_label(QLabel(self.tr("Your shift in return"))), self.mine)
        self.mine.setVisible(swap.type == "swap")
        self.no_shift = QLabel(self.tr("You have no published shifts ahead to give in return."))
        self.no_shift.setWordWrap(True)
        self.no_shift.setTextFormat(Qt.TextFormat.PlainText)
        self.no_shift.setVisible(swap.type == "swap" and self.mine.count() == 0)

        self.footer = Footer(
            self,
            session,
            prefix="accept",
            offline_text=offline_text(),
            send_text=self.tr("Pick up") if swap.type == "giveaway" else self.tr("Accept"),
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
        layout.addWidget(summary)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.no_shift)
        footer.add_to(layout)

        self.check = RuleCheck(session, self.check_args, self)
        self.check.checked.connect(self._on_checked)
        self.check.failed.connect(self._on_check_failed)
        self.finished.connect(self.check.cancel)
        self.mine.currentIndexChanged.connect(self.changed)
        session.onlineChanged.connect(self._online_changed)
        self.changed()

    def _summary(self) -> tuple[QLabel, QLabel]:
        names, me = self.session.names(), self.session.me
        who = person(self.swap.initiator_id, me, names)
        summary = QLabel(
            self.tr("{0} offers their shift {1}.").format(who, shift_text(self.swap.shift))
            if self.swap.type == "swap"
            else self.tr("{0} gives away their shift {1}.").format(who, shift_text(self.swap.shift))
        )
        summary.setObjectName("acceptSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        note = QLabel(self.tr("Note: {0}").format(display_text(self.swap.note)))
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setVisible(bool(self.swap.note))

        return summary, note

    def shift_id(self) -> int | None:
        if self.swap.type != "swap":
            return None
        data = self.mine.currentData()
        return int(data) if isinstance(data, int) else None

    def complete(self) -> bool:
        return self.swap.type == "giveaway" or self.shift_id() is not None

    def check_args(self) -> dict[str, Any] | None:
        if not self.complete():
            return None
        return {
            "swap_id": self.swap.id,
            "type": self.swap.type,
            "accepter_shift_id": self.shift_id(),
        }

    def changed(self) -> None:
        self.status.setVisible(False)
        if self.complete() and self.session.online:
            self.warnings.show_status(self.tr("Checking the rules..."))
            self.check.request()
        else:
            self.warnings.clear()
        self._update()

    def _online_changed(self, online: bool) -> None:
        if online:
            self.changed()
        else:
            self._update()

    def _on_checked(self, verdict: SwapVerdict) -> None:
        ok = self.tr("No rule stands in the way.")
        if verdict.review and not verdict.violations:
            ok = self.tr("A supervisor will review this.")
        self.warnings.show_violations(verdict.violations, ok_text=ok)
        self._update()

    def _on_check_failed(self, text: str) -> None:
        self.warnings.show_status(self.tr("The rules could not be checked: {0}").format(text))
        self._update()

    def can_send(self) -> bool:
        return (
            self.session.online
            and not self.sending
            and self.complete()
            and not self.check.pending
            and not self.warnings.hard
        )

    def _update(self) -> None:
        self.footer.cancel.setEnabled(not self.sending)
        self.offline.setVisible(not self.session.online)
        self.send.setEnabled(self.can_send())

    def submit(self) -> None:
        """``swap.accept``; the dialog closes only when the server took it."""
        if not self.can_send():
            return
        args = {"swap_id": self.swap.id, "accepter_shift_id": self.shift_id()}
        self._send(
            lambda commands: _accept(commands, args),
            what=self.tr("accept the swap"),
            on_done=self._on_answer,
        )

    def _on_answer(self, answer: SwapAnswer) -> None:
        refused = self.tr("The server refused; nothing changed.")
        swap = self._taken(answer.accepted, answer.swap, refused, answer.violations)
        if swap is not None:
            self.accepted_swap.emit(swap)
            self.accept()


async def _accept(commands: CommandClient, args: dict[str, Any]) -> SwapAnswer:
    from protocol.workforce import SWAP_ACCEPT, SwapAccept, SwapAnswer

    return await commands.call(SWAP_ACCEPT, SwapAccept.model_validate(args), SwapAnswer)
