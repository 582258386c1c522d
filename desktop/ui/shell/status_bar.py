"""The status bar: the connection state, always visible, and who is signed in.

Agents in other desks lose updates silently; here the link is never hidden. While
reconnecting, a one-second timer counts down to the next attempt (from the engine's
monotonic ``retry_at``) and a button skips the wait. Signed out shows a button to sign in
again. Queued changes are counted so the agent knows their work is safe but not yet sent.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QPushButton, QStatusBar, QWidget

from desktop.models.connection import CACHE_PROBLEM, ConnectionState, Link
from desktop.widgets.elided_label import ShrinkingLabel
from desktop.widgets.plain import PlainLabel


class DeskStatusBar(QStatusBar):
    """Connection state, retry/sign-in buttons, the agent's name, a keyring note.

    Signals:
        retryRequested(): the agent wants to reconnect now.
        signInRequested(): the agent wants to sign in again.
    """

    retryRequested = Signal()  # noqa: N815 - Qt naming
    signInRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskStatus")
        self.setSizeGripEnabled(False)
        self.setAccessibleName(self.tr("Status"))
        self.state: ConnectionState | None = None
        self.link = PlainLabel()  # never narrower than its text (its minimum size hint)
        self.link.setObjectName("linkState")
        self.retry = QPushButton(self.tr("Reconnect now"))
        self.retry.setObjectName("linkButton")
        self.sign_in = QPushButton(self.tr("Sign in"))
        self.sign_in.setObjectName("linkButton")
        # Notes and the agent's name give way (elided, whole in a tooltip) so the link
        # state and the queued changes are always shown in full, even at 1024 px.
        self.note = ShrinkingLabel(keep_chars=8)
        self.note.setObjectName("muted")
        self.cache_note = ShrinkingLabel(
            keep_chars=8
        )  # how the cache's encryption key is kept, if weaker
        self.cache_note.setObjectName("muted")
        self.agent = ShrinkingLabel(keep_chars=12)
        self.agent.setObjectName("agentName")
        self.addWidget(self.link)
        self.addWidget(self.retry)
        self.addWidget(self.sign_in)
        self.addWidget(self.note)
        self.addWidget(self.cache_note)
        self.addPermanentWidget(self.agent)
        self.retry.hide()
        self.sign_in.hide()
        self.note.hide()
        self.cache_note.hide()
        self._countdown = QTimer(self)
        self._countdown.setObjectName("status-reconnect-countdown")
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown)
        self.retry.clicked.connect(self.retryRequested)
        self.sign_in.clicked.connect(self.signInRequested)
        self._keyring_told = False
        self._cache_notes: list[str] = []
        self.set_phase(self.tr("Starting…"), "connecting")

    # ------------------------------------------------------------------ public API

    def set_phase(self, text: str, link: str = "connecting") -> None:
        """Before the engine runs: "Starting the local server…", "Signing in…"."""
        self._countdown.stop()
        self._show(text, link)
        self.retry.hide()
        self.sign_in.setVisible(link == Link.SIGNED_OUT.value)

    def set_state(self, state: ConnectionState) -> None:
        self.state = state
        self.retry.setVisible(state.link in (Link.RECONNECTING, Link.OFFLINE))
        self.sign_in.setVisible(state.link is Link.SIGNED_OUT)
        if state.link is Link.RECONNECTING and state.retry_at is not None:
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
        self._show(self.text_for(state), state.link.value)

    def set_agent(self, name: str) -> None:
        self.agent.setText(name)
        self.agent.setAccessibleName(self.tr("Signed in as {0}").format(name) if name else "")

    def tell_no_keyring(self) -> None:
        """Say once that the token is kept in memory only."""
        if self._keyring_told:
            return
        self._keyring_told = True
        self.note.setText(self.tr("No keyring: you will sign in again next time"))
        self.note.show()

    def tell_key_in_file(self) -> None:
        """Say that the cache's encryption key is kept in a file (no usable keyring)."""
        self._add_cache_note(self.tr("Cache key kept in a file (no keyring)"))

    def tell_cache_set_aside(self, name: str) -> None:
        """Say that a cache the key could not decrypt was kept aside as ``name``."""
        text = self.tr("The cache could not be decrypted; kept aside as {0}, syncing anew")
        self._add_cache_note(text.format(name))

    def _add_cache_note(self, text: str) -> None:
        if text in self._cache_notes:
            return
        self._cache_notes.append(text)
        self.cache_note.setText("  ·  ".join(self._cache_notes))
        self.cache_note.show()

    def link_text(self) -> str:
        """What the link label says, without its dot (tests read it)."""
        return self.link.text().removeprefix("●  ")

    def text_for(self, state: ConnectionState, now: float | None = None) -> str:
        """The sentence for ``state``; ``now`` is a monotonic time (tests pass it)."""
        n = state.queued
        if state.link is Link.OFFLINE:
            if n:
                return self.tr("Offline — %n change(s) queued", "", n)
            return self.tr("Offline")
        if state.link is Link.SIGNED_OUT:
            return self.tr("Signed out — sign in again")
        if state.link is Link.RECONNECTING:
            if state.retry_at is None:
                text = self.tr("Reconnecting…")
            else:
                now = time.monotonic() if now is None else now
                seconds = math.ceil(state.retry_at - now)
                text = (
                    self.tr("Reconnecting in %n s", "", seconds)
                    if seconds > 0
                    else self.tr("Reconnecting…")
                )
            if state.detail.startswith(CACHE_PROBLEM):
                text += "  ·  " + self.tr("the local cache cannot be written (is the disk full?)")
        elif state.link is Link.SYNCING:
            text = self.tr("Syncing…")
        elif state.link is Link.ONLINE:
            text = self.tr("Online")
        else:
            text = self.tr("Connecting…")
        if n:
            text += "  ·  " + self.tr("%n change(s) queued", "", n)
        return text

    # ------------------------------------------------------------------ internals

    def _show(self, text: str, link: str) -> None:
        self.link.setText("●  " + text)
        # A screen reader says the state without the dot (which is only colour).
        self.link.setAccessibleName(self.tr("Connection: {0}").format(text))
        if self.link.property("link") != link:
            self.link.setProperty("link", link)
            self.link.style().unpolish(self.link)
            self.link.style().polish(self.link)

    def _on_countdown(self) -> None:
        if self.state is None or self.state.link is not Link.RECONNECTING:
            self._countdown.stop()
            return
        self._show(self.text_for(self.state), self.state.link.value)
