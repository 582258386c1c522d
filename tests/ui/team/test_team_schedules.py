"""The Team page's Schedules tab on a whole desk signed in to a real demo server as
supervisor01: a CSV with a bad row is refused with the row named and nothing stored; the
fixed file goes in and its shifts are the agent's week; a shift's activities edited in the
dialog (a gap refused before sending) come back from the server into the cache; a shift
removed after the confirmation; a week of drafts published; an oversized file refused
before uploading; the edit dialog's local checks without a server."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.store.reader import CacheReader
from desktop.ui.team import schedules
from desktop.ui.team.schedules import SchedulesTab
from desktop.ui.team.schedules_common import monday_of
from desktop.ui.team.schedules_edit import ShiftEditDialog
from protocol.kinds.workforce import Activity, ShiftData
from tests.support.server_proc import ServerProcess, make_factory
from tests.ui.team.test_privacy_tab import SupervisorDesk, start_supervisor_desk
from tests.ui.team.test_review_queue import at, day_in, eight_hours, import_json

HEADER = "agent,date,type,start,end,queues,min_level,languages\n"
DAY = 86_400.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    factory, started = make_factory(tmp_path_factory.mktemp("schedules"))
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


def open_tab(qtbot: QtBot, boss: SupervisorDesk, agent_id: int, day: dt.date) -> SchedulesTab:
    """The Schedules tab on ``agent_id``'s week holding ``day``, online."""
    tab = boss.team.schedules
    assert tab is not None
    boss.window.show_page("team")
    boss.team.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: tab.choose_agent(agent_id), timeout=10_000)
    tab.show_week(monday_of(day))
    qtbot.waitUntil(tab.import_button.isEnabled, timeout=10_000)
    return tab


def week_shifts(reader: CacheReader, agent_id: int, day: dt.date) -> list[ShiftData]:
    monday = monday_of(day)
    start = at(monday, "00:00")
    return reader.shifts(agent_id, start, start + 7 * DAY)


def test_a_csv_with_a_bad_row_is_refused_then_the_fixed_one_goes_in(
    qtbot: QtBot, boss: SupervisorDesk, tmp_path: Path
) -> None:
    day = day_in(35)
    tab = open_tab(qtbot, boss, 8, day)
    reader = boss.window.reader
    before = {s.id for s in week_shifts(reader, 8, day)}
    good = (
        f"agent08,{day},work,09:00,12:00,,,\n"
        f"agent08,{day},lunch,12:00,12:30,,,\n"
        f"agent08,{day},work,12:30,17:00,,,\n"
    )
    bad = HEADER + good + f"agent08,{day + dt.timedelta(days=1)},nap,09:00,17:00,,,\n"
    path = tmp_path / "week.csv"
    path.write_text(bad, encoding="utf-8")
    tab.import_file(str(path))
    qtbot.waitUntil(lambda: "Row 5" in tab.report.toPlainText(), timeout=20_000)
    assert "Nothing was imported" in tab.report.toPlainText()
    assert tab.status.text() == "The import was refused."
    assert {s.id for s in week_shifts(reader, 8, day)} == before  # nothing stored

    path.write_text(HEADER + good, encoding="utf-8")
    tab.import_file(str(path))
    qtbot.waitUntil(lambda: "Imported: 1 created" in tab.report.toPlainText(), timeout=20_000)
    qtbot.waitUntil(
        lambda: [s.start for s in tab.shifts if s.id not in before] == [at(day, "09:00")],
        timeout=20_000,
    )
    assert tab.table.rowCount() == len(tab.shifts)


def test_an_edited_shift_comes_back_from_the_server(
    qtbot: QtBot, server: ServerProcess, boss: SupervisorDesk
) -> None:
    day = day_in(42)
    reader = boss.window.reader
    import_json(server, [eight_hours("agent09", day)])
    tab = open_tab(qtbot, boss, 9, day)
    qtbot.waitUntil(
        lambda: any(s.start == at(day, "08:00") and len(s.activities) == 3 for s in tab.shifts),
        timeout=20_000,
    )
    shift = next(s for s in tab.shifts if s.start == at(day, "08:00"))
    assert tab.select(shift.id)
    qtbot.waitUntil(tab.edit_button.isEnabled, timeout=5000)
    tab.edit_button.click()
    dialog = tab.dialog
    assert dialog is not None
    # A gap between activities is refused in the dialog, before anything is sent.
    dialog.lines[1].start.setTime(QTime(12, 10))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "must start when activity 1 ends" in dialog.problem.text()
    # Lunch becomes a meeting ending at 13:00; the afternoon follows it.
    dialog.lines[1].start.setTime(QTime(12, 0))
    dialog.lines[1].kind.setCurrentIndex(dialog.lines[1].kind.findData("meeting"))
    dialog.lines[1].end.setTime(QTime(13, 0))
    assert dialog.lines[2].start.time() == QTime(13, 0)
    dialog.save_button.click()

    def edited() -> bool:
        found = reader.shift(shift.id)
        return found is not None and [a.type for a in found.activities] == [
            "work",
            "meeting",
            "work",
        ]

    qtbot.waitUntil(edited, timeout=20_000)
    saved = reader.shift(shift.id)
    assert saved is not None
    assert saved.activities[1].end == at(day, "13:00")
    assert saved.end == at(day, "16:00")
    qtbot.waitUntil(lambda: "Shift saved" in tab.status.text(), timeout=10_000)


