"""The My KPIs charts: a 30-day trend of one KPI with its target dashed across, and the
distribution of handle times over those days as bars.

pyqtgraph (and numpy under it) is imported the first time a chart is drawn, not when the
page module loads: the desk builds every page at start, and its first paint must not wait
for numpy. Until then each chart is an empty frame with the same size.

Colours come from the current palette (:func:`desktop.ui.shell.style.current`), never
pyqtgraph's defaults (a black background and grey axes): the plot's background is the
page's ``base``, text and axes the palette's text roles, the line the accent, the target
amber and dashed. A theme switch repaints them (:meth:`_Chart.apply_palette`). Axes are
labelled in the agent's language.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.kpi import format as fmt
from desktop.ui.shell import style

TICK_EVERY_DAYS = 5
MIN_COUNT_RANGE = 5
"""The histogram's height with few contacts: whole-number ticks, never 0.2 contacts."""


def _pg() -> Any:
    """pyqtgraph, loaded on first use (with numpy), configured once."""
    import pyqtgraph as pg  # type: ignore[import-untyped]  # no stubs; loaded lazily

    pg.setConfigOptions(antialias=True, foreground=style.current().text)
    return pg


class _Chart(QWidget):
    """A frame holding one pyqtgraph plot, built on first :meth:`plot`."""

    grid_lines = True

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumSize(240, 180)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.widget: Any = None
        """The ``pg.PlotWidget`` once built (``None`` before the first draw)."""
        style.notifier.changed.connect(self.apply_palette)

    def plot(self) -> Any:
        """The plot item, building the widget the first time."""
        if self.widget is None:
            pg = _pg()
            self.widget = pg.PlotWidget(parent=self)
            self.widget.setMenuEnabled(False)
            self.widget.setMouseEnabled(x=False, y=False)
            self.widget.hideButtons()
            self.widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do with keys
            self.layout_.addWidget(self.widget)
            self.apply_palette()
        return self.widget.getPlotItem()

    def apply_palette(self) -> None:
        """Background, axes and labels from the current palette."""
        if self.widget is None:
            return
        pg = _pg()
        palette = style.current()
        self.widget.setBackground(palette.base)
        item = self.widget.getPlotItem()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(palette.divider))
            axis.setTextPen(pg.mkPen(palette.secondary))
            axis.label.setDefaultTextColor(style.SECONDARY)
        item.titleLabel.item.setDefaultTextColor(style.TEXT)
        item.showGrid(x=False, y=self.grid_lines, alpha=0.25 if palette.dark else 0.15)
        self.recolour()

    def recolour(self) -> None:
        """The data items' colours (subclasses)."""


