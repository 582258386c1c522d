"""The trades panel over a real cache without a server: which swap lands in which list,
notices once per change and never for a snapshot (a new baseline), and an action that
cannot reach the server says so instead of pretending."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.models.changes import Changes
from desktop.store import apply
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.sync.commands import CommandClient
from desktop.ui.schedule.swap_accept import AcceptDialog
from desktop.ui.schedule.trades import TradesPanel
from desktop.ui.shell.pages import PageLinks
from protocol.frames import AgentInfo, Event
from protocol.kinds.workforce import ShiftSummary, SwapData, TimeOffData

ME = 1
START = 1_900_000_000.0


def swap(swap_id: int, state: str = "posted", **fields: Any) -> SwapData:
    values: dict[str, Any] = {
        "id": swap_id,
        "type": "swap",
        "initiator_id": 2,
        "shift": ShiftSummary(
            shift_id=100 + swap_id, agent_id=2, start=START, end=START + 8 * 3600, paid_seconds=1
        ),
        "state": state,
        "created_at": START - 10 * 86_400,
        "updated_at": START - 10 * 86_400 + swap_id,
        "expires_at": START - 86_400,
    }
    values.update(fields)
    return SwapData.model_validate(values)


class Feed:
    """Writes entities through the engine's apply path and hands the changes over."""

    def __init__(self, cache: Cache, panel: TradesPanel) -> None:
        self.cache, self.panel, self.seq = cache, panel, 0

    def events(self, *entities: SwapData | TimeOffData) -> None:
        batch = [
            Event(seq=self.seq + 1 + i, kind=e.kind, id=e.id, data=e)
            for i, e in enumerate(entities)
        ]
        self.seq += len(batch)
        upto = self.seq
        changes: Changes = self.cache.writer.call(lambda c: apply.apply_events(c, batch, upto))
        self.panel.on_changes(changes)

    def snapshot(self, *entities: SwapData | TimeOffData) -> None:
        self.seq += 1
        seq = self.seq
        changes: Changes = self.cache.writer.call(
            lambda c: apply.apply_snapshot(c, list(entities), seq, "epoch-2")
        )
        self.panel.on_changes(changes)


def make_panel(qtbot: QtBot, reader: CacheReader) -> tuple[TradesPanel, list[tuple[str, str]]]:
    links = PageLinks()
    panel = TradesPanel(reader, links)
    qtbot.addWidget(panel)
    said: list[tuple[str, str]] = []
    links.noticeRequested.connect(lambda text, level: said.append((text, level)))
    actions = SimpleNamespace(
        commands=CommandClient(),  # never attached: no session to send on
        agent=AgentInfo(id=ME, username="agent01", display_name="Emma Wilson", role="agent"),
    )
    panel.set_actions(actions)
    return panel, said


def test_lists_notices_and_snapshots(qtbot: QtBot, cache: Cache, reader: CacheReader) -> None:
    panel, said = make_panel(qtbot, reader)
    feed = Feed(cache, panel)
    feed.events(
        swap(1),  # a colleague's on the board
        swap(2, target_agent_id=ME),  # offered to me
        swap(3, initiator_id=ME, shift=swap(3).shift.model_copy(update={"agent_id": ME})),
        swap(4, target_agent_id=3),  # offered to someone else (a supervisor's cache)
        swap(5, "approved", accepter_id=3),  # a colleague's done trade
    )
    assert set(panel.board.rows) == {("swap", 1)}
    assert set(panel.offered.rows) == {("swap", 2)}
    assert set(panel.mine.rows) == {("swap", 3)}
    assert panel.board.rows[("swap", 1)].actions == frozenset({"offer"})
    assert panel.mine.rows[("swap", 3)].actions == frozenset({"cancel"})
    assert [t for t, _ in said] == [said[0][0]]  # only the offer is news
    assert "offers you" in said[0][0]

    feed.events(swap(3, "pending_review", initiator_id=ME, accepter_id=2))
    assert len(said) == 2
    assert "accepted your trade" in said[1][0]
    feed.events(swap(3, "pending_review", initiator_id=ME, accepter_id=2))  # again
    assert len(said) == 2

    # A snapshot is a new baseline: an offer in it is not announced.
    feed.snapshot(swap(6, target_agent_id=ME), swap(1))
    assert set(panel.offered.rows) == {("swap", 6)}
    assert set(panel.mine.rows) == set()
    assert len(said) == 2
    assert "(1)" in panel.tabs.tabText(panel.tabs.indexOf(panel.offered))


