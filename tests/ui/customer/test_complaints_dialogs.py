"""The complaint dialogs refuse what the protocol refuses, naming the field, and build
the ops the outbox queues; the tab offers exactly the legal moves of each state and
says "Sending…" for work the server has not confirmed (a real cache, no server)."""

from __future__ import annotations

import time

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.store import apply, outbox
from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from desktop.ui.customer.complaint_dialogs import (
    OpenComplaintDialog,
    ResolveDialog,
    TaskDialog,
    tomorrow_at_ten,
)
from desktop.ui.customer.complaints_tab import ComplaintsTab
from desktop.ui.shell.ops import Ops
from desktop.ui.shell.pages import PageContext, PageLinks
from protocol.entities import ConversationData, CustomerData, QueueData
from protocol.frames import Event
from protocol.kinds.base import EntityBase
from protocol.kinds.complaints import (
    COMPLAINT_MOVES,
    OPEN_STATES,
    ComplaintData,
    ComplaintMoveOp,
)


def test_open_dialog_names_a_refused_field_and_builds_the_op(qtbot: QtBot) -> None:
    dialog = OpenComplaintDialog(12, email="", phone="+358401234567")
    qtbot.addWidget(dialog)
    assert dialog.channel.currentData() == "phone"  # no email: the phone is prefilled
    assert dialog.contact.text() == "+358401234567"
    dialog._try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Description: cannot be empty"
    dialog.contact.setText("x" * 400)
    dialog.description.setPlainText("Broken on arrival")
    dialog._try_accept()
    assert "Contact details: has at most 320 characters" in dialog.error.text()
    dialog.contact.setText("+358401234567")
    dialog.confirmed.setChecked(True)
    dialog._try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    op = dialog.op()
    assert (op.conversation_id, op.contact_channel, op.contact_confirmed) == (12, "phone", True)


def test_resolve_needs_a_text_and_records_satisfaction(qtbot: QtBot) -> None:
    dialog = ResolveDialog(3)
    qtbot.addWidget(dialog)
    dialog._try_accept()
    assert "resolution needs a text" in dialog.error.text()
    dialog.resolution.setPlainText("Sent a new one")
    dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
    op = dialog.op()
    assert (op.to, op.resolution, op.satisfaction) == ("resolved", "Sent a new one", 4)


def test_a_task_is_due_tomorrow_at_ten_by_default(qtbot: QtBot) -> None:
    now = QDateTime(QDate(2026, 12, 31), QTime(23, 30))
    assert tomorrow_at_ten(now) == QDateTime(QDate(2027, 1, 1), QTime(10, 0))
    dialog = TaskDialog(3, [(1, "Aino"), (2, "Li Wei")], me=2)
    qtbot.addWidget(dialog)
    assert dialog.assignee.currentData() == 2
    dialog._try_accept()
    assert dialog.error.text() == "Task: cannot be empty"


def _fill(cache: Cache, *entities: EntityBase) -> None:
    batch = [Event(seq=i + 1, kind=e.kind, id=e.id, data=e) for i, e in enumerate(entities)]
    cache.writer.call(lambda c: apply.apply_events(c, batch, upto=len(batch)))


def test_only_legal_moves_and_sending(qtbot: QtBot, cache: Cache, reader: CacheReader) -> None:
    now = time.time()
    complaints = [
        ComplaintData(
            id=i + 1,
            customer_id=5,
            conversation_id=9,
            queue_id=1,
            category="product",
            severity="medium",
            description=f"In state {state}",
            state=state,
            resolution="done" if state in ("resolved", "closed") else "",
            created_at=now - i,
            updated_at=now - i,
            state_since=now - i,
        )
        for i, state in enumerate(COMPLAINT_MOVES)
    ]
    _fill(
        cache,
        QueueData(id=1, name="General"),
        CustomerData(id=5, name="Mei Lin"),
        ConversationData(
            id=9,
            queue_id=1,
            customer_id=5,
            customer_name="Mei Lin",
            channel="chat",
            status="open",
            created_at=now,
            updated_at=now,
            last_message_at=now,
        ),
        *complaints,
    )
    tab = ComplaintsTab(PageContext(reader, Ops(), PageLinks()))
    qtbot.addWidget(tab)
    tab.show_customer(5)
    tab.show()
    for complaint in complaints:
        tab.select(complaint.id)
        offered = {to for to, b in tab.move_buttons.items() if b.isVisible() and b.isEnabled()}
        assert offered == set(COMPLAINT_MOVES[complaint.state]), complaint.state
        assert tab.escalate_button.isEnabled() == (complaint.state in OPEN_STATES)
    tab.select(4)  # resolved: moving back to investigating reopens it
    assert tab.move_buttons["investigating"].text() == "Reopen"
    # Pending: the change shows at once and says so.
    move = ComplaintMoveOp(complaint_id=1, to="investigating")
    _mid, changes = cache.writer.call(lambda c: outbox.queue_complaint_change(c, move, 1))
    tab.on_changes(changes)
    tab.select(1)
    assert "Sending…" in tab.fields["state"].text()
    item = tab.list.currentItem()
    assert item is not None
    assert "Sending…" in item.text()
    # Without an engine the tab says why instead of queueing.
    tab._move("awaiting_customer")
    assert tab.problem.isVisible()
