"""The Today tab of My day: the timeline, what now, the next break, the end of the shift,
the break button and the agent's adherence.

A view only: the page reads the cache and the clock and calls :meth:`TodayPanel.show`;
the panel turns that into sentences in the agent's language. The break button asks the
page (``breakRequested``) for the presence it wants; the page sends it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.schedule.day import (
    LiveAdherence,
    clock_text,
    duration_text,
    live_adherence,
    now_status,
)
from desktop.ui.schedule.names import activity_name
from desktop.ui.schedule.timeline import Timeline
from desktop.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from protocol.kinds.workforce import ShiftData

ON_BREAK = frozenset({"break", "lunch"})


@dataclass(frozen=True)
class AgentNow:
    """The agent's presence as the cache has it (``state`` "offline" before any)."""

    state: str = "offline"
    since: float = 0.0
    requested: str | None = None


@dataclass(frozen=True)
class DayFigures:
    """Today's adherence and conformance as the server last measured them."""

    adherence: float | None
    conformance: float | None
    fetched_at: float


class TodayPanel(QWidget):
    """Today at a glance.

    Signals:
        breakRequested(str): the agent asked for this presence (``break`` or
            ``available``) with the break button.
    """

    breakRequested = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleToday")
        layout = QVBoxLayout(self)
        self.date_label = PlainLabel(parent=self)
        self.date_label.setObjectName("scheduleDate")
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.date_label.setFont(font)
        layout.addWidget(self.date_label)
        self.timeline = Timeline(self)
        layout.addWidget(self.timeline)
        grid = QGridLayout()
        self.current_label = self._label("scheduleCurrent", bold=True)
        self.next_break_label = self._label("scheduleNextBreak")
        self.shift_end_label = self._label("scheduleShiftEnd")
        self.adherence_label = self._label("scheduleAdherence")
        self.day_figures_label = self._label("scheduleDayFigures")
        for row, label in enumerate(
            (
                self.current_label,
                self.next_break_label,
                self.shift_end_label,
                self.adherence_label,
                self.day_figures_label,
            )
        ):
            grid.addWidget(label, row, 0, 1, 2)
        layout.addLayout(grid)
        self.break_button = QPushButton(self.tr("Start break"), self)
        self.break_button.setObjectName("scheduleBreakButton")
        self.break_button.clicked.connect(self._clicked)
        self.break_note = self._label("scheduleBreakNote")
        buttons = QGridLayout()
        buttons.addWidget(self.break_button, 0, 0)
        buttons.addWidget(self.break_note, 0, 1)
        buttons.setColumnStretch(1, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.wanted = "break"
        self.zone = ZoneInfo("UTC")

    def _label(self, name: str, *, bold: bool = False) -> QLabel:
        label = PlainLabel(parent=self)
        label.setObjectName(name)
        label.setWordWrap(True)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    # ------------------------------------------------------------------ showing

    def show_day(
        self, start: float, end: float, zone: ZoneInfo, shifts: Sequence[ShiftData]
    ) -> None:
        """The day on the timeline (changes when the schedule or the date does)."""
        self.zone = zone
        when = datetime.fromtimestamp(start + (end - start) / 2, zone)
        self.date_label.setText(
            self.tr("Today, {0}").format(
                QLocale().toString(
                    QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat
                )
            )
        )
        self.timeline.set_day(start, end, zone, shifts)

    def show_now(
        self,
        now: float,
        shifts: Sequence[ShiftData],
        agent: AgentNow,
        grace_seconds: float,
    ) -> LiveAdherence:
        """What now, the countdown to the next break and the live adherence (every
        second while visible); returns the adherence shown."""
        zone = self.zone
        self.timeline.set_now(now)
        status = now_status(shifts, now)
        if status.shift is None:
            ended = any(s.end <= now for s in shifts)
            self.current_label.setText(
                self.tr("Your shift is over for today. Have a good rest!")
                if ended
                else self.tr("No shift today. Enjoy your day!")
            )
            self.next_break_label.setText("")
            self.shift_end_label.setText("")
        elif status.current is None:
            self.current_label.setText(
                self.tr("Your shift starts at {0} (in {1})").format(
                    clock_text(status.shift.start, zone), duration_text(status.shift.start - now)
                )
            )
        else:
            self.current_label.setText(
                self.tr("{0} until {1}").format(
                    activity_name(status.current.type), clock_text(status.current.end, zone)
                )
            )
        if status.shift is not None:
            if status.next_break is not None:
                self.next_break_label.setText(
                    self.tr("Next: {0} at {1}, in {2}").format(
                        activity_name(status.next_break.type),
                        clock_text(status.next_break.start, zone),
                        duration_text(status.next_break.start - now),
                    )
                )
            else:
                self.next_break_label.setText(self.tr("No more breaks in this shift"))
            assert status.shift_end is not None
            self.shift_end_label.setText(
                self.tr("Shift ends at {0}").format(clock_text(status.shift_end, zone))
            )
        live = live_adherence(shifts, agent.state, agent.since, now, grace_seconds)
        if live.ok:
            self.adherence_label.setText(self.tr("On schedule"))
        else:
            assert live.scheduled is not None
            self.adherence_label.setText(
                self.tr("Your schedule says {0} (since {1})").format(
                    activity_name(live.scheduled.type), clock_text(live.scheduled.start, zone)
                )
            )
        return live

    def show_figures(self, figures: DayFigures | None) -> None:
        """Today's adherence and conformance from the last measure (hidden before one)."""
        if figures is None:
            self.day_figures_label.setText("")
            return
        self.day_figures_label.setText(
            self.tr("Today: adherence {0}, conformance {1} (as of {2})").format(
                _percent(figures.adherence),
                _percent(figures.conformance),
                clock_text(figures.fetched_at, self.zone),
            )
        )

    def show_break_button(self, agent: AgentNow, online: bool) -> None:
        """Start break or Back from break, as the presence says; disabled offline."""
        on_break = agent.state in ON_BREAK
        self.wanted = "available" if on_break else "break"
        self.break_button.setText(
            self.tr("Back from break") if on_break else self.tr("Start break")
        )
        if not online:
            self.break_button.setEnabled(False)
            self.break_note.setText(self.tr("Not connected: breaks start when you are online"))
        elif agent.requested in ON_BREAK and not on_break:
            self.break_button.setEnabled(False)
            self.break_note.setText(self.tr("Your break starts when this contact ends"))
        else:
            self.break_button.setEnabled(True)
            self.break_note.setText("")
        self.break_button.setToolTip(self.break_note.text())

    def _clicked(self) -> None:
        self.breakRequested.emit(self.wanted)


def _percent(value: float | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(value * 100, "f", 0) + " %"
