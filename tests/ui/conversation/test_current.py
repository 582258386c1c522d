"""The open conversation is read once per change and every pane is told."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.rows import ConversationRow
from desktop.store.reader import CacheReader
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import MainWindow
from tests.ui import fill
from tests.ui.fill import Filler


def _count_row_reads(monkeypatch: pytest.MonkeyPatch, reader: CacheReader) -> list[int]:
    """Every ``reader.conversation`` call from now on, by conversation id."""
    reads: list[int] = []
    read = reader.conversation

    def counted(conversation_id: int) -> ConversationRow | None:
        reads.append(conversation_id)
        return read(conversation_id)

    monkeypatch.setattr(reader, "conversation", counted)
    return reads


def test_one_read_per_change_and_every_pane_follows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, filler: Filler, reader: CacheReader
) -> None:
    filler.apply(
        fill.queue(1, "Billing"),
        fill.conversation(1, name="Aino Virtanen", at=100.0),
        fill.conversation(2, name="Liisa Korhonen", at=50.0),
        fill.message(10, 1, body="Hello?"),
    )
    bridge = SyncBridge()
    window = MainWindow(reader, bridge, Ops())
    qtbot.addWidget(window)
    reads = _count_row_reads(monkeypatch, reader)

    assert window.inbox.select_id(1)
    assert reads == [1]
    for row in (
        window.conversation.conversation,
        window.assist.conversation,
        window.scripts.conversation,
    ):
        assert row is not None
        assert row.id == 1

    reads.clear()
    with qtbot.waitSignal(bridge.changes, timeout=2000):
        bridge.on_changes(
            filler.apply(
                fill.conversation(1, name="Aino Virtanen", at=300.0, status="pending"),
                fill.message(11, 1, body="Any news?"),
            )
        )
    assert reads == [1]  # one new message and a new status: one read of the row
    assert window.conversation.status.currentData() == "pending"
    assert window.details.text("status") == "Pending"
    for row in (
        window.conversation.conversation,
        window.assist.conversation,
        window.scripts.conversation,
    ):
        assert row is not None
        assert row.status == "pending"
    assert [m.body for m in window.conversation.model.rows()] == ["Hello?", "Any news?"]

    reads.clear()
    assert window.inbox.select_id(2)
    assert reads == [2]
    assert window.details.text("name") == "Liisa Korhonen"
    assert window.conversation.customer.full_text() == "Liisa Korhonen"

    reads.clear()
    with qtbot.waitSignal(bridge.changes, timeout=2000):
        bridge.on_changes(filler.apply(fill.conversation(1, at=400.0)))
    assert reads == []  # a change to another conversation reads nothing of the open one
