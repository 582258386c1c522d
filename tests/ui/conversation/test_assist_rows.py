"""Suggestion rows follow the width of the context column: narrower wraps to taller rows,
wider to shorter ones, and the rows never overlap (issue 9: rows kept the heights of the
width they were first laid out at and overlapped after a resize)."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from desktop.ui.shell.window import INBOX_PAGE
from protocol.entities import ConversationData
from tests.ui import fill
from tests.ui.fill import Filler
from tests.ui.kb_fill import KbDesk


def _rows(desk: KbDesk) -> list[tuple[int, int]]:
    """(top, height) of each suggestion row as laid out in the list."""
    view = desk.window.assist.view
    model = desk.window.assist.model
    rects = [view.visualRect(model.index(r)) for r in range(model.rowCount())]
    return [(rect.top(), rect.height()) for rect in rects]


def test_row_heights_follow_the_width(qtbot: QtBot, kb_desk: KbDesk, filler: Filler) -> None:
    window = kb_desk.window
    window.show_page(INBOX_PAGE)
    window.resize(1920, 1080)
    conversation = fill.conversation(9, name="Maria Garcia")
    kb_desk.bridge.on_changes(
        filler.apply(
            ConversationData.model_validate({**conversation.model_dump(), "language": "en"}),
            fill.message(90, 9, body="Where is my refund? You promised the money back."),
        )
    )
    kb_desk.bridge.flush()
    assist = window.assist
    with qtbot.waitSignal(assist.suggestionsChanged, timeout=2000):
        assert window.inbox.select_id(9)
    assert assist.model.rowCount() >= 2
    splitter = window.inbox_page.findChild(QSplitter, "deskSplitter")
    assert splitter is not None

    splitter.setSizes([360, 900, 660])  # a wide context column
    qtbot.waitUntil(lambda: assist.view.viewport().width() > 560, timeout=2000)
    wide = _rows(kb_desk)
    wide_list = assist.view.height()

    splitter.setSizes([360, 1300, 260])  # as narrow as it goes
    qtbot.waitUntil(lambda: assist.view.viewport().width() < 300, timeout=2000)
    qtbot.waitUntil(lambda: _rows(kb_desk) != wide, timeout=2000)
    narrow = _rows(kb_desk)

    assert sum(h for _, h in narrow) > sum(h for _, h in wide)  # wrapped to more lines
    assert assist.view.height() > wide_list  # and the list grew to show them all
    for rows in (wide, narrow):
        for (top, height), (next_top, _) in itertools.pairwise(rows):
            assert top + height <= next_top  # no overlap
    bottom = narrow[-1][0] + narrow[-1][1]
    assert bottom <= assist.view.viewport().height()  # nothing clipped inside the list

    splitter.setSizes([360, 900, 660])  # and back: heights shrink again
    qtbot.waitUntil(lambda: _rows(kb_desk) == wide, timeout=2000)
    assert assist.view.height() == wide_list
