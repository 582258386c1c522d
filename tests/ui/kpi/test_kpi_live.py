"""The My KPIs page against a real demo server: the agent's fresh report on the cards and
the trend (and in the cache), the contacts behind "Contacts handled" this week in the
trace table, a double-click asking for the conversation, and, the server gone, the same
figures kept with "as of" and a calm line."""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.workforce import WorkforceClient, cached_kpi_report
from desktop.ui.kpi import format as fmt
from desktop.ui.kpi.page import KpiPage
from desktop.ui.kpi.trace import FCR, HANDLE, WHEN
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageLinks
from tests.support.client import login
from tests.support.server_proc import ServerFactory


@dataclass(frozen=True)
class Signed:
    server_url: str
    token: str


def test_live_report_trace_and_offline(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    cache: Cache,
    reader: CacheReader,
    server_factory: ServerFactory,
) -> None:
    del qloop
    server = server_factory()
    signed = Signed(server.url, login(server.url, "agent01"))
    client = WorkforceClient(cache, session=lambda: signed, zone=lambda: "Europe/Helsinki")
    links = PageLinks()
    page = KpiPage(reader, Ops(), links)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.set_workforce(client)
    page.set_online(True)
    with qtbot.waitSignal(page.reportShown, timeout=20_000):
        page.show()
    qtbot.waitUntil(lambda: page.live, timeout=20_000)
    report = page.report
    assert report is not None
    assert report.timezone == "Europe/Helsinki"
    assert "Updated" in page.status.text()
    cached = cached_kpi_report(reader.conn)
    assert cached is not None
    assert cached[0] == report
    for value in report.today.values:
        assert page.cards.cards[value.kpi].value.text() == fmt.value_text(value.kpi, value.value)

    page.select_kpi("handled")
    _, ys = page.trend.curve.getData()
    handled = [next(v.value for v in day.values if v.kpi == "handled") for day in report.trend]
    assert [None if math.isnan(y) else y for y in ys] == handled  # NaN: no value that day
    assert sum(v or 0 for v in handled) > 0, "the demo gives agent01 a contact history"
    page.select_kpi("aht")
    aht_target = next(t for t in report.targets if t.kpi == "aht")
    assert page.trend.target_line.value() == aht_target.value / 60.0  # minutes on the axis
    assert page.trend.target_line.isVisible()
    page.select_kpi("handled")

    with qtbot.waitSignal(page.traceShown, timeout=20_000):
        page.set_period("week")
    week = next(v for v in report.week.values if v.kpi == "handled")
    rows = page.trace_model.rowCount()
    assert rows == min(week.count, 200) > 0
    contacts = page.trace_model.contacts
    assert all(report.week.start <= c.at < report.week.end for c in contacts)
    first = page.trace_model.index(0, HANDLE).data()
    assert first == fmt.duration(
        contacts[0].talk_seconds + contacts[0].hold_seconds + contacts[0].acw_seconds
    )
    assert page.trace_model.index(0, FCR).data() in ("Yes", "No")
    assert page.trace_model.index(0, WHEN).data()
    with qtbot.waitSignal(links.conversationRequested) as opened:
        page.trace_table.doubleClicked.emit(page.trace_model.index(0, HANDLE))
    assert opened.args == [contacts[0].conversation_id]

    shown = {kpi: card.value.text() for kpi, card in page.cards.cards.items()}
    server.stop()
    page.refresh()
    qtbot.waitUntil(lambda: "cannot be reached" in page.status.text(), timeout=20_000)
    assert "as of" in page.status.text()
    assert {kpi: card.value.text() for kpi, card in page.cards.cards.items()} == shown
    page.stop()

    # A desk started later, offline: the cached report, "as of", nothing asked.
    later = KpiPage(reader, Ops(), PageLinks())
    qtbot.addWidget(later)
    with qtbot.waitSignal(later.reportShown, timeout=20_000):
        later.show()
    assert later.report == report
    assert "Offline" in later.status.text()
    for value in report.today.values:  # a new page opens on Today
        assert later.cards.cards[value.kpi].value.text() == fmt.value_text(value.kpi, value.value)
    later.stop()
    closed = asyncio.ensure_future(client.close())
    qtbot.waitUntil(closed.done)
