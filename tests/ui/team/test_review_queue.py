"""The Team page's Requests tab on a whole desk signed in to a real demo server as
supervisor01: shifts imported over REST, a swap made over raw websockets by two agents'
desks and waiting for review shows with both agents, both shifts and its count in the tab
title; approving it (with a comment) moves both shifts in the supervisor's cache; denying
another keeps them and carries the comment; an approval a hard rule refuses since (the
receiver got an overlapping shift meanwhile) is said in words and changes nothing; a time
off request is listed and approved."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.reader import CacheReader
from desktop.ui.schedule.rules_text import explain
from desktop.ui.team.review import AGENTS, SHIFTS, WARNINGS, CommentDialog, ReviewTab
from desktop.ui.team.schedules_common import hours_text, time_text
from protocol.kinds.workforce import MAX_COMMENT_CHARS, ShiftData, SwapData, TimeOffData
from tests.support.client import login
from tests.support.desk_socket import Desk as AgentSocket
from tests.support.server_proc import ServerProcess, make_factory
from tests.ui.team.test_privacy_tab import SupervisorDesk, start_supervisor_desk

T = TypeVar("T")
DAY = 86_400.0
AGENT_IDS = {"agent01": 1, "agent02": 2, "agent03": 3, "agent04": 4, "agent05": 5}


# --------------------------------------------------------------------------- helpers (shared)


def day_in(days: int) -> dt.date:
    """A UTC date ``days`` from today (the desk under test reads UTC as its zone too)."""
    return (dt.datetime.now(dt.UTC) + dt.timedelta(days=days)).date()


def at(day: dt.date, hhmm: str) -> float:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, hours, minutes, tzinfo=dt.UTC).timestamp()


def eight_hours(agent: str, day: dt.date, start: int = 8) -> dict[str, Any]:
    """An 8-hour shift (7.5 h paid: a half-hour lunch) from ``start`` o'clock."""

    def hm(hour: float) -> str:
        return f"{int(hour):02d}:{round((hour % 1) * 60):02d}"

    return {
        "agent": agent,
        "date": day.isoformat(),
        "activities": [
            {"type": "work", "start": hm(start), "end": hm(start + 4)},
            {"type": "lunch", "start": hm(start + 4), "end": hm(start + 4.5)},
            {"type": "work", "start": hm(start + 4.5), "end": hm(start + 8)},
        ],
    }


def import_json(server: ServerProcess, shifts: list[dict[str, Any]], publish: bool = True) -> None:
    """Import shifts as supervisor01 over REST (JSON, UTC)."""
    token = login(server.url, "supervisor01")
    answer = httpx.post(
        f"{server.url}/api/workforce/schedules/import",
        json={"timezone": "UTC", "publish": publish, "shifts": shifts},
        headers={"Authorization": f"Bearer {token}"},
        timeout=20,
    )
    assert answer.status_code == 200, answer.text


