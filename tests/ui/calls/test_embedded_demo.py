"""The embedded demo is alive: `frontline desk` with no server starts the local demo
server, makes the demo agent Available through the presence control, and routing rings
the demo's waiting contacts on the desk. A desk on a real server never chooses a state
for its agent."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import Desk, DeskOptions
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk


def test_the_embedded_demo_makes_its_agent_available_and_rings(
    qtbot: QtBot, qapp: QApplication, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    desk = Desk(qapp, DeskOptions(data_dir=tmp_path))
    run = qloop.create_task(desk.run())
    qtbot.waitUntil(lambda: desk.window is not None, timeout=10_000)
    window = desk.window
    assert window is not None
    presence = window.presence
    with qtbot.waitSignal(presence.presenceSent, timeout=60_000) as sent:
        pass  # the session asks once the desk is online and caught up
    assert sent.args == ["available"]
    assert desk.session.demo_presence_asked
    qtbot.waitUntil(
        lambda: presence.shown is not None and presence.shown.state == "available",
        timeout=10_000,
    )
    # The demo's waiting contacts are routed to its agent: the banner rings.
    banner = window.work.banner
    qtbot.waitUntil(banner.isVisible, timeout=30_000)
    assert banner.offer is not None
    assert banner.customer.full_text()

    window.close()
    qtbot.waitUntil(run.done, timeout=20_000)
    assert run.result() == 0


def test_a_desk_on_a_real_server_leaves_presence_to_the_agent(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    window = started.window
    # Online means caught up: the session has seen the state it would have acted on.
    assert not started.desk.session.demo_presence_asked
    assert window.presence.shown is None
    assert window.presence.text() == "Offline"
    window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)
    assert started.task.result() == 0
