"""Routing on the Inbox page: Take next email opens what the server hands out, Claim
shows only on a waiting email, callbacks are scheduled and cancelled from the context
column, and a conversation's calls sit in its timeline with their durations."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from protocol.kinds.routing import CallbackData
from tests.ui.calls.routing_desk import RoutingDesk, basics, call, conversation, offer


@pytest.fixture
def desk(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, cache: Cache, reader: CacheReader
) -> Iterator[RoutingDesk]:
    del qloop
    made = RoutingDesk(qtbot, cache, reader)
    made.apply(*basics())
    with qtbot.waitSignal(made.window.inboxPainted, timeout=5000):
        made.window.show()
    yield made
    made.window.close()


def callback(cid: int, due: float, state: str = "scheduled") -> CallbackData:
    return CallbackData.model_validate(
        {
            "id": cid,
            "conversation_id": 3,
            "customer_id": 7,
            "queue_id": 1,
            "phone": "+358401234567",
            "due_at": due,
            "note": "About the invoice",
            "agent_id": 1,
            "prefer_agent": True,
            "state": state,
            "created_at": time.time(),
        }
    )


def test_take_next_email_opens_it_or_says_none_waits(qtbot: QtBot, desk: RoutingDesk) -> None:
    page = desk.window.inbox_page
    desk.server.handler = lambda name, args: {"offer": None}
    page.inbox.take_next.click()
    qtbot.waitUntil(lambda: desk.window.toast.text.text() == "No email is waiting", timeout=5000)
    assert desk.server.sent == [("routing.take_next", {"channel": "email", "queue_id": None})]

    taken = offer(
        conversation_id=2, channel="email", call_id=None, state="accepted", phase="working"
    )
    desk.server.handler = lambda name, args: {"offer": taken.model_dump(mode="json")}
    page.inbox.take_next.click()
    qtbot.waitUntil(lambda: page.current.row is not None and page.current.row.id == 2, timeout=5000)
    assert page.inbox.selected_id() == 2


def test_claim_shows_on_a_waiting_email_and_sends(qtbot: QtBot, desk: RoutingDesk) -> None:
    pane = desk.window.conversation
    assert desk.window.inbox.select_id(3)
    assert not pane.claim.isVisible()  # a call is routed, never grabbed
    assert desk.window.inbox.select_id(2)
    assert pane.claim.isVisible()
    claimed = offer(conversation_id=2, channel="email", state="accepted", phase="working")
    desk.server.handler = lambda name, args: {"offer": claimed.model_dump(mode="json")}
    pane.claim.click()
    qtbot.waitUntil(lambda: desk.window.toast.text.text() == "The email is yours", timeout=5000)
    assert desk.server.sent == [("routing.claim", {"conversation_id": 2})]
    desk.apply(conversation(2, channel="email", subject="Invoice copy", assignee=1))
    assert not pane.claim.isVisible()


def test_callbacks_are_scheduled_and_cancelled(qtbot: QtBot, desk: RoutingDesk) -> None:
    section = desk.window.inbox_page.callbacks
    assert not section.schedule.isEnabled()  # no conversation open
    assert desk.window.inbox.select_id(3)
    assert section.schedule.isEnabled()
    assert section.empty.isVisible()

    section.schedule.click()
    dialog = section.dialog
    assert dialog is not None
    due = QDateTime.currentDateTime().addSecs(7200)
    dialog.when.setDateTime(due)
    dialog.note.setPlainText("About the invoice")
    dialog.prefer_me.setChecked(False)
    desk.server.handler = lambda name, args: {
        "callback": callback(1, float(args["due_at"])).model_dump(mode="json")
    }
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: len(desk.server.sent) == 1, timeout=5000)
    name, args = desk.server.sent[0]
    assert name == "callback.schedule"
    assert args["conversation_id"] == 3
    assert args["note"] == "About the invoice"
    assert args["prefer_me"] is False
    assert abs(args["due_at"] - due.toSecsSinceEpoch()) < 1
    qtbot.waitUntil(
        lambda: desk.window.toast.text.text().startswith("Callback scheduled for"), timeout=5000
    )

    now = time.time()
    desk.apply(callback(1, now + 7200), callback(2, now + 600), callback(3, now - 60, "done"))
    assert not section.empty.isVisible()
    assert list(section.cancel_buttons) == [2, 1]  # soonest first, finished ones left out
    desk.server.handler = lambda name, args: {
        "callback": callback(2, now + 600, "cancelled").model_dump(mode="json")
    }
    section.cancel_buttons[2].click()
    qtbot.waitUntil(lambda: len(desk.server.sent) == 2, timeout=5000)
    assert desk.server.sent[1] == ("callback.cancel", {"callback_id": 2})
    desk.apply(callback(2, now + 600, "cancelled"))
    assert list(section.cancel_buttons) == [1]


def test_calls_sit_in_the_conversation_timeline(desk: RoutingDesk) -> None:
    start = time.time() - 600
    desk.apply(
        call(
            state="ended",
            offered_at=start,
            connected_at=start + 5,
            state_since=start + 200,
            ended_at=start + 200,
            talk_seconds=192.0,
            hold_seconds=3.0,
        ),
        call(
            id=10,
            state="ended",
            offered_at=start + 300,
            connected_at=None,
            state_since=start + 320,
        ),
    )
    assert desk.window.inbox.select_id(3)
    rows = desk.window.conversation.model.rows()
    lines: list[Any] = [r.body for r in rows if r.direction == "call"]
    assert len(lines) == 2
    assert lines[0].startswith("☎ Inbound call · talk 3:12 · hold 0:03 · at ")
    assert lines[1].startswith("☎ Missed inbound call · ")
    desk.apply(call(id=11, state="connected", offered_at=start + 400, connected_at=start + 401))
    lines = [r.body for r in desk.window.conversation.model.rows() if r.direction == "call"]
    assert lines[2].startswith("☎ Inbound call in progress · ")