def run(qtbot: QtBot, qloop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine on the Qt-driven loop and wait for its result."""
    task = qloop.create_task(work)
    qtbot.waitUntil(task.done, timeout=30_000)
    return task.result()


def known_shifts(reader: CacheReader) -> set[int]:
    """The ids of every shift the cache holds now (before an import replaces some)."""
    now = dt.datetime.now(dt.UTC).timestamp()
    return {s.id for s in reader.all_shifts(now - 60 * DAY, now + 60 * DAY)}


def wait_shift(
    qtbot: QtBot, reader: CacheReader, agent_id: int, day: dt.date, before: set[int]
) -> ShiftData:
    """The agent's one shift on ``day`` once the supervisor's cache holds the imported one
    (not one of ``before``: the demo's shift of that day is replaced by the import)."""

    def found() -> list[ShiftData]:
        return reader.shifts(agent_id, at(day, "00:00"), at(day, "00:00") + DAY)

    qtbot.waitUntil(
        lambda: len(shifts := found()) == 1 and shifts[0].id not in before, timeout=20_000
    )
    return found()[0]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One demo server for the module: each test uses its own agents and days."""
    factory, started = make_factory(tmp_path_factory.mktemp("review"))
    yield factory()
    for process in started:
        process.stop()


@pytest.fixture
def boss(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server: ServerProcess,
    tmp_path: Path,
) -> Iterator[SupervisorDesk]:
    started = start_supervisor_desk(qtbot, qapp, qloop, server, tmp_path / "desk")
    yield started
    started.window.close()
    qtbot.waitUntil(started.task.done, timeout=30_000)


def review_tab(qtbot: QtBot, boss: SupervisorDesk) -> ReviewTab:
    tab = boss.team.review
    assert tab is not None
    boss.window.show_page("team")
    boss.team.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible, timeout=5000)
    return tab


async def make_swap(
    server: ServerProcess, giver: str, taker: str, give: int, take: int
) -> SwapData:
    """``giver`` offers shift ``give`` to ``taker``, who accepts giving ``take``: the swap
    then waits for review (the demo centre does not auto-approve)."""
    first = await AgentSocket.open(server, giver)
    second = await AgentSocket.open(server, taker)
    try:
        posted = await first.command(
            "swap.post", shift_id=give, type="swap", target_agent_id=AGENT_IDS[taker]
        )
        assert posted.ok, posted
        swap_id = int(posted.answer["swap"]["id"])  # type: ignore[index]
        accepted = await second.command("swap.accept", swap_id=swap_id, accepter_shift_id=take)
        assert accepted.ok, accepted
        swap = SwapData.model_validate(accepted.answer["swap"])  # type: ignore[index]
        assert swap.state == "pending_review", swap
        return swap
    finally:
        await first.ws.close()
        await second.ws.close()


def decide(qtbot: QtBot, tab: ReviewTab, key: tuple[str, int], approve: bool, comment: str) -> None:
    """Select the request, press Approve/Deny, write the comment and confirm."""
    qtbot.waitUntil(lambda: tab.select(key), timeout=20_000)
    qtbot.waitUntil(tab.approve_button.isEnabled, timeout=10_000)
    (tab.approve_button if approve else tab.deny_button).click()
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.approve is approve
    dialog.comment.setPlainText(comment)
    dialog.ok.click()


def owner(reader: CacheReader, shift_id: int) -> int | None:
    shift = reader.shift(shift_id)
    return None if shift is None else shift.agent_id


def cell(tab: ReviewTab, row: int, column: int) -> str:
    item = tab.table.item(row, column)
    assert item is not None
    return item.text()


def swap_state(reader: CacheReader, swap_id: int) -> SwapData | None:
    return next((s for s in reader.swaps() if s.id == swap_id), None)


# --------------------------------------------------------------------------- tests


def test_a_pending_swap_is_listed_and_approving_moves_both_shifts(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: ServerProcess, boss: SupervisorDesk
) -> None:
    give_day, take_day = day_in(3), day_in(4)
    reader = boss.window.reader
    before = known_shifts(reader)
    import_json(
        server, [eight_hours("agent01", give_day), eight_hours("agent02", take_day, start=9)]
    )
    give = wait_shift(qtbot, reader, 1, give_day, before)
    take = wait_shift(qtbot, reader, 2, take_day, before)
    tab = review_tab(qtbot, boss)
    swap = run(qtbot, qloop, make_swap(server, "agent01", "agent02", give.id, take.id))

    qtbot.waitUntil(lambda: tab.select(("swap", swap.id)), timeout=20_000)
    row = tab.table.currentRow()
    names = {1: "Emma Wilson", 2: "Mikko Virtanen"}
    agents = cell(tab, row, AGENTS)
    assert agents.index(names[1]) < agents.index(names[2])  # who gives, who takes
    shifts = cell(tab, row, SHIFTS)
    for shift in (give, take):  # both shifts in the desk's zone, with their paid lengths
        assert f"{time_text(shift.start, tab.zone)}–{time_text(shift.end, tab.zone)}" in shifts
    assert shifts.count(hours_text(7.5 * 3600)) == 2
    expected = [explain(v, names, reader.queue_names()) for v in swap.violations]
    for sentence in expected:
        assert sentence in cell(tab, row, WARNINGS)
    index = boss.team.tabs.indexOf(tab)
    qtbot.waitUntil(lambda: boss.team.tabs.tabText(index).startswith("Requests ("))

    decide(qtbot, tab, ("swap", swap.id), True, "Fine by me")
    qtbot.waitUntil(
        lambda: (s := swap_state(reader, swap.id)) is not None and s.state == "approved",
        timeout=20_000,
    )
    approved = swap_state(reader, swap.id)
    assert approved is not None
    assert approved.review_comment == "Fine by me"
    # Both shifts changed hands in the supervisor's cache.
    qtbot.waitUntil(
        lambda: (s := reader.shift(give.id)) is not None and s.agent_id == 2, timeout=20_000
    )
    qtbot.waitUntil(
        lambda: (s := reader.shift(take.id)) is not None and s.agent_id == 1, timeout=20_000
    )
    qtbot.waitUntil(lambda: "Approved" in tab.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not tab.select(("swap", swap.id)), timeout=10_000)


def test_deny_keeps_the_shifts_and_tells_the_comment(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: ServerProcess, boss: SupervisorDesk
) -> None:
    give_day, take_day = day_in(10), day_in(11)
    reader = boss.window.reader
    before = known_shifts(reader)
    import_json(server, [eight_hours("agent03", give_day), eight_hours("agent04", take_day)])
    give = wait_shift(qtbot, reader, 3, give_day, before)
    take = wait_shift(qtbot, reader, 4, take_day, before)
    tab = review_tab(qtbot, boss)
    swap = run(qtbot, qloop, make_swap(server, "agent03", "agent04", give.id, take.id))

    decide(qtbot, tab, ("swap", swap.id), False, "We need you on Tuesday")
    qtbot.waitUntil(
        lambda: (s := swap_state(reader, swap.id)) is not None and s.state == "denied",
        timeout=20_000,
    )
    denied = swap_state(reader, swap.id)
    assert denied is not None
    assert denied.review_comment == "We need you on Tuesday"
    qtbot.waitUntil(lambda: "Denied" in tab.status.text(), timeout=10_000)
    assert owner(reader, give.id) == 3
    assert owner(reader, take.id) == 4


def test_an_approval_a_hard_rule_refuses_since_is_said_and_changes_nothing(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: ServerProcess, boss: SupervisorDesk
) -> None:
    give_day, take_day, other_day = day_in(17), day_in(18), day_in(19)
    reader = boss.window.reader
    before = known_shifts(reader)
    import_json(
        server,
        [
            eight_hours("agent05", give_day),
            eight_hours("agent01", take_day),
            eight_hours("agent01", other_day),
        ],
    )
    give = wait_shift(qtbot, reader, 5, give_day, before)
    take = wait_shift(qtbot, reader, 1, take_day, before)
    other = wait_shift(qtbot, reader, 1, other_day, before)
    tab = review_tab(qtbot, boss)
    swap = run(qtbot, qloop, make_swap(server, "agent05", "agent01", give.id, take.id))

    # Meanwhile agent01's other shift moves onto the day they would take over: overlap.
    async def move_other() -> None:
        socket = await AgentSocket.open(server, "supervisor01")
        try:
            moved = [
                {"type": a.type, "start": a.start - DAY * 2, "end": a.end - DAY * 2}
                for a in other.activities
            ]
            result = await socket.command("shift.edit", shift_id=other.id, activities=moved)
            assert result.ok, result
        finally:
            await socket.ws.close()

    run(qtbot, qloop, move_other())
    decide(qtbot, tab, ("swap", swap.id), True, "")
    qtbot.waitUntil(lambda: "refuse" in tab.status.text(), timeout=20_000)
    assert "Nothing changed" in tab.status.text()
    pending = swap_state(reader, swap.id)
    assert pending is not None
    assert pending.state == "pending_review"
    assert owner(reader, give.id) == 5


def test_time_off_is_listed_and_approved(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: ServerProcess, boss: SupervisorDesk
) -> None:
    off_day = day_in(24)
    reader = boss.window.reader
    before = known_shifts(reader)
    import_json(server, [eight_hours("agent02", off_day)])
    wait_shift(qtbot, reader, 2, off_day, before)
    tab = review_tab(qtbot, boss)

    async def ask() -> TimeOffData:
        socket = await AgentSocket.open(server, "agent02")
        try:
            result = await socket.command(
                "timeoff.request",
                type="vacation",
                start=at(off_day, "00:00"),
                end=at(off_day, "00:00") + DAY,
                note="Family visit",
            )
            assert result.ok, result
            return TimeOffData.model_validate(result.answer["time_off"])  # type: ignore[index]
        finally:
            await socket.ws.close()

    request = run(qtbot, qloop, ask())
    qtbot.waitUntil(lambda: tab.select(("time_off", request.id)), timeout=20_000)
    row = tab.table.currentRow()
    assert cell(tab, row, AGENTS) == "Mikko Virtanen"
    assert "Family visit" in cell(tab, row, SHIFTS)
    assert hours_text(7.5 * 3600) in cell(tab, row, SHIFTS)  # the paid time it takes
    decide(qtbot, tab, ("time_off", request.id), True, "Enjoy")
    qtbot.waitUntil(
        lambda: any(t.id == request.id for t in reader.time_offs(2, ("approved",))),
        timeout=20_000,
    )


def test_offline_buttons_say_why(qtbot: QtBot, server: ServerProcess, boss: SupervisorDesk) -> None:
    tab = review_tab(qtbot, boss)
    tab.set_online(False)
    assert not tab.approve_button.isEnabled()
    assert "offline" in tab.approve_button.toolTip()
    tab.set_online(True)


def test_the_comment_stops_at_its_limit(qtbot: QtBot) -> None:
    dialog = CommentDialog(False, "Swap: Emma Wilson ⇄ Mikko Virtanen")
    qtbot.addWidget(dialog)
    dialog.comment.setPlainText("x" * 5000)
    assert len(dialog.comment.toPlainText()) == MAX_COMMENT_CHARS
    dialog.comment.setPlainText("  Not this week, sorry  ")
    assert dialog.text() == "Not this week, sorry"
    assert dialog.ok.text() == "Deny"
