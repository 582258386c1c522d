"""Complaints on the desk against the real server: opened from a conversation they reach
the customer's Complaints tab by sync; only legal moves are offered; escalating shows the
badge; a refused op shows the server's reason; a task added for the agent reminds them
when the (injected) clock passes its due time; an order number in a message is a link
and ``{order.number}`` comes from the cached profile."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.store.kinds.customers import put_profile
from desktop.ui.alerts.task_reminders import TaskReminders
from desktop.ui.customer.complaint_dialogs import EscalateDialog, TaskDialog
from desktop.ui.customer.complaints_tab import ComplaintsTab
from desktop.ui.shell.pages import PageContext
from protocol.customer360 import CustomerProfile
from protocol.kinds.complaints import TaskAddOp
from tests.server.helpers import intake
from tests.support.server_proc import ServerFactory
from tests.ui.desk_runs import DeskRun, start_signed_in_desk

DESCRIPTION = "The parcel arrived broken and support never called back."


def _token(url: str) -> str:
    answer = httpx.post(
        f"{url}/api/login", json={"username": "agent01", "password": "demo"}, timeout=5
    )
    return str(answer.json()["token"])


def _open_conversation(qtbot: QtBot, started: DeskRun) -> tuple[int, int]:
    window = started.window
    model = window.inbox_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=20_000)
    row = model.row_at(0)
    assert row is not None
    window.inbox.select_id(row.id)
    pane = window.conversation
    qtbot.waitUntil(lambda: pane.conversation is not None and pane.conversation.id == row.id)
    return row.id, row.customer_id


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_open_move_escalate_refuse_and_remind(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
    *,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path / "desk")
    window, desk = started.window, started.desk
    reader, engine = desk.reader, desk.engine
    assert reader is not None
    assert engine is not None
    _conversation_id, customer_id = _open_conversation(qtbot, started)

    # From the conversation: the dialog, prefilled with the customer's contact details.
    pane = window.conversation
    assert pane.complaint.open_dialog()
    dialog = pane.complaint.dialog
    assert dialog is not None
    facts = reader.customer_facts(customer_id)
    assert facts is not None
    assert dialog.contact.text() == (facts.email or facts.phone)  # type: ignore[attr-defined]
    dialog.description.setPlainText(DESCRIPTION)  # type: ignore[attr-defined]
    dialog.wanted.setPlainText("A replacement")  # type: ignore[attr-defined]
    dialog.confirmed.setChecked(True)  # type: ignore[attr-defined]
    with qtbot.waitSignal(pane.complaint.queued, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]

    def ours() -> list[int]:
        return [
            c.id
            for c in reader.customer_complaints(customer_id)
            if c.description == DESCRIPTION and c.id > 0 and not c.pending
        ]

    qtbot.waitUntil(lambda: len(ours()) == 1, timeout=20_000)
    complaint_id = ours()[0]

    # The tab: the complaint after sync, only legal moves offered.
    context = PageContext(reader, window.ops, window.links)
    tab = ComplaintsTab(context)
    qtbot.addWidget(tab)
    tab.set_actions(engine)
    window.bridge.changes.connect(tab.on_changes)
    tab.show_customer(customer_id)
    tab.show()
    tab.select(complaint_id)
    assert tab.selected_id() == complaint_id
    assert tab.fields["description"].text() == DESCRIPTION
    assert "confirmed with the customer" in tab.fields["contact"].text()
    shown = {to for to, b in tab.move_buttons.items() if b.isVisible() and b.isEnabled()}
    assert shown == {"investigating"}
    assert tab.move_buttons["investigating"].text() == "Start investigating"
    tab.move_buttons["investigating"].click()
    qtbot.waitUntil(
        lambda: (
            (c := reader.complaint(complaint_id)) is not None
            and c.state == "investigating"
            and not c.pending
        ),
        timeout=20_000,
    )
    qtbot.waitUntil(tab.move_buttons["resolved"].isVisible, timeout=5000)
    shown = {to for to, b in tab.move_buttons.items() if b.isVisible() and b.isEnabled()}
    assert shown == {"awaiting_customer", "resolved"}

    # Escalate through the dialog: the badge shows.
    def fill_escalation(self: EscalateDialog) -> int:
        self.reason.setPlainText("The customer asked for a manager")
        self._try_accept()
        return int(self.result())

    monkeypatch.setattr(EscalateDialog, "exec", fill_escalation)
    tab.escalate_button.click()
    qtbot.waitUntil(
        lambda: (
            (c := reader.complaint(complaint_id)) is not None
            and c.escalation == "supervisor"
            and not c.pending
        ),
        timeout=20_000,
    )
    qtbot.waitUntil(lambda: "supervisor" in tab.fields["escalation"].text(), timeout=5000)
    item = tab.list.currentItem()
    assert item is not None
    assert "⚑" in item.text()

    # A task the server refuses (an agent that does not exist): its reason is shown.
    with qtbot.waitSignal(tab.refused, timeout=20_000) as refused:
        tab._send(
            TaskAddOp(
                complaint_id=complaint_id, assignee_id=999_999, title="x", due_at=time.time() + 600
            )
        )
    assert refused.args is not None
    assert "refused" in str(refused.args[0])
    assert tab.problem.isVisible()

    # A task for me through the dialog, due in two minutes; the reminder fires when the
    # injected clock passes it.
    me = engine.agent.id if engine.agent else None
    assert me is not None
    due = time.time() + 120

    def fill_task(self: TaskDialog) -> int:
        self.title.setText("Call back about the replacement")
        self.due.setDateTime(QDateTime.fromSecsSinceEpoch(int(due)))
        index = self.assignee.findData(me)
        assert index >= 0
        self.assignee.setCurrentIndex(index)
        self._try_accept()
        return int(self.result())

    monkeypatch.setattr(TaskDialog, "exec", fill_task)
    tab.task_button.click()
    qtbot.waitUntil(
        lambda: any(t.title.startswith("Call back") and t.id > 0 for t in reader.open_tasks_of(me)),
        timeout=20_000,
    )
    now = [time.time()]
    reminders = TaskReminders(reader, lambda: me, clock=lambda: now[0], ms_per_second=1)
    reminded: list[object] = []
    reminders.reminded.connect(reminded.append)
    reminders.check()
    assert not any(getattr(t, "title", "").startswith("Call back") for t in reminded)
    now[0] = due + 1
    qtbot.waitUntil(
        lambda: any(getattr(t, "title", "").startswith("Call back") for t in reminded),
        timeout=5000,
    )
    window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_order_links_and_the_order_variable(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path / "desk")
    window, desk = started.window, started.desk
    reader, cache = desk.reader, desk.cache
    assert reader is not None
    assert cache is not None
    _conversation_id, customer_id = _open_conversation(qtbot, started)
    pane = window.conversation
    assert pane.snippet_context().order_number == ""  # no cached profile yet

    token = _token(server.url)
    answer = httpx.get(
        f"{server.url}/api/customers/{customer_id}/profile",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    answer.raise_for_status()
    profile = CustomerProfile.model_validate_json(answer.content)
    assert profile.orders, "the demo gives every demo customer orders"
    cache.writer.call(lambda c: put_profile(c, profile))
    newest = max(profile.orders, key=lambda o: (o.placed_at, o.id))
    context = pane.snippet_context()
    assert context.order_number == newest.number
    assert context.order_total  # locale-formatted
    assert context.order_status

    window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_order_number_in_a_message_is_a_link(
    qtbot: QtBot,
    qapp: QApplication,
    qloop: asyncio.AbstractEventLoop,
    server_factory: ServerFactory,
    tmp_path: Path,
) -> None:
    server = server_factory()
    started = start_signed_in_desk(qtbot, qapp, qloop, server.url, tmp_path / "desk")
    window, desk = started.window, started.desk
    reader = desk.reader
    assert reader is not None
    body = "Hello, my order FI-1000123 never came. <b>order</b> #x"
    made = intake(server.url, body=body)
    conversation_id = int(made["conversation_id"])
    qtbot.waitUntil(lambda: reader.conversation(conversation_id) is not None, timeout=20_000)
    window.links.conversationRequested.emit(conversation_id)
    pane = window.conversation
    qtbot.waitUntil(
        lambda: pane.conversation is not None and pane.conversation.id == conversation_id,
        timeout=10_000,
    )
    window.resize(1280, 800)
    window.show()
    model, view, delegate = pane.model, pane.view, pane.delegate
    qtbot.waitUntil(lambda: any("FI-1000123" in m.body for m in model.rows()), timeout=10_000)
    row = next(i for i, m in enumerate(model.rows()) if "FI-1000123" in m.body)
    index = model.index(row, 0)
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.font = view.font()
    msg = model.rows()[row]
    point = delegate.link_point(option, msg, "FI-1000123")
    assert point is not None
    assert delegate.order_at(option, msg, point) == "FI-1000123"
    assert delegate.order_at(option, msg, option.rect.topLeft()) is None
    # Away first: a pointer an earlier test left on this very spot would make no move.
    QTest.mouseMove(view.viewport(), option.rect.topLeft())
    QTest.mouseMove(view.viewport(), point)
    qtbot.waitUntil(
        lambda: view.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor,
        timeout=5000,
    )
    # A new customer: no cached profile knows the order, so the find box is asked.
    with qtbot.waitSignal(pane.customerSearchRequested, timeout=5000) as asked:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert asked.args == ["FI-1000123"]
    # From the keyboard: Enter on the selected bubble opens its order number too.
    view.setFocus()
    view.setCurrentIndex(index)
    with qtbot.waitSignal(delegate.orderClicked, timeout=5000) as pressed:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert pressed.args == ["FI-1000123"]
    window.close()
    qtbot.waitUntil(started.task.done, timeout=15_000)
