"""The desk's garbage collector runs on the Qt thread only, and does collect cycles."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from desktop.ui.shell.collector import collect_on_the_ui_thread


class Holder(QObject):
    """A Qt object in a reference cycle (it holds itself)."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_cycles_die_when_the_qt_thread_collects(qtbot: QtBot) -> None:
    owner = QObject()
    timer = collect_on_the_ui_thread(owner, interval_ms=50)
    try:
        assert not gc.isenabled()  # no collection on whatever thread allocates
        assert timer.objectName() == "gcTimer"
        assert timer.isActive()
        holder = Holder()
        gone = weakref.ref(holder)
        del holder
        assert gone() is not None  # only the cycle keeps it: nothing collected yet
        with qtbot.waitSignal(timer.timeout, timeout=timer.interval() + 5_000):
            pass
        assert gone() is None
    finally:
        timer.stop()
        gc.unfreeze()
        gc.enable()
