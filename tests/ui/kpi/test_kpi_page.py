"""The My KPIs page over a real cache: offline it paints the last cached report with "as
of", a failed refresh keeps the figures and says so in one calm line, the trend chart
holds the report's points and the target line, the period switch changes the cards, and
a theme switch recolours the charts (no pyqtgraph black in the light theme). Loading the
page module does not load pyqtgraph or numpy (the desk's first paint)."""

from __future__ import annotations

import asyncio
import math
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QByteArray, QDateTime, QLocale, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.workforce import WorkforceClient, put_kpi_report
from desktop.ui.kpi import format as fmt
from desktop.ui.kpi.page import REFRESH_MS, KpiPage
from desktop.ui.kpi.trace import HANDLE, RATING, WHEN, WRAPUP, when
from desktop.ui.shell import style
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageLinks
from desktop.ui.shell.palettes import DARK, LIGHT
from protocol.workforce import KpiContact
from tests.support.server_proc import ROOT
from tests.ui.kpi.report_data import RAW, sample_report
from tests.ui.test_accessibility import unnamed


@dataclass(frozen=True)
class Signed:
    server_url: str
    token: str


@pytest.fixture
def page(qtbot: QtBot, qloop: asyncio.AbstractEventLoop, reader: CacheReader) -> Iterator[KpiPage]:
    del qloop
    made = KpiPage(reader, Ops(), PageLinks())
    qtbot.addWidget(made)
    made.resize(1200, 760)
    yield made
    made.stop()
    style.use_palette(LIGHT)


def test_offline_shows_the_cached_report_as_of(qtbot: QtBot, page: KpiPage, cache: Cache) -> None:
    report = sample_report(5)
    cache.writer.call(lambda c: put_kpi_report(c, report, own=True))
    with qtbot.waitSignal(page.reportShown):
        page.show()
    cards = page.cards.cards
    assert cards["aht"].value.text() == "6:12"
    assert cards["fcr"].value.text() == fmt.value_text("fcr", 0.68)
    assert cards["fcr"].judged == "attention"
    assert "Needs attention" in cards["fcr"].mark.text()
    assert cards["csat"].judged == "good"
    assert "On target" in cards["csat"].mark.text()
    assert "On target" in cards["csat"].accessibleName()  # not colour alone
    assert cards["handled"].value.text() == "23"
    moment = QDateTime.fromSecsSinceEpoch(int(report.generated_at)).time()
    as_of = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    assert "Offline" in page.status.text()
    assert as_of in page.status.text()
    assert not page.live
    # The contacts need the server: a calm note, an empty table.
    assert page.trace_model.rowCount() == 0
    assert "online" in page.trace_note.text()


def test_the_trend_holds_the_reports_points_and_the_target(
    qtbot: QtBot, page: KpiPage, cache: Cache
) -> None:
    report = sample_report(5)
    cache.writer.call(lambda c: put_kpi_report(c, report, own=True))
    with qtbot.waitSignal(page.reportShown):
        page.show()
    page.select_kpi("fcr")
    xs, ys = page.trend.curve.getData()
    expected = [next(v.value for v in day.values if v.kpi == "fcr") for day in report.trend]
    assert len(xs) == 30
    for got, want in zip(ys, expected, strict=True):
        if want is None:
            assert math.isnan(got)  # the day with nothing measured is a gap, not a zero
        else:
            assert got == pytest.approx(want * 100.0)
    assert page.trend.target_line.value() == pytest.approx(75.0)  # FCR target, percent
    assert page.trend.target_line.pen.style() == Qt.PenStyle.DashLine
    page.select_kpi("aht")
    _, minutes = page.trend.curve.getData()
    assert minutes[0] == pytest.approx(expected_aht(report, 0) / 60.0)
    assert page.trend.target_line.value() == pytest.approx(6.0)
    assert page.handle_times.counts == [b.count for b in report.handle_times]
    assert page.trend.accessibleName() == "Average handle time, last 30 days"
    assert "target 6:00" in page.trend.accessibleDescription()
    assert page.handle_times.accessibleDescription() == "Most contacts took 4:00 to 6:00: 11 of 30."
    assert page.cards.cards["aht"].property("checked") is True
    assert page.cards.cards["fcr"].property("checked") is False


