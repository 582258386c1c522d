"""The Team page's Privacy tab on a whole desk signed in to a real server as
supervisor01: the access log shows a profile view after a profile fetch (filters, Load
more, a bad customer id, the server gone); the retention setting saved then read again,
and Apply now after its confirmation; two customers merged through the pickers and the
confirmation, a refused merge said in words, and the merge undone from Recent merges."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import Desk, DeskOptions
from desktop.sync.customers import CustomerLookupError, Reason
from desktop.ui.shell.window import MainWindow
from desktop.ui.team import privacy_log
from desktop.ui.team.page import TeamPage
from desktop.ui.team.privacy import PrivacyTab
from desktop.ui.team.privacy_common import failure_sentence
from desktop.ui.team.privacy_log import ACTION, CUSTOMER, WHO
from desktop.ui.team.privacy_merge import SOURCE, STATE, TARGET
from desktop.ui.team.privacy_picker import ID_ROLE, CustomerPicker
from tests.server.domains.customers.customer_helpers import person, sql
from tests.server.helpers import auth
from tests.support.client import login
from tests.support.server_proc import ServerFactory, ServerProcess

SUPERVISOR = "supervisor01"
SUPERVISOR_NAME = "Helena Nieminen"
"""supervisor01 in the demo seed."""


@dataclass
class SupervisorDesk:
    desk: Desk
    window: MainWindow
    task: asyncio.Task[int]
    server: ServerProcess

    @property
    def team(self) -> TeamPage:
        page = self.window.page("team")
        assert isinstance(page, TeamPage)
        return page

    @property
    def privacy(self) -> PrivacyTab:
        tab = self.team.privacy
        assert tab is not None
        return tab

    def open_section(self, qtbot: QtBot, section: QWidget) -> None:
        """Show the Team page, its Privacy tab and ``section`` in it."""
        self.window.show_page("team")
        self.team.tabs.setCurrentWidget(self.privacy)
        self.privacy.sections.setCurrentWidget(section)
        qtbot.waitUntil(section.isVisible, timeout=5000)


def start_supervisor_desk(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server: ServerProcess,
    data_dir: Path,
) -> SupervisorDesk:
    """A desk that finds supervisor01's token stored, waited on until online."""
    desk = Desk(
        qapp,
        DeskOptions(
            server_url=server.url, username=SUPERVISOR, data_dir=data_dir, use_keyring=False
        ),
    )
    saved = qloop.create_task(
        desk.tokens.save(server.url, SUPERVISOR, login(server.url, SUPERVISOR))
    )
    qtbot.waitUntil(saved.done)
    task = qloop.create_task(desk.run())
    qtbot.waitUntil(lambda: desk.window is not None, timeout=10_000)
    window = desk.window
    assert window is not None
    qtbot.waitUntil(lambda: window.status.link_text() == "Online", timeout=30_000)
    qtbot.waitUntil(lambda: window.role() == "supervisor", timeout=10_000)
    return SupervisorDesk(desk, window, task, server)


