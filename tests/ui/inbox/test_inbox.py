"""The inbox model lists the cache in order, refreshes only what changed, and stays lazy."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.store.readers.conversations import InboxFilter
from desktop.ui.inbox.model import GONE_ROLE, ROW_ROLE, InboxModel
from desktop.ui.inbox.rowcache import BLOCK
from desktop.ui.inbox.view import InboxPanel
from tests.ui import fill
from tests.ui.fill import Filler
from tests.ui.inbox.order import ids_in


def _order(model: InboxModel) -> list[int]:
    return ids_in(model, range(model.rowCount()))


def test_rows_are_listed_newest_first(filler: Filler, reader: CacheReader) -> None:
    filler.apply(
        fill.queue(1, "Support"),
        fill.conversation(1, at=100.0),
        fill.conversation(2, at=300.0, name="王小明"),
        fill.conversation(3, at=200.0),
    )
    model = InboxModel(reader)
    assert _order(model) == [2, 3, 1]
    first = model.data(model.index(0), ROW_ROLE)
    assert first.customer_name == "王小明"
    assert model.queue_name(first.queue_id) == "Support"


def test_changes_move_insert_and_remove_rows(
    qtbot: QtBot, filler: Filler, reader: CacheReader
) -> None:
    filler.apply(*(fill.conversation(i, at=100.0 + i) for i in range(1, 6)))
    model = InboxModel(reader)
    panel = InboxPanel(model)
    qtbot.addWidget(panel)
    assert _order(model) == [5, 4, 3, 2, 1]
    assert panel.select_id(2)

    with qtbot.waitSignal(model.rowsMoved):
        model.on_changes(filler.apply(fill.conversation(2, at=500.0)))
    assert _order(model) == [2, 5, 4, 3, 1]
    assert panel.selected_id() == 2  # the selection followed the row

    with qtbot.waitSignal(model.rowsInserted):
        model.on_changes(filler.apply(fill.conversation(9, at=300.0)))
    assert _order(model) == [2, 9, 5, 4, 3, 1]

    with qtbot.waitSignal(model.dataChanged):
        model.on_changes(filler.apply(fill.conversation(4, at=104.0, status="pending")))
    assert model.data(model.index(3), ROW_ROLE).status == "pending"

    model.set_filter(InboxFilter(statuses=frozenset({"open"})))
    assert 4 not in _order(model)
    assert panel.selected_id() == 2
    # The selected row leaves the filter: it stays, faded, until the agent moves on.
    model.on_changes(filler.apply(fill.conversation(2, at=600.0, status="resolved")))
    assert _order(model) == [2, 9, 5, 3, 1]
    assert model.data(model.index(0), GONE_ROLE) is True
    assert model.data(model.index(0), ROW_ROLE).status == "resolved"
    with qtbot.waitSignal(model.rowsRemoved):
        panel.select_id(9)
    assert _order(model) == [9, 5, 3, 1]
    assert panel.selected_id() == 9


def test_a_reset_reloads_and_keeps_the_selection(
    qtbot: QtBot, filler: Filler, reader: CacheReader
) -> None:
    filler.apply(*(fill.conversation(i, at=100.0 + i) for i in range(1, 4)))
    model = InboxModel(reader)
    panel = InboxPanel(model)
    qtbot.addWidget(panel)
    panel.select_id(1)
    filler.apply(fill.conversation(1, at=900.0))
    with qtbot.waitSignal(model.layoutChanged):
        model.on_changes(Changes(reset=True))
    assert _order(model) == [1, 3, 2]
    assert panel.selected_id() == 1


def test_100k_conversations_are_not_all_loaded(qtbot: QtBot, cache: Cache) -> None:
    fill.bulk_conversations(cache.path, 100_000)
    reader = CacheReader(cache.path)
    try:
        model = InboxModel(reader)
        panel = InboxPanel(model)
        qtbot.addWidget(panel)
        panel.resize(400, 800)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda: model.blocks_loaded > 0)
        assert model.rowCount() == 100_000
        assert model.cached_rows() <= 2 * BLOCK
        last = model.index(99_999)
        assert model.data(last, ROW_ROLE) is not None  # a far row loads its own block
        assert model.cached_rows() <= 3 * BLOCK
        assert model.data(QModelIndex(), ROW_ROLE) is None
    finally:
        reader.close()


def test_a_filter_by_channel_and_status(filler: Filler, reader: CacheReader) -> None:
    filler.apply(
        fill.conversation(1, channel="email"),
        fill.conversation(2, channel="chat", status="pending", at=2e9),
        fill.conversation(3, channel="phone"),
    )
    model = InboxModel(reader)
    model.set_filter(InboxFilter(channel="email"))
    assert _order(model) == [1]
    model.set_filter(InboxFilter(statuses=frozenset({"pending"})))
    assert _order(model) == [2]
    model.set_filter(InboxFilter())
    assert set(_order(model)) == {1, 2, 3}