def test_offline_actions_are_disabled_and_refused(
    qtbot: QtBot, cache: Cache, reader: CacheReader, qloop: asyncio.AbstractEventLoop
) -> None:
    panel, said = make_panel(qtbot, reader)
    Feed(cache, panel).events(swap(2, type="giveaway", target_agent_id=ME))
    assert panel.offered.select("swap", 2)
    assert not panel.offered.buttons["decline"].isEnabled()  # the window says offline
    panel.set_online(True)  # the window says online, the command client is not attached
    assert panel.offered.buttons["decline"].isEnabled()
    QTest.keyClick(panel.offered.list, Qt.Key.Key_Return)  # Enter accepts the offer
    assert isinstance(panel.dialog, AcceptDialog)
    assert panel.dialog.swap.id == 2
    panel.dialog.reject()
    panel.offered.buttons["decline"].click()
    assert said[-1] == ("Could not decline the offer: Not connected: nothing was sent.", "error")
    dialog = panel.open_accept_dialog(2)
    assert dialog is not None
    assert dialog.warnings.verdict.text() == "Checking the rules..."
    qtbot.waitUntil(lambda: not dialog.check.pending, timeout=5_000)
    assert dialog.warnings.verdict.text().startswith("The rules could not be checked")
    assert "Not connected" in dialog.warnings.verdict.text()
    panel.set_online(False)
    assert dialog.offline.isVisibleTo(dialog)
    assert not dialog.send.isEnabled()


def test_time_off_hours_and_limits(qtbot: QtBot, cache: Cache, reader: CacheReader) -> None:
    """Not whole days: the exact local times; more than 31 days or an end before the
    start is refused before anything is sent; offline Send stays disabled."""
    from PySide6.QtCore import QDate, QDateTime, QTime

    panel, _said = make_panel(qtbot, reader)
    dialog = panel.open_time_off_dialog()
    dialog.whole_days.setChecked(False)
    assert dialog.start_label.text() == "From"
    start = QDateTime(QDate(2031, 3, 3), QTime(13, 30))
    dialog.start.setDateTime(start)
    dialog.end.setDateTime(start.addSecs(2 * 3600))
    assert dialog.span() == (
        start.toSecsSinceEpoch() * 1.0,
        start.addSecs(2 * 3600).toSecsSinceEpoch() * 1.0,
    )
    assert dialog.problem.text() == ""
    assert not dialog.send.isEnabled()  # offline
    assert dialog.offline.isVisibleTo(dialog)
    dialog.end.setDateTime(start)
    assert dialog.problem.text() == "The end must be after the start."
    dialog.end.setDateTime(start.addDays(32))
    assert "31 days" in dialog.problem.text()
    dialog.whole_days.setChecked(True)  # 3.3. to 4.4. as whole days: still too long
    assert "31 days" in dialog.problem.text()
    dialog.end.setDateTime(start.addDays(30))  # 31 whole days
    assert dialog.problem.text() == ""
    dialog.note.setPlainText("x" * 1_001)
    assert "too long" in dialog.problem.text()


def test_a_dialog_stays_while_sending_and_a_closed_one_drops_its_check(
    qtbot: QtBot, cache: Cache, reader: CacheReader, qloop: asyncio.AbstractEventLoop
) -> None:
    panel, _said = make_panel(qtbot, reader)
    Feed(cache, panel).events(swap(2, type="giveaway", target_agent_id=ME))
    panel.set_online(True)
    dialog = panel.open_accept_dialog(2)
    assert dialog is not None
    assert dialog.check.pending  # asked on opening, after the pause
    dialog.sending = True  # as while swap.accept is on its way
    dialog.reject()
    assert dialog.isVisible()
    dialog.sending = False
    dialog.reject()
    assert not dialog.isVisible()
    assert not dialog.check.pending  # the pending check was dropped with the dialog
    assert not dialog.check.timer.isActive()
