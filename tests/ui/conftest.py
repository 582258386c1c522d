"""Fixtures for the desk's Qt tests: a qasync loop on the test's QApplication, real caches.

The loop is created "already running" on ``qapp``: asyncio work (the cache writer's
futures, ``Ops.run``, the sync engine) then advances whenever Qt processes events, which is
exactly what ``qtbot.waitSignal`` and ``qtbot.waitUntil`` do. Tests never sleep.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.shell import style
from tests.support.server_proc import server_factory
from tests.ui.fill import Filler
from tests.ui.kb_fill import KbDesk, make_kb_desk

__all__ = ["server_factory"]

# The offscreen platform plugin warns on every top-level window with size constraints;
# that is the test platform talking, not the desk.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _collect_on_the_qt_thread() -> Iterator[None]:
    """Collect what each test left in reference cycles on the Qt thread, at its end: left to
    chance, the cyclic collector runs on whichever thread allocates next (a cache writer of
    a later test), and a Qt object destroyed on that thread crashes the process (seen as a
    segfault "Garbage-collecting" in the writer thread)."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def _qt_asyncio_loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """One qasync loop for the session: Qt has one application, and a second loop made on
    it after the first was stopped never runs its callbacks."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(None)  # set again by ``qloop`` for each test
    yield loop
    asyncio.events._set_running_loop(loop)
    loop.stop()  # only clears its running flag: no Qt event loop is exec()-ing here
    asyncio.events._set_running_loop(None)
    loop.close()  # joins the worker threads of asyncio.to_thread
    asyncio.set_event_loop(None)


@pytest.fixture
def qloop(
    _qt_asyncio_loop: asyncio.AbstractEventLoop, qtbot: QtBot
) -> Iterator[asyncio.AbstractEventLoop]:
    """The asyncio loop driven by Qt; every task a test leaves behind is cancelled and
    finished before the next test starts. The loop counts as running only during the
    test, so later asyncio tests in the same session (pytest-asyncio) can run their own."""
    loop = _qt_asyncio_loop
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    before = set(asyncio.all_tasks(loop))
    yield loop
    tasks = [t for t in asyncio.all_tasks(loop) if t not in before and not t.done()]
    for task in tasks:
        task.cancel()
    if tasks:
        qtbot.waitUntil(lambda: all(t.done() for t in tasks), timeout=10_000)
    asyncio.events._set_running_loop(None)


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The application with the desk's font and style sheet, as users see it."""
    font, sheet = qapp.font(), qapp.styleSheet()
    qapp.setFont(style.app_font(font))
    qapp.setStyleSheet(style.load_theme())
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache(tmp_path / "cache-agent01.sqlite3")
    c.open()
    yield c
    c.close()


@pytest.fixture
def filler(cache: Cache) -> Filler:
    return Filler(cache)


@pytest.fixture
def reader(cache: Cache) -> Iterator[CacheReader]:
    r = CacheReader(cache.path)
    yield r
    r.close()


@pytest.fixture
def kb_desk(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    filler: Filler,
    cache: Cache,
    reader: CacheReader,
) -> Iterator[KbDesk]:
    """A main window over a cache with the demo knowledge base and one conversation
    (#1, Aino Virtanen), an unstarted sync engine as its actions, on the Knowledge page.
    Changes still pending in the bridge are delivered before the reader closes."""
    del qloop
    desk = make_kb_desk(qtbot, filler, cache, reader)
    yield desk
    desk.bridge.flush()
    desk.window.close()