class TrendChart(_Chart):
    """The selected KPI day by day over 30 days, with its target as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kpiTrend", parent)
        self.curve: Any = None
        self.target_line: Any = None
        self.kpi = ""
        self.xs: list[float] = []
        self.ys: list[float] = []
        """The plotted points in display units (NaN on days with nothing to measure)."""
        self.target: float | None = None

    def show_trend(
        self, kpi: str, days: Sequence[tuple[float, float | None]], target: float | None
    ) -> None:
        """Plot ``kpi`` over ``days`` (each ``(day start, raw value or None)``) with the
        ``target`` (raw, ``None``: none) dashed across."""
        pg = _pg()
        item = self.plot()
        self.kpi = kpi
        self.xs = [float(i) for i in range(len(days))]
        self.ys = [math.nan if v is None else fmt.display(kpi, v) for _, v in days]
        self.target = None if target is None else fmt.display(kpi, target)
        if self.curve is None:
            self.curve = item.plot([], [], connect="finite", symbol="o", symbolSize=5)
            self.target_line = pg.InfiniteLine(
                angle=0,
                movable=False,
                label=QCoreApplication.translate("KpiCharts", "Target"),
                labelOpts={"position": 0.03, "anchors": [(0, 0), (0, 0)]},
            )
            item.addItem(self.target_line)
        self.curve.setData(self.xs, self.ys, connect="finite")
        if self.target is None:
            self.target_line.hide()
        else:
            self.target_line.setValue(self.target)
            self.target_line.show()
        name = fmt.title(kpi)
        item.setTitle(QCoreApplication.translate("KpiCharts", "{0}, last 30 days").format(name))
        item.setLabel("left", fmt.unit(kpi))
        item.setLabel("bottom", QCoreApplication.translate("KpiCharts", "Day"))
        locale = QLocale()
        ticks = []
        for index, (start, _) in enumerate(days):
            if index % TICK_EVERY_DAYS == 0 or index == len(days) - 1:
                day = QDateTime.fromSecsSinceEpoch(int(start)).date()
                ticks.append((float(index), _short_date(locale, day)))
        item.getAxis("bottom").setTicks([ticks])
        finite = [y for y in self.ys if not math.isnan(y)]
        if self.target is not None:
            finite.append(self.target)
        low = min([0.0, *finite])
        high = max([1.0, *finite])
        item.setYRange(low, high * 1.1, padding=0)
        item.setXRange(0, max(1, len(days) - 1), padding=0.02)
        self.recolour()
        self._describe(kpi, [v for _, v in days], target)

    def _describe(self, kpi: str, raw: Sequence[float | None], target: float | None) -> None:
        """What the chart shows, for screen readers (a line is not readable otherwise)."""
        measured = [v for v in raw if v is not None]
        self.setAccessibleName(
            QCoreApplication.translate("KpiCharts", "{0}, last 30 days").format(fmt.title(kpi))
        )
        if not measured:
            text = QCoreApplication.translate("KpiCharts", "No figures in the last 30 days.")
        else:
            text = QCoreApplication.translate(
                "KpiCharts", "Latest {0}, lowest {1}, highest {2}; target {3}."
            ).format(
                fmt.value_text(kpi, measured[-1]),
                fmt.value_text(kpi, min(measured)),
                fmt.value_text(kpi, max(measured)),
                fmt.value_text(kpi, target),
            )
        self.setAccessibleDescription(text)

    def recolour(self) -> None:
        if self.curve is None:
            return
        pg = _pg()
        palette = style.current()
        self.curve.setPen(pg.mkPen(palette.accent, width=2))
        self.curve.setSymbolBrush(pg.mkBrush(palette.accent))
        self.curve.setSymbolPen(pg.mkPen(palette.base))
        self.target_line.setPen(pg.mkPen(palette.pending, width=2, style=Qt.PenStyle.DashLine))
        self.target_line.label.setColor(palette.pending)


class HandleTimeChart(_Chart):
    """The report's handle times as bars (the server counts the 30 days of the trend):
    how many contacts took how long."""

    grid_lines = False  # lines across the bars only make them harder to read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kpiHandleTimes", parent)
        self.bars: Any = None
        self.edges: list[tuple[float, float]] = []
        self.counts: list[int] = []

    def show_bins(self, bins: Sequence[tuple[float, float, int]]) -> None:
        """Draw ``bins`` (``(low s, high s, count)``) as bars over minutes."""
        pg = _pg()
        item = self.plot()
        self.edges = [(low / 60.0, high / 60.0) for low, high, _ in bins]
        self.counts = [count for _, _, count in bins]
        if self.bars is not None:
            item.removeItem(self.bars)
        self.bars = pg.BarGraphItem(
            x0=[a for a, _ in self.edges] or [0.0],
            x1=[b for _, b in self.edges] or [0.0],
            height=self.counts or [0],
        )
        item.addItem(self.bars)
        item.setTitle(QCoreApplication.translate("KpiCharts", "Handle times, last 30 days"))
        item.setLabel("left", QCoreApplication.translate("KpiCharts", "Contacts"))
        item.setLabel("bottom", QCoreApplication.translate("KpiCharts", "Handle time (minutes)"))
        item.setYRange(0, max([MIN_COUNT_RANGE, *self.counts]) * 1.1, padding=0)
        if self.edges:
            item.setXRange(self.edges[0][0], self.edges[-1][1], padding=0.02)
        self.recolour()
        self.setAccessibleName(
            QCoreApplication.translate("KpiCharts", "Handle times, last 30 days")
        )
        self.setAccessibleDescription(self._most_common(bins))

    @staticmethod
    def _most_common(bins: Sequence[tuple[float, float, int]]) -> str:
        """The fullest bar in words ("Most contacts took 4:00 to 6:00: 19 of 150")."""
        total = sum(count for _, _, count in bins)
        if not total:
            return QCoreApplication.translate("KpiCharts", "No contacts in the last 30 days.")
        low, high, count = max(bins, key=lambda b: b[2])
        return QCoreApplication.translate(
            "KpiCharts", "Most contacts took {0} to {1}: {2} of {3}."
        ).format(fmt.duration(low), fmt.duration(high), count, total)

    def recolour(self) -> None:
        if self.bars is None:
            return
        pg = _pg()
        palette = style.current()
        self.bars.setOpts(brush=pg.mkBrush(palette.accent), pen=pg.mkPen(palette.base))


def _short_date(locale: QLocale, day: QDate) -> str:
    """A day and month in the locale's order ("12/2", "2.12", "12/02"): the locale's
    short date format without its year."""
    pattern = re.sub(r"y+年?", "", locale.dateFormat(QLocale.FormatType.ShortFormat))
    pattern = pattern.strip(" /.-,") or "d.M"
    return locale.toString(day, pattern)
