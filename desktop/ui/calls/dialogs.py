"""The small dialogs of the calls UI: why an offer is declined, the DTMF keypad, where a
call is transferred to, and when to call a customer back.

None of them blocks: they are opened with ``open()`` (window-modal at most, never a nested
event loop) and report through their signals.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.calls.format import decline_reasons
from desktop.widgets.plain import PlainLabel, display_text

KEYPAD = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")
MAX_REASON = 120
MAX_NOTE = 2000


class DeclineDialog(QDialog):
    """Asks why the agent declines an offer: a short list, or their own words.

    Signals:
        declined(str): the agent confirmed, with the reason.
    """

    declined = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("declineDialog")
        self.setWindowTitle(self.tr("Decline the offer"))
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(self.tr("Why are you declining?")))
        self.choices = QButtonGroup(self)
        self.reason_buttons: list[QRadioButton] = []
        for number, text in enumerate(decline_reasons()):
            button = QRadioButton(text)
            self.choices.addButton(button, number)
            self.reason_buttons.append(button)
            layout.addWidget(button)
        self.other = QRadioButton(self.tr("Other:"))
        self.choices.addButton(self.other, len(self.reason_buttons))
        layout.addWidget(self.other)
        self.text = QLineEdit()
        self.text.setObjectName("declineReason")
        self.text.setAccessibleName(self.tr("Your reason"))
        self.text.setMaxLength(MAX_REASON)
        self.text.setPlaceholderText(self.tr("Your reason (a supervisor reads it)"))
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Decline"))
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.choices.idToggled.connect(lambda _id, _on: self._update())
        self.text.textEdited.connect(self._on_typed)
        self._update()

    def reason(self) -> str:
        button = self.choices.checkedButton()
        if button is None:
            return ""
        if button is self.other:
            return " ".join(self.text.text().split())
        return button.text()

    def _on_typed(self, _text: str) -> None:
        self.other.setChecked(True)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reason()))

    def _on_ok(self) -> None:
        reason = self.reason()
        if reason:
            self.declined.emit(reason)
            self.accept()


class KeypadDialog(QDialog):
    """A telephone keypad: each key (clicked or typed: 0-9, * and #) is sent at once.

    Signals:
        digit(str): one tone to send.
    """

    digit = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keypadDialog")
        self.setWindowTitle(self.tr("Keypad"))
        self.sent = PlainLabel()
        self.sent.setObjectName("keypadSent")
        self.sent.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sent.setMinimumHeight(28)
        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for number, key in enumerate(KEYPAD):
            button = QPushButton(key)
            button.setObjectName("keypadKey")
            button.setMinimumSize(56, 40)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typed keys go to the dialog
            button.clicked.connect(lambda _checked=False, k=key: self.press(k))
            self.keys[key] = button
            grid.addWidget(button, number // 3, number % 3)
        hint = PlainLabel(self.tr("Type or click the keys; each tone is sent at once"))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sent)
        layout.addLayout(grid)
        layout.addWidget(hint)
        layout.addWidget(close)

    def set_sent(self, digits: str) -> None:
        """The tones sent on this call so far (from the call's ``dtmf``)."""
        self.sent.setText(digits[-24:])

    def press(self, key: str) -> None:
        if key in KEYPAD:
            self.digit.emit(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if text and text in KEYPAD:
            self.press(text)
            return
        super().keyPressEvent(event)


class TransferDialog(QDialog):
    """Where to transfer the call: a queue or a colleague, blind or after consulting.

    Signals:
        chosen(str, str, int): ``transfer`` or ``consult``, ``queue`` or ``agent``, its id.
    """

    chosen = Signal(str, str, int)

    def __init__(
        self,
        queues: dict[int, str],
        agents: dict[int, str],
        *,
        consult: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        self.action = "consult" if consult else "transfer"
        self.setWindowTitle(
            self.tr("Consult before transferring") if consult else self.tr("Transfer the call")
        )
        explain = PlainLabel(
            self.tr("The customer waits on hold while you talk to the target first.")
            if consult
            else self.tr("The call goes to the target at once and leaves your desk.")
        )
        explain.setWordWrap(True)
        explain.setObjectName("muted")
        self.filter = QLineEdit()
        self.filter.setObjectName("transferFilter")
        self.filter.setAccessibleName(self.tr("Filter queues and colleagues"))
        self.filter.setPlaceholderText(self.tr("Filter queues and colleagues"))
        self.targets = QListWidget()
        self.targets.setObjectName("transferTargets")
        self.targets.setAccessibleName(self.tr("Transfer targets"))
        self.targets.setSpacing(3)  # rows a pointer hits easily, a list the eye can scan
        for queue_id, name in sorted(queues.items(), key=lambda item: item[1].casefold()):
            self._add(self.tr("Queue: {0}").format(display_text(name)), "queue", queue_id)
        for agent_id, name in sorted(agents.items(), key=lambda item: item[1].casefold()):
            self._add(self.tr("Agent: {0}").format(display_text(name)), "agent", agent_id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Consult") if consult else self.tr("Transfer"))
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.filter)
        layout.addWidget(self.targets, 1)
        layout.addWidget(self.buttons)
        self.resize(380, 420)
        self.filter.textChanged.connect(self._on_filter)
        self.targets.currentRowChanged.connect(lambda _row: self._update())
        self.targets.itemDoubleClicked.connect(lambda _item: self._on_ok())
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _add(self, text: str, kind: str, target_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (kind, target_id))
        self.targets.addItem(item)

    def choose(self, kind: str, target_id: int) -> bool:
        """Select a target (tests, keyboard helpers); False if it is not listed."""
        for row in range(self.targets.count()):
            if self.targets.item(row).data(Qt.ItemDataRole.UserRole) == (kind, target_id):
                self.targets.setCurrentRow(row)
                return True
        return False

    def _on_filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def _update(self) -> None:
        item = self.targets.currentItem()
        self.ok.setEnabled(item is not None and not item.isHidden())

    def _on_ok(self) -> None:
        item = self.targets.currentItem()
        if item is None or item.isHidden():
            return
        kind, target_id = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(self.action, str(kind), int(target_id))
        self.accept()


class CallbackDialog(QDialog):
    """When to call the customer back (local time), a note, and whether to offer it to
    this agent first.

    Signals:
        scheduled(float, str, bool): due time (UNIX seconds), note, offer it to me first.
    """

    scheduled = Signal(float, str, bool)

    def __init__(self, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackDialog")
        self.setWindowTitle(self.tr("Schedule a callback"))
        title = PlainLabel(self.tr("Call {0} back at").format(display_text(customer)))
        title.setWordWrap(True)
        self.when = QDateTimeEdit()
        self.when.setObjectName("callbackWhen")
        self.when.setAccessibleName(self.tr("Callback date and time"))
        self.when.setCalendarPopup(True)
        now = QDateTime.currentDateTime()
        self.when.setMinimumDateTime(now)
        start = now.addSecs(3600)
        start.setTime(start.time().addSecs(-start.time().second()))
        self.when.setDateTime(start)
        self.note = QPlainTextEdit()
        self.note.setObjectName("callbackNote")
        self.note.setAccessibleName(self.tr("Note for whoever calls"))
        self.note.setPlaceholderText(self.tr("Note for whoever calls (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        self.prefer_me = QCheckBox(self.tr("Offer it to me first"))
        self.prefer_me.setObjectName("callbackPreferMe")
        self.prefer_me.setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Schedule"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.when)
        layout.addWidget(self.note)
        layout.addWidget(self.prefer_me)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

    def _on_ok(self) -> None:
        due = self.when.dateTime().toSecsSinceEpoch()
        note = self.note.toPlainText().strip()[:MAX_NOTE]
        self.scheduled.emit(float(due), note, self.prefer_me.isChecked())
        self.accept()
