"""The Team page's work column, queue filter and steady rows, over a real cache written
through the store's apply path: what each agent is on (ringing, a call and its hold, chats
and emails, after-call work counting down or up), agents shown by their skills in one
queue, and the selection staying on its agent while rows move."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.team.model import IN_STATE, NAME, WORK, AgentIdRole, TeamRow, cell_text
from desktop.ui.team.page import TeamPage
from protocol.entities import AgentData, EntityBase, PresenceData, QueueData
from protocol.frames import Event
from protocol.kinds.routing import RoutingProfileData, Skill
from tests.desktop.test_routing_cache import call, offer
from tests.ui.hostile_fill import (
    AGENT,
    BIDI_AND_CONTROLS,
    C0,
    FAKE_NOTE,
    LOCAL_IMAGE,
    QUEUE,
    RLO_FILE,
)

AGENTS = (
    AgentData(id=1, username="agent01", display_name="Aino Agent"),
    AgentData(id=2, username="agent02", display_name="Bertil Agent"),
    AgentData(id=3, username="agent03", display_name="Cecilia Agent"),
    AgentData(id=4, username="agent04", display_name="Daniel Agent"),
    AgentData(id=5, username="agent05", display_name="Eeva Agent"),
)


class Desk:
    """A Team page over a real cache; :meth:`apply` writes entities as the engine does
    and hands the page the changes the window would."""

    def __init__(self, qtbot: QtBot, cache: Cache, reader: CacheReader) -> None:
        self.cache = cache
        self.seq = 0
        # Rows hold still under the pointer; an earlier test may have left the (offscreen)
        # pointer where this table will appear, so put it off screen first.
        QCursor.setPos(5000, 5000)
        self.page = TeamPage(reader)
        qtbot.addWidget(self.page)
        self.page.resize(1100, 400)
        self.page.show()  # a hidden page reads only when shown
        qtbot.waitExposed(self.page)

    def apply(self, *entities: EntityBase) -> Changes:
        start = self.seq + 1
        batch = [Event(seq=start + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
        self.seq += len(batch)
        upto = self.seq
        changes = self.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
        self.page.on_changes(changes)
        return changes

    def column(self, column: int) -> list[str]:
        model = self.page.team_model
        return [str(model.index(row, column).data()) for row in range(model.rowCount())]

    def row(self, name: str) -> TeamRow:
        return next(r for r in self.page.team_model.rows if r.member.name == name)


@pytest.fixture
def desk(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, cache: Cache, reader: CacheReader
) -> Iterator[Desk]:
    del qloop
    made = Desk(qtbot, cache, reader)
    yield made
    made.page.stop()


def test_work_column_says_what_each_agent_is_on(qtbot: QtBot, desk: Desk) -> None:
    now = time.time()
    desk.apply(
        QueueData(id=1, name="Support"),
        *AGENTS,
        *(PresenceData(id=a.id, state="busy", since=now - 100) for a in AGENTS),
    )
    desk.apply(
        # Aino: a chat rings on her desk.
        offer(id=10, agent_id=1, channel="chat", call_id=None),
        # Bertil: on a call connected 192 s ago, plus an email.
        offer(id=11, agent_id=2, call_id=9, state="accepted", phase="working", decided_at=now),
        call(id=9, state="connected", agent_id=2, connected_at=now - 192, state_since=now - 192),
        offer(id=12, agent_id=2, channel="email", call_id=None, state="accepted", phase="working"),
        # Cecilia: a call on hold for 40 s.
        offer(id=13, agent_id=3, call_id=8, state="accepted", phase="working"),
        call(id=8, state="held", agent_id=3, connected_at=now - 300, state_since=now - 40),
        # Daniel: two chats and an email, and after-call work with 25 s left.
        *(
            offer(id=i, agent_id=4, channel="chat", call_id=None, state="accepted", phase="working")
            for i in (14, 15)
        ),
        offer(id=16, agent_id=4, channel="email", call_id=None, state="accepted", phase="working"),
        offer(
            id=17,
            agent_id=4,
            channel="chat",
            call_id=None,
            state="accepted",
            phase="acw",
            ended_at=now - 35,
            acw_until=now + 25,
        ),
        # Eeva: after-call work without a limit, 70 s since the contact ended; a finished
        # one and a declined one say nothing.
        offer(id=18, agent_id=5, call_id=None, state="accepted", phase="acw", ended_at=now - 70),
        offer(id=19, agent_id=5, call_id=None, state="accepted", phase="done"),
        offer(id=20, agent_id=5, call_id=None, state="declined", phase="closed"),
    )
    work = {a.display_name: cell_text(desk.row(a.display_name), WORK, now) for a in AGENTS}
    assert work == {
        "Aino Agent": "Ringing: chat",
        "Bertil Agent": "Call 3:12 · 1 email",
        "Cecilia Agent": "On hold 0:40",
        "Daniel Agent": "2 chats, 1 email · After-call work 0:25",
        "Eeva Agent": "After-call work 1:10",
    }
    # Counting: after-call work down to its limit, talk time and time in state up.
    later = now + 5
    assert cell_text(desk.row("Daniel Agent"), WORK, later).endswith("After-call work 0:20")
    assert cell_text(desk.row("Eeva Agent"), WORK, later) == "After-call work 1:15"
    assert cell_text(desk.row("Bertil Agent"), WORK, later).startswith("Call 3:17")
    assert cell_text(desk.row("Aino Agent"), IN_STATE, later) == "1:45"

    # The view's text is the same, live; the call ends and Bertil is idle.
    assert desk.column(WORK)[desk.column(NAME).index("Bertil Agent")].startswith("Call 3:1")
    changes = desk.apply(
        offer(id=11, agent_id=2, call_id=9, state="accepted", phase="done"),
        offer(id=12, agent_id=2, channel="email", call_id=None, state="accepted", phase="done"),
    )
    assert changes.offers == {11, 12}
    assert desk.column(WORK)[desk.column(NAME).index("Bertil Agent")] == ""


def test_live_columns_tick_only_while_the_page_is_visible(qtbot: QtBot, desk: Desk) -> None:
    now = time.time()
    desk.apply(*AGENTS[:1], PresenceData(id=1, state="available", since=now - 5))
    assert desk.page.tick_timer.isActive()
    before = desk.column(IN_STATE)[0]
    with qtbot.waitSignal(desk.page.team_model.dataChanged, timeout=3000):
        pass  # the next tick
    qtbot.waitUntil(lambda: desk.column(IN_STATE)[0] != before, timeout=3000)
    desk.page.hide()
    assert not desk.page.tick_timer.isActive()
    desk.page.show()
    assert desk.page.tick_timer.isActive()


def test_queue_filter_shows_agents_with_a_skill_in_the_queue(qtbot: QtBot, desk: Desk) -> None:
    now = time.time()
    desk.apply(
        QueueData(id=1, name="Support"),
        QueueData(id=2, name="Billing"),
        *AGENTS,
        *(PresenceData(id=a.id, state="available", since=now) for a in AGENTS),
        RoutingProfileData(id=1, skills=[Skill(queue_id=1, level=3)]),
        RoutingProfileData(id=2, skills=[Skill(queue_id=2, level=1)]),
        RoutingProfileData(id=3, skills=[Skill(queue_id=1, level=1), Skill(queue_id=2, level=5)]),
        RoutingProfileData(id=4, skills=[]),
    )
    box = desk.page.queue_box
    assert [box.itemText(i) for i in range(box.count())] == ["All queues", "Billing", "Support"]
    assert len(desk.column(NAME)) == 5

    box.setCurrentIndex(box.findData(2))
    assert desk.column(NAME) == ["Bertil Agent", "Cecilia Agent"]
    box.setCurrentIndex(box.findData(1))
    assert desk.column(NAME) == ["Aino Agent", "Cecilia Agent"]

    # A profile change moves an agent into the chosen queue; a renamed queue stays chosen.
    desk.apply(RoutingProfileData(id=4, skills=[Skill(queue_id=1, level=2)]))
    assert desk.column(NAME) == ["Aino Agent", "Cecilia Agent", "Daniel Agent"]
    desk.apply(QueueData(id=1, name="Asiakastuki"))
    assert box.currentData() == 1
    assert box.currentText() == "Asiakastuki"
    assert desk.column(NAME) == ["Aino Agent", "Cecilia Agent", "Daniel Agent"]

    box.setCurrentIndex(0)
    assert len(desk.column(NAME)) == 5


def test_selection_stays_on_the_agent_when_rows_move(qtbot: QtBot, desk: Desk) -> None:
    now = time.time()
    desk.apply(
        *AGENTS,
        *(PresenceData(id=a.id, state="available", since=now) for a in AGENTS),
    )
    page = desk.page
    assert desk.column(NAME)[:3] == ["Aino Agent", "Bertil Agent", "Cecilia Agent"]
    page.table.selectionModel().select(
        page.team_model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.selected_agent() == 3

    # Aino goes on a break: she sorts below everyone Available, Cecilia moves up a row and
    # stays selected; work arriving for Cecilia changes her text, not her place.
    desk.apply(PresenceData(id=1, state="break", since=now))
    assert desk.column(NAME) == [
        "Bertil Agent",
        "Cecilia Agent",
        "Daniel Agent",
        "Eeva Agent",
        "Aino Agent",
    ]
    assert page.selected_agent() == 3
    assert page.table.selectionModel().selectedRows()[0].row() == 1
    desk.apply(offer(id=30, agent_id=3, channel="chat", call_id=None))
    assert page.selected_agent() == 3
    assert desk.column(WORK)[1] == "Ringing: chat"

    # While the pointer is over the table, rows hold still; they sort when it leaves.
    page.eventFilter(page.table.viewport(), QEvent(QEvent.Type.Enter))
    desk.apply(
        PresenceData(id=2, state="lunch", since=now),
        AgentData(id=6, username="a6", display_name="Aaro Agent"),
    )
    assert desk.column(NAME) == [
        "Bertil Agent",
        "Cecilia Agent",
        "Daniel Agent",
        "Eeva Agent",
        "Aino Agent",
        "Aaro Agent",
    ]
    page.eventFilter(page.table.viewport(), QEvent(QEvent.Type.Leave))
    assert desk.column(NAME) == [
        "Cecilia Agent",
        "Daniel Agent",
        "Eeva Agent",
        "Aino Agent",
        "Bertil Agent",
        "Aaro Agent",
    ]
    assert page.selected_agent() == 3
    assert page.team_model.index(0, NAME).data(AgentIdRole) == 3


def test_hostile_names_reasons_and_queues_show_as_plain_text(qtbot: QtBot, desk: Desk) -> None:
    now = time.time()
    desk.apply(
        QueueData(id=1, name=QUEUE + RLO_FILE),
        AgentData(id=1, username="x", display_name=AGENT + RLO_FILE + C0),
        AgentData(id=2, username="y", display_name=FAKE_NOTE),
        PresenceData(id=1, state="break", reason=RLO_FILE[:40], since=now),
        PresenceData(
            id=2, state="busy", since=now, requested="lunch", requested_reason=LOCAL_IMAGE[:40]
        ),
        RoutingProfileData(id=1, skills=[Skill(queue_id=1, level=1)]),
        offer(id=40, agent_id=2, channel="chat", call_id=None),
    )
    page = desk.page
    model = page.team_model
    shown = [
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert not [text for text in shown if set(text) & BIDI_AND_CONTROLS]
    assert FAKE_NOTE in shown  # markup is shown as characters, by the default delegate
    assert any(text.startswith("<u>Agent</u>") and "exe.txt" in text for text in shown)
    box = page.queue_box
    assert not set(box.itemText(1)) & BIDI_AND_CONTROLS
    assert box.itemText(1).startswith("<i>Support</i>")
    for label in page.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_chosen_queue_is_kept_between_runs(qtbot: QtBot, desk: Desk) -> None:
    now = time.time()
    desk.apply(
        *AGENTS[:2],
        *(PresenceData(id=a.id, state="available", since=now) for a in AGENTS[:2]),
        RoutingProfileData(id=2, skills=[Skill(queue_id=2, level=1)]),
    )
    page = desk.page
    assert page.save_state().isEmpty()  # all queues
    page.restore_state(QByteArray(b"2"))  # a queue the cache does not hold yet
    assert page.queue_box.currentIndex() == 0
    assert len(desk.column(NAME)) == 2
    desk.apply(QueueData(id=1, name="Support"), QueueData(id=2, name="Billing"))
    assert page.queue_box.currentData() == 2
    assert desk.column(NAME) == ["Bertil Agent"]
    assert bytes(page.save_state().data()) == b"2"
    page.restore_state(QByteArray(b"not a queue"))
    assert page.queue_box.currentData() == 2


def test_the_open_tab_is_kept_between_runs(qtbot: QtBot, reader: CacheReader) -> None:
    page = TeamPage(reader, reader)  # with its Open complaints tab, as the desk builds it
    qtbot.addWidget(page)
    assert page.tabs.count() == 2
    page.tabs.setCurrentIndex(1)
    assert bytes(page.save_state().data()) == b"|1"
    page.tabs.setCurrentIndex(0)
    page.restore_state(QByteArray(b"|1"))
    assert page.tabs.currentIndex() == 1
    page.restore_state(QByteArray(b"|99"))  # a tab this desk does not have: stays
    assert page.tabs.currentIndex() == 1
