"""The rule warnings of the swap dialogs and the debounced ``swap.check`` behind them.

Every change of a form asks the server which rules the trade would break, but only after
the agent pauses (a combo scrolled with the wheel is many changes), and an answer to an
older version of the form is dropped: the warnings always describe what is on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.schedule.rules_text import explain, severity_text, verdict_text
from desktop.ui.schedule.swap_session import TradeSession
from desktop.ui.schedule.swap_text import failure_text
from desktop.widgets.plain import display_text

if TYPE_CHECKING:
    from desktop.sync.commands import CommandClient
    from protocol.kinds.workforce import Violation
    from protocol.workforce import SwapVerdict

DEBOUNCE_MS = 300


class WarningsView(QWidget):
    """The sentences for a list of violations, worst first, and what they mean for the
    trade ("This cannot be sent" / "A supervisor will review this"), or one status line."""

    def __init__(self, session: TradeSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.verdict = QLabel()
        self.verdict.setObjectName("swapVerdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.lines = QLabel()
        self.lines.setObjectName("swapWarnings")
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)
        layout.addWidget(self.lines)
        self.hard = False
        self.shown: list[Violation] = []
        self.clear()

    def clear(self) -> None:
        self.show_status("")

    def show_status(self, text: str) -> None:
        """One sentence instead of warnings (checking, offline, a failure)."""
        self.hard = False
        self.shown = []
        self.verdict.setText(text)
        self.verdict.setVisible(bool(text))
        self.lines.setText("")
        self.lines.setVisible(False)
        self._fit()

    def show_violations(self, violations: Sequence[Violation], *, ok_text: str = "") -> None:
        """The rules broken, hard ones first; ``ok_text`` when none is."""
        ordered = sorted(violations, key=lambda v: v.severity != "hard")
        self.shown = list(ordered)
        self.hard = any(v.severity == "hard" for v in ordered)
        names, queues = self.session.names(), self.session.queues()
        sentences = [
            display_text(
                self.tr("{0}: {1}").format(severity_text(v.severity), explain(v, names, queues))
            )
            for v in ordered
        ]
        verdict = verdict_text(list(ordered)) or ok_text
        self.verdict.setText(verdict)
        self.verdict.setVisible(bool(verdict))
        self.lines.setText("\n".join(f"• {s}" for s in sentences))
        self.lines.setVisible(bool(sentences))
        self.setAccessibleDescription("\n".join([verdict, *sentences]))
        self._fit()

    def _fit(self) -> None:
        """Grow the dialog to the new sentences: a shown dialog keeps its size, and
        wrapped lines would otherwise be cut or drawn over the form."""
        self.updateGeometry()
        top = self.window()
        if isinstance(top, QDialog) and top.isVisible():
            top.adjustSize()


class RuleCheck(QObject):
    """Runs ``swap.check`` for a form after a pause; only the newest answer counts.

    ``make_args`` gives the check's arguments for what the form holds now (``None``: the
    form is not complete, nothing to check).

    Signals:
        checked(object): the :class:`~protocol.workforce.SwapVerdict` for the form as
            it is now.
        failed(str): the check could not run (offline, refused, no answer), in words.
        started(): a check is on its way (the form changed).
    """

    checked = Signal(object)
    failed = Signal(str)
    started = Signal()

    def __init__(
        self,
        session: TradeSession,
        make_args: Callable[[], dict[str, Any] | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.make_args = make_args
        self.version = 0
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._fire)

    def request(self) -> None:
        """The form changed: check it once the agent pauses."""
        self.version += 1
        self.pending = True
        self.started.emit()
        self.timer.start()

    def cancel(self) -> None:
        """The dialog closed: drop the check waiting to run and any answer on its way
        (the dialog is deleted once closed; an answer must not reach it)."""
        self.timer.stop()
        self.version += 1
        self.pending = False

    def _fire(self) -> None:
        version = self.version
        args = self.make_args()
        if args is None:
            self.pending = False
            return
        self.session.run(
            lambda commands: _check(commands, args),
            what=self.tr("check the swap rules"),
            on_done=lambda verdict: self._done(version, verdict),
            on_error=lambda error: self._error(version, error),
        )

    def _done(self, version: int, verdict: SwapVerdict) -> None:
        if version != self.version:
            return
        self.pending = False
        self.checked.emit(verdict)

    def _error(self, version: int, error: BaseException) -> None:
        if version != self.version:
            return
        self.pending = False
        self.failed.emit(failure_text(error))


async def _check(commands: CommandClient, args: dict[str, Any]) -> SwapVerdict:
    from protocol.workforce import SWAP_CHECK, SwapCheck, SwapVerdict

    return await commands.call(SWAP_CHECK, SwapCheck.model_validate(args), SwapVerdict)


class Footer:
    """The bottom of every trade dialog: the offline sentence, the rule warnings, a status
    line (a refusal, a failure) and Send / Cancel, wired to the dialog's ``submit`` and
    ``reject``."""

    def __init__(
        self,
        dialog: QDialog,
        session: TradeSession,
        *,
        prefix: str,
        offline_text: str,
        send_text: str,
        submit: Callable[[], None],
    ) -> None:
        self.offline = QLabel(offline_text)
        self.offline.setObjectName(f"{prefix}Offline")
        self.offline.setWordWrap(True)
        self.offline.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings = WarningsView(session, dialog)
        self.status = QLabel()
        self.status.setObjectName(f"{prefix}Status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.send = QPushButton(send_text)
        self.send.setObjectName(f"{prefix}Send")
        self.send.setDefault(True)
        self.buttons.addButton(self.send, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(submit)
        self.buttons.rejected.connect(dialog.reject)

    def add_to(self, layout: QVBoxLayout) -> None:
        for widget in (self.offline, self.warnings, self.status, self.buttons):
            layout.addWidget(widget)
