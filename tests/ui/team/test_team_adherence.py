"""The Team page's Adherence tab on a whole desk signed in to a real demo server as
supervisor01: an agent scheduled for work who goes on break is first within the grace,
then (the centre's grace set to nothing over REST, arriving as a policy event) marked out
of adherence in words and in the failure colour, since the moment the break began; an
agent available during work is in adherence; today's adherence % comes from the server;
the mismatch rules themselves are checked without a server (walking back over activities
the same presence missed)."""

from __future__ import annotations

import asyncio
import datetime as dt
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.shell import style
from desktop.ui.team.adherence import (
    ADHERENCE,
    GRACE,
    IN,
    OFF,
    OUT,
    STATUS,
    AdherenceTab,
    mismatch_since,
)
from protocol.kinds.workforce import Activity
from tests.support.client import login
from tests.support.desk_socket import Desk as AgentSocket
from tests.support.server_proc import ServerFactory, ServerProcess
from tests.ui.team.test_privacy_tab import SupervisorDesk, start_supervisor_desk
from tests.ui.team.test_review_queue import import_json, known_shifts, run

HOUR = 3600.0


@pytest.fixture
def boss(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> Iterator[SupervisorDesk]:
    started = start_supervisor_desk(qtbot, qapp, qloop, server_factory(), tmp_path / "desk")
    yield started
    started.window.close()
    qtbot.waitUntil(started.task.done, timeout=30_000)


def around_now(agent: str) -> dict[str, Any]:
    """A shift of work from the last full hour to three hours later (UTC)."""
    now = dt.datetime.now(dt.UTC)
    start = now.replace(minute=0, second=0, microsecond=0)
    end = start + dt.timedelta(hours=3)
    return {
        "agent": agent,
        "date": start.date().isoformat(),
        "activities": [{"type": "work", "start": f"{start:%H:%M}", "end": f"{end:%H:%M}"}],
    }


def set_grace(server: ServerProcess, seconds: float) -> None:
    headers = {"Authorization": f"Bearer {login(server.url, 'supervisor01')}"}
    policy = httpx.get(f"{server.url}/api/workforce/policy", headers=headers, timeout=10).json()
    policy["grace_seconds"] = seconds
    answer = httpx.put(
        f"{server.url}/api/workforce/policy", json=policy, headers=headers, timeout=10
    )
    assert answer.status_code == 200, answer.text


def test_an_agent_on_break_during_work_is_marked_out_of_adherence(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, boss: SupervisorDesk
) -> None:
    server = boss.server
    reader = boss.window.reader
    before = known_shifts(reader)
    import_json(server, [around_now("agent06"), around_now("agent07")])
    qtbot.waitUntil(
        lambda: {6, 7} <= {s.agent_id for s in reader.all_shifts(0, 4e9) if s.id not in before},
        timeout=20_000,
    )
    sockets: list[AgentSocket] = []

    async def presence(username: str, state: str) -> float:
        socket = await AgentSocket.open(server, username)
        sockets.append(socket)
        return (await socket.set_presence(state)).presence.since

    on_break = run(qtbot, qloop, presence("agent06", "break"))
    run(qtbot, qloop, presence("agent07", "available"))
    try:
        boss.window.show_page("team")
        tab = boss.team.adherence
        assert isinstance(tab, AdherenceTab)
        boss.team.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(tab.isVisible, timeout=5000)

        def row_index(agent_id: int) -> int:
            return next(i for i, r in enumerate(tab.rows) if r.agent_id == agent_id)

        def state_of(agent_id: int) -> str | None:
            row = tab.row_of(agent_id)
            return None if row is None else row.state

        # Within the default grace (3 minutes) first: not yet counted.
        qtbot.waitUntil(lambda: state_of(6) == GRACE, timeout=20_000)
        qtbot.waitUntil(lambda: state_of(7) == IN, timeout=20_000)
        set_grace(server, 0)
        qtbot.waitUntil(lambda: state_of(6) == OUT, timeout=20_000)
        row = row_index(6)
        order = [OUT, GRACE, IN, OFF]  # out of adherence first: what needs a look
        ranks = [order.index(r.state) for r in tab.rows]
        assert ranks == sorted(ranks)
        status = tab.table.item(row, STATUS)
        assert status is not None
        assert status.text() == "Out of adherence"
        assert status.foreground().color() == QColor(style.FAILED)
        found = tab.row_of(6)
        assert found is not None
        assert found.since is not None
        assert math.isclose(found.since, on_break, abs_tol=1.0)
        assert found.activity is not None
        assert found.activity.type == "work"
        # Today's adherence from the server (the break counts against it).
        qtbot.waitUntil(
            lambda: (
                (item := tab.table.item(row_index(6), ADHERENCE)) is not None and "%" in item.text()
            ),
            timeout=30_000,
        )
        shown = tab.table.item(row_index(6), ADHERENCE)
        assert shown is not None
        figure = shown.text()
        # The server gone: today's figures stay on screen, and the tab says they are older.
        server.stop()
        qtbot.waitUntil(lambda: boss.window.status.link_text() != "Online", timeout=30_000)
        tab.set_online(True)  # as if the link had not noticed yet: the request fails
        tab.fetch_daily()
        qtbot.waitUntil(lambda: "could not be read" in tab.note.text(), timeout=30_000)
        assert "from earlier" in tab.note.text()
        kept = tab.table.item(row_index(6), ADHERENCE)
        assert kept is not None
        assert kept.text() == figure
    finally:
        for socket in sockets:
            run(qtbot, qloop, socket.ws.close())


def test_a_mismatch_keeps_its_start_across_activities() -> None:
    """Offline at 10:00 through a break at 10:15: still out since 10:00, not 10:15."""
    base = 1_800_000_000.0
    work = Activity(type="work", start=base, end=base + HOUR)
    pause = Activity(type="break", start=base + HOUR, end=base + HOUR + 900)
    after = Activity(type="work", start=base + HOUR + 900, end=base + 3 * HOUR)
    shift = [work, pause, after]
    offline_since = base + 0.5 * HOUR
    assert mismatch_since(shift, "offline", offline_since, base + 2 * HOUR) == offline_since
    # Available during the break only: out since the break began.
    assert mismatch_since(shift, "available", base, base + HOUR + 60) == base + HOUR
    # On break during a break: in adherence.
    assert mismatch_since(shift, "break", base + HOUR, base + HOUR + 60) is None
    # Outside the shift: nothing scheduled, nothing to miss.
    assert mismatch_since(shift, "offline", base, base + 4 * HOUR) is None
