"""A desk whose cache key sits in a keyring it cannot reach says so and changes nothing."""

from __future__ import annotations

import asyncio
from pathlib import Path

import keyring
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.app import Desk, DeskOptions, cache_path
from desktop.store.cache import Cache
from desktop.sync.cache_key import load_cache_key
from tests.desktop.test_cache_key import MemoryKeyring, _no_backend


def test_an_unreachable_keyring_is_explained_and_the_cache_left_alone(
    qtbot: QtBot, qapp: QApplication, qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    path = cache_path(tmp_path, "agent01")
    try:
        loading = qloop.create_task(load_cache_key(path))
        qtbot.waitUntil(loading.done, timeout=5_000)
        cache = Cache(path, loading.result().key)
        cache.open()
        cache.close()
        data = path.read_bytes()
        keyring.set_keyring(_no_backend())  # the session's keyring went away
        desk = Desk(
            qapp,
            DeskOptions(server_url="http://127.0.0.1:9", username="agent01", data_dir=tmp_path),
        )
        run = qloop.create_task(desk.run())

        def box() -> QMessageBox | None:
            for widget in qapp.topLevelWidgets():
                if isinstance(widget, QMessageBox) and widget.isVisible():
                    return widget
            return None

        qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
        shown = box()
        assert shown is not None
        assert "keyring" in shown.text()
        assert "nothing was changed" in shown.text()
        shown.accept()
        qtbot.waitUntil(run.done, timeout=5_000)
        assert run.result() == 2
        assert path.read_bytes() == data
        assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    finally:
        keyring.set_keyring(before)
