"""The Team page's Mail quarantine tab for a supervisor, against a real server.

Two automatic replies arrive over a real SMTP exchange with the server's listener; the
server keeps them in its quarantine instead of opening conversations. The supervisor's
tab lists them when first shown, saves one's raw bytes to a file, deletes one (after
asking) and releases the other into a conversation; a mail that is gone meanwhile is
refused with a sentence in the tab, and nothing else changes.
"""

from __future__ import annotations

import asyncio
import smtplib
import sqlite3
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import httpx
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import Desk, DeskOptions
from desktop.ui.team.page import TeamPage
from desktop.ui.team.quarantine import QuarantineTab
from tests.support.server_proc import ServerProcess
from tests.ui.conversation.channel_support import demo_server, free_port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    flags = ("--smtp-port", str(free_port()), "--mail-domain", "support.test")
    with demo_server(tmp_path_factory.mktemp("quarantine"), *flags) as server:
        yield server


def auto_reply(subject: str, sender: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "general@support.test"
    mail["Subject"] = subject
    mail["Auto-Submitted"] = "auto-replied"
    mail.set_content("I am out of the office until Monday.")
    return mail


def quarantined(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [str(r[0]) for r in conn.execute("SELECT subject FROM mail_quarantine")]


def cell(tab: QuarantineTab, row: int, column: int) -> str:
    item = tab.table.item(row, column)
    return item.text() if item is not None else ""


def token(server: ServerProcess, username: str) -> str:
    answer = httpx.post(
        f"{server.url}/api/login", json={"username": username, "password": "demo"}, timeout=5
    )
    return str(answer.json()["token"])


def test_a_supervisor_lists_saves_deletes_and_releases_quarantined_mail(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server: ServerProcess,
    tmp_path: Path,
) -> None:
    port = int(server.args[server.args.index("--smtp-port") + 1])
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
        smtp.send_message(auto_reply("Out of office: Anna", "Anna Berg <anna.berg@customer.test>"))
        smtp.send_message(
            auto_reply("Out of office: Olli", "Olli Koski <olli.koski@customer.test>")
        )
    assert sorted(quarantined(server.db_path)) == ["Out of office: Anna", "Out of office: Olli"]

    desk = Desk(
        qapp,
        DeskOptions(
            server_url=server.url,
            username="supervisor01",
            data_dir=tmp_path / "desk",
            use_keyring=False,
        ),
    )
    saved = qloop.create_task(
        desk.tokens.save(server.url, "supervisor01", token(server, "supervisor01"))
    )
    qtbot.waitUntil(saved.done)
    task = qloop.create_task(desk.run())
    qtbot.waitUntil(lambda: desk.window is not None, timeout=10_000)
    window = desk.window
    assert window is not None
    qtbot.waitUntil(lambda: window.status.link_text() == "Online", timeout=30_000)
    team = window.page("team")
    assert isinstance(team, TeamPage)
    tab = team.tabs.findChild(QuarantineTab)
    assert tab is not None
    assert team.tabs.tabText(team.tabs.indexOf(tab)) == "Mail quarantine"

    # Shown for the first time: the list is read.
    window.show_page("team")
    with qtbot.waitSignal(tab.loaded, timeout=15_000):
        team.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=10_000)
    assert {cell(tab, r, 3) for r in range(2)} == {"Out of office: Anna", "Out of office: Olli"}
    assert {cell(tab, r, 4) for r in range(2)} == {"Auto-reply"}
    assert not tab.release_button.isEnabled()  # nothing selected yet

    def select(subject: str) -> None:
        row = next(r for r in range(tab.table.rowCount()) if cell(tab, r, 3) == subject)
        tab.table.selectRow(row)
        assert tab.selected() is not None

    # Save raw: the original bytes, headers included.
    select("Out of office: Anna")
    raw = tmp_path / "anna.eml"
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        assert tab.save_raw(tab.selected().id, raw)  # type: ignore[union-attr]
    assert b"Auto-Submitted: auto-replied" in raw.read_bytes()
    assert tab.status.text().startswith("Saved ")

    # Delete asks first: "no" keeps it, "yes" removes it on the server.
    tab.confirm = lambda _question: False
    assert not tab.delete()
    assert len(quarantined(server.db_path)) == 2
    tab.confirm = lambda _question: True
    assert tab.delete()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    assert quarantined(server.db_path) == ["Out of office: Olli"]

    # Release: taken in as a conversation; the list empties.
    select("Out of office: Olli")
    gone = tab.selected()
    assert gone is not None
    assert tab.release()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0, timeout=10_000)
    assert quarantined(server.db_path) == []
    assert tab.status.text() == "No mail is in quarantine."

    # A mail that is gone meanwhile: refused with a sentence, nothing else changes.
    tab.items = [gone]
    tab.table.setRowCount(1)
    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        assert tab.release()
    assert tab.status.text().startswith("Could not release it: ")
    window.close()
    qtbot.waitUntil(task.done, timeout=15_000)
