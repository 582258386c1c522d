"""The whole desk against a real server: the composition root gives its workforce client
to the My KPIs page (and to My day), Ctrl+6 (``page.kpi``) shows the page, which fetches
the signed-in agent's report; opening a traced contact shows its conversation in the
inbox."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.kpi.page import KpiPage
from desktop.ui.kpi.trace import HANDLE
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk


def test_the_desk_wires_the_kpi_page(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path / "desk")
    try:
        window = started.window
        page = window.page("kpi")
        assert isinstance(page, KpiPage)
        assert page.workforce is started.desk.workforce is not None
        # The same client reaches My day (its adherence figures).
        assert getattr(window.page("schedule"), "workforce", None) is started.desk.workforce
        window.keymap.trigger("page.kpi")
        assert window.links.current_page == "kpi"
        qtbot.waitUntil(lambda: page.live, timeout=20_000)
        report = page.report
        assert report is not None
        engine = started.desk.engine
        assert engine is not None
        assert engine.agent is not None
        assert report.agent_id == engine.agent.id
        assert "Updated" in page.status.text()

        page.select_kpi("handled")
        with qtbot.waitSignal(page.traceShown, timeout=20_000):
            page.set_period("week")
        assert page.trace_model.rowCount() > 0
        wanted = page.trace_model.contacts[0].conversation_id
        page.trace_table.doubleClicked.emit(page.trace_model.index(0, HANDLE))
        qtbot.waitUntil(lambda: window.links.current_page == "inbox", timeout=10_000)
        qtbot.waitUntil(
            lambda: (
                window.conversation.conversation is not None
                and window.conversation.conversation.id == wanted
            ),
            timeout=20_000,
        )
    finally:
        started.window.close()
        qtbot.waitUntil(started.task.done, timeout=30_000)
