"""The status bar says when the cache key is kept in a file, and when a cache was set aside."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.shell.status_bar import DeskStatusBar


def test_key_in_a_file_is_said_once_beside_the_keyring_note(qtbot: QtBot) -> None:
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    assert bar.cache_note.isHidden()
    bar.tell_key_in_file()
    bar.tell_key_in_file()
    bar.tell_no_keyring()
    assert not bar.cache_note.isHidden()
    assert bar.cache_note.text() == "Cache key kept in a file (no keyring)"
    assert bar.note.text() == "No keyring: you will sign in again next time"


def test_a_cache_kept_aside_is_named(qtbot: QtBot) -> None:
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.tell_key_in_file()
    bar.tell_cache_set_aside("cache-agent01.unreadable-20261201T120000.sqlite3")
    assert bar.cache_note.text() == (
        "Cache key kept in a file (no keyring)  ·  The cache could not be decrypted;"
        " kept aside as cache-agent01.unreadable-20261201T120000.sqlite3, syncing anew"
    )
