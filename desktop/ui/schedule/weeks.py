"""The Weeks tab of My day: one week at a time (this week first, then the next ones), seven
day columns listing each shift and its activities, and the week's paid hours.

A compact list rather than blocks: a week of activities in blocks seven columns wide is too
narrow to read, while "09:00–17:00" and "Break 11:00" read at any width and to a screen
reader alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.schedule.day import clock_text, paid_hours, runs, week_days
from desktop.ui.schedule.names import activity_name
from desktop.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from protocol.kinds.workforce import ShiftData

MAX_WEEKS_AHEAD = 8
MAX_WEEKS_BACK = 8
"""How far the buttons go: the cache holds the published weeks around now."""


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WeekView(QWidget):
    """A week of the agent's shifts.

    Signals:
        moved(int): the agent moved to another week (its offset from this week).
    """

    moved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleWeeks")
        self.offset = 0
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("Previous week"), self)
        self.previous_button.setObjectName("schedulePreviousWeek")
        self.previous_button.clicked.connect(lambda: self.move_by(-1))
        self.next_button = QPushButton(self.tr("Next week"), self)
        self.next_button.setObjectName("scheduleNextWeek")
        self.next_button.clicked.connect(lambda: self.move_by(1))
        self.title = PlainLabel(parent=self)
        self.title.setObjectName("scheduleWeekTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.paid = PlainLabel(parent=self)
        self.paid.setObjectName("scheduleWeekPaid")
        bar.addWidget(self.previous_button)
        bar.addWidget(self.title, 1, Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.next_button)
        layout.addLayout(bar)
        layout.addWidget(self.paid, 0, Qt.AlignmentFlag.AlignHCenter)
        grid = QGridLayout()
        self.headers: list[QLabel] = []
        self.days: list[QLabel] = []
        for column in range(7):
            header = PlainLabel(parent=self)
            header.setObjectName("scheduleDayHeader")
            header.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            body = PlainLabel(parent=self)
            body.setObjectName("scheduleDayBody")
            body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            body.setWordWrap(True)
            body.setFrameShape(QFrame.Shape.StyledPanel)
            body.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(header, 0, column)
            grid.addWidget(body, 1, column)
            grid.setColumnStretch(column, 1)
            self.headers.append(header)
            self.days.append(body)
        grid.setRowStretch(1, 1)
        layout.addLayout(grid, 1)

    def move_by(self, step: int) -> None:
        """Show the week ``step`` weeks away (within the range the cache holds)."""
        offset = max(-MAX_WEEKS_BACK, min(MAX_WEEKS_AHEAD, self.offset + step))
        if offset != self.offset:
            self.offset = offset
            self.moved.emit(offset)

    def show_week(
        self, monday: date, zone: ZoneInfo, shifts: Sequence[ShiftData], today: date
    ) -> None:
        """Show the week of ``monday`` with ``shifts`` (those overlapping it)."""
        days = week_days(monday, zone)
        locale = QLocale()
        first = locale.toString(_qdate(monday), QLocale.FormatType.LongFormat)
        if self.offset == 0:
            self.title.setText(self.tr("This week, from {0}").format(first))
        else:
            self.title.setText(self.tr("Week from {0}").format(first))
        hours = paid_hours(shifts, days[0][1], days[-1][2])
        self.paid.setText(
            self.tr("Paid hours this week: {0}").format(locale.toString(hours, "f", 1))
        )
        self.previous_button.setEnabled(self.offset > -MAX_WEEKS_BACK)
        self.next_button.setEnabled(self.offset < MAX_WEEKS_AHEAD)
        for column, (day, start, end) in enumerate(days):
            name = locale.toString(_qdate(day), "ddd d.M.")
            header = self.headers[column]
            header.setText(self.tr("{0} (today)").format(name) if day == today else name)
            lines: list[str] = []
            for shift in shifts:
                if not start <= shift.start < end:
                    continue
                lines.append(f"{clock_text(shift.start, zone)}–{clock_text(shift.end, zone)}")
                lines += [
                    f"  {clock_text(r.start, zone)} {activity_name(r.type)}"
                    for r in runs(shift.activities)
                    if r.type != "work"
                ]
            body = self.days[column]
            text = "\n".join(lines) if lines else self.tr("Day off")
            body.setText(text)
            body.setAccessibleName(f"{header.text()}: {text}")
