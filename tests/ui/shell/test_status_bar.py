"""The status bar always says how the desk stands with the server."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.connection import CACHE_PROBLEM, ConnectionState, Link
from desktop.ui.shell.status_bar import DeskStatusBar


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
