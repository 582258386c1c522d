"""The small dialog a supervisor edits one shift's activities in: one line per activity
(its type, start and end in the supervisor's zone), lines added or taken away.

The activities must follow each other (each starts where the previous ended: changing an
end moves the next start with it), last at least a minute each and at most 16 hours in
all, the same rules the server applies (``protocol.kinds.workforce.check_activities``).
They are checked here before anything is sent, in the supervisor's language, so a typo
never costs a round trip; the server checks again. Times run forward from the shift's day:
a time earlier than the one before it is on the next day (a night shift).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shell import style
from desktop.ui.team.schedules_common import activity_name, day_text, local
from desktop.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from protocol.kinds.workforce import ShiftData

TYPES = ("work", "break", "lunch", "meeting", "training", "offqueue", "time_off")
"""``protocol.kinds.workforce.ACTIVITY_TYPES`` (kept here: no pydantic at build time)."""
MAX_ACTIVITIES = 48
MAX_SHIFT_SECONDS = 16 * 3600.0


@dataclass
class ActivityLine:
    """One line of the dialog."""

    kind: QComboBox
    start: QTimeEdit
    end: QTimeEdit


def _moment(day: date, at: QTime, zone: tzinfo) -> datetime:
    return datetime(day.year, day.month, day.day, at.hour(), at.minute(), tzinfo=zone)


class ShiftEditDialog(QDialog):
    """Edits one shift's activities; :meth:`activities` is what to send once accepted."""

    def __init__(
        self, shift: ShiftData, agent: str, zone: tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftEditDialog")
        self.shift = shift
        self.zone = zone
        self.day = local(shift.start, zone).date()
        self.setWindowTitle(self.tr("Edit shift"))
        self.lines: list[ActivityLine] = []
        self.grid = QGridLayout()
        self.grid.addWidget(PlainLabel(self.tr("Activity")), 0, 0)
        self.grid.addWidget(PlainLabel(self.tr("Start")), 0, 1)
        self.grid.addWidget(PlainLabel(self.tr("End")), 0, 2)
        for activity in shift.activities:
            self.add_line(activity.type, activity.start, activity.end)
        self.add_button = QPushButton(self.tr("Add activity"))
        self.add_button.setObjectName("shiftAddActivity")
        self.add_button.clicked.connect(self._add_after_last)
        self.remove_button = QPushButton(self.tr("Remove last"))
        self.remove_button.setObjectName("shiftRemoveActivity")
        self.remove_button.clicked.connect(self.remove_last)
        self.problem = PlainLabel()
        self.problem.setObjectName("shiftEditProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {style.FAILED.name()}")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save shift"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        edits = QHBoxLayout()
        edits.addWidget(self.add_button)
        edits.addWidget(self.remove_button)
        edits.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(PlainLabel(self.tr("{0}, {1}").format(agent, day_text(self.day))))
        column.addLayout(self.grid)
        column.addLayout(edits)
        column.addWidget(self.problem)
        column.addWidget(buttons)

    def add_line(self, kind: str, start: float, end: float) -> ActivityLine:
        """A line for one activity (times are UTC, shown in the zone)."""
        row = len(self.lines) + 1
        box = QComboBox()
        box.setAccessibleName(self.tr("Activity {0}").format(row))
        for value in TYPES:
            box.addItem(activity_name(value), value)
        box.setCurrentIndex(max(box.findData(kind), 0))
        edits = []
        for at, name in (
            (start, self.tr("Start of activity {0}")),
            (end, self.tr("End of activity {0}")),
        ):
            moment = local(at, self.zone)
            edit = QTimeEdit(QTime(moment.hour, moment.minute))
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name.format(row))
            edits.append(edit)
        line = ActivityLine(box, edits[0], edits[1])
        line.end.timeChanged.connect(lambda _t, ln=line: self._follow(ln))
        self.grid.addWidget(box, row, 0)
        self.grid.addWidget(line.start, row, 1)
        self.grid.addWidget(line.end, row, 2)
        self.lines.append(line)
        return line

    def _follow(self, line: ActivityLine) -> None:
        """An end moved: the next activity starts there (they stay contiguous)."""
        index = self.lines.index(line)
        if index + 1 < len(self.lines):
            self.lines[index + 1].start.setTime(line.end.time())

    def _add_after_last(self) -> None:
        if len(self.lines) >= MAX_ACTIVITIES:
            return
        if self.lines:
            last = self.lines[-1]
            start = _moment(self.day, last.end.time(), self.zone).timestamp()
        else:
            start = self.shift.start
        line = self.add_line("work", start, start + 1800.0)
        line.start.setTime(self.lines[-2].end.time() if len(self.lines) > 1 else line.start.time())

    def remove_last(self) -> None:
        if len(self.lines) <= 1:
            return
        line = self.lines.pop()
        for widget in (line.kind, line.start, line.end):
            self.grid.removeWidget(widget)
            widget.deleteLater()

    def activities(self) -> list[dict[str, object]]:
        """The activities as UTC spans (``type``, ``start``, ``end``); raises
        ``ValueError`` with a sentence for the supervisor when they are not a shift."""
        if not self.lines:
            raise ValueError(self.tr("A shift has at least one activity."))
        spans: list[tuple[str, float, float]] = []
        day = self.day
        previous: datetime | None = None
        for number, line in enumerate(self.lines, start=1):
            start = _moment(day, line.start.time(), self.zone)
            if previous is not None and start < previous:
                day += timedelta(days=1)
                start = _moment(day, line.start.time(), self.zone)
            end = _moment(day, line.end.time(), self.zone)
            if end <= start:
                day += timedelta(days=1)
                end = _moment(day, line.end.time(), self.zone)
            if previous is not None and start != previous:
                raise ValueError(
                    self.tr("Activity {0} must start when activity {1} ends.").format(
                        number, number - 1
                    )
                )
            if (end - start).total_seconds() < 60:
                raise ValueError(self.tr("Activity {0} lasts less than a minute.").format(number))
            previous = end
            spans.append((str(line.kind.currentData()), start.timestamp(), end.timestamp()))
        if spans[-1][2] - spans[0][1] > MAX_SHIFT_SECONDS:
            raise ValueError(self.tr("A shift lasts at most 16 hours."))
        return [{"type": kind, "start": start, "end": end} for kind, start, end in spans]

    def try_accept(self) -> None:
        """Accept only a valid shift; otherwise say what is wrong and stay open."""
        try:
            self.activities()
        except ValueError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.problem.hide()
        self.accept()
