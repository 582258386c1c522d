"""The status bar always says how the desk stands with the server."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.connection import CACHE_PROBLEM, ConnectionState, Link
from desktop.store.reader import CacheReader
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.status_bar import DeskStatusBar
from desktop.ui.shell.window import MainWindow


@pytest.mark.parametrize(
    ("state", "text"),
    [
        (ConnectionState(Link.CONNECTING), "Connecting…"),
        (ConnectionState(Link.SYNCING), "Syncing…"),
        (ConnectionState(Link.ONLINE), "Online"),
        (ConnectionState(Link.ONLINE, queued=2), "Online  ·  2 change(s) queued"),
        (ConnectionState(Link.RECONNECTING), "Reconnecting…"),
        (ConnectionState(Link.OFFLINE), "Offline"),
        (ConnectionState(Link.OFFLINE, queued=3), "Offline — 3 change(s) queued"),
        (ConnectionState(Link.SIGNED_OUT), "Signed out — sign in again"),
        (
            ConnectionState(Link.RECONNECTING, detail=f"{CACHE_PROBLEM}: database or disk is full"),
            "Reconnecting…  ·  the local cache cannot be written (is the disk full?)",
        ),
    ],
)
def test_each_link_state_has_its_sentence(qtbot: QtBot, state: ConnectionState, text: str) -> None:
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.set_state(state)
    assert bar.link_text() == text
    assert bar.link.property("link") == state.link.value
    assert bar.sign_in.isVisibleTo(bar) == (state.link is Link.SIGNED_OUT)
    assert bar.retry.isVisibleTo(bar) == (state.link in (Link.RECONNECTING, Link.OFFLINE))


def test_reconnecting_counts_down(qtbot: QtBot) -> None:
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    retry_at = time.monotonic() + 2.5
    state = ConnectionState(Link.RECONNECTING, retry_at=retry_at)
    assert bar.text_for(state, now=retry_at - 7.2) == "Reconnecting in 8 s"
    bar.set_state(state)
    assert bar.link_text() == "Reconnecting in 3 s"
    qtbot.waitUntil(lambda: bar.link_text() == "Reconnecting in 2 s", timeout=3000)
    bar.set_state(ConnectionState(Link.ONLINE))
    assert bar.link_text() == "Online"


def test_buttons_ask_for_retry_and_sign_in(qtbot: QtBot) -> None:
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.set_state(ConnectionState(Link.OFFLINE))
    with qtbot.waitSignal(bar.retryRequested):
        bar.retry.click()
    bar.set_state(ConnectionState(Link.SIGNED_OUT))
    with qtbot.waitSignal(bar.signInRequested):
        bar.sign_in.click()


def test_no_keyring_is_said_once(qtbot: QtBot) -> None:
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    bar.tell_no_keyring()
    assert bar.note.text() == "No keyring: you will sign in again next time"
    bar.note.setText("")
    bar.tell_no_keyring()
    assert bar.note.text() == ""


def test_queued_changes_show_in_full_at_1024_px(qtbot: QtBot, reader: CacheReader) -> None:
    """The notes and the agent's name give way; the link state and the queued count do
    not (they were clipped when the notes took the room)."""
    window = MainWindow(reader, SyncBridge(), Ops())
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    bar = window.status
    bar.set_agent("Aino Virtanen-Korhonen (supervisor, Helsinki billing team)")
    bar.tell_no_keyring()
    bar.tell_key_in_file()
    bar.tell_cache_set_aside("cache-agent01.sqlite3.undecryptable-20250101")
    window.on_state(ConnectionState(Link.RECONNECTING, queued=12, retry_at=time.monotonic() + 25))
    qtbot.waitUntil(lambda: window.width() == 1024 and bar.width() == 1024, timeout=3000)
    link = bar.link
    assert "12 change(s) queued" in bar.link_text()
    qtbot.waitUntil(lambda: link.width() >= link.sizeHint().width(), timeout=3000)
    right = link.mapTo(window, link.rect().topRight()).x()
    assert right <= window.width()
    for shrunk in (bar.note, bar.cache_note):
        assert shrunk.mapTo(window, shrunk.rect().topRight()).x() <= window.width()
    # What gave way is cut with an ellipsis, whole in its tooltip and its text.
    assert bar.agent.text() == "Aino Virtanen-Korhonen (supervisor, Helsinki billing team)"
    assert bar.agent.is_elided() or bar.note.is_elided() or bar.cache_note.is_elided()
    elided = next(w for w in (bar.agent, bar.note, bar.cache_note) if w.is_elided())
    assert elided.toolTip() == elided.text()
