"""The sending half every trade dialog shares (swap post, swap accept, time-off request).

Each dialog sends one command and waits: while the server answers, Cancel and Esc do
nothing (the answer is for this dialog, and the agent must learn whether it went through);
a refusal keeps the form and shows why; a failure (offline, timeout, server error) says so
in the status line. Kept here once so the three dialogs cannot drift apart. The texts stay
in each dialog (passed in), so their translation context does not change.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from desktop.ui.schedule.swap_text import failure_text

if TYPE_CHECKING:
    from desktop.sync.commands import CommandClient
    from desktop.ui.schedule.swap_session import TradeSession
    from desktop.ui.schedule.swap_warnings import WarningsView
    from protocol.kinds.workforce import Violation

T = TypeVar("T")


class SendingDialog(QDialog):
    """A trade dialog's send / answer / failure handling; the subclass builds the form,
    sets ``status`` and ``warnings`` (its footer's) and keeps its buttons right in
    ``_update``."""

    status: QLabel
    warnings: WarningsView

    def __init__(self, session: TradeSession, parent: QWidget | None, *, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.session = session
        self.sending = False

    def _update(self) -> None:
        """Enable or disable the buttons for the current state (each dialog its own)."""

    def reject(self) -> None:
        """Cancel or Esc; not while the server is answering (its answer is for this
        dialog, and the agent must learn whether it went through)."""
        if not self.sending:
            super().reject()

    def _send(
        self,
        work: Callable[[CommandClient], Coroutine[Any, Any, T]],
        *,
        what: str,
        on_done: Callable[[T], None],
    ) -> None:
        """Mark the dialog busy and run ``work``; a failure lands in ``_on_failed``."""
        self.sending = True
        self._update()
        self.session.run(work, what=what, on_done=on_done, on_error=self._on_failed)

    def _taken(
        self,
        accepted: bool,
        item: T | None,
        refused_text: str,
        violations: Sequence[Violation],
    ) -> T | None:
        """The server answered: not busy any more. ``item`` (what it stored) when it
        took the request; when it refused, ``None`` after showing ``refused_text`` and
        the rules it named (the form stays as it was)."""
        self.sending = False
        if accepted and item is not None:
            return item
        self.status.setText(refused_text)
        self.status.setVisible(True)
        self.warnings.show_violations(violations)
        self._update()
        return None

    def _on_failed(self, error: BaseException) -> None:
        self.sending = False
        self.status.setText(failure_text(error))
        self.status.setVisible(True)
        self._update()
