"""A refusal from the server is told in a sentence that names what was undone, never a
generic one for the kinds the desk knows."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.changes import Notice
from desktop.store.reader import CacheReader
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow


@pytest.mark.parametrize(
    ("kind", "start"),
    [
        ("reply_rejected", "Your reply was not sent"),
        ("status_rejected", "The status change was undone"),
        ("canned_rejected", "Your canned reply was not saved"),
        ("vote_rejected", "Your vote was not counted"),
        ("something_new", "The server refused a change"),
    ],
)
def test_each_refusal_names_what_was_undone(
    qtbot: QtBot, reader: CacheReader, kind: str, start: str
) -> None:
    window = MainWindow(reader, SyncBridge(), Ops())
    qtbot.addWidget(window)
    text = window.notice_text(Notice(kind, "a reason from the server"))
    assert text.startswith(start)
    assert text.endswith(": a reason from the server")
