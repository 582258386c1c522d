"""After-call work: the countdown, the wrap-up code, a note, and Done.

When one of the agent's work items is in phase ``acw`` (the call or chat ended), this
panel shows how long after-call work may still last (``acw_until`` against the server's
clock; "no time limit" when the queue sets none), the queue's wrap-up codes, an optional
note and Done, which sends ``work.wrapup``. When the queue requires a code, Done stays
disabled until one is chosen: a required wrap-up cannot be skipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.store.readers.routing import OfferView
from desktop.ui.calls.commands import CommandRunner
from desktop.ui.calls.format import duration, glyph
from desktop.ui.labels import channel_label
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.plain import PlainLabel, display_text

MAX_NOTE = 2000


class WrapupPanel(QFrame):
    """The agent's oldest work item in after-call work, and its wrap-up.

    Signals:
        toastRequested(str, str): a sentence for the agent and its level.
        wrappedUp(int): ``work.wrapup`` for this offer was answered by the server.
    """

    toastRequested = Signal(str, str)  # noqa: N815 - Qt naming
    wrappedUp = Signal(int)  # noqa: N815 - Qt naming

    def __init__(
        self, reader: CacheReader, runner: CommandRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wrapupPanel")
        self.reader = reader
        self.runner = runner
        self.item: OfferView | None = None
        self.waiting = 0
        self.required = False

        self.title = PlainLabel(self.tr("After-call work"))
        self.title.setObjectName("wrapupTitle")
        self.contact = ElidedLabel()
        self.contact.setObjectName("muted")
        self.countdown = PlainLabel()
        self.countdown.setObjectName("wrapupCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.codes = QComboBox()
        self.codes.setObjectName("wrapupCode")
        self.codes.setAccessibleName(self.tr("Wrap-up code"))
        self.codes.setMinimumWidth(220)
        self.required_mark = PlainLabel(self.tr("* required"))
        self.required_mark.setObjectName("wrapupRequired")
        self.note = QLineEdit()
        self.note.setObjectName("wrapupNote")
        self.note.setAccessibleName(self.tr("Wrap-up note"))
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.done = QPushButton(self.tr("Done"))
        self.done.setObjectName("primary")
        self.done.setToolTip(self.tr("End after-call work with this wrap-up"))
        self._lay_out()
        self.ticker = QTimer(self)
        self.ticker.setObjectName("acw-countdown")
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self._tick)
        self.codes.currentIndexChanged.connect(lambda _index: self._enable())
        self.done.clicked.connect(self.finish)
        self.note.returnPressed.connect(self.finish)
        runner.pendingChanged.connect(lambda _pending: self._enable())
        self.hide()

    def _lay_out(self) -> None:
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.title)
        who.addWidget(self.contact)
        code = QHBoxLayout()
        code.setSpacing(4)
        code.addWidget(self.codes)
        code.addWidget(self.required_mark)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(14)
        row.addLayout(who, 1)
        row.addLayout(code)
        row.addWidget(self.note, 1)
        row.addWidget(self.countdown)
        row.addWidget(self.done)

    # ------------------------------------------------------------------ public API

    def on_changes(self, changes: Changes) -> None:
        if changes.reset or changes.offers or changes.queue_routing or changes.conversations:
            self.refresh()

    def refresh(self) -> None:
        agent_id = self.runner.agent_id
        items = self.reader.work_items(agent_id) if agent_id is not None else []
        in_acw = [i for i in items if i.phase == "acw"]
        self.waiting = len(in_acw)
        item = in_acw[0] if in_acw else None
        previous, self.item = self.item, item
        if item is None:
            self.ticker.stop()
            self.hide()
            return
        if previous is None or previous.id != item.id:
            self._load(item)  # a new work item: fresh codes and note
        self._show(item)
        if not self.ticker.isActive():
            self.ticker.start()
        self.show()

    def chosen_code(self) -> str:
        return str(self.codes.currentData() or "")

    def choose(self, code: str) -> bool:
        index = self.codes.findData(code)
        if index < 0:
            return False
        self.codes.setCurrentIndex(index)
        return True

    def remaining(self) -> float | None:
        """Seconds of after-call work left, ``None`` without a limit."""
        item = self.item
        if item is None or item.acw_until is None:
            return None
        return max(0.0, item.acw_until - self.runner.now())

    def finish(self) -> None:
        item = self.item
        if item is None or not self.done.isEnabled():
            return
        offer_id = item.id
        self.runner.send(
            "work.wrapup",
            {"offer_id": offer_id, "code": self.chosen_code(), "note": self.note.text().strip()},
            failed=self.tr("After-call work did not end"),
            on_done=lambda _answer: self.wrappedUp.emit(offer_id),
        )

    def stop(self) -> None:
        self.ticker.stop()

    # ------------------------------------------------------------------ internals

    def _load(self, item: OfferView) -> None:
        routing = self.reader.queue_routing(item.queue_id)
        self.required = item.wrapup_required
        self.codes.blockSignals(True)
        try:
            self.codes.clear()
            self.codes.addItem(self.tr("Choose a wrap-up code…"), "")
            for choice in routing.wrapup_codes if routing is not None else ():
                self.codes.addItem(display_text(choice.label), choice.code)
            if item.wrapup_code:
                self.codes.setCurrentIndex(max(0, self.codes.findData(item.wrapup_code)))
        finally:
            self.codes.blockSignals(False)
        self.note.clear()

    def _show(self, item: OfferView) -> None:
        name = display_text(item.customer_name) or self.tr("Conversation #{0}").format(
            item.conversation_id
        )
        parts = [f"{glyph(item.channel)} {channel_label(item.channel)}", name, item.queue_name]
        more = self.tr("(+{0} more waiting)").format(self.waiting - 1) if self.waiting > 1 else ""
        self.contact.set_full_text("  ·  ".join(p for p in (*parts, more) if p))
        self.required_mark.setVisible(self.required)
        self.codes.setToolTip(
            self.tr("A wrap-up code is required before the next contact")
            if self.required
            else self.tr("Wrap-up code (optional)")
        )
        self._tick()
        self._enable()

    def _tick(self) -> None:
        left = self.remaining()
        if left is None:
            self.countdown.setText(self.tr("No time limit"))
            self.countdown.setToolTip(self.tr("This queue sets no limit to after-call work"))
        else:
            self.countdown.setText(duration(left + 0.999))
            self.countdown.setToolTip(
                self.tr("After-call work ends in {0}; the wrap-up is still needed").format(
                    duration(left + 0.999)
                )
                if self.required
                else self.tr("After-call work ends in {0}").format(duration(left + 0.999))
            )

    def _enable(self) -> None:
        ready = self.item is not None and not self.runner.pending
        self.done.setEnabled(ready and (bool(self.chosen_code()) or not self.required))
