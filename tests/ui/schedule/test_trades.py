"""The trades panel of My day on a whole desk signed in as agent01 to a real demo server.

Shifts are imported over REST (UTC, in a week after the demo's three, so no demo shift
is in the way): the swap dialog explains an impossible swap (the colleague already works
then), refuses to send it, sends a possible one, and a colleague's accept from a raw
websocket moves it into review with one notice; a direct giveaway offered by a colleague
is picked up from "Offered to me"; a time-off request goes and comes back, is checked
locally first and cancelled from the list; offline every Send is disabled and said.
"""

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
from desktop.ui.schedule.swap_accept import AcceptDialog
from desktop.ui.schedule.swap_dialog import SwapDialog
from desktop.ui.schedule.swap_text import swap_state_text, time_off_state_text
from desktop.ui.schedule.trades import TradesPanel
from protocol.kinds.workforce import ShiftData, SwapData
from tests.support.client import login
from tests.support.desk_socket import Desk as AgentSocket
from tests.support.server_proc import ServerProcess, make_factory
from tests.ui.desk_runs import DeskRun, start_signed_in_desk

T = TypeVar("T")
DAY = 86_400.0
ME = 1
IDS = {"agent01": 1, "agent02": 2, "agent03": 3, "agent04": 4}


def day_in(days: int) -> dt.date:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(days=days)).date()


def at(day: dt.date, hour: int) -> float:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.UTC).timestamp()


def shift(agent: str, day: dt.date, start: int = 8) -> dict[str, Any]:
    """An 8-hour shift with a half-hour lunch."""
    return {
        "agent": agent,
        "date": day.isoformat(),
        "activities": [
            {"type": "work", "start": f"{start:02d}:00", "end": f"{start + 4:02d}:00"},
            {"type": "lunch", "start": f"{start + 4:02d}:00", "end": f"{start + 4:02d}:30"},
            {"type": "work", "start": f"{start + 4:02d}:30", "end": f"{start + 8:02d}:00"},
        ],
    }


def import_shifts(server: ServerProcess, shifts: list[dict[str, Any]]) -> None:
    token = login(server.url, "supervisor01")
    answer = httpx.post(
        f"{server.url}/api/workforce/schedules/import",
        json={"timezone": "UTC", "publish": True, "shifts": shifts},
        headers={"Authorization": f"Bearer {token}"},
        timeout=20,
    )
    assert answer.status_code == 200, answer.text


def run(qtbot: QtBot, qloop: asyncio.AbstractEventLoop, work: Coroutine[Any, Any, T]) -> T:
    task = qloop.create_task(work)
    qtbot.waitUntil(task.done, timeout=30_000)
    return task.result()


def shift_on(qtbot: QtBot, reader: CacheReader, agent_id: int, day: dt.date) -> ShiftData:
    """The agent's one shift on ``day`` once the desk's cache holds it."""
    start = at(day, 0)
    qtbot.waitUntil(lambda: len(reader.shifts(agent_id, start, start + DAY)) == 1, timeout=20_000)
    return reader.shifts(agent_id, start, start + DAY)[0]


async def server_shift(server: ServerProcess, username: str, day: dt.date) -> int:
    """The id of ``username``'s shift on ``day`` as their own socket receives it."""
    socket = await AgentSocket.open(server, username)
    try:
        found = await socket.first("shift", agent_id=IDS[username], start=at(day, 8))
        return found.id
    finally:
        await socket.ws.close()


