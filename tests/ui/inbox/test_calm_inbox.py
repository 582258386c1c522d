"""A calm inbox: rows hold still while the agent works the list (arrivals wait behind
"N new", updates repaint in place, departures fade), and merge on request or when the
agent stops; the selected row is never pulled away; j/k move the selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.reader import CacheReader
from desktop.ui.inbox.delegate import LINE_HEIGHT
from desktop.ui.inbox.model import GONE_ROLE, ROW_ROLE, InboxModel
from desktop.ui.inbox.state import InboxChoice
from desktop.ui.inbox.view import InboxPanel
from tests.ui import fill
from tests.ui.fill import Filler
from tests.ui.inbox.order import ids_in

T0 = 1_700_000_000.0


def _order(model: InboxModel) -> list[int]:
    return ids_in(model, range(model.rowCount()))


@pytest.fixture
def panel(qtbot: QtBot, filler: Filler, reader: CacheReader) -> InboxPanel:
    filler.apply(*(fill.conversation(i, at=T0 + i) for i in range(1, 7)))
    shown = InboxPanel(InboxModel(reader))
    qtbot.addWidget(shown)
    shown.resize(360, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _pointer(panel: InboxPanel, kind: QEvent.Type) -> None:
    """The pointer enters or leaves the list (what the window system sends)."""
    if kind == QEvent.Type.Enter:
        panel.view.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)
    else:
        panel.view.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, False)
    QApplication.sendEvent(panel.view.viewport(), QEvent(kind))


def test_rows_hold_still_under_the_pointer_and_new_ones_wait(
    qtbot: QtBot, filler: Filler, panel: InboxPanel
) -> None:
    model = panel.model
    assert _order(model) == [6, 5, 4, 3, 2, 1]
    assert panel.select_id(3)
    _pointer(panel, QEvent.Type.Enter)
    assert panel.watch.active
    assert model.interacting

    # Two arrivals above, a row moving to the top, a row updated in place.
    moves: list[object] = []
    for signal in (model.rowsInserted, model.rowsMoved, model.rowsRemoved, model.layoutChanged):
        signal.connect(lambda *a: moves.append(a))
    with qtbot.waitSignal(model.pendingChanged) as announced:
        model.on_changes(
            filler.apply(
                fill.conversation(20, at=T0 + 100),
                fill.conversation(21, at=T0 + 101),
                fill.conversation(2, at=T0 + 102),
                fill.conversation(3, at=T0 + 3, status="pending"),
            )
        )
    assert announced.args == [2]
    assert moves == []
    assert _order(model) == [6, 5, 4, 3, 2, 1]
    assert model.row_of(3) == 3  # the selected row keeps its index
    assert panel.selected_id() == 3
    assert model.data(model.index(3), ROW_ROLE).status == "pending"  # updated in place
    assert panel.controls.new_bar.isVisible()
    assert panel.controls.new_bar.text() == "2 new"

    # Resolved elsewhere under an "open" filter? Not here: the list shows every status.
    # Clicking "2 new" merges at once; the selection stays on its conversation.
    panel.controls.new_bar.click()
    assert _order(model) == [2, 21, 20, 6, 5, 4, 3, 1]
    assert panel.selected_id() == 3
    assert not panel.controls.new_bar.isVisible()
    assert model.pending_new() == 0


def test_departures_fade_until_the_merge_and_the_selected_one_until_the_agent_moves(
    qtbot: QtBot, filler: Filler, panel: InboxPanel
) -> None:
    model = panel.model
    panel.set_choice(InboxChoice(statuses=frozenset({"open"})))
    assert panel.select_id(4)
    model.set_interacting(True)
    model.on_changes(
        filler.apply(
            fill.conversation(5, at=T0 + 5, status="resolved"),
            fill.conversation(4, at=T0 + 4, status="resolved"),
        )
    )
    assert _order(model) == [6, 5, 4, 3, 2, 1]
    assert model.data(model.index(1), GONE_ROLE) is True
    assert model.data(model.index(2), GONE_ROLE) is True
    assert model.data(model.index(0), GONE_ROLE) is False
    assert panel.controls.new_bar.text() == "Update list"  # nothing new, but changes wait

    model.merge_pending()  # 5 goes; 4 is selected and stays, faded
    assert _order(model) == [6, 4, 3, 2, 1]
    assert model.data(model.index(1), GONE_ROLE) is True
    assert panel.selected_id() == 4
    assert not panel.controls.new_bar.isVisible()

    model.set_interacting(False)
    panel.next_conversation()  # the agent moves on: the faded row goes
    assert panel.selected_id() == 3
    panel.watch.idle.setInterval(10)
    panel.watch.touched()
    qtbot.waitUntil(lambda: _order(model) == [6, 3, 2, 1])
    assert panel.selected_id() == 3


def test_changes_merge_by_themselves_once_the_agent_stops(
    qtbot: QtBot, filler: Filler, panel: InboxPanel
) -> None:
    model = panel.model
    panel.watch.idle.setInterval(50)
    assert panel.select_id(2)
    _pointer(panel, QEvent.Type.Enter)
    panel.watch.touched()  # input in the list: the idle timer starts
    model.on_changes(filler.apply(fill.conversation(30, at=T0 + 300)))
    assert _order(model) == [6, 5, 4, 3, 2, 1]
    _pointer(panel, QEvent.Type.Leave)
    with qtbot.waitSignal(model.merged, timeout=5_000):
        pass  # the idle timer runs out ~2 s (here 50 ms) after the last input
    assert _order(model) == [30, 6, 5, 4, 3, 2, 1]
    assert panel.selected_id() == 2
    assert not model.interacting

    # Not interacting: a change goes straight to its place.
    model.on_changes(filler.apply(fill.conversation(31, at=T0 + 301)))
    assert _order(model)[0] == 31


def test_a_merge_keeps_the_selection_in_view_and_a_reading_place_still(
    qtbot: QtBot, filler: Filler, reader: CacheReader
) -> None:
    filler.apply(*(fill.conversation(i, at=T0 + i) for i in range(1, 41)))
    panel = InboxPanel(InboxModel(reader))
    qtbot.addWidget(panel)
    panel.resize(360, 600)
    panel.show()
    qtbot.waitExposed(panel)
    model, view = panel.model, panel.view
    bar = view.verticalScrollBar()

    def arrive(first: int, count: int) -> None:
        model.set_interacting(True)
        model.on_changes(
            filler.apply(*(fill.conversation(first + i, at=T0 + first + i) for i in range(count)))
        )
        model.set_interacting(False)  # the agent stopped: merged

    # At the top with nothing selected, arrivals simply appear at the top.
    assert bar.value() == 0
    arrive(100, 2)
    assert bar.value() == 0
    assert view.indexAt(view.viewport().rect().topLeft()).row() == 0
    assert model.id_at(0) == 101

    # The selected row near the bottom edge stays in view when rows arrive above it.
    last_seen = view.indexAt(view.viewport().rect().bottomLeft()).row() - 1
    assert panel.select_id(model.id_at(last_seen))
    selected = panel.selected_id()
    arrive(200, 3)
    row = model.row_of(selected)
    assert row == last_seen + 3
    assert view.visualRect(model.index(row)).intersects(view.viewport().rect())

    # Scrolled down to read (the selected row out of sight): the reading place holds.
    view.clearSelection()
    bar.setValue(bar.maximum() // 2)
    top = view.indexAt(view.viewport().rect().topLeft())
    reading, height = model.id_at(top.row()), view.visualRect(top).top()
    arrive(300, 3)
    row = model.row_of(reading)
    assert row == top.row() + 3
    assert view.visualRect(model.index(row)).top() == height


def test_keyboard_moves_the_selection_and_only_the_keyboard_does(
    qtbot: QtBot, filler: Filler, panel: InboxPanel
) -> None:
    model = panel.model
    opened: list[int] = []
    panel.conversationSelected.connect(opened.append)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    assert model.interacting  # keyboard focus in the list holds it still
    QTest.keyClick(panel.view, Qt.Key.Key_J)
    QTest.keyClick(panel.view, Qt.Key.Key_J)
    assert opened == [6, 5]
    QTest.keyClick(panel.view, Qt.Key.Key_K)
    assert opened[-1] == 6
    panel.previous_conversation()  # at the top: stays
    assert panel.selected_id() == 6
    model.on_changes(filler.apply(fill.conversation(40, at=T0 + 400)))
    assert panel.selected_id() == 6  # an arrival never moves the selection
    assert model.row_of(6) == 0
    QTest.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.selected_id() == 5


def test_views_switch_from_the_tabs_and_by_name(panel: InboxPanel) -> None:
    chosen: list[object] = []
    panel.choiceChanged.connect(chosen.append)
    panel.set_view("mentions")
    assert panel.model.filter.view == "mentions"
    assert panel.controls.tabs.currentIndex() == 3
    assert _order(panel.model) == []  # nobody signed in: nobody is mentioned
    panel.set_view("nonsense")  # a bad name changes nothing
    assert panel.model.filter.view == "mentions"
    panel.controls.tabs.setCurrentIndex(2)
    assert panel.model.filter.view == "all"
    assert [c.view for c in chosen if isinstance(c, InboxChoice)] == ["mentions", "all"]


def test_rows_grow_with_the_text(panel: InboxPanel) -> None:
    view = panel.view
    normal = view.visualRect(panel.model.index(0)).height()
    assert normal == LINE_HEIGHT
    big = QFont(view.font())
    big.setPointSizeF(view.font().pointSizeF() * 1.5)
    view.setFont(big)  # the system's text at 150 %
    line = view.fontMetrics().height()
    assert view.visualRect(panel.model.index(0)).height() >= 3 * line + 16