def test_remove_after_confirming_and_publish_a_week_of_drafts(
    qtbot: QtBot, server: ServerProcess, boss: SupervisorDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = day_in(49)
    reader = boss.window.reader
    import_json(
        server,
        [eight_hours("agent10", day), eight_hours("agent10", day + dt.timedelta(days=1))],
        publish=False,
    )
    tab = open_tab(qtbot, boss, 10, day)
    qtbot.waitUntil(lambda: len([s for s in tab.shifts if not s.published]) == 2, timeout=20_000)
    assert tab.table.item(0, schedules.STATUS).text() == "Draft"  # type: ignore[union-attr]

    asked: list[str] = []

    def confirm(text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(tab, "confirm", confirm)
    gone = tab.shifts[0].id
    assert tab.select(gone)
    tab.remove_button.click()
    assert asked
    qtbot.waitUntil(lambda: reader.shift(gone) is None, timeout=20_000)
    qtbot.waitUntil(lambda: "Shift removed" in tab.status.text(), timeout=10_000)

    qtbot.waitUntil(tab.publish_button.isEnabled, timeout=5000)
    tab.publish_button.click()
    qtbot.waitUntil(lambda: "Published 1 shift" in tab.status.text(), timeout=20_000)
    qtbot.waitUntil(lambda: all(s.published for s in week_shifts(reader, 10, day)), timeout=20_000)
    # The open tab is remembered like the older tabs (appended: old indexes still hold).
    team = boss.team
    assert bytes(team.save_state().data()).endswith(f"|{team.tabs.indexOf(tab)}".encode())
    team.tabs.setCurrentIndex(0)
    team.restore_state(QByteArray(f"|{team.tabs.indexOf(tab)}".encode()))
    assert team.tabs.currentWidget() is tab


def test_an_oversized_file_is_refused_before_sending(
    qtbot: QtBot, boss: SupervisorDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab(qtbot, boss, 8, day_in(35))
    monkeypatch.setattr(schedules, "MAX_IMPORT_BYTES", 10)
    path = tmp_path / "big.json"
    path.write_text('{"shifts": []}', encoding="utf-8")
    tab.import_file(str(path))
    assert "too big" in tab.status.text()
    assert not tab.busy
    tab.import_file(str(tmp_path / "missing.csv"))
    assert "could not be read" in tab.status.text()


def test_the_dialog_checks_a_shift_before_sending(qtbot: QtBot) -> None:
    base = dt.datetime(2027, 3, 1, 22, 0, tzinfo=dt.UTC).timestamp()
    night = ShiftData(
        id=1,
        agent_id=1,
        start=base,
        end=base + 8 * 3600,
        week="2027-03-01",
        activities=[Activity(type="work", start=base, end=base + 8 * 3600)],
    )
    dialog = ShiftEditDialog(night, "Emma Wilson", dt.UTC)
    qtbot.addWidget(dialog)
    # A night shift: 22:00 to 06:00 runs into the next day.
    spans = dialog.activities()
    assert spans == [{"type": "work", "start": base, "end": base + 8 * 3600}]
    dialog.lines[0].end.setTime(QTime(22, 0))  # a whole day: over 16 hours
    with pytest.raises(ValueError, match="16 hours"):
        dialog.activities()
    dialog.lines[0].end.setTime(QTime(2, 0))
    dialog.add_button.click()
    assert dialog.lines[1].start.time() == QTime(2, 0)
    dialog.lines[1].kind.setCurrentIndex(dialog.lines[1].kind.findData("break"))
    dialog.lines[1].end.setTime(QTime(2, 0))  # lasts nothing: ends a day later, too long
    with pytest.raises(ValueError, match="16 hours"):
        dialog.activities()
    dialog.lines[1].end.setTime(QTime(2, 15))
    assert [s["type"] for s in dialog.activities()] == ["work", "break"]
    dialog.remove_button.click()
    dialog.remove_button.click()  # the last activity stays
    assert len(dialog.lines) == 1
