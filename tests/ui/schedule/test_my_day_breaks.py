"""The My day break button on a whole desk against a real server: Start break sends
``presence.set`` break, the server's presence event comes back through the cache and the
page shows Back from break; that returns the agent to Available; with the server gone the
button is disabled and says why. On a call the server defers the break: the page says it
starts when the contact ends."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.schedule.page import SchedulePage
from tests.support.routing import AGENT01, cti, quiet, shared_queue
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk


def test_break_buttons_change_presence_and_the_page_follows(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    window, run = started.window, started.task
    page = window.page("schedule")
    assert isinstance(page, SchedulePage)
    window.show_page("schedule")
    qtbot.waitUntil(page.isVisible, timeout=5000)
    button = page.today.break_button
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    assert button.text() == "Start break"
    assert page.agent_id is not None

    button.click()
    qtbot.waitUntil(lambda: button.text() == "Back from break", timeout=10_000)
    qtbot.waitUntil(lambda: window.presence.text() == "Break", timeout=10_000)  # agrees
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    button.click()
    qtbot.waitUntil(lambda: button.text() == "Start break", timeout=10_000)
    assert page.agent.state == "available"
    window.grab().save(str(tmp_path / "my-day.png"))

    server.stop()
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=30_000)
    assert page.today.break_note.text() == "Not connected: breaks start when you are online"

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0


def test_a_break_asked_on_a_call_waits_for_the_call(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    quiet(server.db_path)
    queue = shared_queue(server.db_path, AGENT01)
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    window, run = started.window, started.task
    presence = window.presence
    with qtbot.waitSignal(presence.presenceSent, timeout=10_000):
        presence.state_actions["available"].trigger()
    banner = window.work.banner
    cti(server, "c1", "offered", caller="+358401234567", queue=queue)
    qtbot.waitUntil(banner.isVisible, timeout=15_000)
    banner.accept_button.click()
    qtbot.waitUntil(lambda: presence.shown is not None and presence.shown.state == "busy")

    page = window.page("schedule")
    assert isinstance(page, SchedulePage)
    window.show_page("schedule")
    button = page.today.break_button
    qtbot.waitUntil(lambda: button.isEnabled() and page.agent.state == "busy", timeout=10_000)
    assert button.text() == "Start break"
    with qtbot.waitSignal(page.links.noticeRequested, timeout=10_000) as notice:
        button.click()
    assert notice.args == ["Your break starts when this contact ends", "info"]
    qtbot.waitUntil(lambda: page.agent.requested == "break", timeout=10_000)
    assert not button.isEnabled()
    assert page.today.break_note.text() == "Your break starts when this contact ends"
    assert page.agent.state == "busy"  # still on the call

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0
