"""The main window turns notices and failures into toasts and reports its first paint."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes, Notice
from desktop.models.connection import ConnectionState, Link
from desktop.store.reader import CacheReader
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow
from tests.ui import fill
from tests.ui.fill import Filler


def test_window_wires_the_bridge(qtbot: QtBot, filler: Filler, reader: CacheReader) -> None:
    filler.apply(fill.conversation(1, at=100.0), fill.conversation(2, at=200.0))
    bridge = SyncBridge()
    window = MainWindow(reader, bridge, Ops())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.inboxPainted, timeout=5000):
        window.show()
    assert window.inbox_model.rowCount() == 2

    bridge.on_state(ConnectionState(Link.OFFLINE, queued=1))
    assert window.status.link_text() == "Offline — 1 change(s) queued"

    with qtbot.waitSignal(window.inbox_model.rowsInserted, timeout=2000):
        bridge.on_changes(filler.apply(fill.conversation(3, at=300.0)))
    assert window.inbox_model.id_at(0) == 3

    with qtbot.waitSignal(bridge.notice, timeout=2000):
        bridge.on_changes(Changes(notices=(Notice("reply_rejected", "conversation closed", 3),)))
    assert window.toast.isVisible()
    assert "Your reply was not sent" in window.toast.text.text()
    assert "conversation closed" in window.toast.text.text()

    window.on_failed("change the status", "disk full")
    assert window.toast.text.text() == "Could not change the status: disk full"


def test_details_show_the_customer(qtbot: QtBot, filler: Filler, reader: CacheReader) -> None:
    filler.apply(fill.queue(1, "Billing"), fill.conversation(5, name="Aino Virtanen"))
    window = MainWindow(reader, SyncBridge(), Ops())
    qtbot.addWidget(window)
    assert window.inbox.select_id(5)
    assert window.details.text("name") == "Aino Virtanen"
    assert window.details.text("queue") == "Billing"
    assert window.details.text("reference") == "#5"
    assert window.conversation.customer.full_text() == "Aino Virtanen"