async def command(server: ServerProcess, username: str, name: str, **args: Any) -> dict[str, Any]:
    socket = await AgentSocket.open(server, username)
    try:
        result = await socket.command(name, **args)
        assert result.ok, result
        assert isinstance(result.answer, dict)
        return result.answer
    finally:
        await socket.ws.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One demo server for the module: each test uses its own days."""
    factory, started = make_factory(tmp_path_factory.mktemp("trades"))
    yield factory()
    for process in started:
        process.stop()


@pytest.fixture
def desk(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server: ServerProcess,
    tmp_path: Path,
) -> Iterator[DeskRun]:
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path / "desk")
    yield started
    started.window.close()
    qtbot.waitUntil(started.task.done, timeout=30_000)


def panel_of(qtbot: QtBot, desk: DeskRun) -> TradesPanel:
    page = desk.window.page("schedule")
    panel = page.trades  # type: ignore[attr-defined]
    assert isinstance(panel, TradesPanel)
    desk.window.show_page("schedule")
    qtbot.waitUntil(lambda: panel.session.me == ME, timeout=10_000)
    return panel


def choose(combo: Any, data: int) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


# --------------------------------------------------------------------------- tests


def test_swap_dialog_explains_refuses_and_sends(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: ServerProcess, desk: DeskRun
) -> None:
    give_day, take_day = day_in(23), day_in(24)
    import_shifts(
        server,
        [shift("agent01", give_day), shift("agent02", give_day), shift("agent03", take_day)],
    )
    panel = panel_of(qtbot, desk)
    mine = shift_on(qtbot, panel.reader, ME, give_day)
    notices: list[str] = []
    panel.links.noticeRequested.connect(lambda text, _level: notices.append(text))

    dialog = panel.open_swap_dialog()
    assert isinstance(dialog, SwapDialog)
    bosses = [m.agent_id for m in panel.reader.team() if m.role == "supervisor"]
    assert bosses
    assert all(dialog.colleague.findData(b) == -1 for b in bosses)  # not scheduled
    assert dialog.colleague.findData(ME) == -1
    choose(dialog.shift, mine.id)
    choose(dialog.colleague, IDS["agent02"])  # works the same hours: overlap, hard
    qtbot.waitUntil(lambda: dialog.warnings.hard, timeout=15_000)
    assert dialog.warnings.verdict.text() == "This cannot be sent."
    assert not dialog.send.isEnabled()
    overlap = [v for v in dialog.warnings.shown if v.code == "overlap"]
    assert overlap, dialog.warnings.shown
    sentence = explain(overlap[0], panel.reader.agent_names(), panel.reader.queue_names())
    assert panel.reader.agent_names()[2] in sentence
    assert sentence in dialog.warnings.lines.text()
    dialog.send.click()  # disabled: nothing goes out
    assert dialog.isVisible()

    dialog.note.setPlainText("x" * 1_001)  # hostile: too long a note is refused here
    choose(dialog.colleague, IDS["agent03"])  # free that day: a clean swap
    qtbot.waitUntil(lambda: not dialog.check.pending and not dialog.warnings.hard, timeout=15_000)
    assert not dialog.send.isEnabled()
    assert "too long" in dialog.status.text()
    dialog.note.setPlainText("Family dinner")
    qtbot.waitUntil(dialog.send.isEnabled, timeout=5_000)
    with qtbot.waitSignal(dialog.sent, timeout=15_000) as sent:
        dialog.send.click()
    swap = sent.args[0]
    assert isinstance(swap, SwapData)
    assert (swap.state, swap.target_agent_id, swap.note) == ("posted", 3, "Family dinner")
    qtbot.waitUntil(lambda: panel.mine.select("swap", swap.id), timeout=15_000)
    row = panel.mine.selected()
    assert row is not None
    assert swap_state_text("posted") in row.title
    assert "cancel" in row.actions
    assert notices == []  # the agent's own post is no news

    # The colleague accepts from their own socket, giving their shift in return.
    theirs = run(qtbot, qloop, server_shift(server, "agent03", take_day))
    answer = run(
        qtbot,
        qloop,
        command(server, "agent03", "swap.accept", swap_id=swap.id, accepter_shift_id=theirs),
    )
    assert answer["accepted"] is True, answer
    qtbot.waitUntil(
        lambda: swap_state_text("pending_review") in (panel.mine.rows[("swap", swap.id)].title),
        timeout=15_000,
    )
    row = panel.mine.rows[("swap", swap.id)]
    assert "In return" in row.detail
    assert "Family dinner" in row.history
    assert len([n for n in notices if "accepted your trade" in n]) == 1
    panel.refresh()  # the same state again: no second notice
    assert len([n for n in notices if "accepted your trade" in n]) == 1

    # The shift is in an open trade: a new dialog does not offer it again.
    again = panel.open_swap_dialog()
    assert again.shift.findData(mine.id) == -1
    again.reject()

    # Cancelled by its initiator while in review: the state moves, no notice (own act).
    panel.tabs.setCurrentWidget(panel.mine)
    assert panel.mine.select("swap", swap.id)
    qtbot.waitUntil(panel.mine.buttons["cancel"].isEnabled, timeout=5_000)
    panel.mine.buttons["cancel"].click()
    qtbot.waitUntil(
        lambda: swap_state_text("cancelled") in panel.mine.rows[("swap", swap.id)].title,
        timeout=15_000,
    )
    assert "cancel" not in panel.mine.rows[("swap", swap.id)].actions
    assert len(notices) == 1, notices


def test_a_direct_giveaway_is_offered_and_picked_up(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: ServerProcess, desk: DeskRun
) -> None:
    day, other_day = day_in(26), day_in(27)
    import_shifts(server, [shift("agent04", day), shift("agent04", other_day)])
    panel = panel_of(qtbot, desk)
    notices: list[str] = []
    panel.links.noticeRequested.connect(lambda text, _level: notices.append(text))
    qtbot.waitUntil(lambda: panel.known is not None, timeout=10_000)
    theirs = run(qtbot, qloop, server_shift(server, "agent04", day))
    posted = run(
        qtbot,
        qloop,
        command(
            server, "agent04", "swap.post", shift_id=theirs, type="giveaway", target_agent_id=ME
        ),
    )
    swap_id = int(posted["swap"]["id"])
    qtbot.waitUntil(lambda: panel.offered.select("swap", swap_id), timeout=15_000)
    assert any("offers you" in n for n in notices), notices
    assert "(1)" in panel.tabs.tabText(panel.tabs.indexOf(panel.offered))
    panel.tabs.setCurrentWidget(panel.offered)
    qtbot.waitUntil(panel.offered.buttons["accept"].isEnabled, timeout=5_000)
    panel.offered.buttons["accept"].click()
    dialog = panel.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.check.pending, timeout=15_000)  # type: ignore[union-attr]
    qtbot.waitUntil(dialog.send.isEnabled, timeout=5_000)
    dialog.send.click()
    qtbot.waitUntil(lambda: ("swap", swap_id) not in panel.offered.rows, timeout=15_000)
    qtbot.waitUntil(lambda: ("swap", swap_id) in panel.mine.rows, timeout=15_000)
    taken = next(s for s in panel.reader.swaps() if s.id == swap_id)
    assert taken.accepter_id == ME
    assert taken.state in ("pending_review", "approved")

    # A second offer is declined: it leaves the list and ends cancelled.
    other = run(qtbot, qloop, server_shift(server, "agent04", other_day))
    second = run(
        qtbot,
        qloop,
        command(server, "agent04", "swap.post", shift_id=other, type="swap", target_agent_id=ME),
    )
    declined_id = int(second["swap"]["id"])
    qtbot.waitUntil(lambda: panel.offered.select("swap", declined_id), timeout=15_000)
    qtbot.waitUntil(panel.offered.buttons["decline"].isEnabled, timeout=5_000)
    panel.offered.buttons["decline"].click()
    qtbot.waitUntil(lambda: ("swap", declined_id) not in panel.offered.rows, timeout=15_000)
    declined = next(s for s in panel.reader.swaps() if s.id == declined_id)
    assert declined.state == "cancelled"
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.offered)) == "Offered to me"


def test_a_board_swap_with_a_soft_rule_goes_to_review(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: ServerProcess, desk: DeskRun
) -> None:
    """A colleague's swap on the board of a queue of agent01's; agent01 offers a shorter
    shift in return: the paid lengths differ (soft), so the dialog says a supervisor will
    review it, Accept stays enabled, and the trade goes to review."""
    theirs_day, mine_day = day_in(35), day_in(36)  # weeks no earlier test traded in
    board_shift = {**shift("agent04", theirs_day), "queues": ["General"]}
    short = {
        "agent": "agent01",
        "date": mine_day.isoformat(),
        "activities": [{"type": "work", "start": "08:00", "end": "14:00"}],
    }
    import_shifts(server, [board_shift, short])
    panel = panel_of(qtbot, desk)
    mine = shift_on(qtbot, panel.reader, ME, mine_day)
    theirs = run(qtbot, qloop, server_shift(server, "agent04", theirs_day))
    posted = run(
        qtbot, qloop, command(server, "agent04", "swap.post", shift_id=theirs, type="swap")
    )
    swap_id = int(posted["swap"]["id"])
    qtbot.waitUntil(lambda: panel.board.select("swap", swap_id), timeout=15_000)
    assert ("swap", swap_id) not in panel.offered.rows
    panel.tabs.setCurrentWidget(panel.board)
    assert not panel.board.buttons["pickup"].isEnabled()  # a swap, not a giveaway
    qtbot.waitUntil(panel.board.buttons["offer"].isEnabled, timeout=5_000)
    panel.board.buttons["offer"].click()
    dialog = panel.dialog
    assert isinstance(dialog, AcceptDialog)
    choose(dialog.mine, mine.id)
    qtbot.waitUntil(lambda: bool(dialog.warnings.shown), timeout=15_000)
    qtbot.waitUntil(lambda: not dialog.check.pending, timeout=15_000)
    codes = {v.code for v in dialog.warnings.shown}
    assert "paid_length" in codes, dialog.warnings.shown
    assert not dialog.warnings.hard, dialog.warnings.shown
    assert dialog.warnings.verdict.text() == "A supervisor will review this."
    assert "7 h 30 min" in dialog.warnings.lines.text()
    assert dialog.send.isEnabled()
    with qtbot.waitSignal(dialog.accepted_swap, timeout=15_000) as accepted:
        dialog.send.click()
    assert accepted.args[0].state == "pending_review"
    qtbot.waitUntil(lambda: ("swap", swap_id) in panel.mine.rows, timeout=15_000)
    assert ("swap", swap_id) not in panel.board.rows

    # A supervisor approves: one notice, and the colleague's shift is now agent01's.
    notices: list[str] = []
    panel.links.noticeRequested.connect(lambda text, _level: notices.append(text))
    review = run(
        qtbot,
        qloop,
        command(server, "supervisor01", "swap.review", swap_id=swap_id, approve=True),
    )
    assert review["accepted"] is True, review
    qtbot.waitUntil(lambda: bool(notices), timeout=15_000)
    assert notices == [notices[0]]
    assert "was approved" in notices[0]
    assert swap_state_text("approved") in panel.mine.rows[("swap", swap_id)].title
    qtbot.waitUntil(
        lambda: (
            [s.id for s in panel.reader.shifts(ME, at(theirs_day, 0), at(theirs_day, 0) + DAY)]
            == [theirs]
        ),
        timeout=15_000,
    )


def test_time_off_round_trip_local_checks_and_cancel(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, server: ServerProcess, desk: DeskRun
) -> None:
    panel = panel_of(qtbot, desk)
    dialog = panel.open_time_off_dialog()
    first = day_in(40)
    from PySide6.QtCore import QDate, QDateTime, QTime

    start = QDateTime(QDate(first.year, first.month, first.day), QTime(0, 0))
    dialog.start.setDateTime(start)
    dialog.end.setDateTime(start.addDays(-1))  # before the first day
    assert not dialog.send.isEnabled()
    assert dialog.problem.text() == "The end must be after the start."
    dialog.end.setDateTime(start.addDays(40))  # over a month
    assert not dialog.send.isEnabled()
    assert "31 days" in dialog.problem.text()
    dialog.end.setDateTime(start.addDays(1))  # two whole days
    assert dialog.span() == (
        start.toSecsSinceEpoch() * 1.0,
        start.addDays(2).toSecsSinceEpoch() * 1.0,
    )
    dialog.note.setPlainText("Wedding")
    qtbot.waitUntil(dialog.send.isEnabled, timeout=5_000)
    with qtbot.waitSignal(dialog.sent, timeout=15_000) as sent:
        dialog.send.click()
    request_id = sent.args[0].id
    qtbot.waitUntil(lambda: panel.mine.select("time_off", request_id), timeout=15_000)
    row = panel.mine.selected()
    assert row is not None
    assert time_off_state_text("requested") in row.title
    assert "Wedding" in row.history

    # The same days again: the server refuses (overlap with the request), the form stays.
    again = panel.open_time_off_dialog()
    again.start.setDateTime(start)
    again.end.setDateTime(start)
    again.note.setPlainText("Second try")
    qtbot.waitUntil(again.send.isEnabled, timeout=5_000)
    again.send.click()
    qtbot.waitUntil(again.status.isVisible, timeout=15_000)
    assert again.isVisible()
    assert again.warnings.hard
    assert "another time-off request" in again.warnings.lines.text()
    assert again.note.toPlainText() == "Second try"
    again.reject()

    # Tomorrow is short notice: taken, with the warning the supervisor will see shown
    # before the dialog closes.
    soon = panel.open_time_off_dialog()
    qtbot.waitUntil(soon.send.isEnabled, timeout=5_000)
    with qtbot.waitSignal(soon.sent, timeout=15_000) as taken:
        soon.send.click()
    assert soon.isVisible()
    assert soon.warnings.verdict.text() == (
        "Your request was sent; the supervisor will see these notes:"
    )
    assert "Short notice" in soon.warnings.lines.text()
    assert soon.send.text() == "Close"
    assert soon.send.isEnabled()
    soon.send.click()
    assert not soon.isVisible()
    assert soon.result() == soon.DialogCode.Accepted
    qtbot.waitUntil(lambda: ("time_off", taken.args[0].id) in panel.mine.rows, timeout=15_000)

    panel.tabs.setCurrentWidget(panel.mine)
    assert panel.mine.select("time_off", request_id)
    qtbot.waitUntil(panel.mine.buttons["cancel"].isEnabled, timeout=5_000)
    panel.mine.buttons["cancel"].click()
    qtbot.waitUntil(
        lambda: time_off_state_text("cancelled") in panel.mine.rows[("time_off", request_id)].title,
        timeout=15_000,
    )
    assert "cancel" not in panel.mine.rows[("time_off", request_id)].actions


def test_offline_disables_send_and_says_so(
    qtbot: QtBot, server: ServerProcess, desk: DeskRun
) -> None:
    """Last in the module: it stops the shared server."""
    panel = panel_of(qtbot, desk)
    time_off = panel.open_time_off_dialog()
    assert not time_off.offline.isVisibleTo(time_off)
    server.stop()
    qtbot.waitUntil(lambda: desk.window.status.link_text() != "Online", timeout=30_000)
    qtbot.waitUntil(lambda: not panel.session.online, timeout=10_000)
    assert not time_off.send.isEnabled()
    assert time_off.offline.isVisibleTo(time_off)
    assert "offline" in time_off.offline.text()
    assert panel.offline.isVisibleTo(panel)
    assert not panel.mine.buttons["cancel"].isEnabled()
    swap = panel.open_swap_dialog()  # opened offline: says so, Send disabled
    assert swap.offline.isVisibleTo(swap)
    assert not swap.send.isEnabled()
