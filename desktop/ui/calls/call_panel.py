"""The call panel: the agent's live call, its timers and its controls.

Shown while the agent has a call that has not ended (read from the cache: the call the
server says is theirs). The caller, the state, a live talk timer and hold timer (counted
from the call's ``state_since`` plus its accumulated ``talk_seconds``/``hold_seconds``,
repainted each second), and one button per action: Hold/Resume, Mute/Unmute, Keypad
(DTMF), Transfer (blind), Consult (warm), Complete/Cancel transfer while consulting, Hang
up. Every action is a ``call.control`` command; the buttons wait while one is pending,
and a refusal is told in words. What the panel shows changes only when the server's call
event arrives: the switch's word, not the desk's guess.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.store.readers.routing import CallRow
from desktop.ui.calls.commands import CommandRunner
from desktop.ui.calls.dialogs import KeypadDialog, TransferDialog
from desktop.ui.calls.format import call_state, duration, glyph
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.plain import PlainLabel, display_text

HOLD_KEYS = "Ctrl+Shift+H"
MUTE_KEYS = "Ctrl+Shift+M"
KEYPAD_KEYS = "Ctrl+Shift+K"
HANGUP_KEYS = "Ctrl+Shift+E"


class _StateLabel(ElidedLabel):
    """The call's state: asks for its whole text, gives way (elided) when room is short."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text()) + 2, hint.height())


