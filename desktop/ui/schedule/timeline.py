"""Today's timeline: the day's activities as coloured blocks under the local hours, and a
line at now.

Painted by hand (one widget, no child per block) so a day of 48 activities costs one paint.
The x axis is real time: a 25-hour day has 25 hour ticks (the repeated hour labelled
twice), a 23-hour day 23, and nothing is squeezed. Colours are read from the live theme at
paint time; the block's name is drawn in it when it fits, and the whole day is the
widget's accessible description, so the timeline reads without colour and without sight.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.ui.schedule.day import clock_text, hour_ticks, runs
from desktop.ui.schedule.names import activity_name, edge_colour, fill_colour
from desktop.ui.shell import style

if TYPE_CHECKING:
    from protocol.kinds.workforce import ShiftData

LABEL_GAP = 10
"""Least room between two hour labels; labels are thinned to every 2nd, 3rd... hour."""
BLOCK_HEIGHT = 34


@dataclass(frozen=True)
class Block:
    """One run of an activity as drawn: its type and its span in UTC seconds."""

    type: str
    start: float
    end: float


class Timeline(QWidget):
    """The day from local midnight to midnight, its activities and the now line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleTimeline")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by a screen reader's user
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Today's schedule"))
        self.zone = ZoneInfo("UTC")
        self.day_start = 0.0
        self.day_end = 86_400.0
        self.start = 0.0
        self.end = 86_400.0
        """The span drawn: the shifts with an hour either side, on whole local hours
        (the whole day when there is no shift)."""
        self.now: float | None = None
        self.blocks: list[Block] = []
        self.ticks: list[tuple[float, int]] = []

    def set_day(
        self, start: float, end: float, zone: ZoneInfo, shifts: Sequence[ShiftData]
    ) -> None:
        """Show ``[start, end)`` (a local day) in ``zone`` with ``shifts``' activities."""
        self.zone = zone
        self.day_start, self.day_end = start, end
        ticks = hour_ticks(start, end, zone)
        self.blocks = [
            Block(run.type, max(run.start, start), min(run.end, end))
            for shift in shifts
            for run in runs(shift.activities)
            if run.end > start and run.start < end
        ]
        self.start, self.end = start, end
        if self.blocks:
            first = self.blocks[0].start - 3600
            last = self.blocks[-1].end + 3600
            self.start = max([start] + [at for at, _ in ticks if at <= first])
            self.end = min([end] + [at for at, _ in ticks if at >= last])
        self.ticks = [(at, hour) for at, hour in ticks if self.start <= at <= self.end]
        parts = [self.block_text(b) for b in self.blocks]
        self.setAccessibleDescription(", ".join(parts) if parts else self.tr("No shift"))
        self.update()

    def set_now(self, now: float) -> None:
        self.now = now
        self.update()

    def block_at(self, x: float) -> Block | None:
        """The block drawn at ``x`` (a narrow break's name is in its tooltip)."""
        for block in self.blocks:
            if self.x_of(block.start) <= x < self.x_of(block.end):
                return block
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos().x())
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.block_text(block), self)
            return True
        return super().event(event)

    def block_text(self, block: Block) -> str:
        return self.tr("{0} {1} to {2}").format(
            activity_name(block.type),
            clock_text(block.start, self.zone),
            clock_text(block.end, self.zone),
        )

    # ------------------------------------------------------------------ geometry

    def x_of(self, at: float) -> float:
        """The x of the instant ``at`` (real seconds map linearly onto the width)."""
        width = max(1.0, self.width() - 2.0 * self._margin())
        return self._margin() + (at - self.start) / max(1.0, self.end - self.start) * width

    def _margin(self) -> float:
        return float(self.fontMetrics().horizontalAdvance("00") // 2 + 4)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(720, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, self.fontMetrics().height() + BLOCK_HEIGHT + 18)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        metrics = self.fontMetrics()
        label_h = metrics.height()
        top = label_h + 6.0
        bottom = top + BLOCK_HEIGHT
        painter.fillRect(QRectF(self.rect()), QColor(style.BASE))
        painter.setPen(QPen(QColor(style.DIVIDER), 1))
        painter.drawRect(
            QRectF(
                self.x_of(self.start),
                top,
                self.x_of(self.end) - self.x_of(self.start),
                BLOCK_HEIGHT,
            )
        )
        label_w = metrics.horizontalAdvance("00") + LABEL_GAP
        hour_w = self.x_of(self.start + 3600) - self.x_of(self.start)
        every = max(1, int(-(-label_w // max(1.0, hour_w))))
        for index, (at, hour) in enumerate(self.ticks):
            x = self.x_of(at)
            painter.setPen(QPen(QColor(style.DIVIDER), 1))
            painter.drawLine(int(x), int(top - 3), int(x), int(bottom))
            if index % every == 0:
                painter.setPen(QColor(style.MUTED))
                text = f"{hour:02d}"
                painter.drawText(
                    QRectF(x - label_w / 2, 0, label_w, label_h),
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )
        for block in self.blocks:
            left, right = self.x_of(block.start), self.x_of(block.end)
            rect = QRectF(left, top + 1, max(1.0, right - left), BLOCK_HEIGHT - 1)
            painter.fillRect(rect, fill_colour(block.type))
            painter.fillRect(
                QRectF(left, top + 1, min(3.0, rect.width()), rect.height()),
                edge_colour(block.type),
            )
            name = activity_name(block.type)
            if metrics.horizontalAdvance(name) + 10 <= rect.width():
                painter.setPen(QColor(style.TEXT))
                painter.drawText(
                    rect.adjusted(6, 0, -2, 0),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    name,
                )
        if self.now is not None and self.start <= self.now < self.end:
            x = self.x_of(self.now)
            painter.setPen(QPen(QColor(style.ACCENT), 2))
            painter.drawLine(int(x), int(top - 5), int(x), int(bottom + 4))
        if self.hasFocus():
            painter.setPen(QPen(QColor(style.ACCENT), 1, Qt.PenStyle.DotLine))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -1, -1))
        painter.end()
