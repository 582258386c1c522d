"""The work strip on a whole window over a real cache, with a fake server answering the
desk's real command client: the ringing banner (screen pop, countdown, accept opens the
conversation, decline asks a reason, a timed-out offer goes with a message), the call
panel (hold/resume, mute, DTMF, transfer and consult), after-call work (countdown,
required wrap-up blocks Done) and an offline desk refusing at once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.store.cache import Cache
from desktop.store.reader import CacheReader
from protocol.kinds.routing import QueueRoutingData, WrapupChoice
from tests.ui.calls.routing_desk import (
    RefusedError,
    RoutingDesk,
    basics,
    call,
    offer,
)


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


def answer_offer(**changes: Any) -> dict[str, Any]:
    return {"offer": offer(**changes).model_dump(mode="json")}


def test_ringing_offer_shows_the_screen_pop_and_accept_opens_the_conversation(
    qtbot: QtBot, desk: RoutingDesk
) -> None:
    banner = desk.window.work.banner
    assert not banner.isVisible()
    desk.apply(offer())
    assert banner.isVisible()
    assert banner.customer.full_text() == "Aino Virtanen"
    assert banner.title.text() == "Incoming call"
    assert "Support" in banner.facts.full_text()
    assert "Suomi" in banner.facts.full_text()
    assert banner.why.full_text() == (
        "You have been idle the longest of 2 agents with your skill level 3"
        " · the customer waited 0:12"
    )
    assert "Invoice copy" in banner.history.full_text()  # the customer's earlier email
    assert banner.countdown.text() in ("0:20", "0:19")
    assert 18 < banner.remaining() <= 21  # 20 s, read through the estimated server clock
    desk.window.grab().save("/tmp/dcall-ringing.png")

    desk.server.handler = lambda name, args: answer_offer(state="accepted", phase="working")
    with qtbot.waitSignal(banner.conversationRequested, timeout=5000) as opened:
        banner.accept_button.click()
    assert opened.args == [3]
    assert desk.server.sent == [("offer.accept", {"offer_id": 5})]
    conversation = desk.window.conversation.conversation
    assert conversation is not None
    assert conversation.id == 3
    desk.apply(offer(state="accepted", phase="working"))
    assert not banner.isVisible()
    assert not desk.window.toast.isVisible()  # answered here: nothing to explain


def test_accept_shortcut_works_anywhere_in_the_window(qtbot: QtBot, desk: RoutingDesk) -> None:
    desk.apply(offer())
    desk.server.handler = lambda name, args: answer_offer(state="accepted", phase="working")
    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow, timeout=3000)
    desk.window.conversation.reply.editor.setFocus()
    with qtbot.waitSignal(desk.window.work.banner.conversationRequested, timeout=5000):
        QTest.keyClick(
            desk.window,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert desk.server.names() == ["offer.accept"]


def test_decline_asks_for_a_reason(qtbot: QtBot, desk: RoutingDesk) -> None:
    banner = desk.window.work.banner
    desk.apply(offer())
    banner.decline_button.click()
    dialog = banner.decline_dialog
    assert dialog is not None
    assert not dialog.ok.isEnabled()  # no reason yet
    dialog.text.setFocus()
    QTest.keyClicks(dialog.text, "Headset broken")
    assert dialog.other.isChecked()
    assert dialog.ok.isEnabled()
    desk.server.handler = lambda name, args: answer_offer(state="declined", phase="closed")
    dialog.ok.click()
    qtbot.waitUntil(lambda: len(desk.server.sent) == 1, timeout=5000)
    assert desk.server.sent == [("offer.decline", {"offer_id": 5, "reason": "Headset broken"})]
    qtbot.waitUntil(lambda: desk.window.toast.text.text() == "Offer declined", timeout=5000)
    desk.apply(offer(state="declined", phase="closed", decline_reason="Headset broken"))
    assert not banner.isVisible()

    desk.apply(offer(id=6))  # a listed reason, chosen by its button
    banner.decline_button.click()
    dialog = banner.decline_dialog
    assert dialog is not None
    dialog.reason_buttons[0].click()
    assert dialog.reason() == "Busy with another customer"
    dialog.ok.click()
    qtbot.waitUntil(lambda: len(desk.server.sent) == 2, timeout=5000)
    assert desk.server.sent[1] == (
        "offer.decline",
        {"offer_id": 6, "reason": "Busy with another customer"},
    )


def test_a_timed_out_offer_goes_with_a_message(desk: RoutingDesk) -> None:
    banner = desk.window.work.banner
    desk.apply(offer())
    assert banner.isVisible()
    desk.apply(offer(state="timed_out", phase="closed"))
    assert not banner.isVisible()
    assert desk.window.toast.isVisible()
    assert desk.window.toast.text.text() == "Missed: the offer of Aino Virtanen timed out"
    assert desk.server.sent == []

    desk.apply(offer(id=6))
    desk.apply(offer(id=6, state="withdrawn", phase="closed"))
    assert desk.window.toast.text.text() == "The offer of Aino Virtanen was withdrawn"


def test_an_offline_desk_refuses_accept_at_once(qtbot: QtBot, desk: RoutingDesk) -> None:
    banner = desk.window.work.banner
    desk.apply(offer())
    desk.go_offline()
    banner.accept_button.click()  # no waiting: the refusal is immediate
    assert desk.window.toast.isVisible()
    assert desk.window.toast.text.text() == "Not connected: The offer was not accepted"
    assert desk.server.sent == []
    assert banner.isVisible()
    assert banner.accept_button.isEnabled()


def test_an_offer_that_runs_out_while_offline_stops_ringing(
    qtbot: QtBot, desk: RoutingDesk
) -> None:
    banner = desk.window.work.banner
    desk.apply(offer(expires_at=time.time() + 0.3))
    assert banner.isVisible()
    desk.go_offline()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3_000)
    assert desk.window.toast.text.text() == "Missed: the offer of Aino Virtanen timed out"
    # The server's timeout arrives with the replay: nothing more to say.
    desk.apply(offer(state="timed_out", phase="closed"))
    assert not banner.isVisible()
    assert desk.server.sent == []


def test_a_refused_accept_says_why(qtbot: QtBot, desk: RoutingDesk) -> None:
    banner = desk.window.work.banner
    desk.apply(offer())

    def refuse(name: str, args: dict[str, Any]) -> dict[str, Any]:
        raise RefusedError("not_ringing", "the offer is no longer ringing")

    desk.server.handler = refuse
    banner.accept_button.click()
    assert not banner.accept_button.isEnabled()  # pending
    qtbot.waitUntil(banner.accept_button.isEnabled, timeout=5000)
    assert desk.window.toast.text.text() == (
        "The offer was not accepted: the offer is no longer ringing"
    )


def test_call_panel_hold_resume_mute_and_timers(qtbot: QtBot, desk: RoutingDesk) -> None:
    panel = desk.window.work.call
    assert not panel.isVisible()
    desk.apply(call(talk_seconds=0.0))
    assert panel.isVisible()
    assert panel.caller.full_text() == "Aino Virtanen"
    assert panel.state.full_text() == "Connected"
    assert panel.talk.text() in ("0:05", "0:06")
    assert not panel.hold_time.isVisible()
    desk.window.grab().save("/tmp/dcall-call.png")

    held = call(state="held", talk_seconds=5.0, state_since=time.time() - 3)
    desk.server.handler = lambda name, args: {"call": held.model_dump(mode="json")}
    desk.server.hold = True  # the answer waits: the buttons wait with it
    panel.hold_button.click()
    qtbot.waitUntil(
        lambda: (
            desk.server.sent
            == [
                (
                    "call.control",
                    {
                        "call_id": 9,
                        "action": "hold",
                        "digits": "",
                        "target_queue_id": None,
                        "target_agent_id": None,
                    },
                )
            ]
        ),
        timeout=5000,
    )
    assert not panel.hold_button.isEnabled()
    assert not panel.hangup_button.isEnabled()
    desk.server.hold = False
    with qtbot.waitSignal(panel.controlSent, timeout=5000):
        desk.server.release()
    desk.apply(held)
    assert panel.state.full_text() == "On hold"
    assert panel.hold_button.text() == "Resume"
    assert panel.hold_button.isEnabled()
    assert panel.hold_time.isVisible()
    assert panel.hold_time.text() in ("On hold 0:03", "On hold 0:04")
    assert panel.talk.text() == "0:05"  # talk stands still on hold

    with qtbot.waitSignal(panel.controlSent, timeout=5000):
        panel.hold_button.click()
    assert desk.server.sent[-1][1]["action"] == "resume"
    desk.apply(call(state="connected", talk_seconds=5.0, hold_seconds=3.0))
    assert panel.hold_button.text() == "Hold"

    with qtbot.waitSignal(panel.controlSent, timeout=5000):
        panel.mute_button.click()
    assert desk.server.sent[-1][1]["action"] == "mute"
    desk.apply(call(state="connected", muted=True, talk_seconds=5.0, hold_seconds=3.0))
    assert panel.mute_button.text() == "Unmute"
    assert panel.muted.isVisible()

    desk.apply(call(state="ended", ended_at=time.time(), talk_seconds=20.0))
    assert not panel.isVisible()


def test_transfer_and_consult_pick_a_target(qtbot: QtBot, desk: RoutingDesk) -> None:
    panel = desk.window.work.call
    desk.apply(call())
    desk.server.handler = lambda name, args: {"call": call().model_dump(mode="json")}
    panel.transfer_button.click()
    dialog = panel.transfer_dialog
    assert dialog is not None
    shown = [dialog.targets.item(i).text() for i in range(dialog.targets.count())]
    assert shown == ["Queue: Billing", "Queue: Support", "Agent: Li Wei"]  # not me
    assert not dialog.ok.isEnabled()
    assert dialog.choose("queue", 2)
    with qtbot.waitSignal(panel.controlSent, timeout=5000):
        dialog.ok.click()
    name, args = desk.server.sent[-1]
    assert (name, args["action"], args["target_queue_id"]) == ("call.control", "transfer", 2)

    panel.consult_button.click()
    dialog = panel.transfer_dialog
    assert dialog is not None
    dialog.filter.setText("li")
    assert dialog.choose("agent", 2)
    with qtbot.waitSignal(panel.controlSent, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert desk.server.sent[-1][1]["action"] == "consult"
    assert desk.server.sent[-1][1]["target_agent_id"] == 2

    desk.apply(call(state="transferring", transfer_target="agent Li Wei"))
    assert panel.state.full_text() == "Consulting agent Li Wei"
    assert panel.complete_button.isVisible()
    assert panel.cancel_button.isVisible()
    assert not panel.transfer_button.isVisible()
    with qtbot.waitSignal(panel.controlSent, timeout=5000):
        panel.complete_button.click()
    assert desk.server.sent[-1][1]["action"] == "complete_transfer"


def test_keypad_sends_each_tone(qtbot: QtBot, desk: RoutingDesk) -> None:
    panel = desk.window.work.call
    desk.apply(call())
    desk.server.handler = lambda name, args: {"call": call(dtmf="5#").model_dump(mode="json")}
    desk.server.hold = True
    panel.keypad_button.click()
    keypad = panel.keypad
    assert keypad is not None
    assert keypad.isVisible()
    keypad.keys["5"].click()
    QTest.keyClicks(keypad, "#1")  # typed while "5" is pending
    qtbot.waitUntil(lambda: len(desk.server.sent) == 1, timeout=5000)
    assert [args["digits"] for _n, args in desk.server.sent] == ["5"]
    desk.server.hold = False
    desk.server.release()
    qtbot.waitUntil(lambda: len(desk.server.sent) == 2, timeout=5000)
    assert [args["digits"] for _n, args in desk.server.sent] == ["5", "#1"]
    assert all(args["action"] == "dtmf" for _n, args in desk.server.sent)
    desk.apply(call(dtmf="5#1"))
    assert keypad.sent.text() == "5#1"


def test_after_call_work_counts_down_and_a_required_code_blocks_done(
    qtbot: QtBot, desk: RoutingDesk
) -> None:
    panel = desk.window.work.wrapup
    desk.apply(
        QueueRoutingData(
            id=1,
            acw_seconds=30,
            wrapup_required=True,
            wrapup_codes=[
                WrapupChoice(code="solved", label="Solved"),
                WrapupChoice(code="follow_up", label="Needs follow-up"),
            ],
        ),
        offer(
            state="accepted",
            phase="acw",
            acw_until=time.time() + 30,
            wrapup_required=True,
            ended_at=time.time(),
        ),
    )
    assert panel.isVisible()
    assert panel.countdown.text() in ("0:30", "0:29")
    assert panel.required_mark.isVisible()
    assert [panel.codes.itemText(i) for i in range(panel.codes.count())] == [
        "Choose a wrap-up code…",
        "Solved",
        "Needs follow-up",
    ]
    assert not panel.done.isEnabled()  # required: cannot be skipped
    panel.finish()
    assert desk.server.sent == []
    desk.window.grab().save("/tmp/dcall-acw.png")

    assert panel.choose("follow_up")
    assert panel.done.isEnabled()
    panel.note.setText("Call back on Monday")
    desk.server.handler = lambda name, args: answer_offer(state="accepted", phase="done")
    with qtbot.waitSignal(panel.wrappedUp, timeout=5000):
        panel.done.click()
    assert desk.server.sent == [
        ("work.wrapup", {"offer_id": 5, "code": "follow_up", "note": "Call back on Monday"})
    ]
    desk.apply(offer(state="accepted", phase="done", wrapup_code="follow_up"))
    assert not panel.isVisible()


def test_after_call_work_without_limit_or_required_code(desk: RoutingDesk) -> None:
    panel = desk.window.work.wrapup
    desk.apply(
        QueueRoutingData(id=1, acw_seconds=0, wrapup_required=False),
        offer(state="accepted", phase="acw", acw_until=None, wrapup_required=False),
    )
    assert panel.countdown.text() == "No time limit"
    assert not panel.required_mark.isVisible()
    assert panel.done.isEnabled()