def expected_aht(report: object, index: int) -> float:
    trend = report.trend  # type: ignore[attr-defined]
    return float(next(v.value for v in trend[index].values if v.kpi == "aht"))


def test_the_period_switch_changes_the_cards(qtbot: QtBot, page: KpiPage, cache: Cache) -> None:
    cache.writer.call(lambda c: put_kpi_report(c, sample_report(5), own=True))
    with qtbot.waitSignal(page.reportShown):
        page.show()
    today = page.cards.cards["aht"].value.text()
    page.week_button.click()
    assert page.period == "week"
    week = page.cards.cards["aht"].value.text()
    assert week == fmt.duration(RAW["aht"] * 0.95) != today
    page.today_button.click()
    assert page.cards.cards["aht"].value.text() == today


def test_a_failed_refresh_keeps_the_figures(qtbot: QtBot, page: KpiPage, cache: Cache) -> None:
    cache.writer.call(lambda c: put_kpi_report(c, sample_report(5), own=True))
    client = WorkforceClient(cache, session=lambda: Signed("http://127.0.0.1:9", "t"))
    page.set_workforce(client)
    page.set_online(True)
    with qtbot.waitSignal(page.reportShown):
        page.show()
    qtbot.waitUntil(lambda: "cannot be reached" in page.status.text())
    assert "as of" in page.status.text()
    assert page.cards.cards["aht"].value.text() == "6:12"
    assert page.refresh_button.isEnabled()
    closed = asyncio.ensure_future(client.close())
    qtbot.waitUntil(closed.done)


def test_no_report_anywhere_says_so(qtbot: QtBot, page: KpiPage) -> None:
    page.show()
    assert page.report is None
    assert "No figures yet" in page.status.text()
    assert page.cards.cards["aht"].value.text() == "–"


def test_charts_follow_the_theme(qtbot: QtBot, page: KpiPage, cache: Cache) -> None:
    cache.writer.call(lambda c: put_kpi_report(c, sample_report(5), own=True))
    with qtbot.waitSignal(page.reportShown):
        page.show()
    for chart in (page.trend, page.handle_times):
        assert chart.widget.backgroundBrush().color().name() == LIGHT.base
    style.use_palette(DARK)
    style.notifier.changed.emit()
    for chart in (page.trend, page.handle_times):
        assert chart.widget.backgroundBrush().color().name() == DARK.base
    assert page.trend.curve.opts["pen"].color().name() == DARK.accent
    assert page.trend.target_line.pen.color().name() == DARK.pending
    assert page.trend.target_line.label.color.name() == DARK.pending
    mark = page.cards.cards["csat"].mark
    assert mark.property("verdict") == "good"
    assert f'QLabel#kpiMark[verdict="good"] {{ color: {DARK.success}; }}' in page.styleSheet()
    assert mark.palette().color(mark.foregroundRole()).name() == DARK.success


