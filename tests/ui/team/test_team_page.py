"""The Team page on a whole window over a real cache: a supervisor sees it with every
agent's presence, an agent does not see its button, and a presence event applied to the
cache reaches the row after the bridge's changes signal (a hidden page reads once when
shown)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.engine import SyncEngine
from desktop.ui.shell.bridge import SyncBridge
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.window import TEAM_PAGE, MainWindow
from desktop.ui.team.model import IN_STATE, NAME, PRESENCE, REQUESTED, WORK
from desktop.ui.team.page import TeamPage
from protocol.entities import AgentData, PresenceData
from protocol.frames import AgentInfo, Event

AGENTS = (
    AgentData(id=1, username="agent01", display_name="Aino Agent"),
    AgentData(id=2, username="agent02", display_name="Bertil Agent"),
    AgentData(id=3, username="agent03", display_name="Cecilia Agent"),
    AgentData(id=9, username="supervisor01", display_name="Sanna Supervisor", role="supervisor"),
)


@dataclass
class TeamDesk:
    window: MainWindow
    bridge: SyncBridge
    engine: SyncEngine
    cache: Cache
    seq: int = 0

    def apply(self, *entities: AgentData | PresenceData) -> Changes:
        """Write entities through the engine's apply path and hand the changes to the
        bridge, as the engine does."""
        start = self.seq + 1
        batch = [Event(seq=start + i, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
        self.seq += len(batch)
        upto = self.seq
        changes = self.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
        self.bridge.on_changes(changes)
        return changes

    @property
    def team(self) -> TeamPage:
        page = self.window.page("team")
        assert isinstance(page, TeamPage)
        return page


def make_desk(qtbot: QtBot, cache: Cache, reader: CacheReader, role: str) -> TeamDesk:
    bridge = SyncBridge()
    engine = SyncEngine(cache, "ws://127.0.0.1:9/ws", "not-a-real-token")
    signed_in = next(a for a in AGENTS if a.role == role)
    engine.agent = AgentInfo(
        id=signed_in.id,
        username=signed_in.username,
        display_name=signed_in.display_name,
        role=signed_in.role,
    )
    window = MainWindow(reader, bridge, Ops())
    qtbot.addWidget(window)
    window.set_actions(engine)
    window.show()
    return TeamDesk(window, bridge, engine, cache)


@pytest.fixture
def desk_of(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, cache: Cache, reader: CacheReader
) -> Iterator[dict[str, TeamDesk]]:
    del qloop
    made: dict[str, TeamDesk] = {}
    yield made
    for desk in made.values():
        desk.bridge.flush()
        desk.window.close()


def cells(page: TeamPage, column: int) -> list[str]:
    model = page.team_model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_supervisor_sees_team_sorted_by_state_then_name(
    qtbot: QtBot, desk_of: dict[str, TeamDesk], cache: Cache, reader: CacheReader
) -> None:
    desk = desk_of["s"] = make_desk(qtbot, cache, reader, "supervisor")
    team_button = desk.window.mode_buttons.button(TEAM_PAGE)
    assert team_button is not None
    assert team_button.text() == "Team"
    assert not team_button.isHidden()
    assert not desk.team.empty.isHidden()  # an empty cache: nobody has a presence
    desk.window.show_page(TEAM_PAGE)
    assert desk.window.pages.currentWidget() is desk.team

    with qtbot.waitSignal(desk.team.team_model.reloaded, timeout=5000):
        desk.apply(*AGENTS)
        desk.bridge.flush()
    assert not desk.team.empty.isHidden()  # agents, none with a presence: all Offline
    assert set(cells(desk.team, PRESENCE)) == {"Offline"}

    now = time.time()
    with qtbot.waitSignal(desk.team.team_model.reloaded, timeout=5000):
        desk.apply(
            PresenceData(id=3, state="available", since=now - 600),
            PresenceData(id=1, state="break", reason="Coffee", since=now - 120),
            PresenceData(
                id=2, state="busy", since=now - 30, requested="lunch", requested_reason="Late"
            ),
        )
        desk.bridge.flush()
    assert desk.team.empty.isHidden()
    assert cells(desk.team, NAME) == [
        "Cecilia Agent",
        "Bertil Agent",
        "Aino Agent",
        "Sanna Supervisor",
    ]
    assert cells(desk.team, PRESENCE) == ["Available", "Busy", "Break · Coffee", "Offline"]
    in_state = cells(desk.team, IN_STATE)
    assert in_state[3] == ""  # never chose a state
    assert [in_state[0][:3], in_state[1][:2], in_state[2][:2]] == ["10:", "0:", "2:"]
    assert cells(desk.team, WORK) == ["", "", "", ""]  # nobody is on a contact
    assert cells(desk.team, REQUESTED) == ["", "Lunch · Late", "", ""]
    icon = desk.team.team_model.index(0, PRESENCE).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None


def test_agent_does_not_see_the_team_page(
    qtbot: QtBot, desk_of: dict[str, TeamDesk], cache: Cache, reader: CacheReader
) -> None:
    desk = desk_of["a"] = make_desk(qtbot, cache, reader, "agent")
    team_button = desk.window.mode_buttons.button(TEAM_PAGE)
    assert team_button is not None
    assert team_button.isHidden()
    desk.window.show_page("team")
    assert desk.window.pages.currentWidget() is not desk.team


def test_presence_change_updates_the_row_after_the_changes_signal(
    qtbot: QtBot, desk_of: dict[str, TeamDesk], cache: Cache, reader: CacheReader
) -> None:
    desk = desk_of["s"] = make_desk(qtbot, cache, reader, "supervisor")
    desk.window.show_page(TEAM_PAGE)
    now = time.time()
    desk.apply(*AGENTS, PresenceData(id=2, state="available", since=now - 60))
    desk.bridge.flush()
    assert cells(desk.team, PRESENCE)[0] == "Available"

    changes = desk.apply(PresenceData(id=2, state="meeting", reason="1:1", since=now))
    assert changes.presence == {2}
    assert cells(desk.team, PRESENCE)[0] == "Available"  # not before the signal
    with qtbot.waitSignal(desk.bridge.changes, timeout=5000):
        pass  # the bridge's flush timer delivers the batch
    row = cells(desk.team, NAME).index("Bertil Agent")
    assert cells(desk.team, PRESENCE)[row] == "Meeting · 1:1"


def test_a_hidden_team_page_reads_once_when_shown(
    qtbot: QtBot, desk_of: dict[str, TeamDesk], cache: Cache, reader: CacheReader
) -> None:
    desk = desk_of["s"] = make_desk(qtbot, cache, reader, "supervisor")
    assert desk.window.pages.currentWidget() is not desk.team
    now = time.time()
    with qtbot.waitSignal(desk.bridge.changes, timeout=5000):
        desk.apply(*AGENTS, PresenceData(id=2, state="available", since=now - 60))
    assert desk.team.stale
    assert cells(desk.team, NAME) == []  # not read while hidden
    with qtbot.waitSignal(desk.team.team_model.reloaded, timeout=5000):
        desk.window.show_page(TEAM_PAGE)
    assert not desk.team.stale
    assert cells(desk.team, PRESENCE)[0] == "Available"
    assert desk.team.tick_timer.isActive()