@pytest.fixture
def boss_desk(
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


def cells(table: QTableWidget, column: int) -> list[str]:
    return [(table.item(r, column) or QTableWidgetItem()).text() for r in range(table.rowCount())]


def test_access_log_shows_a_profile_view_after_a_fetch(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    boss_desk: SupervisorDesk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = boss_desk.server.url
    tag = uuid.uuid4().hex[:8]
    cid = int(person(url, name=f"Logged Person {tag}")["customer_id"])
    directory = boss_desk.desk.customers
    assert directory is not None
    for _ in range(2):  # two views: two entries, so a page of one has "Load more"
        fetched = qloop.create_task(directory.fetch_profile(cid))
        qtbot.waitUntil(fetched.done, timeout=20_000)
        assert fetched.result().customer.id == cid
    monkeypatch.setattr(privacy_log, "PAGE_SIZE", 1)

    log = boss_desk.privacy.access_log
    with qtbot.waitSignal(log.loaded, timeout=20_000):
        boss_desk.open_section(qtbot, log)  # the first show reads the newest entries
    assert log.table.rowCount() == 1
    assert not log.more_button.isHidden()

    log.customer_box.setText(str(cid))
    with qtbot.waitSignal(log.loaded, timeout=20_000):
        log.show_button.click()
    assert cells(log.table, ACTION) == ["Viewed profile"]
    assert cells(log.table, CUSTOMER) == [str(cid)]
    assert cells(log.table, WHO) == [SUPERVISOR_NAME]
    assert not log.more_button.isHidden()
    with qtbot.waitSignal(log.loaded, timeout=20_000):
        log.more_button.click()
    assert cells(log.table, ACTION) == ["Viewed profile", "Viewed profile"]
    assert len({e.id for e in log.entries}) == 2
    assert log.entries[0].id > log.entries[1].id  # newest first, no repeat
    assert log.more_button.isHidden()
    assert "oldest reached" in log.status.text()

    # Filtered by action: nobody exported this customer.
    exported = log.action_box.findData("profile.export")
    with qtbot.waitSignal(log.loaded, timeout=20_000):
        log.action_box.setCurrentIndex(exported)
    assert log.table.rowCount() == 0
    assert log.status.text() == "No entries match."

    # A bad customer id is said, and nothing is asked.
    log.customer_box.setText("0")
    with qtbot.waitSignal(log.loaded, timeout=5000):
        log.show_button.click()
    assert log.status.text() == "A customer id is a whole number from 1 up."
    assert log.status.property("problem") is True

    # The server gone: a sentence, not a code.
    boss_desk.server.stop()
    log.customer_box.setText(str(cid))
    with qtbot.waitSignal(log.loaded, timeout=30_000):
        log.show_button.click()
    assert "you are offline" in log.status.text()
    assert log.status.property("problem") is True


def test_retention_saved_then_read_again_and_applied(
    qtbot: QtBot, boss_desk: SupervisorDesk
) -> None:
    url = boss_desk.server.url
    view = boss_desk.privacy.retention
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        boss_desk.open_section(qtbot, view)
    assert view.save_button.isEnabled()
    assert view.forever.isChecked()  # the demo keeps messages forever
    assert not view.days.isEnabled()

    view.forever.setChecked(False)
    assert view.days.isEnabled()
    view.days.setValue(30)
    with qtbot.waitSignal(view.saved, timeout=20_000):
        view.save_button.click()
    assert view.status.text() == "Saved: messages are kept for 30 day(s)."
    boss = login(url, SUPERVISOR)
    answer = httpx.get(f"{url}/api/privacy/retention", headers=auth(boss), timeout=10)
    assert answer.json() == {"closed_conversation_days": 30}

    view.days.setValue(5)  # not saved: reading again shows the server's value
    view.forever.setChecked(True)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.load()
    assert view.days.value() == 30
    assert not view.forever.isChecked()
    view.days.setValue(0)  # below the range: the box keeps 1, never sends 0
    assert view.days.value() == 1
    view.days.setValue(30)

    # Apply now asks first; Cancel runs nothing.
    view.apply_button.click()
    box = view.confirm_box
    assert box is not None
    assert "cannot be undone" in box.text()
    assert "30 day(s)" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    cancel.click()
    assert view.confirm_box is None
    assert view.status.text() == ""  # nothing ran
    runs = "SELECT count(*) FROM audit_log WHERE action = 'retention.run'"
    assert sql(boss_desk.server, runs) == [(0,)]
    view.apply_button.click()
    box = view.confirm_box
    assert box is not None
    assert view.confirm_button is not None
    with qtbot.waitSignal(view.ran, timeout=30_000):
        view.confirm_button.click()
    assert view.status.text().startswith("Applied: ")
    assert sql(boss_desk.server, runs) == [(1,)]

    view.forever.setChecked(True)
    with qtbot.waitSignal(view.saved, timeout=20_000):
        view.save_button.click()
    assert view.status.text() == "Saved: messages are kept forever."
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.load()
    assert view.forever.isChecked()


def test_merge_two_customers_then_undo_through_the_tab(
    qtbot: QtBot, boss_desk: SupervisorDesk
) -> None:
    url = boss_desk.server.url
    tag = uuid.uuid4().hex[:8]
    dup = int(person(url, name=f"Dup {tag}", email=f"dup.{tag}@example.com")["customer_id"])
    keep = int(person(url, name=f"Keep {tag}", email=f"keep.{tag}@example.com")["customer_id"])
    view = boss_desk.privacy.merge
    with qtbot.waitSignal(view.mergesLoaded, timeout=20_000):
        boss_desk.open_section(qtbot, view)
    assert view.table.rowCount() == 0
    assert view.recent_note.text() == "No customers have been merged yet."
    assert not view.merge_button.isEnabled()

    def pick(picker: CustomerPicker, query: str, wanted: int) -> None:
        with qtbot.waitSignal(picker.searched, timeout=20_000):
            picker.set_query(query)
        ids = [picker.results.item(r).data(ID_ROLE) for r in range(picker.results.count())]
        assert wanted in ids
        picker.results.setCurrentRow(ids.index(wanted))
        assert picker.chosen is not None
        assert picker.chosen[0] == wanted

    pick(view.source, f"dup.{tag}@example.com", dup)
    pick(view.target, f"dup.{tag}@example.com", dup)
    assert not view.merge_button.isEnabled()  # one customer twice
    assert view.status.text() == "Choose two different customers."
    pick(view.target, f"Keep {tag}", keep)
    assert view.merge_button.isEnabled()
    assert view.merge_button.text() == f"Merge Dup {tag} into Keep {tag}"

    view.merge_button.click()
    box = view.confirm_box
    assert box is not None
    assert f"“Dup {tag}” (customer {dup}) into “Keep {tag}” (customer {keep})" in box.text()
    assert view.confirm_button is not None
    with qtbot.waitSignals([view.merged, view.mergesLoaded], timeout=30_000):
        view.confirm_button.click()
    assert view.status.text().startswith(f"Merged Dup {tag} into Keep {tag}.")
    assert sql(boss_desk.server, "SELECT merged_into FROM customers WHERE id = ?", dup) == [(keep,)]
    assert view.source.chosen is None  # the duplicate is gone
    assert cells(view.table, SOURCE) == [f"Dup {tag} (customer {dup})"]
    assert cells(view.table, TARGET) == [f"Keep {tag} (customer {keep})"]
    merge_id = view.rows[0].merge_id
    assert list(view.undo_buttons) == [merge_id]

    # Merging the survivor into the merged one is refused by the server, in words.
    view.source.choose(keep, f"Keep {tag}")
    view.target.choose(dup, f"Dup {tag}")
    with qtbot.waitSignal(view.merged, timeout=20_000):
        view.merge()
    assert view.status.text() == (
        f"Refused: the target customer {dup} was already merged into {keep}."
    )
    assert view.status.property("problem") is True

    with qtbot.waitSignals([view.undone, view.mergesLoaded], timeout=30_000):
        view.undo_buttons[merge_id].click()
    assert view.status.text() == (f"Undone: customer {dup} is separate from customer {keep} again.")
    assert sql(boss_desk.server, "SELECT merged_into FROM customers WHERE id = ?", dup) == [(None,)]
    assert cells(view.table, STATE)[0].startswith("Undone ")
    assert view.undo_buttons == {}
    assert view.table.cellWidget(0, STATE) is None


def test_failures_are_sentences() -> None:
    cases: list[tuple[Reason, str, int]] = [
        ("refused", "only supervisors may list merges", 403),
        ("refused", "customer 5 was already erased", 409),
        ("refused", "merge 3 was already undone", 422),
        ("not_found", "no such merge", 404),
        ("server", "500", 500),
    ]
    said = {
        (reason, status): failure_sentence(CustomerLookupError(reason, detail, status))
        for reason, detail, status in cases
    }
    assert said[("refused", 403)] == (
        "Only supervisors may do this (the server refused: only supervisors may list merges)."
    )
    assert said[("refused", 409)] == "Already done: customer 5 was already erased."
    assert said[("refused", 422)] == "Refused: merge 3 was already undone."
    assert said[("not_found", 404)] == "Not found: no such merge."
    assert said[("server", 500)] == "The server could not answer (500)."
    assert failure_sentence(CustomerLookupError("signed_out")).startswith("You are signed out")
