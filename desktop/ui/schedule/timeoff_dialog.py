"""The "Request time off..." dialog: a kind, a start and an end in local time (whole days
by default), a note; checked here first (the end after the start, at most 31 days), then
``timeoff.request``. A refusal shows why and keeps the form; warnings the server attaches
to a request it took (short notice, meetings inside) are shown before the dialog closes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.schedule.sending import SendingDialog
from desktop.ui.schedule.swap_session import TradeSession
from desktop.ui.schedule.swap_text import time_off_type_text
from desktop.ui.schedule.swap_warnings import Footer
from desktop.widgets.plain import plain_label

if TYPE_CHECKING:
    from desktop.sync.commands import CommandClient
    from protocol.workforce import TimeOffAnswer

TYPES = ("vacation", "personal", "medical", "training", "other")
MAX_DAYS = 31
MAX_SPAN_SECONDS = MAX_DAYS * 86400.0 + 3600.0
"""The longest request, with an hour of slack for a week that changes the clocks."""
MAX_NOTE = 1_000


def offline_text() -> str:
    return QCoreApplication.translate(
        "TimeOffDialog", "You are offline: requests can be sent once the desk is connected again."
    )


class TimeOffDialog(SendingDialog):
    """Ask for time off.

    Signals:
        sent(object): the server took the request (its
            :class:`~protocol.kinds.workforce.TimeOffData`).
    """

    sent = Signal(object)

    def __init__(
        self,
        session: TradeSession,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(session, parent, name="timeOffDialog")
        self.setWindowTitle(self.tr("Request time off"))
        self.now = now
        self.done_sending = False

        form = self._build_form()

        self.problem = QLabel()
        self.problem.setObjectName("timeOffProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.footer = Footer(
            self,
            session,
            prefix="timeOff",
            offline_text=offline_text(),
            send_text=self.tr("Send request"),
            submit=self.submit,
        )
        footer = self.footer
        self.offline, self.warnings, self.status, self.send, self.cancel = (
            footer.offline,
            footer.warnings,
            footer.status,
            footer.send,
            footer.cancel,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        footer.add_to(layout)

        self.whole_days.toggled.connect(self._mode_changed)
        self.start.dateTimeChanged.connect(self._update)
        self.end.dateTimeChanged.connect(self._update)
        self.note.textChanged.connect(self._update)
        session.onlineChanged.connect(self._update)
        self._mode_changed()

    def _build_form(self) -> QFormLayout:
        self.kind = QComboBox()
        self.kind.setObjectName("timeOffType")
        self.kind.setAccessibleName(self.tr("Kind of time off"))
        for kind in TYPES:
            self.kind.addItem(time_off_type_text(kind), kind)
        self.whole_days = QCheckBox(self.tr("Whole days"))
        self.whole_days.setObjectName("timeOffWholeDays")
        self.whole_days.setChecked(True)
        tomorrow = QDateTime.fromMSecsSinceEpoch(int(self.now() * 1000)).date().addDays(1)
        self.start = QDateTimeEdit(QDateTime(tomorrow, QTime(0, 0)))
        self.start.setObjectName("timeOffStart")
        self.start.setAccessibleName(self.tr("First day"))
        self.start.setCalendarPopup(True)
        self.end = QDateTimeEdit(QDateTime(tomorrow, QTime(0, 0)))
        self.end.setObjectName("timeOffEnd")
        self.end.setAccessibleName(self.tr("Last day"))
        self.end.setCalendarPopup(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("timeOffNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.start_label = plain_label(QLabel())
        self.end_label = plain_label(QLabel())
        form = QFormLayout()
        form.addRow(plain_label(QLabel(self.tr("Kind"))), self.kind)
        form.addRow("", self.whole_days)
        form.addRow(self.start_label, self.start)
        form.addRow(self.end_label, self.end)
        form.addRow(plain_label(QLabel(self.tr("Note"))), self.note)
        return form

    # ------------------------------------------------------------------ the form

    def _mode_changed(self) -> None:
        whole = self.whole_days.isChecked()
        for edit in (self.start, self.end):
            edit.setDisplayFormat(
                _date_format() if whole else _date_format() + " " + _time_format()
            )
        self.start_label.setText(self.tr("First day") if whole else self.tr("From"))
        self.end_label.setText(self.tr("Last day") if whole else self.tr("Until"))
        self._update()

    def span(self) -> tuple[float, float]:
        """``[start, end)`` in UTC seconds: whole days run from the first day's midnight
        to the midnight after the last day, in local time."""
        if self.whole_days.isChecked():
            first = QDateTime(self.start.date(), QTime(0, 0))
            after: QDate = self.end.date().addDays(1)
            last = QDateTime(after, QTime(0, 0))
        else:
            first, last = self.start.dateTime(), self.end.dateTime()
        return first.toSecsSinceEpoch() * 1.0, last.toSecsSinceEpoch() * 1.0

    def local_problem(self) -> str:
        """What is wrong before asking the server ("" when nothing)."""
        start, end = self.span()
        if end <= start:
            return self.tr("The end must be after the start.")
        if end - start > MAX_SPAN_SECONDS:
            return self.tr("One request covers at most {0} days; split longer leave.").format(
                MAX_DAYS
            )
        if len(self.note.toPlainText()) > MAX_NOTE:
            return self.tr("The note is too long: at most {0} characters.").format(MAX_NOTE)
        return ""

    def can_send(self) -> bool:
        return (
            self.session.online
            and not self.sending
            and not self.done_sending
            and not self.local_problem()
        )

    def _update(self) -> None:
        self.footer.cancel.setEnabled(not self.sending)
        problem = self.local_problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.offline.setVisible(not self.session.online)
        self.send.setEnabled(self.can_send())

    # ------------------------------------------------------------------ sending

    def submit(self) -> None:
        if self.done_sending:
            self.accept()
            return
        if not self.can_send():
            return
        start, end = self.span()
        args = {
            "type": str(self.kind.currentData()),
            "start": start,
            "end": end,
            "note": self.note.toPlainText().strip(),
        }
        self.status.setVisible(False)
        self._send(
            lambda commands: _request(commands, args),
            what=self.tr("request time off"),
            on_done=self._on_answer,
        )

    def _on_answer(self, answer: TimeOffAnswer) -> None:
        refused = self.tr("The request was refused; nothing was sent.")
        time_off = self._taken(answer.accepted, answer.time_off, refused, answer.violations)
        if time_off is None:
            return
        self.sent.emit(time_off)
        if not answer.violations:
            self.accept()
            return
        # Taken with warnings for the reviewer: show them before closing.
        self.done_sending = True
        self.warnings.show_violations(answer.violations)
        self.warnings.verdict.setText(
            self.tr("Your request was sent; the supervisor will see these notes:")
        )
        self.send.setText(self.tr("Close"))
        self.send.setEnabled(True)
        self.cancel.setVisible(False)
        self._update()
        self.send.setEnabled(True)


def _date_format() -> str:
    from PySide6.QtCore import QLocale

    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    # Two-digit years read as the 1900s in a date editor: always four.
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def _time_format() -> str:
    from PySide6.QtCore import QLocale

    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


async def _request(commands: CommandClient, args: dict[str, Any]) -> TimeOffAnswer:
    from protocol.workforce import TIME_OFF_REQUEST, TimeOffAnswer, TimeOffRequest

    return await commands.call(TIME_OFF_REQUEST, TimeOffRequest.model_validate(args), TimeOffAnswer)