def test_the_page_module_does_not_load_numpy() -> None:
    code = (
        "import sys; import desktop.ui.kpi.page; "
        "print(sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_formats_in_the_locale() -> None:
    assert fmt.duration(372) == "6:12"
    assert fmt.duration(3723) == "1:02:03"
    assert fmt.value_text("aht", None) == "–"
    finnish = QLocale(QLocale.Language.Finnish, QLocale.Country.Finland)
    assert fmt.value_text("ces", 5.4, finnish) == "5,4"
    assert fmt.value_text("transfer_rate", 0.055, finnish) == "5,5%"
    assert fmt.value_text("nps", -12.0) == "-12"
    assert fmt.verdict(0.5, 0.75, True) == "attention"
    assert fmt.verdict(300.0, 360.0, False) == "good"
    assert fmt.verdict(None, 0.75, True) == "none"
    assert fmt.verdict(float("nan"), 0.75, True) == "none"


def test_keyboard_picks_a_card_and_opens_a_contact(
    qtbot: QtBot, page: KpiPage, cache: Cache
) -> None:
    cache.writer.call(lambda c: put_kpi_report(c, sample_report(5), own=True))
    with qtbot.waitSignal(page.reportShown):
        page.show()
    card = page.cards.cards["csat"]
    assert card.focusPolicy() == Qt.FocusPolicy.StrongFocus
    QTest.keyClick(card, Qt.Key.Key_Space)
    assert page.kpi == "csat"
    assert card.property("checked") is True
    assert "Customer satisfaction" in page.trace_title.text()
    contact = KpiContact(
        offer_id=1,
        conversation_id=42,
        channel="phone",
        queue_id=1,
        at=1_796_000_000.0,
        talk_seconds=300.0,
        hold_seconds=30.0,
        acw_seconds=42.0,
        wrapup_code="<b>billing</b>\u202e",
        csat=4,
    )
    page.trace_model.show("csat", [contact])
    assert page.trace_model.index(0, HANDLE).data() == "6:12"
    assert page.trace_model.index(0, RATING).data() == "4 / 5"
    assert page.trace_model.index(0, WHEN).data() == QLocale().toString(
        QDateTime.fromSecsSinceEpoch(1_796_000_000), QLocale.FormatType.ShortFormat
    )  # another day: with its date
    assert page.trace_model.index(0, WRAPUP).data() == "<b>billing</b>"  # shown, not obeyed
    page.trace_table.setCurrentIndex(page.trace_model.index(0, 0))
    with qtbot.waitSignal(page.links.conversationRequested) as opened:
        QTest.keyClick(page.trace_table, Qt.Key.Key_Return)
    assert opened.args == [42]
    now = QDateTime.currentDateTime()
    assert when(now.toSecsSinceEpoch()) == QLocale().toString(
        now.time(), QLocale.FormatType.ShortFormat
    )  # today: the hour alone


def test_refreshes_only_while_visible(qtbot: QtBot, page: KpiPage) -> None:
    assert not page.timer.isActive()
    page.show()
    assert page.timer.isActive()
    assert page.timer.interval() == REFRESH_MS
    page.hide()
    assert not page.timer.isActive()


def test_every_control_has_a_name(qtbot: QtBot, page: KpiPage, cache: Cache) -> None:
    page.show()
    assert unnamed(page) == []  # before any report: the cards say their KPI
    cache.writer.call(lambda c: put_kpi_report(c, sample_report(5), own=True))
    with qtbot.waitSignal(page.reportShown):
        page.refresh()
    assert unnamed(page) == []
    assert page.cards.cards["aht"].accessibleName().startswith("Average handle time, 6:12")


def test_the_selection_and_period_are_kept_between_runs(
    qtbot: QtBot, page: KpiPage, reader: CacheReader
) -> None:
    page.show()
    page.select_kpi("csat")
    page.set_period("week")
    kept = page.save_state()
    again = KpiPage(reader, Ops(), PageLinks())
    qtbot.addWidget(again)
    again.restore_state(kept)
    assert (again.kpi, again.period) == ("csat", "week")
    assert again.week_button.isChecked()
    assert again.cards.cards["csat"].property("checked") is True
    assert again._restored
    for junk in (b"", b"kpi=speed;period=year;%%%", b"\xff\x00", b"kpi=aht"):
        fresh = KpiPage(reader, Ops(), PageLinks())
        qtbot.addWidget(fresh)
        fresh.restore_state(QByteArray(junk))
        assert fresh.kpi == "aht"
        assert fresh.period == "today"
