"""The presence control on a whole desk against a real server: it shows the cached
state, the menu and the keyboard send ``presence.set``, the server's event comes back
into the cache and the control, and offline nothing changes but a toast says so."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import start_signed_in_desk


def test_presence_control_sends_shows_and_refuses_offline(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path)
    window, run = started.window, started.task
    control = window.presence
    assert control.text() == "Offline"  # never chosen: offline for routing
    assert "Ctrl+Shift+2" in control.toolTip()  # not Ctrl+Alt: AltGr on Windows

    with qtbot.waitSignal(control.presenceSent, timeout=10_000):
        control.state_actions["break"].trigger()
    qtbot.waitUntil(lambda: control.text() == "Break", timeout=10_000)
    assert control.shown is not None
    assert control.shown.state == "break"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    with qtbot.waitSignal(control.presenceSent, timeout=10_000):
        QTest.keyClick(
            window,
            Qt.Key.Key_1,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    qtbot.waitUntil(lambda: control.text() == "Available", timeout=10_000)
    window.grab().save(str(tmp_path / "presence.png"))

    server.stop()
    qtbot.waitUntil(lambda: window.status.link_text() != "Online", timeout=30_000)
    with qtbot.waitSignal(control.toastRequested, timeout=5000) as toast:
        control.state_actions["offline"].trigger()
    assert toast.args == ["Not connected: presence not changed", "error"]
    assert window.toast.text.text() == "Not connected: presence not changed"
    assert control.text() == "Available"

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0
