"""The sign-in dialog explains failures and never keeps the password; toasts stay quiet."""

from __future__ import annotations

import asyncio

import pytest
from pytestqt.qtbot import QtBot

from desktop.sync.auth import (
    ServerUnreachableError,
    Session,
    SignInError,
    TooManyAttemptsError,
)
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.sign_in import SignInDialog, SignInFunc
from desktop.widgets.toast import Toast

pytestmark = pytest.mark.usefixtures("qloop")


async def _wrong(server: str, username: str, password: str) -> Session:
    raise SignInError("wrong username or password")


async def _down(server: str, username: str, password: str) -> Session:
    raise ServerUnreachableError(f"cannot reach {server}: ConnectError")


async def _throttled(server: str, username: str, password: str) -> Session:
    raise TooManyAttemptsError(42)


async def _fine(server: str, username: str, password: str) -> Session:
    await asyncio.sleep(0)
    return Session(server, "secret-token", 0.0, 1, "Agent One", "agent")


def _dialog(qtbot: QtBot, func: SignInFunc) -> SignInDialog:
    dialog = SignInDialog(func, Ops(), server_url="http://127.0.0.1:9", username="agent01")
    qtbot.addWidget(dialog)
    dialog.password.setText("demo")
    return dialog


@pytest.mark.parametrize(
    ("func", "words"),
    [
        (_wrong, "Wrong username or password"),
        (_down, "Cannot reach the server"),
        (_throttled, "Try again in 42 seconds"),
    ],
)
def test_failures_are_explained(qtbot: QtBot, func: SignInFunc, words: str) -> None:
    dialog = _dialog(qtbot, func)
    dialog.on_submit()
    qtbot.waitUntil(lambda: words in dialog.error.text(), timeout=3000)
    assert dialog.password.text() == ""
    assert dialog.session is None


def test_success_emits_the_session(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _fine)
    with qtbot.waitSignal(dialog.signedIn, timeout=3000) as blocker:
        dialog.on_submit()
    session = blocker.args[0]
    assert isinstance(session, Session)
    assert "secret-token" not in repr(session)
    assert dialog.password.text() == ""


def test_a_bare_host_gets_a_scheme(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _fine)
    dialog.server.setText("desk.example.com")
    with qtbot.waitSignal(dialog.signedIn, timeout=3000) as blocker:
        dialog.on_submit()
    assert blocker.args[0].server_url == "https://desk.example.com"


def test_toast_shows_and_dismisses(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(600, 400)
    toast = Toast(parent)
    toast.show_message("Your reply was not sent", level="error", timeout_ms=50)
    assert toast.isVisibleTo(parent)
    assert toast.property("level") == "error"
    with qtbot.waitSignal(toast.dismissed, timeout=2000):
        pass
    assert not toast.isVisibleTo(parent)


def fully_shown(dialog: SignInDialog) -> bool:
    """Every field at its full height, the error's wrapped lines all there, all inside."""
    inside = dialog.rect()
    for widget in (dialog.server, dialog.username, dialog.password, dialog.buttons):
        if widget.height() < widget.sizeHint().height():
            return False
        if not inside.contains(widget.geometry()):
            return False
    error = dialog.error
    if error.isVisible():
        if error.height() < error.heightForWidth(error.width()):
            return False
        if not inside.contains(error.geometry()):
            return False
    return True


LONG_ERROR = (
    "cannot reach https://frontline.example.com: ConnectError: [Errno 111] Connection "
    "refused by the remote host while connecting"
)


async def _unreachable(server: str, username: str, password: str) -> Session:
    raise ServerUnreachableError(LONG_ERROR)


def test_an_error_makes_room_instead_of_cutting_the_fields(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _unreachable)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert fully_shown(dialog)
    dialog.on_submit()
    qtbot.waitUntil(lambda: LONG_ERROR in dialog.error.text(), timeout=3000)
    qtbot.waitUntil(lambda: fully_shown(dialog), timeout=3000)
    # Narrower, the error wraps onto more lines; the dialog grows again.
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.waitUntil(lambda: fully_shown(dialog), timeout=3000)


def test_a_message_given_at_the_start_fits_too(qtbot: QtBot) -> None:
    dialog = SignInDialog(
        _fine, Ops(), server_url="http://127.0.0.1:9", username="agent01", message=LONG_ERROR
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: fully_shown(dialog), timeout=3000)
