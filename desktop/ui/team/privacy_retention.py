"""The Privacy tab's retention setting: how long resolved conversations keep their
messages (``GET``/``PUT /api/privacy/retention``), and "Apply now"
(``POST /api/privacy/retention/run``) after a confirmation saying what it does.

The server also applies the setting daily; "Apply now" is for the supervisor who just
shortened it. Its confirmation says that messages are redacted on the server and on
every desk and that this cannot be undone, because it cannot: the words are gone from
the event log too. The box is kept on the view (``confirm_box``) and opened non-modally,
so the Qt loop (and the asyncio work on it) keeps running while it is up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell.ops import Ops
from desktop.ui.team.privacy_common import PrivacyService, failure_sentence
from desktop.widgets.plain import PlainLabel
from protocol.customer360 import MAX_RETENTION_DAYS

if TYPE_CHECKING:
    from protocol.customer360 import RetentionRun, RetentionSettings

DEFAULT_DAYS = 365
"""What the spin box offers when the setting is "forever" and the supervisor unticks it."""


class RetentionView(QWidget):
    """Keep messages of resolved conversations for N days, or forever; Save; Apply now.

    Signals:
        loaded(): the server's setting (or why it could not be read) is on screen.
        saved(): a Save was answered (accepted or refused).
        ran(): an Apply now was answered.
    """

    loaded = Signal()
    saved = Signal()
    ran = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyRetention")
        self.ops = ops
        self.service: PrivacyService | None = None
        self.setting: int | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_button: QAbstractButton | None = None

        intro = self._intro()
        self.days = QSpinBox()
        self.days.setObjectName("privacyRetentionDays")
        self.days.setRange(1, MAX_RETENTION_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.days.setAccessibleName(self.tr("Days to keep messages of resolved conversations"))
        before = PlainLabel(self.tr("Keep messages of resolved conversations for"))
        before.setBuddy(self.days)
        after = PlainLabel(self.tr("days"))
        self.forever = QCheckBox(self.tr("Keep forever"))
        self.forever.setObjectName("privacyRetentionForever")
        self.forever.toggled.connect(self._forever_toggled)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (before, self.days, after):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.forever)
        row.addStretch(1)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.apply_button = QPushButton(self.tr("Apply now…"))
        self.apply_button.setObjectName("privacyApply")
        self.apply_button.clicked.connect(self.confirm_apply)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        self.status = PlainLabel("")
        self.status.setObjectName("privacyStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._enable(False)

    def _intro(self) -> PlainLabel:
        """What retention does, on a readable line length."""
        intro = PlainLabel(
            self.tr(
                "Messages of resolved conversations older than this are redacted: the "
                "conversation stays (when, channel, queue, outcome) for the reports, its "
                "words do not. The server applies this every day."
            )
        )
        intro.setObjectName("privacyIntro")
        intro.setWordWrap(True)
        intro.setMaximumWidth(80 * intro.fontMetrics().averageCharWidth())  # a readable line
        return intro

    def _forever_toggled(self, forever: bool) -> None:
        self.days.setEnabled(not forever and self.save_button.isEnabled())

    def _enable(self, enabled: bool) -> None:
        for widget in (self.save_button, self.apply_button, self.forever):
            widget.setEnabled(enabled)
        self.days.setEnabled(enabled and not self.forever.isChecked())

    def chosen_days(self) -> int | None:
        """What the controls say (``None``: keep forever)."""
        return None if self.forever.isChecked() else self.days.value()

    # ------------------------------------------------------------------ server

    def load(self) -> None:
        """Read the setting from the server."""
        service = self._service()
        if service is None:
            self.loaded.emit()
            return
        self._enable(False)
        self._say(self.tr("Loading…"))

        def done(settings: RetentionSettings) -> None:
            self._show(settings)
            self._say("")
            self.loaded.emit()

        def failed(error: BaseException) -> None:
            self._say(failure_sentence(error), problem=True)
            self.loaded.emit()

        self.ops.run(
            service.retention(),
            what=self.tr("read the retention setting"),
            on_done=done,
            on_error=failed,
        )

    def save(self) -> None:
        """Send the controls' setting; the server's answer is shown as saved."""
        service = self._service()
        if service is None:
            self.saved.emit()
            return
        days = self.chosen_days()
        self._enable(False)
        self._say(self.tr("Saving…"))

        def done(settings: RetentionSettings) -> None:
            self._show(settings)
            kept = settings.closed_conversation_days
            if kept is None:
                self._say(self.tr("Saved: messages are kept forever."))
            else:
                self._say(self.tr("Saved: messages are kept for %n day(s).", "", kept))
            self.saved.emit()

        def failed(error: BaseException) -> None:
            self._enable(True)
            self._say(failure_sentence(error), problem=True)
            self.saved.emit()

        self.ops.run(
            service.set_retention(days),
            what=self.tr("save the retention setting"),
            on_done=done,
            on_error=failed,
        )

    def confirm_apply(self) -> None:
        """Ask before redacting: it cannot be undone."""
        kept = self.setting
        if kept is None:
            text = self.tr(
                "The saved setting keeps messages forever, so nothing will be redacted now."
            )
        else:
            text = self.tr(
                "Redact the messages of every conversation resolved more than %n day(s) "
                "ago, on the server and on every desk? This cannot be undone.",
                "",
                kept,
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Apply retention now"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("privacyApplyConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        self.confirm_button = box.addButton(
            self.tr("Redact now"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.buttonClicked.connect(self._confirmed)
        self.confirm_box = box
        box.open()

    def _confirmed(self, button: QAbstractButton) -> None:
        box, self.confirm_box = self.confirm_box, None
        if box is not None:
            box.deleteLater()
        if button is self.confirm_button:
            self.apply_now()
        self.confirm_button = None

    def apply_now(self) -> None:
        """Run retention on the server now and say what it redacted."""
        service = self._service()
        if service is None:
            self.ran.emit()
            return
        self._enable(False)
        self._say(self.tr("Applying…"))

        def done(result: RetentionRun) -> None:
            self._enable(True)
            conversations = self.tr(
                "Applied: %n conversation(s) redacted.", "", result.conversations
            )
            messages = self.tr("%n message(s) redacted.", "", result.messages_redacted)
            self._say(f"{conversations} {messages}")
            self.ran.emit()

        def failed(error: BaseException) -> None:
            self._enable(True)
            self._say(failure_sentence(error), problem=True)
            self.ran.emit()

        self.ops.run(
            service.run_retention(),
            what=self.tr("apply retention"),
            on_done=done,
            on_error=failed,
        )

    # ------------------------------------------------------------------ helpers

    def _service(self) -> PrivacyService | None:
        if self.service is None:
            self._say(self.tr("Not connected to the server yet."), problem=True)
        return self.service

    def _show(self, settings: RetentionSettings) -> None:
        self.setting = settings.closed_conversation_days
        self.forever.blockSignals(True)
        self.forever.setChecked(self.setting is None)
        self.forever.blockSignals(False)
        if self.setting is not None:
            self.days.setValue(self.setting)
        self._enable(True)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