class CallPanel(QFrame):
    """The agent's live call and its controls.

    Signals:
        toastRequested(str, str): a sentence for the agent and its level.
        controlSent(str): a ``call.control`` action was answered by the server.
    """

    toastRequested = Signal(str, str)  # noqa: N815 - Qt naming
    controlSent = Signal(str)  # noqa: N815 - Qt naming

    def __init__(
        self, reader: CacheReader, runner: CommandRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self.reader = reader
        self.runner = runner
        self.call: CallRow | None = None
        self.keypad: KeypadDialog | None = None
        self.transfer_dialog: TransferDialog | None = None
        self._digits = ""  # typed while a command was pending: sent next
        self._make_labels()
        self._make_buttons()
        self._lay_out()
        self.ticker = QTimer(self)
        self.ticker.setObjectName("call-timers")
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.hold_button.clicked.connect(self.toggle_hold)
        self.mute_button.clicked.connect(self.toggle_mute)
        self.keypad_button.clicked.connect(self.open_keypad)
        self.transfer_button.clicked.connect(lambda: self.open_transfer(consult=False))
        self.consult_button.clicked.connect(lambda: self.open_transfer(consult=True))
        self.complete_button.clicked.connect(lambda: self.control("complete_transfer"))
        self.cancel_button.clicked.connect(lambda: self.control("cancel_transfer"))
        self.hangup_button.clicked.connect(lambda: self.control("hangup"))
        runner.pendingChanged.connect(self._on_pending)
        self.hide()

    def _make_labels(self) -> None:
        self.glyph = PlainLabel(glyph("phone"))
        self.glyph.setObjectName("callGlyph")
        self.glyph.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caller = ElidedLabel()
        self.caller.setObjectName("callCaller")
        self.number = ElidedLabel()
        self.number.setObjectName("muted")
        # The state may name a consulted colleague: it gives way (elided) before the
        # caller's name and the buttons do, so a narrow window never grows for it.
        self.state = _StateLabel()
        self.state.setObjectName("callState")
        self.state.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.muted = PlainLabel(self.tr("Muted"))
        self.muted.setObjectName("callMuted")
        self.talk = PlainLabel()
        self.talk.setObjectName("callTalk")
        self.talk.setToolTip(self.tr("Talk time"))
        self.hold_time = PlainLabel()
        self.hold_time.setObjectName("callHold")

    def _make_buttons(self) -> None:
        def button(text: str, tip: str, name: str = "callButton") -> QPushButton:
            made = QPushButton(text)
            made.setObjectName(name)
            made.setToolTip(tip)
            made.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            return made

        self.hold_button = button(
            self.tr("Hold"), self.tr("Hold or resume ({0})").format(HOLD_KEYS)
        )
        self.mute_button = button(
            self.tr("Mute"), self.tr("Mute or unmute your microphone ({0})").format(MUTE_KEYS)
        )
        self.keypad_button = button(
            self.tr("Keypad"), self.tr("Send tones, e.g. for a menu ({0})").format(KEYPAD_KEYS)
        )
        self.transfer_button = button(
            self.tr("Transfer…"), self.tr("Blind transfer to a queue or a colleague")
        )
        self.consult_button = button(
            self.tr("Consult…"), self.tr("Talk to a queue or a colleague first, then hand over")
        )
        self.complete_button = button(
            self.tr("Complete transfer"), self.tr("Hand the customer over and leave the call")
        )
        self.cancel_button = button(self.tr("Cancel transfer"), self.tr("Take the customer back"))
        self.hangup_button = button(
            self.tr("Hang up"), self.tr("End the call ({0})").format(HANGUP_KEYS), "hangUp"
        )
        self.complete_button.hide()  # only while consulting
        self.cancel_button.hide()

    def _lay_out(self) -> None:
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.caller)
        who.addWidget(self.number)
        self.caller.setMinimumWidth(120)
        self.number.setMinimumWidth(120)
        status = QVBoxLayout()
        status.setSpacing(2)
        status.addWidget(self.state)
        status.addWidget(self.muted)
        timers = QVBoxLayout()
        timers.setSpacing(0)
        timers.addWidget(self.talk, 0, Qt.AlignmentFlag.AlignRight)
        timers.addWidget(self.hold_time, 0, Qt.AlignmentFlag.AlignRight)
        controls = QHBoxLayout()
        controls.setSpacing(6)
        for made in (
            self.hold_button,
            self.mute_button,
            self.keypad_button,
            self.transfer_button,
            self.consult_button,
            self.complete_button,
            self.cancel_button,
        ):
            controls.addWidget(made)
        controls.addSpacing(8)
        controls.addWidget(self.hangup_button)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(10)
        row.addWidget(self.glyph, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(who, 1)
        row.addLayout(status)
        row.addLayout(timers)
        row.addLayout(controls)

    # ------------------------------------------------------------------ public API

    def on_changes(self, changes: Changes) -> None:
        if changes.reset or changes.calls or changes.offers or changes.conversations:
            self.refresh()

    def refresh(self) -> None:
        agent_id = self.runner.agent_id
        call = self.reader.live_call(agent_id) if agent_id is not None else None
        self.call = call
        if call is None:
            self.ticker.stop()
            for dialog in (self.keypad, self.transfer_dialog):
                if dialog is not None:
                    dialog.close()
            self.hide()
            return
        self._show(call)
        if not self.ticker.isActive():
            self.ticker.start()
        self.show()

    def talk_seconds(self) -> float:
        call = self.call
        if call is None:
            return 0.0
        running = call.state == "connected"
        return call.talk_seconds + (self._since(call) if running else 0.0)

    def hold_seconds(self) -> float:
        call = self.call
        if call is None:
            return 0.0
        running = call.state in ("held", "transferring")
        return call.hold_seconds + (self._since(call) if running else 0.0)

    def control(self, action: str, **extra: Any) -> bool:
        """Send one ``call.control`` action on the shown call."""
        call = self.call
        if call is None or self.runner.pending:
            return False
        return self.runner.send(
            "call.control",
            {"call_id": call.id, "action": action, **extra},
            failed=self._failed_text(action),
            on_done=lambda _answer: self.controlSent.emit(action),
        )

    def toggle_hold(self) -> None:
        if self.call is not None:
            self.control("resume" if self.call.state == "held" else "hold")

    def toggle_mute(self) -> None:
        if self.call is not None:
            self.control("unmute" if self.call.muted else "mute")

    def send_digit(self, digit: str) -> None:
        """Send a tone; typed while a command is pending, it goes with the next send."""
        self._digits += digit
        self._flush_digits()

    def open_keypad(self) -> None:
        if self.call is None:
            return
        if self.keypad is None:
            self.keypad = KeypadDialog(self.window())
            self.keypad.digit.connect(self.send_digit)
        self.keypad.set_sent(self.call.dtmf)
        if self.keypad.isVisible():  # open behind the window: bring it forward
            self.keypad.raise_()
            self.keypad.activateWindow()
        else:
            self.keypad.show()

    def open_transfer(self, *, consult: bool) -> None:
        if self.call is None:
            return
        if self.transfer_dialog is not None:
            self.transfer_dialog.close()
        me = self.runner.agent_id
        agents = {i: n for i, n in self.reader.agent_names().items() if i != me}
        dialog = TransferDialog(
            self.reader.queue_names(), agents, consult=consult, parent=self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._on_transfer_chosen)
        dialog.finished.connect(lambda _result: self._forget_transfer(dialog))
        self.transfer_dialog = dialog
        dialog.open()

    def stop(self) -> None:
        self.ticker.stop()

    # ------------------------------------------------------------------ internals

    def _since(self, call: CallRow) -> float:
        return max(0.0, self.runner.now() - call.state_since)

    def _show(self, call: CallRow) -> None:
        conversation = self.reader.conversation(call.conversation_id)
        name = conversation.customer_name if conversation is not None else ""
        self.caller.set_full_text(name or call.caller)
        direction = self.tr("Inbound") if call.direction == "inbound" else self.tr("Outbound")
        self.number.set_full_text(f"{direction} · {display_text(call.caller)}")
        text = call_state(call.state)
        if call.state == "transferring" and call.transfer_target:
            text = self.tr("Consulting {0}").format(display_text(call.transfer_target))
        self.state.set_full_text(text)
        self.state.updateGeometry()  # its wish follows the whole text
        self.muted.setVisible(call.muted)
        if self.property("state") != call.state:
            for widget in (self, self.state):  # the band's and the state's colour (desk.qss)
                widget.setProperty("state", call.state)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        held = call.state == "held"
        consulting = call.state == "transferring"
        self.hold_button.setText(self.tr("Resume") if held else self.tr("Hold"))
        self.mute_button.setText(self.tr("Unmute") if call.muted else self.tr("Mute"))
        wanted = {
            self.hold_button: not consulting,
            self.transfer_button: not consulting,
            self.consult_button: not consulting,
            self.complete_button: consulting,
            self.cancel_button: consulting,
        }
        # Hide before showing: the row never holds both sets at once, which would widen
        # a narrow window for good.
        for made, shown in wanted.items():
            if not shown:
                made.hide()
        for made, shown in wanted.items():
            if shown:
                made.show()
        if self.keypad is not None:
            self.keypad.set_sent(call.dtmf)
        self._tick()
        self._enable()

    def _tick(self) -> None:
        if self.call is None:
            return
        self.talk.setText(duration(self.talk_seconds()))
        hold = self.hold_seconds()
        self.hold_time.setText(self.tr("On hold {0}").format(duration(hold)) if hold else "")
        self.hold_time.setVisible(hold > 0)

    def _enable(self) -> None:
        call = self.call
        idle = not self.runner.pending and call is not None
        live = call is not None and call.state in ("connected", "held", "transferring")
        talking = call is not None and call.state in ("connected", "held")
        self.hold_button.setEnabled(idle and talking)
        self.mute_button.setEnabled(idle and live)
        self.keypad_button.setEnabled(call is not None and call.state == "connected")
        self.transfer_button.setEnabled(idle and talking)
        self.consult_button.setEnabled(idle and talking)
        self.complete_button.setEnabled(idle)
        self.cancel_button.setEnabled(idle)
        self.hangup_button.setEnabled(idle)

    def _on_pending(self, _pending: bool) -> None:
        self._enable()
        self._flush_digits()

    def _flush_digits(self) -> None:
        if not self._digits or self.runner.pending or self.call is None:
            return
        digits, self._digits = self._digits[:32], self._digits[32:]
        if not self.control("dtmf", digits=digits):
            self._digits = ""  # offline: told once, nothing kept for later

    def _on_transfer_chosen(self, action: str, kind: str, target_id: int) -> None:
        key = "target_queue_id" if kind == "queue" else "target_agent_id"
        self.control(action, **{key: target_id})

    def _forget_transfer(self, dialog: TransferDialog) -> None:
        if self.transfer_dialog is dialog:
            self.transfer_dialog = None

    def _failed_text(self, action: str) -> str:
        texts = {
            "hold": self.tr("The call was not put on hold"),
            "resume": self.tr("The call was not resumed"),
            "mute": self.tr("Not muted"),
            "unmute": self.tr("Not unmuted"),
            "dtmf": self.tr("The tones were not sent"),
            "hangup": self.tr("The call was not hung up"),
            "transfer": self.tr("The call was not transferred"),
            "consult": self.tr("The consultation did not start"),
            "complete_transfer": self.tr("The transfer was not completed"),
            "cancel_transfer": self.tr("The transfer was not cancelled"),
        }
        return texts.get(action, self.tr("The call did not change"))
