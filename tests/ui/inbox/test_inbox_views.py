"""Views with live counts (Mine, Unassigned, All, Mentions), filters from the Filter menu
with their summary and Clear, the three sorts (SLA and waiting time with a fake clock), and
the choice kept per agent in the page's saved state (bad saved state ignored)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.store import apply
from desktop.store.reader import CacheReader
from desktop.ui.inbox.model import InboxModel
from desktop.ui.inbox.state import InboxAgent, InboxChoice, dump_states, load_states
from desktop.ui.inbox.view import InboxPanel
from desktop.ui.shell import style
from protocol.entities import ConversationData, EntityBase
from protocol.frames import Event
from protocol.kinds.routing import QueueRoutingData
from tests.ui import fill
from tests.ui.fill import Filler
from tests.ui.inbox.order import ids_in
from tests.ui.kb_fill import KbDesk

T0 = 1_700_000_000.0
ME = 7


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def feed(filler: Filler, *entities: EntityBase) -> None:
    batch = []
    for entity in entities:
        filler.seq += 1
        batch.append(Event(seq=filler.seq, kind=entity.kind, id=entity.id, data=entity))
    upto = filler.seq
    filler.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))


def conv(cid: int, *, assignee: int | None = None, **kw: object) -> ConversationData:
    made = fill.conversation(cid, **kw)  # type: ignore[arg-type]
    return made.model_copy(update={"assignee_id": assignee})


def _order(model: InboxModel) -> list[int]:
    return ids_in(model, range(model.rowCount()))


@pytest.fixture
def panel(qtbot: QtBot, reader: CacheReader) -> InboxPanel:
    shown = InboxPanel(InboxModel(reader))
    qtbot.addWidget(shown)
    shown.resize(360, 640)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _tab_texts(panel: InboxPanel) -> list[str]:
    tabs = panel.controls.tabs
    # Each tab shows its count above its name: read as "Mine 2".
    return [" ".join(reversed(tabs.tabText(i).split("\n"))) for i in range(tabs.count())]


def test_views_and_live_counts_with_mentions(
    qtbot: QtBot, filler: Filler, panel: InboxPanel
) -> None:
    feed(
        filler,
        fill.queue(1, "Support"),
        fill.queue(2, "Billing"),
        conv(1, assignee=ME, at=T0 + 1),
        conv(2, assignee=ME, status="pending", at=T0 + 2),
        conv(3, assignee=ME, status="resolved", at=T0 + 3),
        conv(4, at=T0 + 4),
        conv(5, at=T0 + 5, queue=2),
        conv(6, assignee=8, at=T0 + 6),
        fill.message(1, 4, direction="note", body="@agent01 could you look?", at=T0 + 10),
        fill.message(2, 1, direction="note", body="@Agent One, later", at=T0 + 20),
        fill.message(3, 6, direction="note", body="@agent012 is not you", at=T0 + 30),
    )
    model = panel.model
    model.set_agent(InboxAgent(ME, "agent01", "Agent One", frozenset({1})))
    panel.refresh_counts()
    assert _tab_texts(panel) == ["Mine 2", "Unassigned 1", "All 5", "Mentions 2"]

    panel.set_view("mine")
    assert _order(model) == [2, 1]
    panel.set_view("unassigned")
    assert _order(model) == [4]
    panel.set_view("all")
    assert _order(model) == [6, 4, 3, 2, 1]  # queue 2 is not the agent's
    panel.set_view("mentions")
    assert _order(model) == [1, 4]  # newest mention first

    # A colleague mentions the agent in 6 and a new conversation is assigned: the list
    # and the counts follow (counts on a short timer).
    with qtbot.waitSignal(model.viewCountsChanged):
        model.on_changes(
            filler.apply(
                fill.message(4, 6, direction="note", body="cc @AGENT01", at=T0 + 40),
                conv(7, assignee=ME, at=T0 + 7),
            )
        )
    assert _order(model) == [6, 1, 4]
    qtbot.waitUntil(lambda: _tab_texts(panel) == ["Mine 3", "Unassigned 1", "All 6", "Mentions 3"])

    # A supervisor's All is every queue.
    model.set_agent(InboxAgent(ME, "agent01", "Agent One", None))
    panel.set_view("all")
    assert set(_order(model)) == {1, 2, 3, 4, 5, 6, 7}


def _menu_action(panel: InboxPanel, submenu: str, text: str) -> QAction:
    menu = panel.controls.menu
    menu.aboutToShow.emit()
    for action in menu.actions():
        inner_menu = action.menu()
        if action.text() == submenu and isinstance(inner_menu, QMenu):
            for inner in inner_menu.actions():
                if inner.text() == text:
                    return inner
    raise AssertionError(f"no {submenu} > {text}")


def test_filters_from_the_menu_with_a_summary_and_clear(filler: Filler, panel: InboxPanel) -> None:
    feed(
        filler,
        fill.queue(1, "Support"),
        fill.queue(2, "Billing"),
        fill.conversation(1, channel="email", queue=2, at=T0 + 1),
        fill.conversation(2, channel="chat", queue=2, at=T0 + 2),
        fill.conversation(3, channel="email", queue=1, at=T0 + 3),
        fill.conversation(4, channel="email", queue=2, at=T0 + 4).model_copy(
            update={"language": "fi"}
        ),
    )
    model = panel.model
    model.reload()
    assert not panel.controls.summary_row.isVisible()
    _menu_action(panel, "Channel", "Email").trigger()
    assert _order(model) == [4, 3, 1]
    _menu_action(panel, "Queue", "Billing").trigger()
    assert _order(model) == [4, 1]
    _menu_action(panel, "Language", "fi").trigger()
    assert _order(model) == [4]
    assert panel.controls.summary_row.isVisible()
    assert panel.controls.summary.text() == "Email · Billing · fi"
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("pending"))
    assert _order(model) == []
    assert panel.controls.summary.text().startswith("Pending · Email")

    panel.controls.clear.click()
    assert _order(model) == [4, 3, 2, 1]
    assert model.choice == InboxChoice()
    assert panel.status_filter.currentData() == ""
    assert not panel.controls.summary_row.isVisible()


def test_sorts_by_activity_waiting_time_and_sla(
    qtbot: QtBot, filler: Filler, reader: CacheReader
) -> None:
    clock = FakeClock(T0 + 100)
    feed(
        filler,
        fill.queue(1),
        fill.queue(2),
        QueueRoutingData(id=1, sla_seconds=600, next_response_seconds=600),
        QueueRoutingData(id=2, sla_seconds=60, next_response_seconds=60),
    )
    filler.apply(
        # 1: waiting since T0 in the slow queue (due T0+600)
        fill.conversation(1, at=T0 + 50),
        fill.message(1, 1, direction="in", at=T0),
        # 2: waiting since T0+30 in the fast queue (due T0+90)
        fill.conversation(2, at=T0 + 30, queue=2),
        fill.message(2, 2, direction="in", at=T0 + 30),
        # 3: answered, nothing due
        fill.conversation(3, at=T0 + 90),
        fill.message(3, 3, direction="in", at=T0 + 80),
        fill.message(4, 3, direction="out", at=T0 + 90),
        # 4: waiting since T0+10 in the slow queue (due T0+610)
        fill.conversation(4, at=T0 + 10),
        fill.message(5, 4, direction="in", at=T0 + 10),
    )
    model = InboxModel(reader, clock=clock)
    panel = InboxPanel(model)
    qtbot.addWidget(panel)
    assert _order(model) == [3, 1, 2, 4]  # latest activity
    panel.controls.sort.setCurrentIndex(panel.controls.sort.findData("waiting"))
    assert _order(model) == [1, 4, 2, 3]  # the customer waiting longest first; none last
    panel.controls.sort.setCurrentIndex(panel.controls.sort.findData("sla"))
    assert _order(model) == [2, 1, 4, 3]  # the fast queue is due first
    # A reply to 2 stops its timer: it goes after the ones still due (not interacting).
    model.on_changes(filler.apply(fill.message(6, 2, direction="out", at=T0 + 95)))
    assert _order(model) == [1, 4, 3, 2]


def test_the_choice_is_kept_per_agent_and_bad_state_is_ignored(kb_desk: KbDesk) -> None:
    page = kb_desk.window.inbox_page
    choice = InboxChoice(view="mine", channel="email", sla_at_risk=True, sort="sla")
    page.inbox.set_choice(choice)
    page._agent_name = "agent01"
    saved = page.save_state()
    raw = json.loads(bytes(saved.data()).decode())
    assert raw["last"] == "agent01"
    assert raw["agents"]["agent01"]["sort"] == "sla"

    page.inbox.set_choice(InboxChoice())
    page._agent_name = ""
    page.restore_state(saved)
    assert page.inbox.choice == choice
    assert page.inbox.status_filter.currentData() == "sla_at_risk"
    assert page.inbox.controls.sort.currentData() == "sla"

    # An older desk saved only the splitter: it is restored as before.
    splitter = page.splitter.saveState()
    page.restore_state(splitter)
    assert page.inbox.choice == choice

    # Damaged or hostile values fall back field by field.
    states, _splitter, last = load_states(
        json.dumps(
            {
                "splitter": "zz",
                "last": 5,
                "agents": {
                    "a": {"view": "drop table", "sort": "sla", "statuses": ["open", 3, "x"]},
                    "b": {"queue_id": True, "channel": "c" * 99, "sla_at_risk": "yes"},
                },
            }
        ).encode()
    )
    assert last == ""
    assert states["a"] == InboxChoice(sort="sla", statuses=frozenset({"open"}))
    assert states["b"] == InboxChoice()
    assert load_states(b"\xff\x00") == ({}, b"\xff\x00", "")
    assert load_states(b"x" * 100_000) == ({}, None, "")
    round_trip = load_states(dump_states({"c": choice}, b"\x01\x02", "c"))
    assert round_trip == ({"c": choice}, b"\x01\x02", "c")
    page.restore_state(QByteArray(b"[1, 2]"))  # JSON but not ours: nothing breaks
    assert page.inbox.choice == choice


@pytest.mark.parametrize("size", [(1024, 640), (1920, 1080)])
def test_the_controls_fit_the_inbox_column(
    qtbot: QtBot, kb_desk: KbDesk, size: tuple[int, int]
) -> None:
    window = kb_desk.window
    window.setStyleSheet(style.load_theme())
    window.show_page("inbox")
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    panel = window.inbox
    panel.controls.show_counts({"mine": 12, "unassigned": 1_234, "all": 100_000, "mentions": 3})
    qtbot.waitUntil(lambda: panel.controls.tabs.width() > 0)
    tabs = panel.controls.tabs
    assert tabs.tabRect(tabs.count() - 1).right() <= tabs.width()  # every view visible
    for widget in (panel.status_filter, panel.controls.filter_button, panel.controls.sort):
        assert widget.width() >= widget.sizeHint().width(), widget.objectName()
