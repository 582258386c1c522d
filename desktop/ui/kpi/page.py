"""The My KPIs page (issue 11 part 6): the agent's own figures against the centre's
targets, a 30-day trend and its handle times, and the contacts behind a number.

The report comes from the server (``GET /api/kpi`` through
:class:`~desktop.sync.workforce.WorkforceClient`, which keeps it in the cache's
``kpi_reports``). When the page is shown and the desk is online it asks for a fresh one,
and again every few minutes while it stays visible; offline (or when the server cannot
answer) it shows the last report the cache holds with "as of 14:02", and a failure is one
calm line above figures that stay on screen. The protocol and the client (pydantic, httpx)
are imported when first used, not when the desk builds its pages.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Changes
from desktop.store.reader import CacheReader
from desktop.ui.kpi import format as fmt
from desktop.ui.kpi.cards import CardGrid, card_sheet
from desktop.ui.kpi.charts import HandleTimeChart, TrendChart
from desktop.ui.kpi.trace import TraceModel, TraceTable
from desktop.ui.shell import style
from desktop.ui.shell.actions import WindowActions
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageContext, PageLinks, PageShortcut, PageSpec, PageWidget
from desktop.widgets.plain import PlainLabel

if TYPE_CHECKING:
    from desktop.sync.workforce import WorkforceClient
    from protocol.kinds.workforce import KpiTarget
    from protocol.workforce import KpiPeriod, KpiReport, KpiValue

PAGE_NAME = "kpi"
REFRESH_MS = 3 * 60_000
"""How often a visible page asks for a fresh report (the server's figures move with each
contact; more often would only load the server)."""
PERIODS = ("today", "week")
CHART_DELAY_MS = 50
"""Before the first chart draw (which loads pyqtgraph): long enough for the cards to paint."""


class KpiPage(PageWidget):
    """The agent's KPIs today or this week, a trend and the contacts behind them.

    Signals:
        reportShown(): a report (fresh or cached) is on screen, charts included.
        traceShown(): the trace table holds the contacts of the selected KPI.
    """

    reportShown = Signal()  # noqa: N815 - Qt naming
    traceShown = Signal()  # noqa: N815 - Qt naming

    def __init__(self, reader: CacheReader, ops: Ops, links: PageLinks) -> None:
        super().__init__()
        self.setObjectName("kpiPage")
        self.reader = reader
        self.ops = ops
        self.links = links
        self.workforce: WorkforceClient | None = None
        self.window_actions: WindowActions | None = None
        self.online = False
        self.report: KpiReport | None = None
        self.as_of = 0.0
        self.live = False
        """Whether the report on screen came from the server during this run."""
        self.period = "today"
        self.kpi = "aht"
        self._loading = False
        self._trace_token = 0
        self._restored = False

        top = self._build_header()
        self._build_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.timer = QTimer(self)
        self.timer.setObjectName("kpiRefresh")
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.apply_palette()
        style.notifier.changed.connect(self.apply_palette)
        self.cards.select(self.kpi)
        self._say_trace_note()

    def _build_header(self) -> QHBoxLayout:
        """The title, the period switch, the status line and Refresh."""
        self.heading = PlainLabel(self.tr("My KPIs"))
        self.heading.setObjectName("panelTitle")
        self.today_button = QPushButton(self.tr("Today"))
        self.week_button = QPushButton(self.tr("This week"))
        self.periods = QButtonGroup(self)
        for index, button in enumerate((self.today_button, self.week_button)):
            button.setCheckable(True)
            button.setObjectName("kpiPeriod")
            self.periods.addButton(button, index)
        self.today_button.setChecked(True)
        self.periods.idClicked.connect(self._on_period)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = PlainLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.today_button)
        top.addWidget(self.week_button)
        top.addSpacing(12)
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)

        return top

    def _build_body(self) -> None:
        """The cards above; the charts and the trace below."""
        self.cards = CardGrid()
        self.cards.selected.connect(self.select_kpi)
        self.cards.arranged.connect(self._fit_cards)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.cards)
        scroll.setAccessibleName(self.tr("Your figures"))

        self.trend = TrendChart()
        self.handle_times = HandleTimeChart()
        self.charts = QSplitter(Qt.Orientation.Horizontal)
        self.charts.setChildrenCollapsible(False)
        self.charts.addWidget(self.trend)
        self.charts.addWidget(self.handle_times)
        self.charts.setStretchFactor(0, 3)
        self.charts.setStretchFactor(1, 2)

        self.trace_title = PlainLabel()
        self.trace_title.setObjectName("sectionTitle")
        self.trace_note = PlainLabel()
        self.trace_note.setObjectName("muted")
        self.trace_note.setWordWrap(True)
        self.trace_model = TraceModel(self)
        self.trace_table = TraceTable(self.trace_model)
        self.trace_table.conversationRequested.connect(self.links.conversationRequested)
        self.trace_table.setAccessibleName(self.tr("Contacts behind the selected figure"))
        trace = QWidget()
        trace_layout = QVBoxLayout(trace)
        trace_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.trace_title)
        title_row.addWidget(self.trace_note, 1)
        trace_layout.addLayout(title_row)
        trace_layout.addWidget(self.trace_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("kpiSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.charts)
        self.splitter.addWidget(trace)
        for index, stretch in enumerate((0, 3, 2)):
            self.splitter.setStretchFactor(index, stretch)

    # ------------------------------------------------------------------ wiring

    def set_workforce(self, workforce: WorkforceClient | None) -> None:
        """The server's workforce client (``desktop/app.py`` gives it once the cache is
        open); without one the page shows only what the cache holds."""
        self.workforce = workforce
        if self.isVisible():
            self.refresh()

    def set_actions(self, actions: WindowActions | None) -> None:
        self.window_actions = actions

    def set_online(self, online: bool) -> None:
        was, self.online = self.online, online
        if online and not was and self.isVisible():
            self.refresh()
        elif not online and self.report is not None:
            self._say_as_of()

    def on_changes(self, changes: Changes) -> None:
        """Another fetch (the Team page, a second window) stored a newer report."""
        if (changes.kpi_reports or changes.reset) and not self._loading:
            self.show_cached(only_newer=True)

    def focus_target(self, target: str) -> None:
        self.cards.cards[self.kpi].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_state(self) -> QByteArray:
        """The selected KPI, the period and the splitter: ``kpi=aht;period=week;<sizes>``."""
        head = f"kpi={self.kpi};period={self.period};".encode("ascii")
        return QByteArray(head + bytes(self.splitter.saveState().toBase64().data()))

    def restore_state(self, state: QByteArray) -> None:
        """What :meth:`save_state` kept; anything unreadable is ignored (defaults stay)."""
        text = bytes(state.data()).decode("ascii", "replace")
        parts = text.split(";", 2)
        if len(parts) != 3 or not parts[0].startswith("kpi=") or not parts[1].startswith("period="):
            return
        kpi, period = parts[0][4:], parts[1][7:]
        if kpi in fmt.KPI_ORDER:
            self.kpi = kpi
            self.cards.select(kpi)
            self._say_trace_note()
        if period in PERIODS:
            self.period = period
            (self.today_button if period == "today" else self.week_button).setChecked(True)
        sizes = QByteArray.fromBase64(QByteArray(parts[2].encode("ascii", "replace")))
        self._restored = self.splitter.restoreState(sizes)

    def _fit_cards(self) -> None:
        """Give the cards the height they need and the rest to the charts and the trace,
        unless the agent's own splitter sizes were restored."""
        if self._restored:
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        cards = min(self.cards.sizeHint().height() + 4, total // 2)
        rest = total - cards
        self.splitter.setSizes([cards, rest * 3 // 5, rest - rest * 3 // 5])

    def stop(self) -> None:
        self.timer.stop()

    def apply_palette(self) -> None:
        """The cards' sheet and marks from the current palette (a theme switch)."""
        self.setStyleSheet(card_sheet())

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Ask the server for a fresh report (online), else show the cached one."""
        client = self.workforce
        if client is None or not self.online:
            self.show_cached()
            return
        if self._loading:
            return
        self._loading = True
        self.refresh_button.setEnabled(False)
        if self.report is None:
            self.show_cached()
            self.status.setText(self.tr("Reading your figures…"))
        self.ops.run(
            client.kpi_report(),
            what=self.tr("read your KPIs"),
            on_done=self._on_report,
            on_error=self._on_failed,
        )

    def show_cached(self, *, only_newer: bool = False) -> bool:
        """Show the cache's last report of the signed-in agent; False if it holds none."""
        from desktop.sync.workforce import cached_kpi_report

        agent = self.window_actions.agent if self.window_actions is not None else None
        found = cached_kpi_report(self.reader.conn, agent.id if agent is not None else None)
        if found is None:
            if self.report is None:
                self.status.setText(
                    self.tr("No figures yet: they appear once the desk reaches the server.")
                )
            return False
        report, _fetched_at = found
        if only_newer and self.report is not None and report.generated_at <= self.as_of:
            return True
        self.live = False
        self.show_report(report)
        return True

    def _on_report(self, report: object) -> None:
        from protocol.workforce import KpiReport

        self._loading = False
        self.refresh_button.setEnabled(True)
        if isinstance(report, KpiReport):
            self.live = True
            self.show_report(report)

    def _on_failed(self, error: BaseException) -> None:
        from desktop.sync.workforce import WorkforceLookupError

        self._loading = False
        self.refresh_button.setEnabled(True)
        if self.report is None:
            self.show_cached()
        reason = error.reason if isinstance(error, WorkforceLookupError) else "server"
        kept = self.report is not None
        if reason == "offline":
            line = self.tr("The server cannot be reached.")
        elif reason == "not_found":
            line = self.tr("This server does not give KPI figures yet.")
        elif reason in ("forbidden", "signed_out"):
            line = self.tr("Sign in again to see fresh figures.")
        else:
            line = self.tr("Your figures could not be refreshed; the desk tries again shortly.")
        if kept:
            line = self.tr("{0} Showing your figures as of {1}.").format(
                line, self._time(self.as_of)
            )
        self.status.setText(line)

    # ------------------------------------------------------------------ showing

    def show_report(self, report: KpiReport) -> None:
        """Put ``report`` on the cards and charts, and re-read the trace. The first time,
        the charts are drawn a moment after the cards: loading pyqtgraph and numpy takes
        about a second on a slow machine, and the figures should not wait for it."""
        self.report = report
        self.as_of = report.generated_at
        self._show_period()
        self._say_as_of()
        self._trace()
        if self.trend.widget is None:
            QTimer.singleShot(CHART_DELAY_MS, self, self._draw_charts)
        else:
            self._draw_charts()

    def _draw_charts(self) -> None:
        if self.report is None:
            return
        self._show_trend()
        self.handle_times.show_bins([(b.low, b.high, b.count) for b in self.report.handle_times])
        self.reportShown.emit()

    def current_period(self) -> KpiPeriod | None:
        if self.report is None:
            return None
        return self.report.today if self.period == "today" else self.report.week

    def targets(self) -> dict[str, KpiTarget]:
        """The centre's targets in the report, the protocol's defaults for any missing."""
        from protocol.kinds.workforce import DEFAULT_TARGETS

        found: dict[str, KpiTarget] = {t.kpi: t for t in DEFAULT_TARGETS}
        if self.report is not None:
            found.update({t.kpi: t for t in self.report.targets})
        return found

    def _show_period(self) -> None:
        period = self.current_period()
        if period is None:
            return
        values: dict[str, KpiValue] = {v.kpi: v for v in period.values}
        targets = self.targets()
        for kpi, card in self.cards.cards.items():
            value = values.get(kpi)
            target = targets.get(kpi)
            card.show_value(
                value.value if value is not None else None,
                target.value if target is not None else None,
                target.higher_is_better if target is not None else True,
            )

    def _show_trend(self) -> None:
        if self.report is None:
            return
        days: list[tuple[float, float | None]] = []
        for day in self.report.trend:
            found = next((v for v in day.values if v.kpi == self.kpi), None)
            days.append((day.start, found.value if found is not None else None))
        target = self.targets().get(self.kpi)
        self.trend.show_trend(self.kpi, days, target.value if target is not None else None)

    def _say_as_of(self) -> None:
        if self.report is None:
            return
        when = self._time(self.as_of)
        if self.live and self.online:
            self.status.setText(self.tr("Updated {0}").format(when))
        elif not self.online:
            self.status.setText(self.tr("Offline: your figures as of {0}").format(when))
        else:
            self.status.setText(self.tr("Your figures as of {0}").format(when))

    @staticmethod
    def _time(moment: float) -> str:
        """HH:MM in the locale (with the date when it is not today)."""
        stamp = QDateTime.fromSecsSinceEpoch(int(moment))
        locale = QLocale()
        if stamp.date() == QDateTime.currentDateTime().date():
            return locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
        return locale.toString(stamp, QLocale.FormatType.ShortFormat)

    # ------------------------------------------------------------------ selection and trace

    def select_kpi(self, kpi: str) -> None:
        """Draw ``kpi``'s trend and list the contacts it came from."""
        if kpi not in fmt.KPI_ORDER:
            return
        self.kpi = kpi
        self.cards.select(kpi)
        self._show_trend()
        self._trace()

    def set_period(self, period: str) -> None:
        """Show today's figures or this week's (the trace follows)."""
        if period not in PERIODS:
            return
        self.period = period
        (self.today_button if period == "today" else self.week_button).setChecked(True)
        self._show_period()
        self._trace()

    def _on_period(self, index: int) -> None:
        self.set_period(PERIODS[index])

    def _say_trace_note(self, note: str = "") -> None:
        self.trace_title.setText(self.tr("Contacts behind: {0}").format(fmt.title(self.kpi)))
        self.trace_note.setText(note)
        self.trace_note.setVisible(bool(note))

    def _trace(self) -> None:
        """Ask the server for the contacts the selected KPI counted over the period."""
        self._trace_token += 1
        token = self._trace_token
        period = self.current_period()
        client = self.workforce
        self.trace_model.clear()
        if self.kpi not in fmt.CONTACT_KPIS:
            self._say_trace_note(
                self.tr("This figure comes from your schedule, not from contacts: see My day.")
            )
            return
        if period is None or client is None or self.report is None or not self.online:
            self._say_trace_note(self.tr("The contacts are listed when the desk is online."))
            return
        self._say_trace_note(self.tr("Reading the contacts…"))

        def done(found: object) -> None:
            if token != self._trace_token:
                return  # the agent picked another KPI or period meanwhile
            from protocol.workforce import KpiContacts

            rows = found.contacts if isinstance(found, KpiContacts) else []
            self.trace_model.show(self.kpi, rows)
            total = found.total if isinstance(found, KpiContacts) else 0
            if not rows:
                note = self.tr("No contacts in this period.")
            elif total > len(rows):
                note = self.tr("The latest %n contacts.", "", len(rows))
            else:
                note = ""
            self._say_trace_note(note)
            self.traceShown.emit()

        def failed(error: BaseException) -> None:
            if token == self._trace_token:
                self._say_trace_note(self.tr("The contacts could not be read now."))

        self.ops.run(
            client.kpi_contacts(self.report.agent_id, self.kpi, period.start, period.end),
            what=self.tr("list the contacts behind a KPI"),
            on_done=done,
            on_error=failed,
        )

    # ------------------------------------------------------------------ visibility

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self.timer.start()
        self._fit_cards()
        if self.report is None or (self.online and time.time() - self.as_of > 60):
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt naming
        super().hideEvent(event)
        self.timer.stop()


def _build(context: PageContext) -> KpiPage:
    return KpiPage(context.reader, context.ops, context.links)


SPEC = PageSpec(
    name=PAGE_NAME,
    title=lambda: QCoreApplication.translate("MainWindow", "My KPIs"),
    tooltip=lambda: QCoreApplication.translate(
        "MainWindow", "Your own figures against the centre's targets (Ctrl+6)"
    ),
    shortcuts=(PageShortcut("page.kpi"),),
    settings_key="window/kpi",
    build=_build,
)
